"""Kind, clear messages for refused writes and journals that cannot be opened.

QMessageBox is imported where a message is shown: most starts never show one, and its
first import costs each start 0.6 ms.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from debrief.journal.store.journal import JournalError
from debrief.journal.store.refusals import Problem
from debrief.ui import vocabulary
from debrief.ui.translations import journal_text

if TYPE_CHECKING:
    from pathlib import Path


def _t(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files every _t() text under ""


def journal_problem_text(code: str) -> str:
    return {
        "busy": _t(
            "The journal is busy: another program is writing to it. Nothing was lost; "
            "please try again in a moment."
        ),
        "disk_full": _t(
            "The disk is full, so this change could not be saved. Nothing else was "
            "changed; free some space and try again."
        ),
        "read_only": _t("This journal is read-only, so changes cannot be saved."),
    }.get(code, _t("Debrief could not save this change. Nothing else was changed."))


def problems_text(problems: list[Problem]) -> str:
    lines = [
        journal_problem_text(p.code)
        if p.field == "journal"
        else vocabulary.problem_message(p.field, p.code)
        for p in problems
    ]
    return "\n".join(dict.fromkeys(lines))


def journal_error_text(error: JournalError) -> str:
    """The translated message of a journal that could not be opened."""
    return journal_text(error.template).format(**error.params)


def show_problems(parent: QWidget | None, problems: list[Problem]) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, _t("Not saved"), problems_text(problems))


def show_journal_error(parent: QWidget | None, error: JournalError) -> None:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Critical,
        _t("Cannot open the journal"),
        journal_error_text(error),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("journalErrorDialog")
    box.exec()


#: What the user chose when the journal could not be opened and no window is open yet.
OPEN_ANOTHER, NEW_JOURNAL, QUIT = "open_another", "new_journal", "quit"


def ask_after_failure(parent: QWidget | None, error: JournalError) -> str:
    """The journal could not be opened at start: say why, and offer a way on instead of
    only OK. Returns OPEN_ANOTHER, NEW_JOURNAL or QUIT (also when the box is closed)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Critical,
        _t("Cannot open the journal"),
        journal_error_text(error),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setObjectName("journalErrorDialog")
    choices = {}
    for name, words, role, choice in (
        ("openAnotherButton", _t("Open another…"), QMessageBox.ButtonRole.AcceptRole, OPEN_ANOTHER),
        ("newJournalButton", _t("New journal…"), QMessageBox.ButtonRole.ActionRole, NEW_JOURNAL),
        ("quitButton", _t("Quit"), QMessageBox.ButtonRole.RejectRole, QUIT),
    ):
        button = box.addButton(words, role)
        button.setObjectName(name)
        choices[name] = choice
    box.setDefaultButton(box.findChild(QPushButton, "openAnotherButton"))
    box.exec()
    clicked = box.clickedButton()
    return choices.get(clicked.objectName(), QUIT) if clicked is not None else QUIT


def show_already_open(parent: QWidget | None, path) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information(
        parent,
        _t("Already open"),
        _t(
            "{path} is already open in another Debrief window, which could not be brought "
            "forward. Switch to that window, or open a different journal."
        ).format(path=path),
    )


def show_not_found(parent: QWidget | None, path: Path) -> None:
    """A recent journal that is no longer where it was: said, and nothing made there."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Information,
        _t("Journal not found"),
        _t(
            "{name} is no longer in {folder}: it was moved or deleted, or it is on a "
            "drive that is not connected. Nothing was created there. Connect the drive "
            "and try again, or open the journal from where it is now."
        ).format(name=path.name, folder=path.parent),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("journalNotFoundDialog")
    box.exec()
