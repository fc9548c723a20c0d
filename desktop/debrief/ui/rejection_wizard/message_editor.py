"""A message being drafted (request or thank-you): live wording check, copy, open in mail app."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QGuiApplication, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from debrief.journal.guidance import WordingProblem
from debrief.journal.practice import drafts
from debrief.journal.practice.wording import Purpose, check_message, removal_span
from debrief.ui.appearance import tone
from debrief.ui.rejection_wizard.base import exact_text, hint
from debrief.ui.rejection_wizard.wording_panel import WarningsArea, WordingPanel
from debrief.ui.template_editor import fallback_text
from debrief.ui.translations import journal_text

CHECK_DELAY_MS = 120  # typing stays smooth in a long text; a pause shows the warnings
_HIGHLIGHT = QColor("#ffe08a")


def utf16_offset(text: str, index: int) -> int:
    """Python index -> Qt cursor position (Qt counts UTF-16 units; emoji take two)."""
    return len(text[:index].encode("utf-16-le")) // 2


#: The fewest lines of the message always in view.
BODY_LINES = 4


class MessageEditor(QWidget):
    """Subject (e-mail only), body, and the wording warnings when `check` is on."""

    edited = Signal()

    def __init__(
        self,
        body_name: str,
        check: bool,
        parent: QWidget | None = None,
        purpose: Purpose = Purpose.REQUEST,
        warnings_name: str = "wordingWarnings",
        notice_name: str = "",
    ) -> None:
        super().__init__(parent)
        self.purpose = purpose
        self.recipient = ""
        self.problems: list[WordingProblem] = []
        self._checked = ""  # the text the problems were found in
        self._check_enabled = check
        self.subject = QLineEdit(objectName=f"{body_name}Subject")
        self.subject_label = QLabel(self.tr("&Subject:"))
        self.subject_label.setBuddy(self.subject)
        self.body = QPlainTextEdit(objectName=body_name)
        self.body.setTabChangesFocus(True)  # Tab moves on; the text itself needs no tabs
        # Its height is what is left once the warnings have theirs, four lines at least:
        # with several warnings the list of them scrolls, rather than the message the user
        # is writing shrinking to two lines around the caret.
        self.body.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.body.setMinimumHeight(self.body.fontMetrics().lineSpacing() * BODY_LINES + 12)
        self.body.installEventFilter(self)  # its caret stays in view as warnings come and go
        self.warnings = WordingPanel(warnings_name if check else "", self.body, self, True)
        self.warnings_area = WarningsArea(self.warnings, self)
        # Said when the user's edited template could not be used and the original was.
        self.template_notice = hint(name=notice_name or f"{body_name}TemplateNotice")
        self.template_notice.setStyleSheet(tone("warn"))
        self.ok_label = QLabel(objectName=f"{body_name}Ok", wordWrap=True)
        self.ok_label.setStyleSheet(tone("ok"))
        # "[your name]" left in a draft is easy to miss in a long text, and easy to send.
        self.gaps_label = QLabel(objectName=f"{body_name}Gaps", wordWrap=True)
        self.gaps_label.setStyleSheet(tone("warn"))
        self.copy_button = QPushButton(self.tr("&Copy text"), objectName=f"{body_name}Copy")
        self.mail_button = QPushButton(self.tr("&Open in mail app"), objectName=f"{body_name}Mail")
        # Beside two or four buttons, a note on one line was cut off ("Check it, th"): it wraps.
        self.status = QLabel(objectName=f"{body_name}Status", wordWrap=True)
        self._timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check_now)
        self._layout()
        self.subject.textEdited.connect(self.edited)
        self.body.textChanged.connect(self._body_changed)
        self.warnings.chosen.connect(self._apply_row)
        self.warnings.removed.connect(self._remove_row)
        self.copy_button.clicked.connect(self.copy)
        self.mail_button.clicked.connect(self.open_mail)
        self.set_email(True)
        self.check_now()

    def _layout(self) -> None:
        subject_row = QFormLayout()
        subject_row.setContentsMargins(0, 0, 0, 0)
        subject_row.addRow(self.subject_label, self.subject)
        # Pages may add their own buttons at the end of this row (ask page: the template).
        self.button_row = buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.mail_button)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.template_notice)
        layout.addLayout(subject_row)
        layout.addWidget(self.body, 3)
        layout.addWidget(self.warnings_area)
        layout.addWidget(self.ok_label)
        layout.addWidget(self.gaps_label)
        layout.addLayout(buttons)
        self.warnings_area.setVisible(False)
        self.ok_label.setVisible(False)
        self.gaps_label.setVisible(False)
        self.template_notice.setVisible(False)

    # -- content -------------------------------------------------------------------------
    def set_email(self, email: bool) -> None:
        """E-mails get a subject and the mail button; a call script needs neither."""
        self.subject.setVisible(email)
        self.subject_label.setVisible(email)
        self.mail_button.setVisible(email)

    def is_email(self) -> bool:
        return not self.subject.isHidden()

    def set_message(self, subject: str, body: str) -> None:
        self.subject.setText(subject)
        self.body.setPlainText(body)
        self.check_now()

    def set_draft(self, draft: drafts.Draft) -> None:
        """A fresh draft from its template; says so when the user's copy was set aside."""
        self.template_notice.setText(fallback_text(draft.problem, draft.unknown))
        self.template_notice.setVisible(draft.problem is not None)
        self.set_message(draft.subject, draft.body)

    def text(self) -> str:
        return exact_text(self.body)

    # -- the wording check ---------------------------------------------------------------
    def _body_changed(self) -> None:
        self.edited.emit()
        self.status.clear()  # "Copied." spoke of the text before this change
        if self._check_enabled:
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The message box shrinks when warnings appear under it, while the user types:
        keep the line being written in view rather than let it slide out of sight."""
        if watched is self.body and event.type() == QEvent.Type.Resize and self.body.hasFocus():
            QTimer.singleShot(0, self.body, self.body.ensureCursorVisible)
        return False

    def check_now(self) -> None:
        """Check the wording, list each problem and highlight its words in the editor."""
        self._timer.stop()
        if not self._check_enabled:
            return
        text = self.text()
        self._checked = text
        verdict = check_message(text, self.purpose)
        self.problems = verdict.problems
        self.warnings_area.show_problems(text, self.problems)
        self._highlight(text)
        # The journal's lines are English marked for translation; tr() looks them up here.
        line = verdict.good_news or verdict.note
        shown = "✓ " + journal_text(line) if verdict.good_news else journal_text(line or "")
        self.ok_label.setText(shown)
        self.ok_label.setStyleSheet(tone("ok") if verdict.good_news else "")  # a note is plain
        self.ok_label.setVisible(bool(line))
        self._show_gaps(text)

    def _show_gaps(self, text: str) -> None:
        """Name each bracketed gap the draft still has, once, in the order they come."""
        found = list(dict.fromkeys(text[start:end] for start, end in drafts.gaps(text)))
        self.gaps_label.setText(
            self.tr("Still to fill in: {gaps}.").format(gaps=", ".join(found)) if found else ""
        )
        self.gaps_label.setVisible(bool(found))

    def _highlight(self, text: str) -> None:
        """Mark each problem's sentence. The marks are document cursors, so Qt moves them
        with every edit: the highlight follows the sentence as the user types around it."""
        fmt = QTextCharFormat()
        fmt.setBackground(_HIGHLIGHT)
        fmt.setForeground(QColor("#1b1b1b"))  # dark words on the yellow, in a dark window too
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(QColor("#b35c00"))
        selections = []
        for problem in self.problems:
            cursor = QTextCursor(self.body.document())
            cursor.setPosition(utf16_offset(text, problem.start))
            cursor.setPosition(utf16_offset(text, problem.end), QTextCursor.MoveMode.KeepAnchor)
            cursor.setKeepPositionOnInsert(True)  # words typed after the sentence stay out
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
        self.body.setExtraSelections(selections)

    def highlighted(self) -> list[str]:
        """The highlighted sentences as they stand in the editor now."""
        return [
            s.cursor.selectedText().replace("\u2029", "\n") for s in self.body.extraSelections()
        ]

    def _apply_row(self, row: int) -> None:
        """A rewrite button was pressed: replace that sentence where it stands now.

        If the user typed elsewhere since the check, the highlight moved with the sentence
        and the rewrite goes there; if they changed the sentence itself, it is checked again.
        """
        if not 0 <= row < len(self.problems):
            return
        problem = self.problems[row]
        if self.text() == self._checked:
            self.apply(problem)
            return
        selections = self.body.extraSelections()
        flagged = self._checked[problem.start : problem.end]
        if row < len(selections) and self.highlighted()[row] == flagged:
            self._replace(QTextCursor(selections[row].cursor), problem.suggestion)
        else:
            self.check_now()

    def _remove_row(self, row: int) -> None:
        """ "Leave it out" was pressed: take that sentence out, with the spaces or the line
        it leaves behind (one undo step). Typed since the check: look again first."""
        text = self.text()
        if not 0 <= row < len(self.problems) or text != self._checked:
            self.check_now()
            return
        problem = self.problems[row]
        start, end = removal_span(text, problem.start, problem.end)
        cursor = QTextCursor(self.body.document())
        cursor.setPosition(utf16_offset(text, start))
        cursor.setPosition(utf16_offset(text, end), QTextCursor.MoveMode.KeepAnchor)
        self._replace(cursor, "")

    def apply(self, problem: WordingProblem) -> bool:
        """Replace the flagged words with the suggestion (one undo step); False if stale."""
        text = self.text()
        if text != self._checked:  # typed since the check: look again instead of guessing
            self.check_now()
            return False
        cursor = QTextCursor(self.body.document())
        cursor.setPosition(utf16_offset(text, problem.start))
        cursor.setPosition(utf16_offset(text, problem.end), QTextCursor.MoveMode.KeepAnchor)
        self._replace(cursor, problem.suggestion)
        return True

    def _replace(self, cursor: QTextCursor, suggestion: str) -> None:
        cursor.insertText(suggestion)
        self.body.setTextCursor(cursor)
        self.check_now()
        self.body.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- sending -------------------------------------------------------------------------
    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
        self.status.setText(self.tr("Copied. Paste it wherever you write to them."))

    def mailto(self) -> str:
        return drafts.mailto_url(self.recipient, self.subject.text(), self.text())

    def open_mail(self) -> None:
        from debrief.ui.mail_app import mail_app_known  # asked on the click, not at start

        if mail_app_known() is not False and QDesktopServices.openUrl(QUrl(self.mailto())):
            self.status.setText(self.tr("Opened in your mail app. Check it, then send."))
            return
        QGuiApplication.clipboard().setText(self.text())
        self.status.setText(
            self.tr(
                "No mail app is set up here, so the message is copied instead: paste it "
                "into your e-mail, webmail included."
            )
        )
