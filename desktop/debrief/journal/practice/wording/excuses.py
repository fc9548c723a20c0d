"""When a rule's match is not a problem after all: the words just before it excuse it.

"I'm not asking you to reconsider", "I completely understand why you went with someone
else", "I'd reconsider how I structure my CV": a disclaimer, an acceptance or the user's
own plans turn a match into an innocent sentence (checker.py reads these).
"""

from __future__ import annotations

import re

from debrief.journal.practice.wording.patterns import (
    NEG,
    rx,
)

ASKING_VERBS = (
    r"(?:attempt|attempting|intend|intending|wish|aim|meant|ask|asking|question|questioning|challenge|challenging|argue|arguing|dispute|disputing"
    r"|contest|contesting|dwell|dwelling|about|trying|try|looking|hoping|here|going|seeking"
    r"|want|wanting|mean|meaning|expect|expecting|request|requesting|demand|demanding|need)"
)
# "I'm not asking you to reconsider", "without questioning the decision", "no need to ...".
DISCLAIMED = re.compile(
    rx(rf"\b(?:(?:{NEG}|no|without|rather than|instead of|nothing to do with)(?: [\w']+){{0,2}}? ")
    + rx(rf"{ASKING_VERBS}\b(?: [\w']+){{0,5}}|no need(?: for me| for you)? to")
    + rx(r"|no intention of|rather than|instead of|not|no)\s*$"),
    re.IGNORECASE,
)
# "I'm not sure I was the strongest candidate", "I don't think you made a mistake".
NEGATED = re.compile(
    rx(rf"\b(?:I|I'm|I'd|I've|we|we're)(?: [\w']+)? {NEG}(?: (?!(?:help|but)\b)[\w']+){{0,2}}")
    + r"\s*$",
    re.IGNORECASE,
)
# "You don't owe me an explanation", "please don't feel you owe me one": the debt waived.
# Not "don't you owe me ...?" (a negation then the subject is a question that presses).
OWING_WAIVED = re.compile(
    rx(rf"\b{NEG}\b(?! (?:you|they|we|he|she|the|your)\b)(?: [\w']+){{0,2}}") + r"\s*$",
    re.IGNORECASE,
)
# "I completely understand why you went with someone else", "I know why", "that's why".
ACCEPTED = re.compile(
    r"(?:(?<!may )(?<!can )(?<!could )(?<!might )(?<!do )(?<!did )(?<!let )"
    + rx(r"\b(?:I|we)(?:'ve| have| do| can| fully| completely| totally| really| certainly")
    + rx(r"| absolutely| now){0,2} (?:understand|see|know|accept|respect|appreciate|realise")
    + rx(r"|realize|get|recognise|recognize|acknowledge)(?: [\w']+){0,3}|\b(?:that's|that is")
    + rx(r"|this is|which is)(?: exactly| precisely| partly)?")
    + rx(r"|^\W*(?:totally|completely|fully|really|i can)? ?(?:get|understand|see)")
    + rx(r"(?: [\w']+){0,2}")
    # "Thank you for explaining why the panel went another way."
    + rx(r"|\b(?:thanks|thank you|grateful|appreciate it)(?: (?:so|very) much)? for (?:explaining")
    + rx(r"|telling me|sharing|letting me know|clarifying)(?: [\w']+){0,2})\s*$"),
    re.IGNORECASE,
)
NEGATABLE = {"fault", "disagree", "argue", "reconsider"}
# "I'd reconsider how I structure my CV", "I'm reconsidering my approach": the user's own plans.
OWN_PLANS = re.compile(
    rx(r"\b(?:I(?:'d|'m|'ll|'ve been| am| will| would| have been)?|ill|im|id)(?: \w+ly)?")
    + rx(r"(?: (?:happy|glad|going|want|need|plan|planning|have|had|intend) to)?\s*$"),
    re.I,
)
#: "I was biased towards frontend in my answers": the user's own slant, not the panel's.
SELF_BIASED = re.compile(rx(r"\bI(?:'m| am| was)(?: \w+ly)?\s*$"), re.I)
ACCEPTABLE = {"why", "justify", "compare"}
#: (kind, how the match starts, the words before it that excuse it), each for one kind.
EXCUSES = (
    ("justify", "owe", OWING_WAIVED),
    ("reconsider", "", OWN_PLANS),
    ("justify", "justif", OWN_PLANS),  # "I need to justify my estimates better"
    ("fault", "biased", SELF_BIASED),
)
