"""Other trackers' status words translated into our outcome and stage."""

from __future__ import annotations

import re
from dataclasses import dataclass

from debrief.journal.store.models import Outcome, Stage


@dataclass(frozen=True)
class StatusMeaning:
    """What a foreign status says: outcome and stage when it tells them, or never applied."""

    outcome: str | None = None
    stage: str | None = None
    not_applied: bool = False
    known: bool = True


NOT_APPLIED = StatusMeaning(not_applied=True)
UNKNOWN = StatusMeaning(known=False)

# Whole values, compared as lower-case letters and digits only ("Not selected" -> notselected).
_EXACT: dict[str, StatusMeaning] = {}
for _names, _meaning in [
    (
        "saved draft wishlist bookmarked interested notapplied toapply tobeapplied planned "
        "planning shortlisted",
        NOT_APPLIED,
    ),
    (
        "applied submitted applicationsubmitted pending inprogress active open waiting "
        "interview interviewing interviewed interviewscheduled interviewcompleted",
        StatusMeaning(Outcome.PENDING.value),
    ),
    (
        "offer offered offerreceived offeraccepted accepted hired signed offerdeclined "
        "declinedoffer",
        StatusMeaning(Outcome.OFFER.value, Stage.FINAL.value),
    ),
    (
        "rejected rejection declined notselected unsuccessful turneddown denied notmovingforward",
        StatusMeaning(Outcome.REJECTED.value),
    ),
    (
        "withdrawn withdrew withdraw cancelled canceled",
        StatusMeaning(Outcome.WITHDRAWN.value),
    ),
    (
        "ghosted noresponse noreply noanswer expired closed archived stale",
        StatusMeaning(Outcome.NO_RESPONSE.value),
    ),
]:
    _EXACT.update(dict.fromkeys(_names.split(), _meaning))

# Words inside longer values ("Rejected after onsite", "Phone screen scheduled").
_OUTCOME_WORDS = [
    ("reject", Outcome.REJECTED),
    ("not selected", Outcome.REJECTED),
    ("withdr", Outcome.WITHDRAWN),
    ("offer", Outcome.OFFER),
    ("ghost", Outcome.NO_RESPONSE),
    ("no response", Outcome.NO_RESPONSE),
    ("no reply", Outcome.NO_RESPONSE),
    ("interview", Outcome.PENDING),
    ("applied", Outcome.PENDING),
]
_STAGE_WORDS = [
    ("final", Stage.FINAL),
    ("onsite", Stage.ONSITE),
    ("on-site", Stage.ONSITE),
    ("on site", Stage.ONSITE),
    ("panel", Stage.ONSITE),
    ("loop", Stage.ONSITE),
    ("superday", Stage.ONSITE),
    ("technical", Stage.TECHNICAL),
    ("tech ", Stage.TECHNICAL),
    ("coding", Stage.TECHNICAL),
    ("take-home", Stage.TECHNICAL),
    ("take home", Stage.TECHNICAL),
    ("assessment", Stage.TECHNICAL),
    ("case study", Stage.TECHNICAL),
    ("screen", Stage.SCREEN),
    ("phone", Stage.SCREEN),
    ("recruiter", Stage.SCREEN),
    ("other", Stage.OTHER),
]


def _compact(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.casefold())


def status_meaning(text: str) -> StatusMeaning:
    """Outcome and stage a status tells, ignoring case ("REJECTED", "Phone Screen").

    Unrecognised words give `known=False`: the row still imports, as pending.
    """
    if not text.strip():
        return StatusMeaning()
    if exact := _EXACT.get(_compact(text)):
        return exact
    lowered = " ".join(text.casefold().split()) + " "
    outcome = next((o.value for word, o in _OUTCOME_WORDS if word in lowered), None)
    stage = next((s.value for word, s in _STAGE_WORDS if word in lowered), None)
    if outcome is None and stage is None:
        return UNKNOWN
    return StatusMeaning(outcome, stage)
