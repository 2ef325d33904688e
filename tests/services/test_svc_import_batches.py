"""A large import writes several documents per transaction on SQLite (services/batches.py),
each one a SAVEPOINT: the guarantees of one transaction per document still hold — a bad
document in the middle of a transaction is rolled back alone and recorded, a cancel keeps
every document written before it, a transaction lost whole (a full disk, a failed commit)
has its documents written again one by one, search entries held until the commit agree with
the stored text, and the write lock is not held while the importer waits for the reader.
Both back-ends (PostgreSQL writes one document per transaction and must give the same)."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select

from inquiry_tracker import services as svc
from inquiry_tracker.services import batches
from inquiry_tracker.services.importing import PARALLEL_MIN_FILES
from inquiry_tracker.store import Database, search
from inquiry_tracker.store.database import WriteBatch
from inquiry_tracker.store.models import Item, ItemSearch, ItemSource, Source

#: documents in a test batch: enough to be a large import, several transactions of a few each
DOCS = PARALLEL_MIN_FILES + 4


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    """A SQLite database (for what only SQLite does: its own errors, its database-wide lock)."""
    with Database.open(f"sqlite:///{tmp_path / 'tracker.sqlite'}") as database:
        yield database


@pytest.fixture(autouse=True)
def small_transactions(monkeypatch: pytest.MonkeyPatch) -> None:
    """Five documents per transaction, so a test batch spans several."""
    monkeypatch.setattr(batches, "BATCH_DOCUMENTS", 5)


def _write_batch(folder: Path, n: int = DOCS) -> list[Path]:
    """``n`` documents for the stand-in reader: each a new inquiry and a new promise; every
    third one also reprints the inquiry of the one before under another outlet."""
    folder.mkdir()
    paths = []
    for i in range(n):
        lines = [f"OUTLET:报{i}", f"Q:第{i}条路何时开通?|5月底开放|天元区政府|2020-05-31", f"P:第{i}座桥年底建成|市住建局|2020-12-31"]
        if i % 3 == 2:
            lines.append(f"Q:第{i - 1}条路何时开通?|5月底开放|天元区政府|2020-05-31")
        path = folder / f"{i:04d}.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def _counts(db: Database) -> tuple[int, int, int]:
    with db.read() as s:
        return tuple(int(s.execute(select(func.count()).select_from(m)).scalar_one()) for m in (Source, Item, ItemSource))  # type: ignore[return-value]


def _origins(db: Database) -> list[str]:
    with db.read() as s:
        return [Path(o).name for o in s.execute(select(Source.origin).order_by(Source.id)).scalars()]


def _found(db: Database, query: str) -> set[str]:
    """Subjects of the items a search finds (the search index, not the stored text)."""
    return {r.item.subject for r in svc.list_items(db, svc.ItemFilter(text=query), limit=None).rows}


def _index_agrees(db: Database) -> None:
    """Every item has its search text, and on SQLite the FTS table holds exactly that text."""
    with db.read() as s:
        items = set(s.execute(select(Item.id)).scalars())
        bodies = dict(s.execute(select(ItemSearch.item_id, ItemSearch.body)).all())
    assert set(bodies) == items
    if db.dialect != "sqlite":
        return
    path = db.url.database
    assert path is not None
    with closing(sqlite3.connect(path)) as raw:
        raw.execute("INSERT INTO item_fts(item_fts) VALUES ('integrity-check')")  # raises when it disagrees
        for item_id, body in bodies.items():  # each entry found by its own first bigram
            uni, bi = search.fts_columns(body)
            first = bi.split(" ")[0] if bi else uni.split(" ")[0]
            hits = raw.execute("SELECT rowid FROM item_fts WHERE item_fts MATCH ? AND rowid = ?",
                               (f'"{first}"', item_id)).fetchall()
            assert hits == [(item_id,)], (item_id, body)


def breaking(analyze: Callable[..., Any], bad: str) -> Callable[..., Any]:
    """The stand-in reader, with a document holding ``bad`` refused by the database on its
    second item (a CHECK constraint), after its source and first item went in."""

    def analyzer(text: str, published: date | None = None, source: str | None = None) -> Any:
        analysis = analyze(text, published, source)
        if bad in text and len(analysis.items) > 1:
            analysis.items[1].kind = "bogus"
        return analysis

    return analyzer


def test_a_bad_document_mid_transaction_is_rolled_back_alone(db: Database, tmp_path: Path,
                                                              analyze: Callable[..., Any]) -> None:
    batch = _write_batch(tmp_path / "batch")
    bad = batch[7]  # reprints the inquiry of 0006.txt: its outlet must not reach the index
    summary = svc.import_paths(db, batch, analyze=breaking(analyze, "OUTLET:报7\n"))
    assert [(Path(n).name, "\n" in r, bool(r)) for n, r in summary.failures] == [(bad.name, False, True)]
    assert summary.documents == DOCS - 1 and len(summary.source_ids) == DOCS - 1
    assert _origins(db) == [p.name for p in batch if p != bad]
    # 0008.txt's reprint of 0007.txt's inquiry is a new item now
    reprints = sum(1 for i in range(DOCS) if i % 3 == 2 and i != 8)
    assert _counts(db) == (DOCS - 1, 2 * (DOCS - 1) + 1, 2 * (DOCS - 1) + reprints + 1)
    assert len(summary.new_items) == 2 * (DOCS - 1) + 1 and len(summary.reprints) == reprints
    assert _found(db, "第7座桥") == set() and _found(db, "报7") == set()
    assert _found(db, "报6") == {"第6条路何时开通?", "第6座桥年底建成"}  # 0007.txt's reprint undone
    assert _found(db, "报5") == {"第4条路何时开通?", "第5条路何时开通?", "第5座桥年底建成"}  # a reprint's outlet
    _index_agrees(db)
    again = svc.import_paths(db, batch, analyze=analyze)
    assert again.documents == 1 and len(again.duplicates) == DOCS - 1 and again.ok
    _index_agrees(db)


def test_the_same_rows_as_one_document_at_a_time(tmp_path: Path, analyze: Callable[..., Any]) -> None:
    """A batched import stores what importing the documents one by one stores."""
    batch = _write_batch(tmp_path / "batch")

    def rows(url: str, one_by_one: bool) -> tuple[Any, ...]:
        with Database.open(url) as db:
            if one_by_one:
                for path in batch:
                    svc.import_paths(db, [path], analyze=analyze)
            else:
                svc.import_paths(db, batch, analyze=analyze)
            with db.read() as s:
                items = s.execute(select(Item.id, Item.fingerprint, Item.subject, Item.department_id, Item.due)
                                  .order_by(Item.id)).all()
                spans = s.execute(select(ItemSource.item_id, ItemSource.source_id, ItemSource.start, ItemSource.end)
                                  .order_by(ItemSource.item_id, ItemSource.source_id)).all()
                bodies = s.execute(select(ItemSearch.item_id, ItemSearch.body).order_by(ItemSearch.item_id)).all()
            return items, spans, bodies, _found(db, "报8"), _found(db, "报5"), _found(db, "天元区")

    assert rows(f"sqlite:///{tmp_path / 'a.sqlite'}", False) == rows(f"sqlite:///{tmp_path / 'b.sqlite'}", True)
    # the FTS index holds the same terms at the same places, however it was written
    assert _fts_instances(tmp_path / "a.sqlite") == _fts_instances(tmp_path / "b.sqlite")


def _fts_instances(path: Path) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(path)) as raw:
        raw.execute("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, item_fts, 'instance')")
        return raw.execute("SELECT term, doc, col, offset FROM temp.v ORDER BY term, doc, col, offset").fetchall()


def test_cancel_mid_transaction_keeps_what_was_written(db: Database, tmp_path: Path, analyze: Callable[..., Any]) -> None:
    batch = _write_batch(tmp_path / "batch")
    seen: list[int] = []
    stop_after = 7  # inside the second transaction of five
    summary = svc.import_paths(db, batch, analyze=analyze, progress=lambda d, t, n: seen.append(d),
                               cancel=lambda: len(seen) >= stop_after)
    assert summary.cancelled and seen == list(range(1, stop_after + 1))
    assert summary.documents == stop_after and _origins(db) == [p.name for p in batch[:stop_after]]
    _index_agrees(db)
    rest = svc.import_paths(db, batch, analyze=analyze)
    assert rest.documents == DOCS - stop_after and len(rest.duplicates) == stop_after
    assert _origins(db) == [p.name for p in batch]
    _index_agrees(db)


def test_an_error_raised_mid_transaction_keeps_what_was_written(db: Database, tmp_path: Path,
                                                                 analyze: Callable[..., Any]) -> None:
    """An exception out of the import (here from the progress callback) leaves the documents
    written before it stored, as when each had its own transaction."""
    batch = _write_batch(tmp_path / "batch")

    def progress(done: int, _total: int, _name: str) -> None:
        if done == 8:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        svc.import_paths(db, batch, analyze=analyze, progress=progress)
    assert _origins(db) == [p.name for p in batch[:8]]
    _index_agrees(db)


FULL = "database or disk is full"


def test_a_full_disk_mid_transaction_stops_after_the_documents_before(sqlite_db: Database, tmp_path: Path,
                                                                      analyze: Callable[..., Any]) -> None:
    """The disk fills up while 0008.txt is written and stays full. SQLite may roll the whole
    transaction back: the documents of that transaction written before 0008.txt are written
    again one by one while there is room. The first document not stored is named with the
    reason, every document before it is stored whole, the rest are reported not tried, and
    importing again once there is room finishes the batch. (SQLite's own error, simulated;
    tests/e2e/test_pg_disk_full.py fills a real disk under PostgreSQL.)"""
    db = sqlite_db
    batch = _write_batch(tmp_path / "batch")
    victim = batch[8]
    state = {"full": False}

    def fills_up(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO SOURCES") and victim.name in str(parameters):
            state["full"] = True
        if state["full"] and statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            raise sqlite3.OperationalError(FULL)

    event.listen(db.engine, "before_cursor_execute", fills_up)
    try:
        summary = svc.import_paths(db, batch, analyze=analyze)
    finally:
        event.remove(db.engine, "before_cursor_execute", fills_up)
    [(failed, reason)] = summary.failures
    first = [p.name for p in batch].index(Path(failed).name)
    assert 0 < first <= 8 and "the disk is full" in reason and "rolled back" in reason
    assert summary.stopped is not None and f"{DOCS - first - 1} file(s) not tried" in summary.stopped
    assert summary.documents == first and _origins(db) == [p.name for p in batch[:first]]
    _index_agrees(db)
    state["full"] = False
    rest = svc.import_paths(db, batch, analyze=analyze)
    assert rest.ok and rest.documents == DOCS - first and _origins(db) == [p.name for p in batch]
    _index_agrees(db)


def test_a_failed_commit_writes_its_documents_again_one_by_one(db: Database, tmp_path: Path,
                                                               analyze: Callable[..., Any],
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    batch = _write_batch(tmp_path / "batch")
    commit = WriteBatch.commit
    calls = {"n": 0}

    def fails_once(self: WriteBatch) -> None:
        calls["n"] += 1
        if calls["n"] == 2:  # the second transaction: documents 6–10
            self.rollback()
            raise RuntimeError("commit refused")
        commit(self)

    monkeypatch.setattr(WriteBatch, "commit", fails_once)
    summary = svc.import_paths(db, batch, analyze=analyze)
    assert summary.ok and summary.documents == DOCS
    assert _origins(db) == [p.name for p in batch]
    assert len(set(summary.new_items)) == 2 * DOCS and len(summary.source_ids) == DOCS
    with db.read() as s:
        assert set(summary.new_items) == set(s.execute(select(Item.id)).scalars())
        assert set(summary.source_ids) == set(s.execute(select(Source.id)).scalars())
    _index_agrees(db)


def test_the_lock_is_free_while_the_importer_waits_for_the_reader(sqlite_db: Database, tmp_path: Path,
                                                                  analyze: Callable[..., Any]) -> None:
    """While a slow document is read, the documents before it are committed and another
    program can write (SQLite's write lock is not held over the wait)."""
    from inquiry_tracker.extract import DecodedText

    db = sqlite_db
    batch = _write_batch(tmp_path / "batch")
    path = db.url.database
    assert path is not None
    seen: dict[str, Any] = {}

    def read(p: Path) -> DecodedText:
        if p == batch[7]:
            threading.Event().wait(0.5)  # the reader is slow on this one
            with closing(sqlite3.connect(path, timeout=0.2, isolation_level=None)) as other:
                seen["stored"] = other.execute("SELECT count(*) FROM sources").fetchone()[0]
                other.execute("BEGIN IMMEDIATE")  # "database is locked" after 0.2 s if it were held
                other.execute("ROLLBACK")
        return DecodedText(text=p.read_text(encoding="utf-8"), path=str(p), fmt="text", encoding="utf-8")

    summary = svc.import_paths(db, batch, analyze=analyze, read=read)
    assert summary.ok and summary.documents == DOCS
    assert seen["stored"] == 7


def test_a_batch_proposes_a_report_for_a_promise_of_the_same_transaction(db: Database, tmp_path: Path) -> None:
    """Follow-up reads the items written earlier in the open transaction: a report in the same
    batch as its promise is proposed as it is when the two are imported one by one."""
    data = Path(__file__).resolve().parents[1] / "data" / "suggest"
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a.txt").write_text((data / "promises.txt").read_text(encoding="utf-8"), encoding="utf-8")
    for i in range(PARALLEL_MIN_FILES - 2):
        (folder / f"b{i:02d}.txt").write_text(f"株洲日报 2020年5月{10 + i}日\n网友提问:第{i}号路灯何时修好?\n", encoding="utf-8")
    (folder / "c.txt").write_text((data / "report.txt").read_text(encoding="utf-8"), encoding="utf-8")
    summary = svc.import_paths(db, [folder], svc.ImportOptions(workers=1))
    assert summary.ok
    proposed = {(r.item_subject, r.stance) for r in svc.list_suggestions(db)}
    assert ("森林路开放", "kept") in proposed
