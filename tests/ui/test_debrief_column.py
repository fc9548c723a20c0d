"""The Debrief column names every rejection's state in words, colour and an icon."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon

from debrief.journal.practice.debrief_states import DebriefState
from debrief.journal.store.models import FeedbackRequest, Interview
from debrief.ui.state_icons import state_icon
from tests.conftest import add_interviews


def _cell(window, interview_id):
    column = window.model.columns.index("debrief")
    return window.model.index(window.model.row_of(interview_id), column)


def test_every_state_has_words_a_colour_and_an_icon(window, journal):
    ids = add_interviews(journal, 6)
    Interview.update(outcome="rejected").execute()
    now = dt.datetime.now()
    for interview_id, response in zip(
        ids, ("given", "waiting", "declined", "no_reply"), strict=False
    ):
        FeedbackRequest.create(
            interview=interview_id, asked_at=now, response=response, wizard_step="done"
        )
    Interview.update(told_at=now, told_via="email").where(Interview.id == ids[4]).execute()
    window.refresh()
    expected = {
        ids[0]: "Feedback received",
        ids[1]: "Waiting for a reply",
        ids[2]: "Declined",
        ids[3]: "No reply",
        ids[4]: "Ask by",
        ids[5]: "Not asked yet",
    }
    for interview_id, words in expected.items():
        cell = _cell(window, interview_id)
        assert cell.data().startswith(words)
        assert isinstance(cell.data(Qt.ItemDataRole.DecorationRole), QIcon)
        assert cell.data(Qt.ItemDataRole.ForegroundRole) is not None
        assert cell.data(Qt.ItemDataRole.ToolTipRole)


def test_each_state_icon_has_its_own_shape():
    """Not colour alone: the pictures differ even where the colours are the same."""
    images = {
        state: state_icon(state)
        .pixmap(16, 16)
        .toImage()
        .convertToFormat(state_icon(state).pixmap(16, 16).toImage().Format.Format_Grayscale8)
        for state in DebriefState
    }
    shapes = {bytes(image.constBits()) for image in images.values()}
    assert len(shapes) == len(DebriefState)


def test_record_rejection_updates_the_row_at_once(window, journal, qtbot):
    (iid,) = add_interviews(journal, 1)
    window.refresh()
    window.select_interview(iid)
    outcome = window.model.columns.index("outcome")
    assert window.model.index(0, outcome).data() == "Waiting to hear"
    window.actions["actionRecordRejection"].trigger()
    qtbot.waitUntil(lambda: window.model.index(0, outcome).data() == "Not selected", timeout=3000)
    assert _cell(window, iid).data() == "Not asked yet"
    window.debriefs.keep_all()
