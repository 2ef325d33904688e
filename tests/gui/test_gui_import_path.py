"""The import dialog stores through the services' one import path, on both back-ends:
NUL characters become spaces, the text limit holds, a full disk is recorded, not raised."""

from __future__ import annotations

from typing import Any

import pytest

from inquiry_tracker import services as svc
from inquiry_tracker.gui import import_tasks
from inquiry_tracker.gui.import_tasks import preview_text
from inquiry_tracker.services import importing
from inquiry_tracker.store import Database, DiskFullError

pytestmark = pytest.mark.gui

PASTE = "2021年4月2日\n网友提问:滨江路何时通车?\n区交通局回复:滨江路计划5月底\x00通车。\n"


class Ctx:
    """What a task function gets from the runner: progress and cancel."""

    def __init__(self, cancel_after: int | None = None) -> None:
        self.seen: list[tuple[int, int, str]] = []
        self.cancel_after = cancel_after

    def progress(self, done: int, total: int, text: str = "") -> None:
        self.seen.append((done, total, text))

    def cancelled(self) -> bool:
        return self.cancel_after is not None and len(self.seen) >= self.cancel_after

    def check(self) -> None:
        pass


def _preview(text: str) -> Any:
    return preview_text(Ctx(), text)  # type: ignore[arg-type]


def test_pasted_text_with_nul_is_stored_on_both_backends(db: Database) -> None:
    docs = _preview(PASTE)
    ctx = Ctx()
    outcome = import_tasks.import_previewed(ctx, db, docs, accept=True)  # type: ignore[arg-type]
    assert outcome.summary.ok and outcome.statuses[0].startswith("imported:")
    assert ctx.seen[-1][:2] == (1, 1)
    text = svc.get_source(db, outcome.summary.source_ids[0]).text
    assert "\x00" not in text and "5月底 通车" in text


def test_pasted_text_over_the_limit_is_a_failure_not_a_crash(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    docs = _preview(PASTE)
    monkeypatch.setattr(importing, "MAX_DOCUMENT_BYTES", 10)
    outcome = import_tasks.import_previewed(Ctx(), db, docs)  # type: ignore[arg-type]
    assert not outcome.summary.ok and "text too large" in outcome.statuses[0]


def test_a_full_disk_is_recorded_and_stops_the_batch(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    docs = _preview(PASTE) + _preview(PASTE.replace("滨江路", "沿江路"))

    def full(*_args: object, **_kw: object) -> object:
        raise DiskFullError(db.where)

    monkeypatch.setattr(importing, "write_document", full)
    outcome = import_tasks.import_previewed(Ctx(), db, docs)  # type: ignore[arg-type]
    assert outcome.summary.stopped and "the disk is full" in outcome.statuses[0]
    assert outcome.statuses[1] == "cancelled"  # not tried


def test_cancel_between_documents(db: Database) -> None:
    docs = _preview(PASTE) + _preview(PASTE.replace("滨江路", "沿江路"))
    outcome = import_tasks.import_previewed(Ctx(cancel_after=1), db, docs)  # type: ignore[arg-type]
    assert outcome.summary.cancelled and outcome.statuses[1] == "cancelled"
    assert outcome.statuses[0].startswith("imported:")


def test_cancel_inside_a_slow_file_while_previewing(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Cancelling the preview while a slow file (a heavy PDF) is being read stops it at once,
    not when that file is done."""
    import threading
    import time

    from inquiry_tracker.gui.runner import Cancelled

    slow_started, release = threading.Event(), threading.Event()
    real_prepare = importing.prepare

    def prepare(path: Any, *args: Any) -> Any:
        if path.name == "slow.txt":
            slow_started.set()
            release.wait(60)  # the file takes a minute
        return real_prepare(path, *args)

    monkeypatch.setattr(importing, "prepare", prepare)
    names = ("a.txt", "slow.txt", "c.txt")
    for name in names:
        (tmp_path / name).write_text(PASTE.replace("\x00", "").replace("滨江路", name[:1] + "江路"), encoding="utf-8")

    class CancelWhileSlow(Ctx):
        def cancelled(self) -> bool:
            return slow_started.is_set()

        def check(self) -> None:
            if self.cancelled():
                raise Cancelled()

    ctx = CancelWhileSlow()
    started = time.monotonic()
    try:
        with pytest.raises(Cancelled):
            import_tasks.preview_paths(ctx, [(tmp_path / n, None) for n in names])  # type: ignore[arg-type]
        took = time.monotonic() - started
    finally:
        release.set()
    assert took < 10 and [text for _, _, text in ctx.seen] == ["a.txt"]  # not the slow file's minute
