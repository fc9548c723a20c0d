"""`make bench`: every speed and memory figure of Debrief, each beside its floor, in one run."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402

RUNS = 9  # start-up runs per side, alternating; the median is reported (5 left it +-3 %)


@dataclass
class Figure:
    name: str
    value: float
    unit: str
    target: float
    floor: str = ""

    @property
    def passed(self) -> bool:
        return self.value <= self.target

    def line(self) -> str:
        verdict = "PASS" if self.passed else "FAIL"
        return (
            f"figure: {self.name} = {self.value:.2f} {self.unit} "
            f"(target <= {self.target:g}) {verdict}"
        )


@dataclass
class Launch:
    """One probe launch: seconds to the shown window, RSS then and once settled (KiB)."""

    seconds: float
    rss_shown: int
    rss_settled: int


def _probe(args: list[str]) -> Launch:
    """Launch a probe child; time it from launching to its window being shown."""
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, str(HERE / "start_probe.py"), *args, "--settled"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    elapsed, shown = None, None
    for line in child.stdout:
        if line.startswith("shown"):
            elapsed = time.perf_counter() - start
            shown = int(line.split("rss_kb=")[1])
        elif line.startswith("settled") and elapsed is not None:
            child.wait(timeout=60)
            return Launch(elapsed, shown, int(line.split("rss_kb=")[1]))
    raise RuntimeError(f"probe {args} ended without showing a window")


def launches(journal: Path, floors: bool = True) -> dict[str, list[Launch]]:
    """Alternate the floor, a minimal table window and Debrief so all see the same machine."""
    kinds = {"bare": ["bare"], "table": ["table"]} if floors else {}
    kinds["debrief"] = ["debrief", str(journal)]
    for args in kinds.values():
        _probe(args)  # warm the file cache for every side
    runs: dict[str, list[Launch]] = {kind: [] for kind in kinds}
    for _ in range(RUNS):
        for kind, args in kinds.items():
            runs[kind].append(_probe(args))
    return runs


def _median(runs: list[Launch], attribute: str) -> float:
    return statistics.median(getattr(run, attribute) for run in runs)


def _ms(action: Callable[[], object], repeats: int = 1) -> float:
    start = time.perf_counter()
    for _ in range(repeats):
        action()
    return (time.perf_counter() - start) * 1000 / repeats


def table_figures(journal: Path) -> tuple[list[float], list[float]]:
    """Each column sorted both ways, and typing a company name, on a shown table."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QTableView

    from debrief.journal.store.journal import open_journal
    from debrief.ui.table_models import InterviewsModel

    app = QApplication.instance() or QApplication([])
    opened = open_journal(journal)
    model = InterviewsModel(opened)
    view = QTableView()
    view.setModel(model)
    view.resize(1100, 600)
    view.show()
    model.reload()
    app.processEvents()
    sorts = []
    for column in range(len(model.columns)):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            sorts.append(_ms(lambda c=column, o=order: (model.sort(c, o), view.repaint())))
    name = model.index(0, model.columns.index("company")).data()
    typed = [name[:n] for n in range(1, len(name) + 1)]
    keystrokes = [
        _ms(lambda text=text: (model.set_filter(text), view.repaint()))
        for text in [*typed, *reversed(typed[:-1]), "zzqx", ""]
    ]
    view.close()
    opened.close()
    return sorts, keystrokes


def insights_ms(journal: Path) -> float:
    from debrief.journal.insights import counts as insights
    from debrief.journal.insights.trend import theme_trend
    from debrief.journal.store.journal import open_journal

    opened = open_journal(journal)
    try:

        def three_charts() -> None:
            """What the insights window computes on each refresh, as it computes it."""
            ranking = insights.weakness_counts(opened)
            theme_trend(opened, ranking=ranking)
            insights.funnel(opened)

        runs = [_ms(three_charts) for _ in range(RUNS)]
    finally:
        opened.close()
    return statistics.median(runs)


def wizard_finish_ms(folder: Path) -> float | None:
    try:
        from debrief.journal.practice.debrief_sample import wizard_finish_ms as measure
    except ImportError:
        return None
    from debrief.journal.store.journal import open_journal

    opened = open_journal(folder / "wizard.sqlite3")
    try:
        return measure(opened)
    finally:
        opened.close()


def _rss_figure(
    name: str, target: float, runs: list[Launch], floor_rss: float, floor_shown: float
) -> Figure:
    """Memory once settled (the page check done, the window painted) against the floor's;
    at the first shown turn too, for the record."""
    settled, shown = _median(runs, "rss_settled"), _median(runs, "rss_shown")
    return Figure(
        name,
        settled / floor_rss,
        "x",
        target,
        f"settled: bare {floor_rss / 1024:.0f} MiB, Debrief {settled / 1024:.0f} MiB; "
        f"when shown: {floor_shown / 1024:.0f} and {shown / 1024:.0f} MiB "
        f"({shown / floor_shown:.2f} x)",
    )


def wording_figures() -> list[Figure]:
    """The wording check of a 2,000-character message, and its model's load in a fresh process
    (measured after the start-up runs, which never load it)."""
    from wording import check_ms, load_ms

    return [
        Figure("wording_check_ms", check_ms(), "ms", 10, "worst of 20 checks, 2,000 characters"),
        Figure(
            "wording_model_load_ms",
            load_ms(),
            "ms",
            250,
            "median of 5 fresh processes, first sentence",
        ),
    ]


def responsiveness_figures(folder: Path, big: Path) -> list[Figure]:
    """The window's longest stall while it imports 200,000 CSV rows and exports the 100k
    journal as JSON, and the import's throughput before (synchronous) and after (worker)."""
    from responsiveness import application, export_stall_ms, figures, import_run

    application()  # the wizard and the window need one
    run = import_run(folder, 200_000)
    export_ms, export_s = export_stall_ms(big, folder)
    return figures(run, export_ms, export_s, 200_000, 100_000, Figure)


def main() -> int:
    folder = Path(tempfile.mkdtemp(prefix="debrief-bench-"))
    try:
        return _run(folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _run(folder: Path) -> int:
    small, big = folder / "j10k.sqlite3", folder / "j100k.sqlite3"
    print("generating journals: 10,000 interviews / 50,000 points; 100,000 / 100,000 ...")
    generate(small, 10_000, 50_000)
    generate(big, 100_000, 100_000)
    small_runs = launches(small)
    big_runs = launches(big, floors=False)["debrief"]
    sorts, keys = table_figures(big)
    bare, table, app = small_runs["bare"], small_runs["table"], small_runs["debrief"]
    floor_t, table_t, app_t = (_median(r, "seconds") * 1000 for r in (bare, table, app))
    figures = [
        Figure(
            "start_10k_ratio",
            app_t / floor_t,
            "x",
            1.8,
            f"bare QMainWindow {floor_t:.0f} ms; Debrief {app_t:.0f} ms",
        ),
        Figure(
            "start_10k_table_ratio",
            app_t / table_t,
            "x",
            1.5,
            f"a minimal PySide table window {table_t:.0f} ms; Debrief {app_t:.0f} ms",
        ),
        Figure(
            "sort_100k_ms",
            max(sorts),
            "ms",
            50,
            f"worst of {len(sorts)} column sorts; median {statistics.median(sorts):.1f} ms",
        ),
        Figure(
            "filter_keystroke_100k_ms",
            max(keys),
            "ms",
            50,
            f"worst of {len(keys)} keystrokes; median {statistics.median(keys):.1f} ms",
        ),
        Figure("insights_100k_ms", insights_ms(big), "ms", 50, "three charts' aggregations"),
    ]
    wizard = wizard_finish_ms(folder)
    if wizard is not None:
        figures.append(Figure("wizard_finish_ms", wizard, "ms", 20, "10 points, 5 actions"))
    figures += wording_figures()
    figures += responsiveness_figures(folder, big)
    floor_rss, floor_shown = _median(bare, "rss_settled"), _median(bare, "rss_shown")
    figures += [
        _rss_figure("rss_10k_ratio", 1.5, app, floor_rss, floor_shown),
        _rss_figure("rss_100k_ratio", 2.5, big_runs, floor_rss, floor_shown),
    ]
    print()
    print("| figure | value | target | floor and detail |")
    print("|---|---|---|---|")
    for f in figures:
        print(f"| {f.name} | {f.value:.2f} {f.unit} | <= {f.target:g} | {f.floor} |")
    print()
    for f in figures:
        print(f.line())
    return 0 if all(f.passed for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
