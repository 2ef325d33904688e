"""Calendar facts for deadlines: Chinese holidays, lunar dates and clamped date arithmetic.

Solar holidays have fixed dates (元旦 Jan 1, 劳动节 May 1, 国庆 Oct 1); 清明 is the solar
term, computed with the usual 21st-century formula (Apr 4 or 5); 春节, 元宵, 端午 and 中秋
are lunar and come from the ``lunardate`` calendar tables (years 1900–2099).

:func:`month_end`, :func:`add_months`, :func:`add_workdays` and :func:`week_day` do the
date arithmetic deadlines need, clamping to real dates (Jan 31 + 1 month → Feb 28/29).
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache
from typing import Literal, NamedTuple

from dateutil.relativedelta import relativedelta
from lunardate import LunarDate

HolidayKey = Literal[
    "spring", "lantern", "newyear", "qingming", "labour", "dragon", "midautumn", "national"
]

#: Holiday names as printed → the holiday they name.
HOLIDAY_NAMES: dict[str, HolidayKey] = {
    "春节": "spring",
    "元宵": "lantern",
    "元宵节": "lantern",
    "元旦": "newyear",
    "清明": "qingming",
    "清明节": "qingming",
    "五一": "labour",
    "劳动节": "labour",
    "五一劳动节": "labour",
    "国际劳动节": "labour",
    "五一国际劳动节": "labour",
    "端午": "dragon",
    "端午节": "dragon",
    "中秋": "midautumn",
    "中秋节": "midautumn",
    "国庆": "national",
    "国庆节": "national",
    "十一": "national",
}

_SOLAR: dict[HolidayKey, tuple[int, int]] = {
    "newyear": (1, 1),
    "labour": (5, 1),
    "national": (10, 1),
}
_LUNAR: dict[HolidayKey, tuple[int, int]] = {
    "spring": (1, 1),
    "lantern": (1, 15),
    "dragon": (5, 5),
    "midautumn": (8, 15),
}


def _from_solar(day: date) -> LunarDate:
    """``LunarDate.from_solar_date`` (named ``fromSolarDate`` before lunardate 0.3)."""
    convert = getattr(LunarDate, "from_solar_date", None) or LunarDate.fromSolarDate
    result: LunarDate = convert(day.year, day.month, day.day)
    return result


@lru_cache(maxsize=4096)
def lunar_to_solar(year: int, month: int, day: int) -> date | None:
    """The solar date of a (non-leap) lunar date, or None when it does not exist or is
    outside the calendar's range."""
    try:
        lunar = LunarDate(year, month, day)
        convert = getattr(lunar, "to_solar_date", None) or lunar.toSolarDate
        solar: date = convert()
        back = _from_solar(solar)
    except Exception:  # lunardate raises ValueError; be safe with other releases too
        return None
    leap = bool(getattr(back, "is_leap_month", False))
    if (back.year, back.month, back.day, leap) != (year, month, day, False):
        return None  # e.g. the 30th of a 29-day month, which lunardate rolls over silently
    return solar


@lru_cache(maxsize=4096)
def solar_to_lunar(day: date) -> tuple[int, int, int] | None:
    """(lunar year, month, day) of a solar date; None outside the calendar's range."""
    try:
        lunar = _from_solar(day)
    except Exception:
        return None
    if not (1900 <= lunar.year < 2100 and 1 <= lunar.month <= 12 and 1 <= lunar.day <= 30):
        return None  # lunardate answers nonsense outside its tables instead of raising
    return lunar.year, lunar.month, lunar.day


def qingming(year: int) -> date:
    """The 清明 solar term (Apr 4 or 5) by the standard formula for 2000–2099; Apr 5 elsewhere."""
    if not 2000 <= year <= 2099:
        return date(year, 4, 5)
    y = year % 100
    return date(year, 4, int(y * 0.2422 + 4.81) - y // 4)


def holiday_date(key: HolidayKey, year: int) -> date | None:
    """The first day of ``key`` in ``year`` (the lunar year for lunar holidays)."""
    if not 1 <= year <= 9999:
        return None
    if key in _SOLAR:
        month, day = _SOLAR[key]
        return date(year, month, day)
    if key == "qingming":
        return qingming(year)
    month, day = _LUNAR[key]
    return lunar_to_solar(year, month, day)


# ---------------------------------------------------------------------------------------
# Date arithmetic for deadlines: clamp to real dates instead of raising.


@lru_cache(maxsize=4096)
def month_end(year: int, month: int) -> date:
    """The last day of a month (``month`` may run past 12; it rolls into later years)."""
    return date(year, 1, 1) + relativedelta(months=month - 1, day=31)


def safe_date(year: int, month: int, day: int) -> date | None:
    """``date(year, month, day)`` or None when that day does not exist."""
    try:
        return date(year, month, day)
    except (ValueError, OverflowError):
        return None


def add_months(start: date, months: int) -> date:
    """``start`` plus whole months, clamped to the month's end (Jan 31 + 1 → Feb 28/29)."""
    return start + relativedelta(months=months)


#: fixed-date days off used where the official calendar has no data (years it does not cover)
_FALLBACK_OFF = {(1, 1), (5, 1), (5, 2), (5, 3), (10, 1), (10, 2), (10, 3), (10, 4), (10, 5), (10, 6), (10, 7)}


def is_official_workday(day: date) -> bool:
    """Is ``day`` a working day by the State Council calendar of its year?

    The calendar comes from the ``chinesecalendar`` package (public holidays off, 调休
    make-up days on). For a year it does not cover, the fallback is Monday–Friday without
    元旦, 劳动节 (May 1–3), 国庆 (Oct 1–7) and the first three days of 春节."""
    try:
        import chinese_calendar

        return bool(chinese_calendar.is_workday(day))
    except (NotImplementedError, ImportError):
        pass
    if day.weekday() > 4 or (day.month, day.day) in _FALLBACK_OFF:
        return False
    spring = holiday_date("spring", day.year)
    return not (spring is not None and 0 <= (day - spring).days < 3)


def add_workdays(start: date, count: int) -> date:
    """The ``count``-th official working day after ``start`` (see :func:`is_official_workday`)."""
    day = start
    left = min(max(count, 0), 3660)
    while left:
        day += timedelta(days=1)
        if is_official_workday(day):
            left -= 1
    return day


def week_day(anchor: date, weeks_ahead: int, weekday: int) -> date:
    """Day ``weekday`` (0 = Monday … 6 = Sunday) of the week ``weeks_ahead`` after ``anchor``'s."""
    monday = anchor - timedelta(days=anchor.weekday())
    return monday + timedelta(days=7 * weeks_ahead + weekday)


# ---------------------------------------------------------------------------------------
# Big events a deadline may be set by ("大运会前": the day before it opens).


class Opening(NamedTuple):
    """One scheduled opening of an event: where (the host as printed: province, city or
    region), the opening day, and the day a later schedule replaced it (None while it stands)."""

    hosts: tuple[str, ...]
    day: date
    replaced_on: date | None = None


#: Each event's openings in time order (the official opening days; a postponed one keeps its
#: first date for pages printed before the postponement was announced).
EVENT_OPENINGS: dict[str, tuple[Opening, ...]] = {
    "asian_games": (
        Opening(("广州", "广东"), date(2010, 11, 12)),
        Opening(("杭州", "浙江"), date(2022, 9, 10), date(2022, 5, 6)),
        Opening(("杭州", "浙江"), date(2023, 9, 23)),
    ),
    "universiade": (
        Opening(("北京",), date(2001, 8, 22)),
        Opening(("深圳", "广东"), date(2011, 8, 12)),
        Opening(("成都", "四川"), date(2021, 8, 18), date(2021, 5, 6)),
        Opening(("成都", "四川"), date(2022, 6, 26), date(2022, 5, 6)),
        Opening(("成都", "四川"), date(2023, 7, 28)),
    ),
    "olympics": (Opening(("北京",), date(2008, 8, 8)),),
    "winter_olympics": (Opening(("北京", "张家口", "河北"), date(2022, 2, 4)),),
    "youth_olympics": (Opening(("南京", "江苏"), date(2014, 8, 16)),),
    "world_expo": (Opening(("上海",), date(2010, 5, 1)),),
    "military_games": (Opening(("武汉", "湖北"), date(2019, 10, 18)),),
    "national_games": (
        Opening(("山东", "济南"), date(2009, 10, 16)),
        Opening(("辽宁", "沈阳"), date(2013, 8, 31)),
        Opening(("天津",), date(2017, 8, 27)),
        Opening(("陕西", "西安"), date(2021, 9, 15)),
        Opening(("广东", "广州", "深圳", "粤港澳"), date(2025, 11, 9)),
    ),
    "horticultural_expo": (
        Opening(("西安", "陕西"), date(2011, 4, 28)),
        Opening(("唐山", "河北"), date(2016, 4, 29)),
        Opening(("北京",), date(2019, 4, 29)),
    ),
    "asian_winter_games": (
        Opening(("长春", "吉林"), date(2007, 1, 28)),
        Opening(("哈尔滨", "黑龙江"), date(2025, 2, 7)),
    ),
    "world_games": (Opening(("成都", "四川"), date(2025, 8, 7)),),
    "g20_summit": (Opening(("杭州", "浙江"), date(2016, 9, 4)),),
}

#: Event names as printed → (the event, the year of the one it names, when the name says).
EVENT_NAMES: dict[str, tuple[str, int | None]] = {
    "亚运会": ("asian_games", None),
    "亚运": ("asian_games", None),
    "大运会": ("universiade", None),
    "世界大学生运动会": ("universiade", None),
    "世界大学生夏季运动会": ("universiade", None),
    "奥运会": ("olympics", None),
    "冬奥会": ("winter_olympics", None),
    "冬季奥运会": ("winter_olympics", None),
    "青奥会": ("youth_olympics", None),
    "世博会": ("world_expo", None),
    "军运会": ("military_games", None),
    "世界军人运动会": ("military_games", None),
    "全运会": ("national_games", None),
    "全国运动会": ("national_games", None),
    "十一运": ("national_games", 2009),
    "十二运": ("national_games", 2013),
    "十三运": ("national_games", 2017),
    "十四运": ("national_games", 2021),
    "十五运": ("national_games", 2025),
    "世园会": ("horticultural_expo", None),
    "亚冬会": ("asian_winter_games", None),
    "世运会": ("world_games", None),
    "G20峰会": ("g20_summit", None),
}


def event_opening(name: str, host: str | None, year: int | None, published: date | None) -> date | None:
    """The opening day of the event ``name`` (a key of :data:`EVENT_NAMES`) a page printed on
    ``published`` looks forward to: of those held by ``host`` and in ``year`` when given, the
    first scheduled at the time that opens on or after that day. Without a publication date
    only a single matching opening answers."""
    key, named_year = EVENT_NAMES[name]
    year = year or named_year
    openings = [o for o in EVENT_OPENINGS[key] if host is None or host in o.hosts]
    if year is not None:
        openings = [o for o in openings if o.day.year == year] or openings
    if published is None:
        return openings[0].day if len(openings) == 1 else None
    return next((o.day for o in openings
                 if o.day >= published and (o.replaced_on is None or published < o.replaced_on)), None)
