"""What every wizard page shares: its place in the order, loading and storing the draft."""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
    QWizardPage,
)

if TYPE_CHECKING:
    from debrief.journal.store.journal import Journal


class Page(IntEnum):
    """The wizard's pages, in the order of the practice."""

    NOTICE = 0
    ASK = 1
    LISTEN = 2
    CLARIFY = 3
    THANK = 4
    IMPROVE = 5


#: The journal's WizardStep value for each page, and back.
STEPS = {
    Page.NOTICE: "notice",
    Page.ASK: "ask",
    Page.LISTEN: "listen",
    Page.CLARIFY: "clarify",
    Page.THANK: "thank",
    Page.IMPROVE: "improve",
}
PAGE_OF_STEP = {step: page for page, step in STEPS.items()}


class WizardPage(QWizardPage):
    """A page that fills its widgets from the draft and writes them back.

    `load` runs once when the wizard opens (so a resumed debrief shows what was typed
    on every page); `refresh` runs each time the page is entered, to follow earlier
    answers; `store` writes the widgets into the draft dict.
    """

    edited = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)

    @property
    def data(self) -> dict[str, Any]:
        return self.wizard().data

    @property
    def journal(self) -> Journal:
        return self.wizard().journal

    def load(self, data: dict[str, Any]) -> None:
        """Fill the widgets from the draft."""

    def store(self, data: dict[str, Any]) -> None:
        """Write the widgets into the draft."""

    def refresh(self) -> None:
        """Follow what earlier pages now say."""

    def initializePage(self) -> None:
        self.wizard().collect()
        self.refresh()

    def cleanupPage(self) -> None:
        """Going back keeps what was typed here (Qt would reset registered fields)."""

    def watch(self, *widgets: QWidget) -> None:
        """Report every edit in `widgets`, so the wizard can save the draft soon after."""
        for widget in widgets:
            if isinstance(widget, QPlainTextEdit):
                widget.textChanged.connect(self.edited)
            elif isinstance(widget, QLineEdit):
                widget.textEdited.connect(self.edited)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self.edited)
                if widget.isEditable():
                    widget.editTextChanged.connect(self.edited)
            elif isinstance(widget, QDateTimeEdit):
                widget.dateTimeChanged.connect(self.edited)
            elif isinstance(widget, QAbstractButton):
                widget.toggled.connect(self.edited)


def buddy(text: str, widget: QWidget) -> QLabel:
    """A label whose &-mnemonic moves the focus to `widget`."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def hint(text: str = "", name: str = "") -> QLabel:
    """A wrapped, quieter line of coaching."""
    label = QLabel(text, wordWrap=True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


def radio_group(
    parent: QWidget, choices: dict[str, str], name: str
) -> tuple[QButtonGroup, dict[str, QRadioButton]]:
    """Radio buttons over (stored value, label) choices; the value is kept in Python."""
    group = QButtonGroup(parent)
    buttons = {}
    for position, (value, label) in enumerate(choices.items()):
        button = QRadioButton(label, objectName=f"{name}_{value}")
        group.addButton(button, position)
        buttons[value] = button
    return group, buttons


def checked_value(buttons: dict[str, QRadioButton]) -> str | None:
    return next((value for value, b in buttons.items() if b.isChecked()), None)


def parse_iso(value: Any) -> dt.datetime | None:
    """A draft's ISO text (or a datetime) as a datetime; None when blank or unreadable."""
    if isinstance(value, dt.datetime):
        return value
    try:
        return dt.datetime.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        return None


def datetime_edit(name: str) -> QDateTimeEdit:
    """A local date and time in ISO order, with a calendar popup, defaulting to now."""
    edit = QDateTimeEdit(QDateTime.currentDateTime(), objectName=name, calendarPopup=True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    return edit


def set_when(edit: QDateTimeEdit, value: Any) -> None:
    when = parse_iso(value)
    edit.setDateTime(QDateTime(when) if when else QDateTime.currentDateTime())


def when_of(edit: QDateTimeEdit) -> str:
    return edit.dateTime().toPython().replace(second=0, microsecond=0).isoformat()


def exact_text(edit: QPlainTextEdit) -> str:
    """The text as typed or pasted: toPlainText() would turn no-break spaces into spaces."""
    return edit.document().toRawText().replace("\u2029", "\n")
