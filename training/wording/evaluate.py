"""Scores the shipped wording checker (rules and classifier together) on the corpus splits.

    python training/wording/evaluate.py       # what `make eval-wording` runs

A sentence counts as flagged when wording_problems finds anything in it, and its predicted
category is the kind of the first problem. Each held-out set after the first split was
written by someone who had seen neither the corpus nor the model, and committed before any
model was scored on it. The figure lines come from the one set still held out
(corpus.HELD_OUT_SET, the twelfth: fresh11/), scored once, on the model of the fifteenth round.
The sets scored in earlier rounds are trained on now (corpus.RETIRED): their figures are
printed for comparison only, like the train split's.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "desktop"))

from corpus import HELD_OUT_SET, RETIRED  # noqa: E402

from debrief.journal.practice.wording import KINDS, wording_problems  # noqa: E402

PRECISION_TARGET = 0.95
RECALL_TARGET = 0.90


def read(name: str) -> list[dict]:
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line]


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def predicted(text: str) -> str:
    problems = wording_problems(text)
    return problems[0].kind if problems else "ok"


def report(name: str, rows: list[dict]) -> tuple[float, float]:
    guesses = [predicted(row["text"]) for row in rows]
    labels = [row["label"] for row in rows]
    pairs = list(zip(labels, guesses, strict=True))
    tp = sum(t != "ok" and g != "ok" for t, g in pairs)
    fp = sum(t == "ok" and g != "ok" for t, g in pairs)
    fn = sum(t != "ok" and g == "ok" for t, g in pairs)
    precision, recall, f1 = prf(tp, fp, fn)
    print(f"{name}: {len(rows)} sentences, {sum(t != 'ok' for t in labels)} to flag")
    print(f"  overall (flagged or not): precision {precision:.3f} recall {recall:.3f} F1 {f1:.3f}")
    print(f"  {'category':11} {'n':>4} {'caught':>7} {'precision':>9} {'recall':>7} {'F1':>6}")
    for kind in KINDS:
        n = labels.count(kind)
        caught = sum(t == kind and g != "ok" for t, g in pairs)
        p, r, f = prf(
            sum(t == kind and g == kind for t, g in pairs),
            sum(t != kind and g == kind for t, g in pairs),
            sum(t == kind and g != kind for t, g in pairs),
        )
        print(f"  {kind:11} {n:>4} {caught / max(1, n):>7.3f} {p:>9.3f} {r:>7.3f} {f:>6.3f}")
    quiet = sum(t == "ok" and g == "ok" for t, g in pairs) / max(1, labels.count("ok"))
    print(f"  {'ok':11} {labels.count('ok'):>4} innocent sentences left quiet: {quiet:.3f}")
    return precision, recall


def messages(name: str, rows: list[dict]) -> None:
    found = [bool(wording_problems(row["text"], row["purpose"])) for row in rows]
    truth = [bool(row["labels"]) for row in rows]
    pairs = list(zip(truth, found, strict=True))
    p, r, f = prf(
        sum(t and g for t, g in pairs),
        sum(g and not t for t, g in pairs),
        sum(t and not g for t, g in pairs),
    )
    print(f"  {name} messages ({len(rows)}): precision {p:.3f} recall {r:.3f} F1 {f:.3f}")


def figure(name: str, value: float, target: float) -> None:
    verdict = "PASS" if value >= target else "FAIL"
    print(f"figure: {name} = {value:.3f} ratio (target >= {target}) {verdict}")


def main() -> None:
    report("train split (trained on)", read("train.jsonl"))
    messages("train", read("messages_train.jsonl"))
    messages("extra training", read("messages_extra.jsonl"))
    for name in RETIRED:
        report(f"{name} (a retired held-out set, trained on)", read(name))
        messages(name, read(f"messages_{name}"))
    held_out = HELD_OUT_SET
    precision, recall = report(
        f"held-out set {held_out} (scored once)", read(f"test_{held_out}.jsonl")
    )
    messages(held_out, read(f"messages_test_{held_out}.jsonl"))
    figure("wording_precision", precision, PRECISION_TARGET)
    figure("wording_recall", recall, RECALL_TARGET)


if __name__ == "__main__":
    main()
