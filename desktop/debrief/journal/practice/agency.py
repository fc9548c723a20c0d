"""Whether an application came through a recruitment agency, from where it was found.

Through an agency, the request goes to the recruiter, who passes it on to the hiring team:
the drafts then ask them to do that instead of asking the interviewer directly.
"""

from __future__ import annotations

import re

#: Words of an application's source that name an agency or a recruiter working for one.
AGENCY_WORDS = (
    "agency",
    "agencies",
    "recruiter",
    "recruiters",
    "recruitment",
    "recruiting",
    "headhunter",
    "headhunted",
    "headhunters",
    "staffing",
    "search firm",
    "talent partner",
)
_WORDS = re.compile("|".join(rf"\b{re.escape(word)}\b" for word in AGENCY_WORDS))
#: Sources that say recruiting happened in-house, not through an agency.
_IN_HOUSE = re.compile(r"\b(in-house|internal|company|their own)\b")


def through_agency(source: object) -> bool:
    """Whether `source` (an application's "where the job was found") names an agency.

    "Recruiter", "Hays recruitment agency" and "headhunted" do; "company site", "referral"
    and "in-house recruiter" do not.
    """
    text = " ".join(str(source or "").casefold().split())
    return bool(_WORDS.search(text)) and not _IN_HOUSE.search(text)
