"""`make run` on a system without Qt's X11 libraries: install them or name the command."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from debrief.qt_libraries import (
    PACKAGES,
    STOPPED,
    advice,
    check,
    installed_plugin,
    missing_libraries,
    needs_check,
    packages_for,
)

ROOT = Path(__file__).resolve().parent.parent
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xcb is Linux's")

# What ldd said on a fresh minimal Debian 12 (trimmed): two libraries, each listed twice.
LDD_MISSING = """\
\tlinux-vdso.so.1 (0x00007ffd5a9f2000)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/plugins/platforms/../../lib/libQt6XcbQpa.so.6 (0x1)
\tlibGL.so.1 => /lib/x86_64-linux-gnu/libGL.so.1 (0x00007f2f12643000)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f2f125e9000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-util.so.1 => /lib/x86_64-linux-gnu/libxcb-util.so.1 (0x00007f2f125e1000)
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f2f1081e000)
\t/lib64/ld-linux-x86-64.so.2 (0x00007f2f127a3000)
"""
LDD_COMPLETE = LDD_MISSING.replace("not found", "/lib/x86_64-linux-gnu/found.so (0x2)")


class FakeLdd:
    """Answers with the given reports in turn, the last one from then on."""

    def __init__(self, *reports: str | None) -> None:
        self.reports = list(reports)
        self.calls = 0

    def __call__(self, plugin: Path) -> str | None:
        self.calls += 1
        return self.reports.pop(0) if len(self.reports) > 1 else self.reports[0]


def test_missing_libraries_are_read_from_ldd_once_each():
    assert missing_libraries(LDD_MISSING) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    assert missing_libraries(LDD_COMPLETE) == []


def test_advice_gives_the_exact_command_for_apt_dnf_and_pacman():
    text = advice(["libxcb-icccm.so.4", "libxcb-keysyms.so.1"], as_root=False)
    assert "libxcb-icccm.so.4 libxcb-keysyms.so.1" in text
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in text
    assert "sudo dnf install xcb-util-wm xcb-util-keysyms" in text
    assert "sudo pacman -S --needed xcb-util-wm xcb-util-keysyms" in text


def test_root_is_not_told_to_use_sudo():
    text = advice(["libxcb-cursor.so.0"], as_root=True)
    assert "sudo" not in text
    assert "apt-get install libxcb-cursor0" in text


def test_packages_are_named_once_even_when_they_ship_several_libraries():
    missing = ["libxcb-shape.so.0", "libxcb-xkb.so.1", "libglib-2.0.so.0", "libgthread-2.0.so.0"]
    assert packages_for(missing, "apt") == ["libxcb-shape0", "libxcb-xkb1", "libglib2.0-0"]
    assert packages_for(missing, "pacman") == ["libxcb", "glib2"]


def test_every_library_the_issue_named_maps_to_its_debian_package():
    expected = {
        "libxcb-icccm.so.4": "libxcb-icccm4",
        "libxcb-keysyms.so.1": "libxcb-keysyms1",
        "libxcb-cursor.so.0": "libxcb-cursor0",
        "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
        "libxcb-render-util.so.0": "libxcb-render-util0",
        "libxcb-image.so.0": "libxcb-image0",
        "libxcb-shape.so.0": "libxcb-shape0",
        "libxcb-xkb.so.1": "libxcb-xkb1",
        "libEGL.so.1": "libegl1",
        "libGL.so.1": "libgl1",
        "libfontconfig.so.1": "libfontconfig1",
        "libdbus-1.so.3": "libdbus-1-3",
    }
    assert {library: PACKAGES[library].apt for library in expected} == expected


def test_a_library_without_a_known_package_gets_a_way_to_find_one():
    text = advice(["libxcb-icccm.so.4", "libfancy.so.2"], as_root=False)
    assert "sudo apt-get install libxcb-icccm4\n" in text + "\n"
    assert "apt-file search libfancy.so.2" in text
    assert "dnf provides '*/libfancy.so.2'" in text
    assert "pacman -F libfancy.so.2" in text


def test_missing_libraries_stop_the_launch_with_the_commands(tmp_path):
    out = io.StringIO()
    assert check(tmp_path / "libqxcb.so", FakeLdd(LDD_MISSING), out=out) == STOPPED
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in out.getvalue()


def test_root_with_apt_installs_the_packages_and_checks_again(tmp_path):
    installed: list[list[str]] = []
    ldd = FakeLdd(LDD_MISSING, LDD_COMPLETE)
    out = io.StringIO()
    status = check(tmp_path / "libqxcb.so", ldd, installed.append, out=out, as_root=True)
    assert status == 0
    assert installed == [["libxcb-icccm4", "libxcb-keysyms1"]]
    assert ldd.calls == 2
    assert "apt-get install -y libxcb-icccm4 libxcb-keysyms1" in out.getvalue()


def test_an_install_that_did_not_help_still_stops_with_the_commands(tmp_path):
    out = io.StringIO()
    status = check(tmp_path / "x.so", FakeLdd(LDD_MISSING), lambda _: False, out=out, as_root=True)
    assert status == STOPPED
    assert "\n    Debian, Ubuntu: apt-get install libxcb-icccm4 libxcb-keysyms1" in out.getvalue()


@pytest.mark.parametrize("report", [LDD_COMPLETE, None], ids=["all-found", "no-ldd"])
def test_nothing_is_said_when_nothing_is_known_to_be_missing(tmp_path, report):
    out = io.StringIO()
    assert check(tmp_path / "libqxcb.so", FakeLdd(report), out=out) == 0
    assert out.getvalue() == ""


@pytest.mark.parametrize(
    ("platform", "qpa", "expected"),
    [
        ("linux", "", True),
        ("linux", "xcb", True),
        ("linux", "wayland;xcb", True),
        ("linux", "offscreen", False),
        ("linux", "minimal", False),
        ("linux", "offscreen:fontengine=freetype", False),
        ("linux", "wayland", False),
        ("darwin", "", False),
        ("win32", "", False),
    ],
)
def test_the_check_runs_only_where_qt_would_load_the_xcb_plugin(platform, qpa, expected):
    assert needs_check(platform, {"QT_QPA_PLATFORM": qpa} if qpa else {}) is expected


@linux_only
def test_the_plugin_is_found_in_the_installed_pyside6():
    plugin = installed_plugin()
    assert plugin is not None and plugin.name == "libqxcb.so" and plugin.is_file()


@linux_only
@pytest.mark.skipif(shutil.which("ldd") is None, reason="needs ldd")
def test_real_ldd_on_a_plugin_whose_libraries_are_missing(tmp_path):
    """A copy of the plugin out of PySide6's tree loses the Qt libraries beside it."""
    plugin = tmp_path / "libqxcb.so"
    shutil.copy(installed_plugin(), plugin)
    out = io.StringIO()
    assert check(plugin, out=out) == STOPPED
    assert "libQt6XcbQpa.so.6" in out.getvalue()
    assert "apt-file search libQt6XcbQpa.so.6" in out.getvalue()


def _fake_tools(folder: Path) -> Path:
    """An ldd that reports two missing libraries and an apt-get that logs and fails."""
    folder.mkdir()
    ldd = folder / "ldd"
    ldd.write_text("#!/bin/sh\nprintf '" + LDD_MISSING.replace("\t", "\\t") + "'\n")
    apt = folder / "apt-get"
    apt.write_text(f'#!/bin/sh\necho "$@" >> {folder / "apt.log"}\nexit 100\n')
    for tool in (ldd, apt):
        tool.chmod(0o755)
    return folder


def _run_module(tmp_path: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    tools = _fake_tools(tmp_path / "bin")
    environ = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    environ.update(PATH=f"{tools}{os.pathsep}{environ.get('PATH', '')}", **extra)
    command = [sys.executable, "-m", "debrief.qt_libraries"]
    return subprocess.run(command, env=environ, capture_output=True, text=True, cwd=tmp_path)


@linux_only
def test_make_run_check_stops_with_the_install_command_instead_of_a_qt_abort(tmp_path):
    result = _run_module(tmp_path)
    assert result.returncode == STOPPED, result.stderr
    assert "apt-get install libxcb-icccm4 libxcb-keysyms1" in result.stderr
    assert "dnf install xcb-util-wm xcb-util-keysyms" in result.stderr
    if os.geteuid() == 0:  # root tried apt-get first: install, update, install again
        log = (tmp_path / "bin" / "apt.log").read_text().splitlines()
        assert log == [
            "install -y -q libxcb-icccm4 libxcb-keysyms1",
            "update -q",
            "install -y -q libxcb-icccm4 libxcb-keysyms1",
        ]


@linux_only
def test_make_run_check_is_silent_offscreen(tmp_path):
    result = _run_module(tmp_path, QT_QPA_PLATFORM="offscreen")
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
