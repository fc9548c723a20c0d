"""Before a first launch on Linux: are the system libraries Qt's X11 plugin needs installed?

PySide6's wheels bring Qt itself but not the X11 helper libraries its xcb platform plugin
links to. Where one is missing, Qt aborts with a message that can name the wrong library, so
`make run` asks `ldd` first and installs what is missing (as root, with apt-get) or prints the
exact command for apt, dnf and pacman. No Qt import here: this must run where Qt cannot load.
Run it as `python -m debrief.qt_libraries`; it exits 0 when Debrief can start.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

XCB_PLUGIN = Path("Qt", "plugins", "platforms", "libqxcb.so")
STOPPED = 1  # exit status when a library is still missing


@dataclass(frozen=True)
class Packages:
    """The package that ships one shared library on each family of Linux systems."""

    apt: str
    dnf: str
    pacman: str


# Every library the xcb plugin and Qt's GUI libraries link to outside the wheel, and the
# X11 and GL libraries those pull in. libc, libstdc++ and the like are left out: a system
# without them could not have run pip.
PACKAGES: dict[str, Packages] = {
    "libxcb-icccm.so.4": Packages("libxcb-icccm4", "xcb-util-wm", "xcb-util-wm"),
    "libxcb-keysyms.so.1": Packages("libxcb-keysyms1", "xcb-util-keysyms", "xcb-util-keysyms"),
    "libxcb-cursor.so.0": Packages("libxcb-cursor0", "xcb-util-cursor", "xcb-util-cursor"),
    "libxcb-image.so.0": Packages("libxcb-image0", "xcb-util-image", "xcb-util-image"),
    "libxcb-render-util.so.0": Packages(
        "libxcb-render-util0", "xcb-util-renderutil", "xcb-util-renderutil"
    ),
    "libxcb-util.so.1": Packages("libxcb-util1", "xcb-util", "xcb-util"),
    "libxcb.so.1": Packages("libxcb1", "libxcb", "libxcb"),
    "libxcb-randr.so.0": Packages("libxcb-randr0", "libxcb", "libxcb"),
    "libxcb-render.so.0": Packages("libxcb-render0", "libxcb", "libxcb"),
    "libxcb-shape.so.0": Packages("libxcb-shape0", "libxcb", "libxcb"),
    "libxcb-shm.so.0": Packages("libxcb-shm0", "libxcb", "libxcb"),
    "libxcb-sync.so.1": Packages("libxcb-sync1", "libxcb", "libxcb"),
    "libxcb-xfixes.so.0": Packages("libxcb-xfixes0", "libxcb", "libxcb"),
    "libxcb-xinput.so.0": Packages("libxcb-xinput0", "libxcb", "libxcb"),
    "libxcb-xkb.so.1": Packages("libxcb-xkb1", "libxcb", "libxcb"),
    "libxkbcommon.so.0": Packages("libxkbcommon0", "libxkbcommon", "libxkbcommon"),
    "libxkbcommon-x11.so.0": Packages("libxkbcommon-x11-0", "libxkbcommon-x11", "libxkbcommon-x11"),
    "libX11.so.6": Packages("libx11-6", "libX11", "libx11"),
    "libX11-xcb.so.1": Packages("libx11-xcb1", "libX11-xcb", "libx11"),
    "libXau.so.6": Packages("libxau6", "libXau", "libxau"),
    "libXdmcp.so.6": Packages("libxdmcp6", "libXdmcp", "libxdmcp"),
    "libEGL.so.1": Packages("libegl1", "libglvnd-egl", "libglvnd"),
    "libGL.so.1": Packages("libgl1", "libglvnd-glx", "libglvnd"),
    "libGLX.so.0": Packages("libglx0", "libglvnd-glx", "libglvnd"),
    "libGLdispatch.so.0": Packages("libglvnd0", "libglvnd", "libglvnd"),
    "libOpenGL.so.0": Packages("libopengl0", "libglvnd-opengl", "libglvnd"),
    "libfontconfig.so.1": Packages("libfontconfig1", "fontconfig", "fontconfig"),
    "libfreetype.so.6": Packages("libfreetype6", "freetype", "freetype2"),
    "libexpat.so.1": Packages("libexpat1", "expat", "expat"),
    "libpng16.so.16": Packages("libpng16-16", "libpng", "libpng"),
    "libdbus-1.so.3": Packages("libdbus-1-3", "dbus-libs", "dbus"),
    "libglib-2.0.so.0": Packages("libglib2.0-0", "glib2", "glib2"),
    "libgthread-2.0.so.0": Packages("libglib2.0-0", "glib2", "glib2"),
}

# How each family installs: the systems named, then the command before the package names.
INSTALLERS: tuple[tuple[str, str, str], ...] = (
    ("apt", "Debian, Ubuntu", "apt-get install"),
    ("dnf", "Fedora, RHEL", "dnf install"),
    ("pacman", "Arch", "pacman -S --needed"),
)


def needs_check(platform: str, environ: Mapping[str, str]) -> bool:
    """Only Linux uses the xcb plugin, and only when QT_QPA_PLATFORM leaves xcb a choice
    (offscreen and minimal, as in the tests, need no X11 libraries)."""
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").strip()
    if not chosen:
        return True
    names = {entry.split(":", 1)[0].strip() for entry in chosen.split(";")}
    return "xcb" in names


def installed_plugin() -> Path | None:
    """The xcb plugin inside the installed PySide6, found without importing it."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        plugin = Path(folder) / XCB_PLUGIN
        if plugin.is_file():
            return plugin
    return None


def run_ldd(plugin: Path) -> str | None:
    """ldd's report on the plugin, or None when there is no ldd or it cannot read the file."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return None
    result = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, check=False)
    return result.stdout if result.returncode == 0 else None


def missing_libraries(ldd_output: str) -> list[str]:
    """The libraries ldd reports as 'not found', each once, in ldd's order."""
    missing: list[str] = []
    for line in ldd_output.splitlines():
        name, arrow, where = line.strip().partition("=>")
        if arrow and where.strip() == "not found" and name.strip() not in missing:
            missing.append(name.strip())
    return missing


def packages_for(missing: Sequence[str], family: str) -> list[str]:
    """The packages of one family that ship the missing libraries, each once."""
    names: list[str] = []
    for library in missing:
        known = PACKAGES.get(library)
        if known is not None and getattr(known, family) not in names:
            names.append(getattr(known, family))
    return names


def advice(missing: Sequence[str], as_root: bool) -> str:
    """What to tell someone whose system lacks these libraries: the exact commands."""
    sudo = "" if as_root else "sudo "
    lines = [
        "Debrief cannot open its window yet: Qt's X11 support needs these system",
        "libraries, which are not installed:",
        "    " + " ".join(missing),
        "",
    ]
    if packages_for(missing, "apt"):
        lines.append("Install them with the command for your system, then start Debrief again:")
        for family, systems, command in INSTALLERS:
            packages = " ".join(packages_for(missing, family))
            lines.append(f"    {systems + ':':<16}{sudo}{command} {packages}")
    unknown = [library for library in missing if library not in PACKAGES]
    for library in unknown:
        lines.append(
            f"To find the package that ships {library}: `apt-file search {library}`,"
            f" `dnf provides '*/{library}'` or `pacman -F {library}`."
        )
    return "\n".join(lines)


def apt_install(packages: Sequence[str]) -> bool:
    """Install with apt-get, refreshing the package lists once if the first try fails."""
    environ = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    command = ["apt-get", "install", "-y", "-q", *packages]
    if subprocess.run(command, env=environ, check=False).returncode == 0:
        return True
    subprocess.run(["apt-get", "update", "-q"], env=environ, check=False)
    return subprocess.run(command, env=environ, check=False).returncode == 0


def can_install() -> bool:
    """Installing is ours to do only as root on a system with apt-get."""
    return os.geteuid() == 0 and shutil.which("apt-get") is not None


def check(
    plugin: Path,
    ldd: Callable[[Path], str | None] = run_ldd,
    install: Callable[[Sequence[str]], bool] | None = None,
    out: TextIO | None = None,
    as_root: bool = False,
) -> int:
    """0 when the plugin's libraries are all there (after installing them if `install` is
    given), else print the commands that would install them and return STOPPED."""
    out = out or sys.stderr
    report = ldd(plugin)
    missing = missing_libraries(report) if report is not None else []
    if not missing:
        return 0
    packages = packages_for(missing, "apt")
    if install is not None and packages:
        print("Installing the system libraries Qt needs to open a window:", file=out)
        print("    apt-get install -y " + " ".join(packages), file=out, flush=True)
        install(packages)
        report = ldd(plugin)
        missing = missing_libraries(report) if report is not None else []
        if not missing:
            return 0
    print(advice(missing, as_root), file=out)
    return STOPPED


def main() -> int:
    """`python -m debrief.qt_libraries`, run by `make run` before the window opens."""
    if not needs_check(sys.platform, os.environ):
        return 0
    plugin = installed_plugin()
    if plugin is None:
        return 0
    root = os.geteuid() == 0
    return check(plugin, install=apt_install if can_install() else None, as_root=root)


if __name__ == "__main__":
    sys.exit(main())
