"""The list of recently opened journal files, kept in QSettings (paths only, no content)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

KEY = "recentJournals"
LIMIT = 8


def recent(settings: QSettings) -> list[Path]:
    value = settings.value(KEY)
    items = value if isinstance(value, list) else [value] if isinstance(value, str) else []
    return [Path(p) for p in items if p]


def remember(settings: QSettings, path: Path) -> None:
    """Put `path` first, dropping older duplicates and anything past LIMIT."""
    resolved = str(Path(path).resolve())
    items = [resolved] + [str(p) for p in recent(settings) if str(p) != resolved]
    settings.setValue(KEY, items[:LIMIT])
    settings.sync()
