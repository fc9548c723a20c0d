"""Debrief in German: the catalogue is complete, and LANG=de shows German in the window."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from debrief.identity import resource_path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import translations as catalogue  # noqa: E402  (tools/translations.py, `make translations`)

#: Opens a journal in the main window as `debrief` does (translations first), and reports
#: what a German user sees: the menus, the toolbar, the status line, the filter's hint.
SHOW_WINDOW = """
import json, sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from debrief.journal.demo.story import fill_demo
from debrief.journal.store.journal import open_journal
from debrief.ui.main_window import MainWindow
from debrief.ui.translations import install_translations
app = QApplication([])
found = install_translations(app)
journal = open_journal(sys.argv[1])
fill_demo(journal)
window = MainWindow(journal, QSettings(sys.argv[2], QSettings.Format.IniFormat))
window.show()
app.processEvents()
print(json.dumps({
    "catalogues": len(found),
    "menus": [a.text() for a in window.menuBar().actions()],
    "toolbar": [a.text() for a in window.toolbar.actions() if a.text()],
    "status": window.counts.text(),
    "filter": window.filter.placeholderText(),
    "title": window.windowTitle(),
}))
journal.close()
"""


def _seen_with(language: str, tmp_path: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANGUAGE"))}
    env.update(LANG=language, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", SHOW_WINDOW, str(tmp_path / "j.sqlite3"), str(tmp_path / "s.ini")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_german_window_under_lang_de(tmp_path):
    seen = _seen_with("de_DE.UTF-8", tmp_path)
    assert seen["catalogues"] == 2  # Qt's own words and Debrief's
    assert seen["menus"] == ["&Journal", "&Bearbeiten", "&Ansicht", "&Hilfe"]
    assert "&Neues Gespräch…" in seen["toolbar"] and "&Absage erfassen…" in seen["toolbar"]
    assert seen["status"] == "40 Gespräche · 27 nicht ausgewählt · 17 mit Feedback"
    assert seen["filter"].startswith("Nach Unternehmen, Stelle, Notizen oder dem Gesagten filtern")


def test_english_needs_no_catalogue(tmp_path):
    seen = _seen_with("en_GB.UTF-8", tmp_path)
    assert seen["catalogues"] <= 1  # at most Qt's own qtbase_en (its plural forms)
    assert seen["menus"] == ["&Journal", "&Edit", "&View", "&Help"]


def test_the_compiled_catalogue_is_shipped():
    for ts_file in resource_path("translations").glob("debrief_*.ts"):
        assert ts_file.with_suffix(".qm").exists(), f"run make translations for {ts_file.name}"


@pytest.mark.skipif(
    not Path(sys.executable).with_name("pyside6-lupdate").exists(), reason="no lupdate"
)
def test_every_text_has_a_german_translation():
    """Every text lupdate finds (tr(), _t(), N_(), the actions) is translated: a new text
    needs its German in debrief_de.ts (make translations, then Qt Linguist or an editor)."""
    assert catalogue.check() == {"debrief_de.ts": []}


def test_every_t_helper_looks_up_where_lupdate_files_its_texts(qapp):
    """lupdate files a module's `_t("...")` texts under the empty context, whatever context
    `_t` then asks: a named one found no German, and the Debrief column, the tray question,
    the round prep sheet and eight more modules stayed English. Each `_t` is called in
    German on its module's own texts and must answer as the empty context does."""
    import importlib
    import re

    from PySide6.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load(QLocale("de_DE"), "debrief", "_", str(resource_path("translations")))
    QCoreApplication.installTranslator(translator)
    try:
        checked = 0
        for path in sorted((ROOT / "desktop" / "debrief" / "ui").rglob("*.py")):
            source = path.read_text(encoding="utf-8")
            if "def _t(" not in source:
                continue
            module = importlib.import_module(
                ".".join(path.relative_to(ROOT / "desktop").with_suffix("").parts)
            )
            for text in re.findall(r'\b_t\(\s*"([^"\\]+)"\s*\)', source):
                assert module._t(text) == QCoreApplication.translate("", text), (path, text)
                checked += 1
        assert checked > 100
    finally:
        QCoreApplication.removeTranslator(translator)


def test_numerus_forms_in_german(qapp):
    from PySide6.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load(QLocale("de_DE"), "debrief", "_", str(resource_path("translations")))
    QCoreApplication.installTranslator(translator)
    try:
        text = "Saved %n event(s) to {path}. Import the file into your calendar app; importing it again later updates the same events."  # noqa: E501
        one = QCoreApplication.translate("TimeCommands", text, None, 1)
        two = QCoreApplication.translate("TimeCommands", text, None, 2)
        assert one.startswith("1 Termin in") and two.startswith("2 Termine in")
    finally:
        QCoreApplication.removeTranslator(translator)


def test_days_are_written_in_the_users_language(qapp):
    """The upcoming rounds, the round lines and the wizard's dates name the weekday and
    month as the user says them, not always in English as strftime would."""
    import datetime as dt

    from debrief.ui.vocabulary import day_words

    before = QLocale()
    try:
        QLocale.setDefault(QLocale("de_DE"))
        assert day_words(dt.date(2026, 12, 9), "ddd dd MMM") == "Mi. 09 Dez."
        moment = dt.datetime(2026, 12, 9, 14, 30)
        assert day_words(moment, "ddd yyyy-MM-dd HH:mm") == "Mi. 2026-12-09 14:30"
        QLocale.setDefault(QLocale("en_GB"))
        assert day_words(dt.date(2026, 12, 9)) == "Wed 09 Dec 2026"
    finally:
        QLocale.setDefault(before)


def test_the_template_windows_placeholders_read_in_german(qtbot):
    """The list under a template named each placeholder in English in a German window:
    the journal layer had not marked those words for lupdate."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from debrief.journal.practice.templates_store import PLACEHOLDERS
    from debrief.ui.template_editor import TemplateEditor

    translator = QTranslator()
    assert translator.load(QLocale("de_DE"), "debrief", "_", str(resource_path("translations")))
    QCoreApplication.installTranslator(translator)
    try:
        editor = TemplateEditor("ask_email")
        qtbot.addWidget(editor)
        listed = editor.placeholders.text()
        assert "Ihr Name" in listed and "die Person, an die Sie schreiben" in listed
        assert not [words for words in PLACEHOLDERS.values() if words in listed]
    finally:
        QCoreApplication.removeTranslator(translator)
