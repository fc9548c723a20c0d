"""Rounds still ahead, soonest first: what the window shows as coming up."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from debrief.journal.store.journal import Journal, reads
from debrief.journal.store.models import Outcome

#: The window shows a short list; further rounds appear as the nearer ones pass.
SHOWN = 20


class Upcoming(NamedTuple):
    interview_id: int
    date: dt.date
    time: str | None  # "HH:MM", or None when only the day is known
    company: str
    round: int


#: The range on `date` leads, through its index, so only rows from today on are read
#: however long the journal (the planner would otherwise pick the outcome index and read
#: every pending interview). Rounds today stay listed until their time, or all day
#: when they have none.
UPCOMING_SQL = """
    SELECT id, date, time, company, round FROM interview INDEXED BY interview_date
    WHERE date >= :today AND outcome = :pending
      AND (date > :today OR time IS NULL OR time = '' OR time >= :clock)
    ORDER BY date, time, id
    LIMIT :limit
"""


@reads
def upcoming_rounds(journal: Journal, now: dt.datetime, limit: int = SHOWN) -> list[Upcoming]:
    """Rounds from `now` (naive wall clock) on whose application's outcome is still open."""
    params = {
        "today": now.date().isoformat(),
        "clock": now.strftime("%H:%M"),
        "pending": Outcome.PENDING.value,
        "limit": limit,
    }
    rows = journal.db.execute_sql(UPCOMING_SQL, params).fetchall()
    return [
        Upcoming(i, dt.date.fromisoformat(day), time, company, number)
        for i, day, time, company, number in rows
    ]
