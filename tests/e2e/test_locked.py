"""SQLite locked by another process: writes wait (busy timeout, then retries with backoff),
give up with one clear line when the lock stays, and go through when it is let go mid-wait."""

from __future__ import annotations

import logging
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from test_cli import one_line_error, run_inproc

from inquiry_tracker import services as svc
from inquiry_tracker.store import Database, DatabaseLockedError
from inquiry_tracker.store import engine as engine_mod
from inquiry_tracker.store.models import Source

HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.readline()          # hold the lock until the test says so
conn.rollback()
conn.close()
print("released", flush=True)
"""

DOC = "Q:森林路何时能开通?|5月底开放|天元区政府|2020-05-31\n"


class Holder:
    """Another program with SQLite's write lock (``BEGIN EXCLUSIVE``), released on request."""

    def __init__(self, path: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert self.proc.stdout is not None and self.proc.stdout.readline().strip() == "locked"

    def release(self) -> None:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        if self.proc.poll() is None:
            self.proc.stdin.write("\n")
            self.proc.stdin.flush()
            assert self.proc.stdout.readline().strip() == "released"
        self.proc.wait(10)
        self.proc.stdin.close()
        self.proc.stdout.close()


@contextmanager
def held(path: Path) -> Iterator[Holder]:
    holder = Holder(path)
    try:
        yield holder
    finally:
        holder.release()


class RetryWatch(logging.Handler):
    """Counts the store's "locked, retrying" log records; ``first`` is set at the first one."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.retries = 0
        self.first = threading.Event()

    def emit(self, record: logging.LogRecord) -> None:
        if record.getMessage().startswith("database is locked by another program; retry"):
            self.retries += 1
            self.first.set()


@pytest.fixture
def retries() -> Iterator[RetryWatch]:
    watch = RetryWatch()
    logger = logging.getLogger("inquiry_tracker.store")
    old_level = logger.level
    logger.setLevel(logging.INFO)
    logger.addHandler(watch)
    try:
        yield watch
    finally:
        logger.removeHandler(watch)
        logger.setLevel(old_level)


@pytest.fixture
def short_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    """Busy timeout 150 ms, 3 retries with 20/40/80 ms pauses (the real ones are 5 s and 0.25 s)."""
    monkeypatch.setattr(engine_mod, "BUSY_TIMEOUT_MS", 150)
    monkeypatch.setattr(engine_mod, "LOCK_RETRIES", 3)
    monkeypatch.setattr(engine_mod, "LOCK_BACKOFF_S", 0.02)


@pytest.fixture
def stocked(tmp_path: Path, analyze: Callable[..., Any]) -> tuple[Path, int]:
    """A SQLite file holding one item; (path, item id)."""
    path = tmp_path / "tracker.sqlite"
    with Database.open(str(path)) as db:
        item_id = svc.import_text(db, DOC, "a.txt", analyze=analyze).new_items[0]
    return path, item_id


def _sources(db: Database) -> int:
    with db.read() as s:
        return int(s.execute(select(func.count(Source.id))).scalar_one())


def test_locked_database_gives_one_line_after_the_retries(
    stocked: tuple[Path, int], tmp_path: Path, seeds_dir: Path, short_waits: None, retries: RetryWatch
) -> None:
    path, item_id = stocked
    with held(path):
        err = one_line_error(run_inproc("import", str(seeds_dir / "003_f8cd4d66258a3e9a.txt"), db=str(path)))
        assert str(path) in err and "database is locked by another program" in err and "Traceback" not in err
        assert retries.retries == 3  # busy timeout, then every retry, before giving up
        err = one_line_error(run_inproc("assign", str(item_id), "李记者", db=str(path)))
        assert "数据库被其他程序占用" in err
        assert retries.retries == 6
        with Database.open(str(path)) as db:  # reading still works while the lock is held
            with pytest.raises(DatabaseLockedError, match="locked"):
                svc.edit_item(db, item_id, {"subject": "森林路通车"})
            detail = svc.get_item(db, item_id)[0]
            assert detail.item.assignee is None and detail.item.version == 1 and _sources(db) == 1
    # once the other program is gone the same commands work
    out = run_inproc("assign", str(item_id), "李记者", db=str(path))
    assert out.returncode == 0, out.stderr.decode()


@pytest.mark.parametrize("operation", ["import", "edit"])
def test_write_waits_and_succeeds_when_the_lock_is_let_go(
    stocked: tuple[Path, int],
    seeds_dir: Path,
    short_waits: None,
    retries: RetryWatch,
    monkeypatch: pytest.MonkeyPatch,
    operation: str,
) -> None:
    path, item_id = stocked
    monkeypatch.setattr(engine_mod, "LOCK_RETRIES", 50)  # far more waiting than the test needs
    outcome: dict[str, object] = {}
    with Database.open(str(path)) as db, held(path) as holder:

        def write() -> None:
            try:
                if operation == "import":
                    outcome["result"] = svc.import_paths(db, [seeds_dir / "003_f8cd4d66258a3e9a.txt"])
                else:
                    outcome["result"] = svc.edit_item(db, item_id, {"subject": "森林路通车"}, expected_version=1)
            except BaseException as err:  # noqa: BLE001 — reported below
                outcome["error"] = err
                retries.first.set()  # no point waiting any longer

        worker = threading.Thread(target=write)
        worker.start()
        try:
            assert retries.first.wait(30), outcome.get("error")  # the busy timeout ran out: it is retrying
            assert worker.is_alive() and "error" not in outcome
            assert _sources(db) == 1 and svc.get_item(db, item_id)[0].item.version == 1
        finally:
            holder.release()  # the other program lets go mid-wait
            worker.join(30)
        assert not worker.is_alive()
        assert "error" not in outcome, outcome["error"]
        if operation == "import":
            summary = outcome["result"]
            assert isinstance(summary, svc.ImportSummary) and summary.documents == 1 and summary.new_items
            assert _sources(db) == 2
        else:
            item = svc.get_item(db, item_id)[0].item
            assert item.subject == "森林路通车" and item.version == 2
    assert retries.retries >= 1
