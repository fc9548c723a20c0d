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
from PySide6.QtGui import QAction, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import QMenu, QToolBar, QWidget

CONTEXT = "Actions"  # the translation context of every text below


class Needs(Flag):
    """What a command needs before it can run."""

    NOTHING = 0
    WRITABLE = auto()  # a journal that can be changed
    SELECTION = auto()  # an interview selected in the table
    HISTORY = auto()  # something to undo or redo: the undo history enables these itself


@dataclass(frozen=True)
class Command:
    name: str  # the QAction's objectName: automation, tests and saved layout use it
    text: str  # English, marked for translation in CONTEXT
    keys: tuple[str | QKeySequence.StandardKey, ...] = ()
    tip: str = ""
    needs: Needs = Needs.NOTHING
    icon: str = ""  # a qtawesome name (ui/action_icons.py draws it once the window is up)


_ = QT_TRANSLATE_NOOP  # make translations reads _("Actions", "…") as this
Std = QKeySequence.StandardKey
COMMANDS: tuple[Command, ...] = (
    Command(
        "actionNewInterview",
        _("Actions", "&New interview…"),
        (Std.New,),
        _("Actions", "Add an interview to the journal"),
        Needs.WRITABLE,
        icon="mdi6.plus-circle-outline",
    ),
    Command(
        "actionEditInterview",
        _("Actions", "&Edit interview…"),
        ("F2",),
        _("Actions", "Edit the selected interview (F2 or Enter)"),
        Needs.WRITABLE | Needs.SELECTION,
        icon="mdi6.pencil-outline",
    ),
    Command(
        "actionDeleteInterview",
        _("Actions", "&Delete interview…"),
        (Std.Delete,),
        _("Actions", "Delete the selected interview and its feedback"),
        Needs.WRITABLE | Needs.SELECTION,
        icon="mdi6.trash-can-outline",
    ),
    Command(
        "actionRecordRejection",
        _("Actions", "&Record rejection…"),
        ("Ctrl+R",),
        _("Actions", "Not selected? Walk through asking for feedback and learning from it"),
        Needs.WRITABLE | Needs.SELECTION,
        icon="mdi6.message-reply-text-outline",
    ),
    Command(
        "actionNextRound",
        _("Actions", "Add next ro&und"),
        ("Ctrl+Shift+R",),
        _("Actions", "Add the next interview round to the selected application"),
        Needs.WRITABLE | Needs.SELECTION,
        icon="mdi6.skip-next-circle-outline",
    ),
    Command(
        "actionEditTemplates",
        _("Actions", "Message &templates…"),
        ("Ctrl+T",),
        _("Actions", "Rewrite the requests and thank-you notes in your own voice"),
    ),
    Command(
        "actionImport",
        _("Actions", "&Import from CSV…"),
        ("Ctrl+Shift+I",),
        _("Actions", "Bring interviews in from another tracker's CSV file"),
        Needs.WRITABLE,
        icon="mdi6.file-import-outline",
    ),
    Command(
        "actionExport",
        _("Actions", "E&xport everything…"),
        ("Ctrl+E",),
        _("Actions", "Save the whole journal as one JSON file"),
        icon="mdi6.code-json",
    ),
    Command(
        "actionExportCsv",
        _("Actions", "Export as C&SV…"),
        (),
        _("Actions", "Save one CSV file per table, for spreadsheets"),
        icon="mdi6.file-delimited-outline",
    ),
    Command(
        "actionExportCalendar",
        _("Actions", "Export c&alendar…"),
        (),
        _("Actions", "Save deadlines, follow-ups and upcoming interviews for your calendar app"),
        icon="mdi6.calendar-export",
    ),
    Command(
        "actionImportJson",
        _("Actions", "&Load a JSON export…"),
        (),
        _("Actions", "Fill this empty journal from a Debrief JSON export"),
        Needs.WRITABLE,
        icon="mdi6.database-import-outline",
    ),
    Command(
        "actionBackup",
        _("Actions", "&Backups…"),
        ("Ctrl+B",),
        _("Actions", "Back up now, or restore an earlier copy"),
        icon="mdi6.backup-restore",
    ),
    Command(
        "actionNewJournal",
        _("Actions", "New &journal…"),
        ("Ctrl+Shift+N",),
        _("Actions", "Start a separate, empty journal file"),
        icon="mdi6.notebook-plus-outline",
    ),
    Command(
        "actionOpenJournal",
        _("Actions", "&Open journal…"),
        (Std.Open,),
        _("Actions", "Open another journal file"),
        icon="mdi6.folder-open-outline",
    ),
    Command("actionQuit", _("Actions", "&Quit"), ("Ctrl+Q",), icon="mdi6.exit-to-app"),
    Command(
        "actionUndo",
        _("Actions", "&Undo"),
        ("Ctrl+Z",),
        _("Actions", "Take back the last change to an interview or an action"),
        Needs.WRITABLE | Needs.HISTORY,
    ),
    Command(
        "actionRedo",
        _("Actions", "&Redo"),
        ("Ctrl+Shift+Z",),
        _("Actions", "Make the change you took back again"),
        Needs.WRITABLE | Needs.HISTORY,
    ),
    Command(
        "actionSettings",
        _("Actions", "&Settings…"),
        ("Ctrl+,", Std.Preferences),  # Preferences is unbound on many Linux desktops
        _("Actions", "Reminders on this computer, and your name and sign-off"),
    ),
    Command(
        "actionFind",
        _("Actions", "&Find…"),
        (Std.Find,),
        _("Actions", "Filter interviews by company, role, notes or what was said"),
        icon="mdi6.magnify",
    ),
    Command(
        "actionGroupRounds",
        _("Actions", "&Group rounds"),
        ("Ctrl+G",),
        _("Actions", "Show each application's rounds together, the application named once"),
    ),
    Command(
        "actionInsights",
        _("Actions", "&Insights"),
        ("Ctrl+I",),
        _("Actions", "Charts of the themes that keep coming up, and how asking went"),
        icon="mdi6.chart-bar",
    ),
    Command(
        "actionPrepSheet",
        _("Actions", "&Prep sheet"),
        ("Ctrl+P",),
        _("Actions", "A one-page summary to read before your next interview"),
        icon="mdi6.clipboard-text-outline",
    ),
    Command(
        "actionPrepare",
        _("Actions", "Prepare for this &round…"),
        ("Ctrl+Shift+P",),
        _("Actions", "The prep sheet, titled for the selected round"),
        Needs.SELECTION,
        icon="mdi6.clipboard-check-outline",
    ),
    Command(
        "actionShortcuts",
        _("Actions", "&Keyboard shortcuts"),
        ("F1",),
        _("Actions", "Every command that has keys, and its keys"),
        icon="mdi6.keyboard-outline",
    ),
    Command(
        "actionGuide",
        _("Actions", "&Guide to the practice"),
        ("Shift+F1",),
        _("Actions", "How to ask for feedback, listen, and learn from it"),
        icon="mdi6.book-open-variant",
    ),
    Command("actionAbout", _("Actions", "&About Debrief"), icon="mdi6.information-outline"),
)
BY_NAME: dict[str, Command] = {command.name: command for command in COMMANDS}

#: Menus in order, each a list of command names; None is a separator.
MENUS: dict[str, list[str | None]] = {
    _("Actions", "&Journal"): [
        "actionNewInterview",
        "actionEditInterview",
        "actionDeleteInterview",
        "actionRecordRejection",
        "actionNextRound",
        "actionEditTemplates",
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
    _("Actions", "&Edit"): ["actionUndo", "actionRedo", None, "actionSettings"],
    _("Actions", "&View"): [
        "actionFind",
        "actionGroupRounds",
        None,
        "actionInsights",
        "actionPrepSheet",
        "actionPrepare",
    ],
    _("Actions", "&Help"): ["actionGuide", "actionShortcuts", None, "actionAbout"],
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


def _blank_icon() -> QIcon:
    """A transparent stand-in for an icon not drawn yet."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    return QIcon(pixmap)


class Actions:
    """The window's QActions, made from COMMANDS and bound to `handlers` by name."""

    def __init__(self, parent: QWidget, handlers: Mapping[str, Callable[[], None]]) -> None:
        self._actions: dict[str, QAction] = {}
        blank = _blank_icon()
        for command in COMMANDS:
            action = QAction(translated(command.text), parent, objectName=command.name)
            if command.icon:  # its room now, so nothing moves when the icon arrives
                action.setIcon(blank)
            keys = [QKeySequence(key) for key in command.keys]
            action.setShortcuts([k for k in dict.fromkeys(keys) if not k.isEmpty()])
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
        self["actionSettings"].setMenuRole(QAction.MenuRole.PreferencesRole)
        self["actionGroupRounds"].setCheckable(True)
        self._state = {"writable": False, "selected": False}
        self._held: dict[str, str] = {}  # name -> why long work holds it off
        self._refused: dict[str, str] = {}  # name -> why it is off for the selection
        self._own_tips: dict[str, tuple[str, str]] = {}  # name -> its tool and status tips

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def __iter__(self):
        return iter(self._actions.values())

    def set_icons(self, icon: Callable[[str], QIcon]) -> None:
        """Give each command with an icon name the icon `icon(name)` draws."""
        for command in COMMANDS:
            if command.icon:
                self[command.name].setIcon(icon(command.icon))

    def follow(self, *, writable: bool, selected: bool) -> None:
        """Enable each command whose needs are met."""
        have = Needs.NOTHING
        if writable:
            have |= Needs.WRITABLE
        if selected:
            have |= Needs.SELECTION
        self._state = {"writable": writable, "selected": selected}
        for command in COMMANDS:
            if command.needs & Needs.HISTORY:
                continue  # the undo history keeps these with its stack
            ready = command.needs & have == command.needs
            off = command.name in self._held or command.name in self._refused
            self[command.name].setEnabled(ready and not off)

    def refuse(self, name: str, why: str | None) -> None:
        """Turn one command off for what is selected, its tips saying `why` (None: on again,
        with its own tips). A greyed item that says why beats a warning after the press."""
        if why is None:
            self._refused.pop(name, None)
        else:
            self._refused[name] = why
        self._show_tips(name)
        self.follow(**self._state)

    def hold(self, names: Iterable[str], why: str) -> None:
        """Disable `names` while long work runs, their tips saying `why`, until `release`."""
        for name in names:
            self._held[name] = why
            self._show_tips(name)
        self.follow(**self._state)

    def release(self) -> None:
        """The held commands come back, with their own tips (or why the selection refuses)."""
        names, self._held = list(self._held), {}
        for name in names:
            self._show_tips(name)
        self.follow(**self._state)

    def _show_tips(self, name: str) -> None:
        """The tips say why the command is off (held first, then refused), else its own."""
        action = self[name]
        why = self._held.get(name) or self._refused.get(name)
        if why is not None:
            self._own_tips.setdefault(name, (action.toolTip(), action.statusTip()))
            action.setToolTip(why)
            action.setStatusTip(why)
        elif name in self._own_tips:
            tool_tip, status_tip = self._own_tips.pop(name)
            action.setToolTip(tool_tip)
            action.setStatusTip(status_tip)

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
