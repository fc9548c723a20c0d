"""Paste the interviewer's reply, read it into proposed points, and let the user confirm them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from debrief.journal.practice.reply_reader import ReplyShape, read_reply
from debrief.ui.plurals import counted
from debrief.ui.rejection_wizard.base import buddy, exact_text, hint
from debrief.ui.rejection_wizard.reply_proposals import (
    COLUMNS,
    KindDelegate,
    ProposalsModel,
    proposal,
)
from debrief.ui.translations import journal_text


def _t(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files every _t() text under ""


def shape_text(shape: str, count: int) -> str:
    """What the reader made of the reply, in kind words."""
    if shape == ReplyShape.DECLINED:
        return _t(
            "This reads as a polite “we don't give feedback”. That is common and not about "
            "you: the answer is recorded as declined, with a short thank-you below."
        )
    if shape == ReplyShape.GENERIC:
        return _t(
            "This reads as a general reason rather than feedback on your interview. One "
            "narrow, friendly question often brings something you can use:"
        )
    if count == 1:
        return _t("Debrief found 1 point. Check its kind, theme and words, then add it.")
    return _t(
        "Debrief found {n} points. Untick any that are not feedback, fix a kind, theme or "
        "word where needed, then add them."
    ).format(n=count)


class ReplyPaste(QWidget):
    """The paste box, the button that reads it, and the proposed points to confirm.

    `read` says the reply's shape after each reading; `accepted` hands over the ticked
    points (kind, theme, words) when the user adds them. Nothing is stored here.
    """

    read = Signal(str)
    accepted = Signal(list)
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shape: str = ""
        self.follow_up_text = ""
        self.paste = QPlainTextEdit(objectName="replyPaste")
        self.paste.setTabChangesFocus(True)
        self.paste.setPlaceholderText(
            self.tr(
                "Paste their e-mail, or your notes of the call, here. Greetings, signatures "
                "and quoted earlier mail are left out."
            )
        )
        self.paste.setAccessibleName(self.tr("Their reply"))
        self.paste.setMaximumHeight(110)
        self.split_button = QPushButton(
            self.tr("&Read it into points"), objectName="splitReplyButton"
        )
        self.shape_label = QLabel(objectName="replyShape", wordWrap=True)
        self.follow_up = QLabel(objectName="replyFollowUp", wordWrap=True)
        self.follow_up.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.follow_up.setStyleSheet("font-style: italic; padding: 2px 8px;")
        self.copy_follow_up = QPushButton(self.tr("Cop&y the question"), objectName="copyFollowUp")
        self.model = ProposalsModel(self)
        self.view = self._view()
        self.use_button = QPushButton(
            self.tr("Add the ti&cked points"), objectName="useReplyPoints"
        )
        self.status = hint(name="replyPasteStatus")
        self._build()
        self.split_button.clicked.connect(self.split)
        self.use_button.clicked.connect(self.use_ticked)
        self.copy_follow_up.clicked.connect(self._copy_follow_up)
        self.paste.textChanged.connect(self._paste_changed)
        self.model.dataChanged.connect(lambda *_: self.edited.emit())
        self._show_results()

    def _view(self) -> QTableView:
        view = QTableView(objectName="replyPointsView")
        view.setModel(self.model)
        view.setItemDelegateForColumn(COLUMNS.index("kind"), KindDelegate(view))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        view.setTabKeyNavigation(False)
        view.setWordWrap(True)
        view.verticalHeader().hide()
        view.setAccessibleName(self.tr("Points found in their reply"))
        header = view.horizontalHeader()
        header.setSectionResizeMode(COLUMNS.index("words"), QHeaderView.ResizeMode.Stretch)
        header.resizeSection(COLUMNS.index("kind"), 140)
        header.resizeSection(COLUMNS.index("theme"), 140)
        return view

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(buddy(self.tr("&Their reply, pasted (optional):"), self.paste), 1)
        top.addWidget(self.split_button)
        follow = QHBoxLayout()
        follow.addWidget(self.follow_up, 1)
        follow.addWidget(self.copy_follow_up, 0, Qt.AlignmentFlag.AlignTop)
        use = QHBoxLayout()
        use.addWidget(self.status, 1)
        use.addWidget(self.use_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.paste)
        layout.addWidget(self.shape_label)
        layout.addLayout(follow)
        layout.addWidget(self.view, 1)
        layout.addLayout(use)

    def set_compact(self, compact: bool) -> None:
        """A shorter paste box while the points list below needs the room."""
        self.paste.setMaximumHeight(64 if compact else 110)

    def reviewing(self) -> bool:
        """Whether proposed points wait for the user to confirm them."""
        return self.model.rowCount() > 0

    # -- reading -------------------------------------------------------------------------
    def _paste_changed(self) -> None:
        self.split_button.setEnabled(bool(exact_text(self.paste).strip()))
        self.edited.emit()

    def split(self) -> None:
        """Read the pasted reply: its shape, its points, and a follow-up for a generic one."""
        reply = read_reply(exact_text(self.paste))
        self.shape = reply.shape.value
        self.follow_up_text = reply.follow_up or ""
        self.model.set_proposals([proposal(point) for point in reply.points])
        self.status.clear()
        if reply.cut:
            self.status.setText(
                self.tr(
                    "This paste is very long, so Debrief read its first part only. If the "
                    "feedback is further down, paste just that part."
                )
            )
        self._show_results()
        self.view.resizeRowsToContents()
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, COLUMNS.index("kind")))
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.read.emit(self.shape)
        self.edited.emit()

    def _show_results(self) -> None:
        has_rows = self.model.rowCount() > 0
        # Once the points are added, only a shape that asks something more stays said.
        said = bool(self.shape) and (has_rows or self.shape != ReplyShape.SPECIFIC)
        self.shape_label.setText(shape_text(self.shape, self.model.rowCount()) if said else "")
        self.shape_label.setVisible(said)
        # The reader's questions are English marked for translation; tr() looks them up.
        follow_up = journal_text(self.follow_up_text)
        self.follow_up.setText(f"“{follow_up}”" if follow_up else "")
        self.follow_up.setVisible(bool(self.follow_up_text))
        self.copy_follow_up.setVisible(bool(self.follow_up_text))
        self.view.setVisible(has_rows)
        self.use_button.setVisible(has_rows)
        self.split_button.setEnabled(bool(exact_text(self.paste).strip()))

    def use_ticked(self) -> None:
        """Hand the ticked points over; the table empties, so nothing is added twice."""
        chosen = self.model.ticked()
        self.model.set_proposals([])
        if not chosen:
            text = self.tr("Nothing added: no point was ticked. Add points by hand below.")
        else:
            n = len(chosen)
            text = counted(
                self.tr("Added %n point(s) below. You can still edit or remove each one.", "", n),
                n,
            )
        self.status.setText(text)
        self._show_results()
        self.accepted.emit(chosen)
        self.edited.emit()

    def _copy_follow_up(self) -> None:
        QGuiApplication.clipboard().setText(journal_text(self.follow_up_text))
        self.status.setText(self.tr("Copied. Ask it in your reply, kindly and briefly."))

    # -- the draft -----------------------------------------------------------------------
    def load(self, data: dict[str, Any]) -> None:
        self.paste.setPlainText(data.get("reply_text") or "")
        self.shape = data.get("reply_shape") or ""
        self.follow_up_text = data.get("reply_follow_up") or ""
        proposals = data.get("reply_proposals") or []
        blank = {"use": True, "kind": "held_back", "theme": "", "words": ""}
        self.model.set_proposals([{**blank, **p} for p in proposals if isinstance(p, dict)])
        self._show_results()

    def store(self, data: dict[str, Any]) -> None:
        data["reply_text"] = exact_text(self.paste)
        data["reply_shape"] = self.shape
        data["reply_follow_up"] = self.follow_up_text
        data["reply_proposals"] = self.model.proposals()
