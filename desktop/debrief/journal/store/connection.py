"""Peewee's database over one journal file: pragmas, read-only opening, and the change log.

Peewee keeps one connection per thread. The window's thread opens its connection when the
journal opens; a worker thread gets its own the first time it runs an operation, set up
the same way, and closes it when done (`Journal.release_thread`).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from peewee import SqliteDatabase

from debrief.journal.store import changes
from debrief.journal.store.identity import read_only_params, uri

BUSY_TIMEOUT_MS = 2000


class JournalDatabase(SqliteDatabase):
    """SQLite as a journal needs it: foreign keys on, a 2 s busy wait, WAL, and freed pages
    zeroed (a deleted note leaves no fragments in the file). Read-only journals are opened
    through a URI that cannot write."""

    def __init__(self, path: Path, read_only: bool) -> None:
        pragmas = [("foreign_keys", 1), ("busy_timeout", BUSY_TIMEOUT_MS)]
        if read_only:
            target, params = uri(path, **read_only_params(path)), {"uri": True}
        else:
            target, params = str(path), {}
            pragmas += [("journal_mode", "wal"), ("synchronous", "normal"), ("secure_delete", 1)]
        super().__init__(
            target, pragmas=pragmas, timeout=BUSY_TIMEOUT_MS / 1000, autoconnect=False, **params
        )
        self.read_only = read_only

    def _initialize_connection(self, conn: sqlite3.Connection) -> None:
        """Peewee's hook for a newly opened connection (its pragmas are already set). A file
        still to be made gets its change log once its tables exist (`Journal` sees to it)."""
        if not self.read_only and changes.has_tables(conn):
            changes.watch(conn)
