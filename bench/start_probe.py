"""Child process for the start-up benchmark: show a window, print RSS, quit.

`bare` shows a plain QMainWindow (the floor). `table` shows the least a PySide table
window has (a filter box, a QTableView over a Python model of 128 rows, a menu with a
shortcut, a status bar), for reference: what any such program pays beyond the floor.
`debrief PATH` starts Debrief in the order
`debrief --db PATH` does (`app.main`: the command line and the journal layer first, then
Qt and the window), with one hook added: a zero timer set when the QApplication exists.
Every kind reports from that timer, the first turn of the event loop after the window
is shown, so the difference is Debrief's own cost. `--settled` reports once more,
SETTLE_MS later (for Debrief, SETTLE_MS after its background page check has reported),
when the work left until after the first paint (the page check, the local server,
the recent-journals list) is done and the window has painted.
"""

from __future__ import annotations

import os
import sys
import tempfile


def _rss_kb() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


SETTLE_MS = 500
_page_check_done = [True]  # Debrief's probe sets it False until its page check reports


def _report_when_running(app) -> None:
    from PySide6.QtCore import QTimer

    def shown() -> None:
        print(f"shown rss_kb={_rss_kb()}", flush=True)
        if "--settled" in sys.argv:
            QTimer.singleShot(SETTLE_MS, settled)
        else:
            app.quit()

    def settled() -> None:
        if not _page_check_done[0]:
            QTimer.singleShot(50, settled)
            return
        print(f"settled rss_kb={_rss_kb()}", flush=True)
        app.quit()

    QTimer.singleShot(0, shown)


def _note_page_check() -> None:
    """Mark when Debrief's background page check has reported (the probe's own hook)."""
    from debrief.ui.session import Session

    _page_check_done[0] = False
    original = Session._on_integrity_checked

    def checked(self, journal, error) -> None:
        original(self, journal, error)
        _page_check_done[0] = True

    Session._on_integrity_checked = checked


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    _report_when_running(app)
    window = QMainWindow()
    window.resize(1100, 760)
    window.show()
    app.exec()


def table() -> None:
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import (
        QApplication,
        QLineEdit,
        QMainWindow,
        QTableView,
        QVBoxLayout,
        QWidget,
    )

    root = QModelIndex()

    class Rows(QAbstractTableModel):
        def rowCount(self, parent=root) -> int:
            return 0 if parent.isValid() else 128

        def columnCount(self, parent=root) -> int:
            return 0 if parent.isValid() else 7

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{index.row()}, {index.column()}"
            return None

    app = QApplication(sys.argv[:1])
    _report_when_running(app)
    window = QMainWindow()
    central = QWidget()
    layout = QVBoxLayout(central)
    layout.addWidget(QLineEdit(placeholderText="Filter"))
    view = QTableView()
    view.setModel(Rows(view))
    layout.addWidget(view)
    window.setCentralWidget(central)
    action = QAction("&New", window)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
    window.menuBar().addMenu("&File").addAction(action)
    window.statusBar().showMessage("128 rows")
    window.resize(1100, 760)
    window.show()
    app.exec()


def debrief(path: str) -> None:
    import gc

    from debrief import app as debrief_app

    args = debrief_app.parse_args(["--db", path])
    gc.disable()  # as main() does: collections resume once the window is up
    journal = debrief_app.journal_path(args)  # as main() does, before any Qt import
    debrief_app.load_journal_layer()
    from debrief.ui.appearance import new_application

    _report_when_running(new_application(sys.argv[0]))  # the QApplication `run` would make
    if "--settled" in sys.argv:
        _note_page_check()
    debrief_app.run(journal)  # takes the QApplication above, as it takes an existing one


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="debrief-bench-")
    if sys.argv[1] == "bare":
        bare()
    elif sys.argv[1] == "table":
        table()
    else:
        debrief(sys.argv[2])


if __name__ == "__main__":
    main()
