"""Fits the wording classifier on the train split and writes the weights the app ships.

    python training/wording/train.py          # what `make train-wording` runs

Reads only train.jsonl and train_extra.jsonl (sentences written after the split, for
training only); the held-out test.jsonl is for evaluate.py alone. Compares a few
feature sets and regularisation strengths by 5-fold cross-validation on the train split,
picks the flagging threshold from the out-of-fold predictions, then fits the chosen model on
the whole train split. The output is deterministic, so a rerun reproduces the shipped files
byte for byte.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "desktop"))

from debrief.journal.practice.wording.features import features  # noqa: E402

MODEL = ROOT / "desktop/debrief/journal/practice/wording/model"
LABELS = [
    "ok",
    "why",
    "compare",
    "reconsider",
    "fault",
    "disagree",
    "justify",
    "argue",
    "passive",
    "guilt",
    "deadline",
]
MIN_DF = 2
MIN_PRECISION = 0.96  # out-of-fold precision the threshold must keep
KINDS = {  # which features each candidate keeps
    "words": lambda f: f.startswith(("w ", "b ")),
    "chars": lambda f: not f.startswith(("w ", "b ")),
    "words+chars": lambda f: True,
}
C_VALUES = (10.0, 30.0, 100.0)


def read(name: str) -> list[dict]:
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line]


def vocabulary(sets: list[set[str]], keep) -> list[str]:
    counts: dict[str, int] = {}
    for found in sets:
        for feature in found:
            counts[feature] = counts.get(feature, 0) + 1
    return sorted(f for f, n in counts.items() if n >= MIN_DF and keep(f))


def matrix(sets: list[set[str]], vocab: list[str]) -> csr_matrix:
    """Binary features scaled to unit length, exactly as classifier.Model.guess reads them."""
    index = {f: i for i, f in enumerate(vocab)}
    rows, cols, values = [], [], []
    for row, found in enumerate(sets):
        present = sorted(index[f] for f in found if f in index)
        for col in present:
            rows.append(row)
            cols.append(col)
            values.append(1.0 / math.sqrt(len(present)))
    return csr_matrix((values, (rows, cols)), shape=(len(sets), len(vocab)), dtype=np.float64)


def detector(c: float) -> LogisticRegression:
    """Problem or innocent: one linear score, fitted with a deterministic solver."""
    return LogisticRegression(C=c, solver="liblinear", max_iter=5000)


def out_of_fold(sets: list[set[str]], truth: np.ndarray, keep, c: float) -> np.ndarray:
    scores = np.zeros(len(sets))
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=7)
    for train, test in folds.split(np.zeros(len(truth)), truth):
        vocab = vocabulary([sets[i] for i in train], keep)
        model = detector(c).fit(matrix([sets[i] for i in train], vocab), truth[train])
        scores[test] = model.decision_function(matrix([sets[i] for i in test], vocab))
    return scores


def best_threshold(scores: np.ndarray, truth: np.ndarray) -> tuple[float, float, float, float]:
    """The threshold on the detector's score with the best F1 keeping MIN_PRECISION."""
    best = (0.0, 0.0, 0.0, 0.0)
    for t in np.arange(-4.0, 8.0, 0.05):
        flagged = scores > t
        tp = int((flagged & truth).sum())
        precision = tp / max(1, int(flagged.sum()))
        recall = tp / max(1, int(truth.sum()))
        f1 = 2 * precision * recall / max(1e-9, precision + recall)
        if precision >= MIN_PRECISION and f1 > best[3]:
            best = (round(float(t), 2), precision, recall, f1)
    return best


def main() -> None:
    rows = read("train.jsonl") + read("train_extra.jsonl")
    sets = [features(row["text"]) for row in rows]
    y = np.array([LABELS.index(row["label"]) for row in rows])
    truth = y != 0
    print(f"train split: {len(rows)} sentences; 5-fold cross-validation on it only")
    results = []
    for name, keep in KINDS.items():
        for c in C_VALUES:
            t, precision, recall, f1 = best_threshold(out_of_fold(sets, truth, keep, c), truth)
            print(
                f"  {name:12} C={c:<5} threshold {t:+.2f}: out-of-fold precision "
                f"{precision:.3f} recall {recall:.3f} F1 {f1:.3f}"
            )
            results.append((round(f1, 6), name, c, t))
    f1, name, c, t = max(results)
    print(f"chosen: {name}, C={c}, flag when the score > {t:+.2f} (out-of-fold F1 {f1:.3f})")
    vocab = vocabulary(sets, KINDS[name])
    x = matrix(sets, vocab)
    flag = detector(c).fit(x, truth)
    kinds = LogisticRegression(C=10.0, max_iter=5000).fit(x[truth], y[truth])
    assert list(kinds.classes_) == list(range(1, len(LABELS)))
    weights = np.round(np.hstack([flag.coef_.T, kinds.coef_.T]), 5).astype(np.float32)
    keep = np.abs(weights).max(axis=1) >= 1e-4
    vocab = [f for f, k in zip(vocab, keep, strict=True) if k]
    MODEL.mkdir(parents=True, exist_ok=True)
    (MODEL / "vocab.txt").write_text("\n".join(vocab), encoding="utf-8")
    np.save(MODEL / "weights.npy", np.ascontiguousarray(weights[keep]), allow_pickle=False)
    bias = [float(flag.intercept_[0]), *(float(b) for b in kinds.intercept_)]
    meta = {
        "labels": LABELS,
        "columns": "problem score, then one score per label after ok",
        "bias": [round(b, 5) for b in bias],
        "threshold": t,
        "features": name,
        "C": c,
        "trained_on": "training/wording/train.jsonl",
    }
    (MODEL / "meta.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(vocab)} features x {weights.shape[1]} columns to {MODEL.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
