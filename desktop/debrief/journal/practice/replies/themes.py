"""Proposes a built-in theme for a feedback point from the words it uses."""

from __future__ import annotations

import re

# Each theme is named by the words interviewers use for it. A point takes the theme whose
# words it uses most (a phrase counts twice a single word); a tie goes to the theme listed
# first, the more specific ones; no match leaves the point without a theme for the user to pick.
_WORDS: dict[str, tuple[str, ...]] = {
    "Questions asked": (
        r"questions? (for|to) (us|the (team|panel|interviewers?))",
        r"(your|you) (only )?ask(ed)?\b",
        r"(didn'?t|did not|don'?t|not) ask",
        r"questions (at the end|you asked)",
        r"(your|any|more|some|the) questions\b(?! (about|on) (our|the) (clients|company))",
        r"prepare (a few|some|three|two) questions",
        r"\b(you|to) ask (more|enough|about)",
        r"discovery questions",
    ),
    "First impression": (
        r"\blate\b",
        r"on time",
        r"punctual",
        r"eye contact",
        r"handshake",
        r"\bsmile",
        r"greeting",
        r"first (few )?(minutes|impression)",
        r"\bopening\b",
        r"\bnervous",
        r"flustered",
        r"\bcamera\b",
        r"\bsetup\b",
        r"dress(ed)?\b",
        r"rapport",
        r"warm(ly)?\b(?! regards)",
        r"friendly",
        r"personable",
        r"pleasant",
        r"lovely",
        r"came across (really |very )?well",
        r"warm up",
    ),
    "Enthusiasm": (
        r"enthusias",
        r"passion",
        r"excite",
        r"motivat",
        r"\bkeen\b",
        r"energy",
        r"upbeat",
        r"interest(ed)? in",
        r"why (you wanted|this role|you want)",
        r"\bbored\b",
        r"disinterest",
        r"money",
        r"compensation|\bcomp\b|\bpay\b",
    ),
    "Culture fit": (
        r"cultur",
        r"\bvalues\b(?! before)",
        r"collaborat",
        r"(work|working|fit|fits|with|into|join|within|in) (the |our |a |your )?teams?\b",
        r"team ?(player|work|dynamics)|your (last |previous |current )?team",
        r"colleague",
        r"working (alone|closely|with others)",
        r"with others",
        r"(work|working) (well )?with (\w+ )?(engineers|designers|colleagues|people|stakeholders)",
        r"pairing",
        r"blam",
        r"talk(ed)? over",
        r"disagree",
        r"\bfit\b",
        r"fit (for|with) (where )?(the|our) team",
        r"inclusion",
    ),
    "Preparation": (
        r"prepar",
        r"research",
        r"homework",
        r"read (up|everything|our)",
        r"familiar",
        r"(our|the) (company|organisation|organization|app|product|website|firm|trust)",
        r"(about|on) (us|our)",
        r"competitors",
        r"recent (news|work)",
        r"tailor",
        r"looked at",
    ),
    "Communication": (
        r"communicat",
        r"explain",
        r"articulat",
        r"clear(er)? (answers?|structure|explanation|way|point)",
        r"(explain|speak|talk|answer)\w* clearly",
        r"clarity|unclear|not clear|really clear|was clear",
        r"concise",
        r"structur",
        r"\bstar\b",
        r"hard to follow",
        r"\b(went|ran|go(es|ing)?) on\b|(went|ran|go(es|ing)?) long",
        r"shorter answers",
        r"acronyms",
        r"too fast|very fast|speak",
        r"out loud",
        r"talk(ing)? through",
        r"presentation|presenting|presented",
        r"first person",
        r"rehearsed|scripted|memori[sz]ed|robotic|rambl",
        r"lead with",
        r"story|stories",
        r"(your )?answers? (were|was) (hard|vague|long|quite)",
        r"examples? of impact",
        r"specific examples",
        r"follow your thinking",
    ),
    "Experience fit": (
        r"experience",
        r"background",
        r"\bsenior",
        r"\bjunior",
        r"years",
        r"track record",
        r"exposure",
        r"hands-on",
        r"(led|lead|leading|managing|managed|manage) (a |the )?(team|staff|budget|other)",
        r"budget",
        r"leadership",
        r"mentor",
        r"portfolio",
        r"worked (in|on)",
        r"skill ?set",
        r"closer match|more closely|better fit|more relevant",
        r"requirements",
        r"examples? from",
        r"fluent|fluency",
        r"industry|sector|domain",
    ),
    "Technical depth": (
        r"technical(ly)?",
        r"coding|\bcode\b",
        r"system design",
        r"algorithm",
        r"data structures",
        r"\bsql\b|python|java\b|javascript|\bc#|\bc\+\+|react|cloud|aws|\\bexcel\\b|linux",
        r"knowledge",
        r"fundamentals",
        r"distributed|networking|subnetting|security",
        r"optimi[sz]",
        r"edge cases",
        r"take-home|whiteboard|exercise|case study|the test\b",
        r"modelling|modeling|analytic|metrics?\b|data\b",
        r"skills?\b",
        r"depth|high level|deep",
        r"finance|accounting|statistics",
        r"testing",
        r"certifi(cation|cate|ed)",
        r"problems?\b",
        r"reporting",
    ),
}
_COMPILED = {
    theme: [re.compile(word, re.IGNORECASE) for word in words] for theme, words in _WORDS.items()
}


def matched_themes(text: str) -> dict[str, int]:
    """Each theme whose words `text` uses, with how strongly (a phrase counts twice a word)."""
    found = {}
    for theme, patterns in _COMPILED.items():
        score = sum(_weight(p) for p in patterns if p.search(text))
        if score:
            found[theme] = score
    return found


def listed_theme(text: str) -> str | None:
    """The built-in theme `text` speaks of most by the word lists, or None when it names
    none of them (ties go to the theme listed first)."""
    found = matched_themes(text)
    return max(found, key=found.get) if found else None


def _weight(pattern: re.Pattern[str]) -> int:
    return 2 if " " in pattern.pattern else 1
