"""Red team: the window's save commands against files that are not Debrief's.

A save dialog asks before replacing the name it shows; Debrief then adds a missing suffix
(".json", ".ics", ".pdf", ".md", ".png"), and a file already called that was replaced
without a word. Now the user is asked, and a "No" leaves it byte for byte as it was.
Exports that fail midway leave the earlier file and no temporary; what is written is
private under any umask; a link chosen as the target is replaced, never written through.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from debrief.journal.portability import export as export_module
from debrief.journal.portability.csv_table import ImportProblem
from debrief.journal.portability.export import export_json
from debrief.journal.records.interviews import save_interview
from debrief.ui import export_commands, prep_sheet, save_places
from debrief.ui.export_commands import export_json_interactive
from debrief.ui.insights import window as window_module
from debrief.ui.prep_sheet import PrepSheetDialog
from tests.ui.test_insights_view import build_story, insights_window

__all__ = ["insights_window"]  # fixtures

THEIRS = b"not Debrief's: the user's own notes\n"


def _theirs(path: Path) -> tuple[bytes, int]:
    path.write_bytes(THEIRS)
    os.utime(path, ns=(1_000_000_000, 1_000_000_000))
    return path.read_bytes(), path.stat().st_mtime_ns


def _same(path: Path, before: tuple[bytes, int]) -> bool:
    return (path.read_bytes(), path.stat().st_mtime_ns) == before


@pytest.fixture
def replies(monkeypatch) -> list[Path]:
    """Answer "No" to replacing a file the dialog never named; records each question."""
    asked: list[Path] = []

    def answer(parent, path: Path) -> bool:
        asked.append(path)
        return False

    monkeypatch.setattr(save_places, "ask_replace", answer)
    monkeypatch.setattr(export_commands, "tell", lambda *a, **k: None)
    monkeypatch.setattr(export_commands, "warn", lambda *a, **k: None)
    return asked


def _no_temporaries(folder: Path) -> bool:
    return not [p for p in folder.iterdir() if p.name.endswith(".part")]


def test_json_export_asks_before_replacing_the_name_it_added(
    journal, tmp_path, monkeypatch, replies
):
    target = tmp_path / "notes.json"
    before = _theirs(target)
    monkeypatch.setattr(export_commands, "ask_save_path", lambda *a: tmp_path / "notes")
    assert export_json_interactive(journal) is None
    assert replies == [target] and _same(target, before)
    monkeypatch.setattr(save_places, "ask_replace", lambda parent, path: True)
    assert export_json_interactive(journal) == target
    assert json.loads(target.read_text(encoding="utf-8"))["format"]


def test_json_export_to_a_free_name_asks_nothing(journal, tmp_path, monkeypatch, replies):
    monkeypatch.setattr(export_commands, "ask_save_path", lambda *a: tmp_path / "fresh")
    assert export_json_interactive(journal) == tmp_path / "fresh.json"
    assert replies == []


def test_calendar_export_asks_before_replacing(window, tmp_path, monkeypatch, replies):
    target = tmp_path / "diary.ics"
    before = _theirs(target)
    monkeypatch.setattr(export_commands, "ask_save_path", lambda *a: tmp_path / "diary")
    window.findChild(QAction, "actionExportCalendar").trigger()
    assert replies == [target] and _same(target, before)


def test_prep_sheet_asks_before_replacing(qtbot, journal, tmp_path, monkeypatch, replies):
    sheet = PrepSheetDialog(journal)
    qtbot.addWidget(sheet)
    monkeypatch.setattr(prep_sheet, "confirm_saved", lambda *a: None)
    targets = {fmt: tmp_path / f"plan.{fmt}" for fmt in ("md", "pdf")}
    befores = {fmt: _theirs(path) for fmt, path in targets.items()}
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "plan"), "")
    )
    assert sheet.export_markdown() is None and sheet.export_pdf() is None
    assert replies == [targets["md"], targets["pdf"]]
    assert all(_same(targets[fmt], befores[fmt]) for fmt in targets)


def test_chart_export_asks_before_replacing(
    journal, insights_window, tmp_path, monkeypatch, replies
):
    build_story()
    win = insights_window()
    target = tmp_path / "chart.png"
    before = _theirs(target)
    monkeypatch.setattr(window_module, "confirm_saved", lambda *a: None)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "chart"), "")
    )
    assert win.export_chart("funnelChart", "png") is None
    assert replies == [target] and _same(target, before)


def test_an_export_failing_midway_keeps_the_earlier_file_and_leaves_no_temporary(
    journal, tmp_path, monkeypatch
):
    save_interview(journal, {"company": "Acme", "role": "R", "date": "2026-01-01"})
    target = tmp_path / "export.json"
    before = _theirs(target)

    def fail_midway(out, head, tables):
        out.write(b'{"format": ')
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export_module, "write_document", fail_midway)
    with pytest.raises(ImportProblem, match="No space left"):
        export_json(journal, target)
    assert _same(target, before) and _no_temporaries(tmp_path)


@pytest.mark.parametrize("mask", [0o000, 0o022])
def test_every_saved_file_is_private_under_any_umask(
    qtbot,
    journal,
    insights_window,
    tmp_path,
    monkeypatch,
    mask,
):
    build_story()
    sheet = PrepSheetDialog(journal)
    qtbot.addWidget(sheet)
    win = insights_window()
    folder = tmp_path / "new" / "folder"
    old = os.umask(mask)
    try:
        written = [
            sheet.export_pdf(folder / "a.pdf"),
            sheet.export_markdown(folder / "a.md"),
            win.export_chart("funnelChart", "png", folder / "a.png"),
            win.export_chart("funnelChart", "svg", folder / "a.svg"),
            export_json(journal, folder / "a.json"),
        ]
    finally:
        os.umask(old)
    assert all(stat.S_IMODE(path.stat().st_mode) == 0o600 for path in written)
    assert (
        stat.S_IMODE(folder.stat().st_mode) == stat.S_IMODE(folder.parent.stat().st_mode) == 0o700
    )
    assert _no_temporaries(folder)


def test_a_link_chosen_as_target_is_replaced_not_written_through(journal, tmp_path):
    """Decided: the link itself becomes the export; the file it pointed to is not ours to
    change (it may be anything, anywhere)."""
    elsewhere = tmp_path / "elsewhere.txt"
    before = _theirs(elsewhere)
    link = tmp_path / "export.json"
    link.symlink_to(elsewhere)
    export_json(journal, link)
    assert not link.is_symlink() and json.loads(link.read_text(encoding="utf-8"))["format"]
    assert _same(elsewhere, before)


SETTINGS_UNDER_UMASK_000 = """
import os, sys
from pathlib import Path
os.umask(0)
from PySide6.QtCore import QCoreApplication
from debrief import app
from debrief.ui import recent_journals
qt = QCoreApplication([])
settings = app._settings()
recent_journals.remember(settings, Path(sys.argv[1]))
print(settings.fileName())
"""


def test_the_settings_file_and_its_folders_are_private_under_umask_000(tmp_path):
    """They list where the user's journals are; Qt alone made them 0666 in 0777 folders."""
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config"), "HOME": str(tmp_path)}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2] / "desktop")
    done = subprocess.run(
        [sys.executable, "-c", SETTINGS_UNDER_UMASK_000, str(tmp_path / "j.sqlite3")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    path = Path(done.stdout.strip().splitlines()[-1])
    assert "j.sqlite3" in path.read_text(encoding="utf-8")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.parent.parent.stat().st_mode) == 0o700


def test_a_journal_on_a_read_only_stick_stays_open_after_the_page_check(
    qtbot, tmp_path, settings, monkeypatch
):
    """The check after the first paint read with `mode=ro`, which needs a -shm a
    read-only folder cannot hold: it called the journal damaged and closed the window."""
    from debrief.journal.store.journal import open_journal
    from debrief.ui.session import Session
    from tests.journal.test_files_red_team import _read_only_folder

    folder = tmp_path / "stick"
    folder.mkdir()
    journal = open_journal(folder / "journal.sqlite3")
    save_interview(journal, {"company": "Acme", "role": "R", "date": "2026-01-01"})
    journal.close()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    with _read_only_folder(folder):
        session = Session(settings)
        try:
            assert session.open(folder / "journal.sqlite3")
            with qtbot.waitSignal(session.integrity_checked, timeout=5000) as checked:
                pass
            assert checked.args[1] is None and shown == []
            assert session.window is not None and session.journal.read_only
        finally:
            session.close()
