"""Pattern pieces the wording rules are built from: "not chosen", "why", a gap of words.

A space in a piece means one or more whitespace characters, " ?" none or more (`rx`). The
rules (rules.py) and the words that excuse a match (excuses.py) combine these; each piece
says one idea ("I was not the one chosen") in the many ways people write it.
"""

from __future__ import annotations


def rx(piece: str) -> str:
    """A regex piece in which a space means one or more whitespace characters, and " ?"
    (as in "score ?sheet") means none or some."""
    return piece.replace(" ?", r"\s*").replace(" ", r"\s+")


def gap(words: int) -> str:
    """Up to `words` filler words, lazily, each optionally followed by a comma."""
    return rf"(?:[\w'-]+,?\s+){{0,{words}}}?"


NEG = (
    r"(?:(?:was|were|is|are|am|have|has|had|did|do|does|could|would|should|ca|can|wo)n'?t"
    r"|not|never|cannot)"
)
CHOSEN = rx(
    r"(?:selected|chosen|hired|picked|successful|short-?listed|offered|progressed|advanced"
    r"|taken (?:forward|further)|moved forward|put forward|put through|accepted|the right fit"
    r"|good enough"
    r"|the one(?! thing| area| skill| point| question| example)"
    r"|a (?:good |great |strong |right )?fit|the (?:successful|chosen|preferred|right) "
    r"(?:candidate|person|one)"
    r"|the (?:person|one|candidate|applicant) (?:you|they|the (?:team|panel)) (?:chose|picked"
    r"|selected|hired|wanted|went with|offered))\b"
)
CHOOSE_ME = rx(
    r"(?:hire|choose|pick|select|shortlist|offer|want|take|progress|advance|invite"
    r"|move forward with|proceed with|go with|go ahead with) (?:me|my)\b"
)
GOT = rx(
    r"(?:(?:get|land|receive|win|secure|make|pass|progress|advance|move|go|get through) "
    r"(?:(?:the|an|a|this|that|to the|into the|on to the|onto the|through to the) )?"
    r"(?:job|role|position|post|offer|it|through|further|forward|cut|short-?list|next"
    r"|final|interview|round|stage|place)\b|(?:succeed|progress|advance)\b)"
)
NEG_CHOSEN = rf"\b{NEG}\b\s+{gap(2)}(?:{CHOSEN}|{CHOOSE_ME}|{GOT})"
PASSIVE = (
    rx(r"\b(?:was|were|been|being|am|is|got|get|getting|I'm|application|candidacy) ")
    + gap(1)
    + rx(
        r"(?:rejected|turned down|passed over|declined|unsuccessful|eliminated|ruled out"
        r"|screened out|dropped|overlooked|knocked out|knocked back|let go|not selected"
        r"|not chosen)\b"
    )
)
THEY = rx(
    r"\b(?:you|they|he|she|management|(?:the|your) (?:team|company|panel|committee"
    r"|hiring manager|hiring team|recruiter|interviewers?|business|client)) "
)
THEY_CHOSE = (
    THEY
    + gap(2)
    + rx(
        r"(?:(?:reject|rejected|rejecting|turn down|turned down|turning down|pass on|passed on"
        r"|passing on|pass over|passed over|eliminated|dropped|rule out|ruled out|ruling out)"
        r" (?:me|my|mine|(?:someone|somebody|a candidate|people) like me)\b"
        r"|(?:rule|ruled|ruling) (?:me|my \w+) out\b|(?:say|said|saying) no\b"
        r"|(?:went|go|going|gone) (?:in )?(?:a different|another|the other) (?:way|direction)\b"
        r"|decided? (?:against|not to)\b"
        r"|(?:chose|choose|choosing|picked|pick|selected|select|hired|hire|hiring|went with"
        r"|go with|going with|preferred|prefer|favou?red|favou?r|opted for|opt for"
        r"|(?:offered|gave|give) the (?:job|role|position|post|offer) to) "
        r"(?:someone|somebody|another|the other|a different|an internal|him|her|them|other"
        r"|the successful|the person|the candidate)\b)"
    )
)
OTHER = rx(
    r"\b(?:(?:someone|somebody|anyone) else|another (?:candidate|applicant|person)"
    r"|the other (?:candidates?|applicants?|person|people|finalists?|one)"
    r"|the (?:successful|chosen|selected|winning|preferred) (?:candidate|applicant|person))\b"
)
OVER_ME = rx(r"\b(?:and not|over|instead of|rather than|but not|ahead of|not) me\b")
DECISION = rx(
    r"\b(?:(?:the|your|this|that|such a) (?:final )?(?:decision|outcome|rejection)"
    r"|my rejection|(?:rejecting|turning|passing on|passing over|dropping) me|not \w+ing "
    r"(?:me|my)|(?:the )?(?:job|role|post|position|offer) went elsewhere|went elsewhere"
    r"|not \w+ing "
    r"(?:me|my)|(?:rejected|turned down|unsuccessful|passed over)|the (?:job|role|position|offer) "
    r"(?:going|went|go) to)\b"
)
#: Anything that says "I was not the one chosen", for rules that pair it with a why.
NOT_CHOSEN = f"(?:{NEG_CHOSEN}|{PASSIVE}|{THEY_CHOSE}|{OTHER}|{OVER_ME}|{DECISION})"

WHY_LEAD = rx(
    r"\b(?:why|how come|(?:the|what|any|a|your|their) (?:main |real |actual |exact |specific )?"
    r"reasons?"
    r"(?: for| behind| why| that)?|what (?:\w+ly )?(?:made|led|caused|prompted|drove|influenced)"
    r"|(?:which|what) (?:\w+ )?factors?"
    r"|on what (?:basis|grounds)|(?:the|what) (?:grounds|basis|criteria)"
    r"|(?:that|which) (?:made|led|caused|prompted)"
    r"|(?:was|is) it (?:because|due to|down to)|what (?:was|is) wrong with (?:me|my))\b"
)
