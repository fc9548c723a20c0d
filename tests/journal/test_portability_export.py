"""Export to JSON and CSV, and a JSON export imported back into an empty journal exactly."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import stat

import pytest

from debrief.journal.portability import export
from debrief.journal.portability.csv_import import apply_import, guess_mapping, preview_import
from debrief.journal.portability.csv_safety import FORMULA_STARTS, neutralise
from debrief.journal.portability.csv_table import ImportProblem, read_csv_file
from debrief.journal.portability.export import export_csv, export_data, export_json, import_json
from debrief.journal.store.files import atomic_file
from debrief.journal.store.journal import open_journal
from debrief.journal.store.models import (
    Action,
    FeedbackPoint,
    FeedbackRequest,
    Interview,
    Interviewer,
    Theme,
)


def fill_journal() -> None:
    """Every table with rows that link to each other, odd text and empty values included."""
    enthusiasm = Theme.get(Theme.name == "Enthusiasm")
    Theme.update(name="Energy").where(Theme.name == "First impression").execute()
    whiteboard = Theme.create(name="Whiteboarding", suggestion="Practise aloud")
    practise = Action.create(
        theme=enthusiasm, description="Prepare two reasons =why this company", status="done"
    )
    Action.update(done_at=dt.datetime(2026, 3, 9, 18, 0, 5)).execute()
    idle = Action.create(theme=None, description="-read the job ad twice", status="open")
    first = Interview.create(
        company='=HYPERLINK("http://evil")',
        role="Backend Engineer",
        stage="onsite",
        date=dt.date(2026, 3, 4),
        feeling=2,
        notes='line one\nline two, with "quotes"; and ; semicolons',
        link="https://example.com/job",
        outcome="rejected",
        told_at=dt.datetime(2026, 3, 6, 9, 30),
        told_via="email",
    )
    second = Interview.create(company="Zürich AG", role="+Data", date=dt.date(2025, 12, 1))
    alice = Interviewer.create(interview=first, name="Alice", title="@lead", email="a@x.org")
    Interviewer.create(interview=second, name="Bob")
    request = FeedbackRequest.create(
        interview=first,
        interviewer=alice,
        channel="email",
        asked_at=dt.datetime(2026, 3, 6, 15, 0, 0, 123456),
        words="Could you share one thing I could improve?",
        in_time=True,
        response="given",
        responded_at=dt.datetime(2026, 3, 8, 10, 0),
        thanked_at=dt.datetime(2026, 3, 8, 11, 0),
        thank_words="Thank you!",
        wizard_step="done",
        draft='{"step": "done"}',
    )
    FeedbackRequest.create(interview=second, interviewer=None, wizard_step="ask")
    FeedbackPoint.create(
        interview=first,
        request=request,
        kind="held_back",
        theme=enthusiasm,
        words="Seemed disinterested",
        verdict="impression",
        clarify_question="\tCan you give an example?",
        clarify_example="\rWhen asked about the product",
        action=practise,
        position=1,
    )
    FeedbackPoint.create(interview=first, request=None, words="Good SQL", kind="went_well")
    FeedbackPoint.create(interview=second, theme=whiteboard, words="Slow on the board", action=idle)


def _without_time(data: dict) -> dict:
    return {k: v for k, v in data.items() if k != "exported_at"}


def test_json_round_trip_reproduces_everything(journal, tmp_path):
    fill_journal()
    first_path = export_json(journal, tmp_path / "out" / "debrief.json")
    first = json.loads(first_path.read_text(encoding="utf-8"))
    assert (first["format"], first["version"]) == ("debrief", 3)
    assert {k: len(v) for k, v in first.items() if isinstance(v, list)} == {
        "themes": 9,
        "actions": 2,
        "applications": 2,
        "interviews": 2,
        "interviewers": 2,
        "requests": 2,
        "points": 3,
        "profile": 0,
    }
    journal.close()

    fresh = open_journal(tmp_path / "fresh.sqlite3")
    try:
        with fresh.reading():
            counts = import_json(fresh, first_path)
            assert counts["points"] == 3
            again = export_data(fresh)
    finally:
        fresh.close()
    assert _without_time(again) == _without_time(first)


def test_the_streamed_json_is_byte_for_byte_what_json_dumps_gives(journal, tmp_path):
    """Written entry by entry, the file still reads as one `json.dumps` of everything."""
    fill_journal()
    Interview.delete().where(Interview.company == "Zürich AG").execute()  # one empty list
    Interviewer.delete().execute()
    path = export_json(journal, tmp_path / "out.json")
    data = export_data(journal)
    data["exported_at"] = json.loads(path.read_text(encoding="utf-8"))["exported_at"]
    assert data["interviewers"] == []
    expected = json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
    assert path.read_bytes() == expected


def test_round_trip_keeps_ids_and_links(journal, tmp_path):
    fill_journal()
    Interview.create(company="Later", role="R", date=dt.date(2026, 1, 1))
    Interview.delete().where(Interview.company == "Zürich AG").execute()  # leave a gap in ids
    path = export_json(journal, tmp_path / "j.json")
    journal.close()
    fresh = open_journal(tmp_path / "fresh.sqlite3")
    try:
        with fresh.reading():
            import_json(fresh, path)
            assert [i.id for i in Interview.select().order_by(Interview.id)] == [1, 3]
            point = FeedbackPoint.get(FeedbackPoint.words == "Seemed disinterested")
            assert point.request.interviewer.name == "Alice"
            assert point.action.theme.name == "Enthusiasm"
            assert Theme.get(Theme.name == "Energy").builtin
    finally:
        fresh.close()


def test_import_refuses_a_journal_with_entries(journal, tmp_path):
    fill_journal()
    path = export_json(journal, tmp_path / "j.json")
    with pytest.raises(ImportProblem, match="only be imported into an empty journal"):
        import_json(journal, path)
    assert Interview.select().count() == 2


def test_import_refuses_when_only_a_user_theme_exists(journal, tmp_path):
    path = export_json(journal, tmp_path / "j.json")
    Theme.create(name="Mine")
    with pytest.raises(ImportProblem, match="empty journal"):
        import_json(journal, path)


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"\x00\x01garbage", "not a Debrief export"),
        (b"[1, 2, 3]", "not a Debrief export"),
        (b'{"format": "other", "version": 1}', "not a Debrief export"),
        (b'{"format": "debrief", "version": 7}', "newer version of Debrief"),
        (b'{"format": "debrief", "version": 1, "interviews": {}}', "interviews entry 0"),
    ],
)
def test_bad_archives_are_refused(journal, tmp_path, content, words):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(ImportProblem, match=words):
        import_json(journal, path)


def _edited_archive(journal, tmp_path, table: str, index: int, **changes) -> object:
    fill_journal()
    data = export_data(journal)
    data[table][index].update(changes)
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("table", "changes", "words"),
    [
        ("interviews", {"stage": "lunch"}, "interviews entry 1 .*stage cannot be 'lunch'"),
        ("interviews", {"date": 20260304}, "date has the wrong type"),
        ("interviews", {"date": "2026-02-30"}, "interviews entry 1"),
        ("points", {"shoe_size": 44}, "unknown field shoe_size"),
        ("actions", {"theme": "Enthusiasm"}, "theme has the wrong type"),
        ("interviewers", {"interview": 999}, "FOREIGN KEY constraint failed"),
    ],
)
def test_damaged_archive_imports_nothing(journal, tmp_path, table, changes, words):
    path = _edited_archive(journal, tmp_path, table, 0, **changes)
    journal.close()
    fresh = open_journal(tmp_path / "fresh.sqlite3")
    try:
        with fresh.reading():
            with pytest.raises(ImportProblem, match=words):
                import_json(fresh, path)
            assert Interview.select().count() == 0
            assert Theme.select().count() == 8  # the built-in themes are still there
    finally:
        fresh.close()


def _read(path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def test_csv_export_writes_one_file_per_table(journal, tmp_path):
    fill_journal()
    paths = export_csv(journal, tmp_path / "csv")
    assert sorted(p.name for p in paths) == sorted(export.CSV_NAMES.values())
    interviewers = _read(tmp_path / "csv" / "interviewers.csv")
    assert interviewers[0] == ["id", "interview_id", "name", "title", "email", "phone"]
    assert interviewers[1] == ["1", "1", "Alice", "'@lead", "a@x.org", ""]
    requests = _read(tmp_path / "csv" / "feedback_requests.csv")
    assert requests[1][requests[0].index("asked_at")] == "2026-03-06T15:00:00.123456"
    assert requests[2][requests[0].index("interviewer_id")] == ""
    for path in paths:
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert not [p for p in (tmp_path / "csv").iterdir() if p.suffix == ".tmp"]


def test_csv_cells_that_start_a_formula_are_neutralised(journal, tmp_path):
    fill_journal()
    export_csv(journal, tmp_path)
    interviews = _read(tmp_path / "interviews.csv")
    header = interviews[0]
    assert interviews[1][header.index("company")] == '\'=HYPERLINK("http://evil")'
    assert interviews[2][header.index("role")] == "'+Data"
    assert interviews[1][header.index("notes")].startswith("line one\n")  # left alone
    actions = _read(tmp_path / "actions.csv")
    assert [row[actions[0].index("description")] for row in actions[1:]] == [
        "Prepare two reasons =why this company",  # = inside the text is harmless
        "'-read the job ad twice",
    ]
    points = _read(tmp_path / "feedback_points.csv")
    assert points[1][points[0].index("clarify_question")] == "'\tCan you give an example?"
    assert points[1][points[0].index("clarify_example")] == "'\rWhen asked about the product"
    every_cell = [
        cell for name in export.CSV_NAMES.values() for row in _read(tmp_path / name) for cell in row
    ]
    assert not [c for c in every_cell if c.startswith(FORMULA_STARTS)]


def test_neutralise_leaves_numbers_and_plain_text():
    assert neutralise(-5) == -5
    assert neutralise("plain") == "plain"
    assert neutralise("@SUM(A1)") == "'@SUM(A1)"


ATTACK = "=cmd|' /C calc'!A0"


def _pieces(text: str, separator: str) -> list[str]:
    """What a spreadsheet splitting every line on `separator` shows in its cells."""
    return [p.strip(' "') for line in text.splitlines() for p in line.split(separator)]


def test_cells_holding_other_separators_start_no_formula_in_any_spreadsheet(journal, tmp_path):
    """A sheet that splits on ";" or tab (not ",") must not see a formula after them."""
    Interview.create(
        company=f"Acme;{ATTACK}",
        role=f"Dev\t{ATTACK}",
        date=dt.date(2026, 3, 4),
        notes=f'pros; +1, cons;\t-2; @x; "{ATTACK}"',
        link=f"a;'{ATTACK}",  # a quote the user typed stays theirs
    )
    export_csv(journal, tmp_path)
    text = (tmp_path / "interviews.csv").read_text(encoding="utf-8-sig")
    for separator in (",", ";", "\t"):
        formulas = [p for p in _pieces(text, separator) if p.startswith(FORMULA_STARTS)]
        assert formulas == [], separator
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=separator):
            assert not [c for c in row if c.lstrip(' "').startswith(FORMULA_STARTS)], separator
    header, row = text.splitlines()[:2]
    assert header.startswith('"id","company","role",')  # every text field quoted
    assert row.startswith("1,\"Acme;'=cmd|' /C calc'!A0\",\"Dev\t'=cmd")


def test_every_text_field_is_quoted_and_numbers_are_not(journal, tmp_path):
    fill_journal()
    export_csv(journal, tmp_path)
    lines = (tmp_path / "interviewers.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[1] == '1,1,"Alice","\'@lead","a@x.org",""'


def test_exported_separator_guards_import_back_exactly(journal, tmp_path):
    tricky = {
        "company": f"Acme;{ATTACK}",
        "role": "'=quoted by hand, ;\t-x",
        "notes": f'pros; +1, cons;\t-2; @x; "{ATTACK}"',
    }
    Interview.create(date=dt.date(2026, 3, 4), **tricky)
    export_csv(journal, tmp_path)
    journal.close()
    fresh = open_journal(tmp_path / "fresh.sqlite3")
    try:
        table = read_csv_file(tmp_path / "interviews.csv")
        plan = preview_import(fresh, table, guess_mapping(table.headers))
        assert apply_import(fresh, plan).imported == 1
        with fresh.reading():
            back = Interview.get()
        assert {k: getattr(back, k) for k in tricky} == tricky
    finally:
        fresh.close()


def test_exported_interviews_csv_imports_back(journal, tmp_path):
    fill_journal()
    export_csv(journal, tmp_path)
    journal.close()
    fresh = open_journal(tmp_path / "fresh.sqlite3")
    try:
        with fresh.reading():
            table = read_csv_file(tmp_path / "interviews.csv")
            plan = preview_import(fresh, table, guess_mapping(table.headers))
            assert apply_import(fresh, plan).imported == 2
            first = Interview.get(Interview.date == dt.date(2026, 3, 4))
            assert first.company == '=HYPERLINK("http://evil")'  # the guard quote is taken off
            assert (first.stage, first.outcome) == ("onsite", "rejected")
            assert Interview.get(Interview.company == "Zürich AG").role == "+Data"
    finally:
        fresh.close()


def test_a_failed_write_keeps_the_old_file(journal, tmp_path, monkeypatch):
    target = tmp_path / "debrief.json"
    target.write_text("old export", encoding="utf-8")

    def no_space(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic_file.os, "replace", no_space)
    with pytest.raises(ImportProblem, match="could not write debrief.json: No space left"):
        export_json(journal, target)
    assert target.read_text(encoding="utf-8") == "old export"
    assert [p.name for p in tmp_path.iterdir() if "debrief.json" in p.name] == ["debrief.json"]


def test_rounds_survive_a_round_trip_and_an_old_export_still_imports(journal, tmp_path):
    from debrief.journal.store.models import Application

    fill_journal()
    first = Interview.select().order_by(Interview.id).first()
    Interview.create(
        company=first.company, role=first.role, date=dt.date(2026, 3, 20),
        application=first.application_id, round=2, time="14:30", format="video",
    )  # fmt: skip
    data = export_data(journal)
    assert [a["company"] for a in data["applications"]][0] == first.company
    last = data["interviews"][-1]
    assert (last["application"], last["round"], last["time"], last["format"]) == (
        first.application_id, 2, "14:30", "video",
    )  # fmt: skip
    # The same journal as the first release exported it: no applications, no rounds.
    old = {k: v for k, v in data.items() if k != "applications"} | {"version": 1}
    new_fields = ("application", "round", "time", "format")
    old["interviews"] = [
        {k: v for k, v in row.items() if k not in new_fields} for row in data["interviews"]
    ]
    for name, archive in (("new.json", data), ("old.json", old)):
        (tmp_path / name).write_text(json.dumps(archive), encoding="utf-8")
    journal.close()
    for name, applications in (("new.json", [2, 1]), ("old.json", [1, 1, 1])):
        fresh = open_journal(tmp_path / f"{name}.sqlite3")
        try:
            with fresh.reading():
                import_json(fresh, tmp_path / name)
                rounds = Application.select(Application.rounds).order_by(Application.id)
                assert [r for (r,) in rounds.tuples()] == applications
                assert Interview.select().count() == 3
        finally:
            fresh.close()


def test_the_users_name_and_sign_off_come_back_with_a_json_export(journal, tmp_path):
    """Restoring from "Export everything" asked for the name and signature again: the
    profile was left out of the file (format 2)."""
    from debrief.journal.practice.profile import UserProfile, load_profile, save_profile

    fill_journal()
    save_profile(journal, UserProfile("Sam Okafor", "Best wishes,\nSam", "email"))
    path = export_json(journal, tmp_path / "out" / "debrief.json")
    journal.close()
    fresh = open_journal(tmp_path / "fresh.sqlite3")
    try:
        save_profile(fresh, UserProfile("Someone else", "", None))  # set before the load
        import_json(fresh, path)
        assert load_profile(fresh) == UserProfile("Sam Okafor", "Best wishes,\nSam", "email")
    finally:
        fresh.close()


def test_an_export_with_two_profiles_is_refused_in_words(journal, tmp_path):
    fill_journal()
    path = export_json(journal, tmp_path / "debrief.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    row = {"id": 1, "name": "Sam", "signature": "", "channel": None}
    data["profile"] = [row, {**row, "id": 2, "name": "Alex"}]
    path.write_text(json.dumps(data), encoding="utf-8")
    journal.close()
    fresh = open_journal(tmp_path / "fresh.sqlite3")
    try:
        with pytest.raises(export.ArchiveRefused) as refused:
            import_json(fresh, path)
        assert [(r.table, r.index, r.problem.code) for r in refused.value.refusals] == [
            ("profile", 2, "one_only")
        ]
        assert export.journal_is_empty(fresh)
    finally:
        fresh.close()
