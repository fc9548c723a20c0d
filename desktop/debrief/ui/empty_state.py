"""What an empty journal shows instead of a blank grid: what to do first, and two buttons."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

TEXT_WIDTH = 520


class EmptyState(QWidget):
    """A welcome page: add the first interview, or bring them in from another tracker."""

    def __init__(
        self,
        add: Callable[[], None],
        import_csv: Callable[[], None],
        writable: bool,
        guide: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(objectName="emptyState")
        text = QLabel(
            self.tr(
                "<h2>Your journal is empty</h2>"
                "<p>Start with the last interview you had: the company, the role and how "
                "it went. When an interview does not lead to an offer, Debrief walks you "
                "through asking for feedback within a day, and turns what you hear into "
                "things to practise.</p>"
            ),
            wordWrap=True,
        )
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setFixedWidth(TEXT_WIDTH)
        text.setMinimumHeight(text.heightForWidth(TEXT_WIDTH))  # wrapped rich text: room
        button = QPushButton(self.tr("&Add your first interview"), objectName="emptyAddButton")
        button.clicked.connect(add)
        importer = QPushButton(
            self.tr("Import from another tracker (CSV)…"), objectName="emptyImportButton"
        )
        importer.clicked.connect(import_csv)
        how = QPushButton(self.tr("How this works"), objectName="emptyGuideButton", flat=True)
        how.setToolTip(self.tr("A short guide to asking for feedback and learning from it"))
        how.setStyleSheet("color: palette(link); text-decoration: underline; border: none;")
        how.setCursor(Qt.CursorShape.PointingHandCursor)  # a link to read, not a command
        how.setVisible(guide is not None)
        if guide is not None:
            how.clicked.connect(guide)
        layout = QVBoxLayout(self)
        layout.addStretch()
        for widget in (text, button, importer):
            widget.setEnabled(writable or widget is text)
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(how, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch()
