"""The channel a second launch uses to ask the window that has a journal open to come forward.

Where the system has Unix sockets (Linux, macOS), it is one served with Python's `socket`
module, which the store has loaded already, watched by a `QSocketNotifier`: QtNetwork
would add about 3 MiB to every session for one short message a day. Elsewhere (Windows
names pipes, not socket files) Qt's `QLocalServer` serves the same purpose.

Only an explicit `activate` line raises the window: a bare connection may be a probe
asking whether anyone listens. The channel decides nothing about who owns a journal; the
journal's lock does (single_instance.py).
"""

from __future__ import annotations

import contextlib
import errno
import os
import socket
from typing import Protocol

from PySide6.QtCore import QObject, QSocketNotifier, Signal

ACTIVATE = b"activate\n"
MESSAGE_MAX = 64  # bytes read from one caller before it is let go
BACKLOG = 8  # launches that may wait to be heard at once
READ_WAIT_S = 0.2  # for a caller that connects and says nothing


class Listener(Protocol):
    activation_requested: Signal

    def listen(self) -> bool: ...

    def close(self) -> None: ...


class UnixListener(QObject):
    """Hears `activate` on a Unix socket at `path`, a file only this user may connect to.

    A socket file a crashed owner left behind refuses connections: it is removed and the
    name taken over. On close the file is removed only if it is still ours.
    """

    activation_requested = Signal()

    def __init__(self, path: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._server: socket.socket | None = None
        self._inode: int | None = None
        self._watch: QSocketNotifier | None = None

    def listen(self) -> bool:
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            try:
                server.bind(self.path)
            except OSError as error:
                if error.errno != errno.EADDRINUSE or unix_is_listening(self.path):
                    raise
                os.unlink(self.path)  # stale: nobody answers there
                server.bind(self.path)
            os.chmod(self.path, 0o600)
            self._inode = os.stat(self.path).st_ino
            server.listen(BACKLOG)
        except OSError:
            server.close()
            return False
        server.setblocking(False)
        self._server = server
        self._watch = QSocketNotifier(server.fileno(), QSocketNotifier.Type.Read, self)
        self._watch.activated.connect(self._accept)
        return True

    def close(self) -> None:
        if self._server is None:
            return
        self._watch.setEnabled(False)  # Qt deletes it with this object
        self._server.close()
        self._server = self._watch = None
        with contextlib.suppress(OSError):
            if os.stat(self.path).st_ino == self._inode:
                os.unlink(self.path)

    def _accept(self, *_: object) -> None:
        """Hear each waiting caller out. A caller has said its line by the time it is
        accepted (it connects, writes and hangs up), so this waits at most READ_WAIT_S,
        and only for a caller that connects and says nothing."""
        heard = False
        while self._server is not None:
            try:
                caller, _address = self._server.accept()
            except OSError:  # nobody else waiting (or the socket went away)
                break
            with caller:
                heard = _read_line(caller) or heard
        if heard:
            self.activation_requested.emit()


def _read_line(caller: socket.socket) -> bool:
    """Whether `caller` says `activate` before hanging up, within MESSAGE_MAX bytes."""
    caller.settimeout(READ_WAIT_S)
    said = b""
    try:
        while len(said) < MESSAGE_MAX:
            chunk = caller.recv(MESSAGE_MAX)
            if not chunk:
                break
            said += chunk
            if said.endswith(b"\n"):
                break
    except OSError:
        pass
    return ACTIVATE.strip() in said


def unix_send(path: str, message: bytes, timeout_s: float) -> bool:
    """Say `message` to whoever listens at `path`; False if nobody does."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as caller:
        caller.settimeout(timeout_s)
        try:
            caller.connect(path)
            caller.sendall(message)
        except OSError:
            return False
    return True


def unix_is_listening(path: str) -> bool:
    """Whether a live process answers at `path` (a stale socket file refuses)."""
    return unix_send(path, b"", 1.0)


class QtListener(QObject):
    """The same on `QLocalServer`, for systems without Unix sockets."""

    activation_requested = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server = None

    def listen(self) -> bool:
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._on_new_connection)
        if not server.listen(self.name) and not qt_is_listening(self.name):
            QLocalServer.removeServer(self.name)
            server.listen(self.name)
        if not server.isListening():
            server.deleteLater()
            return False
        self._server = server
        return True

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None

    def _on_new_connection(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            caller = self._server.nextPendingConnection()
            caller.readyRead.connect(lambda c=caller: self._read(c))
            caller.disconnected.connect(caller.deleteLater)
            self._read(caller)

    def _read(self, caller) -> None:
        if caller.bytesAvailable() and ACTIVATE.strip() in bytes(caller.readAll().data()):
            self.activation_requested.emit()


def qt_send(name: str, message: bytes, timeout_s: float) -> bool:
    from PySide6.QtNetwork import QLocalSocket

    caller = QLocalSocket()
    caller.connectToServer(name)
    if not caller.waitForConnected(int(timeout_s * 1000)):
        return False
    caller.write(message)
    sent = not message or caller.waitForBytesWritten(int(timeout_s * 1000))
    caller.disconnectFromServer()
    return sent


def qt_is_listening(name: str) -> bool:
    return qt_send(name, b"", 1.0)


if hasattr(socket, "AF_UNIX"):
    make_listener, send, is_listening = UnixListener, unix_send, unix_is_listening
else:  # pragma: no cover - Windows
    make_listener, send, is_listening = QtListener, qt_send, qt_is_listening
