"""A4 PDF files from HTML, with Qt's own PDF writer, written whole or not at all."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from debrief.journal.progress import WRITING_FILE, Progress, quiet
from debrief.journal.store.files import atomic_file

PDF_FONT_PT = 10
PDF_MARGIN_MM = 18


def write_pdf(
    html_text: str, path: Path | str, title: str = "", progress: Progress | None = None
) -> Path:
    """Print the HTML onto A4 pages of a PDF file with Qt's own PDF writer.

    Qt writes to a temporary file beside `path` and reports nothing when the disk fills,
    so the file must end in `%%EOF` before it replaces `path` (OSError otherwise, and the
    sheet saved there before stays). Any thread may call it (QTextDocument and QPdfWriter
    paint without widgets); a cancel through `progress` raises Cancelled, before or
    after printing, and leaves no file."""
    progress = progress or quiet()
    progress.begin(WRITING_FILE)
    with atomic_file.atomic_path(path, atomic_file.ends_with(b"%%EOF", b"%PDF-")) as temp:
        _print_pdf(html_text, temp, title)
        progress.check()  # the last moment to stop: the file is not in place yet
    return Path(path)


def _print_pdf(html_text: str, path: Path, title: str) -> None:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    margin = PDF_MARGIN_MM
    writer.setPageMargins(QMarginsF(margin, margin, margin, margin), QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    writer.setCreator("Debrief")
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)  # lay text out at the PDF's resolution
    font = QFont(document.defaultFont())
    font.setPointSize(PDF_FONT_PT)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    # A page size makes the document paginated, so print_ adds no margin or page number.
    document.setPageSize(QSizeF(writer.width(), writer.height()))
    document.setHtml(html_text)
    document.print_(writer)
    del writer  # finishes the file
