"""Why a write was refused: bad input, or a journal that cannot take the write right now."""

from __future__ import annotations

from typing import NamedTuple


class Problem(NamedTuple):
    """One reason a write was refused: which field, and a code the UI turns into words.

    A NamedTuple rather than a frozen dataclass: a dataclass compiles its methods when
    the module loads (0.4 ms), and this one loads with the first window."""

    field: str
    code: str


class Refused(ValueError):
    """Nothing was written; `problems` says why. The caller keeps what the user typed."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(", ".join(f"{p.field}: {p.code}" for p in problems))


class InvalidInput(Refused):
    """A field is empty, absurd or of the wrong kind."""


#: The cause of a refused write in plain words, for messages that name it (an import's).
CAUSES = {
    "read_only": "this journal is read-only",
    "busy": "another window or program was writing to the journal; try again in a moment",
    "disk_full": "the disk is full",
}


class WriteFailed(Refused):
    """The journal could not take the write: busy, full, read-only or failing."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__([Problem("journal", code)])
        self.code = code
        self.detail = detail

    @property
    def cause(self) -> str:
        """Why, in words a message can end with: SQLite's own ("database is locked") only
        when there are none plainer."""
        return CAUSES.get(self.code) or self.detail or self.code


def _code(exc: Exception) -> str:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return "busy"
    if "full" in text:
        return "disk_full"
    if "readonly" in text or "read-only" in text:
        return "read_only"
    return "write_failed"


def write_failure(exc: BaseException) -> WriteFailed:
    """The refusal for a failed write, named after its first cause.

    When SQLite gives up a transaction by itself (a full disk), peewee's rollback then
    fails with "cannot rollback - no transaction is active"; that second error hides the
    first, which is the one worth telling the user about.
    """
    first = exc
    while first.__context__ is not None and "no transaction is active" in str(first):
        first = first.__context__
    return WriteFailed(_code(first), str(first))
