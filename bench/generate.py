"""Write a big, realistic journal fast for the benchmark: raw executemany in one transaction."""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sqlite3
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from debrief.journal.store import derived
from debrief.journal.store.journal import open_journal

SPAN_DAYS = 700  # just under two years: the trend chart shows months
PREFIXES = (
    "North Aster Bright Copper Silver Harbor Maple Cedar Orbit Quill Kestrel Lumen Vantage "
    "Summit Tidal Granite Falcon Ember Juniper Cobalt Meadow Beacon Atlas Willow Nimbus "
    "Sable Crimson Alder Prairie Helix"
).split()
SUFFIXES = (
    "Labs Systems Analytics Health Logistics Software Robotics Payments Media Energy "
    "Insurance Bank Learning Freight Security Foods Networks Studio Dynamics Works"
).split()
ROLES = (
    "Software Engineer",
    "Senior Backend Engineer",
    "Data Engineer",
    "Platform Engineer",
    "Full-Stack Developer",
    "Site Reliability Engineer",
    "Engineering Team Lead",
    "Product Analyst",
)
FIRST = "Ana Ben Chloe Dev Elena Farid Grace Hiro Ines Jonas Kemi Liam Mei Noah Olga Priya".split()
LAST = "Adams Brandt Costa Dubois Eriksen Fischer Garcia Huang Ito Jensen Kowalski Lopez".split()
SOURCES = ("LinkedIn", "Company site", "Referral", "Recruiter", "Job board")
TITLES = ("Recruiter", "Engineering Manager", "Senior Engineer", "Staff Engineer", "Director")
STAGES = ("screen", "technical", "onsite", "final", "other")
STAGE_WEIGHTS = (35, 30, 20, 12, 3)
OUTCOMES = ("rejected", "no_response", "pending", "withdrawn", "offer")
OUTCOME_WEIGHTS = (60, 20, 8, 7, 5)
TOLD_VIA = ("email", "phone", "letter", "never")
TOLD_WEIGHTS = (60, 25, 5, 10)
RESPONSES = ("given", "no_reply", "declined", "waiting")
RESPONSE_WEIGHTS = (55, 30, 10, 5)
KINDS = ("held_back", "went_well", "advice")
KIND_WEIGHTS = (55, 30, 15)
VERDICTS = ("true_weakness", "impression", "disagree")
VERDICT_WEIGHTS = (60, 30, 10)
SENTENCES = (
    "You seemed a little disinterested when we talked about the product.",
    "Your answer on the system design stayed at a high level.",
    "Some answers ran long and were hard to follow.",
    "You had not looked at what our company does.",
    "We needed more experience with production on-call.",
    "The team was not sure how you handle disagreement.",
    "The first minutes felt rushed.",
    "You did not have questions for us at the end.",
    "Your coding exercise was clean and well tested.",
    "Prepare two questions about how the team works.",
)
NOTES = ("", "", "Video call, went over time.", "Panel of three.", "Take-home first.")
ASK_WORDS = "Thank you for letting me know. Could you share any advice on how I could improve?"


class Clock:
    """Timestamps as absolute minutes since the first day, formatted from precomputed text.

    Formatting 400,000 datetimes through the datetime module costs seconds; string lookups
    cost milliseconds.
    """

    def __init__(self, today: dt.date) -> None:
        first = today - dt.timedelta(days=SPAN_DAYS)
        self.days = [(first + dt.timedelta(days=k)).isoformat() for k in range(SPAN_DAYS + 1)]
        self.times = [f"{m // 60:02d}:{m % 60:02d}:00" for m in range(1440)]
        self.last = len(self.days) * 1440 - 1

    def stamp(self, minute: int) -> str:
        day, rest = divmod(min(minute, self.last), 1440)
        return f"{self.days[day]} {self.times[rest]}"


def _pick(rng: random.Random, options: Sequence, weights: Sequence[int], k: int) -> list:
    return rng.choices(options, weights=weights, k=k)


def _interviews(rng: random.Random, n: int, clock: Clock) -> list[tuple]:
    """Interview rows in date order; told_at only for outcomes the user was told about."""
    companies = rng.choices([f"{p} {s}" for p in PREFIXES for s in SUFFIXES], k=n)
    columns = zip(
        sorted(rng.choices(range(SPAN_DAYS), k=n)),
        companies,
        rng.choices(ROLES, k=n),
        _pick(rng, STAGES, STAGE_WEIGHTS, n),
        _pick(rng, OUTCOMES, OUTCOME_WEIGHTS, n),
        _pick(rng, TOLD_VIA, TOLD_WEIGHTS, n),
        rng.choices(NOTES, k=n),
        strict=True,
    )
    rows = []
    for i, (day, company, role, stage, outcome, via, notes) in enumerate(columns, start=1):
        told = outcome in ("rejected", "offer")
        told_at = clock.stamp((day + 4 + i % 10) * 1440 + 540 + i % 480) if told else None
        created = clock.stamp(day * 1440 + 1200)
        rows.append(
            (i, company, role, stage, clock.days[day], 1 + i % 5, notes, "", outcome, told_at)
            + (via if told else None, created, created)
        )
    return rows


def _rounds(rows: list[tuple], applications: int) -> tuple[list[tuple], list[tuple]]:
    """Group the interviews (in date order) into `applications` runs of rounds.

    Each application takes its company, role, outcome and telling from its last round,
    and every round carries them, as the journal's triggers keep them. Returns
    (application rows, interview rows with application id and round appended).
    """
    n = len(rows)
    apps, out = [], []
    bounds = [a * n // applications for a in range(applications + 1)] if n else [0]
    for a in range(len(bounds) - 1):
        group = rows[bounds[a] : bounds[a + 1]]
        if not group:
            continue
        last = group[-1]
        app_id = len(apps) + 1
        _, company, role, *_ = last
        outcome, told_at, via = last[8], last[9], last[10]
        apps.append(
            (app_id, company, role, SOURCES[app_id % len(SOURCES)], "", group[0][4], outcome)
            + (told_at, via, group[0][11])
        )
        for number, row in enumerate(group, start=1):
            shared = (row[0], company, role, *row[3:8], outcome, told_at, via, *row[11:])
            out.append(shared + (app_id, number))
    return apps, out


def _interviewers(rng: random.Random, interviews: list[tuple]) -> list[tuple]:
    """One or two people per interview, alternately, with e-mails at the company's domain."""
    owners = [iv for iv in interviews for _ in range(1 + iv[0] % 2)]
    people = zip(
        owners,
        rng.choices(FIRST, k=len(owners)),
        rng.choices(LAST, k=len(owners)),
        rng.choices(TITLES, k=len(owners)),
        strict=True,
    )
    rows = []
    for n, (iv, first, last, title) in enumerate(people, start=1):
        domain = iv[1].lower().replace(" ", "") + ".example"
        email = f"{first.lower()}.{last.lower()}@{domain}"
        rows.append((n, iv[0], f"{first} {last}", title, email, ""))
    return rows


def _minute(clock: Clock, stamp: str) -> int:
    day = (dt.date.fromisoformat(stamp[:10]) - dt.date.fromisoformat(clock.days[0])).days
    return day * 1440 + int(stamp[11:13]) * 60 + int(stamp[14:16])


def _requests(
    rng: random.Random, interviews: list[tuple], first_person: dict[int, int], clock: Clock
) -> list[tuple]:
    """Four rejections in five asked for feedback (of their first interviewer), mostly in time."""
    rejected = [iv for iv in interviews if iv[8] == "rejected" and rng.random() < 0.8]
    k = len(rejected)
    columns = zip(
        rejected,
        _pick(rng, RESPONSES, RESPONSE_WEIGHTS, k),
        rng.choices((6, 120, 300, 720, 1200, 1800, 3000), k=k),  # minutes after being told
        rng.choices(range(60, 14400, 60), k=k),  # minutes until the answer
        strict=True,
    )
    rows = []
    for n, (iv, response, delay, wait) in enumerate(columns, start=1):
        asked = _minute(clock, iv[9]) + delay
        answered = response in ("given", "declined")
        thanked = answered and n % 5 != 0
        rows.append(
            (n, iv[0], first_person[iv[0]])
            + ("phone" if iv[10] == "phone" else "email", clock.stamp(asked), ASK_WORDS)
            + (int(delay <= 1440), response)
            + (clock.stamp(asked + wait) if answered else None,)
            + (clock.stamp(asked + wait + 180) if thanked else None,)
            + ("Thank you for your time and advice." if thanked else "",)
            + ("done" if thanked or not answered else "thank", "", clock.stamp(asked))
        )
    return rows


def _points(rng: random.Random, n: int, requests: list[tuple], themes: list[int]) -> list[tuple]:
    """Points on interviews whose feedback was given; one in twenty without a theme."""
    given = [(r[0], r[1], r[8]) for r in requests if r[7] == "given"] or [(None, 1, None)]
    theme_weights = [len(themes) - i for i in range(len(themes))] + [2]  # earlier: commoner
    kinds = _pick(rng, KINDS, KIND_WEIGHTS, n)
    columns = zip(
        rng.choices(given, k=n),
        kinds,
        rng.choices([*themes, None], weights=theme_weights, k=n),
        rng.choices(SENTENCES, k=n),
        _pick(rng, VERDICTS, VERDICT_WEIGHTS, n),
        strict=True,
    )
    rows = []
    for i, ((request, interview, at), kind, theme, words, verdict) in enumerate(columns, 1):
        clarified = i % 9 == 0
        rows.append(
            (i, interview, request, kind, theme, words)
            + (verdict if kind == "held_back" else None,)
            + ("Could you give me an example?" if clarified else "",)
            + ("In the design round, the cache question." if clarified and i % 2 else "",)
            + (None, i % 4, at or "2020-01-01 00:00:00")
        )
    return rows


def _actions(rng: random.Random, themes: list[int], clock: Clock) -> list[tuple]:
    """One to three actions per theme; most themes have one finished."""
    rows = []
    for theme in themes:
        for k in range(rng.randint(1, 3)):
            created = rng.randint(0, SPAN_DAYS - 60) * 1440 + 600
            done = k == 0 and rng.random() < 0.7
            done_at = clock.stamp(created + rng.randint(14, 50) * 1440) if done else None
            status = "done" if done else rng.choice(("open", "practising"))
            text = f"Practise theme {theme}, round {k + 1}"
            rows.append((theme, text, status, clock.stamp(created), done_at))
    return rows


INSERTS = {
    "application": "INSERT INTO application (id, company, role, source, link, applied_on, "
    "outcome, told_at, told_via, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
    "interview": "INSERT INTO interview (id, company, role, stage, date, feeling, notes, link, "
    "outcome, told_at, told_via, created_at, updated_at, application_id, round) "
    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
    "interviewer": "INSERT INTO interviewer (id, interview_id, name, title, email, phone) "
    "VALUES (?,?,?,?,?,?)",
    "feedback_request": "INSERT INTO feedback_request (id, interview_id, interviewer_id, channel, "
    "asked_at, words, in_time, response, responded_at, thanked_at, thank_words, wizard_step, "
    "draft, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
    "feedback_point": "INSERT INTO feedback_point (id, interview_id, request_id, kind, theme_id, "
    "words, verdict, clarify_question, clarify_example, action_id, position, created_at) "
    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
    "action": "INSERT INTO action (theme_id, description, status, created_at, done_at) "
    "VALUES (?,?,?,?,?)",
}


def generate(
    path: Path, interviews: int, points: int, seed: int = 1, applications: int | None = None
) -> None:
    """Create the journal at `path` (which must not exist) with the given sizes.

    Rows are built as plain tuples and written with executemany inside one transaction,
    because going through the ORM row by row would take minutes at 100,000 interviews.
    The interviews are rounds of `applications` applications (default: two in five).
    """
    path = Path(path)
    if path.exists():
        raise FileExistsError(f"{path} exists; generate writes new journals only")
    rng = random.Random(seed)
    clock = Clock(dt.date.today())
    journal = open_journal(path)
    try:
        con = journal.db.connection()
        themes = [r[0] for r in con.execute("SELECT id FROM theme ORDER BY id")]
        count = applications if applications is not None else max(1, interviews * 2 // 5)
        app_rows, iv_rows = _rounds(_interviews(rng, interviews, clock), count)
        people = _interviewers(rng, iv_rows)
        first_person = {p[1]: p[0] for p in reversed(people)}
        following = iv_rows[1:] + [None]
        last_rounds = [iv for iv, after in zip(iv_rows, following, strict=True) if _last(iv, after)]
        requests = _requests(rng, last_rounds, first_person, clock)
        rows = {
            "application": app_rows,
            "interview": iv_rows,
            "interviewer": people,
            "feedback_request": requests,
            "feedback_point": _points(rng, points, requests, themes) if iv_rows else [],
            "action": _actions(rng, themes, clock),
        }
        _bulk_insert(con, rows)
    finally:
        journal.close()


def _last(row: tuple, after: tuple | None) -> bool:
    """Whether `row` is its application's last round (feedback is asked after that one)."""
    return after is None or after[-2] != row[-2]


LOADED = ("application", "interview", "interviewer", "feedback_request", "feedback_point")


def _search_indexes(con: sqlite3.Connection) -> tuple[list[str], list[tuple[str, str]]]:
    """Full-text tables over the loaded tables, and the insert triggers that feed them.

    An external-content FTS5 table fed row by row by a trigger costs five times more than
    one 'rebuild' after the load, so those triggers are lifted while loading.
    """
    tables = []
    for name, sql in con.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE '%fts5%'"
    ):
        found = re.search(r"content\s*=\s*'(\w+)'", sql)
        if found and found.group(1) in LOADED:
            tables.append(name)
    triggers = [
        (name, sql)
        for name, sql in con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
        if "AFTER INSERT" in sql.upper() and any(f"INSERT INTO {t}(" in sql for t in tables)
    ]
    return tables, triggers


def _bulk_insert(con: sqlite3.Connection, rows: dict[str, list[tuple]]) -> None:
    """Insert everything in one transaction, building the indexes once at the end.

    Creating an index over loaded rows is faster than updating it row by row; the index
    definitions are read back from the file, so the schema stays exactly what the store
    made. Foreign keys are not checked row by row (a fifth of the time): the
    rows reference each other by construction, and a test runs PRAGMA foreign_key_check.
    """
    marks = ",".join("?" * len(LOADED))
    indexes = con.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({marks})",
        LOADED,
    ).fetchall()
    search_tables, search_triggers = _search_indexes(con)
    con.execute("PRAGMA foreign_keys = OFF")  # only outside a transaction
    con.execute("BEGIN")
    try:
        for name, _ in indexes:
            con.execute(f'DROP INDEX "{name}"')
        for name, _ in search_triggers:
            con.execute(f'DROP TRIGGER "{name}"')
        # The chart triggers would search tables whose indexes are dropped while loading;
        # one fill after the load sets the same values.
        with derived.lifted(con):
            for table, sql in INSERTS.items():
                con.executemany(sql, rows[table])
        for _, sql in indexes + search_triggers:
            con.execute(sql)
        for table in search_tables:
            con.execute(f"INSERT INTO {table}({table}) VALUES ('rebuild')")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    finally:
        con.execute("PRAGMA foreign_keys = ON")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write a big Debrief journal for benchmarks.")
    parser.add_argument("path", type=Path)
    parser.add_argument("--interviews", type=int, default=10_000)
    parser.add_argument("--points", type=int, default=50_000)
    parser.add_argument(
        "--applications", type=int, default=None, help="default: two in five interviews"
    )
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    start = time.perf_counter()
    try:
        generate(args.path, args.interviews, args.points, args.seed, args.applications)
    except FileExistsError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"{args.path}: {time.perf_counter() - start:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
