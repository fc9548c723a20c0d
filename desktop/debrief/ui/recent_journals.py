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


def remember(settings: QSettings, path: Path) -> None:
    """Put `path` first, dropping older duplicates and anything past LIMIT. Reopening the
    journal that is already first (most starts) leaves the settings file unwritten."""
    resolved = str(Path(path).resolve())
    old = [str(p) for p in recent(settings)]
    items = ([resolved] + [p for p in old if p != resolved])[:LIMIT]
    if items != old:
        settings.setValue(KEY, items)
        settings.sync()
