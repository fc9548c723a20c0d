"""What the user deletes leaves the file: no 3-character fragment of a deleted interview's
text stays in the search index, in freed pages or in the log."""

from __future__ import annotations

from pathlib import Path

from debrief.journal.records.interviews import delete_interview, save_interview
from debrief.journal.records.listings import count_interviews
from debrief.journal.store.journal import open_journal
from tests.conftest import add_interviews

SECRET = "qzxjvkwqpfyb"  # letters no other text in the file puts side by side


def _fragments(text: str) -> set[bytes]:
    return {text[i : i + 3].encode() for i in range(len(text) - 2)}


def _found(path: Path, fragments: set[bytes]) -> set[bytes]:
    data = b"".join(
        p.read_bytes() for p in (path, path.with_name(path.name + "-wal")) if p.exists()
    )
    return {f for f in fragments if f in data}


def test_a_deleted_interview_leaves_no_fragment_of_its_text(journal_path):
    journal = open_journal(journal_path)
    add_interviews(journal, 40, notes="Asked about the system design round and the feedback.")
    secret = save_interview(
        journal,
        {"company": f"Co {SECRET}", "role": "Engineer", "date": "2026-03-02", "notes": SECRET},
    )
    add_interviews(journal, 40, notes="More interviews written after it.")
    journal.close()
    assert _found(journal_path, _fragments(SECRET)) == _fragments(SECRET)  # the test can see

    journal = open_journal(journal_path)
    delete_interview(journal, secret)
    assert _found(journal_path, _fragments(SECRET)) == set()  # at once, the window still open
    assert count_interviews(journal) == 80
    assert count_interviews(journal, "system design") == 40  # the index still finds the rest
    journal.close()
    assert _found(journal_path, _fragments(SECRET)) == set()


def test_what_was_said_in_a_deleted_interview_leaves_the_search_indexes_too(journal_path):
    from debrief.journal.store.models import Action, FeedbackPoint

    journal = open_journal(journal_path)
    add_interviews(journal, 40, notes="Asked about the system design round and the feedback.")
    secret = save_interview(journal, {"company": "Co", "role": "R", "date": "2026-03-02"})
    with journal.writing():
        FeedbackPoint.create(interview=secret, words=SECRET, clarify_example="x" + SECRET)
    journal.close()
    assert _found(journal_path, _fragments(SECRET)) == _fragments(SECRET)

    journal = open_journal(journal_path)
    delete_interview(journal, secret)
    assert _found(journal_path, _fragments(SECRET)) == set()
    with journal.reading():
        assert Action.select().count() == 0
    journal.close()
