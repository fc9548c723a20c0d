"""The wording warnings under a message: each problem in words, with its rewrite as a button.

A list item hides that it can be clicked; a button says so, takes Tab and Space or Enter, and
is read out by screen readers as something to press. Every label wraps, so a problem is shown
whole at any width and nothing needs scrolling.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from debrief.journal.practice.wording import WordingProblem
from debrief.ui.appearance import is_dark
from debrief.ui.translations import journal_text

#: A problem's ground and words, light and dark: a warm note, never an alarm, and never a
#: bright box on a dark window. Chosen as each check draws its blocks.
_COLOURS = {False: ("#fff6dc", "#1f3f7a"), True: ("#3a3220", "#f1dfb0")}


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


# After a rewrite is picked, how long (seconds) another click is taken for a double one.
SETTLE_S = 0.6


class WordingPanel(QFrame):
    """One block per problem: the sentence, why it may land badly, and what to say instead."""

    chosen = Signal(int)  # the row of the problem whose rewrite the user picked
    removed = Signal(int)  # the row of the problem the user took out of the message

    def __init__(
        self,
        object_name: str,
        after: QWidget,
        parent: QWidget | None = None,
        removable: bool = False,
    ) -> None:
        super().__init__(parent, objectName=object_name)
        self._after = after  # the text being checked: Tab goes from it to the buttons
        # A whole message may lose a sentence: it often asks for advice already, and a
        # rewrite would ask again. A single question (clarify) keeps its sentence.
        self._removable = removable
        self.setAccessibleName(self.tr("Wording suggestions"))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self.buttons: list[QPushButton] = []
        self.remove_buttons: list[QPushButton] = []
        self.labels: list[QLabel] = []
        self._chosen_at = -SETTLE_S  # when the last rewrite was picked (time.monotonic)

    def count(self) -> int:
        """How many problems are shown."""
        return len(self.buttons)

    def show_problems(self, text: str, problems: list[WordingProblem]) -> None:
        """Replace the blocks with one per problem of `text`."""
        while (item := self._layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.hide()
                widget.deleteLater()
        self.buttons, self.remove_buttons, self.labels = [], [], []
        for row, problem in enumerate(problems):
            self._layout.addWidget(self._block(row, text, problem))
        previous = self._after
        for row, button in enumerate(self.buttons):  # new widgets join the Tab chain's end
            QWidget.setTabOrder(previous, button)
            previous = button
            if self.remove_buttons:
                QWidget.setTabOrder(previous, self.remove_buttons[row])
                previous = self.remove_buttons[row]
        self.setVisible(bool(problems))

    def _choose(self, row: int, signal: Signal) -> None:
        """A rewrite (or removal) was picked. That card leaves and the cards under it move
        up, so a second click a moment later lands on another card's button: let pass."""
        now = time.monotonic()
        if now - self._chosen_at < SETTLE_S:
            return
        self._chosen_at = now
        signal.emit(row)

    def _block(self, row: int, text: str, problem: WordingProblem) -> QFrame:
        ground, words = _COLOURS[is_dark()]
        box = QFrame(objectName="wordingProblem")
        box.setStyleSheet(f"QFrame#wordingProblem {{ background: {ground}; border-radius: 4px; }}")
        quoted = text[problem.start : problem.end].strip()
        label = _WrappedLabel(
            self.tr("“{quoted}”\n{message}\nInstead: “{suggestion}”").format(
                quoted=quoted, message=journal_text(problem.message), suggestion=problem.suggestion
            ),
            wordWrap=True,
            objectName="wordingProblemText",
        )
        label.setStyleSheet(f"color: {words};")
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        button = QPushButton(self.tr("Use this instead"), objectName="wordingRewrite")
        button.setAccessibleName(self.tr("Use instead: {0}").format(problem.suggestion))
        button.setToolTip(self.tr("Replace that sentence with: {0}").format(problem.suggestion))
        button.setAutoDefault(True)  # Enter on the focused button rewrites, not Next
        button.clicked.connect(lambda *_, r=row: self._choose(r, self.chosen))
        # Side by side, so a problem costs the editor no extra line for its buttons.
        layout = QHBoxLayout(box)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(label, 1)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)
        if self._removable:
            remove = QPushButton(self.tr("Leave it out"), objectName="wordingRemove")
            remove.setAccessibleName(self.tr("Leave out: {0}").format(quoted))
            remove.setToolTip(self.tr("Take this sentence out of the message"))
            remove.setAutoDefault(True)
            remove.clicked.connect(lambda *_, r=row: self._choose(r, self.removed))
            layout.addWidget(remove, 0, Qt.AlignmentFlag.AlignBottom)
            self.remove_buttons.append(remove)
        self.buttons.append(button)
        self.labels.append(label)
        return box


class WarningsArea(QScrollArea):
    """The panel at its full height when the window has the room; on a short window (four
    problems at 760x600) it scrolls instead of squeezing each problem's words."""

    def __init__(self, panel: WordingPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panel = panel
        self.setWidget(panel)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the rewrite buttons
        self.setAccessibleName(panel.accessibleName())

    def _full_height(self, width: int) -> int:
        layout = self.panel.layout()
        return (
            layout.totalHeightForWidth(width)
            if layout.hasHeightForWidth()
            else (self.panel.sizeHint().height())
        )

    def sizeHint(self) -> QSize:
        width = self.viewport().width() if self.width() > 0 else self.panel.sizeHint().width()
        return QSize(self.panel.sizeHint().width(), self._full_height(max(width, 1)))

    def minimumSizeHint(self) -> QSize:
        """Room for one problem whole; the rest scrolls into view."""
        blocks = [
            b for b in self.panel.findChildren(QFrame, "wordingProblem") if b.isVisibleTo(self)
        ]
        first = blocks[0].heightForWidth(max(self.viewport().width(), 1)) if blocks else 0
        return QSize(0, min(first, self._full_height(max(self.viewport().width(), 1))))

    def show_problems(self, text: str, problems: list[WordingProblem]) -> None:
        self.panel.show_problems(text, problems)
        for button in self.panel.buttons + self.panel.remove_buttons:
            button.installEventFilter(self)
        self.setVisible(bool(problems))
        self.updateGeometry()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Tab onto a button scrolled out of view brings its problem into view, and the
        button itself last: a problem taller than the area would show only its words."""
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            self.ensureWidgetVisible(watched.parentWidget())
            self.ensureWidgetVisible(watched)
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()  # a new width wraps the words to a new height
