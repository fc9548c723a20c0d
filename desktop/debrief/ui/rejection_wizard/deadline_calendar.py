"""The ask page's "Add to calendar": the one ask deadline written as an iCalendar file."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from debrief.journal.practice.reminders.calendar import deadline_calendar
from debrief.journal.store.files.atomic_file import write_atomic
from debrief.ui.rejection_wizard.base import parse_iso
from debrief.ui.save_places import start_folder, with_suffix

CALENDAR_FILTER = "iCalendar (*.ics)"


def _t(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files every _t() text under ""


def calendar_button() -> QPushButton:
    button = QPushButton(_t("Add to calen&dar…"), objectName="addToCalendar")
    button.setToolTip(_t("Save the deadline as a calendar event with a reminder"))
    return button


def _file_name(company: str) -> str:
    """`ask-quill-deadline.ics`: says what it is; nothing a file system could refuse."""
    slug = re.sub(r"[^\w]+", "-", company.lower(), flags=re.UNICODE).strip("-") or "feedback"
    return f"ask-{slug[:40]}-deadline.ics"


def add_deadline(parent: QWidget, interview_id: int, company: str, data: dict) -> bool:
    """Ask where (Documents, or home), write the deadline, and confirm; False if nothing
    was written (no deadline ahead, Cancel, or the disk refused)."""
    from debrief.ui import export_commands  # dialogs and paths load when first used

    told_at = parse_iso(data.get("told_at"))
    ics = deadline_calendar(interview_id, company, told_at, data.get("told_via"), dt.datetime.now())
    if ics is None:
        export_commands.tell(
            parent,
            _t("No deadline to add"),
            _t(
                "There is no ask deadline still ahead: when you were told by phone, the call "
                "was the moment, and once the 24 hours have passed asking late still helps."
            ),
        )
        return False
    path = export_commands.ask_save_path(
        parent,
        _t("Add the deadline to your calendar"),
        start_folder() / _file_name(company),
        _t(CALENDAR_FILTER),
    )
    path = with_suffix(parent, path, ".ics")
    if path is None:
        return False
    try:
        write_atomic(path, ics)
    except OSError as exc:
        export_commands.warn(
            parent,
            _t("Not saved"),
            _t("Debrief could not write {path} ({detail}).").format(
                path=path, detail=exc.strerror or exc
            ),
        )
        return False
    export_commands.tell(
        parent,
        _t("Deadline saved"),
        _t(
            "Saved to {path}. Open it with your calendar app: the event reminds you before "
            "the 24 hours end, and adding it again updates the same event."
        ).format(path=path),
    )
    return True
