"""The learned sentence classifier: a linear model over n-grams, read from files in the package.

It finds the intent the rules' fixed phrases miss. Weights are plain arrays written by
training/wording/train.py; the app needs only numpy, loads them on the first check (never at
start-up) and never touches the network.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from importlib import resources

from debrief.journal.practice.wording.features import features

MODEL_FILES = ("vocab.txt", "weights.npy", "meta.json")
OK = "ok"


@dataclass(frozen=True)
class Guess:
    """What the classifier makes of one sentence: the likeliest kind, and its problem score."""

    kind: str
    score: float
    flagged: bool


class Model:
    """Vocabulary, weights (features x columns), bias and the flagging threshold.

    Column 0 scores "a problem at all"; the others score each problem kind.
    """

    def __init__(self, vocab: list[str], weights, meta: dict) -> None:
        import numpy as np

        self._np = np
        self.index = dict(zip(vocab, range(len(vocab)), strict=True))
        self.weights = weights
        self.kinds: list[str] = [label for label in meta["labels"] if label != OK]
        self.bias = np.asarray(meta["bias"], dtype=np.float32)
        self.threshold: float = meta["threshold"]

    def guess(self, sentences: list[str]) -> list[Guess]:
        """One guess per sentence; a sentence with no known feature is innocent."""
        np = self._np
        guesses: list[Guess] = []
        for sentence in sentences:
            rows = [i for f in features(sentence) if (i := self.index.get(f)) is not None]
            if not rows:
                guesses.append(Guess(OK, -99.0, False))
                continue
            scores = self.weights[rows].sum(axis=0) / np.sqrt(len(rows)) + self.bias
            score = float(scores[0])
            kind = self.kinds[int(scores[1:].argmax())]
            guesses.append(Guess(kind, score, score > self.threshold))
        return guesses


_lock = threading.Lock()
_model: Model | None = None


def load_model() -> Model:
    """The shipped model, read once from the package's model/ folder."""
    global _model
    with _lock:
        if _model is None:
            import numpy as np

            folder = resources.files(__package__) / "model"
            vocab = (folder / "vocab.txt").read_text(encoding="utf-8").split("\n")
            with (folder / "weights.npy").open("rb") as stream:
                weights = np.load(stream, allow_pickle=False)
            meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
            _model = Model(vocab, weights, meta)
        return _model


def is_loaded() -> bool:
    """Whether the model has been read yet (the start-up tests check it has not)."""
    return _model is not None
