"""Driver errors a user can act on become the store's known errors, on both back-ends."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import psycopg.errors
import pytest
from sqlalchemy import event, exc, func, select, text

from inquiry_tracker.store import Database, DatabaseLockedError, DiskFullError
from inquiry_tracker.store.engine import translated_errors
from inquiry_tracker.store.models import Department


@pytest.mark.parametrize(
    ("orig", "expected"),
    [
        (sqlite3.OperationalError("database or disk is full"), DiskFullError),
        (psycopg.errors.DiskFull("could not extend file \"base/1/2\": No space left on device"), DiskFullError),
        (sqlite3.OperationalError("database is locked"), DatabaseLockedError),
    ],
)
def test_driver_errors_are_translated(orig: Exception, expected: type[Exception]) -> None:
    with pytest.raises(expected, match="db.sqlite") as caught, translated_errors("db.sqlite"):
        raise exc.OperationalError("INSERT …", None, orig)
    assert "\n" not in str(caught.value)


def test_full_sqlite_file_rolls_the_write_back(tmp_path: Path) -> None:
    """SQLite's own SQLITE_FULL (a page cap on the connection): DiskFullError, nothing stored."""
    path = tmp_path / "t.sqlite"
    Database.open(str(path)).close()
    db = Database.open(str(path))

    @event.listens_for(db.engine, "connect")
    def cap(dbapi_connection: Any, _record: Any) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 2}")

    try:
        with pytest.raises(DiskFullError, match="the disk is full"), db.write() as s:
            s.add_all(Department(name=f"部门{i}" + "局" * 200, city="") for i in range(500))
        with db.read() as s:
            assert s.execute(select(func.count(Department.id))).scalar_one() == 0
            assert s.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
    finally:
        db.close()
