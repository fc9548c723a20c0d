"""The learned sentence classifier: a linear model over word and n-gram features, read from files.

It finds the intent the rules' fixed phrases miss. Weights are plain arrays written by
training/wording/train.py; the app needs only numpy, loads them on the first check (never at
start-up) and never touches the network.
"""

from __future__ import annotations

from dataclasses import dataclass

from debrief.journal.practice import model_files
from debrief.journal.practice.model_files import shipped_model
from debrief.journal.practice.wording.features import FAMILIES, features

OK = "ok"


@dataclass(frozen=True)
class Guess:
    """What the classifier makes of one sentence: the likeliest kind, and its problem score."""

    kind: str
    score: float
    flagged: bool


class Model:
    """Vocabulary, weights (features x labels), bias and the flagging threshold.

    One logit per label, "ok" first; a sentence's problem score is how much likelier any
    problem kind is than "ok" (log-sum-exp of the kinds' logits minus ok's).
    """

    def __init__(self, vocab: list[str], weights, meta: dict) -> None:
        import numpy as np

        self._np = np
        self.index = dict(zip(vocab, range(len(vocab)), strict=True))
        self.weights = weights
        self.kinds: list[str] = [label for label in meta["labels"] if label != OK]
        self.bias = np.asarray(meta["bias"], dtype=np.float32)
        self.threshold: float = meta["threshold"]
        self.families = tuple(meta.get("features") or FAMILIES)

    def guess(self, sentences: list[str]) -> list[Guess]:
        """One guess per sentence; a sentence with no known feature is innocent.

        All sentences are scored in one pass of numpy calls: a message of 2,000 characters
        holds dozens of sentences, and a call per sentence would cost more than the sums.
        """
        np = self._np
        index = self.index
        known = [
            [i for f in features(sentence, self.families) if (i := index.get(f)) is not None]
            for sentence in sentences
        ]
        scored = [n for n, rows in enumerate(known) if rows]
        guesses = [Guess(OK, -99.0, False) for _ in sentences]
        if not scored:
            return guesses
        counts = np.array([len(known[n]) for n in scored])
        flat = np.fromiter((i for n in scored for i in known[n]), dtype=np.intp)
        starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
        logits = np.add.reduceat(self.weights[flat], starts, axis=0)
        logits = logits / np.sqrt(counts)[:, None] + self.bias
        kinds = logits[:, 1:]
        top = kinds.max(axis=1)
        scores = top + np.log(np.exp(kinds - top[:, None]).sum(axis=1)) - logits[:, 0]
        best = kinds.argmax(axis=1)
        for n, score, kind in zip(scored, scores.tolist(), best.tolist(), strict=True):
            guesses[n] = Guess(self.kinds[kind], score, score > self.threshold)
        return guesses


def load_model() -> Model:
    """The shipped model, read once from the package's model/ folder."""
    return shipped_model(__package__, "model", Model)


def is_loaded() -> bool:
    """Whether the model has been read yet (the start-up tests check it has not)."""
    return model_files.is_loaded(__package__, "model")
