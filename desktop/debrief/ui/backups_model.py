"""The Backups dialog's table: when each backup was made, how long ago, its size, and
which journal it copies (not recorded for those an older Debrief kept in a shared folder)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, Qt

from debrief.journal.store.files.backups import BackupInfo

_ROOT = QModelIndex()


def _t(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files every _t() text under ""


def made_text(when: dt.datetime) -> str:
    """When a backup was made, in the journal's date order with the time to the minute."""
    return when.strftime("%Y-%m-%d %H:%M")


def age_text(when: dt.datetime, today: dt.date | None = None) -> str:
    days = ((today or dt.date.today()) - when.date()).days
    if days <= 0:
        return _t("Today")
    if days == 1:
        return _t("Yesterday")
    return _t("{days} days ago").format(days=days)


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def shared_text() -> str:
    """Why a backup from the shared folder says no journal's name."""
    return _t(
        "Made before Debrief kept each journal's backups in a folder of its own: if other "
        "journals are kept in the same folder as this one, it may be a copy of one of them."
    )


def shared_note_text() -> str:
    """The note under the list when it shows a backup from the shared folder."""
    return _t(
        "“Not recorded”: made before Debrief kept each journal's backups in a folder of its "
        "own. If other journals are kept in the same folder as this one, it may be a copy "
        "of one of them."
    )


class BackupsModel(QAbstractTableModel):
    """The journal's backups, newest first: when, how long ago, size, whose."""

    COLUMNS = ("made", "age", "size", "journal")

    def __init__(self, parent=None, journal_name: str = "") -> None:
        super().__init__(parent)
        self._backups: list[BackupInfo] = []
        self._journal_name = journal_name
        self._headers = [_t("Made"), _t("Age"), _t("Size"), _t("Journal")]

    def set_backups(self, backups: list[BackupInfo]) -> None:
        self.beginResetModel()
        self._backups = list(backups)
        self.endResetModel()

    def backup(self, row: int) -> BackupInfo:
        return self._backups[row]

    def rowCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._backups)

    def columnCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.COLUMNS)
        ):
            return self._headers[section]
        return None

    def _text(self, info: BackupInfo, column: str) -> str | None:
        if column == "made":
            return made_text(info.when)
        if column == "age":
            return age_text(info.when)
        if column == "size":
            return size_text(info.size)
        if column == "journal":
            return _t("Not recorded") if info.shared else self._journal_name
        return None

    def _tip(self, path: Path, shared: bool) -> str:
        return f"{path}\n{shared_text()}" if shared else str(path)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._backups):
            return None
        info = self._backups[index.row()]
        column = self.COLUMNS[index.column()] if index.column() < len(self.COLUMNS) else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(info, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(info.path, info.shared)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "size":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
