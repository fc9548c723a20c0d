"""clarifyPage: for each point, the clarifying question asked and the example received."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from debrief.journal.practice.clarify_questions import question_templates
from debrief.journal.practice.wording import Purpose, WordingProblem, check_message
from debrief.ui.appearance import tone
from debrief.ui.rejection_wizard.base import WizardPage, buddy, exact_text, hint
from debrief.ui.rejection_wizard.point_list import PointList
from debrief.ui.rejection_wizard.points_model import PointsModel
from debrief.ui.rejection_wizard.wording_panel import WordingPanel
from debrief.ui.translations import journal_text


class SuggestionList(QListWidget):
    """A list whose Enter uses the chosen question instead of pressing the wizard's Next."""

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class ClarifyPage(WizardPage):
    def __init__(self, model: PointsModel, parent=None) -> None:
        super().__init__("clarifyPage", parent)
        self.setTitle(self.tr("Clarify"))
        self.setSubTitle(
            self.tr("Where something was unclear, did you ask for an example? Both are optional.")
        )
        self.model = model
        self.question = QPlainTextEdit(objectName="clarifyQuestion")
        self.question.setTabChangesFocus(True)
        self.question.setPlaceholderText(
            self.tr("e.g. Could you give me an example of when I came across that way?")
        )
        self.example = QPlainTextEdit(objectName="clarifyExample")
        self.example.setTabChangesFocus(True)
        self.example.setPlaceholderText(self.tr("What they described, as they put it"))
        editor = QWidget()
        form = QVBoxLayout(editor)
        form.setContentsMargins(0, 0, 0, 0)
        self.suggestions = SuggestionList(objectName="clarifySuggestions")
        self.suggestions.setWordWrap(True)
        self.suggestions.setAlternatingRowColors(True)
        self.suggestions.setToolTip(self.tr("Click, or press Enter, to use this question"))
        self._inserted = QElapsedTimer()  # a double-click is one choice, not two
        self._last_inserted = ""
        self.suggestions.itemClicked.connect(self.use_suggestion)
        self.suggestions.itemActivated.connect(self.use_suggestion)
        form.addWidget(
            buddy(
                self.tr("S&uggested questions (click or press Enter to use one):"), self.suggestions
            )
        )
        form.addWidget(self.suggestions, 3)
        form.addWidget(buddy(self.tr("&Question you asked:"), self.question))
        form.addWidget(self.question, 2)
        # People argue with what they heard here, so the question is checked too.
        self.warnings = WordingPanel("clarifyWordingWarnings", self.question)
        self.warnings.chosen.connect(self._use_rewrite)
        self.wording = QLabel(objectName="clarifyWording", wordWrap=True)
        self.wording.setStyleSheet(tone("ok"))
        self._problems: list[WordingProblem] = []
        form.addWidget(self.warnings)
        form.addWidget(self.wording)
        # Two lines each at the least, so a short page makes room for every warning whole.
        for box in (self.suggestions, self.question, self.example):
            box.setMinimumHeight(2 * box.fontMetrics().lineSpacing() + 12)
        form.addWidget(buddy(self.tr("&Example they gave:"), self.example))
        form.addWidget(self.example, 2)
        self.points = PointList("clarifyPoints", model, lambda point: True, editor, self)
        self.skipped = QLabel(objectName="skippedNote", wordWrap=True)
        self.skipped.setStyleSheet(tone("warn"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.skipped)
        layout.addWidget(self.points, 1)
        layout.addWidget(
            hint(
                self.tr(
                    "A calm “Could you give me an example?” turns a vague impression into "
                    "something you can work on, and shows you are listening, not arguing."
                )
            )
        )
        self._loading = False
        self.points.list.currentRowChanged.connect(lambda *_: self._show_current())
        self.question.textChanged.connect(lambda: self._write("clarify_question", self.question))
        self.question.textChanged.connect(self._check_question)
        self.example.textChanged.connect(lambda: self._write("clarify_example", self.example))
        self.watch(self.question, self.example)

    def _write(self, key: str, edit: QPlainTextEdit) -> None:
        if not self._loading:
            self.model.set_field(self.points.model_row(), key, exact_text(edit))

    def _check_question(self) -> None:
        """Show each wording problem in the question, with its rewrite as a button."""
        text = exact_text(self.question)
        verdict = check_message(text, Purpose.CLARIFY)
        self._problems = verdict.problems
        self.warnings.show_problems(text, self._problems)
        line = None if self._problems else verdict.good_news or verdict.note
        self.wording.setText(("✓ " if verdict.good_news else "") + journal_text(line or ""))
        self.wording.setStyleSheet(tone("ok") if verdict.good_news else "")  # a note is plain
        self.wording.setVisible(bool(line))

    def _use_rewrite(self, row: int) -> None:
        text = exact_text(self.question)
        if not 0 <= row < len(self._problems):
            return
        problem = self._problems[row]
        self.question.setPlainText(text[: problem.start] + problem.suggestion + text[problem.end :])
        self.question.setFocus()

    def _fill_suggestions(self, point: dict) -> None:
        """The questions for this point's theme and kind, translated, the theme's own first."""
        self.suggestions.clear()
        if not point:
            return
        theme = (point.get("theme") or "").strip()
        for template in question_templates(theme or None, point.get("kind") or "held_back"):
            # The journal's questions are English marked for translation; tr() looks them up.
            self.suggestions.addItem(journal_text(template).format(theme=theme))

    def use_suggestion(self, item: QListWidgetItem) -> None:
        """Put the question where the cursor is (after what was typed), checked like any other."""
        if (
            item.text() == self._last_inserted
            and self._inserted.isValid()
            and self._inserted.elapsed() < QApplication.doubleClickInterval()
        ):
            return
        self._last_inserted = item.text()
        self._inserted.start()
        cursor = self.question.textCursor()
        text = exact_text(self.question)
        if text.strip() and cursor.position() == 0:
            cursor.movePosition(QTextCursor.MoveOperation.End)
        before = text[: cursor.position()]
        cursor.insertText((" " if before and not before[-1].isspace() else "") + item.text())
        self.question.setTextCursor(cursor)
        self.question.setFocus()

    def _show_current(self) -> None:
        row = self.points.model_row()
        point = self.model.point(row) if row >= 0 else {}
        self._fill_suggestions(point)
        self._loading = True
        try:
            self.question.setPlainText(point.get("clarify_question") or "")
            self.example.setPlainText(point.get("clarify_example") or "")
        finally:
            self._loading = False
        self.points.show_quote()
        self._check_question()

    def refresh(self) -> None:
        text = self.wizard().skipped_text()
        self.skipped.setText(text)
        self.skipped.setVisible(bool(text))
        self.points.reload()
        self._show_current()
