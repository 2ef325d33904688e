"""Read-side queries: filtered, paged item lists and item details as plain dataclasses.

Lists are asked for with an :class:`~inquiry_tracker.store.filters.ItemFilter` (the one filter
type services, CLI, GUI and exports use) and the day to judge progress on: it is a parameter,
so the services' injectable clock decides what is overdue (the same rule as
:func:`services.progress.progress_of`). The filter becomes this module's own query
(:class:`_ItemQuery`) here and nowhere else.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, Literal, get_args

from sqlalchemy import (
    ColumnElement,
    Select,
    SQLColumnExpression,
    and_,
    case,
    collate,
    false,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy.orm import Session

from inquiry_tracker.store import search
from inquiry_tracker.store.errors import NotFoundError
from inquiry_tracker.store.filters import ItemFilter, split_statuses
from inquiry_tracker.store.models import (
    Department,
    DepartmentAlias,
    Item,
    ItemSource,
    Source,
)
from inquiry_tracker.store.records import (
    ItemRecord,
)
from inquiry_tracker.vocab import (
    DUE_MAX,
    DUE_SOON_DAYS,
    FINAL_VERDICTS,
    KIND_LABELS,
    KINDS,
    REVIEW_STATES,
    VERDICTS,
    VISIBLE_STATES,
    parse_term,
)

Order = Literal[
    "due",
    "recent",
    "updated",
    "id",
    "kind",
    "subject",
    "department",
    "deadline_expr",
    "days_left",
    "verdict",
    "assignee",
    "outlet",
    "published",
]
#: the largest key an INTEGER id column holds on every back-end (PostgreSQL's is 32-bit): a
#: larger id cannot exist, and looking it up would be an error on PostgreSQL, not "not found"
MAX_KEY = 2**31 - 1
#: every order :func:`item_ids` understands
ORDERS: tuple[Order, ...] = get_args(Order)


@dataclass(frozen=True, slots=True)
class _ItemQuery:
    """Which items to list, as this module queries them (built from an :class:`ItemFilter` by
    :func:`_query`). Empty tuples and None mean "no filter on this"."""

    kinds: tuple[str, ...] = ()
    review_states: tuple[str, ...] = VISIBLE_STATES
    verdicts: tuple[str, ...] = ()
    #: computed progress values (see :mod:`inquiry_tracker.vocab`); needs ``today``
    progress: tuple[str, ...] = ()
    #: a name (substring of the printed, canonical or alias name); "" means "no department"
    department: str | None = None
    outlet: str | None = None
    assignee: str | None = None
    due_from: date | None = None
    due_to: date | None = None
    #: items with at least one source published in this range (inclusive)
    published_from: date | None = None
    published_to: date | None = None
    text: str | None = None
    ids: tuple[int, ...] | None = None
    today: date | None = None
    order: Order = "due"
    descending: bool = False
    limit: int | None = None
    offset: int = 0


def aware(ts: datetime) -> datetime:
    """SQLite gives back naive timestamps; every stored timestamp is UTC."""
    return ts if ts.tzinfo is not None else ts.replace(tzinfo=UTC)


def progress_condition(progress: str, today: date) -> ColumnElement[bool]:
    """SQL for one progress value against ``today`` (mirrors services.progress)."""
    final = Item.verdict.in_(sorted(FINAL_VERDICTS))
    open_ = Item.verdict.not_in(sorted(FINAL_VERDICTS))
    soon = today + timedelta(days=DUE_SOON_DAYS)
    if progress == "closed":
        return final
    if progress == "no_deadline":
        return and_(open_, Item.due.is_(None))
    if progress == "overdue":
        return and_(open_, Item.due < today)
    if progress == "due_soon":
        return and_(open_, Item.due >= today, Item.due <= soon)
    if progress == "not_due":
        return and_(open_, Item.due > soon)
    raise ValueError(f"unknown progress state: {progress}")


def _department_condition(name: str) -> ColumnElement[bool]:
    dept_ids = select(Department.id).where(
        or_(
            Department.name.contains(name, autoescape=True),
            Department.id.in_(
                select(DepartmentAlias.department_id).where(DepartmentAlias.alias.contains(name, autoescape=True))
            ),
        )
    )
    return or_(Item.department.contains(name, autoescape=True), Item.department_id.in_(dept_ids))


def _no_department_condition() -> ColumnElement[bool]:
    """Items the scorecard files under 未注明: no canonical name and nothing printed."""
    blank_depts = select(Department.id).where(Department.name == "")
    return and_(
        or_(Item.department.is_(None), Item.department == ""),
        or_(Item.department_id.is_(None), Item.department_id.in_(blank_depts)),
    )


def _published_condition(start: date | None, end: date | None) -> ColumnElement[bool]:
    """Items with at least one source published in [start, end]."""
    conds = []
    if start is not None:
        conds.append(Source.published >= start)
    if end is not None:
        conds.append(Source.published <= end)
    return Item.id.in_(
        select(ItemSource.item_id).join(Source, Source.id == ItemSource.source_id).where(*conds)
    )


def _where(session: Session, q: _ItemQuery) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if q.ids is not None:
        conds.append(Item.id.in_(q.ids) if q.ids else false())
    if q.kinds:
        conds.append(Item.kind.in_(q.kinds))
    if q.review_states:
        conds.append(Item.review_state.in_(q.review_states))
    if q.verdicts:
        conds.append(Item.verdict.in_(q.verdicts))
    if q.progress:
        today = q.today or date.today()
        conds.append(or_(*(progress_condition(p, today) for p in q.progress)))
    if q.department == "":
        conds.append(_no_department_condition())
    elif q.department:
        conds.append(_department_condition(q.department))
    if q.outlet:
        conds.append(
            Item.id.in_(
                select(ItemSource.item_id)
                .join(Source, Source.id == ItemSource.source_id)
                .where(Source.outlet.contains(q.outlet, autoescape=True))
            )
        )
    if q.assignee:
        conds.append(Item.assignee == q.assignee)
    if q.due_from is not None:
        conds.append(Item.due >= q.due_from)
    if q.due_to is not None:
        conds.append(Item.due <= q.due_to)
    if q.published_from is not None or q.published_to is not None:
        conds.append(_published_condition(q.published_from, q.published_to))
    return conds


def _filtered(session: Session, stmt: Select[Any], q: _ItemQuery) -> Select[Any]:
    stmt = stmt.where(*_where(session, q))
    if q.text and q.text.strip():
        stmt = search.restrict(stmt, session.get_bind().dialect.name, q.text)
    return stmt


def _text_key(expr: SQLColumnExpression[Any], dialect: str) -> SQLColumnExpression[Any]:
    """Text compared by code point on both back-ends (SQLite's BINARY already does;
    PostgreSQL would otherwise use the database's locale)."""
    return collate(expr, "C") if dialect == "postgresql" else expr


def _rank(column: SQLColumnExpression[str], vocabulary: tuple[str, ...]) -> ColumnElement[int]:
    """A vocabulary word's position (kinds and verdicts sort in the vocabulary's order)."""
    return case({word: n for n, word in enumerate(vocabulary)}, value=column, else_=len(vocabulary))


def _first_outlet() -> ColumnElement[Any]:
    """The first outlet the table shows for an item (its lowest source id with one)."""
    return (
        select(Source.outlet)
        .join(ItemSource, ItemSource.source_id == Source.id)
        .where(ItemSource.item_id == Item.id, Source.outlet.is_not(None), Source.outlet != "")
        .order_by(Source.id)
        .limit(1)
        .correlate(Item)
        .scalar_subquery()
    )


def _first_published() -> ColumnElement[Any]:
    """An item's earliest source date (what :func:`items_by_ids` calls ``published``)."""
    return (
        select(func.min(Source.published))
        .join(ItemSource, ItemSource.source_id == Source.id)
        .where(ItemSource.item_id == Item.id)
        .correlate(Item)
        .scalar_subquery()
    )


#: rank: never blank; date: blank is NULL; text: blank is NULL or ""; named: text never ""
SortKind = Literal["rank", "date", "text", "named"]


def _sort_key(stmt: Select[Any], order: Order) -> tuple[Select[Any], SQLColumnExpression[Any], SortKind]:
    """(statement with any join the key needs, key, what kind of key) for a column order
    (the due date and id orders are handled by :func:`_ordered` itself)."""
    if order == "published":
        return stmt, _first_published(), "date"
    if order == "kind":
        return stmt, _rank(Item.kind, KINDS), "rank"
    if order == "verdict":
        return stmt, _rank(Item.verdict, VERDICTS), "rank"
    if order == "subject":
        return stmt, Item.subject, "text"
    if order == "deadline_expr":
        return stmt, Item.deadline_expr, "text"
    if order == "assignee":
        return stmt, Item.assignee, "text"
    if order == "department":  # canonical, else as printed
        stmt = stmt.outerjoin(Department, Department.id == Item.department_id)
        return stmt, func.coalesce(func.nullif(Department.name, ""), Item.department), "text"
    if order == "outlet":
        return stmt, _first_outlet(), "named"
    raise ValueError(f"unknown order: {order!r} (one of: {', '.join(ORDERS)})")


def _ordered(
    stmt: Select[Any],
    order: Order,
    descending: bool = False,
    dialect: str = "sqlite",
    id_col: SQLColumnExpression[Any] = Item.id,
    due_col: SQLColumnExpression[Any] = Item.due,
) -> Select[Any]:
    """``stmt`` in ``order`` (reversed when ``descending``), ties by ascending id.

    Blank values (NULL, and "" for text) come last in both directions. Text compares by
    code point on both back-ends, so Chinese sorts by Unicode order, not by pinyin.
    ``id_col``/``due_col`` stand for the item's id and due date when ``stmt`` reads them
    from another table (PostgreSQL's search rows).
    """
    if order == "recent":
        return stmt.order_by(id_col.asc() if descending else id_col.desc())
    if order == "updated":
        if descending:
            return stmt.order_by(Item.updated_at.asc(), Item.id.asc())
        return stmt.order_by(Item.updated_at.desc(), Item.id.desc())
    if order == "id":
        return stmt.order_by(id_col.desc() if descending else id_col.asc())
    if order in ("due", "days_left"):
        return stmt.order_by((due_col.desc() if descending else due_col.asc()).nulls_last(), id_col.asc())
    stmt, key, kind = _sort_key(stmt, order)
    if kind == "rank":
        return stmt.order_by(key.desc() if descending else key.asc(), Item.id.asc())
    if kind in ("date", "named"):
        key = _text_key(key, dialect) if kind == "named" else key
        return stmt.order_by((key.desc() if descending else key.asc()).nulls_last(), Item.id.asc())
    blank = case((or_(key.is_(None), key == literal("")), 1), else_=0)
    text_key = _text_key(key, dialect)
    return stmt.order_by(blank, text_key.desc() if descending else text_key.asc(), Item.id.asc())


def _visible_hits(session: Session, q: _ItemQuery, ordered: bool) -> Select[Any] | None:
    """The everyday search on PostgreSQL — text only, visible items, ordered (if ``ordered``)
    by due date or id — answered from the search table alone; None for any other query."""
    if session.get_bind().dialect.name != "postgresql" or not _text_and_state_only(q):
        return None
    if set(q.review_states) != set(VISIBLE_STATES) or (ordered and q.order not in ("due", "days_left", "id", "recent")):
        return None
    assert q.text is not None
    stmt = search.pg_visible_hits(q.text)
    if stmt is None or not ordered:
        return stmt
    return _ordered(stmt, q.order, q.descending, "postgresql", id_col=search.HIT_ID, due_col=search.HIT_DUE)


def _paged(stmt: Select[Any], q: _ItemQuery) -> Select[Any]:
    if q.limit is not None:
        stmt = stmt.limit(q.limit)
    return stmt.offset(q.offset) if q.offset else stmt


def _item_ids(session: Session, q: _ItemQuery) -> list[int]:
    """Ids of the matching items in display order, honouring ``limit``/``offset``."""
    hits = _visible_hits(session, q, ordered=True)
    if hits is not None:
        return list(session.connection().execute(_paged(hits, q)).scalars())
    dialect = session.get_bind().dialect.name
    stmt = _ordered(_filtered(session, select(Item.id), q), q.order, q.descending, dialect)
    return list(session.connection().execute(_paged(stmt, q)).scalars())  # Core rows: 100,000 ids in ~half the time


def _text_and_state_only(q: _ItemQuery) -> bool:
    return bool(
        q.text
        and q.review_states
        and q.ids is None
        and not (q.kinds or q.verdicts or q.progress or q.department or q.outlet or q.assignee)
        and q.due_from is None
        and q.due_to is None
        and q.published_from is None
        and q.published_to is None
    )


def _count_items(session: Session, q: _ItemQuery) -> int:
    """How many items match (ignores paging).

    A plain text search (the keystroke case) is counted in the search index, minus the
    few matching items in hidden review states, instead of joining every match; on
    PostgreSQL the visible hits are counted in the search table alone.
    """
    hits = _visible_hits(session, q, ordered=False)
    if hits is not None:
        return int(session.execute(select(func.count()).select_from(hits.subquery())).scalar_one())
    if _text_and_state_only(q):
        assert q.text is not None
        in_index = search.count_matches(session, q.text)
        if in_index is not None:
            others = [state for state in REVIEW_STATES if state not in q.review_states]
            hidden = search.restrict(
                select(func.count(Item.id)).select_from(Item).where(Item.review_state.in_(others)),
                session.get_bind().dialect.name,
                q.text,
            )
            return in_index - int(session.execute(hidden).scalar_one())
    stmt = _filtered(session, select(func.count(Item.id)).select_from(Item), q)
    return int(session.execute(stmt).scalar_one())


def items_by_ids(session: Session, ids: Sequence[int]) -> list[ItemRecord]:
    """Records of the given items, in the order of ``ids`` (missing ids are skipped).

    Plain rows, not ORM objects: a page of records is built on every keystroke."""
    out: dict[int, ItemRecord] = {}
    for chunk_start in range(0, len(ids), 500):
        chunk = list(ids[chunk_start : chunk_start + 500])
        rows = session.execute(
            select(*_RECORD_HEAD, Department.name, *_RECORD_TAIL)
            .outerjoin(Department, Department.id == Item.department_id)
            .where(Item.id.in_(chunk))
        ).all()
        spans = session.execute(
            select(ItemSource.item_id, Source.outlet, Source.published)
            .join(Source, Source.id == ItemSource.source_id)
            .where(ItemSource.item_id.in_(chunk))
            .order_by(ItemSource.item_id, Source.id)
        ).all()
        outlets: dict[int, list[str]] = defaultdict(list)
        published: dict[int, date] = {}
        counts: dict[int, int] = defaultdict(int)
        for item_id, outlet, pub in spans:
            counts[item_id] += 1
            if outlet and outlet not in outlets[item_id]:
                outlets[item_id].append(outlet)
            if pub is not None and (item_id not in published or pub < published[item_id]):
                published[item_id] = pub
        for row in rows:
            item_id = row[0]
            out[item_id] = to_record(row, tuple(outlets[item_id]), published.get(item_id), counts[item_id])
    return [out[i] for i in ids if i in out]


def _list_items(session: Session, q: _ItemQuery) -> tuple[list[ItemRecord], int]:
    """One page of matching items and the total number of matches.

    The everyday PostgreSQL search counts its hits in the same scan that pages them."""
    hits = _visible_hits(session, q, ordered=True)
    if hits is not None:
        rows = session.execute(_paged(hits.add_columns(func.count().over()), q)).all()
        if rows:
            return items_by_ids(session, [row[0] for row in rows]), int(rows[0][1])
    return items_by_ids(session, _item_ids(session, q)), _count_items(session, q)


def _query(
    f: ItemFilter,
    today: date,
    *,
    order: Order = "due",
    descending: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> _ItemQuery:
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
    return _ItemQuery(
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
    return _item_ids(session, _query(f, today, order=order, descending=descending))


def count_items(session: Session, f: ItemFilter, today: date) -> int:
    """How many items ``f`` selects on ``today``."""
    return _count_items(session, _query(f, today))


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
    return _list_items(session, _query(f, today, order=order, descending=descending, limit=limit, offset=offset))


#: the items columns an :class:`ItemRecord` is built from, in its field order (the
#: canonical department name is selected between ``department`` and ``deadline_expr``)
_RECORD_HEAD = (Item.id, Item.kind, Item.review_state, Item.merged_into_id, Item.subject, Item.question,
                Item.reply, Item.statement, Item.department)
_RECORD_TAIL = (Item.deadline_expr, Item.due, Item.due_precision, Item.original_due, Item.approximate,
                Item.conditional, Item.confidence, Item.verdict, Item.verdict_on, Item.assignee, Item.fingerprint,
                Item.version, Item.created_at, Item.updated_at)


def to_record(row: Sequence[Any], outlets: tuple[str, ...] = (), published: date | None = None, count: int = 0) -> ItemRecord:
    """A row of ``_RECORD_HEAD + (department name,) + _RECORD_TAIL`` as a plain record
    (unpacked by position: a page of records is built on every keystroke)."""
    (item_id, kind, state, merged_into, subject, question, reply, statement, department, canonical, expr, due,
     precision, original_due, approximate, conditional, confidence, verdict, verdict_on, assignee, fingerprint,
     version, created_at, updated_at) = row
    return ItemRecord(
        item_id, kind, state, merged_into, subject, question, reply, statement, department, canonical, expr, due,
        precision, original_due, bool(approximate), bool(conditional), float(confidence), verdict, verdict_on,
        assignee, fingerprint, version, aware(created_at), aware(updated_at), outlets, published, count,
    )


def get_item(session: Session, item_id: int) -> ItemRecord:
    """One item's record, or :class:`NotFoundError`."""
    found = items_by_ids(session, [item_id]) if 0 < item_id <= MAX_KEY else []
    if not found:
        raise NotFoundError("条目", "item", item_id)
    return found[0]
