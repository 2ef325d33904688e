"""Detail lookups: an item's timeline, sources and suggestions, a source's text, departments
and filter values — all as plain records."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any, Literal

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from inquiry_tracker.citation import printed_page
from inquiry_tracker.store.errors import NotFoundError
from inquiry_tracker.store.models import (
    Department,
    DepartmentAlias,
    FollowUp,
    Item,
    ItemSource,
    Source,
    Suggestion,
)
from inquiry_tracker.store.queries import MAX_KEY, aware, get_item
from inquiry_tracker.store.records import (
    DepartmentRecord,
    FollowUpRecord,
    ItemDetail,
    SourceRecord,
    SourceRef,
    SuggestionRecord,
)


def follow_up_record(f: FollowUp) -> FollowUpRecord:
    """An ORM follow-up as a plain record."""
    return FollowUpRecord(
        id=f.id,
        item_id=f.item_id,
        kind=f.kind,
        created_at=aware(f.created_at),
        author=f.author,
        note=f.note,
        evidence_url=f.evidence_url,
        evidence_file=f.evidence_file,
        verdict_from=f.verdict_from,
        verdict_to=f.verdict_to,
        due_from=f.due_from,
        due_to=f.due_to,
        announced_in=f.announced_in,
        assignee_to=f.assignee_to,
        value_from=f.value_from,
        value_to=f.value_to,
        replaces_id=f.replaces_id,
    )


def follow_ups_of(session: Session, item_ids_: Sequence[int]) -> dict[int, list[FollowUpRecord]]:
    """Timelines of several items, oldest entry first."""
    out: dict[int, list[FollowUpRecord]] = defaultdict(list)
    for chunk_start in range(0, len(item_ids_), 500):
        chunk = list(item_ids_[chunk_start : chunk_start + 500])
        rows = session.execute(
            select(FollowUp).where(FollowUp.item_id.in_(chunk)).order_by(FollowUp.created_at, FollowUp.id)
        ).scalars()
        for f in rows:
            out[f.item_id].append(follow_up_record(f))
    return out


def sources_of(session: Session, item_ids_: Sequence[int]) -> dict[int, list[SourceRef]]:
    """Where each item is printed, first-imported source first."""
    out: dict[int, list[SourceRef]] = defaultdict(list)
    for chunk_start in range(0, len(item_ids_), 500):
        chunk = list(item_ids_[chunk_start : chunk_start + 500])
        rows = session.execute(
            select(ItemSource, Source)
            .join(Source, Source.id == ItemSource.source_id)
            .where(ItemSource.item_id.in_(chunk))
            .order_by(ItemSource.item_id, Source.id)
        ).all()
        for span, src in rows:
            out[span.item_id].append(
                SourceRef(
                    source_id=src.id,
                    outlet=src.outlet,
                    title=src.title,
                    published=src.published,
                    published_basis=src.published_basis,
                    origin=src.origin,
                    sha256=src.sha256,
                    start=span.start,
                    end=span.end,
                    page=printed_page(src.text),
                )
            )
    return out


def get_item_detail(session: Session, item_id: int) -> ItemDetail:
    """An item with its sources, timeline and suggestions."""
    item = get_item(session, item_id)
    suggestions = [
        SuggestionRecord(s.id, s.item_id, s.source_id, s.score, s.state, s.excerpt, aware(s.created_at),
                         s.stance, s.new_due, s.event_date)
        for s in session.execute(
            select(Suggestion).where(Suggestion.item_id == item_id).order_by(Suggestion.id)
        ).scalars()
    ]
    return ItemDetail(
        item=item,
        sources=sources_of(session, [item_id]).get(item_id, []),
        follow_ups=follow_ups_of(session, [item_id]).get(item_id, []),
        suggestions=suggestions,
    )


def get_source(session: Session, source_id: int) -> SourceRecord:
    """One document with its full text."""
    src = session.get(Source, source_id) if 0 < source_id <= MAX_KEY else None
    if src is None:
        raise NotFoundError("来源", "source", source_id)
    count = session.execute(select(func.count()).where(ItemSource.source_id == source_id)).scalar_one()
    return SourceRecord(
        id=src.id,
        sha256=src.sha256,
        origin=src.origin,
        fmt=src.fmt,
        encoding=src.encoding,
        outlet=src.outlet,
        title=src.title,
        published=src.published,
        published_basis=src.published_basis,
        text=src.text,
        imported_at=aware(src.imported_at),
        item_count=int(count),
    )


def list_departments(session: Session) -> list[DepartmentRecord]:
    """Every department with its aliases, by name."""
    aliases: dict[int, list[str]] = defaultdict(list)
    for dept_id, alias in session.execute(select(DepartmentAlias.department_id, DepartmentAlias.alias)):
        aliases[dept_id].append(alias)
    return [
        DepartmentRecord(d.id, d.name, d.city, tuple(sorted(aliases[d.id])))
        for d in session.execute(select(Department).order_by(Department.name)).scalars()
    ]


def facet_values(session: Session, what: Literal["department", "outlet", "assignee"]) -> list[str]:
    """Distinct values for a filter drop-down."""
    stmt: Select[Any]
    if what == "department":
        col = func.coalesce(Department.name, Item.department)
        stmt = select(col).select_from(Item).outerjoin(Department, Department.id == Item.department_id)
    elif what == "outlet":
        stmt = select(Source.outlet).select_from(Source)
    else:
        stmt = select(Item.assignee).select_from(Item)
    values = session.execute(stmt.distinct()).scalars()
    return sorted(v for v in values if v)
