"""The prep sheet says what to work on, kindly, and saves as a real PDF and as Markdown."""

from __future__ import annotations

import datetime as dt

import pytest
import shiboken6
from PySide6.QtWidgets import QFileDialog

from debrief.journal.practice import prep
from debrief.journal.store.models import Action, Theme
from debrief.ui import prep_sheet
from debrief.ui.prep_sheet import PrepSheetDialog, sheet_markdown
from tests.ui.test_insights_view import _interview, _point, build_story

DAY = dt.date(2026, 5, 1)


@pytest.fixture
def story(journal) -> dict:
    return build_story()


@pytest.fixture
def dialog(qtbot, journal):
    def make() -> PrepSheetDialog:
        sheet = PrepSheetDialog(journal)
        qtbot.addWidget(sheet)
        sheet.show()
        qtbot.waitExposed(sheet)
        return sheet

    return make


def _praise_twice() -> None:
    depth = Theme.get(Theme.name == "Technical depth")
    for company, day in (("Acme", "2026-01-10"), ("Globex", "2026-02-15")):
        interview = _interview(company + " praise", "Engineer", "final", day)
        _point(interview, None, depth, "Strong on systems", kind="went_well")


def test_the_sheet_lists_themes_actions_clarifications_and_strengths(story, dialog):
    _praise_twice()
    Action.create(theme=Theme.get(Theme.name == "Enthusiasm"), description="Two reasons I care")
    text = dialog().text.toPlainText()
    assert "Before your next interview" in text
    assert "Communication" in text and "came up in 2 interviews, 3 times in all" in text
    assert "Two reasons I care" in text
    assert "Answer in three parts" not in text  # finished actions are not on the to-do
    assert "Answers rambled" in text and "You asked: Which answer?" in text
    assert "Technical depth" in text and "praised 2 times in 2 interviews" in text


def test_an_empty_journal_gets_encouragement_not_blank_sections(dialog):
    text = dialog().text.toPlainText()
    assert "Nothing keeps repeating" in text
    assert "No open actions" in text
    assert "No clarifications yet" in text
    assert "No strength praised twice yet" in text


def test_long_lists_are_cut_to_keep_one_page(journal):
    for i in range(prep_sheet.LIMITS["actions"] + 3):
        Action.create(description=f"Practise thing {i}")
    parts = prep_sheet.sections(prep.prep_sheet(journal))
    actions = parts[1]
    assert len(actions.entries) == prep_sheet.LIMITS["actions"] and actions.more == 3
    assert "…and 3 more in your journal." in prep_sheet.sheet_html(prep.prep_sheet(journal))


def test_markdown_escapes_what_the_interviewer_said(journal):
    interview = _interview("Acme", "Engineer", "screen", "2026-01-10")
    _point(interview, None, None, "Use *fewer* [buzzwords]\nplease", question="Like #which?")
    text = sheet_markdown(prep.prep_sheet(journal), DAY)
    assert text.startswith("# Before your next interview\n")
    assert "“Use \\*fewer\\* \\[buzzwords\\] please”" in text
    assert "You asked: Like \\#which?" in text
    assert "2026-05-01" in text


def test_pdf_and_markdown_are_saved_where_the_user_chooses(story, dialog, tmp_path, monkeypatch):
    sheet = dialog()
    chosen = iter([str(tmp_path / "prep"), str(tmp_path / "prep.md")])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (next(chosen), ""))
    confirmed = []
    monkeypatch.setattr(prep_sheet, "confirm_saved", lambda *a: confirmed.append(a[-1]))
    sheet.pdf_button.click()
    sheet.md_button.click()
    assert confirmed == [tmp_path / "prep.pdf", tmp_path / "prep.md"]  # with Show in folder
    pdf = (tmp_path / "prep.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and len(pdf) > 1024
    assert "## Themes that keep coming up" in (tmp_path / "prep.md").read_text(encoding="utf-8")


def test_the_sheet_follows_the_journal_while_open(journal, dialog):
    sheet = dialog()
    with journal.writing():
        Action.create(description="Rehearse the opening minute")
    assert "Rehearse the opening minute" in sheet.text.toPlainText()
    shiboken6.delete(sheet)
    with journal.writing():  # a deleted sheet is no longer called
        Action.create(description="Breathe")


def test_the_main_window_entry_point_shows_the_whole_journal(story, journal, qtbot):
    sheet = prep_sheet.open_prep_sheet(journal)
    qtbot.addWidget(sheet)
    assert sheet.isVisible() and sheet.filters is None
    assert "Communication" in sheet.text.toPlainText()


def test_the_pdf_is_written_on_a_worker(story, dialog, tmp_path):
    """Saving goes through the runner: the window's commands know work runs meanwhile."""
    from debrief.ui.work.activity import activity

    sheet = dialog()
    titles = []
    activity().changed.connect(lambda: titles.extend(w.title for w in activity().works))
    assert sheet.export_pdf(tmp_path / "prep.pdf") == tmp_path / "prep.pdf"
    assert "Saving the prep sheet" in titles
    assert (tmp_path / "prep.pdf").read_bytes().startswith(b"%PDF-")


def test_a_cancelled_pdf_leaves_no_file_and_the_earlier_one_as_it_was(
    story, dialog, tmp_path, monkeypatch
):
    real = prep_sheet.write_pdf

    def cancelled_meanwhile(html_text, path, title, progress):
        progress.cancel()  # as the progress dialog's Cancel would, while it prints
        return real(html_text, path, title, progress)

    monkeypatch.setattr(prep_sheet, "write_pdf", cancelled_meanwhile)
    sheet = dialog()
    (tmp_path / "prep.pdf").write_bytes(b"the sheet saved last week")
    assert sheet.export_pdf(tmp_path / "prep.pdf") is None
    assert [p.name for p in tmp_path.iterdir() if "prep" in p.name] == ["prep.pdf"]
    assert (tmp_path / "prep.pdf").read_bytes() == b"the sheet saved last week"


@pytest.mark.parametrize("steps", [1, 2])  # before printing, or printed but not yet in place
def test_write_pdf_cancelled_at_any_step_leaves_no_part_file(tmp_path, steps):
    from debrief.journal.progress import Cancelled, Progress
    from debrief.ui.pdf_file import write_pdf

    progress = Progress(lambda p: p.cancel() if p.steps >= steps else None)
    with pytest.raises(Cancelled):
        write_pdf("<h1>Before your next interview</h1>", tmp_path / "sheet.pdf", "", progress)
    assert list(tmp_path.iterdir()) == []
