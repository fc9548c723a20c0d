"""Every file Debrief writes, written whole or not at all, readable by its owner only.

The bytes go to a private temporary file beside the target (same file system, so the
rename is atomic), are flushed and fsynced, checked, and only then renamed over the
target. On any failure the temporary file is removed and the old target stays as it was;
the caller tells the user. Folders Debrief makes for them are private too: what it writes
holds the user's own words (feedback, weaknesses, notes).
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

from debrief.journal.store.files.leftovers import SQLITE_SIDECARS, WAL_RECORD_SUFFIX

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
#: The suffix of a file still being written; one left by a crash is never a real file.
PART_SUFFIX = ".part"  # leftovers.PART_SUFFIX: a crash's are removed at the next open

#: Why a name cannot be written (the detail of the writers' "could not write" messages).
NOT_A_FILE = "it is not an ordinary file but a folder, a pipe, a device or a socket"
A_DATABASE = "it is a journal or another database, or a file kept beside one"

#: How every SQLite database starts.
SQLITE_HEADER = b"SQLite format 3\x00"
#: What SQLite and Debrief (its lock, its note of the -wal) keep beside a database.
BESIDE_DATABASE = (*SQLITE_SIDECARS, ".lock", WAL_RECORD_SUFFIX)

Check = Callable[[Path], bool]


def private_folder(folder: Path) -> None:
    """Make `folder` and any missing parents, each 0700; folders already there are left
    as their owner set them."""
    missing = []
    for candidate in (folder, *folder.parents):
        if candidate.is_dir():
            break
        missing.append(candidate)
    for candidate in reversed(missing):
        with contextlib.suppress(FileExistsError):
            candidate.mkdir(mode=PRIVATE_FOLDER)


def private_file(path: Path) -> None:
    """Make `path` an empty file readable by its owner only (in a private folder) unless
    it is there, and take group and other access off one that is: for a writer that keeps
    the mode it finds, like Qt's settings, which would otherwise make it as the umask
    says (world-writable under umask 000)."""
    private_folder(path.parent)
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE))
    except FileExistsError:
        _owner_only(path)


def keep_private(path: Path) -> None:
    """Take group and other access off a journal and SQLite's files beside it, where this
    user may: one brought in by a download or a sync tool was readable by every account,
    and SQLite makes its -wal and -shm with the main file's mode."""
    real = Path(path).resolve()
    for name in (real, *(real.with_name(real.name + s) for s in SQLITE_SIDECARS)):
        with contextlib.suppress(OSError):  # absent, or not ours to change
            _owner_only(name)


def _owner_only(path: Path) -> None:
    """Take group and other access off `path` when it has any and is this user's file
    (root could change another account's)."""
    found = os.stat(path)
    if found.st_mode & 0o077 and found.st_uid == os.geteuid():
        os.chmod(path, PRIVATE_FILE)


class IncompleteFile(OSError):
    """A written file failed its check: short, or not what its writer should make."""


def incomplete(path: Path) -> IncompleteFile:
    """The error for a file that came out short (Qt's writers do not report a full disk)."""
    return IncompleteFile(errno.EIO, "the file came out incomplete (is the disk full?)", str(path))


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); folders cannot be opened so on Windows."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        _fsync(folder)


def _require_replaceable(target: Path) -> None:
    """OSError when `target` is a folder, pipe, socket or device: the rename would take
    it away from whatever uses it, chosen in a save dialog or not. A link is replaced
    itself, never written through (it may point at anything, anywhere)."""
    try:
        mode = os.lstat(target).st_mode
    except FileNotFoundError:
        return
    if not (stat.S_ISREG(mode) or stat.S_ISLNK(mode)):
        raise OSError(errno.EEXIST, NOT_A_FILE, str(target))


def _is_database(path: Path) -> bool:
    """Whether `path` is a regular file starting as an SQLite database does (a link is
    replaced itself, so what it leads to is never at stake; a pipe is not waited for)."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return False
    try:
        head = os.read(fd, len(SQLITE_HEADER)) if stat.S_ISREG(os.fstat(fd).st_mode) else b""
    finally:
        os.close(fd)
    return head == SQLITE_HEADER


def _require_not_database(target: Path) -> None:
    """OSError when `target` is a database or a file kept beside one: an export given the
    journal's name in a save dialog took the open journal's place, and every later edit
    went to a file no longer there."""
    names = [target] + [
        target.with_name(target.name.removesuffix(suffix))
        for suffix in BESIDE_DATABASE
        if target.name.endswith(suffix) and target.name != suffix
    ]
    if any(_is_database(name) for name in names):
        raise OSError(errno.EEXIST, A_DATABASE, str(target))


#: Characters of the target's name that its temporary name keeps: a name near the file
#: system's 255 bytes, and 15 more, could not be made at all.
TEMP_NAME_CHARS = 48


def _temp_prefix(target: Path) -> str:
    """`.<name>.`, the name cut to TEMP_NAME_CHARS (at most 192 bytes in UTF-8)."""
    return f".{target.name[:TEMP_NAME_CHARS]}."


@contextlib.contextmanager
def atomic_path(
    target: Path | str, check: Check | None = None, *, over_database: bool = False
) -> Iterator[Path]:
    """A private temporary path beside `target` for a writer that wants a file name (Qt's
    PDF, image and SVG writers, SQLite's backup); when the block ends the file is fsynced,
    `check`ed, and renamed over `target`. On any failure `target` is left as it was.
    A database is never replaced unless `over_database` (a copy of the journal's own)."""
    import tempfile  # here: it loads hashlib (OpenSSL), and every start imports this module

    target = Path(target)
    _require_replaceable(target)
    if not over_database:
        _require_not_database(target)
    private_folder(target.parent)
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=_temp_prefix(target), suffix=PART_SUFFIX)
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        os.chmod(temp, PRIVATE_FILE)  # a writer that recreated the file made it 0644
        _fsync(temp)
        if check is not None and not check(temp):
            raise incomplete(target)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _fsync_folder(target.parent)


def write_atomic(target: Path | str, data: bytes, *, over_database: bool = False) -> Path:
    """Write `data` to `target`: a reader sees the old file or the new one, never half.
    `over_database`: `target` is a file Debrief keeps beside a journal (its -wal record)."""

    def written(temp: Path) -> bool:
        return temp.stat().st_size == len(data)

    with atomic_path(target, written, over_database=over_database) as temp, temp.open("r+b") as fh:
        fh.write(data)
        fh.flush()
    return Path(target)


def copy_atomic(source: Path | str, target: Path | str, *, over_database: bool = False) -> Path:
    """Copy `source`'s bytes to `target` the same way (a private, whole copy or none)."""
    import shutil

    size = Path(source).stat().st_size

    def copied(temp: Path) -> bool:
        return temp.stat().st_size == size

    with atomic_path(target, copied, over_database=over_database) as temp:
        shutil.copyfile(source, temp)
    return Path(target)


def ends_with(marker: bytes, head: bytes = b"") -> Check:
    """A check that the file starts with `head` and its last bytes hold `marker` (a PDF's
    `%%EOF`, a PNG's IEND chunk, an SVG's closing tag)."""

    def check(path: Path) -> bool:
        with path.open("rb") as fh:
            if fh.read(len(head)) != head:
                return False
            size = fh.seek(0, os.SEEK_END)
            fh.seek(max(0, size - 64))
            return marker in fh.read()

    return check
