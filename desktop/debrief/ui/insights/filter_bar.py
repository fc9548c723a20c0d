"""The filters every insights chart shares: a date range, a stage and a company."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QPushButton, QWidget

from debrief.journal.insights import counts as insights
from debrief.ui import vocabulary


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class FilterBar(QWidget):
    """Date range, stage and company, shared by every chart; `changed` on any edit."""

    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("insightsFilters")
        today = QDate.currentDate()
        self.use_from = QCheckBox(self.tr("From"), objectName="insightsUseFrom")
        self.date_from = self._date_edit("insightsFrom", today.addYears(-1))
        self.use_to = QCheckBox(self.tr("to"), objectName="insightsUseTo")
        self.date_to = self._date_edit("insightsTo", today)
        self.stage = QComboBox(objectName="insightsStage")
        self.stage.addItem(self.tr("All stages"), "")
        for code, label in vocabulary.stages().items():
            self.stage.addItem(label, code)
        self.stage.setAccessibleName(self.tr("Stage"))
        self.company = QComboBox(objectName="insightsCompany", editable=True)
        self.company.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.company.lineEdit().setPlaceholderText(self.tr("All companies"))
        self.company.lineEdit().setClearButtonEnabled(True)
        self.company.setMinimumContentsLength(16)
        self.company.setAccessibleName(self.tr("Company"))
        self.company.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.company.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.reset = QPushButton(self.tr("Show everything"), objectName="insightsReset")
        self._known: set[str] = set()
        self._applied_company = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.use_from, self.date_from, self.use_to, self.date_to):
            layout.addWidget(widget)
        layout.addSpacing(12)
        layout.addWidget(self.stage)
        layout.addWidget(self.company)
        layout.addWidget(self.reset)
        layout.addStretch()
        self._connect()

    def _date_edit(self, name: str, day: QDate) -> QDateEdit:
        edit = QDateEdit(day, objectName=name, calendarPopup=True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setAccessibleName(
            self.tr("From date") if name.endswith("From") else self.tr("To date")
        )
        return edit

    def _connect(self) -> None:
        for box in (self.use_from, self.use_to):
            box.toggled.connect(self.changed)
        # Picking a date means the user wants that limit: tick its box for them.
        self.date_from.dateChanged.connect(lambda _d: self._date_picked(self.use_from))
        self.date_to.dateChanged.connect(lambda _d: self._date_picked(self.use_to))
        self.stage.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.company.currentTextChanged.connect(self._company_typed)
        self.company.lineEdit().editingFinished.connect(self._company_finished)
        self.reset.clicked.connect(self.clear)

    def _date_picked(self, box: QCheckBox) -> None:
        if box.isChecked():
            self.changed.emit()
        else:
            box.setChecked(True)  # emits changed through toggled

    def _company_typed(self, text: str) -> None:
        """Apply while typing only once the text names a known company (or is cleared)."""
        if not text.strip() or text.strip().casefold() in self._known:
            self._apply_company()

    def _company_finished(self) -> None:
        self._apply_company()

    def _apply_company(self) -> None:
        text = self.company.currentText().strip()
        if text != self._applied_company:
            self._applied_company = text
            self.changed.emit()

    def set_companies(self, names: list[str]) -> None:
        """Offer these companies, keeping whatever the user has typed."""
        text = self.company.currentText()
        self.company.blockSignals(True)
        self.company.clear()
        self.company.addItem("")
        self.company.addItems(names)
        self.company.setEditText(text)
        self.company.blockSignals(False)
        self._known = {n.casefold() for n in names}

    def filters(self) -> insights.Filters:
        return insights.Filters(
            date_from=_pydate(self.date_from.date()) if self.use_from.isChecked() else None,
            date_to=_pydate(self.date_to.date()) if self.use_to.isChecked() else None,
            stage=self.stage.currentData() or None,
            company=self._applied_company or None,
        )

    def is_active(self) -> bool:
        return self.filters() != insights.Filters()

    def clear(self) -> None:
        """Back to the whole journal, with one `changed` at the end."""
        widgets = (self.use_from, self.use_to, self.stage, self.company)
        for widget in widgets:
            widget.blockSignals(True)
        self.use_from.setChecked(False)
        self.use_to.setChecked(False)
        self.stage.setCurrentIndex(0)
        self.company.setEditText("")
        self._applied_company = ""
        for widget in widgets:
            widget.blockSignals(False)
        self.changed.emit()
