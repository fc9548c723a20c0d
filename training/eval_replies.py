"""Measures the reply reader on the labelled replies: one blind held-out set gives the figures.

Run from the repository's root: `.venv/bin/python training/eval_replies.py`
(`--show-tuning-errors` lists what the reader got wrong on the tuning sets only; the
held-out set, HELD_OUT_SET, is measured and never looked at for tuning).

How proposed points are matched to gold points, per reply:
- Both texts become sets of lower-case words (letters, digits and apostrophes; the
  apostrophe in "didn't" is kept, curly quotes count as straight ones).
- A gold point and a proposed point may match when the Jaccard overlap of their word
  sets (shared words / all words of either) is at least 0.5.
- Pairs are taken greedily from the highest overlap down, each gold point and each
  proposed point used at most once (ties go to the earlier gold point, then the earlier
  proposal).
Point recall = matched gold points / gold points; point precision = matched proposals /
proposals. Kind accuracy and theme accuracy count, over matched gold points only, those
whose proposed kind (or theme, where "no theme" must match "no theme") equals the gold
label. Shape accuracy compares the reply's proposed shape with the gold shape.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))

from debrief.journal.practice.reply_reader import read_reply  # noqa: E402

DATA = ROOT / "training" / "replies"
THRESHOLD = 0.5
TARGETS = {"reply_kind_accuracy": 0.85, "reply_theme_accuracy": 0.75}


@dataclass
class Tally:
    gold: int = 0
    proposed: int = 0
    matched: int = 0
    kind_right: int = 0
    theme_right: int = 0
    replies: int = 0
    shape_right: int = 0
    errors: list[str] = field(default_factory=list)

    def ratio(self, part: int, whole: int) -> float:
        return part / whole if whole else 0.0


def words(text: str) -> set[str]:
    return set(re.findall(r"[\w']+", text.lower().replace("’", "'")))


def overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def match(gold: list[dict], proposed: list) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs (gold index, proposal index) by overlap, best first."""
    pairs = []
    for g, point in enumerate(gold):
        for p, guess in enumerate(proposed):
            score = overlap(words(point["text"]), words(guess.text))
            if score >= THRESHOLD:
                pairs.append((-score, g, p))
    used_g: set[int] = set()
    used_p: set[int] = set()
    chosen = []
    for _, g, p in sorted(pairs):
        if g not in used_g and p not in used_p:
            used_g.add(g)
            used_p.add(p)
            chosen.append((g, p))
    return chosen


def score(records: list[dict]) -> Tally:
    tally = Tally()
    for record in records:
        result = read_reply(record["text"])
        gold, proposed = record["points"], list(result.points)
        pairs = match(gold, proposed)
        tally.replies += 1
        tally.shape_right += result.shape.value == record["shape"]
        tally.gold += len(gold)
        tally.proposed += len(proposed)
        tally.matched += len(pairs)
        if result.shape.value != record["shape"]:
            tally.errors.append(f"{record['id']} shape {result.shape.value} != {record['shape']}")
        for g, p in pairs:
            kind_ok = proposed[p].kind == gold[g]["kind"]
            theme_ok = proposed[p].theme == gold[g]["theme"]
            tally.kind_right += kind_ok
            tally.theme_right += theme_ok
            if not (kind_ok and theme_ok):
                tally.errors.append(
                    f"{record['id']} {proposed[p].kind}/{proposed[p].theme} != "
                    f"{gold[g]['kind']}/{gold[g]['theme']}: {gold[g]['text']}"
                )
        matched_g = {g for g, _ in pairs}
        matched_p = {p for _, p in pairs}
        tally.errors += [
            f"{record['id']} missed: {gold[g]['text']}"
            for g in range(len(gold))
            if g not in matched_g
        ]
        tally.errors += [
            f"{record['id']} extra: {proposed[p].text}"
            for p in range(len(proposed))
            if p not in matched_p
        ]
    return tally


#: Later sets, each written blind (by someone who had read only the labelling guide in
#: README.md, never the reader nor the other replies) and committed before any scoring.
FRESH_SETS = (
    "replies_fresh.jsonl",
    "replies_fresh2.jsonl",
    "replies_fresh3.jsonl",
    "replies_fresh4.jsonl",
    "replies_fresh5.jsonl",
    "replies_fresh6.jsonl",
    "replies_fresh7.jsonl",
    "replies_fresh8.jsonl",
)
#: The one set the figure lines come from, scored once per round. The sets before it (the
#: first split's held-out half included) have been scored and reported: rules may be tuned
#: on them from the round after.
HELD_OUT_SET = "replies_fresh8.jsonl"


def read_set(name: str) -> list[dict]:
    with open(DATA / name, encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def load() -> tuple[list[dict], list[dict]]:
    """(tuning, held out): every reply before HELD_OUT_SET is tuning now."""
    split = json.loads((DATA / "split.json").read_text(encoding="utf-8"))
    records = {r["id"]: r for r in read_set("replies.jsonl")}
    tuning = [records[i] for i in split["tuning"] + split["held_out"]]
    for name in FRESH_SETS[: FRESH_SETS.index(HELD_OUT_SET)]:
        tuning += read_set(name)
    return tuning, read_set(HELD_OUT_SET)


def summary(name: str, tally: Tally) -> list[str]:
    return [
        f"{name}: {tally.replies} replies, {tally.gold} gold points, {tally.proposed} proposed",
        f"  point recall {tally.ratio(tally.matched, tally.gold):.3f}, "
        f"point precision {tally.ratio(tally.matched, tally.proposed):.3f}",
        f"  kind accuracy {tally.ratio(tally.kind_right, tally.matched):.3f}, "
        f"theme accuracy {tally.ratio(tally.theme_right, tally.matched):.3f} "
        f"(over {tally.matched} matched points)",
        f"  shape accuracy {tally.ratio(tally.shape_right, tally.replies):.3f}",
    ]


def figure(name: str, value: float) -> str:
    target = TARGETS[name]
    verdict = "PASS" if value >= target else "FAIL"
    return f"figure: {name} = {value:.3f} ratio (target >= {target}) {verdict}"


def main(argv: list[str]) -> int:
    tuning, held_out = load()
    tuned = score(tuning)
    print("\n".join(summary("tuning sets", tuned)))
    if "--show-tuning-errors" in argv:
        print("\n".join("    " + line for line in tuned.errors))
    measured = score(held_out)
    print("\n".join(summary(f"held-out set {HELD_OUT_SET} (scored once)", measured)))
    print(figure("reply_kind_accuracy", measured.ratio(measured.kind_right, measured.matched)))
    print(figure("reply_theme_accuracy", measured.ratio(measured.theme_right, measured.matched)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
