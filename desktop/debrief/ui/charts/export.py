"""Charts saved as pictures: PNG for sharing, SVG for slides and documents."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from debrief.journal.store.files import atomic_file
from debrief.ui.charts.view import EXPORT_SIZE, ChartView

PNG_HEAD = b"\x89PNG\r\n\x1a\n"


def _render_size(view: ChartView) -> QSize:
    """The size on screen, but never smaller than EXPORT_SIZE: a wide, flat strip on
    screen would be an awkward picture in a document."""
    if not view.isVisible():
        return QSize(EXPORT_SIZE)
    return view.size().expandedTo(EXPORT_SIZE)


def _paint(view: ChartView, painter: QPainter, size: QSize) -> None:
    """Draw the chart alone (no scroll bars or frame) into `size` pixels of `painter`."""
    chart = view.chart()
    old = chart.size()
    chart.resize(size.width(), size.height())  # lays the chart out for this size at once
    view._place_notes()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ground = chart.backgroundBrush().color()  # the chart's own: dark in a dark window
    painter.fillRect(QRectF(0, 0, size.width(), size.height()), ground)
    view.scene().render(
        painter, QRectF(0, 0, size.width(), size.height()), chart.sceneBoundingRect()
    )
    chart.resize(old)  # back to the size on screen
    view._place_notes()


def export_png(view: ChartView, path: Path | str, scale: float = 2.0) -> Path:
    """Save the chart as a PNG at `scale` times its size (sharp on high-density screens);
    written whole or not at all (OSError), like every file Debrief writes."""
    size = _render_size(view)
    image = QImage(
        int(size.width() * scale), int(size.height() * scale), QImage.Format.Format_ARGB32
    )
    image.fill(view.chart().backgroundBrush().color())
    painter = QPainter(image)
    painter.scale(scale, scale)
    _paint(view, painter, size)
    painter.end()
    with atomic_file.atomic_path(path, atomic_file.ends_with(b"IEND", PNG_HEAD)) as temp:
        if not image.save(str(temp), "PNG"):
            raise atomic_file.incomplete(Path(path))
    return Path(path)


def export_svg(view: ChartView, path: Path | str) -> Path:
    """Save the chart as an SVG drawing (vector, for slides and documents)."""
    size = _render_size(view)
    with atomic_file.atomic_path(path, atomic_file.ends_with(b"</svg>")) as temp:
        generator = QSvgGenerator()
        generator.setFileName(str(temp))
        generator.setSize(size)
        generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
        generator.setTitle(view.chart().title())
        painter = QPainter()
        if not painter.begin(generator):
            raise atomic_file.incomplete(Path(path))
        _paint(view, painter, size)
        painter.end()
        del generator  # closes the file
    return Path(path)
