"""Who Debrief is to the desktop: one id, name and licence, and where its resources live."""

from __future__ import annotations

from pathlib import Path

import debrief.resources

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


def resource_path(*parts: str) -> Path:
    """A file shipped in `debrief.resources`, as a real path for APIs that want one (QIcon,
    copying). Every way Debrief ships (a checkout, a wheel, a PyInstaller folder, which
    carries it at `debrief/resources`) installs the resources as plain files beside the
    package's `__init__.py`, so the path is that folder's; this skips importlib.resources,
    whose import costs each start about 3 ms.
    """
    return Path(debrief.resources.__file__).parent.joinpath(*parts)


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
