"""Reminders while Debrief runs: a tray icon and a notification when a reminder falls due."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QSystemTrayIcon

from debrief.journal.practice.reminders.due import due_now
from debrief.journal.practice.reminders.facts import gather
from debrief.journal.practice.reminders.rules import (
    Reminder,
    ReminderKind,
    fell_due,
    next_moment,
    reminders,
)
from debrief.journal.store.journal import Journal
from debrief.ui.due_banner import words
from debrief.ui.icons import app_icon
from debrief.ui.reminder_settings import enabled_kinds
from debrief.ui.work.activity import activity

#: QTimer counts milliseconds in a signed 32-bit int (about 24.8 days); a later moment
#: is reached in hops, each of which only re-reads the rules.
LONGEST_WAIT_MS = 2**31 - 1
MESSAGE_MS = 15_000


def _t(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files every _t() text under ""


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def menu_words(reminder: Reminder) -> str:
    """A reminder as a short menu entry: what to do, and with whom."""
    texts = {
        ReminderKind.ASK: _t("Ask {company} for feedback"),
        ReminderKind.FOLLOW_UP: _t("Follow up with {company}"),
        ReminderKind.PREPARE: _t("Prepare for {company}, round {round}"),
        ReminderKind.ACTIONS: _t("Open actions before {company}"),
    }
    return texts[reminder.kind].format(**reminder.params)


class RemindersTray(QObject):
    """One timer armed for the next reminder, re-armed whenever the journal changes.

    Qt's QSystemTrayIcon rather than a notification library: it is already in PySide6,
    speaks each desktop's own tray and notification protocol, and adds no dependency.
    Without a system tray (offscreen, some desktops such as stock GNOME) the icon is never
    shown and no notification can appear, so a reminder that falls due is handed to the
    window instead (`due_in_window`): the timer and the rules run the same either way.
    """

    #: A reminder fell due and there is no tray to show it: the window shows it (Reminder).
    due_in_window = Signal(object)

    def __init__(
        self,
        journal: Journal,
        window: QMainWindow,
        quit_action: QAction,
        now: Callable[[], dt.datetime] = _utc_now,
        tz: dt.tzinfo | None = None,
        *,
        settings: QSettings | None = None,
        open_reminder: Callable[[Reminder], None] | None = None,
        settings_action: QAction | None = None,
    ) -> None:
        super().__init__(window)
        self.journal = journal
        self.window = window
        self.now = now  # an aware instant; tests hand in a fake clock
        self.tz = tz
        self.settings = settings  # which kinds the user wants (reminder_settings.py)
        self.open_reminder = open_reminder  # opens the wizard page or prep sheet
        self.seen = now()  # reminders up to here were the banner's, not ours
        #: The last notification shown: Qt's messageClicked does not say which was clicked.
        self.last_shown: Reminder | None = None
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.fire)
        self.icon = self._build_icon(quit_action, settings_action)
        self.arm()

    def _build_icon(self, quit_action: QAction, settings_action: QAction | None) -> QSystemTrayIcon:
        icon = QSystemTrayIcon(app_icon(), self, objectName="trayIcon")
        icon.setToolTip(_t("Debrief"))
        self.menu = QMenu(self.window)  # a menu must have a widget parent to be freed
        show = self.menu.addAction(_t("Show Debrief"))
        show.setObjectName("trayShow")
        show.triggered.connect(self.show_window)
        self.due_menu = self.menu.addMenu(_t("What is &due"))
        self.due_menu.setObjectName("trayDue")
        self.menu.aboutToShow.connect(self.fill_due_menu)
        if settings_action is not None:  # reminders switched off from where they appear
            self.menu.addAction(settings_action)
        self.menu.addSeparator()
        self.menu.addAction(quit_action)
        icon.setContextMenu(self.menu)
        icon.messageClicked.connect(self.open_last)
        icon.activated.connect(self._activated)
        if self.available():
            icon.show()
        return icon

    @staticmethod
    def available() -> bool:
        """Whether the desktop has a tray to sit in (offscreen and some desktops do not)."""
        return QSystemTrayIcon.isSystemTrayAvailable()

    def due(self) -> list[Reminder]:
        """What is due now and still worth doing, one entry per thing to do."""
        now = self.now()
        found = due_now(self._reminders(now), now, self.tz)
        preparing = {r.interview_id for r in found if r.kind is ReminderKind.PREPARE}
        actions = ReminderKind.ACTIONS
        return [r for r in found if r.kind is not actions or r.interview_id not in preparing]

    def fill_due_menu(self) -> None:
        """Re-read what is due each time the menu opens: it lists the journal as it is now."""
        self.due_menu.clear()
        found = self.due()
        for reminder in found:
            action = self.due_menu.addAction(menu_words(reminder))
            action.setToolTip(words(reminder))
            action.triggered.connect(lambda _checked=False, r=reminder: self.open(r))
        if not found:
            self.due_menu.addAction(_t("Nothing is due now")).setEnabled(False)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_window()

    def show_window(self) -> None:
        """A click on the icon or a notification brings the window forward."""
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def open(self, reminder: Reminder) -> None:
        """Bring the window forward and open where the reminder leads."""
        self.show_window()
        if self.open_reminder is not None and not self.journal.closed:
            self.open_reminder(reminder)

    def open_last(self) -> None:
        """A click on a notification: open what the last one shown was about."""
        if self.last_shown is None:
            self.show_window()
        else:
            self.open(self.last_shown)

    def _reminders(self, now: dt.datetime) -> list[Reminder]:
        """Every reminder of the kinds the user keeps on (Settings, per machine)."""
        if self.journal.closed:
            return []
        wall = now.astimezone(self.tz).replace(tzinfo=None)
        kinds = enabled_kinds(self.settings)
        found = reminders(gather(self.journal, wall, self.tz), self.tz)
        return [r for r in found if r.kind in kinds]

    def pending(self) -> bool:
        """Something is still to come: closing the window would silence it."""
        return self.timer.isActive()

    def arm(self, found: list[Reminder] | None = None) -> dt.datetime | None:
        """Point the one timer at the next reminder still to come; None: nothing ahead."""
        now = self.now()
        moment = next_moment(self._reminders(now) if found is None else found, now)
        if moment is None:
            self.timer.stop()
            return None
        wait = int((moment - now).total_seconds() * 1000) + 1
        self.timer.start(max(0, min(wait, LONGEST_WAIT_MS)))
        return moment

    def on_journal_changed(self, *_: object) -> None:
        """The facts changed: answered requests withdraw reminders, new rounds add some.

        Moments that passed before the change are not announced: the user is at the window.
        """
        self.seen = self.now()
        activity().after_work(self.arm)  # re-read once long work has ended

    def on_settings_changed(self) -> None:
        """A kind was switched on or off: re-arm for the kinds now wanted."""
        self.arm()

    def fire(self) -> None:
        """The timer came due: tell what fell due since last time, then re-arm."""
        now = self.now()
        found = self._reminders(now)
        for reminder in fell_due(found, self.seen, now):
            self.notify(reminder)
        self.seen = now
        self.arm(found)

    def notify(self, reminder: Reminder) -> None:
        """Show the reminder with the app's own icon; a click on it opens where it leads.
        Without a tray, the window's banner shows it."""
        self.last_shown = reminder
        self.icon.showMessage(_t("Debrief"), words(reminder), app_icon(), MESSAGE_MS)
        if not self.available():  # nowhere for the notification to appear
            self.due_in_window.emit(reminder)
