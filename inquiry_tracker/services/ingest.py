"""Writing one analysed document: source, new items, spans and search entries in bulk.

Runs inside the caller's transaction with a handful of multi-row statements per document
(not one flush per item), so importing keeps pace with the reader. Departments are
resolved through a :class:`DepartmentCache` that only trusts rows known to be committed.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Insert, Table, select
from sqlalchemy.orm import Session

from inquiry_tracker.services.results import DocumentResult
from inquiry_tracker.services.suggest import SuggestionIndex, index_items, suggest_for_source
from inquiry_tracker.store import search
from inquiry_tracker.store.models import (
    Department,
    DepartmentAlias,
    Item,
    ItemSource,
    Source,
    table_of,
)
from inquiry_tracker.store.mutations import resolve_merged
from inquiry_tracker.vocab import due_in_range

if TYPE_CHECKING:
    from inquiry_tracker.extract import Analysis, DecodedText, ExtractedItem


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


def _insert_or_skip(conn: Connection, table: Table, unique: list[str], **values: Any) -> Insert:
    """``INSERT … ON CONFLICT (unique) DO NOTHING`` in the connection's dialect: a row another
    transaction inserted first (and committed) is left as it is, with no error."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(table).values(**values).on_conflict_do_nothing(index_elements=unique)
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(table).values(**values).on_conflict_do_nothing(index_elements=unique)


def unscoped(name: str) -> bool:
    """A 市/区/县-level office named without its place ("市交通运输局", "区教育局")."""
    return name[:1] in ("市", "区", "县")


class DepartmentCache:
    """Departments and aliases of the database, loaded once per import batch.

    Resolves a (printed, canonical) name pair like :func:`store.mutations.resolve_department`
    but in memory, inserting only what is new. Rows inserted inside a transaction stay
    pending until :meth:`commit`; :meth:`rollback` forgets them, so a rolled-back department
    is never referenced; :meth:`invalidate` reloads everything (after a concurrent insert).
    """

    def __init__(self) -> None:
        self._loaded = False
        self._names: dict[str, int] = {}  # canonical name → id   (city "" for now)
        self._aliases: dict[str, int] = {}  # printed alias → id
        self._id_names: dict[int, str] = {}
        self._pending: list[tuple[str, str, int]] = []  # ("name"|"alias", text, id)

    def _load(self, conn: Connection) -> None:
        for dept_id, name in conn.execute(select(Department.id, Department.name).where(Department.city == "")):
            self._names[name] = dept_id
            self._id_names[dept_id] = name
        for alias, dept_id in conn.execute(
            select(DepartmentAlias.alias, DepartmentAlias.department_id).where(DepartmentAlias.city == "")
        ):
            self._aliases[alias] = dept_id
        self._loaded = True

    def resolve(self, conn: Connection, named: str | None, canonical: str | None) -> tuple[int, str] | None:
        """(id, canonical name) of the department, created on first sight."""
        printed = (named or "").strip()[:200]
        name = (canonical or "").strip()[:200] or printed
        if not name:
            return None
        if not self._loaded:
            self._load(conn)
        if printed and printed != name and not canonical and printed in self._aliases:
            dept_id = self._aliases[printed]
            return dept_id, self._id_names[dept_id]
        # a bare 市/区/县-level name ("市交通运输局") with no city is its own department: the alias
        # another city's page left (株洲市交通运输局 printed as 市交通运输局) is not it
        found = self._names.get(name) or (None if unscoped(name) else self._aliases.get(name))
        if found is not None:
            dept_id = found
        else:
            depts = table_of(Department)
            # another importer may be creating the same department right now: its row wins
            inserted = conn.execute(
                _insert_or_skip(conn, depts, ["name", "city"], name=name, city="").returning(depts.c.id)
            ).scalar_one_or_none()
            if inserted is None:
                dept_id = conn.execute(select(depts.c.id).where(depts.c.name == name, depts.c.city == "")).scalar_one()
            else:
                dept_id = inserted
                self._pending.append(("name", name, dept_id))
            self._names[name] = dept_id
            self._id_names[dept_id] = name
        dept_name = self._id_names[dept_id]
        if printed and printed != dept_name and printed not in self._aliases:
            aliases = table_of(DepartmentAlias)
            added = conn.execute(
                _insert_or_skip(conn, aliases, ["alias", "city"], department_id=dept_id, alias=printed, city="")
            ).rowcount
            if added:
                self._aliases[printed] = dept_id
                self._pending.append(("alias", printed, dept_id))
        return dept_id, dept_name

    def commit(self) -> None:
        """The transaction that inserted the pending rows committed."""
        self._pending.clear()

    def rollback(self) -> None:
        """The transaction rolled back: forget what it inserted."""
        for what, text, dept_id in self._pending:
            if what == "name":
                self._names.pop(text, None)
                self._id_names.pop(dept_id, None)
            else:
                self._aliases.pop(text, None)
        self._pending.clear()

    def invalidate(self) -> None:
        """Reload from the database on next use (someone else may have added rows)."""
        self.__init__()  # type: ignore[misc]


def _item_row(it: ExtractedItem, fp: str, dept: tuple[int, str] | None, accept: bool) -> dict[str, Any]:
    d = it.deadline
    return {
        "kind": it.kind,
        "review_state": "accepted" if accept else "pending",
        "subject": it.subject or (it.question or it.statement or "")[:30],
        "question": it.question,
        "reply": it.reply,
        "statement": it.statement,
        "department": _cut(it.department, 200),
        "department_id": dept[0] if dept else None,
        "deadline_expr": _cut(d.expr, 200) if d else None,
        "due": d.due if d and due_in_range(d.due) else None,
        "due_precision": d.precision if d and due_in_range(d.due) else None,
        "original_due": d.due if d and due_in_range(d.due) else None,
        "approximate": bool(d and d.approximate),
        "conditional": bool(it.conditional),
        "confidence": float(it.confidence),
        "verdict": "unchecked",
        "fingerprint": fp,
    }


def _live_item(session: Session, item_id: int) -> int:
    """The item a reprint belongs to: itself, or the item it was merged into."""
    state, merged_into = session.connection().execute(
        select(Item.review_state, Item.merged_into_id).where(Item.id == item_id)
    ).one()
    if state != "merged" or merged_into is None:
        return item_id
    item = session.get(Item, item_id)
    assert item is not None
    return resolve_merged(session, item).id


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
    conn = session.connection()
    sha = sha256_text(doc.text)
    if conn.execute(select(Source.id).where(Source.sha256 == sha)).first() is not None:
        result.duplicate = True
        return result
    facts = analysis.facts
    outlet = _cut(facts.outlet, 200)
    sources = table_of(Source)
    source_id = conn.execute(
        sources.insert()
        .values(
            sha256=sha,
            origin=doc.path,
            fmt=_cut(doc.fmt, 16),
            encoding=_cut(doc.encoding, 32),
            outlet=outlet,
            title=facts.title,
            published=facts.published,
            published_basis=facts.basis if facts.basis in ("header", "given", "inferred") else "unknown",
            text=doc.text,
            char_count=len(doc.text),
        )
        .returning(sources.c.id)
    ).scalar_one()
    result.source_id = source_id

    first: dict[str, ExtractedItem] = {}
    for it in analysis.items:
        first.setdefault(fingerprint_of(it), it)
    if not first:
        if suggestions is not None:
            result.suggestions = _suggest(session, source_id, doc, analysis, suggestions)
        return result
    existing: dict[str, int] = {}
    merged: set[int] = set()
    fps = list(first)
    for i in range(0, len(fps), 500):
        rows = conn.execute(
            select(Item.id, Item.fingerprint, Item.review_state).where(Item.fingerprint.in_(fps[i : i + 500]))
        )
        for item_id, fp, state in rows:
            existing[fp] = item_id
            if state == "merged":
                merged.add(item_id)

    new_rows: list[dict[str, Any]] = []
    dept_names: list[str | None] = []
    for fp, it in first.items():
        if fp not in existing:
            dept = departments.resolve(conn, it.department, it.department_canonical)
            new_rows.append(_item_row(it, fp, dept, accept))
            dept_names.append(dept[1] if dept else None)
    new_ids: dict[str, int] = {}
    if new_rows:
        items = table_of(Item)
        # ids come back with their fingerprints (unique), so no row-by-row ordered insert is needed
        returned = conn.execute(items.insert().returning(items.c.id, items.c.fingerprint), new_rows).all()
        new_ids = {fp: item_id for item_id, fp in returned}

    spans: list[dict[str, Any]] = []
    seen: set[int] = set()
    reprinted: list[int] = []
    for fp, it in first.items():
        if fp in new_ids:
            item_id = new_ids[fp]
            result.new_items.append(item_id)
        else:
            item_id = existing[fp]
            if item_id in merged:
                item_id = _live_item(session, item_id)
            if item_id in seen:
                continue
            result.reprints.append(item_id)
            reprinted.append(item_id)
        seen.add(item_id)
        spans.append({"item_id": item_id, "source_id": source_id, "start": it.start, "end": it.end})
    conn.execute(table_of(ItemSource).insert(), spans)

    entries = []
    for row, dept_name in zip(new_rows, dept_names, strict=True):
        body = search.search_body(
            [row["subject"], row["question"], row["reply"], row["statement"], row["department"], dept_name, outlet]
        )
        entries.append((new_ids[row["fingerprint"]], body))
    search.add_many(conn, entries)
    if outlet and reprinted:  # the new outlet becomes searchable
        search.append_line(conn, reprinted, outlet)
    result.subjects = [(new_ids[row["fingerprint"]], row["subject"]) for row in new_rows]
    index_items(session, doc.text, facts.title, [(new_ids[fp], it) for fp, it in first.items() if fp in new_ids])
    if suggestions is not None:
        result.suggestions = _suggest(session, source_id, doc, analysis, suggestions)
    return result
