"""Import and export in one place for the window: CSV from other trackers, JSON and CSV out.

The work lives in dates.py, statuses.py, csv_table.py, csv_import.py and export.py; this
module only names what the UI calls.
"""

from __future__ import annotations

from debrief.journal.csv_import import (
    REQUIRED_TARGETS,
    ROLE_PLACEHOLDER,
    TARGETS,
    ImportPlan,
    ImportReport,
    PlannedRow,
    SkippedRow,
    apply_import,
    date_order_for,
    guess_mapping,
    missing_targets,
    preview_import,
)
from debrief.journal.csv_safety import neutralise
from debrief.journal.csv_table import (
    CsvTable,
    EncodingQuestion,
    ImportProblem,
    read_csv,
    read_csv_file,
)
from debrief.journal.dates import CHOSEN_ORDERS, DateOrder, detect_date_order, parse_date
from debrief.journal.export import (
    export_csv,
    export_data,
    export_json,
    import_json,
    journal_is_empty,
)

__all__ = [
    "CHOSEN_ORDERS",
    "REQUIRED_TARGETS",
    "ROLE_PLACEHOLDER",
    "TARGETS",
    "CsvTable",
    "DateOrder",
    "EncodingQuestion",
    "ImportPlan",
    "ImportProblem",
    "ImportReport",
    "PlannedRow",
    "SkippedRow",
    "apply_import",
    "date_order_for",
    "detect_date_order",
    "export_csv",
    "export_data",
    "export_json",
    "guess_mapping",
    "import_json",
    "journal_is_empty",
    "missing_targets",
    "neutralise",
    "parse_date",
    "preview_import",
    "read_csv",
    "read_csv_file",
]
