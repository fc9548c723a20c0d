"""What the interviews table's Debrief column says, shows and explains for each state."""

from __future__ import annotations

import datetime as dt
from functools import cache

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale
from PySide6.QtGui import QBrush, QColor, QFont, QIcon

from debrief.journal.practice.debrief_states import DebriefState, Standing
from debrief.ui import vocabulary


def _t(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files every _t() text under ""


def state_words() -> dict[DebriefState, str]:
    """The label of each state ("Ask by {when}" is filled in with the deadline)."""
    return {
        DebriefState.GIVEN: _t("Feedback received"),
        DebriefState.WAITING: _t("Waiting for a reply"),
        DebriefState.NO_REPLY: _t("No reply"),
        DebriefState.DECLINED: _t("Declined"),
        DebriefState.ASK_BY: _t("Ask by {when}"),
        DebriefState.NOT_ASKED: _t("Not asked yet"),
    }


def _when(due: dt.datetime, now: dt.datetime) -> str:
    """ "14:30" today, "Tue 14:30" on another day."""
    moment = QDateTime(due.year, due.month, due.day, due.hour, due.minute, 0)
    pattern = "HH:mm" if due.date() == now.date() else "ddd HH:mm"
    return QLocale().toString(moment, pattern)


def label(standing: Standing, now: dt.datetime | None = None) -> str:
    words = state_words()[standing.state]
    if standing.state is DebriefState.ASK_BY and standing.due is not None:
        return words.format(when=_when(standing.due, now or dt.datetime.now()))
    return words


def tooltip(standing: Standing) -> str:
    """Why the cell says what it says, and what Enter does when a debrief is open."""
    why = {
        DebriefState.GIVEN: _t("The interviewer gave you feedback."),
        DebriefState.WAITING: _t("You asked for feedback; no answer has come yet."),
        DebriefState.NO_REPLY: _t("You asked, and no answer came. That is common."),
        DebriefState.DECLINED: _t("They chose not to give feedback. That is a normal answer."),
        DebriefState.ASK_BY: _t("Asking within a day of hearing the news works best."),
        DebriefState.NOT_ASKED: _t("No feedback asked for yet. Asking late still helps."),
    }[standing.state]
    if standing.step:
        step = vocabulary.wizard_steps().get(standing.step, standing.step)
        return why + "\n" + _t("{step} (double-click or press Enter).").format(step=step)
    return why


@cache
def brush(state: DebriefState) -> QBrush:
    from debrief.ui.state_icons import COLOURS  # the painting is loaded on first paint

    return QBrush(QColor(COLOURS[state]))


@cache
def bold() -> QFont:
    """An open debrief's cell is bold: something is waiting for the user."""
    font = QFont()
    font.setBold(True)
    return font


def icon(state: DebriefState) -> QIcon:
    from debrief.ui.state_icons import state_icon

    return state_icon(state)
