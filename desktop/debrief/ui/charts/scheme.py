"""The charts' colours on a light or a dark window: ground, words, grid lines, notes, marks.

Series keep their colours (PALETTE is readable on both grounds); what surrounds them
follows the window's palette, so a chart never glows white in a dark window.
"""

from __future__ import annotations

from dataclasses import dataclass

from debrief.ui.appearance import is_dark


@dataclass(frozen=True)
class ChartScheme:
    dark: bool
    background: str
    text: str
    grid: str
    note: str  # the words past each bar
    mark: str  # the outline of the trend chart's stars


LIGHT = ChartScheme(False, "#ffffff", "#202124", "#e4e4e4", "#333333", "#222222")
DARK = ChartScheme(True, "#1b1e22", "#e8eaed", "#3a3f46", "#d5d8dc", "#f1f3f4")


def current() -> ChartScheme:
    """The scheme for a chart drawn now."""
    return DARK if is_dark() else LIGHT
