"""The wording warnings under a message: each problem in words, with its rewrite as a button.

A list item hides that it can be clicked; a button says so, takes Tab and Space or Enter, and
is read out by screen readers as something to press. Every label wraps, so a problem is shown
whole at any width and nothing needs scrolling.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from debrief.journal.practice.wording import WordingProblem

_BOX_STYLE = "QFrame#wordingProblem { background: #fff6dc; border-radius: 4px; }"
_TEXT_STYLE = "color: #1f3f7a;"


class _WrappedLabel(QLabel):
    """A wrapping label that asks its layout for the height its text needs at its width.

    Layouts inside a wizard page do not follow a label's height-for-width, so a page short
    of room squeezes a problem's text instead of shrinking the text boxes around it.
    """

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        needed = self.heightForWidth(self.width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)


class WordingPanel(QFrame):
    """One block per problem: the sentence, why it may land badly, and what to say instead."""

    chosen = Signal(int)  # the row of the problem whose rewrite the user picked

    def __init__(self, object_name: str, after: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName=object_name)
        self._after = after  # the text being checked: Tab goes from it to the buttons
        self.setAccessibleName(self.tr("Wording suggestions"))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self.buttons: list[QPushButton] = []
        self.labels: list[QLabel] = []

    def count(self) -> int:
        """How many problems are shown."""
        return len(self.buttons)

    def show_problems(self, text: str, problems: list[WordingProblem]) -> None:
        """Replace the blocks with one per problem of `text`."""
        while (item := self._layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.hide()
                widget.deleteLater()
        self.buttons, self.labels = [], []
        for row, problem in enumerate(problems):
            self._layout.addWidget(self._block(row, text, problem))
        previous = self._after
        for button in self.buttons:  # new widgets join the end of the Tab chain otherwise
            QWidget.setTabOrder(previous, button)
            previous = button
        self.setVisible(bool(problems))

    def _block(self, row: int, text: str, problem: WordingProblem) -> QFrame:
        box = QFrame(objectName="wordingProblem")
        box.setStyleSheet(_BOX_STYLE)
        quoted = text[problem.start : problem.end].strip()
        label = _WrappedLabel(
            self.tr("“{quoted}”\n{message}\nInstead: “{suggestion}”").format(
                quoted=quoted, message=self.tr(problem.message), suggestion=problem.suggestion
            ),
            wordWrap=True,
            objectName="wordingProblemText",
        )
        label.setStyleSheet(_TEXT_STYLE)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        button = QPushButton(self.tr("Use this instead"), objectName="wordingRewrite")
        button.setAccessibleName(self.tr("Use instead: {0}").format(problem.suggestion))
        button.setToolTip(self.tr("Replace that sentence with: {0}").format(problem.suggestion))
        button.setAutoDefault(True)  # Enter on the focused button rewrites, not Next
        button.clicked.connect(lambda *_, r=row: self.chosen.emit(r))
        # Side by side, so a problem costs the editor no extra line for its button.
        layout = QHBoxLayout(box)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(label, 1)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)
        self.buttons.append(button)
        self.labels.append(label)
        return box
