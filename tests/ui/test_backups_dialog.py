"""The Backups dialog: back up now, the list, the folder, and a restore that asks first."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from debrief.journal.store.files.backups import BACKUP_FAILED, BackupError, backup_now, list_backups
from debrief.ui import backups_dialog
from debrief.ui.backups_dialog import BackupsDialog, auto_backup_notice
from debrief.ui.backups_model import BackupsModel, age_text
from tests.conftest import add_interviews

T0 = dt.datetime(2026, 3, 1, 9, 0, 0)


@pytest.fixture
def dialog(qtbot, journal):
    shown = BackupsDialog(journal)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def click(qtbot, button) -> None:
    assert button.isEnabled(), f"{button.text()} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def listed(dialog: BackupsDialog) -> list[str]:
    model = dialog.view.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def answer_confirmation(button_text: str, seen: list[str]) -> None:
    """When the confirmation opens, note its words and press `button_text`."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and box.objectName() == "restoreConfirmation"
        seen.append(f"{box.text()}\n{box.informativeText()}")
        (button,) = [b for b in box.buttons() if b.text().replace("&", "") == button_text]
        button.click()

    QTimer.singleShot(0, press)


def test_an_empty_list_says_how_to_make_the_first_backup(dialog):
    assert dialog.stack.currentWidget().objectName() == "backupsEmpty"
    assert not dialog.restore_button.isEnabled()
    assert not dialog.open_button.isEnabled()  # no folder yet


def test_back_up_now_adds_a_row_and_says_where(qtbot, dialog, journal):
    add_interviews(journal, 2)
    click(qtbot, dialog.backup_button)
    (made,) = list_backups(journal)
    assert dialog.view.model().rowCount() == 1
    assert dialog.stack.currentWidget() is dialog.view
    assert dialog.status.text().replace("\u200b", "") == f"Backed up to {made.path}"
    assert dialog.selected_backup() == made  # ready to restore or inspect
    click(qtbot, dialog.backup_button)
    assert dialog.view.model().rowCount() == 2


def test_backups_are_listed_newest_first_with_age_and_size(qtbot, journal):
    for days in (3, 10, 0):
        backup_now(journal, now=T0 + dt.timedelta(days=days))
    shown = BackupsDialog(journal)
    qtbot.addWidget(shown)
    assert listed(shown) == ["2026-03-11 09:00", "2026-03-04 09:00", "2026-03-01 09:00"]
    size = shown.model.index(0, 2).data()
    assert size.endswith("kB") or size.endswith("bytes")
    assert age_text(T0, today=dt.date(2026, 3, 1)) == "Today"
    assert age_text(T0, today=dt.date(2026, 3, 2)) == "Yesterday"
    assert age_text(T0, today=dt.date(2026, 3, 9)) == "8 days ago"


def test_the_model_passes_the_model_tester(qtmodeltester, journal):
    for day in range(3):
        backup_now(journal, now=T0 + dt.timedelta(days=day))
    model = BackupsModel()
    model.set_backups(list_backups(journal))
    qtmodeltester.check(model, force_py=False)


def test_restore_asks_first_then_requests_the_selected_backup(qtbot, journal):
    older = backup_now(journal, now=T0)
    backup_now(journal, now=T0 + dt.timedelta(days=1))
    shown = BackupsDialog(journal)
    qtbot.addWidget(shown)
    shown.show()
    shown.view.selectRow(1)
    seen: list[str] = []
    answer_confirmation("Restore", seen)

    with qtbot.waitSignal(shown.restore_requested) as requested:
        click(qtbot, shown.restore_button)

    assert requested.args == [older]
    assert "2026-03-01 09:00" in seen[0]
    assert "backs up your journal as it is now" in seen[0]
    assert shown.result() == QDialog.DialogCode.Accepted and not shown.isVisible()
    assert len(list_backups(journal)) == 2  # the dialog itself restores nothing


def test_cancel_restores_nothing_and_emits_nothing(qtbot, journal):
    backup_now(journal, now=T0)
    shown = BackupsDialog(journal)
    qtbot.addWidget(shown)
    shown.show()
    shown.view.selectRow(0)
    requests: list[Path] = []
    shown.restore_requested.connect(requests.append)
    seen: list[str] = []
    answer_confirmation("Cancel", seen)

    click(qtbot, shown.restore_button)

    assert len(seen) == 1 and requests == []
    assert shown.isVisible()


def test_open_backups_folder_opens_it(qtbot, dialog, journal, monkeypatch):
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    click(qtbot, dialog.backup_button)
    click(qtbot, dialog.open_button)
    assert [Path(url.toLocalFile()) for url in opened] == [
        journal.path.parent / "backups" / journal.path.name
    ]


def test_a_failed_backup_is_explained(qtbot, dialog, monkeypatch):
    def failing(journal, progress=None):
        raise BackupError(BACKUP_FAILED, folder="/media/usb", detail="No space left on device")

    monkeypatch.setattr(backups_dialog, "backup_now", failing)
    click(qtbot, dialog.backup_button)
    assert dialog.status.text() == (
        "Debrief could not make a backup in /media/usb: No space left on device. "
        "The journal itself is unchanged."
    )
    assert dialog.view.model().rowCount() == 0


def test_auto_backup_notice_once_a_week(journal):
    assert auto_backup_notice(journal) is None  # an empty journal holds nothing to lose
    add_interviews(journal, 1)
    first = auto_backup_notice(journal)
    assert "first backup" in first and "week old" not in first  # there was none before
    assert len(list_backups(journal)) == 1
    assert auto_backup_notice(journal) is None  # not due again yet


def test_a_later_backup_says_how_old_the_one_before_was(journal, monkeypatch):
    import datetime as dt

    from debrief.journal.store.files import backups

    add_interviews(journal, 1)
    backups.backup_now(journal, now=dt.datetime.now() - dt.timedelta(days=9))
    notice = auto_backup_notice(journal)
    assert "backed up" in notice and "9 days old" in notice


def test_the_demo_is_never_backed_up(qtbot, tmp_path, settings):
    from debrief.ui.session import Session

    session = Session(settings)
    try:
        assert session.open(tmp_path / "demo.sqlite3", demo=True)
        assert session.demo
        session._on_integrity_checked(session.journal, None)  # the check found it whole
        qtbot.wait(backups_dialog_delay() + 300)
        assert list_backups(session.journal) == []
        assert "backed up" not in session.window.statusBar().currentMessage()
    finally:
        session.close()


def backups_dialog_delay() -> int:
    from debrief.ui.session import AUTO_BACKUP_DELAY_MS

    return AUTO_BACKUP_DELAY_MS


@pytest.mark.parametrize(
    "problem",
    [BackupError(BACKUP_FAILED, folder="/x", detail="Permission denied"), RuntimeError("odd")],
)
def test_auto_backup_notice_never_raises(journal, monkeypatch, problem):
    def failing(journal, progress=None):
        raise problem

    monkeypatch.setattr(backups_dialog, "auto_backup_if_due", failing)
    notice = auto_backup_notice(journal)
    assert notice.startswith("The weekly backup could not be made")


def test_the_weekly_backup_runs_on_a_worker_and_tells_how_it_went(qtbot, window, journal):
    from debrief.ui.work.activity import activity

    add_interviews(journal, 1)
    told = []
    work = backups_dialog.start_auto_backup(journal, window, told.append)
    assert work in activity().works  # the backup commands wait meanwhile
    assert work.title == "Backing up the journal"
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    assert "first backup" in told[0]
    assert len(list_backups(journal)) == 1


def test_a_cancelled_weekly_backup_leaves_no_file_and_says_nothing(
    qtbot, window, journal, monkeypatch
):
    real = backups_dialog.auto_backup_if_due

    def cancelled_meanwhile(journal, progress=None):
        progress.cancel()  # as the progress dialog's Cancel would, while it copies
        return real(journal, progress=progress)

    monkeypatch.setattr(backups_dialog, "auto_backup_if_due", cancelled_meanwhile)
    add_interviews(journal, 1)
    told = []
    work = backups_dialog.start_auto_backup(journal, window, told.append)
    with qtbot.waitSignal(work.cancelled, timeout=5000):
        pass
    folder = backups_dialog.backups_folder(journal)
    assert not folder.exists() or list(folder.iterdir()) == []
    assert told == []


def test_a_failed_weekly_backup_becomes_a_notice(qtbot, window, journal, monkeypatch):
    def failing(journal, progress=None):
        raise BackupError(BACKUP_FAILED, folder="/x", detail="Permission denied")

    monkeypatch.setattr(backups_dialog, "auto_backup_if_due", failing)
    told = []
    backups_dialog.start_auto_backup(journal, window, told.append)
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    assert told[0].startswith("The weekly backup could not be made")


def test_restore_never_offers_another_journal_s_backups(qtbot, journal):
    from debrief.journal.store.journal import open_journal

    work = open_journal(journal.path.with_name("work.sqlite3"))
    try:
        theirs = backup_now(work, now=T0)
        mine = backup_now(journal, now=T0 + dt.timedelta(days=1))
    finally:
        work.close()
    shown = BackupsDialog(journal)
    qtbot.addWidget(shown)
    assert [shown.model.backup(row).path for row in range(shown.model.rowCount())] == [mine]
    assert theirs.exists()
    assert shown.model.index(0, 3).data() == journal.path.name
    assert shown.shared_note.isHidden()


def test_an_old_shared_backup_is_listed_marked_and_explained_before_restore(qtbot, journal):
    made = backup_now(journal, now=T0)
    old = made.parent.parent / "debrief-20260101-090000.sqlite3"
    old.write_bytes(made.read_bytes())
    shown = BackupsDialog(journal)
    qtbot.addWidget(shown)
    shown.show()
    assert listed(shown) == ["2026-03-01 09:00", "2026-01-01 09:00"]
    assert shown.model.index(1, 3).data() == "Not recorded"
    assert "other journals" in shown.model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert not shown.shared_note.isHidden()
    shown.view.selectRow(1)
    seen: list[str] = []
    answer_confirmation("Restore", seen)
    with qtbot.waitSignal(shown.restore_requested) as requested:
        click(qtbot, shown.restore_button)
    assert requested.args == [old]
    assert "may be a copy of one of them" in seen[0]
