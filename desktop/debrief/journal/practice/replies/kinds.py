"""Proposes whether a feedback point is praise, what held the user back, or advice."""

from __future__ import annotations

import re

from debrief.journal.store.choices import PointKind

# Advice looks forward: a suggestion, a "next time", an instruction. "It would have
# helped" looks back, so it is what held the user back, not advice.
_ADVICE = re.compile(
    r"\b(i'?d|i would|i will|we would|we'?d|would) (suggest|recommend|encourage|advise|say)"
    r"|\b(suggest(s|ed)?|recommend(s|ed)?|encourage|advi[cs]e|my tip|tip from me|a tip)\b"
    r"|\bnext time\b|\bfor next time\b|\bin future\b|\bfor (the )?future\b|before your next"
    r"|\bfor (the )?next (one|interview)|\bif i were you\b|\btry to\b|\bmake sure\b"
    r"|\b(might|may) (be worth|help|wish to)\b|\bworth (a look|looking|it)\b"
    r"|\bwould help( a lot)?\b|\bit would (also )?help to\b|\bi'?d (just |really |also )?"
    r"(spend|pick|think|brush|practi[cs]e|focus|look|work|prepare|read|take|get|start|make|test)"
    r"|\bwould practi[cs]e\b|\b(you )?should\b|\bkindly\b|\bplease\b(?! (apply|do apply|don))"
    r"|\bif you can\b|\bit might be worth\b"
    # Advice as a question or a hedge: "you might want to add", "have you considered ...?"
    r"|\b(might|may) (want|like) to\b|\bhave you (thought about|considered|got|tried)\b"
    r"|\bany chance you could\b|\bit'?s (also )?worth\b|\bworth (thinking|taking|considering"
    r"|doing|adding|getting|reading)\b|\bgood idea to\b|\bgoing forward\b"
    r"|\b(for|in|at) your next\b|\bwould benefit from\b|\b(are|is) advised to\b",
    re.IGNORECASE,
)
# A sentence that starts with a verb is an instruction: "Practise your opening."
_IMPERATIVE = re.compile(
    r"^(also,? |so,? |and )?(always |just |really )?(practi[cs]e|prepare|try|aim|lead|focus|spend"
    r"|get|read|learn|look|take|make|think|talk|tell|be|consider|use|show|build|brush|tailor"
    r"|test|pick|mention|let|ask|explain|check|research|review|keep|work on|study|slow down"
    r"|speak|write|bring|rehearse|avoid|gain|don'?t|do)\b",
    re.IGNORECASE,
)
_LOOKS_BACK = re.compile(
    r"\b(would|could|should) (also )?have\b|\b(they'?d|we'?d) also have\b", re.I
)
_POSITIVE = re.compile(
    r"\b(great|strong(est)?|excellent|impress(ed|ive)|liked|(i|we|they) (really )?like"
    r"|lov(ed|ely)|good|solid|clear(ly)?"
    r"|well|enjoyed|nailed|thoughtful|memorable|engaging|sharp|friendly|warm|personable"
    r"|passion|rigorous|spot on|favou?rites?|best|admired|appreciated|confident(ly)?|upbeat"
    r"|keen|motivated|pleasant|calm|brilliant|fantastic|positive|helpful|quick(ly)?|rapport"
    r"|care|super|really (good|well)|came through|stood out|one of the|relevant|polished|tidy"
    r"|convincing|natural|sound|thorough|engaged|easy to talk to|impressive)\b",
    re.IGNORECASE,
)
_NEGATIVE = re.compile(
    r"\b(lack(ed|ing)?|missing|missed|gaps?|weak(er|ness)?|short|struggled|didn'?t|did not"
    r"|wasn'?t|weren'?t|was not|were not|isn'?t|hadn'?t|haven'?t|couldn'?t|not (yet|quite|so|very"
    r"|clearly|enough|sure|able|at)|hard(er)? to|difficult|vague|general|too|only|less|limited"
    r"|nervous|late|flat|quiet|reluctant|guessing|hesitant|concern(ed|s)?|pause|unfortunately"
    r"|fell (down|short)|held you back|sticking point|tipped|downside|surprised|caught you out"
    r"|blam\w*|bored|errors?|mistakes?|instead of|rather than|not|no|never|little|small"
    r"|main (thing|gap|reason)|more (experience|detail|examples|evidence|depth)|needed|wanted"
    r"|would have|could have|should have|came across as|over|long|slow|went on|waiting"
    r"|rehearsed|scripted|memori[sz]ed|robotic|arrogant|defensive|unprepared|unsure|rushed"
    r"|rambl\w*|superficial|shallow|disorgani[sz]ed|a bit|a little|slightly|shame"
    r"|(role|job|position|we) (needs?|requires?))\b",
    re.IGNORECASE,
)
_CONTRAST = re.compile(r"\b(but|however|although|though|yet|while|whilst)\b", re.IGNORECASE)


# "not clearly", "lacking strong": the praise word is negated. "It would have been good
# to ..." wishes for what was missing: its "good" is no praise either.
_NEGATION = re.compile(
    r"\b(not|never|no|n't|lack(ed|ing)?|without)\W+(\w+\W+){0,2}$"
    r"|\b(would|could|should)('ve| have) been\W+(\w+\W+){0,1}$",
    re.I,
)
#: Characters before a praise word read for its negation: a negator and up to two words.
#: (Reading the whole text before each one made a 90,000-character paste take 20 s.)
_NEGATION_REACH = 80
_CONDITION = re.compile(r"^(when|if|whenever|once|before|in|for|during)\b[^,]{0,60},\s*", re.I)


def propose_kind(text: str) -> PointKind:
    """Advice when it looks forward; otherwise praise or what held the user back."""
    instruction = _IMPERATIVE.match(_CONDITION.sub("", text, count=1))
    if not _LOOKS_BACK.search(text) and (_ADVICE.search(text) or instruction):
        return PointKind.ADVICE
    return PointKind.WENT_WELL if tone(text) > 0 else PointKind.HELD_BACK


def tone(text: str) -> int:
    """Positive words minus negative ones, read after the last "but": what comes last counts."""
    parts = _CONTRAST.split(text)
    tail = parts[-1] if len(parts) > 1 and len(parts[-1].split()) >= 2 else text
    return _score(tail)


def leans(text: str) -> int:
    """+1 praise, -1 criticism, 0 neither: for deciding where a "but" splits two points."""
    score = _score(text)
    return (score > 0) - (score < 0)


def _score(text: str) -> int:
    """Praise words minus criticism words; "not clearly" counts as criticism, not praise."""
    praise = sum(
        1
        for m in _POSITIVE.finditer(text)
        if not _NEGATION.search(text[max(0, m.start() - _NEGATION_REACH) : m.start()])
    )
    return praise - len(_NEGATIVE.findall(text))
