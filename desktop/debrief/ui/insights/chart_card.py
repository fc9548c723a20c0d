"""One chart of the insights window with its caption, its export menu and its empty state."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from debrief.ui import charts


class ChartCard(QWidget):
    """A chart, the kind words shown instead when it has nothing to draw, a caption and export."""

    export_requested = Signal(str)  # "png" or "svg"

    def __init__(self, name: str, parent=None) -> None:
        super().__init__(parent)
        self.view = charts.ChartView(name)
        self.empty = QLabel(objectName=f"{name}Empty", wordWrap=True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(24)
        self.empty.setStyleSheet("color: palette(placeholder-text); font-size: 11pt;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        self.caption = QLabel(objectName=f"{name}Caption", wordWrap=True)
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        # Three lines kept for every caption (cards side by side level them further:
        # `CaptionLeveller`), so a short caption does not make its chart jump.
        self.caption.setMinimumHeight(self.least_caption_height())
        self.caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # A push button, not a tool button: Fusion draws a tool button's menu arrow over the
        # end of its words ("Save as…" ran into it), while a push button makes room for it.
        self.save = QPushButton(objectName=f"{name}Export", text=self.tr("Save as…"))
        menu = QMenu(self.save)
        self.png_action = menu.addAction(self.tr("PNG image…"))
        self.svg_action = menu.addAction(self.tr("SVG drawing…"))
        self.png_action.triggered.connect(lambda: self.export_requested.emit("png"))
        self.svg_action.triggered.connect(lambda: self.export_requested.emit("svg"))
        self.save.setMenu(menu)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.addActions([self.png_action, self.svg_action])
        row = QHBoxLayout()
        row.addWidget(self.caption, 1)
        row.addWidget(self.save, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.stack, 1)
        layout.addLayout(row)

    def least_caption_height(self) -> int:
        return 3 * self.caption.fontMetrics().lineSpacing()

    def show_chart(self, caption: str = "") -> None:
        self.stack.setCurrentIndex(0)
        self.caption.setText(caption)
        self.save.setVisible(True)

    def show_message(self, text: str) -> None:
        self.empty.setText(text)
        self.stack.setCurrentIndex(1)
        self.caption.setText("")
        self.save.setVisible(False)

    def has_chart(self) -> bool:
        return self.stack.currentIndex() == 0


class CaptionLeveller(QObject):
    """Keeps the captions of cards side by side equally tall, so their charts and "Save
    as…" buttons stay level (and read as rows) whatever each caption says at the width
    the window, or the splitter between them, gives it."""

    def __init__(self, cards: list[ChartCard], parent: QObject) -> None:
        super().__init__(parent)
        self.cards = cards
        for card in cards:
            card.caption.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.level()
        return False

    def level(self) -> None:
        """Every caption as tall as the tallest needs at its own width."""
        needed = max(
            max(c.caption.heightForWidth(c.caption.width()), c.least_caption_height())
            for c in self.cards
        )
        for card in self.cards:
            if card.caption.minimumHeight() != needed:
                card.caption.setMinimumHeight(needed)
