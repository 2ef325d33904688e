"""Optimistic locking: a stale edit fails with ConflictError instead of overwriting."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from inquiry_tracker import services as svc
from inquiry_tracker.store import ConflictError, Database
from inquiry_tracker.store.models import Item


@pytest.fixture
def item_id(db: Database, analyze: Callable[..., Any]) -> int:
    summary = svc.import_text(db, "Q:森林路何时能开通?|5月底开放|天元区政府|2020-05-31\n", "a.txt", analyze=analyze)
    return summary.new_items[0]


def test_stale_version_is_refused(db: Database, item_id: int) -> None:
    seen = svc.get_item(db, item_id)[0].item  # both reporters open the item at version 1
    svc.edit_item(db, item_id, {"subject": "森林路通车"}, expected_version=seen.version)
    with pytest.raises(ConflictError, match="changed by someone else"):
        svc.edit_item(db, item_id, {"subject": "森林路开放"}, expected_version=seen.version)
    with pytest.raises(ConflictError):
        svc.set_verdict(db, item_id, "kept", note="x", expected_version=seen.version)
    now = svc.get_item(db, item_id)[0].item
    assert now.subject == "森林路通车" and now.verdict == "unchecked" and now.version == seen.version + 1


@pytest.mark.postgres
def test_concurrent_edits_on_postgres(pg_schema_url: str, analyze: Callable[..., Any]) -> None:
    """Two connections edit the same item at the same time: one wins, the other gets the
    conflict error, and nothing is lost (the loser can re-read and re-apply)."""
    db_a = Database.open(pg_schema_url)
    db_b = Database.open(pg_schema_url)
    try:
        item_id = svc.import_text(db_a, "Q:森林路何时能开通?|5月底开放|天元区政府|2020-05-31\n", "a.txt", analyze=analyze).new_items[0]
        a_loaded = threading.Event()
        b_loaded = threading.Event()
        outcome: dict[str, object] = {}

        def writer(db: Database, name: str, mine: threading.Event, other: threading.Event) -> None:
            try:
                with db.write() as s:
                    item = s.execute(select(Item).where(Item.id == item_id)).scalar_one()
                    mine.set()
                    other.wait(5)  # both read version 1 before either writes
                    item.assignee = name
                outcome[name] = "ok"
            except ConflictError as err:
                outcome[name] = err

        ta = threading.Thread(target=writer, args=(db_a, "李记者", a_loaded, b_loaded))
        tb = threading.Thread(target=writer, args=(db_b, "王记者", b_loaded, a_loaded))
        ta.start()
        tb.start()
        ta.join(20)
        tb.join(20)
        assert sorted(type(v).__name__ for v in outcome.values()) == ["ConflictError", "str"]
        winner = next(k for k, v in outcome.items() if v == "ok")
        loser = next(k for k, v in outcome.items() if isinstance(v, ConflictError))
        final = svc.get_item(db_a, item_id)[0].item
        assert final.assignee == winner and final.version == 2
        # nothing lost: the loser re-reads and applies the change on top
        svc.assign(db_b, item_id, loser, expected_version=final.version)
        assert svc.get_item(db_b, item_id)[0].item.assignee == loser

        # and the service-level check: a stale copy from before is refused
        with pytest.raises(ConflictError, match="该条目"):
            svc.edit_item(db_a, item_id, {"subject": "旧"}, expected_version=1)
    finally:
        db_a.close()
        db_b.close()


def test_second_editor_is_told_then_reloads_and_reapplies(db_url: str, analyze: Callable[..., Any]) -> None:
    """Two reporters (two open databases) edit one item through the services: the second is
    refused with ConflictError, reloads, reapplies, and both changes are kept."""
    alice = Database.open(db_url)
    bob = Database.open(db_url)
    try:
        item_id = svc.import_text(alice, "Q:森林路何时能开通?|5月底开放|天元区政府|2020-05-31\n", "a.txt", analyze=analyze).new_items[0]
        alice_copy = svc.get_item(alice, item_id)[0].item
        bob_copy = svc.get_item(bob, item_id)[0].item
        assert alice_copy.version == bob_copy.version == 1

        svc.edit_item(alice, item_id, {"subject": "森林路通车"}, expected_version=alice_copy.version, author="李记者")
        bob_change = {"department": "天元区住建局", "due": date(2020, 6, 30)}
        with pytest.raises(ConflictError, match="reload and try again") as told:
            svc.edit_item(bob, item_id, bob_change, expected_version=bob_copy.version, author="王记者")
        assert told.value.item_id == item_id

        reloaded = svc.get_item(bob, item_id)[0].item  # Bob sees Alice's change, none of his own
        assert (reloaded.subject, reloaded.department, reloaded.version) == ("森林路通车", "天元区政府", 2)
        svc.edit_item(bob, item_id, bob_change, expected_version=reloaded.version, author="王记者")

        detail = svc.get_item(alice, item_id)[0]
        final = detail.item
        assert final.subject == "森林路通车"  # Alice's change kept
        assert final.department == "天元区住建局" and final.due == date(2020, 6, 30)  # Bob's reapplied
        assert final.version == 3
        edits = [(f.author, f.value_to) for f in detail.follow_ups if f.kind == "edit"]
        assert edits == [("李记者", "subject"), ("王记者", "department,due")]
    finally:
        alice.close()
        bob.close()
