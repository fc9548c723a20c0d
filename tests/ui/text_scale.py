"""The application's font scaled for a test, as a user's larger text setting would."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QApplication


@contextmanager
def scaled_font(factor: float) -> Iterator[None]:
    """Every widget made inside the block draws its text `factor` times larger."""
    before = QApplication.font()
    font = QApplication.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    QApplication.setFont(font)
    try:
        yield
    finally:
        QApplication.setFont(before)
