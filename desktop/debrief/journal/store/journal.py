"""An open journal file: the one object that owns its database, its transactions and its news.

Every journal operation takes the `Journal` it works on and runs inside `reading()` or
`writing()`. `writing()` is the only transaction boundary: it begins as a write (so every
writer waits the same busy time), turns database failures into `WriteFailed`, and after
the commit tells each subscriber what changed, once.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Concatenate, ParamSpec, TypeVar

import peewee

from debrief.journal.store import changes, identity, schema, wal_record
from debrief.journal.store.binding import models_database
from debrief.journal.store.changes import Change
from debrief.journal.store.connection import JournalDatabase
from debrief.journal.store.errors import (
    CANNOT_CREATE,
    CANNOT_LOCK,
    CANNOT_OPEN,
    MIGRATION_FAILED,
    MISSING_TARGET,
    NAME_TOO_LONG,
    READ_ONLY_NOTICE,
    READ_ONLY_OLD,
    JournalError,
)
from debrief.journal.store.files import atomic_file, leftovers
from debrief.journal.store.refusals import WriteFailed, write_failure

#: What a failing read or write raises: peewee's errors, and sqlite3's where SQL is run
#: on the connection itself (backups, bulk loads).
DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError, peewee.DatabaseError)

Subscriber = Callable[[Change], None]
P = ParamSpec("P")
R = TypeVar("R")


class Journal:
    """An open journal file. `read_only` journals refuse every write."""

    def __init__(self, path: Path, db: JournalDatabase, read_only: bool = False) -> None:
        self.path = path
        self.db = db
        self.read_only = read_only
        self.notice = READ_ONLY_NOTICE if read_only else ""  # why, for the window to show
        self.backup_path: Path | None = None  # the copy taken before an upgrade, if any
        self.closed = False
        self._subscribers: list[Subscriber] = []
        # The note of this journal's own -wal, kept by its one writer (`wal_record`).
        self._wal_record = None if read_only else wal_record.WalRecord(path)

    def __repr__(self) -> str:
        state = "closed" if self.closed else "read-only" if self.read_only else "open"
        return f"<Journal {self.path} ({state})>"

    @property
    def connection(self) -> sqlite3.Connection:
        """This thread's sqlite3 connection, for what peewee does not do (backups, bulk loads)."""
        self._require_open()
        return self.db.connection()

    @contextlib.contextmanager
    def reading(self) -> Iterator[Journal]:
        """Bind the models to this journal on this thread while the block runs."""
        self._require_open()
        if self.db.is_closed():
            self.db.connect()  # a worker thread's first operation: its own connection
        previous = models_database.obj
        models_database.initialize(self.db)
        try:
            yield self
        finally:
            models_database.initialize(previous)

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[Journal]:
        """`reading()` inside one read transaction: every query of the block sees the same
        state of the file, whatever another connection commits meanwhile (exports)."""
        with self.reading(), self.db.atomic():
            yield self

    @contextlib.contextmanager
    def writing(self) -> Iterator[Journal]:
        """One transaction, begun as a write; a database failure rolls it back and becomes
        WriteFailed. Nested blocks are savepoints; the outermost commit is announced."""
        if self.read_only:
            raise WriteFailed("read_only")
        if self.closed:  # a stray write after the session let the file go
            raise WriteFailed("write_failed", f"the journal {self.path.name} is closed")
        with self.reading():
            outermost = self.db.transaction_depth() == 0
            if outermost:
                self.before_writes()
            try:
                with self.db.atomic("IMMEDIATE"):
                    yield self
            except DATABASE_ERRORS as exc:
                raise write_failure(exc) from exc
            if outermost:
                self.after_commit()
                self._announce()

    def before_writes(self) -> None:
        """Call before writing outside `writing()` (creating, upgrading): the first write
        of a session may begin a -wal, which the record must expect (`wal_record`)."""
        if self._wal_record is not None:
            self._wal_record.before_writes()

    def after_commit(self) -> None:
        """Note the -wal's header if the commit began a new one (32 bytes read)."""
        if self._wal_record is not None:
            self._wal_record.after_commit()

    def subscribe(self, subscriber: Subscriber) -> Callable[[], None]:
        """Call `subscriber(change)` after every committed write; returns the unsubscriber.

        It runs on the thread that committed: a window bridges it to the GUI thread.
        """
        self._subscribers.append(subscriber)
        return lambda: subscriber in self._subscribers and self._subscribers.remove(subscriber)

    def _announce(self) -> None:
        change = changes.collect(self.db.connection())
        if change is not None:
            for subscriber in list(self._subscribers):
                subscriber(change)

    def _require_open(self) -> None:
        if self.closed:  # never quietly reopen a file the session has finished with
            raise sqlite3.ProgrammingError(f"the journal {self.path.name} is closed")

    def close(self, optimize: bool = True) -> None:
        """Close the file; `optimize=False` when it must stay exactly as it is (damaged)."""
        if self.closed:
            return
        if optimize and not self.read_only and not self.db.is_closed():
            # SQLite's advice for long-lived connections: refresh the planner's statistics
            # on close (cheap; at 100,000 interviews the chart filters run 1.7-4x faster).
            self.before_writes()  # it may write the planner's statistics
            with contextlib.suppress(*DATABASE_ERRORS):
                self.db.execute_sql("PRAGMA optimize")
        self.db.close()  # peewee refuses while a transaction is open
        self.closed = True
        if self._wal_record is not None:
            self._wal_record.after_close()  # the -wal is gone: "none"
        self._subscribers.clear()


def reads(operation: Callable[Concatenate[Journal, P], R]) -> Callable[Concatenate[Journal, P], R]:
    """Run a read-only journal operation, `operation(journal, ...)`, inside `journal.reading()`."""

    @functools.wraps(operation)
    def run(journal: Journal, *args: P.args, **kwargs: P.kwargs) -> R:
        with journal.reading():
            return operation(journal, *args, **kwargs)

    return run


def default_journal_path() -> Path:
    """`debrief.sqlite3` in the user's data folder (e.g. ~/.local/share/debrief)."""
    import platformdirs  # only needed when no --db was given

    return Path(platformdirs.user_data_dir("debrief", appauthor=False)) / "debrief.sqlite3"


def open_journal(path: Path | str, *, check_pages: bool = True, read_only: bool = False) -> Journal:
    """Open the journal at `path`, creating it (and its private folder) if it is missing.

    `read_only=True` opens it for reading only, as when the window could not take the
    journal's lock; a missing file is then not created.

    `check_pages=False` skips reading every page first (about 50 ms at 10,000 interviews):
    the window passes it to show sooner, then runs `identity.check_integrity` in the
    background before it lets anything write. A file that needs upgrading is always read
    whole first, then copied aside.
    """
    path = Path(path).expanduser()
    if identity.require_regular_file(path):
        version = identity.inspect(path, check_pages)
    elif _require_room_beside(path) or read_only:  # no lock file fits beside either
        raise JournalError(CANNOT_CREATE, folder=path.parent, detail=CANNOT_LOCK)
    else:
        identity.refuse_stray_wal(path, empty=True)  # SQLite would delete it
        create_private_file(path)
        version = 0
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    read_only = read_only or not writable
    if not read_only:
        atomic_file.keep_private(path)  # before SQLite makes a -wal with its mode
    if read_only and version < schema.SCHEMA_VERSION:
        raise JournalError(READ_ONLY_OLD, name=path.name)
    if version == 0 and path.stat().st_size == 0:
        _claim(path)
    db = JournalDatabase(path, read_only)
    try:
        db.connect()
    except DATABASE_ERRORS as exc:
        raise JournalError(CANNOT_OPEN, name=path.name, detail=exc) from exc
    journal = Journal(path, db, read_only)
    if version < schema.SCHEMA_VERSION:
        journal.before_writes()
        if version == 0:
            _create(journal)
        else:
            _upgrade(journal)
        journal.after_commit()
    if not read_only:
        changes.watch(journal.db.connection())  # tables made or changed: watch them now
        leftovers.remove_leftovers(path)  # a crash's half-made copies of the journal
    return journal


#: The bytes a file system allows in a name (ext4, APFS, NTFS in UTF-16 units).
NAME_MAX = 255
#: What the longest name kept beside a journal adds to its name: a restore's copy,
#: `.<name>.XXXXXXXX.restore`; SQLite's `-journal` and `-wal` add less.
ROOM_BESIDE = 20


def _require_room_beside(path: Path) -> None:
    """JournalError when a new journal's name leaves no room for the names beside it."""
    if len(os.fsencode(path.name)) + ROOM_BESIDE > NAME_MAX and not os.path.lexists(path):
        raise JournalError(NAME_TOO_LONG, name=path.name)


def create_private_file(path: Path) -> None:
    """An empty file readable by its owner only, in a folder made for it (0700) if needed:
    the journal holds private notes. A name too long for the files kept beside it is
    refused first (SQLite could not name its -wal: the file would stay empty)."""
    _require_room_beside(path)
    try:
        atomic_file.private_folder(path.parent)
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
    except FileExistsError:
        if path.is_symlink() and not path.exists():  # a link into a drive since unplugged
            raise JournalError(MISSING_TARGET, name=path.name, target=os.readlink(path)) from None
        return
    except OSError as exc:
        raise JournalError(CANNOT_CREATE, folder=path.parent, detail=exc.strerror or exc) from exc


def _claim(path: Path) -> None:
    """Mark an empty file as Debrief's before anything else is written to it, so a file
    left half made by a crash is still known as ours (and finished) at the next open.
    An empty file the user made (0644 under the usual umask) becomes private first: the
    journal, and the -wal and -shm SQLite makes with its mode, hold their notes."""
    try:
        os.chmod(path, atomic_file.PRIVATE_FILE)
        con = sqlite3.connect(path)
        try:
            con.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
        finally:
            con.close()
    except (OSError, sqlite3.Error) as exc:
        detail = getattr(exc, "strerror", None) or exc
        raise JournalError(CANNOT_CREATE, folder=path.parent, detail=detail) from exc


def _create(journal: Journal) -> None:
    from debrief.journal.store.models import BUILTIN_THEMES

    try:
        schema.create(journal.db, BUILTIN_THEMES.items())
    except DATABASE_ERRORS as exc:
        journal.close(optimize=False)
        detail = write_failure(exc).detail
        raise JournalError(CANNOT_CREATE, folder=journal.path.parent, detail=detail) from exc


def _same_time(source: Path, target: Path) -> None:
    """Give `target` the access and modification times of `source`."""
    info = source.stat()
    os.utime(target, ns=(info.st_atime_ns, info.st_mtime_ns))


#: Why an upgraded file is refused: it held a trigger, a view or a column of someone else's.
FOREIGN_OBJECTS = "it holds tables, views or triggers that Debrief never made"


def _aside_name(real: Path, old: int) -> Path:
    """`<name>.v<old>.bak`, or `<name>.v<old>-2.bak` and on when a file has that name: the
    user's own, or the copy of an earlier upgrade of a file since put back in its place."""
    target, count = real.with_name(f"{real.name}.v{old}.bak"), 1
    while os.path.lexists(target):
        count += 1
        target = real.with_name(f"{real.name}.v{old}-{count}.bak")
    return target


def _upgrade(journal: Journal) -> None:
    """Run the pending steps with a copy of the file aside; put the copy back on failure."""

    real = journal.path.resolve()  # through a link: the file it leads to, kept a link

    def copy_aside(old: int) -> None:
        journal.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        target = _aside_name(real, old)
        atomic_file.copy_atomic(real, target, over_database=True)  # private from the start
        _same_time(real, target)  # to put back on failure as it was
        journal.backup_path = target

    try:
        schema.upgrade(journal.db, on_first_step=copy_aside)
        if not identity.as_made(journal.db.connection()):
            raise ValueError(FOREIGN_OBJECTS)
    except Exception as exc:
        journal.close(optimize=False)
        if journal.backup_path is not None:  # earlier steps committed: put the copy back
            for suffix in ("-wal", "-shm"):
                real.with_name(real.name + suffix).unlink(missing_ok=True)
            # A rename, not a copy: it needs no room on the disk that may have just filled.
            os.replace(journal.backup_path, real)  # whole, with its time and mode
        raise JournalError(MIGRATION_FAILED, name=journal.path.name, detail=exc) from exc
