"""Deleted text leaves the file: the search index forgets it, and the log lets it go.

`secure_delete` zeroes the pages SQLite frees, but the full-text indexes keep a deleted
interview's trigrams (3-character fragments of its notes and of what was said) in older
index segments until they are merged, and the write-ahead log keeps old page images until
a checkpoint. (SQLite 3.42's FTS5 `secure-delete` option would do the first per row;
Debrief also runs on older SQLite.) Merging the index costs ~1 ms per 25 interviews with
long notes (0.43 s at 10,000), and only deletions pay it.
"""

from __future__ import annotations

import contextlib

from debrief.journal.store.journal import DATABASE_ERRORS, Journal

#: The full-text indexes: the interviews' own, and what was said (points, actions).
SEARCH_TABLES = ("interview_search", "point_search", "action_search")


def merge_search_index(journal: Journal, tables: tuple[str, ...] = SEARCH_TABLES) -> None:
    """Rewrite each search index as one segment without deleted rows; inside `writing()`."""
    for table in tables:
        journal.db.execute_sql(f"INSERT INTO {table}({table}) VALUES ('optimize')")


def empty_log(journal: Journal) -> None:
    """Copy the log into the file and empty it, after a committed deletion, so the old
    page images go too. Best effort: a reader on another thread may hold it for now,
    and SQLite's own checkpoints overwrite it soon after."""
    if journal.read_only or journal.closed:
        return
    with contextlib.suppress(*DATABASE_ERRORS):
        journal.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")


@contextlib.contextmanager
def forgetting(journal: Journal, tables: tuple[str, ...] = SEARCH_TABLES):
    """`writing()` for a deletion: the indexes of `tables` (those the deletion reaches;
    each merge costs time in proportion to its index) are merged before the commit, and
    the log emptied after it."""
    with journal.writing():
        yield journal
        merge_search_index(journal, tables)
    empty_log(journal)
