"""Every released change of the journal's schema, as literal SQL, one step per version.

A step brings a file from version N - 1 to N. Steps are frozen once released: they never
read the models or any other live code, so a file made years ago upgrades the way it
would have then. To change the schema, add the next step here and make `current.py` say
what a fresh file looks like after it (docs/ARCHITECTURE.md walks through it).
"""

from __future__ import annotations

#: Version 2: files carry Debrief's application id, so they are known as journals by that
#: rather than by their table names. (The id is set with every version stamp.)
V2 = ("PRAGMA application_id = 1147302502",)

#: Version 3: coaching. A point keeps the user's note (why they disagree, say); a request
#: keeps when the one polite follow-up went out; the profile holds the user's name,
#: signature and preferred channel for drafts (one row at most).
V3 = (
    """ALTER TABLE "feedback_point" ADD COLUMN "note" TEXT NOT NULL DEFAULT ''""",
    """ALTER TABLE "feedback_request" ADD COLUMN "followed_up_at" DATETIME""",
    """
    CREATE TABLE "profile" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "name" TEXT NOT NULL,
        "signature" TEXT NOT NULL,
        "channel" TEXT
    )
    """,
)

#: Version 4: interviews are rounds of applications. Each existing interview becomes an
#: application (same id) with one round; the application holds the outcome and how the
#: user was told, mirrored on its rounds by triggers, and counts its rounds.
V4 = (
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
    'ALTER TABLE "interview" ADD COLUMN "application_id" INTEGER '
    'REFERENCES "application" ("id") ON DELETE CASCADE',
    'ALTER TABLE "interview" ADD COLUMN "round" INTEGER NOT NULL DEFAULT 1',
    'ALTER TABLE "interview" ADD COLUMN "time" TEXT',
    'ALTER TABLE "interview" ADD COLUMN "format" TEXT',
    """
    INSERT INTO application (id, company, role, source, link, applied_on, outcome, told_at,
        told_via, created_at, rounds)
        SELECT id, company, role, '', link, NULL, outcome, told_at, told_via, created_at, 1
        FROM interview
    """,
    "UPDATE interview SET application_id = id",
    """
    CREATE INDEX "interview_application_id" ON "interview" ("application_id", "round")
    """,
    """
    CREATE INDEX "interview_round" ON "interview" ("round")
    """,
    """
    CREATE TRIGGER interview_application_made AFTER INSERT ON interview
        WHEN NEW.application_id IS NULL
    BEGIN
        INSERT INTO application (company, role, source, link, applied_on, outcome, told_at,
            told_via, created_at)
            VALUES (NEW.company, NEW.role, '', NEW.link, NULL, NEW.outcome, NEW.told_at,
                NEW.told_via, NEW.created_at);
        UPDATE interview SET application_id = last_insert_rowid() WHERE id = NEW.id;
    END
    """,
    """
    CREATE TRIGGER interview_round_added AFTER INSERT ON interview
        WHEN NEW.application_id IS NOT NULL
    BEGIN
        UPDATE application SET rounds = rounds + 1 WHERE id = NEW.application_id;
    END
    """,
    """
    CREATE TRIGGER interview_round_moved AFTER UPDATE OF application_id ON interview
        WHEN OLD.application_id IS NOT NEW.application_id
    BEGIN
        UPDATE application SET rounds = rounds - 1 WHERE id = OLD.application_id;
        UPDATE application SET rounds = rounds + 1 WHERE id = NEW.application_id;
        DELETE FROM application WHERE id = OLD.application_id AND rounds <= 0;
    END
    """,
    """
    CREATE TRIGGER interview_round_removed AFTER DELETE ON interview
    BEGIN
        UPDATE application SET rounds = rounds - 1 WHERE id = OLD.application_id;
        DELETE FROM application WHERE id = OLD.application_id AND rounds <= 0;
    END
    """,
    """
    CREATE TRIGGER interview_application_copied AFTER UPDATE OF company, role, link, outcome,
        told_at, told_via ON interview WHEN NEW.application_id IS NOT NULL
    BEGIN
        UPDATE application SET company = NEW.company, role = NEW.role, link = NEW.link,
            outcome = NEW.outcome, told_at = NEW.told_at, told_via = NEW.told_via
            WHERE id = NEW.application_id AND (company IS NOT NEW.company
                OR role IS NOT NEW.role OR link IS NOT NEW.link OR outcome IS NOT NEW.outcome
                OR told_at IS NOT NEW.told_at OR told_via IS NOT NEW.told_via);
    END
    """,
    """
    CREATE TRIGGER application_rounds_copied AFTER UPDATE OF company, role, link, outcome,
        told_at, told_via ON application
    BEGIN
        UPDATE interview SET company = NEW.company, role = NEW.role, link = NEW.link,
            outcome = NEW.outcome, told_at = NEW.told_at, told_via = NEW.told_via
            WHERE application_id = NEW.id AND (company IS NOT NEW.company
                OR role IS NOT NEW.role OR link IS NOT NEW.link OR outcome IS NOT NEW.outcome
                OR told_at IS NOT NEW.told_at OR told_via IS NOT NEW.told_via);
    END
    """,
)

#: Version 5: indexes for the reminders, which run on every start and every change: the
#: rejections told lately, the requests still waiting and the actions still open are
#: found by walking an index instead of reading whole tables (rounds ahead walk the dates).
V5 = (
    "CREATE INDEX interview_told ON interview (outcome, told_at)",
    "CREATE INDEX feedback_request_waiting ON feedback_request (response, asked_at)",
    "CREATE INDEX action_status ON action (status)",
)

#: Version 6: the filter searches what was said too. Full-text indexes over feedback
#: points (the words, the clarifying question and example) and action text, filled from
#: the rows already there and kept by triggers like the interviews' own.
V6 = (
    """
    CREATE VIRTUAL TABLE point_search USING fts5(words, clarify_question, clarify_example,
        content='feedback_point', content_rowid='id', tokenize='trigram')
    """,
    """
    CREATE VIRTUAL TABLE action_search USING fts5(description, content='action',
        content_rowid='id', tokenize='trigram')
    """,
    "INSERT INTO point_search(point_search) VALUES ('rebuild')",
    "INSERT INTO action_search(action_search) VALUES ('rebuild')",
    """
    CREATE TRIGGER point_search_add AFTER INSERT ON feedback_point
    BEGIN
        INSERT INTO point_search(rowid, words, clarify_question, clarify_example) VALUES
            (NEW.id, NEW.words, NEW.clarify_question, NEW.clarify_example);
    END
    """,
    """
    CREATE TRIGGER point_search_remove AFTER DELETE ON feedback_point
    BEGIN
        INSERT INTO point_search(point_search, rowid, words, clarify_question, clarify_example)
            VALUES ('delete', OLD.id, OLD.words, OLD.clarify_question, OLD.clarify_example);
    END
    """,
    """
    CREATE TRIGGER point_search_change AFTER UPDATE OF words, clarify_question, clarify_example
        ON feedback_point
    BEGIN
        INSERT INTO point_search(point_search, rowid, words, clarify_question, clarify_example)
            VALUES ('delete', OLD.id, OLD.words, OLD.clarify_question, OLD.clarify_example);
        INSERT INTO point_search(rowid, words, clarify_question, clarify_example) VALUES
            (NEW.id, NEW.words, NEW.clarify_question, NEW.clarify_example);
    END
    """,
    """
    CREATE TRIGGER action_search_add AFTER INSERT ON action
    BEGIN
        INSERT INTO action_search(rowid, description) VALUES (NEW.id, NEW.description);
    END
    """,
    """
    CREATE TRIGGER action_search_remove AFTER DELETE ON action
    BEGIN
        INSERT INTO action_search(action_search, rowid, description) VALUES ('delete', OLD.id,
            OLD.description);
    END
    """,
    """
    CREATE TRIGGER action_search_change AFTER UPDATE OF description ON action
    BEGIN
        INSERT INTO action_search(action_search, rowid, description) VALUES ('delete', OLD.id,
            OLD.description);
        INSERT INTO action_search(rowid, description) VALUES (NEW.id, NEW.description);
    END
    """,
)

#: Version 7: the funnel counts applications, not rounds. Rejected applications are
#: counted on their own outcome; walking rejected rounds in application order (all of
#: them for a filter, or only those that got somewhere) counts each application once
#: without reading a row.
V7: tuple[str, ...] = (
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

#: version -> the statements that bring a file from version - 1 to it.
STEPS: dict[int, tuple[str, ...]] = {2: V2, 3: V3, 4: V4, 5: V5, 6: V6, 7: V7}
