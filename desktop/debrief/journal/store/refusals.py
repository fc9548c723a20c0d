"""Why a write was refused: bad input, or a journal that cannot take the write right now."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import NamedTuple

from debrief.journal.store.journal import database_errors


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


class WriteFailed(Refused):
    """The journal could not take the write: busy, full, read-only or failing."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__([Problem("journal", code)])
        self.code = code
        self.detail = detail


def _code(exc: Exception) -> str:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return "busy"
    if "full" in text:
        return "disk_full"
    if "readonly" in text or "read-only" in text:
        return "read_only"
    return "write_failed"


@contextmanager
def writing() -> Iterator[None]:
    """One transaction; any database failure rolls it back and becomes WriteFailed."""
    from debrief.journal.store.models import db_proxy  # whoever writes has loaded the models

    try:
        with db_proxy.atomic():
            yield
    except database_errors() as exc:
        raise WriteFailed(_code(exc), str(exc)) from exc
