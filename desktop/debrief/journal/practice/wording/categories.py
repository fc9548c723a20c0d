"""The kinds of wording that challenge a decision: each with its coaching message and rewrites.

A rewrite fits the message it goes into: a request asks for advice (never assuming feedback
was given), a thank-you thanks (never asks again), a clarifying question asks for an example,
a follow-up checks in gently. Messages coach kindly; they never tell the user off.
"""

from __future__ import annotations

from enum import StrEnum

from debrief.journal.marking import N_


class Purpose(StrEnum):
    """What a message to the interviewer is for."""

    REQUEST = "request"
    THANK = "thank"
    CLARIFY = "clarify"
    FOLLOW_UP = "followup"


#: kind -> coaching message, for a sentence that does this.
MESSAGES: dict[str, str] = {
    "why": N_(
        "Asking why can sound like questioning their decision; people share more when "
        "asked for advice."
    ),
    "compare": N_(
        "Comparing yourself with the person they hired can sound like a challenge; "
        "asking about your own next steps usually gets a fuller answer."
    ),
    "reconsider": N_(
        "Asking them to reconsider, or taking it higher, can put them on the spot; "
        "asking for advice keeps the door open for later."
    ),
    "fault": N_(
        "Calling the decision wrong or unfair tends to make people defensive; a question "
        "about improving invites a helpful answer."
    ),
    "disagree": N_(
        "Disagreeing now can turn the talk into a debate; you can note your view "
        "privately and ask for an example instead."
    ),
    "justify": N_(
        "Asking them to justify or explain the decision can feel like a challenge; most "
        "people are glad to give advice instead."
    ),
    "argue": N_(
        "Making the case for yourself now can sound like arguing with the outcome; asking "
        "how to show your strengths next time works better."
    ),
    "passive": N_(
        "This may read as a dig, even if you meant it lightly; a plain, warm sentence "
        "keeps them willing to help."
    ),
    "guilt": N_(
        "What this cost you matters, but telling them can feel like pressure; they are "
        "more open when the note stays light."
    ),
    "deadline": N_(
        "A deadline can feel like pressure to someone doing you a favour; leaving the "
        "timing to them makes a reply more likely."
    ),
}

#: (purpose, kind) -> the rewrite; a missing kind falls back to the purpose's "*" rewrite.
_REWRITES: dict[Purpose, dict[str, str]] = {
    Purpose.REQUEST: {
        "why": "Could you share what I could improve before my next interview?",
        "compare": "What could I work on to be a stronger candidate for a role like this?",
        "reconsider": "I respect your decision. Do you have any advice that would help me in "
        "future interviews?",
        "fault": "I'd really value your view on the areas where I could improve.",
        "disagree": "I'd be glad to hear which of my answers I could make stronger.",
        "justify": "Would you be willing to share any specific advice for my next interview?",
        "argue": "Is there anything I could do to show my strengths more clearly next time?",
        "passive": "Thank you for letting me know.",
        "guilt": "I really enjoyed the process and learned a lot from it.",
        "deadline": "Whenever you have a moment, I'd be grateful for any advice.",
    },
    Purpose.THANK: {
        "*": "Thank you for taking the time to share your thoughts.",
        "disagree": "Thank you, that's helpful to hear, and I'll think it over.",
        "argue": "Thank you; I'll work on showing my strengths more clearly.",
        "passive": "Thank you again for your time.",
        "guilt": "I really appreciated the chance to meet the team.",
        "deadline": "Thank you again, and all the best.",
    },
    Purpose.CLARIFY: {
        "*": "Could you give me an example, so I can understand it better?",
        "disagree": "Could you give me an example of when I came across that way?",
        "argue": "How could I have shown that experience more clearly?",
    },
    Purpose.FOLLOW_UP: {
        "*": "Whenever you have a moment, I'd be grateful for any advice.",
        "reconsider": "Please keep me in mind for future roles that might suit me.",
        "passive": "I hope you're well.",
        "deadline": "No rush at all; whenever suits you is fine.",
    },
}


#: Other rewrites that fit each purpose, for when the first choice is in the message already.
_ALTERNATES: dict[Purpose, tuple[str, ...]] = {
    Purpose.REQUEST: (
        "Is there one area you'd suggest I focus on?",
        "Any pointers for future interviews would be very welcome.",
    ),
    Purpose.THANK: ("I'm grateful for your honest view.", "Thanks again for your time."),
    Purpose.CLARIFY: ("What would a stronger answer have looked like?",),
    Purpose.FOLLOW_UP: ("I hope all is well with you and the team.",),
}


def rewrite(kind: str, purpose: Purpose = Purpose.REQUEST) -> str:
    """The kind rewrite for a sentence of this kind in a message with this purpose."""
    table = _REWRITES[Purpose(purpose)]
    return table.get(kind) or table.get("*") or _REWRITES[Purpose.REQUEST][kind]


def rewrites(kind: str, purpose: Purpose = Purpose.REQUEST) -> tuple[str, ...]:
    """The first-choice rewrite, then other sentences that fit the same purpose."""
    return (rewrite(kind, purpose), *_ALTERNATES[Purpose(purpose)])


#: kind -> (coaching message, rewrite for a request): the interface older code reads.
ADVICE: dict[str, tuple[str, str]] = {
    kind: (message, rewrite(kind)) for kind, message in MESSAGES.items()
}
KINDS = tuple(MESSAGES)
