"""Finding items: filters as people state them (overdue, due within N days, status, text)
turned into store queries, with progress computed against the injectable clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from inquiry_tracker.services.clock import Clock, system_today
from inquiry_tracker.services.progress import days_left, item_progress
from inquiry_tracker.store import Database, InvalidChangeError, details, queries
from inquiry_tracker.store.queries import ORDERS, ItemQuery, Order
from inquiry_tracker.store.records import ItemDetail, ItemRecord, SourceRecord
from inquiry_tracker.vocab import (
    DUE_MAX,
    KIND_LABELS,
    PROGRESS,
    PROGRESS_LABELS,
    REVIEW_LABELS,
    REVIEW_STATES,
    VERDICT_LABELS,
    VERDICTS,
    VISIBLE_STATES,
    Progress,
    parse_term,
)


@dataclass(frozen=True, slots=True)
class ItemFilter:
    """What to list. ``statuses`` may mix progress, verdict and review-state names (or their
    Chinese labels); ``due_within`` means open items due between today and today + N days.

    ``department`` matches a substring of the printed, canonical or alias name; the empty
    string means items with no department (the scorecard's 未注明). ``published_from`` /
    ``published_to`` keep items with at least one source published in that range
    (inclusive). ``ids`` limits the listing to those items (an export of a selection).
    """

    kinds: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    department: str | None = None
    outlet: str | None = None
    assignee: str | None = None
    overdue: bool = False
    due_within: int | None = None
    due_from: date | None = None
    due_to: date | None = None
    published_from: date | None = None
    published_to: date | None = None
    text: str | None = None
    ids: tuple[int, ...] | None = None


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


def split_statuses(values: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Sort status words into (progress, verdicts, review states); unknown words raise."""
    progress: list[str] = []
    verdicts: list[str] = []
    reviews: list[str] = []
    for value in values:
        if (p := parse_term(value, PROGRESS_LABELS)) is not None:
            progress.append(p)
        elif (v := parse_term(value, VERDICT_LABELS)) is not None:
            verdicts.append(v)
        elif (r := parse_term(value, REVIEW_LABELS)) is not None:
            reviews.append(r)
        else:
            choices = ", ".join((*PROGRESS, *VERDICTS, *REVIEW_STATES))
            raise InvalidChangeError(f"未知状态 / unknown status '{value}' (one of: {choices})")
    return tuple(progress), tuple(verdicts), tuple(reviews)


def to_query(
    f: ItemFilter,
    today: date,
    *,
    order: Order = "due",
    descending: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> ItemQuery:
    """The store query for a filter on ``today`` (an unknown ``order`` raises ValueError)."""
    if order not in ORDERS:
        raise ValueError(f"unknown order: {order!r} (one of: {', '.join(ORDERS)})")
    progress, verdicts, reviews = split_statuses(f.statuses)
    kinds = tuple(parse_term(k, KIND_LABELS) or k for k in f.kinds)
    due_from, due_to = f.due_from, f.due_to
    progress_set = list(progress)
    if f.overdue:
        progress_set.append("overdue")
    if f.due_within is not None:
        progress_set.extend(p for p in ("due_soon", "not_due") if p not in progress_set)
        due_from = max(due_from, today) if due_from else today
        # no kept due date lies past DUE_MAX, so a longer window changes nothing (and cannot overflow)
        limit_day = today + timedelta(days=min(f.due_within, max((DUE_MAX - today).days, 0)))
        due_to = min(due_to, limit_day) if due_to else limit_day
    return ItemQuery(
        kinds=kinds,
        review_states=reviews or VISIBLE_STATES,
        verdicts=verdicts,
        progress=tuple(progress_set),
        department=f.department,
        outlet=f.outlet,
        assignee=f.assignee,
        due_from=due_from,
        due_to=due_to,
        published_from=f.published_from,
        published_to=f.published_to,
        text=f.text,
        ids=tuple(f.ids) if f.ids is not None else None,
        today=today,
        order=order,
        descending=descending,
        limit=limit,
        offset=offset,
    )


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
    q = to_query(f, today, order=order, descending=descending, limit=limit, offset=offset)
    with db.read() as session:
        records, total = queries.list_items(session, q)
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
        return queries.item_ids(session, to_query(f, clock(), order=order, descending=descending))


def rows_by_ids(db: Database, ids: list[int], *, clock: Clock = system_today) -> list[ItemRow]:
    """Rows for the given ids, in that order."""
    with db.read() as session:
        records = queries.items_by_ids(session, ids)
    return rows_for(records, clock())


def count_items(db: Database, f: ItemFilter = ItemFilter(), *, clock: Clock = system_today) -> int:
    """How many items match."""
    with db.read() as session:
        return queries.count_items(session, to_query(f, clock()))


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
