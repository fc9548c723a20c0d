"""Child process for the start-up benchmark: show a window, print RSS, quit.

`bare` shows a plain QMainWindow (the floor). `debrief PATH` starts Debrief in the order
`debrief --db PATH` does (`app.main`: the command line and the journal layer first, then
Qt and the window), with one hook added: a zero timer set when the QApplication exists.
Both sides report from that timer, the first turn of the event loop after the window is
shown, so the difference is Debrief's own cost.
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


def _report_when_running(app) -> None:
    from PySide6.QtCore import QTimer

    def report() -> None:
        print(f"shown rss_kb={_rss_kb()}", flush=True)
        app.quit()

    QTimer.singleShot(0, report)


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    _report_when_running(app)
    window = QMainWindow()
    window.resize(1100, 760)
    window.show()
    app.exec()


def debrief(path: str) -> None:
    from debrief import app as debrief_app

    args = debrief_app.parse_args(["--db", path])
    journal = debrief_app.journal_path(args)  # as main() does, before any Qt import
    from PySide6.QtWidgets import QApplication

    _report_when_running(QApplication(sys.argv[:1]))
    debrief_app.run(journal)  # takes the QApplication above, as it takes an existing one


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="debrief-bench-")
    if sys.argv[1] == "bare":
        bare()
    else:
        debrief(sys.argv[2])


if __name__ == "__main__":
    main()
