"""The CSV import wizard: file, column mapping, date order if needed, preview, report."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QWidget, QWizard

from debrief.journal.portability.csv_import import (
    ImportPlan,
    ImportReport,
    date_order_for,
    guess_mapping,
    preview_import,
)
from debrief.journal.portability.csv_table import CsvTable
from debrief.journal.portability.dates import CHOSEN_ORDERS, DateOrder
from debrief.journal.progress import Progress
from debrief.journal.store.journal import Journal
from debrief.ui.import_wizard.base import Step
from debrief.ui.import_wizard.dates_page import DatesPage
from debrief.ui.import_wizard.file_page import FilePage
from debrief.ui.import_wizard.mapping_page import MappingPage
from debrief.ui.import_wizard.preview_page import PreviewPage, ReportPage
from debrief.ui.screen_fit import fit_to_screen
from debrief.ui.work.runner import Job
from debrief.ui.work.wait import run_with_progress

QUESTION_ORDERS = ("ambiguous", "mixed")
#: Buttons that wait while the wizard's work runs (the progress dialog has Cancel).
WAITING_BUTTONS = (
    QWizard.WizardButton.BackButton,
    QWizard.WizardButton.NextButton,
    QWizard.WizardButton.CommitButton,
    QWizard.WizardButton.FinishButton,
    QWizard.WizardButton.CancelButton,
)


class ImportDialog(QWizard):
    """Imports interviews from another tracker's CSV file into the journal.

    The pages share the state kept here: the table read from the file, the column
    mapping, the date order and the plan. Nothing is written before the preview page's
    Import button; then every planned row lands in one transaction, which the journal
    announces to every open window. `path` opens a file straight away.

    """

    def __init__(
        self, journal: Journal, parent: QWidget | None = None, path: Path | str | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import interviews"))
        self.journal = journal
        self.table: CsvTable | None = None
        self.source: Path | None = None
        self.mapping: dict[str, str] = {}
        self.chosen_order: str | None = None
        self.plan: ImportPlan | None = None
        self.plan_rows: list[tuple] = []  # the preview's rows, made with the plan
        self.report: ImportReport | None = None
        self._detected: tuple[tuple, DateOrder] | None = None
        self.working: Progress | None = None  # the work running now, if any
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.dates_page = DatesPage(self)
        self.preview_page = PreviewPage(self)
        self.report_page = ReportPage(self)
        for step, page in (
            (Step.FILE, self.file_page),
            (Step.MAPPING, self.mapping_page),
            (Step.DATES, self.dates_page),
            (Step.PREVIEW, self.preview_page),
            (Step.REPORT, self.report_page),
        ):
            self.setPage(step, page)
        self.setStartId(Step.FILE)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        # Titles name the user's company and files: shown as written, never as markup.
        self.setTitleFormat(Qt.TextFormat.PlainText)
        self.setSubTitleFormat(Qt.TextFormat.PlainText)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        fit_to_screen(self, 760, 560)
        self.currentIdChanged.connect(lambda _id: QTimer.singleShot(0, self._focus_go_on))
        if journal.read_only:
            self.file_page.choose_button.setEnabled(False)
            self.file_page.show_problem(
                self.tr("This journal is read-only, so nothing can be imported into it.")
            )
            self.file_page.summary.hide()
        elif path is not None:
            self.load(Path(path))

    def _focus_go_on(self) -> None:
        """Enter goes on (Next, Import, Finish) instead of the first list on the page."""
        for which in (
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CommitButton,
            QWizard.WizardButton.NextButton,
        ):
            button = self.button(which)
            if button.isVisible() and button.isEnabled():
                button.setFocus()
                return
        if self.currentId() == Step.FILE:
            self.file_page.choose_button.setFocus()

    def load(self, path: Path) -> None:
        """Read `path` as if the user had chosen it on the first page."""
        self.file_page.load(Path(path))

    def set_table(
        self, table: CsvTable | None, path: Path | None, order: DateOrder | None = None
    ) -> None:
        """A new file: its guessed mapping, and no date answer or plan carried over.
        `order`, when known, is the guessed mapping's date order (read on the worker)."""
        self.table, self.source = table, path
        self.mapping = guess_mapping(table.headers) if table is not None else {}
        self.chosen_order = None
        self.plan = self.report = None
        self.plan_rows = []
        if table is not None and order is not None:
            self._detected = ((id(table), self.mapping.get("date")), order)

    def detected_order(self) -> DateOrder:
        """How the mapped date column orders day and month (cached: Qt asks often)."""
        if self.table is None:
            return "none"
        key = (id(self.table), self.mapping.get("date"))
        if self._detected is None or self._detected[0] != key:
            self._detected = (key, date_order_for(self.table, self.mapping))
        return self._detected[1]

    def date_question(self) -> bool:
        """True when the user must say which way round the dates are."""
        return self.detected_order() in QUESTION_ORDERS

    def date_order(self) -> str:
        detected = self.detected_order()
        if detected in CHOSEN_ORDERS:
            return detected
        if detected in QUESTION_ORDERS and self.chosen_order in CHOSEN_ORDERS:
            return self.chosen_order
        return "dmy"  # no day/month pair to settle: the order changes nothing

    def make_plan(
        self, role_placeholder: str, shown: Callable[[ImportPlan], list] | None = None
    ) -> ImportPlan:
        """What the import would do now, checked on a worker; raises ImportProblem when
        the mapping is incomplete, Cancelled when the user stopped the check.
        `shown(plan)`, the rows a page shows, is made on the worker too (`plan_rows`)."""
        assert self.table is not None
        table, mapping, order = self.table, self.mapping, self.date_order()

        def check(progress: Progress) -> tuple[ImportPlan, list]:
            plan = preview_import(
                self.journal,
                table,
                mapping,
                order,
                role_placeholder=role_placeholder,
                progress=progress,
            )
            return plan, shown(plan) if shown is not None else []

        self.plan, self.plan_rows = self.run(check, self.tr("Checking the rows"))
        return self.plan

    def run(self, job: Job, title: str) -> Any:
        """`job(progress)` on a worker, the wizard's buttons and page waiting meanwhile;
        its result, or what it raised (Cancelled when the user stopped it)."""
        page = self.currentPage()
        buttons = [self.button(which) for which in WAITING_BUTTONS]
        enabled = [button.isEnabled() for button in buttons]
        for widget in (page, *buttons):
            if widget is not None:
                widget.setEnabled(False)
        self.working = Progress()
        try:
            return run_with_progress(job, title, self, self.journal, progress=self.working)
        finally:
            self.working = None
            if page is not None:
                page.setEnabled(True)
            for button, was in zip(buttons, enabled, strict=True):
                button.setEnabled(was)

    def reject(self) -> None:
        """Esc or the close button while work runs stops the work; the wizard stays."""
        if self.working is not None:
            self.working.cancel()
            return
        super().reject()
