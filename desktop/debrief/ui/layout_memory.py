"""Remember window geometry, splitter sizes and column layout in QSettings, by objectName."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter, QTableView, QWidget


def _bytes(settings: QSettings, key: str) -> QByteArray | None:
    value = settings.value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def save_layout(window: QMainWindow, settings: QSettings) -> None:
    """Store the window's geometry and the state of every named splitter and table header."""
    name = window.objectName()
    settings.setValue(f"{name}/geometry", window.saveGeometry())
    settings.setValue(f"{name}/state", window.saveState())
    for splitter in window.findChildren(QSplitter):
        if splitter.objectName():
            settings.setValue(f"{name}/{splitter.objectName()}", splitter.saveState())
    for view in window.findChildren(QTableView):
        if view.objectName():
            header: QHeaderView = view.horizontalHeader()
            settings.setValue(f"{name}/{view.objectName()}/header", header.saveState())
    settings.sync()


def restore_layout(window: QMainWindow, settings: QSettings) -> bool:
    """Put back what save_layout stored; returns False on first start (nothing stored)."""
    name = window.objectName()
    geometry = _bytes(settings, f"{name}/geometry")
    if geometry is None:
        return False
    window.restoreGeometry(geometry)
    if state := _bytes(settings, f"{name}/state"):
        window.restoreState(state)
    children: list[QWidget] = [*window.findChildren(QSplitter), *window.findChildren(QTableView)]
    for child in children:
        if not child.objectName():
            continue
        if isinstance(child, QSplitter):
            if state := _bytes(settings, f"{name}/{child.objectName()}"):
                child.restoreState(state)
        elif state := _bytes(settings, f"{name}/{child.objectName()}/header"):
            child.horizontalHeader().restoreState(state)
    return True
