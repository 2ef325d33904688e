"""Records are built from plain rows by position: the selected columns must follow the fields."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from typing import Any

from inquiry_tracker import services as svc
from inquiry_tracker.store import Database, queries
from inquiry_tracker.store.records import ItemRecord


def test_record_columns_follow_the_record_fields() -> None:
    names = [c.key for c in queries._RECORD_HEAD] + ["department_canonical"] + [c.key for c in queries._RECORD_TAIL]
    assert names == [f.name for f in fields(ItemRecord)][: len(names)]


def test_records_carry_every_column(db: Database, analyze: Callable[..., Any]) -> None:
    doc = "OUTLET:株洲日报\nQ:森林路何时开通?|5月底开放|天元区政府|2020-05-31\n"
    item_id = svc.import_text(db, doc, "a.txt", analyze=analyze).new_items[0]
    svc.assign(db, item_id, "李记者")
    with db.read() as s:
        (record,) = queries.items_by_ids(s, [item_id, 999_999])
    assert (record.id, record.kind, record.review_state, record.merged_into_id) == (item_id, "inquiry", "pending", None)
    assert (record.question, record.reply, record.department, record.department_canonical) == (
        "森林路何时开通?", "5月底开放", "天元区政府", "天元区政府")
    assert (record.deadline_expr, record.due.isoformat(), record.due_precision) == ("5月底", "2020-05-31", "xun")
    assert record.approximate is False and record.conditional is False and record.confidence == 1.0
    assert (record.verdict, record.assignee, record.version) == ("unchecked", "李记者", 2)
    assert record.created_at.tzinfo is not None and record.updated_at >= record.created_at
    assert (record.outlets, record.published.isoformat(), record.source_count) == (("株洲日报",), "2020-05-08", 1)
