"""The list of recently opened journal files, kept in QSettings (paths only, no content)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

KEY = "recentJournals"
LIMIT = 8


def recent(settings: QSettings) -> list[Path]:
    value = settings.value(KEY)
    items = value if isinstance(value, list) else [value] if isinstance(value, str) else []
    return [Path(p) for p in items if p and isinstance(p, str)]  # an edited file: skip others


def _stored_whole(name: str) -> bool:
    """Whether `name` is text the settings file keeps as it is: the bytes of a name in an
    older encoding stand in it as lone surrogates, which Qt drops."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def remember(settings: QSettings, path: Path) -> None:
    """Put `path` first, dropping older duplicates and anything past LIMIT. Reopening the
    journal that is already first (most starts) leaves the settings file unwritten."""
    resolved = str(Path(path).resolve())
    if not _stored_whole(resolved):
        return  # a name in an older encoding than UTF-8 would come back as another file
    old = [str(p) for p in recent(settings)]
    items = ([resolved] + [p for p in old if p != resolved])[:LIMIT]
    if items != old:
        settings.setValue(KEY, items)
        settings.sync()
