"""Where save dialogs start, and the message that confirms a save and can show the file.

Every save dialog starts in the user's Documents folder, or their home folder when there is
none: never the working directory, which under `make run` is the source tree.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtWidgets import QWidget


def _t(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files every _t() text under ""


def start_folder() -> Path:
    """~/Documents (as the desktop names it) when it exists, else the home folder."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if found and Path(found).is_dir():
        return Path(found)
    return Path.home()


def show_in_folder(path: Path) -> bool:
    """Open the folder holding `path` in the desktop's file manager."""
    from PySide6.QtGui import QDesktopServices

    folder = path if path.is_dir() else path.parent
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def confirm_saved(parent: QWidget | None, title: str, text: str, path: Path) -> bool:
    """Say the file was saved, with a "Show in folder" button; True when it was pressed."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent)
    box.setObjectName("savedMessage")
    show = box.addButton(_t("Show in folder"), QMessageBox.ButtonRole.ActionRole)
    show.setObjectName("showInFolderButton")
    box.addButton(QMessageBox.StandardButton.Ok)
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    box.exec()
    if box.clickedButton() is show:
        show_in_folder(path)
        return True
    return False


def ask_replace(parent: QWidget | None, path: Path) -> bool:
    """Whether the user agrees to replace `path`, which the save dialog never named."""
    from PySide6.QtWidgets import QMessageBox

    text = _t(
        "Debrief adds “{suffix}” to the name you typed, and {name} is already in {folder}. "
        "Replace it?"
    ).format(suffix=path.suffix, name=path.name, folder=path.parent)
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    answer = QMessageBox.question(
        parent, _t("Replace the file?"), text, buttons, QMessageBox.StandardButton.No
    )
    return answer == QMessageBox.StandardButton.Yes


def with_suffix(parent: QWidget | None, chosen: Path | None, suffix: str) -> Path | None:
    """`chosen` ending in `suffix` (".ics"), added when the user typed a name without it;
    None when nothing was chosen, or when the name with the suffix is another file
    already there and the user would rather keep it. The dialog asked before replacing
    only the name it saw, so a file named like the new one is asked about here: a file
    Debrief did not make is never replaced unasked."""
    if chosen is None or chosen.suffix.lower() == suffix:
        return chosen
    target = chosen.with_name(chosen.name + suffix)
    if not (target.exists() or target.is_symlink()):
        return target
    return target if ask_replace(parent, target) else None
