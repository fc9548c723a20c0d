"""The standard modules peewee imports but Debrief never calls wait until first use, and
then behave exactly as if they had been imported at once."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from debrief.journal import deferred_imports


def _run(code: str) -> str:
    """Run `code` in a fresh interpreter (module state is per process) and return stdout."""
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_opening_a_journal_loads_none_of_them(tmp_path):
    out = _run(
        f"""
        import sys
        from debrief.journal.database import open_journal
        from debrief.journal.interviews import save_interview, list_interviews
        journal = open_journal({str(tmp_path / "j.sqlite3")!r})
        save_interview({{"company": "Acme", "role": "Engineer", "date": "2026-01-05"}})
        assert [r[2] for r in list_interviews()] == ["Acme"]
        journal.close()
        heavy = ("_hashlib", "_socket", "_uuid", "platform", "_json", "locale")
        loaded = [m for m in heavy if m in sys.modules]
        print(loaded)
        """
    )
    assert out == "[]"  # libcrypto, the socket layer and uuid never came in


def test_each_works_on_first_use_as_if_imported_at_once():
    out = _run(
        """
        import debrief.journal
        import hashlib, socket, uuid
        from debrief.journal.deferred_imports import is_deferred
        assert all(is_deferred(n) for n in ("hashlib", "socket", "uuid", "json", "calendar"))
        print(hashlib.sha256(b"debrief").hexdigest()[:12])
        from socket import AF_INET
        print(int(AF_INET) > 0, uuid.UUID(int=5).hex[-1])
        import json, calendar
        error = json.decoder.JSONDecodeError.__name__
        print(json.loads('{"a": [1]}')["a"], calendar.isleap(2028), error)
        import hashlib as again
        still = any(is_deferred(n) for n in ("hashlib", "socket", "uuid"))
        print(again.md5(b"").hexdigest()[:6], still)
        """
    )
    assert out.splitlines() == [
        "788c2b76f224",
        "True 5",
        "[1] True JSONDecodeError",
        "d41d8c False",
    ]


def test_a_module_already_imported_is_left_alone():
    before = sys.modules["os"]
    deferred_imports.defer(("os",))
    assert sys.modules["os"] is before and not deferred_imports.is_deferred("os")


def test_an_unknown_module_is_skipped():
    deferred_imports.defer(("no_such_module_for_debrief",))
    assert "no_such_module_for_debrief" not in sys.modules


def test_a_module_that_fails_to_load_stays_deferred_and_raises_each_time(monkeypatch):
    placeholder = deferred_imports.DeferredModule("no_such_module_for_debrief")
    monkeypatch.setitem(sys.modules, "no_such_module_for_debrief", placeholder)
    for _ in range(2):
        with pytest.raises(ModuleNotFoundError):
            placeholder.anything  # noqa: B018
    assert sys.modules["no_such_module_for_debrief"] is placeholder
