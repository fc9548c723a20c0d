"""The Journal menu's file commands: import, export, backups, and switching journal files."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from debrief.ui import recent_journals

if TYPE_CHECKING:
    from debrief.ui.main_window import MainWindow


class FileCommands(QObject):
    """Adds its actions to `menu`; asks the session (through the window's signals) to switch.

    Each dialog module is imported when first used, so start-up does not pay for it.
    """

    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.journal = window.journal
        writable = not self.journal.read_only
        tr = self.tr
        for entry in (
            (
                "actionImport",
                tr("&Import from CSV…"),
                ["Ctrl+Shift+I"],
                self.import_csv,
                tr("Bring interviews in from another tracker's CSV file"),
                writable,
            ),
            (
                "actionExport",
                tr("E&xport everything…"),
                ["Ctrl+E"],
                self.export_json,
                tr("Save the whole journal as one JSON file"),
                True,
            ),
            (
                "actionExportCsv",
                tr("Export as &CSV…"),
                [],
                self.export_csv,
                tr("Save one CSV file per table, for spreadsheets"),
                True,
            ),
            (
                "actionImportJson",
                tr("&Load a JSON export…"),
                [],
                self.import_json,
                tr("Fill this empty journal from a Debrief JSON export"),
                writable,
            ),
            (
                "actionBackup",
                tr("&Backups…"),
                ["Ctrl+B"],
                self.show_backups,
                tr("Back up now, or restore an earlier copy"),
                True,
            ),
            None,
            (
                "actionNewJournal",
                tr("New &journal…"),
                ["Ctrl+Shift+N"],
                self.choose_new,
                tr("Start a separate, empty journal file"),
                True,
            ),
            (
                "actionOpenJournal",
                tr("&Open journal…"),
                [QKeySequence.StandardKey.Open],
                self.choose_existing,
                tr("Open another journal file"),
                True,
            ),
        ):
            if entry is None:
                menu.addSeparator()
                continue
            name, text, keys, slot, tip, enabled = entry
            action = window._action(name, text, keys, slot, tip)
            action.setEnabled(enabled)
            menu.addAction(action)
        self.recent_menu = menu.addMenu(tr("Open &recent"))
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent)

    # -- import, export, backups -----------------------------------------------------------
    def import_csv(self) -> None:
        from debrief.ui.import_dialog import ImportDialog

        if not self.journal.read_only:
            ImportDialog(self.journal, self.window).exec()

    def export_json(self) -> None:
        from debrief.ui.export_commands import export_json_interactive

        export_json_interactive(self.journal, self.window)

    def export_csv(self) -> None:
        from debrief.ui.export_commands import export_csv_interactive

        export_csv_interactive(self.journal, self.window)

    def import_json(self) -> None:
        from debrief.ui.export_commands import import_json_interactive

        if not self.journal.read_only:
            import_json_interactive(self.journal, self.window)

    def show_backups(self) -> None:
        from debrief.ui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.journal, self.window)
        # Restore after the dialog has closed: the session replaces this very window.
        dialog.restore_requested.connect(
            lambda path: QTimer.singleShot(0, lambda: self.window.restore_requested.emit(path))
        )
        dialog.exec()

    # -- switching journals ----------------------------------------------------------------
    def choose_existing(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # dialogs load when asked for

        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Open journal"),
            str(self.journal.path.parent),
            self.tr("Debrief journals (*.sqlite3 *.db);;All files (*)"),
        )
        if path:
            self.window.journal_requested.emit(Path(path))

    def choose_new(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("New journal"),
            str(self.journal.path.parent / "journal.sqlite3"),
            self.tr("Debrief journals (*.sqlite3)"),
            options=QFileDialog.Option.DontConfirmOverwrite,  # an existing file is opened
        )
        if path:
            self.window.journal_requested.emit(Path(path))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        here = self.journal.path.resolve()
        paths = [p for p in recent_journals.recent(self.window.settings) if p != here]
        for path in paths:
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _=False, p=path: self.window.journal_requested.emit(p))
        if not paths:
            self.recent_menu.addAction(self.tr("No other journals yet")).setEnabled(False)
