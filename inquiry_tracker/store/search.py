"""Chinese full-text search by character n-grams, the same on SQLite and PostgreSQL.

Chinese has no spaces, and SQLite's tokenizers either swallow a whole run of Chinese as
one token (unicode61) or need three characters (trigram). So the store indexes every
letter/digit character (unigram) and every pair of neighbouring ones (bigram):

- SQLite: a contentless FTS5 table ``item_fts(uni, bi)`` whose columns hold the grams as
  space-separated words, so the default unicode61 tokenizer sees each gram as a token;
- PostgreSQL: ``item_search.grams``, a tsvector of the distinct grams without positions,
  written as a literal (``'菜' '菜市' …``) so no text-search parser or locale is involved,
  with a GIN index.

A one-character query looks for the unigram; a longer one is substring search. On SQLite
that is the phrase of its bigrams (``菜市场`` → ``"菜市 市场"``). On PostgreSQL the index
finds the items holding every bigram (no positions, so no per-row recheck of a large,
often TOASTed tsvector), and ``body LIKE '%菜市场%'`` keeps those where the run really
occurs; a two-character run is a single bigram and needs no such check. Runs separated by
spaces or punctuation in the query must all occur (AND).

The indexed text is kept in ``item_search.body``, normalized (:func:`normalize`), so the
SQLite entry can be deleted exactly when it changes and PostgreSQL can check runs with LIKE.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    Text,
    bindparam,
    column,
    delete,
    func,
    insert,
    select,
    table,
    update,
)
from sqlalchemy import cast as sa_cast
from sqlalchemy.dialects.postgresql import TSQUERY, TSVECTOR
from sqlalchemy.orm import Session

from inquiry_tracker.store.models import Item, ItemSearch, table_of

#: token placed in the bigram column between runs so a phrase cannot span a gap
_BOUNDARY = "x"

_fts = table("item_fts", column("rowid"), column("uni"), column("bi"), column("item_fts"))
#: PostgreSQL's item_search; ``due`` and ``live`` are trigger-kept copies (migration 0004)
_pg_search_row = table(
    "item_search", column("item_id"), column("body", Text), column("grams", TSVECTOR), column("due"), column("live")
)
#: the hit's item id and due date in :func:`pg_visible_hits`
HIT_ID = _pg_search_row.c.item_id
HIT_DUE = _pg_search_row.c.due


def normalize(text: str) -> str:
    """NFKC (full-width → half-width) and case folding."""
    return unicodedata.normalize("NFKC", text).casefold()


#: letters and digits (what the unicode61 tokenizer keeps); ``_`` is punctuation here
_RUN = re.compile(r"[^\W_]+")


def runs(text: str) -> list[str]:
    """Maximal runs of letters and digits in the normalized text."""
    return _RUN.findall(normalize(text))


def fts_columns(body: str) -> tuple[str, str]:
    """The (unigram, bigram) column values of the FTS5 row for ``body``."""
    found = runs(body)
    bigrams = [" ".join(map(str.__add__, run, run[1:])) for run in found if len(run) > 1]
    return " ".join(map(" ".join, found)), f" {_BOUNDARY} ".join(bigrams)


def _grams(run: str) -> list[str]:
    """The grams a query run needs: itself when one character, else its bigrams."""
    return [run] if len(run) == 1 else [run[i : i + 2] for i in range(len(run) - 1)]


def tsvector_literal(body: str) -> str:
    """A tsvector literal of the distinct unigrams and bigrams of ``body`` (no positions)."""
    grams: dict[str, None] = {}
    for run in runs(body):
        grams.update(dict.fromkeys(run))
        grams.update(dict.fromkeys(map(str.__add__, run, run[1:])))
    # gram characters are letters/digits, so they never need quoting inside '…'
    return " ".join(f"'{gram}'" for gram in grams)


def fts_match(query: str) -> str | None:
    """The FTS5 MATCH expression for ``query`` (None when it has nothing to look for)."""
    parts = [f'uni : "{run}"' if len(run) == 1 else f'bi : "{" ".join(_grams(run))}"' for run in runs(query)]
    return " AND ".join(parts) if parts else None


def tsquery_literal(query: str) -> str | None:
    """The PostgreSQL tsquery literal for ``query``: every gram it needs, ANDed (None when it
    has nothing to look for). Runs longer than two characters are checked by :func:`pg_conditions`."""
    grams: dict[str, None] = {}
    for run in runs(query):
        grams.update(dict.fromkeys(_grams(run)))
    return " & ".join(f"'{gram}'" for gram in grams) if grams else None


def pg_conditions(query: str) -> list[ColumnElement[bool]]:
    """The WHERE conditions on ``item_search`` for ``query`` on PostgreSQL (empty: no filter)."""
    lit = tsquery_literal(query)
    if lit is None:
        return []
    conds: list[ColumnElement[bool]] = [_pg_search_row.c.grams.op("@@")(sa_cast(lit, TSQUERY))]
    conds += [_pg_search_row.c.body.contains(run, autoescape=True) for run in dict.fromkeys(runs(query)) if len(run) > 2]
    return conds


def pg_visible_hits(query: str) -> Select[Any] | None:
    """PostgreSQL: ids of the visible items (review state in ``VISIBLE_STATES``) containing
    ``query``, from ``item_search`` alone: no lookup in ``items`` per hit (None: no grams)."""
    conds = pg_conditions(query)
    if not conds:
        return None
    return select(HIT_ID).where(_pg_search_row.c.live.is_(True), *conds)


def search_body(fields: Iterable[str | None]) -> str:
    """The text indexed for an item: its searchable fields, one per line, normalized."""
    return normalize("\n".join(f for f in fields if f))


def item_body(item: Item, outlets: Iterable[str | None]) -> str:
    """The searchable text of an item: question, reply, statement, subject, departments, outlets."""
    dept_name = item.dept.name if item.dept is not None else None
    return search_body(
        [item.subject, item.question, item.reply, item.statement, item.department, dept_name, *outlets]
    )


def set_index(session: Session, item_id: int, body: str) -> None:
    """Create or replace the search entry of one item (inside the caller's transaction)."""
    conn = session.connection()
    old = conn.execute(select(ItemSearch.body).where(ItemSearch.item_id == item_id)).scalar_one_or_none()
    if old == body:
        return
    if old is None:
        add_many(conn, [(item_id, body)])
    else:
        _replace(conn, {item_id: body}, {item_id: old})


def add_many(conn: Connection, entries: list[tuple[int, str]], pending: PendingEntries | None = None) -> None:
    """Index new items in bulk: ``(item_id, body)`` pairs not indexed before. With ``pending``
    (SQLite, a batch of changes) the FTS rows wait for the batch's commit."""
    if not entries:
        return
    dialect = conn.dialect.name
    if dialect == "postgresql":  # one row version: body and grams in the same INSERT
        conn.execute(
            insert(_pg_search_row).values(
                item_id=bindparam("i"), body=bindparam("b"), grams=sa_cast(bindparam("g"), TSVECTOR)
            ),
            [{"i": item_id, "b": body, "g": tsvector_literal(body)} for item_id, body in entries],
        )
        return
    conn.execute(table_of(ItemSearch).insert(), [{"item_id": i, "body": b} for i, b in entries])
    if dialect == "sqlite":
        if pending is not None:
            for item_id, body in entries:
                pending.add(item_id, None, body)
            return
        conn.execute(insert(_fts), [_fts_row(item_id, body) for item_id, body in entries])


def append_line(conn: Connection, item_ids: list[int], line: str, pending: PendingEntries | None = None) -> list[int]:
    """Add ``line`` (a reprint's outlet) to the indexed text of items that lack it.

    Outlets come last in an item's text, in import order, so appending gives the same text
    as rebuilding it. Returns the ids that changed. ``pending`` as in :func:`add_many`.
    """
    old = dict(
        conn.execute(select(ItemSearch.item_id, ItemSearch.body).where(ItemSearch.item_id.in_(item_ids))).all()
    )
    line = normalize(line)
    bodies = {i: (b + "\n" + line if b else line) for i, b in old.items() if line not in b.split("\n")}
    _replace(conn, bodies, old, pending)
    return sorted(bodies)


def replace_many(conn: Connection, bodies: dict[int, str]) -> None:
    """Re-index items already in the index whose text changed (bulk :func:`set_index`)."""
    if not bodies:
        return
    ids = sorted(bodies)
    old = dict(
        conn.execute(select(ItemSearch.item_id, ItemSearch.body).where(ItemSearch.item_id.in_(ids))).all()
    )
    changed = {i: b for i, b in bodies.items() if old.get(i) != b}
    missing = [(i, changed.pop(i)) for i in list(changed) if i not in old]
    add_many(conn, missing)
    _replace(conn, changed, old)


def _replace(conn: Connection, changed: dict[int, str], old: dict[int, str], pending: PendingEntries | None = None) -> None:
    if not changed:
        return
    dialect = conn.dialect.name
    if dialect == "postgresql":  # body and grams in one UPDATE: one new row version
        conn.execute(
            update(_pg_search_row)
            .where(_pg_search_row.c.item_id == bindparam("i"))
            .values(body=bindparam("b"), grams=sa_cast(bindparam("g"), TSVECTOR)),
            [{"i": i, "b": b, "g": tsvector_literal(b)} for i, b in changed.items()],
        )
        return
    table_ = table_of(ItemSearch)
    conn.execute(
        table_.update().where(table_.c.item_id == bindparam("i")).values(body=bindparam("b")),
        [{"i": i, "b": b} for i, b in changed.items()],
    )
    if dialect == "sqlite":
        if pending is not None:
            for item_id, body in changed.items():
                pending.add(item_id, old[item_id], body)
            return
        conn.execute(insert(_fts), [_fts_delete(item_id, old[item_id]) for item_id in changed])
        conn.execute(insert(_fts), [_fts_row(item_id, body) for item_id, body in changed.items()])


def _fts_row(item_id: int, body: str) -> dict[str, object]:
    uni, bi = fts_columns(body)
    return {"rowid": item_id, "uni": uni, "bi": bi}


def _fts_delete(item_id: int, body: str) -> dict[str, object]:
    """The row that takes ``body``'s entry out of the contentless FTS table (it must be the
    indexed text exactly)."""
    return {"item_fts": "delete", **_fts_row(item_id, body)}


#: where a batch's :class:`PendingEntries` live in its session's ``info``
_PENDING = "inquiry_tracker.pending_search_entries"


def pending_entries(session: Session) -> PendingEntries | None:
    """The held search entries of the batch ``session`` writes (None: write them at once)."""
    found = session.info.get(_PENDING)
    return found if isinstance(found, PendingEntries) else None


def hold_entries(session: Session) -> PendingEntries:
    """Hold the search entries ``session`` writes until :meth:`PendingEntries.flush` (SQLite)."""
    pending = PendingEntries()
    session.info[_PENDING] = pending
    return pending


class PendingEntries:
    """SQLite search entries of a batch of changes made in one transaction (a large import,
    see :class:`store.database.WriteBatch`), written to the FTS table at the batch's commit
    instead of with each change.

    FTS5 keeps the terms of a transaction in memory and writes them out as a new index
    segment at every commit and SAVEPOINT, merging segments as they pile up; one write per
    batch makes far fewer, larger segments. ``item_search.body`` is still written at once,
    so every query inside the transaction reads the text as changed. Each change is held as
    (item, text the FTS table holds for it — None for a new item —, new text); an item
    changed several times in the batch is deleted once with the text the table really holds
    and inserted once with its last text. :meth:`undo` forgets a change rolled back to its
    savepoint; :meth:`flush` writes what is held (inside the transaction, before COMMIT).
    """

    def __init__(self) -> None:
        self._changes: list[tuple[int, str | None, str]] = []

    def __len__(self) -> int:
        return len(self._changes)

    def add(self, item_id: int, indexed: str | None, body: str) -> None:
        """Item ``item_id``'s text becomes ``body`` (the index holds ``indexed`` for it now)."""
        self._changes.append((item_id, indexed, body))

    def undo(self, mark: int) -> None:
        """Forget the changes held since ``len(self)`` was ``mark``."""
        del self._changes[mark:]

    def flush(self, conn: Connection) -> None:
        """Write the held entries to the FTS table and forget them."""
        indexed: dict[int, str | None] = {}
        final: dict[int, str] = {}
        for item_id, before, body in self._changes:
            indexed.setdefault(item_id, before)
            final[item_id] = body
        self._changes.clear()
        deletes: list[dict[str, object]] = []
        inserts: list[dict[str, object]] = []
        for item_id in sorted(i for i, body in final.items() if indexed[i] != body):
            before, body = indexed[item_id], final[item_id]
            if before is None:
                inserts.append(_fts_row(item_id, body))
                continue
            old = fts_columns(before)
            deletes.append({"item_fts": "delete", "rowid": item_id, "uni": old[0], "bi": old[1]})
            if body.startswith(before + "\n"):  # lines added (a reprint's outlet): their grams added
                uni, bi = _joined(old, fts_columns(body[len(before) + 1 :]))
            else:
                uni, bi = fts_columns(body)
            inserts.append({"rowid": item_id, "uni": uni, "bi": bi})
        if deletes:
            conn.execute(insert(_fts), deletes)
        if inserts:
            conn.execute(insert(_fts), inserts)


def _joined(first: tuple[str, str], then: tuple[str, str]) -> tuple[str, str]:
    """The FTS columns of two texts joined by a newline, from theirs: grams never span a line
    (a newline is no letter or digit, and normalizing never joins across it)."""
    uni = " ".join(c for c in (first[0], then[0]) if c)
    bi = f" {_BOUNDARY} ".join(c for c in (first[1], then[1]) if c)
    return uni, bi


def drop_index(session: Session, item_id: int) -> None:
    """Remove the search entry of an item (before deleting it)."""
    dialect = session.get_bind().dialect.name
    old = session.execute(select(ItemSearch.body).where(ItemSearch.item_id == item_id)).scalar_one_or_none()
    if old is None:
        return
    if dialect == "sqlite":
        o_uni, o_bi = fts_columns(old)
        session.execute(insert(_fts).values(item_fts="delete", rowid=item_id, uni=o_uni, bi=o_bi))
    session.execute(delete(ItemSearch).where(ItemSearch.item_id == item_id))


def restrict(stmt: Select[Any], dialect: str, query: str) -> Select[Any]:
    """``stmt`` (selecting from ``items``) limited to items whose text contains ``query``.

    The index is joined, not used as ``IN (subquery)``: SQLite then walks the FTS matches
    and looks items up by primary key. A query without letters or digits changes nothing.
    """
    if dialect == "sqlite":
        expr = fts_match(query)
        if expr is None:
            return stmt
        return stmt.join(_fts, _fts.c.rowid == Item.id).where(_fts.c.item_fts.op("MATCH")(expr))
    conds = pg_conditions(query)
    if not conds:
        return stmt
    return stmt.join(_pg_search_row, _pg_search_row.c.item_id == Item.id).where(*conds)


def count_matches(session: Session, query: str) -> int | None:
    """How many indexed items contain ``query`` (no other filter); None if it holds no grams.

    Counting in the index alone is what keeps a keystroke search fast on common words.
    """
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        expr = fts_match(query)
        if expr is None:
            return None
        stmt = select(func.count()).select_from(_fts).where(_fts.c.item_fts.op("MATCH")(expr))
    else:
        conds = pg_conditions(query)
        if not conds:
            return None
        stmt = select(func.count()).select_from(_pg_search_row).where(*conds)
    return int(session.execute(stmt).scalar_one())
