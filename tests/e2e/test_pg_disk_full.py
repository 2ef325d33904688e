"""A disk that fills up during an import into PostgreSQL.

The private throwaway server (``bench.pgserver``) gets a tablespace on a small tmpfs and a
database that lives in it; a filler file then leaves the tablespace a few hundred KB. The
server's own directory (WAL, catalogs of the other databases) stays on the big disk, so
what runs out is exactly what runs out on a newsroom server: room for the tables. PostgreSQL
then fails the write with SQLSTATE 53100 ("could not extend file …: No space left on
device"), and the import must roll the document back whole, keep the documents before it,
stop the batch with the reason and finish it once the filler is deleted.

Needs ``mount`` (root with CAP_SYS_ADMIN). Where mounting is refused the same test runs with
the server's real disk-full error raised on one insert of the victim document instead
(``psycopg.errors.DiskFull``), so the rollback path is still proven on PostgreSQL.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import create_engine, event, func, select, text
from sqlalchemy.engine import Engine
from test_crash import make_batch
from test_disk_full import fill_up_then_finish

from bench.pgserver import ThrowawayPostgres
from inquiry_tracker.extract import analyze_text
from inquiry_tracker.store import Database
from inquiry_tracker.store.models import Item, ItemSearch, ItemSource, Source

pytestmark = pytest.mark.postgres

SMALL_DB = "tracker_small"


class SmallTablespace:
    """A database whose tables live on a tmpfs that can be filled up and emptied again."""

    def __init__(self, server: ThrowawayPostgres) -> None:
        self.server = server
        self.mount = server.root / "small"
        self.filler = self.mount / "filler"
        self.url = server.url.replace(f"/{server.dbname}?", f"/{SMALL_DB}?")
        self.kind = ""
        self._victim: str | None = None
        self._listener: Any = None
        self.failed_in: str | None = None

    def _admin(self, *statements: str) -> None:
        engine = create_engine(self.server.url, isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as conn:
                for statement in statements:
                    conn.execute(text(statement))
        finally:
            engine.dispose()

    def __enter__(self) -> SmallTablespace:
        self.mount.mkdir()
        proc = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=24m,mode=0700,uid=postgres,gid=postgres" if os.geteuid() == 0
             else "size=24m", "tmpfs", str(self.mount)],
            capture_output=True, text=True, check=False,
        )
        if proc.returncode == 0:
            self.kind = "tmpfs tablespace"
            # CREATE DATABASE copies template1 (~8 MB) into the tablespace; the schema follows
            self._admin(f"CREATE TABLESPACE small LOCATION '{self.mount}'",
                        f"CREATE DATABASE {SMALL_DB} TABLESPACE small")
        else:
            self.kind = f"simulated 53100 (mount refused: {proc.stderr.strip()})"
            self._admin(f"CREATE DATABASE {SMALL_DB}")
        Database.open(self.url).close()
        return self

    def fill(self, leave: int) -> None:
        """Leave about ``leave`` bytes free on the tablespace (or arm the simulated failure)."""
        if self.kind != "tmpfs tablespace":
            self._arm()
            return
        stat = os.statvfs(self.mount)
        free = stat.f_bavail * stat.f_frsize
        with open(self.filler, "wb") as fh:  # root writes it; tmpfs pages are really taken
            block = b"\0" * (1 << 20)
            left = free - leave
            while left > 0:
                fh.write(block[: min(left, len(block))])
                left -= len(block)

    def make_room(self) -> None:
        """Delete the filler (or disarm the simulated failure)."""
        if self._listener is not None:
            event.remove(Engine, "before_cursor_execute", self._listener)
            self._listener = None
        self.filler.unlink(missing_ok=True)

    def _arm(self) -> None:
        """Fallback: fail the 10th document's item_sources insert with PostgreSQL's own error."""
        seen: list[str] = []

        def fail(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool) -> None:
            head = statement.lstrip().upper()
            if head.startswith("INSERT INTO SOURCES"):
                seen.append(str(parameters))
            if len(seen) >= 10 and head.startswith(("INSERT", "UPDATE")):
                self.failed_in = self.failed_in or seen[-1]
                raise psycopg.errors.DiskFull("could not extend file: No space left on device")

        self._listener = fail
        event.listen(Engine, "before_cursor_execute", fail)

    def __exit__(self, *exc: object) -> None:
        self.make_room()
        self._admin(f"DROP DATABASE IF EXISTS {SMALL_DB} WITH (FORCE)")
        if self.kind == "tmpfs tablespace":
            self._admin("DROP TABLESPACE IF EXISTS small")
            subprocess.run(["umount", str(self.mount)], check=False)
        shutil.rmtree(self.mount, ignore_errors=True)


@pytest.fixture
def small_tablespace(server: ThrowawayPostgres) -> Iterator[SmallTablespace]:
    with SmallTablespace(server) as space:
        yield space


def _stored_origins(url: str) -> list[str]:
    """Origins of the stored documents, after checking each holds all its items and every
    item is indexed once and belongs to a source."""
    db = Database.open(url)
    try:
        with db.read() as s:
            sources = s.execute(select(Source.id, Source.origin, Source.text).order_by(Source.id)).all()
            spans = Counter(s.execute(select(ItemSource.source_id)).scalars())
            orphans = s.execute(select(Item.id).where(~Item.id.in_(select(ItemSource.item_id)))).all()
            items = s.execute(select(func.count(Item.id))).scalar_one()
            indexed = s.execute(select(func.count(ItemSearch.item_id))).scalar_one()
    finally:
        db.close()
    assert orphans == [] and indexed == items
    for source_id, origin, body in sources:
        assert spans[source_id] == len({it.fingerprint for it in analyze_text(body).items}), origin
    return [str(origin) for _, origin, _ in sources]


@pytest.mark.slow
def test_tablespace_fills_up_during_import(small_tablespace: SmallTablespace, seeds_dir: Path, tmp_path: Path) -> None:
    print(f"small disk: {small_tablespace.kind}")  # shown with -rP: which of the two ways ran
    batch = make_batch(seeds_dir, tmp_path / "batch")[:40]  # ~20 KB each, ~800 KB of text
    small_tablespace.fill(leave=400 * 1024)
    fill_up_then_finish(
        batch, small_tablespace.url, lambda: _stored_origins(small_tablespace.url), small_tablespace.make_room,
        small_tablespace.kind,
    )
