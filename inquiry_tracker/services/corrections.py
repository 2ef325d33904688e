"""Correcting the record: a timeline entry is corrected or withdrawn, never rewritten.

A correction or a withdrawal is a new timeline entry that names the entry it sets right
(``replaces_id``); the earlier entry stays in the database and is shown struck through,
with who set it right and when. What the earlier entry changed on the item is undone or
changed with it: withdrawing a verdict gives the item back the verdict it had before,
withdrawing a 延期 the due date before, withdrawing an assignment the reporter before —
when nothing later has changed the same thing since (then the withdrawal is refused: set
the later change right first). Undo of the last action is a withdrawal of its entry.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from inquiry_tracker.services.clock import Clock, system_today
from inquiry_tracker.services.followup import check_verdict
from inquiry_tracker.services.results import Changes
from inquiry_tracker.store import Database, InvalidChangeError
from inquiry_tracker.store.mutations import add_follow_up, changed_later, load_item, standing_entry

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from inquiry_tracker.store.models import FollowUp, Item

#: entries a reporter may correct (a new text, or a new verdict) or withdraw
CORRECTABLE = frozenset({"note", "evidence", "verdict"})
WITHDRAWABLE = frozenset({"note", "evidence", "verdict", "due_change", "assign", "suggestion"})


def _standing(session: Session, follow_up_id: int, allowed: frozenset[str], verb: str) -> tuple[FollowUp, Item]:
    """The entry to set right (not set right already, of an ``allowed`` kind) and its item."""
    old = standing_entry(session, follow_up_id)
    if old.kind not in allowed:
        raise InvalidChangeError(f"这条记录不能{verb} / a '{old.kind}' entry cannot be {'corrected' if verb == '更正' else 'withdrawn'}")
    return old, load_item(session, old.item_id)


def correct_entry(
    db: Database,
    follow_up_id: int,
    *,
    note: str,
    verdict: str | None = None,
    evidence_url: str | None = None,
    evidence_file: str | None = None,
    author: str | None = None,
    clock: Clock = system_today,
) -> Changes:
    """Replace a note, a piece of evidence or a verdict with a corrected one.

    A verdict's correction may name another verdict (the item takes it); the same rules as
    for a new verdict hold (a note or evidence; never 未兑现 before the due date).
    """
    with db.write() as session:
        old, item = _standing(session, follow_up_id, CORRECTABLE, "更正")
        kinds = {"follow_up.added"}
        fields: dict[str, object] = {"note": note, "evidence_url": evidence_url, "evidence_file": evidence_file}
        if old.kind == "verdict":
            new = verdict or old.verdict_to or "unchecked"
            check_verdict(new, bool(note.strip() or evidence_url or evidence_file), item, clock())
            if changed_later(session, old, ("verdict", "due_change")) and item.verdict != old.verdict_to:
                raise InvalidChangeError("之后又有新的结论,请更正最新的一条 / a later verdict stands: correct that one")
            fields.update(verdict_from=item.verdict, verdict_to=new)
            if item.verdict != new:
                item.verdict = new
                kinds.add("item.verdict")
        elif not (note.strip() or evidence_url or evidence_file):
            raise InvalidChangeError("更正的内容为空 / the correction is empty")
        entry = add_follow_up(session, item, "correction", replaces_id=old.id, value_from=old.kind, author=author, **fields)
        if "item.verdict" in kinds:
            session.flush()
    return Changes(items=(item.id,), follow_ups=(entry.id,), kinds=frozenset(kinds))


def withdraw_entry(db: Database, follow_up_id: int, *, reason: str = "", author: str | None = None) -> Changes:
    """Withdraw a timeline entry, undoing what it changed on the item (see the module)."""
    with db.write() as session:
        old, item = _standing(session, follow_up_id, WITHDRAWABLE, "撤回")
        kinds = {"follow_up.added"}
        fields: dict[str, object] = {}
        if old.kind == "verdict" or (old.kind == "due_change" and old.verdict_to):
            if item.verdict != old.verdict_to or changed_later(session, old, ("verdict",)):
                raise InvalidChangeError("之后又有新的结论,请先撤回那一条 / a later verdict stands: withdraw that one first")
            fields.update(verdict_from=item.verdict, verdict_to=old.verdict_from or "unchecked")
            item.verdict = old.verdict_from or "unchecked"
            kinds.add("item.verdict")
        if old.kind == "due_change":
            if item.due != old.due_to or changed_later(session, old, ("due_change",)):
                raise InvalidChangeError("之后期限又调整过,请先撤回那一次 / the due date moved again since: withdraw that first")
            fields.update(due_from=item.due, due_to=old.due_from)
            item.due = old.due_from
            kinds.add("item.due")
        if old.kind == "assign":
            if item.assignee != old.assignee_to or changed_later(session, old, ("assign",)):
                raise InvalidChangeError("之后又指派过,请先撤回那一次 / assigned again since: withdraw that first")
            item.assignee = old.value_from
            fields.update(assignee_to=old.value_from)
            kinds.add("item.assignee")
        entry = add_follow_up(
            session, item, "withdrawal", replaces_id=old.id, value_from=old.kind, note=reason or None, author=author, **fields
        )
    return Changes(items=(item.id,), follow_ups=(entry.id,), kinds=frozenset(kinds))
