"""Suggested clarifying questions for a feedback point, by its theme and its kind.

Each question asks for an example or for specifics, never whether the feedback was right:
the interviewer shared an opinion, and a question that argues with it ends the talk.
Questions are English marked for translation; the UI runs each through tr() and then
str.format(theme=...) (only the ones for a theme the user invented carry `{theme}`).
"""

from __future__ import annotations

from debrief.journal.marking import N_
from debrief.journal.store.choices import PointKind

#: theme -> questions about a point that held the user back, or advice.
TO_IMPROVE: dict[str, tuple[str, ...]] = {
    "Enthusiasm": (
        N_("Was there a moment when I could have shown more of my interest in the role?"),
        N_("What would have told you I was really keen on this job?"),
        N_("Could you give me an example of how a strong candidate showed their enthusiasm?"),
    ),
    "Technical depth": (
        N_("Which topic or question would be most worth studying before my next interview?"),
        N_("Could you give me an example of the depth you were hoping to hear?"),
        N_("Is there a resource or an exercise you would recommend for that area?"),
    ),
    "Communication": (
        N_("Could you point me to one answer where I could have been clearer or shorter?"),
        N_("What would a well-structured answer to that question have sounded like?"),
        N_("Could you give me an example of a moment when my answer lost its thread?"),
    ),
    "Preparation": (
        N_("What would you have liked me to know about the team or the company beforehand?"),
        N_("Which part of my preparation would make the biggest difference next time?"),
        N_("Could you give me an example of something a well-prepared candidate mentioned?"),
    ),
    "Experience fit": (
        N_("Which kind of experience would make me a stronger candidate for a role like this?"),
        N_("Was there an example from my past work I could have made more of?"),
        N_("Is there a project or a skill you would suggest I build first?"),
    ),
    "Culture fit": (
        N_("What would have shown you I'd work well with the team?"),
        N_("Could you give me an example of how people on the team work together day to day?"),
        N_("Was there an answer where I could have said more about how I work with others?"),
    ),
    "First impression": (
        N_("What stood out in the first few minutes that I could do differently?"),
        N_("Is there one thing about how I came across that I could work on first?"),
        N_("Could you give me an example of what gave you that impression?"),
    ),
    "Questions asked": (
        N_("What kind of questions do you like candidates to ask at the end?"),
        N_(
            "Could you give me an example of a question that told you a candidate was well "
            "prepared?"
        ),
        N_("Which topic would you have liked me to ask about?"),
    ),
}

#: theme -> questions about something that went well: what to keep doing.
TO_KEEP: dict[str, tuple[str, ...]] = {
    "Enthusiasm": (N_("What was it that showed you I was keen on the role?"),),
    "Technical depth": (N_("Which of my technical answers worked best for you?"),),
    "Communication": (N_("Which answer of mine was easiest to follow, so I can do it again?"),),
    "Preparation": (N_("Which part of my preparation was most useful to you?"),),
    "Experience fit": (N_("Which part of my experience seemed most relevant to the role?"),),
    "Culture fit": (N_("What made you feel I would work well with the team?"),),
    "First impression": (N_("What did I do at the start that helped things go well?"),),
    "Questions asked": (N_("Which of my questions was most useful to you?"),),
}

#: For a theme the user invented: the same asks, with the theme's name quoted.
ANY_THEME = {
    PointKind.WENT_WELL: (
        N_('What did I do that worked well for "{theme}", so I can keep doing it?'),
    ),
    PointKind.HELD_BACK: (
        N_('Could you give me an example of a moment that showed what you meant about "{theme}"?'),
        N_('What would doing "{theme}" well have looked like in the interview?'),
    ),
    PointKind.ADVICE: (N_('What would be a good first step to work on "{theme}"?'),),
}

#: By kind alone: fit any point, with or without a theme.
BY_KIND: dict[PointKind, tuple[str, ...]] = {
    PointKind.WENT_WELL: (
        N_("What in particular worked well there, so I can keep doing it?"),
        N_("Was there a moment in the interview that showed it best?"),
    ),
    PointKind.HELD_BACK: (
        N_("Could you give me a specific example of when that came across?"),
        N_("What would it have looked like if I had done that well?"),
        N_("If I practise one thing first, what would you suggest?"),
    ),
    PointKind.ADVICE: (
        N_("How would you suggest I start on that?"),
        N_("Could you give me an example of what that looks like in an interview answer?"),
        N_("Is there a resource or an exercise you would recommend for it?"),
    ),
}


def question_templates(theme: str | None, kind: str) -> list[str]:
    """The questions for a point, untranslated: the theme's own first, then the kind's."""
    point_kind = PointKind(kind)
    name = _builtin_name(theme)
    if name is not None:
        own = TO_KEEP[name] if point_kind is PointKind.WENT_WELL else TO_IMPROVE[name]
    elif theme and theme.strip():
        own = ANY_THEME[point_kind]
    else:
        own = ()
    return list(dict.fromkeys([*own, *BY_KIND[point_kind]]))


def clarifying_questions(theme: str | None, kind: str) -> list[str]:
    """Questions to ask about a point with `theme` (any name, or None) and `kind`."""
    label = (theme or "").strip()
    return [template.format(theme=label) for template in question_templates(theme, kind)]


def _builtin_name(theme: str | None) -> str | None:
    """The built-in theme `theme` names, ignoring case and spaces, as the journal does."""
    wanted = " ".join((theme or "").split()).casefold()
    return next((name for name in TO_IMPROVE if name.casefold() == wanted), None)
