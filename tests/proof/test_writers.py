"""Two processes writing one journal: the second waits for the first (up to the busy
timeout) whatever its write reads first, then says the journal is busy."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from debrief.journal.records.interviews import delete_interview, save_interview, update_field
from debrief.journal.records.listings import count_interviews
from debrief.journal.store.connection import BUSY_TIMEOUT_MS
from debrief.journal.store.models import Interview
from debrief.journal.store.refusals import WriteFailed
from tests.conftest import add_interviews

# Another Debrief process: it writes inside journal.writing() and holds the transaction
# open for argv[2] seconds before it commits.
_OTHER_WRITER = """
import sys, time
from debrief.journal.records.interviews import save_interview
from debrief.journal.store.journal import open_journal
journal = open_journal(sys.argv[1])
with journal.writing():
    save_interview(journal, {"company": "Other", "role": "Dev", "date": "2026-02-02"})
    print("writing", flush=True)
    time.sleep(float(sys.argv[2]))
journal.close()
"""
HOLD_S = 0.6


def _other_writer(path, hold: float) -> subprocess.Popen:
    child = subprocess.Popen(
        [sys.executable, "-c", _OTHER_WRITER, str(path), str(hold)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout.readline() == "writing\n"
    return child


def _read_then_write(journal, interview_id: int) -> None:
    """A write that reads before it writes, as the search index and most edits do."""
    with journal.writing():
        assert Interview.select().count() >= 1
        Interview.update(notes="read first").where(Interview.id == interview_id).execute()


WRITES = {
    "new interview": lambda j, i: save_interview(
        j, {"company": "Mine", "role": "Dev", "date": "2026-03-03", "notes": "asked for detail"}
    ),
    "edited field": lambda j, i: update_field(j, i, "notes", "followed up on the feedback"),
    "edited interview": lambda j, i: save_interview(
        j, {"company": "Renamed", "role": "Dev", "date": "2026-03-03"}, interview_id=i
    ),
    "deleted interview": lambda j, i: delete_interview(j, i),
    "read, then write": _read_then_write,
}


@pytest.mark.parametrize("write", WRITES)
def test_a_write_waits_for_another_process_to_finish(journal, journal_path, write):
    (mine,) = add_interviews(journal, 1)
    other = _other_writer(journal_path, HOLD_S)
    started = time.monotonic()
    try:
        WRITES[write](journal, mine)
    finally:
        other.communicate(timeout=30)
    assert time.monotonic() - started < BUSY_TIMEOUT_MS / 1000 + 1
    assert other.returncode == 0
    expected = {"new interview": 3, "deleted interview": 1}.get(write, 2)  # "Other" is one
    assert count_interviews(journal) == expected


@pytest.mark.parametrize("write", ["new interview", "read, then write"])
def test_a_write_gives_up_as_busy_only_after_the_busy_timeout(journal, journal_path, write):
    (mine,) = add_interviews(journal, 1)
    other = _other_writer(journal_path, BUSY_TIMEOUT_MS / 1000 * 1.5)
    started = time.monotonic()
    try:
        with pytest.raises(WriteFailed) as refused:
            WRITES[write](journal, mine)
        waited = time.monotonic() - started
    finally:
        other.communicate(timeout=30)
    assert refused.value.code == "busy"
    assert waited >= BUSY_TIMEOUT_MS / 1000 * 0.9, f"gave up after {waited:.2f} s"
