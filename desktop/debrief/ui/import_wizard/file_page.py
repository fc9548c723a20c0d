"""Step 1: choose the CSV file, read it, and show its first rows as the file holds them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from debrief.journal.portability.csv_decoding import REPLACE_BAD_BYTES, WINDOWS_1252
from debrief.journal.portability.csv_import import date_order_for, guess_mapping
from debrief.journal.portability.csv_table import (
    CsvTable,
    EncodingQuestion,
    ImportProblem,
    read_csv_file,
)
from debrief.journal.portability.dates import DateOrder
from debrief.journal.progress import READING_FILE, Cancelled, Progress
from debrief.ui.import_wizard.base import ImportPage, hint, journal_text, warning
from debrief.ui.import_wizard.csv_model import PREVIEW_ROWS, CsvTableModel
from debrief.ui.plurals import counted
from debrief.ui.save_places import start_folder


def ask_csv_path(parent: QWidget, caption: str, start: Path, filters: str) -> Path | None:
    """The file the user picked, or None. Tests replace this to skip the real file dialog."""
    chosen, _ = QFileDialog.getOpenFileName(parent, caption, str(start), filters)
    return Path(chosen) if chosen else None


class FilePage(ImportPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("importFilePage", parent)
        self.setTitle(self.tr("Choose a file to import"))
        self.setSubTitle(
            self.tr(
                "Bring in interviews from another job tracker or a spreadsheet saved as CSV. "
                "Nothing is added to your journal until the last step."
            )
        )
        self.path_edit = QLineEdit(objectName="importPathEdit", readOnly=True)
        self.path_edit.setPlaceholderText(self.tr("No file chosen yet"))
        self.path_edit.setAccessibleName(self.tr("File to import"))
        self.choose_button = QPushButton(self.tr("&Choose file…"), objectName="importChooseFile")
        self.choose_button.clicked.connect(self.choose_file)
        self.problem = warning("importFileProblem")
        self.encodings = self._encoding_choice()
        self._path: Path | None = None
        self.summary = hint(self.intro_text(), name="importFileSummary")
        self.model = CsvTableModel(self)
        self.table_view = QTableView(objectName="importFileTable")
        self.table_view.setModel(self.model)
        self.table_view.setAccessibleName(self.tr("First rows of the file"))
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.setWordWrap(False)
        self.table_view.setTabKeyNavigation(False)  # Tab moves on; arrows move in the table
        self.table_view.setAlternatingRowColors(True)
        self.table_view.hide()

        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addLayout(self.encoding_layout)
        layout.addWidget(self.summary)
        layout.addWidget(self.table_view, 1)
        layout.addStretch(0)

    def intro_text(self) -> str:
        return self.tr(
            "Debrief recognises exports from JobSync, Huntr, Teal, JustAJobApp, Reactive "
            "Resume and Simplify, and most spreadsheets with columns such as Company, Role and "
            "Date. Choose a file to see its first rows here."
        )

    def choose_file(self) -> None:
        current = Path(self.path_edit.text()).parent if self.path_edit.text() else None
        path = ask_csv_path(
            self,
            self.tr("Import interviews from CSV"),
            current or start_folder(),
            self.tr("CSV files (*.csv *.tsv *.txt);;All files (*)"),
        )
        if path is not None:
            self.load(path)

    def _encoding_choice(self) -> dict[str, QRadioButton]:
        """Two ways to read a file that is not clean UTF-8; none is chosen for the user."""
        buttons = {
            REPLACE_BAD_BYTES: QRadioButton(
                self.tr("Keep it as &UTF-8 and show each unreadable byte as �"),
                objectName="encodingReplace",
            ),
            WINDOWS_1252: QRadioButton(
                self.tr("Read the whole file as &Windows-1252 (Western European)"),
                objectName="encodingWindows1252",
            ),
        }
        self.encoding_group = QButtonGroup(self)
        self.encoding_layout = QVBoxLayout()
        self.encoding_layout.setContentsMargins(12, 0, 0, 0)
        for position, (choice, button) in enumerate(buttons.items()):
            self.encoding_group.addButton(button, position)
            self.encoding_layout.addWidget(button)
            button.toggled.connect(lambda on, c=choice: on and self._read(c))
            button.hide()
        return buttons

    def _show_encodings(self, shown: bool) -> None:
        self.encoding_group.setExclusive(False)  # lets both be unchecked until the user chooses
        for button in self.encodings.values():
            if not shown:
                button.blockSignals(True)
                button.setChecked(False)
                button.blockSignals(False)
            button.setVisible(shown)
        self.encoding_group.setExclusive(True)

    def load(self, path: Path) -> None:
        """Read `path` now, so a broken file is explained before any other step."""
        path = path.expanduser().absolute()
        self.path_edit.setText(str(path))
        self._path = path
        self._show_encodings(False)
        self._read(None)

    def _read(self, encoding: str | None) -> None:
        """Read the chosen file; `encoding` is the user's answer to an EncodingQuestion."""
        path = self._path
        assert path is not None
        try:
            table, order = self.dialog.run(
                lambda progress: _read(path, encoding, progress), self.tr("Reading the file")
            )
        except Cancelled:
            self.dialog.set_table(None, path)
            self._show_encodings(False)
            self.show_problem(self.tr("Reading the file was stopped. Choose it again to read it."))
            return
        except EncodingQuestion as exc:
            self.dialog.set_table(None, path)
            self.show_problem(journal_text(exc.template, exc.params))
            self.summary.hide()  # "choose a file" would only distract from the question
            self._show_encodings(True)
            return
        except ImportProblem as exc:
            self.dialog.set_table(None, path)
            self._show_encodings(False)
            self.show_problem(journal_text(exc.template, exc.params))
            return
        self.dialog.set_table(table, path, order)
        if encoding is None:
            self.problem.hide()  # after a choice, the question stays beside its answer
        self.summary.setText(self.summary_text(path, table))
        self.summary.show()
        self.model.set_table(table)
        self.table_view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            if self.table_view.columnWidth(column) > 260:
                self.table_view.setColumnWidth(column, 260)
        self.table_view.show()
        self.completeChanged.emit()

    def summary_text(self, path: Path, table: CsvTable) -> str:
        rows, columns = len(table.rows), len(table.headers)
        counts = {
            "name": path.name,
            "rows": counted(self.tr("%n row(s)", "", rows), rows),
            "columns": counted(self.tr("%n column(s)", "", columns), columns),
        }
        if len(table.rows) <= PREVIEW_ROWS:
            text = self.tr("{name} holds {rows} and {columns}, shown as the file has them:")
        else:
            text = self.tr(
                "{name} holds {rows} and {columns}. Here are the first {shown}, "
                "as the file has them:"
            )
        return text.format(shown=PREVIEW_ROWS, **counts)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        self.summary.setText(self.intro_text())
        self.model.set_table(None)
        self.table_view.hide()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.dialog.table is not None and not self.dialog.journal.read_only


def _read(path: Path, encoding: str | None, progress: Progress) -> tuple[CsvTable, DateOrder]:
    """Read the file on the worker, and how its dates order day and month under the
    guessed mapping (every value counts: too slow for the window's thread on a big file);
    a cancel while reading stops once it is read."""
    progress.begin(READING_FILE)
    table = read_csv_file(path, encoding)
    progress.check()
    return table, date_order_for(table, guess_mapping(table.headers))
