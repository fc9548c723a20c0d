"""A realistic sample journal: fourteen months of interviews, feedback and the work it led to."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from debrief.journal.demo.phrases import (
    ACTIONS,
    ASK,
    CLARIFY,
    COMPANIES,
    CUSTOM_THEME,
    FIRST_NAMES,
    LAST_NAMES,
    NOTES,
    POINT_WORDS,
    ROLES,
    THANKS,
    TITLES,
)
from debrief.journal.store.journal import Journal
from debrief.journal.store.models import (
    Action,
    Application,
    FeedbackPoint,
    FeedbackRequest,
    Interview,
    Interviewer,
    Theme,
)


@dataclass(frozen=True)
class Beat:
    """One interview of the story: what happened and what came of asking for feedback."""

    days_ago: int
    stage: str
    outcome: str
    feeling: int
    told_via: str | None = None
    response: str | None = None  # None: not asked; else given, declined, no_reply, waiting
    late: bool = False  # asked after the 24-hour window
    step: str = "done"  # the wizard step reached
    points: tuple[str, ...] = ()  # "kind:theme[:verdict][:clarify]", theme "-" for none
    rounds_before: int = 0  # earlier rounds of the same application, a week apart
    follows: bool = False  # a later round of the previous beat's application
    at: dt.time | None = None  # the time of day, when the story knows it
    format: str | None = None
    told_hours_ago: int | None = None  # told just now: the ask deadline is still open


_R, _T = "rejected", "technical"
STORY: tuple[Beat, ...] = (
    Beat(425, "screen", _R, 3, "email", "given", points=(
        "held_back:Enthusiasm::clarify", "held_back:Preparation", "went_well:Communication")),
    Beat(410, _T, _R, 2, "phone", "given", points=(
        "held_back:Enthusiasm", "held_back:Technical depth", "advice:Enthusiasm")),
    Beat(398, "screen", "no_response", 3),
    Beat(386, "onsite", _R, 3, "email", "given", points=(
        "held_back:Preparation", "held_back:Enthusiasm:impression", "went_well:Culture fit")),
    Beat(372, "screen", _R, 2, "email", "no_reply", late=True),
    Beat(360, _T, _R, 3, "letter", "given", points=(
        "held_back:Enthusiasm", "held_back:First impression", "advice:Preparation")),
    Beat(349, "onsite", "withdrawn", 4),
    Beat(338, "final", _R, 4, "phone", "given", rounds_before=2, points=(
        "held_back:Enthusiasm", "held_back:Experience fit:impression:clarify",
        "went_well:Culture fit", "went_well:Technical depth")),
    Beat(322, "screen", _R, 2, "email", "declined"),
    Beat(310, _T, _R, 3, "email", "given", late=True, points=(
        "held_back:Preparation:true_weakness:clarify", "held_back:Enthusiasm", "held_back:-")),
    Beat(296, "onsite", _R, 3, "phone", "given", points=(
        "held_back:Enthusiasm", "held_back:Communication", "went_well:Technical depth",
        "advice:Communication")),
    Beat(281, "screen", _R, 3, "never"),  # learned it by asking; did not ask for feedback
    Beat(268, _T, _R, 3, "email", "given", points=(
        "held_back:Technical depth:true_weakness:clarify", "held_back:Communication",
        "went_well:Culture fit")),
    Beat(250, "onsite", _R, 4, "never", "given", late=True, points=(
        "held_back:Communication:true_weakness:clarify", "held_back:Enthusiasm:impression",
        "went_well:Communication")),
    Beat(228, _T, _R, 3, "email", "given", points=(
        "held_back:Technical depth", "held_back:Communication", "went_well:Enthusiasm")),
    Beat(214, "final", _R, 4, "phone", "given", points=(
        "held_back:Experience fit:impression", "held_back:Communication",
        "went_well:Culture fit", "went_well:Enthusiasm")),
    Beat(236, "screen", _R, 2, "email"),
    Beat(200, "other", "withdrawn", 3),
    Beat(187, _T, _R, 3, "email", "no_reply"),
    Beat(172, "onsite", _R, 4, "email", "given", points=(
        "held_back:Technical depth", "held_back:Communication", "advice:Technical depth",
        "went_well:Culture fit")),
    Beat(158, _T, _R, 3, "phone", "given", points=(
        "held_back:Technical depth", "held_back:Culture fit:disagree",
        "went_well:Communication")),
    Beat(141, "screen", "no_response", 3),
    Beat(128, "onsite", _R, 4, "email", "given", points=(
        "held_back:Technical depth", "held_back:Questions asked", "went_well:Enthusiasm",
        "went_well:Communication")),
    Beat(112, "final", "offer", 4, "phone", rounds_before=2),
    Beat(96, _T, _R, 4, "email", "given", points=(
        "held_back:Questions asked:true_weakness:clarify", "held_back:Technical depth",
        "advice:Questions asked", "went_well:Experience fit")),
    Beat(80, "onsite", _R, 4, "email", "declined"),
    Beat(64, "final", _R, 4, "phone", "given", points=(
        "held_back:Questions asked", "held_back:Enthusiasm", f"held_back:{CUSTOM_THEME}",
        "went_well:Technical depth", f"advice:{CUSTOM_THEME}")),
    Beat(45, "final", "offer", 5, "email", rounds_before=1),
    Beat(30, _T, _R, 4, "email", "given", step="clarify", points=(
        "held_back:Technical depth", "held_back:Questions asked", "went_well:Communication")),
    Beat(16, "onsite", _R, 3, "email", "waiting", step="listen"),
    Beat(11, "screen", "pending", 4, at=dt.time(10), format="phone"),
    Beat(-3, _T, "pending", 0, follows=True, at=dt.time(14, 30), format="video"),
    Beat(1, "onsite", _R, 3, "email", told_hours_ago=3, format="onsite"),
    Beat(6, "final", "pending", 4),
    Beat(2, "screen", "pending", 5),
)  # fmt: skip


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


class _Builder:
    """Collects the rows of every table with explicit ids, to insert each table in bulk."""

    def __init__(self, rng: random.Random, today: dt.date, now: dt.datetime) -> None:
        self.rng = rng
        self.today = today
        self.now = now
        self.last_application: dict[str, Any] = {}
        self.themes = {t.name: t.id for t in Theme.select(Theme.id, Theme.name)}
        self.ids = {m: (m.select(m.id).order_by(m.id.desc()).scalar() or 0) for m in _TABLES}
        self.rows: dict[type, list[dict[str, Any]]] = {m: [] for m in _TABLES}
        self.companies = list(COMPANIES)
        rng.shuffle(self.companies)
        self.actions = self._actions()
        self.words_left = {key: list(words) for key, words in POINT_WORDS.items()}

    def add(self, model: type, **values: Any) -> int:
        self.ids[model] += 1
        self.rows[model].append({"id": self.ids[model], **values})
        return self.ids[model]

    def _actions(self) -> dict[str, tuple[int, dt.date]]:
        """theme -> (action id, created): points heard before it are linked to it."""
        out = {}
        for theme, text, status, created, done in ACTIONS:
            day = self.today - dt.timedelta(days=created)
            done_at = _at(self.today - dt.timedelta(days=done), 19) if done else None
            action = self.add(
                Action,
                theme=self.themes[theme],
                description=text,
                status=status,
                created_at=_at(day, 20),
                done_at=done_at,
            )
            out[theme] = (action, day)
        return out

    def told(self, beat: Beat, day: dt.date) -> dt.datetime | None:
        if not beat.told_via:
            return None
        if beat.told_hours_ago is not None:
            return self.now - dt.timedelta(hours=beat.told_hours_ago)
        wait = min(self.rng.randint(3, 9), beat.days_ago - 1)
        return _at(day + dt.timedelta(days=wait), self.rng.randint(9, 16))

    def application(self, n: int, beat: Beat, day: dt.date) -> dict[str, Any]:
        """A new application for the beat, or the previous one it is a later round of."""
        if beat.follows:
            return self.last_application
        company = self.companies[n % len(self.companies)]
        first_day = day - dt.timedelta(days=7 * beat.rounds_before)
        values = {
            "company": company,
            "role": self.rng.choice(ROLES),
            "source": self.rng.choice(SOURCES),
            "link": "",
            "applied_on": first_day - dt.timedelta(days=self.rng.randint(5, 20)),
            "outcome": beat.outcome,
            "told_at": self.told(beat, day),
            "told_via": beat.told_via,
            "created_at": _at(first_day, 21),
        }
        self.last_application = {"id": self.add(Application, **values), "round": 0, **values}
        return self.last_application

    def interview(self, n: int, beat: Beat) -> None:
        day = self.today - dt.timedelta(days=beat.days_ago)
        app = self.application(n, beat, day)
        ladder = STAGES[: STAGES.index(beat.stage)] if beat.stage in STAGES else []
        for back in range(beat.rounds_before, 0, -1):  # earlier rounds: no feedback asked
            stage = ladder[-back] if back <= len(ladder) else "screen"
            self.round(app, beat, day - dt.timedelta(days=7 * back), stage, None)
        interview = self.round(app, beat, day, beat.stage, beat.at)
        people = self.interviewers(interview, app["company"], beat.stage)
        if beat.response and app["told_at"]:
            words = ASK["phone" if beat.told_via == "phone" and not beat.late else "email"]
            words = words.format(first=people[0][1], role=app["role"])
            self.request(interview, people[0], beat, app["told_at"], words)

    def round(
        self, app: dict[str, Any], beat: Beat, day: dt.date, stage: str, at: dt.time | None
    ) -> int:
        app["round"] += 1
        return self.add(
            Interview,
            application=app["id"],
            round=app["round"],
            time=at.strftime("%H:%M") if at else None,
            format=beat.format,
            company=app["company"],
            role=app["role"],
            stage=stage,
            date=day,
            feeling=beat.feeling or None,  # 0: still ahead, not felt yet
            notes=self.rng.choice(NOTES) if day <= self.today else "",
            link="",
            outcome=app["outcome"],
            told_at=app["told_at"],
            told_via=app["told_via"],
            created_at=_at(min(day, self.today), 21),
            updated_at=app["told_at"] or _at(min(day, self.today), 21),
        )

    def interviewers(self, interview: int, company: str, stage: str) -> list[tuple[int, str]]:
        domain = "".join(c for c in company.lower() if c.isalnum()) + ".example"
        people = []
        for title in TITLES[stage][: self.rng.randint(1, len(TITLES[stage]))]:
            first, last = self.rng.choice(FIRST_NAMES), self.rng.choice(LAST_NAMES)
            person = self.add(
                Interviewer,
                interview=interview,
                name=f"{first} {last}",
                title=title,
                email=f"{first}.{last}@{domain}".lower(),
                phone=f"+1 555 01{self.rng.randint(10, 99)}" if "Recruit" in title else "",
            )
            people.append((person, first))
        return people

    def request(
        self, interview: int, person: tuple[int, str], beat: Beat, told_at: dt.datetime, words: str
    ) -> None:
        """Asked during the call when told by phone, else by e-mail within (or after) a day."""
        phone = beat.told_via == "phone" and not beat.late
        channel = "phone" if phone else "email"
        hours = self.rng.randint(30, 70) if beat.late else self.rng.randint(1, 20)
        asked = told_at + (dt.timedelta(minutes=4) if phone else dt.timedelta(hours=hours))
        answered = None
        if beat.response == "given":
            answered = asked + dt.timedelta(minutes=6 if phone else self.rng.randint(20, 200) * 60)
        elif beat.response == "declined":
            answered = asked + dt.timedelta(hours=self.rng.randint(20, 70))
        thanked = None
        if answered and beat.step == "done":
            thanked = answered + dt.timedelta(hours=self.rng.randint(1, 18))
        request = self.add(
            FeedbackRequest,
            interview=interview,
            interviewer=person[0],
            channel=channel,
            asked_at=asked,
            words=words,
            in_time=not beat.late,
            response=beat.response,
            responded_at=answered,
            thanked_at=thanked,
            thank_words=THANKS.format(first=person[1]) if thanked else "",
            wizard_step=beat.step,
            draft="",
            created_at=asked,
        )
        day = self.rows[Interview][-1]["date"]  # the interview just added
        for position, spec in enumerate(beat.points):
            self.point(interview, request, position, spec, day, answered or asked, beat.step)

    def point(
        self, interview: int, request: int, position: int, spec: str, day: dt.date,
        heard: dt.datetime, step: str,
    ) -> None:  # fmt: skip
        """One point from its spec; held-back points heard before an action link to it."""
        kind, theme, verdict, clarify = (spec.split(":") + ["", ""])[:4]
        theme = None if theme == "-" else theme
        words = self.words_left[(kind, theme)]
        said = words.pop(self.rng.randrange(len(words))) if len(words) > 1 else words[0]
        question, example = CLARIFY.get(theme, ("", "")) if clarify else ("", "")
        held_back = kind == "held_back"
        action = self.actions.get(theme) if held_back and step == "done" else None
        self.add(
            FeedbackPoint,
            interview=interview,
            request=request,
            kind=kind,
            theme=self.themes.get(theme) if theme else None,
            words=said,
            verdict=(verdict or "true_weakness") if held_back and step == "done" else None,
            clarify_question=question,
            clarify_example=example,
            action=action[0] if action and day <= action[1] else None,
            position=position,
            created_at=heard,
        )


_TABLES = (Action, Application, Interview, Interviewer, FeedbackRequest, FeedbackPoint)
STAGES = ("screen", "technical", "onsite", "final")
SOURCES = ("LinkedIn", "Company site", "Referral", "Recruiter", "Job board")


def fill_demo(journal: Journal, seed: int = 7, *, today: dt.date | None = None) -> None:
    """Fill `journal` (meant to be empty) with the sample story, in one transaction.

    Dates count back from `today`, so the sample always looks current; the same seed and
    day give the same journal. The story: Enthusiasm and Preparation hold the user back
    early on and fade once their actions are done; Technical depth stays, its action still
    being practised; Questions asked appears lately, with an open action.
    """
    rng = random.Random(seed)
    with journal.writing():
        Theme.insert(name=CUSTOM_THEME, suggestion="Research the salary band first.").on_conflict(
            "ignore"
        ).execute()
        # Told "three hours ago" counts from now on the real day, from noon on a given one.
        now = dt.datetime.now().replace(microsecond=0) if today is None else _at(today, 12)
        build = _Builder(rng, today or now.date(), now)
        for n, beat in enumerate(STORY):
            build.interview(n, beat)
        for model in _TABLES:
            model.insert_many(build.rows[model]).execute()
