"""The prep sheet of one upcoming round: what this company taught, open actions with their age."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from debrief.journal.practice.round_prep import RoundPrep, round_prep
from debrief.journal.store.journal import Journal
from debrief.ui import prep_sheet as base
from debrief.ui import vocabulary
from debrief.ui.prep_sheet import Entry, PrepSheetDialog, Section


def _t(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files every _t() text under ""


def heading(r: RoundPrep) -> tuple[str, str]:
    """'Before your Quill interview', and when, how and with whom."""
    when = vocabulary.day_words(r.date) + (f", {r.time}" if r.time else "")
    how = f" · {vocabulary.round_formats().get(r.format, r.format)}" if r.format else ""
    sub = _t("Round {round} for {role}, {when}{how}.").format(
        round=r.round, role=r.role, when=when, how=how
    )
    if r.interviewers:
        sub += " " + _t("You will meet {people}.").format(people=", ".join(r.interviewers))
    return _t("Before your {company} interview").format(company=r.company), sub


def _past_entry(past, outcomes: dict[str, str], kinds: dict[str, str]) -> Entry:
    title = (
        _t("Round {round} of this application").format(round=past.round)
        if past.same_application
        else _t("{role}, round {round}").format(role=past.role, round=past.round)
    )
    outcome = "" if past.same_application else f" · {outcomes.get(past.outcome, past.outcome)}"
    details = [
        vocabulary.day_words(past.date) + outcome
    ]  # this application's outcome is still open
    if past.interviewers:
        details.append(_t("Interviewers: {names}").format(names=past.interviewers))
    for point in past.points:
        theme = f" ({point.theme})" if point.theme else ""
        details.append(f"{kinds.get(point.kind, point.kind)}{theme}: “{point.words}”")
    if not past.points:
        details.append(_t("No feedback noted for this round."))
    return Entry(title, details)


def company_section(r: RoundPrep) -> Section:
    outcomes, kinds = vocabulary.outcomes(), vocabulary.point_kinds()
    entries = [_past_entry(past, outcomes, kinds) for past in r.history]
    for name, times in sorted(r.met_before.items()):
        met = _t("you have met them before, {times}").format(times=base._times(times))
        entries.append(Entry(name, [met]))
    return Section(
        _t("What you learned about {company} before").format(company=r.company),
        entries,
        _t(
            "This is your first interview with {company}: nothing to look back on yet. "
            "Everything below comes from your other interviews."
        ).format(company=r.company),
    )


def _open_for(days: int) -> str:
    if days <= 0:
        return _t("open since today")
    return _t("open for 1 day") if days == 1 else _t("open for {n} days").format(n=days)


def aged_actions(r: RoundPrep) -> list[Section]:
    """Open actions grouped as on the journal's sheet, each saying how long it has waited."""
    statuses = vocabulary.action_statuses()
    grouped: dict[str, list[Entry]] = {group: [] for group in base.GROUPS}
    for a in r.sheet.open_actions:
        where = f"{a.theme} · " if a.theme else ""
        detail = f"{where}{statuses.get(a.status, a.status)} · "
        detail += _open_for(r.days_open.get(a.action_id, 0))
        grouped.get(a.approach, grouped["other"]).append(Entry(a.description, [detail]))
    found = [Section(base._group_heading(g), grouped[g], "") for g in base.GROUPS if grouped[g]]
    for section in found:
        section.more = max(0, len(section.entries) - base.LIMITS["actions"])
        section.entries = section.entries[: base.LIMITS["actions"]]
    return found


def round_sections(r: RoundPrep) -> list[Section]:
    """The company first, then the journal's sheet with its actions aged."""
    general = base.sections(r.sheet)
    actions = len(base._actions(r.sheet))
    aged = aged_actions(r) or general[1 : 1 + actions]
    return [company_section(r), general[0], *aged, *general[1 + actions :]]


class RoundPrepDialog(PrepSheetDialog):
    """The prep sheet for one round; printable, and saved as PDF or Markdown like the other."""

    def __init__(self, journal: Journal, interview_id: int, parent=None) -> None:
        self.interview_id = interview_id
        self.round: RoundPrep | None = None
        super().__init__(journal, parent)

    def refresh(self) -> None:
        self.round = round_prep(self.journal, self.interview_id)
        if self.round is None:  # the round was deleted while the sheet was open
            super().refresh()
            return
        self.sheet = self.round.sheet
        title = self.tr("Prep sheet for {company}, round {round} — Debrief")
        self.setWindowTitle(title.format(company=self.round.company, round=self.round.round))
        scroll = self.text.verticalScrollBar().value()
        self.text.setHtml(self.html())
        self.text.verticalScrollBar().setValue(scroll)

    def html(self) -> str:
        if self.round is None:
            return super().html()
        return base.sheet_html(
            self.sheet, parts=round_sections(self.round), heading=heading(self.round)
        )

    def markdown(self) -> str:
        if self.round is None:
            return super().markdown()
        return base.sheet_markdown(
            self.sheet, parts=round_sections(self.round), heading=heading(self.round)
        )
