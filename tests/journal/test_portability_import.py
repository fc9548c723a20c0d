"""Importing interviews from CSV: each real layout, skip reasons, and all-or-nothing writes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from debrief.journal.portability import csv_import
from debrief.journal.portability.csv_import import (
    ROLE_PLACEHOLDER,
    PlannedRow,
    apply_import,
    date_order_for,
    guess_mapping,
    preview_import,
)
from debrief.journal.portability.csv_table import ImportProblem, read_csv, read_csv_file
from debrief.journal.records.interviews import save_interview
from debrief.journal.store.models import Interview, Interviewer

DATA = Path(__file__).parent / "data"


def _interviews() -> list[tuple]:
    query = Interview.select(
        Interview.company,
        Interview.role,
        Interview.date,
        Interview.stage,
        Interview.outcome,
        Interview.notes,
        Interview.link,
    ).order_by(Interview.date, Interview.company)
    return list(query.tuples())


def _import(journal, name: str, order: str | None = None):
    table = read_csv_file(DATA / name)
    mapping = guess_mapping(table.headers)
    detected = date_order_for(table, mapping)
    plan = preview_import(journal, table, mapping, order or ("mdy" if detected == "mdy" else "dmy"))
    return plan, apply_import(journal, plan)


def _reasons(plan) -> dict[int, str]:
    return {s.row: s.message for s in plan.skipped}


def test_jobsync_export(journal):
    plan, report = _import(journal, "jobsync.csv")
    assert report.imported == 5
    assert _reasons(plan) == {
        4: "Row 4 was saved but never applied for, so there is no interview to record.",
        6: "Row 6 has no company.",
    }
    d = dt.date
    assert _interviews() == [
        ("Northwind Traders", "Backend Engineer", d(2026, 1, 7), "other", "pending", "", ""),
        ("Contoso", "Data Analyst", d(2026, 1, 12), "other", "rejected", "", ""),
        ("Tailspin Toys", "Frontend Developer", d(2026, 1, 21), "final", "offer", "", ""),
        ("Adventure Works", "Platform Engineer", d(2026, 2, 11), "other", "no_response", "", ""),
        ("Wide World Importers", ROLE_PLACEHOLDER, d(2026, 2, 15), "other", "no_response", "", ""),
    ]


def test_reactive_resume_export(journal):
    plan, report = _import(journal, "reactive_resume.csv")
    assert report.imported == 5
    assert [s.row for s in plan.skipped] == [6]  # Wishlist: never applied
    rows = {r[0]: r for r in _interviews()}
    assert rows["Litware"][2:5] == (dt.date(2026, 2, 3), "screen", "pending")
    assert rows["Proseware"][3:6] == ("technical", "pending", "System design: caching, queues")
    assert rows["Lucerne Publishing"][3] == "onsite"
    assert rows["Margie's Travel"][4] == "rejected"  # the stage column also tells the outcome
    assert rows["Coho Winery"][2:4] == (dt.date(2026, 3, 1), "final")
    assert rows["Litware"][6] == "https://jobs.example.com/litware/ml"


def test_simplify_export_is_month_first(journal):
    table = read_csv_file(DATA / "simplify.csv")
    assert date_order_for(table, guess_mapping(table.headers)) == "mdy"
    plan, report = _import(journal, "simplify.csv")
    assert report.imported == 5
    assert [s.row for s in plan.skipped] == [5]  # SAVED
    rows = {r[0]: r for r in _interviews()}
    assert rows["Blue Yonder"][1:5] == (
        "Software Engineer II",
        dt.date(2026, 3, 14),
        "other",
        "pending",
    )
    assert rows["Woodgrove Bank"][1] == "Engineer, Payments"
    assert rows["Woodgrove Bank"][4] == "rejected"
    assert rows["Alpine Ski House"][3:5] == ("final", "offer")
    assert rows["Fourth Coffee"][4] == "withdrawn"
    assert rows["City Power & Light"][6] == "https://simplify.jobs/p/6666"


def test_huntr_export(journal):
    table = read_csv_file(DATA / "huntr.csv")
    assert guess_mapping(table.headers) == {
        "company": "companyName",
        "role": "title",
        "stage": "listName",
        "outcome": "listName",
        "date": "createdAt",
    }
    plan, report = _import(journal, "huntr.csv")
    assert report.imported == 4
    assert _reasons(plan) == {
        4: "Row 4 was saved but never applied for, so there is no interview to record.",
        5: "Row 5 has no company.",  # "-" is Huntr's empty cell
    }
    d = dt.date
    assert _interviews() == [
        ("Northwind Traders", "Backend Engineer", d(2026, 1, 7), "other", "pending", "", ""),
        ("Contoso", ROLE_PLACEHOLDER, d(2026, 1, 12), "other", "pending", "", ""),
        ("Tailspin Toys", "Frontend Developer", d(2026, 1, 21), "other", "rejected", "", ""),
        ("Litware", "Data Engineer", d(2026, 2, 3), "final", "offer", "", ""),
    ]


def test_teal_export(journal):
    plan, report = _import(journal, "teal.csv")
    assert report.imported == 5
    assert [s.row for s in plan.skipped] == [4]  # Bookmarked
    assert plan.unknown_statuses == []
    rows = {r[0]: r for r in _interviews()}
    assert rows["Blue Yonder"][1:5] == (
        "Software Engineer",
        dt.date(2026, 3, 2),
        "other",
        "pending",
    )
    assert rows["Fourth Coffee"][4] == "rejected"
    assert rows["City Power & Light"][4] == "withdrawn"
    assert rows["Graphic Design Institute"][4] == "no_response"


def test_teal_export_with_a_json_status_and_job_position(journal):
    table = read_csv_file(DATA / "teal_status_json.csv")
    assert guess_mapping(table.headers)["role"] == "Job Position"
    plan, report = _import(journal, "teal_status_json.csv")
    assert report.imported == 4
    assert [s.row for s in plan.skipped] == [4]  # {"name": "Bookmarked"}
    assert plan.unknown_statuses == ["Pondering"]  # named by its words, not its JSON
    rows = {r[0]: r for r in _interviews()}
    assert rows["Proseware"][1:5] == ("Staff Engineer", dt.date(2026, 4, 1), "other", "pending")
    assert rows["Coho Winery"][3:5] == ("final", "offer")
    assert rows["Margie's Travel"][4] == "rejected"
    assert rows["Lucerne Publishing"][4] == "pending"


def test_justajobapp_export_keeps_the_sender_as_interviewer(journal):
    plan, report = _import(journal, "justajobapp.csv")
    assert report.imported == 3
    assert [s.row for s in plan.skipped] == [5]  # Did not apply - inbound request
    rows = [r[:6] for r in _interviews()]
    assert rows == [
        (
            "Northwind Careers",
            ROLE_PLACEHOLDER,
            dt.date(2026, 2, 2),
            "other",
            "pending",
            "Thank you for applying to Northwind",
        ),
        (
            "Northwind Careers",
            ROLE_PLACEHOLDER,
            dt.date(2026, 2, 10),
            "other",
            "pending",
            "Interview invitation: Backend Engineer",
        ),
        (
            "Adatum Talent",
            ROLE_PLACEHOLDER,
            dt.date(2026, 2, 20),
            "other",
            "rejected",
            "Your application at Adatum",
        ),
    ]
    people = Interviewer.select(Interviewer.name, Interviewer.email, Interview.date).join(Interview)
    assert sorted(people.tuples()) == [
        ("Adatum Talent", "jane.doe@adatum.example", dt.date(2026, 2, 20)),
        ("Northwind Careers", "careers@northwind.example", dt.date(2026, 2, 2)),
        ("Northwind Careers", "careers@northwind.example", dt.date(2026, 2, 10)),
    ]


def test_german_tracker_export_falls_back_to_the_applied_date(journal):
    table = read_csv_file(DATA / "german_tracker.csv")
    assert (table.delimiter, table.encoding) == (";", "utf-8-sig")
    mapping = guess_mapping(table.headers)
    assert mapping == {
        "company": "Firma",
        "role": "Stelle",
        "stage": "Status",
        "outcome": "Status",
        "date": "Gespräch am",
        "applied": "Beworben am",
    }
    assert date_order_for(table, mapping) == "dmy"  # 17.02 and 25.03 settle both columns
    plan, report = _import(journal, "german_tracker.csv")
    assert report.imported == 5
    assert [s.row for s in plan.skipped] == [6]  # gemerkt: never applied
    d = dt.date
    assert [r[:5] for r in _interviews()] == [
        ("Zürich Versicherung", "Ingenieurin", d(2026, 2, 5), "other", "pending"),  # applied
        ("Bäckerei Schmidt", "Filialleitung", d(2026, 2, 12), "other", "pending"),
        ("Müller & Söhne GmbH", "Entwickler", d(2026, 2, 17), "other", "rejected"),
        ("Stadtwerke Köln", "Datenanalyst", d(2026, 3, 4), "final", "offer"),
        ("Autohaus Krüger", "Verkäufer", d(2026, 3, 25), "other", "withdrawn"),
    ]


def test_contact_columns_become_interviewers(journal):
    table = read_csv(
        b"Company,Role,Date,Recruiter,Contact Email\n"
        b"Acme,Dev,2026-03-04,Ann Lee,ann@acme.example\n"
        b"Beta,Dev,2026-03-05,,bob@beta.example\n"
        b"Gamma,Dev,2026-03-06,,\n"
    )
    plan = preview_import(journal, table, guess_mapping(table.headers))
    assert apply_import(journal, plan).imported == 3
    people = Interviewer.select(Interview.company, Interviewer.name, Interviewer.email).join(
        Interview
    )
    assert sorted(people.tuples()) == [
        ("Acme", "Ann Lee", "ann@acme.example"),
        ("Beta", "bob@beta.example", "bob@beta.example"),  # the address names them
    ]


def test_bom_semicolon_file_with_day_first_dates(journal):
    plan, report = _import(journal, "bom_semicolon.csv")
    assert report.imported == 3
    assert plan.skipped == []
    rows = {r[0]: r for r in _interviews()}
    assert rows["Société Générale"][2] == dt.date(2026, 3, 25)
    assert rows["Société Générale"][4] == "rejected"
    assert (
        rows["Société Générale"][5]
        == "Premier entretien ; très bien\nDeuxième ligne: « questions »"
    )
    assert rows["Zürich Versicherung"][2] == dt.date(2026, 3, 4)
    assert rows["天堂 Studio"][2] == dt.date(2026, 4, 1)
    assert rows["天堂 Studio"][5] == "one\ntwo\nthree"


def test_every_bad_row_is_skipped_with_its_reason(journal):
    plan, report = _import(journal, "mixed_problems.csv")
    assert _reasons(plan) == {
        3: "Row 3 has no company.",
        4: "Row 4: “31/02/2026” is not a date Debrief can read.",
        5: "Row 5: “2026-13-01” is not a date Debrief can read.",
        6: "Row 6: “sometime in spring” is not a date Debrief can read.",
        7: "Row 7 has no date.",
        9: "Row 9: the date 1900-01-01 is too far in the past or the future.",
        10: "Row 10 repeats row 2.",
    }
    assert report.imported == 2
    assert sorted(r[1] for r in _interviews()) == ["Engineer", ROLE_PLACEHOLDER]


def test_a_missing_closing_quote_is_reported_not_swallowed_into_a_note(journal):
    """The unbalanced quote in row 3 swallows rows 4 and 5; they must not become a note."""
    data = (
        b"Company,Role,Date,Notes\n"
        b"Acme,Dev,2026-01-01,fine\n"
        b'Beta,Dev,2026-01-02,"said ""great\n'
        b"Gamma,Dev,2026-01-03,ok\n"
        b'Delta,Dev,2026-01-04,"ok"\n'
        b'Epsilon,Dev,2026-01-05,"two\nlines, fine"\n'
    )
    table = read_csv(data)
    plan = preview_import(journal, table, guess_mapping(table.headers))
    assert [r.fields["company"] for r in plan.rows] == ["Acme", "Epsilon"]
    assert _reasons(plan) == {
        3: "Row 3 was left out: its “Notes” runs on over the next lines of the file, as if a "
        "closing quote mark were missing, so it may hold the rows after it. Add the missing "
        "quote mark in the file, then import it again."
    }
    assert plan.rows[1].fields["notes"] == "two\nlines, fine"  # a real multi-line note


def test_ambiguous_dates_follow_the_users_choice(journal):
    table = read_csv(b"Company,Role,Date\nAcme,Dev,04/03/2026\nBeta,Dev,01/02/2026\n")
    mapping = guess_mapping(table.headers)
    assert date_order_for(table, mapping) == "ambiguous"
    day_first = preview_import(journal, table, mapping, "dmy")
    month_first = preview_import(journal, table, mapping, "mdy")
    assert day_first.rows[0].fields["date"] == dt.date(2026, 3, 4)
    assert month_first.rows[0].fields["date"] == dt.date(2026, 4, 3)


def test_a_column_contradicted_by_another_date_column_is_asked_about(journal):
    """15.10.2026 reads only day first, but "Applied" proves this app writes month first."""
    table = read_csv(
        b"Company,Role,Applied,Date\n"
        b"Acme,Dev,10/13/2026,10/3/2026\n"
        b"Beta,Dev,10/01/2026,15.10.2026\n"
    )
    assert date_order_for(table, guess_mapping(table.headers)) == "mixed"


def test_another_date_column_settles_an_ambiguous_one(journal):
    table = read_csv(
        b"Company,Role,Date,Status Date\nAcme,Dev,04/03/2026,03/25/2026\nBeta,Dev,01/02/2026,\n"
    )
    mapping = guess_mapping(table.headers)
    assert date_order_for(table, mapping) == "mdy"  # no question: 03/25 cannot be day first
    plan = preview_import(journal, table, mapping, "mdy")
    assert plan.rows[0].fields["date"] == dt.date(2026, 4, 3)


def test_a_column_that_is_not_dates_does_not_settle_anything(journal):
    table = read_csv(b"Company,Date,Ref\nAcme,04/03/2026,13/01/99 batch\nBeta,01/02/2026,x\n")
    assert date_order_for(table, guess_mapping(table.headers)) == "ambiguous"


def test_preview_writes_nothing(journal):
    table = read_csv_file(DATA / "jobsync.csv")
    preview_import(journal, table, guess_mapping(table.headers))
    assert Interview.select().count() == 0


def test_importing_the_same_file_twice_adds_nothing_new(journal):
    _import(journal, "simplify.csv")
    plan, report = _import(journal, "simplify.csv")
    assert report.imported == 0
    assert "already in your journal (Blue Yonder, 2026-03-14)" in _reasons(plan)[2]
    assert Interview.select().count() == 5


def test_existing_interview_matches_ignoring_case(journal):
    save_interview(journal, {"company": "ACME", "role": "dev", "date": "2026-03-04"})
    table = read_csv(b"Company,Role,Date\nAcme,Dev,2026-03-04\nAcme,Dev,2026-03-05\n")
    plan = preview_import(journal, table, guess_mapping(table.headers))
    assert [r.row for r in plan.rows] == [3]


def test_unknown_statuses_are_listed_and_import_as_pending(journal):
    table = read_csv(b"Company,Role,Date,Status\nAcme,Dev,2026-03-04,Pondering\n")
    plan = preview_import(journal, table, guess_mapping(table.headers))
    assert plan.unknown_statuses == ["Pondering"]
    assert plan.rows[0].fields["outcome"] == "pending"


def test_translated_role_placeholder(journal):
    table = read_csv(b"Company,Date\nAcme,2026-03-04\n")
    plan = preview_import(
        journal, table, guess_mapping(table.headers), role_placeholder="Rolle unbekannt"
    )
    assert plan.rows[0].fields["role"] == "Rolle unbekannt"


def test_company_and_date_columns_are_required(journal):
    table = read_csv(b"Role,Notes\nDev,x\n")
    with pytest.raises(ImportProblem, match="which column holds the company"):
        preview_import(journal, table, guess_mapping(table.headers))
    assert csv_import.missing_targets({"company": "Role"}) == ["date"]


def test_a_row_failing_mid_way_leaves_nothing(journal, monkeypatch):
    """The database refuses the second batch: the first batch must be rolled back too."""
    lines = ["Company,Role,Date"] + [
        f"Company {i},Dev,2026-01-{i % 28 + 1:02d}" for i in range(1200)
    ]
    table = read_csv("\n".join(lines).encode())
    plan = preview_import(journal, table, guess_mapping(table.headers))
    assert len(plan.rows) == 1200
    real_insert_many = Interview.insert_many.__func__
    calls = []

    def failing_insert_many(cls, rows, *args, **kwargs):
        calls.append(len(rows))
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return real_insert_many(cls, rows, *args, **kwargs)

    monkeypatch.setattr(Interview, "insert_many", classmethod(failing_insert_many))
    with pytest.raises(ImportProblem, match="nothing was added: disk full"):
        apply_import(journal, plan)
    assert calls == [csv_import.INSERT_BATCH, csv_import.INSERT_BATCH]
    assert Interview.select().count() == 0


def test_a_tampered_row_stops_the_whole_import(journal):
    table = read_csv_file(DATA / "jobsync.csv")
    plan = preview_import(journal, table, guess_mapping(table.headers))
    bad = dict(plan.rows[0].fields, date="not a date")
    plan.rows.insert(2, PlannedRow(99, bad))
    with pytest.raises(ImportProblem, match="Row 99: the date is not valid"):
        apply_import(journal, plan)
    assert Interview.select().count() == 0
