"""A pseudo-translation that makes every string 40% longer and marks it, for layout tests.

Every string that went through tr() shows up as ⟦text····⟧: a visible text without the
mark was never translatable, and a label too small for the longer text is clipped.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
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


INPUTS = (QLineEdit, QComboBox, QDateEdit, QSpinBox, QDoubleSpinBox, QPlainTextEdit, QTextEdit)


def unlabelled_inputs(root: QWidget) -> list[str]:
    """Inputs a screen reader could not name: no label buddy and no accessible name."""
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
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
    """Visible labels and buttons whose text does not fit (single-line ones only)."""
    clipped = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text():
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
            clipped.append(
                f"{type(widget).__name__} {widget.text()[:50]!r}: {widget.width()} < {needed}"
            )
    return clipped


def untranslated_texts(root: QWidget, allowed: set[str] = frozenset()) -> list[str]:
    """Visible labels and buttons whose text did not go through tr()."""
    found = []
    for widget in [*root.findChildren(QLabel), *root.findChildren(QAbstractButton)]:
        text = widget.text()
        if not widget.isVisible() or not text.strip() or text in allowed:
            continue
        if OPEN not in text:
            found.append(f"{type(widget).__name__} {widget.objectName()}: {text[:60]!r}")
    return found
