"""The About dialog tells the version and where the journal is, and opens its folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtWidgets import QLabel

from debrief import __version__
from debrief.identity import LICENSE
from debrief.ui.about_dialog import AboutDialog
from debrief.ui.icons import app_icon


def _shown_text(dialog: AboutDialog) -> str:
    """What the user reads: every label's text as plain text, without wrap hints."""
    texts = []
    for label in dialog.findChildren(QLabel):
        document = QTextDocument()
        document.setHtml(label.text())
        texts.append(document.toPlainText().replace("\u200b", ""))
    return "\n".join(texts)


@pytest.fixture
def opened(monkeypatch):
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


def test_shows_version_journal_path_and_licence(qtbot, tmp_path):
    journal = tmp_path / "R&D <2026>" / "journal.sqlite3"
    dialog = AboutDialog(journal)
    qtbot.addWidget(dialog)
    text = _shown_text(dialog)
    assert dialog.objectName() == "aboutDialog"
    assert __version__ in text
    assert str(journal) in text
    assert LICENSE in text


def test_clicking_the_journal_path_opens_its_folder(qtbot, tmp_path, opened):
    journal = tmp_path / "journal.sqlite3"
    dialog = AboutDialog(journal)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    link = dialog.findChild(QLabel, "journalLink")
    line = link.fontMetrics().lineSpacing()
    on_path = link.contentsRect().topLeft() + QPoint(line, line + line // 2)

    qtbot.mouseClick(link, Qt.MouseButton.LeftButton, pos=on_path)

    assert len(opened) == 1
    assert Path(opened[0].toLocalFile()) == tmp_path


def test_the_dialog_carries_the_icon(qtbot, tmp_path):
    dialog = AboutDialog(tmp_path / "journal.sqlite3")
    qtbot.addWidget(dialog)
    assert not dialog.windowIcon().isNull()
    assert {16, 32, 256} <= {size.width() for size in app_icon().availableSizes()}
