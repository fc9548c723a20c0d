"""`make eval-wording` scores the reply reader: tuning sets, then one blind held-out set."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_eval_replies_prints_both_figures_from_the_held_out_set():
    """The figure lines come from the blind set (whatever they say: a held-out figure is
    reported, not tuned to pass), and the reader keeps what it learned from the tuning sets."""
    run = subprocess.run(
        [sys.executable, str(ROOT / "training" / "eval_replies.py")],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    figures = re.findall(
        r"^figure: (reply_\w+) = ([\d.]+) ratio \(target >= [\d.]+\) (?:PASS|FAIL)$",
        run.stdout,
        re.MULTILINE,
    )
    assert [name for name, _ in figures] == ["reply_kind_accuracy", "reply_theme_accuracy"]
    assert all(0.0 <= float(value) <= 1.0 for _, value in figures)
    assert "held-out set replies_fresh8.jsonl (scored once)" in run.stdout
    tuned = re.search(
        r"tuning sets:.*\n.*\n  kind accuracy ([\d.]+), theme accuracy ([\d.]+)", run.stdout
    )
    assert tuned and float(tuned[1]) >= 0.9 and float(tuned[2]) >= 0.9
