"""Killing the app mid-write never damages the journal or loses a committed interview.

A child process (crash_writer.py) writes debriefed interviews, one transaction each, and
prints each id after its commit returns; the test kills it with SIGKILL at a random
moment, 20 times over the same file, which therefore carries every earlier crash forward.

The journal runs in WAL mode with synchronous=NORMAL: a commit is durable once it returns
as far as a *process* crash goes (the WAL is in the OS page cache, which survives the
process), which is what SIGKILL tests. It is not durable against power loss or an OS
crash: the last commits before the WAL is synced may be lost then (the file stays intact).
"""

from __future__ import annotations

import math
import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from debrief.journal.records.listings import count_interviews
from debrief.journal.store.journal import open_journal

WRITER = Path(__file__).with_name("crash_writer.py")
KILLS = 20
INTERVIEWS_PER_CHILD = 1000
JITTER_S = 0.02  # about four transactions on this machine
SEED = int(os.environ.get("DEBRIEF_CRASH_SEED", "20260306"))

#: Interviews that lack any part of what their transaction wrote: must always be empty.
INCOMPLETE = """
    SELECT i.id FROM interview i
    LEFT JOIN (SELECT interview_id, COUNT(*) AS n FROM interviewer GROUP BY interview_id) v
        ON v.interview_id = i.id
    LEFT JOIN (SELECT interview_id, COUNT(*) AS n FROM feedback_request GROUP BY interview_id) r
        ON r.interview_id = i.id
    LEFT JOIN (SELECT interview_id, COUNT(*) AS n FROM feedback_point
               WHERE request_id IS NOT NULL GROUP BY interview_id) p
        ON p.interview_id = i.id
    WHERE i.company LIKE 'Crash Co %'
      AND (v.n IS NOT 1 OR r.n IS NOT 1 OR p.n IS NOT 3 OR i.debrief_step IS NOT 'listen')
"""


def _kill_point(rng: random.Random) -> int:
    """How many reported ids to wait for: log-uniform over 1..999.

    Most kills land early (cheap), some land late in the child's run, so kills hit fresh
    WALs, automatic checkpoints and long-running writers alike within the time budget.
    """
    return min(INTERVIEWS_PER_CHILD - 1, int(math.exp(rng.uniform(0, math.log(999)))))


def _run_and_kill(path: Path, after: int, jitter: float) -> tuple[list[int], int]:
    """Start a writer, SIGKILL it `jitter` s after its `after`-th id; every id it reported, rc.

    Killing straight after reading an id lands almost always at the start of the next
    transaction; the random delay (up to a few transactions long) spreads the kills over
    every statement of it, the commit included. It is the stimulus here, not a wait.
    """
    child = subprocess.Popen(
        [sys.executable, str(WRITER), str(path), str(INTERVIEWS_PER_CHILD)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    reported: list[int] = []
    try:
        while len(reported) < after:
            line = child.stdout.readline()
            if not line:
                break  # the child ended early: its stderr says why
            reported.append(int(line))
        try:
            child.wait(timeout=jitter)
        except subprocess.TimeoutExpired:
            pass
        child.send_signal(signal.SIGKILL)
        rest, errors = child.communicate()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert len(reported) == after, f"writer stopped after {len(reported)} ids:\n{errors}"
    # Lines already in the pipe were printed after their commit too: they count.
    reported += [int(line) for line in rest.splitlines(keepends=True) if line.endswith("\n")]
    return reported, child.returncode


def _check_file(path: Path, reported: set[int]) -> None:
    """The file as SQLite itself sees it after the crash, before Debrief touches it."""
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        # The search index is kept by triggers in the same transactions: it must match too.
        con.execute("INSERT INTO interview_search(interview_search) VALUES ('integrity-check')")
        present = {row[0] for row in con.execute("SELECT id FROM interview")}
        incomplete = [row[0] for row in con.execute(INCOMPLETE)]
    finally:
        con.close()
    assert reported - present == set(), "committed interviews lost"
    assert incomplete == [], "half-written interviews"


def test_sigkill_never_loses_a_committed_interview(tmp_path):
    path = tmp_path / "journal.sqlite3"
    rng = random.Random(SEED)
    reported: set[int] = set()
    kills: list[int] = []
    for kill in range(KILLS):
        after = _kill_point(rng)
        ids, returncode = _run_and_kill(path, after, rng.uniform(0, JITTER_S))
        # Killed mid-run, not finished: otherwise this round would prove nothing.
        assert returncode == -signal.SIGKILL, f"seed {SEED}, kill {kill}: rc {returncode}"
        reported |= set(ids)
        _check_file(path, reported)
        journal = open_journal(path)  # what the app does on its next start
        try:
            assert not journal.read_only
            assert count_interviews(journal) >= len(reported)
        finally:
            journal.close()
        kills.append(len(ids))
    # Shown with `pytest -s`: how many committed ids each kill interrupted after.
    print(f"seed {SEED}: {KILLS} kills after {kills} reported ids; {len(reported)} kept")
