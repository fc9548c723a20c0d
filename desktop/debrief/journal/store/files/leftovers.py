"""Copies a crash left half made beside the journal, removed the next time it opens.

A restore checks its copy of the backup as `.<journal>.XXXX.restore` beside the journal,
and a backup is written as `.<backup>.XXXX.part` in the backups folder. A crash in
between leaves a full private copy of the journal there that rotation never sees.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

RESTORE_SUFFIX = ".restore"
PART_SUFFIX = ".part"
BACKUPS_FOLDER = "backups"
#: How a backup's temporary name starts: `.debrief-<time>.sqlite3.XXXX.part`.
BACKUP_PART_PREFIX = ".debrief-"
#: What SQLite keeps beside a database, named after it.
SQLITE_SIDECARS = ("-wal", "-shm", "-journal")
SIDECARS = ("", *SQLITE_SIDECARS)
#: Debrief's note of the journal's own -wal (`wal_record`), kept beside it for good.
WAL_RECORD_SUFFIX = ".wal-record"


def own_file(path: Path) -> bool:
    """Whether `path` is a regular file (not a link) of this user's: a link leads to any
    file anywhere, and in a folder shared with others (or run as root) a file of another
    account may have the same name. Only Debrief's own are ever removed."""
    try:
        info = path.lstat()
    except OSError:
        return False
    mine = not hasattr(os, "geteuid") or info.st_uid == os.geteuid()
    return stat.S_ISREG(info.st_mode) and mine


def _matches(name: str, prefix: str, suffix: str) -> bool:
    return name.startswith(prefix) and any(name.endswith(suffix + s) for s in SIDECARS)


def _remove_matching(folder: Path, prefix: str, suffix: str) -> list[Path]:
    removed = []
    with contextlib.suppress(OSError):
        for path in folder.iterdir():
            if _matches(path.name, prefix, suffix) and own_file(path):
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed.append(path)
    return removed


def remove_leftovers(journal_path: Path) -> list[Path]:
    """Remove what an interrupted restore or backup of `journal_path` left; returns it.

    Call it only while this process is the journal's one writer (its lock held), so no
    restore or backup can be under way elsewhere."""
    real = journal_path.resolve()  # a restore's copy is made beside the file a link leads to
    removed = _remove_matching(real.parent, f".{real.name}.", RESTORE_SUFFIX)
    # Only the backups' own `.debrief-….part`: a folder called "backups" beside the
    # journal may be the user's, holding other programs' half downloads.
    return removed + _remove_matching(
        journal_path.parent / BACKUPS_FOLDER, BACKUP_PART_PREFIX, PART_SUFFIX
    )
