"""Version 3 (coaching): a version-2 file upgrades to exactly a fresh file's schema."""

from __future__ import annotations

import sqlite3

from debrief.journal.store import schema
from debrief.journal.store.journal import open_journal
from debrief.journal.store.schema.current import STATEMENTS
from debrief.journal.store.schema.steps import V3

#: What version 3 added to the statements of `current`, so a version-2 file can be rebuilt.
_ADDED = ('        "followed_up_at" DATETIME,\n', "        \"note\" TEXT NOT NULL DEFAULT '',\n")


def _v2_file(path) -> None:
    con = sqlite3.connect(path)
    for statement in STATEMENTS:
        if 'CREATE TABLE "profile"' in statement:
            continue
        for added in _ADDED:
            statement = statement.replace(added, "")
        con.execute(statement)
    con.execute("INSERT INTO theme (name, builtin, suggestion) VALUES ('Enthusiasm', 1, '')")
    con.execute(
        "INSERT INTO interview (company, role, stage, date, notes, link, outcome, created_at,"
        " updated_at) VALUES ('Acme', 'Analyst', 'screen', '2026-01-05', '', '', 'rejected',"
        " '2026-01-06 10:00:00', '2026-01-06 10:00:00')"
    )
    con.execute(
        "INSERT INTO feedback_point (interview_id, kind, words, clarify_question,"
        " clarify_example, position, created_at) VALUES (1, 'held_back', 'Seemed flat', '', '',"
        " 0, '2026-01-07 09:00:00')"
    )
    con.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    con.execute("PRAGMA user_version = 2")
    con.commit()
    con.close()


def _columns(path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(path)
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    found = {t: con.execute(f'PRAGMA table_info("{t}")').fetchall() for t in sorted(tables)}
    con.close()
    return found


def test_a_version_2_file_gains_the_note_the_follow_up_and_the_profile(tmp_path):
    assert schema.SCHEMA_VERSION == 3 and len(V3) == 3
    old, fresh = tmp_path / "old.sqlite3", tmp_path / "fresh.sqlite3"
    _v2_file(old)
    for path in (old, fresh):
        open_journal(path).close()
    assert _columns(old) == _columns(fresh)
    con = sqlite3.connect(old)
    assert con.execute("SELECT words, note FROM feedback_point").fetchall() == [("Seemed flat", "")]
    assert con.execute("PRAGMA user_version").fetchone()[0] == 3
    con.close()
