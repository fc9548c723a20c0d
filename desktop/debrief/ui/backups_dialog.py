"""The Backups dialog (back up now, the list, open the folder, restore) and the start notice."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from debrief.journal.progress import Progress
from debrief.journal.store.files.backups import (
    KEEP,
    BackupError,
    BackupInfo,
    auto_backup_if_due,
    backup_now,
    backups_folder,
    list_backups,
    own_backups,
)
from debrief.journal.store.journal import Journal
from debrief.ui.backups_model import BackupsModel, made_text, shared_note_text, shared_text
from debrief.ui.count_words import count_words
from debrief.ui.error_dialogs import journal_error_text
from debrief.ui.screen_fit import fit_to_screen
from debrief.ui.work.runner import Work


def _t(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files every _t() text under ""


def breakable(path: Path) -> str:
    """The path with break hints after each separator, so a long one wraps, not widens."""
    text = str(path)
    for separator in ("/", "\\"):
        text = text.replace(separator, separator + "\u200b")
    return text


class BackupsDialog(QDialog):
    """Lists the journal's backups, makes one on demand, and asks to restore one.

    The dialog never restores by itself: the journal must be closed before its file is
    replaced, and only the session code that opened the window can close and reopen it.
    After the user confirms, the dialog emits `restore_requested(path)` with the chosen
    backup and closes; the receiver closes the journal, calls
    `journal.backups.restore_backup(journal_path, path)` (which backs up the current file
    first) and opens the journal again.
    """

    #: The backup file (a pathlib.Path) the user confirmed to restore.
    restore_requested = Signal(object)

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        self.journal = journal
        self.folder = backups_folder(journal)
        self.model = BackupsModel(self, journal.path.name)
        self._build()
        self.refresh()
        fit_to_screen(self, 640, 460)

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "Debrief keeps copies of your journal in {folder}. It makes one by itself "
                "when you start it and the last copy is over a week old, and keeps the {keep} "
                "newest."
            ).format(folder=breakable(self.folder), keep=KEEP),
            objectName="backupsIntro",
            wordWrap=True,
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.view = self._build_view()
        empty = QLabel(
            self.tr("No backups yet. “Back up now” makes the first one."),
            objectName="backupsEmpty",
            wordWrap=True,
        )
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(objectName="backupsStack")
        self.stack.addWidget(self.view)
        self.stack.addWidget(empty)
        self.shared_note = QLabel(shared_note_text(), objectName="backupsSharedNote", wordWrap=True)
        self.shared_note.setTextFormat(Qt.TextFormat.PlainText)
        self.shared_note.hide()
        self.status = QLabel(objectName="backupsStatus", wordWrap=True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()

        self.backup_button = QPushButton(self.tr("&Back up now"), objectName="backupNowButton")
        self.restore_button = QPushButton(self.tr("&Restore…"), objectName="restoreButton")
        self.open_button = QPushButton(
            self.tr("&Open backups folder"), objectName="openBackupsFolderButton"
        )
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.open_button.clicked.connect(self.open_folder)
        self.restore_button.setToolTip(
            self.tr("Replace the journal with the selected backup, after backing it up")
        )
        row = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.open_button):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row.addWidget(close)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.shared_note)
        layout.addWidget(self.status)
        layout.addLayout(row)

    def _build_view(self) -> QTableView:
        view = QTableView(objectName="backupsView")
        view.setModel(self.model)
        view.setAccessibleName(self.tr("Backups, newest first"))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setTabKeyNavigation(False)  # Tab moves on; arrows move in the table
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        view.activated.connect(lambda _index: self.restore_selected())
        return view

    # -- state ---------------------------------------------------------------------------
    def refresh(self, select: Path | None = None) -> None:
        """Re-read the folder; select the backup at `select` if given."""
        backups = list_backups(self.journal)
        self.model.set_backups(backups)
        self.stack.setCurrentIndex(0 if backups else 1)
        self.shared_note.setVisible(any(info.shared for info in backups))
        paths = [b.path for b in backups]
        if select in paths:
            self.view.selectRow(paths.index(select))
        self._update_buttons()

    def selected_backup(self) -> BackupInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.backup(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected_backup() is not None)
        self.open_button.setEnabled(self.folder.is_dir())

    def _say(self, text: str, problem: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #a40000;" if problem else "")
        self.status.show()

    # -- commands ------------------------------------------------------------------------
    def back_up_now(self) -> Path | None:
        """Copy the journal on a worker (progress and Cancel past half a second)."""
        from debrief.journal.progress import Cancelled
        from debrief.ui.work.wait import run_with_progress

        buttons = (self.backup_button, self.restore_button)
        enabled = [button.isEnabled() for button in buttons]
        for button in buttons:
            button.setEnabled(False)
        try:
            path = run_with_progress(
                lambda progress: backup_now(self.journal, progress=progress),
                self.tr("Backing up the journal"),
                self,
                self.journal,
            )
        except Cancelled:
            self._say(self.tr("The backup was cancelled; no copy was made."))
            return None
        except BackupError as exc:
            self._say(journal_error_text(exc), problem=True)
            return None
        finally:
            for button, was in zip(buttons, enabled, strict=True):
                button.setEnabled(was)
        self.refresh(select=path)
        self._say(self.tr("Backed up to {path}").format(path=breakable(path)))
        return path

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))

    def confirm_restore(self, info: BackupInfo) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restore this backup?"),
            self.tr("Restore the backup made on {when}?").format(when=made_text(info.when)),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("restoreConfirmation")
        informative = self.tr(
            "Your journal will be replaced by this copy, so anything added after it was "
            "made will not be in it. Debrief first backs up your journal as it is now, "
            "so you can come back to it from this list. The journal closes and opens "
            "again."
        )
        if info.shared:
            informative = f"{shared_text()}\n\n{informative}"
        box.setInformativeText(informative)
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is restore

    def restore_selected(self) -> None:
        info = self.selected_backup()
        if info is None or not self.confirm_restore(info):
            return
        self.restore_requested.emit(info.path)
        self.accept()


def weekly_backup(
    journal: Journal, progress: Progress | None = None
) -> tuple[list[BackupInfo], Path | None]:
    """The weekly backup when it is due (any thread): the journal's own backups before it,
    and the one made now (None when none was due)."""
    before = own_backups(journal)
    return before, auto_backup_if_due(journal, progress=progress)


def made_notice(before: list[BackupInfo], path: Path | None) -> str | None:
    """What the status bar says of a weekly backup just made; None when none was due."""
    if path is None:
        return None
    if not before:
        return _t("Debrief made a first backup of your journal; it keeps one each week.")
    days = max((dt.datetime.now() - before[0].when).days, 1)
    return _t("Your journal was backed up; the one before was {age} old.").format(
        age=count_words().days(days)
    )


def failed_notice(exc: Exception) -> str:
    """What the status bar says when the weekly backup could not be made."""
    if isinstance(exc, BackupError):
        return _t("The weekly backup could not be made: {reason}").format(
            reason=journal_error_text(exc)
        )
    return _t("The weekly backup could not be made ({detail}).").format(detail=exc)


def auto_backup_notice(journal: Journal) -> str | None:
    """Make the weekly backup when it is due, here and now; a short status-bar notice,
    or None.

    Never raises: a failed backup must not stop Debrief from starting, so it becomes a
    notice too.
    """
    try:
        before, path = weekly_backup(journal)
    except Exception as exc:  # whatever went wrong, Debrief still starts
        return failed_notice(exc)
    return made_notice(before, path)


def start_auto_backup(journal: Journal, window: QWidget, tell: Callable[[str], None]) -> Work:
    """Make the weekly backup on a worker, when it is due: the window keeps answering,
    a progress dialog with Cancel shows if it takes a while, and the backup commands wait
    meanwhile. `tell(notice)` hears how it went (nothing when none was due or the user
    cancelled it; a cancelled copy leaves no file)."""
    from debrief.ui.work.activity import activity
    from debrief.ui.work.progress_dialog import ProgressDialog

    title = QCoreApplication.translate("BackupsDialog", "Backing up the journal")
    work = Work(lambda progress: weekly_backup(journal, progress), title, journal)
    ProgressDialog(work, window)

    def finished(result: tuple[list[BackupInfo], Path | None]) -> None:
        if notice := made_notice(*result):
            tell(notice)

    work.finished.connect(finished)
    work.failed.connect(lambda exc: tell(failed_notice(exc)))
    work.ended.connect(work.deleteLater)
    work.start()
    activity().add(work)
    return work
