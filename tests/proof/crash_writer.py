"""Child process for the crash test: writes debriefed interviews until it is killed.

Run as `python crash_writer.py PATH [COUNT]`. Each interview, its interviewer, one feedback
request and three feedback points go in one transaction through the journal layer; the
interview's id is printed (and flushed) only after that transaction has committed, so
every id the parent reads names an interview the journal promised to keep.
"""

from __future__ import annotations

import datetime as dt
import sys

from debrief.journal.records.interviews import save_interview
from debrief.journal.store.journal import Journal, open_journal
from debrief.journal.store.models import Channel, FeedbackPoint, FeedbackRequest, Theme, WizardStep

POINTS_PER_INTERVIEW = 3
#: The step the wizard is left on: not "done", so the debrief_step trigger writes too.
STEP = WizardStep.LISTEN.value


def write_one(journal: Journal, number: int, themes: list[int]) -> int:
    """One debriefed interview in one transaction; returns its id once committed."""
    with journal.writing():
        interview_id = save_interview(
            journal,
            {
                "company": f"Crash Co {number}",
                "role": "Engineer",
                "date": dt.date(2026, 1 + number % 12, 1 + number % 28),
                "notes": f"Interview {number}. " + "Notes. " * (number % 5),
            },
            [{"name": f"Interviewer {number}", "email": f"person{number}@example.com"}],
        )
        request = FeedbackRequest.create(
            interview=interview_id,
            interviewer=FeedbackRequest.interviewer.rel_model.get(interview=interview_id),
            channel=Channel.EMAIL.value,
            asked_at=dt.datetime(2026, 1, 1, 9, 0),
            words="Could you share what I could improve before my next interview?",
            wizard_step=STEP,
        )
        for position in range(POINTS_PER_INTERVIEW):
            FeedbackPoint.create(
                interview=interview_id,
                request=request,
                theme=themes[(number + position) % len(themes)],
                words=f"Point {position} of interview {number}",
                position=position,
            )
    return interview_id


def main(argv: list[str]) -> int:
    path, count = argv[0], int(argv[1]) if len(argv) > 1 else 1000
    journal = open_journal(path)
    with journal.reading():
        themes = [t.id for t in Theme.select(Theme.id).order_by(Theme.id)]
    for number in range(count):
        print(write_one(journal, number, themes), flush=True)
    journal.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
