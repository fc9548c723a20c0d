"""Interviews in the journal: validation, Unicode, cascades, paging, filtering and sorting."""

from __future__ import annotations

import datetime as dt

import pytest

from debrief.journal.records import interviews as I
from debrief.journal.records import listings as L
from debrief.journal.store.models import (
    Action,
    FeedbackPoint,
    FeedbackRequest,
    Interview,
    Interviewer,
    Theme,
)
from debrief.journal.store.refusals import InvalidInput, WriteFailed
from tests.conftest import add_interviews

ODD_TEXTS = [
    "Café Zürich — naïve façade",
    "שלום עולם مرحبا بالعالم",  # right-to-left scripts
    "👩🏽‍💻 Ingénieure 🚀 ✨",
    "line one\nline two\r\nline three\ttabbed",
    "zero\u200bwidth and combining é",
    "nul\x00inside",
]


@pytest.mark.parametrize("text", ODD_TEXTS)
def test_odd_unicode_round_trips_exactly(journal, text):
    iid = I.save_interview(
        journal, {"company": text, "role": text, "date": "2026-01-01", "notes": text}
    )
    record = I.get_interview(journal, iid)
    assert (record["company"], record["role"], record["notes"]) == (text.strip(),) * 2 + (text,)


def test_one_megabyte_of_notes_is_stored_exactly(journal, journal_path):
    notes = ("Ünïcödé 📝 " * 120_000)[:1_000_000]
    iid = I.save_interview(
        journal, {"company": "Big", "role": "Notes", "date": "2026-01-01", "notes": notes}
    )
    journal.close()
    from debrief.journal.store.journal import open_journal

    again = open_journal(journal_path)
    try:
        with again.reading():
            assert I.get_interview(again, iid)["notes"] == notes
    finally:
        again.close()


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"company": "", "role": "R", "date": "2026-01-01"}, ("company", "required")),
        ({"company": "   ", "role": "R", "date": "2026-01-01"}, ("company", "required")),
        ({"company": "C", "role": "R", "date": "2026-02-30"}, ("date", "not_a_date")),
        ({"company": "C", "role": "R", "date": "yesterday"}, ("date", "not_a_date")),
        ({"company": "C", "role": "R", "date": "1066-10-14"}, ("date", "date_out_of_range")),
        ({"company": "C", "role": "R", "date": "2999-01-01"}, ("date", "date_out_of_range")),
        ({"company": "C" * 501, "role": "R", "date": "2026-01-01"}, ("company", "too_long")),
        (
            {"company": "C", "role": "R", "date": "2026-01-01", "feeling": 9},
            ("feeling", "feeling_range"),
        ),
        (
            {"company": "C", "role": "R", "date": "2026-01-01", "stage": "lunch"},
            ("stage", "choice"),
        ),
        ({"company": "C\udcff", "role": "R", "date": "2026-01-01"}, ("company", "bad_characters")),
        ({"role": "R", "date": "2026-01-01"}, ("company", "required")),
    ],
)
def test_bad_input_is_refused_and_nothing_written(journal, fields, expected):
    with pytest.raises(InvalidInput) as caught:
        I.save_interview(journal, fields)
    assert expected in [(p.field, p.code) for p in caught.value.problems]
    assert Interview.select().count() == 0


def test_bad_interviewer_refuses_the_whole_save(journal):
    with pytest.raises(InvalidInput):
        I.save_interview(
            journal, {"company": "C", "role": "R", "date": "2026-01-01"}, [{"name": ""}]
        )
    assert Interview.select().count() == 0


def test_editing_keeps_interviewer_ids(journal):
    iid = I.save_interview(
        journal,
        {"company": "C", "role": "R", "date": "2026-01-01"},
        [{"name": "Ann"}, {"name": "Bob"}],
    )
    people = I.get_interview(journal, iid)["interviewers"]
    ann, bob = people
    I.save_interview(journal, {"company": "C2"}, [{**ann, "title": "CTO"}], interview_id=iid)
    after = I.get_interview(journal, iid)
    assert after["company"] == "C2"
    assert after["interviewers"] == [{**ann, "title": "CTO"}]
    assert not Interviewer.select().where(Interviewer.id == bob["id"]).exists()


def test_delete_removes_everything_hanging_on_the_interview(journal):
    keep, gone = add_interviews(journal, 2)
    theme = Theme.get(Theme.name == "Enthusiasm")
    action = Action.create(theme=theme, description="Practise the why-us answer")
    for iid in (keep, gone):
        person = Interviewer.create(interview=iid, name="Ann")
        request = FeedbackRequest.create(interview=iid, interviewer=person)
        FeedbackPoint.create(
            interview=iid, request=request, theme=theme, words="Seemed flat", action=action
        )
    I.delete_interview(journal, gone)
    assert [i.id for i in Interview.select()] == [keep]
    assert Interviewer.select().count() == 1
    assert FeedbackRequest.select().count() == 1
    assert FeedbackPoint.select().count() == 1
    assert Action.select().count() == 1 and Theme.select().count() == 8


def test_theme_names_are_unique_ignoring_case(journal):
    with pytest.raises(WriteFailed), journal.writing():
        Theme.create(name="enthusiasm")


def test_paging_sorting_and_filtering_happen_in_sql(journal):
    add_interviews(journal, 30)
    I.save_interview(
        journal,
        {
            "company": "Zeta 100% Labs",
            "role": "Data_Scientist",
            "date": "2026-05-05",
            "notes": "met the CTO",
        },
    )
    first = L.list_interviews(journal, sort="company", descending=False, offset=0, limit=10)
    rest = L.list_interviews(journal, sort="company", descending=False, offset=10, limit=None)
    names = [r[2] for r in first + rest]
    assert names == sorted(names, key=str.lower) and len(names) == 31
    assert [r[2] for r in L.list_interviews(journal, "cto")] == ["Zeta 100% Labs"]
    assert [r[2] for r in L.list_interviews(journal, "100%")] == ["Zeta 100% Labs"]
    assert [r[3] for r in L.list_interviews(journal, "a_s")] == ["Data_Scientist"]  # _ is literal
    assert L.count_interviews(journal, "company 01") == 10
    dates = [r[1] for r in L.list_interviews(journal, sort="date", descending=True, limit=None)]
    assert dates == sorted(dates, reverse=True)


def test_counts_for_the_status_bar(journal):
    ids = add_interviews(journal, 3)
    I.update_field(journal, ids[0], "outcome", "rejected")
    FeedbackRequest.create(interview=ids[0], response="given", asked_at=dt.datetime.now())
    assert L.journal_counts(journal) == {"interviews": 3, "rejections": 1, "feedback": 1}
    # "with feedback" counts interviews: a second interviewer's feedback is not a second one
    FeedbackRequest.create(interview=ids[0], response="given", asked_at=dt.datetime.now())
    FeedbackRequest.create(interview=ids[1], response="declined", asked_at=dt.datetime.now())
    assert L.journal_counts(journal) == {"interviews": 3, "rejections": 1, "feedback": 1}


def test_debrief_column_follows_the_newest_unfinished_request(journal):
    a, b = add_interviews(journal, 2)
    first = FeedbackRequest.create(interview=a, wizard_step="ask")
    steps = {r[0]: r[7] for r in L.list_interviews(journal, limit=None)}
    assert steps == {a: "ask", b: None}
    FeedbackRequest.update(wizard_step="done").where(FeedbackRequest.id == first.id).execute()
    assert {r[0]: r[7] for r in L.list_interviews(journal, limit=None)}[a] is None
    FeedbackRequest.create(interview=a, wizard_step="done")
    later = FeedbackRequest.create(interview=a, wizard_step="listen")
    assert L.list_interviews(journal, sort="debrief", limit=1)[0][7] == "listen"
    later.delete_instance()
    assert {r[0]: r[7] for r in L.list_interviews(journal, limit=None)}[a] is None


@pytest.mark.parametrize("query", ["ZÜRICH", "zür", 'say "hi', "שלום", "🚀 x", "a*b", "OR"])
def test_filter_finds_odd_text_and_never_breaks(journal, query):
    I.save_interview(
        journal,
        {"company": 'Café Zürich say "hi" a*b OR', "role": "שלום 🚀 x", "date": "2026-01-01"},
    )
    add_interviews(journal, 3)
    assert [r[2] for r in L.list_interviews(journal, query)] == ['Café Zürich say "hi" a*b OR']


def test_filter_follows_edits_and_deletes(journal):
    (iid,) = add_interviews(journal, 1)
    assert L.list_interviews(journal, "pany 0")
    I.update_field(journal, iid, "company", "Globex")
    assert not L.list_interviews(journal, "pany 0") and L.list_interviews(journal, "lobe")
    I.delete_interview(journal, iid)
    assert not L.list_interviews(journal, "lobe")
