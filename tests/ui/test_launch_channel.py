"""The channel a second launch speaks through: only `activate` raises the window, the
socket file is the user's alone, and a closed channel leaves nothing behind. Both kinds
are tried here: the Unix socket used where there is one, and Qt's local server used
elsewhere (it works on Linux too)."""

from __future__ import annotations

import os
import socket
import stat
import sys

import pytest

from debrief.ui import launch_channel
from debrief.ui.launch_channel import ACTIVATE, QtListener, UnixListener

KINDS = [
    pytest.param((QtListener, launch_channel.qt_send), id="qt"),
    pytest.param(
        (UnixListener, launch_channel.unix_send),
        id="unix",
        marks=pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no Unix sockets"),
    ),
]


@pytest.fixture
def listeners(qtbot):
    """Listeners made as the app makes them: closed, then deleted by Qt (deleteLater),
    never by Python while Qt still holds their callers."""
    made = []

    def make(kind, name):
        listener = kind(name)
        made.append(listener)
        return listener

    yield make
    for listener in made:
        listener.close()
        listener.deleteLater()
    qtbot.wait(50)


@pytest.fixture
def name(tmp_path):
    if sys.platform == "win32":
        return f"debrief-test-{os.getpid()}"
    return str(tmp_path / "channel")


@pytest.mark.parametrize("kind", KINDS)
def test_activate_is_heard(qtbot, listeners, name, kind):
    make, send = kind
    listener = listeners(make, name)
    assert listener.listen()
    with qtbot.waitSignal(listener.activation_requested, timeout=3000):
        assert send(name, ACTIVATE, 1.0)


@pytest.mark.parametrize("kind", KINDS)
def test_a_probe_or_other_words_raise_nothing(qtbot, listeners, name, kind):
    make, send = kind
    listener = listeners(make, name)
    assert listener.listen()
    heard = []
    listener.activation_requested.connect(lambda: heard.append(True))
    assert send(name, b"", 1.0)
    assert send(name, b"hello there\n" * 20, 1.0)
    qtbot.wait(300)
    assert heard == []


@pytest.mark.parametrize("kind", KINDS)
def test_nobody_hears_once_closed(listeners, name, kind):
    make, send = kind
    listener = listeners(make, name)
    assert listener.listen()
    listener.close()
    assert not send(name, ACTIVATE, 0.5)


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no Unix sockets")
def test_the_socket_file_is_private_and_tidied_away(name):
    listener = UnixListener(name)
    assert listener.listen()
    assert stat.S_IMODE(os.stat(name).st_mode) == 0o600
    listener.close()
    assert not os.path.exists(name)


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no Unix sockets")
def test_a_live_owner_is_never_displaced(name):
    first, second = UnixListener(name), UnixListener(name)
    assert first.listen()
    try:
        assert not second.listen()  # it answers, so it is not stale
        assert launch_channel.unix_is_listening(name)
    finally:
        first.close()


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no Unix sockets")
def test_closing_leaves_a_newer_owners_socket_alone(name):
    old = UnixListener(name)
    assert old.listen()
    os.unlink(name)  # e.g. tidied by someone else; a new owner then takes the name
    new = UnixListener(name)
    assert new.listen()
    try:
        old.close()
        assert os.path.exists(name) and launch_channel.unix_is_listening(name)
    finally:
        new.close()
