"""Import documents: files, folders, bytes from stdin or pasted text → sources and items.

Each document is one transaction (see :mod:`services.ingest`): its source, new items,
spans and search entries are committed together or not at all. The same text twice adds
nothing; an item whose fingerprint is known gains a span instead of a twin (a reprint).
A file that cannot be read or analysed is recorded with its reason and the batch goes on.
A full disk stops the batch: the document being written is rolled back and recorded as
failed with the reason, ``ImportSummary.stopped`` says why the rest was not tried (every
further document would fail the same way), and importing the same files again once there
is room finishes the batch (stored documents count as duplicates). Other database errors
(locked, unreachable, a conflict) are raised. Large batches are read and analysed in worker
processes while this process writes, in file order.
"""

from __future__ import annotations

import dataclasses
import logging
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import exc

from inquiry_tracker.services.ingest import DepartmentCache, store_document
from inquiry_tracker.services.results import DocumentResult, ImportSummary
from inquiry_tracker.services.suggest import SuggestionIndex
from inquiry_tracker.store import Database, DiskFullError, StoreError

if TYPE_CHECKING:
    from inquiry_tracker.extract import Analysis, DecodedText

log = logging.getLogger("inquiry_tracker.services")

#: called after each document: (documents done, documents in total, file name)
ProgressCallback = Callable[[int, int, str], None]
#: asked before each document; True stops the batch (documents done so far stay)
CancelCheck = Callable[[], bool]
#: batches at least this long are analysed in worker processes
PARALLEL_MIN_FILES = 16
#: a batch adding this many items refreshes the query planner's statistics
ANALYZE_AFTER_ITEMS = 2000


class Analyzer(Protocol):
    """Text → :class:`Analysis`, like :func:`inquiry_tracker.extract.analyze_text`."""

    def __call__(self, text: str, published: date | None = None, source: str | None = None) -> Analysis: ...


@dataclass(frozen=True, slots=True)
class ImportOptions:
    """How to import: a publication date to impose, whether new items are accepted at once,
    and how many worker processes analyse documents (None: automatic, 1: none)."""

    pub_date: date | None = None
    accept: bool = False
    workers: int | None = None


#: a prepared document: (decoded text and analysis) or the reason it failed
Prepared = tuple["DecodedText", "Analysis"] | str


def expand_paths(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str | None]]:
    """Files to import, folders expanded; ``(path, None)`` or ``(path, reason it is unusable)``."""
    from inquiry_tracker.extract import iter_document_paths

    for raw in paths:
        path = Path(raw)
        if not path.exists():
            yield path, "文件不存在 / no such file or folder"
        elif path.is_dir():
            yield from ((Path(p), None) for p in iter_document_paths([path]))
        else:
            yield path, None


#: One document is a page or an issue of a paper (the seeds are 15–20 KB); anything this
#: large is an archive or a dump that should be split before import.
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024


def disk_full_reason(err: DiskFullError) -> str:
    """The failure recorded for the document that hit a full disk."""
    return f"磁盘已满,本文档已回滚 / the disk is full, this document was rolled back ({err.where})"


def _stopped(err: DiskFullError, left: int) -> str:
    if not left:
        return f"磁盘已满 / the disk is full ({err.where})"
    return f"磁盘已满,余下 {left} 个文件未导入 / the disk is full; {left} file(s) not tried ({err.where})"


def _reason(err: BaseException) -> str:
    """One line: the reader's reason, or the error's type and first line (no SQL dump)."""
    from inquiry_tracker.extract import ReadError

    if isinstance(err, ReadError):
        return err.reason
    if isinstance(err, exc.StatementError) and err.orig is not None:
        err = err.orig
    first = (str(err).strip().splitlines() or [""])[0]
    return f"{type(err).__name__}: {first}" if first else type(err).__name__


def prepare(
    path: Path, pub_date: date | None, read: Callable[[Path], DecodedText] | None = None, analyze: Analyzer | None = None
) -> Prepared:
    """Read and analyse one file (in a worker process or here)."""
    from inquiry_tracker.extract import ReadError, analyze_text, read_document

    try:
        doc = read(path) if read else read_document(path, max_bytes=MAX_DOCUMENT_BYTES)
        return doc, (analyze or analyze_text)(doc.text, published=pub_date, source=str(path))
    except ReadError as err:
        return _reason(err)
    except Exception as err:  # noqa: BLE001 — one bad file must not stop the batch
        log.exception("reading %s failed", path)
        return _reason(err)


def write_document(
    db: Database,
    doc: DecodedText,
    analysis: Analysis,
    accept: bool,
    departments: DepartmentCache | None = None,
    suggestions: SuggestionIndex | None = None,
) -> DocumentResult:
    """Store one analysed document in its own transaction (retried once after a concurrent
    insert), proposing it as evidence for open items. A batch passes the same caches to
    every document."""
    cache = departments or DepartmentCache()
    index = suggestions or SuggestionIndex()
    name = Path(doc.path).name if doc.path else "<text>"
    for attempt in (1, 2):
        try:
            with db.write() as session:
                result = store_document(session, doc, analysis, name, accept, cache, index)
            cache.commit()
            index.add(result.subjects)
            return result
        except exc.IntegrityError:
            cache.rollback()
            cache.invalidate()
            if attempt == 2:
                raise
            log.info("retrying %s after a concurrent insert", name)  # another writer stored it meanwhile
        except BaseException:
            cache.rollback()
            raise
    raise AssertionError("unreachable")


def _watch_parent(pid: int) -> None:
    """Worker initializer: exit when the importing process is gone (killed, crashed).

    A killed parent cannot shut its pool down, and a worker blocked on the task queue
    would wait forever (it holds that queue's write end itself).
    """

    def watch() -> None:
        while True:
            time.sleep(0.5)
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                os._exit(0)
            except PermissionError:  # the pid now belongs to someone else's process
                os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _pool_context() -> multiprocessing.context.BaseContext:
    methods = multiprocessing.get_all_start_methods()
    # forkserver: workers fork from a clean server, safe when the caller runs threads (Qt)
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def _worker_count(options: ImportOptions, files: int, custom: bool) -> int:
    if custom:  # an injected reader/analyzer may not survive pickling: stay in-process
        return 1
    if options.workers is not None:
        return max(1, options.workers)
    if files < PARALLEL_MIN_FILES:
        return 1
    return max(1, min(os.cpu_count() or 1, 4))


def _prepared(
    entries: list[tuple[Path, str | None]],
    options: ImportOptions,
    workers: int,
    cancel: CancelCheck | None,
    read: Callable[[Path], DecodedText] | None,
    analyze: Analyzer | None,
) -> Generator[tuple[Path, Prepared], None, None]:
    if workers <= 1:
        for path, problem in entries:
            yield path, problem if problem is not None else prepare(path, options.pub_date, read, analyze)
        return
    window: deque[tuple[Path, Future[Prepared] | str]] = deque()
    todo = iter(entries)
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=_pool_context(), initializer=_watch_parent, initargs=(os.getpid(),)
    ) as pool:
        try:
            while True:
                while len(window) < workers * 4:
                    nxt = next(todo, None)
                    if nxt is None:
                        break
                    path, problem = nxt
                    window.append((path, problem if problem is not None else pool.submit(prepare, path, options.pub_date)))
                if not window:
                    return
                path, pending = window.popleft()
                yield path, pending if isinstance(pending, str) else pending.result()
        finally:
            for _, pending in window:
                if not isinstance(pending, str):
                    pending.cancel()


def import_paths(
    db: Database,
    paths: Iterable[str | Path],
    options: ImportOptions = ImportOptions(),
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
    analyze: Analyzer | None = None,
    read: Callable[[Path], DecodedText] | None = None,
) -> ImportSummary:
    """Import files and folders; returns what was added and which files failed."""
    summary = ImportSummary()
    entries = list(expand_paths(paths))
    workers = _worker_count(options, len(entries), analyze is not None or read is not None)
    departments = DepartmentCache()
    suggestions = SuggestionIndex(memory=len(entries) > 1)
    stream = _prepared(entries, options, workers, cancel, read, analyze)
    try:
        for done, (path, prepared) in enumerate(stream, start=1):
            if cancel is not None and cancel():
                summary.cancelled = True
                break
            if isinstance(prepared, str):
                summary.failures.append((str(path), prepared))
            else:
                doc, analysis = prepared
                try:
                    summary.add(write_document(db, doc, analysis, options.accept, departments, suggestions))
                except DiskFullError as err:
                    log.info("import of %s stopped: %s", path, err)
                    summary.failures.append((str(path), disk_full_reason(err)))
                    summary.stopped = _stopped(err, len(entries) - done)
                    break
                except StoreError:
                    raise
                except Exception as err:  # noqa: BLE001 — e.g. a value the database refuses
                    log.exception("storing %s failed", path)
                    summary.failures.append((str(path), _reason(err)))
            if progress is not None:
                progress(done, len(entries), path.name)
    finally:
        stream.close()
    if len(summary.new_items) >= ANALYZE_AFTER_ITEMS and summary.stopped is None:
        db.optimize()
    log.info("import: %s", summary.describe())
    return summary


def import_decoded(
    db: Database, doc: DecodedText, options: ImportOptions = ImportOptions(), analyze: Analyzer | None = None
) -> ImportSummary:
    """Import one already decoded document (stdin, pasted text); NUL characters become spaces,
    as the file reader makes them (PostgreSQL cannot store NUL, and both back-ends must agree)."""
    summary = ImportSummary()
    name = doc.path or "<text>"
    if "\x00" in doc.text:  # as the file reader does: PostgreSQL refuses NUL in text
        doc = dataclasses.replace(doc, text=doc.text.replace("\x00", " "))
    try:
        from inquiry_tracker.extract import analyze_text

        analysis = (analyze or analyze_text)(doc.text, published=options.pub_date, source=doc.path)
        summary.add(write_document(db, doc, analysis, options.accept))
    except DiskFullError as err:
        log.info("import of %s failed: %s", name, err)
        summary.failures.append((name, disk_full_reason(err)))
        summary.stopped = _stopped(err, 0)
    except StoreError:
        raise
    except Exception as err:  # noqa: BLE001
        log.exception("importing %s failed", name)
        summary.failures.append((name, _reason(err)))
    return summary


def import_bytes(
    db: Database,
    data: bytes,
    name: str = "<stdin>",
    options: ImportOptions = ImportOptions(),
    analyze: Analyzer | None = None,
) -> ImportSummary:
    """Import one document given as bytes (stdin); the reader detects the encoding."""
    from inquiry_tracker.extract import ReadError, read_bytes

    try:
        doc = read_bytes(data, name)
    except ReadError as err:
        summary = ImportSummary()
        summary.failures.append((name, err.reason))
        return summary
    return import_decoded(db, doc, options, analyze)


def import_text(
    db: Database,
    text: str,
    name: str = "<text>",
    options: ImportOptions = ImportOptions(),
    analyze: Analyzer | None = None,
) -> ImportSummary:
    """Import pasted text as one document."""
    from inquiry_tracker.extract import DecodedText

    if not text.strip():
        summary = ImportSummary()
        summary.failures.append((name, "空文本 / empty text"))
        return summary
    return import_decoded(db, DecodedText(text=text, path=name, fmt="text", encoding=None), options, analyze)
