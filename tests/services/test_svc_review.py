"""Review inbox: accept, reject, edit, merge."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from inquiry_tracker import services as svc
from inquiry_tracker.store import ConflictError, Database, InvalidChangeError


@pytest.fixture
def ids(db: Database, analyze: Callable[..., Any]) -> list[int]:
    text = "OUTLET:株洲日报\nQ:森林路何时能开通?|5月底开放|天元区政府|2020-05-31\nQ:森林路什么时候通车?|月底开放|天元区政府|\nP:爱心大院8月竣工||2020-08-31\n"
    return svc.import_text(db, text, "a.txt", analyze=analyze).new_items


def test_accept_and_reject(db: Database, ids: list[int]) -> None:
    assert {r.item.review_state for r in svc.list_items(db).rows} == {"pending"}
    changes = svc.accept(db, ids[:2])
    assert changes.items == tuple(ids[:2]) and changes.kinds == {"item.review", "follow_up.added"}
    assert svc.accept(db, ids[:1]).items == ()  # already accepted: nothing changes
    svc.reject(db, [ids[2]], reason="不是承诺")
    assert svc.list_items(db).total == 2  # rejected items are hidden by default
    assert [r.item.id for r in svc.list_items(db, svc.ItemFilter(statuses=("已驳回",))).rows] == [ids[2]]
    assert svc.list_items(db, svc.ItemFilter(statuses=("pending",))).total == 0


def test_edit(db: Database, ids: list[int]) -> None:
    item = svc.get_item(db, ids[2])[0].item
    svc.edit_item(db, ids[2], {"subject": "爱心大院竣工", "department": "市民政局", "due": date(2020, 9, 30)},
                  expected_version=item.version)
    detail = svc.get_item(db, ids[2])[0]
    assert detail.item.subject == "爱心大院竣工" and detail.item.department_canonical == "市民政局"
    assert detail.item.due == detail.item.original_due == date(2020, 9, 30)  # a correction, not 延期
    assert detail.item.version == item.version + 1
    assert detail.follow_ups[-1].kind == "edit"
    with pytest.raises(InvalidChangeError):
        svc.edit_item(db, ids[2], {"verdict": "kept"})
    with pytest.raises(InvalidChangeError):
        svc.edit_item(db, ids[2], {"kind": "rumour"})
    with pytest.raises(ConflictError):
        svc.edit_item(db, ids[2], {"subject": "x"}, expected_version=item.version)
    assert svc.edit_item(db, ids[2], {"subject": "爱心大院竣工"}) == svc.Changes()


def test_merge_moves_sources_and_follow_ups(db: Database, ids: list[int], analyze: Callable[..., Any]) -> None:
    keep, drop = ids[0], ids[1]
    svc.import_text(db, "OUTLET:湘江晚报\nQ:森林路什么时候通车?|月底开放|天元区政府|\n", "b.txt", analyze=analyze)
    svc.add_note(db, drop, "同一件事")
    svc.assign(db, drop, "王记者")
    changes = svc.merge(db, keep, drop)
    assert set(changes.items) == {keep, drop} and "item.merged" in changes.kinds
    detail = svc.get_item(db, keep)[0]
    assert sorted(s.outlet or "" for s in detail.sources) == ["株洲日报", "湘江晚报"]
    assert {"note", "assign", "merge"} <= {f.kind for f in detail.follow_ups}
    assert detail.item.assignee == "王记者"  # empty field filled from the merged item
    gone = svc.get_item(db, drop)[0].item
    assert gone.review_state == "merged" and gone.merged_into_id == keep
    assert drop not in [r.item.id for r in svc.list_items(db, limit=None).rows]
    # a later reprint of the merged item lands on the kept one
    again = svc.import_text(db, "OUTLET:长沙晚报\nQ:森林路什么时候通车?|月底开放|天元区政府|\n", "c.txt", analyze=analyze)
    assert again.reprints == [keep] and again.new_items == []
    with pytest.raises(InvalidChangeError):
        svc.merge(db, keep, drop)
    with pytest.raises(InvalidChangeError):
        svc.merge(db, keep, keep)
