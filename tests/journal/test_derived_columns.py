"""Columns the journal derives itself stay out of exports and come back right on import."""

from __future__ import annotations

from debrief.journal.demo.story import fill_demo
from debrief.journal.portability.export import TABLES, export_data, export_json, import_json
from debrief.journal.records.listings import list_interviews
from debrief.journal.store.derived import DERIVED_FIELDS
from debrief.journal.store.journal import open_journal


def test_exports_hold_only_what_the_user_wrote_and_imports_rederive_the_rest(journal, tmp_path):
    fill_demo(journal)
    data = export_data(journal)
    for key, model in TABLES.items():
        # The demo leaves the profile (the user's own name and sign-off) for the user.
        assert data[key] or key == "profile", f"the demo fills {key}"
        for first in data[key][:1]:
            derived = DERIVED_FIELDS.get(model._meta.table_name, frozenset())
            assert not set(first) & derived
    before = [r[7] for r in list_interviews(journal, limit=None)]
    path = export_json(journal, tmp_path / "all.json")
    journal.close()
    fresh = open_journal(tmp_path / "fresh.sqlite3")
    try:
        with fresh.reading():
            import_json(fresh, path)
            assert [
                r[7] for r in list_interviews(fresh, limit=None)
            ] == before  # "Continue debrief"
            again = export_data(fresh)
            assert {k: v for k, v in again.items() if k != "exported_at"} == {
                k: v for k, v in data.items() if k != "exported_at"
            }
    finally:
        fresh.close()
