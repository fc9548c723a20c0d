"""Which conversation to go on with, when one interview's debrief asked more than one person."""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from debrief.journal.practice import debriefs
from debrief.journal.practice.debriefs import OpenRequest
from debrief.journal.store.journal import Journal


def _t(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files every _t() text under ""


def describe(request: OpenRequest) -> str:
    """One line a user recognises: whom they asked and where that conversation stands."""
    who = request.interviewer or _t("Someone not named yet")
    if not request.asked:
        where = _t("not asked yet")
    elif request.step == "listen":
        where = _t("asked, waiting for a reply")
    elif request.step in ("clarify", "thank", "improve"):
        where = _t("replied, debrief under way")
    else:
        where = _t("asked")
    return _t("{who}: {where}").format(who=who, where=where)


def choose_request(
    journal: Journal, interview_id: int, parent: QWidget | None
) -> int | None | Literal[False]:
    """The request to continue: None when there is at most one (the wizard takes it), its
    id when the user picked one, False when they closed the question."""
    requests = debriefs.unfinished_requests(journal, interview_id)
    if len(requests) < 2:
        return None
    dialog = QInputDialog(parent, objectName="requestChoice")
    dialog.setWindowTitle(_t("Continue which conversation?"))
    dialog.setLabelText(
        _t("You asked more than one person. Whose conversation would you like to go on with?")
    )
    dialog.setComboBoxItems([describe(r) for r in requests])
    dialog.setComboBoxEditable(False)
    if dialog.exec() != QInputDialog.DialogCode.Accepted:
        return False
    items = dialog.comboBoxItems()
    chosen = dialog.textValue()
    return requests[items.index(chosen)].request_id if chosen in items else False
