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

#: version -> the statements that bring a file from version - 1 to it.
STEPS: dict[int, tuple[str, ...]] = {2: V2, 3: V3}
