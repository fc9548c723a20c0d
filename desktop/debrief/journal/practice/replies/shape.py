"""Tells feedback from polite filler, and a declined, generic or specific reply apart."""

from __future__ import annotations

import re
from enum import StrEnum

from debrief.journal.marking import N_


class ReplyShape(StrEnum):
    DECLINED = "declined"  # "we don't give individual feedback"
    GENERIC = "generic"  # "we went with someone with more experience"
    SPECIFIC = "specific"  # something about the user's own interview


# "We don't give (individual) feedback", in its many polite forms.
_DECLINE = re.compile(
    r"\b(unable|not able|aren'?t able|can'?t|cannot|can not|don'?t|do not|does not|doesn'?t"
    r"|won'?t|not in a position|not allow(ed)?|no longer|are not permitted|isn'?t possible)"
    r"\b[^.]{0,40}\b(provide|give|giv(ing)?|share|offer|offer(ing)?|allow us to give)\b[^.]{0,40}"
    r"\bfeedback\b"
    r"|\bno (individual |personal |specific |detailed )?feedback (is|can be) (given|provided)"
    r"|\bnot (able|in a position) to (give|share|provide)\b"
    r"|\bpolicy (is )?not to (give|share|provide|offer)\b",
    re.IGNORECASE,
)
# Someone else was chosen for a reason that says little about the user's own interview.
_GENERIC_REASON = re.compile(
    r"\b(someone|somebody|another|other|successful|a) (candidate|finalist|applicant|person)?s?\b"
    r"[^.]{0,80}\b(more|closer|better|stronger|greater|most)\b"
    r"|\b(candidates?|someone|somebody) (whose|who|with)\b[^.]{0,80}\b(more|closer|better)\b"
    r"|\b(looking for|went with|go with|gone with|chose|selected|decided for) (someone|a candidate"
    r"|another|other|candidates?)\b[^.]{0,60}\b(more|closer|better|stronger|senior)\b"
    r"|\bmore (closely|senior)\b",
    re.IGNORECASE,
)
# Words that are never feedback, whatever follows: thanks, apologies, good wishes.
_POLITE = re.compile(
    r"^(thanks?|thank you|many thanks|appreciate|i appreciate|we appreciate|sorry|i'?m sorry"
    r"|i am sorry|hope|i hope|good luck|best of luck|all the best|best wishes|wishing|we wish"
    r"|i wish|kindly excuse|please don'?t|please do apply|don'?t be disheartened|take care"
    r"|keep in touch|talk soon|speak soon|i'?ll give you|give me a call|i'?ve got"
    r"|nothing you (did|could)|(we|i) (really )?enjoyed (meeting|getting|talking|speaking)"
    r"|(of course|sure|no problem)\b[^.]{0,30}\b(happy|glad)|(i'?m|i am) (glad|happy) to"
    # Closing lines, sign-offs and what a recruiter will do next: never about the interview.
    # A bare sign-off word only alone or before a name: "Best answer of the day was ..." stays.
    r"|have a (good|great|nice|lovely) (day|weekend|evening|week)|let me know"
    r"|(are you )?free for a (quick )?(call|chat)|(with )?(best|kind|warm)(est)? (wishes|regards)"
    r"|(best|regards|cheers|bye)(?=\W*$|,)|if your availability|please (re-?)?apply"
    r"|please do not reply|please (do )?(contact|get in touch|call|ring)"
    r"|let'?s (catch up|talk|speak|chat)|call me|give me a (call|ring|shout)|keep at it"
    r"|keep going|chin up|if you have any (questions|queries))\b",
    re.IGNORECASE,
)
# Words that open a sentence of process rather than feedback, unless feedback follows.
_FILLER = re.compile(
    r"^(sure|of course|no problem|no worries|happy to|glad to|unfortunately|regrettably|sadly"
    r"|after (a lot of )?(careful )?(consideration|deliberation)|we (have )?(decided|chose"
    r"|selected|offered)|the hiring team|we ended up|it was (a )?(really |very )?(close|tough"
    r"|difficult)|honestly it was|tbh it was|this (is|was)n'?t a reflection"
    r"|here('?s| is) what|i spoke|i'?ve spoken|i have spoken|so i'?ve spoken|i checked"
    r"|i'?ve (finally )?had|got feedback|just to let you know|please find|right, so"
    r"|so,? the feedback|yeah|okay|right\b|hiya|a (few|couple of) (honest )?(things|points)"
    r"|first,? the good|it says a lot|it takes courage|greetings)\b",
    re.IGNORECASE,
)
# Lead-ins that a point often follows in the same sentence ("On a positive note, your
# answers were excellent."): the sentence is filler only when what follows is.
_LEAD_IN = re.compile(
    r"^(i wanted to (give|share|pass on|send|get back)( (to )?you)?|as (requested|promised"
    r"|discussed)|please see|see below|below (are|is)|on a positive note|interview feedback"
    r"|quick update|(i )?did get (some )?feedback( for you)?|kindly find"
    r"|(as promised, )?here'?s the|apologies|good (day|morning|afternoon|evening)"
    r"|further to your (request|e-?mail|message|note))\b[\s,:;-]*(that\b)?",
    re.IGNORECASE,
)
_DECISION = re.compile(
    r"\b(decided|decision(?![ -]making)|move forward|moving forward|go(ne)? (in|with) a"
    r"|offered (the|it|to)"
    r"|filled|another candidate|other candidates|chosen|selected|not successful|unsuccessful"
    r"|strong (pool|field)|high (number|volume) of|keep your (details|cv|resume)"
    r"|future (vacancies|opportunities|openings|roles)|apply (again|for future)|on file"
    r"|wasn'?t (better|good) news|not the answer|internal candidate|different direction"
    r"|it'?s a no|feedback you asked|for your (interest|time|patience|message|email|mail|note)"
    r"|^\s*not (progressing|proceeding)\b"  # a form's "Outcome: Not progressing"
    r"|not been successful|been unsuccessful|not (be )?(taking|moving|progressing) you"
    r"|(not|haven'?t|didn'?t) (progress|progressed|make it) (to|through|past|onto)"
    r"|reserve list|further vacanc|(this|the) (address|mailbox|inbox) is not|regret to"
    r"|competition for (places|the role|this role)|(more|new|other|few) (openings|roles|jobs"
    r"|positions|vacancies) (coming|in the|i'?d|to talk|that)|put you forward to"
    r"|(decisions?|scores?|results?) (are|is) final|not open to appeal|(are|is) not monitored"
    r"|retain your (information|details|cv|data)|pursue other candidates"
    r"|didn'?t go your way|suitable (opportunity|vacancy|role) (arise|come)"
    r"|not (a|the right) (fit|match) for (this|the) (one|role|position|post)|no hire"
    r"|encourage you to (re-?)?apply|keep an eye out|(posts?|roles?|jobs?) (will be )?advertised"
    r"|(trust|hope) (this|my) (mail|e-?mail|message) finds you|do not reply|reimburse|receipts"
    r"|(more|other) (firms|clients|companies) (that|who) want|pursue (other )?candidates"
    r"|\(ref\b"
    r"|in touch|hope (this|it) helps|good luck|wish you|best of luck|all the best)\b",
    re.IGNORECASE,
)
_ABOUT_YOU = re.compile(r"\b(you|your|you'?[rdv]e|you'?ll|i|my|me)\b", re.IGNORECASE)

# Kind follow-ups for a generic reply: one narrow question, inviting one example.
FOLLOW_UP = {
    "Experience fit": (
        N_(
            "Thank you, that helps. If I could build one kind of experience before my next "
            "interview for a role like this, which would you suggest?"
        )
    ),
    "Culture fit": (
        N_(
            "Thank you, that helps. Is there one thing I could show more clearly next time "
            "about how I work with a team?"
        )
    ),
    None: (
        N_(
            "Thank you for letting me know. If you could name one thing I could work on before "
            "my next interview, what would it be?"
        )
    ),
}


def is_decline(text: str) -> bool:
    return bool(_DECLINE.search(text))


def is_generic_reason(text: str) -> bool:
    return bool(_GENERIC_REASON.search(text))


def is_filler(text: str, feedback_words: bool) -> bool:
    """Polite words with no feedback in them; a sentence with clear feedback words is kept."""
    if is_generic_reason(text):
        return False
    if lead := _LEAD_IN.match(text):
        rest = text[lead.end() :].strip()
        short = len(rest.split()) < 4
        return short or not _ABOUT_YOU.search(rest) or is_filler(rest, feedback_words)
    if _POLITE.match(text):
        return True
    if _FILLER.match(text) and not (feedback_words and _ABOUT_YOU.search(text)):
        return True
    return bool(_DECISION.search(text))


def follow_up_for(theme: str | None) -> str:
    """A kind, narrow question to ask after a generic reply about `theme`."""
    return FOLLOW_UP.get(theme, FOLLOW_UP[None])
