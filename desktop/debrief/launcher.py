"""Put Debrief into the desktop's launcher: the desktop entry and icons under XDG data home.

No Qt here: it runs from the command line (`debrief --install-desktop-entry`) before any
window exists, and must work where no display is available.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from debrief.identity import APP_ID, ICON_SIZES, desktop_entry_path, icon_png, icon_svg

# Characters that force quoting of an Exec argument (Desktop Entry spec, "The Exec key").
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
# Inside double quotes these four must be backslash-escaped.
_ESCAPE_IN_QUOTES = set('"`$\\')
# What a string value spells as an escape: these would break the entry's line.
_STRING_ESCAPES = str.maketrans({"\n": "\\n", "\t": "\\t", "\r": "\\r"})


def default_data_home() -> Path:
    """$XDG_DATA_HOME when it is set to an absolute path, else ~/.local/share (XDG spec)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / ".local" / "share"


def find_executable() -> str:
    """The `debrief` program to start from the launcher, as an absolute path.

    The copy that is running wins over whatever `debrief` comes first on PATH, because that
    is the installation the user just asked to register: a frozen bundle is its own
    executable, and a virtual environment keeps its script beside `sys.executable` (not
    resolved: the venv's python is a symlink out of the venv). Failing both, PATH.
    """
    if getattr(sys, "frozen", False):
        return str(Path(sys.executable).absolute())
    bin_dir = Path(sys.executable).absolute().parent
    for name in ("debrief", "debrief.exe"):
        candidate = bin_dir / name
        if candidate.is_file():
            return str(candidate)
    found = shutil.which("debrief")
    if found:
        return str(Path(found).absolute())
    raise FileNotFoundError(
        "Cannot find the installed 'debrief' program; install Debrief with pip first."
    )


def quote_exec_argument(arg: str) -> str:
    """Quote one Exec argument as the Desktop Entry spec asks, then escape it as a string
    value (backslashes doubled again, `%` doubled so it is not a field code, and a line
    break or tab written as `\\n`, `\\t`: a real one would end the entry's line)."""
    if arg and not (set(arg) & _RESERVED):
        quoted = arg
    else:
        inner = "".join("\\" + ch if ch in _ESCAPE_IN_QUOTES else ch for ch in arg)
        quoted = f'"{inner}"'
    escaped = quoted.replace("\\", "\\\\").replace("%", "%%")
    return escaped.translate(_STRING_ESCAPES)


def desktop_entry_text(exec_path: str) -> str:
    """The shipped desktop entry with its Exec line pointing at `exec_path`."""
    lines = desktop_entry_path().read_text(encoding="utf-8").splitlines()
    exec_line = f"Exec={quote_exec_argument(exec_path)}"
    lines = [exec_line if line.startswith("Exec=") else line for line in lines]
    return "\n".join(lines) + "\n"


def installed_paths(data_home: Path | None = None) -> list[Path]:
    """Every file the installer writes, in the order it writes them."""
    home = data_home if data_home is not None else default_data_home()
    icons = home / "icons" / "hicolor"
    paths = [home / "applications" / f"{APP_ID}.desktop"]
    paths += [icons / f"{n}x{n}" / "apps" / f"{APP_ID}.png" for n in ICON_SIZES]
    paths.append(icons / "scalable" / "apps" / f"{APP_ID}.svg")
    return paths


def _write_atomically(target: Path, data: bytes) -> None:
    """Write beside the target and rename over it: launchers watch these folders and must
    never read half a file. Owner-only, whatever the umask: a desktop entry others could
    change would run their command as the user."""
    from debrief.journal.store.files.atomic_file import write_atomic  # no Qt, no peewee

    write_atomic(target, data)


def _touch(folder: Path) -> None:
    """Bump a folder's time so icon-theme caches notice the new icons."""
    if folder.is_dir():
        os.utime(folder)


def install_desktop_entry(
    data_home: Path | None = None, exec_path: str | None = None
) -> list[Path]:
    """Install the desktop entry and icons for the current user; return the files written.

    Safe to run again: it overwrites its own files, for example after moving the venv.
    """
    home = data_home if data_home is not None else default_data_home()
    program = exec_path if exec_path is not None else find_executable()
    entry, *pngs, svg = installed_paths(home)
    _write_atomically(entry, desktop_entry_text(program).encode("utf-8"))
    for size, target in zip(ICON_SIZES, pngs, strict=True):
        _write_atomically(target, icon_png(size).read_bytes())
    _write_atomically(svg, icon_svg().read_bytes())
    _touch(home / "icons" / "hicolor")
    return [entry, *pngs, svg]


def uninstall_desktop_entry(data_home: Path | None = None) -> list[Path]:
    """Remove exactly the files `install_desktop_entry` writes; return those removed.

    Folders are left alone: they may hold other applications' files.
    """
    home = data_home if data_home is not None else default_data_home()
    removed = []
    for path in installed_paths(home):
        if path.is_file():
            path.unlink()
            removed.append(path)
    _touch(home / "icons" / "hicolor")
    return removed


def run_from_command_line(uninstall: bool = False) -> int:
    """What `debrief --install-desktop-entry` / `--uninstall-desktop-entry` do: act, say
    what changed, and return the exit status."""
    try:
        paths = uninstall_desktop_entry() if uninstall else install_desktop_entry()
    except OSError as error:
        print(f"debrief: {error}", file=sys.stderr)
        return 1
    verb = "Removed" if uninstall else "Installed"
    for path in paths:
        print(f"{verb} {path}")
    if not paths:
        print("Nothing to remove: the desktop entry was not installed.")
    return 0
