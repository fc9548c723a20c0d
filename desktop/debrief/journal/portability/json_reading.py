"""Reading an archive's bytes as JSON without letting a crafted file take the machine's
memory or lose entries: values counted per byte before parsing, names given twice refused."""

from __future__ import annotations

import json
import re
from typing import Any

#: Bytes of file per value (a `{`, `[` or `,` outside the strings), at least, before it is
#: parsed. Debrief's exports hold one value in 25 to 50 bytes; a file of bare `{}` makes a
#: Python dict of about 70 bytes out of every 3, and one of `1.5,` a float of 32 out of 4:
#: at MAX_JSON_BYTES either would take the machine's memory.
MIN_BYTES_PER_VALUE = 10
#: Values any small file may hold however dense (its memory is no matter).
DENSE_ALLOWED = 1024 * 1024
#: A JSON string, escapes included: what is inside one is text, not values.
_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')


def parse(raw: bytes) -> Any:
    """The JSON document in `raw`; ValueError for bad JSON, bad UTF-8, or an object that
    gives one name twice."""
    return json.loads(raw, object_pairs_hook=_once_each)


def _once_each(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object whose names are all different (Debrief never writes one twice): a
    file with two `interviews` lists, two exports pasted into one, kept the last and
    silently dropped the first."""
    found = dict(pairs)
    if len(found) != len(pairs):
        raise ValueError("a name is given twice in one object")
    return found


def too_dense(raw: bytes) -> bool:
    """Whether the file holds more values for its size than an export ever does (brackets
    and commas inside its strings, such as code in the notes, are text and not counted)."""
    if len(raw) <= DENSE_ALLOWED:
        return False
    bare = _JSON_STRING.sub(b'""', raw)
    values = bare.count(b"{") + bare.count(b"[") + bare.count(b",")
    return values * MIN_BYTES_PER_VALUE > len(raw) + DENSE_ALLOWED
