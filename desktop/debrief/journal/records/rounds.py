"""Applications and their rounds: the next round of an application, and one application whole."""

from __future__ import annotations

import datetime as dt
from typing import Any

from peewee import Expression, fn

from debrief.journal.store.choices import Outcome
from debrief.journal.store.journal import Journal, reads
from debrief.journal.store.models import Application, Interview, Stage
from debrief.journal.store.refusals import Problem, Refused

#: Outcomes after which an application has no next round.
ENDED = (Outcome.REJECTED.value, Outcome.WITHDRAWN.value)

#: The stage a next round usually reaches, after the last round's.
NEXT_STAGE = {
    Stage.SCREEN.value: Stage.TECHNICAL.value,
    Stage.TECHNICAL.value: Stage.ONSITE.value,
    Stage.ONSITE.value: Stage.FINAL.value,
    Stage.FINAL.value: Stage.FINAL.value,
}


def add_next_round(journal: Journal, interview_id: int, today: dt.date | None = None) -> int:
    """Add the next round to the application of `interview_id`; returns the new interview.

    It copies what belongs to the application, takes the stage after the last round's,
    and the later of today and the last round's date (the user sets the real one). An
    application that ended (not selected, withdrawn) is refused: its outcome belongs to
    every round, so a new round would arrive already rejected, with a deadline to ask.
    """
    today = today or dt.date.today()
    with journal.writing():
        interview = Interview.get_by_id(interview_id)
        application = Application.get_by_id(interview.application_id)
        if application.outcome in ENDED:
            raise Refused([Problem("outcome", "application_ended")])
        last = (
            Interview.select()
            .where(Interview.application == application.id)
            .order_by(Interview.round.desc())
            .first()
        )
        new = Interview.create(
            application=application.id,
            round=last.round + 1,
            company=application.company,
            role=application.role,
            link=application.link,
            outcome=application.outcome,
            told_at=application.told_at,
            told_via=application.told_via,
            stage=NEXT_STAGE.get(last.stage, Stage.OTHER.value),
            date=max(today, last.date),
        )
    return new.id


def is_last_round() -> Expression:
    """SQL, per interview row: no later round of its application exists. The outcome and
    the asking belong to the application, so a rejection is debriefed on its last round."""
    later = Interview.alias()
    return ~fn.EXISTS(
        later.select(later.id).where(
            (later.application == Interview.application) & (later.round > Interview.round)
        )
    )


@reads
def application_ended(journal: Journal, interview_id: int) -> bool:
    """Whether the interview's application ended (not selected, withdrawn): it has no next
    round, so the window offers none."""
    outcome = (
        Application.select(Application.outcome)
        .join(Interview, on=Interview.application == Application.id)
        .where(Interview.id == interview_id)
        .scalar()
    )
    return outcome in ENDED


@reads
def application_of(journal: Journal, interview_id: int) -> dict[str, Any] | None:
    """The application an interview belongs to, with its rounds in order (id, round,
    date, time, stage, format)."""
    interview = Interview.get_or_none(Interview.id == interview_id)
    if interview is None or interview.application_id is None:
        return None
    application = Application.get_by_id(interview.application_id)
    rounds = (
        Interview.select(
            Interview.id,
            Interview.round,
            Interview.date,
            Interview.time,
            Interview.stage,
            Interview.format,
        )
        .where(Interview.application == application.id)
        .order_by(Interview.round, Interview.id)
        .tuples()
    )
    return {**application.__data__, "round_list": list(rounds)}
