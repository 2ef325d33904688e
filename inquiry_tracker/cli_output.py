"""Plain-text rendering for the command line: aligned tables (CJK-aware) and item details."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from datetime import date

from inquiry_tracker.services import DepartmentScore, ItemRow, SuggestionRow
from inquiry_tracker.store.records import ItemDetail
from inquiry_tracker.timeline import entry_parts
from inquiry_tracker.vocab import KIND_LABELS, PROGRESS_LABELS, REVIEW_LABELS, VERDICT_LABELS


def width(text: str) -> int:
    """Terminal columns of ``text``: East Asian wide and full-width characters count 2."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def clip(text: str, limit: int) -> str:
    """``text`` on one line, cut to at most ``limit`` columns (with … when cut)."""
    flat = " ".join(text.split())
    if width(flat) <= limit:
        return flat
    out: list[str] = []
    used = 0
    for ch in flat:
        w = width(ch)
        if used + w > limit - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], limits: Sequence[int] | None = None) -> str:
    """An aligned text table; cells are clipped to ``limits`` columns."""
    lim = list(limits or [60] * len(headers))
    cells = [[clip(str(c), lim[i]) for i, c in enumerate(r)] for r in rows]
    widths = [max([width(h)] + [width(r[i]) for r in cells]) for i, h in enumerate(headers)]

    def line(values: Sequence[str]) -> str:
        return "  ".join(v + " " * (widths[i] - width(v)) for i, v in enumerate(values)).rstrip()

    out = [line(headers), line(["-" * w for w in widths])]
    out.extend(line(r) for r in cells)
    return "\n".join(out)


def _days(row: ItemRow) -> str:
    if row.days_left is None or row.progress == "closed":
        return ""
    return f"逾期{-row.days_left}天" if row.days_left < 0 else f"{row.days_left}天"


def item_table(rows: Sequence[ItemRow]) -> str:
    """The ``list`` table."""
    headers = ["ID", "类型", "审核", "进度", "到期", "剩余", "结论", "部门", "事项"]
    body = [
        [
            str(r.item.id),
            KIND_LABELS.get(r.item.kind, r.item.kind),
            REVIEW_LABELS.get(r.item.review_state, r.item.review_state),
            PROGRESS_LABELS.get(r.progress, r.progress),
            r.item.due.isoformat() if r.item.due else "",
            _days(r),
            VERDICT_LABELS.get(r.item.verdict, r.item.verdict),
            r.item.department_canonical or r.item.department or "",
            r.item.subject or r.item.question or r.item.statement or "",
        ]
        for r in rows
    ]
    return table(headers, body, [8, 4, 6, 8, 10, 10, 8, 20, 40])


def item_block(detail: ItemDetail, row: ItemRow) -> str:
    """The ``show`` text of one item."""
    it = detail.item
    head = (
        f"#{it.id} {KIND_LABELS.get(it.kind, it.kind)} · {REVIEW_LABELS.get(it.review_state, it.review_state)}"
        f" · {PROGRESS_LABELS.get(row.progress, row.progress)}"
    )
    if _days(row):
        head += f" ({_days(row)})"
    lines = [head, f"事项: {it.subject}"]
    dept = it.department or ""
    if it.department_canonical and it.department_canonical != it.department:
        dept += f" ({it.department_canonical})"
    lines.append(f"部门: {dept or '未注明'}")
    for label, value in (("问", it.question), ("答", it.reply), ("承诺", it.statement)):
        if value:
            lines.append(f"{label}: {value}")
    if it.deadline_expr or it.due:
        deadline = f"期限: {it.deadline_expr or ''} → {it.due.isoformat() if it.due else '未知'}"
        if it.approximate:
            deadline += " (约)"
        if it.conditional:
            deadline += " (视前提而定)"
        if it.original_due and it.original_due != it.due:
            deadline += f"  原定 {it.original_due.isoformat()}"
        lines.append(deadline)
    lines.append(
        f"结论: {VERDICT_LABELS.get(it.verdict, it.verdict)}"
        + (f" ({it.verdict_on.isoformat()})" if it.verdict_on else "")
        + (f"   跟进: {it.assignee}" if it.assignee else "")
    )
    lines.append("来源:")
    for s in detail.sources:
        pub = s.published.isoformat() if s.published else "日期不详"
        lines.append(f"  - [{s.source_id}] {s.outlet or '未知媒体'} {pub} {s.origin or ''} [{s.start}–{s.end}]")
    if detail.follow_ups:
        lines.append("时间线:")
        set_right = {f.replaces_id: f for f in detail.follow_ups if f.replaces_id}
        for f in detail.follow_ups:
            parts = [f.created_at.strftime("%Y-%m-%d %H:%M"), *entry_parts(f)]
            if f.author:
                parts.append(f"({f.author})")
            if (later := set_right.get(f.id)) is not None:
                parts.append(f"[已{'撤回' if later.kind == 'withdrawal' else '更正'} {later.created_at.strftime('%Y-%m-%d %H:%M')}"
                             + (f" {later.author}" if later.author else "") + "]")
            lines.append(f"  [{f.id}] " + " · ".join(parts))
    waiting = [x for x in detail.suggestions if x.state == "open"]
    if waiting:
        lines.append("证据建议 (inquiry-tracker suggestion ID accept|dismiss):")
        lines.extend(f"  S{x.id} {stance_label(x.stance, x.new_due, x.event_date)} ({x.score:.2f}) {x.excerpt or ''}"
                     for x in waiting)
    return "\n".join(lines)


def stance_label(stance: str | None, new_due: date | None, event_date: date | None) -> str:
    """A suggestion's stance in a few words: "已兑现 kept 2020-05-30", "延期 delayed → 2020-10-30"."""
    if stance == "kept":
        return "已兑现 kept" + (f" {event_date.isoformat()}" if event_date else "")
    if stance == "delayed":
        return "延期 delayed" + (f" → {new_due.isoformat()}" if new_due else "")
    if stance == "progress":
        return "进展 progress" + (f" {event_date.isoformat()}" if event_date else "")
    return "证据 evidence"


def suggestion_json(row: SuggestionRow) -> dict[str, object]:
    """One ``suggestions --format jsonl`` line (DESIGN's contract fields first)."""
    from inquiry_tracker.services import suggested_action

    return {
        "id": row.id, "item_id": row.item_id, "source_id": row.source_id, "stance": row.stance,
        "new_due": row.new_due.isoformat() if row.new_due else None,
        "event_date": row.event_date.isoformat() if row.event_date else None,
        "score": row.score, "excerpt": row.excerpt, "start": row.start, "end": row.end,
        "state": row.state, "item_subject": row.item_subject, "printed_in": row.where or None,
        "action": suggested_action(row),
    }


def scorecard_table(scores: Sequence[DepartmentScore]) -> str:
    """The ``scorecard`` table."""
    headers = ["部门", "条目", "兑现", "部分", "未兑现", "逾期", "兑现率", "逾期天数中位"]
    body = [
        [
            s.department,
            str(s.items),
            str(s.kept),
            str(s.partial),
            str(s.broken),
            str(s.overdue),
            f"{s.kept_rate:.0%}" if s.kept_rate is not None else "–",
            f"{s.median_days_late:g}" if s.median_days_late is not None else "–",
        ]
        for s in scores
    ]
    return table(headers, body, [30, 6, 6, 6, 6, 6, 6, 12])
