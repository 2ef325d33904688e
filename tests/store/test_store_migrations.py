"""Alembic owns the schema: upgrade on open, backups, refusal of unknown databases, and the
frozen first-revision database upgrading with its data."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, text

from inquiry_tracker import services as svc
from inquiry_tracker.store import (
    Database,
    NotOurDatabaseError,
    SchemaTooNewError,
    head_revision,
    search,
)
from inquiry_tracker.store.migrate import alembic_config
from inquiry_tracker.store.models import Base

FROZEN_V1 = Path(__file__).resolve().parents[1] / "data" / "db" / "schema_v1.sqlite"


def test_open_creates_schema_at_head(db: Database) -> None:
    assert db.upgrade is not None and db.upgrade.from_revision is None
    with db.engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == head_revision()


def test_migrated_schema_matches_models(db: Database) -> None:
    """No drift between the hand-written migrations and the ORM models."""

    def include(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
        if type_ == "table" and name in ("alembic_version",) or (name or "").startswith("item_fts"):
            return False
        if type_ == "column" and (name == "grams" or (name in ("due", "live") and obj.table.name == "item_search")):
            return False  # PostgreSQL search columns (gram vector, trigger-kept copies), not in the models
        # PostgreSQL-only indexes the migrations create for search speed
        return not (type_ == "index" and name in ("ix_item_search_grams", "ix_items_search_cover"))

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


def _old_tsvector(body: str) -> str:
    """The 0002 layout of ``grams``: grams at character positions (for phrase queries)."""
    lexemes: dict[str, list[int]] = {}
    pos = 1
    for run in search.runs(body):
        for i, ch in enumerate(run):
            lexemes.setdefault(ch, []).append(pos + i)
            if i + 1 < len(run):
                lexemes.setdefault(run[i : i + 2], []).append(pos + i)
        pos += len(run) + 1
    return " ".join(f"'{lex}':" + ",".join(map(str, ps)) for lex, ps in lexemes.items())


def test_search_entries_of_0003_are_rebuilt(db_url: str, analyze: Callable[..., Any]) -> None:
    """0004 normalizes the stored text and (PostgreSQL) drops gram positions; search agrees after."""
    db = Database.open(db_url)
    doc = "OUTLET:株洲日报\nQ:Ｇ4高速ＥＴＣ何时恢复?|老旧小区年底改造|湖南高速集团|\nP:背街小巷年底完成提质||2020-12-31\n"
    ids = svc.import_text(db, doc + "P:街巷路灯年底更换||2020-12-31\n", "a.txt", analyze=analyze).new_items
    svc.reject(db, [ids[2]])
    db.close()
    engine = create_engine(db_url)
    with engine.begin() as conn:  # later revisions first undone by their own downgrades
        command.downgrade(alembic_config(conn), "0004_search_grams")
    with engine.begin() as conn:  # back to what 0003 stored: raw text, positional grams
        raw = {"Ｇ4高速ＥＴＣ何时恢复?": "G4高速ETC何时恢复?"}
        for item_id, body in conn.execute(text("SELECT item_id, body FROM item_search")).all():
            old = "\n".join(raw.get(line, line) for line in body.split("\n")).replace("etc", "ＥＴＣ").replace("g4", "Ｇ4")
            conn.execute(text("UPDATE item_search SET body = :b WHERE item_id = :i"), {"b": old, "i": item_id})
            if conn.dialect.name == "postgresql":
                conn.execute(text("UPDATE item_search SET grams = CAST(:g AS tsvector) WHERE item_id = :i"),
                             {"g": _old_tsvector(old), "i": item_id})
        if conn.dialect.name == "postgresql":  # what 0004 added
            for statement in ("DROP TRIGGER item_to_search ON items", "DROP TRIGGER item_search_from_item ON item_search",
                              "DROP FUNCTION item_to_search()", "DROP FUNCTION item_search_from_item()",
                              "ALTER TABLE item_search DROP COLUMN due, DROP COLUMN live"):
                conn.execute(text(statement))
        assert "ＥＴＣ" in conn.execute(text("SELECT body FROM item_search WHERE item_id = :i"), {"i": ids[0]}).scalar_one()
        conn.execute(text("UPDATE alembic_version SET version_num = '0003_search_cover'"))
    engine.dispose()

    db = Database.open(db_url)
    try:
        assert db.upgrade is not None and db.upgrade.from_revision == "0003_search_cover"
        with db.engine.connect() as conn:  # 0005 indexed the names of the items stored before it
            named = dict(conn.execute(text("SELECT item_id, name FROM item_names")).all())
            assert set(named) == set(ids) and "高速" in named[ids[0]]
        with db.engine.connect() as conn:
            bodies = dict(conn.execute(text("SELECT item_id, body FROM item_search")).all())
            assert all(body == search.normalize(body) for body in bodies.values()) and "g4高速etc" in bodies[ids[0]]
            if conn.dialect.name == "postgresql":
                grams = conn.execute(text("SELECT grams::text FROM item_search WHERE item_id = :i"), {"i": ids[1]}).scalar_one()
                assert ":" not in grams and "'背街'" in grams
                copies = conn.execute(text("SELECT item_id, due, live FROM item_search ORDER BY item_id")).all()
                assert [(i, d and d.isoformat(), live) for i, d, live in copies] == [
                    (ids[0], None, True), (ids[1], "2020-12-31", True), (ids[2], "2020-12-31", False)]
            else:
                conn.exec_driver_sql("INSERT INTO item_fts(item_fts) VALUES ('integrity-check')")
        for query, expected in [("etc", [ids[0]]), ("Ｇ4高速", [ids[0]]), ("老旧小区", [ids[0]]), ("背街小巷", [ids[1]]),
                                ("株洲", ids[:2]), ("街小巷背", []), ("路灯", [])]:
            assert svc.find_item_ids(db, svc.ItemFilter(text=query), order="id") == expected, query
        edited = svc.get_item(db, ids[0])[0].item  # and entries written before the migration can still be replaced
        svc.edit_item(db, ids[0], {"reply": "已恢复", "statement": "已恢复"}, expected_version=edited.version)
        assert svc.find_item_ids(db, svc.ItemFilter(text="老旧小区")) == []
        with db.engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                conn.exec_driver_sql("INSERT INTO item_fts(item_fts) VALUES ('integrity-check')")
    finally:
        db.close()


def test_written_out_head_is_the_newest_migration() -> None:
    from inquiry_tracker.store.migrate import HEAD_REVISION

    assert head_revision() == HEAD_REVISION


def test_opening_an_up_to_date_database_loads_no_alembic(tmp_path: Path) -> None:
    """Start-up cost: an up-to-date database is opened without importing Alembic (or Mako)."""
    import subprocess
    import sys

    path = tmp_path / "t.sqlite"
    Database.open(str(path)).close()
    probe = (
        "import sys\nfrom inquiry_tracker.store import Database\n"
        f"db = Database.open({str(path)!r})\nassert not db.upgrade.upgraded\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'mako')))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
