"""Two programs opening one SQLite file at the same moment both get in: creating the schema
or upgrading an old one waits for the other like every write does (README: busy timeout)."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from inquiry_tracker.store import Database, engine
from inquiry_tracker.store.migrate import HEAD_REVISION

FROZEN_V1 = Path(__file__).resolve().parents[1] / "data" / "db" / "schema_v1.sqlite"
OPENER = """
import sys
from inquiry_tracker.store import Database, engine
sys.stdin.readline()  # wait for the starting signal, so both open at once
try:
    Database.open(sys.argv[1], backup=False).close()
    print("ok")
except Exception as err:
    print("FAILED", type(err).__name__, err)
"""


def _open_together(path: Path) -> list[str]:
    procs = [
        subprocess.Popen([sys.executable, "-c", OPENER, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    for p in procs:  # both interpreters are up and waiting before either touches the file
        assert p.stdin is not None
    for p in procs:
        p.stdin.write("go\n")  # type: ignore[union-attr]
        p.stdin.flush()  # type: ignore[union-attr]
    return [p.communicate(timeout=120)[0].strip() for p in procs]


@pytest.mark.parametrize("start", ["new", "old schema"])
@pytest.mark.parametrize("round_", range(2))
def test_two_programs_open_one_file_at_once(tmp_path: Path, start: str, round_: int) -> None:
    path = tmp_path / "shared.sqlite"
    if start == "old schema":
        shutil.copyfile(FROZEN_V1, path)
    assert _open_together(path) == ["ok", "ok"]
    with Database.open(str(path), backup=False) as db:
        assert db.upgrade is not None and db.upgrade.to_revision == HEAD_REVISION and not db.upgrade.upgraded


class _BusyOnce:
    """A cursor whose first journal-mode switch is refused the way SQLite refuses the second
    of two programs switching a new file at once (no busy wait: it would deadlock)."""

    def __init__(self, refusals: int) -> None:
        self.refusals = refusals
        self.calls = 0

    def execute(self, sql: str) -> None:
        self.calls += 1
        if self.calls <= self.refusals:
            raise sqlite3.OperationalError("database is locked")


def test_switching_a_new_file_to_wal_is_retried_when_the_other_program_holds_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "LOCK_BACKOFF_S", 0.0)
    cur = _BusyOnce(refusals=2)
    engine._switch_to_wal(cur)  # type: ignore[arg-type]
    assert cur.calls == 3
    stubborn = _BusyOnce(refusals=engine.LOCK_RETRIES + 1)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        engine._switch_to_wal(stubborn)  # type: ignore[arg-type]
    assert stubborn.calls == engine.LOCK_RETRIES + 1
