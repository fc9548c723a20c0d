"""Where a reminder leads when clicked: a page of the rejection wizard, or a round's prep sheet."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from debrief.journal.practice.reminders.rules import Reminder, ReminderKind
from debrief.journal.store.journal import Journal

if TYPE_CHECKING:
    from debrief.ui.debrief_commands import DebriefCommands


def open_target(
    reminder: Reminder, journal: Journal, debriefs: DebriefCommands, parent: QWidget
) -> None:
    """The ask deadline opens the ask page, a follow-up the listen page (where a reply or
    its absence is recorded), a round or its open actions the round's prep sheet."""
    from debrief.ui.rejection_wizard.base import Page
    from debrief.ui.upcoming_view import open_round_prep

    if reminder.kind is ReminderKind.ASK:
        debriefs.open(reminder.interview_id, Page.ASK)
    elif reminder.kind is ReminderKind.FOLLOW_UP:
        debriefs.open(reminder.interview_id, Page.LISTEN, reminder.request_id)
    else:
        open_round_prep(journal, reminder.interview_id, parent)
