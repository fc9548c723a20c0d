"""Recruiter-agency wording, "another interview coming up" only when true, and asking a
second interviewer with the draft re-addressed."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from debrief.journal.practice import debriefs, drafts
from debrief.journal.practice.agency import through_agency
from debrief.journal.practice.second_request import ask_also, others_to_ask
from debrief.journal.records.interviews import save_interview
from debrief.journal.store.models import Application, FeedbackRequest, Interview

CONTEXT = {"interviewer": "Ann Lee", "role": "Data analyst", "company": "Acme"}


@pytest.mark.parametrize(
    ("source", "agency"),
    [
        ("Recruiter", True),
        ("Hays recruitment agency", True),
        ("Headhunted on LinkedIn", True),
        ("Staffing firm", True),
        ("LinkedIn", False),
        ("Company site", False),
        ("Referral", False),
        ("In-house recruiter", False),
        ("", False),
        (None, False),
    ],
)
def test_the_source_tells_an_agency(source, agency):
    assert through_agency(source) is agency


@pytest.mark.parametrize(
    ("channel", "short"), [("email", False), ("phone", False), ("email", True), ("phone", True)]
)
def test_through_an_agency_the_recruiter_is_asked_to_pass_it_on(channel, short):
    direct = drafts.request_draft(channel, CONTEXT, short=short).body
    agency = drafts.request_draft(channel, {**CONTEXT, "through_agency": True}, short=short)
    assert agency.template.endswith("_agency")
    assert "putting me forward" in agency.body and "putting me forward" not in direct
    assert "team" in agency.body and "accept the decision" in agency.body
    assert agency.body.startswith(("Hi Ann Lee,", "(")) and "True" not in agency.body
    if short and channel == "email":
        assert len(agency.body) <= drafts.LINKEDIN_LIMIT


def test_coming_up_reads_as_its_own_sentence_through_an_agency_too():
    context = {**CONTEXT, "through_agency": True, "coming_up": True}
    assert "a great deal. I have another interview coming up soon" in (
        drafts.request_draft("email", context).body
    )


def test_the_agency_follow_up_and_thanks_speak_of_the_hiring_team():
    context = {**CONTEXT, "through_agency": True, "their_point": "rushed the design"}
    assert "hiring team" in drafts.follow_up_draft(context).body
    thanks = drafts.thank_draft("email", context)
    assert "passing it on" in thanks.body and '"rushed the design"' in thanks.body


def test_the_interview_context_reads_the_agency_from_the_application(journal):
    interview_id = save_interview(
        journal, {"company": "Acme", "role": "Analyst", "date": "2026-03-01"}
    )
    assert debriefs.interview_context(journal, interview_id)["agency"] is False
    with journal.writing():
        Application.update(source="Recruiter (Hays)").execute()
    assert debriefs.interview_context(journal, interview_id)["agency"] is True


def test_another_interview_coming_up_is_said_only_when_the_journal_has_one(journal):
    past = save_interview(
        journal, {"company": "Acme", "role": "Analyst", "date": "2026-03-01", "outcome": "rejected"}
    )
    context = debriefs.interview_context(journal, past)
    assert context["coming_up"] is False
    values = {**CONTEXT, "coming_up": context["coming_up"]}
    assert "coming up" not in drafts.request_draft("email", values).body

    ahead = (dt.date.today() + dt.timedelta(days=9)).isoformat()
    save_interview(journal, {"company": "Globex", "role": "Analyst", "date": ahead})
    context = debriefs.interview_context(journal, past)
    assert context["coming_up"] is True
    body = drafts.request_draft("email", {**CONTEXT, "coming_up": True}).body
    assert "next interview? I have another interview coming up soon, so" in body
    with journal.writing():  # that one was rejected too: nothing is ahead any more
        Interview.update(outcome="rejected").execute()
    assert debriefs.interview_context(journal, past)["coming_up"] is False


def test_readdress_moves_full_and_first_names_and_fills_a_gap():
    text = "Hi Ann Lee,\nThank you, Ann. Annabel helped too."
    assert drafts.readdress(text, "Ann Lee", "Bob Stone") == (
        "Hi Bob Stone,\nThank you, Bob. Annabel helped too."
    )
    assert drafts.readdress("Hi [their name],", "", "Bob") == "Hi Bob,"
    assert drafts.readdress("Hello team,", "Zed", "Bob") == "Hello team,"


def test_asking_a_second_interviewer_makes_a_request_waiting_at_the_ask_page(journal):
    interview_id = save_interview(
        journal,
        {"company": "Acme", "role": "Analyst", "date": "2026-03-01"},
        [
            {"name": "Ann Lee", "title": "Team lead", "email": "ann@acme.example"},
            {"name": "Bob Stone", "title": "Engineer", "email": "bob@acme.example"},
            {"name": "Cy Park", "title": "Director", "email": ""},
        ],
    )
    people = debriefs.interview_context(journal, interview_id)["interviewers"]
    ann, bob, cy = people
    assert [p["name"] for p in others_to_ask(journal, interview_id, people, ann["id"])] == [
        "Cy Park",
        "Bob Stone",
    ]
    data = {
        "told_via": "email",
        "channel": "email",
        "interviewer_name": "Ann Lee",
        "subject": "Thank you",
        "words": "Hi Ann Lee,\nCould you share one thing to work on?",
        "through_agency": False,
        "points": [{"words": "not carried"}],
    }
    request_id = ask_also(journal, interview_id, bob["id"], data, "Ann Lee")
    request = FeedbackRequest.get_by_id(request_id)
    assert (request.interviewer_id, request.wizard_step, request.channel) == (
        bob["id"],
        "ask",
        "email",
    )
    draft = json.loads(request.draft)
    assert draft["words"] == "Hi Bob Stone,\nCould you share one thing to work on?"
    assert draft["interviewer_email"] == "bob@acme.example" and draft["asked"] is False
    assert draft["points"] == []
    assert [p["name"] for p in others_to_ask(journal, interview_id, people, ann["id"])] == [
        "Cy Park"
    ]
    resumed = debriefs.start(journal, interview_id)
    assert resumed.request_id == request_id and resumed.step == "ask"
    assert resumed.data["words"].startswith("Hi Bob Stone,")
