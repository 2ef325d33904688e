"""Follow-up: verdicts with evidence, moved deadlines (延期), assignment and notes.

Rules: an item is never ``broken`` before its due date has passed; moving a deadline
keeps the old and new dates and where the change was announced in the timeline, and a
later date marks an open item ``delayed``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from inquiry_tracker.services.clock import Clock, system_today
from inquiry_tracker.services.results import Changes
from inquiry_tracker.store import Database, InvalidChangeError
from inquiry_tracker.store.models import Item
from inquiry_tracker.store.mutations import add_follow_up, load_item, resolve_merged
from inquiry_tracker.vocab import (
    DUE_MAX,
    DUE_MIN,
    FINAL_VERDICTS,
    VERDICT_LABELS,
    VERDICTS,
    due_in_range,
    verdict_needs_note,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def check_due(due: date | None) -> None:
    """Refuse a due date outside the years the tracker keeps."""
    if not due_in_range(due):
        raise InvalidChangeError(
            f"期限 {due} 超出 {DUE_MIN.year}–{DUE_MAX.year} / the due date {due} is outside {DUE_MIN.year}–{DUE_MAX.year}"
        )


def _followed_item(session: Session, item_id: int, expected_version: int | None = None) -> Item:
    """The item to follow up; an item merged into another is refused, naming the survivor
    (a change there would be invisible: merged items are hidden everywhere)."""
    item = load_item(session, item_id, expected_version)
    if item.review_state == "merged":
        survivor = resolve_merged(session, item)
        target = f"#{survivor.id}" if survivor.id != item.id else "?"
        raise InvalidChangeError(
            f"条目 #{item_id} 已合并到 {target},请对 {target} 操作 / item #{item_id} was merged into {target}; use {target}"
        )
    return item


def check_verdict(verdict: str, said_why: bool, item: Item | None = None, today: date | None = None) -> None:
    """Refuse an unknown verdict, a settling verdict without a note or evidence (``said_why``),
    and 未兑现 before ``item``'s due date."""
    if verdict not in VERDICTS:
        raise InvalidChangeError(f"未知结论 / unknown verdict '{verdict}' (one of: {', '.join(VERDICTS)})")
    if verdict_needs_note(verdict) and not said_why:
        raise InvalidChangeError(
            f"结论“{VERDICT_LABELS[verdict]}”需要说明或证据 / the verdict '{verdict}' needs a note or evidence"
        )
    if item is not None and today is not None and verdict == "broken" and item.due is not None and today <= item.due:
        raise InvalidChangeError(
            f"条目 #{item.id} 的期限 {item.due.isoformat()} 未到,不能判定为未兑现 / "
            f"cannot mark item #{item.id} broken before its due date {item.due.isoformat()}"
        )


def set_verdict(
    db: Database,
    item_id: int,
    verdict: str,
    *,
    note: str,
    evidence_url: str | None = None,
    evidence_file: str | None = None,
    on: date | None = None,
    author: str | None = None,
    expected_version: int | None = None,
    clock: Clock = system_today,
) -> Changes:
    """Record a verdict (with its note and evidence) on an item.

    Every verdict but 待核实/推进中 needs a note or a piece of evidence saying why.

    ``on`` is the day the verdict refers to (when the road opened); default today.
    """
    return set_verdicts(
        db, [item_id], verdict, note=note, evidence_url=evidence_url, evidence_file=evidence_file, on=on,
        author=author, expected_versions={item_id: expected_version} if expected_version else None, clock=clock,
    )


def set_verdicts(
    db: Database,
    item_ids: Sequence[int],
    verdict: str,
    *,
    note: str,
    evidence_url: str | None = None,
    evidence_file: str | None = None,
    on: date | None = None,
    author: str | None = None,
    expected_versions: dict[int, int] | None = None,
    clock: Clock = system_today,
) -> Changes:
    """One verdict with one note on several items, all or none (:func:`set_verdict` rules)."""
    check_verdict(verdict, bool(note.strip() or evidence_url or evidence_file))
    today = clock()
    entries: list[int] = []
    with db.write() as session:
        for item_id in item_ids:
            item = _followed_item(session, item_id, (expected_versions or {}).get(item_id))
            check_verdict(verdict, True, item, today)
            old = item.verdict
            item.verdict = verdict
            item.verdict_on = on or today
            entry = add_follow_up(
                session, item, "verdict", note=note, evidence_url=evidence_url, evidence_file=evidence_file,
                verdict_from=old, verdict_to=verdict, author=author,
            )
            entries.append(entry.id)
    return Changes(items=tuple(item_ids), follow_ups=tuple(entries), kinds=frozenset({"item.verdict", "follow_up.added"}))


def change_due(
    db: Database,
    item_id: int,
    new_due: date,
    *,
    note: str,
    announced_in: str | None = None,
    author: str | None = None,
    expected_version: int | None = None,
) -> Changes:
    """Move an item's deadline (延期), keeping from → to and where it was announced."""
    check_due(new_due)
    with db.write() as session:
        item = _followed_item(session, item_id, expected_version)
        old_due = item.due
        if old_due == new_due:
            raise InvalidChangeError(f"期限未变 / the due date is already {new_due.isoformat()}")
        old_verdict = item.verdict
        new_verdict = old_verdict
        if old_due is not None and new_due > old_due and old_verdict not in FINAL_VERDICTS:
            new_verdict = "delayed"
        item.due = new_due
        item.verdict = new_verdict
        entry = add_follow_up(
            session,
            item,
            "due_change",
            note=note,
            due_from=old_due,
            due_to=new_due,
            announced_in=announced_in,
            verdict_from=old_verdict if new_verdict != old_verdict else None,
            verdict_to=new_verdict if new_verdict != old_verdict else None,
            author=author,
        )
    kinds = {"item.due", "follow_up.added"} | ({"item.verdict"} if new_verdict != old_verdict else set())
    return Changes(items=(item_id,), follow_ups=(entry.id,), kinds=frozenset(kinds))


def assign(
    db: Database,
    item_id: int,
    assignee: str | None,
    *,
    author: str | None = None,
    expected_version: int | None = None,
) -> Changes:
    """Give an item to a reporter (None or "" clears the assignment)."""
    return assign_many(db, [item_id], assignee, author=author, expected_versions={item_id: expected_version} if expected_version else None)


def assign_many(
    db: Database,
    item_ids: Sequence[int],
    assignee: str | None,
    *,
    author: str | None = None,
    expected_versions: dict[int, int] | None = None,
) -> Changes:
    """Give several items to one reporter, all or none; items already theirs are left alone."""
    name = (assignee or "").strip() or None
    changed: list[int] = []
    entries: list[int] = []
    with db.write() as session:
        for item_id in item_ids:
            item = _followed_item(session, item_id, (expected_versions or {}).get(item_id))
            if item.assignee == name:
                continue
            before = item.assignee
            item.assignee = name
            entry = add_follow_up(session, item, "assign", assignee_to=name, value_from=before, note=None, author=author)
            changed.append(item_id)
            entries.append(entry.id)
    if not changed:
        return Changes()
    return Changes(items=tuple(changed), follow_ups=tuple(entries), kinds=frozenset({"item.assignee", "follow_up.added"}))


def add_note(
    db: Database,
    item_id: int,
    text: str,
    *,
    evidence_url: str | None = None,
    evidence_file: str | None = None,
    author: str | None = None,
) -> Changes:
    """Add a free note, or a piece of evidence (URL or file), to an item's timeline."""
    if not text.strip() and not evidence_url and not evidence_file:
        raise InvalidChangeError("备注为空 / the note is empty")
    kind = "evidence" if (evidence_url or evidence_file) else "note"
    with db.write() as session:
        item = _followed_item(session, item_id)
        entry = add_follow_up(
            session, item, kind, note=text, evidence_url=evidence_url, evidence_file=evidence_file, author=author
        )
    return Changes(items=(item_id,), follow_ups=(entry.id,), kinds=frozenset({"follow_up.added"}))


def verdict_label(verdict: str) -> str:
    """The Chinese label of a verdict (the key itself if unknown)."""
    return VERDICT_LABELS.get(verdict, verdict)
