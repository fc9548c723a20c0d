"""Every main-window command in one registry: its name, words, keys and when it applies.

Menus, the toolbar, the tests and a generated list of shortcuts all read this one table
(the habit of Picard's `ui/mainwindow/actions.py`). The window binds each name to a
handler; nothing else makes main-window QActions, and no command reaches into the window.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import Flag, auto

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QWidget

CONTEXT = "Actions"  # the translation context of every text below


class Needs(Flag):
    """What a command needs before it can run."""

    NOTHING = 0
    WRITABLE = auto()  # a journal that can be changed
    SELECTION = auto()  # an interview selected in the table


@dataclass(frozen=True)
class Command:
    name: str  # the QAction's objectName: automation, tests and saved layout use it
    text: str  # English, marked for translation in CONTEXT
    keys: tuple[str | QKeySequence.StandardKey, ...] = ()
    tip: str = ""
    needs: Needs = Needs.NOTHING


_ = QT_TRANSLATE_NOOP
Std = QKeySequence.StandardKey
COMMANDS: tuple[Command, ...] = (
    Command(
        "actionNewInterview",
        _(CONTEXT, "&New interview…"),
        (Std.New,),
        _(CONTEXT, "Add an interview to the journal"),
        Needs.WRITABLE,
    ),
    Command(
        "actionEditInterview",
        _(CONTEXT, "&Edit interview…"),
        ("F2",),
        _(CONTEXT, "Edit the selected interview (F2 or Enter)"),
        Needs.WRITABLE | Needs.SELECTION,
    ),
    Command(
        "actionDeleteInterview",
        _(CONTEXT, "&Delete interview…"),
        (Std.Delete,),
        _(CONTEXT, "Delete the selected interview and its feedback"),
        Needs.WRITABLE | Needs.SELECTION,
    ),
    Command(
        "actionRecordRejection",
        _(CONTEXT, "&Record rejection…"),
        ("Ctrl+R",),
        _(CONTEXT, "Not selected? Walk through asking for feedback and learning from it"),
        Needs.WRITABLE | Needs.SELECTION,
    ),
    Command(
        "actionNextRound",
        _(CONTEXT, "Add &next round"),
        ("Ctrl+Shift+R",),
        _(CONTEXT, "Add the next interview round to the selected application"),
        Needs.WRITABLE | Needs.SELECTION,
    ),
    Command(
        "actionImport",
        _(CONTEXT, "&Import from CSV…"),
        ("Ctrl+Shift+I",),
        _(CONTEXT, "Bring interviews in from another tracker's CSV file"),
        Needs.WRITABLE,
    ),
    Command(
        "actionExport",
        _(CONTEXT, "E&xport everything…"),
        ("Ctrl+E",),
        _(CONTEXT, "Save the whole journal as one JSON file"),
    ),
    Command(
        "actionExportCsv",
        _(CONTEXT, "Export as &CSV…"),
        (),
        _(CONTEXT, "Save one CSV file per table, for spreadsheets"),
    ),
    Command(
        "actionExportCalendar",
        _(CONTEXT, "Export &calendar…"),
        (),
        _(CONTEXT, "Save deadlines, follow-ups and upcoming interviews for your calendar app"),
    ),
    Command(
        "actionImportJson",
        _(CONTEXT, "&Load a JSON export…"),
        (),
        _(CONTEXT, "Fill this empty journal from a Debrief JSON export"),
        Needs.WRITABLE,
    ),
    Command(
        "actionBackup",
        _(CONTEXT, "&Backups…"),
        ("Ctrl+B",),
        _(CONTEXT, "Back up now, or restore an earlier copy"),
    ),
    Command(
        "actionNewJournal",
        _(CONTEXT, "New &journal…"),
        ("Ctrl+Shift+N",),
        _(CONTEXT, "Start a separate, empty journal file"),
    ),
    Command(
        "actionOpenJournal",
        _(CONTEXT, "&Open journal…"),
        (Std.Open,),
        _(CONTEXT, "Open another journal file"),
    ),
    Command("actionQuit", _(CONTEXT, "&Quit"), ("Ctrl+Q",)),
    Command(
        "actionFind",
        _(CONTEXT, "&Find…"),
        (Std.Find,),
        _(CONTEXT, "Filter interviews by company, role or notes"),
    ),
    Command(
        "actionInsights",
        _(CONTEXT, "&Insights"),
        ("Ctrl+I",),
        _(CONTEXT, "Charts of the themes that keep coming up, and how asking went"),
    ),
    Command(
        "actionPrepSheet",
        _(CONTEXT, "&Prep sheet"),
        ("Ctrl+P",),
        _(CONTEXT, "A one-page summary to read before your next interview"),
    ),
    Command(
        "actionPrepare",
        _(CONTEXT, "Prepare for this &round…"),
        ("Ctrl+Shift+P",),
        _(CONTEXT, "The prep sheet, titled for the selected round"),
        Needs.SELECTION,
    ),
    Command(
        "actionShortcuts",
        _(CONTEXT, "&Keyboard shortcuts"),
        ("F1",),
        _(CONTEXT, "Every command that has keys, and its keys"),
    ),
    Command("actionAbout", _(CONTEXT, "&About Debrief")),
)
BY_NAME: dict[str, Command] = {command.name: command for command in COMMANDS}

#: Menus in order, each a list of command names; None is a separator.
MENUS: dict[str, list[str | None]] = {
    _(CONTEXT, "&Journal"): [
        "actionNewInterview",
        "actionEditInterview",
        "actionDeleteInterview",
        "actionRecordRejection",
        "actionNextRound",
        None,
        "actionImport",
        "actionExport",
        "actionExportCsv",
        "actionExportCalendar",
        "actionImportJson",
        "actionBackup",
        None,
        "actionNewJournal",
        "actionOpenJournal",
        # the "Open recent" submenu is added here by the window
        None,
        "actionQuit",
    ],
    _(CONTEXT, "&View"): ["actionFind", None, "actionInsights", "actionPrepSheet", "actionPrepare"],
    _(CONTEXT, "&Help"): ["actionShortcuts", None, "actionAbout"],
}
TOOLBAR: list[str | None] = [
    "actionNewInterview",
    "actionEditInterview",
    "actionDeleteInterview",
    None,
    "actionRecordRejection",
    "actionInsights",
    "actionPrepSheet",
]


def translated(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class Actions:
    """The window's QActions, made from COMMANDS and bound to `handlers` by name."""

    def __init__(self, parent: QWidget, handlers: Mapping[str, Callable[[], None]]) -> None:
        self._actions: dict[str, QAction] = {}
        for command in COMMANDS:
            action = QAction(translated(command.text), parent, objectName=command.name)
            action.setShortcuts([QKeySequence(key) for key in command.keys])
            tip = translated(command.tip) if command.tip else ""
            action.setStatusTip(tip)
            action.setToolTip(tip or action.text().replace("&", ""))
            action.triggered.connect(lambda _checked=False, run=handlers[command.name]: run())
            parent.addAction(action)
            self._actions[command.name] = action
        self["actionDeleteInterview"].setShortcutContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut  # Delete in the filter box edits text
        )
        self["actionQuit"].setMenuRole(QAction.MenuRole.QuitRole)
        self["actionAbout"].setMenuRole(QAction.MenuRole.AboutRole)
        self._state = {"writable": False, "selected": False}
        self._held: dict[str, tuple[str, str]] = {}  # name -> its own tool and status tips

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def __iter__(self):
        return iter(self._actions.values())

    def follow(self, *, writable: bool, selected: bool) -> None:
        """Enable each command whose needs are met."""
        have = Needs.NOTHING
        if writable:
            have |= Needs.WRITABLE
        if selected:
            have |= Needs.SELECTION
        self._state = {"writable": writable, "selected": selected}
        for command in COMMANDS:
            ready = command.needs & have == command.needs
            self[command.name].setEnabled(ready and command.name not in self._held)

    def hold(self, names: Iterable[str], why: str) -> None:
        """Disable `names` while long work runs, their tips saying `why`, until `release`."""
        for name in names:
            action = self[name]
            self._held.setdefault(name, (action.toolTip(), action.statusTip()))
            action.setToolTip(why)
            action.setStatusTip(why)
        self.follow(**self._state)

    def release(self) -> None:
        """The held commands come back, with their own tips."""
        for name, (tool_tip, status_tip) in self._held.items():
            self[name].setToolTip(tool_tip)
            self[name].setStatusTip(status_tip)
        self._held.clear()
        self.follow(**self._state)

    def fill(self, target: QMenu | QToolBar, names: Iterable[str | None]) -> None:
        for name in names:
            if name is None:
                target.addSeparator()
            else:
                target.addAction(self[name])

    def shortcuts(self) -> list[tuple[str, str]]:
        """(what it does, its keys) for every command with keys: the Help list of shortcuts."""
        return [
            (action.text().replace("&", ""), ", ".join(k.toString() for k in action.shortcuts()))
            for action in self
            if action.shortcuts()
        ]
