"""Chinese full-text search by character grams: 1- and 2-character queries on both back-ends."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from inquiry_tracker import services as svc
from inquiry_tracker.store import Database, search

DOC = """OUTLET:株洲日报
Q:中南菜市场何时搬迁?|市、区两级政府会作出统一部署|市商务和粮食局|
Q:株洲智轨项目进展如何?|计划6月左右启动建设|市交通运输局|2020-06-30
P:爱心大院项目将在今年8月竣工交付||2020-08-31
Q:G4高速ETC何时恢复?|预计Ｑ３完成|湖南高速集团|
"""


def test_grams() -> None:
    uni, bi = search.fts_columns("菜市场,智轨")
    assert uni.split() == ["菜", "市", "场", "智", "轨"]
    assert bi.split() == ["菜市", "市场", "x", "智轨"]
    assert search.fts_match("菜") == 'uni : "菜"'
    assert search.fts_match("菜市场") == 'bi : "菜市 市场"'
    assert search.fts_match("智轨 菜") == 'bi : "智轨" AND uni : "菜"'
    assert search.fts_match(" ,。 ") is None
    assert search.tsquery_literal("菜市场") == "'菜市' & '市场'"
    assert search.tsquery_literal("菜 菜市场 菜") == "'菜' & '菜市' & '市场'"
    assert search.tsvector_literal("ab,c ab") == "'a' 'b' 'ab' 'c'"
    assert search.search_body(["ＥＴＣ", None, "", "菜市"]) == "etc\n菜市"
    assert search.normalize("ＥＴＣ") == "etc"


@pytest.fixture
def loaded(db: Database, analyze: Callable[..., Any]) -> Database:
    summary = svc.import_text(db, DOC, "doc.txt", analyze=analyze)
    assert len(summary.new_items) == 4
    return db


def _hits(db: Database, query: str) -> list[str]:
    rows = svc.list_items(db, svc.ItemFilter(text=query), order="id").rows
    return [r.item.subject for r in rows]


@pytest.mark.parametrize(
    ("query", "subjects"),
    [
        ("菜市", ["中南菜市场何时搬迁?"]),
        ("智轨", ["株洲智轨项目进展如何"]),
        ("菜", ["中南菜市场何时搬迁?"]),
        ("轨", ["株洲智轨项目进展如何"]),
        ("菜市场何时搬迁", ["中南菜市场何时搬迁?"]),
        ("竣工交付", ["爱心大院项目将在今年"]),
        ("启动建设", ["株洲智轨项目进展如何"]),  # in the reply
        ("交通运输", ["株洲智轨项目进展如何"]),  # department
        ("株洲日报", ["中南菜市场何时搬迁?", "株洲智轨项目进展如何", "爱心大院项目将在今年", "G4高速ETC何时恢"]),  # outlet
        ("etc", ["G4高速ETC何时恢"]),  # Latin, case-insensitive
        ("Ｇ4高速", ["G4高速ETC何时恢"]),  # full-width folded
        ("q3", ["G4高速ETC何时恢"]),
        ("何时 搬迁", ["中南菜市场何时搬迁?"]),  # all words must occur
        ("场何", ["中南菜市场何时搬迁?"]),
        ("迁株", []),  # never across a field or punctuation boundary
        ("菜场", []),  # not a substring
        ("北京", []),
    ],
)
def test_search(loaded: Database, query: str, subjects: list[str]) -> None:
    assert _hits(loaded, query) == subjects


def test_all_bigrams_are_not_enough(db: Database, analyze: Callable[..., Any]) -> None:
    """Every bigram of 老旧小区 occurs, but never in a row: no hit (PostgreSQL's LIKE check)."""
    svc.import_text(db, "Q:老旧楼栋和旧小学旁的小区何时改造?|年底前完成|区住建局|\n", "a.txt", analyze=analyze)
    assert _hits(db, "老旧小区") == []
    assert _hits(db, "旧小学") == _hits(db, "老旧楼栋") == ["老旧楼栋和旧小学旁的"]
    assert svc.count_items(db, svc.ItemFilter(text="老旧小区")) == 0
    assert svc.count_items(db, svc.ItemFilter(text="旧小学 小区")) == 1


def test_blank_query_is_no_filter(loaded: Database) -> None:
    assert len(_hits(loaded, "  ,")) == 4


def test_edit_reindexes(loaded: Database) -> None:
    item = svc.list_items(loaded, svc.ItemFilter(text="菜市")).rows[0].item
    svc.edit_item(loaded, item.id, {"subject": "农贸市场搬迁", "question": "农贸市场何时搬迁?"}, expected_version=item.version)
    assert _hits(loaded, "农贸") == ["农贸市场搬迁"]
    assert _hits(loaded, "中南") == []
    assert _hits(loaded, "统一部署") == ["农贸市场搬迁"]  # reply unchanged, still found


def test_reprint_outlet_becomes_searchable(loaded: Database, analyze: Callable[..., Any]) -> None:
    svc.import_text(loaded, "OUTLET:湘江晚报\nQ:中南菜市场何时搬迁?|x|y|\n", "b.txt", analyze=analyze)
    assert _hits(loaded, "湘江晚报") == ["中南菜市场何时搬迁?"]


def test_search_combines_with_filters(loaded: Database) -> None:
    hits = svc.list_items(loaded, svc.ItemFilter(text="株洲", kinds=("promise",))).rows
    assert [r.item.kind for r in hits] == ["promise"]


def test_hidden_items_are_not_counted(loaded: Database) -> None:
    """The fast count (index minus hidden states) agrees with the rows."""
    target = svc.list_items(loaded, svc.ItemFilter(text="株洲")).rows[0].item.id
    svc.reject(loaded, [target])
    page = svc.list_items(loaded, svc.ItemFilter(text="株洲"), limit=None)
    assert page.total == len(page.rows) == 3 and target not in [r.item.id for r in page.rows]
    rejected = svc.list_items(loaded, svc.ItemFilter(text="株洲", statuses=("rejected",)), limit=None)
    assert rejected.total == 1 and rejected.rows[0].item.id == target
    loaded.optimize()


def test_everyday_search_agrees_with_the_general_query(db: Database, analyze: Callable[..., Any]) -> None:
    """Text-only searches of visible items by due date or id (on PostgreSQL answered from the
    search table's trigger-kept due/state copies) give what the full query gives, after due
    changes, rejection, merging and a pending item."""
    lines = [f"Q:第{i}号路灯何时修好?|{i}月底前修复路灯|市城管局|2020-{i:02d}-28\n" for i in range(1, 10)]
    lines += ["P:路灯节能改造年底完成|市城管局|\n", "Q:路灯为何不亮?|尽快修复|市城管局|\n"]
    ids = svc.import_text(db, "OUTLET:株洲日报\n" + "".join(lines), "lamps.txt", analyze=analyze).new_items
    assert len(ids) == 11
    svc.accept(db, ids[:6])
    svc.import_text(db, "Q:路灯杆倾斜谁来管?|已派人查看|市城管局|2020-03-01\n", "pending.txt", analyze=analyze)
    svc.change_due(db, ids[0], date(2020, 12, 31), note="推迟")  # the earliest goes last
    svc.change_due(db, ids[8], date(2020, 1, 1), note="提前")
    svc.reject(db, [ids[3]])
    svc.merge(db, ids[4], ids[5])

    everything = ("inquiry", "promise")  # same rows, but not the everyday shape: the full query
    for text_ in ("路灯", "修复路灯", "路灯 修复", "灯"):
        for order in ("due", "days_left", "id", "recent"):
            for descending in (False, True):
                fast = svc.find_item_ids(db, svc.ItemFilter(text=text_), order=order, descending=descending)
                full = svc.find_item_ids(db, svc.ItemFilter(text=text_, kinds=everything), order=order, descending=descending)
                assert fast == full, (text_, order, descending)
                page = svc.list_items(db, svc.ItemFilter(text=text_), order=order, descending=descending, offset=2, limit=4)
                assert [r.item.id for r in page.rows] == full[2:6] and page.total == len(full)
        assert svc.count_items(db, svc.ItemFilter(text=text_)) == len(full)
    hits = svc.find_item_ids(db, svc.ItemFilter(text="路灯"), order="due")
    assert ids[3] not in hits and ids[5] not in hits and hits[0] == ids[8] and len(hits) == 10
    assert hits.index(ids[0]) > hits.index(ids[7])
    beyond = svc.list_items(db, svc.ItemFilter(text="路灯"), offset=50, limit=10)
    assert beyond.rows == [] and beyond.total == 10
