"""Holiday dates, lunar conversion and the clamped date arithmetic behind deadlines."""

from __future__ import annotations

from datetime import date
from typing import get_args

import pytest

from inquiry_tracker.extract.holidays import (
    HOLIDAY_NAMES,
    HolidayKey,
    add_months,
    add_workdays,
    holiday_date,
    lunar_to_solar,
    month_end,
    qingming,
    safe_date,
    solar_to_lunar,
    week_day,
)

D = date


@pytest.mark.parametrize(
    ("key", "year", "expected"),
    [
        ("spring", 2020, D(2020, 1, 25)),
        ("spring", 2021, D(2021, 2, 12)),
        ("spring", 2022, D(2022, 2, 1)),
        ("spring", 2023, D(2023, 1, 22)),
        ("spring", 2024, D(2024, 2, 10)),
        ("spring", 2025, D(2025, 1, 29)),
        ("lantern", 2021, D(2021, 2, 26)),
        ("lantern", 2024, D(2024, 2, 24)),
        ("dragon", 2020, D(2020, 6, 25)),
        ("dragon", 2021, D(2021, 6, 14)),
        ("dragon", 2022, D(2022, 6, 3)),
        ("dragon", 2023, D(2023, 6, 22)),
        ("dragon", 2024, D(2024, 6, 10)),
        ("midautumn", 2020, D(2020, 10, 1)),
        ("midautumn", 2021, D(2021, 9, 21)),
        ("midautumn", 2022, D(2022, 9, 10)),
        ("midautumn", 2023, D(2023, 9, 29)),
        ("midautumn", 2024, D(2024, 9, 17)),
        ("newyear", 2021, D(2021, 1, 1)),
        ("labour", 2021, D(2021, 5, 1)),
        ("national", 2021, D(2021, 10, 1)),
        ("qingming", 2019, D(2019, 4, 5)),
        ("qingming", 2020, D(2020, 4, 4)),
        ("qingming", 2021, D(2021, 4, 4)),
        ("qingming", 2022, D(2022, 4, 5)),
        ("qingming", 2023, D(2023, 4, 5)),
        ("qingming", 2024, D(2024, 4, 4)),
        ("qingming", 2025, D(2025, 4, 4)),
    ],
)
def test_holiday_date(key: HolidayKey, year: int, expected: date) -> None:
    assert holiday_date(key, year) == expected


def test_every_holiday_has_names_and_dates() -> None:
    assert set(HOLIDAY_NAMES.values()) == set(get_args(HolidayKey))
    for key in get_args(HolidayKey):
        assert holiday_date(key, 2024) is not None
    assert HOLIDAY_NAMES["十一"] == "national"
    assert HOLIDAY_NAMES["五一劳动节"] == "labour"


@pytest.mark.parametrize("year", [0, 1899, 2100, 9999, 10000])
def test_lunar_holiday_out_of_range_is_none(year: int) -> None:
    assert holiday_date("spring", year) is None
    assert holiday_date("midautumn", year) is None


def test_qingming_outside_the_formula_range() -> None:
    assert qingming(1999) == D(1999, 4, 5)
    assert qingming(2100) == D(2100, 4, 5)


def test_lunar_to_solar() -> None:
    assert lunar_to_solar(2021, 9, 24) == D(2021, 10, 29)
    assert lunar_to_solar(2023, 2, 1) == D(2023, 2, 20)
    assert lunar_to_solar(2023, 1, 30) is None  # 正月 2023 has 29 days
    assert lunar_to_solar(2021, 13, 1) is None
    assert lunar_to_solar(2021, 0, 1) is None
    assert lunar_to_solar(1899, 1, 1) is None
    assert lunar_to_solar(2021, 1, 0) is None


def test_solar_to_lunar() -> None:
    assert solar_to_lunar(D(2021, 10, 29)) == (2021, 9, 24)
    assert solar_to_lunar(D(2020, 1, 25)) == (2020, 1, 1)
    assert solar_to_lunar(D(1900, 1, 1)) is None
    assert solar_to_lunar(D(2200, 1, 1)) is None


@pytest.mark.parametrize(
    ("year", "month", "expected"),
    [
        (2020, 2, D(2020, 2, 29)),
        (2021, 2, D(2021, 2, 28)),
        (2100, 2, D(2100, 2, 28)),
        (2000, 2, D(2000, 2, 29)),
        (2020, 12, D(2020, 12, 31)),
        (2020, 13, D(2021, 1, 31)),
        (2020, 14, D(2021, 2, 28)),
        (2021, 4, D(2021, 4, 30)),
    ],
)
def test_month_end(year: int, month: int, expected: date) -> None:
    assert month_end(year, month) == expected


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (D(2020, 1, 31), 1, D(2020, 2, 29)),
        (D(2021, 1, 31), 1, D(2021, 2, 28)),
        (D(2020, 2, 29), 12, D(2021, 2, 28)),
        (D(2020, 2, 29), 48, D(2024, 2, 29)),
        (D(2023, 12, 20), 1, D(2024, 1, 20)),
        (D(2020, 8, 31), 3, D(2020, 11, 30)),
        (D(2020, 5, 8), 0, D(2020, 5, 8)),
    ],
)
def test_add_months(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


@pytest.mark.parametrize(
    ("start", "count", "expected"),
    [
        # Saturday 2020-05-09 was a make-up working day (调休) after the May Day holiday
        (D(2020, 5, 8), 1, D(2020, 5, 9)),
        (D(2020, 5, 8), 3, D(2020, 5, 12)),
        (D(2020, 5, 8), 5, D(2020, 5, 14)),
        (D(2020, 5, 8), 15, D(2020, 5, 28)),
        # 国庆 2021: Oct 1–7 off, Saturday Oct 9 worked
        (D(2021, 9, 28), 5, D(2021, 10, 11)),
        # 端午 2021: Monday Jun 14 off
        (D(2021, 6, 10), 3, D(2021, 6, 16)),
        # 春节 2021: Feb 11–17 off
        (D(2021, 2, 9), 3, D(2021, 2, 19)),
        # a year the official calendar does not cover: Monday–Friday without fixed holidays
        (D(2031, 9, 30), 1, D(2031, 10, 8)),
        (D(2020, 5, 11), 4, D(2020, 5, 15)),  # Mon → Fri
        (D(2020, 5, 11), 5, D(2020, 5, 18)),
        (D(2020, 2, 29), 1, D(2020, 3, 2)),  # Sat → Mon
        (D(2020, 2, 29), 5, D(2020, 3, 6)),
        (D(2020, 3, 1), 6, D(2020, 3, 9)),  # Sun
        (D(2023, 12, 20), 3, D(2023, 12, 25)),
        (D(2023, 12, 20), 0, D(2023, 12, 20)),
    ],
)
def test_add_workdays(start: date, count: int, expected: date) -> None:
    assert add_workdays(start, count) == expected


@pytest.mark.parametrize(
    ("anchor", "ahead", "weekday", "expected"),
    [
        (D(2020, 5, 8), 0, 6, D(2020, 5, 10)),
        (D(2020, 5, 8), 1, 6, D(2020, 5, 17)),
        (D(2020, 5, 8), 0, 5, D(2020, 5, 9)),
        (D(2020, 5, 10), 0, 6, D(2020, 5, 10)),  # a Sunday is the end of its own week
        (D(2023, 12, 20), 1, 0, D(2023, 12, 25)),
        (D(2020, 2, 29), 0, 6, D(2020, 3, 1)),
    ],
)
def test_week_day(anchor: date, ahead: int, weekday: int, expected: date) -> None:
    assert week_day(anchor, ahead, weekday) == expected


def test_safe_date() -> None:
    assert safe_date(2020, 2, 29) == D(2020, 2, 29)
    assert safe_date(2021, 2, 29) is None
    assert safe_date(2021, 4, 31) is None
    assert safe_date(10000, 1, 1) is None
    assert safe_date(2021, 0, 1) is None
