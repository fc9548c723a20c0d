"""Small drawn icons for the Debrief column: each state has its own shape, not just a colour.

Drawn with QPainter (no image files, no icon library), once per state and size.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from debrief.journal.practice.debrief_states import DebriefState

#: One colour per state; the shape inside the ring tells them apart without colour.
COLOURS = {
    DebriefState.GIVEN: "#2e7d32",
    DebriefState.WAITING: "#1565c0",
    DebriefState.ASK_BY: "#9a5b00",
    DebriefState.NOT_ASKED: "#8d6e00",
    DebriefState.DECLINED: "#616161",
    DebriefState.NO_REPLY: "#616161",
}
SIZE = 16


def _mark(painter: QPainter, state: DebriefState, s: float) -> None:
    """The shape inside the ring: check, dots, clock hands, cross, dash or a dot."""
    if state is DebriefState.GIVEN:
        path = QPainterPath(QPointF(0.28 * s, 0.52 * s))
        path.lineTo(0.44 * s, 0.68 * s)
        path.lineTo(0.72 * s, 0.34 * s)
        painter.drawPath(path)
    elif state is DebriefState.WAITING:
        for x in (0.3, 0.5, 0.7):
            painter.drawPoint(QPointF(x * s, 0.52 * s))
    elif state is DebriefState.ASK_BY:
        painter.drawLine(QPointF(0.5 * s, 0.5 * s), QPointF(0.5 * s, 0.26 * s))
        painter.drawLine(QPointF(0.5 * s, 0.5 * s), QPointF(0.68 * s, 0.6 * s))
    elif state is DebriefState.DECLINED:
        painter.drawLine(QPointF(0.34 * s, 0.34 * s), QPointF(0.66 * s, 0.66 * s))
        painter.drawLine(QPointF(0.66 * s, 0.34 * s), QPointF(0.34 * s, 0.66 * s))
    elif state is DebriefState.NO_REPLY:
        painter.drawLine(QPointF(0.3 * s, 0.5 * s), QPointF(0.7 * s, 0.5 * s))
    else:  # not asked: an empty ring with a small dot, "still open"
        painter.drawPoint(QPointF(0.5 * s, 0.5 * s))


@cache
def state_icon(state: DebriefState, size: int = SIZE) -> QIcon:
    """The icon of `state`: a coloured ring with the state's own mark."""
    pixmap = QPixmap(size * 2, size * 2)  # drawn at twice the size: crisp on HiDPI too
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size * 2.0
    pen = QPen(QColor(COLOURS[state]), s * 0.1)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.drawEllipse(QRectF(0.08 * s, 0.08 * s, 0.84 * s, 0.84 * s))
    _mark(painter, state, s)
    painter.end()
    pixmap.setDevicePixelRatio(2.0)
    return QIcon(pixmap)
