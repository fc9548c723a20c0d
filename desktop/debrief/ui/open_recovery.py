"""When the first journal will not open: follow the user's way on (another file, a new one)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from debrief.ui import error_dialogs, export_commands
from debrief.ui.save_places import start_folder

if TYPE_CHECKING:
    from debrief.ui.session import Session


def _t(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files every _t() text under ""


def recover(session: Session) -> bool:
    """Ask for the file the user chose to open or create, until a journal opens; False
    when they chose Quit or cancelled the file dialog."""
    while session.recovery in (error_dialogs.OPEN_ANOTHER, error_dialogs.NEW_JOURNAL):
        choice, session.recovery = session.recovery, None
        start = start_folder()
        kinds = _t("Debrief journals (*.sqlite3 *.db);;All files (*)")
        if choice == error_dialogs.OPEN_ANOTHER:
            chosen = export_commands.ask_open_path(None, _t("Open journal"), start, kinds)
        else:
            new = start / "journal.sqlite3"
            chosen = export_commands.ask_save_path(None, _t("New journal"), new, kinds)
        if chosen is not None and session.open(chosen):
            return True
    return False
