"""Writing one analysed document: what to store of it — its source, new items, spans, search
entries and follow-up names — decided here and written by :mod:`inquiry_tracker.store.documents`
inside the caller's transaction, with a handful of multi-row statements per document (not one
flush per item), so importing keeps pace with the reader.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from inquiry_tracker.services.results import DocumentResult
from inquiry_tracker.services.suggest import SuggestionIndex, index_items, suggest_for_source
from inquiry_tracker.store import documents, search
from inquiry_tracker.store.documents import DepartmentCache, NewItem, NewSource
from inquiry_tracker.vocab import due_in_range

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from inquiry_tracker.extract import Analysis, DecodedText, ExtractedItem

__all__ = ["DepartmentCache", "fingerprint_of", "sha256_text", "store_document"]


def sha256_text(text: str) -> str:
    """The identity of a document: sha256 of its decoded text in UTF-8."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def fingerprint_of(it: ExtractedItem) -> str:
    """The item's fingerprint, hashed when too long for the column; made up if missing."""
    fp = it.fingerprint
    if not fp:
        basis = "|".join([it.kind, it.question or "", it.statement or "", it.department or ""])
        fp = "x:" + hashlib.sha1(basis.encode("utf-8")).hexdigest()
    if len(fp) > 200:
        fp = "h:" + hashlib.sha256(fp.encode("utf-8")).hexdigest()
    return fp


def _cut(value: str | None, n: int) -> str | None:
    return value[:n] if value else value


def _new_item(it: ExtractedItem, fp: str, dept: tuple[int, str] | None, accept: bool) -> NewItem:
    d = it.deadline
    kept = bool(d and due_in_range(d.due))  # a date outside 1900–2100 is not kept, nor its precision
    due = d.due if d and kept else None
    return NewItem(
        kind=it.kind,
        review_state="accepted" if accept else "pending",
        subject=it.subject or (it.question or it.statement or "")[:30],
        question=it.question,
        reply=it.reply,
        statement=it.statement,
        department=_cut(it.department, 200),
        department_id=dept[0] if dept else None,
        deadline_expr=_cut(d.expr, 200) if d else None,
        due=due,
        due_precision=d.precision if d and kept else None,
        original_due=due,
        approximate=bool(d and d.approximate),
        conditional=bool(it.conditional),
        confidence=float(it.confidence),
        verdict="unchecked",
        fingerprint=fp,
    )


def _suggest(session: Session, source_id: int, doc: DecodedText, analysis: Analysis, index: SuggestionIndex) -> list[int]:
    """This document as evidence for open items (its reports, read now if the reader did not)."""
    found = analysis.reports
    if found is None:
        from inquiry_tracker.extract.evidence import reports

        found = reports(doc.text, analysis.facts.published)
    return suggest_for_source(session, source_id, doc.text, found, analysis.facts.published, index) if found else []


def store_document(
    session: Session,
    doc: DecodedText,
    analysis: Analysis,
    name: str,
    accept: bool,
    departments: DepartmentCache,
    suggestions: SuggestionIndex | None = None,
) -> DocumentResult:
    """Write one analysed document (see module docstring); duplicates add nothing. With a
    suggestion index, the document is also proposed as evidence for open items."""
    result = DocumentResult(name=name)
    sha = sha256_text(doc.text)
    if documents.source_known(session, sha):
        result.duplicate = True
        return result
    facts = analysis.facts
    outlet = _cut(facts.outlet, 200)
    source_id = documents.add_source(session, NewSource(
        sha256=sha,
        origin=doc.path,
        fmt=_cut(doc.fmt, 16),
        encoding=_cut(doc.encoding, 32),
        outlet=outlet,
        title=facts.title,
        published=facts.published,
        published_basis=facts.basis if facts.basis in ("header", "given", "inferred") else "unknown",
        text=doc.text,
    ))
    result.source_id = source_id

    first: dict[str, ExtractedItem] = {}
    for it in analysis.items:
        first.setdefault(fingerprint_of(it), it)
    if not first:
        if suggestions is not None:
            result.suggestions = _suggest(session, source_id, doc, analysis, suggestions)
        return result
    existing = documents.known_items(session, list(first))

    new_items: list[NewItem] = []
    dept_names: list[str | None] = []
    for fp, it in first.items():
        if fp not in existing:
            dept = departments.resolve(session, it.department, it.department_canonical)
            new_items.append(_new_item(it, fp, dept, accept))
            dept_names.append(dept[1] if dept else None)
    new_ids = documents.add_items(session, new_items)

    spans: list[tuple[int, int, int]] = []
    seen: set[int] = set()
    reprinted: list[int] = []
    for fp, it in first.items():
        if fp in new_ids:
            item_id = new_ids[fp]
            result.new_items.append(item_id)
        else:
            known = existing[fp]
            item_id = documents.live_item(session, known.id) if known.merged else known.id
            if item_id in seen:
                continue
            result.reprints.append(item_id)
            reprinted.append(item_id)
        seen.add(item_id)
        spans.append((item_id, it.start, it.end))
    documents.add_spans(session, source_id, spans)

    documents.index_new_items(session, [
        (new_ids[new.fingerprint],
         search.search_body([new.subject, new.question, new.reply, new.statement, new.department, dept_name, outlet]))
        for new, dept_name in zip(new_items, dept_names, strict=True)
    ])
    if outlet and reprinted:  # the new outlet becomes searchable
        documents.add_outlet(session, reprinted, outlet)
    result.subjects = [(new_ids[new.fingerprint], new.subject) for new in new_items]
    index_items(session, doc.text, facts.title, [(new_ids[fp], it) for fp, it in first.items() if fp in new_ids])
    if suggestions is not None:
        result.suggestions = _suggest(session, source_id, doc, analysis, suggestions)
    return result
