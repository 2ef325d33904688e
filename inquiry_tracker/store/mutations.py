"""Write-side helpers used inside one ``Database.write()`` session by the services.

They keep the invariants the schema cannot express: the version check of optimistic
locking, the department alias table, the search index and the timeline entries.
"""

from __future__ import annotations

import logging
from typing import Any, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from inquiry_tracker.store import search
from inquiry_tracker.store.errors import ConflictError, InvalidChangeError, NotFoundError
from inquiry_tracker.store.models import (
    Department,
    DepartmentAlias,
    FollowUp,
    Item,
    ItemSource,
    Source,
    Suggestion,
)
from inquiry_tracker.store.queries import MAX_KEY

log = logging.getLogger("inquiry_tracker.store")


def load_item(session: Session, item_id: int, expected_version: int | None = None) -> Item:
    """The item to change; :class:`ConflictError` when the caller's copy is stale."""
    item = session.get(Item, item_id, populate_existing=True) if 0 < item_id <= MAX_KEY else None
    if item is None:
        raise NotFoundError("条目", "item", item_id)
    if expected_version is not None and item.version != expected_version:
        raise ConflictError(item_id, f"version {expected_version} → {item.version}")
    return item


def resolve_merged(session: Session, item: Item) -> Item:
    """Follow ``merged_into`` links to the item that absorbed this one."""
    seen = {item.id}
    while item.review_state == "merged" and item.merged_into_id is not None:
        target = session.get(Item, item.merged_into_id)
        if target is None or target.id in seen:
            break
        seen.add(target.id)
        item = target
    return item


def has_due_change(session: Session, item_id: int) -> bool:
    """Whether the item's deadline was ever moved (延期) — its original date is then fixed."""
    stmt = select(FollowUp.id).where(FollowUp.item_id == item_id, FollowUp.kind == "due_change")
    return session.execute(stmt).first() is not None


def move_children(session: Session, keep_id: int, drop_id: int) -> None:
    """Give ``drop_id``'s spans, timeline and suggestions to ``keep_id`` (a merge); a span or a
    suggestion for a source the kept item already has is dropped, not doubled."""
    _move_per_source(session, ItemSource, keep_id, drop_id)
    for entry in session.execute(select(FollowUp).where(FollowUp.item_id == drop_id)).scalars().all():
        entry.item_id = keep_id
    _move_per_source(session, Suggestion, keep_id, drop_id)


def _move_per_source(session: Session, model: type[ItemSource] | type[Suggestion], keep_id: int, drop_id: int) -> None:
    """Rows (one per item and source) of ``drop_id`` moved to ``keep_id``; one for a source the
    kept item already has is dropped, not doubled."""
    held = set(session.execute(select(model.source_id).where(model.item_id == keep_id)).scalars())
    rows = cast("list[ItemSource | Suggestion]", list(session.execute(select(model).where(model.item_id == drop_id)).scalars()))
    for row in rows:
        if row.source_id in held:
            session.delete(row)
        else:
            row.item_id = keep_id


def resolve_department(session: Session, as_named: str | None, canonical: str | None, city: str = "") -> Department | None:
    """The department for a name as printed and its canonical form, created on first sight.

    An alias row records the printed name when it differs from the canonical one; a
    printed name already known as an alias maps to its department.
    """
    name = (canonical or as_named or "").strip()
    if not name:
        return None
    named = (as_named or "").strip()
    if named and named != name:
        alias = session.execute(
            select(DepartmentAlias).where(DepartmentAlias.alias == named, DepartmentAlias.city == city)
        ).scalar_one_or_none()
        if alias is not None and not canonical:
            return alias.department
    dept = session.execute(
        select(Department).where(Department.name == name, Department.city == city)
    ).scalar_one_or_none()
    if dept is None:
        # a bare 市/区/县-level name is not another city's office it once stood for
        alias = None if name[:1] in ("市", "区", "县") else session.execute(
            select(DepartmentAlias).where(DepartmentAlias.alias == name, DepartmentAlias.city == city)
        ).scalar_one_or_none()
        if alias is not None:
            dept = alias.department
        else:
            dept = Department(name=name, city=city)
            session.add(dept)
            session.flush()
    if named and named != dept.name:
        exists = session.execute(
            select(DepartmentAlias.id).where(DepartmentAlias.alias == named, DepartmentAlias.city == city)
        ).first()
        if exists is None:
            session.add(DepartmentAlias(department_id=dept.id, alias=named, city=city))
            session.flush()
    return dept


def add_follow_up(session: Session, item: Item, kind: str, **fields: Any) -> FollowUp:
    """Append a timeline entry to ``item``."""
    entry = FollowUp(item_id=item.id, kind=kind, **fields)
    session.add(entry)
    session.flush()
    return entry


def item_outlets(session: Session, item_id: int) -> list[str]:
    """Outlets of an item's sources, first-imported first, without repeats."""
    rows = session.execute(
        select(Source.outlet)
        .join(ItemSource, ItemSource.source_id == Source.id)
        .where(ItemSource.item_id == item_id)
        .order_by(Source.id)
    ).scalars()
    out: list[str] = []
    for outlet in rows:
        if outlet and outlet not in out:
            out.append(outlet)
    return out


def search_bodies(session: Session, item_ids: list[int]) -> dict[int, str]:
    """The searchable text of several items, as :func:`search.item_body` builds it."""
    outlets: dict[int, list[str]] = {i: [] for i in item_ids}
    for item_id, outlet in session.execute(
        select(ItemSource.item_id, Source.outlet)
        .join(Source, Source.id == ItemSource.source_id)
        .where(ItemSource.item_id.in_(item_ids))
        .order_by(Source.id)
    ):
        if outlet and outlet not in outlets[item_id]:
            outlets[item_id].append(outlet)
    rows = session.execute(
        select(Item.id, Item.subject, Item.question, Item.reply, Item.statement, Item.department, Department.name)
        .outerjoin(Department, Department.id == Item.department_id)
        .where(Item.id.in_(item_ids))
    )
    return {row[0]: search.search_body([*row[1:], *outlets[row[0]]]) for row in rows}


def reindex_item(session: Session, item: Item) -> None:
    """Refresh the search entry of ``item`` from its current fields and sources."""
    session.flush()
    search.set_index(session, item.id, search.item_body(item, item_outlets(session, item.id)))


def standing_entry(session: Session, follow_up_id: int) -> FollowUp:
    """A timeline entry that has not been corrected or withdrawn (to set right now)."""
    entry = session.get(FollowUp, follow_up_id) if 0 < follow_up_id <= MAX_KEY else None
    if entry is None:
        raise NotFoundError("跟进记录", "timeline entry", follow_up_id)
    replaced = session.execute(select(FollowUp.id).where(FollowUp.replaces_id == follow_up_id)).first()
    if replaced is not None:
        raise InvalidChangeError(
            f"记录 #{follow_up_id} 已被更正或撤回 / entry #{follow_up_id} was already corrected or withdrawn"
        )
    return entry


def changed_later(session: Session, entry: FollowUp, kinds: tuple[str, ...]) -> bool:
    """Whether a later, still standing entry of ``kinds`` changed the same thing as ``entry``."""
    later = session.execute(
        select(FollowUp.id).where(FollowUp.item_id == entry.item_id, FollowUp.id > entry.id, FollowUp.kind.in_(kinds))
    ).scalars().all()
    if not later:
        return False
    set_right = set(
        session.execute(select(FollowUp.replaces_id).where(FollowUp.replaces_id.in_(later))).scalars()
    )
    return any(i not in set_right for i in later)
