"""noticePage: how and when the user learned the outcome, and the ask deadline that follows."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QVBoxLayout

from debrief.ui.rejection_wizard import phrases
from debrief.ui.rejection_wizard.base import (
    WizardPage,
    checked_value,
    datetime_edit,
    hint,
    parse_iso,
    radio_group,
    set_when,
    when_of,
)

DEADLINE_REFRESH_MS = 30_000


class NoticePage(WizardPage):
    def __init__(self, parent=None) -> None:
        super().__init__("noticePage", parent)
        self.setTitle(self.tr("How did you hear?"))
        self.group, self.told = radio_group(
            self,
            {
                "phone": self.tr("By &phone"),
                "email": self.tr("By &e-mail"),
                "letter": self.tr("By &letter"),
                "never": self.tr("Ne&ver told"),
            },
            "told",
        )
        self.when = datetime_edit("noticeWhen")
        self.when_label = QLabel()
        self.when_label.setBuddy(self.when)
        self.never_box = self._never_box()
        self.deadline = QLabel(objectName="deadlineLabel", wordWrap=True)
        self.deadline.setStyleSheet("font-weight: bold;")
        self._build()
        self.group.idToggled.connect(lambda *_: self._update())
        self.when.dateTimeChanged.connect(lambda *_: self._update())
        self.watch(self.when, *self.told.values())
        self._timer = QTimer(self, interval=DEADLINE_REFRESH_MS)
        self._timer.timeout.connect(self._update)
        self._timer.start()

    def _never_box(self) -> QFrame:
        box = QFrame(objectName="neverToldBox")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(box)
        layout.addWidget(
            hint(
                self.tr(
                    "Many companies never say. Before asking for feedback, check where "
                    "things stand: a short, friendly note to the recruiter or your "
                    "interviewer is enough (“I wanted to follow up on my interview for "
                    "the role. Is there any news?”)."
                )
            )
        )
        layout.addWidget(
            hint(
                self.tr(
                    "Once they confirm, enter when you checked below: your 24 hours for "
                    "asking for advice start then."
                )
            )
        )
        return box

    def _build(self) -> None:
        told_row = QHBoxLayout()
        for button in self.told.values():
            told_row.addWidget(button)
        told_row.addStretch()
        form = QFormLayout()
        how = QLabel(self.tr("How were you told?"))
        form.addRow(how, told_row)
        when_row = QHBoxLayout()
        when_row.addWidget(self.when)
        when_row.addStretch()
        form.addRow(self.when_label, when_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.never_box)
        layout.addSpacing(8)
        layout.addWidget(self.deadline)
        layout.addWidget(
            hint(
                self.tr(
                    "Not being chosen is the usual outcome: most openings draw many strong "
                    "candidates and hire one. What you can still get is advice, and it is "
                    "most often given to people who ask soon and kindly."
                )
            )
        )
        layout.addStretch()

    def refresh(self) -> None:
        context = self.wizard().context
        self.setSubTitle(
            self.tr("{role} at {company}. Record the moment you learned it.").format(
                role=context["role"], company=context["company"]
            )
        )
        self._update()

    # -- state ---------------------------------------------------------------------------
    def told_via(self) -> str | None:
        return checked_value(self.told)

    def _update(self) -> None:
        via = self.told_via()
        never = via == "never"
        self.when_label.setText(self.tr("When you &checked:") if never else self.tr("&When:"))
        self.never_box.setVisible(never)
        told_at = self.when.dateTime().toPython()
        self.deadline.setText(phrases.deadline_text(via, told_at, dt.datetime.now()))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.told_via() is not None

    def load(self, data: dict[str, Any]) -> None:
        via = data.get("told_via")
        if via in self.told:
            self.told[via].setChecked(True)
        set_when(self.when, data.get("told_at"))
        self._update()

    def store(self, data: dict[str, Any]) -> None:
        data["told_via"] = self.told_via()
        data["told_at"] = when_of(self.when)

    def told_at(self) -> dt.datetime | None:
        return parse_iso(when_of(self.when))
