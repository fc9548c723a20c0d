"""The small window that says how far long work has got, how long it still needs, and Cancel."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from debrief.journal.progress import Progress
from debrief.ui.work.runner import Work

#: Work that ends sooner than this never shows the dialog: it would only flicker.
SHOW_AFTER_MS = 500
#: How often the dialog reads the work's progress (the work itself sends nothing).
POLL_MS = 100


def stage_text(progress: Progress) -> str:
    """What the work is doing, in words: "Importing row 12,400 of 200,000"."""
    if not progress.stage:
        return QCoreApplication.translate("Work", "Getting ready…")
    locale = QLocale()  # the "C" locale omits its separators: "12,400" reads better
    locale.setNumberOptions(locale.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    return QCoreApplication.translate("Journal", progress.stage).format(
        done=locale.toString(progress.done), total=locale.toString(progress.total)
    )


def time_left_text(seconds: float | None) -> str:
    """ "About 12 seconds left", "About 3 minutes left"; "" while the pace is unknown."""
    if seconds is None:
        return ""
    if seconds < 5:
        return QCoreApplication.translate("Work", "A few seconds left")
    if seconds < 90:  # in steps of 5, so always 5 or more: plural
        n = int(round(seconds / 5) * 5) or 5
        return QCoreApplication.translate("Work", "About {n} seconds left").format(n=n)
    n = int(round(seconds / 60))  # 2 or more
    return QCoreApplication.translate("Work", "About {n} minutes left").format(n=n)


class ProgressDialog(QDialog):
    """Shown once `work` has run SHOW_AFTER_MS; closes itself when the work ends.

    Cancel (or Esc, or the window's close button) asks the work to stop; the dialog says
    it is stopping and stays until the work has undone what it began.
    """

    def __init__(
        self, work: Work, parent: QWidget | None = None, show_after_ms: int = SHOW_AFTER_MS
    ) -> None:
        super().__init__(parent)
        self.setObjectName("workProgressDialog")
        self.setWindowTitle(work.title)
        self.work = work
        self.started = time.monotonic()
        self.title = QLabel(work.title, objectName="workTitle")
        self.title.setStyleSheet("font-weight: 600;")
        self.stage = QLabel(objectName="workStage")
        self.bar = QProgressBar(objectName="workBar")
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(work.title)
        self.left = QLabel(objectName="workTimeLeft")
        self.left.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox()
        self.cancel_button = QPushButton(self.tr("Cancel"), objectName="workCancel")
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.stage)
        layout.addWidget(self.bar)
        layout.addWidget(self.left)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 52)
        self._poll = QTimer(self, interval=POLL_MS, timeout=self.update_text)
        self._appear = QTimer(self, singleShot=True, timeout=self._show_if_running)
        work.ended.connect(self._finish)
        self._appear.start(show_after_ms)

    def _show_if_running(self) -> None:
        if self.work.running:
            self.update_text()
            self._poll.start()
            self.show()

    def update_text(self) -> None:
        progress = self.work.progress
        if progress.cancelled:
            self.stage.setText(self.tr("Stopping and putting everything back as it was…"))
            self.left.setText("")
            self.bar.setRange(0, 0)
            return
        self.stage.setText(stage_text(progress))
        fraction = progress.fraction()
        if fraction is None:
            self.bar.setRange(0, 0)  # busy: the size of this step is unknown
        else:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(fraction * 1000))
        self.left.setText(time_left_text(progress.seconds_left()))

    def reject(self) -> None:
        """Cancel asks the work to stop; the dialog closes once it has."""
        if self.work.running:
            self.work.cancel()
            self.cancel_button.setEnabled(False)
            self.update_text()
        else:
            super().reject()

    def _finish(self) -> None:
        self._appear.stop()
        self._poll.stop()
        self.hide()
        self.deleteLater()
