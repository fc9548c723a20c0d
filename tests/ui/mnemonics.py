"""Alt+letter keys that two visible controls of one window, or two items of a menu, share.

Qt gives a shared mnemonic to each control in turn: the first press only moves the focus,
so a keyboard user needs a second press and cannot tell which control comes first.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtWidgets import QAbstractButton, QLabel, QMenu, QMenuBar, QWidget


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" ("&&" is a literal ampersand), lower-cased."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].lower() if 0 <= at < len(plain) - 1 else None


def _shared(texts: list[str]) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        if (letter := mnemonic(text)) is not None:
            seen[letter].append(text)
    return {letter: found for letter, found in seen.items() if len(found) > 1}


def clashes(window: QWidget) -> dict[str, list[str]]:
    """Letters shared by the window's visible buttons and labels that lead to a field."""
    texts = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or isinstance(widget, QMenuBar):
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            texts.append(widget.text())
    return _shared(texts)


def menu_clashes(menu: QMenu | QMenuBar) -> dict[str, list[str]]:
    """Letters shared by the visible items of one menu (or the menu bar's titles)."""
    items = [a for a in menu.actions() if a.isVisible() and not a.isSeparator()]
    return _shared([a.text() for a in items])
