"""Open a window at the size it was designed for, or smaller when the screen is smaller.

A window taller than the screen hides its own buttons (Save, Close) below the edge, and
a window manager does not always move or shrink it: on a 1280x800 laptop the prep sheet
and the insights window would open with their lower part out of reach.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

#: Room left for the window's title bar and frame, and for the desktop's panels.
FRAME = (40, 90)


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize `window` to width x height, but no larger than the free part of the screen
    it opens on (its parent's screen, or the primary one)."""
    anchor = window.parentWidget() or window
    screen = anchor.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        width = min(width, max(free.width() - FRAME[0], window.minimumWidth()))
        height = min(height, max(free.height() - FRAME[1], window.minimumHeight()))
    window.resize(width, height)


def scrolling(content: QWidget, name: str) -> QScrollArea:
    """`content` in a frameless scroll area: on a small screen at large text it scrolls,
    rather than push what is under it below the screen's edge. Tab goes to the fields
    inside, and the area scrolls to the one it reaches."""
    area = QScrollArea(objectName=name, widgetResizable=True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(content)
    return area
