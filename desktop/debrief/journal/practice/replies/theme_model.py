"""The reply reader's learned theme guess: a linear model over a point's words.

The word lists in themes.py name a theme only when a point uses one of their words; on
replies written by others most points use none. This model (fitted by
training/train_themes.py on the tuning replies' points) reads the stemmed words, word
pairs and character n-grams (the families its meta.json names), plus which theme's word
list matched, and names the likeliest theme, or none when it
is not confident enough. Only numpy is needed, loaded with the first reply read.
"""

from __future__ import annotations

from debrief.journal.practice.model_files import shipped_model
from debrief.journal.practice.replies.themes import matched_themes
from debrief.journal.practice.wording.features import features, words

NO_THEME = "none"
MODEL_DIR = "debrief/journal/practice/replies/theme_model"  # under desktop/, for training
#: The feature families of models written before meta.json named them.
_FAMILIES = ("words", "pairs")
#: Words of a verdict on the whole interview ("Overall it went well."): a point made of
#: nothing else names no theme, however the model would lean.
_VERDICT_ONLY = frozenset(
    words(
        "overall it went well good great fine ok okay nice solid strong positive generally all"
        " in all you did a the interview was were really very quite pretty job performance"
        " and on whole i think we they felt thought it's that this"
    )
)


def theme_features(text: str, families: tuple[str, ...] = _FAMILIES) -> dict[str, float]:
    """The point's features: those of `families`, and each theme whose words it uses."""
    found = dict.fromkeys(features(text, families), 1.0)
    for theme, weight in matched_themes(text).items():
        found["theme " + theme] = float(weight)
    return found


class ThemeModel:
    """Vocabulary, weights (features x labels), bias, and the confidence floor."""

    def __init__(self, vocab: list[str], weights, meta: dict) -> None:
        import numpy as np

        self._np = np
        self.index = {name: n for n, name in enumerate(vocab)}
        self.weights = weights
        self.labels: list[str] = meta["labels"]
        self.bias = np.asarray(meta["bias"], dtype=np.float32)
        self.floor: float = meta["floor"]
        self.families: tuple[str, ...] = tuple(meta.get("features", _FAMILIES))

    def guess(self, text: str) -> str | None:
        """The likeliest built-in theme of `text`, or None when unsure or when none fits."""
        if set(words(text)) <= _VERDICT_ONLY:
            return None
        np = self._np
        known = [
            (i, v)
            for f, v in theme_features(text, self.families).items()
            if (i := self.index.get(f)) is not None
        ]
        logits = self.bias.copy()
        for i, value in known:
            logits += value * self.weights[i]
        probabilities = np.exp(logits - logits.max())
        probabilities /= probabilities.sum()
        best = int(probabilities.argmax())
        label = self.labels[best]
        return None if label == NO_THEME or probabilities[best] < self.floor else label


def load_theme_model() -> ThemeModel:
    """The shipped model, read once from the package."""
    return shipped_model(__package__, "theme_model", ThemeModel)


def propose_theme(text: str) -> str | None:
    """The built-in theme a feedback point speaks of, or None to let the user choose."""
    return load_theme_model().guess(text)
