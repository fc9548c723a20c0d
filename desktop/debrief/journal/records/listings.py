"""What the main window lists: pages of interviews, the counts, the actions, and one
interview's requests and points.

Plain SQL over the bound journal's own connection, with no ORM: these are all the window
reads to paint its first screen, so peewee (about 11 ms of imports) loads after it.
The models' peewee database adopts the same connection, so both see the same file and
the same open transaction. Writes stay in the modules that validate them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from debrief.journal.store.journal import bound
from debrief.journal.store.schema import STAGE_RANK

#: Columns of the interviews table, in display order; the row tuple is (id, *COLUMNS).
COLUMNS = ("date", "company", "role", "stage", "feeling", "outcome", "debrief")
#: Row tuples: (id, *POINT_COLUMNS), (id, *REQUEST_COLUMNS), (id, *ACTION_COLUMNS).
POINT_COLUMNS = ("kind", "theme", "words", "verdict", "clarification")
REQUEST_COLUMNS = ("interviewer", "channel", "asked_at", "in_time", "response", "thanked_at")
ACTION_COLUMNS = ("status", "theme", "description", "points", "done_at")

#: Each sort key spelled as its index is, so SQLite walks the index instead of sorting.
_SORT_SQL = {
    "date": "date",
    "company": "company COLLATE NOCASE",
    "role": "role COLLATE NOCASE",
    "stage": STAGE_RANK,
    "feeling": "feeling",
    "outcome": "outcome",
    "debrief": "debrief_step",
}

#: Reached.GIVEN: the feedback_steps bit of an interview whose feedback was given.
GIVEN = 4

#: Trigrams need three characters; shorter text is matched with LIKE, which stops early
#: because one or two letters match most rows.
TRIGRAM = 3


def _rows(sql: str, params: tuple = ()) -> list[tuple]:
    return bound().connection.execute(sql, params).fetchall()


def _date(value: Any) -> Any:
    """A stored date as a date. What Debrief writes is ISO; any other text (a row written
    by something else) is read by the models' own field, exactly as the ORM reads it."""
    if isinstance(value, str) and value:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            from debrief.journal.store.models import Interview

            return Interview.date.python_value(value)
    return value


def _datetime(value: Any) -> Any:
    """A stored moment as a datetime; odd text is read by the models' field, as `_date`."""
    if isinstance(value, str) and value:
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            from debrief.journal.store.models import Action

            return Action.done_at.python_value(value)
    return value


def _filter(text: str) -> tuple[str, tuple]:
    """A WHERE clause (and its parameters) for interviews whose company, role or notes
    contain `text`; empty for no filter."""
    text = text.replace("\x00", "").strip()  # a NUL would end the search phrase early
    if not text:
        return "", ()
    if len(text) >= TRIGRAM:
        phrase = '"' + text.replace('"', '""') + '"'
        hits = "SELECT rowid FROM interview_search WHERE interview_search MATCH ?"
        return f"WHERE id IN ({hits})", (phrase,)
    pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    like = " OR ".join(f"{col} LIKE ? ESCAPE '\\'" for col in ("company", "role", "notes"))
    return f"WHERE ({like})", (pattern,) * 3


def list_interviews(
    text: str = "",
    sort: str = "date",
    descending: bool = True,
    offset: int = 0,
    limit: int | None = 256,
) -> list[tuple]:
    """One page of (id, *COLUMNS) rows, filtered and ordered in SQL.

    The table pages through this with fetchMore, so a 100,000-row journal paints its
    first screen without reading the rest.
    """
    direction = "DESC" if descending else "ASC"
    where, params = _filter(text)
    sql = (
        "SELECT id, date, company, role, stage, feeling, outcome, debrief_step "
        f"FROM interview {where} ORDER BY {_SORT_SQL[sort]} {direction}, id {direction} "
        "LIMIT ? OFFSET ?"
    )
    rows = _rows(sql, (*params, -1 if limit is None else limit, offset))
    return [(row[0], _date(row[1]), *row[2:]) for row in rows]


def count_interviews(text: str = "") -> int:
    where, params = _filter(text)
    return _rows(f"SELECT COUNT(id) FROM interview {where}", params)[0][0]


def journal_counts() -> dict[str, int]:
    """Interviews, rejections and interviews with feedback, for the status bar.

    Each is a count over an index (outcome; the trigger-kept `feedback_steps`), never over
    the table: its rows hold the notes, and the window asks for this at every start.
    Values are spelled in the SQL, as the schema's triggers spell them (Outcome.REJECTED,
    Reached.GIVEN in `choices`; a test holds them equal), so the first screen does not
    build the enums.
    """
    sql = (
        "SELECT COUNT(*), (SELECT COUNT(*) FROM interview WHERE outcome = 'rejected'), "
        f"(SELECT COUNT(*) FROM interview WHERE (feedback_steps & {GIVEN}) != 0) FROM interview"
    )
    interviews, rejections, feedback = _rows(sql)[0]
    return {"interviews": interviews, "rejections": rejections, "feedback": feedback}


def list_actions() -> list[tuple]:
    """Every action, unfinished first, with how many points it answers (one GROUP BY)."""
    sql = (
        "SELECT a.id, a.status, t.name, a.description, COUNT(p.id), a.done_at "
        "FROM action AS a LEFT JOIN theme AS t ON a.theme_id = t.id "
        "LEFT JOIN feedback_point AS p ON p.action_id = a.id "
        "GROUP BY a.id "
        "ORDER BY CASE a.status WHEN 'done' THEN 1 ELSE 0 END, a.created_at DESC, a.id DESC"
    )
    return [(*row[:5], _datetime(row[5])) for row in _rows(sql)]


def points_for_interview(interview_id: int) -> list[tuple]:
    """What the interviewers said, in the order it was captured."""
    sql = (
        "SELECT p.id, p.kind, t.name, p.words, p.verdict, "
        "TRIM(p.clarify_question || ' ' || p.clarify_example) "
        "FROM feedback_point AS p LEFT JOIN theme AS t ON p.theme_id = t.id "
        "WHERE p.interview_id = ? ORDER BY p.position, p.id"
    )
    return _rows(sql, (interview_id,))


def requests_for_interview(interview_id: int) -> list[tuple]:
    """Each asking for feedback on this interview: who, how, when, in time, the answer."""
    sql = (
        "SELECT r.id, i.name, r.channel, r.asked_at, r.in_time, r.response, r.thanked_at "
        "FROM feedback_request AS r LEFT JOIN interviewer AS i ON r.interviewer_id = i.id "
        "WHERE r.interview_id = ? ORDER BY r.id"
    )
    return [
        (row[0], row[1], row[2], _datetime(row[3]), _bool(row[4]), row[5], _datetime(row[6]))
        for row in _rows(sql, (interview_id,))
    ]


def _bool(value: Any) -> bool | None:
    return None if value is None else bool(value)
