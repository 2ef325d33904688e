"""HTML pages → plain text, with the stdlib :mod:`html.parser` (no lxml).

Two steps:

* :func:`decode_html` turns bytes into ``str``. The page's own declaration (``<meta
  charset>``, ``http-equiv`` or an XML declaration) is honoured, but strict UTF-8 is tried
  first because Chinese sites often declare ``gb2312`` while serving UTF-8; GB18030 (the
  superset of GB2312 and GBK) is the fallback. Western single-byte declarations are only
  tried after GB18030: a Chinese page mislabelled ``iso-8859-1`` is common, real Latin-1
  text in this tool is not.
* :func:`html_to_text` renders the markup: ``<script>``, ``<style>``, ``<noscript>``,
  ``<template>``, ``<select>`` and comments are dropped, as is everything in ``<head>``
  except the ``<title>``, which becomes the first line. The page's furniture goes too, so
  that the article is what is read: ``<nav>``, ``<aside>``, ARIA navigation/banner/
  contentinfo/complementary landmarks, a ``<header>``/``<footer>`` outside ``<article>``/
  ``<main>``, and link lines — a line of three or more links that is mostly link text (a
  menu), or three or more such lines in a row (link lists, "related news", sidebars). Block elements start new lines,
  ``<br>`` is a hard line break, table cells of a row are joined with `` | `` (so a
  留言板 table row reads ``信件内容 | …``), entities are unescaped, ``&nbsp;`` is a space,
  and runs of whitespace inside a line collapse to one space (a source line break between
  two Chinese characters disappears altogether, as it does in a browser's rendering of
  Chinese). At most one blank line is kept between paragraphs.
"""

from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser

from inquiry_tracker.extract.reading_text import (
    BINARY_REASON,
    Unreadable,
    decode_strict,
    implausibility,
)

__all__ = ["decode_html", "html_to_text", "looks_like_html"]

# ------------------------------------------------------------------------- sniffing

_HTML_START_RE = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"<(?:!doctype\s+html|html|head|body|meta|title|link|script|style|div|p|table|h[1-6])\b",
    re.IGNORECASE | re.DOTALL,
)
_ANY_TAG_RE = re.compile(r"<[a-zA-Z!/?]")


def looks_like_html(head: str) -> bool:
    """Whether the first few kilobytes of a document (decoded or as Latin-1) start like HTML."""
    return _HTML_START_RE.match(head.lstrip("\ufeff")) is not None


def has_markup(head: str) -> bool:
    """Whether a text contains anything tag-like at all (a ``.html`` file may be plain text)."""
    return _ANY_TAG_RE.search(head) is not None


# ------------------------------------------------------------------------- charsets

_DECLARED_RE = re.compile(
    r"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)"""
    r"""|<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)""",
    re.IGNORECASE,
)
_GB_LABELS = frozenset(
    {
        "gb2312",
        "gb_2312",
        "gb_2312-80",
        "gbk",
        "x-gbk",
        "gb18030",
        "cp936",
        "ms936",
        "windows-936",
        "csgb2312",
        "chinese",
        "iso-ir-58",
        "euc-cn",
        "csgbk",
        "936",
    }
)
_BIG5_LABELS = frozenset(
    {"big5", "big5-hkscs", "big5hkscs", "x-x-big5", "cn-big5", "csbig5", "cp950"}
)
_WESTERN_CODECS = frozenset({"cp1252", "latin_1", "iso8859-1", "ascii", "iso8859-15"})


def _declared_codec(head: str) -> str | None:
    """The Python codec for the charset a page declares, or ``None``."""
    match = _DECLARED_RE.search(head)
    if match is None:
        return None
    label = (match.group(1) or match.group(2)).strip().lower()
    if label in _GB_LABELS:
        return "gb18030"
    if label in _BIG5_LABELS:
        return "big5hkscs"
    if label.startswith(("utf-16", "utf-32", "ucs")):
        return None  # impossible in ASCII-compatible bytes; browsers ignore it too
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    if name in {"latin_1", "iso8859-1", "ascii"}:
        return "cp1252"  # what browsers actually use for these labels
    return name


def decode_html(data: bytes) -> tuple[str, str]:
    """Decode an ASCII-compatible HTML page; returns the markup and the codec used."""
    head = data[:16384].decode("latin-1")
    declared = _declared_codec(head)
    candidates = ["utf-8"]
    if declared is not None and declared not in _WESTERN_CODECS:
        candidates.append(declared)
    candidates.append("gb18030")
    if declared in _WESTERN_CODECS:
        candidates.append(declared)
    order = list(dict.fromkeys(candidates))

    gibberish: str | None = None
    for codec in order:
        try:
            markup = decode_strict(data, codec)
        except UnicodeDecodeError:
            continue
        guessed = codec == "gb18030" and declared != codec
        why = implausibility(markup, guessed_chinese=guessed)
        if why is None:
            return markup, codec
        if not guessed:
            raise Unreadable(BINARY_REASON)
        gibberish = why
    if gibberish is not None:
        raise Unreadable(
            f"HTML is not UTF-8, and read as GB18030 it is gibberish ({gibberish}); "
            "another encoding such as Big5?"
        )
    tried = ", ".join(codec.upper() for codec in order)
    raise Unreadable(f"cannot decode HTML as {tried}")


# ------------------------------------------------------------------------ rendering

_DROPPED = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "select",
        "svg",
        "math",
        "object",
        "iframe",
        "canvas",
        "audio",
        "video",
        "datalist",
    }
)
#: navigation and sidebars: never the article
_NAVIGATION = frozenset({"nav", "aside"})
#: where the article is; a header or footer inside one belongs to it
_CONTENT = frozenset({"article", "main"})
#: ARIA landmarks of page furniture
_FURNITURE_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "menu", "menubar"})
_HEAD_CONTENT = frozenset({"title", "meta", "link", "base", "script", "style", "noscript"})
_BLOCKS = frozenset(
    {
        "p",
        "div",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "section",
        "article",
        "header",
        "footer",
        "nav",
        "aside",
        "main",
        "blockquote",
        "pre",
        "figure",
        "figcaption",
        "form",
        "fieldset",
        "legend",
        "address",
        "center",
        "caption",
        "details",
        "summary",
        "hr",
        "thead",
        "tbody",
        "tfoot",
        "body",
        "html",
        "option",
    }
)
_VOID = frozenset(
    {
        "br",
        "hr",
        "img",
        "input",
        "meta",
        "link",
        "base",
        "col",
        "area",
        "embed",
        "param",
        "source",
        "track",
        "wbr",
    }
)

# Any whitespace except the ideographic space (U+3000), which Chinese text uses for indents.
_SPACES_RE = re.compile(r"[^\S\u3000]+")
_CJK = "\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
_CJK_SEGMENT_BREAK_RE = re.compile(rf"(?<=[{_CJK}])[^\S\n\u3000]*\n[^\S\u3000]*(?=[{_CJK}])")
_BLANK_RUN_RE = re.compile(r"\n{3,}")


def _squash(fragment: str) -> str:
    fragment = _CJK_SEGMENT_BREAK_RE.sub("", fragment)
    return _SPACES_RE.sub(" ", fragment).strip(" ")


#: a line at least this much link text is a link line (menus, "related articles", sidebars)
LINK_DENSE = 0.7
#: this many links on one dense line, or this many dense lines in a row, are navigation
LINK_RUN = 3


def _visible(text: str) -> int:
    return sum(1 for ch in text if not ch.isspace())


class _Lines:
    """Text of one flow (the page, or one table cell) as finished lines plus the open line.

    Each line keeps how much of it was link text and how many links it held, so that
    :meth:`finish` can leave out navigation: a line of several links that is mostly link
    text (a menu), and runs of such link lines (link lists, sidebars, footers).
    """

    __slots__ = ("kept", "lines", "link_chars", "links", "parts", "stats")

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.parts: list[str] = []
        #: (link characters, visible characters, links) of each finished line
        self.stats: list[tuple[int, int, int]] = []
        self.link_chars = 0
        self.links = 0
        #: (link characters, visible characters, links) of what :meth:`finish` kept
        self.kept = (0, 0, 0)

    def end_line(self, *, hard: bool = False) -> None:
        line = _squash("".join(self.parts)) if self.parts else ""
        self.parts.clear()
        if line:
            self.lines.append(line)
            self.stats.append((self.link_chars, _visible(line), self.links))
        elif hard:
            self.lines.append("")
            self.stats.append((0, 0, 0))
        self.link_chars = self.links = 0

    def add_block(self, text: str, stats: tuple[int, int, int] | None = None) -> None:
        self.end_line()
        self.lines.append(text)
        self.stats.append(stats or (0, _visible(text), 0))

    def finish(self) -> str:
        self.end_line()
        dense = [total > 0 and link >= LINK_DENSE * total and n > 0 for link, total, n in self.stats]
        drop = [d and n >= LINK_RUN for d, (_l, _t, n) in zip(dense, self.stats, strict=True)]
        start = 0
        while start < len(dense):
            end = start
            while end < len(dense) and dense[end]:
                end += 1
            if end - start >= LINK_RUN:
                drop[start:end] = [True] * (end - start)
            start = end + 1
        kept = [(line, st) for line, st, gone in zip(self.lines, self.stats, drop, strict=True) if not gone]
        self.kept = (sum(st[0] for _, st in kept), sum(st[1] for _, st in kept), sum(st[2] for _, st in kept))
        return "\n".join(line for line, _ in kept).strip("\n")


class _Table:
    __slots__ = ("cell", "outer", "row", "row_stats")

    def __init__(self, outer: _Lines) -> None:
        self.outer = outer
        self.row: list[str] | None = None
        self.row_stats = (0, 0, 0)
        self.cell: _Lines | None = None

    def close_cell(self) -> None:
        if self.cell is not None:
            if self.row is None:
                self.row = []
            self.row.append(self.cell.finish())
            a, b, c = self.row_stats
            x, y, z = self.cell.kept
            self.row_stats = (a + x, b + y, c + z)
            self.cell = None

    def close_row(self) -> None:
        self.close_cell()
        if self.row:
            text = " | ".join(cell for cell in self.row if cell)
            if text:
                self.outer.add_block(text, self.row_stats)
        self.row = None
        self.row_stats = (0, 0, 0)


class _Renderer(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = _Lines()
        self.tables: list[_Table] = []
        self.title: list[str] = []
        self.title_done = False
        self.in_title = False
        self.in_head = False
        self.pre_depth = 0
        self.drop_tag: str | None = None
        self.drop_depth = 0
        self.link_depth = 0
        self.article_depth = 0

    # -- where text goes

    def _flow(self) -> _Lines:
        if self.tables:
            table = self.tables[-1]
            return table.cell if table.cell is not None else table.outer
        return self.page

    # -- parser callbacks

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.drop_tag is not None:
            if tag == self.drop_tag:
                self.drop_depth += 1
            return
        if tag in _DROPPED or self._page_furniture(tag, attrs):
            if tag not in _VOID:
                self.drop_tag, self.drop_depth = tag, 1
            return
        if tag == "head":
            self.in_head = True
            return
        if self.in_head and tag not in _HEAD_CONTENT:
            self.in_head = False  # a page that never closes <head>
        if tag == "title":
            self.in_title = not self.title_done
            return
        if self.in_head:
            return
        if tag == "a":
            self.link_depth += 1
            self._flow().links += 1
        elif tag in _CONTENT:
            self.article_depth += 1
        self._open(tag)

    def _page_furniture(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        """Navigation, sidebars and the page's own header and footer (not an article's)."""
        if tag in _NAVIGATION:
            return True
        if tag in ("header", "footer") and self.article_depth == 0:
            return True
        role = next((v for k, v in attrs if k == "role"), None)
        return role is not None and role.strip().lower() in _FURNITURE_ROLES

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <br/> must break once, not twice; <div/> opens and closes; <title/> is nothing.
        if tag == "title":
            return
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.drop_tag is not None:
            if tag == self.drop_tag:
                self.drop_depth -= 1
                if self.drop_depth == 0:
                    self.drop_tag = None
            elif tag in ("body", "html"):
                self.drop_tag = None  # never let an unclosed <noscript> eat the page
            return
        if tag == "head":
            self.in_head = False
            return
        if tag == "title":
            if self.in_title:
                self.in_title = False
                self.title_done = True
            return
        if self.in_head:
            return
        if tag == "a" and self.link_depth:
            self.link_depth -= 1
        elif tag in _CONTENT and self.article_depth:
            self.article_depth -= 1
        self._close(tag)

    def handle_data(self, data: str) -> None:
        if self.drop_tag is not None:
            return
        if self.in_title:
            self.title.append(data)
            return
        if self.in_head:
            return
        flow = self._flow()
        if self.link_depth:
            flow.link_chars += _visible(data)
        if self.pre_depth and "\n" in data:
            first, *rest = data.split("\n")
            flow.parts.append(first)
            for line in rest:
                flow.end_line(hard=True)
                flow.parts.append(line)
        else:
            flow.parts.append(data)

    # -- structure

    def _open(self, tag: str) -> None:
        if tag == "br":
            self._flow().end_line(hard=True)
        elif tag == "table":
            outer = self._flow()
            outer.end_line()
            self.tables.append(_Table(outer))
        elif tag == "tr" and self.tables:
            self.tables[-1].close_row()
            self.tables[-1].row = []
        elif tag in ("td", "th") and self.tables:
            table = self.tables[-1]
            table.close_cell()
            table.cell = _Lines()
        elif tag in _BLOCKS or tag in ("tr", "td", "th"):
            if tag == "pre":
                self.pre_depth += 1
            self._flow().end_line()

    def _close(self, tag: str) -> None:
        if tag == "table":
            if self.tables:
                table = self.tables.pop()
                table.close_row()
                table.outer.end_line()
        elif tag == "tr" and self.tables:
            self.tables[-1].close_row()
        elif tag in ("td", "th") and self.tables:
            self.tables[-1].close_cell()
        elif tag in _BLOCKS or tag in ("tr", "td", "th", "br"):
            if tag == "pre" and self.pre_depth:
                self.pre_depth -= 1
            self._flow().end_line(hard=tag == "br")

    def result(self) -> str:
        while self.tables:
            self._close("table")
        body = self.page.finish()
        title = _squash("".join(self.title))
        text = f"{title}\n{body}" if title and body else title or body
        return _BLANK_RUN_RE.sub("\n\n", text)


def html_to_text(markup: str) -> str:
    """Render decoded HTML as plain text (see the module docstring for the rules)."""
    renderer = _Renderer()
    try:
        renderer.feed(markup)
        renderer.close()
    except Exception as exc:  # html.parser is lenient, but be safe on hostile input
        raise Unreadable(f"cannot parse HTML: {exc}") from None
    return renderer.result()
