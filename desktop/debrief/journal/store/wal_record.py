"""Which `-wal` is this journal's own: a note, beside the journal, of the log Debrief writes.

SQLite replays whatever `-wal` it finds beside a database into it, and a log's 32-byte
header names no database: another journal's log copied beside this one, or an old one
left beside a journal restored by hand, would put the other file's pages into the
journal. The header does carry a checkpoint number and two salts that SQLite draws anew
for every new log, so Debrief notes them in `<journal>.wal-record` whenever they change
(after a commit, which reads 32 bytes), and notes "none" once a clean close has taken the
log away. At open, a log the record does not name is refused before SQLite sees it.

The record holds one line after its mark:

- `none`: the journal was closed cleanly and has no log; any log with work in it is a
  stranger.
- `pending`: Debrief was about to start a new log (its salts are random, so not known
  before SQLite writes them) when it stopped; whatever log is there may be that one.
- `<current> [<previous>]`: the log's checkpoint number and salts, in hex. The previous
  one is kept for a log whose last header never reached the disk (a power cut), and the
  log SQLite starts after a checkpoint (number and first salt each one more than the
  current) is accepted too: a kill may land between its commit and the record's update.

No record at all (a journal last used by a Debrief before this one, or copied here
without it) lets any log through, as before: refusing would hide the user's last work
after an older Debrief's crash. A record file that is not Debrief's is never written.
"""

from __future__ import annotations

import os
import re
import stat
import struct
import threading
from pathlib import Path

from debrief.journal.store.files import atomic_file
from debrief.journal.store.files.leftovers import WAL_RECORD_SUFFIX

MARK = b"debrief wal record 1\n"
NONE, PENDING = "none", "pending"
#: What a log holds that is not a log SQLite would read: it would be overwritten.
NOT_A_LOG = "?"
#: How a log's header starts: big- or little-endian checksums.
WAL_MAGIC = (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")
WAL_HEADER_BYTES = 32
#: The checkpoint number and both salts: where in the header, and how long as hex.
ID_START, ID_END = 12, 24
#: What a record's line may say: none, pending, or one or two log ids (24 hex digits each).
_RECORD_LINE = re.compile(r"none|pending|[0-9a-f]{24}(?: [0-9a-f]{24})?")
#: The record's length, always: its mark, the line padded with spaces, a newline.
LINE_BYTES = 64
RECORD_BYTES = len(MARK) + LINE_BYTES + 1


def record_path(journal: Path) -> Path:
    """`journal.sqlite3.wal-record`, beside the file a link leads to (as SQLite's are)."""
    return _beside(Path(journal).resolve(), WAL_RECORD_SUFFIX)


def _beside(real: Path, suffix: str) -> Path:
    return real.with_name(real.name + suffix)


def log_id(wal: Path) -> str:
    """NONE for no log or an empty one, the header's number and salts in hex, or
    NOT_A_LOG for a file SQLite would not take for a log; OSError when one is there
    but cannot be read."""
    try:
        fd = os.open(wal, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        if not os.path.lexists(wal):
            return NONE
        raise
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return NOT_A_LOG
        header = os.pread(fd, WAL_HEADER_BYTES, 0) if hasattr(os, "pread") else os.read(fd, 32)
    finally:
        os.close(fd)
    if not header or header == bytes(len(header)):
        return NONE  # zeros, as a file system may leave after a crash: nothing to replay
    if len(header) < WAL_HEADER_BYTES or header[:4] not in WAL_MAGIC:
        return NOT_A_LOG
    if not _checksum_holds(header):
        return NONE  # SQLite reads a log whose header fails its checksum as empty
    return header[ID_START:ID_END].hex()


def _checksum_holds(header: bytes) -> bool:
    """Whether the header's last 8 bytes are SQLite's checksum of its first 24: the
    running sums over pairs of 32-bit words, in the byte order the magic names."""
    order = ">" if header[:4] == WAL_MAGIC[1] else "<"
    words = struct.unpack(order + "6I", header[:24])
    s0 = s1 = 0
    for first, second in zip(words[::2], words[1::2], strict=True):
        s0 = (s0 + first + s1) & 0xFFFFFFFF
        s1 = (s1 + second + s0) & 0xFFFFFFFF
    return struct.unpack(">2I", header[24:32]) == (s0, s1)


def _successor(noted: str) -> str:
    """The start of the id SQLite gives the log it begins after checkpointing `noted`:
    the checkpoint number and the first salt each one more (the second salt is random)."""
    number, salt1 = int(noted[:8], 16), int(noted[8:16], 16)
    return f"{(number + 1) & 0xFFFFFFFF:08x}{(salt1 + 1) & 0xFFFFFFFF:08x}"


def read_record(path: Path) -> str | None:
    """The record's line, or None when there is none or the file is not Debrief's."""
    try:
        fd = os.open(
            path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
        )
    except OSError:
        return None
    try:
        data = os.read(fd, RECORD_BYTES + 1) if stat.S_ISREG(os.fstat(fd).st_mode) else b""
    finally:
        os.close(fd)
    if len(data) != RECORD_BYTES or not data.startswith(MARK) or not data.endswith(b"\n"):
        return None
    line = data[len(MARK) : -1].decode("ascii", "replace").strip()
    return line if _RECORD_LINE.fullmatch(line) else None


def stray_wal(journal: Path, empty: bool = False) -> Path | None:
    """The `-wal` beside `journal` if it is not the journal's own, else None.

    `empty`: the journal file holds nothing yet, so no log of it can exist (and SQLite
    would delete whatever log is there)."""
    real = Path(journal).resolve()
    wal = _beside(real, "-wal")
    found = log_id(wal)
    if found == NONE:
        return None
    if empty:
        return wal
    record = read_record(_beside(real, WAL_RECORD_SUFFIX))
    if record is None or record == PENDING:
        return None
    noted = record.split()
    if found == NOT_A_LOG or record == NONE or not noted:
        return wal
    if found in noted or found.startswith(_successor(noted[0])):
        return None
    return wal


class WalRecord:
    """Keeps the record of one writable journal in step with its log (any thread)."""

    def __init__(self, journal: Path) -> None:
        real = Path(journal).resolve()
        self.path = _beside(real, WAL_RECORD_SUFFIX)
        self.wal = _beside(real, "-wal")
        recorded = read_record(self.path)
        self._usable = recorded is not None or not os.path.lexists(self.path)
        self._noted = (recorded or "").split() or [""]
        self._started = False
        self._lock = threading.Lock()

    def before_writes(self) -> None:
        """Before this session's first write: note the log there is, or that a new one
        (random salts, unknown until SQLite writes them) is about to begin."""
        with self._lock:
            if self._started:
                return
            self._started = True
            found = self._found()
            state = found if found not in (NONE, NOT_A_LOG) else PENDING
            if state != self._noted[0]:  # a log already noted (reopened after a kill)
                self._write(state)

    def after_commit(self) -> None:
        """Note the log's header if a commit began a new log (after a checkpoint)."""
        found = self._found()
        if found == self._noted[0] or found in (NONE, NOT_A_LOG):
            return
        with self._lock:
            if found != self._noted[0]:
                self._write(found)

    def after_close(self) -> None:
        """Note what the close left: no log (the usual), or the log a reader kept open."""
        if not self._started:
            return  # nothing written this session: the record is as it was
        with self._lock:
            found = self._found()
            if found != NOT_A_LOG:
                self._write(found)

    def _found(self) -> str:
        """The log's id; NOT_A_LOG, leaving the record as it is, when it cannot be read."""
        try:
            return log_id(self.wal)
        except OSError:
            return NOT_A_LOG

    def _write(self, state: str) -> None:
        """Note `state`; a log id keeps the one before it. Failing to write (a full disk)
        only leaves the record older: the next open may then refuse this journal's own
        log after a crash, with a message, never take a stranger's."""
        if not self._usable:
            return
        previous = self._noted[0]
        line = state
        if state not in (NONE, PENDING) and previous not in ("", NONE, PENDING, state):
            line = f"{state} {previous}"
        try:
            _store(self.path, MARK + line.encode().ljust(LINE_BYTES) + b"\n")
        except OSError:
            return
        self._noted = line.split()


def _store(path: Path, data: bytes) -> None:
    """Made once whole (`atomic_file`), then rewritten in place: the record is always
    RECORD_BYTES long, so one write of them, within one disk sector, replaces it whole
    (a rename over it cost 1.5-4 ms on ext4 here, on a commit; this costs ~6 µs)."""
    flags = os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        atomic_file.write_atomic(path, data, over_database=True)
        return
    try:
        found = os.fstat(fd)
        if not stat.S_ISREG(found.st_mode) or found.st_size != RECORD_BYTES:
            raise OSError(f"{path} is not a record Debrief wrote")
        if found.st_nlink == 1:
            os.write(fd, data)
            # To the disk now: a record older than the log SQLite synced would have the
            # next open refuse the journal's own log after a power cut. It changes only
            # at a session's first write, at each new log and at close.
            os.fdatasync(fd)
            return
    finally:
        os.close(fd)
    # Another name leads to the same file (a snapshot made with hard links): writing in
    # place would change that copy too, so this name gets a file of its own.
    atomic_file.write_atomic(path, data, over_database=True)
