"""The insights window and its parts; `InsightsWindow` is what the main window opens."""

from __future__ import annotations

from debrief.ui.insights.window import InsightsWindow

__all__ = ["InsightsWindow"]
