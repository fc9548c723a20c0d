"""The window's read-only dialogs: prep sheet, About, keyboard shortcuts and the guide.

Each loads its module when first asked for, so none of them costs the start.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from debrief.journal.store.journal import Journal


def help_handlers(
    journal: Journal, parent: QWidget, shortcuts: Callable[[], list]
) -> dict[str, Callable[[], None]]:
    """Handlers for the registry's dialog commands; `shortcuts()` lists the live keys."""

    def prep_sheet() -> None:
        from debrief.ui.prep_sheet import PrepSheetDialog

        PrepSheetDialog(journal, parent).exec()

    def about() -> None:
        from debrief.ui.about_dialog import AboutDialog

        AboutDialog(journal.path, parent).exec()

    def keys() -> None:
        from debrief.ui.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(shortcuts(), parent).exec()

    def guide() -> None:
        from debrief.ui.guide_dialog import GuideDialog

        GuideDialog(parent).exec()

    return {
        "actionPrepSheet": prep_sheet,
        "actionAbout": about,
        "actionShortcuts": keys,
        "actionGuide": guide,
    }
