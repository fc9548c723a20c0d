"""Which column of another tracker's export fills which interview field, and empty markers."""

from __future__ import annotations

import re

#: Fields an imported row can fill. "applied" is read when a row's "date" is blank;
#: "contact" and "email" become the interview's interviewer.
TARGETS = (
    "company",
    "role",
    "stage",
    "date",
    "applied",
    "notes",
    "link",
    "outcome",
    "contact",
    "email",
)
#: Targets read as dates, all with one day/month order.
DATE_TARGETS = ("date", "applied")
#: Without these a row cannot become an interview, so the mapping step must set them.
REQUIRED_TARGETS = ("company", "date")
#: Cells that mean "nothing here": JobSync writes N/A, Huntr "-".
EMPTY_MARKERS = {"n/a", "#n/a", "null", "nil", "-", "--", "–", "—"}

_APPLIED = (
    "applieddate",
    "dateapplied",
    "appliedon",
    "appliedat",
    "applicationdate",
    "beworbenam",
    "bewerbungsdatum",
)
_STATUS = ("status", "applicationstatus", "statusname", "statuslabel", "listname")

# Header aliases per target, best first, compacted (`compact`). They cover JobSync,
# Huntr, Teal, JustAJobApp, Reactive Resume, Simplify and German tracker exports, and
# the usual hand-made sheets. A header may fill two targets (a status tells the stage
# and the outcome; JustAJobApp's sender is the company and the contact).
ALIASES: dict[str, tuple[str, ...]] = {
    "company": (
        "company",
        "companyname",
        "employer",
        "organization",
        "organisation",
        "org",
        "firma",
        "unternehmen",
        "arbeitgeber",
        "sendername",
    ),
    "role": (
        "role",
        "jobtitle",
        "title",
        "position",
        "positiontitle",
        "jobposition",
        "jobrole",
        "job",
        "stelle",
        "stellenbezeichnung",
    ),
    "stage": ("stage", "interviewstage", *_STATUS),
    "date": (
        "interviewdate",
        "gesprächam",
        "gesprächsdatum",
        "interviewam",
        *_APPLIED,
        "date",
        "datum",
        "datereceived",
        "receivedat",
        "stagedate",
        "stageenteredat",
        "createdat",
        "addedat",
    ),
    "applied": _APPLIED,
    "notes": ("notes", "note", "comments", "comment", "notizen", "notiz", "bemerkung", "subject"),
    "link": ("url", "link", "joburl", "jobposting", "jobpostingurl", "postingurl", "joblink"),
    "outcome": ("outcome", "result", "ergebnis", *_STATUS),
    "contact": (
        "contact",
        "contactname",
        "contactperson",
        "recruiter",
        "recruitername",
        "interviewer",
        "interviewername",
        "hiringmanager",
        "ansprechpartner",
        "kontakt",
        "sendername",
    ),
    "email": (
        "contactemail",
        "recruiteremail",
        "intervieweremail",
        "senderemail",
        "email",
        "emailaddress",
        "mail",
    ),
}


def compact(header: str) -> str:
    """Letters and digits only, ignoring case: "Gespräch am" -> "gesprächam"."""
    return re.sub(r"[\W_]", "", header.casefold())


def guess_mapping(headers: list[str]) -> dict[str, str]:
    """target -> source header for every target a header alias names; others stay unset.

    "applied" (read when the date is blank) is never the column "date" already reads.
    """
    by_alias: dict[str, str] = {}
    for header in headers:
        by_alias.setdefault(compact(header), header)
    mapping: dict[str, str] = {}
    for target, aliases in ALIASES.items():
        taken = mapping.get("date") if target == "applied" else None
        found = (by_alias[a] for a in aliases if a in by_alias and by_alias[a] != taken)
        header = next(found, None)
        if header is not None:
            mapping[target] = header
    return mapping


def missing_targets(mapping: dict[str, str]) -> list[str]:
    """The required targets the mapping leaves unset (the UI keeps Import disabled)."""
    return [t for t in REQUIRED_TARGETS if not mapping.get(t)]
