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
from typing import Literal

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
