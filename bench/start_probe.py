"""Child process for the start-up benchmark: show a window, print RSS, quit.

`bare` shows a plain QMainWindow (the floor); `debrief PATH` runs debrief.app.main on PATH.
Both create the QApplication at the same point and report from the first turn of the
event loop after the window is shown, so the difference is Debrief's own cost.
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


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="debrief-bench-")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])

    def report() -> None:
        print(f"shown rss_kb={_rss_kb()}", flush=True)
        app.quit()

    QTimer.singleShot(0, report)
    if sys.argv[1] == "bare":
        window = QMainWindow()
        window.resize(1100, 760)
        window.show()
        app.exec()
    else:
        from debrief.app import main as debrief_main

        debrief_main(["--db", sys.argv[2]])


if __name__ == "__main__":
    main()
