"""CSV export writes the words the window shows, and the CSV import reads them back."""

from __future__ import annotations

import csv
import datetime as dt

import pytest

from debrief.journal.portability.csv_import import apply_import, guess_mapping, preview_import
from debrief.journal.portability.csv_table import read_csv_file
from debrief.journal.portability.export import export_csv
from debrief.journal.store.journal import open_journal
from debrief.journal.store.models import Interview
from debrief.ui.export_commands import csv_words

CASES = [
    ("onsite", "rejected", "On-site", "Not selected"),
    ("screen", "pending", "Screening", "Waiting to hear"),
    ("final", "offer", "Final", "Offer"),
    ("technical", "withdrawn", "Technical", "Withdrew"),
    ("other", "no_response", "Other", "No response"),
]


def _rows(path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_csv_export_writes_words_not_codes(journal, tmp_path):
    for n, (stage, outcome, _, _) in enumerate(CASES):
        Interview.create(
            company=f"C{n}",
            role="R",
            date=dt.date(2026, 3, n + 1),
            stage=stage,
            outcome=outcome,
            feeling=3,
        )
    export_csv(journal, tmp_path, csv_words())
    rows = _rows(tmp_path / "interviews.csv")
    assert [(r["stage"], r["outcome"]) for r in rows] == [(c[2], c[3]) for c in CASES]
    assert {r["feeling"] for r in rows} == {"3 · OK"}


@pytest.mark.parametrize("with_words", [True, False])
def test_csv_import_reads_words_and_old_codes(journal, tmp_path, with_words):
    for n, (stage, outcome, _, _) in enumerate(CASES):
        Interview.create(
            company=f"C{n}", role="R", date=dt.date(2026, 3, n + 1), stage=stage, outcome=outcome
        )
    export_csv(journal, tmp_path, csv_words() if with_words else None)
    fresh = open_journal(tmp_path / "fresh.sqlite3")
    try:
        table = read_csv_file(tmp_path / "interviews.csv")
        plan = preview_import(fresh, table, guess_mapping(table.headers))
        assert apply_import(fresh, plan).imported == len(CASES)
        with fresh.reading():
            back = list(
                Interview.select(Interview.stage, Interview.outcome)
                .order_by(Interview.date)
                .tuples()
            )
        assert back == [(c[0], c[1]) for c in CASES]
    finally:
        fresh.close()
