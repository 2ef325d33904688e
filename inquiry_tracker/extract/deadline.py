"""Deadline phrases in Chinese news → due dates ("计划5月底开放" → 2020-05-31).

:func:`find_deadlines` lists every time expression in a text that could be a deadline (a
future commitment time), in text order; :func:`find_deadline` picks the best one. The due
date is the *last* day of the period named (DESIGN.md, "Deadline conventions"):

- absolute dates and periods: ``2021年5月20日``, ``2021-05-20``, ``二〇二一年五月底``,
  ``5月中旬``, ``今年8月``, ``明年上半年``, ``三季度``, ``明年春季``, ``2021年底前``;
- relative ones, resolved against the publication date: ``本月底``, ``下个月``, ``本周内``,
  ``年底``, a month without a year (the nearest one not earlier than the publication
  month), holidays (``春节前`` → the day before the next 春节), durations (``15个工作日内``);
- ranges (``5至6月``, ``12月至次年1月``) → the end of the later period;
- ``approximate`` for 左右/前后/上下 after the phrase or a hedge word (预计, 力争, …) earlier
  in its clause.

Not returned: vague words (尽快, 近期), past markers (截至…, 已于…, 自…起/以来), starts
(6月起, 春节后), dates before the publication date, phrases inside 《…》, bare years,
look-back windows (前7天内), times of day.

Decided conventions beyond DESIGN.md:

- a day, part-month or month with no year that falls in the month just before the
  publication month is read as that recent month (news reports "3月31日…" on Apr 6 about
  the past), so it is dropped as past; every other month follows the nearest-not-earlier
  rule;
- ``<holiday>期间/假期/黄金周`` → the last day of the usual official break (春节/国庆 7
  days, 劳动节 5, 元宵 1, others 3); a bare holiday name counts only after 于/在/到/至;
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
from collections.abc import Callable
from datetime import date, datetime, timedelta

from inquiry_tracker.extract.holidays import (
    HOLIDAY_NAMES,
    HolidayKey,
    add_months,
    add_workdays,
    holiday_date,
    holiday_end,
    lunar_to_solar,
    month_end,
    safe_date,
    solar_to_lunar,
    week_day,
)
from inquiry_tracker.extract.model import Deadline, Precision
from inquiry_tracker.extract.timewords import (
    AFTER_NOT,
    ALTERNATIVES,
    BEFORE_AT,
    BEFORE_FROM,
    BEFORE_LOOKBACK,
    BEFORE_LUNAR,
    BEFORE_PAST,
    BEFORE_RECURRING,
    CLAUSE_MARKS,
    GRAMMAR,
    HEDGE_WORDS,
    NEEDS_NORMALIZE,
    NORMALIZE,
    RANGES,
    SINGLE_GRAMMAR,
    cn_number,
)

__all__ = ["find_deadline", "find_deadlines"]

_REL_OFFSET = {"今": 0, "本": 0, "明": 1, "次": 1, "翌": 1, "来": 1, "后": 2, "去": -1, "前": -2}
_XUN_DAY = {"上旬": 10, "初": 10, "中旬": 20, "中": 20, "上中旬": 20}
_SEASON_END = {"春": 5, "夏": 8, "秋": 11}
_WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "末": 6}


class _Past(Exception):
    """The phrase names a past time (去年…, 上月…): drop it."""


# ---------------------------------------------------------------------------------------
# Resolution helpers. Each returns (due, precision); due None = needs the publication date.

Resolved = tuple[date | None, Precision]


def _num(text: str | None) -> int | None:
    if not text:
        return None
    value = cn_number(text)
    return value[0] if value else None


def _explicit_year(m: re.Match[str], p: str, pub: date | None) -> int | None:
    """The year a phrase names (numeric or relative to ``pub``); None if none or unknown.

    Raises :class:`_Past` for 去年/前年, which are always past.
    """
    y = m.group(f"{p}y")
    if y:
        return _num(y)
    r = m.group(f"{p}r")
    if r:
        if _REL_OFFSET[r] < 0:
            raise _Past
        return pub.year + _REL_OFFSET[r] if pub else None
    return None


def _has_year(m: re.Match[str], p: str) -> bool:
    return bool(m.group(f"{p}y") or m.group(f"{p}r"))


def _month_year(month: int, pub: date, recent: bool) -> int:
    """The year of the nearest ``month`` not earlier than the publication month; with
    ``recent``, the month just before the publication month is read as the recent one."""
    if recent and (pub.month - month) % 12 == 1:
        return pub.year if month < pub.month else pub.year - 1
    return pub.year if month >= pub.month else pub.year + 1


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
    if season == "冬":
        return pub.year - 1 if pub.month <= 2 else pub.year
    return pub.year if _SEASON_END[season] >= pub.month else pub.year + 1


def _quarter_year(quarter: int, pub: date) -> int:
    return pub.year if quarter * 3 >= pub.month else pub.year + 1


def _year_part(year: int, part: str) -> Resolved:
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


def _r_iso(m: re.Match[str], pub: date | None) -> Resolved | None:
    found = safe_date(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]))
    return (found, "day") if found else None


def _r_ma(m: re.Match[str], pub: date | None) -> Resolved | None:
    month = _num(m["ma_m"]) or 0
    day = _num(m["ma_d"])
    year = _explicit_year(m, "ma", pub)
    if year is None:
        if _has_year(m, "ma") or pub is None:
            return None, "day" if day is not None else ("xun" if m["ma_x"] else "month")
        year = _month_year(month, pub, recent=True)
    return _in_month(year, month, day, m["ma_x"])


def _range_end_year(
    m: re.Match[str], first: str, last: str, m1: int, m2: int, pub: date | None
) -> int | None:
    """The year of a range's end: its own, the start's (+1 across New Year), or the rule."""
    y2 = m.group(f"{last}y")
    r2 = m.group(f"{last}r")
    if y2:
        return _num(y2)
    start_year = _explicit_year(m, first, pub)
    if r2 in ("次", "翌"):
        if start_year is None:
            if pub is None or _has_year(m, first):
                return None
            start_year = _month_year(m1, pub, recent=True)
        return start_year + 1
    if r2:
        return _explicit_year(m, last, pub)
    if start_year is not None:
        return start_year + (1 if m2 < m1 else 0)
    if pub is None or _has_year(m, first):
        return None
    return _month_year(m2, pub, recent=True)


def _r_rm(m: re.Match[str], pub: date | None) -> Resolved | None:
    m1 = _num(m["rm_m1"]) or 0
    m2 = _num(m["rm_m2"]) or 0
    year = _range_end_year(m, "rm1", "rm2", m1, m2, pub)
    day = _num(m["rm_d2"])
    if year is None:
        return None, "day" if day is not None else ("xun" if m["rm_x2"] else "month")
    return _in_month(year, m2, day, m["rm_x2"])


def _r_rd(m: re.Match[str], pub: date | None) -> Resolved | None:
    m1 = _num(m["rd_m1"]) or 0
    if m["rd_m3"]:
        m2 = _num(m["rd_m3"]) or 0
        year = _range_end_year(m, "rd1", "rd3", m1, m2, pub)
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
    year = _range_end_year(m, "rd1", "rd2", m1, m2, pub)
    if year is None:
        return None, "day"
    return _in_month(year, m2, d2, None)


def _r_rq(m: re.Match[str], pub: date | None) -> Resolved | None:
    q1 = _num(m["rq_q1"]) or 0
    q2 = _num(m["rq_q2"]) or 0
    if q2 <= q1:
        return None
    year = _explicit_year(m, "rq", pub)
    if year is None:
        if _has_year(m, "rq") or pub is None:
            return None, "quarter"
        year = _quarter_year(q2, pub)
    return month_end(year, q2 * 3), "quarter"


def _r_yp(m: re.Match[str], pub: date | None) -> Resolved | None:
    if m["yp_y"] == "" and m["ypr"]:
        return None  # 明年前 and the like: too loose
    year = _explicit_year(m, "yp", pub)
    resolved = _yp_period(m, 2000 if year is None else year)
    return (None, resolved[1]) if year is None else resolved


def _yp_period(m: re.Match[str], year: int) -> Resolved:
    season = m["yp_s"]
    quarter = _num(m["yp_q"])
    if season:
        return _season_end(year, season), "season"
    if quarter:
        return month_end(year, quarter * 3), "quarter"
    if m["yp_h"]:
        return _year_part(year, m["yp_h"])
    return _year_part(year, "年" + (m["yp_p"] or "底"))


def _r_bp(m: re.Match[str], pub: date | None) -> Resolved | None:
    part = m["bp_p"]
    if pub is None:
        return None, _year_part(2000, part)[1]
    return _year_part(pub.year, part)


def _r_bq(m: re.Match[str], pub: date | None) -> Resolved | None:
    quarter = _num(m["bq_q"]) or 0
    if pub is None:
        return None, "quarter"
    return month_end(_quarter_year(quarter, pub), quarter * 3), "quarter"


def _r_bs(m: re.Match[str], pub: date | None) -> Resolved | None:
    season = m["bs_s"]
    if pub is None:
        return None, "season"
    return _season_end(_season_year(season, pub), season), "season"


def _r_rmo(m: re.Match[str], pub: date | None) -> Resolved | None:
    day = _num(m["rmo_d"])
    xun = m["rmo_x"]
    if pub is None:
        return None, "day" if day is not None else ("xun" if xun else "month")
    first = add_months(pub.replace(day=1), 0 if m["rmo_w"] in ("本", "这个") else 1)
    return _in_month(first.year, first.month, day, xun)


def _r_wk(m: re.Match[str], pub: date | None) -> Resolved | None:
    named = m["wk_d"]
    precision: Precision = "day" if named and named != "末" else "xun"
    if pub is None:
        return None, precision
    ahead = 1 if m["wk_w"] == "下" else 0
    return week_day(pub, ahead, _WEEKDAY.get(named or "日", 6)), precision


def _r_bx(m: re.Match[str], pub: date | None) -> Resolved | None:
    if pub is None:
        return None, "xun"
    xun = m["bx_x"][1:] if m["bx_x"][0] == "月" else m["bx_x"]
    return _in_month(pub.year, pub.month, None, xun)


def _r_du(m: re.Match[str], pub: date | None) -> Resolved | None:
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


def _holiday_due(key: HolidayKey, year: int, mode: str) -> date | None:
    """``mode``: "before" (the day before), "on" (the day itself) or "end" (of the break)."""
    if mode == "end":
        return holiday_end(key, year)
    first = holiday_date(key, year)
    if first is None or mode == "on":
        return first
    return first - timedelta(days=1)


def _r_hol(m: re.Match[str], pub: date | None) -> Resolved | None:
    key = HOLIDAY_NAMES[m["hol_n"]]
    if m["pre"] in ("之前", "以前", "前夕", "前"):
        mode = "before"
    elif m["hedge"] or not m["hol_p"]:
        mode = "on"
    else:
        mode = "end"
    year = _explicit_year(m, "hol", pub)
    if year is not None:
        return _holiday_due(key, year, mode), "holiday"
    if _has_year(m, "hol") or pub is None:
        return None, "holiday"
    for candidate in range(pub.year - 1, pub.year + 3):  # the first one not before pub
        due = _holiday_due(key, candidate, mode)
        if due is not None and due >= pub:
            return due, "holiday"
    return None, "holiday"


_LUNAR_MONTH = {"正": 1, "冬": 11, "腊": 12}
_LUNAR_DAY = {"初十": 10, "二十": 20, "三十": 30}


def _r_lu(m: re.Match[str], pub: date | None) -> Resolved | None:
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


def _r_bd(m: re.Match[str], pub: date | None) -> Resolved | None:
    day = _num(m["bd_d"]) or 0
    if pub is None:
        return None, "day"
    found = safe_date(pub.year, pub.month, day)
    return (found, "day") if found else None


_RESOLVERS: dict[str, Callable[[re.Match[str], date | None], Resolved | None]] = {
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
}


# ---------------------------------------------------------------------------------------
# Context checks and the public API.


def _inside_book_title(text: str, start: int, end: int) -> bool:
    opened = text.rfind("《", max(0, start - 120), start)
    if opened < 0 or text.find("》", opened, start) >= 0:
        return False
    return text.find("》", end, end + 120) >= 0


def _clause_start(text: str, start: int) -> int:
    low = max(0, start - 120)
    return max(text.rfind(mark, low, start) for mark in CLAUSE_MARKS) + 1 or low


def _candidate(norm: str, text: str, m: re.Match[str], pub: date | None) -> Deadline | None:
    """Turn one grammar match into a Deadline, or None when the context rules it out."""
    kind = next(name for name in ALTERNATIVES if m.start(name) >= 0)
    resolved = _RESOLVERS[kind](m, pub)
    if resolved is None and kind in RANGES:
        single = SINGLE_GRAMMAR.match(norm, m.start())
        if single is None:
            return None
        m = single
        kind = next(name for name in ALTERNATIVES if name not in RANGES and m.start(name) >= 0)
        resolved = _RESOLVERS[kind](m, pub)
    if resolved is None:
        return None
    start, end = m.span()
    before = norm[max(0, start - 8) : start]
    if BEFORE_PAST.search(before) or BEFORE_RECURRING.search(before):
        return None
    after = AFTER_NOT.match(norm, end)
    if after and (not after.group().endswith("开始") or BEFORE_FROM.search(before)):
        return None
    if kind == "du" and BEFORE_LOOKBACK.search(before):
        return None
    if (
        kind == "hol"
        and not (m["pre"] or m["hedge"] or m["hol_p"])
        and not BEFORE_AT.search(before)
    ):
        return None
    if "《" in text and _inside_book_title(text, start, end):
        return None
    if "历" in before and BEFORE_LUNAR.search(before):
        return None  # a lunar phrase the lunar branch could not read
    due, precision = resolved
    if due is not None and pub is not None and due < pub:
        return None
    approximate = bool(m["hedge"])
    if kind == "du" and not approximate:
        approximate = bool((cn_number(m["du_n"]) or (0, False))[1])
    if not approximate:
        clause = norm[_clause_start(norm, start) : start]
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
    for m in GRAMMAR.finditer(norm):
        try:
            deadline = _candidate(norm, text, m, pub)
        except (_Past, ValueError, OverflowError, ArithmeticError, LookupError):
            continue
        if deadline is not None:
            found.append(deadline)
    return found


def find_deadline(text: str, published: date | None = None) -> Deadline | None:
    """The first deadline in text order with a due date (not before ``published``), else
    the first one without a due date, else None. Never raises."""
    found = find_deadlines(text, published)
    for deadline in found:
        if deadline.due is not None:
            return deadline
    return found[0] if found else None
