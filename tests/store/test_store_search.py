"""Chinese full-text search by character grams: 1- and 2-character queries on both back-ends."""

from __future__ import annotations

from collections.abc import Callable
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
    assert search.tsquery_literal("菜市场") == "('菜市' <-> '市场')"
    assert search.tsvector_literal("ab,c") == "'a':1 'ab':1 'b':2 'c':4"
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
