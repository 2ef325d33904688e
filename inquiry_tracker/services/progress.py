"""Progress of an item against today — computed, never stored.

``closed`` when the verdict is final (kept, partial, broken, unverifiable, withdrawn);
otherwise ``no_deadline`` without a due date, ``overdue`` once the due date has passed,
``due_soon`` within :data:`DUE_SOON_DAYS` days, else ``not_due``. A moved deadline (延期)
replaces the item's due date, so the new date counts.
"""

from __future__ import annotations

from datetime import date

from inquiry_tracker.store.records import ItemRecord
from inquiry_tracker.vocab import DUE_SOON_DAYS, FINAL_VERDICTS, Progress


def progress_of(due: date | None, verdict: str, today: date) -> Progress:
    """The progress state of an item with this due date and verdict."""
    if verdict in FINAL_VERDICTS:
        return "closed"
    if due is None:
        return "no_deadline"
    if due < today:
        return "overdue"
    if (due - today).days <= DUE_SOON_DAYS:
        return "due_soon"
    return "not_due"


def item_progress(item: ItemRecord, today: date) -> Progress:
    """:func:`progress_of` for a stored item."""
    return progress_of(item.due, item.verdict, today)


def days_left(due: date | None, today: date) -> int | None:
    """Days until the due date (negative: days overdue); None without a due date."""
    return None if due is None else (due - today).days
