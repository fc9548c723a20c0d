"""Copies a crash left half made beside the journal, removed the next time it opens.

A restore checks its copy of the backup as `.<journal>.XXXX.restore` beside the journal,
and a backup is written as `.<backup>.XXXX.part` in the journal's backups folder. A crash
in between leaves a full private copy of the journal there that rotation never sees.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
from pathlib import Path

RESTORE_SUFFIX = ".restore"
PART_SUFFIX = ".part"
#: The folder beside the journals that holds each one's backups folder, named after it.
BACKUPS_FOLDER = "backups"
#: How a backup's temporary name starts: `.debrief-<time>.sqlite3.XXXX.part`.
BACKUP_PART_PREFIX = ".debrief-"
#: What SQLite keeps beside a database, named after it.
SQLITE_SIDECARS = ("-wal", "-shm", "-journal")
SIDECARS = ("", *SQLITE_SIDECARS)
#: Debrief's note of the journal's own -wal (`wal_record`), kept beside it for good.
WAL_RECORD_SUFFIX = ".wal-record"


def own_backups_folder(journal_path: Path) -> Path:
    """`backups/<journal's file name>/` beside the journal: journals kept in one folder
    each have their own, so one's backups are never listed, restored or rotated as
    another's. The journal's whole name (not its stem: `notes.db` and `notes.sqlite3`
    differ) fits, as the file system already holds it; on a system that ignores case,
    so does the folder, and `Work.sqlite3` opened as `work.sqlite3` finds its backups."""
    return journal_path.parent / BACKUPS_FOLDER / journal_path.name


#: Characters of a long journal name a restore's copy keeps (at most 192 bytes in UTF-8).
RESTORE_NAME_CHARS = 48
#: What a restore's copy adds to the journal's name: `.`, `.XXXXXXXX.restore`, `-journal`.
RESTORE_ROOM = 1 + 1 + 8 + len(RESTORE_SUFFIX) + len("-journal")


def restore_prefix(journal_path: Path) -> str:
    """`.<journal's name>.`, how a restore's copy beside it is named. A name too long for
    that copy and its `-wal` (the restore of a journal named near the system's 255 bytes
    failed) is cut, with a digest of the whole: two long names sharing their start never
    clear each other's copy."""
    name = journal_path.name
    if len(os.fsencode(name)) + RESTORE_ROOM > 255:
        digest = hashlib.sha256(os.fsencode(name)).hexdigest()[:12]
        name = f"{name[:RESTORE_NAME_CHARS]}~{digest}"
    return f".{name}."


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
    removed = _remove_matching(real.parent, restore_prefix(real), RESTORE_SUFFIX)
    # Only the backups' own `.debrief-….part`: a folder called "backups" beside the
    # journal may be the user's, holding other programs' half downloads. In this
    # journal's own folder, and the shared one an older Debrief wrote into; never in
    # another journal's, which may be writing a backup now.
    for folder in (own_backups_folder(journal_path), journal_path.parent / BACKUPS_FOLDER):
        removed += _remove_matching(folder, BACKUP_PART_PREFIX, PART_SUFFIX)
    return removed
