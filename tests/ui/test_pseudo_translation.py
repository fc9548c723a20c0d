"""Every visible text goes through tr(), and 40% longer translations still fit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from debrief.journal.demo.story import fill_demo
from debrief.ui.interview_dialog import InterviewDialog
from debrief.ui.main_window import MainWindow
from tests.ui.pseudo_translation import (
    PseudoTranslator,
    clipped_texts,
    unlabelled_inputs,
    untranslated_texts,
)


@pytest.fixture
def pseudo(qapp):
    translator = PseudoTranslator()
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def _data_texts(win: MainWindow) -> set[str]:
    """Texts that come from the journal (names, notes), not from the program."""
    return {win.detail.summary.text()}


def test_main_window_texts_are_translated_and_fit(pseudo, qtbot, journal, settings, tmp_path):
    fill_demo(journal)
    win = MainWindow(journal, settings)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    win.select_interview(win.model.row_id(0))
    assert untranslated_texts(win, _data_texts(win)) == []
    assert clipped_texts(win) == []
    assert unlabelled_inputs(win) == []
    assert all("⟦" in a.text() for a in win.menuBar().actions())
    win.grab().save(str(tmp_path / "pseudo_main.png"))


def test_empty_window_and_dialog_in_pseudo_translation(pseudo, qtbot, journal, settings):
    win = MainWindow(journal, settings)
    qtbot.addWidget(win)
    win.resize(1000, 700)
    win.show()
    qtbot.waitExposed(win)
    assert untranslated_texts(win) == []
    assert clipped_texts(win) == []
    dialog = InterviewDialog(win.journal, win)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert untranslated_texts(dialog) == []
    assert clipped_texts(dialog) == []
    assert unlabelled_inputs(dialog) == []
    assert isinstance(dialog.findChild(QLabel), QLabel)
