"""The ordered chain of schema steps, one per version, recorded in PRAGMA user_version."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from peewee import SqliteDatabase

from debrief.journal.store.models import ALL_MODELS, BUILTIN_THEMES, Reached, Theme
from debrief.journal.store.schema import STAGE_RANK

if TYPE_CHECKING:
    from playhouse.migrate import SqliteMigrator

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


# The charts read columns copied or derived from other rows (see models.py); the triggers
# below keep them in step on every insert, edit and delete, and FILL_CHART_COLUMNS
# recomputes them all at once (bench/generate.py lifts the triggers while bulk loading).

#: Indexes the insights charts walk without touching a table row.
V1_CHART_INDEXES = (
    # points per theme, and per theme and period for the trend
    "CREATE INDEX feedback_point_theme_day ON feedback_point "
    "(kind, theme_id, interview_date, first_on_theme)",
    # interviews per theme: one point of each carries first_on_theme
    "CREATE INDEX feedback_point_theme_first ON feedback_point "
    "(kind, theme_id, first_on_theme, interview_date)",
    # the funnel: rejected interviews counted per feedback_steps value, within dates
    "CREATE INDEX interview_funnel ON interview (outcome, feedback_steps, date)",
    # the median reply time: answered requests of rejected interviews, in order
    "CREATE INDEX feedback_request_reply ON feedback_request "
    "(interview_outcome, reply_days, interview_date)",
)

# SQLite gives | and & the same precedence: every part is bracketed.
_REQUEST_BITS = (
    f"((asked_at IS NOT NULL) * {Reached.ASKED.value}) "
    f"| ((in_time IS 1) * {Reached.IN_TIME.value}) "
    f"| ((response = 'given') * {Reached.GIVEN.value}) "
    f"| ((thanked_at IS NOT NULL) * {Reached.THANKED.value})"
)
_ANY_BITS = " | ".join(f"MAX(b & {bit.value})" for bit in Reached)


def _clarified(row: str = "") -> str:
    prefix = f"{row}." if row else ""
    return f"({prefix}clarify_question != '' OR {prefix}clarify_example != '')"


def _steps_rows(where: str) -> str:
    """(interview_id, b): Reached bits of each request and clarified point matching `where`."""
    return (
        f"SELECT interview_id, {_REQUEST_BITS} AS b FROM feedback_request WHERE {where} "
        f"UNION ALL SELECT interview_id, {Reached.CLARIFIED.value} FROM feedback_point "
        f"WHERE {where} AND {_clarified()}"
    )


def _set_steps(interview: str, when: str = "1") -> str:
    """Recompute feedback_steps of the interview whose id is `interview`, if `when` holds."""
    rows = _steps_rows(f"interview_id = {interview}")
    return (
        f"UPDATE interview SET feedback_steps = (SELECT COALESCE({_ANY_BITS}, 0) FROM ({rows})) "
        f"WHERE id = {interview} AND {when};"
    )


def _reply_days(row: str) -> str:
    """Days from asking to an answer (feedback given or declined), else NULL."""
    return (
        f"CASE WHEN {row}.response IN ('given', 'declined') "
        f"THEN julianday({row}.responded_at) - julianday({row}.asked_at) END"
    )


def _set_first(ref: str) -> str:
    """Mark the lowest-id point of `ref`'s interview, kind and theme, and unmark the rest."""
    group = (
        f"interview_id = {ref}.interview_id AND kind = {ref}.kind AND theme_id IS {ref}.theme_id"
    )
    first = f"(id = (SELECT MIN(id) FROM feedback_point WHERE {group}))"
    return (
        f"UPDATE feedback_point SET first_on_theme = {first} "
        f"WHERE {group} AND first_on_theme IS NOT {first};"
    )


_REQUEST_COPIES = (
    "UPDATE feedback_request SET "
    "(interview_outcome, interview_date) = "
    "(SELECT outcome, date FROM interview WHERE id = NEW.interview_id), "
    f"reply_days = {_reply_days('feedback_request')} WHERE id = NEW.id;"
)
_POINT_DATE = (
    "UPDATE feedback_point SET interview_date = "
    "(SELECT date FROM interview WHERE id = NEW.interview_id) WHERE id = NEW.id;"
)
_MOVED = "OLD.interview_id != NEW.interview_id"

#: Triggers keeping the chart columns equal to what they are derived from. They fire on
#: the source columns only (the derived ones are never written by Python), so their own
#: updates start nothing further.
V1_CHART_TRIGGERS = (
    "CREATE TRIGGER interview_date_copied AFTER UPDATE OF date ON interview "
    "WHEN OLD.date IS NOT NEW.date BEGIN "
    "UPDATE feedback_point SET interview_date = NEW.date WHERE interview_id = NEW.id; "
    "UPDATE feedback_request SET interview_date = NEW.date WHERE interview_id = NEW.id; END",
    "CREATE TRIGGER interview_outcome_copied AFTER UPDATE OF outcome ON interview "
    "WHEN OLD.outcome IS NOT NEW.outcome BEGIN "
    "UPDATE feedback_request SET interview_outcome = NEW.outcome WHERE interview_id = NEW.id; "
    "END",
    # An import may carry a value; a new interview has no requests or points yet.
    "CREATE TRIGGER interview_steps_added AFTER INSERT ON interview "
    f"WHEN NEW.feedback_steps != 0 BEGIN {_set_steps('NEW.id')} END",
    "CREATE TRIGGER request_chart_added AFTER INSERT ON feedback_request BEGIN "
    f"{_REQUEST_COPIES} {_set_steps('NEW.interview_id')} END",
    "CREATE TRIGGER request_chart_changed AFTER UPDATE OF "
    "interview_id, asked_at, in_time, response, responded_at, thanked_at ON feedback_request "
    f"BEGIN {_REQUEST_COPIES} {_set_steps('NEW.interview_id')} "
    f"{_set_steps('OLD.interview_id', _MOVED)} END",
    "CREATE TRIGGER request_chart_removed AFTER DELETE ON feedback_request "
    f"BEGIN {_set_steps('OLD.interview_id')} END",
    "CREATE TRIGGER point_chart_added AFTER INSERT ON feedback_point BEGIN "
    f"{_POINT_DATE} {_set_first('NEW')} "
    f"{_set_steps('NEW.interview_id', _clarified('NEW'))} END",
    "CREATE TRIGGER point_chart_changed AFTER UPDATE OF "
    "interview_id, kind, theme_id, clarify_question, clarify_example ON feedback_point BEGIN "
    f"{_POINT_DATE} {_set_first('OLD')} {_set_first('NEW')} "
    f"{_set_steps('NEW.interview_id')} {_set_steps('OLD.interview_id', _MOVED)} END",
    "CREATE TRIGGER point_chart_removed AFTER DELETE ON feedback_point BEGIN "
    f"{_set_first('OLD')} {_set_steps('OLD.interview_id', _clarified('OLD'))} END",
)

#: Names of V1_CHART_TRIGGERS, for a bulk loader that lifts them and fills in one pass.
CHART_TRIGGER_NAMES = tuple(sql.split()[2] for sql in V1_CHART_TRIGGERS)

#: Every chart column recomputed from scratch, each in one statement.
FILL_CHART_COLUMNS = (
    "UPDATE feedback_point SET interview_date = interview.date FROM interview "
    "WHERE interview.id = feedback_point.interview_id "
    "AND feedback_point.interview_date IS NOT interview.date",
    "UPDATE feedback_point SET first_on_theme = id IN "
    "(SELECT MIN(id) FROM feedback_point GROUP BY interview_id, kind, theme_id)",
    "UPDATE feedback_request SET interview_outcome = interview.outcome, "
    "interview_date = interview.date, "
    f"reply_days = {_reply_days('feedback_request')} FROM interview "
    "WHERE interview.id = feedback_request.interview_id",
    "UPDATE interview SET feedback_steps = 0 WHERE feedback_steps != 0",
    f"UPDATE interview SET feedback_steps = s.steps FROM (SELECT interview_id, {_ANY_BITS} "
    f"AS steps FROM ({_steps_rows('1')}) GROUP BY interview_id) AS s "
    "WHERE s.interview_id = interview.id",
)


def _v1_create(db: SqliteDatabase, migrator: SqliteMigrator) -> None:
    """Version 1: every table, its sort indexes and triggers, the built-in themes once."""
    db.create_tables(ALL_MODELS)
    statements = _V1_INDEXES + _V1_STEP_TRIGGERS + _V1_SEARCH
    for statement in statements + V1_CHART_INDEXES + V1_CHART_TRIGGERS:
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
    if not pending:
        return 0
    from playhouse.migrate import SqliteMigrator  # only a file that needs steps pays for it

    migrator = SqliteMigrator(db)
    for version in pending:
        with migrator.migration_context():
            STEPS[version](db, migrator)
            db.execute_sql(f"PRAGMA user_version = {int(version)}")
    return len(pending)
