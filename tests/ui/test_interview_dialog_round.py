"""The interview dialog sets a round's time and format and where the job was found."""

from __future__ import annotations

from debrief.journal.records.interviews import get_interview, save_interview
from debrief.ui.interview_dialog import InterviewDialog


def test_the_dialog_round_trips_the_round_and_application_fields(qtbot, journal):
    iid = save_interview(journal, {"company": "Acme", "role": "Analyst", "date": "2026-03-01"})
    dialog = InterviewDialog(journal, None, iid)
    qtbot.addWidget(dialog)
    dialog.time.setText("14:30")
    dialog.format.setCurrentIndex(2)  # after "Not set": phone, video
    dialog.source.setText("A referral from Sam")
    dialog.applied_on.setText("2026-02-20")
    dialog.accept()
    record = get_interview(journal, iid)
    assert (record["time"], record["format"], record["source"]) == (
        "14:30",
        "video",
        "A referral from Sam",
    )
    again = InterviewDialog(journal, None, iid)
    qtbot.addWidget(again)
    assert again.time.text() == "14:30" and again.format.currentText() == "Video"
    assert again.applied_on.text() == "2026-02-20"


def test_a_wrong_time_says_so_kindly_and_keeps_the_dialog(qtbot, journal):
    dialog = InterviewDialog(journal, None, None)
    qtbot.addWidget(dialog)
    dialog.company.setText("Acme")
    dialog.role.setText("Analyst")
    dialog.time.setText("7 pm")
    dialog.accept()
    assert "time of day such as 09:30" in dialog.problems_label.text()
    assert dialog.time.hasFocus() or not dialog.isVisible()
