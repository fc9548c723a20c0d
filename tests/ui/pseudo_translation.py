"""A pseudo-translation that makes every string 40% longer and marks it, for layout tests.

Every string that went through tr() shows up as ⟦text····⟧: a visible text without the
mark was never translatable, and a label too small for the longer text is clipped.
Screenshots (`shot`) go to the folder in $DEBRIEF_SHOTS, or the temporary folder.
"""

from __future__ import annotations

import math
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QWidget,
)

OPEN, CLOSE, PAD = "⟦", "⟧", "·"


def lengthen(text: str) -> str:
    """The same text, marked and padded by 40%; placeholders and mnemonics stay intact."""
    if not text:
        return text
    return OPEN + text + PAD * math.ceil(len(text) * 0.4) + CLOSE


class PseudoTranslator(QTranslator):
    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: N802
        return lengthen(source_text)

    def isEmpty(self) -> bool:  # noqa: N802
        return False


#: QAbstractSpinBox covers every date, time and number field (QDateTimeEdit too, whose
#: own line edit would otherwise be reported as an unnamed input of its own).
INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit)


def unlabelled_inputs(root: QWidget) -> list[str]:
    """Inputs a screen reader could not name: no label buddy and no accessible name.

    A hidden label names nothing, so only labels shown with their input count.
    """
    buddies = {
        id(label.buddy())
        for label in root.findChildren(QLabel)
        if label.buddy() is not None and label.isVisibleTo(root) and label.text()
    }
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or isinstance(widget.parent(), INPUTS):
            continue  # a combo's or date edit's own line edit is named through its owner
        if not widget.isVisibleTo(root):
            continue
        if id(widget) in buddies or widget.accessibleName():
            continue
        missing.append(f"{type(widget).__name__} {widget.objectName() or '(no name)'}")
    return missing


def clipped_texts(root: QWidget) -> list[str]:
    """Visible labels and buttons whose text does not fit: too narrow for one line, or,
    for a wrapped label, too short for all its lines."""
    # Layouts are redone on the next turn of the event loop after a text changes: measure
    # what the user will see, not the sizes from before the change.
    QApplication.processEvents()
    clipped = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            # A wrapped label cannot be too narrow, but it can be too short for its lines.
            needed = widget.heightForWidth(widget.width())
            if widget.height() + 1 < needed:
                clipped.append(
                    f"QLabel {widget.text()[:50]!r}: height {widget.height()} < {needed}"
                )
            continue
        if isinstance(widget, QLabel) and widget.text():
            if widget.pixmap() is not None and not widget.pixmap().isNull():
                continue
            needed = widget.sizeHint().width()
        elif isinstance(widget, (QAbstractButton, QCheckBox, QRadioButton)) and widget.text():
            needed = widget.sizeHint().width()
        elif isinstance(widget, QGroupBox):
            needed = widget.minimumSizeHint().width()
        else:
            continue
        if widget.width() + 1 < needed:
            text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
            clipped.append(f"{type(widget).__name__} {text[:50]!r}: {widget.width()} < {needed}")
    return clipped


def untranslated_texts(root: QWidget, allowed: set[str] = frozenset()) -> list[str]:
    """Visible texts that did not go through tr(): labels, buttons, the window title, and
    the names a screen reader reads out (`allowed`: texts from the journal itself)."""
    found = []
    if root.isWindow() and root.windowTitle() and OPEN not in root.windowTitle():
        found.append(f"window title: {root.windowTitle()[:60]!r}")
    for widget in [*root.findChildren(QLabel), *root.findChildren(QAbstractButton)]:
        text = widget.text()
        if not widget.isVisible() or not text.strip() or text in allowed:
            continue
        if OPEN not in text:
            found.append(f"{type(widget).__name__} {widget.objectName()}: {text[:60]!r}")
    for widget in root.findChildren(QWidget):
        name = widget.accessibleName()
        if widget.isVisible() and name.strip() and OPEN not in name and name not in allowed:
            found.append(f"accessible name of {widget.objectName()}: {name[:60]!r}")
    return found


def shot(widget: QWidget, name: str) -> Path:
    """Save what `widget` shows as pseudo_<name>.png, to look at (see SHOTS)."""
    folder = Path(os.environ.get("DEBRIEF_SHOTS") or tempfile.gettempdir())
    path = folder / f"pseudo_{name}.png"
    widget.grab().save(str(path))
    return path


def accessibility_problems(root: QWidget, allowed: set[str] = frozenset()) -> list[str]:
    """Everything the three checks find in `root`, each line saying which check."""
    return [
        *(f"untranslated: {t}" for t in untranslated_texts(root, allowed)),
        *(f"clipped: {t}" for t in clipped_texts(root)),
        *(f"unlabelled: {t}" for t in unlabelled_inputs(root)),
    ]
