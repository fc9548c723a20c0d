"""What the listen page offers at each ending: thanks anyway, one follow-up, letting go."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QVBoxLayout, QWidget

from debrief.journal.practice import drafts
from debrief.journal.practice.silence import SilenceStep, silence_step
from debrief.journal.practice.wording import Purpose
from debrief.ui.rejection_wizard.base import datetime_edit, hint, parse_iso, set_when, when_of
from debrief.ui.rejection_wizard.message_editor import MessageEditor
from debrief.ui.vocabulary import day_words


class DeclinedPanel(QWidget):
    """A short thanks that accepts the answer, and whether the user thanked them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="declinedPanel")
        self._auto: tuple[str, str] | None = None
        self.thanked = QCheckBox(
            self.tr("I &thanked them for their time anyway"), objectName="declinedThanked"
        )
        self.editor = MessageEditor(
            "thankAnywayEdit",
            check=True,
            purpose=Purpose.THANK,
            warnings_name="thankAnywayWarnings",
        )
        self.editor.body.setAccessibleName(self.tr("Your thank-you anyway"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.thanked)
        layout.addWidget(self.editor, 1)

    def redraft(self, context: dict[str, Any], recipient: str, force: bool = False) -> None:
        """Fill the thanks from the template while the user has not changed it."""
        self.editor.recipient = recipient
        current = (self.editor.subject.text(), self.editor.text())
        if not force and current != self._auto and self.editor.text().strip():
            return
        draft = drafts.thank_anyway_draft(context)
        self._auto = (draft.subject, draft.body)
        self.editor.set_draft(draft)

    def load(self, data: dict[str, Any]) -> None:
        self.thanked.setChecked(bool(data.get("thanked")))
        if data.get("response") == "declined" and data.get("thank_words"):
            self.editor.set_message(data.get("thank_subject") or "", data["thank_words"])
            self._auto = None

    def store(self, data: dict[str, Any]) -> None:
        data["thanked"] = self.thanked.isChecked()
        data["thank_subject"] = self.editor.subject.text()
        data["thank_words"] = self.editor.text()


class NoReplyPanel(QWidget):
    """No reply: wait, then one polite follow-up, then let the request go kindly."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="noReplyPanel")
        self.step = SilenceStep.WAIT
        self._auto: tuple[str, str] | None = None
        self.advice = hint(name="silenceNote")
        self.sent = QCheckBox(self.tr("I &sent the follow-up"), objectName="followedUpCheck")
        self.sent_at = datetime_edit("followedUpAt")
        self.sent_at.setAccessibleName(self.tr("When you sent the follow-up"))
        self.close = QCheckBox(
            self.tr("&Close this request kindly: count it as silence"),
            objectName="closeSilence",
        )
        self.editor = MessageEditor(
            "followUpEdit",
            check=True,
            purpose=Purpose.FOLLOW_UP,
            warnings_name="followUpWarnings",
        )
        self.editor.body.setAccessibleName(self.tr("Your follow-up"))
        sent_row = QHBoxLayout()
        sent_row.addWidget(self.sent)
        sent_row.addWidget(self.sent_at)
        sent_row.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.advice)
        layout.addWidget(self.editor, 1)
        layout.addLayout(sent_row)
        layout.addWidget(self.close)
        self.sent.toggled.connect(self.sent_at.setEnabled)

    def show_step(self, data: dict[str, Any], context: dict[str, Any]) -> None:
        """Say where the silence stands and offer what is due now, and nothing more."""
        followed = self.sent_at.dateTime().toPython() if self.sent.isChecked() else None
        self.step, due = silence_step(parse_iso(data.get("asked_at")), followed, dt.datetime.now())
        day = day_words(due, "ddd yyyy-MM-dd") if due else ""
        self.advice.setText(
            {
                SilenceStep.WAIT: self.tr(
                    "Give them time: people are busy. If nothing comes by {day}, one short, "
                    "polite follow-up is fine."
                ),
                SilenceStep.FOLLOW_UP: self.tr(
                    "Five working days have passed. One short follow-up is fine, and only "
                    "one: here is a draft that lets them off kindly."
                ),
                SilenceStep.WAIT_AGAIN: self.tr(
                    "You followed up; that was the last nudge. If nothing comes by {day}, it "
                    "is time to let this one go."
                ),
                SilenceStep.LET_GO: self.tr(
                    "No reply after a follow-up. That is common and says nothing about you. "
                    "Close it kindly: it counts as silence and Debrief will not remind you "
                    "again."
                ),
            }[self.step].format(day=day)
        )
        offer = self.step is SilenceStep.FOLLOW_UP or self.sent.isChecked()
        self.editor.setVisible(offer)
        self.sent.setVisible(offer)
        self.sent_at.setVisible(offer)
        self.close.setVisible(self.step is SilenceStep.LET_GO)
        if offer:
            self.editor.recipient = data.get("interviewer_email") or ""
            current = (self.editor.subject.text(), self.editor.text())
            if current == self._auto or not self.editor.text().strip():
                draft = drafts.follow_up_draft(context)
                self._auto = (draft.subject, draft.body)
                self.editor.set_draft(draft)

    def load(self, data: dict[str, Any]) -> None:
        self.sent.setChecked(bool(data.get("followed_up_at")))
        self.sent_at.setEnabled(self.sent.isChecked())
        set_when(self.sent_at, data.get("followed_up_at"))
        self.close.setChecked(bool(data.get("close_silence")))

    def store(self, data: dict[str, Any]) -> None:
        data["followed_up_at"] = when_of(self.sent_at) if self.sent.isChecked() else None
        data["close_silence"] = self.close.isChecked() and self.close.isVisibleTo(self)
