"""A disk that fills up during an import: the document being written is rolled back whole,
the documents before it stay, the batch stops with the reason (every further document would
fail the same way), the message names the file and says the disk is full, and importing
the batch again once there is room finishes it.

Two ways to fill the disk:
- a real 1 MB tmpfs under the database (needs ``mount``, i.e. root with CAP_SYS_ADMIN); where
  that is refused the same test caps the file with ``PRAGMA max_page_count`` instead, which
  makes SQLite itself fail with SQLITE_FULL ("database or disk is full") at the same place;
- a simulated failure raised on one statement in the middle of a document's transaction
  (after its source and items rows went in), so the rollback of a half-written document is
  proven whatever SQLite happens to be writing when the real disk runs out.
"""

from __future__ import annotations

import sqlite3
import subprocess
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select
from sqlalchemy.engine import Engine
from sqlalchemy.pool import Pool
from test_cli import run_inproc
from test_crash import make_batch

from inquiry_tracker import services as svc
from inquiry_tracker.extract import analyze_text
from inquiry_tracker.store import Database
from inquiry_tracker.store.models import Item, ItemSource, Source

FULL = "database or disk is full"


# --- helpers ------------------------------------------------------------------------------


def _check_whole_documents(path: Path, analyzer: Callable[..., Any] | None = None) -> list[str]:
    """Integrity is ok, every item has a source, every source has all its items; the origins."""
    with closing(sqlite3.connect(path)) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
        raw.execute("INSERT INTO item_fts(item_fts) VALUES ('integrity-check')")
    db = Database.open(str(path))
    try:
        with db.read() as s:
            sources = s.execute(select(Source.id, Source.origin, Source.text)).all()
            spans = Counter(s.execute(select(ItemSource.source_id)).scalars())
            orphans = s.execute(select(Item.id).where(~Item.id.in_(select(ItemSource.item_id)))).all()
    finally:
        db.close()
    assert orphans == []
    for source_id, origin, text in sources:
        expected = len({it.fingerprint for it in (analyzer or analyze_text)(text).items})
        assert spans[source_id] == expected, origin
    return [str(origin) for _, origin, _ in sources]


class SmallDisk:
    """A database file on a disk that runs out: a real tmpfs, else a page cap in SQLite."""

    def __init__(self, root: Path) -> None:
        self.mount = root / "small"
        self.mount.mkdir()
        self.path = self.mount / "tracker.sqlite"
        self.kind = ""
        self._cap: int | None = None
        self._listener: Callable[..., None] | None = None

    def __enter__(self) -> SmallDisk:
        proc = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(self.mount)],
                              capture_output=True, text=True, check=False)
        if proc.returncode == 0:
            self.kind = "tmpfs 1 MB"
            Database.open(str(self.path)).close()
            return self
        # mount refused (not root, or no CAP_SYS_ADMIN): cap the file instead
        Database.open(str(self.path)).close()
        with closing(sqlite3.connect(self.path)) as raw:
            pages = raw.execute("PRAGMA page_count").fetchone()[0]
        self._cap = pages + 200  # about 800 KB more, like the tmpfs
        self.kind = f"max_page_count {self._cap} (mount refused: {proc.stderr.strip()})"

        def cap(dbapi_connection: Any, _record: Any) -> None:
            if isinstance(dbapi_connection, sqlite3.Connection) and self._cap is not None:
                files = [row[2] for row in dbapi_connection.execute("PRAGMA database_list")]
                if str(self.path) in files:
                    dbapi_connection.execute(f"PRAGMA max_page_count = {self._cap}")

        self._listener = cap
        event.listen(Pool, "connect", cap)
        return self

    def make_room(self) -> None:
        """Free space: grow the tmpfs, or lift the cap (for connections opened from now on)."""
        if self._cap is None:
            subprocess.run(["mount", "-o", "remount,size=16m", str(self.mount)], check=True)
        else:
            self._cap = 1_000_000

    def __exit__(self, *exc: object) -> None:
        if self._listener is not None:
            event.remove(Pool, "connect", self._listener)
        if self._cap is None:
            subprocess.run(["umount", str(self.mount)], check=False)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[SmallDisk]:
    with SmallDisk(tmp_path) as disk:
        yield disk


# --- a real disk running out ---------------------------------------------------------------


def fill_up_then_finish(batch: list[Path], db: str, stored: Callable[[], list[str]], make_room: Callable[[], None],
                        kind: str) -> None:
    """Import ``batch`` into ``db`` on a disk that runs out, then again once there is room:
    the failing file is named with the reason, the documents before it are stored whole and
    in order (``stored`` lists them after checking), the rest are reported not tried, and the
    rerun imports exactly the missing ones."""
    proc = run_inproc("import", *map(str, batch), db=db)
    assert proc.returncode == 1, (kind, proc.stdout.decode(), proc.stderr.decode())
    err_lines = proc.stderr.decode().strip().splitlines()
    assert len(err_lines) == 1 and "Traceback" not in err_lines[0], err_lines
    print(err_lines[0])
    summary_line = proc.stdout.decode()
    assert "已停止: 磁盘已满" in summary_line  # the CLI's summary speaks one language (Chinese)

    failed = next(p for p in batch if str(p) in err_lines[0])  # the message names the file …
    assert "the disk is full" in err_lines[0] and "rolled back" in err_lines[0]  # … and why
    done = stored()
    assert done == [str(p) for p in batch[: batch.index(failed)]], "earlier documents stay, in order"
    assert 1 <= len(done) < len(batch) - 1, kind
    assert f"余下 {len(batch) - len(done) - 1} 个文件未导入" in summary_line

    make_room()
    again = run_inproc("import", *map(str, batch), db=db)
    assert again.returncode == 0, again.stderr.decode()
    assert f"文档 {len(batch) - len(done)} " in again.stdout.decode()
    assert sorted(stored()) == sorted(str(p) for p in batch)


@pytest.mark.slow
def test_disk_fills_up_during_import(small_disk: SmallDisk, seeds_dir: Path, tmp_path: Path) -> None:
    print(f"small disk: {small_disk.kind}")  # shown with -rP: which of the two ways ran
    batch = make_batch(seeds_dir, tmp_path / "batch")[:40]  # ~20 KB each, ~800 KB in all
    fill_up_then_finish(
        batch, str(small_disk.path), lambda: _check_whole_documents(small_disk.path), small_disk.make_room, small_disk.kind
    )


# --- a write failing in the middle of a document ---------------------------------------------


class FillsUp:
    """Raises SQLite's disk-full error on the item_sources insert of ``victim`` (its source and
    items rows are already written), and on every write after it until :meth:`make_room`."""

    def __init__(self, victim: str) -> None:
        self.victim = victim
        self.full = False
        self.current: str | None = None
        self.failed_in: str | None = None

    def __call__(self, conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool) -> None:
        head = statement.lstrip().upper()
        if head.startswith("INSERT INTO SOURCES"):
            self.current = str(parameters)  # holds the origin (file path) of the document
        if not head.startswith(("INSERT", "UPDATE", "DELETE")):
            return
        if (self.failed_in is None and head.startswith("INSERT INTO ITEM_SOURCES")
                and self.current and self.victim in self.current):
            self.full = True
            self.failed_in = self.current
        if self.full:
            raise sqlite3.OperationalError(FULL)

    def make_room(self, victim: str | None = None) -> None:
        """Space is freed; with ``victim`` the disk fills up again at that document."""
        self.full = False
        if victim is not None:
            self.victim, self.failed_in = victim, None


def _fake_batch(folder: Path) -> list[Path]:
    folder.mkdir()
    paths = []
    for i in range(8):
        path = folder / f"{i:04d}.txt"
        path.write_text(f"OUTLET:株洲日报\nQ:第{i}条路何时开通?|5月底开放|天元区政府|2020-05-31\nP:第{i}座桥年底建成|市住建局|2020-12-31\n",
                        encoding="utf-8")
        paths.append(path)
    return paths


def test_disk_full_mid_document_rolls_it_back_and_stops(tmp_path: Path, analyze: Callable[..., Any]) -> None:
    batch = _fake_batch(tmp_path / "batch")
    path = tmp_path / "tracker.sqlite"
    db = Database.open(str(path))
    fills = FillsUp("0003.txt")
    event.listen(db.engine, "before_cursor_execute", fills)
    try:
        summary = svc.import_paths(db, batch, analyze=analyze)
        assert fills.failed_in is not None and "0003.txt" in fills.failed_in
        assert summary.documents == 3 and len(summary.new_items) == 6
        assert [Path(name).name for name, _ in summary.failures] == ["0003.txt"]
        reason = summary.failures[0][1]
        assert "the disk is full" in reason and "rolled back" in reason and str(path) in reason
        assert summary.stopped is not None and "4 file(s) not tried" in summary.stopped
        assert "已停止/stopped" in summary.describe() and not summary.ok

        fills.make_room()
        rest = svc.import_paths(db, batch, analyze=analyze)
        assert rest.ok and rest.stopped is None and rest.documents == 5 and len(rest.duplicates) == 3
    finally:
        event.remove(db.engine, "before_cursor_execute", fills)
        db.close()
    assert _check_whole_documents(path, analyze) == [str(p) for p in batch]


def test_disk_full_through_the_cli(tmp_path: Path) -> None:
    """The same failure through ``inquiry-tracker import``: one line per failed file, the
    summary says the batch stopped and why, exit status 1; stdin is handled alike."""
    batch = _fake_batch(tmp_path / "batch")
    batch[0].write_text(make_seedlike(), encoding="utf-8")
    db = str(tmp_path / "tracker.sqlite")
    fills = FillsUp("0002.txt")
    event.listen(Engine, "before_cursor_execute", fills)
    try:
        proc = run_inproc("import", str(tmp_path / "batch"), db=db)
        assert proc.returncode == 1
        err = proc.stderr.decode().strip().splitlines()
        assert len(err) == 1 and "0002.txt: 磁盘已满" in err[0] and "the disk is full" in err[0], err
        assert "文档 2 " in proc.stdout.decode() and "余下 5 个文件未导入" in proc.stdout.decode()

        fills.make_room(victim="<stdin>")
        proc = run_inproc("import", "-", str(batch[5]), db=db, stdin=make_seedlike("湘江路").encode("gb18030"))
        assert proc.returncode == 1
        assert "<stdin>: 磁盘已满" in proc.stderr.decode() and "已停止:" in proc.stdout.decode()
        assert "文档 0 " in proc.stdout.decode()  # the files after stdin were not tried
    finally:
        event.remove(Engine, "before_cursor_execute", fills)


def make_seedlike(road: str = "森林路") -> str:
    """A small real page for the real reader."""
    return (
        "株洲日报 2020年5月8日\n网友提问:" + road + "何时能开通?\n"
        "天元区政府回复:您好!" + road + "计划5月底开放通行。感谢您的关注。\n"
    )
