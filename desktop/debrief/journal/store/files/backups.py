"""Timestamped copies of the journal in a backups folder beside it, rotation, and safe restore."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import stat
import tempfile
from pathlib import Path

from debrief.journal.progress import (
    BACKING_UP,
    CHECKING_BACKUP,
    COPYING_BYTES,
    Cancelled,
    Progress,
    quiet,
)
from debrief.journal.store import errors, identity, schema
from debrief.journal.store.errors import JournalError
from debrief.journal.store.files import atomic_file, leftovers
from debrief.journal.store.files.backup_list import (
    BackupInfo,
    backups_in,
    remove_with_sidecars,
    rotate,
)
from debrief.journal.store.journal import Journal

KEEP = 10
AUTO_MAX_AGE = dt.timedelta(days=7)
FOLDER_NAME = leftovers.BACKUPS_FOLDER
RESTORE_SUFFIX = leftovers.RESTORE_SUFFIX
#: Pages copied between two reports of progress (chances to cancel) during a backup.
PAGES_STEP = 1024
#: Bytes copied between two reports while a backup is copied for a restore.
COPY_STEP = 4 * 1024 * 1024
#: SQLite steps between two looks at a cancel while a backup is checked.
CHECK_STEPS = 20_000

# Messages in English with named params; the UI runs them through tr(), then format().
BACKUP_FAILED = (
    "Debrief could not make a backup in {folder}: {detail}. The journal itself is unchanged."
)
NOT_A_BACKUP = "{name} is not a Debrief journal, so it was not restored. Your journal is unchanged."
DAMAGED_BACKUP = (
    "{name} is damaged, so it was not restored. Your journal is unchanged. An older "
    "backup may still be good."
)
NEWER_BACKUP = (
    "{name} was saved by a newer version of Debrief (journal format {version}; this "
    "version reads up to {supported}), so it was not restored. Your journal is unchanged."
)
SAME_FILE = "{name} is the journal itself, not a backup of it."
RESTORE_FAILED = "Debrief could not restore {name}: {detail}. Your journal is unchanged."


class BackupError(JournalError):
    """A backup or a restore could not be made; what was there is untouched."""


def _path(journal: Journal | Path) -> Path:
    return journal.path if isinstance(journal, Journal) else Path(journal)


def backups_folder(journal: Journal | Path) -> Path:
    """The journal's own backups folder, `backups/<journal's file name>/` beside it."""
    return leftovers.own_backups_folder(_path(journal))


def shared_folder(journal: Journal | Path) -> Path:
    """The `backups` folder beside the journal, where an older Debrief put the backups of
    every journal there as `debrief-<time>.sqlite3`."""
    return _path(journal).parent / FOLDER_NAME


def own_backups(journal: Journal | Path) -> list[BackupInfo]:
    """The backups made of this journal (in its own folder), newest first."""
    return backups_in(backups_folder(journal))


def list_backups(journal: Journal | Path, folder: Path | None = None) -> list[BackupInfo]:
    """The journal's backups, newest first: its own, and those an older Debrief left in
    the shared folder (marked `shared`: they may copy another journal kept beside it).
    Given a `folder`, only what is in it."""
    if folder is not None:
        return backups_in(folder)
    found = own_backups(journal) + backups_in(shared_folder(journal), shared=True)
    return sorted(found, key=lambda info: info.when, reverse=True)


def _target_name(folder: Path, now: dt.datetime) -> Path:
    stem = f"debrief-{now:%Y%m%d-%H%M%S}"
    target, count = folder / f"{stem}.sqlite3", 1
    while os.path.lexists(target):  # two backups in one second keep both (and a link)
        count += 1
        target = folder / f"{stem}-{count}.sqlite3"
    return target


def _copy_database(
    source: sqlite3.Connection, folder: Path, now: dt.datetime, progress: Progress | None = None
) -> Path:
    """Copy through SQLite's online backup API into a new private file, whole or not at all.

    The copy is written under a temporary name, checked page by page, and renamed when
    complete, so the folder never shows half a backup. It is switched to a rollback
    journal: one self-contained file.
    """
    target, progress = _target_name(folder, now), progress or quiet()

    def copied(_status: int, remaining: int, total: int) -> None:
        progress.total = total
        progress.advance(total - remaining)  # raises Cancelled: SQLite stops the copy

    with atomic_file.atomic_path(target, _whole_database) as temp:
        dest = sqlite3.connect(temp)
        try:
            progress.begin(BACKING_UP)
            source.backup(dest, pages=PAGES_STEP, progress=copied)
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
        remove_with_sidecars(temp, keep_file=True)  # the -wal/-shm the copy left
    return target


def _whole_database(path: Path) -> bool:
    con = sqlite3.connect(identity.uri(path, immutable="1"), uri=True)
    try:
        return identity.pages_ok(con)
    finally:
        con.close()


def _private_folder(folder: Path) -> None:
    atomic_file.private_folder(folder)


def backup_now(
    journal: Journal,
    folder: Path | None = None,
    *,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
) -> Path:
    """Copy the open journal into `debrief-YYYYMMDD-HHMMSS.sqlite3` in its own backups
    folder and keep the newest 10 there (another journal's, and the shared ones, are not
    counted).

    Uses this thread's connection to the journal, so it is safe while the journal is
    open, even mid-session and on a worker thread. A cancel through `progress` raises
    Cancelled and leaves no `.part` file.
    """
    folder = folder or backups_folder(journal)
    now = now or dt.datetime.now()
    try:
        _private_folder(folder)
        with journal.reading():
            target = _copy_database(journal.connection, folder, now, progress)
        rotate(folder, KEEP)
    except (OSError, sqlite3.Error) as exc:
        detail = getattr(exc, "strerror", None) or exc
        raise BackupError(BACKUP_FAILED, folder=folder, detail=detail) from exc
    return target


def _has_entries(journal: Journal) -> bool:
    from debrief.journal.store.models import Action, Interview

    with journal.reading():
        return Interview.select().exists() or Action.select().exists()


def auto_backup_if_due(
    journal: Journal,
    now: dt.datetime | None = None,
    max_age: dt.timedelta = AUTO_MAX_AGE,
    progress: Progress | None = None,
) -> Path | None:
    """Back up on start when the newest backup is older than `max_age` (or there is none).

    Returns the new backup, or None when none was due. A read-only journal cannot change
    and an empty one holds nothing to lose, so neither is backed up. Raises BackupError
    when the copy fails: show it as a notice, it should not stop Debrief from starting.
    A cancel through `progress` raises Cancelled and leaves no `.part` file.
    """
    now = now or dt.datetime.now()
    if journal.read_only or not _has_entries(journal):
        return None
    existing = own_backups(journal)  # a shared one may be another journal's
    if existing and now - existing[0].when < max_age:
        return None
    return backup_now(journal, now=now, progress=progress)


def verify_journal_file(path: Path, name: str, progress: Progress | None = None) -> None:
    """Raise BackupError unless `path` is a whole, readable Debrief journal we can open.

    The journal's own identification decides what is ours (read-only, like every check
    before a write); then every page and every link is read.
    """
    try:
        version = identity.inspect(path, check_pages=True)
    except JournalError as exc:
        if exc.template == errors.NEWER:
            raise BackupError(NEWER_BACKUP, **(exc.params | {"name": name})) from exc

        damaged = exc.template == errors.CORRUPT
        raise BackupError(DAMAGED_BACKUP if damaged else NOT_A_BACKUP, name=name) from exc
    if version == 0:
        raise BackupError(NOT_A_BACKUP, name=name)
    progress = progress or quiet()
    try:
        con = sqlite3.connect(identity.uri(path, **identity.read_only_params(path)), uri=True)
        con.set_progress_handler(lambda: progress.cancelled, CHECK_STEPS)  # true: interrupt
        try:
            check = con.execute("PRAGMA integrity_check").fetchall()
            broken_links = con.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        progress.check()  # interrupted by a cancel: say so, not "damaged"
        raise BackupError(DAMAGED_BACKUP, name=name) from exc
    if check != [("ok",)] or broken_links:
        raise BackupError(DAMAGED_BACKUP, name=name)


def _safety_copy(journal_path: Path, folder: Path) -> Path:
    """Back up the closed journal file before it is replaced, so the restore can be undone.

    A damaged journal (often the reason to restore) cannot go through the backup API, so
    its bytes are copied as they are, with its -wal file if there is one.
    """
    _private_folder(folder)
    now = dt.datetime.now()
    try:
        uri = identity.uri(journal_path, mode="ro")
        source = sqlite3.connect(uri, uri=True)
        try:
            return _copy_database(source, folder, now)
        finally:
            source.close()
    except (sqlite3.DatabaseError, atomic_file.IncompleteFile):  # damaged: bytes as they are
        target = _target_name(folder, now)
        wal = journal_path.with_name(journal_path.name + "-wal")
        if wal.exists():  # first, so the copy never shows without the log it needs
            atomic_file.copy_atomic(wal, target.with_name(target.name + "-wal"))
        atomic_file.copy_atomic(journal_path, target)
        return target


def _failed(backup: Path, exc: BaseException) -> BackupError:
    if isinstance(exc, BackupError):
        return exc
    detail = getattr(exc, "strerror", None) or exc
    return BackupError(RESTORE_FAILED, name=backup.name, detail=detail)


def _copy_file(source: Path, target: Path, progress: Progress) -> None:
    """`source`'s bytes into `target`, reporting every COPY_STEP bytes; a pipe or device
    is refused before it is opened (opening a pipe would wait for a writer forever), and
    a file that is no database before its bytes are copied (a film chosen by mistake)."""
    info = source.stat()
    if not stat.S_ISREG(info.st_mode):
        raise shutil.SpecialFileError(f"{source.name} is not a regular file")
    progress.begin(COPYING_BYTES, info.st_size)
    with source.open("rb") as src, target.open("wb") as dst:
        if src.read(len(identity.SQLITE_HEADER)) != identity.SQLITE_HEADER:
            raise BackupError(NOT_A_BACKUP, name=source.name)
        src.seek(0)
        while chunk := src.read(COPY_STEP):
            dst.write(chunk)
            progress.advance(progress.done + len(chunk))


def prepare_restore(
    journal_path: Path | str, backup: Path | str, progress: Progress | None = None
) -> Path:
    """Copy `backup` beside the journal and check the copy (integrity, links, our tables,
    format version); returns the checked copy for `finish_restore`.

    The journal may stay open meanwhile: nothing of it is touched. Any failure is a
    BackupError with a message for the user, and the copy is removed; a cancel through
    `progress` raises Cancelled, the copy removed too.
    """
    journal_path, backup = Path(journal_path), Path(backup)
    progress = progress or quiet()
    if journal_path.exists() and journal_path.resolve() == backup.resolve():
        raise BackupError(SAME_FILE, name=backup.name)
    temp: Path | None = None
    try:
        real = journal_path.resolve()  # beside the file a link leads to: renamed onto it
        fd, temp_name = tempfile.mkstemp(
            dir=real.parent, prefix=leftovers.restore_prefix(real), suffix=RESTORE_SUFFIX
        )
        os.close(fd)
        temp = Path(temp_name)
        _copy_file(backup, temp, progress)
        progress.begin(CHECKING_BACKUP)
        verify_journal_file(temp, backup.name, progress)
        _bring_up_to_date(temp, backup.name)
        remove_with_sidecars(temp, keep_file=True)  # what checking it left
    except Exception as exc:  # whatever a hostile file makes SQLite or Python raise
        if temp is not None:
            remove_with_sidecars(temp)
        if isinstance(exc, Cancelled):
            raise
        raise _failed(backup, exc) from exc
    return temp


def _bring_up_to_date(copy: Path, name: str) -> None:
    """Run the schema's steps on the checked copy of an older backup: one that cannot end
    as Debrief makes a journal (someone else's trigger in it) is refused now, while the
    journal is as it was, not at the first open after the journal was replaced by it."""
    from peewee import DatabaseError, SqliteDatabase

    db = SqliteDatabase(str(copy), autoconnect=False)
    try:
        db.connect()
        schema.upgrade(db)
        made = identity.as_made(db.connection())
    except (DatabaseError, ValueError) as exc:  # ValueError: a step left broken links
        raise BackupError(DAMAGED_BACKUP, name=name) from exc
    finally:
        db.close()
    if not made:
        raise BackupError(DAMAGED_BACKUP, name=name)


def finish_restore(journal_path: Path | str, prepared: Path, backup_name: str) -> Path | None:
    """Put a `prepare_restore` copy in place of the closed journal; returns the safety copy
    taken of the file replaced (None when there was none). Failure: BackupError, the
    journal as it was, the prepared copy removed."""
    folder = backups_folder(Path(journal_path))
    real = Path(journal_path).resolve()  # a link to the journal stays a link to it
    try:
        safety = _safety_copy(real, folder) if real.exists() else None
        for suffix in leftovers.SQLITE_SIDECARS:  # the replaced file's: never replayed
            real.with_name(real.name + suffix).unlink(missing_ok=True)
        os.replace(prepared, real)
    except Exception as exc:
        remove_with_sidecars(prepared)
        raise _failed(Path(backup_name), exc) from exc
    rotate(folder, KEEP)
    return safety


def restore_backup(journal_path: Path | str, backup: Path | str) -> Path | None:
    """Replace the journal file with `backup`; returns the copy taken of the file replaced.

    Close the journal first and open it again afterwards: a connection left open would
    keep writing to the file that was replaced. Steps: copy the backup beside the journal
    and check that copy; back up the current journal (None when there was no journal
    file); remove its stale -wal/-shm; rename the checked copy over it. A refused or
    failed restore changes nothing: the journal stays byte-identical, no new backup is
    made and no copy is left behind.
    """
    prepared = prepare_restore(journal_path, backup)
    return finish_restore(journal_path, prepared, Path(backup).name)
