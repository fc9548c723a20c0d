"""Other trackers' status words translated into our outcome and stage."""

from __future__ import annotations

import json
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
        "planning shortlisted applying didnotapply didnotapplyinboundrequest gemerkt merkliste "
        "entwurf geplant",
        NOT_APPLIED,
    ),
    (
        "applied submitted applicationsubmitted pending inprogress active open waiting "
        "waitingtohear "
        "interview interviewing interviewed interviewscheduled interviewcompleted "
        "applicationconfirmation applicationreceived beworben bewerbunggesendet "
        "bewerbungverschickt eingereicht offen inbearbeitung gespräch vorstellungsgespräch "
        "eingeladen einladung",
        StatusMeaning(Outcome.PENDING.value),
    ),
    (
        "offer offered offerreceived offeraccepted accepted hired signed offerdeclined "
        "declinedoffer negotiating zusage angebot vertragsangebot",
        StatusMeaning(Outcome.OFFER.value, Stage.FINAL.value),
    ),
    (
        "rejected rejection declined notselected unsuccessful turneddown denied notmovingforward "
        "absage abgelehnt",
        StatusMeaning(Outcome.REJECTED.value),
    ),
    (
        "withdrawn withdrew withdraw cancelled canceled iwithdrew zurückgezogen",
        StatusMeaning(Outcome.WITHDRAWN.value),
    ),
    (
        "ghosted noresponse noreply noanswer expired closed archived stale keineantwort "
        "keinerückmeldung",
        StatusMeaning(Outcome.NO_RESPONSE.value),
    ),
]:
    _EXACT.update(dict.fromkeys(_names.split(), _meaning))

# Words inside longer values ("Rejected after onsite", "Phone screen scheduled").
_OUTCOME_WORDS = [
    ("reject", Outcome.REJECTED),
    ("not selected", Outcome.REJECTED),
    ("absage", Outcome.REJECTED),
    ("zurückgezogen", Outcome.WITHDRAWN),
    ("zusage", Outcome.OFFER),
    ("angebot", Outcome.OFFER),
    ("keine antwort", Outcome.NO_RESPONSE),
    ("keine rückmeldung", Outcome.NO_RESPONSE),
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
    return re.sub(r"[\W_]", "", text.casefold())


def status_text(cell: str) -> str:
    """The status words in a cell: Teal may write a JSON object such as
    {"id": 3, "name": "Interviewing"}; its name is the status. Other cells pass unchanged.
    """
    if not cell.startswith(("{", '"')):
        return cell
    try:
        value = json.loads(cell)
    except (ValueError, RecursionError):  # not JSON, or nested past Python's limit
        return cell
    if isinstance(value, dict):
        value = next((value[k] for k in ("name", "label", "status", "title") if k in value), None)
    return value.strip() if isinstance(value, str) else cell


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
