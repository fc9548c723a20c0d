"""The ordered chain of schema steps, one per version, recorded in PRAGMA user_version."""

from __future__ import annotations

from collections.abc import Callable

from peewee import SqliteDatabase
from playhouse.migrate import SqliteMigrator

from debrief.journal.models import ALL_MODELS, BUILTIN_THEMES, Theme

#: The schema this code writes. A file with a higher user_version is refused, untouched.
SCHEMA_VERSION = 1


STAGE_RANK = (
    "CASE stage WHEN 'screen' THEN 0 WHEN 'technical' THEN 1 WHEN 'onsite' THEN 2 "
    "WHEN 'final' THEN 3 ELSE 4 END"
)

#: Indexes that let the interviews table sort any column by walking an index.
_V1_INDEXES = (
    "CREATE INDEX interview_company_nocase ON interview (company COLLATE NOCASE, id)",
    "CREATE INDEX interview_role_nocase ON interview (role COLLATE NOCASE, id)",
    f"CREATE INDEX interview_stage_rank ON interview ({STAGE_RANK}, id)",
)

_DEBRIEF_STEP = """
    UPDATE interview SET debrief_step = (
        SELECT r.wizard_step FROM feedback_request r
        WHERE r.interview_id = interview.id AND r.wizard_step != 'done'
        ORDER BY r.id DESC LIMIT 1)
    WHERE id = {ref}.interview_id;
"""

#: Triggers keeping interview.debrief_step equal to its newest unfinished request's step.
#: Each fires only when the step can change, so bulk inserts of finished requests stay fast.
_V1_STEP_TRIGGERS = (
    "CREATE TRIGGER request_added AFTER INSERT ON feedback_request "
    "WHEN NEW.wizard_step != 'done' BEGIN "
    "UPDATE interview SET debrief_step = NEW.wizard_step WHERE id = NEW.interview_id; END",
    "CREATE TRIGGER request_step AFTER UPDATE OF wizard_step, interview_id ON feedback_request "
    "WHEN OLD.wizard_step IS NOT NEW.wizard_step OR OLD.interview_id != NEW.interview_id "
    "BEGIN" + _DEBRIEF_STEP.format(ref="NEW") + _DEBRIEF_STEP.format(ref="OLD") + "END",
    "CREATE TRIGGER request_removed AFTER DELETE ON feedback_request "
    "WHEN OLD.wizard_step != 'done' BEGIN" + _DEBRIEF_STEP.format(ref="OLD") + "END",
)

#: A trigram full-text index over what the filter box searches, kept by triggers, so a
#: keystroke finds a substring among 100,000 interviews without reading every row.
_V1_SEARCH = (
    "CREATE VIRTUAL TABLE interview_search USING fts5(company, role, notes, "
    "content='interview', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER interview_search_add AFTER INSERT ON interview BEGIN "
    "INSERT INTO interview_search(rowid, company, role, notes) "
    "VALUES (NEW.id, NEW.company, NEW.role, NEW.notes); END",
    "CREATE TRIGGER interview_search_remove AFTER DELETE ON interview BEGIN "
    "INSERT INTO interview_search(interview_search, rowid, company, role, notes) "
    "VALUES ('delete', OLD.id, OLD.company, OLD.role, OLD.notes); END",
    "CREATE TRIGGER interview_search_change AFTER UPDATE OF company, role, notes ON interview "
    "BEGIN INSERT INTO interview_search(interview_search, rowid, company, role, notes) "
    "VALUES ('delete', OLD.id, OLD.company, OLD.role, OLD.notes); "
    "INSERT INTO interview_search(rowid, company, role, notes) "
    "VALUES (NEW.id, NEW.company, NEW.role, NEW.notes); END",
)


def _v1_create(db: SqliteDatabase, migrator: SqliteMigrator) -> None:
    """Version 1: every table, its sort indexes and triggers, the built-in themes once."""
    db.create_tables(ALL_MODELS)
    for statement in _V1_INDEXES + _V1_STEP_TRIGGERS + _V1_SEARCH:
        db.execute_sql(statement)
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
