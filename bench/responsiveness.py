"""Does the window keep answering during long work? The longest stall of a 10 ms timer.

    python bench/responsiveness.py [ROWS] [INTERVIEWS]   # defaults 200000 and 100000

`import_stall` drives the CSV import wizard over a main window, as a user would: the file
read, the rows checked, Import pressed, the window refreshed, while a 10 ms QTimer on
the window's thread notes the longest gap between two of its ticks. `export_stall` does
the same for the menu's JSON export of a journal of INTERVIEWS interviews. Import
throughput is measured in the same run both ways: today's synchronous path (read,
check, write, all on the calling thread) and the wizard's worker path.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

TICK_MS = 10
STATUSES = ("Rejected", "Interviewing", "Offer", "Applied", "Ghosted")


@dataclass
class ImportRun:
    stall_ms: float
    rows: int
    before_rows_per_s: float
    after_rows_per_s: float

    @property
    def drop_pct(self) -> float:
        """How much slower the worker path is than the synchronous one (negative: faster)."""
        return max(0.0, (1 - self.after_rows_per_s / self.before_rows_per_s) * 100)


def write_csv(path: Path, rows: int, seed: int = 7) -> None:
    """A tracker's export: company, role, date, status, notes and a link on every row."""
    rng = random.Random(seed)
    start = dt.date(2021, 1, 1)
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["Company", "Role", "Date", "Status", "Notes", "Link"])
        for n in range(rows):
            day = start + dt.timedelta(days=rng.randrange(1800))
            out.writerow(
                [
                    f"Company {n % 7919}",
                    f"Engineer {n}",
                    day.isoformat(),
                    rng.choice(STATUSES),
                    "Talked about the team and the first project.",
                    f"https://jobs.example.com/{n}",
                ]
            )


class Ticker:
    """A 10 ms QTimer on this thread noting the longest gap between two ticks."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.longest = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer(interval=TICK_MS, timeout=self._tick)
        self._timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def stop(self) -> float:
        """The longest gap so far (ms), counting up to now."""
        self._tick()
        self._timer.stop()
        return self.longest * 1000


def _settle(ms: int) -> None:
    """Let the event loop run `ms` (the window refreshes after a commit)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _window(journal, folder: Path):
    from PySide6.QtCore import QSettings

    from debrief.ui.main_window import MainWindow

    settings = QSettings(str(folder / "bench-settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(journal, settings)
    window.show()
    _settle(200)
    return window


def synchronous_import_s(csv_path: Path, journal_path: Path) -> float:
    """Today's path, all on this thread: read, check, write."""
    from debrief.journal.portability.csv_import import apply_import, guess_mapping, preview_import
    from debrief.journal.portability.csv_table import read_csv_file
    from debrief.journal.store.journal import open_journal

    journal = open_journal(journal_path)
    try:
        start = time.perf_counter()
        table = read_csv_file(csv_path)
        plan = preview_import(journal, table, guess_mapping(table.headers), "dmy")
        apply_import(journal, plan)
        return time.perf_counter() - start
    finally:
        journal.close()


def wizard_import(csv_path: Path, journal_path: Path, folder: Path) -> tuple[float, float, int]:
    """The wizard's path over a shown main window: (seconds, longest stall ms, rows added)."""
    from debrief.journal.store.journal import open_journal
    from debrief.ui.import_dialog import ImportDialog

    journal = open_journal(journal_path)
    window = _window(journal, folder)
    try:
        dialog = ImportDialog(journal, window)
        dialog.show()
        _settle(100)
        ticker = Ticker()
        start = time.perf_counter()
        dialog.load(csv_path)  # read on a worker
        dialog.next()  # the mapping
        dialog.next()  # the preview: rows checked on a worker
        dialog.next()  # Import: written on a worker
        seconds = time.perf_counter() - start
        _settle(500)  # the main window's refresh
        stall = ticker.stop()
        report = dialog.report
        dialog.close()
        return seconds, stall, report.imported if report else 0
    finally:
        window.close()
        journal.close()


def import_run(folder: Path, rows: int) -> ImportRun:
    csv_path = folder / "tracker.csv"
    write_csv(csv_path, rows)
    before = synchronous_import_s(csv_path, folder / "sync.sqlite3")
    seconds, stall, imported = wizard_import(csv_path, folder / "wizard.sqlite3", folder)
    if imported != rows:
        raise RuntimeError(f"the wizard imported {imported} of {rows} rows")
    return ImportRun(stall, rows, rows / before, rows / seconds)


def export_stall_ms(journal_path: Path, folder: Path) -> tuple[float, float]:
    """The menu's JSON export of `journal_path`: (longest stall ms, seconds)."""
    from debrief.journal.store.journal import open_journal
    from debrief.ui import export_commands

    target = folder / "export.json"
    replaced: dict[str, Callable] = {
        "ask_save_path": lambda *args: target,
        "tell": lambda *args, **kwargs: None,
        "warn": lambda parent, title, text: print("export refused:", text),
    }
    kept = {name: getattr(export_commands, name) for name in replaced}
    for name, stand_in in replaced.items():
        setattr(export_commands, name, stand_in)  # the dialogs a user would answer
    journal = open_journal(journal_path)
    window = _window(journal, folder)
    try:
        ticker = Ticker()
        start = time.perf_counter()
        written = export_commands.export_json_interactive(journal, window)
        seconds = time.perf_counter() - start
        _settle(100)
        stall = ticker.stop()
        if written is None:
            raise RuntimeError("the export wrote nothing")
        return stall, seconds
    finally:
        window.close()
        journal.close()
        for name, original in kept.items():
            setattr(export_commands, name, original)


def application():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def main(argv: list[str]) -> int:
    from generate import generate
    from run import Figure

    rows = int(argv[0]) if argv else 200_000
    interviews = int(argv[1]) if len(argv) > 1 else 100_000
    app = application()  # noqa: F841 - kept alive for the run
    with tempfile.TemporaryDirectory(prefix="debrief-stall-") as name:
        folder = Path(name)
        run = import_run(folder, rows)
        big = folder / "big.sqlite3"
        generate(big, interviews, interviews)
        export_ms, export_s = export_stall_ms(big, folder)
    for figure in figures(run, export_ms, export_s, rows, interviews, Figure):
        print(f"{figure.name}: {figure.floor}")
        print(figure.line())
    return 0


def figures(run: ImportRun, export_ms: float, export_s: float, rows: int, interviews: int, make):
    """The three figure lines (`make` is bench/run.py's Figure)."""
    k = f"{rows // 1000}k"
    return [
        make(
            f"ui_stall_import_{k}_ms",
            run.stall_ms,
            "ms",
            100,
            f"longest gap of a 10 ms timer; wizard over the main window, {rows:,} rows",
        ),
        make(
            f"ui_stall_export_{interviews // 1000}k_ms",
            export_ms,
            "ms",
            100,
            f"longest gap of a 10 ms timer; JSON export took {export_s:.1f} s",
        ),
        make(
            "import_throughput_drop_pct",
            run.drop_pct,
            "%",
            10,
            f"rows/s before (synchronous) {run.before_rows_per_s:,.0f}; "
            f"after (worker) {run.after_rows_per_s:,.0f}",
        ),
    ]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
