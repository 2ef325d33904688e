"""Where the database lives and how connections behave; known errors are translated."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from inquiry_tracker.store import (
    Database,
    DatabaseLockedError,
    DatabaseUnavailableError,
    resolve_url,
)
from inquiry_tracker.store import engine as engine_mod


def test_url_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    env = {"INQUIRY_TRACKER_DB": str(tmp_path / "env.sqlite")}
    assert resolve_url(str(tmp_path / "flag.sqlite"), env).database == str(tmp_path / "flag.sqlite")
    assert resolve_url(None, env).database == str(tmp_path / "env.sqlite")
    monkeypatch.setattr(engine_mod, "default_sqlite_path", lambda: tmp_path / "data" / "x.sqlite")
    assert resolve_url(None, {}).database == str(tmp_path / "data" / "x.sqlite")
    assert resolve_url("postgresql://u@h/db", {}).drivername == "postgresql+psycopg"
    assert resolve_url("postgresql+psycopg://u@h/db", env).get_backend_name() == "postgresql"


def test_default_location_is_user_data_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    path = engine_mod.default_sqlite_path()
    assert path.name == "inquiry-tracker.sqlite" and str(path).startswith(str(tmp_path))


def test_sqlite_connection_settings(tmp_path: Path) -> None:
    db = Database.open(str(tmp_path / "t.sqlite"))
    with db.read() as s:
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert s.execute(text("PRAGMA busy_timeout")).scalar() == engine_mod.BUSY_TIMEOUT_MS
    db.close()


def test_locked_sqlite_gives_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "t.sqlite"
    Database.open(str(path)).close()
    monkeypatch.setattr(engine_mod, "BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        db = Database.open(str(path))
        with pytest.raises(DatabaseLockedError, match="locked"), db.write() as s:
            s.execute(text("DELETE FROM departments"))
        db.close()
    finally:
        holder.rollback()
        holder.close()


def test_unreachable_postgres_gives_a_clear_error(tmp_path: Path) -> None:
    url = f"postgresql+psycopg://nobody@/nothing?host={tmp_path}&port=1"
    with pytest.raises(DatabaseUnavailableError, match="cannot open database"):
        Database.open(url)


def test_unopenable_sqlite_path(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises((DatabaseUnavailableError, OSError)):
        Database.open(str(blocker / "sub" / "t.sqlite"))


def test_bulk_writes_cache_more_and_checkpoint_less_then_give_the_settings_back(tmp_path: Path) -> None:
    """A large import's writes (``write(bulk=True)``) run with a bigger page cache and a rarer
    WAL checkpoint; the next ordinary transaction on that connection has SQLite's own values."""

    def settings(s: object) -> tuple[int, int]:
        return (s.execute(text("PRAGMA cache_size")).scalar(),  # type: ignore[attr-defined]
                s.execute(text("PRAGMA wal_autocheckpoint")).scalar())  # type: ignore[attr-defined]

    db = Database.open(str(tmp_path / "t.sqlite"))
    try:
        with db.write() as s:
            ordinary = settings(s)
        with db.write(bulk=True) as s:
            assert settings(s) == (-65536, 10000) != ordinary
            s.execute(text("INSERT INTO departments (name, city) VALUES ('市住建局', '')"))
        with db.read() as s:
            assert settings(s) == ordinary
            assert s.execute(text("SELECT count(*) FROM departments")).scalar() == 1
        with db.write(bulk=True) as s, db.read() as other:  # two connections: each its own settings
            assert settings(s) == (-65536, 10000) and settings(other) == ordinary
    finally:
        db.close()


def test_write_is_all_or_nothing(db: Database) -> None:
    from inquiry_tracker.store.models import Department

    with pytest.raises(RuntimeError), db.write() as s:
        s.add(Department(name="市住建局", city=""))
        s.flush()
        raise RuntimeError("boom")
    with db.read() as s:
        assert s.execute(text("SELECT count(*) FROM departments")).scalar() == 0


def test_read_sessions_work_from_threads(db: Database) -> None:
    results: list[int] = []

    def work() -> None:
        with db.read() as s:
            results.append(int(s.execute(text("SELECT 1")).scalar_one()))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [1, 1, 1, 1]
