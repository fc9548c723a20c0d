"""Tab order against the layout: where Tab goes, and where a reader's eye goes.

The reading order is found by cutting the window the way a page is read: first into
bands that no widget crosses from top to bottom (rows), then each band into columns that
no widget crosses from left to right, and so on inside each part. A list beside a form
is read as the list, then the form from top to bottom; a form row is read left to right.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QRadioButton,
    QWidget,
)

MAX_PRESSES = 150


def window_rect(widget: QWidget) -> QRect:
    """The widget's rectangle in its window's coordinates."""
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def _bands(widgets: list[QWidget], vertical: bool) -> list[list[QWidget]]:
    """Split where no widget crosses: rows when `vertical`, else columns."""

    def span(widget: QWidget) -> tuple[int, int]:
        rect = window_rect(widget)
        return (rect.top(), rect.bottom()) if vertical else (rect.left(), rect.right())

    bands: list[list[QWidget]] = []
    end = None
    for widget in sorted(widgets, key=span):
        start, stop = span(widget)
        if end is None or start > end:
            bands.append([])
            end = stop
        bands[-1].append(widget)
        end = max(end, stop)
    return bands


def visual_order(widgets: list[QWidget], vertical: bool = True) -> list[QWidget]:
    """`widgets` in reading order (a recursive cut into rows, then columns)."""
    if len(widgets) <= 1:
        return list(widgets)
    bands = _bands(widgets, vertical)
    if len(bands) == 1:
        other = _bands(widgets, not vertical)
        if len(other) == 1:  # overlapping widgets: fall back to top, then left
            return sorted(widgets, key=lambda w: (window_rect(w).top(), window_rect(w).left()))
        bands, vertical = other, not vertical
    return [w for band in bands for w in visual_order(band, not vertical)]


def _inside_input(widget: QWidget, root: QWidget) -> bool:
    """A combo's or spin box's own line edit: Tab reaches it through its owner."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):
            return True
        parent = parent.parentWidget()
    return False


def _radio_reached_by_arrows(widget: QWidget) -> bool:
    """Tab enters an exclusive group of radio buttons once, at its checked button (or its
    first, when none is checked); the arrow keys move within the group."""
    if not isinstance(widget, QRadioButton):
        return False
    group = widget.group()
    if group is None or not group.exclusive():
        return False
    buttons = [b for b in group.buttons() if b.isVisible() and b.isEnabled()]
    checked = [b for b in buttons if b.isChecked()]
    entry = checked[0] if checked else visual_order(buttons)[0]
    return widget is not entry


def tab_stops(root: QWidget) -> list[QWidget]:
    """Every widget inside `root` that Tab should stop at, as shown now."""
    found = []
    for widget in root.findChildren(QWidget):
        if not (widget.isVisible() and widget.isEnabled()):
            continue
        # Radio buttons: Qt moves Tab focus around a group as the focus moves, so the
        # policy of the moment says little; the group decides (see above).
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not isinstance(
            widget, QRadioButton
        ):
            continue
        if widget.focusProxy() is not None or _inside_input(widget, root):
            continue
        if _radio_reached_by_arrows(widget):
            continue
        found.append(widget)
    return found


def tab_cycle(qtbot, start: QWidget) -> list[QWidget]:
    """Press Tab from `start` until the focus leaves it and comes back: every widget
    reached, in order (one that keeps Tab for itself a while, like a date's parts or a
    label's links, counted once)."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    if QApplication.focusWidget() is not start:
        focus, active = QApplication.focusWidget(), QApplication.activeWindow()
        raise AssertionError(
            f"{describe([start])} takes no focus; it is on "
            f"{describe([focus]) if focus else None} in {active!r}"
        )
    cycle = [start]
    for _ in range(MAX_PRESSES):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is start and len(cycle) > 1:
            return cycle
        if widget is not None and widget is not cycle[-1]:
            cycle.append(widget)
    if len(cycle) == 1 and tab_stops(start.window()) == [start]:
        return cycle  # the window's only stop: Tab has nowhere else to go
    raise AssertionError(f"Tab never came back to {describe([start])}: {describe(cycle)}")


def tab_order_problems(qtbot, root: QWidget) -> list[str]:
    """How Tab strays from the reading order inside `root` (empty when it does not).

    Tab must visit the stops in reading order, each once, in one run: leaving `root`
    (for a wizard's buttons, say) only after its last stop.
    """
    expected = visual_order(tab_stops(root))
    if not expected:
        return []
    cycle = tab_cycle(qtbot, expected[0])
    inside = [w for w in cycle if root.isAncestorOf(w)]
    problems = []
    if inside != expected:
        problems.append(f"Tab goes {describe(inside)}; the layout reads {describe(expected)}")
    leaves = next((i for i, w in enumerate(cycle) if not root.isAncestorOf(w)), len(cycle))
    if any(root.isAncestorOf(w) for w in cycle[leaves:]):
        problems.append(f"Tab leaves and comes back in the middle: {describe(cycle)}")
    return problems


def describe(widgets: list[QWidget]) -> list[str]:
    def name(widget: QWidget) -> str:
        text = widget.text().replace("&", "") if isinstance(widget, QAbstractButton) else ""
        return widget.objectName() or text or type(widget).__name__

    return [name(w) for w in widgets]
