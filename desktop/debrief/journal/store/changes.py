"""What a write changed, recorded by the connection itself and read once at commit.

Each writable connection gets a temporary table and temporary triggers (they live in
that connection's memory, never in the file): every insert, update or delete of a
journal table notes the table and the interview it belongs to. The rows are part of the
transaction, so a rollback forgets them with everything else; `Journal.writing` reads
them after the commit and announces one `Change`.
"""

from __future__ import annotations

import sqlite3
from typing import NamedTuple

#: Each watched table, and the expression naming the interview a row belongs to (0 for
#: rows that belong to none, such as themes and actions).
WATCHED = {
    "application": "0",  # what the table shows of it is mirrored on its interviews
    "interview": "id",
    "interviewer": "interview_id",
    "feedback_request": "interview_id",
    "feedback_point": "interview_id",
    "theme": "0",
    "action": "0",
}

_LOG = (
    "CREATE TEMP TABLE IF NOT EXISTS changed "
    "(tbl TEXT NOT NULL, interview_id INTEGER NOT NULL, PRIMARY KEY (tbl, interview_id)) "
    "WITHOUT ROWID"
)
# Not INSERT OR IGNORE: a statement's own conflict policy (an upsert's, say) would
# override the trigger's and fail on a repeat; asking first never conflicts.
_NOTE = (
    "CREATE TEMP TRIGGER IF NOT EXISTS changed_{table}_{event} AFTER {event} ON main.{table} "
    "BEGIN INSERT INTO changed SELECT '{table}', {value} WHERE NOT EXISTS "
    "(SELECT 1 FROM changed WHERE tbl = '{table}' AND interview_id = {value}); END"
)


class Change(NamedTuple):
    """The tables a committed transaction wrote, and the ids of the interviews it touched."""

    tables: frozenset[str]
    interviews: frozenset[int]


def watch(con: sqlite3.Connection) -> None:
    """Give a new writable connection its change log."""
    con.execute(_LOG)
    present = {row[0] for row in con.execute("SELECT name FROM main.sqlite_schema")}
    for table, key in WATCHED.items():
        if table not in present:  # a file of an older version: watched again once upgraded
            continue
        for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
            value = key if key == "0" else f"{row}.{key}"
            con.execute(_NOTE.format(table=table, event=event, value=value))


def has_tables(con: sqlite3.Connection) -> bool:
    """Whether the watched tables exist yet (not in a file still being made)."""
    found = con.execute("SELECT COUNT(*) FROM sqlite_schema WHERE name = 'interview'")
    return found.fetchone()[0] == 1


def collect(con: sqlite3.Connection) -> Change | None:
    """What the log holds since it was last collected, emptied; None if nothing changed."""
    rows = con.execute("SELECT tbl, interview_id FROM temp.changed").fetchall()
    if not rows:
        return None
    con.execute("DELETE FROM temp.changed")
    return Change(frozenset(r[0] for r in rows), frozenset(r[1] for r in rows if r[1]))
