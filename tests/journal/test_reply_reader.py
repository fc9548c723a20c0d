"""The reply reader turns a pasted e-mail or call transcript into points the user would keep."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from debrief.journal.guidance import wording_problems
from debrief.journal.practice.reply_reader import MAX_READ, ReplyShape, read_reply

GMAIL_REPLY = """Hi Alex,

Sure, happy to help.

- Strong understanding of React and state management
- You didn't seem very familiar with what our company does, which surprised the panel
- Try to prepare a few questions for the interviewers; you didn't have any at the end

All the best,
Rob
Engineering Manager | Kitewise
+44 20 5555 0100

On Mon, 3 Mar 2025 at 09:14, Alex Kim <alex.kim@example.com> wrote:
> Hi Rob,
> I know you have chosen another candidate, and I'm not asking you to revisit that.
> Would you share one or two things I could work on?
"""


def texts(paste: str) -> list[str]:
    return [point.text for point in read_reply(paste).points]


def test_a_gmail_reply_gives_its_bullets_as_points_and_nothing_of_the_quoted_request():
    found = read_reply(GMAIL_REPLY)
    assert [(p.kind, p.theme) for p in found.points] == [
        ("went_well", "Technical depth"),
        ("held_back", "Preparation"),
        ("advice", "Questions asked"),
    ]
    assert found.points[0].text == "Strong understanding of React and state management"
    everything = " ".join(texts(GMAIL_REPLY))
    for words in ("revisit", "Rob", "Kitewise", "5555", "happy to help", "All the best"):
        assert words not in everything
    assert found.shape is ReplyShape.SPECIFIC and found.follow_up is None


def test_each_point_points_back_at_its_words_in_the_paste():
    for point in read_reply(GMAIL_REPLY).points:
        assert " ".join(GMAIL_REPLY[point.start : point.end].split()) == point.text


def test_outlook_headers_and_original_message_lines_cut_the_earlier_mail():
    outlook = """Hi Maria,

Your portfolio was one of the strongest we saw. You were ten minutes late, though.

Ben

-----Original Message-----
From: Maria Lopez <maria@example.com>
Sent: Wednesday, April 9, 2025 4:12 PM
Subject: Thank you

Your feedback would mean a lot; the interview felt strong to me.
"""
    headers_only = outlook.replace("-----Original Message-----\n", "")
    for paste in (outlook, headers_only):
        assert texts(paste) == [
            "Your portfolio was one of the strongest we saw.",
            "You were ten minutes late, though.",
        ]


def test_quoted_mail_in_other_languages_and_phone_tags_are_left_out():
    body = "The team liked your calm answers, but your SQL was weak."
    tails = [
        "Le lun. 14 avr. 2025 à 10:02, Camille <c@example.fr> a écrit :\nMerci beaucoup !",
        "Am Di., 20. Mai 2025 um 11:45 Uhr schrieb Lukas <l@example.de>:\nDanke, das war stark",
        "El mar, 6 may 2025 a las 18:20, Diego (<d@example.com>) escribió:\nGracias, fue genial",
        "Sent from my iPhone\nThis line is the phone's, and the interview was great",
    ]
    for tail in tails:
        assert texts(f"Bonjour Camille,\n\n{body}\n\n{tail}") == [
            "The team liked your calm answers",
            "your SQL was weak.",
        ]


def test_greetings_sign_offs_signatures_and_footers_are_not_points():
    paste = """Dear Mr. Okafor,

Your presentation of the case was very good and well structured.

Mit freundlichen Grüßen / Best regards
Katrin Vogel
HR Business Partner
CONFIDENTIALITY NOTICE: This message is intended only for the addressee.
"""
    assert texts(paste) == ["Your presentation of the case was very good and well structured."]


def test_polite_filler_is_not_a_point():
    paste = (
        "Hi Sam, thanks for your interest and for reaching out. Your answers ran long and "
        "were hard to follow. We wish you luck with your search! I hope this helps."
    )
    assert texts(paste) == ["Your answers ran long and were hard to follow."]
    assert read_reply(paste).points[0].theme == "Communication"


def test_a_call_transcript_keeps_what_the_interviewer_said_and_drops_the_users_turns():
    transcript = """[00:00:05] Dave: So the panel liked you a lot.
[00:00:09] Me: Thank you, that's good to hear, I was nervous.
[00:00:14] Dave: You were guessing a bit on the networking questions? Like the subnetting one.
[00:00:30] Dave: Next time, say you don't know and explain how you'd find out.
"""
    found = read_reply(transcript)
    assert [p.text for p in found.points] == [
        "So the panel liked you a lot.",
        "You were guessing a bit on the networking questions? Like the subnetting one.",
        "Next time, say you don't know and explain how you'd find out.",
    ]
    assert [p.kind for p in found.points] == ["went_well", "held_back", "advice"]
    assert found.points[1].theme == "Technical depth"


def test_a_voicemail_without_full_stops_is_cut_at_its_pauses():
    voicemail = (
        "hi it's Laura from Fenwick um just calling back about the feedback you asked for so "
        "the panel thought you were really warm and easy to talk to um the main thing was "
        "that you hadn't read the strategy document we sent so next time make sure you read "
        "everything in the pack anyway give me a call bye"
    )
    kinds = [(p.kind, p.text.split()[:3]) for p in read_reply(voicemail).points]
    assert ("went_well", ["the", "panel", "thought"]) in kinds
    assert ("held_back", ["the", "main", "thing"]) in kinds
    assert ("advice", ["next", "time", "make"]) in kinds


def test_praise_and_criticism_in_one_sentence_become_two_points():
    found = read_reply("Your coding was strong, but the panel felt you lacked enthusiasm.")
    assert [(p.kind, p.theme) for p in found.points] == [
        ("went_well", "Technical depth"),
        ("held_back", "Enthusiasm"),
    ]


def test_a_policy_decline_is_recognised_and_offers_no_points():
    paste = """Hello,

Thank you for your interest in Northwind and for your time.

Unfortunately, due to the high volume of applications, we are unable to provide individual
feedback to candidates. We wish you every success.

Talent Acquisition Team
"""
    found = read_reply(paste)
    assert found.shape is ReplyShape.DECLINED
    assert found.points == () and found.follow_up is None


def test_a_generic_reply_gets_one_kind_narrow_follow_up_question():
    paste = (
        "Hi Sam, thanks for following up. In the end the team went with a candidate who had "
        "more experience managing enterprise accounts. Wishing you all the best, Carla"
    )
    found = read_reply(paste)
    assert found.shape is ReplyShape.GENERIC
    assert [(p.kind, p.theme, p.generic) for p in found.points] == [
        ("held_back", "Experience fit", True)
    ]
    assert found.follow_up and found.follow_up.endswith("?")
    assert wording_problems(found.follow_up) == []


def test_a_reply_that_only_says_someone_else_was_chosen_is_generic():
    found = read_reply("Thanks for reaching out. Unfortunately we went in a different direction.")
    assert found.shape is ReplyShape.GENERIC and found.points == ()
    assert found.follow_up and wording_problems(found.follow_up) == []


def test_advice_without_a_theme_of_its_own_takes_the_theme_of_what_it_answers():
    paste = (
        "The technical interview showed gaps in distributed systems. "
        "I would recommend reading up on this before your next interviews."
    )
    assert [(p.kind, p.theme) for p in read_reply(paste).points] == [
        ("held_back", "Technical depth"),
        ("advice", "Technical depth"),
    ]


def test_an_empty_or_blank_paste_reads_as_nothing():
    for paste in ("", "   \n\n", "Hi Dana,\n\nBest,\nMegan"):
        found = read_reply(paste)
        assert found.points == () and found.shape is ReplyShape.GENERIC


def test_importing_the_reader_loads_neither_peewee_nor_qt():
    code = (
        "import sys, debrief.journal.practice.reply_reader, "
        "debrief.journal.practice.clarify_questions;"
        "print(sorted(m for m in ('peewee', 'PySide6') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_hedged_criticism_is_still_what_held_the_user_back():
    paste = (
        "Kate (interviewer): Overall it went well. You came across a bit rehearsed, like "
        "you'd memorised your answers.\nMe: Thanks, that's really helpful."
    )
    found = read_reply(paste)
    assert [p.kind for p in found.points] == ["went_well", "held_back"]
    assert found.points[0].theme is None  # a verdict on the whole interview names no theme
    assert found.points[1].theme is not None  # a theme to confirm; which one is a judgement
    assert "helpful" not in " ".join(p.text for p in found.points)


@pytest.mark.parametrize(
    "sentence",
    [
        "On a positive note, your technical answers were excellent.",
        "I wanted to share that the panel felt your examples lacked detail.",
        "As discussed, your presentation ran over time.",
        "Best answer of the day was your design exercise.",
    ],
)
def test_a_point_after_a_lead_in_or_starting_with_a_sign_off_word_is_kept(sentence):
    """The filler rules dropped these whole: a strength or a criticism the user never saw."""
    reply = f"Hi Sam,\n\nThanks for your patience. {sentence}\n\nJo"
    assert sentence in [point.text for point in read_reply(reply).points]


@pytest.mark.parametrize(
    "sentence",
    [
        "On a positive note, I've got a few new junior roles coming in next week.",
        "I wanted to give you some feedback as promised.",
        "Please see below.",
    ],
)
def test_a_lead_in_with_nothing_about_the_interview_after_it_is_still_filler(sentence):
    reply = f"Hi Sam,\n\n{sentence} Your SQL test was very good.\n\nJo"
    assert sentence not in [point.text for point in read_reply(reply).points]


@pytest.mark.parametrize(
    "paste",
    [
        "a" + " " * 40_000 + "b.",  # a run of spaces was retried from every space (30 s)
        "your answers were good " * 4_000,  # each praise word reread all text before it (20 s)
        "so um " * 5_000,
        "x\n" * 200_000,  # every line copied the lines above it (69 s)
        "Your answers were strong but you rushed the design. " * 20_000,  # 16 s
    ],
)
def test_a_huge_paste_is_read_in_a_moment(paste):
    began = time.perf_counter()
    read_reply(paste)
    assert time.perf_counter() - began < 3.0


def test_only_the_start_of_a_very_long_paste_is_read_and_it_says_so():
    letter = "Hi Sam,\nThe panel liked your SQL exercise.\nYou rushed the design question.\n"
    assert not read_reply(letter).cut
    thread = letter + "Earlier mail in the thread, quoted again and again.\n" * 2_000
    read = read_reply(thread)
    assert read.cut and len(thread) > MAX_READ
    assert [p.text for p in read.points][:2] == [
        "The panel liked your SQL exercise.",
        "You rushed the design question.",
    ]
    assert all(p.end <= MAX_READ for p in read.points)


FORWARDED_WITH_SYMPATHY = """Hi Sam,

Sharing the team's feedback below. Sorry it wasn't better news!

Jo

---------- Forwarded message ---------
From: Priya Shah <priya@northwind.example>
Date: Tue, 1 Dec 2026 at 14:02
Subject: Feedback - Senior Analyst
To: Jo Recruiter <jo@talentco.example>

Hi Jo,

The panel liked Sam's SQL exercise, which was clean and well explained. However, Sam \
struggled to give concrete examples of stakeholder management. We'd suggest practising \
the STAR format for behavioural questions.

Best regards,
Priya
"""


def test_a_recruiters_sympathy_above_a_forward_does_not_hide_the_firms_feedback():
    """'Sorry it wasn't better news!' leans negative, yet it is no feedback: the firm's
    words below the forward are what the user pasted this for."""
    found = read_reply(FORWARDED_WITH_SYMPATHY)
    assert [p.kind for p in found.points] == ["went_well", "held_back", "advice"]
    assert found.shape is ReplyShape.SPECIFIC
    assert "Sorry" not in " ".join(texts(FORWARDED_WITH_SYMPATHY))


def test_call_notes_and_form_headings_keep_advice_and_drop_the_outcome_line():
    notes = (
        "liked my energy\nsystem design round was weak\nsuggested I brush up on distributed systems"
    )
    assert [p.kind for p in read_reply(notes).points] == ["went_well", "held_back", "advice"]
    form = (
        "Outcome: Not progressing\n\nStrengths:\nStrong communication skills.\n\n"
        "Recommendation:\nGain more hands-on experience with data-driven decision making.\n"
    )
    assert [(p.text, p.kind) for p in read_reply(form).points] == [
        ("Strong communication skills.", "went_well"),
        ("Gain more hands-on experience with data-driven decision making.", "advice"),
    ]


def test_a_call_notes_last_line_of_what_they_said_is_not_taken_for_a_signature():
    notes = (
        "notes from call w/ Sam\n\nthey liked my portfolio\nwanted more on budgets\n"
        "told me my answers ran long"
    )
    assert [p.text for p in read_reply(notes).points][-1] == "told me my answers ran long"
