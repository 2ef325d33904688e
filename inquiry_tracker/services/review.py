"""The review inbox: accept, reject, edit and merge extracted items.

Every function runs in one transaction and returns :class:`Changes`. Passing the
``version`` the caller last saw makes a stale edit fail with :class:`ConflictError`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import date
from typing import Any

from inquiry_tracker.services.followup import check_due
from inquiry_tracker.services.results import Changes
from inquiry_tracker.store import Database, InvalidChangeError
from inquiry_tracker.store import search as search_index
from inquiry_tracker.store.mutations import (
    add_follow_up,
    has_due_change,
    load_item,
    move_children,
    reindex_item,
    resolve_department,
)
from inquiry_tracker.vocab import KINDS

log = logging.getLogger("inquiry_tracker.services")

#: fields a reviewer may edit directly
EDITABLE = frozenset(
    {"kind", "subject", "question", "reply", "statement", "department", "deadline_expr", "due", "approximate", "conditional"}
)


def _set_state(
    db: Database, ids: Iterable[int], state: str, note: str | None, author: str | None
) -> Changes:
    changed: list[int] = []
    notes: list[int] = []
    with db.write() as session:
        for item_id in ids:
            item = load_item(session, item_id)
            if item.review_state == state:
                continue
            if item.review_state == "merged":
                raise InvalidChangeError(f"条目 #{item_id} 已合并,不能再审核 / item #{item_id} was merged")
            old = item.review_state
            item.review_state = state
            entry = add_follow_up(session, item, "review", note=note, value_from=old, value_to=state, author=author)
            changed.append(item_id)
            notes.append(entry.id)
    return Changes(items=tuple(changed), follow_ups=tuple(notes), kinds=frozenset({"item.review", "follow_up.added"}) if changed else frozenset())


def accept(db: Database, ids: Iterable[int], *, author: str | None = None) -> Changes:
    """Accept items from the inbox (they become tracked)."""
    return _set_state(db, ids, "accepted", None, author)


def reject(db: Database, ids: Iterable[int], *, reason: str | None = None, author: str | None = None) -> Changes:
    """Reject items (false positives); they stay in the database, hidden."""
    return _set_state(db, ids, "rejected", reason, author)


def edit_item(
    db: Database,
    item_id: int,
    changes: dict[str, Any],
    *,
    expected_version: int | None = None,
    author: str | None = None,
) -> Changes:
    """Correct an item's fields (``EDITABLE``). A changed ``due`` here is a correction of the
    reading, not a postponement: use :func:`followup.change_due` for 延期."""
    unknown = set(changes) - EDITABLE
    if unknown:
        raise InvalidChangeError(f"不能编辑这些字段 / cannot edit: {', '.join(sorted(unknown))}")
    if "kind" in changes and changes["kind"] not in KINDS:
        raise InvalidChangeError(f"未知类型 / unknown kind: {changes['kind']}")
    if "due" in changes and changes["due"] is not None and not isinstance(changes["due"], date):
        raise InvalidChangeError("due must be a date or None")
    if "due" in changes:
        check_due(changes["due"])
    with db.write() as session:
        item = load_item(session, item_id, expected_version)
        touched = sorted(k for k, v in changes.items() if getattr(item, k) != v)
        if not touched:
            return Changes()
        had_due_change = has_due_change(session, item_id)
        # resolve first (it may flush), then change the item once: one version step per edit
        dept = resolve_department(session, changes["department"], None) if "department" in touched else None
        for key in touched:
            setattr(item, key, changes[key])
        if "due" in touched and not had_due_change:
            item.original_due = item.due
        if "department" in touched:
            item.department_id = dept.id if dept is not None else None
            item.dept = dept
        entry = add_follow_up(session, item, "edit", note=None, value_to=",".join(touched), author=author)
        reindex_item(session, item)
    return Changes(items=(item_id,), follow_ups=(entry.id,), kinds=frozenset({"item.fields", "follow_up.added"}))


def merge(
    db: Database,
    keep_id: int,
    drop_id: int,
    *,
    author: str | None = None,
    expected_versions: tuple[int, int] | None = None,
) -> Changes:
    """Merge ``drop_id`` into ``keep_id``: sources, follow-ups and suggestions move over,
    empty fields of the kept item are filled from the other, which becomes ``merged``."""
    if keep_id == drop_id:
        raise InvalidChangeError("不能与自身合并 / cannot merge an item with itself")
    with db.write() as session:
        keep = load_item(session, keep_id, expected_versions[0] if expected_versions else None)
        drop = load_item(session, drop_id, expected_versions[1] if expected_versions else None)
        if drop.review_state == "merged" or keep.review_state == "merged":
            raise InvalidChangeError("已合并的条目不能再合并 / an item that was merged cannot be merged again")
        move_children(session, keep_id, drop_id)
        for key in ("question", "reply", "statement", "department", "deadline_expr", "due", "original_due", "assignee"):
            if getattr(keep, key) is None and getattr(drop, key) is not None:
                setattr(keep, key, getattr(drop, key))
        if keep.department_id is None and drop.department_id is not None:
            keep.department_id = drop.department_id
        if keep.review_state != "accepted" and drop.review_state == "accepted":
            keep.review_state = "accepted"
        drop.review_state = "merged"
        drop.merged_into_id = keep_id
        session.flush()
        entry = add_follow_up(session, keep, "merge", note=None, value_from=str(drop_id), value_to=str(keep_id), author=author)
        session.expire(keep, ["spans"])
        search_index.drop_index(session, drop_id)
        reindex_item(session, keep)
    return Changes(
        items=(keep_id, drop_id),
        follow_ups=(entry.id,),
        kinds=frozenset({"item.merged", "item.sources", "follow_up.added"}),
    )
