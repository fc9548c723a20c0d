"""Peewee models of a journal: interviews, who ran them, the feedback they produced."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from peewee import (
    SQL,
    BooleanField,
    DateField,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from debrief.journal.store.binding import models_database
from debrief.journal.store.choices import (  # noqa: F401 (re-exported: the models' vocabulary)
    ActionStatus,
    Channel,
    Outcome,
    PointKind,
    Reached,
    Response,
    RoundFormat,
    Stage,
    ToldVia,
    Verdict,
    WizardStep,
)


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _choices(enum: type[StrEnum]) -> list[tuple[str, str]]:
    return [(m.value, m.value) for m in enum]


class BaseModel(Model):
    class Meta:
        database = models_database  # the journal of the running operation (binding.py)
        legacy_table_names = False


class Application(BaseModel):
    """One job applied for; its interviews are its rounds. Its company, role, link, outcome
    and how the user was told are mirrored on every round by SQL triggers (either side may
    be written), so the interviews table filters and sorts them through its own indexes."""

    company = TextField()
    role = TextField()
    source = TextField(default="")  # where the job was found: a board, a referral...
    link = TextField(default="")
    applied_on = DateField(null=True)
    outcome = TextField(choices=_choices(Outcome), default=Outcome.PENDING.value)
    told_at = DateTimeField(null=True)
    told_via = TextField(choices=_choices(ToldVia), null=True)
    created_at = DateTimeField(default=_now)
    # How many interviews (rounds) it has. Kept by SQL triggers, never written by Python.
    rounds = IntegerField(constraints=[SQL("DEFAULT 0")])


class Interview(BaseModel):
    company = TextField(index=True)
    role = TextField(index=True)
    stage = TextField(choices=_choices(Stage), default=Stage.SCREEN.value, index=True)
    date = DateField(index=True)
    feeling = IntegerField(null=True, index=True)  # 1 (badly) .. 5 (very well)
    notes = TextField(default="")
    link = TextField(default="")
    outcome = TextField(choices=_choices(Outcome), default=Outcome.PENDING.value, index=True)
    # When and how the user learned the outcome. For "never told", told_at is the moment
    # the user checked the status themselves: the ask deadline runs from then.
    told_at = DateTimeField(null=True)
    told_via = TextField(choices=_choices(ToldVia), null=True)
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)
    # The wizard step of this interview's newest unfinished debrief, or None. Kept by SQL
    # triggers on feedbackrequest (see derived.py), never written by Python, so the
    # table can sort 100,000 interviews by it through an index.
    debrief_step = TextField(null=True, index=True)
    # Reached bits over all its requests and points (asked, in time, feedback given,
    # clarified, thanked). Kept by SQL triggers (derived.py), never written by Python:
    # no Python default, so inserts leave it to the triggers. The funnel counts rejected
    # interviews per value through one index instead of grouping their requests.
    feedback_steps = IntegerField(constraints=[SQL("DEFAULT 0")])
    # The application this interview is a round of, and which round. An interview written
    # without an application gets one of its own from a trigger (one round).
    application = ForeignKeyField(
        Application, null=True, backref="interviews", on_delete="CASCADE", index=False
    )
    round = IntegerField(default=1, index=True)
    time = TextField(null=True)  # "HH:MM" when the time of day is known
    format = TextField(choices=_choices(RoundFormat), null=True)


class Interviewer(BaseModel):
    interview = ForeignKeyField(Interview, backref="interviewers", on_delete="CASCADE")
    name = TextField()
    title = TextField(default="")
    email = TextField(default="")
    phone = TextField(default="")


class Theme(BaseModel):
    """A recurring weakness or strength; names are unique ignoring case."""

    name = TextField(unique=True, collation="NOCASE")
    builtin = BooleanField(default=False)
    suggestion = TextField(default="")  # improvement idea that prefills an action


class Action(BaseModel):
    """Something to practise before the next interview."""

    theme = ForeignKeyField(Theme, null=True, backref="actions", on_delete="SET NULL")
    description = TextField()
    status = TextField(choices=_choices(ActionStatus), default=ActionStatus.OPEN.value)
    created_at = DateTimeField(default=_now)
    done_at = DateTimeField(null=True)


class FeedbackRequest(BaseModel):
    """One asking for feedback, its answer, the thanks, and how far the wizard got."""

    interview = ForeignKeyField(Interview, backref="requests", on_delete="CASCADE")
    interviewer = ForeignKeyField(Interviewer, null=True, backref="requests", on_delete="SET NULL")
    channel = TextField(choices=_choices(Channel), null=True)
    asked_at = DateTimeField(null=True)
    words = TextField(default="")
    in_time = BooleanField(null=True)  # asked within the deadline; None until asked
    response = TextField(choices=_choices(Response), default=Response.WAITING.value)
    responded_at = DateTimeField(null=True)
    thanked_at = DateTimeField(null=True)
    thank_words = TextField(default="")
    wizard_step = TextField(choices=_choices(WizardStep), default=WizardStep.NOTICE.value)
    draft = TextField(default="")  # JSON of wizard fields not yet committed
    created_at = DateTimeField(default=_now)
    # Derived by SQL triggers (derived.py), never written by Python: copies of the
    # interview's outcome and date, and the days from asking to an answer (feedback or a
    # refusal), so the funnel's median reply time walks one index without joining interviews.
    interview_outcome = TextField(null=True)
    interview_date = DateField(null=True)
    reply_days = FloatField(null=True)
    # When the one polite follow-up went out after no reply; None until then.
    followed_up_at = DateTimeField(null=True)


class FeedbackPoint(BaseModel):
    """What an interviewer said, verbatim, and what the user made of it."""

    interview = ForeignKeyField(Interview, backref="points", on_delete="CASCADE")
    request = ForeignKeyField(FeedbackRequest, null=True, backref="points", on_delete="CASCADE")
    kind = TextField(choices=_choices(PointKind), default=PointKind.HELD_BACK.value, index=True)
    theme = ForeignKeyField(Theme, null=True, backref="points", on_delete="SET NULL")
    words = TextField()
    verdict = TextField(choices=_choices(Verdict), null=True)
    clarify_question = TextField(default="")
    clarify_example = TextField(default="")
    action = ForeignKeyField(Action, null=True, backref="points", on_delete="SET NULL")
    position = IntegerField(default=0)
    created_at = DateTimeField(default=_now)
    # Derived by SQL triggers (derived.py), never written by Python: a copy of the
    # interview's date, and 1 on exactly one point (the lowest id) per interview, kind and
    # theme, so counting those counts interviews. Together they let the weakness and trend
    # charts count index ranges without joining interviews or counting distinct values.
    interview_date = DateField(null=True)
    first_on_theme = BooleanField(constraints=[SQL("DEFAULT 0")])
    # The user's own note on the point: why they disagree, kept when no action is.
    note = TextField(default="", constraints=[SQL("DEFAULT ''")])


class Profile(BaseModel):
    """The user's name, signature and preferred channel, for drafts. One row at most."""

    name = TextField(default="")
    signature = TextField(default="")
    channel = TextField(choices=_choices(Channel), null=True)


ALL_MODELS: list[type[BaseModel]] = [
    Application,
    Interview,
    Interviewer,
    Theme,
    Action,
    FeedbackRequest,
    FeedbackPoint,
]

BUILTIN_THEMES: dict[str, str] = {
    "Enthusiasm": "Say out loud why this role and company excite you; prepare two reasons.",
    "Technical depth": "Pick the weakest topic raised and practise explaining it end to end.",
    "Communication": "Practise answering in a clear structure: situation, action, result.",
    "Preparation": "Research the company, its product and the interviewers beforehand.",
    "Experience fit": "Map each job requirement to a concrete example from your past work.",
    "Culture fit": "Prepare stories that show how you work with others and handle conflict.",
    "First impression": "Rehearse your opening minute: greeting, posture, a short introduction.",
    "Questions asked": "Prepare three thoughtful questions about the team and the work.",
}
