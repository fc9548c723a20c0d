"""Message drafts from the templates in resources/templates, and mailto: links to send them."""

from __future__ import annotations

import datetime as dt
import re
import urllib.parse
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from debrief.journal.practice import templates_store
from debrief.journal.practice.templates_store import TEMPLATES as TEMPLATES
from debrief.journal.practice.templates_store import TemplateProblem
from debrief.journal.store.models import Channel

if TYPE_CHECKING:
    from debrief.journal.store.models import Interview, Interviewer

#: The most a LinkedIn connection note may hold; the Ask page counts down to it.
LINKEDIN_LIMIT = 300

#: What a placeholder shows when the journal has no value: a visible gap in brackets for
#: the user to fill (never a guess such as "Hi there" or "your company"), except where
#: plain words read naturally ("when we met recently").
FALLBACKS: dict[str, str] = {
    "interviewer_name": "[their name]",
    "role": "[role]",
    "company": "[company]",
    "user_name": "[your name]",
    "interview_date": "recently",
    "interview_when": "recently",
    "their_point": "[one thing they said]",
    "coming_up": "",
}
#: Said only when the journal has an interview ahead (`coming_up=True` in the values).
COMING_UP = " I have another interview coming up soon, so this would help me right away."
#: A gap left for the user to fill in a draft: the checker and the user can find it.
GAP = re.compile(r"\[(their name|role|company|your name|one thing they said)\]")
SIGN_OFF = "Best regards,"
_MONTHS = (
    "January February March April May June July August September October November December"
).split()
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+)?")
_LINE_BREAKS = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]+")


#: Title words that tell who is most senior, highest first: the request goes to them.
SENIORITY = (
    ("chief", "ceo", "cto", "cfo", "coo", "founder", "partner"),
    ("vp", "svp", "evp", "vice"),
    ("director", "head"),
    ("principal",),
    ("manager", "lead", "leader", "supervisor"),
    ("senior", "sr", "staff"),
)
_WORDS = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class Draft:
    subject: str  # empty for call scripts
    body: str
    #: Why the user's edited template was set aside for the shipped one (None: it was not).
    problem: TemplateProblem | None = None
    unknown: tuple[str, ...] = ()  # the placeholders of that copy no draft fills
    template: str = ""  # which template made it


def _valid_unicode(text: str) -> str:
    """Pair up split surrogates and replace lone ones, so the text can be encoded as UTF-8."""
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def _date_words(value: dt.date) -> str:
    """'3 March 2025': the templates are English, so the date is too, whatever the locale."""
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


def _clean(value: object) -> str:
    """A placeholder value as one tidy line of text; empty when there is nothing usable."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return _date_words(value)
    try:
        text = str(value)
    except Exception:  # a value that cannot even say what it is: fall back, never fail
        return ""
    text = _one_line(text)
    if _ISO_DATE.fullmatch(text):  # dates stored as ISO text read as words too
        try:
            return _date_words(dt.date.fromisoformat(text[:10]))
        except ValueError:
            pass
    return text


def _one_line(text: str) -> str:
    """`text` as one tidy line: line breaks and runs of spaces become one space."""
    return " ".join(_LINE_BREAKS.sub(" ", _valid_unicode(text)).split())


def _sign_off(signature: object, user_name: str) -> str:
    """The user's own signature (lines kept), or "Best regards," and their name or a gap."""
    lines = [_clean(line) for line in str(signature or "").splitlines()]
    own = "\n".join(line for line in lines if line)
    return own or f"{SIGN_OFF}\n{user_name or FALLBACKS['user_name']}"


def gaps(text: str) -> list[tuple[int, int]]:
    """Where a draft still has a gap to fill: (start, end) of each bracketed placeholder."""
    return [match.span() for match in GAP.finditer(text)]


def template_text(name: str) -> str:
    """The text of template `name` (one of TEMPLATES) that drafts use: the user's edited
    copy when there is a usable one, else the one shipped in debrief.resources."""
    return templates_store.load(name).text


def template_for(purpose: str, channel: str | None) -> str:
    """The template to ask ("ask") or thank ("thank") by e-mail or by phone."""
    kind = "email" if channel == Channel.EMAIL else "call_script"
    return f"{'thank' if purpose == 'thank' else 'ask'}_{kind}"


def draft(template: str, **values: object) -> Draft:
    """Fill template `template` with `values`; missing or empty values get FALLBACKS.

    Dates may be given as `datetime.date`; `interview_when` ("on 3 March 2025" or
    "recently") is derived from `interview_date` unless given. `signature` (lines kept)
    replaces the sign-off "Best regards," and `user_name`.
    """
    values = dict(values)
    signature = values.pop("signature", "")
    coming_up = COMING_UP if values.pop("coming_up", False) else ""
    cleaned = {name: _clean(value) for name, value in values.items()}
    cleaned["sign_off"] = _sign_off(signature, cleaned.get("user_name", ""))
    cleaned["coming_up"] = coming_up  # after cleaning: its leading space joins it on
    if not cleaned.get("interview_when") and cleaned.get("interview_date"):
        cleaned["interview_when"] = f"on {cleaned['interview_date']}"

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        return cleaned.get(name) or FALLBACKS.get(name, match.group(0))

    name = template.removesuffix(".txt")
    loaded = templates_store.load(name)
    text = _PLACEHOLDER.sub(fill, loaded.text)
    subject = ""
    first, _, rest = text.partition("\n")
    if first.startswith("Subject:"):
        subject, text = first.removeprefix("Subject:").strip(), rest
    return Draft(subject, text.strip(), loaded.problem, loaded.unknown, name)


def interview_values(
    interview: Interview, interviewer: Interviewer | None = None, user_name: str = ""
) -> dict[str, object]:
    """Placeholder values taken from an interview and the interviewer asked."""
    return {
        "interviewer_name": interviewer.name if interviewer is not None else "",
        "role": interview.role,
        "company": interview.company,
        "interview_date": interview.date,
        "user_name": user_name,
    }


def seniority(title: object) -> int:
    """How senior a job title reads: 0 for none of SENIORITY's words, higher is more senior."""
    words = set(_WORDS.findall(str(title or "").lower()))
    for rank, group in enumerate(SENIORITY):
        if words.intersection(group):
            return len(SENIORITY) - rank
    return 0


def addressee(people: Sequence[Mapping[str, object]]) -> int | None:
    """Which of the interviewers met to ask first: the most senior by title; when no title
    tells, the first listed (the interview's own people, so the latest round's). None if
    nobody was named."""
    if not people:
        return None
    ranks = [seniority(person.get("title")) for person in people]
    return ranks.index(max(ranks))


def mailto_url(to: str, subject: str, body: str) -> str:
    """A mailto: URL (RFC 6068): UTF-8 percent-encoded, spaces as %20, lines ending CRLF.

    `to` may hold several addresses separated by commas.
    """
    # The user's own words, as typed: one line each, but a date stays as they wrote it.
    address = urllib.parse.quote(_one_line(to).replace(" ", ""), safe="@,")
    fields = []
    if subject:
        fields.append("subject=" + urllib.parse.quote(_one_line(subject), safe=""))
    if body:
        lines = _valid_unicode(body).replace("\r\n", "\n").replace("\r", "\n").split("\n")
        fields.append("body=" + urllib.parse.quote("\r\n".join(lines), safe=""))
    return "mailto:" + address + ("?" + "&".join(fields) if fields else "")


def _values(context: Mapping[str, object]) -> dict[str, object]:
    """Template values from the wizard's context, which names the interviewer "interviewer"."""
    values = dict(context)
    values.setdefault("interviewer_name", values.get("interviewer"))
    values.pop("through_agency", None)
    return values


def _variant(template: str, context: Mapping[str, object]) -> str:
    """Through a recruitment agency, the message to the recruiter where there is one: it
    asks them to pass the request on to the hiring team, and thanks them for doing so."""
    agency = f"{template}_agency"
    return agency if context.get("through_agency") and agency in TEMPLATES else template


def request_draft(channel: str | None, context: Mapping[str, object], short: bool = False) -> Draft:
    """The request for advice by e-mail or call script, filled from the wizard's context.

    `short` gives the brief form of the channel: a LinkedIn message instead of the e-mail
    (LINKEDIN_LIMIT characters), a voicemail instead of the call script.
    """
    return draft(request_template(channel, short, context), **_values(context))


def request_template(
    channel: str | None, short: bool = False, context: Mapping[str, object] | None = None
) -> str:
    """Which template the request is drafted from, for this channel, form and context."""
    template = template_for("ask", channel)
    if short:
        template = "ask_linkedin" if channel == Channel.EMAIL else "ask_voicemail"
    return _variant(template, context or {})


def thank_draft(channel: str | None, context: Mapping[str, object]) -> Draft:
    """The thank-you note by e-mail or call script, filled from the wizard's context."""
    return draft(_variant(template_for("thank", channel), context), **_values(context))


def thank_anyway_draft(context: Mapping[str, object]) -> Draft:
    """A short thanks for a declined request: it accepts the answer and asks nothing more."""
    return draft(_variant("thank_anyway_email", context), **_values(context))


def follow_up_draft(context: Mapping[str, object]) -> Draft:
    """The one polite follow-up after no reply: it accepts the decision and lets them off."""
    return draft(_variant("follow_up_email", context), **_values(context))


def _name_pattern(name: str) -> re.Pattern[str] | None:
    name = " ".join(name.split())
    return re.compile(rf"(?<!\w){re.escape(name)}(?!\w)") if name else None


def readdress(text: str, old_name: str, new_name: str) -> str:
    """`text` written to `old_name`, now to `new_name`: their full name becomes the new
    full name, their first name alone the new first name; a text with neither has its gap
    for a name filled."""
    new = " ".join(new_name.split()) or FALLBACKS["interviewer_name"]
    old = " ".join(old_name.split())
    pairs = [(old, new)]
    if " " in old:
        pairs.append((old.split(" ")[0], new.split(" ")[0]))
    result = text
    for before, after in pairs:
        pattern = _name_pattern(before)
        if pattern is not None:
            result = pattern.sub(lambda _match, after=after: after, result)
    if result == text:
        pattern = _name_pattern(FALLBACKS["interviewer_name"])
        result = pattern.sub(lambda _match: new, text) if pattern else text
    return result
