"""Text handling for the wording check: normalise without moving offsets, find sentence edges."""

from __future__ import annotations

import re

# ---- normalisation: one character in, at most one out, so offsets map back exactly ----

_SAME_WIDTH = str.maketrans(
    {
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u02bc\u00b4`\uff07", "'"),
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\uff02", '"'),
        **dict.fromkeys("\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007", " "),
        **dict.fromkeys("\u2008\u2009\u200a\u202f\u205f\u3000\t\r\f\v", " "),
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2212", "-"),
        **dict.fromkeys("\u2028\u2029\u0085", "\n"),
        "\u0130": "i",  # the one character whose lower() is two characters long
    }
)
# Soft hyphens, zero-width and bidi marks hide inside words ("mis\u00adtake"): dropped.
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]+")


def normalise(text: str) -> tuple[str, list[int] | None]:
    """Straighten quotes and spaces, drop invisible marks; index[i] is norm[i]'s origin."""
    mapped = text.translate(_SAME_WIDTH)
    if _INVISIBLE.search(mapped) is None:
        return mapped, None
    pieces: list[str] = []
    index: list[int] = []
    kept_from = 0
    for gap in _INVISIBLE.finditer(mapped):
        pieces.append(mapped[kept_from : gap.start()])
        index.extend(range(kept_from, gap.start()))
        kept_from = gap.end()
    pieces.append(mapped[kept_from:])
    index.extend(range(kept_from, len(mapped)))
    return "".join(pieces), index


def original_span(index: list[int] | None, left: int, right: int) -> tuple[int, int]:
    """A span of the normalised text as offsets into the text the user typed."""
    return (left, right) if index is None else (index[left], index[right - 1] + 1)


# ---- sentences: the span a problem covers ----

MAX_REACH = 300  # characters searched either side of a match for the sentence edges
# Sentence ends; also a blank line, a line starting a list item or "Label:", and a short
# line ending in a comma (a greeting such as "Hi Sam," or a sign-off).
# A run of end marks is read once, from its first mark and possessively: "..." followed by
# a comma is no end, and 20,000 dots would otherwise be rescanned from every dot (12 s).
_ENDS = (
    r"(?<![.!?])[.!?]++(?=[\s\"')\]]|$)|[;]|\n[^\S\n]*\n|(?m:^[^\n]{0,40},[^\S\n]*\n)"
    r"|\n(?=[^\S\n]*(?:[-*\u2022>]|\d+[.)]|[A-Za-z][\w ]{0,15}:))"
)
# Around a problem, the name under a sign-off ends a sentence too ("Best wishes,\nRiley"):
# a sentence typed after the signature starts anew, and a rewrite leaves the name alone.
_BOUNDARY = re.compile(r"(?m:^[^\n]{0,40},[^\S\n]*\n[^\n.!?,;]{1,30}\n)|" + _ENDS)
_LEAD_IN = re.compile(
    r"\s*(?:(?:[-*\u2022>]+|\d+[.)])\s*)?(?:[A-Za-z][\w ]{0,15}:\s+)?[\"'(\[]*\s*"
)
# For splitting a whole message, every line break ends a sentence too (signatures, scripts).
_SPLIT = re.compile(_ENDS + r"|\n")


def sentence_around(norm: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around norm[start:end], without list markers, labels or open quotes."""
    lo = max(0, start - MAX_REACH)
    left = lo
    for edge in _BOUNDARY.finditer(norm, lo, start):
        left = edge.end()
    if left == lo and lo > 0:  # no edge in reach: begin at a word, not inside one
        space = norm.find(" ", lo, start)
        left = space + 1 if space != -1 else start
    lead = _LEAD_IN.match(norm, left, start)
    if lead is not None:
        left = lead.end()
    edge = _BOUNDARY.search(norm, end, min(len(norm), end + MAX_REACH))
    if edge is None:
        right = min(len(norm), end + MAX_REACH)
    elif norm[edge.start()] in ".!?":
        right = edge.end()
    else:
        right = edge.start()
    while right > end and norm[right - 1].isspace():
        right -= 1
    return min(left, start), max(right, end)


def sentences(norm: str) -> list[tuple[int, int]]:
    """Every sentence of a message as (start, end) in `norm`, trimmed, none empty."""
    spans: list[tuple[int, int]] = []
    left = 0
    for edge in _SPLIT.finditer(norm):
        right = edge.end() if norm[edge.start()] in ".!?" else edge.start()
        _add(norm, left, right, spans)
        left = edge.end()
    _add(norm, left, len(norm), spans)
    return spans


def _add(norm: str, left: int, right: int, spans: list[tuple[int, int]]) -> None:
    lead = _LEAD_IN.match(norm, left, right)
    if lead is not None:
        left = lead.end()
    while right > left and norm[right - 1].isspace():
        right -= 1
    if right - left >= 2 and any(ch.isalpha() for ch in norm[left:right]):
        spans.append((left, right))


# ---- taking a sentence out: what else goes with it ----

_SPACES_AFTER = re.compile(r"[^\S\n]*")
_SPACES_BEFORE = re.compile(r"[^\S\n]*\Z")


def removal_span(text: str, start: int, end: int) -> tuple[int, int]:
    """What to delete to take text[start:end] out of its message and leave it tidy.

    The spaces after it go too, so "A. B. C." loses "B. " and no double space is left;
    a sentence that ends its line takes the spaces before it instead; one alone on its
    line takes the line break too, so no blank line opens in the middle of a paragraph.
    """
    after = _SPACES_AFTER.match(text, end).end()
    at_line_end = after == len(text) or text[after] == "\n"
    if not at_line_end:
        return start, after
    before = _SPACES_BEFORE.search(text, 0, start).start()
    if before > 0 and text[before - 1] != "\n":
        return before, after  # the last sentence of a line: the space before it goes
    if after < len(text):
        # Alone on its line: the line goes, and with a paragraph of its own one of the
        # blank lines around it, so two paragraphs are not left two blank lines apart.
        after += 1
        if text[before - 2 : before] == "\n\n" and text[after : after + 1] == "\n":
            after += 1
        return before, after
    if before > 0:
        return before - 1, after  # the text's last line: the break before it goes
    return before, after
