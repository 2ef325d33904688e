"""The one filter type between services and store: :class:`ItemFilter`, as people state a
listing (statuses in any vocabulary, overdue, due within N days, text), and the item lists
it selects. The store turns it into its own query on the day given (progress needs "today").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.orm import Session

from inquiry_tracker.store import queries
from inquiry_tracker.store.errors import InvalidChangeError
from inquiry_tracker.store.queries import ORDERS, ItemQuery, Order
from inquiry_tracker.store.records import ItemRecord
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


def _query(
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


def item_ids(session: Session, f: ItemFilter, today: date, *, order: Order = "due", descending: bool = False) -> list[int]:
    """Ids of the items ``f`` selects on ``today``, in display order."""
    return queries.item_ids(session, _query(f, today, order=order, descending=descending))


def count_items(session: Session, f: ItemFilter, today: date) -> int:
    """How many items ``f`` selects on ``today``."""
    return queries.count_items(session, _query(f, today))


def list_items(
    session: Session,
    f: ItemFilter,
    today: date,
    *,
    order: Order = "due",
    descending: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> tuple[list[ItemRecord], int]:
    """One page of the items ``f`` selects on ``today`` and the number of matches."""
    return queries.list_items(session, _query(f, today, order=order, descending=descending, limit=limit, offset=offset))
