"""The start-up banner: what fell due while Debrief was closed (deadlines, follow-ups, rounds)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton

from debrief.journal.practice.reminders.facts import gather
from debrief.journal.practice.reminders.rules import Reminder, fell_due, reminders
from debrief.journal.store.journal import Journal

#: Where the moment Debrief last looked is kept (ISO, UTC).
LAST_SEEN_KEY = "reminders/last_seen"
#: On a first start, look back this far: older moments are history, not news.
FIRST_LOOK_BACK = dt.timedelta(days=7)
SHOWN = 4  # at most this many lines; the rest are counted


def _t(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files every _t() text under ""


def words(reminder: Reminder) -> str:
    """The reminder in the user's language (its English is marked in journal/)."""
    return _t(reminder.message).format(**reminder.params)


def missed(journal: Journal, settings: QSettings, now: dt.datetime | None = None) -> list[Reminder]:
    """What fell due since Debrief last looked, and note that it looked now."""
    now_utc = (now or dt.datetime.now()).astimezone(dt.UTC)
    stored = settings.value(LAST_SEEN_KEY, "")
    try:
        since = dt.datetime.fromisoformat(str(stored)) if stored else now_utc - FIRST_LOOK_BACK
    except ValueError:
        since = now_utc - FIRST_LOOK_BACK
    wall_now = now_utc.astimezone().replace(tzinfo=None)
    found = fell_due(reminders(gather(journal, wall_now)), since, now_utc)
    settings.setValue(LAST_SEEN_KEY, now_utc.isoformat())
    return found


class DueBanner(QFrame):
    """A calm, dismissable note above the table; hidden when nothing fell due."""

    def __init__(self, found: list[Reminder], parent=None) -> None:
        super().__init__(parent, objectName="dueBanner")
        self.setStyleSheet(
            "#dueBanner { background: palette(alternate-base); border-radius: 4px;"
            " border: 1px solid palette(highlight); }"  # readable in light and dark alike
        )
        lines = [words(r) for r in found[:SHOWN]]
        if len(found) > SHOWN:
            lines.append(_t("…and {n} more.").format(n=len(found) - SHOWN))
        title = _t("While Debrief was closed:")
        self.label = QLabel(
            f"<b>{title}</b><br>" + "<br>".join(f"• {line}" for line in lines),
            wordWrap=True,
            textFormat=Qt.TextFormat.RichText,
        )
        self.label.setAccessibleName(title)
        close = QToolButton(text=_t("Dismiss"), autoRaise=True)
        close.setAccessibleName(_t("Dismiss"))
        close.setToolTip(_t("Dismiss"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 4, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.setVisible(bool(found))
