"""What a document says about itself: when it was published and by whom.

Order of evidence for the date: a masthead or header line (``2021年10月29日 星期五``,
``来源:XX  2020-11-30 09:26``, ``发布时间:…``) → basis ``header``; else an inference from
the days the articles report (``3月9日上午,…`` → published the next day) and the current
year the text implies → basis ``inferred``; else unknown.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from inquiry_tracker.extract.clean import simplified
from inquiry_tracker.extract.departments import dominant_city
from inquiry_tracker.extract.firstchars import compile_guarded
from inquiry_tracker.extract.model import DocumentFacts
from inquiry_tracker.extract.numerals import to_int

_HEAD_CHARS = 1500

#: a year, written as alternatives that each open with one character ("19\d\d", "〇[…]{3}"…): a
#: pattern that opens with it lets re skip ahead to the characters a year starts with
_YEAR_DIGITS = "|".join([r"19\d\d", r"20\d\d", *(c + "[〇零一二三四五六七八九]{3}" for c in "〇零一二三四五六七八九")])
_DATE_YMD = "(" + _YEAR_DIGITS + r")\s*[年\-/.]\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[月\-/.]\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日?"
#: header forms, strongest first: a masthead with its weekday, a publish/source line, a page
#: date with a clock time, then the reply-time fields of message-board pages.
_HEADER_PATTERNS = [
    # masthead: "2021年10月29日 星期五"
    compile_guarded(_DATE_YMD + r"\s*[(（]?\s*(?:星期|周|礼拜)[一二三四五六日天]"),
    # e-paper masthead lines: "宁波日报  2016年4月12日  第1版", "新晚报  2019年11月5日  A06"
    compile_guarded(r"(?:日报|晚报|晨报|都市报|商报|时报|早报)\s+" + _DATE_YMD),
    compile_guarded(_DATE_YMD + r"\s+(?:第\s*[\d一二三四五六七八九十]+\s*版|[A-Z]\s*\d{1,2}\s*版?(?=\s|$))"),
    # "发布时间:2021-06-08", "日期:2021年6月8日", "来源:XX 2020-11-30 09:26"
    compile_guarded(
        r"(?<!来信)(?<!留言)(?<!提问)(?<!受理)(?:发布|发表|更新|刊发|出版|录入|播出)?(?:时间|日期)\s*[:：]?\s*[|｜]?\s*" + _DATE_YMD
    ),
    compile_guarded(r"来源\s*[:：][^\n]{0,40}?" + _DATE_YMD),
    # a date with a clock time, typical of web pages: "2020-11-30 09:26"
    compile_guarded(_DATE_YMD + r"\s+\d{1,2}:\d{2}"),
]
_CLOCK = 5  # index of the date-with-clock pattern above
#: any full date: a page without one needs none of the patterns that hold one
_FULL_DATE = compile_guarded(_DATE_YMD)
_CLOCK_CHARS = 300
#: "回复时间: | 2019-08-12 |" — a page of replies appeared on the latest of them
_REPLY_TIME = compile_guarded(r"(?:回复|答复|办结|办理|回信|反馈)(?:时间|日期)\s*[:：]?\s*[|｜]?\s*\n?\s*" + _DATE_YMD)
#: "(涵江区住房和城乡建设局于 2015-7-31 10:37回复)" — a reply stamped in a trailing bracket
_REPLIED_ON = compile_guarded(r"于\s*" + _DATE_YMD + r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:回复|答复)")
#: "25.02.2016  11:52" — a dateline printed day first
_DMY = compile_guarded(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?![\d.])")
#: a full date opening or closing a short line of page furniture: "2018-03-13 湾区城市群",
#: "ZAKER新闻 | 湖北 2023-03-10", "2014年8月13日 放大 缩小 默认"
_EDGE_DATE = compile_guarded(
    r"^[^\n。,，]{0,30}?(?<!\d)" + _DATE_YMD + r"(?:\s?\d{1,2}:\d{2}(?::\d{2})?)?(?:[ \t|｜][^\n。,，]{0,30})?$", re.M
)
#: "2018-3-29 14:40:23" alone on a line — a post's or a reply's stamp
_STAMP_LINE = compile_guarded(r"^\s*" + _DATE_YMD + r"\s+\d{1,2}:\d{2}(?::\d{2})?\s*$", re.M)
_LINE_DATE = compile_guarded(r"^\s*" + _DATE_YMD + r"\s*$", re.M)
#: a date alone on a line after the first (what every signature's date is; re skips to the "\n")
_NEWLINE_DATE = re.compile(r"\n\s*" + _DATE_YMD + r"\s*$", re.M)

_SOURCE = compile_guarded(r"来源\s*[:：]\s*((?![\d０-９]{2})[^\s|/:：]{2,30})")
_MASTHEAD = compile_guarded(
    r"^\s*([\u4e00-\u9fff]{1,8}(?:日报|晚报|晨报|都市报|商报|时报|早报|法治报|经济报))(?:\s*$|\s+(?=[\d０-９〇一二]))"
    r"|^\s*([\u4e00-\u9fff]{2,10}(?:人民广播电台|广播电台|广播电视台|电视台|融媒体中心))(?=\s|$|《)",
    re.M,
)
_PAPERS = "日报|晚报|晨报|都市报|早报"
_PAPER_IN_TEXT = compile_guarded(rf"([\u4e00-\u9fff]{{2,6}}(?:{_PAPERS}))(?:社|记者|全媒体|新媒体|讯)")
#: the paper's word and what follows it in a byline: a quick test before the search above, which
#: tries every character
_PAPER_WORD = compile_guarded(rf"(?:{_PAPERS})(?:社|记者|全媒体|新媒体|讯)")

# "3月9日上午,", "4月4日10点22分,", "截至5月7日," — days an article reports as past.
_REPORTED_DAY = compile_guarded(
    r"(?:(截至|截止到|截止)\s*|(?<![\d年至到—\-~～]))(\d{1,2})月(\d{1,2})日"
    r"[)）]?(?:\s*(?:上午|下午|晚上|晚|早上|凌晨|中午|傍晚|夜间|\d{1,2}(?:点|时)(?:\d{1,2}分)?))?\s*[,，]"
)
#: (the year read first and the character before it looked at after: re skips ahead to 1 and 2)
_YEAR = re.compile(r"((?:19|20)\d\d)(?<![\d—\-~～]\d{4})年(?![\d—\-~～])")
_YEAR_SPAN = compile_guarded(r"(?:19|20)\d\d\s*[—\-~～至到]\s*(?:19|20)\d\d")
_YEAR_UNTIL = compile_guarded(r"(?:截至|截止到|截止)\s*((?:19|20)\d\d)年\s*\d{1,2}\s*月")
_YEAR_CLOSED = compile_guarded(r"(?:截至|截止|截止到)\s*((?:19|20)\d\d)年(?:12月底|12月31日|底|末)")
_BOOK_TITLE = compile_guarded(r"《[^》]{0,60}》")


def _ymd(y: str, m: str, d: str) -> date | None:
    try:
        yy = to_int(y)
        return date(yy, to_int(m), to_int(d)) if yy else None
    except (ValueError, TypeError):
        return None


_FULLWIDTH = str.maketrans("０１２３４５６７８９－：．／", "0123456789-:./")


_ASKED_AT = compile_guarded(r"(?:留言|来信|提问|受理|咨询|发帖|投诉|来电)(?:时间|日期)\s*[:：]?\s*[|｜]?\s*$")
# a reply's closing signature: a department line, then a date line
_SIGNATURE_DATE = compile_guarded(
    r"^[ \t\u3000]*[^\n]{2,30}(?:局|委|委员会|政府|办公室|办事处|中心|公司|支队|大队|院|站|所|处|科|街道|镇|乡)\s*\n+\s*"
    + _DATE_YMD + r"\s*$", re.M
)


#: a signature and its date on one line, at the end of a reply: "…井研县教育局 2025年8月7日 |",
#: "…敬请谅解。2025年12月16日来源问政赣州"
_SIGNED_INLINE = compile_guarded(
    r"(?:局|委|政府|办公室|办事处|中心|公司|支队|大队|街道|镇|乡|。|!|！)[ \t\u3000]*" + _DATE_YMD
    + r"[ \t\u3000|｜]*(?:来源[^\n]{0,12})?$", re.M
)


def _stated_dates(head: str, full: str = "") -> tuple[date | None, date | None]:
    """(the date the header states as the page's own, the first date of a question)."""
    asked: date | None = None
    for i, pat in enumerate(_HEADER_PATTERNS):
        # a bare date with a clock time counts only near the top (later ones are logs)
        for m in pat.finditer(head if i < _CLOCK else head[:_CLOCK_CHARS]):
            d = _ymd(*m.group(1, 2, 3))
            if not d:
                continue
            if _ASKED_AT.search(head[max(0, m.start() - 12) : m.start()]) or _ASKED_AT.search(
                head[max(0, m.start() - 12) : m.start(1)]
            ):
                asked = asked or d  # when the netizen wrote, not when the page appeared
                continue
            if _REPLY_TIME.match(head, max(0, m.start() - 2)) or _REPLY_TIME.match(head, m.start()):
                continue  # reply times are weighed below
            return d, asked
    replies = [d for m in _REPLY_TIME.finditer(full or head) if (d := _ymd(*m.group(1, 2, 3)))]
    return (max(replies) if replies else None), asked


_HAS_FULLWIDTH = compile_guarded("[０-９－：．／]")


def _halfwidth(text: str) -> str:
    """Full-width digits and date punctuation as ASCII (same length, so offsets hold)."""
    return text.translate(_FULLWIDTH) if _HAS_FULLWIDTH.search(text) else text


def _reply_dates(full: str) -> list[date]:
    """Dates a page gives its replies: reply-time fields, signatures, trailing stamps."""
    found = [_ymd(*m.group(1, 2, 3)) for m in _REPLY_TIME.finditer(full)]
    if _NEWLINE_DATE.search(full):  # (a signature's date stands alone on its line)
        found += [_ymd(*m.group(1, 2, 3)) for m in _SIGNATURE_DATE.finditer(full)]
    found += [_ymd(*m.group(1, 2, 3)) for m in _REPLIED_ON.finditer(full)]
    found += [_ymd(*m.group(1, 2, 3)) for m in _SIGNED_INLINE.finditer(full)]
    return [d for d in found if d]


def header_date(text: str) -> date | None:
    """A publication date stated on the page: the date its reply was given (a reply-time
    field, a signature, a stamp in a trailing bracket — a message-board page appears when it is
    answered), a masthead or header line, a date alone or at the edge of a line of page
    furniture, a day-first dateline, a post's time stamp. When a question was asked does not count."""
    return _header_and_asked(text)[0]


def _header_and_asked(text: str) -> tuple[date | None, date | None]:
    """(:func:`header_date`, :func:`asked_date`): the header patterns are read once for both."""
    full = _halfwidth(text)
    head = full[:_HEAD_CHARS]
    if not _FULL_DATE.search(full):
        return _day_first(head), None  # every other pattern here holds a full date
    replies = _reply_dates(full)
    d, asked = _stated_dates(head, "")
    if replies and (d is None or max(replies) >= d):
        return max(replies), asked
    if d:
        return d, asked
    m = _LINE_DATE.search(head)
    if m:
        return _ymd(*m.group(1, 2, 3)), asked
    for pattern in (_EDGE_DATE,):
        for m in pattern.finditer(head[:800]):
            if not _ASKED_AT.search(head[max(0, m.start(1) - 12) : m.start(1)]):
                found = _ymd(*m.group(1, 2, 3))
                if found:
                    return found, asked
    found = _day_first(head)
    if found:
        return found, asked
    stamps = [d for m in _STAMP_LINE.finditer(full) if (d := _ymd(*m.group(1, 2, 3)))]
    return (max(stamps) if stamps else None), asked


def _day_first(head: str) -> date | None:
    m = _DMY.search(head[:800])
    return _ymd(m.group(3), m.group(2), m.group(1)) if m else None


def asked_date(text: str) -> date | None:
    """When the question on a message-board page was asked (a lower bound for publication)."""
    return _stated_dates(_halfwidth(text[:_HEAD_CHARS]))[1]


def _current_year(text: str) -> int | None:
    body = _BOOK_TITLE.sub("", _YEAR_SPAN.sub("", text))
    years = [int(y) for y in _YEAR.findall(body)]
    # "截至2020年5月底" reports a month of the year being written in
    years += [int(y) for y in _YEAR_UNTIL.findall(body)]
    if not years:
        return None
    year = max(years)
    # A year the text reports as closed ("截至2020年12月底") is already the past.
    for closed in _YEAR_CLOSED.findall(body):
        if int(closed) >= year:
            year = int(closed) + 1
    return year


_TODAY = compile_guarded(r"(?:今天|今日)\s*[(（]\s*(\d{1,2})月(\d{1,2})日\s*[)）]")


def inferred_date(text: str) -> date | None:
    """Best guess: a day the text calls 今天 ("今天(11月15日)"), else the day after the
    latest reported day."""
    year = _current_year(text)
    if year is None:
        return None
    today = _TODAY.search(text)
    if today:
        try:
            return date(year, int(today.group(1)), int(today.group(2)))
        except ValueError:
            pass
    best: tuple[int, int] | None = None
    for m in _REPORTED_DAY.finditer(text):
        md = (int(m.group(2)), int(m.group(3)))
        if 1 <= md[0] <= 12 and 1 <= md[1] <= 31 and (best is None or md > best):
            best = md
    if best is None:
        return None
    try:
        return date(year, *best) + timedelta(days=1)
    except ValueError:
        return None


def find_outlet(text: str) -> str | None:
    """The outlet: a masthead, a ``来源:`` line, a paper named in a byline, or
    ``<city>日报`` for a ``本报讯`` page about one city."""
    head = text[:_HEAD_CHARS]
    m = _MASTHEAD.search(head)
    if m:
        return m.group(1) or m.group(2)
    m = _SOURCE.search(head)
    if m:
        return m.group(1)
    m = _PAPER_IN_TEXT.search(text) if _PAPER_WORD.search(text) else None
    if m:
        return m.group(1)
    if "本报讯" in text or "本报记者" in text:
        city = dominant_city(text)
        if city:
            return f"{city}日报"
    return None


#: a site's navigation over the page ("首页 > 资讯 > 本地资讯", "您所在的位置: 某网 > 某频道> 正文"),
#: or a line of its chrome ("新闻推荐", "相关阅读", a menu): never the title
NAVIGATION = re.compile(r"[>＞»›→]|^(?:您(?:当前)?所在(?:的)?位置|当前位置|首页|新闻推荐|相关阅读|相关新闻|热点推荐|推荐阅读)"
                         # a menu of short entries ("手机版 | 网站导航")
                         r"|^[^|｜]{1,8}(?:\s*[|｜]\s*[^|｜]{1,8})+$")


def find_title(text: str) -> str | None:
    for line in text[:_HEAD_CHARS].splitlines():
        line = line.strip()
        if 4 <= len(line) <= 60 and not _LINE_DATE.match(line) and not _MASTHEAD.match(line) \
                and not NAVIGATION.search(line):
            return line
    return None


def document_facts(text: str, published: date | None = None, *, plain: str | None = None) -> DocumentFacts:
    """Publication date (with its basis), outlet and a title for ``text``. ``plain`` is the
    text as :func:`clean.simplified` reads it, when the caller already knows it."""
    outlet = find_outlet(text)
    title = find_title(text)
    if published is not None:
        return DocumentFacts(published, "given", outlet, title)
    text = simplified(text) if plain is None else plain  # "回復時間", "發(fā)布日期" are the same fields
    d, asked = _header_and_asked(text)
    if d:
        return DocumentFacts(d, "header", outlet, title)
    d = inferred_date(text) or asked or _year_start(text)
    if d:
        return DocumentFacts(d, "inferred", outlet, title)
    return DocumentFacts(None, "unknown", outlet, title)


_DAY_IN_YEAR = compile_guarded(r"((?:19|20)\d\d)年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")


def _year_start(text: str) -> date | None:
    """Last resort: the first day of the latest year the text dates a day in ("2021年3月5日,…"),
    so that 年底 and 5月底 resolve in the year the page is about."""
    years = [int(y) for y in _DAY_IN_YEAR.findall(text)]
    return date(max(years), 1, 1) if years else None
