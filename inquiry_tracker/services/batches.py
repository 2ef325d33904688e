"""Storing the analysed documents of one import, in order, each all or nothing.

:class:`DocumentWriter` is the one way every import stores a document (files, a previewed
batch, stdin, pasted text): the 20 MB text limit, NUL characters as spaces, a full disk
recorded and the batch stopped, any other failure recorded with one line.

A large import on SQLite (:data:`importing.PARALLEL_MIN_FILES` documents or more) writes
several documents per transaction (:class:`~inquiry_tracker.store.database.WriteBatch`):
each document is a SAVEPOINT, so one that fails is rolled back alone and recorded, while the
others of its transaction stand; the transaction commits every :data:`BATCH_DOCUMENTS`
documents or :data:`BATCH_SECONDS`, whichever comes first, and whenever the importer has to
wait for the reader (:meth:`DocumentWriter.idle`), so SQLite's write lock is never held
while nothing is written. What a document did is folded into the summary when its
transaction commits. When a transaction is lost as a whole (a full disk, a failed commit),
its documents are written again one per transaction, the way a small import writes them,
so the outcome is the same as if the batch had never been shared: documents before the
failing one stored, the failing one recorded, the rest reported not tried.

PostgreSQL keeps one transaction per document: another importer may be writing the same
items at the same time, and a transaction held over many documents would keep their rows
locked against it (and risk deadlocks); its import bar is met without batching.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from inquiry_tracker.services.ingest import store_document
from inquiry_tracker.services.results import DocumentResult, ImportSummary
from inquiry_tracker.services.suggest import SuggestionIndex
from inquiry_tracker.store import DiskFullError, StoreError
from inquiry_tracker.store.documents import DepartmentCache

if TYPE_CHECKING:
    from inquiry_tracker.extract import Analysis, DecodedText
    from inquiry_tracker.services.importing import Analyzer, ImportOptions
    from inquiry_tracker.store import Database
    from inquiry_tracker.store.database import WriteBatch

log = logging.getLogger("inquiry_tracker.services")

#: documents per transaction in a batched import, at most
BATCH_DOCUMENTS = 64
#: seconds a batched transaction stays open, at most (SQLite's write lock is held meanwhile;
#: another program's write waits for it — up to 5 s before retrying, see store.engine)
BATCH_SECONDS = 1.0


@dataclass(slots=True)
class _Written:
    """A document written in the open transaction, waiting for its commit."""

    slot: int
    name: str
    doc: DecodedText
    analysis: Analysis
    #: files after this one in the import: not tried if the import stops here
    left: int
    result: DocumentResult


class DocumentWriter:
    """Stores the documents of one import in order into ``summary`` (see the module
    docstring); ``batch`` makes several documents share a transaction. ``outcomes`` holds,
    per document given to :meth:`store`, its result, the reason it failed, or None while it
    waits for its commit (or when the import stopped before it)."""

    def __init__(
        self,
        db: Database,
        summary: ImportSummary,
        options: ImportOptions,
        *,
        analyze: Analyzer | None = None,
        batch: WriteBatch | None = None,
        memory: bool = False,
        bulk: bool = False,
    ) -> None:
        self.db = db
        self.summary = summary
        self.options = options
        self.analyze = analyze
        self.batch = batch
        self.bulk = bulk
        self.departments = DepartmentCache()
        self.suggestions = SuggestionIndex(memory=memory)
        self.outcomes: list[DocumentResult | str | None] = []
        self._written: list[_Written] = []

    def store(self, name: str, doc: DecodedText, analysis: Analysis | None, left: int = 0) -> None:
        """Store one decoded document (analysed now when ``analysis`` is None); ``left``
        files come after it."""
        from inquiry_tracker.services.importing import (
            MAX_DOCUMENT_BYTES,
            text_size,
            too_large_reason,
        )

        slot = len(self.outcomes)
        self.outcomes.append(None)
        size = text_size(doc.text)
        if size > MAX_DOCUMENT_BYTES:
            self._fail(slot, name, too_large_reason(size))
            return
        try:
            doc, analysis = self._analysed(doc, analysis)
        except Exception as err:  # noqa: BLE001 — one bad document must not stop the batch
            log.exception("analysing %s failed", name)
            self._fail(slot, name, _reason(err))
            return
        if self.batch is None:
            self._write_alone(slot, name, doc, analysis, left)
        else:
            self._write_batched(self.batch, slot, name, doc, analysis, left)

    def idle(self) -> None:
        """The importer is about to wait (for the reader): commit what is written."""
        self.commit()

    def commit(self) -> None:
        """Make the documents written so far durable and fold them into the summary; if the
        commit fails they are written again one per transaction."""
        batch = self.batch
        if batch is None or batch.opened is None:
            return
        try:
            batch.commit()
        except Exception as err:  # noqa: BLE001 — written again below, one at a time
            log.info("committing %d documents failed (%s); writing them one by one", len(self._written), err)
            self._rewrite()
            return
        self.departments.commit()
        for w in self._written:
            self._stored(w.slot, w.result)
        self._written.clear()

    # --- one document ---------------------------------------------------------------------

    def _analysed(self, doc: DecodedText, analysis: Analysis | None) -> tuple[DecodedText, Analysis]:
        """NUL characters as spaces (PostgreSQL refuses NUL and both back-ends must agree),
        read again from the clean text keeping the facts decided; the analysis, if missing."""
        from inquiry_tracker.extract import analyze_text

        analyze = self.analyze or analyze_text
        if "\x00" in doc.text:
            doc = dataclasses.replace(doc, text=doc.text.replace("\x00", " "))
            if analysis is not None:
                facts = analysis.facts
                analysis = dataclasses.replace(analyze(doc.text, published=facts.published, source=doc.path), facts=facts)
        if analysis is None:
            analysis = analyze(doc.text, published=self.options.pub_date, source=doc.path)
        return doc, analysis

    def _write_alone(self, slot: int, name: str, doc: DecodedText, analysis: Analysis, left: int) -> None:
        """The document in its own transaction (see :func:`importing.write_document`)."""
        from inquiry_tracker.services.importing import (
            disk_full_reason,
            stopped_reason,
            write_document,
        )

        try:
            result = write_document(self.db, doc, analysis, self.options.accept, self.departments, self.suggestions,
                                    bulk=self.bulk)
        except DiskFullError as err:
            log.info("import of %s stopped: %s", name, err)
            self._fail(slot, name, disk_full_reason(err))
            self.summary.stopped = stopped_reason(err, left)
            return
        except StoreError:
            raise
        except Exception as err:  # noqa: BLE001 — e.g. a value the database refuses
            log.exception("storing %s failed", name)
            self._fail(slot, name, _reason(err))
            return
        self._stored(slot, result)

    def _write_batched(self, batch: WriteBatch, slot: int, name: str, doc: DecodedText, analysis: Analysis,
                       left: int) -> None:
        """The document as one SAVEPOINT of the open transaction."""
        departments, index = self.departments.mark(), self.suggestions.mark()
        try:
            with batch.change() as session:
                result = store_document(session, doc, analysis, name, self.options.accept, self.departments,
                                        self.suggestions)
        except Exception as err:  # noqa: BLE001 — sorted below
            self.departments.rollback(departments)
            self.suggestions.undo(index)
            if batch.intact and not isinstance(err, StoreError):  # this document's own failure
                log.exception("storing %s failed", name)
                self._fail(slot, name, _reason(err))
                return
            # the database failed or the transaction is lost: what it held is written again,
            # one document at a time; a full disk is then met (and recorded) the way a small
            # import meets it, any other database error (locked, unreachable) is raised
            log.info("writing %s failed (%s); writing its transaction's documents one by one", name, err)
            self._rewrite()
            if isinstance(err, StoreError) and not isinstance(err, DiskFullError):
                raise
            if self.summary.stopped is None:
                self._write_alone(slot, name, doc, analysis, left)
            return
        self._written.append(_Written(slot, name, doc, analysis, left, result))
        opened = batch.opened
        if batch.changes >= BATCH_DOCUMENTS or (opened is not None and time.monotonic() - opened >= BATCH_SECONDS):
            self.commit()

    def _rewrite(self) -> None:
        """The open transaction is given up: its documents are written again one per
        transaction, in order, until one fails for good (a full disk stops the import)."""
        assert self.batch is not None
        self.batch.rollback()
        self.departments.rollback()
        self.suggestions.undo(0)
        written, self._written = self._written, []
        for w in written:
            if self.summary.stopped is not None:
                break
            self._write_alone(w.slot, w.name, w.doc, w.analysis, w.left)

    def _stored(self, slot: int, result: DocumentResult) -> None:
        self.summary.add(result)
        self.outcomes[slot] = result

    def _fail(self, slot: int, name: str, reason: str) -> None:
        self.summary.failures.append((name, reason))
        self.outcomes[slot] = reason


def _reason(err: BaseException) -> str:
    from inquiry_tracker.services.importing import error_line

    return error_line(err)
