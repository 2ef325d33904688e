"""Deadline phrases in Chinese news → due dates ("计划5月底开放" → 2020-05-31).

:func:`find_deadlines` lists every time expression in a text that could be a deadline (a
future commitment time), in text order; :func:`find_deadline` picks the best one. The due
date is the *last* day of the period named (DESIGN.md, "Deadline conventions"):

- absolute dates and periods: ``2021年5月20日``, ``2021-05-20``, ``二〇二一年五月底``,
  ``5月中旬``, ``今年8月``, ``明年上半年``, ``三季度``, ``明年春季``, ``2021年底前``;
- relative ones, resolved against the publication date: ``本月底``, ``下个月``, ``本周内``,
  ``年底``, a month without a year (the nearest one not earlier than the publication
  month), holidays (``春节前``, ``“五一”前`` → the day before the next one), durations
  (``15个工作日内``);
- ranges (``5至6月``, ``12月至次年1月``) → the end of the later period;
- ``approximate`` for 左右/前后/上下 after the phrase or a hedge word (预计, 力争, …) earlier
  in its clause.

Not returned: vague words (尽快, 近期), past markers (截至…, 已于…, 自…起/以来), starts
(6月起, 春节后), dates before the publication date, phrases inside 《…》, bare years,
look-back windows (前7天内), times of day, holiday periods (春节期间, 国庆长假), and the
time an event lasts until (活动持续至元宵节, 展期至10月31日).

Decided conventions beyond DESIGN.md:

- a day, part-month, month, quarter, 下半年 or season with no year that ends in the month
  just before the publication month is read as that recent one (news reports "3月31日…"
  on Apr 6, "一季度,全市…" in April, about the past), so it is dropped as past — unless
  its clause looks ahead (计划/预计/将/力争…, or the phrase ends in 前: "计划12月底前完成"
  in a January paper is this December); every other one follows the nearest-not-earlier
  rule (上半年/下半年 otherwise stay in the publication year);
- ``<holiday>期间/假期/长假/黄金周`` is a period when something happens, not a deadline,
  and so are dates that gloss it right after (``元旦期间(12月30日至1月1日)``); ``国庆长假前``
  is the day before the holiday, ``春节假期前后`` the holiday; a holiday name may be quoted
  (“”, "", 「」, 『』, ‘’), the quotes being part of the phrase; a bare holiday name counts
  only after 于/在/到/至;
- a phrase right after 至 (直至, 持续至, 延续至, 展期至…) or 持续到/延续到, or after 到 and
  ending in 为止/止, is how long an event lasts, not a deadline; it is kept when it ends a
  range whose start is the phrase just before (``6月1日起至6月30日止``), when it ends in
  前 (``至6月底前``) and after a verb that moves a date (推迟至, 延期至, 调整至…);
- 次年/翌年 is the year after the last year mentioned before it in the paragraph
  (``明年春季开工,次年5月完工`` → the year after next; a 次年 that ends a range does not
  count on), else the year after the publication year;
- a whole week (本周, 下周) has precision ``"xun"``, a named weekday ``"day"``; 年初/年中
  have precision ``"season"``; ``N小时内`` is rounded up to whole days;
- a date written after 农历/阴历 is converted from the lunar calendar;
- a bare day of the month (``20日前``) is the publication month's, and past if earlier;
- 去年/前年/上月 phrases are always past and never returned; phrases after 每年/每月 are
  recurring, not deadlines; ``从…开始`` is a start, while a bare ``6月开始施工`` is kept;
- a lone 约 hedges only when no number stands between it and the phrase; bare ``年前``
  (colloquially "before 春节") and a bare year (``2021年建成``) are not read.

The matcher (:mod:`~inquiry_tracker.extract.timewords`) is one precompiled regular
expression over a one-for-one normalized copy of the text (full-width digits → ASCII), so
offsets are the caller's; this module resolves each kind of match to a date and applies
the context rules. Holidays, lunar dates and date arithmetic live in
:mod:`~inquiry_tracker.extract.holidays`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from datetime import date, datetime, timedelta

from inquiry_tracker.extract.firstchars import compile_guarded
from inquiry_tracker.extract.holidays import (
    HOLIDAY_NAMES,
    HolidayKey,
    add_months,
    add_workdays,
    event_opening,
    holiday_date,
    lunar_to_solar,
    month_end,
    safe_date,
    solar_to_lunar,
    week_day,
)
from inquiry_tracker.extract.lexicon import FINISH_ACT, START_ACT
from inquiry_tracker.extract.model import Deadline, Precision
from inquiry_tracker.extract.timewords import (
    AFTER_NOT,
    ALTERNATIVES,
    BARE_YEARS,
    BEFORE_AT,
    BEFORE_FROM,
    BEFORE_LOOKBACK,
    BEFORE_LUNAR,
    BEFORE_PAST,
    BEFORE_RECURRING,
    BEFORE_TO,
    BEFORE_UNTIL,
    CLAUSE_MARKS,
    EVENT,
    EVENT_HINT,
    GRAMMAR,
    HEDGE_WORDS,
    NEEDS_NORMALIZE,
    NORMALIZE,
    PERIOD_GLOSS,
    QUOTE_OPEN,
    RANGE_GAP,
    RANGES,
    SINGLE_GRAMMAR,
    YEAR_REF,
    cn_number,
)

__all__ = ["find_deadline", "find_deadlines"]

_REL_OFFSET = {"今": 0, "本": 0, "明": 1, "次": 1, "翌": 1, "来": 1, "后": 2, "去": -1, "前": -2}
#: 次年/翌年: the year after the year mentioned before it (or after the publication year).
_FOLLOWING = ("次", "翌")
#: What joins the two halves of a range ("12月至次年1月").
_RANGE_MARKS = "至到-~—–―"
#: Suffixes that make a phrase a "by" deadline ("至6月底前" is not a mere "lasts until").
_BY_SUFFIX = ("之前", "以前", "前夕", "前")
_XUN_DAY = {"上旬": 10, "初": 10, "中旬": 20, "中": 20, "上中旬": 20}
_SEASON_END = {"春": 5, "夏": 8, "秋": 11}
_WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "末": 6}


class _Past(Exception):
    """The phrase names a past time (去年…, 上月…): drop it."""


# ---------------------------------------------------------------------------------------
# Resolution helpers. Each returns (due, precision); due None = needs the publication date.
# ``prior`` is the year a 次年/翌年 in the phrase follows (None when unknown).

Resolved = tuple[date | None, Precision]


def _num(text: str | None) -> int | None:
    if not text:
        return None
    if text == "元":  # 元月
        return 1
    value = cn_number(text)
    return value[0] if value else None


def _explicit_year(m: re.Match[str], p: str, pub: date | None, prior: int | None) -> int | None:
    """The year a phrase names (numeric, relative to ``pub``, or 次年 = ``prior`` + 1);
    None if none or unknown.

    Raises :class:`_Past` for 去年/前年, which are always past.
    """
    y = m.group(f"{p}y")
    if y:
        return 2000 + int(y) if len(y) == 2 and y.isdigit() else _num(y)  # "09年12月", "24年9月"
    r = m.group(f"{p}r")
    if r:
        if _REL_OFFSET[r] < 0 and not _ALLOW_PAST.get():
            raise _Past
        if r in _FOLLOWING:
            return None if prior is None else prior + 1
        return pub.year + _REL_OFFSET[r] if pub else None
    return None


def _prior_year(norm: str, start: int, pub: date | None) -> int | None:
    """The year a 次年/翌年 at ``start`` follows: the last year mentioned before it in the
    paragraph (a chain "2019年…次年…翌年" counts on, but the 次年 that ends a range such as
    "12月至次年1月" does not move on from the range's year), else the publication year."""
    low = max(0, start - 200)
    low = norm.rfind("\n", low, start) + 1 or low
    year = pub.year if pub else None
    for ref in YEAR_REF.finditer(norm, low, start):
        if ref["refy"]:
            year = _num(ref["refy"])
        elif ref["refr"] in _FOLLOWING:
            if ref.start() > 0 and norm[ref.start() - 1] in _RANGE_MARKS:
                continue
            year = None if year is None else year + 1
        else:
            year = pub.year + _REL_OFFSET[ref["refr"]] if pub else None
    return year


def _has_year(m: re.Match[str], p: str) -> bool:
    return bool(m.group(f"{p}y") or m.group(f"{p}r"))


#: set while resolving a phrase that its clause marks as future ("计划12月底完成"): then the
#: plain nearest-not-earlier rule of DESIGN.md applies, not the "just ended" reading.
_FORWARD: ContextVar[bool] = ContextVar("forward", default=False)
#: find_deadline on a phrase alone resolves a past period too ("去年底"); items never do
_ALLOW_PAST: ContextVar[bool] = ContextVar("allow_past", default=False)
_FORWARD_BEFORE = compile_guarded(r"(?<![原本])(?:计划|预计|定于)|力争|争取|确保|将|拟|要|有望|可望|准备|打算|预期")


def _just_ended(end_month: int, pub: date) -> bool:
    """Does a period (month, quarter, half, season) that ends in ``end_month`` end in the
    month just before the publication month? Then it is the one that just ended, reported
    as past ("一季度,全市共受理…" published in April), not next year's — unless its clause
    speaks of the future ("计划12月底完成" in a January paper is this December)."""
    return (pub.month - end_month) % 12 == 1 and not _FORWARD.get()


def _end_year(end_month: int, pub: date) -> int:
    """The year a period without a year ends in: the one that just ended (see
    :func:`_just_ended`), else the nearest one not ending before the publication month."""
    if _just_ended(end_month, pub):
        return pub.year if end_month < pub.month else pub.year - 1
    return pub.year if end_month >= pub.month else pub.year + 1


def _in_month(year: int, month: int, day: int | None, xun: str | None) -> Resolved | None:
    """A day, a part of a month (xun) or the whole month."""
    if day is not None:
        found = safe_date(year, month, day)
        return (found, "day") if found else None
    if xun:
        if xun in _XUN_DAY:
            return date(year, month, _XUN_DAY[xun]), "xun"
        return month_end(year, month), "xun"
    return month_end(year, month), "month"


def _season_end(year: int, season: str) -> date:
    if season == "冬":
        return month_end(year + 1, 2)
    return month_end(year, _SEASON_END[season])


def _season_year(season: str, pub: date) -> int:
    """The year a season without a year starts in (see :func:`_end_year`)."""
    if season == "冬":  # Dec–Feb: the winter ending in February of the next year
        return _end_year(2, pub) - 1
    return _end_year(_SEASON_END[season], pub)


def _quarter_year(quarter: int, pub: date) -> int:
    """The year of a quarter without a year (see :func:`_end_year`)."""
    return _end_year(quarter * 3, pub)


def _year_part(year: int, part: str) -> Resolved:
    if part == "下半年初":
        return date(year, 7, 31), "half"
    if part == "上半年":
        return date(year, 6, 30), "half"
    if part == "下半年":
        return date(year, 12, 31), "half"
    if part.endswith("初"):
        return month_end(year, 2), "season"
    if part.endswith("中"):
        return date(year, 6, 30), "season"
    return date(year, 12, 31), "year"


# ---------------------------------------------------------------------------------------
# One resolver per alternative of the grammar.


def _r_iso(m: re.Match[str], pub: date | None, prior: int | None) -> Resolved | None:
    found = safe_date(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]))
    return (found, "day") if found else None


def _r_ma(m: re.Match[str], pub: date | None, prior: int | None) -> Resolved | None:
    month = _num(m["ma_m"]) or 0
    day = _num(m["ma_d"])
    year = _explicit_year(m, "ma", pub, prior)
    if year is None:
        if _has_year(m, "ma") or pub is None:
            return None, "day" if day is not None else ("xun" if m["ma_x"] else "month")
        year = _end_year(month, pub)
    return _in_month(year, month, day, m["ma_x"])


def _range_end_year(
    m: re.Match[str], first: str, last: str, m1: int, m2: int, pub: date | None, prior: int | None
) -> int | None:
    """The year of a range's end: its own, the start's (+1 across New Year), or the rule."""
    y2 = m.group(f"{last}y")
    r2 = m.group(f"{last}r")
    if y2:
        return _num(y2)
    start_year = _explicit_year(m, first, pub, prior)
    if r2 in _FOLLOWING:
        if start_year is None:
            if pub is None or _has_year(m, first):
                return None
            start_year = _end_year(m1, pub)
        return start_year + 1
    if r2:
        return _explicit_year(m, last, pub, prior)
    if start_year is not None:
        return start_year + (1 if m2 < m1 else 0)
    if pub is None or _has_year(m, first):
        return None
    return _end_year(m2, pub)


def _r_rm(m: re.Match[str], pub: date | None, prior: int | None) -> Resolved | None:
    m1 = _num(m["rm_m1"]) or 0
    m2 = _num(m["rm_m2"]) or 0
    year = _range_end_year(m, "rm1", "rm2", m1, m2, pub, prior)
    day = _num(m["rm_d2"])
    if year is None:
        return None, "day" if day is not None else ("xun" if m["rm_x2"] else "month")
    return _in_month(year, m2, day, m["rm_x2"])


def _r_rd(m: re.Match[str], pub: date | None, prior: int | None) -> Resolved | None:
    m1 = _num(m["rd_m1"]) or 0
    if m["rd_m3"]:
        m2 = _num(m["rd_m3"]) or 0
        year = _range_end_year(m, "rd1", "rd3", m1, m2, pub, prior)
        return (
            (None, "xun" if m["rd_x3"] else "month")
            if year is None
            else (_in_month(year, m2, None, m["rd_x3"]))
        )
    m2 = _num(m["rd_m2"]) or m1
    d1 = _num(m["rd_d1"]) or 0
    d2 = _num(m["rd_d2"]) or 0
    if m2 == m1 and not m["rd_m2"] and d2 <= d1:
        return None  # "5月20日-5日" is not a range; probably an enumeration typo
    year = _range_end_year(m, "rd1", "rd2", m1, m2, pub, prior)
    if year is None:
        return None, "day"
    return _in_month(year, m2, d2, None)


def _r_rq(m: re.Match[str], pub: date | None, prior: int | None) -> Resolved | None:
    q1 = _num(m["rq_q1"]) or 0
    q2 = _num(m["rq_q2"]) or 0
    if q2 <= q1:
        return None
    year = _explicit_year(m, "rq", pub, prior)
    if year is None:
        if _has_year(m, "rq") or pub is None:
            return None, "quarter"
        year = _quarter_year(q2, pub)
    return month_end(year, q2 * 3), "quarter"


def _r_yp(m: re.Match[str], pub: date | None, prior: int | None) -> Resolved | None:
    if m["yp_y"] == "" and m["ypr"]:
        return None  # 明年前 and the like: too loose
    year = _explicit_year(m, "yp", pub, prior)
    resolved = _yp_period(m, 2000 if year is None else year)
    return (None, resolved[1]) if year is None else resolved


def _yp_period(m: re.Match[str], year: int) -> Resolved:
    season = m["yp_s"] or m["yp_o"]
    quarter = _num(m["yp_q"])
    if season:
        return _season_end(year, season), "season"
    if quarter:
        return month_end(year, quarter * 3), "quarter"
    if m["yp_h"]:
        return _year_part(year, m["yp_h"])
    return _year_part(year, "年" + (m["yp_p"] or "底"))


def _r_bp(m: re.Match[str], pub: date | None, prior: int | None) -> Resolved | None:
    part = m["bp_p"]
    if pub is None:
        return None, _year_part(2000, part)[1]
    year = pub.year
    if part == "下半年" and _just_ended(12, pub):
        year -= 1  # the half that just ended: a past statistic, not this year's
    return _year_part(year, part)


def _r_bq(m: re.Match[str], pub: date | None, prior: int | None) -> Resolved | None:
    quarter = _num(m["bq_q"]) or 0
    if pub is None:
        return None, "quarter"
    return month_end(_quarter_year(quarter, pub), quarter * 3), "quarter"


def _r_bs(m: re.Match[str], pub: date | None, prior: int | None) -> Resolved | None:
    season = m["bs_s"] or m["bs_o"]
    if pub is None:
        return None, "season"
    return _season_end(_season_year(season, pub), season), "season"


def _r_rmo(m: re.Match[str], pub: date | None, prior: int | None) -> Resolved | None:
    day = _num(m["rmo_d"])
    xun = m["rmo_x"]
    if pub is None:
        return None, "day" if day is not None else ("xun" if xun else "month")
    first = add_months(pub.replace(day=1), 0 if m["rmo_w"] in ("本", "这个") else 1)
    return _in_month(first.year, first.month, day, xun)


def _r_wk(m: re.Match[str], pub: date | None, prior: int | None) -> Resolved | None:
    named = m["wk_d"]
    precision: Precision = "day" if named and named != "末" else "xun"
    if pub is None:
        return None, precision
    ahead = 1 if m["wk_w"] == "下" else 0
    return week_day(pub, ahead, _WEEKDAY.get(named or "日", 6)), precision


def _r_bx(m: re.Match[str], pub: date | None, prior: int | None) -> Resolved | None:
    if pub is None:
        return None, "xun"
    xun = m["bx_x"][1:] if m["bx_x"][0] == "月" else m["bx_x"]
    return _in_month(pub.year, pub.month, None, "底" if xun == "内" else xun)


def _r_rx(m: re.Match[str], pub: date | None, prior: int | None) -> Resolved | None:
    month = _num(m["rx_m"]) or 0
    year = _explicit_year(m, "rx", pub, prior)
    if year is None:
        if _has_year(m, "rx") or pub is None:
            return None, "xun"
        year = _end_year(month, pub)
    return _in_month(year, month, None, m["rx_x"])


def _r_fyp(m: re.Match[str], pub: date | None, prior: int | None) -> Resolved | None:
    name = m["fyp_n"]  # 十五 is the 10th plan (2001–2005), 十一五 … 十九五 the 11th to 19th
    plan = 10 if name == "十五" else 10 + (_num(name[1]) or 0)
    return date(1955 + 5 * plan, 12, 31), "year"


def _r_du(m: re.Match[str], pub: date | None, prior: int | None) -> Resolved | None:
    raw = m["du_n"]
    unit = m["du_u"]
    half = bool(m["du_h0"] or m["du_h"])
    if raw == "半":
        count, half = 0, True
    else:
        count = _num(raw) or 0
        if count <= 0:
            return None
    if unit == "月" and not (m["du_g"] or raw == "半" or m["du_h0"]):
        return None  # "3月内" is the month of March, read by another branch
    if pub is None:
        return None, "duration"
    if unit in ("天", "日", "自然日"):
        due = pub + timedelta(days=count)
    elif unit == "工作日":
        due = add_workdays(pub, count)
    elif unit in ("周", "星期", "礼拜"):
        due = pub + timedelta(days=7 * count + (4 if half else 0))
    elif unit in ("小时", "钟头"):
        due = pub + timedelta(days=-(-count // 24))
    elif unit == "月":
        due = add_months(pub, count)
        if half:
            due += timedelta(days=15)
    else:
        due = add_months(pub, 12 * count + (6 if half else 0))
    return due, "duration"


def _holiday_due(key: HolidayKey, year: int, before: bool) -> date | None:
    """The holiday itself, or with ``before`` the day before it."""
    first = holiday_date(key, year)
    if first is None or not before:
        return first
    return first - timedelta(days=1)


def _r_hol(m: re.Match[str], pub: date | None, prior: int | None) -> Resolved | None:
    if _is_period(m):
        return None
    key = HOLIDAY_NAMES[m["hol_n"]]
    before = m["pre"] in _BY_SUFFIX
    year = _explicit_year(m, "hol", pub, prior)
    if year is not None:
        return _holiday_due(key, year, before), "holiday"
    if _has_year(m, "hol") or pub is None:
        return None, "holiday"
    for candidate in range(pub.year - 1, pub.year + 3):  # the first one not before pub
        due = _holiday_due(key, candidate, before)
        if due is not None and due >= pub:
            return due, "holiday"
    return None, "holiday"


def _r_ev(m: re.Match[str], pub: date | None, prior: int | None) -> Resolved | None:
    """"<event>前": the day before the event opens (an event with no 前 is no deadline)."""
    if m["pre"] not in _BY_SUFFIX:
        return None
    opening = event_opening(m["ev_n"], m["ev_h"], int(m["ev_y"]) if m["ev_y"] else None, pub)
    return (opening - timedelta(days=1) if opening else None), "holiday"


_LUNAR_MONTH = {"正": 1, "冬": 11, "腊": 12}
_LUNAR_DAY = {"初十": 10, "二十": 20, "三十": 30}


def _r_lu(m: re.Match[str], pub: date | None, prior: int | None) -> Resolved | None:
    """A date written after 农历/阴历, converted from the lunar calendar."""
    month = _LUNAR_MONTH.get(m["lu_m"]) or _num(m["lu_m"]) or 0
    raw_day = m["lu_d"]
    day = None
    if raw_day:
        day = _LUNAR_DAY.get(raw_day) or _num(raw_day.removeprefix("初"))
    precision: Precision = "day" if day else "month"
    if pub is None:
        return None, precision
    lunar_pub = solar_to_lunar(pub)
    if lunar_pub is None:
        return None
    year = lunar_pub[0] if month >= lunar_pub[1] else lunar_pub[0] + 1
    if day:
        found = lunar_to_solar(year, month, day)
    else:
        found = lunar_to_solar(year, month, 30) or lunar_to_solar(year, month, 29)
    return (found, precision) if found else None


def _r_bd(m: re.Match[str], pub: date | None, prior: int | None) -> Resolved | None:
    day = _num(m["bd_d"]) or 0
    if pub is None:
        return None, "day"
    found = safe_date(pub.year, pub.month, day)
    return (found, "day") if found else None


def _r_yb(m: re.Match[str], pub: date | None, prior: int | None) -> Resolved | None:
    if m["yb_y"]:
        return date(int(m["yb_y"]), 12, 31), "year"
    if pub is None:
        return None, "year"
    offset = _REL_OFFSET[m["yb_r"]]
    if offset < 0 and not _ALLOW_PAST.get():
        raise _Past
    return date(pub.year + offset, 12, 31), "year"


_RESOLVERS: dict[str, Callable[[re.Match[str], date | None, int | None], Resolved | None]] = {
    "iso": _r_iso,
    "rd": _r_rd,
    "rm": _r_rm,
    "rq": _r_rq,
    "ma": _r_ma,
    "yp": _r_yp,
    "hol": _r_hol,
    "bp": _r_bp,
    "bq": _r_bq,
    "bs": _r_bs,
    "rmo": _r_rmo,
    "wk": _r_wk,
    "bx": _r_bx,
    "du": _r_du,
    "lu": _r_lu,
    "bd": _r_bd,
    "yb": _r_yb,
    "ev": _r_ev,
    "rx": _r_rx,
    "fyp": _r_fyp,
}


# ---------------------------------------------------------------------------------------
# Context checks and the public API.


def _inside_book_title(text: str, start: int, end: int) -> bool:
    opened = text.rfind("《", max(0, start - 120), start)
    if opened < 0 or text.find("》", opened, start) >= 0:
        return False
    return text.find("》", end, end + 120) >= 0


#: up to the last clause mark (one scan, instead of one ``rfind`` per mark)
_TO_LAST_MARK = re.compile(f"(?s:.*)[{re.escape(CLAUSE_MARKS)}]")


def _clause_start(text: str, start: int) -> int:
    low = max(0, start - 120)
    m = _TO_LAST_MARK.match(text, low, start)
    return m.end() if m else low


#: 至 opening its clause, right before the phrase
_OPENS_CLAUSE_TO = re.compile(r"(?:^|[,，。;；:：\n])[ \t\u3000]*至[ \t\u3000]*$")


def _lasts_until(norm: str, m: re.Match[str], before: str, prev_end: int) -> bool:
    """Is the phrase only the time an event lasts until (持续至元宵节, 展期至10月31日,
    到6月底为止), and not the end of a range whose start is the previous phrase?"""
    pre = m["pre"]
    if pre in _BY_SUFFIX:
        return False  # 至6月底前: a "by" deadline all the same
    if norm[m.end() : m.end() + 1] in (",", "，") and _OPENS_CLAUSE_TO.search(norm, max(0, m.start() - 4), m.start()):
        return False  # "按照计划,至2017年年底,某路有望打通": by then, put first in the sentence
    if not (BEFORE_UNTIL.search(before) or (pre in ("为止", "止") and BEFORE_TO.search(before))):
        return False
    if _WORKS_LAST.search(norm, _clause_start(norm, m.start()), m.start()):
        return False  # "工期预计将持续到7月31日": works lasting until a day end on it (a due date)
    return prev_end < 0 or RANGE_GAP.fullmatch(norm, prev_end, m.start()) is None


#: a finish right after a holiday's name ("国庆节建成通车"): the day it is done by
_FINISHED_BY = re.compile(r"\s*(?:全部|全面|基本|全线|正式|如期)?(?:" + FINISH_ACT.pattern + ")")
#: works (or the closure they need) said to last until a day: they are due to end then
_WORKS_LAST = re.compile(r"工期|施工|封闭|管制|维修|改造|封路")


def _is_period(m: re.Match[str]) -> bool:
    """A holiday period (春节期间, 国庆长假): when something happens, not a deadline."""
    return bool(m["hol_p"]) and not (m["pre"] in _BY_SUFFIX or m["hedge"])


#: a month of a named year, this one or a past one ("今年4月份", "2024年4月")
_YEAR_MONTH = re.compile(r"(?:((?:19|20)\d\d)|今)年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月")


def _of_year_named_before(norm: str, start: int, due: date, pub: date, named_by: re.Pattern[str] = _YEAR_MONTH) -> date | None:
    """A month without a year, rolled into next year, keeps the year of a dated month written
    before it in its sentence ("今年4月份开工建设,计划9月20日完工": this September, printed in
    November, so past: None); with ``named_by`` :data:`_YEAR_PERIOD`, a half, quarter or season
    without a year keeps the year of one written before it ("该工程2016年上半年设计,下半年施工",
    printed in 2017: the second half of 2016, past: None)."""
    sentence_start = max(norm.rfind(c, 0, start) for c in "。!！?？;；\n") + 1
    named = next(reversed(list(named_by.finditer(norm, sentence_start, start))), None)  # the last
    if named is None:
        return due
    year = int(named.group(1)) if named.group(1) else pub.year
    if year >= due.year:
        return due
    try:
        moved = due.replace(year=year)
    except ValueError:  # 29 February
        return None
    return moved if moved >= pub else None


#: a phrase that names its own year ("2016年下半年", "明年一季度")
_YEAR_IN_PHRASE = re.compile(r"\d{2,4}\s*年|[今明去前后次翌本]年|[〇零一二三四五六七八九]{4}年")
#: a half, quarter or season of a named year ("2016年上半年", "2016年春季")
_YEAR_PERIOD = re.compile(r"((?:19|20)\d\d)\s*年\s*(?:上半年|下半年|[一二三四]季度|第[一二三四]季度|春季|夏季|秋季|冬季)")


def _candidate(
    norm: str, text: str, m: re.Match[str], pub: date | None, prev_end: int, period_end: int
) -> Deadline | None:
    """Turn one grammar match into a Deadline, or None when the context rules it out.
    ``prev_end`` is where the previous grammar match ended and ``period_end`` where the
    last holiday period did (-1 if none)."""
    # the alternative's group closes last unless a suffix (前, 左右) follows it
    if m.re is EVENT:
        kind = "ev"
    else:
        kind = m.lastgroup if m.lastgroup in _RESOLVERS else next(name for name in ALTERNATIVES if m.start(name) >= 0)
    phrase = m.group()
    if "次" in phrase or "翌" in phrase:
        prior = _prior_year(norm, m.start(), pub)
    else:
        prior = pub.year if pub else None
    clause_at = m.start()
    clause_before = norm[_clause_start(norm, clause_at) : clause_at]
    token = _FORWARD.set(bool(m["pre"] or _FORWARD_BEFORE.search(clause_before)))
    try:
        resolved = _RESOLVERS[kind](m, pub, prior)
        if resolved is None and kind in RANGES:
            single = SINGLE_GRAMMAR.match(norm, m.start())
            if single is None:
                return None
            m = single
            kind = next(name for name in ALTERNATIVES if name not in RANGES and m.start(name) >= 0)
            resolved = _RESOLVERS[kind](m, pub, prior)
    finally:
        _FORWARD.reset(token)
    if resolved is None:
        return None
    start, end = m.span()
    if kind == "fyp" and m["fyp_q"] and start > 0 and norm[start - 1] in QUOTE_OPEN:
        start -= 1  # “十四五”期间: the opening quote belongs to the phrase
    if kind == "hol" and m["hol_qc"]:  # a quoted name: take in the opening quote
        if start == 0 or norm[start - 1] not in QUOTE_OPEN:
            return None
        start -= 1
    if period_end >= 0 and PERIOD_GLOSS.fullmatch(norm, period_end, start):
        return None  # the dates of a holiday period just named: 元旦期间(12月30日至1月1日)
    before = norm[max(0, start - 8) : start]
    if BEFORE_PAST.search(before) or BEFORE_RECURRING.search(before):
        return None
    if (
        kind != "du"
        and ("至" in before or "到" in before)
        and _lasts_until(norm, m, before, prev_end)
    ):
        return None  # (a duration after 至 is a length: 时限压缩至3个工作日以内)
    after = AFTER_NOT.match(norm, end)
    if after and (not after.group().endswith("开始") or BEFORE_FROM.search(before)):
        return None
    if kind == "du" and BEFORE_LOOKBACK.search(before):
        return None
    if (
        kind == "hol"
        and not (m["pre"] or m["hedge"] or m["hol_p"])
        and not BEFORE_AT.search(before)
        and not _FINISHED_BY.match(norm, end)  # "预计国庆节建成通车": the holiday is when it is done
    ):
        return None
    if "《" in text[max(0, start - 120) : start] and _inside_book_title(text, start, end):
        return None
    if "历" in before and BEFORE_LUNAR.search(before):
        return None  # a lunar phrase the lunar branch could not read
    due, precision = resolved
    if due is not None and pub is not None and due.year == pub.year + 1 and "年" not in phrase and kind != "fyp":
        due = _of_year_named_before(norm, start, due, pub)  # (None: that date has passed)
        if due is None:
            return None
    if (due is not None and pub is not None and precision in ("half", "quarter", "season")
            and not _YEAR_IN_PHRASE.search(phrase)):
        due = _of_year_named_before(norm, start, due, pub, _YEAR_PERIOD)  # (None: that period has passed)
        if due is None:
            return None
    if due is not None and pub is not None and due < pub and not _ALLOW_PAST.get():
        return None
    approximate = bool(m["hedge"])
    if kind == "du" and not approximate:
        approximate = bool((cn_number(m["du_n"]) or (0, False))[1])
    if not approximate:  # (the clause before the phrase, read above unless a quote moved its start)
        clause = clause_before if start == clause_at else norm[_clause_start(norm, start) : start]
        approximate = bool(clause and HEDGE_WORDS.search(clause))
    return Deadline(text[start:end], due, approximate, start, end, precision)


def find_deadlines(text: str, published: date | None = None) -> list[Deadline]:
    """Every time expression in ``text`` that could be a deadline, in text order.

    Phrases that need the publication date to resolve (本月底, 3天内, a month without a
    year) come back with ``due=None`` when ``published`` is None. Never raises.
    """
    if not isinstance(text, str) or not text:
        return []
    pub = published if isinstance(published, date) else None
    if isinstance(pub, datetime):
        pub = pub.date()
    norm = text.translate(NORMALIZE) if NEEDS_NORMALIZE.search(text) else text
    found: list[Deadline] = []
    prev_end = period_end = -1
    for m in _with_events(norm, GRAMMAR.finditer(norm)):
        try:
            deadline = _candidate(norm, text, m, pub, prev_end, period_end)
        except (_Past, ValueError, OverflowError, ArithmeticError, LookupError):
            deadline = None
        prev_end = m.end()
        if m.re is not EVENT and _is_period(m):
            period_end = prev_end
        if deadline is not None:
            found.append(deadline)
    return _drop_bare_years(norm, found) if len(found) > 1 else found


_SENTENCE_STOP = re.compile(r"[。!！?？;；\n]")


def _with_events(norm: str, matches: Iterator[re.Match[str]]) -> Iterator[re.Match[str]]:
    """The grammar's matches, with "<event>前" phrases (:data:`EVENT`) in text order on a page
    that names an event; a grammar match inside an event's phrase ("2022年" of
    "2022年亚运会前") gives way to it."""
    if EVENT_HINT.search(norm) is None:
        return matches
    events = [e for e in EVENT.finditer(norm) if e["pre"]]
    if not events:
        return matches
    kept = [m for m in matches if not any(e.start() < m.end() and m.start() < e.end() for e in events)]
    return iter(sorted([*kept, *events], key=lambda m: m.start()))


def _drop_bare_years(norm: str, found: list[Deadline]) -> list[Deadline]:
    """A bare 今年/明年 only anchors a more precise date in its sentence ("今年…将于7月上旬公布"):
    then it is no deadline of its own. (One pass: phrases are grouped by sentence, in order.)"""
    groups: list[list[Deadline]] = []
    for d in found:
        if groups and not _SENTENCE_STOP.search(norm, groups[-1][-1].end, d.start):
            groups[-1].append(d)
        else:
            groups.append([d])
    keep = []
    for group in groups:
        if len(group) == 1 or not any(d.expr in BARE_YEARS for d in group):
            keep.extend(group)  # nothing to drop: no counting
            continue
        undated = sum(1 for d in group if d.due is None)
        last = {d.due.year: i for i, d in enumerate(group) if d.due is not None}  # each year's last phrase
        days: set[int] = set()  # years a day was named in before
        for i, d in enumerate(group):
            # a bare year anchors a date of its year written after it; one after the precise date
            # is a deadline of its own ("A将于今年5月竣工,B也将于今年完工") unless that was a day (a
            # stamp or an event)
            if d.expr in BARE_YEARS and (d.due is None or undated > 0 or last[d.due.year] > i or d.due.year in days):
                continue
            if d.due is not None and d.precision == "day":
                days.add(d.due.year)
            keep.append(d)
    return keep


def find_deadline(text: str, published: date | None = None) -> Deadline | None:
    """The first deadline in text order with a due date (not before ``published``), else
    the first one without a due date, else None. Never raises."""
    found = find_deadlines(text, published)
    if not found and ("去年" in text or "前年" in text):
        # a phrase alone naming a past period still resolves ("去年底", "去年10月")
        token = _ALLOW_PAST.set(True)
        try:
            found = find_deadlines(text, published)
        finally:
            _ALLOW_PAST.reset(token)
    dated = [d for d in found if d.due is not None]
    if len(dated) > 1:
        return _answering_step(text, dated)
    if dated:
        return dated[0]
    if len(found) > 1:
        return _answering_step(text, found)  # no publication date: still the finishing step
    return found[0] if found else None


_CLAUSE_END = re.compile(r"[,，;；。!！?？\n]")


def _answering_step(text: str, dated: list[Deadline]) -> Deadline:
    """Of several dated steps ("8月下旬开工,2023年底前建成"), the one that finishes the work:
    the latest whose own clause finishes something rather than starts it; a bare season
    ("冬季施工") gives way to a real date."""

    def act(d: Deadline) -> str:
        m = _CLAUSE_END.search(text, d.end)
        return text[d.end : m.start() if m else len(text)]

    finishing = [d for d in dated if FINISH_ACT.search(act(d)) and not START_ACT.match(act(d).lstrip("前底内左右"))]
    pool = finishing or dated
    firm = [d for d in pool if d.precision != "season"] or pool
    return max(firm, key=lambda d: (d.due or date.min, -d.start)) if finishing else firm[0]
