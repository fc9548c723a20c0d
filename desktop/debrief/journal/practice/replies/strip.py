"""Finds the interviewer's own words in a pasted reply: no quoted mail, greeting or signature."""

from __future__ import annotations

import re
from dataclasses import dataclass

from debrief.journal.practice.replies import kinds
from debrief.journal.practice.replies.shape import is_filler

# A pasted reply carries the whole e-mail around the few sentences that matter: the
# request it answers (quoted), a greeting, a sign-off, a signature, a legal footer. Each
# rule below removes one of these; what is left keeps its offsets into the paste, so the
# window can show where a point came from.


@dataclass(frozen=True)
class Line:
    """One kept line: text[start:end] of the paste, with a transcript label already removed."""

    start: int
    end: int
    text: str
    #: A bullet, a numbered item or a labelled line starts a point of its own.
    starts_item: bool = False


# Where the earlier mail starts: everything from here down is someone else's words.
_WROTE = re.compile(
    r"^\s*(on\b.{0,200}\bwrote|le\b.{0,200}\ba écrit|am\b.{0,200}\bschrieb"
    r"|el\b.{0,200}\bescribió|il\b.{0,200}\bha scritto|op\b.{0,200}\bschreef)\b.{0,80}:\s*$",
    re.IGNORECASE,
)
_ORIGINAL = re.compile(
    r"^\s*-{2,}\s*(original message|forwarded message|ursprüngliche nachricht"
    r"|message d'origine|mensaje original|messaggio originale|oorspronkelijk bericht)",
    re.IGNORECASE,
)
_FORWARDED = re.compile(
    r"^\s*-{2,}\s*(forwarded message|weitergeleitete nachricht|message transféré"
    r"|mensaje reenviado|messaggio inoltrato|doorgestuurd bericht)",
    re.IGNORECASE,
)
_RULE = re.compile(r"^\s*_{8,}\s*$")
_HEADER_FROM = re.compile(r"^\s*\*?(from|von|de|da|van|od)\s*\*?\s?:\s*\S", re.IGNORECASE)
_HEADER_NEXT = re.compile(
    r"^\s*\*?(sent|date|to|cc|bcc|subject|gesendet|datum|an|betreff|envoyé|objet|à|enviado|asunto"
    r"|inviato|oggetto|verzonden|onderwerp)\s*\*?\s?:",
    re.IGNORECASE,
)

# Where the signature starts: the sign-off, the "-- " line, a phone's tag line, a footer.
_VALEDICTION = re.compile(
    r"^\s*((with )?(best|kind|warm|warmest|many|kindest)( regards| wishes)?|regards"
    r"|thanks?( (again|so much|a lot))?( (&|and) regards)?|many thanks|cheers|all the best"
    r"|(yours )?(sincerely|faithfully|truly)|yours|warmly|best|take care( and good luck)?"
    r"|talk soon|speak soon|thank you|respectfully|ciao|mit freundlichen grüßen"
    r"|(viele|beste|liebe) grüße|cordialement|bien à vous|saludos( cordiales)?|un saludo"
    r"|met vriendelijke groet(en)?|cordiali saluti|distinti saluti|pozdrawiam"
    r"|z poważaniem|atenciosamente|abraços|med vänlig hälsning|mvh)\b[^.?\n]{0,40}[,!]?\s*$",
    re.IGNORECASE,
)
_SIGNATURE_DASHES = re.compile(r"^--\s*$")
_DEVICE = re.compile(
    r"^\s*(sent from my \w+|sent from (outlook|mail|yahoo|gmail)|get outlook for|envoyé de mon"
    r"|von meinem \w+ gesendet|enviado desde mi)",
    re.IGNORECASE,
)
_FOOTER = re.compile(
    r"^\s*(confidentiality notice|disclaimer|this (e-?mail|message) (and any attachments? )?"
    r"(is|are|has been|may contain|contains|and)|this (e-?mail|message) is intended"
    r"|the information (contained )?in this (e-?mail|message))",
    re.IGNORECASE,
)

# Transcripts: "[00:01:12] Sarah:" or "Interviewer:" before what was said.
_TIMESTAMP = re.compile(r"^\s*[\[(]?\d{1,2}:\d{2}(:\d{2})?[\])]?\s*[-–]?\s*")
_LABEL = re.compile(r"^\s*([A-Z][\w.'’&/ -]{0,40}?)\s*(\([^)]{0,30}\))?\s*:\s+(?=\S)")
_USER_LABELS = {"me", "i", "myself", "you", "candidate", "applicant", "the candidate"}
_BULLET = re.compile(r"^\s*([-*•·–—▪◦]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+")
_GREETING = re.compile(
    r"^\s*(hi|hello|hey|hiya|heya|dear|good (morning|afternoon|evening)|morning|afternoon"
    r"|greetings|hola|bonjour|salut|hallo|guten tag|ciao|buongiorno|hej|cześć|dzień dobry|olá)"
    r"\b([^\n,!:]{0,40}?)(,|!|:|\s[-–—]\s|$)\s*",
    re.IGNORECASE,
)


def kept_lines(text: str) -> list[Line]:
    """The lines of `text` that hold the interviewer's reply, in order."""
    lines = _split_lines(text)
    lines = _before_quoted_mail(lines)
    lines = [line for line in lines if not line.text.lstrip().startswith(">")]
    lines = _before_signature(lines)
    lines = _without_trailing_name(lines)
    lines = _transcript_lines(lines)
    return _without_greeting(lines)


def _split_lines(text: str) -> list[Line]:
    found = []
    for match in re.finditer(r"[^\n]*", text):
        if match.start() > 0 and text[match.start() - 1] != "\n":
            continue  # the empty match right after a line's last character
        raw = match.group().rstrip("\r")
        found.append(Line(match.start(), match.start() + len(raw), raw))
    return found


def _before_quoted_mail(lines: list[Line]) -> list[Line]:
    for index, line in enumerate(lines):
        # The lines above are read only at a forward: copying them for every line made a
        # paste of 200,000 short lines take a minute.
        if _FORWARDED.match(line.text) and not any(_own_feedback(x.text) for x in lines[:index]):
            # A recruiter passing on the firm's words: they are below the forward, and
            # what is above it is only "see below" (its own feedback would be kept).
            return lines[:index] + _before_quoted_mail(_after_headers(lines[index + 1 :]))
        joined = " ".join(other.text.strip() for other in lines[index : index + 3])
        if _ORIGINAL.match(line.text) or _RULE.match(line.text):
            return lines[:index]
        if _WROTE.match(line.text) or (_WROTE.match(joined) and line.text.strip()):
            if _looks_like_attribution(lines, index):
                return lines[:index]
        if _HEADER_FROM.match(line.text) and any(
            _HEADER_NEXT.match(other.text) for other in lines[index + 1 : index + 5]
        ):
            return lines[:index]
    return lines


def _after_headers(lines: list[Line]) -> list[Line]:
    """The forwarded mail's body: its From/Date/Subject/To lines and blanks skipped."""
    index = 0
    while index < len(lines) and (
        not lines[index].text.strip()
        or _HEADER_FROM.match(lines[index].text)
        or _HEADER_NEXT.match(lines[index].text)
    ):
        index += 1
    return lines[index:]


def _looks_like_attribution(lines: list[Line], index: int) -> bool:
    """An "On ... wrote:" line, possibly wrapped over up to three lines, and nothing else."""
    for width in (1, 2, 3):
        chunk = " ".join(line.text.strip() for line in lines[index : index + width])
        if _WROTE.match(chunk):
            return True
    return False


def _before_signature(lines: list[Line]) -> list[Line]:
    first_text = next((i for i, line in enumerate(lines) if line.text.strip()), 0)
    for index, line in enumerate(lines):
        stripped = line.text.strip()
        if _SIGNATURE_DASHES.match(stripped) or _DEVICE.match(stripped) or _FOOTER.match(stripped):
            return lines[:index]
        if index > first_text and _VALEDICTION.match(stripped) and len(stripped.split()) <= 6:
            return lines[:index]
    return lines


def _without_trailing_name(lines: list[Line]) -> list[Line]:
    """Drops a signature left after the last sentence: short lines with no full stop."""
    end = len(lines)
    while end > 0:
        stripped = lines[end - 1].text.strip()
        if not stripped:
            end -= 1
        elif _BULLET.match(stripped) or _LABEL.match(stripped):
            break
        elif len(stripped.split()) <= 6 and not re.search(r"[.?!:]$", stripped):
            if re.search(r"\b(you|your|we|I)\b", stripped) and len(stripped.split()) > 3:
                break
            if _reads_as_feedback(stripped) or _reported_speech(stripped):
                break
            end -= 1
        else:
            break
    return lines[:end]


#: A note of what was said, in the user's own call notes: "said to reapply in 6 months".
_REPORTED = re.compile(r"^(said|says|suggested|told me|mentioned|recommended|advised)\b")


def _reported_speech(line: str) -> bool:
    """A call note's last line reporting what they said: never a name or a title."""
    return len(line.split()) >= 3 and _REPORTED.match(line) is not None


def _reads_as_feedback(line: str) -> bool:
    """A line that is a note, not a name: "Latte art was great", "Keen on the role" (a
    form's or a call's last bullet; or a recruiter's own words above a forward). A
    signature is a name or a title, mostly capitalised ("Great Ormond Street Hospital");
    a note is mostly lower case and leans."""
    words = line.split()
    lower = sum(1 for word in words if word[:1].islower())
    return len(words) >= 3 and lower * 2 >= len(words) and kinds.leans(line) != 0


def _own_feedback(line: str) -> bool:
    """A recruiter's line above a forward that gives feedback of its own; their "Sorry it
    wasn't better news!" leans negative but is sympathy, and must not hide the forward."""
    sentences = re.split(r"(?<=[.!?])\s+", line.strip())
    return any(_reads_as_feedback(s) and not is_filler(s, True) for s in sentences)


def _transcript_lines(lines: list[Line]) -> list[Line]:
    """Removes time stamps and speaker labels; drops the user's own turns."""
    kept = []
    for line in lines:
        start, text = line.start, line.text
        stamp = _TIMESTAMP.match(text)
        if stamp and stamp.end() < len(text):
            start, text = start + stamp.end(), text[stamp.end() :]
        label = _LABEL.match(text)
        bullet = _BULLET.match(text)
        if label and len(label.group(1).split()) <= 4:
            if label.group(1).strip().lower() in _USER_LABELS:
                continue
            start, text = start + label.end(), text[label.end() :]
        elif bullet:
            start, text = start + bullet.end(), text[bullet.end() :]
        elif text.strip().endswith(":") and len(text.split()) <= 10:
            continue  # "Notes from call with Kelly, Friday:" heads what follows
        kept.append(Line(start, start + len(text), text, bool(label or bullet or stamp)))
    return kept


def _without_greeting(lines: list[Line]) -> list[Line]:
    for index, line in enumerate(lines):
        if not line.text.strip():
            continue
        match = _GREETING.match(line.text)
        if not match:
            return lines[index:]
        rest = line.text[match.end() :]
        trimmed = Line(line.start + match.end(), line.end, rest, line.starts_item)
        return ([trimmed] if rest.strip() else []) + lines[index + 1 :]
    return []
