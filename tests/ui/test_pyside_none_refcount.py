"""Regression guard for PySide6 6.12.0 on Python 3.11, which over-releases None.

See the known traps in docs/ARCHITECTURE.md.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtWidgets import QComboBox


class _Bare(QAbstractTableModel):
    def rowCount(self, parent=None):
        return 1

    def columnCount(self, parent=None):
        return 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        return super().headerData(section, orientation, role)


def test_empty_qt_values_do_not_drain_none(qapp):
    combo = QComboBox()
    combo.addItem("no data")
    model = _Bare()
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(10_000):
        combo.currentData()
        index.data(Qt.ItemDataRole.UserRole + 7)
        model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    after = sys.getrefcount(None)
    # A healthy binding leaves None's count where it was (give or take a few references
    # held by frames); the broken one drops it by about one per call, 30,000 here.
    assert after >= before - 100, f"None lost {before - after} references"
