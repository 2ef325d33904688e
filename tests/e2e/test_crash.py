"""Killing an import mid-way (SIGKILL) leaves a valid database holding whole documents only,
and importing the batch again completes it."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select

from bench.procs import descendants
from inquiry_tracker.extract import analyze_text
from inquiry_tracker.store.models import Item, ItemSearch, ItemSource, Source

DOCS = 160


def make_batch(seeds_dir: Path, folder: Path) -> list[Path]:
    """Variants of the seed documents: every copy holds new exchanges and promises."""
    folder.mkdir()
    seeds = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt"))]
    paths = []
    for i in range(DOCS):
        text = seeds[i % len(seeds)]
        for word in ("森林路", "中南菜市场", "智轨", "爱心大院", "人才补贴", "电子站牌", "政务数据"):
            text = text.replace(word, f"{word[:-1]}{i}{word[-1]}")
        path = folder / f"{i:04d}.txt"
        path.write_text(f"第{i}期\n" + text, encoding="utf-8")
        paths.append(path)
    return paths


def _cli(db_url: str, *args: str) -> list[str]:
    return [sys.executable, "-m", "inquiry_tracker.cli", "--db", db_url, *args]


def _wait_gone(pids: list[int], timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    alive = list(pids)
    while alive and time.monotonic() < deadline:
        alive = [p for p in alive if Path(f"/proc/{p}").exists() and "Z" not in _state(p)]
        time.sleep(0.1)
    assert not alive, f"processes outlived the killed import: {alive}"


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "Z"


def _count_sources(db_url: str) -> int:
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(select(func.count(Source.id))).scalar_one())
    except Exception:  # noqa: BLE001 — the schema may not exist yet
        return 0
    finally:
        engine.dispose()


@pytest.mark.slow
def test_sigkill_mid_import(db_url: str, seeds_dir: Path, tmp_path: Path) -> None:
    batch = make_batch(seeds_dir, tmp_path / "batch")
    log = tmp_path / "stderr.txt"
    with open(log, "wb") as err:
        proc = subprocess.Popen(_cli(db_url, "import", str(tmp_path / "batch")), stdout=subprocess.DEVNULL, stderr=err)
        deadline = time.monotonic() + 120
        while _count_sources(db_url) < 12:
            assert proc.poll() is None, log.read_text()
            assert time.monotonic() < deadline
            time.sleep(0.02)
        workers = descendants(proc.pid)
        assert workers, "a batch this size is analysed in worker processes"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    _wait_gone(workers)  # analysis workers notice and exit too

    if db_url.startswith("sqlite"):
        path = db_url.removeprefix("sqlite:///")
        with closing(sqlite3.connect(path)) as raw:
            assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
            raw.execute("INSERT INTO item_fts(item_fts) VALUES ('integrity-check')")

    engine = create_engine(db_url)
    with engine.connect() as conn:
        sources = conn.execute(select(Source.id, Source.text)).all()
        spans = Counter(conn.execute(select(ItemSource.source_id)).scalars())
        items = int(conn.execute(select(func.count(Item.id))).scalar_one())
        indexed = int(conn.execute(select(func.count(ItemSearch.item_id))).scalar_one())
        orphans = conn.execute(select(func.count(Item.id)).where(~Item.id.in_(select(ItemSource.item_id)))).scalar_one()
    engine.dispose()
    assert 12 <= len(sources) < DOCS, "the kill should land mid-batch"
    for source_id, text in sources:  # whole documents only: every source has all its items
        expected = len({it.fingerprint for it in analyze_text(text).items})
        assert spans[source_id] == expected, source_id
    assert orphans == 0 and indexed == items

    again = subprocess.run(_cli(db_url, "import", str(tmp_path / "batch")), capture_output=True, timeout=600, check=False)
    assert again.returncode == 0, again.stderr.decode()
    assert f"文档 {DOCS - len(sources)} " in again.stdout.decode()
    assert _count_sources(db_url) == len(batch)
