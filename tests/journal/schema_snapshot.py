"""A journal's schema as comparable text, and the committed snapshot of a fresh one.

`python -m tests.journal.schema_snapshot` rewrites `tests/data/schema.sql` from a fresh
journal: run it after adding a schema step, and review the diff like any other change.
"""

from __future__ import annotations

import re
import sqlite3
import sys
import tempfile
from pathlib import Path

SNAPSHOT = Path(__file__).parent.parent / "data" / "schema.sql"


def _normal(sql: str) -> str:
    """One line, single spaces, none beside punctuation: layout is not schema."""
    sql = re.sub(r"\s+", " ", sql.strip())
    return re.sub(r"\s*([(),;])\s*", r"\1", sql)


def normalised_schema(path: Path) -> str:
    """Version, application id and every object's SQL, sorted, one per line."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        version = con.execute("PRAGMA user_version").fetchone()[0]
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        rows = con.execute(
            "SELECT type, name, sql FROM sqlite_schema "
            "WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type, name"
        ).fetchall()
    finally:
        con.close()
    lines = [f"-- user_version {version}", f"-- application_id {app_id}"]
    lines += [f"-- {kind} {name}\n{_normal(sql)};" for kind, name, sql in rows]
    return "\n".join(lines) + "\n"


def fresh_schema() -> str:
    from debrief.journal.store.journal import open_journal

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fresh.sqlite3"
        open_journal(path).close()
        return normalised_schema(path)


if __name__ == "__main__":
    SNAPSHOT.write_text(fresh_schema(), encoding="utf-8")
    print(f"wrote {SNAPSHOT}", file=sys.stderr)
