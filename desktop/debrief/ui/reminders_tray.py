"""Reminders while Debrief runs: a tray icon and a notification when a reminder falls due."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QSystemTrayIcon

from debrief.journal.practice.reminders.facts import gather
from debrief.journal.practice.reminders.rules import Reminder, fell_due, next_moment, reminders
from debrief.journal.store.journal import Journal
from debrief.ui.due_banner import words
from debrief.ui.icons import app_icon

#: QTimer counts milliseconds in a signed 32-bit int (about 24.8 days); a later moment
#: is reached in hops, each of which only re-reads the rules.
LONGEST_WAIT_MS = 2**31 - 1
MESSAGE_MS = 15_000


def _t(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files every _t() text under ""


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class RemindersTray(QObject):
    """One timer armed for the next reminder, re-armed whenever the journal changes.

    Qt's QSystemTrayIcon rather than a notification library: it is already in PySide6,
    speaks each desktop's own tray and notification protocol, and adds no dependency.
    Without a system tray (offscreen, some desktops) the icon is never shown, but the timer
    and the rules run the same, so nothing depends on the tray being there.
    """

    def __init__(
        self,
        journal: Journal,
        window: QMainWindow,
        quit_action: QAction,
        now: Callable[[], dt.datetime] = _utc_now,
        tz: dt.tzinfo | None = None,
    ) -> None:
        super().__init__(window)
        self.journal = journal
        self.window = window
        self.now = now  # an aware instant; tests hand in a fake clock
        self.tz = tz
        self.seen = now()  # reminders up to here were the banner's, not ours
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.fire)
        self.icon = self._build_icon(quit_action)
        self.arm()

    def _build_icon(self, quit_action: QAction) -> QSystemTrayIcon:
        icon = QSystemTrayIcon(app_icon(), self, objectName="trayIcon")
        icon.setToolTip(_t("Debrief"))
        self.menu = QMenu(self.window)  # a menu must have a widget parent to be freed
        show = self.menu.addAction(_t("Show Debrief"))
        show.setObjectName("trayShow")
        show.triggered.connect(self.show_window)
        self.menu.addSeparator()
        self.menu.addAction(quit_action)
        icon.setContextMenu(self.menu)
        icon.messageClicked.connect(self.show_window)
        icon.activated.connect(self._activated)
        if QSystemTrayIcon.isSystemTrayAvailable():
            icon.show()
        return icon

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_window()

    def show_window(self) -> None:
        """A click on the icon or a notification brings the window forward."""
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def _reminders(self, now: dt.datetime) -> list[Reminder]:
        if self.journal.closed:
            return []
        wall = now.astimezone(self.tz).replace(tzinfo=None)
        return reminders(gather(self.journal, wall, self.tz), self.tz)

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
        self.icon.showMessage(
            _t("Debrief"), words(reminder), QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS
        )
