"""Suggested clarifying questions for a feedback point, by its theme and its kind.

Each question asks for an example or for specifics, never whether the feedback was right:
the interviewer shared an opinion, and a question that argues with it ends the talk.
Questions are English marked for translation; the UI runs each through tr() and then
str.format(theme=...) (only the ones for a theme the user invented carry `{theme}`).
"""

from __future__ import annotations

from debrief.journal.store.choices import PointKind

#: theme -> questions about a point that held the user back, or advice.
TO_IMPROVE: dict[str, tuple[str, ...]] = {
    "Enthusiasm": (
        "Was there a moment when I could have shown more of my interest in the role?",
        "What would have told you I was really keen on this job?",
        "Could you give me an example of how a strong candidate showed their enthusiasm?",
    ),
    "Technical depth": (
        "Which topic or question would be most worth studying before my next interview?",
        "Could you give me an example of the depth you were hoping to hear?",
        "Is there a resource or an exercise you would recommend for that area?",
    ),
    "Communication": (
        "Could you point me to one answer where I could have been clearer or shorter?",
        "What would a well-structured answer to that question have sounded like?",
        "Could you give me an example of a moment when my answer lost its thread?",
    ),
    "Preparation": (
        "What would you have liked me to know about the team or the company beforehand?",
        "Which part of my preparation would make the biggest difference next time?",
        "Could you give me an example of something a well-prepared candidate mentioned?",
    ),
    "Experience fit": (
        "Which kind of experience would make me a stronger candidate for a role like this?",
        "Was there an example from my past work I could have made more of?",
        "Is there a project or a skill you would suggest I build first?",
    ),
    "Culture fit": (
        "What would have shown you I'd work well with the team?",
        "Could you give me an example of how people on the team work together day to day?",
        "Was there an answer where I could have said more about how I work with others?",
    ),
    "First impression": (
        "What stood out in the first few minutes that I could do differently?",
        "Is there one thing about how I came across that I could work on first?",
        "Could you give me an example of what gave you that impression?",
    ),
    "Questions asked": (
        "What kind of questions do you like candidates to ask at the end?",
        "Could you give me an example of a question that told you a candidate was well prepared?",
        "Which topic would you have liked me to ask about?",
    ),
}

#: theme -> questions about something that went well: what to keep doing.
TO_KEEP: dict[str, tuple[str, ...]] = {
    "Enthusiasm": ("What was it that showed you I was keen on the role?",),
    "Technical depth": ("Which of my technical answers worked best for you?",),
    "Communication": ("Which answer of mine was easiest to follow, so I can do it again?",),
    "Preparation": ("Which part of my preparation was most useful to you?",),
    "Experience fit": ("Which part of my experience seemed most relevant to the role?",),
    "Culture fit": ("What made you feel I would work well with the team?",),
    "First impression": ("What did I do at the start that helped things go well?",),
    "Questions asked": ("Which of my questions was most useful to you?",),
}

#: For a theme the user invented: the same asks, with the theme's name quoted.
ANY_THEME = {
    PointKind.WENT_WELL: ('What did I do that worked well for "{theme}", so I can keep doing it?',),
    PointKind.HELD_BACK: (
        'Could you give me an example of a moment that showed what you meant about "{theme}"?',
        'What would doing "{theme}" well have looked like in the interview?',
    ),
    PointKind.ADVICE: ('What would be a good first step to work on "{theme}"?',),
}

#: By kind alone: fit any point, with or without a theme.
BY_KIND: dict[PointKind, tuple[str, ...]] = {
    PointKind.WENT_WELL: (
        "What in particular worked well there, so I can keep doing it?",
        "Was there a moment in the interview that showed it best?",
    ),
    PointKind.HELD_BACK: (
        "Could you give me a specific example of when that came across?",
        "What would it have looked like if I had done that well?",
        "If I practise one thing first, what would you suggest?",
    ),
    PointKind.ADVICE: (
        "How would you suggest I start on that?",
        "Could you give me an example of what that looks like in an interview answer?",
        "Is there a resource or an exercise you would recommend for it?",
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
