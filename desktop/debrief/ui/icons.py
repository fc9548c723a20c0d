"""Debrief's icon as Qt windows want it, from the PNG sizes shipped in resources/icons."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from debrief.identity import ICON_SIZES, icon_png


def app_icon() -> QIcon:
    """Debrief's icon at every shipped size (16 to 512 px), for windows, dialogs and the
    task bar. PNGs rather than the SVG: every size a desktop asks for is there already, and
    it spares each start loading Qt's SVG module (0.7 MiB) for a picture that never scales."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(icon_png(size)))
    return icon
