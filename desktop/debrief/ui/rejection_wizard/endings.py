"""What the listen page offers when they declined: a thank-you anyway, ready to send."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from debrief.journal.practice import drafts
from debrief.journal.practice.wording import Purpose
from debrief.ui.rejection_wizard.message_editor import MessageEditor


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
        self.editor.set_message(draft.subject, draft.body)

    def load(self, data: dict[str, Any]) -> None:
        self.thanked.setChecked(bool(data.get("thanked")))
        if data.get("response") == "declined" and data.get("thank_words"):
            self.editor.set_message(data.get("thank_subject") or "", data["thank_words"])
            self._auto = None

    def store(self, data: dict[str, Any]) -> None:
        data["thanked"] = self.thanked.isChecked()
        data["thank_subject"] = self.editor.subject.text()
        data["thank_words"] = self.editor.text()
