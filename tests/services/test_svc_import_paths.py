"""Which files a folder import reads: nothing reached through a link that leaves the folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from inquiry_tracker import services as svc
from inquiry_tracker.services.importing import LINK_OUTSIDE, expand_paths
from inquiry_tracker.store import Database

PAGE = "Q:{0}何时能开通?|5月底开放|天元区政府|2020-05-31\n"


def _folder(tmp_path: Path) -> Path:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(PAGE.format("机密"), encoding="utf-8")
    chosen = tmp_path / "chosen"
    (chosen / "sub").mkdir(parents=True)
    (chosen / "a.txt").write_text(PAGE.format("森林路"), encoding="utf-8")
    (chosen / "passwd.txt").symlink_to(outside / "secret.txt")
    (chosen / "sub" / "same.txt").symlink_to(chosen / "a.txt")  # a link that stays inside is fine
    (chosen / "linked").symlink_to(outside, target_is_directory=True)  # never walked into
    return chosen


def test_links_leaving_the_folder_are_skipped(tmp_path: Path) -> None:
    found = dict(expand_paths([_folder(tmp_path)]))
    by_name = {p.name: reason for p, reason in found.items()}
    assert by_name == {"a.txt": None, "passwd.txt": LINK_OUTSIDE, "same.txt": None}


def test_import_says_so_and_stores_nothing_from_outside(db: Database, tmp_path: Path, analyze: Callable[..., Any]) -> None:
    summary = svc.import_paths(db, [_folder(tmp_path)], analyze=analyze)
    assert summary.ok and [Path(n).name for n, _ in summary.skipped] == ["passwd.txt"]
    assert "skipped 1" in summary.describe()
    texts = [svc.get_source(db, sid).text for sid in summary.source_ids]
    assert texts and not any("机密" in t for t in texts)


def test_a_file_named_directly_is_taken_as_given(tmp_path: Path) -> None:
    chosen = _folder(tmp_path)
    assert list(expand_paths([chosen / "passwd.txt"])) == [(chosen / "passwd.txt", None)]


def test_a_stopped_import_says_why_in_the_summarys_one_language() -> None:
    from inquiry_tracker.services.results import ImportSummary, chinese

    summary = ImportSummary()
    summary.stopped = "磁盘已满 / the disk is full"
    assert summary.describe(chinese).endswith("已停止: 磁盘已满")
    english = {"文档": "documents", "已停止": "stopped"}
    assert summary.describe(lambda s: english.get(s, s)).endswith("stopped: the disk is full")
