"""Finding items: filters as people state them (overdue, due within N days, status, text),
handed to the store as they are (:class:`ItemFilter` is the one filter type between services
and store), with progress computed against the injectable clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from inquiry_tracker.services.clock import Clock, system_today
from inquiry_tracker.services.progress import days_left, item_progress
from inquiry_tracker.store import Database, details, queries
from inquiry_tracker.store.filters import ItemFilter, split_statuses
from inquiry_tracker.store.queries import Order
from inquiry_tracker.store.records import ItemDetail, ItemRecord, SourceRecord
from inquiry_tracker.vocab import Progress

__all__ = ["ItemFilter", "ItemRow", "Page", "split_statuses"]


@dataclass(frozen=True, slots=True)
class ItemRow:
    """An item with its progress today and the days left (negative: overdue)."""

    item: ItemRecord
    progress: Progress
    days_left: int | None


@dataclass(frozen=True, slots=True)
class Page:
    """One page of rows and the total number of matches."""

    rows: list[ItemRow]
    total: int
    offset: int
    limit: int | None


def rows_for(records: list[ItemRecord], today: date) -> list[ItemRow]:
    """Records with their progress on ``today``."""
    return [ItemRow(r, item_progress(r, today), days_left(r.due, today)) for r in records]


def list_items(
    db: Database,
    f: ItemFilter = ItemFilter(),
    *,
    offset: int = 0,
    limit: int | None = 100,
    order: Order = "due",
    descending: bool = False,
    clock: Clock = system_today,
) -> Page:
    """One page of matching items (``limit=None``: all of them) in ``order``.

    ``order`` is a table column (kind, subject, department, deadline_expr, due, days_left,
    verdict, assignee, outlet, published) or recent/updated/id; see :func:`find_item_ids`.
    """
    today = clock()
    with db.read() as session:
        records, total = queries.list_items(session, f, today, order=order, descending=descending, limit=limit, offset=offset)
    return Page(rows_for(records, today), total, offset, limit)


def find_item_ids(
    db: Database,
    f: ItemFilter = ItemFilter(),
    *,
    order: Order = "due",
    descending: bool = False,
    clock: Clock = system_today,
) -> list[int]:
    """All matching ids in display order (for table models that fetch rows lazily).

    The database sorts: by ``order`` (a column key, see :data:`ORDERS`), reversed when
    ``descending``, ties by ascending id. Blank values (no due date, no assignee…) come
    last in both directions; days left sorts like the due date; department sorts by the
    canonical name, else as printed; outlet by the first outlet shown; published by the
    earliest source date; kind and verdict in the vocabulary's order; text by Unicode
    code point (not pinyin) on SQLite and PostgreSQL alike.
    """
    with db.read() as session:
        return queries.item_ids(session, f, clock(), order=order, descending=descending)


def rows_by_ids(db: Database, ids: list[int], *, clock: Clock = system_today) -> list[ItemRow]:
    """Rows for the given ids, in that order."""
    with db.read() as session:
        records = queries.items_by_ids(session, ids)
    return rows_for(records, clock())


def count_items(db: Database, f: ItemFilter = ItemFilter(), *, clock: Clock = system_today) -> int:
    """How many items match."""
    with db.read() as session:
        return queries.count_items(session, f, clock())


def get_item(db: Database, item_id: int, *, clock: Clock = system_today) -> tuple[ItemDetail, ItemRow]:
    """An item's details (sources, timeline, suggestions) and its row."""
    with db.read() as session:
        detail = details.get_item_detail(session, item_id)
    return detail, rows_for([detail.item], clock())[0]


def get_source(db: Database, source_id: int) -> SourceRecord:
    """A source document with its full text (to show an item's span in context)."""
    with db.read() as session:
        return details.get_source(session, source_id)


def facet_values(db: Database, what: str) -> list[str]:
    """Distinct departments, outlets or assignees for filter drop-downs."""
    if what not in ("department", "outlet", "assignee"):
        raise ValueError(what)
    with db.read() as session:
        return details.facet_values(session, what)  # type: ignore[arg-type]
