"""The filter searches what was said: feedback points, clarifications and action text,
through full-text indexes kept in step by triggers, and says where a match came from."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from debrief.journal.records import listings as L
from debrief.journal.records.interviews import save_interview
from debrief.journal.store.journal import open_journal
from debrief.journal.store.models import Action, FeedbackPoint, Interview, Theme
from debrief.journal.store.schema.steps import STEPS
from tests.conftest import add_interviews
from tests.journal.schema_snapshot import fresh_schema, normalised_schema

V1 = Path(__file__).parent.parent / "data" / "journal_v1.sqlite3"


def found(journal, text: str) -> list[str]:
    return sorted(row[2] for row in L.list_interviews(journal, text))


def said(journal) -> dict[str, int]:
    """Four interviews: one point, one clarification and one action each hold a word of
    their own; the fourth says nothing."""
    ids = {
        name: save_interview(journal, {"company": name, "role": "Engineer", "date": "2026-02-02"})
        for name in ("Pointco", "Clarico", "Actionco", "Quietco")
    }
    with journal.writing():
        action = Action.create(theme=Theme.get(), description="Rehearse whiteboarding aloud")
        FeedbackPoint.create(interview=ids["Pointco"], words="Your answers felt meandering")
        FeedbackPoint.create(
            interview=ids["Clarico"],
            words="Be more concrete",
            clarify_question="Which answer?",
            clarify_example="The kubernetes migration story",
        )
        FeedbackPoint.create(interview=ids["Actionco"], words="Design was vague", action=action)
    return ids


def test_the_filter_finds_a_word_only_a_feedback_point_holds(journal):
    said(journal)
    assert found(journal, "meandering") == ["Pointco"]
    assert found(journal, "MEANDER") == ["Pointco"]  # as the notes: any case
    assert L.count_interviews(journal, "meandering") == 1


def test_the_filter_finds_a_word_only_a_clarification_holds(journal):
    said(journal)
    assert found(journal, "kubernetes") == ["Clarico"]
    assert found(journal, "Which answer") == ["Clarico"]


def test_the_filter_finds_a_word_only_an_action_holds(journal):
    said(journal)
    assert found(journal, "whiteboarding") == ["Actionco"]


def test_the_index_follows_edits_and_deletions(journal):
    ids = said(journal)
    with journal.writing():
        FeedbackPoint.update(words="Rambling answers").where(
            FeedbackPoint.interview == ids["Pointco"]
        ).execute()
        Action.update(description="Practise out loud").execute()
        FeedbackPoint.delete().where(FeedbackPoint.interview == ids["Clarico"]).execute()
    assert found(journal, "meandering") == []
    assert found(journal, "rambling") == ["Pointco"]
    assert found(journal, "whiteboarding") == []
    assert found(journal, "out loud") == ["Actionco"]
    assert found(journal, "kubernetes") == []


def test_short_text_searches_the_interviews_own_words_only(journal):
    said(journal)
    add_interviews(journal, 2)
    assert found(journal, "Po") == ["Pointco"]


def test_where_a_match_came_from(journal):
    ids = said(journal)
    assert L.match_sources(journal, "meander", ids["Pointco"]) == ["words"]
    assert L.match_sources(journal, "kubernetes", ids["Clarico"]) == ["clarification"]
    assert L.match_sources(journal, "whiteboard", ids["Actionco"]) == ["action"]
    assert L.match_sources(journal, "co", ids["Quietco"]) == ["company"]
    assert L.match_sources(journal, "design", ids["Actionco"]) == ["words"]


def test_the_filter_reads_every_part_through_its_full_text_index(journal):
    query = L._matching(Interview.select(Interview.id), "meandering")
    sql, params = query.sql()
    plan = " | ".join(row[3] for row in journal.db.execute_sql("EXPLAIN QUERY PLAN " + sql, params))
    for table in ("interview_search", "point_search", "action_search"):
        assert f"SCAN {table} VIRTUAL TABLE INDEX" in plan, plan
    assert "SCAN feedback_point" not in plan and "SCAN action " not in plan, plan
    assert "SEARCH feedback_point USING INDEX feedback_point_action_id" in plan, plan


def _as_version_4(path: Path) -> None:
    """The first release's journal brought to version 4 by its own steps, as Debrief 4
    would have left it."""
    con = sqlite3.connect(path, isolation_level=None)
    try:
        for version in (2, 3, 4):
            for statement in STEPS[version]:
                con.execute(statement)
        con.execute("PRAGMA user_version = 4")
    finally:
        con.close()


def test_a_version_4_journal_upgrades_with_its_points_and_actions_searchable(tmp_path):
    path = tmp_path / "v4.sqlite3"
    shutil.copyfile(V1, path)
    _as_version_4(path)
    tables = ("application", "interview", "interviewer", "feedback_request", "feedback_point")
    con = sqlite3.connect(path)
    before = {t: con.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in tables}
    before["action"] = con.execute("SELECT * FROM action ORDER BY id").fetchall()
    word, action_words = con.execute(
        "SELECT p.words, a.description FROM feedback_point p JOIN action a ON a.id = p.action_id"
        " ORDER BY p.id LIMIT 1"
    ).fetchone()
    con.close()
    assert sum(map(len, before.values())) > 100 and before["action"]

    journal = open_journal(path)
    try:
        after = {
            t: journal.db.execute_sql(f"SELECT * FROM {t} ORDER BY id").fetchall()
            for t in (*tables, "action")
        }
        assert after == before
        with journal.reading():
            hits = L.list_interviews(journal, word[:20])
            assert hits and L.count_interviews(journal, action_words) >= 1
    finally:
        journal.close()
    assert normalised_schema(path) == fresh_schema()
