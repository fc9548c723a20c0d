"""Who Debrief is to the desktop: one id, name and licence, and where its resources live."""

from __future__ import annotations

from importlib.resources import as_file, files
from importlib.resources.abc import Traversable
from pathlib import Path

# One reverse-DNS id everywhere: the .desktop file name and its Icon=, the AppStream <id>,
# QGuiApplication.setDesktopFileName() and the installed icon names. Desktops match a
# running window to its launcher entry through it, so it must never differ between them.
APP_ID = "io.github.debrief.Debrief"
APP_NAME = "Debrief"
ORG = "Debrief"
ORG_DOMAIN = "debrief.github.io"
LICENSE = "GPL-3.0-or-later"
LICENSE_URL = "https://www.gnu.org/licenses/gpl-3.0.html"
HOMEPAGE = "https://github.com/debrief/debrief"

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def resource(*parts: str) -> Traversable:
    """A file shipped in `debrief.resources`, found the same way in a checkout, a wheel
    and a PyInstaller bundle (which carries the folder at `debrief/resources`)."""
    node = files("debrief.resources")
    for part in parts:
        node = node.joinpath(part)
    return node


def resource_path(*parts: str) -> Path:
    """A real file-system path to a resource, for APIs that want a path (QIcon, copying).

    Resources are installed as plain files in every way we ship, so `as_file` hands back
    the file itself rather than a temporary copy that could vanish.
    """
    with as_file(resource(*parts)) as path:
        return Path(path)


def icon_png(size: int) -> Path:
    """The square PNG icon of `size` pixels (one of ICON_SIZES)."""
    return resource_path("icons", f"debrief-{size}.png")


def icon_svg() -> Path:
    """The scalable source of the icon."""
    return resource_path("icons", "debrief.svg")


def desktop_entry_path() -> Path:
    """The desktop entry template shipped in resources/linux."""
    return resource_path("linux", f"{APP_ID}.desktop")


def metainfo_path() -> Path:
    """The AppStream metainfo shipped in resources/linux."""
    return resource_path("linux", f"{APP_ID}.metainfo.xml")
