"""Exports of tracked items: CSV (UTF-8 with BOM), XLSX, JSON and iCalendar.

:func:`export_items` collects the items matching a filter (with sources and timeline) and
writes them in one format to a binary stream; it returns how many items were written. A
selection is a filter too: ``ItemFilter(ids=(…))``.
"""

from __future__ import annotations

from typing import BinaryIO, Literal

from inquiry_tracker.services.clock import Clock, system_today
from inquiry_tracker.services.exports.collect import ExportRecord, collect
from inquiry_tracker.services.exports.ics import REMIND_DAYS, write_ics
from inquiry_tracker.services.exports.tabular import write_csv, write_json, write_xlsx
from inquiry_tracker.services.listing import ItemFilter
from inquiry_tracker.store import Database
from inquiry_tracker.store.queries import Order

Format = Literal["csv", "xlsx", "json", "ics"]
FORMATS: tuple[Format, ...] = ("csv", "xlsx", "json", "ics")

__all__ = ["FORMATS", "ExportRecord", "Format", "collect", "export_items"]


def export_items(
    db: Database,
    fmt: Format,
    out: BinaryIO,
    f: ItemFilter | None = None,
    *,
    order: Order = "due",
    descending: bool = False,
    clock: Clock = system_today,
    remind_days: int = REMIND_DAYS,
) -> int:
    """Write the items matching ``f`` to ``out`` in ``fmt`` and ``order`` (as
    :func:`~inquiry_tracker.services.find_item_ids` sorts); returns the number of items."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format: {fmt}")
    records = collect(db, f, order=order, descending=descending, clock=clock)
    if fmt == "csv":
        write_csv(records, out)
    elif fmt == "xlsx":
        write_xlsx(records, out)
    elif fmt == "json":
        write_json(records, out)
    elif fmt == "ics":
        return write_ics(records, out, remind_days)
    else:
        raise ValueError(f"unknown export format: {fmt}")
    return len(records)
