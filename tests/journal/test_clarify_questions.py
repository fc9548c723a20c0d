"""Suggested clarifying questions ask kindly for an example, for every theme and kind of point."""

from __future__ import annotations

import re

import pytest

from debrief.journal.guidance import wording_problems
from debrief.journal.practice.clarify_questions import TO_IMPROVE, clarifying_questions
from debrief.journal.store.models import BUILTIN_THEMES

KINDS = ("went_well", "held_back", "advice")
# Words that would argue with the feedback or ask to undo the decision.
ARGUING = re.compile(r"\b(why|disagree|unfair|wrong|reconsider|really\?|sure about|but I)\b", re.I)


def every_question():
    for theme in [*BUILTIN_THEMES, "Salary talk", None]:
        for kind in KINDS:
            yield from clarifying_questions(theme, kind)


def test_every_built_in_theme_has_questions_of_its_own():
    assert set(TO_IMPROVE) == set(BUILTIN_THEMES)
    for theme in BUILTIN_THEMES:
        own = clarifying_questions(theme, "held_back")
        assert len(own) >= 5, theme
        assert own[:3] == list(TO_IMPROVE[theme]), "the theme's own questions come first"
        assert any("example" in q or "which" in q.lower() for q in own[:3]), theme


def test_culture_fit_asks_what_would_have_shown_teamwork():
    assert "What would have shown you I'd work well with the team?" in clarifying_questions(
        "Culture fit", "held_back"
    )


def test_praise_gets_questions_about_what_to_keep_doing():
    questions = clarifying_questions("Communication", "went_well")
    assert "Which answer of mine was easiest to follow, so I can do it again?" in questions
    assert not any("could have" in q for q in questions)


def test_a_theme_the_user_invented_is_named_in_its_questions():
    questions = clarifying_questions("Salary talk", "held_back")
    assert questions[0] == (
        'Could you give me an example of a moment that showed what you meant about "Salary talk"?'
    )
    assert "{theme}" not in " ".join(every_question())


def test_theme_names_are_matched_ignoring_case_and_spacing():
    assert clarifying_questions("  culture   FIT ", "advice") == clarifying_questions(
        "Culture fit", "advice"
    )


def test_a_point_without_a_theme_still_gets_questions_for_its_kind():
    for kind in KINDS:
        questions = clarifying_questions(None, kind)
        assert len(questions) >= 2
        assert clarifying_questions("", kind) == questions


def test_questions_are_questions_that_pass_the_wording_check_and_never_argue():

    questions = list(every_question())
    assert len(set(questions)) > 40
    for question in questions:
        assert question.endswith("?"), question
        assert wording_problems(question) == [], question
        assert not ARGUING.search(question), question


def test_no_question_is_offered_twice_for_one_point():
    for theme in [*BUILTIN_THEMES, None]:
        for kind in KINDS:
            questions = clarifying_questions(theme, kind)
            assert len(questions) == len(set(questions))


def test_an_unknown_kind_is_refused():
    with pytest.raises(ValueError):
        clarifying_questions("Enthusiasm", "opinion")
