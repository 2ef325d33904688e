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
import os
import random
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import ExitStack, closing
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from inquiry_tracker.services.batches import DocumentWriter
from inquiry_tracker.services.ingest import store_document
from inquiry_tracker.services.results import DocumentResult, ImportSummary
from inquiry_tracker.services.suggest import SuggestionIndex, compared_claims
from inquiry_tracker.services.workers import (
    CANCEL_POLL_S,
    pool_context,
    run_cancellable,
    stop_workers,
    watch_parent,
)
from inquiry_tracker.store import Database, DiskFullError
from inquiry_tracker.store.documents import DepartmentCache
from inquiry_tracker.store.errors import driver_error, is_concurrent_insert

if TYPE_CHECKING:
    from inquiry_tracker.extract import Analysis, DecodedText

log = logging.getLogger("inquiry_tracker.services")

#: called after each document: (documents done, documents in total, file name)
ProgressCallback = Callable[[int, int, str], None]
#: asked before each document, and while one is being read (see :func:`_prepared`); True
#: stops the batch (documents done so far stay)
CancelCheck = Callable[[], bool]
#: batches at least this long are analysed in worker processes and written as bulk writes
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


class Skip(str):
    """Why a file found in a folder is left out; reported, but not a failure of the batch."""


#: a link inside a chosen folder that leads out of it (``passwd.txt → /etc/passwd``)
LINK_OUTSIDE = Skip("链接指向所选文件夹之外,已跳过 / a link leading outside the chosen folder; skipped")


def expand_paths(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str | None]]:
    """Files to import, folders expanded; ``(path, None)`` or ``(path, reason it is unusable)``.

    A file in a folder that is a link to somewhere outside that folder is not read: it is
    yielded with :data:`LINK_OUTSIDE` (a :class:`Skip`), so a shared database never receives a
    file the reporter did not choose. Files named one by one are taken as given.
    """
    from inquiry_tracker.extract import iter_document_paths

    for raw in paths:
        path = Path(raw).expanduser().absolute()  # stored as the source's origin: absolute
        if not path.exists():
            yield path, "文件不存在 / no such file or folder"
        elif path.is_dir():
            root = path.resolve()
            for found in iter_document_paths([path]):
                inside = Path(os.path.realpath(found)).is_relative_to(root)
                yield Path(found), None if inside else LINK_OUTSIDE
        else:
            yield path, None


#: One document is a page or an issue of a paper (the seeds are 15–20 KB); anything this
#: large is an archive or a dump that should be split before import.
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024


def too_large_reason(size: int) -> str:
    """The failure recorded for text over :data:`MAX_DOCUMENT_BYTES`."""
    mb = MAX_DOCUMENT_BYTES // (1024 * 1024)
    shown = f"{size / (1024 * 1024):.1f} MB" if size <= MAX_DOCUMENT_BYTES * 10 else f"more than {mb} MB"
    return f"文本太大({shown},上限 {mb} MB),请拆分 / text too large ({shown}; limit {mb} MB): split it first"


def text_size(text: str) -> int:
    """The size of ``text`` in UTF-8 bytes, counted only as far as the limit needs."""
    if len(text) > MAX_DOCUMENT_BYTES:  # every character is at least one byte
        return len(text)
    return len(text.encode("utf-8"))


def disk_full_reason(err: DiskFullError) -> str:
    """The failure recorded for the document that hit a full disk."""
    return f"磁盘已满,本文档已回滚 / the disk is full, this document was rolled back ({err.where})"


def stopped_reason(err: DiskFullError, left: int) -> str:
    """Why the import stopped at a full disk, and how many files were not tried."""
    if not left:
        return f"磁盘已满 / the disk is full ({err.where})"
    return f"磁盘已满,余下 {left} 个文件未导入 / the disk is full; {left} file(s) not tried ({err.where})"


def error_line(err: BaseException) -> str:
    """One line: the reader's reason, or the error's type and first line (no SQL dump)."""
    from inquiry_tracker.extract import ReadError

    if isinstance(err, ReadError):
        return err.reason
    err = driver_error(err)
    first = (str(err).strip().splitlines() or [""])[0]
    return f"{type(err).__name__}: {first}" if first else type(err).__name__


def prepare(
    path: Path, pub_date: date | None, read: Callable[[Path], DecodedText] | None = None, analyze: Analyzer | None = None
) -> Prepared:
    """Read and analyse one file (in a worker process or here). Of the article's reports only
    those follow-up compares are kept (:func:`suggest.compared_claims`): a worker sends less."""
    from inquiry_tracker.extract import ReadError, analyze_text, read_document

    try:
        doc = read(path) if read else read_document(path, max_bytes=MAX_DOCUMENT_BYTES)
        analysis = (analyze or analyze_text)(doc.text, published=pub_date, source=str(path))
        if analysis.reports:
            analysis = dataclasses.replace(analysis, reports=compared_claims(analysis.reports))
        return doc, analysis
    except ReadError as err:
        return error_line(err)
    except Exception as err:  # noqa: BLE001 — one bad file must not stop the batch
        log.exception("reading %s failed", path)
        return error_line(err)


#: how often one document is tried when concurrent importers keep inserting the same rows
WRITE_ATTEMPTS = 6


def write_document(
    db: Database,
    doc: DecodedText,
    analysis: Analysis,
    accept: bool,
    departments: DepartmentCache | None = None,
    suggestions: SuggestionIndex | None = None,
    *,
    bulk: bool = False,
) -> DocumentResult:
    """Store one analysed document in its own transaction, proposing it as evidence for open
    items. A batch passes the same caches to every document, a large one ``bulk`` (see
    :meth:`Database.write`).

    Another importer may store the same item (or source) between our look-up and our
    insert; the unique constraint then refuses ours, and the document is tried again from a
    fresh read, where the other's rows are simply found (up to :data:`WRITE_ATTEMPTS` times:
    each retry happens only because the other side committed, so it makes progress)."""
    cache = departments or DepartmentCache()
    index = suggestions or SuggestionIndex()
    name = Path(doc.path).name if doc.path else "<text>"
    for attempt in range(1, WRITE_ATTEMPTS + 1):
        read = index.mark()
        try:
            with db.write(bulk=bulk) as session:
                result = store_document(session, doc, analysis, name, accept, cache, index)
            cache.commit()
            index.add(result.subjects)
            return result
        except BaseException as err:
            cache.rollback()
            index.undo(read)
            if not is_concurrent_insert(err) or attempt == WRITE_ATTEMPTS:
                raise
            cache.invalidate()
            log.info("retrying %s after a concurrent insert", name)  # another writer stored it meanwhile
            time.sleep(random.uniform(0, 0.05 * attempt))  # two importers do not collide in step again
    raise AssertionError("unreachable")


def _worker_count(options: ImportOptions, files: int, custom: bool) -> int:
    if custom:  # an injected reader/analyzer may not survive pickling: stay in-process
        return 1
    if options.workers is not None:
        return max(1, options.workers)
    if files < PARALLEL_MIN_FILES:
        return 1
    return max(1, min(os.cpu_count() or 1, 4))


class _Cancelled(str):
    """Yielded for the document being read when the batch was cancelled meanwhile."""


def read_one(path: Path, pub_date: date | None = None, cancel: CancelCheck | None = None,
             read: Callable[[Path], DecodedText] | None = None, analyze: Analyzer | None = None,
             idle: Callable[[], None] | None = None) -> Prepared | None:
    """Read and analyse one document in this process (see :func:`prepare`); None when
    ``cancel`` said so while it was being read (see :func:`workers.run_cancellable`, which
    also calls ``idle`` while it waits)."""
    if cancel is None and idle is None:
        return prepare(path, pub_date, read, analyze)
    finished, prepared = run_cancellable(lambda: prepare(path, pub_date, read, analyze), cancel or _never, idle)
    if not finished:
        return None
    return "读取中断 / reading stopped" if prepared is None else prepared


def _never() -> bool:
    return False


def _prepared(
    entries: list[tuple[Path, str | None]],
    options: ImportOptions,
    workers: int,
    cancel: CancelCheck | None,
    read: Callable[[Path], DecodedText] | None,
    analyze: Analyzer | None,
    idle: Callable[[], None] | None = None,
) -> Generator[tuple[Path, Prepared], None, None]:
    """Each entry read and analysed, in order (here, or ahead in worker processes). A cancel
    request is honoured inside a slow document: the wait for it ends with a :class:`_Cancelled`.
    ``idle`` is called every :data:`CANCEL_POLL_S` while a document is awaited (the writer
    commits then, see :meth:`DocumentWriter.idle`)."""
    if workers <= 1:
        for path, problem in entries:
            if problem is not None:
                yield path, problem
                continue
            prepared = read_one(path, options.pub_date, cancel, read, analyze, idle)
            yield path, _Cancelled("cancelled while reading") if prepared is None else prepared
        return
    window: deque[tuple[Path, Future[Prepared] | str]] = deque()
    todo = iter(entries)
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=pool_context(), initializer=watch_parent, initargs=(os.getpid(),)
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
                if isinstance(pending, str):
                    yield path, pending
                    continue
                while cancel is not None or idle is not None:
                    try:
                        pending.result(timeout=CANCEL_POLL_S)
                        break
                    except TimeoutError:
                        if cancel is not None and cancel():
                            window.appendleft((path, pending))
                            stop_workers(pool)
                            yield path, _Cancelled("cancelled while reading")
                            return
                        if idle is not None:
                            idle()
                yield path, pending.result()
        finally:
            for _, pending in window:
                if not isinstance(pending, str):
                    pending.cancel()


def _batched(db: Database, files: int) -> bool:
    """Whether an import of ``files`` documents writes several per transaction (see
    :mod:`services.batches`: large imports, on SQLite)."""
    return files >= PARALLEL_MIN_FILES and db.dialect == "sqlite"


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
    bulk = len(entries) >= PARALLEL_MIN_FILES
    with ExitStack() as stack:
        batch = stack.enter_context(db.batch(bulk=True)) if _batched(db, len(entries)) else None
        writer = DocumentWriter(db, summary, options, analyze=analyze, batch=batch, memory=len(entries) > 1, bulk=bulk)
        stream = stack.enter_context(closing(
            _prepared(entries, options, workers, cancel, read, analyze, writer.idle if batch is not None else None)
        ))
        try:
            for done, (path, prepared) in enumerate(stream, start=1):
                if isinstance(prepared, _Cancelled) or (cancel is not None and cancel()):
                    summary.cancelled = True
                    break
                if isinstance(prepared, Skip):
                    summary.skipped.append((str(path), str(prepared)))
                elif isinstance(prepared, str):
                    summary.failures.append((str(path), prepared))
                else:
                    doc, analysis = prepared
                    writer.store(str(path), doc, analysis, left=len(entries) - done)
                    if summary.stopped is not None:
                        break
                if progress is not None:
                    progress(done, len(entries), path.name)
        finally:  # what was written stays, however the loop ended (cancel, an error raised)
            writer.commit()
    if len(summary.new_items) >= ANALYZE_AFTER_ITEMS and summary.stopped is None:
        db.optimize()
    log.info("import: %s", summary.describe())
    return summary


def import_decoded(
    db: Database, doc: DecodedText, options: ImportOptions = ImportOptions(), analyze: Analyzer | None = None
) -> ImportSummary:
    """Import one already decoded document (stdin, pasted text) the way files are imported
    (see :class:`DocumentWriter`: the text limit, NUL characters as spaces, a full disk recorded)."""
    summary = ImportSummary()
    DocumentWriter(db, summary, options, analyze=analyze).store(doc.path or "<text>", doc, None)
    return summary


def import_analysed(
    db: Database,
    docs: Sequence[tuple[str, DecodedText, Analysis | None]],
    options: ImportOptions = ImportOptions(),
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> tuple[ImportSummary, list[DocumentResult | str | None]]:
    """Import documents already read (and perhaps analysed, e.g. after a preview where the
    reporter corrected the date): ``(name, document, analysis or None)`` each, each all or
    nothing, the same way as :func:`import_paths`.

    Returns the summary and, per document, its result, the reason it failed, or None when
    the batch was cancelled or stopped (a full disk) before it."""
    summary = ImportSummary()
    with ExitStack() as stack:
        batch = stack.enter_context(db.batch(bulk=True)) if _batched(db, len(docs)) else None
        writer = DocumentWriter(db, summary, options, batch=batch, bulk=batch is not None)
        try:
            for done, (name, doc, analysis) in enumerate(docs, start=1):
                if (cancel is not None and cancel()) or summary.stopped is not None:
                    summary.cancelled = summary.stopped is None
                    break
                writer.store(name, doc, analysis, left=len(docs) - done)
                if progress is not None:
                    progress(done, len(docs), name)
        finally:  # what was written stays, however the loop ended
            writer.commit()
    outcomes = writer.outcomes + [None] * (len(docs) - len(writer.outcomes))
    if len(summary.new_items) >= ANALYZE_AFTER_ITEMS and summary.stopped is None:
        db.optimize()
    log.info("import: %s", summary.describe())
    return summary, outcomes


def import_bytes(
    db: Database,
    data: bytes,
    name: str = "<stdin>",
    options: ImportOptions = ImportOptions(),
    analyze: Analyzer | None = None,
) -> ImportSummary:
    """Import one document given as bytes (stdin); the reader detects the encoding."""
    from inquiry_tracker.extract import ReadError, read_bytes

    if len(data) > MAX_DOCUMENT_BYTES:  # stdin obeys the file limit, before any decoding
        summary = ImportSummary()
        summary.failures.append((name, too_large_reason(len(data))))
        return summary
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
