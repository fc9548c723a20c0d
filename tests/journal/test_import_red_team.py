"""Hostile and broken files against every import: a clear refusal, nothing half written.

The rules: bad input is refused with the module's own error (a JournalError with words to
show); a failed import leaves the journal as it was; a file that is not Debrief's is never
written, renamed or given a -wal/-shm/-journal beside it; nothing hangs or eats the memory.
Files that could hang (pipes) or never end (/dev/zero) are read in a child process with a
time and memory limit, so a regression fails the test instead of the machine.
"""

from __future__ import annotations

import codecs
import copy
import datetime as dt
import gzip
import io
import json
import os
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from debrief.app import main
from debrief.journal.portability import csv_table
from debrief.journal.portability.csv_decoding import WINDOWS_1252
from debrief.journal.portability.csv_import import (
    apply_import,
    date_order_for,
    guess_mapping,
    preview_import,
)
from debrief.journal.portability.csv_table import (
    EncodingQuestion,
    ImportProblem,
    read_csv,
    read_csv_file,
)
from debrief.journal.portability.export import export_csv, export_json, import_json
from debrief.journal.records.interviews import save_interview
from debrief.journal.store.errors import JournalError
from debrief.journal.store.files.backups import BackupError, prepare_restore
from debrief.journal.store.journal import open_journal
from debrief.journal.store.models import Interview, Theme

ROOT = Path(__file__).resolve().parents[2]
GOOD_ROWS = b"Company,Role,Date,Status\nAcme,Engineer,2026-01-05,Applied\n"
SIDECARS = ("-wal", "-shm", "-journal")


def _plan(journal, data: bytes, encoding: str | None = None):
    table = read_csv(data, "file.csv", encoding)
    mapping = guess_mapping(table.headers)
    order = date_order_for(table, mapping)
    return preview_import(journal, table, mapping, "mdy" if order == "mdy" else "dmy")


def _count() -> int:
    return Interview.select().count()


def _untouched(path: Path, before: bytes) -> None:
    """`path` holds what it held, with nothing of SQLite's beside it."""
    assert path.read_bytes() == before
    for suffix in SIDECARS:
        assert not path.with_name(path.name + suffix).exists(), suffix


def _foreign_database(path: Path) -> bytes:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE notes (text)")
    con.execute("INSERT INTO notes VALUES ('mine')")
    con.commit()
    con.close()
    return path.read_bytes()


def _zip_bytes() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("interviews.csv", GOOD_ROWS)
    return out.getvalue()


# -- CSV: what the bytes are -------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "is empty"),
        (b"  \r\n\n ", "is empty"),
        (b"Company,Role,Date\n", "header row but no rows"),
        (b"Company,Role,Date\n\n,,\n", "header row but no rows"),
        (b"Company,Role\nAc\x00me,Dev\n", "binary data"),
        (bytes(range(256)) * 64, "binary data"),
        (gzip.compress(GOOD_ROWS), "binary data"),
        (_zip_bytes(), "spreadsheet workbook"),
        (b"\xd0\xcf\x11\xe0" + b"\x00" * 64, "spreadsheet workbook"),
        (b"\xff\xfe" + b"a\x00b", "binary data"),  # a UTF-16 BOM over an odd byte count
        (b"sep=;\n", "is empty"),
    ],
)
def test_files_that_are_not_csv_are_refused_in_words(data, words):
    with pytest.raises(ImportProblem) as refused:
        read_csv(data, "file.csv")
    assert words in str(refused.value) and "file.csv" in str(refused.value)


def test_a_sqlite_file_renamed_csv_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "journal.csv"
    before = _foreign_database(path)
    with pytest.raises(ImportProblem, match="binary data"):
        read_csv_file(path)
    _untouched(path, before)


UNICODE_CODECS = ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-8"]
#: UTF-32's little-endian BOM starts as UTF-16's does: such a file was read as UTF-16 with
#: a NUL beside every letter, and refused as "binary data".
UNICODE_CODECS += ["utf-32", "utf-32-le", "utf-32-be"]


@pytest.mark.parametrize("codec", UNICODE_CODECS, ids=str)
def test_unicode_files_with_or_without_a_bom_import(journal, codec):
    text = "Company,Role,Date\nZürich AG,Développeuse,2026-01-05\n"
    data = text.encode(codec)
    if codec.endswith(("-le", "-be")):
        assert not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    plan = _plan(journal, data)
    assert [p.fields["company"] for p in plan.rows] == ["Zürich AG"]
    assert plan.rows[0].fields["role"] == "Développeuse"


def test_a_bom_inside_the_file_never_stays_in_a_cell(journal):
    """Two exports joined into one file carry the second one's BOM in the middle."""
    data = b"Company,Role,Date\nAcme,Dev,2026-01-05\n\xef\xbb\xbfZeta Ltd,Ops,2026-01-06\n"
    plan = _plan(journal, data)
    assert [p.fields["company"] for p in plan.rows] == ["Acme", "Zeta Ltd"]


def test_windows_1252_is_asked_about_then_read_as_chosen(journal):
    data = "Company,Role,Date\nZürich – AG,Dev,2026-01-05\n".encode("cp1252")
    with pytest.raises(EncodingQuestion) as asked:
        _plan(journal, data)
    assert asked.value.places == [(2, "Company")] and not asked.value.has_utf8
    plan = _plan(journal, data, WINDOWS_1252)
    assert plan.rows[0].fields["company"] == "Zürich – AG"


# -- CSV: shapes that are CSV but hostile ------------------------------------------------


def test_a_ten_megabyte_cell_is_refused_quickly():
    data = b'Company,Role,Date,Notes\nAcme,Dev,2026-01-05,"' + b"x" * 10_000_000 + b'"\n'
    with pytest.raises(ImportProblem, match="longer than Debrief accepts"):
        read_csv(data, "file.csv")


@pytest.mark.timeout(60)
def test_a_file_of_millions_of_columns_is_refused_without_eating_memory():
    """24 MB of commas once took 41 s and 4.6 GB (a header name for each empty column)."""
    data = b"a" + b"," * 5_000_000 + b"\nx\n"
    with pytest.raises(ImportProblem, match="at most 250000 rows and 1000 columns"):
        read_csv(data, "wide.csv")


@pytest.mark.timeout(60)
def test_a_file_of_millions_of_rows_is_refused_before_the_preview():
    """8 million short rows (48 MB, under the size limit) took 105 s and 3.3 GB to preview."""
    data = b"Company,Role,Date\n" + b"a,b,c\n" * (csv_table.MAX_RECORDS + 10)
    with pytest.raises(ImportProblem, match="Split it into smaller files"):
        read_csv(data, "tall.csv")


def test_the_most_rows_allowed_still_import_in_the_benchmark_size():
    rows = b"".join(b"C%d,Dev,2026-01-05\n" % i for i in range(200_000))
    table = read_csv(b"Company,Role,Date\n" + rows, "big.csv")
    assert len(table.rows) == 200_000


@pytest.mark.parametrize(
    ("data", "companies"),
    [
        (b"Company;Role;Date\nAcme;Dev;2026-01-05\n", ["Acme"]),
        (b"Company\tRole\tDate\nAcme\tDev\t2026-01-05\n", ["Acme"]),
        (b"sep=;\nCompany;Role;Date\nAcme;Dev;2026-01-05\n", ["Acme"]),
        (b" COMPANY , role ,  Date \r\nAcme,Dev,2026-01-05\r\n", ["Acme"]),
        (b"Company,Company,Date,Date\nAcme,Other,2026-01-05,2026-02-01\n", ["Acme"]),
        (b'Company,Role,Date\n"Acme\nLtd","Dev",2026-01-05\n', ["Acme\nLtd"]),
        (b"Company,Role,Date\rAcme,Dev,2026-01-05\r", ["Acme"]),
    ],
)
def test_delimiters_header_spellings_and_quoted_newlines(journal, data, companies):
    assert [p.fields["company"] for p in _plan(journal, data).rows] == companies


def test_an_unbalanced_quote_skips_the_row_it_swallows(journal):
    data = b'Company,Role,Date\nAcme,"Dev,2026-01-05\nBeta,QA,2026-01-06\nGamma,PM,2026-01-07\n'
    plan = _plan(journal, data)
    assert "closing quote mark" in plan.skipped[0].message


def test_unknown_headers_ask_for_a_column_instead_of_guessing(journal):
    table = read_csv(b"a,b,c\n1,2,3\n", "file.csv")
    with pytest.raises(ImportProblem, match="Choose which column holds the company"):
        preview_import(journal, table, guess_mapping(table.headers))


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("2026-02-30", "is not a date Debrief can read"),
        ("Feb 30 2026", "is not a date Debrief can read"),
        ("2026-13-01", "is not a date Debrief can read"),
        ("00/00/0000", "is not a date Debrief can read"),
        ("99999999999999999999-01-01", "is not a date Debrief can read"),
        ("1e10", "is not a date Debrief can read"),
        ("0001-01-01", "too far in the past or the future"),
        ("9999-12-31", "too far in the past or the future"),
        ("", "has no date"),
        ("N/A", "has no date"),
    ],
)
def test_impossible_and_absurd_dates_skip_their_row(journal, value, reason):
    plan = _plan(journal, b"Company,Role,Date\nAcme,Dev," + value.encode() + b"\n")
    assert plan.rows == [] and reason in plan.skipped[0].message


def test_a_date_with_a_time_zone_keeps_its_calendar_day(journal):
    plan = _plan(journal, b"Company,Role,Date\nAcme,Dev,2026-01-05T23:30:00+05:00\n")
    assert plan.rows[0].fields["date"] == dt.date(2026, 1, 5)


@pytest.mark.parametrize(
    "status",
    [
        b"9" * 5000,
        b'"' + b"[" * 100_000 + b'"',
        b'"{""name"": 5}"',
        b"-1",
        b"{" * 100_000,
        b'"' + b'{""a"":' * 20_000 + b"1" + b"}" * 20_000 + b'"',  # JSON nested too deep
    ],
)
def test_strange_status_cells_import_as_pending(journal, status):
    plan = _plan(journal, b"Company,Role,Date,Status\nAcme,Dev,2026-01-05," + status + b"\n")
    assert plan.rows[0].fields["outcome"] == "pending"


def test_a_contact_too_long_skips_its_row_with_a_reason(journal):
    plan = _plan(journal, b"Company,Role,Date,Contact\nAcme,Dev,2026-01-05," + b"x" * 600 + b"\n")
    assert plan.skipped[0].message == "Row 2: the contact is longer than Debrief accepts."


def test_formula_cells_import_as_text_and_export_guarded_then_come_back(journal, tmp_path):
    formulas = ["=cmd|' /C calc'!A0", "+1+1", "-2", "@SUM(A1)", '=HYPERLINK("x")']
    rows = "".join(
        f'"{f.replace(chr(34), chr(34) * 2)}",Dev,2026-01-0{i + 1}\n'
        for i, f in enumerate(formulas)
    )
    apply_import(journal, _plan(journal, b"Company,Role,Date\n" + rows.encode()))
    [written] = [p for p in export_csv(journal, tmp_path / "out") if p.name == "interviews.csv"]
    cells = written.read_text(encoding="utf-8-sig")
    for formula in formulas:
        assert f'"{formula}' not in cells.replace('""', '"')  # every one guarded by a quote
    fresh = open_journal(tmp_path / "fresh.sqlite3")
    try:
        table = read_csv_file(written)
        apply_import(fresh, preview_import(fresh, table, guess_mapping(table.headers)))
        with fresh.reading():
            assert sorted(i.company for i in Interview.select()) == sorted(formulas)
    finally:
        fresh.close()


# -- CSV: all or nothing -----------------------------------------------------------------


def _trip_on(journal, company: str) -> None:
    """A temporary trigger (this connection only) that fails the insert of `company`."""
    journal.connection.execute(
        "CREATE TEMP TRIGGER trip BEFORE INSERT ON interview "
        f"WHEN NEW.company = '{company}' BEGIN SELECT RAISE(ABORT, 'disk went away'); END"
    )


def test_a_failure_late_in_an_import_leaves_the_journal_as_it_was(journal):
    save_interview(journal, {"company": "Mine", "role": "Dev", "date": "2026-01-01"})
    rows = b"".join(b"C%d,Dev,2026-01-05\n" % i for i in range(1500)) + b"Boom,Dev,2026-01-06\n"
    plan = _plan(journal, b"Company,Role,Date\n" + rows)
    _trip_on(journal, "Boom")
    with pytest.raises(ImportProblem, match="nothing was added: disk went away"):
        apply_import(journal, plan)
    assert [i.company for i in Interview.select()] == ["Mine"]


def test_an_import_into_a_read_only_journal_says_so(journal_path, tmp_path):
    open_journal(journal_path).close()
    reader = open_journal(journal_path, read_only=True)
    try:
        plan = _plan(reader, GOOD_ROWS)
        with pytest.raises(ImportProblem, match="this journal is read-only"):
            apply_import(reader, plan)
    finally:
        reader.close()


@pytest.mark.timeout(60)
def test_an_import_while_another_program_writes_says_so_and_adds_nothing(journal):
    plan = _plan(journal, GOOD_ROWS)
    other = sqlite3.connect(journal.path, timeout=0)
    try:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(ImportProblem, match="another window or program was writing"):
            apply_import(journal, plan)
    finally:
        other.rollback()
        other.close()
    assert _count() == 0
    apply_import(journal, plan)  # the same plan once the other writer is done
    assert _count() == 1


# -- Paths: folders, pipes, devices, links -----------------------------------------------

#: Reads each path given in a child process and prints what it raised, as JSON.
READ_PATHS = """
import json, resource, sys
resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
from debrief.journal.portability.csv_table import ImportProblem, read_csv_file
from debrief.journal.portability.export import import_json
from debrief.journal.store.journal import open_journal
journal = open_journal(sys.argv[1])
seen = {}
for path in sys.argv[2:]:
    for name, read in (("csv", read_csv_file), ("json", lambda p: import_json(journal, p))):
        try:
            read(path)
            seen[name + " " + path] = "read"
        except ImportProblem as exc:
            seen[name + " " + path] = str(exc)
print(json.dumps(seen))
"""


def _read_in_child(journal_path: Path, *paths: Path) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "desktop"))
    done = subprocess.run(
        [sys.executable, "-c", READ_PATHS, str(journal_path), *map(str, paths)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,  # a pipe opened to wait for a writer would stop here
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.timeout(120)
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_folders_pipes_devices_and_links_to_them_are_refused_without_hanging(tmp_path):
    pipe = tmp_path / "pipe.csv"
    os.mkfifo(pipe)
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    to_zero = tmp_path / "zero.json"
    to_zero.symlink_to("/dev/zero")
    to_pipe = tmp_path / "to-pipe.csv"
    to_pipe.symlink_to(pipe)
    devices = [Path(p) for p in ("/dev/zero", "/dev/urandom") if Path(p).exists()]
    paths = [pipe, folder, to_zero, to_pipe, *devices]
    seen = _read_in_child(tmp_path / "j.sqlite3", *paths)
    for path in paths:
        for kind in ("csv", "json"):
            message = seen[f"{kind} {path}"]
            assert message == f"Debrief could not read {path.name}: {csv_table.NOT_A_FILE}."
    assert pipe.is_fifo() and not pipe.with_name("pipe.csv-wal").exists()


def test_a_missing_file_and_a_broken_link_are_refused_in_words(journal, tmp_path):
    broken = tmp_path / "gone.csv"
    broken.symlink_to(tmp_path / "nowhere.csv")
    for path in (tmp_path / "missing.csv", broken):
        with pytest.raises(ImportProblem, match="could not read .*No such file"):
            read_csv_file(path)
        with pytest.raises(ImportProblem, match="could not read .*No such file"):
            import_json(journal, path)


def test_a_link_to_a_real_file_elsewhere_is_read(journal, tmp_path):
    (tmp_path / "elsewhere").mkdir()
    target = tmp_path / "elsewhere" / "list.csv"
    target.write_bytes(GOOD_ROWS)
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    assert read_csv_file(link).rows == [("Acme", "Engineer", "2026-01-05", "Applied")]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file_is_refused_in_words(journal, tmp_path):
    path = tmp_path / "secret.csv"
    path.write_bytes(GOOD_ROWS)
    path.chmod(0)
    with pytest.raises(ImportProblem, match="could not read secret.csv: Permission denied"):
        read_csv_file(path)


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.csv"
    with path.open("wb") as fh:
        fh.truncate(csv_table.MAX_FILE_BYTES + 1)  # sparse: no disk used
    with pytest.raises(ImportProblem, match="too large to import"):
        read_csv_file(path)


# -- JSON --------------------------------------------------------------------------------


@pytest.fixture
def archive(tmp_path) -> dict:
    """A small export holding every table, as a dict to spoil."""
    from tests.journal.test_portability_export import fill_journal

    source = open_journal(tmp_path / "source.sqlite3")
    try:
        with source.reading():
            fill_journal()
        path = export_json(source, tmp_path / "good.json")
    finally:
        source.close()
    return json.loads(path.read_text(encoding="utf-8"))


def _import(journal, tmp_path: Path, content) -> dict:
    path = tmp_path / "archive.json"
    path.write_bytes(content if isinstance(content, bytes) else json.dumps(content).encode())
    return import_json(journal, path)


def _builtin_themes_only() -> bool:
    return (
        _count() == 0
        and Theme.select().count() == 8
        and Theme.select().where(~Theme.builtin).count() == 0
    )


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "is not a Debrief export"),
        (b"\xff\xfe\x00", "is not a Debrief export"),
        (b"[1, 2]", "is not a Debrief export"),
        (b'"debrief"', "is not a Debrief export"),
        (b"null", "is not a Debrief export"),
        (b"[" * 100_000 + b"]" * 100_000, "is not a Debrief export"),
        (b'{"format": "debrief", "version": NaN}', "is not a Debrief export"),
        (b'{"format": "debrief", "version": 2.0}', "is not a Debrief export"),
        (b'{"format": "debrief", "version": true}', "is not a Debrief export"),
        (b'{"format": "debrief", "version": 0}', "is not a Debrief export"),
        (b'{"format": "debrief", "version": 99}', "newer version of Debrief"),
        (b'{"format": "debrief", "version": 2, "format": "other"}', "is not a Debrief export"),
        (gzip.compress(b'{"format": "debrief", "version": 2}'), "is not a Debrief export"),
        (_zip_bytes(), "is not a Debrief export"),
    ],
)
def test_files_that_are_not_exports_are_refused(journal, tmp_path, content, words):
    with pytest.raises(ImportProblem, match=words):
        _import(journal, tmp_path, content)
    assert _builtin_themes_only()


def test_a_journal_file_renamed_json_is_refused_and_left_alone(journal, tmp_path):
    path = tmp_path / "other.json"
    before = _foreign_database(path)
    with pytest.raises(ImportProblem, match="is not a Debrief export"):
        import_json(journal, path)
    _untouched(path, before)


def _spoiled(archive: dict, table: str, **changes) -> dict:
    spoiled = copy.deepcopy(archive)
    spoiled[table][0].update(changes)
    return spoiled


@pytest.mark.parametrize(
    ("table", "changes", "words"),
    [
        ("interviews", {"id": 10**30}, "id is too large a number"),
        ("interviews", {"id": 2**63}, "id is too large a number"),
        ("interviews", {"feeling": float("nan")}, "feeling has the wrong type"),
        ("interviews", {"feeling": float("inf")}, "feeling has the wrong type"),
        ("interviews", {"stage": "boss fight"}, "stage cannot be 'boss fight'"),
        ("interviews", {"date": "2026-02-30"}, "out of range"),
        ("interviews", {"date": 20260101}, "date has the wrong type"),
        ("interviews", {"told_at": "2026-03-06T09:30:00+05:00"}, "told_at has a time zone"),
        ("interviews", {"created_at": "2026-03-06T09:30:00Z"}, "created_at has a time zone"),
        ("interviews", {"role": ["a", "list"]}, "role has the wrong type"),
        ("interviews", {"hacked": 1}, "unknown field hacked"),
        ("themes", {"name": "\ud800"}, "name holds characters Debrief cannot store"),
        ("points", {"words": "ok \udfff"}, "words holds characters Debrief cannot store"),
        ("requests", {"in_time": 1}, "in_time has the wrong type"),
        ("points", {"first_on_theme": True}, "unknown field first_on_theme"),
    ],
)
def test_spoiled_entries_are_named_and_nothing_is_imported(
    journal, tmp_path, archive, table, changes, words
):
    with pytest.raises(ImportProblem) as refused:
        _import(journal, tmp_path, _spoiled(archive, table, **changes))
    assert words in str(refused.value) and "Nothing was imported" in str(refused.value)
    assert _builtin_themes_only()


@pytest.mark.parametrize(
    ("table", "changes", "problem"),
    [
        ("interviews", {"time": "banana"}, ("time", "not_a_time")),
        ("interviews", {"time": "9" * 100_000}, ("time", "not_a_time")),
        ("interviews", {"format": "hologram"}, None),  # refused as not as Debrief wrote it
        ("applications", {"company": "x" * 100_000}, ("company", "too_long")),
        ("applications", {"source": "x" * 100_000}, ("source", "too_long")),
        ("applications", {"role": " "}, ("role", "required")),
        ("requests", {"asked_at": "0001-01-01T00:00:00"}, ("asked_at", "date_out_of_range")),
    ],
)
def test_values_the_dialogs_refuse_are_refused_in_an_archive(
    journal, tmp_path, archive, table, changes, problem
):
    with pytest.raises(ImportProblem) as refused:
        _import(journal, tmp_path, _spoiled(archive, table, **changes))
    if problem is not None:
        assert [tuple(r.problem) for r in refused.value.refusals] == [problem]
    assert _builtin_themes_only()


@pytest.mark.parametrize(
    ("table", "changes"),
    [
        ("points", {"interview": 999_999}),
        ("interviews", {"application": 999_999}),
        ("actions", {"theme": 999_999}),
        ("interviews", {"id": -5}),  # its interviewers now point at an absent interview
    ],
)
def test_links_to_absent_entries_import_nothing(journal, tmp_path, archive, table, changes):
    with pytest.raises(ImportProblem, match="FOREIGN KEY constraint failed. Nothing was imported"):
        _import(journal, tmp_path, _spoiled(archive, table, **changes))
    assert _builtin_themes_only()


def test_repeated_ids_and_names_import_nothing(journal, tmp_path, archive):
    twice = copy.deepcopy(archive)
    twice["interviews"][1]["id"] = twice["interviews"][0]["id"]
    with pytest.raises(ImportProblem, match="UNIQUE constraint failed"):
        _import(journal, tmp_path, twice)
    assert _builtin_themes_only()


def test_lists_that_are_not_lists_are_refused(journal, tmp_path, archive):
    for spoiled in ("themes", {}, 3):
        with pytest.raises(ImportProblem, match="not a list"):
            _import(journal, tmp_path, {**archive, "interviews": spoiled})
    assert _builtin_themes_only()


def test_a_failure_while_writing_an_archive_leaves_the_builtin_themes(journal, tmp_path, archive):
    """The archive's themes replace the built-in ones in the same transaction."""
    journal.connection.execute(
        "CREATE TEMP TRIGGER trip BEFORE INSERT ON feedback_point "
        "BEGIN SELECT RAISE(ABORT, 'disk went away'); END"
    )
    with pytest.raises(ImportProblem, match="could not be imported: disk went away"):
        _import(journal, tmp_path, archive)
    assert _builtin_themes_only()


def test_an_archive_without_themes_keeps_the_builtin_ones(journal, tmp_path, archive):
    """Such a file once imported "successfully" and left the journal with no themes."""
    assert sum(_import(journal, tmp_path, {"format": "debrief", "version": 2}).values()) == 0
    assert _builtin_themes_only()


def test_an_archive_never_goes_into_a_journal_with_entries(journal, tmp_path, archive):
    save_interview(journal, {"company": "Mine", "role": "Dev", "date": "2026-01-01"})
    with pytest.raises(ImportProblem, match="can only be imported into an empty journal"):
        _import(journal, tmp_path, archive)
    assert [i.company for i in Interview.select()] == ["Mine"]


def test_an_archive_into_a_read_only_journal_says_so(journal_path, tmp_path, archive):
    open_journal(journal_path).close()
    reader = open_journal(journal_path, read_only=True)
    try:
        with pytest.raises(ImportProblem, match="could not be imported: this journal is read-only"):
            _import(reader, tmp_path, archive)
    finally:
        reader.close()


@pytest.mark.timeout(60)
def test_an_archive_while_another_program_writes_says_so(journal, tmp_path, archive):
    other = sqlite3.connect(journal.path, timeout=0)
    try:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(ImportProblem, match="another window or program was writing"):
            _import(journal, tmp_path, archive)
    finally:
        other.rollback()
        other.close()
    assert _builtin_themes_only()
    assert _import(journal, tmp_path, archive)["interviews"] == 2


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16"])
def test_an_archive_saved_with_a_bom_imports(journal, tmp_path, archive, codec):
    counts = _import(journal, tmp_path, json.dumps(archive).encode(codec))
    assert counts["interviews"] == 2


def test_an_old_version_one_export_still_imports(journal, tmp_path, archive):
    old = copy.deepcopy(archive)
    old["version"] = 1
    del old["applications"]
    for entry in old["interviews"]:
        for key in ("application", "round", "time", "format"):
            del entry[key]
    assert _import(journal, tmp_path, old)["interviews"] == 2


@pytest.mark.timeout(240)
def test_two_hundred_thousand_entries_import_in_bounded_time(journal, tmp_path, archive):
    """Measured: 200,000 interviews, 82 MB of JSON, about 30 s and 390 MB at the peak."""
    entry = {**archive["interviews"][1], "application": None, "told_at": None, "told_via": None}
    big = {**archive, "applications": [], "interviewers": [], "requests": [], "points": []}
    big["interviews"] = [{**entry, "id": i, "company": f"Company {i}"} for i in range(1, 200_001)]
    assert _import(journal, tmp_path, big)["interviews"] == 200_000


# -- Restoring a backup: the file given is never written ---------------------------------


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"plain text",
        gzip.compress(b"SQLite format 3\x00"),
        b"SQLite format 3\x00" + b"\x00" * 100,
    ],
    ids=["empty", "text", "gzip", "torn header"],
)
def test_a_backup_that_is_not_a_journal_is_refused_and_left_alone(journal, tmp_path, content):
    backup = tmp_path / "backup.sqlite3"
    backup.write_bytes(content)
    before_journal = journal.path.read_bytes()
    with pytest.raises(BackupError, match="Your journal is unchanged"):
        prepare_restore(journal.path, backup)
    _untouched(backup, content)
    assert journal.path.read_bytes() == before_journal
    assert not list(tmp_path.glob("*.restore"))


def test_another_programs_database_as_a_backup_is_left_alone(journal, tmp_path):
    backup = tmp_path / "app.db"
    before = _foreign_database(backup)
    with pytest.raises(BackupError, match="is not a Debrief journal"):
        prepare_restore(journal.path, backup)
    _untouched(backup, before)


@pytest.mark.timeout(60)
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_or_a_device_as_a_backup_is_refused_without_hanging(journal, tmp_path):
    pipe = tmp_path / "backup.sqlite3"
    os.mkfifo(pipe)
    for path in (pipe, Path("/dev/zero"), tmp_path):
        with pytest.raises(BackupError, match="Your journal is unchanged"):
            prepare_restore(journal.path, path)


# -- The command line ----------------------------------------------------------------------


def _journal_with_one(tmp_path: Path) -> Path:
    path = tmp_path / "j.sqlite3"
    mine = open_journal(path)
    save_interview(mine, {"company": "Mine", "role": "Dev", "date": "2026-01-01"})
    mine.close()
    return path


def _still_has_mine(path: Path) -> None:
    again = open_journal(path, read_only=True)
    try:
        with again.reading():
            assert [i.company for i in Interview.select()] == ["Mine"]
    finally:
        again.close()


@pytest.mark.parametrize("slip", ["", "-wal", "-shm"])
def test_the_calendar_never_replaces_the_journal(tmp_path, capsys, slip):
    """`--export-calendar` naming the journal once put a calendar where the journal was."""
    path = _journal_with_one(tmp_path)
    target = path.with_name(path.name + slip)
    assert main(["--db", str(path), "--export-calendar", str(target)]) == 2
    assert "no calendar was written" in capsys.readouterr().err
    _still_has_mine(path)


def test_the_calendar_never_replaces_another_database(tmp_path, capsys):
    path = _journal_with_one(tmp_path)
    other = tmp_path / "other.db"
    before = _foreign_database(other)
    assert main(["--db", str(path), "--export-calendar", str(other)]) == 2
    assert "is a journal or a database" in capsys.readouterr().err
    _untouched(other, before)


@pytest.mark.timeout(60)
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_the_calendar_never_replaces_a_pipe_or_a_folder(tmp_path, capsys):
    path = _journal_with_one(tmp_path)
    pipe = tmp_path / "cal.ics"
    os.mkfifo(pipe)
    for target in (pipe, tmp_path):
        assert main(["--db", str(path), "--export-calendar", str(target)]) == 2
        assert "is not an ordinary file" in capsys.readouterr().err
    assert pipe.is_fifo()


def test_the_calendar_leaves_a_running_windows_restore_copy_alone(tmp_path):
    """The command line holds no lock: it once removed the copy a window's restore checks."""
    path = _journal_with_one(tmp_path)
    copy_in_progress = tmp_path / f".{path.name}.abc123.restore"
    copy_in_progress.write_bytes(b"being checked")
    before = path.read_bytes()
    assert main(["--db", str(path), "--export-calendar", str(tmp_path / "cal.ics")]) == 0
    assert copy_in_progress.read_bytes() == b"being checked"
    _untouched(path, before)


def test_the_calendar_never_replaces_a_file_that_is_no_calendar(tmp_path, capsys):
    """`--export-calendar notes.txt` (a slip, or a tab completion one letter off) put a
    calendar in place of the user's notes or their JSON export, without a word."""
    path = _journal_with_one(tmp_path)
    notes = tmp_path / "notes.txt"
    notes.write_bytes(b"my own notes, not a calendar")
    export = tmp_path / "journal.json"
    reader = open_journal(path, read_only=True)
    export_json(reader, export)
    reader.close()
    for target in (notes, export):
        before = target.read_bytes()
        assert main(["--db", str(path), "--export-calendar", str(target)]) == 2
        assert "is not a calendar" in capsys.readouterr().err
        assert target.read_bytes() == before


def test_an_empty_calendar_name_is_refused_not_a_window(tmp_path, capsys):
    """An empty `--export-calendar` (a script's unset variable) opened the journal in a
    window, which a script run by cron or ssh waited on for ever."""
    path = _journal_with_one(tmp_path)
    assert main(["--db", str(path), "--export-calendar", ""]) == 2
    assert "no calendar was written" in capsys.readouterr().err


def test_the_calendar_still_goes_to_a_new_or_an_old_calendar_file(tmp_path):
    path = _journal_with_one(tmp_path)
    target = tmp_path / "cal.ics"
    assert main(["--db", str(path), "--export-calendar", str(target)]) == 0
    assert main(["--db", str(path), "--export-calendar", str(target)]) == 0
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")
    target.write_bytes(b"")  # made empty by the user for it
    assert main(["--db", str(path), "--export-calendar", str(target)]) == 0


@pytest.mark.timeout(60)
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_db_paths_that_are_not_journals_are_refused_and_left_alone(tmp_path, capsys):
    text = tmp_path / "notes.txt"
    text.write_bytes(b"my notes")
    packed = tmp_path / "packed.gz"
    packed.write_bytes(gzip.compress(b"SQLite format 3\x00"))
    foreign = tmp_path / "app.db"
    foreign_bytes = _foreign_database(foreign)
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    out = tmp_path / "cal.ics"
    for path, before in (
        (text, b"my notes"),
        (packed, packed.read_bytes()),
        (foreign, foreign_bytes),
    ):
        assert main(["--db", str(path), "--export-calendar", str(out)]) == 2
        assert "left untouched" in capsys.readouterr().err
        _untouched(path, before)
    for path in (pipe, tmp_path, Path("/dev/zero")):
        assert main(["--db", str(path), "--export-calendar", str(out)]) == 2
        assert "not an ordinary file" in capsys.readouterr().err
    assert not out.exists()


def test_a_journal_opened_on_a_pipe_or_device_is_refused(tmp_path):
    for path in (Path("/dev/zero"), tmp_path):
        with pytest.raises(JournalError, match="not an ordinary file"):
            open_journal(path)
