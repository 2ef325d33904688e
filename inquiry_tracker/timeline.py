"""A timeline entry in words: the stored codes and values, translated when shown.

Entries store codes (``review``, ``accepted``, ``subject``) and values (dates, names), never
sentences; :func:`entry_parts` turns one into the pieces a view shows, through a
``translate`` function that takes the Chinese text (a vocabulary label or a template with
``%1``/``%2``) and returns it in the reader's language. The CLI passes the identity (it
speaks Chinese); the GUI passes Qt's translator. Standard library only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from inquiry_tracker.vocab import FIELD_LABELS, FOLLOW_UP_LABELS, REVIEW_LABELS, VERDICT_LABELS

if TYPE_CHECKING:
    from inquiry_tracker.store.records import FollowUpRecord

Translate = Callable[[str], str]


def _fill(template: str, *values: str) -> str:
    for n, value in enumerate(values, start=1):
        template = template.replace(f"%{n}", value)
    return template


def _day(value: object) -> str:
    iso = getattr(value, "isoformat", None)
    return iso() if callable(iso) else "—"


def entry_parts(f: FollowUpRecord, translate: Translate = lambda s: s) -> list[str]:
    """The kind, what changed and the free text of an entry, each translated."""
    t = translate
    parts = [t(FOLLOW_UP_LABELS.get(f.kind, f.kind))]
    if f.kind in ("correction", "withdrawal") and f.value_from:
        parts[0] += " · " + t(FOLLOW_UP_LABELS.get(f.value_from, f.value_from))
    if f.verdict_to:
        parts.append(
            _fill(t("%1 → %2"), t(VERDICT_LABELS.get(f.verdict_from or "unchecked", f.verdict_from or "")), t(VERDICT_LABELS.get(f.verdict_to, f.verdict_to)))
        )
    if f.kind in ("due_change", "withdrawal") and (f.due_from or f.due_to):
        parts.append(_fill(t("期限:%1 → %2"), _day(f.due_from), _day(f.due_to)))
    if f.kind == "assign":  # "指派给:X" says it all
        parts[0] = _fill(t("指派给:%1"), f.assignee_to or t("无人"))
    elif f.kind == "withdrawal" and f.value_from == "assign":
        parts.append(_fill(t("指派给:%1"), f.assignee_to or t("无人")))
    if f.kind == "review" and f.value_to:
        parts.append(_fill(t("%1 → %2"), t(REVIEW_LABELS.get(f.value_from or "", f.value_from or "")), t(REVIEW_LABELS.get(f.value_to, f.value_to))))
    if f.kind == "edit" and f.value_to:
        parts.append("、".join(t(FIELD_LABELS.get(k, k)) for k in f.value_to.split(",")))
    if f.kind == "merge" and f.value_from:
        parts.append(f"#{f.value_from} → #{f.value_to}")
    if f.announced_in:
        parts.append(_fill(t("出处:%1"), f.announced_in))
    if f.note:
        parts.append(f.note)
    parts.extend(x for x in (f.evidence_url, f.evidence_file) if x)
    return parts
