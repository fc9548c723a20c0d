"""The shipped desktop entry and AppStream metainfo pass their validators and agree on one id."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

from debrief import __version__
from debrief.identity import (
    APP_ID,
    APP_NAME,
    ICON_SIZES,
    LICENSE,
    desktop_entry_path,
    icon_png,
    icon_svg,
    metainfo_path,
    resource_path,
)


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} not installed: install Debian's {package} (make desktop-tools)")
    return path


def _entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive in desktop entries
    parser.read(desktop_entry_path(), encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_passes_desktop_file_validate():
    tool = _tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([tool, str(desktop_entry_path())], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_passes_appstreamcli_validate():
    tool = _tool("appstreamcli", "appstream")
    result = subprocess.run(
        [tool, "validate", "--no-net", str(metainfo_path())], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_one_id_names_the_entry_its_icon_and_the_metainfo():
    entry = _entry()
    assert desktop_entry_path().name == f"{APP_ID}.desktop"
    assert entry["Icon"] == APP_ID
    assert entry["Name"] == APP_NAME
    root = ET.parse(metainfo_path()).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"


def test_metainfo_states_the_release_and_the_licences():
    root = ET.parse(metainfo_path()).getroot()
    assert root.findtext("project_license") == LICENSE
    assert root.findtext("metadata_license") == "CC0-1.0"
    versions = [release.get("version") for release in root.iter("release")]
    assert __version__ in versions


def test_every_icon_size_is_shipped_as_a_square_png():
    for size in ICON_SIZES:
        data = icon_png(size).read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        width = int.from_bytes(data[16:20], "big")
        height = int.from_bytes(data[20:24], "big")
        assert (width, height) == (size, size)
    assert b"<svg" in icon_svg().read_bytes()


def test_packaged_app_icons_hold_every_size():
    """PyInstaller's Windows .ico and macOS .icns, rendered with the PNGs by render.py."""
    ico = resource_path("icons", "debrief.ico").read_bytes()
    assert ico[:4] == b"\x00\x00\x01\x00"
    assert int.from_bytes(ico[4:6], "little") == 7  # 16 to 256 px
    icns = resource_path("icons", "debrief.icns").read_bytes()
    assert icns[:4] == b"icns" and int.from_bytes(icns[4:8], "big") == len(icns)
    assert b"ic09" in icns  # the 512 px image
