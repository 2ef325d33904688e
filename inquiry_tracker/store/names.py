"""The follow-up match index: the names of the thing each item is about (``item_names``) and
their bigrams and road numbers (``name_grams``), written with the item and looked up by gram,
so a later article finds its candidate items with one indexed query in the database every
importer shares (nothing rebuilt per pasted text). Names are computed by
:mod:`inquiry_tracker.extract.names`; this module only stores and reads them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from sqlalchemy import Connection, bindparam, delete, func, select
from sqlalchemy.orm import Session

from inquiry_tracker.store.models import ItemName, NameGram, table_of

#: grams or ids per lookup query (bound parameters)
_CHUNK = 2000


_ADD_NAMES = table_of(ItemName).insert()
_ADD_GRAMS = table_of(NameGram).insert()
_NAMES_SINCE = (
    select(ItemName.item_id, ItemName.name).where(ItemName.item_id > bindparam("after")).order_by(ItemName.item_id)
)


def _conn(db: Session | Connection) -> Connection:
    return db.connection() if isinstance(db, Session) else db


def add_names(db: Session | Connection, entries: Iterable[tuple[int, Sequence[str], Sequence[str]]]) -> None:
    """Index items: ``(item_id, names, grams)`` each."""
    conn = _conn(db)
    names: list[dict[str, object]] = []
    grams: list[dict[str, object]] = []
    for item_id, item_names, item_grams in entries:
        names.extend({"item_id": item_id, "name": n} for n in dict.fromkeys(item_names))
        grams.extend({"item_id": item_id, "gram": g} for g in dict.fromkeys(item_grams))
    if names:
        conn.execute(_ADD_NAMES, names)
    if grams:
        conn.execute(_ADD_GRAMS, grams)


def replace_names(conn: Connection, item_id: int, names: Sequence[str], grams: Sequence[str]) -> None:
    """Index an item again (its subject or statement changed)."""
    conn.execute(delete(ItemName).where(ItemName.item_id == item_id))
    conn.execute(delete(NameGram).where(NameGram.item_id == item_id))
    add_names(conn, [(item_id, names, grams)])


def candidate_items(db: Session | Connection, grams: Iterable[str], at_least: int = 1) -> dict[int, int]:
    """Items sharing at least ``at_least`` of ``grams`` with a text: item id → how many (any
    state: the caller keeps the open ones, among few)."""
    conn = _conn(db)
    found: Counter[int] = Counter()
    wanted = sorted(set(grams))
    for i in range(0, len(wanted), _CHUNK):
        rows = conn.execute(
            select(NameGram.item_id, func.count())
            .where(NameGram.gram.in_(wanted[i : i + _CHUNK]))
            .group_by(NameGram.item_id)
        )
        for item_id, n in rows:
            found[item_id] += n
    return {item_id: n for item_id, n in found.items() if n >= at_least}


def names_of(db: Session | Connection, item_ids: Iterable[int]) -> dict[int, list[str]]:
    """Item id → its indexed names."""
    conn = _conn(db)
    ids = sorted(set(item_ids))
    out: dict[int, list[str]] = {}
    for i in range(0, len(ids), _CHUNK):
        for item_id, name in conn.execute(
            select(ItemName.item_id, ItemName.name).where(ItemName.item_id.in_(ids[i : i + _CHUNK]))
        ):
            out.setdefault(item_id, []).append(name)
    return out


def names_since(db: Session | Connection, after_item: int) -> dict[int, list[str]]:
    """Names of the items after ``after_item`` (by id): what a batch's in-memory copy of the
    index has not seen yet."""
    conn = _conn(db)
    out: dict[int, list[str]] = {}
    for item_id, name in conn.execute(_NAMES_SINCE, {"after": after_item}):
        out.setdefault(item_id, []).append(name)
    return out
