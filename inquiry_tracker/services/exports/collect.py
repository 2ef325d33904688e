"""Gather what an export needs: rows with progress, sources and timelines; column specs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from inquiry_tracker.services.clock import Clock, system_today
from inquiry_tracker.services.listing import ItemFilter, ItemRow, rows_for
from inquiry_tracker.store import Database, details, queries
from inquiry_tracker.store.queries import Order
from inquiry_tracker.store.records import FollowUpRecord, SourceRef
from inquiry_tracker.vocab import KIND_LABELS, PROGRESS_LABELS, REVIEW_LABELS, VERDICT_LABELS


@dataclass(frozen=True, slots=True)
class ExportRecord:
    """One exported item."""

    row: ItemRow
    sources: list[SourceRef] = field(default_factory=list)
    follow_ups: list[FollowUpRecord] = field(default_factory=list)


def collect(
    db: Database,
    f: ItemFilter | None = None,
    *,
    order: Order = "due",
    descending: bool = False,
    clock: Clock = system_today,
) -> list[ExportRecord]:
    """Items matching ``f`` (due-date order unless told), with sources and follow-ups."""
    today = clock()
    with db.read() as session:
        ids = queries.item_ids(session, f or ItemFilter(), today, order=order, descending=descending)
        records = queries.items_by_ids(session, ids)
        sources = details.sources_of(session, ids)
        timelines = details.follow_ups_of(session, ids)
    return [ExportRecord(row, sources.get(row.item.id, []), timelines.get(row.item.id, [])) for row in rows_for(records, today)]


def _d(value: date | None) -> str:
    return value.isoformat() if value else ""


@dataclass(frozen=True, slots=True)
class Column:
    """A tabular export column: key, Chinese header, value getter, width in characters."""

    key: str
    header: str
    get: Callable[[ExportRecord], Any]
    width: int


def _latest_note(r: ExportRecord) -> str:
    notes = [f.note for f in r.follow_ups if f.note and f.kind in ("verdict", "note", "evidence", "due_change")]
    return notes[-1] if notes else ""


def _sources(get: Callable[[SourceRef], Any]) -> Callable[[ExportRecord], str]:
    """One value per source, joined with " | " (first-imported first)."""
    return lambda r: " | ".join(text_value(get(s)) for s in r.sources)


def _authors(r: ExportRecord) -> str:
    """Who wrote the timeline, in order of first entry."""
    names: list[str] = []
    for f in r.follow_ups:
        if f.author and f.author not in names:
            names.append(f.author)
    return "、".join(names)


def _evidence(r: ExportRecord) -> str:
    return " ".join(x for f in r.follow_ups for x in (f.evidence_url, f.evidence_file) if x)


COLUMNS: list[Column] = [
    Column("id", "编号", lambda r: r.row.item.id, 6),
    Column("kind", "类型", lambda r: KIND_LABELS.get(r.row.item.kind, r.row.item.kind), 6),
    Column("review_state", "审核", lambda r: REVIEW_LABELS.get(r.row.item.review_state, ""), 8),
    Column("subject", "事项", lambda r: r.row.item.subject, 24),
    Column("department", "责任部门", lambda r: r.row.item.department or "", 18),
    Column("department_canonical", "部门规范名", lambda r: r.row.item.department_canonical or "", 18),
    Column("question", "网友提问", lambda r: r.row.item.question or "", 40),
    Column("reply", "部门答复", lambda r: r.row.item.reply or "", 50),
    Column("statement", "承诺原文", lambda r: r.row.item.statement or "", 40),
    Column("deadline_expr", "期限原文", lambda r: r.row.item.deadline_expr or "", 12),
    Column("due", "到期日", lambda r: r.row.item.due, 11),
    Column("original_due", "原定期限", lambda r: r.row.item.original_due, 11),
    Column("approximate", "约数", lambda r: "是" if r.row.item.approximate else "", 5),
    Column("progress", "进度", lambda r: PROGRESS_LABELS.get(r.row.progress, r.row.progress), 8),
    Column("days_left", "剩余天数", lambda r: r.row.days_left, 8),
    Column("verdict", "核实结论", lambda r: VERDICT_LABELS.get(r.row.item.verdict, r.row.item.verdict), 9),
    Column("verdict_on", "结论日期", lambda r: r.row.item.verdict_on, 11),
    Column("assignee", "跟进记者", lambda r: r.row.item.assignee or "", 10),
    Column("outlets", "媒体", lambda r: "、".join(r.row.item.outlets), 14),
    Column("published", "发布日期", lambda r: r.row.item.published, 11),
    Column("source_count", "来源数", lambda r: r.row.item.source_count, 6),
    Column("source_outlet", "来源媒体", _sources(lambda s: s.outlet), 14),
    Column("source_published", "来源日期", _sources(lambda s: s.published), 11),
    Column("source_title", "来源标题", _sources(lambda s: s.title), 30),
    Column("source_page", "版次", _sources(lambda s: s.page), 6),
    Column("source_origin", "来源文件/网址", _sources(lambda s: s.origin), 40),
    Column("citation", "引用", lambda r: "\n".join(s.citation() for s in r.sources), 50),
    Column("latest_note", "最新备注", _latest_note, 30),
    Column("evidence", "证据", _evidence, 30),
    Column("authors", "记录人", _authors, 12),
    Column("updated_at", "更新时间", lambda r: r.row.item.updated_at, 19),
]


def text_value(value: Any) -> str:
    """A cell value as text (dates ISO, datetimes to the minute in UTC)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return _d(value)
    return str(value)
