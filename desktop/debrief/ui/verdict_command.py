"""“Change what I think of this…” under the feedback points: the button, the context-menu
entry and the key. The dialog (verdict_dialog.py) loads when first asked for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QTableView

from debrief.journal.store.journal import Journal
from debrief.ui.table_models import DetailModel

if TYPE_CHECKING:
    from debrief.ui.verdict_dialog import VerdictDialog

#: The kinds of point a verdict applies to: praise needs none.
JUDGED = ("held_back", "advice")
CHANGE_KEYS = "Ctrl+Shift+V"


def _t(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files every _t() text under ""


class VerdictCommand(QObject):
    """“Change what I think of this…” for the selected feedback point: a button under the
    points, the same in their context menu, and Ctrl+Shift+V in the table."""

    def __init__(self, journal: Journal, view: QTableView, model: DetailModel) -> None:
        super().__init__(view)
        self.journal, self.view, self.model = journal, view, model
        self.button = QPushButton(
            _t("Change &what I think of this…"), objectName="changeVerdictButton"
        )
        self.button.setToolTip(
            _t("Weakness, impression, or disagree with a note ({keys})").format(keys=CHANGE_KEYS)
        )
        self.action = QAction(_t("Change what I think of this…"), view)
        self.action.setObjectName("actionChangeVerdict")
        self.action.setShortcut(QKeySequence(CHANGE_KEYS))
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        view.addAction(self.action)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.button.clicked.connect(self.run)
        self.action.triggered.connect(self.run)
        model.modelReset.connect(self.follow)
        view.selectionModel().selectionChanged.connect(lambda *_: self.follow())
        self.follow()

    def point_id(self) -> int | None:
        """The selected point, if a verdict applies to it (criticism or advice)."""
        index = self.view.currentIndex()
        selected = self.view.selectionModel().isSelected(index) if index.isValid() else False
        if not selected or index.row() >= self.model.rowCount():
            return None
        kind = self.model.value(index.row(), self.model.columns.index("kind"))
        return self.model.row_id(index.row()) if kind in JUDGED else None

    def follow(self) -> None:
        usable = self.point_id() is not None and not self.journal.read_only
        self.button.setEnabled(usable)
        self.action.setEnabled(usable)

    def run(self) -> VerdictDialog | None:
        from debrief.journal.practice.verdicts import point_verdict
        from debrief.ui.verdict_dialog import VerdictDialog

        point_id = self.point_id()
        point = point_verdict(self.journal, point_id) if point_id is not None else None
        if point is None or self.journal.read_only:
            return None
        dialog = VerdictDialog(self.journal, point, self.view.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
