"""The template editor and the verdict dialog: every text through tr(), and 40% longer
translations still fit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from debrief.ui.template_editor import TemplateEditor
from debrief.ui.verdict_dialog import VerdictDialog
from tests.ui.pseudo_translation import (
    PseudoTranslator,
    clipped_texts,
    unlabelled_inputs,
    untranslated_texts,
)
from tests.ui.wizard_helpers import SAMPLE_POINT


@pytest.fixture
def pseudo(qapp):
    translator = PseudoTranslator()
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_the_template_editor_is_translated_and_fits(pseudo, qtbot, tmp_path):
    editor = TemplateEditor("ask_email")
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    assert untranslated_texts(editor) == []
    assert clipped_texts(editor) == []
    assert unlabelled_inputs(editor) == []
    editor.grab().save(str(tmp_path / "pseudo_template_editor.png"))


def test_the_verdict_dialog_is_translated_and_fits(pseudo, qtbot, journal, tmp_path):
    dialog = VerdictDialog(journal, SAMPLE_POINT)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    said = dialog.findChild(type(dialog.effect), "verdictWords").text()
    assert untranslated_texts(dialog, {said}) == []
    assert clipped_texts(dialog) == []
    assert unlabelled_inputs(dialog) == []
    dialog.grab().save(str(tmp_path / "pseudo_verdict.png"))
