"""Menu commands that save the journal as JSON or CSV, and bring a JSON export back in.

Each command asks for a place, writes, and tells the user where the result is. The file
dialogs and message boxes go through the module-level functions below (`ask_save_path`,
`ask_folder`, `ask_open_path`, `tell`, `warn`, `offer_new_journal`), so tests replace them with
monkeypatch.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from debrief.journal.portability.csv_table import ImportProblem
from debrief.journal.portability.export import (
    ArchiveRefused,
    export_csv,
    export_json,
    import_json,
    journal_is_empty,
)
from debrief.journal.progress import Cancelled, Progress
from debrief.journal.store.journal import DATABASE_ERRORS, Journal
from debrief.ui import vocabulary
from debrief.ui.count_words import count_words
from debrief.ui.error_dialogs import journal_error_text
from debrief.ui.save_places import confirm_saved, start_folder, with_suffix
from debrief.ui.vocabulary import problem_message
from debrief.ui.work.wait import run_with_progress

T = TypeVar("T")

JSON_FILTER = "*.json"
REPORT_LINES = 12  # refused values listed in the message; the rest are counted


def _t(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files every _t() text under ""


# -- what tests replace ------------------------------------------------------------------
def ask_save_path(
    parent: QWidget | None, caption: str, suggested: Path, filters: str
) -> Path | None:
    """The file the user chose to write (None on Cancel); the dialog asks before replacing."""
    chosen, _ = QFileDialog.getSaveFileName(parent, caption, str(suggested), filters)
    return Path(chosen) if chosen else None


def ask_folder(parent: QWidget | None, caption: str, start: Path) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, caption, str(start))
    return Path(chosen) if chosen else None


def ask_open_path(parent: QWidget | None, caption: str, start: Path, filters: str) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(parent, caption, str(start), filters)
    return Path(chosen) if chosen else None


def tell(parent: QWidget | None, title: str, text: str, saved: Path | None = None) -> None:
    """A message; for a save (`saved`), one that offers to show the file in its folder."""
    if saved is not None:
        confirm_saved(parent, title, text, saved)
    else:
        QMessageBox.information(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def offer_new_journal(parent: QWidget | None, title: str, text: str) -> bool:
    """A refusal with a way on: True when the user chose to start a new journal now."""
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Cancel, parent
    )
    start = box.addButton(_t("Start a &new journal…"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(start)
    box.exec()
    return box.clickedButton() is start


# -- places and names --------------------------------------------------------------------
def csv_words() -> dict[str, dict]:
    """The words the window shows for each coded CSV column (stage, outcome, feeling...)."""
    return {
        "stage": vocabulary.stages(),
        "outcome": vocabulary.outcomes(),
        "feeling": vocabulary.feelings(),
        "told_via": vocabulary.told_via(),
        "channel": vocabulary.channels(),
        "response": vocabulary.responses(),
        "kind": vocabulary.point_kinds(),
        "verdict": vocabulary.verdicts(),
        "status": vocabulary.action_statuses(),
    }


def dated_name(today: dt.date | None = None) -> str:
    """`debrief-YYYY-MM-DD`: sorts by date and says what the file is."""
    return f"debrief-{(today or dt.date.today()).isoformat()}"


def free_folder(parent: Path, name: str) -> Path:
    """`parent/name`, or `name (2)`, `(3)`... so an earlier export is never overwritten."""
    target, count = parent / name, 1
    while target.exists() or target.is_symlink():  # a link leading nowhere is taken too
        count += 1
        target = parent / f"{name} ({count})"
    return target


def _read_failed_text(exc: Exception) -> str:
    return _t(
        "Debrief could not read the journal to export it ({detail}). Nothing was written; "
        "please try again in a moment."
    ).format(detail=exc)


def _write_snapshot(
    parent: QWidget | None, journal: Journal, title: str, write: Callable[[Progress], T]
) -> T | None:
    """Run `write` (an export, which reads one snapshot of the journal) on a worker, with
    progress and Cancel; None if cancelled, or (after a kind message) not written."""
    try:
        return run_with_progress(write, title, parent, journal)
    except Cancelled:
        return None  # nothing was written: the user knows, they asked
    except ImportProblem as exc:
        warn(parent, _t("Not exported"), journal_error_text(exc))
    except DATABASE_ERRORS as exc:
        warn(parent, _t("Not exported"), _read_failed_text(exc))
    return None


def _entry_label(table: str, index: int) -> str:
    label = {
        "interviews": _t("Interview {index}"),
        "interviewers": _t("Interviewer {index}"),
        "themes": _t("Theme {index}"),
        "actions": _t("Thing to practise {index}"),
        "requests": _t("Feedback request {index}"),
        "points": _t("Feedback point {index}"),
        "applications": _t("Application {index}"),
        "profile": _t("Profile {index}"),
    }.get(table, table + " {index}")
    return label.format(index=index)


def refusal_report(exc: ArchiveRefused, shown: int = REPORT_LINES) -> str:
    """The refusal, then one line per refused value (entry, and why) up to `shown`."""
    lines = [
        f"• {_entry_label(r.table, r.index)}: {problem_message(r.problem.field, r.problem.code)}"
        for r in exc.refusals[:shown]
    ]
    if len(exc.refusals) > shown:
        lines.append(_t("…and {n} more.").format(n=len(exc.refusals) - shown))
    return "\n\n".join([journal_error_text(exc), "\n".join(lines)])


# -- commands ----------------------------------------------------------------------------
def export_json_interactive(journal: Journal, parent: QWidget | None = None) -> Path | None:
    """Save everything to one JSON file; returns its path, or None if cancelled or refused."""
    path = ask_save_path(
        parent,
        _t("Export the whole journal"),
        start_folder() / f"{dated_name()}.json",
        _t("Debrief export ({pattern})").format(pattern=JSON_FILTER),
    )
    if path is not None and not path.suffix:  # another suffix is the user's own choice
        path = with_suffix(parent, path, ".json")
    if path is None:
        return None
    title = _t("Exporting the journal")
    if _write_snapshot(parent, journal, title, lambda p: export_json(journal, path, p)) is None:
        return None
    tell(
        parent,
        _t("Journal exported"),
        _t(
            "Your whole journal is saved in {path}.\n\nIt holds your private notes, so keep "
            "it somewhere safe. To bring it back, start a new journal and choose Journal → "
            "Load a JSON export there."
        ).format(path=path),
        saved=path,
    )
    return path


def export_csv_interactive(journal: Journal, parent: QWidget | None = None) -> list[Path] | None:
    """One CSV file per table in a new dated folder inside the folder the user picks."""
    chosen = ask_folder(parent, _t("Choose where to save the CSV files"), start_folder())
    if chosen is None:
        return None
    folder = free_folder(chosen, f"{dated_name()}-csv")
    title = _t("Exporting CSV files")
    words = csv_words()  # translated here, on the window's thread
    written = _write_snapshot(
        parent, journal, title, lambda p: export_csv(journal, folder, words, p)
    )
    if written is None:
        return None
    tell(
        parent,
        _t("Journal exported"),
        _t(
            "{count}, one per kind of entry, are in {folder}.\n\nSpreadsheets open "
            "them directly. Cells that a spreadsheet could run as a formula start with an "
            "apostrophe, so they show as plain text."
        ).format(count=count_words().csv_files(len(written)), folder=folder),
        saved=folder,
    )
    return written


def import_json_interactive(
    journal: Journal,
    parent: QWidget | None = None,
    start_new: Callable[[], None] | None = None,
) -> dict | None:
    """Bring a Debrief JSON export into this journal, which must be empty.

    Into a journal with entries it is refused; `start_new` (the New journal command) is
    then offered, so the message is not a dead end. Returns how many rows each table
    received, or None when refused or cancelled.
    """
    if journal.read_only:
        tell(parent, _t("Not imported"), _t("This journal is read-only, so nothing can be added."))
        return None
    if not journal_is_empty(journal):
        title = _t("Start from an empty journal")
        text = _t(
            "A JSON export brings back a whole journal, so it can only go into an empty "
            "one: nothing gets mixed up or doubled. Start a new journal, then choose "
            "Journal → Load a JSON export there. This journal stays as it is, and Journal "
            "→ Open recent brings you back to it."
        )
        if start_new is None:
            tell(parent, title, text)
        elif offer_new_journal(parent, title, text):
            start_new()
        return None
    path = ask_open_path(
        parent,
        _t("Import a Debrief export"),
        start_folder(),
        _t("Debrief export ({pattern});;All files (*)").format(pattern=JSON_FILTER),
    )
    if path is None:
        return None
    try:
        counts = run_with_progress(
            lambda p: import_json(journal, path, p), _t("Importing the export"), parent, journal
        )
    except Cancelled:
        return None  # one transaction, rolled back: nothing was added
    except ArchiveRefused as exc:
        warn(parent, _t("Not imported"), refusal_report(exc))
        return None
    except ImportProblem as exc:
        warn(parent, _t("Not imported"), journal_error_text(exc))
        return None
    tell(
        parent,
        _t("Journal imported"),
        _t("{name} is now in this journal: {interviews}, {points} and {actions}.").format(
            name=path.name,
            interviews=count_words().interviews(counts["interviews"]),
            points=count_words().feedback_points(counts["points"]),
            actions=count_words().things_to_practise(counts["actions"]),
        ),
    )
    return counts
