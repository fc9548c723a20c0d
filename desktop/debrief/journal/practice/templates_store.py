"""The message templates, shipped or edited: the user's copy in the data folder wins.

Each message (the request, the thank-you, the follow-up...) is one text file shipped in
`resources/templates/`. A user who edits one gets a private copy in their data folder,
written whole or not at all; drafts use it from then on, and "Restore default" deletes it
so the shipped text is used again. A copy that cannot be used (unreadable, empty, or with
a placeholder Debrief does not know) never stops a draft: the shipped text is used and the
problem is reported as a code the window turns into kind words.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from debrief.identity import resource_path
from debrief.journal.marking import N_
from debrief.journal.store.files.atomic_file import PRIVATE_FILE, private_folder, write_atomic

TEMPLATES = (
    "ask_email",
    "ask_call_script",
    "ask_linkedin",
    "ask_voicemail",
    "thank_email",
    "thank_call_script",
    "thank_anyway_email",
    "follow_up_email",
    "ask_email_agency",
    "ask_call_script_agency",
    "ask_linkedin_agency",
    "ask_voicemail_agency",
    "thank_email_agency",
    "follow_up_email_agency",
)

#: Every placeholder a template may hold, and what it stands for (English, for tr()).
#: Marked with N_() so lupdate files them: unmarked, the template window listed them in
#: English under a German title.
PLACEHOLDERS: dict[str, str] = {
    "interviewer_name": N_("the person you write to"),
    "role": N_("the role"),
    "company": N_("the company"),
    "interview_date": N_("the interview's date"),
    "interview_when": N_("“on 3 March 2026”, or “recently”"),
    "user_name": N_("your name"),
    "sign_off": N_("your signature, or “Best regards,” and your name"),
    "their_point": N_("one thing they said"),
    "coming_up": N_("a sentence saying you have another interview soon, when one is coming up"),
}
PLACEHOLDER = re.compile(r"\{(\w+)\}")
MAX_CHARS = 20_000  # a template is a message: a bigger file is not one
#: The most bytes read of a copy: MAX_CHARS characters of UTF-8 at most take this many.
MAX_BYTES = 4 * MAX_CHARS


class TemplateProblem(StrEnum):
    """Why the user's copy was not used; the window says it in words."""

    UNREADABLE = "unreadable"
    EMPTY = "empty"
    UNKNOWN_PLACEHOLDER = "unknown_placeholder"
    TOO_LONG = "too_long"


@dataclass(frozen=True)
class Loaded:
    """A template's text, whether it is the user's copy, and why a copy was set aside."""

    text: str
    edited: bool = False
    problem: TemplateProblem | None = None
    unknown: tuple[str, ...] = field(default=())  # the placeholders not understood


_folder: Path | None = None


def use_folder(folder: Path | str | None) -> None:
    """Keep edited templates in `folder` (None: the user's data folder). Tests and the app
    say where, so nothing reads a real user's copies by accident."""
    global _folder
    _folder = Path(folder) if folder is not None else None


def folder() -> Path:
    """Where the edited copies live: `templates` in the user's data folder."""
    if _folder is not None:
        return _folder
    import platformdirs  # only when a template is drafted

    return Path(platformdirs.user_data_dir("debrief", appauthor=False)) / "templates"


def _check_name(name: str) -> None:
    if name not in TEMPLATES:
        raise ValueError(f"unknown template {name!r}; expected one of {TEMPLATES}")


def copy_path(name: str) -> Path:
    """Where the user's copy of template `name` is (or would be) kept."""
    _check_name(name)
    return folder() / f"{name}.txt"


def shipped_text(name: str) -> str:
    """The text Debrief ships for template `name`."""
    _check_name(name)
    return resource_path("templates", f"{name}.txt").read_text(encoding="utf-8")


def unknown_placeholders(text: str) -> list[str]:
    """The {placeholders} in `text` that no draft fills, each once, in order."""
    found = [m.group(1) for m in PLACEHOLDER.finditer(text)]
    return list(dict.fromkeys(name for name in found if name not in PLACEHOLDERS))


def problem_of(text: str) -> tuple[TemplateProblem | None, tuple[str, ...]]:
    """What would stop `text` from being used as a template, or (None, ())."""
    if not text.strip():
        return TemplateProblem.EMPTY, ()
    if len(text) > MAX_CHARS:
        return TemplateProblem.TOO_LONG, ()
    unknown = tuple(unknown_placeholders(text))
    if unknown:
        return TemplateProblem.UNKNOWN_PLACEHOLDER, unknown
    return None, ()


def is_edited(name: str) -> bool:
    """Whether the user has a copy of template `name` (usable or not)."""
    return copy_path(name).exists()


def load(name: str) -> Loaded:
    """The text drafts use: the user's copy when it is usable, else the shipped one."""
    path = copy_path(name)
    if not path.exists():
        return Loaded(shipped_text(name))
    try:
        text = _read_copy(path)
    except (OSError, UnicodeDecodeError):
        return Loaded(shipped_text(name), problem=TemplateProblem.UNREADABLE)
    problem, unknown = problem_of(text)
    if problem is not None:
        return Loaded(shipped_text(name), problem=problem, unknown=unknown)
    return Loaded(text, edited=True)


def _read_copy(path: Path) -> str:
    """The user's copy, read only if it is a regular file, and never more than MAX_BYTES
    of it: a pipe put in its place froze the window waiting for a writer, and a link to
    /dev/zero filled the memory. A longer copy comes back cut, still too long to use."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))  # a pipe: no wait
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not an ordinary file", str(path))
        data = fh.read(MAX_BYTES + 1)
    return data.decode("utf-8", "replace" if len(data) > MAX_BYTES else "strict")


def own_text(name: str) -> str:
    """What the editor opens: the user's copy as written (even a broken one, to mend), or
    the shipped text when there is no readable copy."""
    try:
        return _read_copy(copy_path(name))
    except (OSError, UnicodeDecodeError):
        return shipped_text(name)


def save(name: str, text: str) -> Path:
    """Keep `text` as the user's copy of template `name`, privately and whole.

    Raises ValueError (with the TemplateProblem as its argument) for text that cannot be a
    template; the copy already there stays as it was. Saving the shipped text unchanged
    removes the copy instead, so later versions of Debrief can improve it.
    """
    problem, _ = problem_of(text)
    if problem is not None:
        raise ValueError(problem)
    if text == shipped_text(name):
        restore(name)
        return copy_path(name)
    path = copy_path(name)
    private_folder(path.parent)
    write_atomic(path, text.encode("utf-8"))
    path.chmod(PRIVATE_FILE)
    return path


def restore(name: str) -> None:
    """Use the shipped template again: the user's copy is deleted."""
    copy_path(name).unlink(missing_ok=True)
