"""Only one Debrief window writes a given journal file; a second launch raises the first.

Two mechanisms, on purpose:

- An OS file lock (`flock` on `<journal>.lock`; `msvcrt.locking` on Windows) decides who
  owns the journal. The kernel grants it atomically and drops it when the process dies, so
  two launches racing each other cannot both win and a crash never leaves it stale.
- A local socket (launch_channel.py), named after a hash of the journal's resolved path (a
  socket file in the user's runtime folder on POSIX), is only the channel a second launch
  uses to ask the owner to raise its window. On its own it races: a crashed owner leaves
  its socket file behind, both new launches fail to connect, both remove the "stale"
  socket and both listen, the second deleting the first's socket, so two writers would
  each believe they were alone.

Different journal files get different locks and server names, so they open side by side.
The window's start does not wait for the channel: the session listens once the window is
up.
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from debrief.journal.store.files.atomic_file import private_folder

if TYPE_CHECKING:  # the channel itself loads when first used: after the first paint
    from debrief.ui.launch_channel import Listener

CONNECT_TIMEOUT_S = 1.0
OWNER_START_S = 5.0  # how long a launch keeps trying to reach an owner still starting up
RETRY_S = 0.05  # between those tries
SOCKET_PATH_MAX = 107  # bytes in a Unix socket address (sun_path, less its final NUL)

if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import errno
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as error:
            if error.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                return False
            raise
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _key(journal: Path) -> str:
    """The journal's identity: its resolved path (case-folded where the OS ignores case)."""
    return os.path.normcase(str(Path(journal).expanduser().resolve()))


def server_name(journal: Path) -> str:
    """The local-server name for a journal: a hash, because paths can be longer than a
    socket name may be and hold characters a pipe name may not. The user is part of it so
    two accounts on one machine never collide in the shared temporary folder."""
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    # The name's bytes as on disk: one in an older encoding than UTF-8 has no UTF-8.
    digest = hashlib.sha256(f"{user}\0".encode() + os.fsencode(_key(journal))).hexdigest()
    name = f"debrief-{digest[:32]}"
    if sys.platform == "win32":
        return name  # a pipe name: no folder, no length limit worth the name
    return os.path.join(_socket_folder(len(name)), name)


def _socket_folder(name_length: int) -> str:
    """Where the socket file goes: the user's runtime folder (private to them, and short),
    else the temporary folder, else /tmp, the first that keeps the whole path within what
    a socket address holds. Qt would put a bare name under the temporary folder however
    long that is, and a path past the limit cannot listen, so a second launch would only
    say the journal is already open."""
    from PySide6.QtCore import QDir

    for folder in (os.environ.get("XDG_RUNTIME_DIR", ""), QDir.tempPath(), "/tmp"):
        fits = len(os.fsencode(folder)) + 1 + name_length <= SOCKET_PATH_MAX
        if folder and os.path.isabs(folder) and fits and os.path.isdir(folder):
            return folder
    return "/tmp"


def lock_path(journal: Path) -> Path:
    """The lock file beside the journal: `journal.sqlite3` -> `journal.sqlite3.lock`."""
    resolved = Path(journal).expanduser().resolve()
    return resolved.with_name(resolved.name + ".lock")


#: What a lock file Debrief made holds: one beside another program's file, with the
#: same name, may be that program's, and is never removed.
LOCK_MARK = b"debrief journal lock\n"


def _marked(fd: int, made: bool) -> bool:
    """Mark a lock file this launch made as Debrief's; for one found there, whether it is."""
    os.lseek(fd, 0, os.SEEK_SET)
    if made:
        os.write(fd, LOCK_MARK)
        return True
    return os.read(fd, len(LOCK_MARK) + 1) == LOCK_MARK


class JournalLock:
    """An exclusive OS lock on `<journal>.lock`, held while one window has the journal open."""

    def __init__(self, journal: Path) -> None:
        self.path = lock_path(journal)
        self._fd: int | None = None
        self._ours = False  # the file is Debrief's (it holds LOCK_MARK): removed on release

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        """True when we now hold the lock, False when another window holds it.

        Raises OSError when the lock file cannot be created at all (a read-only folder).
        The identity check after locking covers an owner that deleted the file while we
        waited to open it: our lock would then sit on a file nobody else can see.
        """
        for _attempt in range(5):
            try:
                fd, made = self._open()
            except FileNotFoundError:
                continue  # its owner removed it between our two tries to open it
            if not _try_lock(fd):
                os.close(fd)
                return False
            if self._same_file(fd):
                self._fd, self._ours = fd, _marked(fd, made)
                return True
            os.close(fd)
        return False

    def _open(self) -> tuple[int, bool]:
        """The lock file's descriptor, and whether this call made the file."""
        try:
            return os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600), True
        except FileExistsError:
            return os.open(self.path, os.O_RDWR), False

    def _same_file(self, fd: int) -> bool:
        try:
            on_disk = os.stat(self.path)
        except FileNotFoundError:
            return False
        mine = os.fstat(fd)
        return (mine.st_dev, mine.st_ino) == (on_disk.st_dev, on_disk.st_ino)

    def release(self) -> None:
        """Give the lock up and tidy the file away (deleted while still locked on POSIX,
        so nobody can lock the old file in between; after closing on Windows)."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        if sys.platform != "win32" and self._ours:
            self.path.unlink(missing_ok=True)
        try:
            _unlock(fd)
        finally:
            os.close(fd)
        if sys.platform == "win32" and self._ours:
            try:
                self.path.unlink(missing_ok=True)
            except OSError:
                pass  # another window has it open to lock it: it is theirs now


class SingleInstance(QObject):
    """Claims a journal for this window and hears later launches that want it raised.

    `claim(path)` is True when no other window has the journal (then it listens, or with
    `listen=False` waits for `listen()`), and the window may write it only if `locked`;
    False when another window has it, and the caller should `notify_running(path)` and
    quit, or say the journal is already open when that fails.
    """

    activation_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock: JournalLock | None = None
        self._listener: Listener | None = None
        self.journal: Path | None = None
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.release)

    def claim(self, journal: Path, listen: bool = True) -> bool:
        """Take `journal` for this window; on success any journal held before is let go,
        so switching files keeps the old one until the new one is ours. `listen=False`
        leaves starting the server to `listen()`, so a window can show first."""
        if self.journal is not None and _key(self.journal) == _key(journal):
            return True
        lock = JournalLock(journal)
        try:
            # On a first run the journal's folder may not exist yet: make it (private)
            # first, or no lock could be taken and the next launch would take it instead.
            private_folder(lock.path.parent)
            if not lock.acquire():
                return False
        except OSError:
            lock = None  # no lock file possible (read-only folder): the server alone guards
        if lock is None:
            from debrief.ui import launch_channel  # only without a lock: rare, loaded then

            if launch_channel.is_listening(server_name(journal)):
                return False
            listen = True  # no lock: the server is all that guards, so it starts now
        self.release()
        self._lock, self.journal = lock, Path(journal)
        if listen:
            self.listen()
        return True

    @property
    def locked(self) -> bool:
        """Whether we hold the claimed journal's lock: without it, the window only reads."""
        return self._lock is not None and self._lock.held

    @property
    def listening(self) -> bool:
        """Whether a later launch on our journal can reach us now."""
        return self._listener is not None

    def listen(self) -> None:
        """Start hearing later launches on the claimed journal (once `claim(...,
        listen=False)` has let the window show first); nothing if already listening."""
        if self.journal is not None and self._listener is None:
            from debrief.ui import launch_channel  # the window shows first, then this loads

            listener = launch_channel.make_listener(server_name(self.journal), self)
            if listener.listen():  # if not, only raise-on-second-launch is lost
                listener.activation_requested.connect(self.activation_requested)
                self._listener = listener

    def notify_running(self, journal: Path) -> bool:
        """Ask the window that has `journal` open to come to the front; True if it heard.

        An owner listens only once its window is up, so while its lock file is there a
        launch that finds no server yet tries again, for up to OWNER_START_S.
        """
        from debrief.ui import launch_channel  # a second launch only: no window to show

        deadline = time.monotonic() + OWNER_START_S
        name = server_name(journal)
        while not launch_channel.send(name, launch_channel.ACTIVATE, CONNECT_TIMEOUT_S):
            if time.monotonic() >= deadline or not lock_path(journal).exists():
                return False
            time.sleep(RETRY_S)
        return True

    def release(self) -> None:
        """Stop listening and let the journal go (also done when the application quits)."""
        if self._listener is not None:
            self._listener.close()
            self._listener.deleteLater()
            self._listener = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        self.journal = None
