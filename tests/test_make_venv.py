"""`make`'s first step on a fresh machine: a Python without its venv support (a minimal Debian
or Ubuntu) gets the exact command to run, or the package installed when run as root, and
never a half-made .venv that later runs would take for a finished one."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

TOOL = Path(__file__).resolve().parents[1] / "tools" / "make_venv.py"
_spec = importlib.util.spec_from_file_location("make_venv", TOOL)
make_venv = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_venv)

VERSION = (3, 11)


class HalfMade:
    """Plays `python -m venv` as it behaves without ensurepip: the folder and its python
    appear, then the step that installs pip fails. apt-get succeeds when asked, and later
    venv attempts succeed once `fixed` is set (by the install)."""

    def __init__(self, apt_fixes: bool = True) -> None:
        self.commands: list[list[str]] = []
        self.apt_fixes = apt_fixes
        self.fixed = False

    def __call__(self, command: Sequence[str]) -> int:
        self.commands.append(list(command))
        if command[0] == "apt-get":
            self.fixed = self.fixed or (self.apt_fixes and "install" in command)
            return 0 if self.apt_fixes else 100
        folder = Path(command[-1])
        (folder / "bin").mkdir(parents=True, exist_ok=True)
        (folder / "bin" / "python").write_text("")
        return 0 if self.fixed else 1


def _never_works(_folder: Path) -> bool:
    return False


def test_without_venv_support_no_half_made_folder_stays_and_the_command_is_named(tmp_path, capsys):
    folder = tmp_path / ".venv"
    runner = HalfMade()
    status = make_venv.make_venv(
        folder, runner, as_root=False, has_apt=True, version=VERSION, works=_never_works
    )
    assert status == make_venv.STOPPED
    assert not folder.exists()  # a later `make run` tries again instead of using it
    said = capsys.readouterr().err
    assert "sudo apt-get install python3.11-venv" in said
    assert "dnf install python3" in said and "pacman -S --needed python" in said
    assert not any(c[0] == "apt-get" for c in runner.commands)  # not root: nothing installed


def test_as_root_with_apt_the_package_is_installed_and_the_venv_made(tmp_path, capsys):
    folder = tmp_path / ".venv"
    runner = HalfMade()
    status = make_venv.make_venv(
        folder, runner, as_root=True, has_apt=True, version=VERSION, works=_never_works
    )
    assert status == 0
    assert (folder / "bin" / "python").exists()
    assert ["apt-get", "install", "-y", "-qq", "python3.11-venv"] in runner.commands
    assert runner.commands[-1][-3:] == ["-m", "venv", str(folder)]


def test_as_root_when_apt_cannot_install_it_says_what_to_run(tmp_path, capsys):
    folder = tmp_path / ".venv"
    runner = HalfMade(apt_fixes=False)
    status = make_venv.make_venv(
        folder, runner, as_root=True, has_apt=True, version=VERSION, works=_never_works
    )
    assert status == make_venv.STOPPED
    assert not folder.exists()
    said = capsys.readouterr().err
    assert "apt-get install python3.11-venv" in said and "sudo" not in said
    assert ["apt-get", "update", "-qq"] in runner.commands  # fresh package lists tried too


def test_a_python_too_old_is_named_with_the_way_on(tmp_path, capsys):
    runner = HalfMade()
    status = make_venv.make_venv(tmp_path / ".venv", runner, version=(3, 9), works=_never_works)
    assert status == make_venv.STOPPED and runner.commands == []
    said = capsys.readouterr().err
    assert "Python 3.11 or newer" in said and "3.9" in said
    assert "make run PYTHON=python3.11" in said


def test_a_working_venv_made_before_is_kept(tmp_path):
    runner = HalfMade()
    assert make_venv.make_venv(tmp_path, runner, works=lambda _folder: True) == 0
    assert runner.commands == []


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX venv layout")
def test_a_real_half_made_venv_is_replaced_by_a_whole_one(tmp_path):
    """End to end with the real venv module: a folder left without pip (as a failed
    ensurepip leaves it) is not taken for done, and the next run makes a working one."""
    folder = tmp_path / ".venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(folder)], check=True)
    assert not make_venv.has_pip(folder)
    result = subprocess.run(
        [sys.executable, str(TOOL), str(folder)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert make_venv.has_pip(folder)
