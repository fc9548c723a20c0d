"""Splits the labelled replies once into a tuning half and a held-out half (fixed seed).

Run it once, before any rule of the reply reader was written; its output,
`training/replies/split.json`, is committed and never regenerated. Each shape (specific,
generic, declined) is shuffled and dealt alternately, so both halves hold every shape.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent / "replies"
SEED = 13


def main() -> None:
    by_shape: dict[str, list[str]] = {}
    with open(HERE / "replies.jsonl", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            by_shape.setdefault(record["shape"], []).append(record["id"])
    rng = random.Random(SEED)
    tuning: list[str] = []
    held_out: list[str] = []
    for shape in sorted(by_shape):
        ids = by_shape[shape]
        rng.shuffle(ids)
        tuning += ids[0::2]
        held_out += ids[1::2]
    split = {"seed": SEED, "tuning": sorted(tuning), "held_out": sorted(held_out)}
    (HERE / "split.json").write_text(json.dumps(split, indent=1) + "\n", encoding="utf-8")
    print(f"{len(tuning)} tuning, {len(held_out)} held out")


if __name__ == "__main__":
    main()
