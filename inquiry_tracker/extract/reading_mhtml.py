"""Saved web pages (``.mhtml`` / ``.mht``: "Web page, single file") → the page's HTML.

Browsers save a page and its images as one MIME message (RFC 2557). The standard
library's :mod:`email` parser reads it; the first ``text/html`` part is the page, its
transfer encoding (quoted-printable or base64) is undone by the parser, and its declared
``charset`` decodes it (falling back to the page's own declaration and the usual Chinese
guesses of :func:`~.reading_html.decode_html` when the label is missing or wrong). The
HTML is then read like any ``.html`` file.
"""

from __future__ import annotations

import codecs
import re
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

from inquiry_tracker.extract.reading_html import decode_html
from inquiry_tracker.extract.reading_text import Unreadable, decode_strict

__all__ = ["MHTML_SUFFIXES", "looks_like_mhtml", "mhtml_page"]

MHTML_SUFFIXES = frozenset({".mhtml", ".mht"})

#: a MIME header block at the start: what a saved page begins with
_MIME_HEAD_RE = re.compile(rb"\A(?:[\x21-\x39\x3b-\x7e]+:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*){1,40}", re.ASCII)


def looks_like_mhtml(data: bytes, suffix: str) -> bool:
    """Whether ``data`` is a saved web page (by its name, or by a multipart MIME header)."""
    head = data[:8192]
    if suffix in MHTML_SUFFIXES:
        return b"content-type:" in head.lower()
    match = _MIME_HEAD_RE.match(head)
    return match is not None and b"multipart/related" in match.group(0).lower()


def _html_part(message: EmailMessage) -> EmailMessage | None:
    for part in message.walk():
        if part.get_content_type() == "text/html" and not part.is_multipart():
            return part
    return None


def mhtml_page(data: bytes) -> tuple[str, str]:
    """The saved page's HTML and the codec that decoded it. Raises :class:`Unreadable`."""
    try:
        message = BytesParser(policy=policy.default).parsebytes(data)
    except Exception as exc:  # the parser is lenient; be safe on hostile input
        raise Unreadable(f"damaged saved web page: {exc}") from None
    part = _html_part(message)
    if part is None:
        raise Unreadable("saved web page (MHTML) without an HTML part")
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes) or not payload.strip():
        raise Unreadable("saved web page (MHTML) with an empty HTML part")
    charset = part.get_content_charset()
    if charset:
        try:
            codec = codecs.lookup(charset).name
            if codec in ("gb2312", "gbk"):
                codec = "gb18030"  # the superset: pages labelled GB2312 use GBK characters
            return decode_strict(payload, codec), codec
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong label: guess as for any page
    return decode_html(payload)
