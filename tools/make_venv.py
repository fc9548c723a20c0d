"""`make`'s first step: Debrief's virtual environment, made whole or not at all.

Run with the system's Python before anything is installed, so it uses the standard library
only. A minimal Debian or Ubuntu ships Python without `ensurepip` (it lives in the
`python3.X-venv` package): `python3 -m venv` then fails half-way and leaves a folder with a
`bin/python` but no pip, which `make` would take for a finished environment on every later
run, even after the user installed the missing package. So a failed attempt is removed; as
root with apt-get the missing package is installed and the attempt made once more (as `make
run` does for Qt's X11 libraries); otherwise the exact command is printed and `make` stops.

Usage: python3 tools/make_venv.py FOLDER (exit status 0 once FOLDER holds a working venv).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

OLDEST = (3, 11)  # pyproject.toml's requires-python
STOPPED = 1

Runner = Callable[[Sequence[str]], int]


def _run(command: Sequence[str]) -> int:
    return subprocess.run(list(command), check=False).returncode


def venv_package(version: tuple[int, int]) -> str:
    """Debian's and Ubuntu's name for the package that brings `ensurepip` to this Python."""
    return f"python{version[0]}.{version[1]}-venv"


def too_old(version: tuple[int, int]) -> str:
    return (
        f"Debrief needs Python {OLDEST[0]}.{OLDEST[1]} or newer, and this is Python "
        f"{version[0]}.{version[1]}.\nInstall a newer one (for example: sudo apt-get install "
        f"python3.11 python3.11-venv) and run: make run PYTHON=python3.11"
    )


def advice(version: tuple[int, int], as_root: bool) -> str:
    """What to tell someone whose Python cannot make a virtual environment: the commands."""
    sudo = "" if as_root else "sudo "
    return "\n".join(
        [
            "Python could not make Debrief's virtual environment (its own words are above).",
            "Most often its venv and pip support is not installed; install it with your",
            "system's package manager:",
            f"  Debian, Ubuntu: {sudo}apt-get install {venv_package(version)}",
            f"  Fedora, RHEL:   {sudo}dnf install python3",
            f"  Arch:           {sudo}pacman -S --needed python",
            "then run the same make command again.",
        ]
    )


def has_pip(folder: Path) -> bool:
    """A venv made earlier (before this script, or by hand) that already works is kept."""
    python = folder / "bin" / "python"
    if not python.exists():
        return False
    check = [str(python), "-m", "pip", "--version"]
    return subprocess.run(check, capture_output=True, check=False).returncode == 0


def _attempt(folder: Path, run: Runner) -> bool:
    """One try at the venv; a failed one leaves no folder behind to be mistaken for done."""
    shutil.rmtree(folder, ignore_errors=True)
    if run([sys.executable, "-m", "venv", str(folder)]) == 0:
        return True
    shutil.rmtree(folder, ignore_errors=True)
    return False


def make_venv(
    folder: Path,
    run: Runner = _run,
    as_root: bool | None = None,
    has_apt: bool | None = None,
    version: tuple[int, int] = sys.version_info[:2],
    works: Callable[[Path], bool] = has_pip,
) -> int:
    """Make `folder` a working venv; returns the exit status for `make`."""
    if works(folder):
        return 0
    if version < OLDEST:
        print(too_old(version), file=sys.stderr)
        return STOPPED
    if _attempt(folder, run):
        return 0
    as_root = os.geteuid() == 0 if as_root is None else as_root
    has_apt = shutil.which("apt-get") is not None if has_apt is None else has_apt
    if as_root and has_apt:
        print(f"Installing {venv_package(version)} with apt-get...", file=sys.stderr)
        installed = run(["apt-get", "install", "-y", "-qq", venv_package(version)]) == 0
        if not installed:  # a fresh system may not have read its package lists yet
            run(["apt-get", "update", "-qq"])
            installed = run(["apt-get", "install", "-y", "-qq", venv_package(version)]) == 0
        if installed and _attempt(folder, run):
            return 0
    print(advice(version, as_root), file=sys.stderr)
    return STOPPED


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__.rsplit("Usage: ", 1)[1].strip())
    sys.exit(make_venv(Path(sys.argv[1])))
