"""A list of captured points beside an editor for the chosen one (clarify and improve pages)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QSplitter, QVBoxLayout, QWidget

from debrief.ui import vocabulary
from debrief.ui.rejection_wizard.points_model import PointsModel

PREVIEW_CHARS = 600  # a 100 KB answer is stored whole; the page quotes its start


def preview(text: str, limit: int = PREVIEW_CHARS) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[:limit] + "…"


class PointList(QSplitter):
    """Points of `model` that `keep(point)` accepts, listed left; `editor` shows one.

    `rows` maps list rows to model rows, so pages edit the shared model directly.
    """

    def __init__(
        self,
        name: str,
        model: PointsModel,
        keep: Callable[[dict], bool],
        editor: QWidget,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.model = model
        self.keep = keep
        self.rows: list[int] = []
        self.list = QListWidget(objectName=name)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setAlternatingRowColors(True)
        self.list.setAccessibleName(self.tr("Points"))
        self.quote = QLabel(objectName=f"{name}Quote", wordWrap=True)
        self.quote.setTextFormat(Qt.TextFormat.PlainText)
        self.quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.quote.setStyleSheet("font-style: italic; padding: 4px;")
        right = QWidget()
        layout = QVBoxLayout(right)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.quote)
        layout.addWidget(editor, 1)
        self.addWidget(self.list)
        self.addWidget(right)
        self.setStretchFactor(0, 2)
        self.setStretchFactor(1, 3)
        self.setChildrenCollapsible(False)

    def reload(self) -> None:
        """Re-read the model, keeping the chosen point when it is still listed."""
        before = self.model_row()
        kinds = vocabulary.point_kinds()
        self.rows = [r for r in range(self.model.rowCount()) if self.keep(self.model.point(r))]
        self.list.blockSignals(True)
        self.list.clear()
        for row in self.rows:
            point = self.model.point(row)
            label = kinds.get(point["kind"], "")
            if point["theme"]:
                label += f" · {point['theme']}"
            self.list.addItem(f"{label}\n{preview(point['words'], 120)}")
        self.list.blockSignals(False)
        self.list.setCurrentRow(self.rows.index(before) if before in self.rows else 0)

    def model_row(self) -> int:
        """The model row of the chosen point, or -1."""
        position = self.list.currentRow()
        return self.rows[position] if 0 <= position < len(self.rows) else -1

    def show_quote(self) -> None:
        row = self.model_row()
        self.quote.setText(f"“{preview(self.model.point(row)['words'])}”" if row >= 0 else "")
