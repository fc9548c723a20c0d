"""The sentence features the classifier reads: word and character n-grams of plain text.

Training (training/wording/train.py) and the app call the same function, so the shipped
weights always see the features they were fitted on.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|[?!]")
_DIGITS = re.compile(r"[0-9]+")
_SPACES = re.compile(r"\s+")
MIN_CHAR, MAX_CHAR = 2, 5


def plain(sentence: str) -> str:
    """Lower case, straight quotes, digits as 0, single spaces: how people vary, ignored."""
    text = sentence.lower().replace("\u2019", "'").replace("\u2018", "'")
    return _SPACES.sub(" ", _DIGITS.sub("0", text)).strip()


def features(sentence: str) -> set[str]:
    """Word unigrams and bigrams, plus character 2- to 5-grams inside each padded word."""
    words = _WORD.findall(plain(sentence))
    found: set[str] = set()
    add = found.add
    previous = "<s>"
    for word in words:
        add("w " + word)
        add("b " + previous + " " + word)
        previous = word
        padded = f" {word} "
        size = len(padded)
        for n in range(MIN_CHAR, min(MAX_CHAR, size) + 1):
            for i in range(size - n + 1):
                add(padded[i : i + n])
    add("b " + previous + " </s>")
    return found
