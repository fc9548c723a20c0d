"""The JSON export's text, made entry by entry and written in large pieces.

The bytes are those `json.dumps(data, ensure_ascii=False, indent=1)` gives for the whole
journal, but no whole-journal object is ever built: each entry is encoded as it is read
(by the C encoder: an entry's values are plain scalars), so the export holds one chunk of
text at a time, and freeing it at the end costs nothing.

Why large pieces: each write lets go of the GIL and takes it straight back. CPython
counts every such hand-back as a switch, so a thread waiting for the GIL (the window's)
starts its wait anew each time; with a write every 8 KiB it waited 100-500 ms. One write
per WRITE_CHUNK characters left its longest wait at 15 ms (measured, bench/responsiveness).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any, BinaryIO

#: Characters of JSON gathered before one write.
WRITE_CHUNK = 1024 * 1024
#: An entry's fields one per line at depth 3, as `indent=1` lays them out.
_ENTRY = json.JSONEncoder(ensure_ascii=False, separators=(",\n   ", ": "))
_PLAIN = json.JSONEncoder(ensure_ascii=False)


def entry_text(entry: Mapping[str, Any]) -> str:
    """One table entry (a flat object of scalars) as `indent=1` writes it at depth 2."""
    if not entry:
        return "{}"
    return "{\n   " + _ENTRY.encode(entry)[1:-1] + "\n  }"


class ChunkedWriter:
    """Text gathered into WRITE_CHUNK pieces, each written to `fh` in one call."""

    def __init__(self, fh: BinaryIO) -> None:
        self.fh = fh
        self.size = 0  # bytes written so far
        self._pieces: list[str] = []
        self._pending = 0

    def write(self, text: str) -> None:
        self._pieces.append(text)
        self._pending += len(text)
        if self._pending >= WRITE_CHUNK:
            self.flush()

    def flush(self) -> None:
        data = memoryview("".join(self._pieces).encode("utf-8"))
        self._pieces, self._pending = [], 0
        written = 0
        while written < len(data):  # an unbuffered file may take less than it is given
            written += self.fh.write(data[written:])
        self.size += written


def write_document(
    out: ChunkedWriter, head: Mapping[str, Any], tables: Iterable[tuple[str, Iterable[str]]]
) -> None:
    """The export: `head`'s scalars, then each table's key and its entries' texts."""
    parts = [f"{_PLAIN.encode(key)}: {_PLAIN.encode(value)}" for key, value in head.items()]
    out.write("{\n " + ",\n ".join(parts))
    for key, entries in tables:
        out.write(f",\n {_PLAIN.encode(key)}: [")
        separator = "\n  "
        for text in entries:
            out.write(separator + text)
            separator = ",\n  "
        out.write("]" if separator == "\n  " else "\n ]")
    out.write("\n}")
    out.flush()
