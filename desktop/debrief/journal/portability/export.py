"""The journal out as JSON or CSV files, and a JSON export back into an empty journal."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from peewee import (
    Field,
    chunked,
)

import debrief
from debrief.journal.portability.archive_checks import Refusal, check_archive, stored_value
from debrief.journal.portability.csv_safety import csv_bytes
from debrief.journal.portability.csv_table import ImportProblem, read_bytes
from debrief.journal.portability.json_reading import parse, too_dense
from debrief.journal.portability.json_text import ChunkedWriter, entry_text, write_document
from debrief.journal.progress import (
    CHECKING_ENTRIES,
    EXPORTING_ROWS,
    IMPORTING_ROWS,
    READING_ARCHIVE,
    WRITING_FILE,
    Cancelled,
    Progress,
    quiet,
)
from debrief.journal.store import schema
from debrief.journal.store.derived import DERIVED_FIELDS
from debrief.journal.store.files import atomic_file
from debrief.journal.store.journal import Journal, reads
from debrief.journal.store.models import (
    Action,
    Application,
    BaseModel,
    FeedbackPoint,
    FeedbackRequest,
    Interview,
    Interviewer,
    Profile,
    Theme,
)
from debrief.journal.store.refusals import WriteFailed

FORMAT = "debrief"
#: 2: interviews are rounds of applications (an `applications` table; each interview's
#: application, round, time and format). Version 1 files still import: each interview
#: becomes an application with one round.
#: Version 3 adds the profile (the user's name, signature and preferred channel, which a
#: restore from a version-2 file asked for again).
FORMAT_VERSION = 3
#: Fields a version-1 export lacks, with the value they take on import.
ADDED_IN_2 = {"interviews": {"application": None, "round": 1, "time": None, "format": None}}
#: JSON key -> model, in an order where every row's links point at rows already written.
TABLES: dict[str, type[BaseModel]] = {
    "themes": Theme,
    "actions": Action,
    "applications": Application,
    "interviews": Interview,
    "interviewers": Interviewer,
    "requests": FeedbackRequest,
    "points": FeedbackPoint,
    "profile": Profile,
}
CSV_NAMES = {
    "themes": "themes.csv",
    "actions": "actions.csv",
    "applications": "applications.csv",
    "interviews": "interviews.csv",
    "interviewers": "interviewers.csv",
    "requests": "feedback_requests.csv",
    "points": "feedback_points.csv",
    "profile": "profile.csv",
}
MAX_JSON_BYTES = 500 * 1024 * 1024
INSERT_BATCH = 200
#: Rows read, or entries written, between two reports of progress (chances to cancel).
STEP = 2000

# Messages in English with named params; the UI runs them through tr(), then format().
CANNOT_WRITE = "Debrief could not write {name}: {detail}. Nothing was changed there."
NOT_ARCHIVE = "{name} is not a Debrief export (JSON), so it cannot be imported."
NEWER_ARCHIVE = (
    "{name} was exported by a newer version of Debrief (export format {version}; this "
    "version reads up to {supported}). Please update Debrief to import it."
)
BAD_ARCHIVE = (
    "{name} could not be imported: {table} entry {index} is not as Debrief wrote it "
    "({detail}). Nothing was imported."
)
NOT_EMPTY = (
    "An export can only be imported into an empty journal, and this one already holds "
    "entries. Start a new journal (File, New journal), then import {name} there."
)
ARCHIVE_FAILED = "{name} could not be imported: {detail}. Nothing was imported."
REFUSED_ENTRIES = (
    "{name} could not be imported: {count} values in it are ones Debrief would not accept "
    "if typed in. Nothing was imported."
)


class ArchiveRefused(ImportProblem):
    """Entries of an archive failed the dialogs' checks; `refusals` says which and why."""

    def __init__(self, name: str, refusals: list[Refusal]) -> None:
        super().__init__(REFUSED_ENTRIES, name=name, count=len(refusals))
        self.refusals = refusals


def write_atomic(path: Path, data: bytes) -> None:
    """Write one export file whole or not at all (see `atomic_file`); ImportProblem says
    why it could not be written, and the file that was there is left as it was."""
    try:
        atomic_file.write_atomic(path, data)
    except OSError as exc:
        raise ImportProblem(CANNOT_WRITE, name=path.name, detail=exc.strerror or exc) from exc


def _fields(model: type[BaseModel]) -> list[Field]:
    """What the user's data is: every field but those the journal derives itself."""
    derived = DERIVED_FIELDS.get(model._meta.table_name, frozenset())
    return [f for f in model._meta.sorted_fields if f.name not in derived]


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date):  # datetime too
        return value.isoformat()
    return value


def table_rows(
    model: type[BaseModel], progress: Progress | None = None, before: int = 0
) -> tuple[list[str], list[tuple]]:
    """Field names and every row in id order, with dates as ISO text; `progress` hears of
    every STEP rows, counted on from the `before` rows read in earlier tables."""
    progress = progress or quiet()
    fields = _fields(model)
    query = model.select(*fields).order_by(model._meta.primary_key).tuples()
    rows = []
    for row in query:
        progress.give_way()
        rows.append(tuple(_plain(v) for v in row))
        if len(rows) % STEP == 0:
            progress.advance(before + len(rows))
    progress.advance(before + len(rows))
    return [f.name for f in fields], rows


def _all_tables(journal: Journal, progress: Progress) -> dict[str, tuple[list[str], list]]:
    """Every table's names and rows, read in one snapshot, with progress over all rows."""
    tables = {}
    with journal.snapshot():
        progress.begin(EXPORTING_ROWS, sum(m.select().count() for m in TABLES.values()))
        read = 0
        for key, model in TABLES.items():
            tables[key] = table_rows(model, progress, read)
            read += len(tables[key][1])
    return tables


def _head() -> dict[str, Any]:
    """What the export says about itself, before the tables."""
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "schema_version": schema.SCHEMA_VERSION,
        "app_version": debrief.__version__,
        "exported_at": dt.datetime.now().replace(microsecond=0).isoformat(),
    }


def export_data(journal: Journal, progress: Progress | None = None) -> dict[str, Any]:
    """The whole journal as plain data: every table, every field, ids and links as stored,
    read in one snapshot."""
    data = _head()
    tables = _all_tables(journal, progress or quiet())
    for key, (names, rows) in tables.items():
        data[key] = [dict(zip(names, row, strict=True)) for row in rows]
    return data


def _entries(model: type[BaseModel], progress: Progress) -> Iterator[str]:
    """Each row of `model` in id order as its export text; `progress` hears of every STEP."""
    names = [f.name for f in _fields(model)]
    query = model.select(*_fields(model)).order_by(model._meta.primary_key).tuples()
    for row in query:
        progress.give_way()
        yield entry_text(dict(zip(names, map(_plain, row), strict=True)))
        progress.done += 1
        if progress.done % STEP == 0:
            progress.advance(progress.done)


def export_json(journal: Journal, path: Path | str, progress: Progress | None = None) -> Path:
    """Write everything to one JSON file that `import_json` reads back exactly: the bytes
    `json.dumps(export_data(journal), ensure_ascii=False, indent=1)` would give.

    The entries are read in one snapshot and written as they are read (`json_text`), so
    no copy of the whole journal is held; `progress` hears of every STEP entries, and a
    cancel leaves no file behind.
    """
    path, progress = Path(path), progress or quiet()
    head = _head()
    try:
        with (
            journal.snapshot(),
            atomic_file.atomic_path(path, lambda temp: temp.stat().st_size == out.size) as temp,
            temp.open("wb", buffering=0) as fh,
        ):
            progress.begin(EXPORTING_ROWS, sum(m.select().count() for m in TABLES.values()))
            out = ChunkedWriter(fh)
            write_document(out, head, ((k, _entries(m, progress)) for k, m in TABLES.items()))
    except OSError as exc:
        raise ImportProblem(CANNOT_WRITE, name=path.name, detail=exc.strerror or exc) from exc
    return path


def _in_words(
    names: list[str], rows: list[tuple], words: Mapping[str, Mapping[Any, str]]
) -> list[tuple]:
    """`rows` with each coded value ("onsite", feeling 3) as the word the window shows."""
    columns = [(i, words[name]) for i, name in enumerate(names) if name in words]
    if not columns:
        return rows
    worded = []
    for row in rows:
        cells = list(row)
        for i, mapping in columns:
            cells[i] = mapping.get(cells[i], cells[i])
        worded.append(tuple(cells))
    return worded


def export_csv(
    journal: Journal,
    folder: Path | str,
    words: Mapping[str, Mapping[Any, str]] | None = None,
    progress: Progress | None = None,
) -> list[Path]:
    """One CSV per table in `folder` (created if needed), read in one snapshot; returns
    the files written. A cancel removes the files already written (and the folder, when
    this export made it).

    `words` maps a field name to the words for its codes (the UI's translated vocabulary),
    so a spreadsheet reads "On-site" and "Not selected" rather than `onsite` and
    `rejected`; the CSV import reads both. The JSON export keeps the codes.
    """
    folder, progress = Path(folder), progress or quiet()
    made = not folder.exists()
    tables = _all_tables(journal, progress)
    progress.begin(WRITING_FILE, len(TABLES))
    written: list[Path] = []
    try:  # every file beside its place first, renamed only once all are written
        with contextlib.ExitStack() as files:
            for key, model in TABLES.items():
                names, rows = tables[key]
                rows = _in_words(names, rows, words or {})
                header = [f.column_name for f in _fields(model)]  # interview_id is a link
                written.append(folder / CSV_NAMES[key])
                files.enter_context(atomic_file.atomic_path(written[-1])).write_bytes(
                    csv_bytes(header, rows)
                )
                progress.advance(len(written))
    except BaseException as exc:  # a cancel or a failure: no file, and no folder made
        if made and folder.exists() and not any(folder.iterdir()):
            folder.rmdir()
        if isinstance(exc, OSError):
            name, detail = (written[-1] if written else folder).name, exc.strerror or exc
            raise ImportProblem(CANNOT_WRITE, name=name, detail=detail) from exc
        raise
    return written


def _load_archive(path: Path) -> dict[str, Any]:
    """The archive's top level, read from a regular file of at most MAX_JSON_BYTES
    (`read_bytes`: never a pipe or a device, which would hang or never end)."""
    raw = read_bytes(path, MAX_JSON_BYTES)
    if too_dense(raw):
        raise ImportProblem(NOT_ARCHIVE, name=path.name)  # a heap of values, no entries
    try:
        data = parse(raw)
    except (ValueError, RecursionError) as exc:  # bad JSON or bad UTF-8
        raise ImportProblem(NOT_ARCHIVE, name=path.name) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ImportProblem(NOT_ARCHIVE, name=path.name)
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ImportProblem(NOT_ARCHIVE, name=path.name)
    if version > FORMAT_VERSION:
        raise ImportProblem(
            NEWER_ARCHIVE, name=path.name, version=version, supported=FORMAT_VERSION
        )
    return data


def _rows(name: str, key: str, model: type[BaseModel], entries: Any) -> list[dict[str, Any]]:
    if not isinstance(entries, list):
        raise ImportProblem(BAD_ARCHIVE, name=name, table=key, index=0, detail="not a list")
    fields = {f.name: f for f in _fields(model)}
    rows = []
    for index, entry in enumerate(entries, start=1):
        try:
            if not isinstance(entry, dict):
                raise ValueError("not an object")
            if unknown := set(entry) - set(fields):
                raise ValueError(f"unknown field {sorted(unknown)[0]}")
            if missing := set(fields) - set(entry):
                raise ValueError(f"missing field {sorted(missing)[0]}")
            rows.append({k: stored_value(fields[k], v) for k, v in entry.items()})
        except ValueError as exc:
            raise ImportProblem(BAD_ARCHIVE, name=name, table=key, index=index, detail=exc) from exc
    return rows


def _upgraded(data: dict[str, Any], key: str) -> Any:
    """The archive's entries of `key`, with fields added since its format version filled."""
    entries = data.get(key, [])
    added = ADDED_IN_2.get(key)
    if data["version"] >= 2 or not added or not isinstance(entries, list):
        return entries
    return [{**added, **e} if isinstance(e, dict) else e for e in entries]


@reads
def journal_is_empty(journal: Journal) -> bool:
    """Nothing the user wrote: no interviews or actions, and only the built-in themes."""
    for model in (Application, Interview, Interviewer, FeedbackRequest, FeedbackPoint, Action):
        if model.select().exists():
            return False
    return not Theme.select().where(~Theme.builtin).exists()


def import_json(
    journal: Journal, path: Path | str, progress: Progress | None = None
) -> dict[str, int]:
    """Load an `export_json` file into an empty journal, ids and links as they were.

    Every entry first passes the dialogs' own field checks (`archive_checks`): if any
    fails, ArchiveRefused lists them all and nothing is written. The archive's themes
    replace the built-in set. One transaction: on any problem nothing is written and
    ImportProblem says why. Returns how many rows each table received. A cancel through
    `progress` raises Cancelled with nothing written.
    """
    path, progress = Path(path), progress or quiet()
    progress.begin(READING_ARCHIVE)
    data = _load_archive(path)
    progress.begin(CHECKING_ENTRIES)
    tables = {
        key: _rows(path.name, key, model, _upgraded(data, key)) for key, model in TABLES.items()
    }
    if refusals := check_archive(tables):
        raise ArchiveRefused(path.name, refusals)
    progress.begin(IMPORTING_ROWS, sum(len(rows) for rows in tables.values()))
    try:
        with journal.writing():
            if not journal_is_empty(journal):
                raise ImportProblem(NOT_EMPTY, name=path.name)
            if "themes" in data:  # a file with no list of themes keeps the built-in ones
                Theme.delete().execute()
            if data.get("profile"):  # the file's name and signature replace any set here
                Profile.delete().execute()
            _insert_tables(tables, progress)
    except (ImportProblem, Cancelled):  # a cancel rolled everything back, too
        raise
    except WriteFailed as exc:  # a broken link or a repeated id: rolled back
        raise ImportProblem(ARCHIVE_FAILED, name=path.name, detail=exc.cause) from exc
    except Exception as exc:
        raise ImportProblem(ARCHIVE_FAILED, name=path.name, detail=exc) from exc
    return {key: len(rows) for key, rows in tables.items()}


def _insert_tables(tables: dict[str, list[dict[str, Any]]], progress: Progress) -> None:
    done = 0
    for key, model in TABLES.items():
        for batch in chunked(tables[key], INSERT_BATCH):
            model.insert_many(batch).execute()
            done += len(batch)
            if done % STEP < INSERT_BATCH:
                progress.advance(done)
    progress.advance(done)
