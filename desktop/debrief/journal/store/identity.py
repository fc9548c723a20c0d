"""Tell a Debrief journal from every other file, reading it without the power to write.

Nothing here can change a file: regular files are opened read-only (`mode=ro`, or
`immutable=1` when no `-wal` holds committed work, so not even `-shm` is made), and
anything that is not a regular file (a folder, a pipe, a socket, a device) is refused
before it is opened, since opening a pipe would wait forever.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

from debrief.journal.store import schema
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

SQLITE_HEADER = b"SQLite format 3\x00"
#: The page check reads each page once, so a small cache does (SQLite's default is 2 MiB).
CHECK_CACHE_KIB = 256

#: Every table a journal has had since its first version.
OUR_TABLES = frozenset(
    {"interview", "interviewer", "theme", "action", "feedback_request", "feedback_point"}
)


def uri(path: Path, **params: str) -> str:
    """An SQLite URI for `path` with `params` (mode=ro, immutable=1, ...)."""
    return f"file:{urllib.parse.quote(str(path.resolve()))}?{urllib.parse.urlencode(params)}"


def read_only_params(path: Path) -> dict[str, str]:
    """URI parameters that read `path` without creating or changing any file.

    `immutable=1` reads the main file alone; that is only right when no `-wal` file holds
    committed work (after a crash), so then `mode=ro` is used and SQLite reads the log.
    """
    if path.with_name(path.name + "-wal").exists():
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
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise JournalError(CANNOT_READ, name=path, detail=exc.strerror or exc) from exc
    if not header:
        return 0
    if header != SQLITE_HEADER:
        raise JournalError(NOT_SQLITE, name=path.name)
    # First the main file alone (`immutable=1` creates nothing): a database in WAL mode
    # with work in its -wal would get a -shm made beside it by any other reader, so
    # another program's file must be known as foreign before its -wal is read.
    with _connection(path, {"immutable": "1"}) as con:
        app_id, _version, tables = _identity(con)
        if not _is_ours(app_id, _version, tables):
            raise JournalError(FOREIGN_DB, name=path.name)
    with _connection(path, read_only_params(path)) as con:
        app_id, version, tables = _identity(con)
        _check_ours(path, app_id, version, tables)
        if (check_pages or version < schema.SCHEMA_VERSION) and not pages_ok(con):
            raise JournalError(CORRUPT, name=path.name)
    return version


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
        raise JournalError(CORRUPT, name=path.name) from exc
    finally:
        con.close()


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
    if (version == 0) != (not tables) or (version and not OUR_TABLES <= tables):
        raise JournalError(CORRUPT, name=path.name)  # ours, but not as any version made it


def pages_ok(con: sqlite3.Connection) -> bool:
    return con.execute("PRAGMA quick_check").fetchone()[0] == "ok"


def check_integrity(path: Path) -> JournalError | None:
    """Read every page of the file on a read-only connection of its own; the error if any.

    It is safe to run on another thread while the journal is open: it never writes.
    """
    try:
        con = sqlite3.connect(uri(path, mode="ro"), uri=True, check_same_thread=False)
        try:
            con.execute(f"PRAGMA cache_size = -{CHECK_CACHE_KIB}")  # pages are read once
            ok = pages_ok(con)
        finally:
            con.close()
    except sqlite3.DatabaseError:
        ok = False
    return None if ok else JournalError(CORRUPT, name=path.name)
