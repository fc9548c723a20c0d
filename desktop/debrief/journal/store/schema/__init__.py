"""The journal's file format: its version, its id, and how a file is made or brought up to date.

New files are made at the current version in one step (`current.py`); older files run the
steps after their version (`steps.py`), each literal SQL frozen when it was released.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from peewee import SqliteDatabase

#: The schema this code writes. A file with a higher user_version is refused, untouched.
SCHEMA_VERSION = 7

#: `PRAGMA application_id` of every Debrief journal ("Dbrf"): how a file is known as ours.
APPLICATION_ID = 0x44627266

#: A stage's place in the interview process, spelled as the `interview_stage_rank` index
#: spells it, so that sorting by it walks that index.
STAGE_RANK = (
    "CASE stage WHEN 'screen' THEN 0 WHEN 'technical' THEN 1 WHEN 'onsite' THEN 2 "
    "WHEN 'final' THEN 3 ELSE 4 END"
)


def user_version(db: SqliteDatabase) -> int:
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


def create(db: SqliteDatabase, themes: Iterable[tuple[str, str]]) -> None:
    """Make an empty file a journal of the current version, with the built-in `themes`
    (name, suggestion), in one transaction."""
    from debrief.journal.store.schema.current import STATEMENTS

    with db.atomic("IMMEDIATE"):
        for statement in STATEMENTS:
            db.execute_sql(statement)
        for name, suggestion in themes:
            db.execute_sql(
                "INSERT INTO theme (name, builtin, suggestion) VALUES (?, 1, ?)",
                (name, suggestion),
            )
        _stamp(db, SCHEMA_VERSION)


def upgrade(db: SqliteDatabase, on_first_step: Callable[[int], None] | None = None) -> int:
    """Run every step above the file's version, each in its own transaction; returns how
    many ran.

    `on_first_step(old_version)` runs before anything is written, so the caller can copy
    the file aside. Foreign keys are off while a step runs (SQLite's advice for changing
    tables) and checked before it commits.
    """
    from debrief.journal.store.schema.steps import STEPS

    pending = [v for v in sorted(STEPS) if v > user_version(db)]
    if pending and on_first_step is not None:
        on_first_step(user_version(db))
    for version in pending:
        db.execute_sql("PRAGMA foreign_keys = OFF")  # only outside a transaction
        try:
            with db.atomic("IMMEDIATE"):
                for statement in STEPS[version]:
                    db.execute_sql(statement)
                if db.execute_sql("PRAGMA foreign_key_check").fetchone() is not None:
                    raise ValueError(f"step {version} left rows pointing nowhere")
                _stamp(db, version)
        finally:
            db.execute_sql("PRAGMA foreign_keys = ON")
    return len(pending)


def _stamp(db: SqliteDatabase, version: int) -> None:
    db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute_sql(f"PRAGMA user_version = {int(version)}")
