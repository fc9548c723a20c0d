"""The one question asked when unfinished work would be closed: keep it, discard it, or go back."""

from __future__ import annotations

from typing import Literal

from PySide6.QtWidgets import QMessageBox, QWidget

Choice = Literal["keep", "discard", "stay"]


def ask_keep(parent: QWidget, title: str, text: str, buttons: tuple[str, str, str]) -> Choice:
    """'keep', 'discard' or 'stay' (the third button, Esc, closing the box), for buttons
    worded (keep, discard, go back) by the caller. Keeping is the default button: Enter
    never throws work away."""
    keep, discard, go_back = buttons
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    kept = box.addButton(keep, QMessageBox.ButtonRole.AcceptRole)
    dropped = box.addButton(discard, QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(go_back, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(kept)
    box.exec()
    clicked = box.clickedButton()
    return "keep" if clicked is kept else "discard" if clicked is dropped else "stay"
