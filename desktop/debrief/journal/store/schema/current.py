"""The journal's schema as it is now, in SQL: a new file is made from it in one step.

A fresh file and one upgraded through every step of `steps` end with the same schema; a
test compares both with the committed snapshot. Change this only together with a new
step, and never change a step once released.

The columns of the derived data (`interview.debrief_step`, `feedback_steps`, and the
copies in `feedback_request` and `feedback_point`) are kept by the triggers in
`current_triggers.py`; see `store/derived.py` for what each means and how bulk loads lift
them.
"""

from __future__ import annotations

from debrief.journal.store.schema.current_triggers import TRIGGERS

#: The tables, indexes and search index of the current schema, in the order they are run.
TABLES = (
    """
    CREATE TABLE "profile" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "name" TEXT NOT NULL,
        "signature" TEXT NOT NULL,
        "channel" TEXT
    )
    """,
    """
    CREATE TABLE "theme" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "name" TEXT NOT NULL COLLATE NOCASE,
        "builtin" INTEGER NOT NULL,
        "suggestion" TEXT NOT NULL
    )
    """,
    'CREATE UNIQUE INDEX "theme_name" ON "theme" ("name")',
    """
    CREATE TABLE "action" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "theme_id" INTEGER,
        "description" TEXT NOT NULL,
        "status" TEXT NOT NULL,
        "created_at" DATETIME NOT NULL,
        "done_at" DATETIME,
        FOREIGN KEY ("theme_id") REFERENCES "theme" ("id") ON DELETE SET NULL
    )
    """,
    'CREATE INDEX "action_theme_id" ON "action" ("theme_id")',
    """
    CREATE TABLE "application" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "company" TEXT NOT NULL,
        "role" TEXT NOT NULL,
        "source" TEXT NOT NULL,
        "link" TEXT NOT NULL,
        "applied_on" DATE,
        "outcome" TEXT NOT NULL,
        "told_at" DATETIME,
        "told_via" TEXT,
        "created_at" DATETIME NOT NULL,
        "rounds" INTEGER NOT NULL DEFAULT 0
    )
    """,
    """
    CREATE TABLE "interview" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "company" TEXT NOT NULL,
        "role" TEXT NOT NULL,
        "stage" TEXT NOT NULL,
        "date" DATE NOT NULL,
        "feeling" INTEGER,
        "notes" TEXT NOT NULL,
        "link" TEXT NOT NULL,
        "outcome" TEXT NOT NULL,
        "told_at" DATETIME,
        "told_via" TEXT,
        "created_at" DATETIME NOT NULL,
        "updated_at" DATETIME NOT NULL,
        "debrief_step" TEXT,
        "feedback_steps" INTEGER NOT NULL DEFAULT 0,
        "application_id" INTEGER REFERENCES "application" ("id") ON DELETE CASCADE,
        "round" INTEGER NOT NULL DEFAULT 1,
        "time" TEXT,
        "format" TEXT
    )
    """,
    'CREATE INDEX "interview_company" ON "interview" ("company")',
    'CREATE INDEX "interview_role" ON "interview" ("role")',
    'CREATE INDEX "interview_stage" ON "interview" ("stage")',
    'CREATE INDEX "interview_date" ON "interview" ("date")',
    'CREATE INDEX "interview_feeling" ON "interview" ("feeling")',
    'CREATE INDEX "interview_outcome" ON "interview" ("outcome")',
    'CREATE INDEX "interview_debrief_step" ON "interview" ("debrief_step")',
    """
    CREATE TABLE "interviewer" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "interview_id" INTEGER NOT NULL,
        "name" TEXT NOT NULL,
        "title" TEXT NOT NULL,
        "email" TEXT NOT NULL,
        "phone" TEXT NOT NULL,
        FOREIGN KEY ("interview_id") REFERENCES "interview" ("id") ON DELETE CASCADE
    )
    """,
    'CREATE INDEX "interviewer_interview_id" ON "interviewer" ("interview_id")',
    """
    CREATE TABLE "feedback_request" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "interview_id" INTEGER NOT NULL,
        "interviewer_id" INTEGER,
        "channel" TEXT,
        "asked_at" DATETIME,
        "words" TEXT NOT NULL,
        "in_time" INTEGER,
        "response" TEXT NOT NULL,
        "responded_at" DATETIME,
        "thanked_at" DATETIME,
        "thank_words" TEXT NOT NULL,
        "wizard_step" TEXT NOT NULL,
        "draft" TEXT NOT NULL,
        "created_at" DATETIME NOT NULL,
        "interview_outcome" TEXT,
        "interview_date" DATE,
        "reply_days" REAL,
        "followed_up_at" DATETIME,
        FOREIGN KEY ("interview_id") REFERENCES "interview" ("id") ON DELETE CASCADE,
        FOREIGN KEY ("interviewer_id") REFERENCES "interviewer" ("id") ON DELETE SET NULL
    )
    """,
    'CREATE INDEX "feedback_request_interview_id" ON "feedback_request" ("interview_id")',
    'CREATE INDEX "feedback_request_interviewer_id" ON "feedback_request" ("interviewer_id")',
    """
    CREATE TABLE "feedback_point" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "interview_id" INTEGER NOT NULL,
        "request_id" INTEGER,
        "kind" TEXT NOT NULL,
        "theme_id" INTEGER,
        "words" TEXT NOT NULL,
        "verdict" TEXT,
        "clarify_question" TEXT NOT NULL,
        "clarify_example" TEXT NOT NULL,
        "action_id" INTEGER,
        "position" INTEGER NOT NULL,
        "created_at" DATETIME NOT NULL,
        "interview_date" DATE,
        "first_on_theme" INTEGER NOT NULL DEFAULT 0,
        "note" TEXT NOT NULL DEFAULT '',
        FOREIGN KEY ("interview_id") REFERENCES "interview" ("id") ON DELETE CASCADE,
        FOREIGN KEY ("request_id") REFERENCES "feedback_request" ("id") ON DELETE CASCADE,
        FOREIGN KEY ("theme_id") REFERENCES "theme" ("id") ON DELETE SET NULL,
        FOREIGN KEY ("action_id") REFERENCES "action" ("id") ON DELETE SET NULL
    )
    """,
    'CREATE INDEX "feedback_point_interview_id" ON "feedback_point" ("interview_id")',
    'CREATE INDEX "feedback_point_request_id" ON "feedback_point" ("request_id")',
    'CREATE INDEX "feedback_point_kind" ON "feedback_point" ("kind")',
    'CREATE INDEX "feedback_point_theme_id" ON "feedback_point" ("theme_id")',
    'CREATE INDEX "feedback_point_action_id" ON "feedback_point" ("action_id")',
    "CREATE INDEX interview_company_nocase ON interview (company COLLATE NOCASE, id)",
    "CREATE INDEX interview_role_nocase ON interview (role COLLATE NOCASE, id)",
    """
    CREATE INDEX interview_stage_rank ON interview (CASE stage WHEN 'screen' THEN 0 WHEN
        'technical' THEN 1 WHEN 'onsite' THEN 2 WHEN 'final' THEN 3 ELSE 4 END, id)
    """,
    """
    CREATE VIRTUAL TABLE interview_search USING fts5(company, role, notes, content='interview',
        content_rowid='id', tokenize='trigram')
    """,
    """
    CREATE INDEX feedback_point_theme_day ON feedback_point (kind, theme_id, interview_date,
        first_on_theme)
    """,
    """
    CREATE INDEX feedback_point_theme_first ON feedback_point (kind, theme_id, first_on_theme,
        interview_date)
    """,
    "CREATE INDEX interview_funnel ON interview (outcome, feedback_steps, date)",
    """
    CREATE INDEX feedback_request_reply ON feedback_request (interview_outcome, reply_days,
        interview_date)
    """,
    'CREATE INDEX "interview_application_id" ON "interview" ("application_id", "round")',
    'CREATE INDEX "interview_round" ON "interview" ("round")',
    "CREATE INDEX interview_told ON interview (outcome, told_at)",
    "CREATE INDEX feedback_request_waiting ON feedback_request (response, asked_at)",
    "CREATE INDEX action_status ON action (status)",
    """
    CREATE VIRTUAL TABLE point_search USING fts5(words, clarify_question, clarify_example,
        content='feedback_point', content_rowid='id', tokenize='trigram')
    """,
    """
    CREATE VIRTUAL TABLE action_search USING fts5(description, content='action',
        content_rowid='id', tokenize='trigram')
    """,
    """
    CREATE INDEX interview_application_funnel ON interview (outcome, application_id,
        feedback_steps, date)
    """,
    """
    CREATE INDEX interview_application_asked ON interview (outcome, application_id,
        feedback_steps, date) WHERE feedback_steps != 0
    """,
    "CREATE INDEX application_outcome ON application (outcome)",
)

#: Every statement of the current schema: the tables first, then the triggers that keep them.
STATEMENTS = TABLES + TRIGGERS
