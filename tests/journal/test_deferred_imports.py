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
        from debrief.journal.interviews import save_interview
        from debrief.journal.listings import list_interviews
        journal = open_journal({str(tmp_path / "j.sqlite3")!r})
        save_interview({{"company": "Acme", "role": "Engineer", "date": "2026-01-05"}})
        assert [r[2] for r in list_interviews()] == ["Acme"]
        journal.close()
        heavy = ("_hashlib", "_socket", "_uuid", "platform", "locale")
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
        assert all(is_deferred(n) for n in ("hashlib", "socket", "uuid", "calendar"))
        print(hashlib.sha256(b"debrief").hexdigest()[:12])
        from socket import AF_INET
        print(int(AF_INET) > 0, uuid.UUID(int=5).hex[-1])
        import calendar
        print(calendar.isleap(2028), calendar.month_name[3])
        import hashlib as again
        still = any(is_deferred(n) for n in ("hashlib", "socket", "uuid"))
        print(again.md5(b"").hexdigest()[:6], still)
        """
    )
    assert out.splitlines() == [
        "788c2b76f224",
        "True 5",
        "True March",
        "d41d8c False",
    ]


def test_a_module_already_imported_is_left_alone():
    before = sys.modules["os"]
    deferred_imports.defer(("os",))
    assert sys.modules["os"] is before and not deferred_imports.is_deferred("os")


def test_an_unknown_module_is_skipped():
    deferred_imports.defer(("no_such_module_for_debrief",))
    assert "no_such_module_for_debrief" not in sys.modules


def test_a_module_that_fails_to_load_stays_deferred_and_raises_each_time(tmp_path):
    (tmp_path / "breaks_for_debrief.py").write_text("VALUE = 1\nraise OSError('disk')\n")
    sys.path.insert(0, str(tmp_path))
    try:
        deferred_imports.defer(("breaks_for_debrief",))
        placeholder = sys.modules["breaks_for_debrief"]
        for _ in range(2):
            with pytest.raises(OSError, match="disk"):
                placeholder.VALUE  # noqa: B018
            assert deferred_imports.is_deferred("breaks_for_debrief")
            assert "VALUE" not in vars(placeholder)  # nothing half-run is left behind
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop("breaks_for_debrief", None)


def test_packages_are_not_deferred():
    """`import pkg.sub` first would run the package halfway through its own import."""
    name = "email"
    before = sys.modules.pop(name, None)
    try:
        deferred_imports.defer((name,))
        assert not deferred_imports.is_deferred(name)
    finally:
        if before is not None:
            sys.modules[name] = before


def test_every_holder_sees_the_one_real_module():
    """peewee took the placeholder at import; once loaded it is the module itself, so a
    patch of `sys.modules["uuid"]` reaches peewee too."""
    out = _run(
        """
        import sys
        import peewee
        from unittest import mock
        with mock.patch("uuid.uuid4", lambda: "patched"):
            print(peewee.uuid is sys.modules["uuid"], peewee.uuid.uuid4())
        """
    )
    assert out == "True patched"


def test_introspection_does_not_load_a_module():
    out = _run(
        """
        import inspect, sys
        import debrief.journal
        import hashlib
        inspect.getsource(hashlib)  # PySide's import check does this to every module
        print(hasattr(hashlib, "__path__"), "_hashlib" in sys.modules)
        """
    )
    assert out == "False False"


def test_a_pyside_feature_module_imported_after_the_journal_still_works():
    """PySide walks sys.modules when a module first selects a feature; a placeholder
    that loaded itself meanwhile would change the dict under it."""
    out = _run(
        """
        import debrief.journal
        from PySide6.QtCore import QObject
        from __feature__ import snake_case
        item = QObject()
        item.set_object_name("snake")
        print(item.object_name())
        """
    )
    assert out == "snake"


def test_threads_loading_at_once_all_see_the_whole_module():
    out = _run(
        """
        import threading
        import debrief.journal
        import hashlib, uuid
        start, errors = threading.Barrier(12), []
        def use():
            start.wait()
            try:
                hashlib.sha256(b"x").hexdigest(); uuid.UUID(int=1)
            except Exception as error:
                errors.append(repr(error))
        threads = [threading.Thread(target=use) for _ in range(12)]
        for t in threads: t.start()
        for t in threads: t.join()
        print(errors)
        """
    )
    assert out == "[]"
