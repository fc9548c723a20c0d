"""Reading other trackers' CSV files: encodings, separators, quoted newlines, bad files."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from debrief.journal.portability.csv_decoding import REPLACE_BAD_BYTES, WINDOWS_1252
from debrief.journal.portability.csv_import import guess_mapping
from debrief.journal.portability.csv_table import (
    EncodingQuestion,
    ImportProblem,
    read_csv,
    read_csv_file,
)
from debrief.journal.portability.statuses import status_meaning

DATA = Path(__file__).parent / "data"


def test_bom_semicolons_and_quoted_newlines():
    table = read_csv_file(DATA / "bom_semicolon.csv")
    assert table.headers == ["Company", "Role", "Date", "Notes", "Status"]  # no BOM in "Company"
    assert table.delimiter == ";"
    assert [r[0] for r in table.rows] == ["Société Générale", "Zürich Versicherung", "天堂 Studio"]
    assert table.rows[0][3] == "Premier entretien ; très bien\r\nDeuxième ligne: « questions »"
    assert table.rows[1][3] == 'Sagte: "mehr Begeisterung zeigen"'
    # spreadsheet row numbers: the quoted newline keeps row 2 one row; the blank row 4 is skipped
    assert table.row_numbers == [2, 3, 5]


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_each_delimiter_is_sniffed(delimiter):
    lines = ["Company", "Role", "Date", "Notes"], ["Acme, Inc.", "Dev", "2026-03-04", "a; b | c"]
    text = "\r\n".join(delimiter.join(f'"{c}"' for c in line) for line in lines)
    table = read_csv(text.encode())
    assert table.delimiter == delimiter
    assert table.rows == [("Acme, Inc.", "Dev", "2026-03-04", "a; b | c")]


def test_windows_1252_file_is_read_only_when_the_user_says_so():
    data = "Company,Role,Date\r\nCafé Müller,Barista – senior,2026-03-04\r\n".encode("cp1252")
    with pytest.raises(EncodingQuestion) as info:
        read_csv(data, "old.csv")
    assert not info.value.has_utf8
    assert info.value.places == [(2, "Company"), (2, "Role")]
    assert str(info.value).startswith(
        "old.csv is not saved as UTF-8, so Debrief cannot be sure which letters its bytes "
        "stand for (the first is in row 2, column “Company”)."
    )
    table = read_csv(data, encoding=WINDOWS_1252)
    assert table.encoding == "cp1252"
    assert table.rows == [("Café Müller", "Barista – senior", "2026-03-04")]


def test_latin1_bytes_undefined_in_cp1252_still_read():
    data = b"Company,Role,Date\nA\x81B,Dev,2026-03-04\n"
    assert read_csv(data, encoding=WINDOWS_1252).rows[0][0] == "A\x81B"


def test_a_stray_byte_in_a_utf8_file_is_named_and_never_guessed():
    """One bad byte once made the whole file cp1252: "Zürich" became "ZÃ¼rich"."""
    data = "Company;Role;Date\nZürich AG;Dev;2026-03-04\nCaf".encode() + b"\xe9;Dev;2026-03-05\n"
    with pytest.raises(EncodingQuestion) as info:
        read_csv(data, "jobs.csv")
    assert info.value.has_utf8
    assert info.value.places == [(3, "Company")]
    assert str(info.value) == (
        "jobs.csv is saved as UTF-8, but row 3, column “Company” holds a byte that is not "
        "valid text. Choose how to read it, then check the rows below."
    )
    replaced = read_csv(data, encoding=REPLACE_BAD_BYTES)
    assert [r[0] for r in replaced.rows] == ["Zürich AG", "Caf\ufffd"]
    legacy = read_csv(data, encoding=WINDOWS_1252)  # the user's choice, shown before import
    assert [r[0] for r in legacy.rows] == ["ZÃ¼rich AG", "Café"]


def test_several_stray_bytes_are_counted_with_the_first_place():
    data = "\ufeffCompany,Role\nZürich,A".encode() + b"\xff\n" + b"B\xfe,C\n"
    with pytest.raises(
        EncodingQuestion, match="2 places hold bytes .* first in row 2, column “Role”"
    ):
        read_csv(data, "jobs.csv")


def test_utf16_export_from_excel_is_read():
    data = "Company\tRole\tDate\r\nÅland AB\tDev\t2026-03-04\r\n".encode("utf-16")
    table = read_csv(data)
    assert table.delimiter == "\t"
    assert table.rows == [("Åland AB", "Dev", "2026-03-04")]


def test_excel_sep_hint_line_is_obeyed():
    table = read_csv(b"sep=;\r\nCompany;Role,with comma;Date\r\nAcme;Dev, senior;2026-03-04\r\n")
    assert table.headers == ["Company", "Role,with comma", "Date"]
    assert table.rows == [("Acme", "Dev, senior", "2026-03-04")]
    assert table.row_numbers == [3]


def test_short_and_long_rows_are_evened_out():
    table = read_csv(b"Company,Role,Date\nAcme\nBeta,Dev,2026-03-04,extra,cells\n")
    assert table.rows == [("Acme", "", ""), ("Beta", "Dev", "2026-03-04")]


def test_blank_and_repeated_headers_get_names():
    table = read_csv(b"Company,,Notes,notes\nAcme,x,a,b\n")
    assert table.headers == ["Company", "Column 2", "Notes", "notes (2)"]


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b"  \r\n\r\n", "empty"),
        (b"Company,Role,Date\r\n", "no rows"),
        (b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 100, "spreadsheet workbook"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "spreadsheet workbook"),
        (b"SQLite format 3\x00" + b"\x00" * 100, "does not look like a CSV"),
    ],
)
def test_unusable_files_are_refused_with_a_message(data, words):
    with pytest.raises(ImportProblem, match=words) as info:
        read_csv(data, "jobs.csv")
    assert "jobs.csv" in str(info.value)
    assert "{" not in str(info.value)  # every template param was filled


def test_binary_garbage_file_is_refused():
    with pytest.raises(ImportProblem, match="garbage.bin does not look like a CSV"):
        read_csv_file(DATA / "garbage.bin")


def test_missing_file_is_a_clear_problem(tmp_path):
    with pytest.raises(ImportProblem, match="could not read gone.csv"):
        read_csv_file(tmp_path / "gone.csv")


def test_huge_cell_is_a_clear_problem():
    data = b'Company,Notes\nAcme,"' + b"x" * 200_000 + b'"\n'
    with pytest.raises(ImportProblem, match="near line 2 of .* longer than Debrief accepts"):
        read_csv(data)


@settings(max_examples=300)
@given(st.binary(max_size=300))
def test_arbitrary_bytes_give_a_table_or_an_import_problem(data):
    try:
        table = read_csv(data)
    except ImportProblem:
        return
    assert all(len(row) == len(table.headers) for row in table.rows)


def test_jobsync_columns_are_mapped():
    table = read_csv_file(DATA / "jobsync.csv")
    assert guess_mapping(table.headers) == {
        "company": "Company",
        "role": "JobTitle",
        "date": "appliedDate",
        "stage": "Status",
        "outcome": "Status",
    }


def test_simplify_columns_are_mapped():
    table = read_csv_file(DATA / "simplify.csv")
    assert guess_mapping(table.headers) == {
        "company": "Company Name",
        "role": "Job Title",
        "date": "Applied Date",
        "link": "Job URL",
        "stage": "Status",
        "outcome": "Status",
    }


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (
            ["Organization", "Job Title", "Stage", "Stage Entered At", "Note", "Job Posting"],
            ["Organization", "Job Title", "Stage", "Stage Entered At", "Note", "Job Posting"],
        ),
        (
            ["Employer", "Position", "Status", "Stage Date", "Notes", "URL"],
            ["Employer", "Position", "Status", "Stage Date", "Notes", "URL"],
        ),
        (
            ["company", "title", "STAGE", "applied date", "NOTES", "link"],
            ["company", "title", "STAGE", "applied date", "NOTES", "link"],
        ),
        (
            ["Company", "Role", "Status", "Applied Date", "Note", "Job URL"],
            ["Company", "Role", "Status", "Applied Date", "Note", "Job URL"],
        ),
    ],
)
def test_reactive_resume_aliases_are_mapped(headers, expected):
    mapping = guess_mapping(headers)
    targets = ["company", "role", "stage", "date", "notes", "link"]
    assert [mapping[t] for t in targets] == expected


def test_unknown_headers_map_nothing():
    assert guess_mapping(["Foo", "Bar", "Baz"]) == {}


@pytest.mark.parametrize(
    ("status", "outcome", "stage"),
    [
        ("APPLIED", "pending", None),
        ("INTERVIEWING", "pending", None),
        ("OFFER", "offer", "final"),
        ("REJECTED", "rejected", None),
        ("WITHDRAWN", "withdrawn", None),
        ("Interview", "pending", None),
        ("Expired", "no_response", None),
        ("Archived", "no_response", None),
        ("ghosted", "no_response", None),
        ("Not selected", "rejected", None),
        ("Rejected after onsite", "rejected", "onsite"),
        ("Phone Screen", None, "screen"),
        ("Technical Interview", "pending", "technical"),
        ("Final Round", None, "final"),
        ("no_response", "no_response", None),
    ],
)
def test_foreign_statuses_mean_our_outcomes(status, outcome, stage):
    meaning = status_meaning(status)
    assert (meaning.outcome, meaning.stage, meaning.not_applied) == (outcome, stage, False)


@pytest.mark.parametrize("status", ["SAVED", "Draft", "wishlist", "Bookmarked"])
def test_saved_only_statuses_mean_never_applied(status):
    assert status_meaning(status).not_applied


def test_unrecognised_status_is_flagged():
    assert not status_meaning("Pondering").known
    assert status_meaning("").known
