"""What a point suggests doing next: practice for a weakness, presentation for an impression.

The practice says both kinds of point are worth acting on: a true weakness by practising a
skill, an impression by preparing a way to show the strength next time; advice is an
action already. A point the user disagrees with is noted, with no action. Sentences are
English marked for translation; the UI runs each through tr() and then
str.format(theme=..., advice=...).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from debrief.journal.marking import N_
from debrief.journal.store.choices import PointKind, Verdict


class Approach(StrEnum):
    """How an action answers its point: the prep sheet groups actions by it."""

    PRACTICE = "practice"  # a true weakness: a skill to practise
    PRESENTATION = "presentation"  # an impression: a strength to show better
    ADVICE = "advice"  # what they advised
    OTHER = "other"  # no verdict yet, or an action of the user's own


#: A true weakness: a skill to practise, per built-in theme.
PRACTISE: dict[str, str] = {
    "Enthusiasm": N_("Practise saying, out loud, two reasons this kind of role excites you."),
    "Technical depth": N_("Practise the weakest topic raised until you can explain it end to end."),
    "Communication": N_("Practise answering in a clear structure: situation, action, result."),
    "Preparation": N_("Practise a research routine: the company, its product, the interviewers."),
    "Experience fit": N_("Practise the skill the role asked for with a small project of your own."),
    "Culture fit": N_("Practise talking through a disagreement you handled well with a team."),
    "First impression": N_(
        "Practise your opening minute: greeting, posture, a short introduction."
    ),
    "Questions asked": N_("Practise writing three thoughtful questions about the team and work."),
}

#: An impression the user gave: a way to show the strength next time, per built-in theme.
PRESENT: dict[str, str] = {
    "Enthusiasm": N_("Prepare a story that shows why you want this job, and tell it early."),
    "Technical depth": N_(
        "Prepare a story that shows one hard technical problem you solved, end to end."
    ),
    "Communication": N_("Prepare a story that shows you explaining something complex simply."),
    "Preparation": N_("Prepare a story that shows what you learned about the company beforehand."),
    "Experience fit": N_("Prepare a story that shows your most relevant experience for the role."),
    "Culture fit": N_("Prepare a story that shows how you work with a team day to day."),
    "First impression": N_("Prepare a story that shows who you are in the first minute."),
    "Questions asked": N_("Prepare a story that shows your curiosity: what you would ask them."),
}

PRACTISE_ANY = N_("Practise {theme}: one small exercise a day before your next interview.")
PRACTISE_NONE = N_("Practise the skill behind this point before your next interview.")
PRESENT_ANY = N_("Prepare a story that shows your strength in {theme}.")
PRESENT_NONE = N_("Prepare a story that shows the strength they did not see.")
TRY_ADVICE = N_("Try their advice: “{advice}”")

ADVICE_CHARS = 160  # a long piece of advice is quoted by its start


@dataclass(frozen=True)
class Suggestion:
    """A suggested action: `text` (English, for tr()) and the values it is formatted with."""

    text: str
    theme: str
    advice: str
    approach: Approach


def approach(kind: str | None, verdict: str | None) -> Approach:
    """The kind of action a point calls for, from its kind and the user's verdict."""
    if verdict == Verdict.TRUE_WEAKNESS:
        return Approach.PRACTICE
    if verdict == Verdict.IMPRESSION:
        return Approach.PRESENTATION
    if kind == PointKind.ADVICE and verdict != Verdict.DISAGREE:
        return Approach.ADVICE
    return Approach.OTHER


def _builtin(theme: str) -> str | None:
    wanted = " ".join(theme.split()).casefold()
    return next((name for name in PRACTISE if name.casefold() == wanted), None)


def suggested_action(
    kind: str | None, verdict: str | None, theme: str | None, words: str = ""
) -> Suggestion | None:
    """The action a point suggests, or None: praise, a point the user disagrees with, or
    criticism without a verdict yet (the page then offers the theme's own idea)."""
    how = approach(kind, verdict)
    label = (theme or "").strip()
    if how is Approach.ADVICE:
        advice = " ".join(words.split())
        if len(advice) > ADVICE_CHARS:
            advice = advice[:ADVICE_CHARS].rsplit(" ", 1)[0] + "…"
        return Suggestion(TRY_ADVICE, label, advice, how) if advice else None
    if how is Approach.OTHER:
        return None
    own, custom, blank = (
        (PRACTISE, PRACTISE_ANY, PRACTISE_NONE)
        if how is Approach.PRACTICE
        else (PRESENT, PRESENT_ANY, PRESENT_NONE)
    )
    name = _builtin(label)
    text = own[name] if name else custom if label else blank
    return Suggestion(text, label, "", how)
