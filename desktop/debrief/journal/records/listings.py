"""What the main window lists: pages of interviews, the counts, the actions, and one
interview's requests and points.

Sorting and filtering happen in SQL over indexes made for them, so a page of a
100,000-interview journal comes back in milliseconds. Writes stay in the modules that
validate them.
"""

from __future__ import annotations

from typing import Any

from peewee import JOIN, SQL, Case, fn

from debrief.journal.store.journal import Journal, reads
from debrief.journal.store.models import (
    Action,
    ActionStatus,
    Application,
    FeedbackPoint,
    FeedbackRequest,
    Interview,
    Interviewer,
    Outcome,
    Reached,
    Theme,
)
from debrief.journal.store.schema import STAGE_RANK

#: Columns of the interviews table, in display order; the row tuple is (id, *COLUMNS).
COLUMNS = ("date", "company", "role", "stage", "feeling", "outcome", "debrief", "round")
#: Row tuples: (id, *POINT_COLUMNS), (id, *REQUEST_COLUMNS), (id, *ACTION_COLUMNS).
POINT_COLUMNS = ("kind", "theme", "words", "verdict", "clarification")
REQUEST_COLUMNS = ("interviewer", "channel", "asked_at", "in_time", "response", "thanked_at")
ACTION_COLUMNS = ("status", "theme", "description", "points", "done_at")

#: Each sort key spelled as its index is, so SQLite walks the index instead of sorting.
_SORT = {
    "date": Interview.date,
    "company": Interview.company.collate("NOCASE"),
    "role": Interview.role.collate("NOCASE"),
    "stage": SQL(STAGE_RANK),  # the interview_stage_rank index's own expression
    "feeling": Interview.feeling,
    "outcome": Interview.outcome,
    "debrief": Interview.debrief_step,
    "round": Interview.round,
}

#: Trigrams need three characters; shorter text is matched with LIKE on the interview's
#: own columns, which stops early because one or two letters match most rows.
TRIGRAM = 3


#: The interviews whose words contain the phrase: company, role or notes, what a point
#: says or its clarification, or the text of an action answering one of its points. One
#: IN list, each part read from its own full-text index. Points are reached from actions
#: through their index: the planner would rather read every point when few have actions.
SEARCH_HITS = """(
    SELECT rowid FROM interview_search WHERE interview_search MATCH :phrase
    UNION SELECT interview_id FROM feedback_point WHERE id IN (
        SELECT rowid FROM point_search WHERE point_search MATCH :phrase)
    UNION SELECT interview_id FROM feedback_point INDEXED BY feedback_point_action_id
        WHERE action_id IN (SELECT rowid FROM action_search WHERE action_search MATCH :phrase)
)"""


def _phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _matching(query, text: str):
    """`query` narrowed to interviews whose words (SEARCH_HITS) contain `text`."""
    text = text.replace("\x00", "").strip()  # a NUL would end the search phrase early
    if not text:
        return query
    if len(text) >= TRIGRAM:
        params = (_phrase(text),) * 3
        return query.where(Interview.id.in_(SQL(SEARCH_HITS.replace(":phrase", "?"), params)))
    # One or two letters are in nearly everything said: those search the row's own words.
    return query.where(
        Interview.company.contains(text)
        | Interview.role.contains(text)
        | Interview.notes.contains(text)
    )


#: Where a match can come from, as codes the window words ("Found in: what they said").
SOURCES = ("company", "role", "notes", "words", "clarification", "action")


@reads
def match_sources(journal: Journal, text: str, interview_id: int) -> list[str]:
    """Which of SOURCES of one interview contain `text`, for the row's "Found in" hint.

    Read from that interview's few rows (by its index), never the whole index.
    """
    needle = text.replace("\x00", "").strip().casefold()
    if not needle:
        return []
    row = (
        Interview.select(Interview.company, Interview.role, Interview.notes)
        .where(Interview.id == interview_id)
        .tuples()
        .first()
    )
    if row is None:
        return []
    found = {name for name, value in zip(SOURCES, row, strict=False) if needle in value.casefold()}
    points = (
        FeedbackPoint.select(
            FeedbackPoint.words,
            FeedbackPoint.clarify_question.concat(" ").concat(FeedbackPoint.clarify_example),
            fn.COALESCE(Action.description, ""),
        )
        .join(Action, JOIN.LEFT_OUTER, on=FeedbackPoint.action == Action.id)
        .where(FeedbackPoint.interview == interview_id)
        .tuples()
    )
    for words, clarification, action in points:
        for name, value in (("words", words), ("clarification", clarification), ("action", action)):
            if needle in value.casefold():
                found.add(name)
    return [name for name in SOURCES if name in found]


def interviews_query(text: str = "", sort: str = "date", descending: bool = True):
    """The query behind the table's pages (tests read its plan): filtered, ordered."""
    query = Interview.select(
        Interview.id,
        Interview.date,
        Interview.company,
        Interview.role,
        Interview.stage,
        Interview.feeling,
        Interview.outcome,
        Interview.debrief_step,
        Interview.round,
        Application.rounds,
        Interview.application,
    ).join(Application, JOIN.LEFT_OUTER)  # by primary key, for the rows of the page only
    return _matching(query, text).order_by(*_sort_key(sort, descending))


@reads
def list_interviews(
    journal: Journal,
    text: str = "",
    sort: str = "date",
    descending: bool = True,
    offset: int = 0,
    limit: int | None = 256,
) -> list[tuple]:
    """One page of (id, *COLUMNS, application_id) rows, filtered and ordered in SQL;
    `sort` is a column or GROUPED (each application's rounds together).

    The table pages through this with fetchMore, so a 100,000-row journal paints its
    first screen without reading the rest.
    """
    query = interviews_query(text, sort, descending).limit(limit).offset(offset)
    # The round reads "2/3": round 2 of the application's 3 (the window words it). The
    # application's id follows the columns, so a grouped table can show it once.
    return [(*row[:-3], f"{row[-3]}/{row[-2] or row[-3]}", row[-1]) for row in query.tuples()]


#: The order that groups an application's rounds: along the (application, round) index.
GROUPED = "application"


def _sort_key(sort: str, descending: bool) -> tuple:
    """ORDER BY terms, all one direction so SQLite walks an index instead of sorting."""
    if sort == GROUPED:
        columns = (Interview.application, Interview.round, Interview.id)
    else:
        columns = (_SORT[sort], Interview.id)
    return tuple(c.desc() if descending else c.asc() for c in columns)


@reads
def count_interviews(journal: Journal, text: str = "") -> int:
    return _matching(Interview.select(fn.COUNT(Interview.id)), text).scalar()


@reads
def journal_counts(journal: Journal) -> dict[str, int]:
    """Interviews, rejections and interviews with feedback, for the status bar.

    Each is a count over an index (outcome; the trigger-kept `feedback_steps`), never over
    the table's rows, which hold the notes.
    """
    given = Interview.feedback_steps.bin_and(Reached.GIVEN.value) != 0
    return {
        "interviews": Interview.select().count(),
        "rejections": Interview.select().where(Interview.outcome == Outcome.REJECTED).count(),
        "feedback": Interview.select().where(given).count(),
    }


@reads
def list_actions(journal: Journal) -> list[tuple]:
    """Every action, unfinished first, with how many points it answers (one GROUP BY)."""
    done_last = Case(None, [(Action.status == ActionStatus.DONE.value, 1)], 0)
    query = (
        Action.select(
            Action.id,
            Action.status,
            Theme.name,
            Action.description,
            fn.COUNT(FeedbackPoint.id),
            Action.done_at,
        )
        .join(Theme, JOIN.LEFT_OUTER, on=Action.theme == Theme.id)
        .switch(Action)
        .join(FeedbackPoint, JOIN.LEFT_OUTER, on=FeedbackPoint.action == Action.id)
        .group_by(Action.id)
        .order_by(done_last, Action.created_at.desc(), Action.id.desc())
    )
    return list(query.tuples())


@reads
def points_for_interview(journal: Journal, interview_id: int) -> list[tuple]:
    """What the interviewers said, in the order it was captured."""
    clarification = fn.TRIM(
        FeedbackPoint.clarify_question.concat(" ").concat(FeedbackPoint.clarify_example)
    )
    query = (
        FeedbackPoint.select(
            FeedbackPoint.id,
            FeedbackPoint.kind,
            Theme.name,
            FeedbackPoint.words,
            FeedbackPoint.verdict,
            clarification,
        )
        .join(Theme, JOIN.LEFT_OUTER, on=FeedbackPoint.theme == Theme.id)
        .where(FeedbackPoint.interview == interview_id)
        .order_by(FeedbackPoint.position, FeedbackPoint.id)
    )
    return list(query.tuples())


@reads
def requests_for_interview(journal: Journal, interview_id: int) -> list[tuple[Any, ...]]:
    """Each asking for feedback on this interview: who, how, when, in time, the answer."""
    query = (
        FeedbackRequest.select(
            FeedbackRequest.id,
            Interviewer.name,
            FeedbackRequest.channel,
            FeedbackRequest.asked_at,
            FeedbackRequest.in_time,
            FeedbackRequest.response,
            FeedbackRequest.thanked_at,
        )
        .join(Interviewer, JOIN.LEFT_OUTER, on=FeedbackRequest.interviewer == Interviewer.id)
        .where(FeedbackRequest.interview == interview_id)
        .order_by(FeedbackRequest.id)
    )
    return list(query.tuples())
