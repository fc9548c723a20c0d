"""The CSV import wizard driven as a user would: what they see on each step, what lands."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QWizard

from debrief.journal.portability.csv_import import IMPORT_FAILED, TARGETS
from debrief.journal.portability.csv_table import ImportProblem, read_csv_file
from debrief.journal.store.models import Interview
from debrief.ui.import_dialog import ImportDialog
from debrief.ui.import_wizard import file_page, mapping_page, preview_page
from debrief.ui.import_wizard.base import Step
from debrief.ui.import_wizard.csv_model import CsvTableModel

DATA = Path(__file__).parents[1] / "journal" / "data"
NEXT = QWizard.WizardButton.NextButton
IMPORT = QWizard.WizardButton.CommitButton
FINISH = QWizard.WizardButton.FinishButton
d = dt.date


@pytest.fixture
def wizard(qtbot, journal):
    """Opens the import wizard on a file, shown as the user sees it."""

    def open_on(path: Path | None = None) -> ImportDialog:
        dialog = ImportDialog(journal, path=path)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return open_on


def press(qtbot, dialog: ImportDialog, which: QWizard.WizardButton) -> None:
    button = dialog.button(which)
    assert button.isVisible() and button.isEnabled(), f"{button.text()} is not available"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def import_all(qtbot, dialog: ImportDialog) -> None:
    """Next until the preview, then Import: what a user does when nothing needs changing."""
    while dialog.currentId() != Step.PREVIEW:
        press(qtbot, dialog, NEXT)
    press(qtbot, dialog, IMPORT)
    assert dialog.currentId() == Step.REPORT


def stored() -> list[tuple]:
    query = Interview.select(
        Interview.company, Interview.role, Interview.date, Interview.outcome
    ).order_by(Interview.date, Interview.company)
    return list(query.tuples())


def shown(label: QLabel) -> str:
    return label.text() if label.isVisible() else ""


def items(widget: QListWidget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]


LAYOUTS = {
    "jobsync.csv": [
        ("Northwind Traders", "Backend Engineer", d(2026, 1, 7), "pending"),
        ("Contoso", "Data Analyst", d(2026, 1, 12), "rejected"),
        ("Tailspin Toys", "Frontend Developer", d(2026, 1, 21), "offer"),
        ("Adventure Works", "Platform Engineer", d(2026, 2, 11), "no_response"),
        ("Wide World Importers", "Role not recorded", d(2026, 2, 15), "no_response"),
    ],
    "reactive_resume.csv": [
        ("Litware", "Machine Learning Engineer", d(2026, 2, 3), "pending"),
        ("Proseware", "Staff Engineer", d(2026, 2, 10), "pending"),
        ("Lucerne Publishing", "Editor", d(2026, 2, 18), "pending"),
        ("Margie's Travel", "Product Manager", d(2026, 2, 24), "rejected"),
        ("Coho Winery", "Sommelier", d(2026, 3, 1), "pending"),
    ],
    "simplify.csv": [
        ("Alpine Ski House", "Data Engineer", d(2026, 1, 28), "offer"),
        ("Woodgrove Bank", "Engineer, Payments", d(2026, 2, 2), "rejected"),
        ("Fourth Coffee", "Security Engineer", d(2026, 2, 17), "withdrawn"),
        ("City Power & Light", "Full Stack Engineer", d(2026, 3, 3), "pending"),
        ("Blue Yonder", "Software Engineer II", d(2026, 3, 14), "pending"),
    ],
    "huntr.csv": [
        ("Northwind Traders", "Backend Engineer", d(2026, 1, 7), "pending"),
        ("Contoso", "Role not recorded", d(2026, 1, 12), "pending"),
        ("Tailspin Toys", "Frontend Developer", d(2026, 1, 21), "rejected"),
        ("Litware", "Data Engineer", d(2026, 2, 3), "offer"),
    ],
    "teal.csv": [
        ("Blue Yonder", "Software Engineer", d(2026, 3, 2), "pending"),
        ("Woodgrove Bank", "Payments Engineer", d(2026, 3, 5), "pending"),
        ("Fourth Coffee", "Barista Lead", d(2026, 3, 9), "rejected"),
        ("City Power & Light", "Engineer", d(2026, 3, 12), "withdrawn"),
        ("Graphic Design Institute", "Designer", d(2026, 3, 15), "no_response"),
    ],
    "teal_status_json.csv": [
        ("Proseware", "Staff Engineer", d(2026, 4, 1), "pending"),
        ("Coho Winery", "Sommelier", d(2026, 4, 3), "offer"),
        ("Margie's Travel", "Product Manager", d(2026, 4, 6), "rejected"),
        ("Lucerne Publishing", "Editor", d(2026, 4, 8), "pending"),
    ],
    "justajobapp.csv": [
        ("Northwind Careers", "Role not recorded", d(2026, 2, 2), "pending"),
        ("Northwind Careers", "Role not recorded", d(2026, 2, 10), "pending"),
        ("Adatum Talent", "Role not recorded", d(2026, 2, 20), "rejected"),
    ],
    "german_tracker.csv": [
        ("Zürich Versicherung", "Ingenieurin", d(2026, 2, 5), "pending"),
        ("Bäckerei Schmidt", "Filialleitung", d(2026, 2, 12), "pending"),
        ("Müller & Söhne GmbH", "Entwickler", d(2026, 2, 17), "rejected"),
        ("Stadtwerke Köln", "Datenanalyst", d(2026, 3, 4), "offer"),
        ("Autohaus Krüger", "Verkäufer", d(2026, 3, 25), "withdrawn"),
    ],
    "bom_semicolon.csv": [
        ("Zürich Versicherung", "Ingenieur", d(2026, 3, 4), "pending"),
        ("Société Générale", "Développeur Python", d(2026, 3, 25), "rejected"),
        ("天堂 Studio", "Designer", d(2026, 4, 1), "pending"),
    ],
}


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_each_known_layout_imports_without_changing_anything(qtbot, wizard, journal, name):
    changes = []
    journal.subscribe(changes.append)
    dialog = wizard(DATA / name)

    import_all(qtbot, dialog)

    assert stored() == LAYOUTS[name]
    assert Interview.select().count() == len(LAYOUTS[name])
    assert Step.DATES not in dialog.visitedIds()  # these files say which way dates go
    assert dialog.report_page.summary.text().startswith(
        f"Added to your journal: {len(LAYOUTS[name])} interviews."
    )
    assert len(changes) == 1  # the main window is told once, after the import
    press(qtbot, dialog, FINISH)
    assert dialog.result() == QWizard.DialogCode.Accepted


def test_the_first_step_shows_the_file_as_it_is(wizard):
    dialog = wizard(DATA / "jobsync.csv")
    model = dialog.file_page.model
    assert "jobsync.csv holds 7 rows and 11 columns" in shown(dialog.file_page.summary)
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Company"
    assert model.headerData(0, Qt.Orientation.Vertical) == "2"  # numbered like a spreadsheet
    assert model.index(0, 4).data() == "Northwind Traders"
    assert dialog.button(NEXT).isEnabled()


def test_the_mapping_step_is_prefilled_and_shows_examples(qtbot, wizard):
    dialog = wizard(DATA / "simplify.csv")
    press(qtbot, dialog, NEXT)
    page = dialog.mapping_page
    assert dialog.currentPage() is page
    chosen = {target: page.chosen(target) for target in page.combos}
    assert chosen == {
        "company": "Company Name",
        "role": "Job Title",
        "stage": "Status",
        "date": "Applied Date",
        "applied": "",
        "notes": "",
        "link": "Job URL",
        "outcome": "Status",
        "contact": "",
        "email": "",
    }
    assert page.samples["company"].text() == "e.g. Blue Yonder"
    assert not page.missing.isVisible()
    assert dialog.button(NEXT).isEnabled()


def test_next_waits_until_company_and_date_are_chosen(qtbot, wizard, tmp_path):
    path = tmp_path / "own_words.csv"
    path.write_text("Kunde;Aufgabe;Wann\nAcme;Entwickler;2026-03-04\n", encoding="utf-8")
    dialog = wizard(path)
    press(qtbot, dialog, NEXT)
    page = dialog.mapping_page

    assert not dialog.button(NEXT).isEnabled()
    assert "company and the date" in shown(page.missing)
    page.choose("company", "Kunde")
    assert not dialog.button(NEXT).isEnabled()
    assert shown(page.missing).startswith("Choose which column holds the date")
    page.choose("date", "Wann")
    page.choose("role", "Aufgabe")
    assert dialog.button(NEXT).isEnabled()
    assert not page.missing.isVisible()

    import_all(qtbot, dialog)
    assert stored() == [("Acme", "Entwickler", d(2026, 3, 4), "pending")]


AMBIGUOUS = "Company,Role,Date\nAcme,Dev,04/03/2026\nBeta,Dev,01/02/2026\n"


@pytest.mark.parametrize(("order", "acme_date"), [("dmy", d(2026, 3, 4)), ("mdy", d(2026, 4, 3))])
def test_ambiguous_dates_are_asked_and_the_answer_decides(
    qtbot, wizard, tmp_path, order, acme_date
):
    path = tmp_path / "ambiguous.csv"
    path.write_text(AMBIGUOUS, encoding="utf-8")
    dialog = wizard(path)
    press(qtbot, dialog, NEXT)
    press(qtbot, dialog, NEXT)
    page = dialog.dates_page

    assert dialog.currentPage() is page
    assert "04/03/2026" in page.subTitle()
    assert page.buttons["dmy"].text().startswith("&Day first: 04/03/2026 is")
    assert "March" in page.buttons["dmy"].text() and "April" in page.buttons["mdy"].text()
    assert not any(b.isChecked() for b in page.buttons.values())  # no silent guess
    assert not dialog.button(NEXT).isEnabled()

    button = page.buttons[order]  # a click on its words, as a radio takes no clicks past them
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(30, button.height() // 2))
    assert dialog.button(NEXT).isEnabled()
    press(qtbot, dialog, NEXT)
    press(qtbot, dialog, IMPORT)

    assert Interview.get(Interview.company == "Acme").date == acme_date


def test_a_date_column_another_column_contradicts_is_asked_about(qtbot, wizard, tmp_path):
    path = tmp_path / "contradicted.csv"
    path.write_text(
        "Company,Role,Applied,Date\nAcme,Dev,10/13/2026,10/3/2026\nBeta,Dev,10/01/2026,15.10.2026\n",
        encoding="utf-8",
    )
    dialog = wizard(path)
    press(qtbot, dialog, NEXT)
    press(qtbot, dialog, NEXT)
    page = dialog.dates_page
    assert dialog.currentPage() is page  # not read as 10 March without asking
    assert page.mixed_note.isVisible()
    page.buttons["mdy"].click()
    press(qtbot, dialog, NEXT)
    assert items(dialog.preview_page.skipped) == [
        "Row 3: “15.10.2026” is not a date Debrief can read."
    ]
    press(qtbot, dialog, IMPORT)
    assert stored() == [("Acme", "Dev", d(2026, 10, 3), "pending")]


def test_going_back_and_changing_the_date_answer_changes_the_preview(qtbot, wizard, tmp_path):
    path = tmp_path / "ambiguous.csv"
    path.write_text(AMBIGUOUS, encoding="utf-8")
    dialog = wizard(path)
    press(qtbot, dialog, NEXT)
    press(qtbot, dialog, NEXT)
    dialog.dates_page.buttons["dmy"].click()
    press(qtbot, dialog, NEXT)
    first = dialog.preview_page.model.index(0, 0).data()
    dialog.back()
    assert dialog.dates_page.buttons["dmy"].isChecked()  # the answer is kept
    dialog.dates_page.buttons["mdy"].click()
    press(qtbot, dialog, NEXT)
    assert (first, dialog.preview_page.model.index(0, 0).data()) == ("2026-03-04", "2026-04-03")


def test_a_broken_file_is_explained_and_nothing_is_imported(wizard):
    dialog = wizard(DATA / "garbage.bin")
    problem = dialog.file_page.problem
    assert problem.isVisible()
    assert problem.text().startswith("garbage.bin does not look like a CSV file")
    assert not dialog.button(NEXT).isEnabled()
    assert not dialog.file_page.table_view.isVisible()
    assert Interview.select().count() == 0


def test_a_stray_byte_is_explained_and_the_user_chooses_how_to_read_it(qtbot, wizard, tmp_path):
    path = tmp_path / "almost_utf8.csv"
    path.write_bytes(
        "Company,Role,Date\nZürich AG,Dev,2026-03-04\nCaf".encode() + b"\xe9,Dev,2026-03-05\n"
    )
    dialog = wizard(path)
    page = dialog.file_page
    assert shown(page.problem) == (
        "almost_utf8.csv is saved as UTF-8, but row 3, column “Company” holds a byte that is "
        "not valid text. Choose how to read it, then check the rows below."
    )
    assert not dialog.button(NEXT).isEnabled()  # no silent guess
    assert not page.table_view.isVisible()
    assert not page.summary.isVisible()
    assert all(b.isVisible() and not b.isChecked() for b in page.encodings.values())

    qtbot.mouseClick(page.encodings["cp1252"], Qt.MouseButton.LeftButton, pos=QPoint(30, 8))
    assert page.model.index(0, 0).data() == "ZÃ¼rich AG"  # the user sees what this choice does
    assert page.problem.isVisible()  # the question stays beside its answer
    qtbot.mouseClick(page.encodings["utf-8-replace"], Qt.MouseButton.LeftButton, pos=QPoint(30, 8))
    assert page.model.index(0, 0).data() == "Zürich AG"
    assert page.model.index(1, 0).data() == "Caf\ufffd"

    import_all(qtbot, dialog)
    assert [r[0] for r in stored()] == ["Zürich AG", "Caf\ufffd"]

    dialog.load(DATA / "simplify.csv")  # a clean file: no question left over
    assert not page.problem.isVisible()
    assert not any(b.isVisible() for b in page.encodings.values())


def test_a_missing_or_empty_file_is_explained(wizard, tmp_path):
    (tmp_path / "empty.csv").write_bytes(b"")
    dialog = wizard(tmp_path / "empty.csv")
    assert "empty.csv is empty" in shown(dialog.file_page.problem)
    dialog.load(tmp_path / "gone.csv")
    assert shown(dialog.file_page.problem).startswith("Debrief could not read gone.csv")
    assert not dialog.button(NEXT).isEnabled()


def test_a_good_file_after_a_broken_one_clears_the_message(wizard):
    dialog = wizard(DATA / "garbage.bin")
    dialog.load(DATA / "simplify.csv")
    assert not dialog.file_page.problem.isVisible()
    assert dialog.button(NEXT).isEnabled()


def test_choose_file_opens_what_the_user_picks(qtbot, wizard, monkeypatch):
    asked = []

    def pick(parent, caption, start, filters):
        asked.append((caption, filters))
        return DATA / "reactive_resume.csv"

    monkeypatch.setattr(file_page, "ask_csv_path", pick)
    dialog = wizard()
    assert not dialog.button(NEXT).isEnabled()
    qtbot.mouseClick(dialog.file_page.choose_button, Qt.MouseButton.LeftButton)
    assert asked and "*.csv" in asked[0][1]
    assert dialog.file_page.path_edit.text().endswith("reactive_resume.csv")
    assert dialog.button(NEXT).isEnabled()


def test_the_preview_and_report_list_skipped_rows_with_reasons(qtbot, wizard):
    dialog = wizard(DATA / "mixed_problems.csv")
    press(qtbot, dialog, NEXT)
    press(qtbot, dialog, NEXT)
    preview = dialog.preview_page
    expected = [
        "Row 3 has no company.",
        "Row 4: “31/02/2026” is not a date Debrief can read.",
        "Row 5: “2026-13-01” is not a date Debrief can read.",
        "Row 6: “sometime in spring” is not a date Debrief can read.",
        "Row 7 has no date.",
        "Row 9: the date 1900-01-01 is too far in the past or the future.",
        "Row 10 repeats row 2.",
    ]
    assert shown(preview.summary) == (
        "2 interviews will be added to your journal. 7 rows will be skipped."
    )
    assert items(preview.skipped) == expected
    assert preview.model.rowCount() == 2
    assert Interview.select().count() == 0  # nothing before Import

    press(qtbot, dialog, IMPORT)
    report = dialog.report_page
    assert shown(report.summary) == ("Added to your journal: 2 interviews. Skipped: 7 rows.")
    assert items(report.skipped) == expected
    assert Interview.select().count() == 2


def test_a_missing_closing_quote_is_reported_in_full_in_the_preview(qtbot, wizard, tmp_path):
    path = tmp_path / "runs_on.csv"
    path.write_bytes(
        b"Company,Role,Date,Notes\nAcme,Dev,2026-01-01,fine\n"
        b'Beta,Dev,2026-01-02,"said ""great\nGamma,Dev,2026-01-03,ok\n'
    )
    dialog = wizard(path)
    press(qtbot, dialog, NEXT)
    press(qtbot, dialog, NEXT)
    skipped = dialog.preview_page.skipped
    assert items(skipped)[0].startswith("Row 3 was left out: its “Notes” runs on over the next")
    reason = skipped.visualItemRect(skipped.item(0))
    assert reason.height() > skipped.fontMetrics().height()  # wrapped over several lines
    assert skipped.viewport().rect().contains(reason)  # and shown whole, not cut off
    press(qtbot, dialog, IMPORT)
    assert stored() == [("Acme", "Dev", d(2026, 1, 1), "pending")]


def test_unknown_statuses_are_named_in_the_preview(qtbot, wizard, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("Company,Role,Date,Status\nAcme,Dev,2026-03-04,Pondering\n")
    dialog = wizard(path)
    press(qtbot, dialog, NEXT)
    press(qtbot, dialog, NEXT)
    text = shown(dialog.preview_page.unknown)
    assert "Pondering" in text and "Waiting to hear" in text


def test_a_file_already_imported_offers_nothing_to_import(qtbot, wizard):
    import_all(qtbot, wizard(DATA / "simplify.csv"))
    again = wizard(DATA / "simplify.csv")
    press(qtbot, again, NEXT)
    press(qtbot, again, NEXT)
    assert "No row of this file can be added" in shown(again.preview_page.summary)
    assert "Row 2 is already in your journal (Blue Yonder, 2026-03-14)." in items(
        again.preview_page.skipped
    )
    assert not again.button(IMPORT).isEnabled()
    assert Interview.select().count() == 5


def test_a_failed_import_says_so_and_adds_nothing(qtbot, wizard, monkeypatch):
    def failing(journal, plan, progress=None):
        raise ImportProblem(IMPORT_FAILED, detail="disk full")

    monkeypatch.setattr(preview_page, "apply_import", failing)
    changes = []
    dialog = wizard(DATA / "jobsync.csv")
    dialog.journal.subscribe(changes.append)
    press(qtbot, dialog, NEXT)
    press(qtbot, dialog, NEXT)
    press(qtbot, dialog, IMPORT)
    assert dialog.currentId() == Step.PREVIEW
    assert shown(dialog.preview_page.problem) == (
        "The import was cancelled and nothing was added: disk full."
    )
    assert Interview.select().count() == 0
    assert changes == []


def test_a_read_only_journal_cannot_import(wizard, journal):
    journal.read_only = True
    dialog = wizard(DATA / "jobsync.csv")
    assert "read-only" in shown(dialog.file_page.problem)
    assert not dialog.file_page.summary.isVisible()  # no invitation to choose a file
    assert not dialog.file_page.choose_button.isEnabled()
    assert not dialog.button(NEXT).isEnabled()


def test_models_pass_the_model_tester(qtmodeltester, qtbot, wizard):
    model = CsvTableModel()
    model.set_table(read_csv_file(DATA / "bom_semicolon.csv"))
    qtmodeltester.check(model, force_py=False)
    assert model.index(0, 3).data() == "Premier entretien ; très bien …"  # first line only
    assert "Deuxième ligne" in model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole)
    dialog = wizard(DATA / "jobsync.csv")
    press(qtbot, dialog, NEXT)
    press(qtbot, dialog, NEXT)
    qtmodeltester.check(dialog.preview_page.model, force_py=False)


def test_the_mapping_step_lists_every_field():
    assert sorted(mapping_page.SHOWN_ORDER) == sorted(TARGETS)
