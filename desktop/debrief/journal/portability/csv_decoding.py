"""The bytes of a CSV file as text: strict UTF-8, or a reading of bad bytes the user chose."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

#: Keep the file as UTF-8 and show each byte that is not UTF-8 as "\ufffd".
REPLACE_BAD_BYTES = "utf-8-replace"
#: Read the whole file as Windows-1252, the encoding of older Windows and Excel exports.
WINDOWS_1252 = "cp1252"
#: What the user may choose when a file is not clean UTF-8.
ENCODING_CHOICES = (REPLACE_BAD_BYTES, WINDOWS_1252)

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
#: Checked before UTF-16's: the little-endian one starts with UTF-16's.
_UTF32_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
#: A byte that is not UTF-8, kept by the "surrogateescape" error handler as U+DC80..U+DCFF.
STRAY = re.compile("[\udc80-\udcff]")
_REAL_NON_ASCII = re.compile("[\u0080-\udc7f\udd00-\U0010ffff]")


@dataclass(frozen=True)
class Decoded:
    """The text of a file and how it was read."""

    text: str
    encoding: str
    #: False when bytes that are not UTF-8 stand in `text` as U+DC80..U+DCFF: the caller
    #: must name where they are and let the user choose (`ENCODING_CHOICES`).
    clean: bool = True
    #: The file also holds real UTF-8 beyond ASCII, so its bad bytes are strays in a
    #: UTF-8 file; False means it is not UTF-8 at all (an older program's encoding).
    has_utf8: bool = False


def _windows_1252(data: bytes) -> str:
    """Windows-1252; its five undefined bytes read as their Latin-1 characters."""
    text = data.decode("cp1252", "surrogateescape")
    return STRAY.sub(lambda m: chr(ord(m[0]) - 0xDC00), text)


def _bomless_utf16(data: bytes) -> str | None:
    """The codec of UTF-16 saved without its BOM, or None.

    Latin text in UTF-16 has a NUL byte beside nearly every letter, always on the same
    side; a binary file has NULs on both sides. Without this such a file read as binary.
    """
    sample = data[:4096]
    if len(data) % 2 or len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    for letters, nuls, codec in ((even, odd, "utf-16-le"), (odd, even, "utf-16-be")):
        if 0 not in letters and nuls.count(0) * 10 >= len(nuls) * 9:
            return codec
    return None


def _bomless_utf32(data: bytes) -> str | None:
    """The codec of UTF-32 saved without its BOM, or None: each letter's highest byte is
    always NUL (no character goes past U+10FFFF), and in a CSV its lowest seldom is."""
    sample = data[:4096]
    if len(data) % 4 or len(sample) < 8:
        return None
    for codec, letters, top in (
        ("utf-32-le", sample[0::4], sample[3::4]),
        ("utf-32-be", sample[3::4], sample[0::4]),
    ):
        if 0 not in letters and not any(top):
            return codec
    return None


def decode_bytes(data: bytes, choice: str | None = None) -> Decoded:
    """Read `data` as UTF-8, UTF-16 or UTF-32 (BOM or not), never guessing a legacy one.

    Without a `choice`, bytes that are not UTF-8 are kept as escapes and `clean` is
    False; with one (`REPLACE_BAD_BYTES` or `WINDOWS_1252`) the text is final.
    Raises UnicodeDecodeError only for a UTF-16 or UTF-32 file that is not one.
    """
    if choice is not None and choice not in ENCODING_CHOICES:
        raise ValueError(f"choice must be one of {ENCODING_CHOICES}, not {choice!r}")
    if data.startswith(_UTF32_BOMS):
        return Decoded(data.decode("utf-32"), "utf-32")
    if data.startswith(_UTF16_BOMS):
        return Decoded(data.decode("utf-16"), "utf-16")  # Excel's "Unicode text" export
    if codec := _bomless_utf16(data) or _bomless_utf32(data):
        return Decoded(data.decode(codec), codec)
    bom = data.startswith(codecs.BOM_UTF8)
    body = data[len(codecs.BOM_UTF8) :] if bom else data
    if choice == WINDOWS_1252:
        return Decoded(_windows_1252(body), WINDOWS_1252)
    encoding = "utf-8-sig" if bom else "utf-8"
    try:  # clean UTF-8, the usual case, without searching a big text for strays
        return Decoded(body.decode("utf-8"), encoding)
    except UnicodeDecodeError:
        pass
    text = body.decode("utf-8", "surrogateescape")
    if not STRAY.search(text):
        return Decoded(text, encoding)
    if choice == REPLACE_BAD_BYTES:
        return Decoded(STRAY.sub("\ufffd", text), REPLACE_BAD_BYTES)
    has_utf8 = bom or _REAL_NON_ASCII.search(text) is not None
    return Decoded(text, encoding, clean=False, has_utf8=has_utf8)
