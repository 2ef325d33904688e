"""A cleaned view of a decoded document that still knows where every character came from.

E-paper copies break sentences across blank lines, scatter ``(下转第2版)`` markers and photo
captions through the body. The reader works on a *view*: paragraphs re-joined, markers and
captions dropped, one paragraph per line. :meth:`View.to_original` maps any view offset
back to the decoded text, so items always point at the file's own characters.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

#: characters that may end a sentence or a block; a line ending in anything else is
#: unfinished and may continue after a layout break.
TERMINALS = frozenset("。!?！？…;；:：”」』)）】》|")

# "(下转第2版)", "(上接第1版①)", "(转第六版)", "(紧接第3版)" — with either bracket width.
_MARKER = re.compile(
    r"[(（]\s*(?:下转|上接|转|接|紧接|续)\s*第?\s*[0-9０-９一二三四五六七八九十]+\s*版\s*[①-⑳0-9]*\s*[)）]"
)
# Photo captions and credits: "图为…。郝家勇 摄", "■见习记者 王皓永 摄", "岳组供图", "余建辉 摄".
_CAPTION = re.compile(
    r"(?:^图为|^■?\s*(?:本报)?(?:见习)?(?:记者|通讯员)\s*\S{2,4}\s*摄$|(?:\s|[。.])\S{2,4}\s*摄$|^\S{2,4}\s+摄$|供图$|(?:摄|制图)[)）]?$)"
)
_BODY_PUNCT = re.compile(r"[,，、。;；]")
_LABEL_START = re.compile(
    r"^(?:【|\[)?(?:网友|网民|市民|听众|读者|群众|问|答|回复|本报讯|记者|信件|来信|留言|提问)"
)


@dataclass(slots=True)
class View:
    """Cleaned text plus the map back to the original.

    ``pieces`` holds ``(view_start, original_start, length)`` runs in view order.
    """

    text: str
    pieces: list[tuple[int, int, int]]
    _starts: list[int]

    def to_original(self, pos: int) -> int:
        """The original offset of view position ``pos`` (``len(text)`` maps past the last run)."""
        if not self.pieces:
            return 0
        i = bisect_right(self._starts, pos) - 1
        if i < 0:
            i = 0
        vstart, ostart, length = self.pieces[i]
        return ostart + min(pos - vstart, length)

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open view span to a half-open original span."""
        if end <= start:
            o = self.to_original(start)
            return o, o
        return self.to_original(start), self.to_original(end - 1) + 1


def _is_caption(line: str) -> bool:
    return len(line) <= 80 and bool(_CAPTION.search(line))


def _continues(prev: str, line: str) -> bool:
    """Is ``line`` the rest of a sentence that a layout break cut after ``prev``?"""
    if not prev or prev[-1] in TERMINALS or _LABEL_START.match(line):
        return False
    if line[0] in "【[(（":
        return False
    # Body text wraps mid-sentence; headlines are short and carry no commas.
    if prev[-1] in ",，、" or (len(prev) >= 30 and bool(_BODY_PUNCT.search(prev))):
        return True
    # A short unfinished body line: join when what follows reads as body, not a headline.
    return bool(_BODY_PUNCT.search(prev)) and (
        len(line) > 40 or line[-1] in "。!?！？;；" or bool(_BODY_PUNCT.search(line))
    )


def build_view(text: str) -> View:
    """Clean ``text`` into paragraphs (one per line) and remember the offset map."""
    out: list[str] = []
    pieces: list[tuple[int, int, int]] = []
    vlen = 0
    prev_para = ""  # the paragraph being built (its text so far)
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        if nl < 0:
            nl = n
        raw_start, raw_end = pos, nl
        pos = nl + 1
        # Drop layout markers inside the line by splitting it into kept runs.
        runs: list[tuple[int, int]] = []
        cursor = raw_start
        for m in _MARKER.finditer(text, raw_start, raw_end):
            runs.append((cursor, m.start()))
            cursor = m.end()
        runs.append((cursor, raw_end))
        kept: list[tuple[int, int]] = []
        for a, b in runs:
            while a < b and text[a] in " \t\u3000\r\xa0\ufeff":
                a += 1
            while b > a and text[b - 1] in " \t\u3000\r\xa0\ufeff":
                b -= 1
            if b > a:
                kept.append((a, b))
        if not kept:
            if nl >= n:
                break
            continue
        line = " ".join(text[a:b] for a, b in kept)
        if _is_caption(line):
            if nl >= n:
                break
            continue
        if prev_para and _continues(prev_para, line):
            prev_para += line
        else:
            if out:
                out.append("\n")
                vlen += 1
            prev_para = line
        for i, (a, b) in enumerate(kept):
            if i:
                # a dropped inline marker becomes nothing; runs meet directly
                pass
            out.append(text[a:b])
            pieces.append((vlen, a, b - a))
            vlen += b - a
        if nl >= n:
            break
    view_text = "".join(out)
    return View(view_text, pieces, [p[0] for p in pieces])


def paragraphs(view: View) -> list[tuple[int, int]]:
    """``(start, end)`` view spans of the paragraphs."""
    spans = []
    start = 0
    t = view.text
    while start <= len(t):
        end = t.find("\n", start)
        if end < 0:
            end = len(t)
        if end > start:
            spans.append((start, end))
        start = end + 1
    return spans
