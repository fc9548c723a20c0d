"""The journal format this code writes, and the SQL shapes its schema and queries share.

No ORM here: opening a journal checks the version, and the window's list sorts by stage,
both before peewee loads.
"""

from __future__ import annotations

#: The schema this code writes. A file with a higher user_version is refused, untouched.
SCHEMA_VERSION = 1

#: A stage's place in the interview process, spelled once: the interview_stage_rank
#: index is built on exactly this expression, so sorting by it walks that index.
STAGE_RANK = (
    "CASE stage WHEN 'screen' THEN 0 WHEN 'technical' THEN 1 WHEN 'onsite' THEN 2 "
    "WHEN 'final' THEN 3 ELSE 4 END"
)
