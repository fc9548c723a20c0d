"""Tell a Debrief journal from every other file, reading it without the power to write.

Nothing here can change a file: regular files are opened read-only (`mode=ro`, or
`immutable=1` when no `-wal` holds committed work, so not even `-shm` is made), and
anything that is not a regular file (a folder, a pipe, a socket, a device) is refused
before it is opened, since opening a pipe would wait forever.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sqlite3
import stat
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

from debrief.journal.store import schema, wal_record
from debrief.journal.store.errors import (
    CANNOT_OPEN,
    CANNOT_READ,
    CORRUPT,
    FOREIGN_DB,
    NEWER,
    NOT_A_FILE,
    NOT_SQLITE,
    JournalError,
)
from debrief.journal.store.files.atomic_file import SQLITE_HEADER

HEADER_BYTES = 100  # the database header at the start of page 1
PAGE_SIZE_OFFSET = 16
APP_ID_OFFSET = 68
#: The header's write version: 2 when the file keeps its changes in a -wal (WAL mode).
WAL_MODE_OFFSET, WAL_MODE = 18, 2
#: Why a journal with someone else's -journal beside it is not opened (CANNOT_OPEN's detail).
STRAY_JOURNAL = (
    "the file {stray} beside it belongs to another database; move it elsewhere, then open "
    "the journal again"
)
#: A -wal the record does not name: another database's, or this journal's from a copy
#: (restored with it, or a record older than the log after a power cut).
STRAY_WAL = (
    "Debrief did not write the file {stray} beside it: it may come from another database, "
    "or from a copy of this journal; move it to another folder, then open the journal again"
)
#: The page check reads each page once, so a small cache does (SQLite's default is 2 MiB).
CHECK_CACHE_KIB = 256

#: Every table a journal has had since its first version.
OUR_TABLES = frozenset(
    {"interview", "interviewer", "theme", "action", "feedback_request", "feedback_point"}
)
#: Tables SQLite makes in a journal by itself: the planner's statistics (`PRAGMA optimize`).
SQLITE_OWN = frozenset({"sqlite_sequence", "sqlite_stat1", "sqlite_stat4"})
#: The tables a full-text search index keeps its words in, named after it.
FTS5_SHADOWS = ("data", "idx", "content", "docsize", "config")


def uri(path: Path, **params: str) -> str:
    """An SQLite URI for `path` with `params` (mode=ro, immutable=1, ...)."""
    return f"file:{urllib.parse.quote(str(path.resolve()))}?{urllib.parse.urlencode(params)}"


def read_only_params(path: Path) -> dict[str, str]:
    """URI parameters that read `path` without creating or changing any file.

    `immutable=1` reads the main file alone; that is only right when no `-wal` file holds
    committed work (after a crash), so then `mode=ro` is used and SQLite reads the log.
    """
    real = path.resolve()  # SQLite keeps the -wal beside the file a link leads to
    if real.with_name(real.name + "-wal").exists():
        return {"mode": "ro"}
    return {"immutable": "1"}


def require_regular_file(path: Path) -> bool:
    """True if `path` exists as a regular file (or a link to one), False if it does not
    exist; JournalError for a folder, pipe, socket or device."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise JournalError(CANNOT_READ, name=path, detail=exc.strerror or exc) from exc
    if not stat.S_ISREG(mode):
        raise JournalError(NOT_A_FILE, name=path.name)
    return True


def inspect(path: Path, check_pages: bool = True) -> int:
    """The schema version of the journal at `path` (0: empty, to be created), or JournalError.

    A file is ours when it carries Debrief's application id, or, for files made before
    the id existed, when its version is 1 and it has every table of ours. `check_pages`
    reads every page (PRAGMA quick_check); without it only the header and the schema are
    read, and the caller must run `check_integrity` before anything writes. A file that
    needs upgrading is always checked whole.
    """
    try:
        with path.open("rb") as fh:
            header = fh.read(HEADER_BYTES)
    except OSError as exc:
        raise JournalError(CANNOT_READ, name=path, detail=exc.strerror or exc) from exc
    if not header:
        refuse_stray_wal(path, empty=True)  # SQLite would delete it
        return 0
    if header[: len(SQLITE_HEADER)] != SQLITE_HEADER:
        raise JournalError(NOT_SQLITE, name=path.name)
    if _header_app_id(header) != schema.APPLICATION_ID:
        _refuse_foreign(path)
    if not _whole_pages(path, header):
        raise JournalError(CORRUPT, name=path.name)  # cut short, or bytes added after it
    if (stray := _stray_rollback_journal(path, header)) is not None:
        detail = STRAY_JOURNAL.format(stray=stray.name)
        raise JournalError(CANNOT_OPEN, name=path.name, detail=detail)
    refuse_stray_wal(path)
    with _connection(path, read_only_params(path)) as con:
        app_id, version, tables = _identity(con)
        _check_ours(path, app_id, version, tables)
        if not _shaped_as_made(con, version):
            raise JournalError(CORRUPT, name=path.name)
        if (check_pages or version < schema.SCHEMA_VERSION) and not pages_ok(con):
            raise JournalError(CORRUPT, name=path.name)
    return version


def _header_app_id(header: bytes) -> int:
    """The application id written in the file's own header (0 when the header is short).

    Debrief stamps it before the file ever holds a -wal, so it is there even while the
    main file alone is half updated: a crash while SQLite copied the -wal back into it."""
    if len(header) < HEADER_BYTES:
        return 0
    return int.from_bytes(header[APP_ID_OFFSET : APP_ID_OFFSET + 4], "big", signed=True)


def _refuse_foreign(path: Path) -> None:
    """Read the main file alone (`immutable=1` creates nothing) for a file whose header
    does not say it is ours: a database in WAL mode with work in its -wal would get a
    -shm made beside it by any other reader, so another program's file must be known as
    foreign before its -wal is read. Files made before the id existed pass here."""
    with _connection(path, {"immutable": "1"}) as con:
        app_id, version, tables = _identity(con)
        if not _is_ours(app_id, version, tables):
            raise JournalError(FOREIGN_DB, name=path.name)


def _stray_rollback_journal(path: Path, header: bytes) -> Path | None:
    """The `-journal` beside a journal that keeps its changes in a `-wal`, if there is one.

    Such a file is another database's (copied or renamed beside it): the first writable
    connection would take it for this file's unfinished transaction and copy its pages
    in, and the journal would hold the other database's entries in place of its own."""
    if len(header) < HEADER_BYTES or header[WAL_MODE_OFFSET] != WAL_MODE:
        return None
    real = path.resolve()  # SQLite keeps its files beside the file a link leads to
    stray = real.with_name(real.name + "-journal")
    return stray if stray.exists() else None


def refuse_stray_wal(path: Path, empty: bool = False) -> None:
    """Refuse a journal with a `-wal` beside it that is not its own (`wal_record`): SQLite
    would copy the other database's pages into it. Both files are left as they are."""
    try:
        stray = wal_record.stray_wal(path, empty)
    except OSError as exc:  # a -wal this user may not read: SQLite could not either
        raise JournalError(CANNOT_READ, name=exc.filename, detail=exc.strerror or exc) from exc
    if stray is not None:
        detail = STRAY_WAL.format(stray=stray.name)
        raise JournalError(CANNOT_OPEN, name=path.name, detail=detail)


def _whole_pages(path: Path, header: bytes) -> bool:
    """Whether the file is a whole number of its pages: SQLite only ever writes whole
    pages, so any other size is a file cut short or with bytes added after it."""
    if len(header) < HEADER_BYTES:
        return True  # SQLite itself refuses a header this short
    size = int.from_bytes(header[PAGE_SIZE_OFFSET : PAGE_SIZE_OFFSET + 2], "big")
    page_size = 65536 if size == 1 else size
    return page_size > 0 and path.stat().st_size % page_size == 0


@contextlib.contextmanager
def _connection(path: Path, params: dict[str, str]) -> Iterator[sqlite3.Connection]:
    """A read-only connection; an unreadable or damaged file becomes JournalError."""
    try:
        con = sqlite3.connect(uri(path, **params), uri=True)
    except sqlite3.Error as exc:
        raise JournalError(CANNOT_OPEN, name=path.name, detail=exc) from exc
    try:
        yield con
    except sqlite3.DatabaseError as exc:
        raise _read_error(path, exc) from exc
    finally:
        con.close()


#: SQLite's answers that say the file could not be reached, not that it is damaged: a
#: lock held elsewhere, a -shm that a read-only folder cannot hold, a failing disk.
UNREACHABLE = frozenset(
    {
        sqlite3.SQLITE_BUSY,
        sqlite3.SQLITE_LOCKED,
        sqlite3.SQLITE_CANTOPEN,
        sqlite3.SQLITE_READONLY,
        sqlite3.SQLITE_PERM,
        sqlite3.SQLITE_IOERR,
        sqlite3.SQLITE_NOLFS,
    }
)


def _read_error(path: Path, exc: sqlite3.DatabaseError) -> JournalError:
    """CANNOT_OPEN when SQLite could not get at the file, CORRUPT when what it read was
    wrong: telling the user a whole journal is damaged would send them to a backup."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in UNREACHABLE:
        return JournalError(CANNOT_OPEN, name=path.name, detail=exc)
    return JournalError(CORRUPT, name=path.name)


def _identity(con: sqlite3.Connection) -> tuple[int, int, set[str]]:
    """(application id, schema version, table names) as the connection sees the file."""
    app_id = con.execute("PRAGMA application_id").fetchone()[0]
    version = con.execute("PRAGMA user_version").fetchone()[0]
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_schema WHERE type='table'")}
    return app_id, version, tables


def _is_ours(app_id: int, version: int, tables: set[str]) -> bool:
    """Debrief's application id, or a version 1 file (made before the id) with our tables."""
    return app_id == schema.APPLICATION_ID or (
        app_id == 0 and version == 1 and OUR_TABLES <= tables
    )


def _check_ours(path: Path, app_id: int, version: int, tables: set[str]) -> None:
    """Refuse whatever is not a Debrief journal of a version this code reads."""
    if not _is_ours(app_id, version, tables):
        raise JournalError(FOREIGN_DB, name=path.name)
    if version > schema.SCHEMA_VERSION:
        supported = schema.SCHEMA_VERSION
        raise JournalError(NEWER, name=path.name, version=version, supported=supported)
    made = (version > 0 and OUR_TABLES <= tables) or (version == 0 and not tables)
    if not made:
        raise JournalError(CORRUPT, name=path.name)  # ours, but not as any version made it


def _normal(sql: str) -> str:
    """The SQL without its layout (an upgraded file's differs from a fresh one's)."""
    return "".join(sql.split()).rstrip(";")


def _shape(con: sqlite3.Connection) -> list[str]:
    """The SQL of every table, index, view and trigger the file's own statements made,
    sorted. The search indexes' shadow tables are left out: SQLite words them itself, and
    may word them otherwise in another release; a trigger on one is still counted."""
    rows = con.execute("SELECT type, name, sql FROM main.sqlite_schema WHERE sql NOT NULL")
    rows = [(kind, name, _normal(sql)) for kind, name, sql in rows]
    virtual = [name for _, name, sql in rows if sql.upper().startswith("CREATEVIRTUALTABLE")]
    shadows = {f"{name}_{part}" for name in virtual for part in FTS5_SHADOWS}
    return sorted(
        sql
        for kind, name, sql in rows
        if not (kind == "table" and (name in SQLITE_OWN or name in shadows))
    )


@functools.cache
def _current_shape() -> list[str]:
    """What a fresh journal's statements are, as `_shape` reads them from a file."""
    from debrief.journal.store.schema.current import STATEMENTS

    return sorted(_normal(statement) for statement in STATEMENTS)


def _shaped_as_made(con: sqlite3.Connection, version: int) -> bool:
    """A file to be made holds nothing yet; one of the current version holds exactly what
    Debrief makes. An older file is checked once its steps have run (`Journal`)."""
    if version == 0:
        return not _shape(con)
    return version != schema.SCHEMA_VERSION or as_made(con)


def as_made(con: sqlite3.Connection) -> bool:
    """Whether the file holds exactly the tables, indexes and triggers Debrief makes.

    A file can carry our id and version and still hold a trigger or a view of someone
    else's (run by our writes), or a table of ours with other columns (a traceback at the
    first read): such a file is not a journal as Debrief made it, and is never written."""
    return _shape(con) == _current_shape()


def pages_ok(con: sqlite3.Connection) -> bool:
    return con.execute("PRAGMA quick_check").fetchone()[0] == "ok"


def check_integrity(path: Path) -> JournalError | None:
    """Read every page of the file on a read-only connection of its own; the error if any.

    It is safe to run on another thread while the journal is open: it never writes. A
    journal opened read-only in a read-only folder has no -wal, and `mode=ro` could not
    make the -shm there, so it is read like `inspect` reads it.
    """
    try:
        target = uri(path, **read_only_params(path))
        con = sqlite3.connect(target, uri=True, check_same_thread=False)
        try:
            con.execute(f"PRAGMA cache_size = -{CHECK_CACHE_KIB}")  # pages are read once
            ok = pages_ok(con)
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return _read_error(path, exc)
    return None if ok else JournalError(CORRUPT, name=path.name)
