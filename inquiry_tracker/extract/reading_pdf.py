"""PDF files with a text layer → text, with pypdf.

Pages are extracted in order and joined by a blank line; pages without text (a photo page
in an otherwise digital PDF) are skipped. A PDF whose pages give no text at all is a scan
and is refused with a hint to run OCR; so is one whose "text" is mostly control or
private-use characters (fonts without a Unicode mapping). A file that lacks the final
``%%EOF`` marker is refused as truncated before pypdf sees it: pypdf would otherwise try
to rebuild it and might return only part of the text, and a document imports all or
nothing. Encrypted PDFs are opened when they have an empty user password.

pypdf reports the repairs it makes through the ``pypdf`` logger; a :class:`logging.NullHandler`
is attached to it so that, in an application that has not configured logging, those
messages do not end up on stderr (configured handlers still receive them).
"""

from __future__ import annotations

import io
import logging
import time

from inquiry_tracker.extract.reading_text import Unreadable, implausibility

__all__ = ["pdf_to_text"]

logging.getLogger("pypdf").addHandler(logging.NullHandler())

_NO_TEXT = "PDF has no text layer (scanned?) — run OCR first"
#: a document is a page or an issue of a paper: more pages than this is a book or an archive
MAX_PAGES = 500
#: seconds of text extraction after which a PDF is given up (one heavy content stream can
#: take pypdf minutes); checked between pages
TIME_BUDGET_S = 60.0


def _short(exc: BaseException) -> str:
    """A library's error message, on one line, printable and not too long."""
    message = " ".join(str(exc).split())[:200] or type(exc).__name__
    message = "".join(char if char.isprintable() else "?" for char in message)
    return message if len(message) <= 160 else message[:157] + "..."


def _is_truncated(data: bytes) -> bool:
    tail = data[-65536:].rstrip(b"\x00\t\n\r\x0c ")
    return b"%%EOF" not in tail[-1024:]


def pdf_to_text(data: bytes) -> str:
    """The text layer of a PDF; :class:`Unreadable` for scans and damaged files."""
    if _is_truncated(data):
        raise Unreadable("damaged PDF: the file is truncated (no %%EOF end marker)")
    from pypdf import PdfReader  # deferred: importing pypdf costs start-up time
    from pypdf.errors import DependencyError

    page_texts: list[str] = []
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except DependencyError:
                raise Unreadable(
                    "PDF is encrypted; opening it needs the 'cryptography' package"
                ) from None
            if not opened:
                raise Unreadable("PDF is password-protected")
        pages = reader.pages
        if len(pages) == 0:
            raise Unreadable("damaged PDF: it has no pages")
        if len(pages) > MAX_PAGES:
            raise Unreadable(f"PDF too long: {len(pages)} pages (limit {MAX_PAGES}); split it first")
        started = time.monotonic()
        for number, page in enumerate(pages, start=1):
            if number > 1 and time.monotonic() - started > TIME_BUDGET_S:
                raise Unreadable(
                    f"PDF too slow to read: stopped at page {number} of {len(pages)} after {TIME_BUDGET_S:.0f} s "
                    "(convert it to text first)"
                )
            try:
                text = page.extract_text() or ""
            except Exception as exc:
                raise Unreadable(f"damaged PDF: page {number}: {_short(exc)}") from None
            text = text.strip("\n")
            if text and not text.isspace():
                page_texts.append(text)
    except Unreadable:
        raise
    except Exception as exc:  # pypdf raises many kinds of errors on broken files
        raise Unreadable(f"damaged PDF: {_short(exc)}") from None

    if not page_texts:
        raise Unreadable(_NO_TEXT)
    text = "\n\n".join(page_texts)
    if implausibility(text, guessed_chinese=False) is not None:
        raise Unreadable(
            "PDF text layer is unreadable (fonts without a Unicode mapping) — run OCR first"
        )
    return text
