"""The prep sheet: one page to read before the next interview, on screen, as PDF or Markdown."""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
)

from debrief.journal.insights import counts as insights
from debrief.journal.practice import prep
from debrief.journal.progress import Cancelled
from debrief.journal.store.files import atomic_file
from debrief.journal.store.journal import Journal
from debrief.ui import vocabulary
from debrief.ui.count_words import count_words
from debrief.ui.journal_events import JournalEvents
from debrief.ui.pdf_file import write_pdf
from debrief.ui.save_places import confirm_saved, start_folder, with_suffix
from debrief.ui.screen_fit import fit_to_screen
from debrief.ui.work.wait import run_with_progress

#: At most this many entries per section, so the sheet stays one page.
LIMITS = {"recurring": 5, "actions": 6, "clarifications": 3, "strengths": 4, "quotes": 3}


def _t(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files every _t() text under ""


@dataclass
class Entry:
    title: str
    details: list[str] = field(default_factory=list)
    quote: bool = False  # the title is someone's words, shown in quotes


@dataclass
class Section:
    heading: str
    entries: list[Entry]
    empty: str  # what to say when there is nothing in it
    more: int = 0  # entries left out to keep the page short


def _times(n: int) -> str:
    return _t("once") if n == 1 else count_words().times(n)


def _recurring(sheet: prep.PrepSheet) -> Section:
    entries = [
        Entry(
            r.theme,
            [
                _t("came up in {n}, {times} in all").format(
                    n=count_words().interviews(r.interviews), times=_times(r.points)
                )
            ]
            + ([_t("Idea: {suggestion}").format(suggestion=r.suggestion)] if r.suggestion else []),
        )
        for r in sheet.recurring
    ]
    return Section(
        _t("Themes that keep coming up"),
        entries,
        _t("No theme has come up in more than one interview. Nothing keeps repeating."),
    )


#: Open actions grouped by how they answer their point, in the order the sheet shows them.
GROUPS = ("practice", "presentation", "advice", "other")


def _group_heading(group: str) -> str:
    return {
        "practice": _t("Skills to practise"),
        "presentation": _t("Strengths to show better next time"),
        "advice": _t("Advice you are trying"),
    }.get(group, _t("What you are practising"))


def _actions(sheet: prep.PrepSheet) -> list[Section]:
    """One section per kind of action: practice for a weakness, presentation for an
    impression, advice to try; one encouraging section when there is none."""
    statuses = vocabulary.action_statuses()
    grouped: dict[str, list[Entry]] = {group: [] for group in GROUPS}
    for a in sheet.open_actions:
        where = f"{a.theme} · " if a.theme else ""
        entry = Entry(a.description, [where + statuses.get(a.status, a.status)])
        grouped.get(a.approach, grouped["other"]).append(entry)
    sections = [Section(_group_heading(g), grouped[g], "") for g in GROUPS if grouped[g]]
    return sections or [
        Section(
            _group_heading("other"),
            [],
            _t(
                "No open actions. After a debrief, each point that held you back can become "
                "something small to practise."
            ),
        )
    ]


def _quotes(heading: str, quotes: list[prep.Quote], empty: str) -> Section:
    entries = [
        Entry(
            q.words,
            [f"{q.company} · {q.date.isoformat()}" + (f" · {q.theme}" if q.theme else "")],
            quote=True,
        )
        for q in quotes
    ]
    return Section(heading, entries, empty)


def _clarifications(sheet: prep.PrepSheet) -> Section:
    entries = []
    for c in sheet.clarifications:
        details = [f"{c.company} · {c.date.isoformat()}" + (f" · {c.theme}" if c.theme else "")]
        if c.question:
            details.append(_t("You asked: {question}").format(question=c.question))
        if c.example:
            details.append(_t("Their example: {example}").format(example=c.example))
        entries.append(Entry(c.words, details, quote=True))
    return Section(
        _t("What interviewers explained"),
        entries,
        _t(
            "No clarifications yet. When feedback is unclear, asking for one specific "
            "example makes it much easier to act on."
        ),
    )


def _strengths(sheet: prep.PrepSheet) -> Section:
    entries = [
        Entry(
            s.theme or "",
            [
                _t("praised {times} in {n}").format(
                    times=_times(s.points), n=count_words().interviews(s.interviews)
                )
            ],
        )
        for s in sheet.strengths
    ]
    return Section(
        _t("Strengths to show again"),
        entries,
        _t("No strength praised twice yet. Keep noting what went well: it is worth repeating."),
    )


def sections(sheet: prep.PrepSheet) -> list[Section]:
    """The sheet's parts, each cut to its limit so everything fits on one page."""
    limited = [(_recurring(sheet), LIMITS["recurring"])]
    limited += [(section, LIMITS["actions"]) for section in _actions(sheet)]
    limited += [
        (
            _quotes(
                _t("Advice they gave"),
                sheet.advice,
                _t("No advice noted yet. When they suggest something, it is worth trying."),
            ),
            LIMITS["quotes"],
        ),
        (_clarifications(sheet), LIMITS["clarifications"]),
        (_strengths(sheet), LIMITS["strengths"]),
        (
            _quotes(
                _t("What went well, in their words"),
                sheet.praise,
                _t("No praise noted yet. Keep noting what went well: it is worth repeating."),
            ),
            LIMITS["quotes"],
        ),
    ]
    for section, limit in limited:
        section.more = max(0, len(section.entries) - limit)
        section.entries = section.entries[:limit]
    return [section for section, _ in limited]


def _title(day: dt.date) -> tuple[str, str]:
    return (
        _t("Before your next interview"),
        _t("Prepared by Debrief on {date}, from your own journal.").format(date=day.isoformat()),
    )


def _closing() -> str:
    return _t(
        "Each point is one informed person's view, not a verdict on you. Pick one theme to "
        "show differently next time, and let the rest wait."
    )


def _more(n: int) -> str:
    return _t("…and {n} more in your journal.").format(n=n)


def _entry_html(entry: Entry) -> str:
    """Quotes on a line of their own; a name with its first detail beside it."""
    e = html.escape
    details = list(entry.details)
    if entry.quote:
        head = f"“{e(entry.title)}”"
    else:
        head = f"<b>{e(entry.title)}</b>"
        if details:
            head += f" · {e(details.pop(0))}"
    return head + "".join(f"<br><span style='color:#444'>{e(d)}</span>" for d in details)


def sheet_html(sheet: prep.PrepSheet, day: dt.date | None = None, parts=None, heading=None) -> str:
    """The sheet as simple HTML that QTextBrowser shows and QTextDocument prints; a round's
    sheet hands in its own `parts` (sections) and `heading` (title, subtitle)."""
    title, subtitle = heading or _title(day or dt.date.today())
    e = html.escape
    chosen = sections(sheet) if parts is None else parts
    parts = [f"<h1>{e(title)}</h1>", f"<p style='color:#555'>{e(subtitle)}</p>"]
    for section in chosen:
        parts.append(f"<h2>{e(section.heading)}</h2>")
        if not section.entries:
            parts.append(f"<p style='color:#555'><i>{e(section.empty)}</i></p>")
            continue
        items = [
            f"<li style='margin-bottom:4px'>{_entry_html(entry)}</li>" for entry in section.entries
        ]
        parts.append("<ul style='margin-top:0'>" + "".join(items) + "</ul>")
        if section.more:
            parts.append(f"<p style='color:#555'>{e(_more(section.more))}</p>")
    parts.append(f"<p><i>{e(_closing())}</i></p>")
    return "\n".join(parts)


def _md(text: str) -> str:
    """User text made safe for Markdown: one line, with markup characters escaped."""
    text = " ".join(text.split())
    for char in "\\`*_[]<>#|":
        text = text.replace(char, "\\" + char)
    return text


def sheet_markdown(sheet: prep.PrepSheet, day: dt.date | None = None, parts=None, heading=None):
    """The same sheet as Markdown, for notes apps and plain-text editors."""
    title, subtitle = heading or _title(day or dt.date.today())
    lines = [f"# {_md(title)}", "", f"_{_md(subtitle)}_", ""]
    for section in sections(sheet) if parts is None else parts:
        lines += [f"## {_md(section.heading)}", ""]
        if not section.entries:
            lines += [f"_{_md(section.empty)}_", ""]
            continue
        for entry in section.entries:
            details = [_md(d) for d in entry.details]
            if entry.quote:
                head = f"“{_md(entry.title)}”"
            else:
                head = f"**{_md(entry.title)}**" + (f" · {details.pop(0)}" if details else "")
            lines.append(f"- {head}" + ("  " if details else ""))
            lines += [f"  {d}  " for d in details]
        if section.more:
            lines += ["", _md(_more(section.more))]
        lines.append("")
    lines += [f"_{_md(_closing())}_", ""]
    return "\n".join(lines)


class PrepSheetDialog(QDialog):
    """Shows the prep sheet and saves it; it follows the journal while it is open."""

    def __init__(
        self, journal: Journal, parent=None, filters: insights.Filters | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("prepSheet")
        self.setWindowTitle(self.tr("Prep sheet — Debrief"))
        self.journal = journal
        self.filters = filters
        self.text = QTextBrowser(objectName="prepSheetText", openExternalLinks=False)
        self.text.setAccessibleName(self.tr("Prep sheet"))
        buttons = QDialogButtonBox()
        self.pdf_button = QPushButton(self.tr("Save as PDF…"), objectName="prepSheetPdf")
        self.md_button = QPushButton(self.tr("Save as Markdown…"), objectName="prepSheetMarkdown")
        for button in (self.pdf_button, self.md_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        # Close last, as it is shown: Tab follows the order the buttons were added in.
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.pdf_button.clicked.connect(lambda: self._confirm(self.export_pdf()))
        self.md_button.clicked.connect(lambda: self._confirm(self.export_markdown()))
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 680, 820)
        JournalEvents(journal, self).changed.connect(lambda _change: self.refresh())
        self.refresh()

    def html(self) -> str:  # a round's sheet (round_prep_sheet.py) adds its own parts
        return sheet_html(self.sheet)

    def markdown(self) -> str:
        return sheet_markdown(self.sheet)

    def refresh(self) -> None:
        self.sheet = prep.prep_sheet(self.journal, self.filters)
        scroll = self.text.verticalScrollBar().value()
        self.text.setHtml(self.html())
        self.text.verticalScrollBar().setValue(scroll)

    def _ask(self, fmt: str, kinds: str) -> Path | None:
        suggested = start_folder() / f"debrief-prep-sheet-{dt.date.today().isoformat()}.{fmt}"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save prep sheet"), str(suggested), kinds
        )
        return with_suffix(self, Path(chosen), f".{fmt}") if chosen else None

    def _confirm(self, path: Path | None) -> None:
        """A sheet saved from the buttons: say where, with "Show in folder"."""
        if path is not None:
            text = self.tr("The prep sheet is saved as {path}.").format(path=path)
            confirm_saved(self, self.tr("Prep sheet saved"), text, path)

    def _refused(self, path: Path, exc: OSError) -> None:
        QMessageBox.warning(
            self,
            self.tr("Could not save the prep sheet"),
            self.tr(
                "Debrief could not write {path} ({detail}). Any sheet saved there before "
                "is unchanged. Try another folder."
            ).format(path=path, detail=exc.strerror or exc),
        )

    def export_pdf(self, path: Path | str | None = None) -> Path | None:
        """Save as PDF (asks where unless `path` is given) on a worker, with progress and
        Cancel if it takes a while; returns the file, or None."""
        path = Path(path) if path else self._ask("pdf", self.tr("PDF documents (*.pdf)"))
        if path is None:
            return None
        html_text, title = self.html(), self.windowTitle()
        try:
            return run_with_progress(
                lambda progress: write_pdf(html_text, path, title, progress),
                self.tr("Saving the prep sheet"),
                self,
            )
        except Cancelled:
            return None  # no file: the user knows, they asked
        except OSError as exc:
            self._refused(path, exc)
            return None

    def export_markdown(self, path: Path | str | None = None) -> Path | None:
        """Save as Markdown (asks where unless `path` is given); returns the file or None."""
        path = Path(path) if path else self._ask("md", self.tr("Markdown (*.md)"))
        if path is None:
            return None
        try:
            atomic_file.write_atomic(path, self.markdown().encode("utf-8"))
        except OSError as exc:
            self._refused(path, exc)
            return None
        return path


def open_prep_sheet(journal: Journal, parent=None) -> PrepSheetDialog:
    """For the main window's `actionPrepSheet`: show the whole journal's sheet, non-modal."""
    dialog = PrepSheetDialog(journal, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
