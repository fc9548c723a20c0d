"""listenPage: how they answered, and when they gave feedback, each point in their words."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from debrief.journal.practice import debriefs
from debrief.journal.practice.silence import silence_is_due
from debrief.journal.records import feedback
from debrief.ui import vocabulary
from debrief.ui.appearance import tone
from debrief.ui.plurals import counted
from debrief.ui.rejection_wizard.base import (
    Page,
    WizardPage,
    buddy,
    checked_value,
    exact_text,
    hint,
    parse_iso,
    radio_group,
)
from debrief.ui.rejection_wizard.endings import DeclinedPanel, NoReplyPanel
from debrief.ui.rejection_wizard.points_model import COLUMNS, PointsModel
from debrief.ui.rejection_wizard.reply_paste import ReplyPaste

FINISHING_RESPONSES = ("declined", "no_reply")


class ListenPage(WizardPage):
    def __init__(self, model: PointsModel, parent=None) -> None:
        super().__init__("listenPage", parent)
        self.setTitle(self.tr("Listen"))
        self.setSubTitle(self.tr("How did they answer?"))
        self.model = model
        self._loading = False
        self._kinds = list(vocabulary.point_kinds())
        self.response_group, self.response = radio_group(
            self,
            {
                "given": self.tr("They &gave feedback"),
                "declined": self.tr("They &declined"),
                "no_reply": self.tr("No reply &yet"),
            },
            "response",
        )
        self.note = hint(name="responseNote")
        self.reply = ReplyPaste()
        self.declined = DeclinedPanel()
        self.no_reply = NoReplyPanel()
        self.thanked = self.declined.thanked
        self.message = QLabel(objectName="pointsMessage", wordWrap=True)
        self.message.setStyleSheet(tone("warn"))
        self.panel = self._points_panel()
        self._build()
        self.response_group.idToggled.connect(lambda *_: self._response_changed())
        self.watch(self.thanked, *self.response.values())
        self.reply.edited.connect(self.edited)
        self.reply.read.connect(self._reply_read)
        self.reply.accepted.connect(self._add_points)
        self.declined.editor.edited.connect(self.edited)
        self.no_reply.editor.edited.connect(self.edited)
        self.watch(self.no_reply.sent, self.no_reply.sent_at, self.no_reply.close)
        self.no_reply.sent.toggled.connect(lambda *_: self._response_changed())
        model.dataChanged.connect(lambda *_: self.edited.emit())
        model.rowsInserted.connect(lambda *_: self.edited.emit())
        model.rowsRemoved.connect(lambda *_: self.edited.emit())
        self._response_changed()

    # -- building ------------------------------------------------------------------------
    def _points_panel(self) -> QWidget:
        panel = QWidget(objectName="pointsPanel")
        self.view = QTableView(objectName="pointsView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows pick a point
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.setAccessibleName(self.tr("Points they made"))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(COLUMNS.index("words"), QHeaderView.ResizeMode.Stretch)
        header.resizeSection(COLUMNS.index("kind"), 120)
        header.resizeSection(COLUMNS.index("theme"), 150)
        self.add_button = QPushButton(self.tr("&Add point"), objectName="addPoint")
        self.remove_button = QPushButton(self.tr("Remo&ve point"), objectName="removePoint")
        self.add_button.clicked.connect(self.add_point)
        self.remove_button.clicked.connect(self.remove_point)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        top = QHBoxLayout()
        top.addWidget(self.view, 1)
        top.addLayout(buttons)

        self.kind = QComboBox(objectName="pointKind")
        self.kind.addItems(list(vocabulary.point_kinds().values()))
        self.theme = QLineEdit(objectName="pointTheme")
        self.theme.setPlaceholderText(self.tr("e.g. Enthusiasm, or type a new theme"))
        self.completer = QCompleter([], self.theme)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.theme.setCompleter(self.completer)
        self.words = QPlainTextEdit(objectName="pointWords")
        self.words.setTabChangesFocus(True)
        self.words.setPlaceholderText(self.tr("Their words, as they said them"))
        editor = QFormLayout()
        kind_theme = QHBoxLayout()
        kind_theme.addWidget(self.kind)
        kind_theme.addWidget(buddy(self.tr("T&heme:"), self.theme))
        kind_theme.addWidget(self.theme, 1)
        editor.addRow(buddy(self.tr("&Kind:"), self.kind), kind_theme)
        editor.addRow(buddy(self.tr("What they &said:"), self.words), self.words)
        self.kind.currentIndexChanged.connect(lambda row: self._write("kind", self._kind_at(row)))
        self.theme.textEdited.connect(lambda text: self._write("theme", text))
        self.completer.activated.connect(lambda text: self._write("theme", text))
        self.words.textChanged.connect(lambda: self._write("words", exact_text(self.words)))
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())

        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top, 2)
        layout.addLayout(editor, 3)
        return panel

    def _build(self) -> None:
        answers = QHBoxLayout()
        for button in self.response.values():
            answers.addWidget(button)
        answers.addStretch()
        self.reminder = hint(
            self.tr(
                "While they talk: listen, write their words down as said, and don't debate, "
                "even where you disagree. It is one informed person's view of how you came "
                "across, and exactly what you asked for."
            ),
            "listenReminder",
        )
        layout = QVBoxLayout(self)
        layout.addLayout(answers)
        layout.addWidget(self.reminder)
        layout.addWidget(self.note)
        layout.addWidget(self.reply, 60)
        layout.addWidget(self.declined, 100)
        layout.addWidget(self.no_reply, 100)
        layout.addWidget(self.panel, 100)
        layout.addWidget(self.message)
        layout.addStretch(1)  # keeps the notes at the top while the points are hidden
        self.message.hide()

    # -- the points editor ---------------------------------------------------------------
    def _kind_at(self, row: int) -> str:
        return self._kinds[row] if 0 <= row < len(self._kinds) else self._kinds[0]

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def _write(self, key: str, value: str) -> None:
        if not self._loading:
            self.model.set_field(self.current_row(), key, value)

    def _show_current(self) -> None:
        row = self.current_row()
        has = row >= 0
        for widget in (self.kind, self.theme, self.words, self.remove_button):
            widget.setEnabled(has)
        point = self.model.point(row) if has else {"kind": "held_back", "theme": "", "words": ""}
        self._loading = True
        try:
            self.kind.setCurrentIndex(self._kinds.index(point["kind"]))
            self.theme.setText(point["theme"] or "")
            if exact_text(self.words) != point["words"]:
                self.words.setPlainText(point["words"] or "")
        finally:
            self._loading = False

    def select_row(self, row: int) -> None:
        self.view.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def add_point(self) -> None:
        row = self.model.add_point()
        self.select_row(row)
        self.words.setFocus(Qt.FocusReason.OtherFocusReason)
        self.message.hide()

    def remove_point(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        self.model.removeRows(row, 1)
        if self.model.rowCount():
            self.select_row(min(row, self.model.rowCount() - 1))
        self._show_current()

    # -- the answer ----------------------------------------------------------------------
    def response_value(self) -> str | None:
        return checked_value(self.response)

    def _response_changed(self) -> None:
        response = self.response_value()
        # While proposed points wait to be confirmed, they have the room; the list returns after.
        self.panel.setVisible(response == "given" and not self.reply.reviewing())
        self.reply.set_compact(self.panel.isVisibleTo(self))
        self.reminder.setVisible(response in (None, "given"))
        self.reply.setVisible(response in (None, "given"))
        self.declined.setVisible(response == "declined")
        self.no_reply.setVisible(response == "no_reply")
        if response == "declined" and self.wizard() is not None:
            self._redraft_thanks()
        if response == "no_reply" and self.wizard() is not None:
            data = self.wizard().data
            context = self.wizard().draft_context(data.get("interviewer_name"))
            self.no_reply.show_step(data, context)
        self.note.setVisible(response in FINISHING_RESPONSES)
        self.note.setText(
            {
                "declined": self.tr(
                    "That happens often, and it is not about you: many interviewers are not "
                    "allowed to give feedback, or worry it could turn into a debate. Asking "
                    "was still right, and it is recorded. A short thank-you keeps the door "
                    "open; Finish closes this debrief."
                ),
                "no_reply": self.tr(
                    "Silence is the most common answer, so this is normal. Finish to record "
                    "it; the debrief stays open, and “Continue debrief” brings you back "
                    "here if they reply."
                ),
            }.get(response or "", "")
            + self._so_far(response)
        )
        if response == "given" and self.model.rowCount() == 0 and not self.reply.reviewing():
            self.add_point()
        # QWizard re-reads nextId() (Next or Finish) only when told the page changed kind.
        self.setFinalPage(response in FINISHING_RESPONSES)
        self.completeChanged.emit()

    def _so_far(self, response: str | None) -> str:
        """The journal's own record, so silence and refusals look as common as they are."""
        if response not in FINISHING_RESPONSES:
            return ""
        wizard = self.wizard()  # its own request's asking is stored already: left out
        counts = debriefs.response_counts(self.journal, wizard.request_id if wizard else None)
        asked = sum(counts.values())
        if not asked:
            return ""
        given, silent = counts.get("given", 0), counts.get("no_reply", 0)
        declined = counts.get("declined", 0)
        return "\n\n" + self.tr(
            "So far in your journal, {asked}, {given}, {no_reply} and {declined}."
        ).format(
            asked=counted(self.tr("of %n request(s)", "", asked), asked),
            given=self.tr("%n got feedback", "", given),
            no_reply=self.tr("%n got no reply", "", silent),
            declined=self.tr("%n declined", "", declined),
        )

    # -- a pasted reply ------------------------------------------------------------------
    def _reply_read(self, shape: str) -> None:
        """A decline goes the declined way; anything else is feedback to confirm."""
        wanted = "declined" if shape == "declined" else "given"
        if self.response_value() != wanted:
            self.response[wanted].setChecked(True)
        self._response_changed()

    def _add_points(self, points: list[dict]) -> None:
        """Confirmed points join the list, after any row still left empty."""
        self.model.remove_empty()
        row = -1
        for point in points:
            row = self.model.add_point(point["kind"])
            for key in ("theme", "words"):
                self.model.set_field(row, key, point[key])
        if row >= 0:
            self.select_row(row - len(points) + 1)
        self._show_current()
        self.message.hide()
        self._response_changed()

    def _redraft_thanks(self) -> None:
        data = self.wizard().data  # fresh: entering this page collected every page
        context = self.wizard().draft_context(data.get("interviewer_name"))
        self.declined.redraft(context, data.get("interviewer_email") or "")

    def isComplete(self) -> bool:
        return self.response_value() is not None

    def nextId(self) -> int:
        return -1 if self.response_value() in FINISHING_RESPONSES else int(Page.CLARIFY)

    def validatePage(self) -> bool:
        """Leave out rows without words, saying so; feedback needs at least one point."""
        if self.response_value() != "given":
            return True
        if self.reply.reviewing():
            self.message.setText(
                self.tr(
                    "Points found in their reply are waiting: add the ticked ones first (with "
                    "none ticked, nothing is added)."
                )
            )
            self.message.show()
            return False
        skipped = self.model.remove_empty()
        self.wizard().skipped_empty += skipped
        self._show_current()
        if self.model.rowCount() == 0:
            self.message.setText(
                self.tr(
                    "Add at least one thing they said, in their words. If they have not "
                    "answered yet, choose “No reply yet”."
                )
            )
            self.add_point()
            self.message.show()
            return False
        self.message.setText(self.wizard().skipped_text())
        self.message.setVisible(bool(skipped))
        return True

    # -- the draft -----------------------------------------------------------------------
    def load(self, data: dict[str, Any]) -> None:
        self.completer.model().setStringList(feedback.theme_names(self.journal))
        response = data.get("response")
        if response in (None, "waiting") and _silent_too_long(data):
            response = "no_reply"  # the silence is why they came: its next step shows at once
        if response in self.response:
            self.response[response].setChecked(True)
        self.declined.load(data)
        self.no_reply.load(data)
        self.reply.load(data)
        if self.model.rowCount():
            self.select_row(0)
        self._show_current()

    def refresh(self) -> None:
        self.completer.model().setStringList(feedback.theme_names(self.journal))

    def store(self, data: dict[str, Any]) -> None:
        data["response"] = self.response_value() or "waiting"
        data["points"] = self.model.points()
        self.reply.store(data)
        if self.response_value() == "declined":
            self.declined.store(data)
        if self.response_value() == "no_reply":
            self.no_reply.store(data)


def _silent_too_long(data: dict[str, Any]) -> bool:
    """Asked, no reply recorded, and the wait the practice suggests is over."""
    asked_at = parse_iso(data.get("asked_at")) if data.get("asked") else None
    followed = parse_iso(data.get("followed_up_at"))
    return asked_at is not None and silence_is_due(asked_at, followed, dt.datetime.now())
