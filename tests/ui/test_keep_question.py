"""Closing unfinished work asks one question: keep it, discard it, or go back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from debrief.ui.keep_question import ask_keep

BUTTONS = ("&Keep for later", "&Discard", "&Go back")


def _answer(qtbot, press) -> str:
    parent = QWidget()
    qtbot.addWidget(parent)

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        press(box)

    QTimer.singleShot(0, click)
    return ask_keep(parent, "Keep this?", "Unfinished.", BUTTONS)


@pytest.mark.parametrize(
    ("press", "choice"),
    [
        (lambda box: box.defaultButton().click(), "keep"),  # Enter keeps
        (lambda box: _button(box, "&Discard").click(), "discard"),
        (lambda box: qt_escape(box), "stay"),
    ],
)
def test_each_answer_says_what_to_do(qtbot, press, choice):
    assert _answer(qtbot, press) == choice


def qt_escape(box: QMessageBox) -> None:
    from PySide6.QtTest import QTest

    QTest.keyClick(box, Qt.Key.Key_Escape)


def test_the_default_button_keeps(qtbot):
    seen = []
    _answer(qtbot, lambda box: (seen.append(box.defaultButton().text()), box.reject()))
    assert seen == ["&Keep for later"]


def _button(box: QMessageBox, text: str):
    return next(button for button in box.buttons() if button.text() == text)
