"""Remember window geometry, splitter sizes and column layout in QSettings, by objectName.

A saved layout is checked when it comes back: a pane squeezed to almost nothing (a
465/42 split saved on a first, empty start) or a list dragged to 0 px is shared out again,
so nothing the user needs can stay hidden behind a splitter handle.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter, QTableView, QWidget

from debrief.ui.column_fit import ColumnFit
from debrief.ui.screen_fit import fit_to_screen

#: A restored pane smaller than this share of its splitter is given room again.
SMALLEST_SHARE = 0.2


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


def sane_sizes(sizes: list[int], smallest: float = SMALLEST_SHARE) -> list[int]:
    """`sizes` with every pane at least `smallest` of the total, taken from the largest.

    Only the splitter's own total is shared out, so the window keeps its size.
    """
    total = sum(sizes)
    if total <= 0 or len(sizes) < 2:
        return sizes
    floor = int(total * smallest)
    fixed = [max(size, floor) for size in sizes]
    excess = sum(fixed) - total
    while excess > 0:
        largest = max(range(len(fixed)), key=fixed.__getitem__)
        give = min(excess, fixed[largest] - floor)
        if give <= 0:
            break
        fixed[largest] -= give
        excess -= give
    return fixed


def repair_splitter(splitter: QSplitter) -> bool:
    """Give back room to any pane the restored state squeezed; True when it changed."""
    sizes = splitter.sizes()
    visible = [i for i in range(splitter.count()) if not splitter.widget(i).isHidden()]
    shown = [sizes[i] for i in visible]
    fixed = sane_sizes(shown)
    if fixed == shown:
        return False
    for i, size in zip(visible, fixed, strict=True):
        sizes[i] = size
    splitter.setSizes(sizes)
    return True


def restore_layout(
    window: QMainWindow, settings: QSettings, designed: tuple[int, int] | None = None
) -> bool:
    """Put back what save_layout stored; returns False on first start (nothing stored).

    On first start the window takes its `designed` size, or less on a smaller screen. A
    saved size is fitted too: it may come from a larger screen or a smaller text size.
    """
    if designed is not None:
        fit_to_screen(window, *designed)
    name = window.objectName()
    geometry = _bytes(settings, f"{name}/geometry")
    if geometry is None:
        return False
    window.restoreGeometry(geometry)
    if not window.windowState() & (
        Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen
    ):
        fit_to_screen(window, window.width(), window.height())
    if state := _bytes(settings, f"{name}/state"):
        window.restoreState(state)
    children: list[QWidget] = [*window.findChildren(QSplitter), *window.findChildren(QTableView)]
    for child in children:
        if not child.objectName():
            continue
        if isinstance(child, QSplitter):
            if state := _bytes(settings, f"{name}/{child.objectName()}"):
                child.restoreState(state)
                repair_splitter(child)
        elif state := _bytes(settings, f"{name}/{child.objectName()}/header"):
            child.horizontalHeader().restoreState(state)
            if fit := child.findChild(ColumnFit):
                fit.apply(keep_widths=True)
    return True
