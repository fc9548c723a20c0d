"""The derived columns: what each means, the triggers that keep them, and how to refill them.

The charts and the interviews table read columns that are copies of, or summaries over,
other rows, so that 100,000 interviews sort and aggregate through indexes:

- `interview.debrief_step`: the wizard step of the interview's newest unfinished debrief.
- `interview.feedback_steps`: the `Reached` bits over its requests and clarified points.
- `feedback_request.interview_outcome`, `.interview_date`: copies of the interview's.
- `feedback_request.reply_days`: days from asking to an answer (feedback or a refusal).
- `feedback_point.interview_date`: a copy of the interview's date.
- `feedback_point.first_on_theme`: 1 on the lowest-id point per interview, kind and theme.
- `application.rounds`: how many interviews (rounds) it has.

Python never writes them. The schema's triggers (`schema/current.py`) keep them equal to
their sources; exports leave them out and imports have them recomputed. A bulk load lifts
the chart triggers, loads, then refills everything in one pass (`lifted`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

#: Derived columns per table: never written by Python, left out of exports.
DERIVED_FIELDS: dict[str, frozenset[str]] = {
    "application": frozenset({"rounds"}),
    "interview": frozenset({"debrief_step", "feedback_steps"}),
    "feedback_request": frozenset({"interview_outcome", "interview_date", "reply_days"}),
    "feedback_point": frozenset({"interview_date", "first_on_theme"}),
}

#: The triggers that keep the chart columns; a bulk loader lifts these and calls `fill`.
CHART_TRIGGERS = (
    "interview_date_copied",
    "interview_outcome_copied",
    "interview_steps_added",
    "request_chart_added",
    "request_chart_changed",
    "request_chart_removed",
    "point_chart_added",
    "point_chart_changed",
    "point_chart_removed",
)

#: Every chart column recomputed from scratch, each in one statement. The bits are
#: Reached's: asked 1, in time 2, feedback given 4, clarified 8, thanked 16.
FILL = (
    """
    UPDATE feedback_point SET interview_date = interview.date
      FROM interview
     WHERE interview.id = feedback_point.interview_id
       AND feedback_point.interview_date IS NOT interview.date
    """,
    """
    UPDATE feedback_point SET first_on_theme = id IN (
        SELECT MIN(id) FROM feedback_point GROUP BY interview_id, kind, theme_id)
    """,
    """
    UPDATE feedback_request
       SET interview_outcome = interview.outcome,
           interview_date = interview.date,
           reply_days = CASE WHEN feedback_request.response IN ('given', 'declined')
                        THEN julianday(feedback_request.responded_at)
                             - julianday(feedback_request.asked_at) END
      FROM interview
     WHERE interview.id = feedback_request.interview_id
    """,
    "UPDATE interview SET feedback_steps = 0 WHERE feedback_steps != 0",
    """
    UPDATE interview SET feedback_steps = s.steps
      FROM (SELECT interview_id,
                   MAX(b & 1) | MAX(b & 2) | MAX(b & 4) | MAX(b & 8) | MAX(b & 16) AS steps
              FROM (SELECT interview_id,
                           ((asked_at IS NOT NULL) * 1) | ((in_time IS 1) * 2)
                           | ((response = 'given') * 4) | ((thanked_at IS NOT NULL) * 16) AS b
                      FROM feedback_request
                    UNION ALL
                    SELECT interview_id, 8 FROM feedback_point
                     WHERE clarify_question != '' OR clarify_example != '')
             GROUP BY interview_id) AS s
     WHERE s.interview_id = interview.id
    """,
)


def fill(con: sqlite3.Connection) -> None:
    """Recompute every chart column from its sources (after a load without the triggers)."""
    for statement in FILL:
        con.execute(statement)


@contextmanager
def lifted(con: sqlite3.Connection) -> Iterator[None]:
    """Drop the chart triggers for a bulk load, then refill and restore them as they were.

    Run it inside the load's transaction: a failure rolls the triggers back with the rows.
    The triggers are read back from the file, so they come back exactly as it had them.
    """
    marks = ",".join("?" * len(CHART_TRIGGERS))
    saved = con.execute(
        f"SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name IN ({marks})",
        CHART_TRIGGERS,
    ).fetchall()
    for name, _ in saved:
        con.execute(f'DROP TRIGGER "{name}"')
    yield
    fill(con)
    for _, sql in saved:
        con.execute(sql)
