"""While long work runs, the window's conflicting commands wait, and quitting asks first."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from debrief.ui.actions import Actions
from debrief.ui.work.activity import activity

#: Commands that would clash with work on the journal: a second import or export, a
#: backup or restore, and closing this journal for another.
CONFLICTING = (
    "actionImport",
    "actionImportJson",
    "actionExport",
    "actionExportCsv",
    "actionExportCalendar",
    "actionBackup",
    "actionNewJournal",
    "actionOpenJournal",
)


class WorkBlocker(QObject):
    """Holds the window's CONFLICTING commands while any work runs, saying why."""

    def __init__(self, actions: Actions, window: QWidget) -> None:
        super().__init__(window)
        self.actions = actions
        self.window = window
        self.recent_menu = None  # "Open recent", when the window has one
        activity().changed.connect(self.follow)
        self.follow()

    def follow(self) -> None:
        work = activity().current
        names = [n for n in CONFLICTING if n in {a.objectName() for a in self.actions}]
        if work is None:
            self.actions.release()
        else:
            why = self.tr("Please wait until “{work}” has finished, or cancel it.").format(
                work=work.title
            )
            self.actions.hold(names, why)
        if self.recent_menu is not None:
            self.recent_menu.setEnabled(work is None)

    def may_close(self) -> bool:
        """True when nothing runs, or the user chose to cancel it (it is undone first)."""
        work = activity().current
        if work is None:
            return True
        from PySide6.QtWidgets import QMessageBox  # most closes never ask

        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Work still running"),
            self.tr(
                "“{work}” has not finished yet. Cancel it and quit? Nothing of it will be "
                "kept; your journal stays as it was before it started."
            ).format(work=work.title),
            parent=self.window,
        )
        box.setObjectName("quitWhileWorking")
        stop = box.addButton(self.tr("Cancel it and quit"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Keep working"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is not stop:
            return False
        return activity().cancel_all()
