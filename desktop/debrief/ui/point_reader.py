"""The reading pane under the feedback points: the selected point's words in full."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel

from debrief.ui import vocabulary
from debrief.ui.table_models import DetailModel


class PointReader(QLabel):
    """Everything one feedback point holds, word-wrapped, so a narrow column hides nothing."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent, objectName="pointReader", wordWrap=True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMargin(4)
        self.setAccessibleName(self.tr("Selected feedback point"))

    def show_point(self, model: DetailModel, row: int) -> None:
        """Show `row` of the points model; a row out of range hides the pane."""
        if not 0 <= row < model.rowCount():
            self.clear()
            self.hide()
            return
        import html  # once a point is shown: nothing is selected at start

        value = {column: model.value(row, i) for i, column in enumerate(model.columns)}
        facts = [
            vocabulary.display(column, value.get(column))
            for column in ("kind", "theme", "verdict")
            if value.get(column)
        ]
        parts = [f"<b>{html.escape(' · '.join(facts))}</b>"] if facts else []
        parts.append(html.escape(value.get("words") or "").replace("\n", "<br>"))
        if clarification := (value.get("clarification") or "").strip():
            label = html.escape(self.tr("Clarification:"))
            parts.append(f"<i>{label}</i> " + html.escape(clarification).replace("\n", "<br>"))
        self.setText("<br>".join(parts))
        self.show()
