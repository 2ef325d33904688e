"""The services' notion of "today", injectable so tests can move time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Clock = Callable[[], date]


def system_today() -> date:
    """Today's date on this computer."""
    return date.today()


def fixed(day: date) -> Clock:
    """A clock stuck on ``day`` (for tests and reproducible exports)."""
    return lambda: day
