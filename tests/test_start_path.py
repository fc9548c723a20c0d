"""What Debrief's start carries: the window comes up without modules it does not need yet,
and what was left for later still arrives once the window is up.

Speed itself is measured by `make bench`; these only keep the start from growing back.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap

from debrief.ui.appearance import ACCENT

#: Loaded by nothing the first window needs: QtNetwork (raise-on-second-launch starts
#: after the first paint, on a Unix socket where there is one), SVG,
#: importlib.resources and html.
NOT_AT_START = (
    "PySide6.QtNetwork",
    "PySide6.QtSvg",
    "importlib.resources",
    "html",
)

#: The journal modules only the banner and the tray read, after the first paint.
REMINDERS = "debrief.journal.practice.reminders"


def _start(journal, code_at_first_turn: str, later_ms: int = 0) -> dict:
    """Start `debrief --db journal` in main()'s order, run `code_at_first_turn` on the
    first turn of the event loop (it fills `report`), look again `later_ms` after it, then
    quit; returns the report."""
    script = textwrap.dedent(
        f"""
        import gc, json, sys
        from debrief import app as debrief_app

        args = debrief_app.parse_args(["--db", {str(journal)!r}])
        gc.disable()  # main()'s order from here on
        journal = debrief_app.journal_path(args)
        debrief_app.load_journal_layer()
        before_qt = sorted(m for m in sys.modules if m.startswith("debrief.journal"))
        peewee_before_qt = "peewee" in sys.modules
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from debrief.ui import single_instance

        guards = []  # gc.get_objects() will not see them once start-up is frozen
        made = single_instance.SingleInstance.__init__
        def watched(self, *args):
            made(self, *args)
            guards.append(self)
        single_instance.SingleInstance.__init__ = watched

        def first_turn():
            global report
            report = {{}}
            exec({code_at_first_turn!r}, globals())
            QTimer.singleShot({later_ms}, lambda: (later(), QApplication.quit()))

        def later():
            report["later"] = sorted(m for m in {list(NOT_AT_START)!r} if m in sys.modules)
            report["peewee_before_qt"] = peewee_before_qt
            report["journal_after_qt"] = sorted(
                m for m in sys.modules if m.startswith("debrief.journal") and m not in before_qt
            )
            report["listening_later"] = session_guard()
            report["collecting_later"] = gc.isenabled() and gc.get_freeze_count() > 10_000
            import linecache
            report["sources_kept"] = sum(
                sum(map(len, entry[2])) for entry in linecache.cache.values() if len(entry) > 2
            )

        def session_guard():
            return any(g.listening for g in guards)

        from debrief.ui.appearance import new_application

        app = new_application(sys.argv[0])  # as run() makes it
        QTimer.singleShot(0, first_turn)  # set before the window: the first turn after it
        debrief_app.run(journal)  # as main() goes on: takes this QApplication
        print(json.dumps(report))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "XDG_CONFIG_HOME": str(journal.parent / "config")},
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_first_window_comes_up_without_what_it_does_not_need(tmp_path):
    report = _start(
        tmp_path / "journal.sqlite3",
        "from PySide6.QtWidgets import QApplication\n"
        "report['windows'] = [w.objectName() for w in QApplication.topLevelWidgets()"
        " if w.isVisible()]\n"
        "report['loaded'] = sorted(m for m in NOT_AT_START if m in sys.modules)\n"
        "report['listening'] = session_guard()\n"
        "report['collecting'] = gc.isenabled()\n"
        "report['style'] = QApplication.style().name()\n"
        "report['highlight'] = QApplication.palette().highlight().color().name()\n".replace(
            "NOT_AT_START", repr(list(NOT_AT_START))
        ),
    )
    assert report["windows"] == ["mainWindow"]
    assert report["loaded"] == []
    assert not report["listening"]
    assert not report["collecting"]  # no collection while the window is being built
    assert report["style"].lower() == "fusion"  # chosen when the application was made
    assert report["highlight"] in ACCENT.values() or report["highlight"] == "#2f5fb8"


def test_what_was_left_for_later_arrives_once_the_window_is_up(tmp_path):
    report = _start(tmp_path / "journal.sqlite3", "pass")
    assert report["listening_later"]  # a second launch can now raise this window
    assert report["collecting_later"]  # start-up objects frozen, the collector running
    if hasattr(socket, "AF_UNIX"):  # heard through Python's socket module, not QtNetwork
        assert "PySide6.QtNetwork" not in report["later"]
    # The journal side of the first window was imported before Qt (app.JOURNAL_AT_START),
    # peewee with it: a module that first imports peewee after Qt would have its source
    # kept. The reminder rules, read only after the first paint, arrive on their own.
    assert report["peewee_before_qt"]
    later = [m for m in report["journal_after_qt"] if not m.startswith(REMINDERS)]
    assert not [m for m in later if "peewee" in _source(m)]
    # What PySide read of the modules while they were imported is not kept (peewee's
    # source alone is 340 KB).
    assert report["sources_kept"] < 50_000


def _source(module: str) -> str:
    import importlib.util

    spec = importlib.util.find_spec(module)
    return open(spec.origin, encoding="utf-8").read() if spec and spec.origin else ""


def test_the_first_screen_shows_what_the_journal_holds(tmp_path):
    """The rows, the actions and the counts are there on the first turn after the window."""
    from debrief.journal.records.interviews import save_interview
    from debrief.journal.store.journal import open_journal
    from debrief.journal.store.models import Action

    path = tmp_path / "journal.sqlite3"
    journal = open_journal(path)  # made here, so the start below only opens
    save_interview(journal, {"company": "Acme", "role": "Engineer", "date": "2026-11-30"})
    with journal.writing():
        Action.create(description="Practise the opening minute")
    journal.close()
    report = _start(
        path,
        "from PySide6.QtWidgets import QApplication\n"
        "window = next(w for w in QApplication.topLevelWidgets()"
        " if w.objectName() == 'mainWindow')\n"
        "report['rows'] = [window.model.value(0, c) for c in (1, 2)]\n"
        "report['actions'] = window.detail.actions.rowCount()\n"
        "report['counts'] = window.counts.text()\n",
    )
    assert report["rows"] == ["Acme", "Engineer"]
    assert report["actions"] == 1
    assert report["counts"].startswith("1 interview")
