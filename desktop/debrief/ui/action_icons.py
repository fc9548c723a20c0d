"""The commands' icons: masks rendered from qtawesome, tinted with the palette's accent.

Each command names a qtawesome icon (Material Design Icons, "mdi6.magnify"). Importing
qtawesome at run time would cost about 35 MiB and 0.3 s (qtpy star-imports every PySide6
class), so `tools/render_icons.py` draws each named icon once as a black mask in
resources/icons/actions, and this module tints the masks with the accent of the light or
dark palette. They are drawn after the first paint and again when the system
switches between light and dark.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPixmap

from debrief.identity import resource_path
from debrief.ui.appearance import accent, appearance

if TYPE_CHECKING:
    from pathlib import Path

    from debrief.ui.actions import Actions

MASK_SIZES = (16, 24, 48)  # menus, the toolbar, and both on a double-density screen


def mask_path(name: str, size: int) -> Path:
    """Where the mask of the qtawesome icon `name` is kept at `size` px."""
    return resource_path("icons", "actions", f"{name.replace('.', '-')}-{size}.png")


def _tinted(mask: QPixmap, colour: QColor) -> QPixmap:
    """The mask's shape filled with `colour`."""
    result = QPixmap(mask)
    painter = QPainter(result)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(result.rect(), colour)
    painter.end()
    return result


def _sizes() -> tuple[int, ...]:
    """The sizes worth drawing here: the double-density one only on such a screen (each
    pixmap stays in memory while the window lives)."""
    dense = QGuiApplication.primaryScreen() and QGuiApplication.primaryScreen().devicePixelRatio()
    return MASK_SIZES if (dense or 1) > 1 else MASK_SIZES[:-1]


def icon(name: str) -> QIcon:
    """The icon `name` in the accent colour (Qt greys it when disabled)."""
    colour = QColor(accent())
    result = QIcon()
    for size in _sizes():
        mask = QPixmap(str(mask_path(name, size)))
        if not mask.isNull():  # a name without masks yet (run make icons) has no icon
            result.addPixmap(_tinted(mask, colour))
    return result


class _Painter(QObject):
    """Redraws one window's icons; a child of the window, so a closed window is forgotten."""

    def __init__(self, actions: Actions, window: QObject) -> None:
        super().__init__(window)
        self._actions = actions

    def redraw(self, _dark: bool = False) -> None:
        self._actions.set_icons(icon)


def follow(actions: Actions, window: QObject) -> None:
    """Draw the icons of `window`'s commands now, and again when the palette turns light
    or dark."""
    painter = _Painter(actions, window)
    painter.redraw()
    found = appearance()
    if found is not None:
        found.changed.connect(painter.redraw)
