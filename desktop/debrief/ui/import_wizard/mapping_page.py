"""Step 2: which column of the file fills which field; known layouts arrive already set."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from debrief.journal.portability.csv_import import REQUIRED_TARGETS, missing_targets
from debrief.journal.portability.csv_layouts import EMPTY_MARKERS
from debrief.journal.portability.csv_table import CsvTable
from debrief.ui.import_wizard.base import ImportPage, Step, hint, warning

MAX_SAMPLE_CHARS = 40
#: The order the fields are listed in: what identifies an interview first.
SHOWN_ORDER = (
    "company",
    "role",
    "date",
    "applied",
    "stage",
    "outcome",
    "notes",
    "link",
    "contact",
    "email",
)


def sample_value(table: CsvTable, header: str) -> str:
    """The column's first real value, shortened, so the user sees what it holds."""
    column = table.headers.index(header)
    for row in table.rows:
        value = (row[column].strip().splitlines() or [""])[0].strip()
        if value and value.casefold() not in EMPTY_MARKERS:
            return value if len(value) <= MAX_SAMPLE_CHARS else value[:MAX_SAMPLE_CHARS] + "…"
    return ""


class MappingPage(ImportPage):
    """One combo per field. Values stay in Python lists indexed by the combo's position,
    never in the combo's item data (see docs/ARCHITECTURE.md, Known traps)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("importMappingPage", parent)
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(
            self.tr(
                "Tell Debrief which column holds each detail. Columns it recognised are "
                "already chosen; the company and the date are needed, the rest is optional."
            )
        )
        self.combos: dict[str, QComboBox] = {}
        self.samples: dict[str, QLabel] = {}
        self._values: list[str] = [""]
        self._table: CsvTable | None = None
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        for row, target in enumerate(SHOWN_ORDER):
            combo = QComboBox(objectName=f"mapping_{target}")
            combo.setMinimumContentsLength(18)
            combo.currentIndexChanged.connect(lambda _i, t=target: self._changed(t))
            label = QLabel(self._label(target))
            label.setBuddy(combo)
            sample = QLabel(objectName=f"sample_{target}")
            sample.setStyleSheet("color: palette(placeholder-text);")
            grid.addWidget(label, row, 0)
            grid.addWidget(combo, row, 1)
            grid.addWidget(sample, row, 2)
            self.combos[target], self.samples[target] = combo, sample
        grid.setColumnStretch(2, 1)
        self.status = hint(name="mappingStatus")
        self.missing = warning("mappingMissing")
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addSpacing(8)
        layout.addWidget(self.missing)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def _label(self, target: str) -> str:
        names = {
            "company": self.tr("&Company (needed):"),
            "role": self.tr("&Role:"),
            "stage": self.tr("Sta&ge reached:"),
            "date": self.tr("&Date (needed):"),
            "notes": self.tr("Note&s:"),
            "link": self.tr("&Link:"),
            "outcome": self.tr("&Outcome:"),
            "applied": self.tr("Date a&pplied (if no date):"),
            "contact": self.tr("Con&tact person:"),
            "email": self.tr("Contact &e-mail:"),
        }
        return names[target]

    def initializePage(self) -> None:
        table = self.dialog.table
        if table is None or table is self._table:
            return  # the same file as last time: keep the user's choices
        self._table = table
        self._values = ["", *table.headers]
        for target, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItems([self.tr("Not in this file"), *table.headers])
            header = self.dialog.mapping.get(target, "")
            combo.setCurrentIndex(self._values.index(header) if header in self._values else 0)
            combo.blockSignals(False)
            self._show_sample(target)
        self._update_status()

    def chosen(self, target: str) -> str:
        """The header chosen for `target`, or "" for none."""
        index = self.combos[target].currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else ""

    def choose(self, target: str, header: str) -> None:
        """Pick `header` (or "" for none) for `target`, as the user would."""
        self.combos[target].setCurrentIndex(self._values.index(header))

    def _changed(self, target: str) -> None:
        header = self.chosen(target)
        if header:
            self.dialog.mapping[target] = header
        else:
            self.dialog.mapping.pop(target, None)
        self._show_sample(target)
        self._update_status()

    def _show_sample(self, target: str) -> None:
        header = self.chosen(target)
        value = sample_value(self._table, header) if header and self._table else ""
        self.samples[target].setText(self.tr("e.g. {value}").format(value=value) if value else "")

    def _update_status(self) -> None:
        missing = missing_targets(self.dialog.mapping)
        if missing:
            self.missing.setText(self.missing_text(missing))
            self.missing.show()
            self.status.hide()
        else:
            self.missing.hide()
            self.status.setText(
                self.tr(
                    "Check that each detail comes from the right column, then continue. "
                    "Details set to “Not in this file” stay empty and can be filled in later."
                )
            )
            self.status.show()
        self.completeChanged.emit()

    def missing_text(self, missing: list[str]) -> str:
        if set(missing) >= set(REQUIRED_TARGETS):
            return self.tr(
                "Choose which columns hold the company and the date: Debrief needs both "
                "for every interview."
            )
        if "company" in missing:
            return self.tr(
                "Choose which column holds the company: Debrief needs it for every interview."
            )
        return self.tr("Choose which column holds the date: Debrief needs it for every interview.")

    def isComplete(self) -> bool:
        return self.dialog.table is not None and not missing_targets(self.dialog.mapping)

    def nextId(self) -> int:
        return Step.DATES if self.dialog.date_question() else Step.PREVIEW
