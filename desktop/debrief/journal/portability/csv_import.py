"""Interviews from another tracker's CSV: guess the columns, preview every row, import in one go."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from itertools import groupby
from typing import Any

from peewee import chunked

from debrief.journal.marking import N_
from debrief.journal.portability import dates
from debrief.journal.portability.csv_layouts import ALIASES as ALIASES  # kept importable from here
from debrief.journal.portability.csv_layouts import (
    DATE_TARGETS,
    EMPTY_MARKERS,
    TARGETS,
    missing_targets,
)
from debrief.journal.portability.csv_layouts import REQUIRED_TARGETS as REQUIRED_TARGETS
from debrief.journal.portability.csv_layouts import guess_mapping as guess_mapping
from debrief.journal.portability.csv_safety import restore
from debrief.journal.portability.csv_table import CsvTable, ImportProblem
from debrief.journal.portability.statuses import status_meaning, status_text
from debrief.journal.progress import CHECKING_ROWS, IMPORTING_ROWS, Cancelled, Progress, quiet
from debrief.journal.records.interviews import MAX_SHORT_TEXT, validate
from debrief.journal.store.journal import Journal, reads
from debrief.journal.store.models import Interview, Interviewer, Outcome, Stage
from debrief.journal.store.refusals import WriteFailed

#: A row with a company and a date but no role still imports, with this role, because
#: the row is worth keeping and the user can edit the role later. The UI may pass a
#: translated text to preview_import instead.
ROLE_PLACEHOLDER = "Role not recorded"
#: Stage of a row whose file does not say which stage it reached.
UNKNOWN_STAGE = Stage.OTHER.value
INSERT_BATCH = 500
#: Rows checked between two reports of progress (and chances to cancel) in a preview.
CHECK_STEP = 2000

# Messages in English with named params; the UI runs them through tr(), then format().
NEEDS_COLUMN = N_("Choose which column holds the {target} before importing.")
NOT_APPLIED = N_("Row {row} was saved but never applied for, so there is no interview to record.")
NO_COMPANY = N_("Row {row} has no company.")
NO_DATE = N_("Row {row} has no date.")
BAD_DATE = N_("Row {row}: “{value}” is not a date Debrief can read.")
DATE_OUT_OF_RANGE = N_("Row {row}: the date {value} is too far in the past or the future.")
TOO_LONG = N_("Row {row}: the {target} is longer than Debrief accepts.")
BAD_TEXT = N_("Row {row}: the {target} holds characters Debrief cannot store.")
INVALID = N_("Row {row}: the {target} is not valid.")
ALREADY_THERE = N_("Row {row} is already in your journal ({company}, {date}).")
REPEATED = N_("Row {row} repeats row {first}.")
RUNS_ON = N_(
    "Row {row} was left out: its “{column}” runs on over the next lines of the file, as if "
    "a closing quote mark were missing, so it may hold the rows after it. Add the missing "
    "quote mark in the file, then import it again."
)
IMPORT_FAILED = N_("The import was cancelled and nothing was added: {detail}.")


@dataclass(frozen=True)
class SkippedRow:
    """A row left out, and why, for the import report."""

    row: int
    template: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(row=self.row, **self.params)


@dataclass(frozen=True, slots=True)  # slots: one object per row for the collector, not two
class PlannedRow:
    row: int
    fields: dict[str, Any]
    #: Interviewers to add with the interview: "name" and "email" each.
    people: tuple[dict[str, str], ...] = ()


@dataclass
class ImportPlan:
    """What an import would do: the rows that would land and those skipped, with reasons."""

    rows: list[PlannedRow]
    skipped: list[SkippedRow]
    #: Status words not recognised; their rows import as pending. The preview lists them.
    unknown_statuses: list[str]
    date_order: str


@dataclass(frozen=True)
class ImportReport:
    imported: int
    skipped: list[SkippedRow]


def date_order_for(table: CsvTable, mapping: dict[str, str]) -> dates.DateOrder:
    """How the mapped date columns order day and month; ask the user on "ambiguous"/"mixed".

    Every value of the mapped columns counts, and so do the file's other date columns
    (an "Applied" column that proves month first settles an ambiguous "Interview" one).
    """
    own = [mapping[t] for t in DATE_TARGETS if mapping.get(t) in table.headers]
    if not own:
        return "none"
    evidence = {}
    for index, header in enumerate(table.headers):
        values = list(dict.fromkeys(row[index] for row in table.rows))  # in file order
        if header in own or dates.looks_like_dates(values):
            evidence[header] = dates.order_evidence(values)
    others = [e for header, e in evidence.items() if header not in own]
    return dates.settle_order([evidence[h] for h in own], others)


#: Headers only Debrief's own interviews.csv has together; its guard quotes come off again.
OWN_EXPORT_HEADERS = frozenset({"id", "company", "role", "stage", "date", "outcome", "told_via"})


def is_own_export(headers: list[str]) -> bool:
    """True for an interviews.csv that Debrief's CSV export wrote."""
    return OWN_EXPORT_HEADERS <= set(headers)


#: Invisible marks a cell loses at either end, as it loses white space: files joined
#: together leave them inside (a second export's byte order mark, a zero-width space).
_INVISIBLE = "\u200b\ufeff"


def _cell(value: str, own_export: bool = False) -> str:
    """A trimmed cell with plain newlines; "" for N/A markers.

    In Debrief's own export the guard quotes `csv_safety.neutralise` added (so that
    spreadsheets run no formula) are taken off, so it imports back exactly as it was.
    Other trackers' cells are kept as they are.
    """
    if own_export:
        value = restore(value)
    value = value.strip().strip(_INVISIBLE).strip().replace("\r\n", "\n").replace("\r", "\n")
    return "" if value.casefold() in EMPTY_MARKERS else value


def _status_fields(cells: dict[str, str], unknown: dict[str, None]) -> dict[str, str] | None:
    """outcome and stage from the status cells; None when the row was never applied for."""
    for target in ("outcome", "stage"):
        if target in cells:
            cells[target] = status_text(cells[target])  # Teal may write a JSON object
    outcome_meaning = status_meaning(cells.get("outcome", ""))
    stage_meaning = status_meaning(cells.get("stage", ""))
    if outcome_meaning.not_applied or stage_meaning.not_applied:
        return None
    for target, meaning in (("outcome", outcome_meaning), ("stage", stage_meaning)):
        if not meaning.known:
            unknown.setdefault(cells[target], None)
    return {
        "outcome": outcome_meaning.outcome or stage_meaning.outcome or Outcome.PENDING.value,
        "stage": stage_meaning.stage or outcome_meaning.stage or UNKNOWN_STAGE,
    }


def _problem_skip(row: int, problems: list, fields: dict[str, Any]) -> SkippedRow:
    problem = problems[0]
    if problem.code == "date_out_of_range":
        return SkippedRow(row, DATE_OUT_OF_RANGE, {"value": str(fields["date"])})
    template = {"too_long": TOO_LONG, "bad_characters": BAD_TEXT}.get(problem.code, INVALID)
    return SkippedRow(row, template, {"target": problem.field})


def _people(cells: dict[str, str]) -> tuple[dict[str, str], ...]:
    """The contact named in the row as an interviewer; the address names one without a name."""
    name, email = cells.get("contact", ""), cells.get("email", "")
    return ({"name": name or email, "email": email},) if name or email else ()


def people_skip(row: int, people: tuple[dict[str, str], ...]) -> SkippedRow | None:
    """Why a row's contact cannot be stored, or None."""
    for person in people:
        for key, target in (("name", "contact"), ("email", "email")):
            if len(person[key]) > MAX_SHORT_TEXT:
                return SkippedRow(row, TOO_LONG, {"target": target})
    return None


def _plan_row(
    row: int, cells: dict[str, str], order: str, placeholder: str, unknown: dict[str, None]
) -> PlannedRow | SkippedRow:
    """The interview for one row, or why it is skipped.

    A blank date falls back to the applied date, when the file has one.
    """
    status = _status_fields(cells, unknown)
    if status is None:
        return SkippedRow(row, NOT_APPLIED)
    if not cells.get("company"):
        return SkippedRow(row, NO_COMPANY)
    raw_date = cells.get("date") or cells.get("applied", "")
    if not raw_date:
        return SkippedRow(row, NO_DATE)
    day = dates.parse_date(raw_date, order)
    if day is None:
        return SkippedRow(row, BAD_DATE, {"value": raw_date})
    fields = {
        "company": cells["company"],
        "role": cells.get("role") or placeholder,
        "date": day,
        "notes": cells.get("notes", ""),
        "link": cells.get("link", ""),
        **status,
    }
    if problems := validate(fields):
        return _problem_skip(row, problems, fields)
    people = _people(cells)
    return people_skip(row, people) or PlannedRow(row, fields, people)


def _key(fields: dict[str, Any]) -> tuple[str, str, dt.date]:
    return (fields["company"].casefold(), fields["role"].casefold(), fields["date"])


def _existing_keys(first: dt.date, last: dt.date) -> set[tuple[str, str, dt.date]]:
    query = Interview.select(Interview.company, Interview.role, Interview.date).where(
        Interview.date.between(first, last)
    )
    return {(c.casefold(), r.casefold(), d) for c, r, d in query.tuples()}


def _check_mapping(table: CsvTable, mapping: dict[str, str]) -> dict[str, int]:
    if missing := missing_targets(mapping):
        raise ImportProblem(NEEDS_COLUMN, target=missing[0])
    columns = {}
    for target, header in mapping.items():
        if target not in TARGETS:
            raise ValueError(f"unknown import target {target!r}")
        if header:
            columns[target] = table.headers.index(header)  # ValueError if not a header
    return columns


@reads
def preview_import(
    journal: Journal,
    table: CsvTable,
    mapping: dict[str, str],
    date_order: str = "dmy",
    *,
    role_placeholder: str = ROLE_PLACEHOLDER,
    progress: Progress | None = None,
) -> ImportPlan:
    """Every row that would land and every row skipped, with a reason; writes nothing.

    `date_order` ("dmy" or "mdy") settles dates like 04/03/2026; ask the user when
    `dates.detect_date_order` says "ambiguous" or "mixed". A row already in the journal
    (same company, role and date, ignoring case) or repeated in the file is skipped, so
    importing the same file twice adds nothing the second time. `progress` hears of
    every CHECK_STEP rows, and its cancel stops the preview with Cancelled.
    """
    if date_order not in dates.CHOSEN_ORDERS:
        raise ValueError(f"date_order must be one of {dates.CHOSEN_ORDERS}")
    columns = _check_mapping(table, mapping)
    placeholder = role_placeholder.strip()[:MAX_SHORT_TEXT] or ROLE_PLACEHOLDER
    planned: list[PlannedRow] = []
    skipped: list[SkippedRow] = []
    unknown: dict[str, None] = {}
    own = is_own_export(table.headers)
    progress = progress or quiet()
    progress.begin(CHECKING_ROWS, len(table.rows))
    for seen, (number, values) in enumerate(zip(table.row_numbers, table.rows, strict=True)):
        if seen % CHECK_STEP == 0:
            progress.advance(seen)
        progress.give_way()
        if number in table.swallowed:
            skipped.append(SkippedRow(number, RUNS_ON, {"column": table.swallowed[number]}))
            continue
        cells = {target: _cell(values[index], own) for target, index in columns.items()}
        result = _plan_row(number, cells, date_order, placeholder, unknown)
        if isinstance(result, SkippedRow):
            skipped.append(result)
        else:
            planned.append(result)
    progress.advance(len(table.rows))
    planned = _drop_repeats(planned, skipped)
    skipped.sort(key=lambda s: s.row)
    return ImportPlan(planned, skipped, list(unknown), date_order)


def _drop_repeats(planned: list[PlannedRow], skipped: list[SkippedRow]) -> list[PlannedRow]:
    """Rows already in the journal or earlier in the file go to `skipped`."""
    if not planned:
        return planned
    days = [p.fields["date"] for p in planned]
    existing = _existing_keys(min(days), max(days))
    first_seen: dict[tuple[str, str, dt.date], int] = {}
    kept = []
    for item in planned:
        key = _key(item.fields)
        if key in existing:
            params = {"company": item.fields["company"], "date": item.fields["date"].isoformat()}
            skipped.append(SkippedRow(item.row, ALREADY_THERE, params))
        elif key in first_seen:
            skipped.append(SkippedRow(item.row, REPEATED, {"first": first_seen[key]}))
        else:
            first_seen[key] = item.row
            kept.append(item)
    return kept


def apply_import(
    journal: Journal, plan: ImportPlan, progress: Progress | None = None
) -> ImportReport:
    """Write every planned row in one transaction: all of them land, or none does.

    Each row is validated again, so a plan changed after its preview cannot slip bad data
    in. Raises ImportProblem (with nothing written) on any failure, and Cancelled (with
    nothing written either) when `progress` was cancelled.
    """
    progress = progress or quiet()
    for item in plan.rows:
        progress.give_way()
        if problems := validate(item.fields):
            skip = _problem_skip(item.row, problems, item.fields)
            raise ImportProblem(IMPORT_FAILED, detail=skip.message)
        if skip := people_skip(item.row, item.people):
            raise ImportProblem(IMPORT_FAILED, detail=skip.message)
    progress.begin(IMPORTING_ROWS, len(plan.rows))
    try:
        with journal.writing():
            _insert_all(plan.rows, progress)
    except (ImportProblem, Cancelled):  # a cancel rolled everything back, too
        raise
    except WriteFailed as exc:  # the transaction rolled back; say its first cause
        raise ImportProblem(IMPORT_FAILED, detail=exc.cause) from exc
    except Exception as exc:  # anything else stopped it: rolled back all the same
        raise ImportProblem(IMPORT_FAILED, detail=exc) from exc

    return ImportReport(len(plan.rows), list(plan.skipped))


def _insert_all(rows: list[PlannedRow], progress: Progress) -> None:
    """Every row, in batches; `progress` hears of each batch and may stop the work."""
    done = 0
    for has_people, run in groupby(rows, key=lambda item: bool(item.people)):
        for batch in chunked(list(run), INSERT_BATCH):
            if has_people:  # each needs its new id to link its interviewers
                _insert_with_people(batch)
            else:
                Interview.insert_many([item.fields for item in batch]).execute()
            done += len(batch)
            progress.advance(done)


def _insert_with_people(rows: list[PlannedRow]) -> None:
    for item in rows:
        interview_id = Interview.insert(**item.fields).execute()
        Interviewer.insert_many([dict(p, interview=interview_id) for p in item.people]).execute()
