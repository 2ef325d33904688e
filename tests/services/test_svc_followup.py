"""Follow-up: verdicts with evidence, 延期 with history, assignment, notes, and progress
computed against an injectable clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from inquiry_tracker import services as svc
from inquiry_tracker.store import Database, InvalidChangeError, NotFoundError

DUE = date(2020, 5, 31)


@pytest.fixture
def item_id(db: Database, analyze: Callable[..., Any]) -> int:
    s = svc.import_text(db, "Q:森林路何时能开通?|5月底开放|天元区政府|2020-05-31\n", "a.txt", svc.ImportOptions(accept=True), analyze=analyze)
    return s.new_items[0]


def _row(db: Database, item_id: int, today: date) -> svc.ItemRow:
    return svc.get_item(db, item_id, clock=svc.fixed(today))[1]


def test_clock_makes_an_item_overdue(db: Database, item_id: int) -> None:
    assert _row(db, item_id, date(2020, 5, 1)).progress == "not_due"
    assert _row(db, item_id, date(2020, 5, 24)).progress == "due_soon"
    assert _row(db, item_id, DUE).progress == "due_soon"
    row = _row(db, item_id, date(2020, 6, 3))
    assert (row.progress, row.days_left) == ("overdue", -3)
    overdue = svc.list_items(db, svc.ItemFilter(overdue=True), clock=svc.fixed(date(2020, 6, 3)))
    assert [r.item.id for r in overdue.rows] == [item_id]
    assert svc.list_items(db, svc.ItemFilter(overdue=True), clock=svc.fixed(date(2020, 5, 3))).total == 0


def test_never_broken_before_the_due_date(db: Database, item_id: int) -> None:
    with pytest.raises(InvalidChangeError, match="before its due date 2020-05-31"):
        svc.set_verdict(db, item_id, "broken", note="还没通", clock=svc.fixed(date(2020, 5, 20)))
    with pytest.raises(InvalidChangeError):
        svc.set_verdict(db, item_id, "broken", note="还没通", clock=svc.fixed(DUE))
    changes = svc.set_verdict(db, item_id, "broken", note="仍未开放", evidence_url="https://example.org/visit",
                              clock=svc.fixed(date(2020, 6, 2)))
    assert changes.items == (item_id,) and "item.verdict" in changes.kinds
    detail, row = svc.get_item(db, item_id, clock=svc.fixed(date(2020, 6, 2)))
    assert detail.item.verdict == "broken" and detail.item.verdict_on == date(2020, 6, 2)
    assert row.progress == "closed"
    last = detail.follow_ups[-1]
    assert (last.kind, last.verdict_from, last.verdict_to, last.note, last.evidence_url) == (
        "verdict", "unchecked", "broken", "仍未开放", "https://example.org/visit")


def test_kept_before_due_and_unknown_verdict(db: Database, item_id: int) -> None:
    svc.set_verdict(db, item_id, "kept", note="已通车", evidence_file="/photos/road.jpg", on=date(2020, 5, 28),
                    clock=svc.fixed(date(2020, 5, 29)))
    item = svc.get_item(db, item_id)[0].item
    assert item.verdict == "kept" and item.verdict_on == date(2020, 5, 28)
    with pytest.raises(InvalidChangeError, match="unknown verdict"):
        svc.set_verdict(db, item_id, "maybe", note="?")
    with pytest.raises(NotFoundError):
        svc.set_verdict(db, 99999, "kept", note="?")


def test_due_change_keeps_history_and_counts_the_new_date(db: Database, item_id: int) -> None:
    changes = svc.change_due(db, item_id, date(2020, 7, 31), note="移交推迟", announced_in="株洲日报 2020-05-30 第2版")
    assert changes.kinds == {"item.due", "item.verdict", "follow_up.added"}
    detail, row = svc.get_item(db, item_id, clock=svc.fixed(date(2020, 6, 15)))
    assert detail.item.due == date(2020, 7, 31) and detail.item.original_due == DUE
    assert detail.item.verdict == "delayed" and row.progress == "not_due"
    entry = detail.follow_ups[-1]
    assert (entry.kind, entry.due_from, entry.due_to, entry.announced_in, entry.note) == (
        "due_change", DUE, date(2020, 7, 31), "株洲日报 2020-05-30 第2版", "移交推迟")
    assert _row(db, item_id, date(2020, 8, 1)).progress == "overdue"  # delayed is not final
    svc.change_due(db, item_id, date(2020, 9, 30), note="再次延期")
    detail = svc.get_item(db, item_id)[0]
    assert [(f.due_from, f.due_to) for f in detail.follow_ups if f.kind == "due_change"] == [
        (DUE, date(2020, 7, 31)), (date(2020, 7, 31), date(2020, 9, 30))]
    with pytest.raises(InvalidChangeError):
        svc.change_due(db, item_id, date(2020, 9, 30), note="same")


def test_assign_and_notes(db: Database, item_id: int) -> None:
    svc.assign(db, item_id, "李记者")
    assert svc.assign(db, item_id, "李记者") == svc.Changes()
    svc.add_note(db, item_id, "已电话联系区政府")
    svc.add_note(db, item_id, "现场照片", evidence_file="/photos/1.jpg")
    with pytest.raises(InvalidChangeError):
        svc.add_note(db, item_id, "  ")
    detail = svc.get_item(db, item_id)[0]
    assert detail.item.assignee == "李记者"
    assert [f.kind for f in detail.follow_ups][-3:] == ["assign", "note", "evidence"]
    assert svc.list_items(db, svc.ItemFilter(assignee="李记者")).total == 1
    svc.assign(db, item_id, None)
    assert svc.get_item(db, item_id)[0].item.assignee is None


def test_follow_up_on_a_merged_item_is_refused_naming_the_survivor(db: Database, analyze: Callable[..., Any]) -> None:
    text = "Q:森林路何时能开通?|5月底开放|天元区政府|2020-05-31\nQ:森林路什么时候开?|5月底开放|天元区政府|2020-05-31\n"
    keep, drop = svc.import_text(db, text, "a.txt", svc.ImportOptions(accept=True), analyze=analyze).new_items
    svc.merge(db, keep, drop)
    today = svc.fixed(date(2020, 6, 2))
    attempts: list[Callable[[], object]] = [
        lambda: svc.set_verdict(db, drop, "kept", note="已通车", clock=today),
        lambda: svc.change_due(db, drop, date(2020, 9, 30), note="延期"),
        lambda: svc.assign(db, drop, "李记者"),
        lambda: svc.add_note(db, drop, "现场看过"),
    ]
    for attempt in attempts:
        with pytest.raises(InvalidChangeError, match=rf"item #{drop} was merged into #{keep}; use #{keep}"):
            attempt()
    survivor = svc.get_item(db, keep, clock=today)[0].item
    assert survivor.verdict == "unchecked" and survivor.assignee is None
    svc.set_verdict(db, keep, "kept", note="已通车", clock=today)
    assert svc.get_item(db, keep, clock=today)[0].item.verdict == "kept"


@pytest.mark.parametrize("huge", [2**31, 2**40, 2**64])
def test_ids_no_key_can_hold_are_not_found_on_both_backends(db: Database, huge: int) -> None:
    with pytest.raises(NotFoundError):
        svc.get_item(db, huge)
    with pytest.raises(NotFoundError):
        svc.set_verdict(db, huge, "kept", note="x")
    with pytest.raises(NotFoundError):
        svc.get_source(db, huge)
