"""profileDialog: the user's name, signature and preferred channel, set once for every draft.

The form itself (`ProfileForm`) is also the "About you" tab of Settings.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from debrief.journal.practice.profile import UserProfile, load_profile, save_profile
from debrief.journal.store.journal import Journal
from debrief.journal.store.refusals import Refused
from debrief.ui import vocabulary
from debrief.ui.error_dialogs import show_problems


class ProfileForm(QWidget):
    """The profile's fields, filled from the journal; `save` writes them (False if refused)."""

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="profileForm")
        self.journal = journal
        profile = load_profile(journal)
        self.name = QLineEdit(profile.name, objectName="profileName")
        self.name.setPlaceholderText(self.tr("e.g. Sam Park"))
        self.signature = QPlainTextEdit(profile.signature, objectName="profileSignature")
        self.signature.setTabChangesFocus(True)
        self.signature.setPlaceholderText(self.tr("Optional, e.g.\nKind regards,\nSam Park"))
        self.channels = list(vocabulary.channels())
        self.channel = QComboBox(objectName="profileChannel")
        self.channel.addItems([self.tr("No preference"), *vocabulary.channels().values()])
        chosen = profile.channel
        self.channel.setCurrentIndex(self.channels.index(chosen) + 1 if chosen else 0)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        note = QLabel(
            self.tr("Your drafts sign off with these. They are kept in this journal only."),
            wordWrap=True,
        )
        form.addRow(note)
        form.addRow(self._label(self.tr("&Name:"), self.name), self.name)
        form.addRow(self._label(self.tr("&Signature:"), self.signature), self.signature)
        form.addRow(self._label(self.tr("&Preferred way to ask:"), self.channel), self.channel)

    @staticmethod
    def _label(text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    def profile(self) -> UserProfile:
        position = self.channel.currentIndex()
        channel = self.channels[position - 1] if position > 0 else None
        return UserProfile(self.name.text(), self.signature.toPlainText(), channel)

    def save(self) -> bool:
        """Write the profile; False (after saying why) when the journal refused it."""
        try:
            save_profile(self.journal, self.profile())
        except Refused as exc:
            show_problems(self.window(), exc.problems)
            return False
        return True


class ProfileDialog(QDialog):
    """Edits the journal's profile; OK saves it, Cancel leaves it as it was."""

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="profileDialog")
        self.setWindowTitle(self.tr("Your name and sign-off"))
        self.journal = journal
        self.form = ProfileForm(journal, self)
        self.name, self.signature, self.channel = (
            self.form.name,
            self.form.signature,
            self.form.channel,
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        # Fusion's OK has no mnemonic: Alt+O would type an "o" into the field instead.
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&OK"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)

    def profile(self) -> UserProfile:
        return self.form.profile()

    def accept(self) -> None:
        if self.form.save():
            super().accept()
