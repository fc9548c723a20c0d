"""Closing the window while reminders are pending: keep Debrief in the tray (asked once)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from debrief.ui.reminder_settings import keep_in_tray, set_keep_in_tray

if TYPE_CHECKING:
    from debrief.ui.main_window import MainWindow


def _t(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files every _t() text under ""


def ask_keep(window: MainWindow) -> bool:
    """The one question, asked the first time only; the answer is kept (Settings changes it)."""
    question = _t("Keep Debrief in the tray?")
    box = QMessageBox(QMessageBox.Icon.Question, question, question, parent=window)
    box.setInformativeText(  # the question itself is the text: some desktops show no title
        _t(
            "Reminders are still to come (deadlines, follow-ups, rounds). Debrief can stay "
            "in the tray and tell you when they are due. You can change this in Settings, "
            "and Quit in the tray menu always ends Debrief."
        )
    )
    box.setObjectName("keepInTrayQuestion")
    keep = box.addButton(_t("&Keep in tray"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_t("&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    answer = box.clickedButton() is keep
    set_keep_in_tray(window.settings, answer)
    return answer


def keep_running(window: MainWindow) -> bool:
    """Whether closing the window should only hide it: a tray to sit in, something still
    to remind of, and the user's yes (asked once)."""
    tray = getattr(window, "tray", None)
    if tray is None or not tray.available() or not tray.pending():
        return False
    answer = keep_in_tray(window.settings)
    if answer is None:
        answer = ask_keep(window)
    if answer:
        tray.last_shown = None  # a click on this note only shows the window
        tray.icon.showMessage(
            _t("Debrief"),
            _t("Debrief is still here, in the tray, for your reminders."),
            tray.icon.MessageIcon.Information,
            5000,
        )
    return answer
