"""The models' database: the journal whose operation is running on this thread.

Peewee models are classes, so they name one database; Debrief may have two journals open
(switching files, restoring a backup) and a worker thread beside the window. Each journal
operation therefore binds the models for its own duration, on its own thread:
`with journal.reading():` (or `writing()`), and the binding is gone when it ends. Nothing
outside an operation can reach a journal through the models.
"""

from __future__ import annotations

import threading

from peewee import Database, DatabaseProxy


class ThreadBoundDatabase(DatabaseProxy):
    """A peewee `DatabaseProxy` whose target is set per thread, not for the process."""

    def __init__(self) -> None:
        object.__setattr__(self, "_local", threading.local())
        super().__init__()

    @property
    def obj(self) -> Database | None:  # peewee's proxy reads its target through `obj`
        return getattr(self._local, "database", None)

    @obj.setter
    def obj(self, database: Database | None) -> None:
        self._local.database = database


#: What every model's `Meta.database` names.
models_database = ThreadBoundDatabase()
