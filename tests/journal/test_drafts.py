"""Drafts from the shipped templates, and mailto: links that survive any text."""

from __future__ import annotations

import datetime as dt
import re
import urllib.parse

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from debrief.journal.guidance import wording_problems
from debrief.journal.practice.drafts import (
    TEMPLATES,
    addressee,
    draft,
    gaps,
    interview_values,
    mailto_url,
    template_for,
    template_text,
)
from debrief.journal.store.models import Interview, Interviewer

VALUES = {
    "interviewer_name": "Ana Lima",
    "role": "Data Analyst",
    "company": "Acme",
    "user_name": "Sam Park",
    "interview_date": dt.date(2025, 3, 3),
}


def parse_mailto(url: str) -> tuple[str, dict[str, str]]:
    parts = urllib.parse.urlsplit(url)
    assert parts.scheme == "mailto"
    fields = {
        k: v[0] for k, v in urllib.parse.parse_qs(parts.query, keep_blank_values=True).items()
    }
    return urllib.parse.unquote(parts.path), fields


@pytest.mark.parametrize("name", TEMPLATES)
def test_every_template_is_filled_and_raises_no_wording_problem(name):
    result = draft(name, **VALUES)
    assert "{" not in result.body and "}" not in result.body
    assert "Acme" in result.body
    assert wording_problems(result.subject) == []
    assert wording_problems(result.body) == []


@pytest.mark.parametrize("name", TEMPLATES)
def test_templates_frame_the_request_around_the_next_interview(name):
    assert "next interview" in template_text(name) or "interview coming up" in template_text(name)


def test_emails_have_a_subject_and_call_scripts_do_not():
    assert draft("ask_email", **VALUES).subject
    assert draft("thank_email", **VALUES).subject
    assert draft("ask_call_script", **VALUES).subject == ""
    assert not draft("ask_email", **VALUES).body.startswith("Subject:")


def test_email_greets_by_name_and_signs_off_with_the_users_name():
    body = draft("ask_email", **VALUES).body
    assert body.startswith("Hi Ana Lima,")
    assert "on 3 March 2025" in body
    assert body.endswith("Sam Park")


def test_missing_values_leave_a_visible_gap_never_a_guess():
    body = draft("ask_email").body
    assert body.startswith("Hi [their name],")
    assert "the [role] position at [company]" in body
    assert "when we met recently." in body
    assert body.endswith("Best regards,\n[your name]")
    assert "Hi there" not in body and "your company" not in body
    assert draft("ask_email", interviewer_name="  ", role=None).body.startswith("Hi [their name],")
    assert [body[a:b] for a, b in gaps(body)] == [
        "[their name]",
        "[role]",
        "[company]",
        "[your name]",
    ]


@pytest.mark.parametrize("name", ["ask_email", "ask_call_script"])
def test_the_request_accepts_the_decision_lets_them_decline_and_asks_narrowly(name):
    body = draft(name, **VALUES).body
    assert "accept the decision" in body
    assert "one thing, or two" in body
    assert "completely fine" in body or "completely understand" in body
    assert "coming up" not in body  # said only when it is true


def test_a_signature_replaces_the_sign_off_and_the_thanks_quote_their_point():
    body = draft(
        "thank_email", **VALUES, their_point="rushed the design", signature="Sam\n+44 1"
    ).body
    assert body.endswith("Sam\n+44 1")
    assert 'What you said about "rushed the design"' in body
    assert "already started practising" not in body


def test_values_are_kept_to_one_line_and_odd_unicode_is_safe():
    result = draft(
        "ask_email",
        interviewer_name="Ana\nSubject: spam\r\n",
        company="\u05d0\u05e7\u05de\u05d4 \U0001f600 \ud800",
        role="Caf\u00e9 \u65e5\u672c",
    )
    assert result.body.startswith("Hi Ana Subject: spam,")
    assert "\u05d0\u05e7\u05de\u05d4 \U0001f600 \ufffd" in result.body
    assert "Caf\u00e9 \u65e5\u672c position" in result.body
    result.body.encode("utf-8")  # no lone surrogates left


def test_unknown_template_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown template"):
        draft("rant_email")


def test_template_for_picks_by_purpose_and_channel():
    assert template_for("ask", "email") == "ask_email"
    assert template_for("ask", "phone") == "ask_call_script"
    assert template_for("thank", "email") == "thank_email"
    assert template_for("thank", None) == "thank_call_script"


def test_interview_values_fill_a_draft_from_the_journal(journal):
    interview = Interview.create(company="Globex", role="Engineer", date=dt.date(2025, 2, 14))
    interviewer = Interviewer.create(interview=interview, name="Kim")
    body = draft("ask_email", **interview_values(interview, interviewer, "Lee")).body
    assert body.startswith("Hi Kim,")
    assert "the Engineer position at Globex" in body and "on 14 February 2025." in body
    assert body.endswith("Lee")


def test_mailto_encodes_per_rfc_6068():
    url = mailto_url("ana@example.com", "Hello there", "Line one\nLine two & 100%?")
    assert url == (
        "mailto:ana@example.com?subject=Hello%20there"
        "&body=Line%20one%0D%0ALine%20two%20%26%20100%25%3F"
    )
    assert "+" not in url


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Caf\u00e9 r\u00e9sum\u00e9", "Merci \u00e9norm\u00e9ment"),
        (
            "\u65e5\u672c\u8a9e\u306e\u4ef6\u540d",
            "\u3042\u308a\u304c\u3068\u3046\u3054\u3056\u3044\u307e\u3059",
        ),
        ("Thanks \U0001f64f\U0001f3fd", "\U0001f468\u200d\U0001f4bb emoji with ZWJ"),
        (
            "\u0634\u0643\u0631\u0627 \u05ea\u05d5\u05d3\u05d4",
            "\u202bRTL \u0645\u0631\u062d\u0628\u0627\u202c",
        ),
    ],
)
def test_non_ascii_round_trips_through_urllib(subject, body):
    to = "n\u00f6rd@b\u00fccher.example"
    address, fields = parse_mailto(mailto_url(to, subject, body))
    assert address == to
    assert fields == {"subject": subject, "body": body}


def test_crlf_and_lone_cr_become_crlf():
    _, fields = parse_mailto(mailto_url("a@b.c", "s", "one\r\ntwo\rthree\nfour"))
    assert fields["body"] == "one\r\ntwo\r\nthree\r\nfour"


def test_several_addresses_and_empty_parts():
    assert mailto_url("a@b.c, d@e.f", "", "") == "mailto:a@b.c,d@e.f"
    assert mailto_url("", "Hi", "") == "mailto:?subject=Hi"


def test_lone_surrogates_do_not_break_the_link():
    url = mailto_url("a@b.c", "x\ud800", "y\udfff")
    assert re.fullmatch(r"[\x21-\x7e]+", url)


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(codec="utf-8")), st.text(st.characters(codec="utf-8")))
def test_any_text_round_trips(subject, body):
    url = mailto_url("someone@example.com", subject, body)
    assert re.fullmatch(r"[\x21-\x7e]+", url)
    _, fields = parse_mailto(url)
    crlf = "\r\n".join(body.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    assert fields.get("body", "") == crlf
    assert fields.get("subject", "") == " ".join(
        re.sub(r"[\x00-\x1f\x7f\x85\u2028\u2029]+", " ", subject).split()
    )


def test_iso_date_text_reads_as_words():
    assert "when we met on 3 March 2025." in draft("ask_email", interview_date="2025-03-03").body
    assert "when we met on 2025-13-40." in draft("ask_email", interview_date="2025-13-40").body


def test_wizard_adapters_fill_from_its_context():
    from debrief.journal.practice.deadline import is_in_time
    from debrief.journal.practice.drafts import request_draft, thank_draft

    context = {"interviewer": "Kim", "company": "Globex", "role": "Engineer", "stage": "onsite"}
    assert request_draft("email", context).body.startswith("Hi Kim,")
    assert request_draft("phone", context).subject == ""
    assert thank_draft("email", context).subject
    told = dt.datetime(2025, 5, 12, 10, 0)
    assert is_in_time(told, "email", told + dt.timedelta(hours=23))
    assert not is_in_time(told, "email", told + dt.timedelta(hours=25))


@pytest.mark.parametrize(
    ("titles", "chosen"),
    [
        (["Data analyst", "Head of Analytics", "Senior analyst"], 1),
        (["Senior engineer", "Engineering manager"], 1),
        (["Tech lead", "VP Engineering", "Director of Data"], 1),
        (["Principal engineer", "Senior engineer"], 0),
        (["Recruiter", "", "Analyst"], 0),  # no title tells: the first listed
        (["Leadership coach", "Senior analyst"], 1),  # "leadership" is not "lead"
    ],
)
def test_the_most_senior_interviewer_is_asked_first(titles, chosen):
    assert addressee([{"name": str(i), "title": t} for i, t in enumerate(titles)]) == chosen


def test_nobody_met_means_nobody_to_preselect():
    assert addressee([]) is None


def test_a_subject_that_looks_like_a_date_is_sent_as_typed():
    _, fields = parse_mailto(mailto_url("a@b.c", "2026-03-01 interview", "x"))
    assert fields["subject"] == "2026-03-01 interview"
    _, fields = parse_mailto(mailto_url("a@b.c", "0001-01-01", "x"))
    assert fields["subject"] == "0001-01-01"
