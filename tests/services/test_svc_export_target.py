"""Where an export may go: never onto a database, never half a file, never a mode changed."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from inquiry_tracker import services as svc
from inquiry_tracker.services.exports import target as target_module
from inquiry_tracker.store import Database

TEXT = "Q:森林路何时能开通?|于5月底开放|天元区政府|2020-05-31\n"


@pytest.fixture
def sqlite_db(tmp_path: Path, analyze: Callable[..., Any]) -> Iterator[Database]:
    with Database.open(f"sqlite:///{tmp_path / 'tracker.sqlite'}", backup=False) as db:
        svc.import_text(db, TEXT, "a.txt", svc.ImportOptions(accept=True), analyze=analyze)
        yield db


def _count(db: Database) -> int:
    return len(svc.list_items(db, svc.ItemFilter(), limit=None).rows)


@pytest.mark.parametrize("suffix", ["", "-wal", "-journal"])
def test_refuses_the_open_database_and_its_journal(sqlite_db: Database, tmp_path: Path, suffix: str) -> None:
    own = tmp_path / ("tracker.sqlite" + suffix)
    before = own.read_bytes() if own.exists() else None
    with pytest.raises(svc.ExportError, match="open database"):
        svc.export_file(sqlite_db, "csv", own)
    assert (own.read_bytes() if own.exists() else None) == before
    assert _count(sqlite_db) == 1


def test_refuses_the_open_database_by_another_name(sqlite_db: Database, tmp_path: Path) -> None:
    link = tmp_path / "alias.csv"
    link.symlink_to(tmp_path / "tracker.sqlite")
    with pytest.raises(svc.ExportError, match="open database"):
        svc.export_file(sqlite_db, "csv", link)


def test_refuses_any_sqlite_file(sqlite_db: Database, tmp_path: Path) -> None:
    other = tmp_path / "colleague.db"
    with Database.open(f"sqlite:///{other}", backup=False):
        pass
    before = other.read_bytes()
    with pytest.raises(svc.ExportError, match="SQLite"):
        svc.export_file(sqlite_db, "xlsx", other)
    assert other.read_bytes() == before


def test_read_only_target_is_left_alone(sqlite_db: Database, tmp_path: Path) -> None:
    target = tmp_path / "old.csv"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o444)
    with pytest.raises(svc.ExportError, match="read-only"):
        svc.export_file(sqlite_db, "csv", target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o444 and target.read_text(encoding="utf-8") == "old"


def test_replacing_a_file_keeps_its_mode(sqlite_db: Database, tmp_path: Path) -> None:
    target = tmp_path / "shared.csv"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    assert svc.export_file(sqlite_db, "csv", target) == 1
    assert stat.S_IMODE(target.stat().st_mode) == 0o640 and "森林路" in target.read_text(encoding="utf-8-sig")


def test_new_file_gets_the_usual_mode(sqlite_db: Database, tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        svc.export_file(sqlite_db, "json", tmp_path / "new.json")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.json").stat().st_mode) == 0o644


def test_missing_folder_is_refused_not_created(sqlite_db: Database, tmp_path: Path) -> None:
    with pytest.raises(svc.ExportError, match="folder does not exist"):
        svc.export_file(sqlite_db, "csv", tmp_path / "typo" / "deep" / "out.csv")
    assert not (tmp_path / "typo").exists()


def test_a_failed_write_leaves_nothing_behind(sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "items.csv").write_text("previous", encoding="utf-8")

    def full_disk(src: str, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(target_module.os, "replace", full_disk)
    with pytest.raises(OSError, match="No space"):
        svc.export_file(sqlite_db, "csv", out / "items.csv")
    assert sorted(p.name for p in out.iterdir()) == ["items.csv"]
    assert (out / "items.csv").read_text(encoding="utf-8") == "previous"
