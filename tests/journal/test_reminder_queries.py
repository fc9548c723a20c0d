"""The reminders read the journal on every start and after every change: each of their
queries walks an index, never a whole table (schema step 5 added the indexes)."""

from __future__ import annotations

import datetime as dt

from debrief.journal.practice.reminders.facts import gather


def _plans(journal, statements: list[str]) -> list[str]:
    con = journal.db.connection()
    return [
        row[3]
        for statement in statements
        for row in con.execute(f"EXPLAIN QUERY PLAN {statement}").fetchall()
    ]


def test_gathering_the_reminders_never_reads_a_whole_table(journal):
    statements: list[str] = []
    con = journal.db.connection()
    con.set_trace_callback(statements.append)
    try:
        gather(journal, dt.datetime(2026, 12, 5, 9, 0))
    finally:
        con.set_trace_callback(None)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 4  # open actions, open asks, waiting requests, rounds
    plans = _plans(journal, selects)
    assert not [p for p in plans if p.startswith("SCAN") and "INDEX" not in p]
    # Each walks the index made for it, over the rows that matter, not a whole kind.
    for index in ("action_status", "interview_told", "feedback_request_waiting"):
        assert any(f"INDEX {index}" in p for p in plans), (index, plans)
    assert any("INDEX interview_date (date>?)" in p for p in plans), plans  # rounds ahead
