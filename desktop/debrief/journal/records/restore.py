"""Snapshots of an interview (with all that hangs on it) or an action, and putting them back.

Undo's journal side: the window takes a snapshot before and after an edit, and undo or
redo puts one back whole, in one transaction. Rows keep their ids when those are still
free, so links from elsewhere (a point's action, a request's interviewer) hold; the
derived columns are left to the schema's triggers, as for every write.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from debrief.journal.records.interviews import delete_interview
from debrief.journal.store.derived import DERIVED_FIELDS
from debrief.journal.store.forgetting import forgetting
from debrief.journal.store.journal import Journal, reads

Row = dict[str, Any]

#: What hangs on an interview, in the order it is put back (each after what it points to).
CHILDREN = ("interviewer", "feedback_request", "feedback_point")
#: The column of each child table pointing at a parent row, and the parent's table.
LINKS = {
    "interview": {"application_id": "application"},
    "interviewer": {"interview_id": "interview"},
    "feedback_request": {"interview_id": "interview", "interviewer_id": "interviewer"},
    "feedback_point": {"interview_id": "interview", "request_id": "feedback_request"},
}
#: Links to rows a snapshot does not hold: kept when the row is still there, else NULL.
OUTSIDE = {"feedback_point": {"action_id": "action", "theme_id": "theme"}}


@dataclass(frozen=True)
class InterviewSnapshot:
    """One interview as it was: its application, its own row and every child row."""

    interview_id: int
    application: Row | None
    interview: Row
    children: dict[str, tuple[Row, ...]]
    siblings: tuple[int, ...] = ()  # the other rounds of its application then

    @property
    def company(self) -> str:
        return self.interview["company"]


@dataclass(frozen=True)
class ActionSnapshot:
    """One improvement action as it was, with the points it answered."""

    action_id: int
    action: Row
    point_ids: tuple[int, ...]


def same_content(one: InterviewSnapshot, other: InterviewSnapshot) -> bool:
    """Whether two snapshots differ only in when the interview was last saved (a dialog
    saved without a change): nothing there to undo."""

    def content(snapshot: InterviewSnapshot) -> tuple:
        row = {k: v for k, v in snapshot.interview.items() if k != "updated_at"}
        return (row, snapshot.application, snapshot.children)

    return content(one) == content(other)


def _rows(journal: Journal, sql: str, params: tuple) -> list[Row]:
    cursor = journal.db.execute_sql(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]


@reads
def snapshot_interview(journal: Journal, interview_id: int) -> InterviewSnapshot | None:
    """The interview and everything hanging on it, or None when it is gone."""
    found = _rows(journal, "SELECT * FROM interview WHERE id = ?", (interview_id,))
    if not found:
        return None
    interview = found[0]
    applications = _rows(
        journal, "SELECT * FROM application WHERE id = ?", (interview["application_id"],)
    )
    children = {
        table: tuple(
            _rows(
                journal,
                f"SELECT * FROM {table} WHERE interview_id = ? ORDER BY id",
                (interview_id,),
            )
        )
        for table in CHILDREN
    }
    siblings = journal.db.execute_sql(
        "SELECT id FROM interview WHERE application_id = ? AND id != ? ORDER BY id",
        (interview["application_id"], interview_id),
    )
    return InterviewSnapshot(
        interview_id,
        (applications or [None])[0],
        interview,
        children,
        tuple(i for (i,) in siblings),
    )


def _exists(journal: Journal, table: str, row_id: Any) -> bool:
    if row_id is None:
        return False
    sql = f"SELECT 1 FROM {table} WHERE id = ?"
    return journal.db.execute_sql(sql, (row_id,)).fetchone() is not None


def _insert(journal: Journal, table: str, row: Row) -> int:
    """Insert `row` without its derived columns, keeping its id when that is free."""
    derived = DERIVED_FIELDS.get(table, frozenset())
    values = {k: v for k, v in row.items() if k not in derived}
    if _exists(journal, table, values["id"]):
        del values["id"]  # taken since: the row comes back under a new id
    names = ", ".join(f'"{name}"' for name in values)
    marks = ", ".join("?" * len(values))
    cursor = journal.db.execute_sql(
        f'INSERT INTO "{table}" ({names}) VALUES ({marks})', tuple(values.values())
    )
    return values.get("id", cursor.lastrowid)


def _has_rounds(journal: Journal, application_id: int, rounds: tuple[int, ...]) -> bool:
    """Whether any of `rounds` still belongs to the application: then it is still there
    (an application goes with its last round, and a new one may take its id)."""
    marks = ", ".join("?" * len(rounds))
    sql = f"SELECT 1 FROM interview WHERE application_id = ? AND id IN ({marks}) LIMIT 1"
    return journal.db.execute_sql(sql, (application_id, *rounds)).fetchone() is not None


def _put_application(journal: Journal, row: Row, rounds: tuple[int, ...]) -> int:
    """The application as it was: its fields set again (its rounds follow by trigger), or
    the row made again when it went with its last round."""
    if not _has_rounds(journal, row["id"], rounds):
        return _insert(journal, "application", row)
    fields = {k: v for k, v in row.items() if k not in ("id", *DERIVED_FIELDS["application"])}
    assignments = ", ".join(f'"{name}" = ?' for name in fields)
    journal.db.execute_sql(
        f"UPDATE application SET {assignments} WHERE id = ?", (*fields.values(), row["id"])
    )
    return row["id"]


def _linked(journal: Journal, table: str, row: Row, ids: dict[str, dict[Any, int]]) -> Row:
    """`row` with its links turned to the ids its parents came back under."""
    out = dict(row)
    for column, parent in LINKS.get(table, {}).items():
        if out[column] is not None:
            out[column] = ids[parent].get(out[column], out[column])
    for column, other in OUTSIDE.get(table, {}).items():
        if not _exists(journal, other, out[column]):
            out[column] = None
    return out


def put_back_interview(journal: Journal, snapshot: InterviewSnapshot) -> int:
    """Make a deleted interview again, with its children, as snapshotted; returns its id
    (a new one when another interview took its own since). One transaction."""
    with journal.writing():
        ids: dict[str, dict[Any, int]] = {"application": {}}
        if snapshot.application is not None:
            old = snapshot.application["id"]
            ids["application"][old] = _put_application(
                journal, snapshot.application, snapshot.siblings
            )
        row = _linked(journal, "interview", snapshot.interview, ids)
        ids["interview"] = {snapshot.interview_id: _insert(journal, "interview", row)}
        for table in CHILDREN:
            ids[table] = {
                child["id"]: _insert(journal, table, _linked(journal, table, child, ids))
                for child in snapshot.children[table]
            }
    return ids["interview"][snapshot.interview_id]


def _changed(old: Row | None, new: Row | None, derived: frozenset[str]) -> dict[str, Any]:
    """The columns whose value differs from `old` in `new`, as `new` has them."""
    if old is None or new is None:
        return {}
    skip = {"id", "created_at", "application_id", *derived}
    return {k: v for k, v in new.items() if k not in skip and old.get(k) != v}


def _update(journal: Journal, table: str, row_id: int, fields: dict[str, Any]) -> None:
    if fields:
        assignments = ", ".join(f'"{name}" = ?' for name in fields)
        sql = f'UPDATE "{table}" SET {assignments} WHERE id = ?'
        journal.db.execute_sql(sql, (*fields.values(), row_id))


def _put_interviewers(journal: Journal, interview_id: int, snapshot: InterviewSnapshot) -> None:
    """The interview's people as snapshotted, and its requests linked to them again."""
    people = snapshot.children["interviewer"]
    keep = [p["id"] for p in people]
    marks = ", ".join("?" * len(keep))
    journal.db.execute_sql(
        f"DELETE FROM interviewer WHERE interview_id = ? AND id NOT IN ({marks})",
        (interview_id, *keep),
    )
    ids = {}
    for person in people:
        if _exists(journal, "interviewer", person["id"]):
            _update(journal, "interviewer", person["id"], _changed({}, person, frozenset()))
            ids[person["id"]] = person["id"]
        else:
            ids[person["id"]] = _insert(
                journal, "interviewer", {**person, "interview_id": interview_id}
            )
    for request in snapshot.children["feedback_request"]:
        person = ids.get(request["interviewer_id"])
        sql = "UPDATE feedback_request SET interviewer_id = ? WHERE id = ? AND interview_id = ?"
        journal.db.execute_sql(sql, (person, request["id"], interview_id))


def put_edit(
    journal: Journal, interview_id: int, edited: InterviewSnapshot, wanted: InterviewSnapshot
) -> None:
    """Undo or redo an edit: what differs between the `edited` and `wanted` snapshots
    (the interview's fields, its application's, its people) is set as `wanted` has it.

    Only those differences are written, so what was added to the interview since (a
    debrief's points, say) stays.
    """
    with journal.writing():
        _update(
            journal,
            "interview",
            interview_id,
            _changed(edited.interview, wanted.interview, DERIVED_FIELDS["interview"]),
        )
        app_id = journal.db.execute_sql(
            "SELECT application_id FROM interview WHERE id = ?", (interview_id,)
        ).fetchone()
        fields = _changed(edited.application, wanted.application, DERIVED_FIELDS["application"])
        if app_id and app_id[0] is not None:
            _update(journal, "application", app_id[0], fields)
        if edited.children["interviewer"] != wanted.children["interviewer"]:
            _put_interviewers(journal, interview_id, wanted)


def remove_interview(journal: Journal, interview_id: int) -> None:
    """Delete the interview and what hangs on it, as the Delete command does."""
    delete_interview(journal, interview_id)


@reads
def snapshot_action(journal: Journal, action_id: int) -> ActionSnapshot | None:
    found = _rows(journal, "SELECT * FROM action WHERE id = ?", (action_id,))
    if not found:
        return None
    points = journal.db.execute_sql(
        "SELECT id FROM feedback_point WHERE action_id = ? ORDER BY id", (action_id,)
    )
    return ActionSnapshot(action_id, found[0], tuple(p for (p,) in points))


def put_back_action(journal: Journal, snapshot: ActionSnapshot) -> int:
    """Make the journal hold the action as snapshotted, linked to its points again."""
    with journal.writing():
        row = dict(snapshot.action)
        if not _exists(journal, "theme", row["theme_id"]):
            row["theme_id"] = None
        if _exists(journal, "action", snapshot.action_id):
            fields = {k: v for k, v in row.items() if k != "id"}
            assignments = ", ".join(f'"{name}" = ?' for name in fields)
            journal.db.execute_sql(
                f"UPDATE action SET {assignments} WHERE id = ?",
                (*fields.values(), snapshot.action_id),
            )
            action_id = snapshot.action_id
        else:
            action_id = _insert(journal, "action", row)
        marks = ", ".join("?" * len(snapshot.point_ids))
        journal.db.execute_sql(
            f"UPDATE feedback_point SET action_id = ? WHERE id IN ({marks})",
            (action_id, *snapshot.point_ids),
        )
    return action_id


def remove_action(journal: Journal, action_id: int) -> None:
    """Delete an action; the points it answered keep their words and lose the link."""
    with forgetting(journal, ("action_search",)):
        journal.db.execute_sql("DELETE FROM action WHERE id = ?", (action_id,))
