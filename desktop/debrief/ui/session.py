"""The one journal this process has open and its window; switching journals replaces both."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from debrief.journal.progress import Cancelled
from debrief.journal.store.errors import CORRUPT, JournalError
from debrief.journal.store.identity import check_integrity
from debrief.journal.store.journal import DATABASE_ERRORS, Journal, open_journal
from debrief.ui import recent_journals
from debrief.ui.error_dialogs import ask_after_failure, show_already_open, show_journal_error
from debrief.ui.main_window import MainWindow
from debrief.ui.single_instance import SingleInstance

AUTO_BACKUP_DELAY_MS = 1500
#: How long closing waits for a page check still reading (it takes ~50 ms per 10,000).
CHECK_WAIT_S = 10


class Session(QObject):
    """Opens journals into windows, one at a time, guarding each file against a second writer.

    A journal is only given up once the next one has opened, so a failed switch leaves the
    user where they were.
    """

    #: (journal, JournalError | None) from the background page check, on the GUI thread.
    integrity_checked = Signal(object, object)

    def __init__(self, settings: QSettings, guard: SingleInstance | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.guard = guard or SingleInstance(self)
        self.journal: Journal | None = None
        self.window: MainWindow | None = None
        self.raised_other = False  # the last open() raised another process's window instead
        #: with no window open, what the user chose after a journal failed to open
        self.recovery: str | None = None
        self.demo = False  # the open journal is the --demo sample
        self._checks: list[threading.Thread] = []  # page checks still reading
        self.integrity_checked.connect(self._on_integrity_checked)
        self.guard.activation_requested.connect(self._raise_window)

    # -- opening -------------------------------------------------------------------------
    def open(self, path: Path, demo: bool = False) -> bool:
        """Open `path` in a new window, closing the current one; False if it could not."""
        path = Path(path).expanduser()
        if self.journal is not None and path.resolve() == self.journal.path.resolve():
            self._raise_window()
            return True
        if not demo and not self.guard.claim(path, listen=False):
            self.raised_other = self.guard.notify_running(path)
            if not self.raised_other:
                show_already_open(self.window, path)
            return False
        try:
            # Checked after the first paint. Without the lock (a folder where no lock file
            # can be made) another window could be writing: this one only reads.
            read_only = not demo and not self.guard.locked
            journal = open_journal(path, check_pages=False, read_only=read_only)
            if demo:
                from debrief.journal.demo.story import fill_demo

                fill_demo(journal)
            self._replace(journal)
            self.demo = demo  # a sample journal is thrown away: never backed up
        except JournalError as error:
            self._reclaim_current()
            if self.window is None:  # nothing to go back to: offer a way on
                self.recovery = ask_after_failure(None, error)
            else:
                show_journal_error(self.window, error)
            return False
        if not demo:
            QTimer.singleShot(0, self, lambda: self._settle(path))
        # With the session as context: a timer outliving it (a test's unrun loop) never fires.
        QTimer.singleShot(0, self, lambda: self._start_integrity_check(journal))
        return True

    def _settle(self, path: Path) -> None:
        """Once the window is up: list the journal among the recent ones, and start hearing
        later launches that want this window raised (the journal's lock is already ours)."""
        recent_journals.remember(self.settings, path)
        self.guard.listen()

    def _replace(self, journal: Journal) -> None:
        """Show `journal` in a new window, then close the old one; on failure keep the old."""
        old_window, old_journal = self.window, self.journal
        try:
            window = MainWindow(journal, self.settings)
        except DATABASE_ERRORS as exc:
            journal.close(optimize=False)  # damaged: not one byte more
            raise JournalError(CORRUPT, name=journal.path.name) from exc
        if old_window is not None:
            _retire(old_window)
        if old_journal is not None:
            self._finish_checks()
            old_journal.close()
        self.journal, self.window = journal, window
        window.journal_requested.connect(self.open)
        window.restore_requested.connect(self.restore)
        window.show()

    # -- after the first paint ---------------------------------------------------------------
    def _start_integrity_check(self, journal: Journal) -> None:
        """Read every page on a worker thread, started on the first turn of the event loop
        (the window is up by then); the weekly backup waits for its report."""
        if journal.closed or journal is not self.journal:
            return  # closed or switched away before the loop turned

        def work() -> None:
            self.integrity_checked.emit(journal, check_integrity(journal.path))

        self._checks = [t for t in self._checks if t.is_alive()]
        check = threading.Thread(target=work, name="debrief-integrity", daemon=True)
        self._checks.append(check)
        check.start()

    def _finish_checks(self) -> None:
        """Wait for page checks still reading: a file must not be closed (its shared-memory
        index unmapped) under a reader, and a check reports to this object."""
        for check in self._checks:
            check.join(timeout=CHECK_WAIT_S)
        self._checks.clear()

    def _on_integrity_checked(self, journal: Journal, error: JournalError | None) -> None:
        if journal is not self.journal:
            return  # switched away meanwhile
        if error is not None:
            # Damaged: stop before anything (the weekly backup included) writes to it.
            if self.window is not None:
                _retire(self.window)
                self.window = None
            journal.close(optimize=False)  # damaged: not one byte more
            self.journal = None
            self.guard.release()
            show_journal_error(None, error)
            return
        if not journal.read_only and not self.demo:
            # After the first paint: the weekly copy must not hold up the window.
            QTimer.singleShot(AUTO_BACKUP_DELAY_MS, self, lambda: self._auto_backup(journal))

    def _auto_backup(self, journal: Journal) -> None:
        """The weekly backup, on a worker (the window keeps answering; Cancel if slow)."""
        from debrief.ui.backups_dialog import start_auto_backup

        if journal is not self.journal or self.window is None:
            return  # switched or closed meanwhile
        start_auto_backup(journal, self.window, lambda text: self._notice(journal, text))

    def _notice(self, journal: Journal, text: str) -> None:
        if journal is self.journal and self.window is not None:  # not switched meanwhile
            self.window.statusBar().showMessage(text, 15_000)

    def _reclaim_current(self) -> None:
        """A new journal failed to open: hold on to (or take back) the current one."""
        if self.journal is not None:
            self.guard.claim(self.journal.path)
        else:
            self.guard.release()

    def _raise_window(self) -> None:
        """A second launch on this journal asked for the window instead (even from the
        tray, or minimised)."""
        if self.window is not None:
            self.window.showNormal()
            self.window.raise_()
            self.window.activateWindow()

    # -- restoring a backup ----------------------------------------------------------------
    def restore(self, backup: Path) -> bool:
        """Replace the open journal with `backup` (the current file is backed up first).

        The backup is copied and checked while the journal stays open, so a refused
        backup leaves the window as it was; only then is the journal closed, the file
        swapped and opened again. False (after a message) when nothing was restored."""
        from debrief.journal.store.files.backups import finish_restore

        if self.journal is None:
            return False
        path = self.journal.path
        try:
            prepared = self._prepare_restore(path, Path(backup))
        except Cancelled:
            return False  # the copy was removed; the journal never closed
        except JournalError as error:
            show_journal_error(self.window, error)
            return False
        if self.window is not None:
            _retire(self.window)
            self.window = None
        self._finish_checks()
        self.journal.close()
        self.journal = None
        try:
            finish_restore(path, prepared, Path(backup).name)
        except JournalError as error:
            show_journal_error(None, error)
            self.open(path)  # the untouched journal, open again
            return False
        return self.open(path)

    def _prepare_restore(self, path: Path, backup: Path) -> Path:
        """Copy and check the backup on a worker while the window stays open and answers."""
        from debrief.journal.store.files.backups import prepare_restore
        from debrief.ui.work.wait import run_with_progress

        return run_with_progress(
            lambda progress: prepare_restore(path, backup, progress),
            self.tr("Checking the backup"),
            self.window,
        )

    def close(self) -> None:
        self._finish_checks()
        if self.window is not None:
            self.window.close()
        if self.journal is not None:
            self.journal.close()
        self.guard.release()


def _retire(window: MainWindow) -> None:
    """Close a window the session is done with and let Qt delete it: its signal lambdas
    hold it in a cycle through Qt that Python's collector cannot see, so each switch of
    journal would otherwise keep the old window, its models and its closed journal."""
    window.close()
    window.deleteLater()
