"""Optimistic locking: a stale edit fails with ConflictError instead of overwriting."""

from __future__ import annotations

import threading
from collections.abc import Callable
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
