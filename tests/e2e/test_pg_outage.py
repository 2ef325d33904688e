"""PostgreSQL stopped while the app is open: clear errors, no half-written change, and the
same ``Database`` object works again once the server is back.

The server is a private throwaway one (``bench.pgserver``, the ../shared/ci-postgres.sh
recipe on another port), because the test stops and restarts it. Skips without the server
binaries, FAILS without them when ``$INQUIRY_TRACKER_REQUIRE_POSTGRES=1`` (CI).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, select, text
from test_cli import one_line_error, run_inproc

from bench.pgserver import ThrowawayPostgres
from inquiry_tracker import services as svc
from inquiry_tracker.store import Database, DatabaseUnavailableError
from inquiry_tracker.store.models import Item, Source
from inquiry_tracker.store.mutations import load_item

pytestmark = pytest.mark.postgres

DOC = "Q:森林路何时能开通?|5月底开放|天元区政府|2020-05-31\n"


def _state(db: Database, item_id: int) -> tuple[str, int, int, int]:
    with db.read() as s:
        subject, version = s.execute(select(Item.subject, Item.version).where(Item.id == item_id)).one()
        items = s.execute(select(func.count(Item.id))).scalar_one()
        sources = s.execute(select(func.count(Source.id))).scalar_one()
    return subject, version, items, sources


def test_server_stopped_and_restarted_while_open(server: ThrowawayPostgres, analyze: Callable[..., Any]) -> None:
    db = Database.open(server.url)
    try:
        item_id = svc.import_text(db, DOC, "a.txt", analyze=analyze).new_items[0]
        before = _state(db, item_id)
        assert before[1:] == (1, 1, 1)

        server.stop()  # restarted while the app sat idle: the pooled connection is stale,
        server.start()  # and is replaced on the next use (pre-ping) without any error
        assert _state(db, item_id) == before

        server.stop()  # pg_ctl stop -m fast, with our pooled connection open
        with pytest.raises(DatabaseUnavailableError, match="cannot open database") as caught:
            svc.get_item(db, item_id)
        message = str(caught.value)
        assert "PostgreSQL newsroom_test" in message and "\n" not in message and "Traceback" not in message
        with pytest.raises(DatabaseUnavailableError, match="this change was not saved"):
            svc.edit_item(db, item_id, {"subject": "森林路通车"}, expected_version=1)
        with pytest.raises(DatabaseUnavailableError):  # an import is refused, not recorded as a bad file
            svc.import_text(db, DOC.replace("森林路", "湘江路"), "b.txt", analyze=analyze)
        err = one_line_error(run_inproc("show", str(item_id), db=server.url))
        assert "cannot open database" in err

        server.start()  # the same Database object reconnects by itself
        assert _state(db, item_id) == before  # nothing of the refused writes got in
        svc.edit_item(db, item_id, {"subject": "森林路通车"}, expected_version=1)
        assert _state(db, item_id)[:2] == ("森林路通车", 2)
    finally:
        db.close()


def test_connection_lost_inside_a_write_leaves_nothing_half_written(
    server: ThrowawayPostgres, analyze: Callable[..., Any]
) -> None:
    db = Database.open(server.url)
    try:
        item_id = svc.import_text(db, DOC, "a.txt", analyze=analyze).new_items[0]
        before = _state(db, item_id)

        # lost before COMMIT: certainly not saved
        with pytest.raises(DatabaseUnavailableError, match="this change was not saved"), db.write() as s:
            load_item(s, item_id).subject = "改了一半"
            s.flush()
            server.stop()
            s.execute(text("SELECT 1"))
        server.start()
        assert _state(db, item_id) == before

        # lost while committing: the user is told to check, and here nothing got in
        with pytest.raises(DatabaseUnavailableError, match="during COMMIT"), db.write() as s:
            load_item(s, item_id).subject = "改了一半"
            s.flush()
            server.stop()
        server.start()
        assert _state(db, item_id) == before

        svc.import_text(db, DOC.replace("森林路", "湘江路"), "b.txt", analyze=analyze)
        assert _state(db, item_id)[2:] == (2, 2)
    finally:
        db.close()
