"""Read a CSV file from another tracker into headers and rows, asking before any guess."""

from __future__ import annotations

import csv
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from debrief.journal.marking import N_
from debrief.journal.portability.csv_decoding import STRAY, Decoded, decode_bytes
from debrief.journal.store.errors import JournalError
from debrief.journal.store.files.atomic_file import NOT_A_FILE

DELIMITERS = (",", ";", "\t", "|")
MAX_FILE_BYTES = 50 * 1024 * 1024  # far past any real tracker export
# Records and columns past any real tracker export (a person's applications number in
# the thousands): a 50 MB file of empty cells would otherwise take gigabytes and minutes.
MAX_RECORDS = 250_000
MAX_COLUMNS = 1000
SNIFF_RECORDS = 50

# Messages in English, marked for translation: the UI runs them through tr() and then
# str.format(**params), like database.JournalError.
EMPTY_FILE = N_("{name} is empty: there is nothing to import.")
NOT_TEXT = N_(
    "{name} does not look like a CSV file (it holds binary data). Export your list as "
    "CSV from the other app, then try again."
)
SPREADSHEET = N_(
    "{name} is a spreadsheet workbook, not a CSV file. Open it in your spreadsheet app "
    "and save it as CSV, then try again."
)
TOO_BIG = N_("{name} is too large to import ({size} MB; the limit is {limit} MB).")
NO_ROWS = N_("{name} has a header row but no rows below it: there is nothing to import.")
BAD_CSV = N_("{name} could not be read as CSV near line {line}: {detail}.")
CELL_TOO_LONG = N_(
    "A cell near line {line} of {name} is longer than Debrief accepts ({limit} characters)."
)
CANNOT_READ_FILE = N_("Debrief could not read {name}: {detail}.")
TOO_MANY_CELLS = N_(
    "{name} holds more than Debrief imports at once (at most {rows} rows and {columns} "
    "columns). Split it into smaller files, then import them one by one."
)
NOT_UTF8 = N_(
    "{name} is not saved as UTF-8, so Debrief cannot be sure which letters its bytes stand "
    "for (the first is in row {row}, column “{column}”). It was probably saved by an older "
    "program. Choose how to read it, then check the rows below."
)
STRAY_BYTE = N_(
    "{name} is saved as UTF-8, but row {row}, column “{column}” holds a byte that is not "
    "valid text. Choose how to read it, then check the rows below."
)
STRAY_BYTES = N_(
    "{name} is saved as UTF-8, but {count} places hold bytes that are not valid text, the "
    "first in row {row}, column “{column}”. Choose how to read them, then check the rows below."
)

_BINARY_SIGNATURES = {
    b"PK\x03\x04": SPREADSHEET,  # .xlsx, .ods (zip containers)
    b"\xd0\xcf\x11\xe0": SPREADSHEET,  # .xls (OLE)
}
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")
_SEP_LINE = re.compile(r"sep=(.)\r?\n", re.IGNORECASE)  # Excel's "sep=;" hint


class ImportProblem(JournalError):
    """A file could not be imported; nothing was written.

    Shaped like JournalError (English `template` for tr(), then `params`), and a subclass
    of it, so the window shows every journal refusal the same way.
    """


class EncodingQuestion(ImportProblem):
    """The file is not clean UTF-8: the user must choose how to read it (no silent guess).

    `places` lists (row, column) of every cell holding a bad byte, rows numbered as a
    spreadsheet numbers them; read the file again with `encoding` set to one of
    `csv_decoding.ENCODING_CHOICES`. `has_utf8` is False when the file is not UTF-8 at
    all, so reading it as Windows-1252 is the likely answer.
    """

    def __init__(self, name: str, places: list[tuple[int, str]], has_utf8: bool) -> None:
        row, column = places[0] if places else (1, "")
        if not has_utf8:
            template = NOT_UTF8
        else:
            template = STRAY_BYTE if len(places) == 1 else STRAY_BYTES
        super().__init__(template, name=name, row=row, column=column, count=len(places))
        self.places = places
        self.has_utf8 = has_utf8


@dataclass(frozen=True)
class CsvTable:
    """The file's header and data rows; every row has exactly one cell per header.

    Rows are tuples: the garbage collector stops tracking a tuple of strings, so a big
    file's rows never lengthen the pauses it makes every thread take (the window's too).
    """

    headers: list[str]
    rows: list[tuple[str, ...]]
    #: For each row, its row number as a spreadsheet shows it (the header is row 1), so a
    #: skip reason can point at the right line.
    row_numbers: list[int]
    delimiter: str
    encoding: str
    #: Row number -> header of a cell that ran on over the following lines of the file
    #: (an unbalanced quote mark), so it may hold whole rows; the import skips that row.
    swallowed: dict[int, str] = field(default_factory=dict)


def decode(data: bytes, name: str = "The file", choice: str | None = None) -> Decoded:
    """The file's text (see `csv_decoding.decode_bytes`); ImportProblem for binary files.

    A NUL byte never belongs in a CSV of text, so it marks a binary file.
    """
    for signature, template in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise ImportProblem(template, name=name)
    try:
        decoded = decode_bytes(data, choice)
    except UnicodeDecodeError as exc:
        raise ImportProblem(NOT_TEXT, name=name) from exc
    if "\x00" in decoded.text:
        raise ImportProblem(NOT_TEXT, name=name)
    return decoded


def _records(
    text: str, delimiter: str, limit: int | None = None, name: str = "The file"
) -> list[tuple[str, ...]]:
    """Every record (quoted newlines kept inside their cell); ImportProblem if unreadable."""
    reader = csv.reader(_lines(text), delimiter=delimiter, strict=False)
    out: list[tuple[str, ...]] = []
    try:
        for record in reader:
            if len(record) > MAX_COLUMNS or len(out) >= MAX_RECORDS:
                raise ImportProblem(
                    TOO_MANY_CELLS, name=name, rows=MAX_RECORDS, columns=MAX_COLUMNS
                )
            out.append(tuple(record))  # untracked by the collector, as the rows
            if limit is not None and len(out) >= limit:
                break
    except csv.Error as exc:
        line = reader.line_num or 1  # lines read so far, the one in error among them
        if "field larger than field limit" in str(exc):
            raise ImportProblem(
                CELL_TOO_LONG, name=name, line=line, limit=csv.field_size_limit()
            ) from exc
        raise ImportProblem(BAD_CSV, name=name, line=line, detail=exc) from exc
    return out


def _lines(text: str) -> Iterator[str]:
    """The text's lines with their endings, split as `io.StringIO(text, newline="")` splits
    them (at \\n, \\r and \\r\\n), one at a time: no copy of a big file's text."""
    return (match.group() for match in _LINE.finditer(text))


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


def read_csv(data: bytes, name: str = "The file", encoding: str | None = None) -> CsvTable:
    """Headers and rows of a CSV export; raises only ImportProblem, with a message to show.

    `name` is what messages call the file (its name, when the caller knows it). A file
    that is not clean UTF-8 raises EncodingQuestion until `encoding` says how to read it.
    """
    if not data.strip():
        raise ImportProblem(EMPTY_FILE, name=name)
    decoded = decode(data, name, encoding)
    text = decoded.text
    delimiter, skipped_lines = None, 0
    if hint := _SEP_LINE.match(text):
        delimiter, text, skipped_lines = hint[1], text[hint.end() :], 1
    delimiter = delimiter or sniff_delimiter(text)
    records = _records(text, delimiter, name=name)
    table = _table(records, delimiter, decoded.encoding, name, skipped_lines)
    if not decoded.clean:
        places = _stray_places(records, table.headers, skipped_lines)
        raise EncodingQuestion(name, places, decoded.has_utf8)
    return table


def _stray_places(
    records: list[tuple[str, ...]], headers: list[str], skipped_lines: int
) -> list[tuple[int, str]]:
    """(row, column) of every cell holding a byte that is not UTF-8."""
    places = []
    for index, record in enumerate(records):
        for column, cell in enumerate(record):
            if STRAY.search(cell):
                header = headers[column] if column < len(headers) else f"Column {column + 1}"
                places.append((index + 1 + skipped_lines, STRAY.sub("\ufffd", header)))
    return places


def _table(
    records: list[tuple[str, ...]], delimiter: str, encoding: str, name: str, skipped_lines: int
) -> CsvTable:
    first = next((i for i, r in enumerate(records) if any(c.strip() for c in r)), None)
    if first is None:
        raise ImportProblem(EMPTY_FILE, name=name)
    headers = _unique_headers(records[first])
    width = len(headers)
    rows, numbers, swallowed = [], [], {}
    for index in range(first + 1, len(records)):
        record = records[index]
        if not any(cell.strip() for cell in record):
            continue  # blank lines between rows are common at the end of exports
        number = index + 1 + skipped_lines
        rows.append(record[:width] + ("",) * (width - len(record)))
        numbers.append(number)
        column = runaway_cell(record, delimiter, width)
        if column is not None:
            swallowed[number] = headers[min(column, width - 1)]
    if not rows:
        raise ImportProblem(NO_ROWS, name=name)
    return CsvTable(headers, rows, numbers, delimiter, encoding, swallowed)


def runaway_cell(record: tuple[str, ...], delimiter: str, width: int) -> int | None:
    """The cell that swallowed the lines after it, or None.

    A quote mark that is never closed makes one cell run on over the next lines of the
    file. Such a cell holds a line with a whole row's worth of separators, or its record
    ends up wider than the header; a note that merely spans lines has neither.
    """
    enough = max(width - 1, 2)
    for column, cell in enumerate(record):
        lines = cell.splitlines()
        if len(lines) < 2:
            continue
        if len(record) > width or any(line.count(delimiter) >= enough for line in lines[1:]):
            return column
    return None


def read_csv_file(path: Path | str, encoding: str | None = None) -> CsvTable:
    """`read_csv` on a file, refusing very large ones before reading them."""
    path = Path(path)
    return read_csv(read_bytes(path, MAX_FILE_BYTES), path.name, encoding)


def read_bytes(path: Path, limit: int) -> bytes:
    """The bytes of the regular file at `path`; ImportProblem when it is larger than
    `limit`, cannot be read, or is not a regular file.

    It is opened without waiting (a pipe would wait for a writer forever) and checked on
    the open file, so nothing swapped in after a check is read; at most `limit` + 1
    bytes are read, so a file that grows meanwhile cannot fill the memory.
    """
    try:
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        fd = os.open(path, flags)
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):  # a pipe would wait forever, /dev/zero never end
                raise ImportProblem(CANNOT_READ_FILE, name=path.name, detail=NOT_A_FILE)
            _refuse_size(path, info.st_size, limit)
            with open(fd, "rb", closefd=False) as fh:  # a buffer of its size, not the limit's
                data = fh.read(min(info.st_size, limit) + 1)
                if len(data) > info.st_size:  # it grew meanwhile
                    data += fh.read(limit + 1 - len(data))
        finally:
            os.close(fd)
    except OSError as exc:
        raise ImportProblem(CANNOT_READ_FILE, name=path.name, detail=exc.strerror or exc) from exc
    _refuse_size(path, len(data), limit)
    return data


def _refuse_size(path: Path, size: int, limit: int) -> None:
    if size > limit:
        raise ImportProblem(TOO_BIG, name=path.name, size=size // 2**20, limit=limit // 2**20)
