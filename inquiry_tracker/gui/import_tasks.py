"""The work behind the import dialog, without Qt: preview documents, then store them.

:func:`preview_paths` reads and analyses each file (on the reader pool) so the reporter
can check the detected publication date and outlet before anything is stored; a bad file
becomes a preview row with its reason. :func:`import_previewed` stores the previewed
documents through the services' one import path (on the writer thread), reusing the analysis
unless the reporter changed the date, imposing the outlet the reporter chose, and going on
past bad files. Cancelling stops between documents; those done stay.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from inquiry_tracker.gui.runner import TaskContext
from inquiry_tracker.services import Changes, ImportSummary
from inquiry_tracker.store import Database

if TYPE_CHECKING:
    from inquiry_tracker.extract import Analysis, DecodedText

log = logging.getLogger("inquiry_tracker.gui")

PASTED = "<粘贴文本>"


@dataclass(slots=True)
class PreviewDoc:
    """One document as the reader sees it, with the reporter's corrections."""

    name: str
    origin: str
    doc: DecodedText | None = None
    analysis: Analysis | None = None
    error: str | None = None
    detected_published: date | None = None
    basis: str = "unknown"
    detected_outlet: str | None = None
    #: what will be stored (the reporter may change both)
    published: date | None = None
    outlet: str | None = None
    #: after the import: what happened to this document
    status: str = ""

    @property
    def candidates(self) -> int:
        """How many items the reader found."""
        return len(self.analysis.items) if self.analysis is not None else 0

    @property
    def ok(self) -> bool:
        """Whether the document can be imported."""
        return self.error is None and self.doc is not None


@dataclass(slots=True)
class ImportOutcome:
    """What the import did, as a batch summary and a status per previewed document."""

    summary: ImportSummary
    statuses: list[str] = field(default_factory=list)

    @property
    def changes(self) -> Changes:
        """The batch's changes, for views."""
        return self.summary.changes


def _analyse(doc: DecodedText, name: str, published: date | None = None) -> PreviewDoc:
    from inquiry_tracker.extract import analyze_text

    return _preview(doc, analyze_text(doc.text, published=published, source=doc.path), name)


def _preview(doc: DecodedText, analysis: Analysis, name: str) -> PreviewDoc:
    facts = analysis.facts
    return PreviewDoc(
        name=name,
        origin=doc.path,
        doc=doc,
        analysis=analysis,
        detected_published=facts.published,
        basis=facts.basis,
        detected_outlet=facts.outlet,
        published=facts.published,
        outlet=facts.outlet,
    )


def expand_paths(paths: Iterable[str | Path]) -> list[tuple[Path, str | None]]:
    """Files to preview as the services find them (folders searched, links leading out of a
    folder marked with the reason they are skipped)."""
    from inquiry_tracker.services.importing import expand_paths as files_of

    return list(files_of(paths))


def preview_paths(ctx: TaskContext, paths: list[tuple[Path, str | None]]) -> list[PreviewDoc]:
    """Read and analyse each file as the services' import does (the 20 MB limit, one line for
    any failure); unreadable or skipped files become rows with their reason. A cancel is
    honoured while a slow file is being read, not only between files."""
    from inquiry_tracker.services.importing import read_one

    out: list[PreviewDoc] = []
    for n, (path, problem) in enumerate(paths, start=1):
        ctx.check()
        if problem is not None:
            out.append(PreviewDoc(name=path.name, origin=str(path), error=problem))
            ctx.progress(n, len(paths), path.name)
            continue
        prepared = read_one(path, cancel=ctx.cancelled)
        if prepared is None:  # cancelled while this file was read
            ctx.check()
        elif isinstance(prepared, str):
            out.append(PreviewDoc(name=path.name, origin=str(path), error=prepared))
        else:
            out.append(_preview(*prepared, path.name))
        ctx.progress(n, len(paths), path.name)
    return out


def preview_text(ctx: TaskContext, text: str) -> list[PreviewDoc]:
    """Pasted text as one document to preview."""
    from inquiry_tracker.extract import DecodedText

    ctx.progress(0, 1, PASTED)
    if not text.strip():
        return [PreviewDoc(name=PASTED, origin=PASTED, error="空文本 / empty text")]
    # as the services store it (PostgreSQL cannot hold NUL): what is previewed is what is stored
    doc = DecodedText(text=text.replace("\x00", " "), path=PASTED, fmt="text", encoding=None)
    result = [_analyse(doc, PASTED)]
    ctx.progress(1, 1, PASTED)
    return result


def analysis_to_store(p: PreviewDoc) -> Analysis:
    """The preview's analysis, redone when the reporter changed the date, with the chosen outlet."""
    from inquiry_tracker.extract import analyze_text

    assert p.doc is not None
    if p.analysis is not None and p.published == p.detected_published:
        analysis = p.analysis
    else:
        analysis = analyze_text(p.doc.text, published=p.published, source=p.doc.path)
    if (p.outlet or None) != analysis.facts.outlet:
        facts = dataclasses.replace(analysis.facts, outlet=p.outlet or None)
        analysis = type(analysis)(facts, analysis.items, analysis.reports)
    return analysis


def import_previewed(ctx: TaskContext, db: Database, docs: list[PreviewDoc], accept: bool = False) -> ImportOutcome:
    """Store the previewed documents through the services' one import path
    (:func:`~inquiry_tracker.services.importing.import_analysed`: one transaction each, the
    text limit, NUL characters as spaces, a full disk recorded), with progress and cancel."""
    from inquiry_tracker.services import ImportOptions
    from inquiry_tracker.services.importing import import_analysed

    ready = [p for p in docs if p.ok and p.doc is not None]
    batch = [(p.origin, p.doc, analysis_to_store(p)) for p in ready if p.doc is not None]
    summary, results = import_analysed(
        db, batch, ImportOptions(accept=accept), progress=ctx.progress, cancel=ctx.cancelled
    )
    by_doc = {id(p): r for p, r in zip(ready, results, strict=True)}
    outcome = ImportOutcome(summary)
    for p in docs:
        if not p.ok or p.doc is None:
            summary.failures.append((p.origin, p.error or "?"))
            outcome.statuses.append("failed:" + (p.error or "?"))
            continue
        result = by_doc[id(p)]
        if result is None:
            outcome.statuses.append("cancelled")
        elif isinstance(result, str):
            outcome.statuses.append("failed:" + result)
        elif result.duplicate:
            outcome.statuses.append("duplicate")
        else:
            outcome.statuses.append(f"imported:{len(result.new_items)}:{len(result.reprints)}")
    return outcome
