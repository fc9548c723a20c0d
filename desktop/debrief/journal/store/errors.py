"""Why a journal file could not be opened, in words the window shows as they are.

Every refusal says the file was left untouched, because it was: nothing that can write
runs before a file is known to be a whole Debrief journal of a version this code reads.
"""

from __future__ import annotations

from debrief.journal.marking import N_

# Messages in English, marked for translation: the UI runs them through tr() and then
# str.format(**params).
CANNOT_READ = N_("Debrief could not read {name}: {detail}.")
CANNOT_OPEN = N_("Debrief could not open {name}: {detail}. The file was left untouched.")
NOT_SQLITE = N_(
    "{name} is not a Debrief journal (it is not an SQLite database). It was left "
    "untouched. Choose another file, or start a new journal."
)
NOT_A_FILE = N_(
    "{name} is not an ordinary file (it is a folder, a device, a pipe or a socket), so "
    "Debrief cannot keep a journal in it. Choose another file, or start a new journal."
)
CORRUPT = N_(
    "{name} is damaged and cannot be read safely. It was left untouched. If you have a "
    "backup, you can restore it from the backups folder beside the journal."
)
NEWER = N_(
    "{name} was saved by a newer version of Debrief (journal format {version}; this "
    "version reads up to {supported}). It was left untouched. Please update Debrief to "
    "open it."
)
FOREIGN_DB = N_("{name} is an SQLite database, but not a Debrief journal. It was left untouched.")
CANNOT_CREATE = N_(
    "Debrief cannot create a journal in {folder}: {detail}. Choose a folder you can write to."
)
MISSING_TARGET = N_(
    "{name} is a link to {target}, which does not exist (is a drive or folder missing?). "
    "Nothing was created. Choose another file, or start a new journal."
)
NAME_TOO_LONG = N_(
    "{name} is too long a name for a journal: the files kept beside it add a few "
    "characters to it, and the system allows no more. Nothing was created. Choose a "
    "shorter name."
)
#: The detail of CANNOT_CREATE when the journal's lock file could not be made there.
CANNOT_LOCK = N_("no lock file can be made there to keep a second window from writing")
READ_ONLY_OLD = N_(
    "{name} needs updating for this version of Debrief, but it is read-only. Make the "
    "file and its folder writable, then open it again."
)
MIGRATION_FAILED = N_(
    "Debrief could not update {name} to the current format: {detail}. The journal was "
    "restored as it was."
)
READ_ONLY_NOTICE = N_(
    "This journal is read-only (the file or its folder cannot be written). You can read "
    "everything; changes are switched off."
)


class JournalError(Exception):
    """A journal could not be opened.

    `template` is English marked for translation (the UI passes it through tr() before
    formatting it with `params`); `str()` gives the English message.
    """

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params))
