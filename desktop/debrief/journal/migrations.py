"""The ordered chain of schema steps, one per version, recorded in PRAGMA user_version."""

from __future__ import annotations

from collections.abc import Callable

from peewee import SqliteDatabase
from playhouse.migrate import SqliteMigrator

from debrief.journal.models import ALL_MODELS, BUILTIN_THEMES, Theme

#: The schema this code writes. A file with a higher user_version is refused, untouched.
SCHEMA_VERSION = 1


def _v1_create(db: SqliteDatabase, migrator: SqliteMigrator) -> None:
    """Version 1: every table, and the built-in themes seeded once."""
    db.create_tables(ALL_MODELS)
    Theme.insert_many(
        [{"name": n, "builtin": True, "suggestion": s} for n, s in BUILTIN_THEMES.items()]
    ).on_conflict_ignore().execute()


#: version -> step that brings a file from version - 1 to version.
STEPS: dict[int, Callable[[SqliteDatabase, SqliteMigrator], None]] = {1: _v1_create}


def user_version(db: SqliteDatabase) -> int:
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


def upgrade(db: SqliteDatabase, on_first_step: Callable[[int], None] | None = None) -> int:
    """Run every step above the file's version; returns how many ran.

    `on_first_step(old_version)` runs before anything is written, so the caller can copy
    the file aside; each step commits on its own, with foreign keys off while it runs.
    """
    current = user_version(db)
    pending = [v for v in sorted(STEPS) if v > current]
    if pending and on_first_step is not None:
        on_first_step(current)
    migrator = SqliteMigrator(db)
    for version in pending:
        with migrator.migration_context():
            STEPS[version](db, migrator)
            db.execute_sql(f"PRAGMA user_version = {int(version)}")
    return len(pending)
