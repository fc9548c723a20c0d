"""Help → Keyboard shortcuts: every command's keys, read from the actions registry so the
list can never go stale."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from debrief.ui.screen_fit import fit_to_screen


class ShortcutsDialog(QDialog):
    """A two-column table: what a command does, and the keys that run it."""

    def __init__(self, shortcuts: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts — Debrief"))
        table = QTableWidget(len(shortcuts), 2, self, objectName="shortcutsTable")
        table.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Keys")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        for row, (what, keys) in enumerate(shortcuts):
            table.setItem(row, 0, QTableWidgetItem(what.rstrip("…")))
            table.setItem(row, 1, QTableWidgetItem(keys))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.table = table
        fit_to_screen(self, 460, 520)
