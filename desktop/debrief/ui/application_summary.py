"""The detail pane's view of the whole application: where it came from, and every round."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from debrief.journal.records.application_rounds import ApplicationView
from debrief.ui import vocabulary


def _t(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files every _t() text under ""


def rounds_html(view: ApplicationView, current: int) -> str:
    """One line per round, the selected one in bold: date, stage, format, people, points."""
    e = html.escape
    stages, formats = vocabulary.stages(), vocabulary.round_formats()
    lines = []
    for r in view.rounds:
        parts = [vocabulary.day_words(r.date) + (f" {r.time}" if r.time else "")]
        parts.append(stages.get(r.stage, r.stage))
        if r.format:
            parts.append(formats.get(r.format, r.format))
        if r.interviewers:
            parts.append(r.interviewers)
        if r.points:
            parts.append(
                _t("{n} feedback points").format(n=r.points)
                if r.points > 1
                else _t("1 feedback point")
            )
        text = e(_t("Round {n}").format(n=r.round) + ": " + " · ".join(parts))
        lines.append(f"<b>{text}</b>" if r.interview_id == current else text)
    where = []
    if view.source:
        where.append(_t("found via {source}").format(source=view.source))
    if view.applied_on:
        where.append(_t("applied {day}").format(day=view.applied_on.isoformat()))
    head = _t("Application: {n} rounds").format(n=len(view.rounds))
    if where:
        head += " · " + ", ".join(where)
    return f"<span style='color:palette(placeholder-text)'>{e(head)}</span><br>" + "<br>".join(
        lines
    )
