"""The schema history: a fresh file is made at the current version in one step, and a file
of the first release upgrades to exactly the same schema with every row kept."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from debrief.journal.store import schema
from debrief.journal.store.journal import open_journal
from debrief.journal.store.models import ALL_MODELS
from debrief.journal.store.schema.steps import STEPS
from tests.journal.schema_snapshot import SNAPSHOT, fresh_schema, normalised_schema

V1 = Path(__file__).parent.parent / "data" / "journal_v1.sqlite3"
TABLES = ("interview", "interviewer", "theme", "action", "feedback_request", "feedback_point")


def _columns(path: Path, table: str) -> list[str]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [row[1] for row in con.execute(f'PRAGMA table_info("{table}")')]
    finally:
        con.close()


def _rows(path: Path, table: str, columns: list[str] | None = None) -> list[tuple]:
    """Every row, of `columns` only when given (the columns an older file had)."""
    names = ", ".join(f'"{c}"' for c in columns) if columns else "*"
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute(f"SELECT {names} FROM {table} ORDER BY id").fetchall()
    finally:
        con.close()


def test_a_fresh_journal_has_exactly_the_committed_schema():
    assert fresh_schema() == SNAPSHOT.read_text(encoding="utf-8"), (
        "the schema changed: add a step in store/schema/steps.py, then run "
        "`python -m tests.journal.schema_snapshot` and review the diff"
    )


def test_a_first_release_journal_upgrades_to_the_fresh_schema_keeping_every_row(tmp_path):
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(V1, path)
    columns = {table: _columns(path, table) for table in TABLES}
    before = {table: _rows(path, table, columns[table]) for table in TABLES}
    assert sum(map(len, before.values())) > 100 and before["feedback_request"]
    journal = open_journal(path)
    journal.close()
    assert normalised_schema(path) == fresh_schema()
    assert {table: _rows(path, table, columns[table]) for table in TABLES} == before
    # Each interview became an application of its own (same id), as its one round.
    mirrored = ["id", "company", "role", "link", "outcome", "told_at", "told_via"]
    assert _rows(path, "application", [*mirrored, "rounds"]) == [
        (*row, 1) for row in _rows(path, "interview", mirrored)
    ]
    rounds = _rows(path, "interview", ["id", "application_id", "round"])
    assert rounds == [(i, i, 1) for i, _, _ in rounds]
    assert (tmp_path / "old.sqlite3.v1.bak").read_bytes() == V1.read_bytes()


def test_drafts_clarifications_and_actions_survive_the_upgrade(tmp_path):
    from debrief.journal.practice import debriefs
    from debrief.journal.records import listings

    path = tmp_path / "old.sqlite3"
    shutil.copyfile(V1, path)
    journal = open_journal(path)
    try:
        rows = listings.list_interviews(journal, "Draftworks")
        assert [r[7] for r in rows] == ["listen"]  # the unfinished debrief, where it was left
        draft = debriefs.start(journal, rows[0][0]).data
        assert draft["words"] == "Could you share one thing to improve?"
        (finished,) = listings.list_interviews(journal, "Finishco")
        points = listings.points_for_interview(journal, finished[0])
        assert sum(1 for p in points if p[5]) == 3  # clarified points kept their words
        assert len(listings.list_actions(journal)) >= 3
    finally:
        journal.close()


def test_steps_are_frozen_sql_and_end_at_the_current_version():
    assert max(STEPS) == schema.SCHEMA_VERSION
    for statements in STEPS.values():
        assert statements and all(isinstance(sql, str) for sql in statements)


def test_the_models_name_exactly_the_tables_columns(journal):
    for model in ALL_MODELS:
        columns = {
            row[1]
            for row in journal.db.execute_sql(f'PRAGMA table_info("{model._meta.table_name}")')
        }
        assert columns == {f.column_name for f in model._meta.sorted_fields}, model.__name__
