"""Commands about time: the next round of an application, and the calendar of what is ahead."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from debrief.journal.store.errors import JournalError
from debrief.journal.store.journal import DATABASE_ERRORS, Journal
from debrief.journal.store.refusals import Refused
from debrief.ui.error_dialogs import journal_error_text, show_problems
from debrief.ui.plurals import counted

if TYPE_CHECKING:
    from debrief.ui.actions import Actions


class TimeCommands(QObject):
    """The next round of the selected application, and the calendar export; they reach the
    window only through `selected()` and `show_new(interview_id)`."""

    def __init__(
        self,
        journal: Journal,
        parent: QWidget,
        selected: Callable[[], int | None],
        show_new: Callable[[int], None],
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self.parent_widget = parent
        self.selected = selected
        self.show_new = show_new

    def handlers(self) -> dict[str, Callable[[], None]]:
        """The registry's commands this object runs, by name."""
        return {
            "actionNextRound": self.add_next_round,
            "actionExportCalendar": self.export_calendar,
        }

    def follow_selection(self, actions: Actions, interview_id: int | None) -> None:
        """Add next round is off on an application that ended, saying why."""
        from debrief.journal.records.rounds import application_ended

        ended = interview_id is not None and application_ended(self.journal, interview_id)
        why = self.tr(
            "This application has ended (not selected or withdrawn), so it has no next "
            "round. If it goes on after all, change its outcome first."
        )
        actions.refuse("actionNextRound", why if ended else None)

    def add_next_round(self) -> None:
        """Add the round after the selected one's last, then show it (F2 dates it)."""
        from debrief.journal.records.rounds import add_next_round

        interview_id = self.selected()
        if interview_id is None or self.journal.read_only:
            return
        try:
            new_id = add_next_round(self.journal, interview_id)
        except Refused as refused:
            show_problems(self.parent_widget, refused.problems)
            return
        self.show_new(new_id)

    def export_calendar(self) -> None:
        from debrief.journal.practice.reminders.calendar import export_calendar
        from debrief.journal.progress import Cancelled
        from debrief.ui import export_commands  # the export modules load when first used
        from debrief.ui.save_places import start_folder, with_suffix
        from debrief.ui.work.wait import run_with_progress

        path = export_commands.ask_save_path(
            self.parent_widget,
            self.tr("Export calendar"),
            start_folder() / "debrief.ics",
            self.tr("iCalendar (*.ics)"),
        )
        path = with_suffix(self.parent_widget, path, ".ics")
        if path is None:
            return
        try:
            count = run_with_progress(
                lambda progress: export_calendar(self.journal, path, progress=progress),
                self.tr("Exporting the calendar"),
                self.parent_widget,
                self.journal,
            )
        except Cancelled:
            return  # nothing was written
        except JournalError as exc:
            export_commands.warn(
                self.parent_widget, self.tr("Not exported"), journal_error_text(exc)
            )
            return
        except DATABASE_ERRORS as exc:
            text = self.tr("Debrief could not read the journal ({detail}). Nothing was written.")
            export_commands.warn(
                self.parent_widget, self.tr("Not exported"), text.format(detail=exc)
            )
        else:
            text = self.tr(
                "Saved %n event(s) to {path}. Import the file into your calendar app; "
                "importing it again later updates the same events.",
                "",
                count,
            )
            export_commands.tell(
                self.parent_widget,
                self.tr("Calendar exported"),
                counted(text, count).format(path=path),
                saved=path,
            )
