"""Text cells written to CSV so no spreadsheet runs them as a formula, and read back exactly."""

from __future__ import annotations

import csv
import io
import re
from typing import Any

#: A cell starting with one of these runs as a formula in spreadsheets (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

# A guard quote goes at the start of the cell and after every character a spreadsheet may
# split a line on ("," and ";", the list separator in much of Europe, and tab) when
# what follows (past spaces, double quotes and earlier guard quotes) starts a formula.
# Quotes already there count too, so "'=x" becomes "''=x" and reads back as "'=x".
_AHEAD = r"(?=[ \"']*[=+\-@\t\r])"
_UNGUARDED = re.compile(r"(^|[,;\t])" + _AHEAD)
_GUARDED = re.compile(r"(^|[,;\t])'" + _AHEAD)


def neutralise(value: Any) -> Any:
    """A text cell with a guard quote wherever a spreadsheet could start a formula.

    Quoting alone is not enough: a spreadsheet that splits on ";" or tab while the file
    uses "," sees a new cell after each of them, so those places are guarded as well.
    Numbers and other non-text values pass unchanged.
    """
    if not isinstance(value, str):
        return value
    return _UNGUARDED.sub(r"\1'", value)


def restore(value: str) -> str:
    """The text `neutralise` was given: every guard quote it added is taken off again."""
    return _GUARDED.sub(r"\1", value)


def csv_bytes(header: list[str], rows: list[tuple]) -> bytes:
    """A UTF-8 CSV file (with BOM) in which every text field is quoted and neutralised.

    Quoting every text field keeps a ";" or tab inside a cell in that cell for any
    spreadsheet that honours quotes; numbers stay unquoted so they still read as numbers.
    """
    out = io.StringIO(newline="")
    writer = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC)
    writer.writerow(header)
    for row in rows:
        writer.writerow(["" if v is None else neutralise(v) for v in row])
    return out.getvalue().encode("utf-8-sig")  # the BOM makes Excel read UTF-8 correctly
