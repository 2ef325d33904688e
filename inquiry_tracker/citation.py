"""Citations: where a source was printed, as one line a reporter can paste into a story.

A citation names the outlet, the publication date, the title, the page (版次) when the
page says it, and the file or URL the text came from. The page is read from the head of
the document (``第3版``, ``A03版``, ``版次:05``), where e-paper copies print it; nothing is
guessed when it is absent. Standard library only: the store, the services, the CLI and
the GUI all use it.
"""

from __future__ import annotations

import re
from datetime import date

#: how far into a document the page line is looked for (e-paper headers are short)
HEAD_CHARS = 600

_NUM = r"[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3}"
_PAGE = re.compile(
    rf"版次\s*[::]\s*(?P<field>[A-Za-z]?\s*(?:{_NUM}))\s*版?"
    rf"|(?P<ordinal>第\s*(?:{_NUM})\s*版)"
    rf"|(?<![A-Za-z0-9])(?P<lettered>[A-Za-z]\s*[0-9]{{1,2}})\s*版"
)


def printed_page(text: str) -> str | None:
    """The page (版次) a document says it was printed on, as printed (``第3版``, ``A03版``)."""
    m = _PAGE.search(text[:HEAD_CHARS])
    if m is None:
        return None
    if m.group("ordinal"):
        return re.sub(r"\s+", "", m.group("ordinal"))
    value = re.sub(r"\s+", "", m.group("field") or m.group("lettered"))
    return value.upper() + "版" if value[0].isalpha() else f"第{value}版"


def citation_line(
    outlet: str | None, published: date | None, title: str | None, page: str | None, origin: str | None
) -> str:
    """``株洲日报, 2020-05-08, 《森林路将开放》, 第3版, /path/file.txt`` — the parts known."""
    parts = [
        outlet or "",
        published.isoformat() if published else "",
        f"《{title}》" if title else "",
        page or "",
        origin or "",
    ]
    return ", ".join(p for p in parts if p)
