"""thankPage: whether and when the user thanked them, and a thank-you to say or send."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout

from debrief.journal.practice import drafts
from debrief.journal.practice.wording import Purpose
from debrief.ui.rejection_wizard.base import (
    Page,
    WizardPage,
    checked_value,
    datetime_edit,
    hint,
    radio_group,
    set_when,
    when_of,
)
from debrief.ui.rejection_wizard.message_editor import MessageEditor


class ThankPage(WizardPage):
    def __init__(self, parent=None) -> None:
        super().__init__("thankPage", parent)
        self.setTitle(self.tr("Thank them"))
        self.setSubTitle(
            self.tr(
                "Always thank them: they gave you their time and an honest view, and a kind "
                "close leaves the door open."
            )
        )
        self._auto: tuple[str, str] | None = None
        self._channel_chosen = False  # until the user picks, thanks go the way they asked
        self.thanked = QCheckBox(self.tr("I &thanked them"), objectName="thankedCheck")
        self.thanked_at = datetime_edit("thankedAt")
        self.thanked_at.setAccessibleName(self.tr("When you thanked them"))
        self.channel_group, self.channel = radio_group(
            self,
            {"email": self.tr("A note by e-m&ail"), "phone": self.tr("What to say on the p&hone")},
            "thankChannel",
        )
        # No parent yet: the layout places it, so Tab reaches it after the rows above it.
        self.editor = MessageEditor(
            "thankEdit", check=True, purpose=Purpose.THANK, warnings_name="thankWordingWarnings"
        )
        self.editor.body.setAccessibleName(self.tr("Your thank-you"))
        top = QHBoxLayout()
        top.addWidget(self.thanked)
        top.addWidget(self.thanked_at)
        top.addStretch()
        how = QHBoxLayout()
        how.addWidget(QLabel(self.tr("Thank-you draft:")))
        for button in self.channel.values():
            how.addWidget(button)
        how.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(how)
        layout.addWidget(self.editor, 1)
        layout.addWidget(
            hint(
                self.tr(
                    "Even when a point stung, thanking them is right: you asked for their view, "
                    "and they gave it."
                )
            )
        )
        self.thanked.toggled.connect(self.thanked_at.setEnabled)
        self.channel_group.idToggled.connect(lambda *_: self._channel_changed())
        self.channel_group.idClicked.connect(lambda *_: setattr(self, "_channel_chosen", True))
        self.editor.edited.connect(self.edited)
        self.watch(self.thanked, self.thanked_at, *self.channel.values())

    def channel_value(self) -> str:
        return checked_value(self.channel) or "email"

    def _channel_changed(self) -> None:
        self.editor.set_email(self.channel_value() == "email")
        self._redraft()

    def _redraft(self, force: bool = False) -> None:
        if self.wizard() is None:
            return
        current = (self.editor.subject.text(), self.editor.text())
        if not force and current != self._auto:
            return
        data = self.wizard().data
        draft = drafts.thank_draft(
            self.channel_value(), self.wizard().draft_context(data.get("interviewer_name"))
        )
        self._auto = (draft.subject, draft.body)
        self.editor.set_draft(draft)

    def load(self, data: dict[str, Any]) -> None:
        self.thanked.setChecked(bool(data.get("thanked")))
        self.thanked_at.setEnabled(self.thanked.isChecked())
        set_when(self.thanked_at, data.get("thanked_at"))
        self._channel_chosen = bool(data.get("thank_channel"))
        self.channel[data.get("thank_channel") or data.get("channel") or "email"].setChecked(True)
        if data.get("thank_words"):
            self.editor.set_message(data.get("thank_subject") or "", data["thank_words"])

    def refresh(self) -> None:
        data = self.wizard().data
        self.editor.recipient = data.get("interviewer_email") or ""
        if not self._channel_chosen:
            self.channel[data.get("channel") or "email"].setChecked(True)
        if not self.editor.text().strip():
            self._redraft(force=True)

    def nextId(self) -> int:
        """The improve page only when something held the user back."""
        return int(Page.IMPROVE) if self.wizard().has_held_back() else -1

    def store(self, data: dict[str, Any]) -> None:
        if data.get("response") == "declined":
            return  # the listen page asked about thanks; this page was skipped
        data["thanked"] = self.thanked.isChecked()
        data["thanked_at"] = when_of(self.thanked_at) if self.thanked.isChecked() else None
        data["thank_channel"] = self.channel_value() if self._channel_chosen else None
        data["thank_subject"] = self.editor.subject.text()
        data["thank_words"] = self.editor.text()
