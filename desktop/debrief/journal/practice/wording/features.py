"""The sentence features the classifier reads: normalised words, their pairs, and character n-grams.

Training (training/wording/train.py) and the app call the same function with the families
named in the model's meta.json, so the shipped weights always see the features they were
fitted on. A small pure-Python normaliser folds contractions and common suffixes, so "didn't
pick me" and "did not choose me" share features without any language library.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|[?!]")
_DIGITS = re.compile(r"[0-9]+")
_SPACES = re.compile(r"\s+")
MIN_CHAR, MAX_CHAR = 2, 5
#: Every family a model may use; meta.json lists the ones it was trained with.
FAMILIES = ("words", "pairs", "skips", "negation", "concepts", "chars")

_CONTRACTIONS = {
    "n't": " not",
    "'m": " am",
    "'re": " are",
    "'ve": " have",
    "'ll": " will",
    "'d": " would",
}
_IRREGULAR = {
    "can't": "can not",
    "cannot": "can not",
    "won't": "will not",
    "shan't": "shall not",
    "didnt": "did not",
    "dont": "do not",
    "doesnt": "does not",
    "wasnt": "was not",
    "werent": "were not",
    "isnt": "is not",
    "havent": "have not",
    "hadnt": "had not",
    "couldnt": "could not",
    "wouldnt": "would not",
    "im": "i am",
    "ive": "i have",
    "id": "i would",
    "youre": "you are",
}
_NEGATIONS = frozenset({"not", "no", "never", "nothing", "nobody", "none", "without"})
_STOPS_NEGATION = frozenset({"but", "and", "so", "because", "though", "although", "?", "!"})
_SUFFIXES = ("ing", "ed", "es", "s", "ly")


def plain(sentence: str) -> str:
    """Lower case, straight quotes, digits as 0, single spaces: how people vary, ignored."""
    text = sentence.lower().replace("\u2019", "'").replace("\u2018", "'")
    return _SPACES.sub(" ", _DIGITS.sub("0", text)).strip()


def stem(word: str) -> str:
    """A crude stem: 'choosing', 'chose' and 'choose' need not meet, but 'picked' and
    'picking' do; enough for a linear model to share evidence between word forms."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if word.endswith("i") and len(word) > 3:  # "replies" -> "repli" -> "reply"
        word = word[:-1] + "y"
    return word.rstrip("e") if len(word) > 4 else word


def words(sentence: str) -> list[str]:
    """The sentence's words with contractions spelled out and each word stemmed."""
    out: list[str] = []
    for token in _WORD.findall(plain(sentence)):
        if token in _IRREGULAR:
            out.extend(_IRREGULAR[token].split())
            continue
        for ending, spelled in _CONTRACTIONS.items():
            if token.endswith(ending) and len(token) > len(ending):
                out.extend((token[: -len(ending)], spelled.strip()))
                break
        else:
            out.append(token.replace("'s", ""))
    return [w if w in ("?", "!") else stem(w) for w in out]


def features(sentence: str, families: tuple[str, ...] = FAMILIES) -> set[str]:
    """The named feature families of one sentence, as a set of strings."""
    tokens = words(sentence)
    found: set[str] = set()
    add = found.add
    padded = ["<s>", *tokens, "</s>"]
    if "words" in families:
        for word in tokens:
            add("w " + word)
    if "pairs" in families:
        for left, right in zip(padded, padded[1:], strict=False):
            add("b " + left + " " + right)
    if "skips" in families:
        for left, right in zip(padded, padded[2:], strict=False):
            add("k " + left + " " + right)
    if "negation" in families:
        _negated(tokens, add)
    if "concepts" in families:
        _concepts(tokens, add)
    if "chars" in families:
        for word in _WORD.findall(plain(sentence)):
            _char_grams(word, add)
    return found


def _negated(tokens: list[str], add) -> None:
    """Words within three after a negation, marked: 'not fair' differs from 'fair'."""
    left = 0
    for word in tokens:
        if word in _NEGATIONS:
            left = 3
        elif word in _STOPS_NEGATION:
            left = 0
        elif left:
            add("n " + word)
            left -= 1


def _concepts(tokens: list[str], add) -> None:
    """Each word group met, pairs of groups in order anywhere in the sentence, and pairs of
    neighbours with groups in place of words ("not CHOSEN", "REASON for")."""
    from debrief.journal.practice.wording.concepts import concept

    mixed = [concept(word) or word for word in tokens]
    groups = [m for m, w in zip(mixed, tokens, strict=True) if m != w]
    for group in groups:
        add("c " + group)
    for i, first in enumerate(groups[:12]):
        for second in groups[i + 1 : 12]:
            add("cc " + first + " " + second)
    padded = ["<s>", *mixed, "</s>"]
    for left, right in zip(padded, padded[1:], strict=False):
        if left.isupper() or right.isupper():
            add("m " + left + " " + right)


def _char_grams(word: str, add) -> None:
    padded = f" {word} "
    size = len(padded)
    for n in range(MIN_CHAR, min(MAX_CHAR, size) + 1):
        for i in range(size - n + 1):
            add(padded[i : i + n])
