"""The Journal menu's file commands: import, export, backups, and switching journal files."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtWidgets import QMenu, QWidget

from debrief.journal.store.journal import Journal
from debrief.ui import recent_journals
from debrief.ui.error_dialogs import show_not_found


class FileCommands(QObject):
    """Import, export, backups and switching files, reaching the window only through the
    callbacks it hands in: `switch_to(path)` and `restore(backup)` ask the session.

    Each dialog module is imported when first used, so start-up does not pay for it.
    """

    def __init__(
        self,
        journal: Journal,
        parent: QWidget,
        settings: QSettings,
        switch_to: Callable[[Path], None],
        restore: Callable[[Path], None],
        imported: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self.parent_widget = parent
        self.settings = settings
        self.switch_to = switch_to
        self.restore = restore
        self.imported = imported  # rows came in that no undo step knows about

    def handlers(self) -> dict[str, Callable[[], None]]:
        """The registry's commands this object runs, by name."""
        return {
            "actionImport": self.import_csv,
            "actionExport": self.export_json,
            "actionExportCsv": self.export_csv,
            "actionImportJson": self.import_json,
            "actionBackup": self.show_backups,
            "actionNewJournal": self.choose_new,
            "actionOpenJournal": self.choose_existing,
        }

    def recent_menu(self, menu: QMenu) -> QMenu:
        """Add "Open recent" to `menu`; it lists the journals when it opens."""
        recent = menu.addMenu(self.tr("O&pen recent"))
        recent.setObjectName("recentMenu")
        recent.aboutToShow.connect(lambda: self._fill_recent(recent))
        return recent

    # -- import, export, backups -----------------------------------------------------------
    def import_csv(self) -> None:
        from debrief.ui.import_dialog import ImportDialog

        if not self.journal.read_only:
            dialog = ImportDialog(self.journal, self.parent_widget)
            dialog.exec()
            if dialog.report is not None and dialog.report.imported:
                self.imported()

    def export_json(self) -> None:
        from debrief.ui.export_commands import export_json_interactive

        export_json_interactive(self.journal, self.parent_widget)

    def export_csv(self) -> None:
        from debrief.ui.export_commands import export_csv_interactive

        export_csv_interactive(self.journal, self.parent_widget)

    def import_json(self) -> None:
        from debrief.ui.export_commands import import_json_interactive

        if not self.journal.read_only and import_json_interactive(
            self.journal, self.parent_widget, self.choose_new
        ):
            self.imported()

    def show_backups(self) -> None:
        from debrief.ui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.journal, self.parent_widget)
        # Restore after the dialog has closed: the session replaces this very window.
        dialog.restore_requested.connect(
            lambda path: QTimer.singleShot(0, lambda: self.restore(path))
        )
        dialog.exec()

    # -- switching journals ----------------------------------------------------------------
    def choose_existing(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # dialogs load when asked for

        path, _ = QFileDialog.getOpenFileName(
            self.parent_widget,
            self.tr("Open journal"),
            str(self.journal.path.parent),
            self.tr("Debrief journals (*.sqlite3 *.db);;All files (*)"),
        )
        if path:
            self.switch_to(Path(path))

    def choose_new(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self.parent_widget,
            self.tr("New journal"),
            str(self.journal.path.parent / "journal.sqlite3"),
            self.tr("Debrief journals (*.sqlite3)"),
            options=QFileDialog.Option.DontConfirmOverwrite,  # an existing file is opened
        )
        if path:
            self.switch_to(Path(path))

    def _fill_recent(self, menu: QMenu) -> None:
        menu.clear()
        here = self.journal.path.resolve()
        paths = [p for p in recent_journals.recent(self.settings) if p != here]
        for path in paths:
            action = menu.addAction(str(path))
            action.triggered.connect(lambda _=False, p=path: self._open_recent(p))
        if not paths:
            menu.addAction(self.tr("No other journals yet")).setEnabled(False)

    def _open_recent(self, path: Path) -> None:
        """Open a journal from the recent list, unless it is no longer there: opening it
        would make a new, empty journal in its place (on a drive since unplugged, in the
        folder it was moved from), which the user would take for theirs emptied."""
        if os.path.lexists(path):  # a link whose drive is gone is refused by the open
            self.switch_to(path)
            return
        show_not_found(self.parent_widget, path)
