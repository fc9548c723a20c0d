"""The user's profile (name, signature, preferred channel): how their drafts sign off."""

from __future__ import annotations

from dataclasses import dataclass

from debrief.journal.store.journal import Journal, reads
from debrief.journal.store.models import Channel, Profile
from debrief.journal.store.refusals import InvalidInput, Problem

MAX_TEXT = 2000


@dataclass(frozen=True)
class UserProfile:
    name: str = ""
    signature: str = ""
    channel: str | None = None


@reads
def load_profile(journal: Journal) -> UserProfile:
    """The profile as saved, or an empty one before the user set it."""
    row = Profile.select().order_by(Profile.id).first()
    return UserProfile(row.name, row.signature, row.channel) if row else UserProfile()


@reads
def has_profile(journal: Journal) -> bool:
    """Whether the user has set (or saved empty) the profile: first use asks until then."""
    return Profile.select().exists()


def save_profile(journal: Journal, profile: UserProfile) -> None:
    """Keep the one profile of this journal (it is stored in the journal, not in settings)."""
    problems = [
        Problem(field, "too_long")
        for field in ("name", "signature")
        if len(getattr(profile, field)) > MAX_TEXT
    ]
    if profile.channel is not None and profile.channel not in {c.value for c in Channel}:
        problems.append(Problem("channel", "choice"))
    if problems:
        raise InvalidInput(problems)
    values = {"name": profile.name.strip(), "signature": profile.signature.strip()}
    with journal.writing():
        Profile.delete().where(Profile.id != 1).execute()
        Profile.insert(id=1, channel=profile.channel, **values).on_conflict_replace().execute()
