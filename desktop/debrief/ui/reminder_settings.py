"""Per-machine reminder preferences in QSettings: each kind on or off, and keeping to the tray."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from debrief.journal.practice.reminders.rules import ReminderKind

#: Where each kind's switch is kept; every kind is on until the user turns it off.
KIND_KEY = "reminders/enabled/{kind}"
#: Whether closing the window keeps Debrief in the tray; absent until the user answers.
KEEP_IN_TRAY_KEY = "reminders/keep_in_tray"


def _flag(value: object, default: bool) -> bool:
    """QSettings hands back "true"/"false" strings from INI files and bools from others."""
    if value is None or value == "":
        return default
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes")
    return bool(value)


def kind_enabled(settings: QSettings, kind: ReminderKind) -> bool:
    return _flag(settings.value(KIND_KEY.format(kind=kind.value)), True)


def set_kind_enabled(settings: QSettings, kind: ReminderKind, enabled: bool) -> None:
    settings.setValue(KIND_KEY.format(kind=kind.value), enabled)


def enabled_kinds(settings: QSettings | None) -> set[ReminderKind]:
    """The kinds the user wants to hear about (all of them without settings)."""
    if settings is None:
        return set(ReminderKind)
    return {kind for kind in ReminderKind if kind_enabled(settings, kind)}


def keep_in_tray(settings: QSettings) -> bool | None:
    """The user's answer to "Keep Debrief in the tray?"; None until they gave one."""
    value = settings.value(KEEP_IN_TRAY_KEY)
    return None if value is None or value == "" else _flag(value, True)


def set_keep_in_tray(settings: QSettings, keep: bool) -> None:
    settings.setValue(KEEP_IN_TRAY_KEY, keep)
