"""The start-up banner: what fell due while Debrief was closed (deadlines, follow-ups, rounds)."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QToolButton

from debrief.journal.practice.reminders.facts import gather
from debrief.journal.practice.reminders.rules import Reminder, fell_due, reminders
from debrief.journal.store.journal import Journal

if TYPE_CHECKING:
    from debrief.ui.reminders_tray import RemindersTray

#: Where the moment Debrief last looked at a journal is kept (ISO, UTC), one key per
#: journal file: opening the demo, or another journal, must not mark this one's news seen.
LAST_SEEN_KEY = "reminders/last_seen"
#: On a first start, look back this far: older moments are history, not news.
FIRST_LOOK_BACK = dt.timedelta(days=7)
SHOWN = 4  # at most this many lines; the rest are counted


def _t(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files every _t() text under ""


def words(reminder: Reminder) -> str:
    """The reminder in the user's language (its English is marked in journal/)."""
    return _t(reminder.message).format(**reminder.params)


def last_seen_key(journal: Journal) -> str:
    """The settings key of this journal file's last look (a digest: paths hold slashes).
    The name's bytes as on disk: one in an older encoding than UTF-8 has no UTF-8."""
    where = os.fsencode(journal.path.expanduser().resolve())
    return f"{LAST_SEEN_KEY}/{hashlib.sha256(where).hexdigest()[:16]}"


def _last_look(stored: object, now_utc: dt.datetime) -> dt.datetime:
    """The stored last look as an aware moment; one written without a time zone (an
    edited settings file) is local time, and one that is no moment is a first look."""
    with contextlib.suppress(ValueError, OverflowError):
        if stored:
            return dt.datetime.fromisoformat(str(stored)).astimezone()
    return now_utc - FIRST_LOOK_BACK


def missed(journal: Journal, settings: QSettings, now: dt.datetime | None = None) -> list[Reminder]:
    """What fell due since Debrief last looked at this journal, and note that it looked now."""
    now_utc = (now or dt.datetime.now()).astimezone(dt.UTC)
    key = last_seen_key(journal)
    since = _last_look(settings.value(key, ""), now_utc)
    wall_now = now_utc.astimezone().replace(tzinfo=None)
    found = fell_due(reminders(gather(journal, wall_now)), since, now_utc)
    settings.setValue(key, now_utc.isoformat())
    return found


def _escaped(text: str) -> str:
    """`text` as rich text shows it. The html module is imported only here: the banner
    is built on every start, and most starts have nothing to list."""
    import html

    return html.escape(text)


class DueBanner(QFrame):
    """A calm, dismissable note above the table; hidden when nothing fell due.

    On a desktop without a system tray it also carries the reminders that fall due while
    Debrief runs (`announce`), with a button that opens where each leads.
    """

    def __init__(self, found: list[Reminder], parent=None) -> None:
        super().__init__(parent, objectName="dueBanner")
        self.setStyleSheet(
            "#dueBanner { background: palette(alternate-base); border-radius: 4px;"
            " border: 1px solid palette(highlight); }"  # readable in light and dark alike
        )
        self.found = found[:SHOWN]
        # Each line a link to where it leads (`follow`); names are the user's text.
        lines = [f'<a href="{i}">{_escaped(words(r))}</a>' for i, r in enumerate(self.found)]
        if len(found) > SHOWN:
            lines.append(_t("…and {n} more.").format(n=len(found) - SHOWN))
        title = _t("While Debrief was closed:")
        self.label = QLabel(
            f"<b>{title}</b><br>" + "<br>".join(f"• {line}" for line in lines),
            wordWrap=True,
            textFormat=Qt.TextFormat.RichText,
        )
        self.label.setAccessibleName(title)
        self.label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.label.linkActivated.connect(self._open_line)
        self._opener: Callable[[Reminder], None] | None = None
        close = QToolButton(text=_t("Dismiss"), autoRaise=True)
        close.setAccessibleName(_t("Dismiss"))
        close.setToolTip(_t("Dismiss"))
        close.clicked.connect(self.hide)
        self.open_button = QToolButton(text=_t("&Open"), objectName="dueBannerOpen")
        self.open_button.hide()  # only a reminder announced while Debrief runs has one
        self.open_button.clicked.connect(self._open_announced)
        self._announced: Reminder | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 4, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.setVisible(bool(found))

    def follow(self, tray: RemindersTray) -> None:
        """Open reminders where the tray opens them: a line clicked here, and what falls
        due later where no tray can show it (`announce`)."""
        self._opener = tray.open
        tray.due_in_window.connect(self.announce)

    def _open_line(self, link: str) -> None:
        """A line of what fell due while closed was clicked (or chosen with the keyboard)."""
        if self._opener is not None and link.isdigit() and int(link) < len(self.found):
            self._opener(self.found[int(link)])

    def announce(self, reminder: Reminder) -> None:
        """A reminder fell due where no tray can show it: say it here, offer to open where
        it leads (`follow`), and ask the desktop to draw the eye to the window (its taskbar
        entry)."""
        title = _escaped(_t("Due now:"))
        self.label.setText(f"<b>{title}</b><br>• {_escaped(words(reminder))}")
        self._announced = reminder
        self.open_button.show()
        self.show()
        QApplication.alert(self.window())

    def _open_announced(self) -> None:
        self.hide()
        if self._opener is not None and self._announced is not None:
            self._opener(self._announced)
