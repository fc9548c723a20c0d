"""The reply reader keeps meeting its targets on the held-out replies (training/eval_replies.py)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_eval_replies_prints_passing_figures_for_the_held_out_half():
    run = subprocess.run(
        [sys.executable, str(ROOT / "training" / "eval_replies.py")],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    figures = re.findall(
        r"^figure: (reply_\w+) = [\d.]+ ratio \(target >= [\d.]+\) (PASS|FAIL)$",
        run.stdout,
        re.MULTILINE,
    )
    assert dict(figures) == {"reply_kind_accuracy": "PASS", "reply_theme_accuracy": "PASS"}
    assert "tuning half" in run.stdout
