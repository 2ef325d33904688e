"""Writing one imported document: its source, new items, spans, search entries and match-index
names, in a handful of multi-row statements inside the caller's transaction (the store side of
:mod:`inquiry_tracker.services.ingest`, which decides what to write).

Departments are resolved through a :class:`DepartmentCache` that only trusts rows known to be
committed. The statements are built once, at import time: a 3,000-document import runs each
of them thousands of times.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from sqlalchemy import Connection, Insert, Table, bindparam, select
from sqlalchemy.orm import Session

from inquiry_tracker.store import names as name_index
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

#: fingerprints per look-up query (bound parameters)
_CHUNK = 500

_SOURCES = table_of(Source)
_ITEMS = table_of(Item)
_SPANS = table_of(ItemSource)
_DEPARTMENTS = table_of(Department)
_ALIASES = table_of(DepartmentAlias)

_SOURCE_BY_SHA = select(_SOURCES.c.id).where(_SOURCES.c.sha256 == bindparam("sha"))
_ADD_SOURCE = _SOURCES.insert().returning(_SOURCES.c.id)
_ITEMS_BY_FINGERPRINT = select(_ITEMS.c.id, _ITEMS.c.fingerprint, _ITEMS.c.review_state).where(
    _ITEMS.c.fingerprint.in_(bindparam("fps", expanding=True))
)
#: ids come back with their fingerprints (unique), so no row-by-row ordered insert is needed
_ADD_ITEMS = _ITEMS.insert().returning(_ITEMS.c.id, _ITEMS.c.fingerprint)
_ADD_SPANS = _SPANS.insert()
_MERGE_STATE = select(_ITEMS.c.review_state, _ITEMS.c.merged_into_id).where(_ITEMS.c.id == bindparam("id"))
_DEPARTMENT_ID = select(_DEPARTMENTS.c.id).where(_DEPARTMENTS.c.name == bindparam("name"), _DEPARTMENTS.c.city == "")


@dataclass(frozen=True, slots=True)
class NewSource:
    """A document about to be stored (the identity is the sha256 of its text)."""

    sha256: str
    origin: str | None
    fmt: str | None
    encoding: str | None
    outlet: str | None
    title: str | None
    published: date | None
    #: ``header`` / ``given`` / ``inferred`` / ``unknown``
    published_basis: str
    text: str


@dataclass(frozen=True, slots=True)
class NewItem:
    """An item about to be stored, with the columns an import sets."""

    kind: str
    review_state: str
    subject: str
    question: str | None
    reply: str | None
    statement: str | None
    department: str | None
    department_id: int | None
    deadline_expr: str | None
    due: date | None
    due_precision: str | None
    original_due: date | None
    approximate: bool
    conditional: bool
    confidence: float
    verdict: str
    fingerprint: str

    def row(self) -> dict[str, Any]:
        """The column values (for a bulk INSERT)."""
        return {name: getattr(self, name) for name in _ITEM_FIELDS}


_ITEM_FIELDS = tuple(f.name for f in fields(NewItem))
_SOURCE_FIELDS = tuple(f.name for f in fields(NewSource))


@dataclass(frozen=True, slots=True)
class KnownItem:
    """An item already stored under a fingerprint a document holds (a reprint)."""

    id: int
    merged: bool


def source_known(session: Session, sha256: str) -> bool:
    """Whether a document with this text is stored already."""
    return session.connection().execute(_SOURCE_BY_SHA, {"sha": sha256}).first() is not None


def add_source(session: Session, source: NewSource) -> int:
    """Store a document; its id."""
    values = {name: getattr(source, name) for name in _SOURCE_FIELDS}
    values["char_count"] = len(source.text)
    return int(session.connection().execute(_ADD_SOURCE, values).scalar_one())


def known_items(session: Session, fingerprints: Sequence[str]) -> dict[str, KnownItem]:
    """The stored items among ``fingerprints``: fingerprint → id and whether it was merged."""
    conn = session.connection()
    out: dict[str, KnownItem] = {}
    for i in range(0, len(fingerprints), _CHUNK):
        for item_id, fp, state in conn.execute(_ITEMS_BY_FINGERPRINT, {"fps": list(fingerprints[i : i + _CHUNK])}):
            out[fp] = KnownItem(item_id, state == "merged")
    return out


def add_items(session: Session, items: Sequence[NewItem]) -> dict[str, int]:
    """Store new items in one statement; fingerprint → id (ids in the order given)."""
    if not items:
        return {}
    returned = session.connection().execute(_ADD_ITEMS, [it.row() for it in items]).all()
    return {fp: item_id for item_id, fp in returned}


def live_item(session: Session, item_id: int) -> int:
    """The item a reprint belongs to: itself, or the item it was merged into."""
    state, merged_into = session.connection().execute(_MERGE_STATE, {"id": item_id}).one()
    if state != "merged" or merged_into is None:
        return item_id
    item = session.get(Item, item_id)
    assert item is not None
    return resolve_merged(session, item).id


def add_spans(session: Session, source_id: int, spans: Iterable[tuple[int, int, int]]) -> None:
    """Where items are printed in a source: ``(item_id, start, end)`` each."""
    rows = [{"item_id": i, "source_id": source_id, "start": s, "end": e} for i, s, e in spans]
    if rows:
        session.connection().execute(_ADD_SPANS, rows)


def index_new_items(session: Session, entries: list[tuple[int, str]]) -> None:
    """Search entries of new items: ``(item_id, search body)`` each."""
    search.add_many(session.connection(), entries, search.pending_entries(session))


def add_outlet(session: Session, item_ids: list[int], outlet: str) -> None:
    """A reprint's outlet becomes searchable in the items it reprints."""
    search.append_line(session.connection(), item_ids, outlet, search.pending_entries(session))


def index_names(session: Session, entries: Iterable[tuple[int, Sequence[str], Sequence[str]]]) -> None:
    """Follow-up match index of new items: ``(item_id, names, grams)`` each."""
    name_index.add_names(session.connection(), entries)


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
    pending until :meth:`commit`; :meth:`rollback` forgets them (all, or those since a
    :meth:`mark`: a document rolled back to its savepoint), so a rolled-back department is
    never referenced; :meth:`invalidate` reloads everything (after a concurrent insert).
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

    def resolve(self, session: Session, named: str | None, canonical: str | None) -> tuple[int, str] | None:
        """(id, canonical name) of the department, created on first sight."""
        printed = (named or "").strip()[:200]
        name = (canonical or "").strip()[:200] or printed
        if not name:
            return None
        conn = session.connection()
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
            # another importer may be creating the same department right now: its row wins
            inserted = conn.execute(
                _insert_or_skip(conn, _DEPARTMENTS, ["name", "city"], name=name, city="").returning(_DEPARTMENTS.c.id)
            ).scalar_one_or_none()
            if inserted is None:
                dept_id = conn.execute(_DEPARTMENT_ID, {"name": name}).scalar_one()
            else:
                dept_id = inserted
                self._pending.append(("name", name, dept_id))
            self._names[name] = dept_id
            self._id_names[dept_id] = name
        dept_name = self._id_names[dept_id]
        if printed and printed != dept_name and printed not in self._aliases:
            added = conn.execute(
                _insert_or_skip(conn, _ALIASES, ["alias", "city"], department_id=dept_id, alias=printed, city="")
            ).rowcount
            if added:
                self._aliases[printed] = dept_id
                self._pending.append(("alias", printed, dept_id))
        return dept_id, dept_name

    def commit(self) -> None:
        """The transaction that inserted the pending rows committed."""
        self._pending.clear()

    def mark(self) -> int:
        """Where a change starts (a savepoint): :meth:`rollback` to it forgets its rows only."""
        return len(self._pending)

    def rollback(self, mark: int = 0) -> None:
        """The transaction rolled back (or, with ``mark``, the change that began there): forget
        what it inserted."""
        for what, text, dept_id in self._pending[mark:]:
            if what == "name":
                self._names.pop(text, None)
                self._id_names.pop(dept_id, None)
            else:
                self._aliases.pop(text, None)
        del self._pending[mark:]

    def invalidate(self) -> None:
        """Reload from the database on next use (someone else may have added rows)."""
        self.__init__()  # type: ignore[misc]
