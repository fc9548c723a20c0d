"""Commands about time: the next round of an application, and the calendar of what is ahead."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

import peewee
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from debrief.journal.store.errors import JournalError
from debrief.journal.store.refusals import Refused
from debrief.ui import export_commands
from debrief.ui.error_dialogs import journal_error_text, show_problems

if TYPE_CHECKING:
    from debrief.ui.main_window import MainWindow

CALENDAR_FILTER = "iCalendar (*.ics)"


class TimeCommands(QObject):
    """Adds its actions to `menu` (and to the window, for their shortcuts)."""

    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.action_calendar = QAction(self.tr("Export &calendar…"), window)
        self.action_calendar.setObjectName("actionExportCalendar")
        tip = self.tr("Save deadlines, follow-ups and upcoming interviews for your calendar app")
        self.action_calendar.setStatusTip(tip)
        self.action_calendar.setToolTip(tip)
        self.action_calendar.triggered.connect(self.export_calendar)
        window.addAction(self.action_calendar)
        self.action_next_round = QAction(self.tr("Add &next round"), window)
        self.action_next_round.setObjectName("actionNextRound")
        self.action_next_round.setShortcut(QKeySequence("Ctrl+Shift+R"))
        tip = self.tr("Add the next interview round to the selected application")
        self.action_next_round.setStatusTip(tip)
        self.action_next_round.setToolTip(tip)
        self.action_next_round.triggered.connect(self.add_next_round)
        self.action_next_round.setEnabled(False)
        window.addAction(self.action_next_round)
        window.table.selectionModel().selectionChanged.connect(lambda *_: self.follow_selection())
        menu.addAction(self.action_next_round)
        menu.addAction(self.action_calendar)

    def follow_selection(self) -> None:
        writable = not self.window.journal.read_only
        self.action_next_round.setEnabled(writable and self.window.selected_id() is not None)

    def add_next_round(self) -> None:
        """Add the round, select it, and say how to set its date (F2 edits it)."""
        from debrief.journal.records.rounds import add_next_round

        interview_id = self.window.selected_id()
        if interview_id is None or self.window.journal.read_only:
            return
        try:
            new_id = add_next_round(self.window.journal, interview_id)
        except Refused as refused:
            show_problems(self.window, refused.problems)
            return
        self.window.refresh()
        self.window.select_interview(new_id)
        self.window.statusBar().showMessage(
            self.tr("Next round added. Press F2 to set its date."), 8000
        )

    def export_calendar(self) -> None:
        from debrief.journal.practice.reminders.calendar import export_calendar

        path = export_commands.ask_save_path(
            self.window,
            self.tr("Export calendar"),
            export_commands.documents_folder() / "debrief.ics",
            self.tr(CALENDAR_FILTER),
        )
        if path is None:
            return
        if path.suffix.lower() != ".ics":
            path = path.with_name(path.name + ".ics")
        try:
            count = export_calendar(self.window.journal, path)
        except JournalError as exc:
            export_commands.warn(self.window, self.tr("Not exported"), journal_error_text(exc))
            return
        except (peewee.DatabaseError, sqlite3.Error) as exc:
            text = self.tr("Debrief could not read the journal ({detail}). Nothing was written.")
            export_commands.warn(self.window, self.tr("Not exported"), text.format(detail=exc))
        else:
            export_commands.tell(
                self.window,
                self.tr("Calendar exported"),
                self.tr(
                    "Saved %n event(s) to {path}. Import the file into your calendar app; "
                    "importing it again later updates the same events.",
                    "",
                    count,
                ).format(path=path),
            )
