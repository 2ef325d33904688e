"""Exports of tracked items: CSV (UTF-8 with BOM), XLSX, JSON and iCalendar.

:func:`export_items` collects the items matching a filter (with sources and timeline) and
writes them in one format to a binary stream; it returns how many items were written. A
selection is a filter too: ``ItemFilter(ids=(…))``. :func:`export_file` does the same into a
file, refusing unsafe targets and writing atomically (see :mod:`.target`).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import BinaryIO, Literal

from inquiry_tracker.services.clock import Clock, system_today
from inquiry_tracker.services.exports.collect import ExportRecord, collect
from inquiry_tracker.services.exports.ics import REMIND_DAYS, write_ics
from inquiry_tracker.services.exports.tabular import write_csv, write_json, write_xlsx
from inquiry_tracker.services.exports.target import ExportError, check_target, write_atomically
from inquiry_tracker.services.listing import ItemFilter
from inquiry_tracker.store import Database
from inquiry_tracker.store.queries import Order

Format = Literal["csv", "xlsx", "json", "ics"]
FORMATS: tuple[Format, ...] = ("csv", "xlsx", "json", "ics")

__all__ = ["FORMATS", "ExportError", "ExportRecord", "Format", "collect", "export_file", "export_items"]


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


def export_file(
    db: Database,
    fmt: Format,
    target: Path,
    f: ItemFilter | None = None,
    *,
    order: Order = "due",
    descending: bool = False,
    clock: Clock = system_today,
    remind_days: int = REMIND_DAYS,
) -> int:
    """:func:`export_items` into the file ``target``: refused (:class:`ExportError`) onto the
    open database, any SQLite file or a read-only file; written whole or not at all."""
    check_target(db, target)
    buf = io.BytesIO()
    count = export_items(db, fmt, buf, f, order=order, descending=descending, clock=clock,
                         remind_days=remind_days)
    write_atomically(target, buf.getvalue())
    return count
