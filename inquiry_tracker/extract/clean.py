"""A cleaned view of a decoded document that still knows where every character came from.

E-paper copies break sentences across blank lines, scatter ``(下转第2版)`` markers and photo
captions through the body. The reader works on a *view*: paragraphs re-joined, markers and
captions dropped, one paragraph per line. :meth:`View.to_original` maps any view offset
back to the decoded text, so items always point at the file's own characters.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from inquiry_tracker.extract.firstchars import hint
from inquiry_tracker.extract.lexicon import POST_STAMP, REPLY_OPENING, signed_at_end

#: characters that may end a sentence or a block; a line ending in anything else is
#: unfinished and may continue after a layout break.
TERMINALS = frozenset("。!?！？…;；:：”」』)）】》|~～")

# "(下转第2版)", "(上接第1版①)", "(转第六版)", "(紧接第3版)" — with either bracket width.
_MARKER = re.compile(
    r"[(（]\s*(?:下转|上接|转|接|紧接|续)\s*第?\s*[0-9０-９一二三四五六七八九十]+\s*版\s*[①-⑳0-9]*\s*[)）]"
)
# Photo captions and credits: "图为…。郝家勇 摄", "■见习记者 王皓永 摄", "岳组供图", "余建辉 摄";
# a screenshot's label alone on its line ("网友留言截图", "官方回复截图。")
_CAPTION = re.compile(
    r"(?:^图为|^■?\s*(?:本报)?(?:见习)?(?:记者|通讯员)\s*\S{2,4}\s*摄$|(?:\s|[。.])\S{2,4}\s*摄$|^\S{2,4}\s+摄$|供图$|(?:摄|制图)[)）]?$"
    r"|^[\u4e00-\u9fff]{0,10}截图[。.]?$)"
)
_BODY_PUNCT = re.compile(r"[,，、。;；]")
_LABEL_START = re.compile(
    r"^(?:【|\[)?(?:网友|网民|市民|听众|读者|群众|问|答|回复|本报讯|记者|信件|来信|留言|提问)"
    r"|^[QA]\s*\d{0,2}\s*[:：]"
    # a reply label opening the line: "官方回复:", "市交通局回复:"
    r"|^(?:官方|部门)(?:回复|答复|回应)|^[\u4e00-\u9fff]{2,20}?(?:回复|答复|回覆)\s*[:：]"
    # (the office with its other name in brackets, spaced from the verb: "某中心(某某中心) 答复:")
    r"|^[\u4e00-\u9fff]{2,20}[(（][\u4e00-\u9fff]{2,20}[)）]\s?(?:回复|答复|回覆)\s*[:：]"
)
#: a line of separator glyphs only ("▼", "———", "* * *") never continues a sentence
_SEPARATOR = re.compile(r"^[^\w]+$")


#: markup a copy kept as text: "&nbsp;", "<br>"
_MARKUP = re.compile(r"&(?:nbsp|amp|lt|gt|quot|ensp|emsp);?|<\s*/?\s*(?:br|p|span|div)\b[^>]{0,40}>")
#: pinyin a mirror site printed inside words: "鎮(zhèn)康縣", "問（wèn）" (the bracket first,
#: then the look back at the character before it: a pattern that opens with a class lets ``re``
#: skip ahead to the brackets instead of trying every position)
_PINYIN = re.compile(r"[(（](?<=[\u4e00-\u9fff][(（])[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńň]{1,8}[)）]")


@lru_cache(maxsize=1)
def _t2s() -> dict[int, int]:
    """Traditional → simplified, one character each (resources/t2s.txt)."""
    from inquiry_tracker.extract.departments import resource_path

    body = "".join(ln for ln in resource_path("t2s.txt").read_text(encoding="utf-8").splitlines()
                   if not ln.startswith("#"))
    return {ord(body[i]): ord(body[i + 1]) for i in range(0, len(body) - 1, 2)}


@lru_cache(maxsize=1)
def _traditional() -> frozenset[str]:
    """The traditional characters."""
    return frozenset(chr(c) for c in _t2s())


@lru_cache(maxsize=1)
def _traditional_bmp() -> re.Pattern[str]:
    """The traditional characters up to U+FFFF as one class: ``re`` keeps such a class as a
    bitmap and scans a text for it ten times faster than a set test. (Characters beyond
    U+FFFF would turn it into a list tried one by one: they are tested as a set, and only on
    a text that holds any.)"""
    bmp = sorted(c for c in _traditional() if ord(c) <= 0xFFFF)
    return re.compile("[" + "".join(re.escape(c) for c in bmp) + "]")


@lru_cache(maxsize=1)
def _traditional_astral() -> frozenset[str]:
    return frozenset(c for c in _traditional() if ord(c) > 0xFFFF)


def has_traditional(text: str) -> bool:
    """Does ``text`` hold a traditional character (so that reading it needs converting)?"""
    if _traditional_bmp().search(text):
        return True
    # a character beyond U+FFFF takes two UTF-16 units: a text with none is never searched again
    wide = len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)
    return wide and not _traditional_astral().isdisjoint(text)


@dataclass(slots=True)
class View:
    """Cleaned text plus the map back to the original.

    The runs ``(view_start, original_start, length)`` are kept in view order as three arrays
    of numbers (a page of a hundred thousand short lines holds as many runs). Traditional
    characters are read as simplified ones (one for one, so offsets hold); ``converted`` says
    the view's characters differ from the original's, so what leaves the reader is taken back
    from the original text (:meth:`restore`).
    """

    text: str
    _starts: array[int]
    _origins: array[int]
    _lengths: array[int]
    converted: bool = False

    def to_original(self, pos: int) -> int:
        """The original offset of view position ``pos`` (``len(text)`` maps past the last run)."""
        if not self._starts:
            return 0
        i = bisect_right(self._starts, pos) - 1
        if i < 0:
            i = 0
        return self._origins[i] + min(pos - self._starts[i], self._lengths[i])

    def restore(self, original: str, piece: str | None, near: int = 0) -> str | None:
        """``piece`` (a stretch of the view) as the original prints it (traditional characters,
        pinyin and all); unchanged when the view did not convert anything."""
        if not piece or not self.converted:
            return piece
        i = self.text.find(piece, max(0, near))
        if i < 0:
            i = self.text.find(piece)
        if i < 0:
            return piece
        a, b = self.span_to_original(i, i + len(piece))
        tail = _PINYIN.match(original, b)  # the reading a mirror printed after the last character
        return original[a : tail.end() if tail else b]

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open view span to a half-open original span."""
        if end <= start:
            o = self.to_original(start)
            return o, o
        return self.to_original(start), self.to_original(end - 1) + 1


#: a character every caption holds (the caption pattern is tried only on lines with one)
_CAPTION_HINT = hint(_CAPTION)


#: a reposted post's prompt to follow its account ("点上方公众号关注…", "长按识别二维码关注我们")
_FOLLOW_PROMPT = re.compile(
    r"^[^。,，]{0,12}(?:点击?|长按|扫码?|识别)[^。,，]{0,12}(?:关注|订阅|二维码)[^。,，]{0,24}$"
    r"|^(?:欢迎)?关注[^。,，]{0,16}(?:公众号|微信号|视频号)[^。,，]{0,16}$")
_FOLLOW_HINT = hint(_FOLLOW_PROMPT)


def _no_text(line: str) -> bool:
    """A photo's credit or caption, or a repost's prompt to follow its account: no text to read."""
    return len(line) <= 80 and ((bool(_CAPTION_HINT.search(line)) and bool(_CAPTION.search(line)))
                                or (bool(_FOLLOW_HINT.search(line)) and bool(_FOLLOW_PROMPT.search(line))))


#: an office's name alone on a line (a signature): never the rest of the sentence above
_OFFICE_LINE = re.compile(r"^[\u4e00-\u9fff()（）]{2,30}(?:局|委|委员会|政府|办公室|办事处|中心|公司|支队|大队|街道|镇|乡|处|站)$")


def _continues(prev: str, line: str) -> bool:
    """Is ``line`` the rest of a sentence that a layout break cut after ``prev``?"""
    if not prev or prev[-1] in TERMINALS or _LABEL_START.match(line) or _SEPARATOR.match(line):
        return False
    if _OFFICE_LINE.match(line) or signed_at_end(prev):
        return False
    if REPLY_OPENING.match(line):
        return False  # "收到市民反映的问题,…现将情况回复如下": an office's answer starts
    if "发表于" in line and POST_STAMP.search(line):
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


_WS = " \t\u3000\r\xa0\ufeff"


def _phrase_lines(prev: str, line: str) -> bool:
    """Short lines printed one phrase each (WeChat-style posts: "剩余的绿化" / "将于11月底种植完成"):
    each line is a clause of its own, not a sentence cut by the layout."""
    return len(prev) <= 24 and len(line) <= 30 and not _BODY_PUNCT.search(prev) and "(" not in prev


#: an image's file name left in the text where the picture stood ("640.png南康区…回复:")
_IMAGE_FILE = re.compile(r"[A-Za-z0-9_\-]{1,40}\.(?:png|jpe?g|gif|webp)(?![A-Za-z])")


def _kept_runs(start: int, line: str) -> list[tuple[int, int]]:
    """``(start, end)`` runs of one raw line worth keeping: markers cut out, ends trimmed."""
    image = ".png" in line or ".jp" in line or ".gif" in line or ".webp" in line
    if not ("版" in line or "(" in line or "（" in line or "&" in line or "<" in line or "?" in line or "？" in line or image):
        # most lines: nothing to cut out, no garbled indent — the line itself, trimmed
        stripped = line.strip(_WS)
        if not stripped:
            return []
        lead = len(line) - len(line.lstrip(_WS))
        return [(start + lead, start + lead + len(stripped))]
    drops = []
    if "版" in line:
        drops += [m.span() for m in _MARKER.finditer(line)]
    if "(" in line or "（" in line:
        drops += [m.span() for m in _PINYIN.finditer(line)]
    if "&" in line or "<" in line:
        drops += [m.span() for m in _MARKUP.finditer(line)]
    if image:
        drops += [m.span() for m in _IMAGE_FILE.finditer(line)]
    if drops:
        runs = []
        cursor = 0
        for a, b in sorted(drops):
            if a >= cursor:
                runs.append((cursor, a))
                cursor = b
        runs.append((cursor, len(line)))
    else:
        runs = [(0, len(line))]
    if line.lstrip(_WS).startswith(("??", "？？")):  # a copy's garbled indent ("????佚名:…")
        a, b = runs[0]
        runs[0] = (a + len(line[a:b]) - len(line[a:b].lstrip(_WS + "?？")), b)
    kept = []
    for a, b in runs:
        piece = line[a:b]
        stripped = piece.strip(_WS)
        if stripped:
            lead = len(piece) - len(piece.lstrip(_WS))
            kept.append((start + a + lead, start + a + lead + len(stripped)))
    return kept


def simplified(text: str) -> str:
    """``text`` with a mirror's pinyin readings dropped and traditional characters read as
    simplified ones — for finding words and dates, never for showing."""
    if ("(" in text or "（" in text) and _PINYIN.search(text):
        text = _PINYIN.sub("", text)
    return text if not has_traditional(text) else text.translate(_t2s())


def plain_view(text: str) -> View | None:
    """``text`` as :func:`simplified` reads it, with the map back to ``text``; None when the
    text has nothing to simplify (no pinyin readings, no traditional characters)."""
    readings = list(_PINYIN.finditer(text)) if ("(" in text or "（" in text) else []
    if not readings and not has_traditional(text):
        return None
    starts, origins, lengths = array("q"), array("q"), array("q")
    out: list[str] = []
    at = vlen = 0
    for m in [*readings, None]:
        end = m.start() if m else len(text)
        if end > at:
            starts.append(vlen)
            origins.append(at)
            lengths.append(end - at)
            out.append(text[at:end])
            vlen += end - at
        at = m.end() if m else at
    return View("".join(out).translate(_t2s()), starts, origins, lengths, True)


#: a field's name opening a line ("协商方式:…")
_FIELD_START = re.compile(r"[\u4e00-\u9fff()（）]{2,10}[:：]")
_CLAUSE_PUNCT = re.compile(r"[,，。;；]")


def _ends_across_blank(para: str, line: str) -> bool:
    """A blank line after ``line`` ends its paragraph ``para`` unless the paragraph is body text
    cut by the layout: a page printed from columns sets blank lines inside its sentences
    ("…常务副" / "" / "市长…"), but a headline (no comma) or a field line ends there."""
    return _CLAUSE_PUNCT.search(para) is None or _FIELD_START.match(line) is not None


def build_view(text: str) -> View:
    """Clean ``text`` into paragraphs (one per line) and remember the offset map."""
    out: list[str] = []
    starts, origins, lengths = array("q"), array("q"), array("q")
    vlen = 0
    prev_para = ""  # the paragraph being built (its text so far)
    prev_line = ""  # the last line kept, as printed
    blank = False  # a blank line since it
    start = 0
    for raw in text.split("\n"):
        line_start = start
        start += len(raw) + 1
        kept = _kept_runs(line_start, raw)
        if not kept:
            blank = blank or not raw.strip(_WS)
            continue
        line = kept_text = text[kept[0][0] : kept[0][1]] if len(kept) == 1 else " ".join(text[a:b] for a, b in kept)
        if len(line) <= 80 and _no_text(line):
            continue
        if prev_para and not (blank and _ends_across_blank(prev_para, prev_line)) and _continues(prev_para, line) \
                and not _phrase_lines(prev_line, line):
            prev_para = prev_para[-60:] + kept_text  # only its tail and punctuation matter
        else:
            if out:
                out.append("\n")
                vlen += 1
            prev_para = line
        prev_line, blank = line, False
        for a, b in kept:
            out.append(text[a:b])  # a dropped inline marker leaves the runs adjacent
            starts.append(vlen)
            origins.append(a)
            lengths.append(b - a)
            vlen += b - a
    view_text = "".join(out)
    converted = (("(" in text or "（" in text) and bool(_PINYIN.search(text))) or (
        ("&" in text or "<" in text) and bool(_MARKUP.search(text)))
    if has_traditional(view_text):
        view_text = view_text.translate(_t2s())
        converted = True
    if "府" in view_text and _MASKED_GOVERNMENT.search(view_text):
        # a site that masks 政 in 政府 ("人民*府"): read as written unmasked, shown as printed
        view_text = _MASKED_GOVERNMENT.sub("政", view_text)
        converted = True
    return View(view_text, starts, origins, lengths, converted)


#: the mask some sites print for 政 in an office's 政府 ("某镇人民*府", "市*府办")
_MASKED_GOVERNMENT = re.compile(r"(?<=[民市县区省镇乡])[*＊](?=府)")


#: a bullet a page sets before a paragraph ("◎网友:…", "●某局:…"): no part of its text
_BULLET = re.compile(r"[◎●○◆◇■□▲△▶►◉★☆•](?:[ \t\u3000]*)")


def paragraphs(view: View) -> list[tuple[int, int]]:
    """``(start, end)`` view spans of the paragraphs (a leading bullet left out)."""
    spans = []
    start = 0
    t = view.text
    while start <= len(t):
        end = t.find("\n", start)
        if end < 0:
            end = len(t)
        if end > start:
            bullet = _BULLET.match(t, start, end)
            spans.append((bullet.end() if bullet and bullet.end() < end else start, end))
        start = end + 1
    return spans
