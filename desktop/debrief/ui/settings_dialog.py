"""settingsDialog: which reminders Debrief gives on this computer, and the profile ("About you")."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QSystemTrayIcon,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from debrief.journal.practice.reminders.rules import ReminderKind
from debrief.journal.store.journal import Journal
from debrief.ui.profile_dialog import ProfileForm
from debrief.ui.reminder_settings import (
    keep_in_tray,
    kind_enabled,
    set_keep_in_tray,
    set_kind_enabled,
)
from debrief.ui.screen_fit import fit_to_screen


class SettingsDialog(QDialog):
    """Two tabs: "Reminders" (per machine, QSettings) and "About you" (in the journal).

    OK keeps both; Cancel changes nothing. `reminders_changed` tells the tray to re-arm.
    """

    reminders_changed = Signal()

    def __init__(self, journal: Journal, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent, objectName="settingsDialog")
        self.setWindowTitle(self.tr("Settings — Debrief"))
        self.journal = journal
        self.settings = settings
        self.tabs = QTabWidget(objectName="settingsTabs")
        self.tabs.addTab(self._reminders_tab(), self.tr("&Reminders"))
        self.profile = ProfileForm(journal)
        self.profile.setEnabled(not journal.read_only)
        about = QWidget()
        about_layout = QVBoxLayout(about)
        about_layout.addWidget(self.profile)
        about_layout.addStretch(1)
        self.tabs.addTab(about, self.tr("&About you"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        # Fusion's OK has no mnemonic: Alt+O would type an "o" into the field instead.
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&OK"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        fit_to_screen(self, 520, 420)

    def _reminders_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        group = QGroupBox(self.tr("Remind me of"))
        switches = QVBoxLayout(group)
        words = {
            ReminderKind.ASK: self.tr("The ask &deadline (4 hours and 1 hour before it passes)"),
            ReminderKind.FOLLOW_UP: self.tr("A &follow-up when a request has no answer"),
            ReminderKind.PREPARE: self.tr("An &upcoming round (the day before)"),
            ReminderKind.ACTIONS: self.tr("Open ac&tions before a round"),
        }
        self.kinds: dict[ReminderKind, QCheckBox] = {}
        for kind, text in words.items():
            box = QCheckBox(text, objectName=f"remind_{kind.value}")
            box.setChecked(kind_enabled(self.settings, kind))
            switches.addWidget(box)
            self.kinds[kind] = box
        layout.addWidget(group)
        self.keep = QCheckBox(
            self.tr("&Keep Debrief in the tray when the window is closed"),
            objectName="keepInTray",
        )
        self.keep_answer = keep_in_tray(self.settings)  # None: the question is still to ask
        self.keep.setChecked(bool(self.keep_answer))
        layout.addWidget(self.keep)
        where = self.tr("Reminders come while Debrief runs.")
        if not QSystemTrayIcon.isSystemTrayAvailable():  # stock GNOME, some others
            self.keep.setEnabled(False)
            where = self.tr(
                "This desktop shows no tray icons, so reminders appear at the top of "
                "Debrief's window while it runs."
            )
        note = QLabel(
            where
            + " "
            + self.tr(
                "These choices are kept on this computer; "
                "Journal → Export calendar puts the same moments in your calendar app."
            ),
            wordWrap=True,
            objectName="reminderNote",
        )
        note.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(note)
        layout.addStretch(1)
        return tab

    def accept(self) -> None:
        if not self.journal.read_only and not self.profile.save():
            self.tabs.setCurrentIndex(1)
            return
        for kind, box in self.kinds.items():
            set_kind_enabled(self.settings, kind, box.isChecked())
        if self.keep_answer is not None or self.keep.isChecked():
            set_keep_in_tray(self.settings, self.keep.isChecked())
        self.reminders_changed.emit()
        super().accept()
