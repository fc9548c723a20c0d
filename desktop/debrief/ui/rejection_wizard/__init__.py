"""The rejection wizard, a page per module: notice, ask, listen, clarify, thank, improve."""

from __future__ import annotations

from debrief.ui.rejection_wizard.base import Page
from debrief.ui.rejection_wizard.wizard import RejectionWizard

__all__ = ["Page", "RejectionWizard"]
