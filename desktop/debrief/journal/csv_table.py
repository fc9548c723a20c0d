"""Read a CSV file from another tracker into headers and rows, whatever its encoding."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from debrief.journal.store.journal import JournalError

DELIMITERS = (",", ";", "\t", "|")
MAX_FILE_BYTES = 50 * 1024 * 1024  # far past any real tracker export
SNIFF_RECORDS = 50

# Messages in English, marked for translation: the UI runs them through tr() and then
# str.format(**params), like database.JournalError.
EMPTY_FILE = "{name} is empty: there is nothing to import."
NOT_TEXT = (
    "{name} does not look like a CSV file (it holds binary data). Export your list as "
    "CSV from the other app, then try again."
)
SPREADSHEET = (
    "{name} is a spreadsheet workbook, not a CSV file. Open it in your spreadsheet app "
    "and save it as CSV, then try again."
)
TOO_BIG = "{name} is too large to import ({size} MB; the limit is {limit} MB)."
NO_ROWS = "{name} has a header row but no rows below it: there is nothing to import."
BAD_CSV = "{name} could not be read as CSV near line {line}: {detail}."
CELL_TOO_LONG = (
    "A cell near line {line} of {name} is longer than Debrief accepts ({limit} characters)."
)
CANNOT_READ_FILE = "Debrief could not read {name}: {detail}."

_BINARY_SIGNATURES = {
    b"PK\x03\x04": SPREADSHEET,  # .xlsx, .ods (zip containers)
    b"\xd0\xcf\x11\xe0": SPREADSHEET,  # .xls (OLE)
}
_SEP_LINE = re.compile(r"sep=(.)\r?\n", re.IGNORECASE)  # Excel's "sep=;" hint


class ImportProblem(JournalError):
    """A file could not be imported; nothing was written.

    Shaped like JournalError (English `template` for tr(), then `params`), and a subclass
    of it, so the window shows every journal refusal the same way.
    """


@dataclass(frozen=True)
class CsvTable:
    """The file's header and data rows; every row has exactly one cell per header."""

    headers: list[str]
    rows: list[list[str]]
    #: For each row, its row number as a spreadsheet shows it (the header is row 1), so a
    #: skip reason can point at the right line.
    row_numbers: list[int]
    delimiter: str
    encoding: str


def decode(data: bytes, name: str = "The file") -> tuple[str, str]:
    """The text and the encoding it was read with: UTF-8 (BOM or not), UTF-16, else cp1252.

    Raises ImportProblem for binary files: a NUL byte never belongs in a CSV of text.
    """
    for signature, template in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise ImportProblem(template, name=name)
    if data.startswith(b"\xef\xbb\xbf"):
        candidates = ["utf-8-sig"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ["utf-16"]  # Excel's "Unicode text" export
    else:
        candidates = ["utf-8", "cp1252", "latin-1"]  # latin-1 accepts any byte
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:
            break
        return text, encoding
    raise ImportProblem(NOT_TEXT, name=name)


def _records(
    text: str, delimiter: str, limit: int | None = None, name: str = "The file"
) -> list[list[str]]:
    """Every record (quoted newlines kept inside their cell); ImportProblem if unreadable."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    out: list[list[str]] = []
    try:
        for record in reader:
            out.append(record)
            if limit is not None and len(out) >= limit:
                break
    except csv.Error as exc:
        line = reader.line_num + 1
        if "field larger than field limit" in str(exc):
            raise ImportProblem(
                CELL_TOO_LONG, name=name, line=line, limit=csv.field_size_limit()
            ) from exc
        raise ImportProblem(BAD_CSV, name=name, line=line, detail=exc) from exc
    return out


def sniff_delimiter(text: str) -> str:
    """The separator that splits the first records into the most, most consistent columns.

    csv.Sniffer guesses badly on quoted newlines and short files; counting how many early
    records share the header's width (and how wide that is) does not.
    """

    def score(delimiter: str) -> tuple[int, int]:
        try:
            records = [r for r in _records(text, delimiter, SNIFF_RECORDS) if any(r)]
        except ImportProblem:
            return (0, 0)
        if not records or len(records[0]) < 2:
            return (0, 0)
        width = len(records[0])
        return (sum(len(r) == width for r in records), width)

    best = max(DELIMITERS, key=score)  # max keeps the first of equal scores: "," wins ties
    return best if score(best) > (0, 0) else ","


def _unique_headers(raw: list[str]) -> list[str]:
    """Trimmed header names; blank ones get "Column N", repeats get " (2)", " (3)"."""
    seen: dict[str, int] = {}
    headers = []
    for index, name in enumerate(raw, start=1):
        name = name.strip() or f"Column {index}"
        count = seen.get(name.casefold(), 0) + 1
        seen[name.casefold()] = count
        headers.append(name if count == 1 else f"{name} ({count})")
    return headers


def read_csv(data: bytes, name: str = "The file") -> CsvTable:
    """Headers and rows of a CSV export; raises only ImportProblem, with a message to show.

    `name` is what messages call the file (its name, when the caller knows it).
    """
    if not data.strip():
        raise ImportProblem(EMPTY_FILE, name=name)
    text, encoding = decode(data, name)
    delimiter, skipped_lines = None, 0
    if hint := _SEP_LINE.match(text):
        delimiter, text, skipped_lines = hint[1], text[hint.end() :], 1
    delimiter = delimiter or sniff_delimiter(text)
    records = _records(text, delimiter, name=name)
    return _table(records, delimiter, encoding, name, skipped_lines)


def _table(
    records: list[list[str]], delimiter: str, encoding: str, name: str, skipped_lines: int
) -> CsvTable:
    first = next((i for i, r in enumerate(records) if any(c.strip() for c in r)), None)
    if first is None:
        raise ImportProblem(EMPTY_FILE, name=name)
    headers = _unique_headers(records[first])
    width = len(headers)
    rows, numbers = [], []
    for index in range(first + 1, len(records)):
        record = records[index]
        if not any(cell.strip() for cell in record):
            continue  # blank lines between rows are common at the end of exports
        rows.append((record + [""] * width)[:width])
        numbers.append(index + 1 + skipped_lines)
    if not rows:
        raise ImportProblem(NO_ROWS, name=name)
    return CsvTable(headers, rows, numbers, delimiter, encoding)


def read_csv_file(path: Path | str) -> CsvTable:
    """`read_csv` on a file, refusing very large ones before reading them."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportProblem(
                TOO_BIG, name=path.name, size=size // 2**20, limit=MAX_FILE_BYTES // 2**20
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ImportProblem(CANNOT_READ_FILE, name=path.name, detail=exc.strerror or exc) from exc
    return read_csv(data, path.name)
