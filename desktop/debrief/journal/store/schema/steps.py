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

#: Version 5: the funnel counts applications, not rounds. Rejected applications are
#: counted on their own outcome; walking rejected rounds in application order (all of
#: them for a filter, or only those that got somewhere) counts each application once
#: without reading a row.
V5: tuple[str, ...] = (
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
STEPS: dict[int, tuple[str, ...]] = {2: V2, 3: V3, 4: V4, 5: V5}
