"""Table columns sized by what they hold, with the free text taking the rest of the width.

Coded columns (kind, verdict, status...) are as wide as their longest word; the free-text
columns stretch. When the table is too narrow for every column, the optional ones (those
the reading pane or a tooltip also shows) are hidden first, so what the user wrote or was
told always keeps at least a third of the table.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from debrief.ui import vocabulary

#: The smallest share of the table a free-text column may have.
FREE_TEXT_SHARE = 1 / 3
#: Room around a cell's text: the style's margins and a little air.
PADDING = 24
#: What the longest value of a column that is not a vocabulary looks like.
SAMPLES = {
    "date": "2026-12-31",
    "asked_at": "2026-12-31 23:59",
    "thanked_at": "2026-12-31 23:59",
    "created_at": "2026-12-31",
    "done_at": "2026-12-31",
    "in_time": "Late",
    "points": "99",
    "round": "10/10",
    "theme": "Technical depth",
}


def _own_viewport(view: QTableView) -> QWidget:
    """Give `view` a viewport made here, and return it. Asked for the viewport Qt made,
    PySide would first work out which Python class fits a widget it did not create, a walk
    over every widget class (15 ms, the first time) on the way to the first paint."""
    viewport = QWidget()
    view.setViewport(viewport)
    return viewport


class ColumnFit(QObject):
    """Keeps one table's columns fitted as it resizes (an event filter on the table)."""

    def __init__(
        self,
        view: QTableView,
        stretch: Sequence[str],
        optional: Sequence[str] = (),
        widths: dict[str, int] | None = None,  # columns whose width the caller knows
    ) -> None:
        super().__init__(view)
        self.view = view
        self._viewport = _own_viewport(view)
        self.columns: tuple[str, ...] = tuple(view.model().columns)
        self.stretch = [c for c in self.columns if c in stretch]
        self.optional = [c for c in optional if c in self.columns]
        self.natural = {c: (widths or {}).get(c) or self._natural(c) for c in self.columns}
        view.installEventFilter(self)
        self.apply()

    def apply(self, keep_widths: bool = False) -> None:
        """Set each column's resize mode and natural width, then fit. After a saved header
        state was restored (`keep_widths`), a width the user chose stays unless it is too
        narrow to read; an old state must not bring back squeezed text either way."""
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        for index, column in enumerate(self.columns):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column in self.stretch
                else QHeaderView.ResizeMode.Interactive
            )
            header.setSectionResizeMode(index, mode)
            kept = header.sectionSize(index) if keep_widths else 0
            if column not in self.stretch and kept < self.natural[column] // 2:
                header.resizeSection(index, self.natural[column])
        self.fit()

    def _natural(self, column: str) -> int:
        """The width of the column's longest word or header, plus padding."""
        metrics = self.view.fontMetrics()
        words = list((vocabulary.choices_for(column) or {}).values())
        words.append(vocabulary.headers().get(column, column))
        if column in SAMPLES:
            words.append(vocabulary.display(column, SAMPLES[column]) or SAMPLES[column])
        widest = max(metrics.horizontalAdvance(word) for word in words)
        return widest + PADDING

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        return False

    def free_width(self, hidden: set[str]) -> float:
        """How wide each stretching column is when the `hidden` ones are not shown."""
        width = self._viewport.width() or self.view.width()
        fixed = sum(
            self.natural[c] for c in self.columns if c not in self.stretch and c not in hidden
        )
        shown = [c for c in self.stretch if c not in hidden]
        return (width - fixed) / max(len(shown), 1)

    def fit(self) -> None:
        """Hide optional columns, in order, until each free-text column has its share."""
        width = self._viewport.width() or self.view.width()
        hidden: set[str] = set()
        for column in self.optional:
            if self.free_width(hidden) >= width * FREE_TEXT_SHARE:
                break
            hidden.add(column)
        for index, column in enumerate(self.columns):
            self.view.setColumnHidden(index, column in hidden)
        self.view.horizontalScrollBar().setValue(0)  # the header reads from its start
