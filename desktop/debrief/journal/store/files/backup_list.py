"""Which files in a backups folder are Debrief's backups: listing them, and rotating away
the oldest. A file there that is not one of them (a link named like a backup, the user's
own notes, another account's copy) is never listed as one, and never deleted.

Each journal's backups are in its own folder (`leftovers.own_backups_folder`). Those an
older Debrief made in the `backups` folder every journal beside it shares are listed as
`shared`: nothing in them says which journal they copy, so they are never rotated."""

from __future__ import annotations

import datetime as dt
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from debrief.journal.store.files import leftovers
from debrief.journal.store.files.leftovers import own_file
from debrief.journal.store.identity import SQLITE_HEADER

_NAME = re.compile(r"debrief-(\d{8}-\d{6})(?:-(\d+))?\.sqlite3")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    when: dt.datetime
    size: int  # bytes
    #: Made before each journal had its own backups folder: it may copy another journal.
    shared: bool = False


def _parse_name(path: Path) -> tuple[dt.datetime, int] | None:
    match = _NAME.fullmatch(path.name)
    if match is None:
        return None
    try:
        when = dt.datetime.strptime(match[1], "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    return when, int(match[2] or 1)


def _database_size(path: Path) -> int | None:
    """The size of `path` when it is a regular file (not a link) starting as a database
    does, else None: a link, or the user's notes named like a backup, is not a backup."""
    try:
        info = path.lstat()
        if not stat.S_ISREG(info.st_mode):
            return None
        with path.open("rb") as fh:
            return info.st_size if fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER else None
    except OSError:
        return None


def backups_in(folder: Path, *, shared: bool = False) -> list[BackupInfo]:
    """Our backup files in `folder`, newest first (by the time in the name, not mtime);
    `shared` marks each as from the folder journals shared before they had their own."""
    found = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        parsed = _parse_name(path)
        if parsed is None or (size := _database_size(path)) is None:
            continue
        found.append((parsed, BackupInfo(path, parsed[0], size, shared)))
    found.sort(key=lambda item: item[0], reverse=True)
    return [info for _, info in found]


def remove_with_sidecars(path: Path, *, keep_file: bool = False) -> None:
    """Remove `path` (unless `keep_file`) and what SQLite keeps beside it, each only if it
    is this user's regular file (a link there named like a -wal leads to someone's file)."""
    for suffix in leftovers.SQLITE_SIDECARS if keep_file else leftovers.SIDECARS:
        name = path.with_name(path.name + suffix)
        if own_file(name):
            name.unlink(missing_ok=True)


def rotate(folder: Path, keep: int) -> list[Path]:
    """Delete all but the newest `keep` backups in `folder`; returns what was deleted.

    Only this user's files named like our backups and holding a database are touched, so
    other files there are safe; in a folder that is a link (it leads anywhere, another
    journal's folder too) nothing is.
    """
    removed: list[Path] = []
    if folder.is_symlink():
        return removed
    for info in backups_in(folder)[keep:]:
        if own_file(info.path):
            remove_with_sidecars(info.path)  # a safety copy of a damaged journal has a -wal
            removed.append(info.path)
    return removed
