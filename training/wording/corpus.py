"""Builds the labelled wording corpus from the hand-written source files, and splits it once.

The source files in source/ hold sentences in groups; each group starts with a line
`## register=... source=... | rationale` that applies to every sentence under it, and
`#> label` switches the label inside a mixed file (otherwise the file name gives it).
messages.txt holds whole messages, each after a `=== labels=a,b purpose=... | rationale` line.

    python training/wording/corpus.py build   # source/ -> sentences.jsonl, messages.jsonl
    python training/wording/corpus.py split   # once: -> train.jsonl, test.jsonl (and messages)
    python training/wording/corpus.py extra   # extra/ -> train_extra.jsonl, messages_extra.jsonl
    python training/wording/corpus.py fresh   # fresh/ -> test_fresh.jsonl (and messages)
    python training/wording/corpus.py fresh2  # fresh2/ -> test_fresh2.jsonl (and messages)
    python training/wording/corpus.py fresh3  # fresh3/ -> test_fresh3.jsonl (and messages)
    python training/wording/corpus.py fresh4  # fresh4/ -> test_fresh4.jsonl (and messages)
    python training/wording/corpus.py fresh5  # fresh5/ -> test_fresh5.jsonl (and messages)
    python training/wording/corpus.py fresh6  # fresh6/ -> test_fresh6.jsonl (and messages)
    python training/wording/corpus.py fresh7  # fresh7/ -> test_fresh7.jsonl (and messages)
    python training/wording/corpus.py fresh8  # fresh8/ -> test_fresh8.jsonl (and messages)
    python training/wording/corpus.py fresh9  # fresh9/ -> test_fresh9.jsonl (and messages)
    python training/wording/corpus.py fresh10  # fresh10/ -> test_fresh10.jsonl (and messages)
    python training/wording/corpus.py fresh11  # fresh11/ -> test_fresh11.jsonl (and messages)
    python training/wording/corpus.py fresh12  # fresh12/ -> test_fresh12.jsonl (and messages)
    python training/wording/corpus.py fresh13  # fresh13/ -> test_fresh13.jsonl (and messages)
    python training/wording/corpus.py fresh14  # fresh14/ -> test_fresh14.jsonl (and messages)

extra/ holds sentences and messages written after the split, in the same format, for training
only: they never join the held-out files, and any that repeats a held-out item is dropped.

fresh/ to fresh14/ are later held-out sets, each written by someone who had seen neither
the corpus nor the model, and fixed before any model was scored on it; any item that repeats
a training item is dropped. Once a set has been scored and its figures reported it is
retired: the next round trains on it (RETIRED) and a newer set (HELD_OUT_SET) is measured.
Only the newest set is held out; no training reads it.

The split refuses to overwrite existing split files: the held-out set is chosen once, before
any training, and never tuned on.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "desktop"))
from debrief.journal.practice.wording.categories import KINDS  # noqa: E402

SOURCE = HERE / "source"
EXTRA = HERE / "extra"
FRESH_SETS = (
    "fresh",
    "fresh2",
    "fresh3",
    "fresh4",
    "fresh5",
    "fresh6",
    "fresh7",
    "fresh8",
    "fresh9",
    "fresh10",
    "fresh11",
    "fresh12",
    "fresh13",
    "fresh14",
)
#: The one set still held out: its figures are the ones reported, scored once per round.
HELD_OUT_SET = "fresh14"
HELD_OUT = (f"test_{HELD_OUT_SET}.jsonl", f"messages_test_{HELD_OUT_SET}.jsonl")
#: Held-out sets already scored and reported, trained on from the round after: the first
#: split's test half (training rounds were compared on it) and the later sets but the newest.
RETIRED = (
    "test.jsonl",
    "test_fresh.jsonl",
    "test_fresh2.jsonl",
    "test_fresh3.jsonl",
    "test_fresh4.jsonl",
    "test_fresh5.jsonl",
    "test_fresh6.jsonl",
    "test_fresh7.jsonl",
    "test_fresh8.jsonl",
    "test_fresh9.jsonl",
    "test_fresh10.jsonl",
    "test_fresh11.jsonl",
    "test_fresh12.jsonl",
    "test_fresh13.jsonl",
)
#: Every file of labelled sentences the classifier trains on.
TRAINING = ("train.jsonl", "train_extra.jsonl", *RETIRED)
SEED = 20261212
TEST_SHARE = 0.28
LABELS = ("ok", *KINDS)  # the package's categories, after "ok"
_HEADER = re.compile(r"^## register=(\S+) source=(\S+) \| (.+)$")
_MESSAGE = re.compile(r"^=== labels=(\S*) purpose=(\S+) register=(\S+) source=(\S+) \| (.+)$")


def _file_label(path: Path) -> str:
    stem = path.stem.rstrip("0123456789")  # passive2.txt is a second batch of passive
    return "ok" if stem.startswith("ok_") else stem


def _item_id(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def read_sentences(folder: Path = SOURCE) -> list[dict[str, str]]:
    """Every sentence of folder/*.txt (messages.txt aside), with its group's notes."""
    items: list[dict[str, str]] = []
    for path in sorted(folder.glob("*.txt")):
        if path.name == "messages.txt":
            continue
        label = _file_label(path)
        register = source = rationale = ""
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            if line.startswith("#>"):
                label = line[2:].strip()
                continue
            header = _HEADER.match(line)
            if header:
                register, source, rationale = header.groups()
                continue
            if label not in LABELS or not rationale:
                raise ValueError(f"{path.name}: no label or rationale for {line!r}")
            items.append(
                {
                    "id": _item_id(line),
                    "text": line,
                    "label": label,
                    "rationale": rationale,
                    "register": register,
                    "source": source,
                }
            )
    return items


def read_messages(folder: Path = SOURCE) -> list[dict[str, object]]:
    """Every message of folder/messages.txt: labels (empty for a good one) and purpose."""
    messages: list[dict[str, object]] = []
    current: dict[str, object] | None = None
    lines: list[str] = []

    def close() -> None:
        if current is not None:
            text = "\n".join(lines).strip()
            current.update(id=_item_id(text), text=text)
            messages.append(current)

    for line in (folder / "messages.txt").read_text(encoding="utf-8").splitlines():
        header = _MESSAGE.match(line)
        if header:
            close()
            labels, purpose, register, source, rationale = header.groups()
            current = {
                "labels": [label for label in labels.split(",") if label],
                "purpose": purpose,
                "rationale": rationale,
                "register": register,
                "source": source,
            }
            lines = []
        else:
            lines.append(line)
    close()
    return messages


def write_jsonl(path: Path, rows: list) -> None:
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def build() -> None:
    sentences = read_sentences()
    seen: dict[str, str] = {}
    for item in sentences:
        key = item["text"].lower()
        if key in seen and seen[key] != item["label"]:
            raise ValueError(f"labelled twice: {item['text']!r}")
        seen[key] = item["label"]
    unique = list({item["text"].lower(): item for item in sentences}.values())
    write_jsonl(HERE / "sentences.jsonl", unique)
    write_jsonl(HERE / "messages.jsonl", read_messages())
    counts = {label: sum(item["label"] == label for item in unique) for label in LABELS}
    print(f"{len(unique)} sentences ({len(sentences) - len(unique)} duplicates dropped): {counts}")


def _split(rows: list, key) -> tuple[list, list]:
    """Stratified by `key`, seeded: the same input always gives the same split."""
    rng = random.Random(SEED)
    train: list = []
    test: list = []
    for group in sorted({key(row) for row in rows}):
        members = sorted((row for row in rows if key(row) == group), key=lambda r: r["id"])
        rng.shuffle(members)
        cut = round(len(members) * TEST_SHARE)
        test.extend(members[:cut])
        train.extend(members[cut:])
    return train, test


def split() -> None:
    targets = [HERE / name for name in ("train.jsonl", "test.jsonl")]
    if any(path.exists() for path in targets):
        raise SystemExit("the split already exists; it is made once and never redone")
    train, test = _split(read_jsonl(HERE / "sentences.jsonl"), key=lambda row: row["label"])
    write_jsonl(targets[0], train)
    write_jsonl(targets[1], test)
    mtrain, mtest = _split(read_jsonl(HERE / "messages.jsonl"), key=lambda row: bool(row["labels"]))
    write_jsonl(HERE / "messages_train.jsonl", mtrain)
    write_jsonl(HERE / "messages_test.jsonl", mtest)
    print(f"train {len(train)}, test {len(test)}; messages train {len(mtrain)}, test {len(mtest)}")


def extra() -> None:
    """Training-only sentences and messages from extra/, minus any repeat of a split item."""
    held_out = {
        row["text"].lower()
        for name in HELD_OUT
        if (HERE / name).exists()
        for row in read_jsonl(HERE / name)
    }
    known = held_out | {
        row["text"].lower() for name in ("train.jsonl", *RETIRED) for row in read_jsonl(HERE / name)
    }
    sentences = list({item["text"].lower(): item for item in read_sentences(EXTRA)}.values())
    kept = [item for item in sentences if item["text"].lower() not in known]
    messages = [m for m in read_messages(EXTRA) if str(m["text"]).lower() not in held_out]
    write_jsonl(HERE / "train_extra.jsonl", kept)
    write_jsonl(HERE / "messages_extra.jsonl", messages)
    counts = {label: sum(item["label"] == label for item in kept) for label in LABELS}
    print(f"{len(kept)} extra sentences ({len(sentences) - len(kept)} repeats dropped): {counts}")
    print(f"{len(messages)} extra messages")


def fresh(name: str = "fresh") -> None:
    """A later held-out set from the folder `name`, minus any item training already holds."""
    sources = ["train.jsonl", "train_extra.jsonl", "messages_train.jsonl", "messages_extra.jsonl"]
    if name == HELD_OUT_SET:  # the retired sets are training now
        sources += [*RETIRED, *(f"messages_{retired}" for retired in RETIRED)]
    trained = {row["text"].lower() for source in sources for row in read_jsonl(HERE / source)}
    folder = HERE / name
    sentences = list({item["text"].lower(): item for item in read_sentences(folder)}.values())
    kept = [item for item in sentences if item["text"].lower() not in trained]
    messages = [m for m in read_messages(folder) if str(m["text"]).lower() not in trained]
    write_jsonl(HERE / f"test_{name}.jsonl", kept)
    write_jsonl(HERE / f"messages_test_{name}.jsonl", messages)
    counts = {label: sum(item["label"] == label for item in kept) for label in LABELS}
    print(f"{len(kept)} fresh held-out sentences ({len(sentences) - len(kept)} dropped): {counts}")
    print(f"{len(messages)} fresh held-out messages")


if __name__ == "__main__":
    {
        "build": build,
        "split": split,
        "extra": extra,
        **{name: (lambda name=name: fresh(name)) for name in FRESH_SETS},
    }[sys.argv[1] if len(sys.argv) > 1 else "build"]()
