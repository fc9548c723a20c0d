"""What a crash leaves half made (a restore's checked copy, a backup being written) is a
full private copy of the journal: the next open removes it, and nothing else."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap

from debrief.journal.records.interviews import save_interview
from debrief.journal.store.files.backups import backup_now, list_backups
from debrief.journal.store.journal import open_journal

# A child that stops, as if killed, in the middle of a restore or of a backup.
_CRASH = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from debrief.journal.store.files import atomic_file
    from debrief.journal.store.files.backups import prepare_restore

    journal, backup = Path(sys.argv[1]), Path(sys.argv[2])
    if sys.argv[3] == "restore":
        prepare_restore(journal, backup)  # checked, not yet put in place
    else:
        target = backup.with_name("debrief-20990101-000000.sqlite3")
        with atomic_file.atomic_path(target) as temp:
            temp.write_bytes(backup.read_bytes()[:8192])  # half a backup
            print("crash now", flush=True)
            time.sleep(60)
    print("crash now", flush=True)
    time.sleep(60)
    """
)


def _crash_during(step: str, journal_path, backup) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", _CRASH, str(journal_path), str(backup), step],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout.readline() == "crash now\n"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()


def _names(folder) -> set[str]:
    return {p.name for p in folder.iterdir()}


def test_the_next_open_removes_what_a_crash_left(journal, journal_path):
    save_interview(journal, {"company": "Acme", "role": "Dev", "date": "2026-03-02"})
    backup = backup_now(journal)
    journal.close()
    folder, backups = journal_path.parent, backup.parent
    keep = [folder / "notes.restore", folder / ".other.sqlite3.x.restore", backups / "plan.part"]
    for path in keep:
        path.write_text("someone else's file")
    before = _names(folder), _names(backups)

    _crash_during("restore", journal_path, backup)
    _crash_during("backup", journal_path, backup)
    left = (_names(folder) - before[0]) | (_names(backups) - before[1])
    assert len(left) == 2 and all(n.endswith((".restore", ".part")) for n in left), left

    open_journal(journal_path).close()
    assert (_names(folder), _names(backups)) == before
    assert [b.path for b in list_backups(journal_path)] == [backup]
    assert all(path.read_text() == "someone else's file" for path in keep)


def test_a_read_only_window_leaves_them_to_the_writer(journal, journal_path):
    backup = backup_now(journal)
    journal.close()
    _crash_during("restore", journal_path, backup)
    leftover = [n for n in _names(journal_path.parent) if n.endswith(".restore")]
    open_journal(journal_path, read_only=True).close()
    assert [n for n in _names(journal_path.parent) if n.endswith(".restore")] == leftover
