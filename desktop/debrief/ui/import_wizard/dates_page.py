"""Step 3, only when needed: does 04/03/2026 mean 4 March or April 3? The user decides."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QButtonGroup, QRadioButton, QVBoxLayout, QWidget

from debrief.journal.portability.csv_layouts import DATE_TARGETS
from debrief.journal.portability.csv_table import CsvTable
from debrief.journal.portability.dates import parse_date
from debrief.ui.import_wizard.base import ImportPage, hint

ORDERS = ("dmy", "mdy")


def example_value(table: CsvTable, header: str) -> str:
    """The first date in the column that reads differently day first and month first.

    Preferably one that is a real date both ways, so the two choices show two dates.
    """
    column = table.headers.index(header)
    differing = []
    for row in table.rows:
        value = row[column].strip()
        day_first, month_first = parse_date(value, "dmy"), parse_date(value, "mdy")
        if day_first != month_first:
            if day_first and month_first:
                return value
            differing.append(value)
    return differing[0] if differing else ""


def long_date(day: dt.date) -> str:
    """A date written out the user's way, with the month as a word: never ambiguous."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


class DatesPage(ImportPage):
    """Two choices, none preselected: a guess here would silently swap days and months."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("importDatesPage", parent)
        self.setTitle(self.tr("Which way round are the dates?"))
        self.explain = hint(
            self.tr(
                "Not sure? In the other app, look at an interview from the 13th day of a "
                "month or later: if it shows 25/03, its dates are day first; if it shows "
                "03/25, month first."
            ),
            name="datesExplain",
        )
        self.group = QButtonGroup(self)
        self.buttons = {
            "dmy": QRadioButton(objectName="dateOrder_dmy"),
            "mdy": QRadioButton(objectName="dateOrder_mdy"),
        }
        layout = QVBoxLayout(self)
        for position, order in enumerate(ORDERS):
            self.group.addButton(self.buttons[order], position)
            layout.addWidget(self.buttons[order])
            self.buttons[order].toggled.connect(self._toggled)
        self.mixed_note = hint(name="datesMixedNote")
        layout.addSpacing(6)
        layout.addWidget(self.mixed_note)
        layout.addSpacing(6)
        layout.addWidget(self.explain)
        layout.addStretch(1)

    def initializePage(self) -> None:
        dialog = self.dialog
        headers = [dialog.mapping[t] for t in DATE_TARGETS if dialog.mapping.get(t)]
        value = next(filter(None, (example_value(dialog.table, h) for h in headers)), "")
        self.setSubTitle(
            self.tr(
                "In this file a date such as {value} can be read two ways. Choose how the "
                "app or spreadsheet you exported from writes dates."
            ).format(value=value)
        )
        self.buttons["dmy"].setText(
            self.tr("&Day first: {value} is {date}").format(
                value=value, date=self._reading(value, "dmy")
            )
        )
        self.buttons["mdy"].setText(
            self.tr("&Month first: {value} is {date}").format(
                value=value, date=self._reading(value, "mdy")
            )
        )
        self.mixed_note.setText(
            self.tr(
                "Some dates in this file only make sense day first and others only month "
                "first. Rows whose date does not fit your choice are skipped, and the next "
                "step lists them."
            )
        )
        self.mixed_note.setVisible(dialog.detected_order() == "mixed")
        wanted = dialog.chosen_order
        self.group.setExclusive(False)  # lets both be unchecked until the user chooses
        for order, button in self.buttons.items():
            button.blockSignals(True)
            button.setChecked(order == wanted)
            button.blockSignals(False)
        self.group.setExclusive(True)

    def _reading(self, value: str, order: str) -> str:
        day = parse_date(value, order)
        return long_date(day) if day else self.tr("not a real date")

    def _toggled(self) -> None:
        checked = [order for order, button in self.buttons.items() if button.isChecked()]
        self.dialog.chosen_order = checked[0] if checked else None
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.dialog.chosen_order in ORDERS
