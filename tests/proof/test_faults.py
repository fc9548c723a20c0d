"""Journal-level faults: read-only files, a full disk, another process holding the lock."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest

from debrief.journal.portability.csv_import import apply_import, guess_mapping, preview_import
from debrief.journal.portability.csv_table import ImportProblem, read_csv
from debrief.journal.records.interviews import (
    delete_interview,
    get_interview,
    save_interview,
    update_field,
)
from debrief.journal.records.listings import count_interviews, list_interviews
from debrief.journal.store import journal as database
from debrief.journal.store.connection import BUSY_TIMEOUT_MS
from debrief.journal.store.errors import READ_ONLY_NOTICE
from debrief.journal.store.journal import open_journal
from debrief.journal.store.models import Interview
from debrief.journal.store.refusals import Problem, WriteFailed
from tests.conftest import add_interviews

INTERVIEW = {"company": "Acme", "role": "Engineer", "date": "2026-03-02"}
PEOPLE = [{"name": "Dana Reyes", "title": "Engineering manager"}]
BIG_NOTE = "I was asked to design a rate limiter and talked too long about caching. " * 3000


def _counts(db) -> tuple[int, int]:
    """(interviews, interviewers) straight from SQL, to prove nothing half-landed."""
    sql = "SELECT (SELECT COUNT(*) FROM interview), (SELECT COUNT(*) FROM interviewer)"
    return tuple(db.execute_sql(sql).fetchone())


def _integrity(db) -> str:
    return db.execute_sql("PRAGMA integrity_check").fetchone()[0]


# ---- read-only journals -------------------------------------------------------------


def _deny_writes(monkeypatch, *denied: Path) -> None:
    """Make os.access say `denied` paths cannot be written: chmod does not stop root."""
    real_access = os.access
    names = {str(p) for p in denied}

    def access(path, mode, *args, **kwargs):
        if mode & os.W_OK and str(path) in names:
            return False
        return real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(database.os, "access", access)


@pytest.mark.parametrize("unwritable", ["file", "folder"])
def test_unwritable_journal_opens_read_only_and_refuses_writes(
    journal_path, monkeypatch, unwritable
):
    first = open_journal(journal_path)
    kept = save_interview(first, INTERVIEW, PEOPLE)
    first.close()
    before = journal_path.read_bytes()
    denied = [journal_path] + ([journal_path.parent] if unwritable == "folder" else [])
    _deny_writes(monkeypatch, *denied)

    journal = open_journal(journal_path)
    try:
        with journal.reading():
            assert journal.read_only
            assert journal.notice == READ_ONLY_NOTICE
            assert get_interview(journal, kept)["interviewers"][0]["name"] == "Dana Reyes"
            writes = [
                lambda: save_interview(journal, INTERVIEW, PEOPLE),
                lambda: update_field(journal, kept, "company", "Renamed"),
                lambda: delete_interview(journal, kept),
            ]
            for write in writes:
                with pytest.raises(WriteFailed) as refused:
                    write()
                assert refused.value.code == "read_only"
                assert refused.value.problems == [Problem("journal", "read_only")]
            assert [row[2] for row in list_interviews(journal)] == ["Acme"]
    finally:
        journal.close()
    assert journal_path.read_bytes() == before


def _leave_wal_behind(path: Path, companies: list[str]) -> None:
    """Commit interviews in a child that dies without closing: they stay in the -wal file."""
    script = (
        "import os, sys\n"
        "from debrief.journal.store.journal import open_journal\n"
        "from debrief.journal.records.interviews import save_interview\n"
        "journal = open_journal(sys.argv[1])\n"
        "for name in sys.argv[2:]:\n"
        "    save_interview(journal, {'company': name, 'role': 'Engineer', 'date': '2026-03-02'})\n"
        "os.kill(os.getpid(), 9)\n"
    )
    child = subprocess.run([sys.executable, "-c", script, str(path), *companies], check=False)
    assert child.returncode == -signal.SIGKILL
    assert path.with_name(path.name + "-wal").stat().st_size > 0


def test_read_only_folder_still_shows_interviews_committed_before_a_crash(
    journal_path, monkeypatch
):
    open_journal(journal_path).close()
    _leave_wal_behind(journal_path, ["Acme", "Globex"])
    _deny_writes(monkeypatch, journal_path, journal_path.parent)
    journal = open_journal(journal_path)
    try:
        with journal.reading():
            assert journal.read_only
            assert count_interviews(journal) == 2
    finally:
        journal.close()


# ---- the same with real permissions, as an unprivileged user ---------------------------

_OPEN_AND_TRY = """
import json, sys
from debrief.journal.store.journal import JournalError, open_journal
from debrief.journal.records.interviews import save_interview
from debrief.journal.records.listings import list_interviews
from debrief.journal.store.refusals import WriteFailed
try:
    journal = open_journal(sys.argv[1])
except JournalError as exc:
    print(json.dumps({"error": str(exc)}))
    sys.exit()
out = {"read_only": journal.read_only, "notice": journal.notice,
       "companies": [row[2] for row in list_interviews(journal)]}
try:
    save_interview(journal, {"company": "New", "role": "Engineer", "date": "2026-03-03"})
    out["write"] = "saved"
except WriteFailed as exc:
    out["write"] = exc.code
print(json.dumps(out))
"""


def _unprivileged() -> list[str]:
    """The command prefix that runs Python as a user chmod applies to, or skip."""
    if os.geteuid() != 0:
        return [sys.executable]
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root, which chmod cannot stop, and setpriv is not available")
    command = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable]
    probe = subprocess.run([*command, "-c", "import debrief.journal.store.journal"], check=False)
    if probe.returncode != 0:
        pytest.skip("running as root, and user nobody cannot import debrief from this venv")
    return command


@pytest.fixture
def shared_folder():
    """A folder other users can enter (pytest's tmp_path is private to its owner)."""
    folder = Path(tempfile.mkdtemp(prefix="debrief-ro-"))
    folder.chmod(0o755)
    yield folder
    folder.chmod(0o755)
    shutil.rmtree(folder)


def _open_as_user(path: Path) -> dict:
    command = [*_unprivileged(), "-c", _OPEN_AND_TRY, str(path)]
    child = subprocess.run(command, capture_output=True, text=True, check=False)
    assert child.returncode == 0, child.stderr
    return json.loads(child.stdout)


def _journal_with(path: Path, company: str) -> None:
    journal = open_journal(path)
    save_interview(journal, {**INTERVIEW, "company": company})
    journal.close()


def test_chmod_0444_journal_opens_read_only(shared_folder):
    path = shared_folder / "journal.sqlite3"
    _journal_with(path, "Acme")
    path.chmod(0o444)
    shared_folder.chmod(0o777)  # the folder stays writable: only the file is locked
    seen = _open_as_user(path)
    assert seen == {
        "read_only": True,
        "notice": READ_ONLY_NOTICE,
        "companies": ["Acme"],
        "write": "read_only",
    }


def test_journal_in_read_only_folder_opens_read_only(shared_folder):
    path = shared_folder / "journal.sqlite3"
    _journal_with(path, "Acme")
    path.chmod(0o444)
    shared_folder.chmod(0o555)
    seen = _open_as_user(path)
    assert seen.get("error") is None, seen["error"]
    assert seen["read_only"] and seen["companies"] == ["Acme"] and seen["write"] == "read_only"


# ---- a full disk --------------------------------------------------------------------


def _cap_file(db) -> None:
    """Let the file grow by one page at most: SQLite then answers SQLITE_FULL."""
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {pages + 1}")


def _lift_cap(db) -> None:
    db.execute_sql("PRAGMA max_page_count = 4294967294")


def test_disk_full_during_a_save_rolls_back_and_keeps_the_file(journal):
    add_interviews(journal, 20)
    before = _counts(journal.db)
    _cap_file(journal.db)
    fields = {**INTERVIEW, "notes": BIG_NOTE}
    with pytest.raises(WriteFailed) as refused:
        save_interview(journal, fields, PEOPLE)
    assert refused.value.code == "disk_full"
    assert _counts(journal.db) == before
    assert _integrity(journal.db) == "ok"

    _lift_cap(journal.db)
    saved = save_interview(journal, fields, PEOPLE)
    assert get_interview(journal, saved)["notes"] == BIG_NOTE
    assert _counts(journal.db) == (before[0] + 1, before[1] + 1)


def _count_batches(monkeypatch) -> list[int]:
    """Record each insert batch an import starts, changing nothing else."""
    started: list[int] = []
    real_insert_many = Interview.insert_many.__func__

    def insert_many(cls, rows, *args, **kwargs):
        started.append(len(rows))
        return real_insert_many(cls, rows, *args, **kwargs)

    monkeypatch.setattr(Interview, "insert_many", classmethod(insert_many))
    return started


def test_disk_full_in_the_middle_of_an_import_adds_nothing(journal, monkeypatch):
    rows = [f"Company {i},Dev,2026-01-{i % 28 + 1:02d},{'note ' * 40}" for i in range(1200)]
    table = read_csv("\n".join(["Company,Role,Date,Notes", *rows]).encode())
    plan = preview_import(journal, table, guess_mapping(table.headers))
    pages = journal.db.execute_sql("PRAGMA page_count").fetchone()[0]
    # Room for roughly the first batch of 500 rows, not for all 1,200.
    journal.db.execute_sql(f"PRAGMA max_page_count = {pages + 150}")
    batches = _count_batches(monkeypatch)
    with pytest.raises(ImportProblem):
        apply_import(journal, plan)
    assert len(batches) >= 2, "the disk must fill after a batch went in, not before"
    assert _counts(journal.db) == (0, 0)
    assert _integrity(journal.db) == "ok"

    _lift_cap(journal.db)
    assert apply_import(journal, plan).imported == 1200
    assert count_interviews(journal) == 1200


# ---- another process holding the write lock -----------------------------------------

_HOLD_LOCK = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN IMMEDIATE")
con.execute("INSERT INTO interview (company, role, stage, date, notes, link, outcome, "
            "created_at, updated_at) VALUES ('Held', 'Lock', 'screen', '2026-01-01', '', '', "
            "'pending', '2026-01-01', '2026-01-01')")
print("locked", flush=True)
sys.stdin.readline()
con.execute("ROLLBACK")
print("released", flush=True)
"""


@pytest.fixture
def lock_holder(journal_path):
    """A second process inside a write transaction on the journal until told to stop."""
    child = subprocess.Popen(
        [sys.executable, "-c", _HOLD_LOCK, str(journal_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout.readline() == "locked\n"

    def release() -> None:
        if child.poll() is None and not child.stdin.closed:
            child.stdin.write("go\n")
            child.stdin.flush()

    yield release
    release()
    child.communicate(timeout=30)


def test_save_while_another_process_writes_says_busy_then_works(journal, lock_holder):
    assert journal.db.execute_sql("PRAGMA busy_timeout").fetchone()[0] == BUSY_TIMEOUT_MS
    before = _counts(journal.db)
    with pytest.raises(WriteFailed) as refused:
        save_interview(journal, INTERVIEW, PEOPLE)
    assert refused.value.code == "busy"
    assert _counts(journal.db) == before

    lock_holder()
    saved = save_interview(journal, INTERVIEW, PEOPLE)
    assert get_interview(journal, saved)["interviewers"][0]["name"] == "Dana Reyes"
    assert _counts(journal.db) == (before[0] + 1, before[1] + 1)
    assert "Held" not in [row[2] for row in list_interviews(journal)]


def test_save_waits_for_a_short_lock_instead_of_failing(journal, lock_holder):
    # The other process lets go well inside the busy timeout: the save must wait for it
    # rather than refuse. (The release is timed; the assertion is not.)
    release = threading.Timer(BUSY_TIMEOUT_MS / 1000 / 5, lock_holder)
    release.start()
    try:
        saved = save_interview(journal, INTERVIEW, PEOPLE)
    finally:
        release.join()
    assert get_interview(journal, saved)["company"] == "Acme"
