"""Command line and start-up: parse arguments, open the journal, show the main window."""

from __future__ import annotations

import argparse
import contextlib
import gc
import linecache
import stat
import sys
from pathlib import Path

from debrief import __version__


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="debrief",
        description="Debrief: a private journal that turns interview rejections into "
        "better interviews.",
    )
    parser.add_argument("--db", metavar="PATH", help="the journal file to open or create")
    parser.add_argument(
        "--demo", action="store_true", help="open a fresh sample journal (never yours)"
    )
    parser.add_argument("--version", action="version", version=f"debrief {__version__}")
    parser.add_argument(
        "--export-calendar",
        metavar="PATH",
        help="write the journal's deadlines, follow-ups and upcoming rounds to an "
        "iCalendar file and exit",
    )
    parser.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help="add Debrief to your desktop's application launcher",
    )
    parser.add_argument(
        "--uninstall-desktop-entry",
        action="store_true",
        help="remove Debrief from your desktop's application launcher",
    )
    return parser.parse_args(argv)


def _desktop_entry(args: argparse.Namespace) -> int:
    from debrief import launcher

    return launcher.run_from_command_line(uninstall=args.uninstall_desktop_entry)


def journal_path(args: argparse.Namespace) -> Path:
    """The journal the command line asks for (a fresh temporary one for `--demo`)."""
    from debrief.journal.store.journal import default_journal_path

    if args.demo:
        import tempfile

        folder = Path(tempfile.mkdtemp(prefix="debrief-demo-"))
        return folder / "demo.sqlite3"
    return Path(args.db).expanduser() if args.db else default_journal_path()


def throw_away_demo(journal: Path) -> None:
    """Remove the files Debrief made for a `--demo` journal, and its temporary folder once
    empty: each demo left about 200 KB in /tmp. Anything else the user saved into that
    folder stays, and the folder with it."""
    from debrief.journal.store.files.atomic_file import BESIDE_DATABASE

    for suffix in ("", *BESIDE_DATABASE):
        journal.with_name(journal.name + suffix).unlink(missing_ok=True)
    with contextlib.suppress(OSError):  # not empty: the user's files stay
        journal.parent.rmdir()


#: The journal modules the first window reads through (its table, debrief column and
#: detail pane).
#: `load_journal_layer` imports them before Qt: once PySide6 is imported, a module named
#: in an import statement for the first time since is read whole by PySide, looking for
#: its `__feature__` switches (see `forget_scanned_sources`). Modules imported before it,
#: with everything they import (peewee's 340 KB among them), are not read on the way to
#: the first window. The reminder rules are not among them: the banner and the tray that
#: read them are built after the first paint, so their 5 ms (five dataclasses) come after
#: it too.
JOURNAL_AT_START = (
    "debrief.journal.records.feedback",
    "debrief.journal.records.interviews",
    "debrief.journal.records.listings",
    "debrief.journal.records.upcoming",
    "debrief.journal.practice.debrief_states",
    "debrief.journal.store.files.leftovers",
    "debrief.journal.store.refusals",
)


def load_journal_layer() -> None:
    """Import the journal side of the first window before any Qt module (see above)."""
    import importlib

    for name in JOURNAL_AT_START:
        importlib.import_module(name)


def main(argv: list[str] | None = None) -> int:
    """Run Debrief; returns the process exit code (tests call it with exec patched)."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.install_desktop_entry or args.uninstall_desktop_entry:
        return _desktop_entry(args)
    if args.export_calendar is not None:  # an empty name too: refused, not a window
        return export_calendar(journal_path(args), Path(args.export_calendar).expanduser())
    # Start-up makes ~150,000 objects (modules, classes, Qt's enums) that live as long as
    # the process and no garbage worth a collection: pause the collector until the window
    # is up (it would run ~50 times meanwhile, 4 ms), then `run` freezes what was made.
    paused = gc.isenabled()  # a caller that switched collection off keeps it off
    gc.disable()
    path = journal_path(args)
    try:
        load_journal_layer()
        return run(path, demo=args.demo)
    finally:
        if paused:
            gc.enable()
        if args.demo:
            throw_away_demo(path)


def export_calendar(journal_file: Path, target: Path) -> int:
    """Write the calendar of `journal_file` to `target` without opening a window."""
    from debrief.journal.practice.reminders.calendar import export_calendar as write
    from debrief.journal.store.errors import JournalError

    if _no_journal_yet(journal_file):
        print(f"debrief: no journal at {journal_file}", file=sys.stderr)
        return 2
    if refusal := unsafe_calendar_target(journal_file, target):
        print(f"debrief: {refusal}", file=sys.stderr)
        return 2
    lock = _free_lock(journal_file)
    try:
        journal = _open_for_reading(journal_file, may_upgrade=lock is not None)
    except JournalError as exc:
        if lock is not None:
            lock.release()
        print(f"debrief: {exc}", file=sys.stderr)
        return 2
    try:
        count = write(journal, target)
    except JournalError as exc:
        print(f"debrief: {exc}", file=sys.stderr)
        return 1
    finally:
        journal.close()
        if lock is not None:
            lock.release()
    print(f"debrief: wrote {count} event{'' if count == 1 else 's'} to {target}")
    return 0


def _no_journal_yet(journal_file: Path) -> bool:
    """Whether no journal is at `journal_file` yet: no file, or an empty one. A window
    would make a journal there; the calendar only reads, so it leaves the file alone."""
    from debrief.journal.store import identity
    from debrief.journal.store.errors import JournalError

    try:
        if not identity.require_regular_file(journal_file):
            return True
        return identity.inspect(journal_file, check_pages=False) == 0
    except JournalError:
        return False  # not a journal at all: the open says why, in its own words


def _open_for_reading(journal_file: Path, may_upgrade: bool):
    """The journal, read-only: the calendar only reads, and a writer's open would also
    clear what a crash seemed to leave beside the journal (a window's restore or backup
    under way looks just like that). A journal still to be upgraded is opened as a
    window would open it, but only while this process holds its lock."""
    from debrief.journal.store.errors import READ_ONLY_OLD, JournalError
    from debrief.journal.store.journal import open_journal

    try:
        return open_journal(journal_file, read_only=True)
    except JournalError as exc:
        if exc.template != READ_ONLY_OLD or not may_upgrade:
            raise
    return open_journal(journal_file)


def _free_lock(journal_file: Path):
    """The journal's lock if no window holds it, else None: then the export only reads,
    since the writer alone may clear what a crash left (a window's backup under way would
    look like one) or update the file's format."""
    from debrief.ui.single_instance import JournalLock

    lock = JournalLock(journal_file)
    try:
        return lock if lock.acquire() else None
    except OSError:  # no lock file can be made there: the folder is read-only
        return None


#: How an iCalendar file starts (RFC 5545), the only file a calendar may replace.
CALENDAR_HEADER = b"BEGIN:VCALENDAR"


def unsafe_calendar_target(journal_file: Path, target: Path) -> str | None:
    """Why the calendar must not replace `target`, or None when it may.

    The calendar is renamed over whatever is there, so a slip of the command line
    (`--export-calendar` naming the journal) would have put the journal in its place.
    A database, the journal's own -wal, -shm or lock file (a window's lock would be lost,
    and ours deleted with the calendar in it), a folder, a pipe or a device is refused,
    and so is any other file that holds something but not a calendar (the user's notes).
    """
    from codecs import BOM_UTF8

    from debrief.journal.store.files.leftovers import SIDECARS, WAL_RECORD_SUFFIX
    from debrief.journal.store.identity import SQLITE_HEADER
    from debrief.ui.single_instance import lock_path

    journal = journal_file.resolve()
    ours = {journal.with_name(journal.name + sidecar) for sidecar in SIDECARS}
    ours.add(lock_path(journal))
    ours.add(journal.with_name(journal.name + WAL_RECORD_SUFFIX))
    if target.resolve() in ours:  # the -wal may not be there yet: it will be
        return f"{target} is the journal or a file kept beside it, so no calendar was written"
    try:
        if not stat.S_ISREG(target.stat().st_mode):
            return f"{target} is not an ordinary file, so no calendar was written there"
        with target.open("rb") as fh:
            head = fh.read(64)  # enough for either header, after a BOM
        if head.startswith(SQLITE_HEADER):
            return f"{target} is a journal or a database, so no calendar was written over it"
        if head and not head.removeprefix(BOM_UTF8).upper().startswith(CALENDAR_HEADER):
            return f"{target} is not a calendar, so no calendar was written over it"
    except FileNotFoundError:
        return None  # a new file: the usual case
    except OSError as exc:
        return f"{target} cannot be read ({exc.strerror or exc}), so no calendar was written"
    return None


def _settings():
    """The per-machine settings (recent journals, layout, reminders), in a file only the
    user can read: its list of journals says where their private notes are."""
    import contextlib

    from PySide6.QtCore import QSettings

    from debrief.journal.store.files.atomic_file import private_file

    if (odd := _odd_settings_file()) is not None:
        # Qt would read a pipe there for ever, or a device without end; it is not ours.
        print(f"debrief: {odd} is not a regular file; settings start afresh", file=sys.stderr)
        import tempfile

        private = Path(tempfile.mkdtemp(prefix="debrief-settings-")) / "Debrief.conf"
        return QSettings(str(private), QSettings.Format.IniFormat)
    settings = QSettings("Debrief", "Debrief")
    with contextlib.suppress(OSError):  # Qt reports a settings file it cannot write
        private_file(Path(settings.fileName()))
    return settings


def _odd_settings_file() -> Path | None:
    """Where Qt keeps the settings as a file (Linux and the BSDs), that path when
    something other than a regular file is there: opening QSettings would hang on it."""
    from PySide6.QtCore import QStandardPaths

    if sys.platform in ("win32", "darwin"):  # the registry, a plist: Qt's own handling
        return None
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    path = Path(folder) / "Debrief" / "Debrief.conf"
    try:
        mode = path.stat().st_mode
    except OSError:
        return None  # absent (or unreadable: Qt says so itself)
    return None if stat.S_ISREG(mode) else path


def run(path: Path, demo: bool = False) -> int:
    """Open `path` in a window and run the event loop until the last window closes."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from debrief.identity import APP_ID, APP_NAME
    from debrief.ui.appearance import follow_system, new_application
    from debrief.ui.icons import app_icon
    from debrief.ui.session import Session
    from debrief.ui.translations import install_translations

    forget_scanned_sources()  # the window's modules are in: their text is not needed
    app = QApplication.instance() or new_application(sys.argv[0])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    install_translations(app)
    follow_system(app)  # light or dark as the system says, now and when it switches
    session = Session(_settings())
    if not session.open(path, demo=demo) and not _recover(session):
        session.close()
        return 0 if session.raised_other else 2
    QTimer.singleShot(0, _resume_collections)  # the first turn, after the first paint
    try:
        return app.exec()
    finally:
        session.close()


def _recover(session) -> bool:
    """The first journal did not open: the user's way on (loaded only then)."""
    from debrief.ui.open_recovery import recover

    return recover(session)


def forget_scanned_sources() -> None:
    """Drop the module sources PySide read while they were imported.

    Once PySide6 is imported, each module named in an import statement for the first time
    since is read whole (`inspect.getsource`) to see whether it uses PySide, and the text
    stays in `linecache`: for the first window, ~75 files and 1.3 MB of text, peewee's
    340 KB among them, about 3 MB of Python objects. Nothing here needs them; a traceback
    reads its lines again. Dropped before the window is built, and again once the work
    after the first paint has imported what it needs, the freed memory is reused rather
    than grown: about 2 MiB less for the whole session.
    """
    linecache.clearcache()


def _resume_collections() -> None:
    """Resume what `main` paused. What start-up made stays for good, so it is frozen out of
    every later collection: each full collection then walks far fewer objects."""
    forget_scanned_sources()  # the work after the first paint has done its imports
    if not gc.isenabled():
        gc.freeze()
        gc.enable()
