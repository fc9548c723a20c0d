"""The About dialog: what Debrief is, which version, where the journal lives, the licence."""

from __future__ import annotations

import html
import platform
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from debrief import __version__
from debrief.identity import APP_NAME, LICENSE, LICENSE_URL
from debrief.ui.icons import app_icon

ICON_PX = 64
# Lets a long path wrap after each folder separator instead of widening the dialog.
_BREAK = "\u200b"


def _breakable(path: Path) -> str:
    text = html.escape(str(path))
    for separator in ("/", "\\"):
        text = text.replace(separator, separator + _BREAK)
    return text


class AboutDialog(QDialog):
    """Shows the version and licence, and where the journal file is: clicking its path
    opens the folder, so the user can find, back up or move the file themselves."""

    def __init__(self, journal_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal_path = Path(journal_path)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About {name}").format(name=APP_NAME))
        self.setWindowIcon(app_icon())

        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(10)
        grid.addWidget(self._icon_label(), 0, 0, 5, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self._title_label(), 0, 1)
        summary = self.tr(
            "A private journal that turns interview rejections into better interviews."
        )
        grid.addWidget(self._text_label(html.escape(summary)), 1, 1)
        grid.addWidget(self._journal_label(), 2, 1)
        grid.addWidget(self._licence_label(), 3, 1)
        grid.addWidget(self._platform_label(), 4, 1)
        grid.setColumnStretch(1, 1)
        # As wide as the summary line (in any language), at least room for a usual journal
        # path; longer paths wrap after a folder separator.
        metrics = self.fontMetrics()
        width = max(metrics.horizontalAdvance(summary) + 8, metrics.averageCharWidth() * 56)
        grid.setColumnMinimumWidth(1, width)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 14)
        layout.setSpacing(16)
        layout.addLayout(grid)
        layout.addWidget(buttons)

    def open_journal_folder(self) -> None:
        """Open the folder that holds the journal in the desktop's file manager."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.journal_path.parent)))

    def _icon_label(self) -> QLabel:
        label = QLabel()
        label.setPixmap(app_icon().pixmap(ICON_PX, ICON_PX))
        label.setFixedSize(ICON_PX, ICON_PX)
        return label

    def _title_label(self) -> QLabel:
        title = html.escape(APP_NAME)
        version = html.escape(self.tr("Version {version}").format(version=__version__))
        label = QLabel(
            f"<span style='font-size:x-large; font-weight:600'>{title}</span>"
            f"&nbsp;&nbsp;<span>{version}</span>"
        )
        label.setObjectName("aboutVersion")
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _text_label(self, rich_text: str) -> QLabel:
        label = QLabel(rich_text)
        label.setWordWrap(True)
        return label

    def _journal_label(self) -> QLabel:
        heading = html.escape(self.tr("Your journal:"))
        link = f"<a href='folder'>{_breakable(self.journal_path)}</a>"
        label = self._text_label(f"{heading}<br>{link}")
        label.setObjectName("journalLink")
        label.setToolTip(self.tr("Open the folder that holds the journal"))
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        label.linkActivated.connect(lambda _href: self.open_journal_folder())
        return label

    def _licence_label(self) -> QLabel:
        text = self.tr(
            "Debrief is free software: you may share and change it under the {link}. "
            "It comes with no warranty."
        )
        link_text = html.escape(self.tr("GNU General Public License, version 3 or later"))
        link = (
            f"<a href='{LICENSE_URL}'>{link_text}</a> "
            f"(<span style='white-space:nowrap'>{html.escape(LICENSE)}</span>)"
        )
        label = self._text_label(html.escape(text).replace("{link}", link))
        label.setOpenExternalLinks(True)
        return label

    def _platform_label(self) -> QLabel:
        """The versions a bug report needs, in a quieter colour."""
        label = QLabel(
            self.tr("Qt {qt}, Python {python}").format(
                qt=qVersion(), python=platform.python_version()
            )
        )
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label
