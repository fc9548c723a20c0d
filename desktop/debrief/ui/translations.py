"""Debrief in the user's language: the .qm catalogue matching the system locale, and Qt's own.

`make translations` extracts every tr() text into resources/translations/debrief_*.ts
(pyside6-lupdate) and compiles them to .qm (pyside6-lrelease); this loads the compiled one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from debrief.identity import resource_path


def install_translations(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Install the translations for `locale` (the system's): Qt's own words (Cancel, Yes,
    the file dialogs) from PySide6, then Debrief's. Returns those found; English needs none.
    """
    locale = locale or QLocale.system()
    found = []
    catalogues = (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("debrief", str(resource_path("translations"))),
    )
    for name, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            found.append(translator)
        else:
            translator.deleteLater()
    return found


def journal_text(text: str) -> str:
    """The translation of English the journal layer marked with `N_()` (lupdate files
    those, like every `_t()` text, under the empty context)."""
    return QCoreApplication.translate("", text) if text else text
