"""Open a journal file safely: check it before writing, migrate with a copy aside, bind models.

No ORM at import: the window's first screen reads through the journal's own sqlite3
connection (`listings`), and peewee, which adopts that connection, loads after it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
import threading
import urllib.parse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from debrief.journal.store import schema

if TYPE_CHECKING:
    from peewee import SqliteDatabase

SQLITE_HEADER = b"SQLite format 3\x00"
OUR_TABLES = {"interview", "interviewer", "theme", "action", "feedback_request", "feedback_point"}
BUSY_TIMEOUT_MS = 2000

# Messages in English, marked for translation: the UI runs them through tr() and then
# str.format(**params). Every refusal says the file was left untouched, because it was.
CANNOT_READ = "Debrief could not read {name}: {detail}."
CANNOT_OPEN = "Debrief could not open {name}: {detail}. The file was left untouched."
NOT_SQLITE = (
    "{name} is not a Debrief journal (it is not an SQLite database). It was left "
    "untouched. Choose another file, or start a new journal."
)
CORRUPT = (
    "{name} is damaged and cannot be read safely. It was left untouched. If you have a "
    "backup, you can restore it from the backups folder beside the journal."
)
NEWER = (
    "{name} was saved by a newer version of Debrief (journal format {version}; this "
    "version reads up to {supported}). It was left untouched. Please update Debrief to "
    "open it."
)
FOREIGN_DB = "{name} is an SQLite database, but not a Debrief journal. It was left untouched."
CANNOT_CREATE = (
    "Debrief cannot create a journal in {folder}: {detail}. Choose a folder you can write to."
)
IS_FOLDER = "{name} is a folder, not a journal file."
READ_ONLY_OLD = (
    "{name} needs updating for this version of Debrief, but it is read-only. Make the "
    "file and its folder writable, then open it again."
)
MIGRATION_FAILED = (
    "Debrief could not update {name} to the current format: {detail}. The journal was "
    "restored as it was."
)
READ_ONLY_NOTICE = (
    "This journal is read-only (the file or its folder cannot be written). You can read "
    "everything; changes are switched off."
)


class JournalError(Exception):
    """A journal could not be opened.

    `template` is English marked for translation (the UI passes it through tr() before
    formatting it with `params`); `str()` gives the English message.
    """

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params))


class Journal:
    """An open journal file. `read_only` journals refuse every write.

    `connection` is the file's connection, made on the thread that opened it; `db`, the
    models' peewee database, adopts it when first asked for. (A plain class: a dataclass
    compiles its methods as the module loads, 0.4 ms of every start.)
    """

    def __init__(self, path: Path, connection: sqlite3.Connection, read_only: bool = False):
        self.path = path
        self.connection = connection
        self.read_only = read_only
        self.notice = ""  # why it is read-only, for the window to show
        self.backup_path: Path | None = None  # the copy taken before a migration, if any
        self.listeners: list[Callable[[object], None]] = []
        self.closed = False
        self.thread = threading.get_ident()
        self._db: SqliteDatabase | None = None

    def __repr__(self) -> str:
        state = "closed" if self.closed else "read-only" if self.read_only else "open"
        return f"<Journal {self.path} ({state})>"

    @property
    def db(self) -> SqliteDatabase:
        """The models' database over this journal, made (and peewee loaded) when first used."""
        if self._db is None:
            # Importing the models binds them to the bound journal, which may be this one:
            # that asks for `db` again and makes it, so look again before making another.
            from debrief.journal.store.models import JournalDatabase

            if self._db is None:
                self._db = JournalDatabase(self)
        return self._db

    def close(self, optimize: bool = True) -> None:
        """Close the file; `optimize=False` when it must stay exactly as it is (damaged)."""
        if self.closed:
            return
        if optimize and not self.read_only:
            # SQLite's advice for long-lived connections: refresh the planner's statistics
            # on close (cheap; at 100,000 interviews it makes the stage and company filters
            # of the charts 1.7-4x faster).
            with contextlib.suppress(sqlite3.DatabaseError):
                self.connection.execute("PRAGMA optimize")
        if self._db is not None:
            self._db.close()  # peewee refuses while a transaction is open, as it always did
        self.connection.close()
        self.closed = True

    def changed(self, origin: object = None) -> None:
        """Tell every listener (views, charts) that the journal's content changed.

        Listeners are called as `listener(origin)`; `origin` is whatever made the change,
        so a view that already shows it can skip reloading itself.
        """
        for listener in list(self.listeners):
            listener(origin)


def database_errors() -> tuple[type[Exception], ...]:
    """What a failing read or write can raise: sqlite3's errors, and peewee's once loaded."""
    peewee = sys.modules.get("peewee")
    if peewee is None:
        return (sqlite3.DatabaseError,)
    return (sqlite3.DatabaseError, peewee.DatabaseError)


_bound: Journal | None = None
_followers: list[Callable[[Journal], None]] = []


def bind(journal: Journal) -> None:
    """Make `journal` the one the window's lists and (once loaded) the models read."""
    global _bound
    _bound = journal
    for follower in _followers:
        follower(journal)


def follow(follower: Callable[[Journal], None]) -> None:
    """Call `follower(journal)` for the bound journal now and at every later bind: how the
    models, imported after the first screen, learn which journal is open."""
    _followers.append(follower)
    if _bound is not None:
        follower(_bound)


def bound() -> Journal:
    """The journal `bind` last named (the newest opened, or the window's)."""
    if _bound is None:
        raise RuntimeError("no journal has been opened")
    return _bound


def default_journal_path() -> Path:
    """`debrief.sqlite3` in the user's data folder (e.g. ~/.local/share/debrief)."""
    import platformdirs  # only needed when no --db was given

    return Path(platformdirs.user_data_dir("debrief", appauthor=False)) / "debrief.sqlite3"


def _uri(path: Path, **params: str) -> str:
    query = urllib.parse.urlencode(params)
    return f"file:{urllib.parse.quote(str(path.resolve()))}?{query}"


def _inspect_existing(path: Path, check_pages: bool = True) -> int:
    """Read-only look at an existing file; returns its schema version or raises JournalError.

    Nothing here can write: the file is opened with mode=ro, so a bad file stays
    byte-identical. `check_pages` reads every page (PRAGMA quick_check); without it only
    the header and the schema are read, and the caller must run `check_integrity` before
    anything writes.
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
    try:
        con = sqlite3.connect(_uri(path, **_read_only_params(path)), uri=True)
    except sqlite3.Error as exc:
        raise JournalError(CANNOT_OPEN, name=path.name, detail=exc) from exc
    try:
        version = con.execute("PRAGMA user_version").fetchone()[0]
        if (check_pages or version < schema.SCHEMA_VERSION) and not _pages_ok(con):
            raise JournalError(CORRUPT, name=path.name)
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError as exc:
        raise JournalError(CORRUPT, name=path.name) from exc
    finally:
        con.close()
    if version > schema.SCHEMA_VERSION:
        raise JournalError(NEWER, name=path.name, version=version, supported=schema.SCHEMA_VERSION)
    if tables and not tables & OUR_TABLES:
        raise JournalError(FOREIGN_DB, name=path.name)
    return version


def _pages_ok(con: sqlite3.Connection) -> bool:
    return con.execute("PRAGMA quick_check").fetchone()[0] == "ok"


def check_integrity(path: Path) -> JournalError | None:
    """Read every page of the file on a read-only connection of its own; the error if any.

    It is safe to run on another thread while the journal is open: it never writes.
    """
    try:
        con = sqlite3.connect(
            _uri(path, **_read_only_params(path)), uri=True, check_same_thread=False
        )
        try:
            ok = _pages_ok(con)
        finally:
            con.close()
    except sqlite3.DatabaseError:
        ok = False
    return None if ok else JournalError(CORRUPT, name=path.name)


def _create_private_file(path: Path) -> None:
    """Create an empty file readable by its owner only: the journal holds private notes."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
    except FileExistsError:
        return
    except OSError as exc:
        raise JournalError(CANNOT_CREATE, folder=path.parent, detail=exc.strerror or exc) from exc


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _read_only_params(path: Path) -> dict[str, str]:
    """URI parameters that read `path` without writing it, whatever its folder allows.

    mode=ro still needs to create the -shm file beside a WAL journal; in a folder we
    cannot write, immutable=1 reads the file alone. That is only right when no -wal file
    holds committed work (after a crash), so then mode=ro is kept and SQLite uses it.
    """
    wal = path.with_name(path.name + "-wal")
    if os.access(path.parent, os.W_OK) or wal.exists():
        return {"mode": "ro"}
    return {"immutable": "1"}


def open_connection(path: Path, read_only: bool) -> sqlite3.Connection:
    """A connection as a journal needs it: foreign keys on, a busy timeout, WAL.

    Autocommit (isolation_level=None), because every transaction is explicit: peewee's
    `atomic`, which adopts this connection, begins and ends them.
    """
    pragmas = {"foreign_keys": 1, "busy_timeout": BUSY_TIMEOUT_MS}
    if read_only:
        target, uri = _uri(path, **_read_only_params(path)), True
    else:
        target, uri = str(path), False
        pragmas |= {"journal_mode": "wal", "synchronous": "normal"}
    con = sqlite3.connect(target, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, uri=uri)
    try:
        for name, value in pragmas.items():
            con.execute(f"PRAGMA {name} = {value}")
    except BaseException:
        con.close()
        raise
    return con


def open_journal(path: Path | str, *, check_pages: bool = True) -> Journal:
    """Open (creating if needed) the journal at `path` and bind the models to it.

    `check_pages=False` skips reading every page before opening (it costs ~50 ms on a
    10,000-interview journal): the window passes it to show sooner, then runs
    `check_integrity` in the background before it lets anything write. A file that needs
    migrating is always checked first.
    """
    path = Path(path).expanduser()
    if path.is_dir():
        raise JournalError(IS_FOLDER, name=path)
    if path.exists():
        version = _inspect_existing(path, check_pages)
    else:
        _create_private_file(path)
        version = 0
    read_only = not _writable(path)
    if read_only and version < schema.SCHEMA_VERSION:
        raise JournalError(READ_ONLY_OLD, name=path.name)
    try:
        connection = open_connection(path, read_only)
    except sqlite3.Error as exc:
        raise JournalError(CANNOT_OPEN, name=path.name, detail=exc) from exc
    journal = Journal(path=path, connection=connection, read_only=read_only)
    if read_only:
        journal.notice = READ_ONLY_NOTICE
    previous = _bound
    bind(journal)  # the migration writes through the models
    if not read_only and version < schema.SCHEMA_VERSION:
        try:
            _upgrade(journal, version)  # the version read above, on this file, under our lock
        except JournalError:
            if previous is not None:
                bind(previous)  # the journal in use before this attempt stays the one read
            raise
    return journal


def _upgrade(journal: Journal, version: int) -> None:
    import shutil  # only a migration copies files; most starts have none to run

    from debrief.journal.store.schema import steps as migrations

    def copy_aside(old: int) -> None:
        if old == 0:
            return  # a new file: nothing to keep
        journal.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        target = journal.path.with_name(f"{journal.path.name}.v{old}.bak")
        shutil.copy2(journal.path, target)
        journal.backup_path = target

    try:
        migrations.upgrade(journal.db, on_first_step=copy_aside)
    except Exception as exc:
        journal.close(optimize=False)
        if journal.backup_path is not None:  # earlier steps committed: put the copy back
            for suffix in ("-wal", "-shm"):
                journal.path.with_name(journal.path.name + suffix).unlink(missing_ok=True)
            shutil.copy2(journal.backup_path, journal.path)
        raise JournalError(MIGRATION_FAILED, name=journal.path.name, detail=exc) from exc
