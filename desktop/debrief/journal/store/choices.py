"""The closed sets of values a journal's text columns hold (stages, outcomes, steps...).

Plain enums with no ORM behind them, so the window can name them before peewee loads.
"""

from __future__ import annotations

from enum import IntFlag, StrEnum


class Stage(StrEnum):
    SCREEN = "screen"
    TECHNICAL = "technical"
    ONSITE = "onsite"
    FINAL = "final"
    OTHER = "other"


class RoundFormat(StrEnum):
    """How an interview round is held."""

    PHONE = "phone"
    VIDEO = "video"
    ONSITE = "onsite"
    TAKE_HOME = "take_home"


class Outcome(StrEnum):
    PENDING = "pending"
    OFFER = "offer"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    NO_RESPONSE = "no_response"


class ToldVia(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    LETTER = "letter"
    NEVER = "never"


class Channel(StrEnum):
    """How the user asked for feedback."""

    PHONE = "phone"
    EMAIL = "email"


class Response(StrEnum):
    WAITING = "waiting"
    GIVEN = "given"
    DECLINED = "declined"
    NO_REPLY = "no_reply"


class PointKind(StrEnum):
    WENT_WELL = "went_well"
    HELD_BACK = "held_back"
    ADVICE = "advice"


class Verdict(StrEnum):
    TRUE_WEAKNESS = "true_weakness"
    IMPRESSION = "impression"
    DISAGREE = "disagree"


class ActionStatus(StrEnum):
    OPEN = "open"
    PRACTISING = "practising"
    DONE = "done"


class WizardStep(StrEnum):
    """The rejection wizard's pages in order; DONE once the debrief is finished."""

    NOTICE = "notice"
    ASK = "ask"
    LISTEN = "listen"
    CLARIFY = "clarify"
    THANK = "thank"
    IMPROVE = "improve"
    DONE = "done"


class Reached(IntFlag):
    """Bits of `Interview.feedback_steps`: how far asking for feedback got on an interview."""

    ASKED = 1
    IN_TIME = 2
    GIVEN = 4
    CLARIFIED = 8
    THANKED = 16
