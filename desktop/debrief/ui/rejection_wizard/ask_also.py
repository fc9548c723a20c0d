"""The Ask page's "Ask <name> too": one click drafts the same request to another interviewer."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from debrief.journal.practice.second_request import ask_also, others_to_ask
from debrief.journal.store.journal import Journal
from debrief.journal.store.refusals import Refused
from debrief.ui.error_dialogs import show_problems


class AskAlsoRow(QWidget):
    """Shown once the user has asked someone and another interviewer is not asked yet."""

    drafted = Signal(int)  # the id of the new request

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="askAlsoRow")
        self.button = QPushButton(objectName="askAlsoButton")
        self.status = QLabel(objectName="askAlsoStatus", wordWrap=True)
        self.status.setStyleSheet("color: #2e6b30;")
        self.next_person: Mapping[str, Any] | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.status, 1)
        self.button.clicked.connect(self.ask)
        self._journal: Journal | None = None
        self._interview_id = 0
        self._request_id: int | None = None
        self._data: Callable[[], dict[str, Any]] = dict

    def bind(
        self,
        journal: Journal,
        interview_id: int,
        request_id: int,
        data: Callable[[], dict[str, Any]],
    ) -> None:
        """Where new requests go, which request the page shows, and how to read it now."""
        self._journal, self._interview_id, self._data = journal, interview_id, data
        self._request_id = request_id

    def follow(self, asked: bool, people: list[dict], chosen: object) -> None:
        """Offer the most senior interviewer not asked yet, once this request is asked."""
        others = (
            others_to_ask(self._journal, self._interview_id, people, chosen, self._request_id)
            if asked and self._journal is not None
            else []
        )
        self.next_person = others[0] if others else None
        self.button.setVisible(self.next_person is not None)
        if self.next_person is not None:
            name = self.next_person["name"]
            self.button.setText(self.tr("Ask {name} as &well").format(name=name))
            self.button.setToolTip(
                self.tr("Drafts this request to {name} too, as a separate request").format(
                    name=self.next_person["name"]
                )
            )
        self.setVisible(self.next_person is not None or bool(self.status.text()))

    def ask(self) -> int | None:
        """Make the second request; say where it waits. None (after saying why) if refused."""
        person = self.next_person
        if person is None or self._journal is None:
            return None
        data = self._data()
        try:
            request_id = ask_also(
                self._journal,
                self._interview_id,
                person["id"],
                data,
                data.get("interviewer_name") or "",
            )
        except Refused as exc:
            show_problems(self, exc.problems)
            return None
        self.status.setText(
            self.tr(
                "Your request to {name} is drafted. When this debrief is done, “Continue "
                "debrief” on this interview opens it, ready to send."
            ).format(name=person["name"])
        )
        self.drafted.emit(request_id)
        return request_id
