"""Listing: filters, paging, and SQL progress filters agreeing with the Python rule."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest

from inquiry_tracker import services as svc
from inquiry_tracker.store import Database, InvalidChangeError
from inquiry_tracker.vocab import PROGRESS

TODAY = date(2020, 6, 10)


@pytest.fixture
def grid(db: Database, analyze: Callable[..., Any]) -> Database:
    """Items due at many offsets from TODAY, with several verdicts."""
    offsets = [None, -30, -1, 0, 1, 7, 8, 40]
    verdicts = ["unchecked", "delayed", "kept", "broken"]
    lines = ["OUTLET:株洲日报"]
    for n, (off, _v) in enumerate(itertools.product(offsets, verdicts)):
        due = (TODAY + timedelta(days=off)).isoformat() if off is not None else ""
        dept = "天元区政府" if n % 2 else "市住建局"
        lines.append(f"Q:问题{n}?|答{n}|{dept}|{due}")
    summary = svc.import_text(db, "\n".join(lines) + "\n", "grid.txt", svc.ImportOptions(accept=True), analyze=analyze)
    for item_id, (_off, verdict) in zip(summary.new_items, itertools.product(offsets, verdicts), strict=True):
        if verdict != "unchecked":
            if verdict == "delayed":
                svc.set_verdict(db, item_id, verdict, note="n", clock=svc.fixed(TODAY))
            else:
                svc.set_verdict(db, item_id, verdict, note="n", clock=svc.fixed(TODAY + timedelta(days=365)))
    return db


def test_sql_progress_matches_python(grid: Database) -> None:
    clock = svc.fixed(TODAY)
    every = svc.list_items(grid, limit=None, clock=clock).rows
    assert len(every) == 32
    for state in PROGRESS:
        rows = svc.list_items(grid, svc.ItemFilter(statuses=(state,)), limit=None, clock=clock).rows
        assert sorted(r.item.id for r in rows) == sorted(r.item.id for r in every if r.progress == state), state
    assert {r.progress for r in every} == set(PROGRESS)


def test_due_within_and_overdue(grid: Database) -> None:
    clock = svc.fixed(TODAY)
    within = svc.list_items(grid, svc.ItemFilter(due_within=7), limit=None, clock=clock).rows
    assert within and all(r.progress == "due_soon" and 0 <= (r.days_left or 0) <= 7 for r in within)
    assert len(within) == 3 * 2  # offsets 0, 1, 7 × open verdicts (unchecked, delayed)
    wider = svc.list_items(grid, svc.ItemFilter(due_within=40), limit=None, clock=clock).rows
    assert len(wider) == 5 * 2
    overdue = svc.list_items(grid, svc.ItemFilter(overdue=True), limit=None, clock=clock).rows
    assert len(overdue) == 2 * 2 and all((r.days_left or 0) < 0 for r in overdue)


def test_filters_and_paging(grid: Database) -> None:
    clock = svc.fixed(TODAY)
    page1 = svc.list_items(grid, limit=10, clock=clock)
    page4 = svc.list_items(grid, offset=30, limit=10, clock=clock)
    assert (page1.total, len(page1.rows), len(page4.rows)) == (32, 10, 2)
    dues = [r.item.due for r in svc.list_items(grid, limit=None, clock=clock).rows]
    dated = [d for d in dues if d is not None]
    assert dated == sorted(dated) and dues[-1] is None  # due order, undated last
    assert svc.list_items(grid, svc.ItemFilter(department="天元区"), clock=clock).total == 16
    assert svc.list_items(grid, svc.ItemFilter(department="住建"), clock=clock).total == 16
    assert svc.list_items(grid, svc.ItemFilter(outlet="株洲"), clock=clock).total == 32
    assert svc.list_items(grid, svc.ItemFilter(outlet="长沙"), clock=clock).total == 0
    assert svc.list_items(grid, svc.ItemFilter(statuses=("已兑现",)), clock=clock).total == 8
    assert svc.list_items(grid, svc.ItemFilter(statuses=("kept", "broken")), clock=clock).total == 16
    assert svc.list_items(grid, svc.ItemFilter(kinds=("promise",)), clock=clock).total == 0
    assert svc.list_items(grid, svc.ItemFilter(kinds=("问政",), text="问题1"), clock=clock).total == 11
    with pytest.raises(InvalidChangeError, match="unknown status"):
        svc.list_items(grid, svc.ItemFilter(statuses=("late",)))
    ids = svc.find_item_ids(grid, svc.ItemFilter(overdue=True), clock=clock)
    assert [r.item.id for r in svc.rows_by_ids(grid, ids, clock=clock)] == ids
    assert svc.count_items(grid, svc.ItemFilter(overdue=True), clock=clock) == len(ids)
    assert svc.facet_values(grid, "department") == ["天元区政府", "市住建局"]
    assert svc.facet_values(grid, "outlet") == ["株洲日报"]


def test_scorecard(grid: Database) -> None:
    scores = {s.department: s for s in svc.scorecard(grid, clock=svc.fixed(TODAY))}
    assert set(scores) == {"天元区政府", "市住建局"}
    total = sum(s.items for s in scores.values())
    assert total == 32
    assert sum(s.kept for s in scores.values()) == 8 and sum(s.broken for s in scores.values()) == 8
    assert sum(s.overdue for s in scores.values()) == 4
    for s in scores.values():
        assert s.kept_rate == pytest.approx(s.kept / (s.kept + s.partial + s.broken))
        assert s.median_days_late is not None and s.median_days_late >= 0


def test_scorecard_days_late() -> None:
    from inquiry_tracker.services.scorecard import _lateness

    due = date(2020, 5, 31)
    assert _lateness(due, "kept", date(2020, 6, 10), TODAY) == 10
    assert _lateness(due, "kept", date(2020, 5, 1), TODAY) == 0
    assert _lateness(due, "unchecked", None, TODAY) == 10
    assert _lateness(None, "kept", None, TODAY) is None
    assert _lateness(date(2020, 7, 1), "unchecked", None, TODAY) is None
