"""Sorting, the source-date facet and the no-department filter, in the query on both back-ends.

Each table column's order is checked against the same order computed in Python from the
rows: blank values last in both directions, ties by ascending id, text by code point.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from inquiry_tracker import services as svc
from inquiry_tracker.services.scorecard import UNNAMED
from inquiry_tracker.store import Database
from inquiry_tracker.store.queries import ORDERS
from inquiry_tracker.vocab import KINDS, VERDICTS

TODAY = date(2020, 6, 10)
CLOCK = svc.fixed(TODAY)
#: (text, publication date); the first line of each document names the outlet
DOCUMENTS = [
    (
        "OUTLET:株洲日报\n"
        "Q:菜市场搬迁?|答|市商务局|2020-07-31\n"
        "Q:森林路开放?|答|天元区政府|2020-05-31\n"
        "P:爱心大院竣工||2020-08-31\n"
        "Q:Zebra crossing?|answer|city office|\n"
        "P:智轨建设|市交通运输局|2020-05-31\n",
        date(2020, 5, 8),
    ),
    (
        "OUTLET:岳阳日报\n"
        "Q:森林路开放?|答|天元区政府|2020-05-31\n"  # a reprint: the item gains a second source
        "Q:apple orchard?|answer|Apple dept|2021-01-31\n"
        "P:电子站牌启用|市国资公司|\n",
        date(2021, 3, 10),
    ),
    ("Q:老旧小区改造?|答||2020-06-30\n", date(2019, 12, 31)),  # no outlet, no department
]


@pytest.fixture
def varied(db: Database, analyze: Callable[..., Any]) -> Database:
    """Items differing in every column, with blanks, ties and a reprint."""
    for n, (text, published) in enumerate(DOCUMENTS):
        svc.import_text(db, text, f"doc{n}.txt", svc.ImportOptions(accept=True, pub_date=published), analyze=analyze)
    ids = svc.find_item_ids(db, order="id", clock=CLOCK)
    assert len(ids) == 8
    svc.set_verdict(db, ids[0], "kept", note="n", clock=CLOCK)
    svc.set_verdict(db, ids[3], "broken", note="n", clock=CLOCK)
    svc.set_verdict(db, ids[5], "delayed", note="n", clock=CLOCK)
    svc.assign(db, ids[1], "王记者")
    svc.assign(db, ids[2], "李记者")
    svc.assign(db, ids[4], "王记者")
    return db


def _key(order: str, row: svc.ItemRow) -> Any:
    """The value an order compares (None or "" = blank, sorted last)."""
    it = row.item
    values: dict[str, Any] = {
        "kind": KINDS.index(it.kind),
        "subject": it.subject,
        "department": it.department_canonical or it.department,
        "deadline_expr": it.deadline_expr,
        "due": it.due,
        "days_left": it.due,
        "verdict": VERDICTS.index(it.verdict),
        "assignee": it.assignee,
        "outlet": it.outlets[0] if it.outlets else None,
        "published": it.published,
    }
    return values[order]


def expected(rows: list[svc.ItemRow], order: str, descending: bool) -> list[int]:
    by_id = sorted(rows, key=lambda r: r.item.id)
    present = [r for r in by_id if _key(order, r) not in (None, "")]
    blank = [r for r in by_id if _key(order, r) in (None, "")]
    present.sort(key=lambda r: _key(order, r), reverse=descending)  # stable: ties stay by id
    return [r.item.id for r in present + blank]


COLUMN_ORDERS = ("kind", "subject", "department", "deadline_expr", "due", "days_left", "verdict", "assignee", "outlet", "published")


@pytest.mark.parametrize("descending", [False, True], ids=["asc", "desc"])
def test_every_column_sorts_in_the_query(varied: Database, descending: bool) -> None:
    rows = svc.list_items(varied, limit=None, order="id", clock=CLOCK).rows
    assert set(COLUMN_ORDERS) <= set(ORDERS)
    for order in COLUMN_ORDERS:
        want = expected(rows, order, descending)
        got = svc.find_item_ids(varied, order=order, descending=descending, clock=CLOCK)  # type: ignore[arg-type]
        assert got == want, order
        # paging sees the same order
        page = svc.list_items(varied, offset=2, limit=3, order=order, descending=descending, clock=CLOCK)  # type: ignore[arg-type]
        assert [r.item.id for r in page.rows] == want[2:5], order


def test_orders_have_blanks_ties_and_code_point_text(varied: Database) -> None:
    rows = {r.item.id: r.item for r in svc.list_items(varied, limit=None, clock=CLOCK).rows}
    for order in ("due", "department", "assignee", "outlet"):
        for descending in (False, True):
            ids = svc.find_item_ids(varied, order=order, descending=descending, clock=CLOCK)  # type: ignore[arg-type]
            assert _key(order, svc.ItemRow(rows[ids[-1]], "closed", None)) in (None, ""), (order, descending)
    # ASCII before Chinese, upper before lower case: Unicode order, not pinyin or locale
    subjects = [rows[i].subject for i in svc.find_item_ids(varied, order="subject", clock=CLOCK)]
    assert subjects == sorted(subjects) and subjects[0].startswith("Zebra") and subjects[1].startswith("apple")
    # an item printed in two outlets sorts by the first one shown
    reprint = next(it for it in rows.values() if len(it.outlets) == 2)
    assert reprint.outlets == ("株洲日报", "岳阳日报") and reprint.published == date(2020, 5, 8)


def test_recent_updated_and_unknown_orders(varied: Database) -> None:
    ids = svc.find_item_ids(varied, order="id", clock=CLOCK)
    assert ids == sorted(ids)
    assert svc.find_item_ids(varied, order="recent", clock=CLOCK) == ids[::-1]
    assert svc.find_item_ids(varied, order="recent", descending=True, clock=CLOCK) == ids
    assert svc.find_item_ids(varied, order="id", descending=True, clock=CLOCK) == ids[::-1]
    with pytest.raises(ValueError, match="unknown order"):
        svc.find_item_ids(varied, order="colour", clock=CLOCK)  # type: ignore[arg-type]


def test_source_date_range(varied: Database) -> None:
    def subjects(**kwargs: Any) -> set[str]:
        f = svc.ItemFilter(**kwargs)
        assert svc.count_items(varied, f, clock=CLOCK) == len(ids := svc.find_item_ids(varied, f, clock=CLOCK))
        return {r.item.subject[:4] for r in svc.rows_by_ids(varied, ids, clock=CLOCK)}

    may = subjects(published_from=date(2020, 5, 1), published_to=date(2020, 5, 31))
    assert may == {"菜市场搬", "森林路开", "爱心大院", "Zebr", "智轨建设"}
    later = subjects(published_from=date(2021, 1, 1))
    assert later == {"森林路开", "appl", "电子站牌"}  # the reprint counts too
    assert subjects(published_to=date(2019, 12, 31)) == {"老旧小区"}
    assert subjects(published_from=date(2022, 1, 1)) == set()
    # combined with text search (the counted-in-the-index shortcut must not skip it)
    assert subjects(published_from=date(2021, 1, 1), text="森林") == {"森林路开"}
    assert subjects(published_to=date(2020, 12, 31), text="站牌") == set()


def test_no_department_is_its_own_filter(varied: Database) -> None:
    none = svc.list_items(varied, svc.ItemFilter(department=""), limit=None, clock=CLOCK).rows
    assert {r.item.subject[:4] for r in none} == {"爱心大院", "老旧小区"}
    assert all(not (r.item.department or r.item.department_canonical) for r in none)
    unnamed = next(s for s in svc.scorecard(varied, review_states=("accepted",), clock=CLOCK) if s.department == UNNAMED)
    assert unnamed.items == len(none)
    # None still means "any department", and a name still matches substrings
    assert svc.count_items(varied, svc.ItemFilter(department=None), clock=CLOCK) == 8
    assert svc.count_items(varied, svc.ItemFilter(department="天元"), clock=CLOCK) == 1


def test_selection_by_ids(varied: Database) -> None:
    ids = svc.find_item_ids(varied, order="id", clock=CLOCK)
    chosen = (ids[5], ids[1], ids[3])
    f = svc.ItemFilter(ids=chosen)
    assert svc.find_item_ids(varied, f, order="id", clock=CLOCK) == sorted(chosen)
    assert svc.count_items(varied, f, clock=CLOCK) == 3
    assert svc.count_items(varied, svc.ItemFilter(ids=()), clock=CLOCK) == 0
    assert svc.count_items(varied, svc.ItemFilter(ids=chosen, kinds=("promise",)), clock=CLOCK) == sum(
        1 for r in svc.rows_by_ids(varied, list(chosen), clock=CLOCK) if r.item.kind == "promise"
    )
