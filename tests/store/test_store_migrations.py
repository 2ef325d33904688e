"""Alembic owns the schema: upgrade on open, backups, refusal of unknown databases, and the
frozen first-revision database upgrading with its data."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, text

from inquiry_tracker import services as svc
from inquiry_tracker.store import Database, NotOurDatabaseError, SchemaTooNewError, head_revision
from inquiry_tracker.store.models import Base

FROZEN_V1 = Path(__file__).resolve().parents[1] / "data" / "db" / "schema_v1.sqlite"


def test_open_creates_schema_at_head(db: Database) -> None:
    assert db.upgrade is not None and db.upgrade.from_revision is None
    with db.engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == head_revision()


def test_migrated_schema_matches_models(db: Database) -> None:
    """No drift between the hand-written migrations and the ORM models."""

    def include(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
        if type_ == "table" and name in ("alembic_version",) or (name or "").startswith("item_fts"):
            return False
        if type_ == "column" and name == "grams":  # PostgreSQL search column, not in the models
            return False
        return not (type_ == "index" and name == "ix_item_search_grams")

    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_object": include, "compare_type": True})
        diff = compare_metadata(ctx, Base.metadata)
    assert diff == []


def test_reopen_is_a_no_op(db_url: str) -> None:
    Database.open(db_url).close()
    again = Database.open(db_url)
    assert again.upgrade is not None and not again.upgrade.upgraded
    again.close()


def test_newer_schema_is_refused(db_url: str) -> None:
    Database.open(db_url).close()
    engine = create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": "9999_from_the_future"})
    engine.dispose()
    with pytest.raises(SchemaTooNewError, match="9999_from_the_future"):
        Database.open(db_url)


def test_foreign_database_is_refused(db_url: str) -> None:
    engine = create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE unrelated (id INTEGER PRIMARY KEY)"))
    engine.dispose()
    with pytest.raises(NotOurDatabaseError):
        Database.open(db_url)


def test_frozen_v1_database_upgrades_with_data(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(FROZEN_V1, path)
    db = Database.open(str(path))
    try:
        assert db.upgrade is not None
        assert db.upgrade.from_revision == "0001_initial"
        assert db.upgrade.to_revision == head_revision()
        backup = db.upgrade.backup
        assert backup is not None and backup.exists()
        with closing(sqlite3.connect(backup)) as raw:  # the backup is the untouched old database
            assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001_initial",)

        page = svc.list_items(db, svc.ItemFilter(statuses=("pending", "accepted")), limit=None)
        by_fp = {r.item.fingerprint: r.item for r in page.rows}
        assert set(by_fp) == {"15c4fe14ce8bb4e2f66e", "58f6c9f2a3328c900dbc", "3357ffae51efde419ba7"}
        road = by_fp["15c4fe14ce8bb4e2f66e"]
        assert road.due.isoformat() == "2020-06-30" and road.original_due.isoformat() == "2020-05-31"
        assert road.verdict == "delayed" and road.assignee == "李记者" and road.version == 3
        assert road.outlets == ("株洲日报", "湘江晚报") and road.source_count == 2
        detail, _ = svc.get_item(db, road.id)
        assert [f.kind for f in detail.follow_ups] == ["due_change", "assign"]
        assert detail.follow_ups[0].announced_in == "株洲日报 2020-05-30"
        assert by_fp["3357ffae51efde419ba7"].verdict_on.isoformat() == "2020-06-20"
        # the new search index was filled for the old items
        assert [r.item.id for r in svc.list_items(db, svc.ItemFilter(text="菜市")).rows] == [by_fp["58f6c9f2a3328c900dbc"].id]
        assert [r.item.id for r in svc.list_items(db, svc.ItemFilter(text="湘江")).rows] == [road.id, by_fp["3357ffae51efde419ba7"].id]
        assert svc.list_items(db, svc.ItemFilter(text="智轨")).total == 1
        # and the old data keeps working with the new code
        svc.set_verdict(db, road.id, "kept", note="已通车", expected_version=3)
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    finally:
        db.close()
    with closing(sqlite3.connect(FROZEN_V1)) as raw:  # the committed file itself is untouched
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001_initial",)
