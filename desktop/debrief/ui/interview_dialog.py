"""The dialog that adds or edits one interview and the people who ran it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from debrief.journal.records import interviews
from debrief.journal.store.journal import Journal
from debrief.journal.store.refusals import Problem, Refused
from debrief.ui import vocabulary
from debrief.ui.screen_fit import fit_to_screen, scrolling

PEOPLE_FIELDS = ("name", "title", "email", "phone")


class InterviewDialog(QDialog):
    """Add (interview_id None) or edit an interview; saves through the journal on OK."""

    def __init__(
        self, journal: Journal, parent: QWidget | None = None, interview_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("interviewDialog")
        self.journal = journal
        self.interview_id = interview_id
        self.became_rejected = False
        self._before: dict[str, Any] = {}
        self._people_ids: list[int | None] = []
        self._choice_values: dict[str, list] = {}
        self.setWindowTitle(
            self.tr("New interview") if interview_id is None else self.tr("Edit interview")
        )
        self._build()
        if interview_id is not None:
            self._load(interview_id)
        fit_to_screen(self, 620, 640)

    # -- building ------------------------------------------------------------------------
    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)  # a row holding two fields would otherwise take the name
        return label

    def _beside(self, day: QWidget, time: QWidget) -> QWidget:
        """The date and the time of day on one form row, each with its own label."""
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(day, 1)
        line.addWidget(self._label(self.tr("&Time:"), time))
        line.addWidget(time, 1)
        return row

    def _combo(self, name: str, choices: dict) -> QComboBox:
        combo = QComboBox(objectName=name)
        combo.addItems([str(label) for label in choices.values()])
        self._choice_values[name] = list(choices)  # kept in Python: no currentData()
        return combo

    def _build(self) -> None:
        self.problems_label = QLabel(objectName="formProblems", wordWrap=True)
        self.problems_label.setStyleSheet("color: #a40000;")
        self.problems_label.hide()
        self.company = QLineEdit(objectName="companyEdit", maxLength=interviews.MAX_SHORT_TEXT)
        self.role = QLineEdit(objectName="roleEdit", maxLength=interviews.MAX_SHORT_TEXT)
        self.company.setPlaceholderText(self.tr("e.g. Northwind Traders"))
        self.role.setPlaceholderText(self.tr("e.g. Data analyst"))
        self.stage = self._combo("stageCombo", vocabulary.stages())
        self.date = QDateEdit(QDate.currentDate(), objectName="dateEdit", calendarPopup=True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        today = dt.date.today()
        self.date.setDateRange(QDate(1950, 1, 1), QDate(today.year + 5, today.month, 1))
        self.feeling = self._combo(
            "feelingCombo", {None: self.tr("Not rated"), **vocabulary.feelings()}
        )
        self.outcome = self._combo("outcomeCombo", vocabulary.outcomes())
        self.time = QLineEdit(objectName="timeEdit", maxLength=5)
        self.time.setPlaceholderText(self.tr("e.g. 14:30 (optional)"))
        self.format = self._combo(
            "formatCombo", {None: self.tr("Not set"), **vocabulary.round_formats()}
        )
        self.source = QLineEdit(objectName="sourceEdit", maxLength=interviews.MAX_SHORT_TEXT)
        self.source.setPlaceholderText(self.tr("e.g. a job board, a referral, a recruiter"))
        self.applied_on = QLineEdit(objectName="appliedOnEdit", maxLength=10)
        self.applied_on.setPlaceholderText(self.tr("yyyy-mm-dd (optional)"))
        self.link = QLineEdit(objectName="linkEdit")
        self.link.setPlaceholderText(self.tr("Job posting address (optional)"))
        self.notes = QPlainTextEdit(objectName="notesEdit")
        self.notes.setTabChangesFocus(True)  # Tab moves on, so the form is not a keyboard trap
        self.notes.setPlaceholderText(self.tr("What was asked, what you answered, how it felt"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for label, widget in (
            (self.tr("&Company:"), self.company),
            (self.tr("&Role:"), self.role),
            (self.tr("Stag&e reached:"), self.stage),
            (date_label := QLabel(self.tr("&Date:")), self._beside(self.date, self.time)),
            (self.tr("For&mat:"), self.format),
            (self.tr("How it &felt:"), self.feeling),
            (self.tr("&Outcome:"), self.outcome),
            (self.tr("&Link:"), self.link),
            (self.tr("Found &via:"), self.source),
            (self.tr("A&pplied on:"), self.applied_on),
            (self.tr("&Notes:"), self.notes),
        ):
            form.addRow(label, widget)
        date_label.setBuddy(self.date)  # the row holds two fields: the label names the date

        fields = QWidget()
        layout = QVBoxLayout(fields)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.problems_label)
        layout.addLayout(form, 3)
        people = self._build_people()
        people_label = QLabel(self.tr("&Interviewers:"))
        people_label.setBuddy(self.people)  # Alt+I reaches the table from anywhere
        layout.addWidget(people_label)
        layout.addWidget(people, 2)
        outer = QVBoxLayout(self)
        outer.addWidget(scrolling(fields, "interviewFields"), 1)  # Save stays in view
        outer.addWidget(self._buttons())

    def _buttons(self) -> QDialogButtonBox:
        """Save answers Ctrl+S and Alt+S; Cancel answers Esc (its C is Company's)."""
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Save"))
        save.setToolTip(self.tr("Save (Ctrl+S)"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        shortcut.activated.connect(self.accept)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        return buttons

    def _build_people(self) -> QWidget:
        box = QWidget()
        self.people = QTableWidget(0, len(PEOPLE_FIELDS), objectName="interviewersTable")
        self.people.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Title"), self.tr("E-mail"), self.tr("Phone")]
        )
        self.people.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.people.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people.setAccessibleName(self.tr("Interviewers"))
        # Tab leaves the table (arrows move between cells); with Tab kept for the cells, a
        # table with rows would hold the keyboard's focus for ever. Editing a cell, Tab still
        # moves on to the next cell.
        self.people.setTabKeyNavigation(False)
        add = QPushButton(self.tr("&Add interviewer"), objectName="addInterviewer")
        remove = QPushButton(self.tr("Remove intervie&wer"), objectName="removeInterviewer")
        add.clicked.connect(lambda: self.add_person({}))
        remove.clicked.connect(self._remove_person)
        buttons = QVBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.people)
        row.addLayout(buttons)
        return box

    def add_person(self, person: dict[str, Any]) -> None:
        row = self.people.rowCount()
        self.people.insertRow(row)
        self._people_ids.append(person.get("id"))
        for column, key in enumerate(PEOPLE_FIELDS):
            self.people.setItem(row, column, QTableWidgetItem(person.get(key) or ""))
        if not person:
            self.people.setCurrentCell(row, 0)
            self.people.editItem(self.people.item(row, 0))

    def _remove_person(self) -> None:
        row = self.people.currentRow()
        if row >= 0:
            self.people.removeRow(row)
            del self._people_ids[row]

    # -- data ----------------------------------------------------------------------------
    def _select(self, combo: QComboBox, value: Any) -> None:
        values = self._choice_values[combo.objectName()]
        combo.setCurrentIndex(values.index(value) if value in values else 0)

    def _selected(self, combo: QComboBox) -> Any:
        return self._choice_values[combo.objectName()][combo.currentIndex()]

    def _load(self, interview_id: int) -> None:
        record = interviews.get_interview(self.journal, interview_id) or {}
        self._before = record
        self.company.setText(record.get("company", ""))
        self.role.setText(record.get("role", ""))
        self._select(self.stage, record.get("stage"))
        day = record.get("date")
        if isinstance(day, dt.date):
            self.date.setDate(QDate(day.year, day.month, day.day))
        self._select(self.feeling, record.get("feeling"))
        self._select(self.outcome, record.get("outcome"))
        self.link.setText(record.get("link", ""))
        self.time.setText(record.get("time") or "")
        self._select(self.format, record.get("format"))
        self.source.setText(record.get("source") or "")
        applied = record.get("applied_on")
        self.applied_on.setText(applied.isoformat() if isinstance(applied, dt.date) else "")
        self.notes.setPlainText(record.get("notes", ""))
        for person in record.get("interviewers", []):
            self.add_person(person)

    def fields(self) -> dict[str, Any]:
        qdate = self.date.date()
        return {
            "company": self.company.text(),
            "role": self.role.text(),
            "stage": self._selected(self.stage),
            "date": dt.date(qdate.year(), qdate.month(), qdate.day()),
            "feeling": self._selected(self.feeling),
            "outcome": self._selected(self.outcome),
            "link": self.link.text(),
            "time": self.time.text().strip() or None,
            "format": self._selected(self.format),
            "source": self.source.text(),
            "applied_on": self.applied_on.text().strip() or None,
            "notes": self.notes.toPlainText(),
        }

    def people_rows(self) -> list[dict[str, Any]]:
        """The interviewers typed in; rows left entirely blank are ignored."""
        out = []
        for row in range(self.people.rowCount()):
            values = {
                key: (self.people.item(row, col).text() if self.people.item(row, col) else "")
                for col, key in enumerate(PEOPLE_FIELDS)
            }
            if any(v.strip() for v in values.values()):
                out.append({"id": self._people_ids[row], **values})
        return out

    def show_problems(self, problems: list[Problem]) -> None:
        lines = [vocabulary.problem_message(p.field, p.code) for p in problems]
        self.problems_label.setText("\n".join(dict.fromkeys(lines)))
        self.problems_label.show()
        widgets = {
            "company": self.company,
            "role": self.role,
            "date": self.date,
            "notes": self.notes,
            "link": self.link,
            "time": self.time,
            "source": self.source,
            "applied_on": self.applied_on,
        }
        for problem in problems:
            if problem.field in widgets:
                widgets[problem.field].setFocus(Qt.FocusReason.OtherFocusReason)
                break

    def accept(self) -> None:
        fields = self.fields()
        try:
            saved = interviews.save_interview(
                self.journal, fields, self.people_rows(), self.interview_id
            )
        except Refused as exc:
            self.show_problems(exc.problems)
            return
        self.became_rejected = (
            fields["outcome"] == "rejected" and self._before.get("outcome") != "rejected"
        )
        self.interview_id = saved
        super().accept()
