"""`debrief --install-desktop-entry` puts the entry and icons under XDG data home and takes
exactly them away again."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from debrief import launcher
from debrief.identity import APP_ID, ICON_SIZES, icon_png, icon_svg


def _exec_line(desktop_file: Path) -> str:
    lines = desktop_file.read_text(encoding="utf-8").splitlines()
    return next(line for line in lines if line.startswith("Exec="))


def test_install_writes_the_entry_and_every_icon(tmp_path):
    written = launcher.install_desktop_entry(tmp_path, exec_path="/opt/debrief/bin/debrief")

    entry = tmp_path / "applications" / f"{APP_ID}.desktop"
    assert entry in written and entry.is_file()
    assert _exec_line(entry) == "Exec=/opt/debrief/bin/debrief"
    assert f"Icon={APP_ID}" in entry.read_text(encoding="utf-8")
    for size in ICON_SIZES:
        png = tmp_path / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png in written
        assert png.read_bytes() == icon_png(size).read_bytes()
    svg = tmp_path / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert svg.read_bytes() == icon_svg().read_bytes()
    assert len(written) == len(ICON_SIZES) + 2


def test_install_defaults_to_xdg_data_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    written = launcher.install_desktop_entry(exec_path="/usr/bin/debrief")
    assert all(path.is_relative_to(tmp_path) for path in written)


def test_without_xdg_data_home_it_uses_local_share(tmp_path, monkeypatch):
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert launcher.default_data_home() == tmp_path / ".local" / "share"


def test_exec_points_at_the_debrief_beside_the_running_python(tmp_path, monkeypatch):
    bin_dir = tmp_path / "venv" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "debrief").write_text("#!/bin/sh\n")
    monkeypatch.setattr(sys, "executable", str(bin_dir / "python"))
    written = launcher.install_desktop_entry(tmp_path / "data")
    assert _exec_line(written[0]) == f"Exec={bin_dir / 'debrief'}"


def test_exec_falls_back_to_debrief_on_path(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "executable", str(tmp_path / "elsewhere" / "python"))
    monkeypatch.setattr(shutil, "which", lambda name: "/usr/local/bin/debrief")
    assert launcher.find_executable() == "/usr/local/bin/debrief"


def test_missing_program_is_reported_not_guessed(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(FileNotFoundError):
        launcher.find_executable()


def test_a_path_with_spaces_and_specials_is_quoted(tmp_path):
    written = launcher.install_desktop_entry(tmp_path, exec_path="/home/a b/100%$/debrief")
    # Spec quoting gives "/home/a b/100%\$/debrief"; string escaping doubles the backslash
    # and the percent sign.
    assert _exec_line(written[0]) == 'Exec="/home/a b/100%%\\\\$/debrief"'
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate not installed: install Debian's desktop-file-utils")
    result = subprocess.run([tool, str(written[0])], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_uninstall_removes_exactly_what_install_wrote(tmp_path):
    neighbour = tmp_path / "applications" / "other.desktop"
    neighbour.parent.mkdir(parents=True)
    neighbour.write_text("[Desktop Entry]\n")
    written = launcher.install_desktop_entry(tmp_path, exec_path="/usr/bin/debrief")

    removed = launcher.uninstall_desktop_entry(tmp_path)

    assert sorted(removed) == sorted(written)
    assert not any(path.exists() for path in written)
    assert neighbour.exists()
    assert launcher.uninstall_desktop_entry(tmp_path) == []


def test_command_line_reports_what_it_did(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setattr(launcher, "find_executable", lambda: "/usr/bin/debrief")
    assert launcher.run_from_command_line() == 0
    assert f"{APP_ID}.desktop" in capsys.readouterr().out
    assert launcher.run_from_command_line(uninstall=True) == 0
    assert "Removed" in capsys.readouterr().out


def test_a_path_with_a_line_break_stays_on_the_exec_line(tmp_path):
    """A newline or tab in the program's path split the entry: the rest of the path began
    a line of its own, read as a key of the entry (`Terminal=true` here)."""
    written = launcher.install_desktop_entry(tmp_path, exec_path="/opt/a\nTerminal=true/\tdebrief")
    lines = written[0].read_text(encoding="utf-8").splitlines()
    assert [line for line in lines if line.startswith("Terminal=")] == ["Terminal=false"]
    assert _exec_line(written[0]) == 'Exec="/opt/a\\nTerminal=true/\\tdebrief"'
