"""The wording checker flags decision-questioning sentences and leaves requests for advice."""

from __future__ import annotations

import dataclasses
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from debrief.journal.guidance import WordingProblem, wording_problems
from debrief.journal.practice.wording import ADVICE, removal_span
from tests.journal.wording_cases import CASES, score


def flagged(text: str) -> bool:
    return bool(wording_problems(text))


def test_labelled_sentences_reach_95_percent_precision_and_recall(capsys):
    expected = [label for _, label in CASES]
    got = [flagged(text) for text, _ in CASES]
    precision, recall = score(got, expected)
    with capsys.disabled():
        print(f"\nwording checker on {len(CASES)} labelled cases: ", end="")
        print(f"precision {precision:.3f}, recall {recall:.3f}")
    wrong = [text for (text, label), g in zip(CASES, got, strict=True) if g != label]
    assert precision >= 0.95 and recall >= 0.95, wrong


def test_labelled_set_is_large_and_balanced():
    to_flag = sum(label for _, label in CASES)
    assert len(CASES) >= 100
    assert 0.4 <= to_flag / len(CASES) <= 0.6


@pytest.mark.parametrize(
    "text",
    [
        "Why wasn't I selected?",
        "Why wasnt I selected?",
        "Why was I not selected?",
        "Why wasn\u2019t I selected?",
        "Why wasn\u02bct I selected?",
        "Why wasn`t I selected?",
        "why wasn't i selected",
        "WHY WASN'T I SELECTED?",
        "Why\u00a0wasn't\u2009I selected?",
        "Why wasn't I short-listed, given my experience in programme management?",
    ],
)
def test_catches_why_not_selected_however_it_is_written(text):
    assert [p.kind for p in wording_problems(text)] == ["why"]


@pytest.mark.parametrize(
    "text",
    [
        "I respect your decision and would value advice.",
        "I was disappointed, but I'd love to know how I could improve.",
        "Is there a reason you'd suggest I focus on system design?",
        "I was delighted to be selected for the final round.",
        "Why do you think my answers came across as rushed?",
        "I'm not asking you to reconsider; I'd simply value your advice.",
        "I have another interview coming up and want to avoid repeating any mistakes.",
    ],
)
def test_quiet_on_innocent_uses_of_the_trigger_words(text):
    assert wording_problems(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Please don't feel you owe me a detailed explanation.",
        "You don't owe me an explanation, of course.",
        "Not that you owe me anything; thank you for the call.",
    ],
)
def test_a_waived_debt_is_not_a_demand_for_an_explanation(text):
    assert wording_problems(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "You owe me at least an explanation.",
        "Don't you owe me an explanation?",
        "Don't you think you owe me an explanation?",
    ],
)
def test_owing_an_explanation_is_still_a_demand(text):
    assert [p.kind for p in wording_problems(text)] == ["justify"]


@pytest.mark.parametrize(
    "text",
    [
        "I'll honestly reconsider how I structure my case studies next time.",
        "I am happy to reconsider which companies I apply to.",
        "I'm planning to reconsider whether a management track suits me yet.",
        "I was probably biased towards the tools I know best in that answer.",
        "Hello Priya.",
    ],
)
def test_own_plans_own_slant_and_greetings_stay_quiet(text):
    assert wording_problems(text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Could you reconsider my application?", "reconsider"),
        ("I'd like you to reconsider my candidacy.", "reconsider"),
        ("Please reconsider.", "reconsider"),
        ("I think the panel was biased.", "fault"),
    ],
)
def test_asking_to_reconsider_and_calling_it_biased_still_flagged(text, kind):
    assert [p.kind for p in wording_problems(text)] == [kind]


@pytest.mark.parametrize("purpose", ["request", "thank", "clarify"])
@pytest.mark.parametrize(
    "text",
    [
        "Thank you for that.",
        "Thank you so much for the detailed feedback.",
        "Many thanks for getting back to me today.",
        "I really appreciate your honesty.",
        'You wrote that my presentation was "too dense".',
        "The panel mentioned that my examples were too general.",
    ],
)
def test_plain_thanks_and_restated_feedback_stay_quiet(text, purpose):
    assert wording_problems(text, purpose) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Thanks for nothing.", "passive"),
        ("Thank you for wasting my time.", "passive"),
        ("You said my answers were weak, but I gave three examples.", "disagree"),
    ],
)
def test_sour_thanks_and_restated_feedback_with_a_but_still_flagged(text, kind):
    assert [p.kind for p in wording_problems(text, "clarify")] == [kind]


def test_span_is_the_whole_offending_sentence_inside_a_polite_paragraph():
    bad = "I was wondering why I wasn\u2019t offered the position, as I felt it went well."
    text = f"Dear Ms Patel,\nthank you for letting me know. {bad} Thank you again for your time."
    (problem,) = wording_problems(text)
    assert text[problem.start : problem.end] == bad


def test_offsets_point_into_the_original_text_despite_invisible_characters():
    bad = "Why\u200b wasn\u2019t I sel\u00adected\u200f?"
    text = f"\u202bHello \u2066Sam\u2069. {bad} Thanks!"
    (problem,) = wording_problems(text)
    assert text[problem.start : problem.end] == bad


def test_call_script_span_leaves_the_speaker_label_and_quotes():
    text = 'ME: Thanks for calling, Sarah.\nASK: why didnt i get the job??\nSay: "Why me?"'
    spans = [text[p.start : p.end] for p in wording_problems(text)]
    assert spans[0] == "why didnt i get the job??"


def test_each_problem_sentence_is_reported_once_and_in_order():
    text = (
        "Thank you for the call. I think you made a mistake, and it was unfair. "
        "Could you reconsider? I'd love advice on system design."
    )
    problems = wording_problems(text)
    assert [p.kind for p in problems] == ["fault", "reconsider"]
    assert problems[0].end <= problems[1].start


def test_applying_every_suggestion_leaves_text_without_problems():
    for text, label in CASES:
        if not label:
            continue
        fixed = text
        for problem in reversed(wording_problems(text)):
            fixed = fixed[: problem.start] + problem.suggestion + fixed[problem.end :]
        assert wording_problems(fixed) == [], (text, fixed)


def test_messages_coach_kindly_and_suggestions_ask_for_advice():
    for kind, (message, suggestion) in ADVICE.items():
        assert "!" not in message and "must" not in message.lower(), kind
        assert suggestion.endswith(("?", ".")), kind
        assert wording_problems(suggestion) == [], kind


def test_problems_are_frozen():
    (problem,) = wording_problems("Please reconsider.")
    assert isinstance(problem, WordingProblem)
    with pytest.raises(dataclasses.FrozenInstanceError):
        problem.start = 0  # type: ignore[misc]


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\x00\x01\x1b[31m why\x00 wasn't I selected \x7f",
        "\ud800 why wasn't I selected? \udfff",
        "\u0130\u0130 WHY WASN'T \u0130 SELECTED?",
        "\u05dc\u05de\u05d4 \u0644\u0645\u0627\u0630\u0627 Why wasn't I selected? "
        "\u05ea\u05d5\u05d3\u05d4",
        "\u200b" * 1000,
        "\n" * 1000 + "?",
    ],
)
def test_odd_text_never_raises_and_spans_stay_inside(text):
    for problem in wording_problems(text):
        assert 0 <= problem.start < problem.end <= len(text)


def test_a_megabyte_of_dense_trigger_words_runs_through():
    unit = "why not I was wasn't the decision you chose someone else over me? \u2019\u200b "
    text = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
    problems = wording_problems(text)
    assert problems and all(0 <= p.start < p.end <= len(text) for p in problems)


_WORDS = st.sampled_from(
    "why not wasn't wasnt was I i me you the decision reconsider mistake unfair disagree "
    "selected chosen someone else over than reason because , . ? ; \n - : \" ' \u2019 \u200b "
    "\u00ad \ud800 \u0130 \u05d0".split(" ")
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=60).map(" ".join))
def test_trigger_word_soup_gives_ordered_spans_inside_the_text(text):
    problems = wording_problems(text)
    for problem in problems:
        assert 0 <= problem.start < problem.end <= len(text)
        assert problem.kind in ADVICE
    assert all(a.end <= b.start for a, b in zip(problems, problems[1:], strict=False))


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(codec=None, exclude_categories=())))
def test_any_string_at_all_is_accepted(text):
    for problem in wording_problems(text):
        assert 0 <= problem.start < problem.end <= len(text)


@pytest.mark.parametrize(
    ("text", "sentence", "left"),
    [
        ("A one. B two. C three.", "B two.", "A one. C three."),
        ("A one. B two.\nNext line.", "B two.", "A one.\nNext line."),
        ("Hi,\n\nWhy me?\nThanks.\n", "Why me?", "Hi,\n\nThanks.\n"),
        (
            "Dear Ann,\n\nThanks.\n\nWhy me?\n\nBest,\nSam",
            "Why me?",
            "Dear Ann,\n\nThanks.\n\nBest,\nSam",
        ),
        ("Thanks.\nWhy me?", "Why me?", "Thanks."),
        ("Why me? Thanks.", "Why me?", "Thanks."),
        ("Why me?", "Why me?", ""),
    ],
)
def test_a_sentence_left_out_leaves_no_double_space_or_blank_line(text, sentence, left):
    start = text.index(sentence)
    cut_from, cut_to = removal_span(text, start, start + len(sentence))
    assert text[:cut_from] + text[cut_to:] == left


def test_a_sentence_typed_under_the_signature_leaves_the_name_out_of_its_span():
    text = "Hi Ann,\n\nThanks for the call.\n\nBest wishes,\nRiley\nI need you to tell me why."
    (problem,) = wording_problems(text)
    assert text[problem.start : problem.end] == "I need you to tell me why."


@pytest.mark.parametrize(
    "start",
    ["Thank you for letting me know the role", "Bye, A", "Hi Mark"],
)
def test_a_thanks_or_sign_off_with_a_long_tail_is_read_at_once(start):
    """A pasted line of 40,000 dashes after a thanks or a greeting took a quarter of a minute
    (the cleared-sentence patterns tried every way to split the run) and froze the editor."""
    text = start + "-" * 40_000 + ", b"
    began = time.perf_counter()
    wording_problems(text)
    assert time.perf_counter() - began < 2.0


@pytest.mark.parametrize("run", [".", "?", "!?"])
def test_a_long_run_of_end_marks_is_read_at_once(run):
    """20,000 dots before a comma took 12 s: every dot of the run was tried again as the
    start of a sentence end. A run is now read once, from its first mark."""
    text = "Thank you " + run * (20_000 // len(run)) + ", b"
    began = time.perf_counter()
    wording_problems(text)
    assert time.perf_counter() - began < 2.0
    text = "Why was I rejected?... Thank you."
    (problem,) = wording_problems(text)  # a run still ends its sentence, marks and all
    assert text[problem.start : problem.end] == "Why was I rejected?..."


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Could you forward the scoresheet from my interview?", "justify"),
        ("I'd like to request the interview notes, please.", "justify"),
        ("Now I have to break it to my husband that we are staying put.", "guilt"),
        ("I had already handed in my resignation, as it happens.", "guilt"),
        ("I really need your answer by Thursday.", "deadline"),
        ("Reply by Friday or else I will take this further.", "deadline"),
        ("Is there an appeals procedure I could use?", "reconsider"),
        ("Please keep me in mind for this role if the start date slips.", "reconsider"),
        ("Great, I'll get right on that.", "passive"),
        ("Good luck teaching someone the ropes from scratch!", "passive"),
        ("Your HR team could do with some coaching on basic manners.", "fault"),
    ],
)
def test_wording_said_without_the_usual_words_is_flagged(text, kind):
    """The sixteenth round's families, in other words than the sentences they came from."""
    assert [p.kind for p in wording_problems(text)] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "It was a privilege to be considered for this role.",
        "Totally get why you went with someone more senior.",
        "My own timing was a mess in the presentation, that's on me.",
        "Thank you for giving me a chance to meet the team.",
        "If it's Priya who got the job, please pass on my congratulations.",
        "Thank you for passing on the panel's notes.",
    ],
)
def test_the_sixteenth_rounds_look_alikes_stay_quiet(text):
    assert wording_problems(text) == []
