"""A round's time of day and format, and its application's source and application date,
are saved with the interview, checked, and read back for the form."""

from __future__ import annotations

import datetime as dt

import pytest

from debrief.journal.records.interviews import get_interview, parse_time, save_interview
from debrief.journal.store.models import Application
from debrief.journal.store.refusals import InvalidInput

BASE = {"company": "Acme", "role": "Analyst", "date": "2026-03-01"}


def test_time_format_source_and_applied_on_are_kept(journal):
    iid = save_interview(
        journal,
        {
            **BASE,
            "time": "9:30",
            "format": "video",
            "source": " Referral ",
            "applied_on": "2026-02-10",
        },
    )
    record = get_interview(journal, iid)
    assert (record["time"], record["format"]) == ("09:30", "video")
    assert (record["source"], record["applied_on"]) == ("Referral", dt.date(2026, 2, 10))
    assert Application.get_by_id(record["application"]).source == "Referral"


def test_clearing_them_leaves_nothing_behind(journal):
    iid = save_interview(journal, {**BASE, "time": "14:00", "applied_on": "2026-02-10"})
    save_interview(journal, {"time": "", "applied_on": None, "format": None}, interview_id=iid)
    record = get_interview(journal, iid)
    assert record["time"] is None and record["applied_on"] is None and record["format"] is None


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("time", "25:00", "not_a_time"),
        ("time", "half past", "not_a_time"),
        ("format", "carrier pigeon", "choice"),
        ("applied_on", "2026-02-30", "not_a_date"),
        ("applied_on", "2999-01-01", "date_out_of_range"),
    ],
)
def test_wrong_values_are_refused_and_nothing_is_written(journal, field, value, code):
    with pytest.raises(InvalidInput) as refused:
        save_interview(journal, {**BASE, field: value})
    assert [(p.field, p.code) for p in refused.value.problems] == [(field, code)]
    assert Application.select().count() == 0


def test_times_read_as_people_write_them():
    assert [parse_time(t) for t in ("9:05", "09:05", "21:30", "7", "")] == [
        "09:05",
        "09:05",
        "21:30",
        None,
        None,
    ]
