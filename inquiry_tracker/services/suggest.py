"""Suggested evidence (DESIGN workflow 6): a newly imported article that reports an open
item done ("森林路正式通车") is proposed as evidence for it; the reporter accepts or dismisses.

While a document is stored, :func:`suggest_for_source` reads its reports of finished acts
(:mod:`inquiry_tracker.extract.evidence`) and looks the names in them up in a
:class:`SuggestionIndex` of the open items (visible, no final verdict) — a dictionary from
the keys of each item's subject to item ids, built once per import batch, so an article
costs a few dictionary lookups per reporting sentence, not a scan of the items. Items the
article itself holds are never suggested for it. Accepting adds a ``suggestion`` entry to
the item's timeline (the sentence, where it was printed); the verdict stays the reporter's.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from inquiry_tracker.services.results import Changes
from inquiry_tracker.store import Database, InvalidChangeError, NotFoundError
from inquiry_tracker.store.models import Item, ItemSource, Source, Suggestion, table_of
from inquiry_tracker.store.mutations import add_follow_up, load_item
from inquiry_tracker.store.queries import aware
from inquiry_tracker.vocab import FINAL_VERDICTS, VISIBLE_STATES

if TYPE_CHECKING:  # the reader loads with the first import, not with the services
    from inquiry_tracker.extract.evidence import Report

#: the longest key looked up in a sentence (subjects are at most 20 characters)
_MAX_KEY = 20
#: suggestions kept per reporting sentence (the best-named items)
_PER_SENTENCE = 3


@lru_cache(maxsize=1)
def _org_after() -> re.Pattern[str]:
    """The name goes on into an organisation's ("国网云溪供电" + 公司): the report names who answered."""
    from inquiry_tracker.extract.evidence import BODY_SUFFIX

    return re.compile(rf"[\u4e00-\u9fff]{{0,6}}?(?:{BODY_SUFFIX})")


#: a name shared by more open items than this does not say which one a report means
_MAX_NAMED = 3


class SuggestionIndex:
    """Open items by the names a report can use for them (see module docstring).

    Loaded on first use; :meth:`add` registers items stored later in the batch, after
    their document committed. An item closed meanwhile is filtered out when suggested.
    """

    def __init__(self) -> None:
        self._keys: dict[str, set[int]] | None = None

    def _load(self, conn: Connection) -> dict[str, set[int]]:
        from inquiry_tracker.extract.evidence import subject_keys

        keys: dict[str, set[int]] = defaultdict(set)
        rows = conn.execute(
            select(Item.id, Item.subject).where(
                Item.review_state.in_(VISIBLE_STATES), Item.verdict.not_in(FINAL_VERDICTS)
            )
        )
        for item_id, subject in rows:
            for key in subject_keys(subject):
                keys[key].add(item_id)
        self._keys = keys
        return keys

    def add(self, items: list[tuple[int, str]]) -> None:
        """Items stored (and committed) after the index was loaded."""
        if self._keys is None:
            return  # loaded from the database on first use, with them
        from inquiry_tracker.extract.evidence import subject_keys

        for item_id, subject in items:
            for key in subject_keys(subject):
                self._keys.setdefault(key, set()).add(item_id)

    def matches(self, conn: Connection, sentence: str) -> dict[int, str]:
        """Item id → the longest key of it that ``sentence`` contains."""
        keys = self._keys if self._keys is not None else self._load(conn)
        org_after = _org_after()
        found: dict[int, str] = {}
        n = len(sentence)
        for i in range(n):
            for j in range(min(n, i + _MAX_KEY), i + 1, -1):
                ids = keys.get(sentence[i:j])
                if ids and len(ids) <= _MAX_NAMED and not org_after.match(sentence, j):
                    for item_id in ids:
                        if len(sentence[i:j]) > len(found.get(item_id, "")):
                            found[item_id] = sentence[i:j]
        return found


def _score(key: str, subject: str) -> float:
    """How surely the sentence names the item: the share of the subject it repeats."""
    return round(min(1.0, 0.5 + 0.5 * len(key) / max(len(subject), 1)), 2)


def suggest_for_source(
    session: Session, source_id: int, found: list[Report], index: SuggestionIndex, published: date | None = None
) -> list[int]:
    """Store suggestions of ``source_id`` (printed on ``published``, holding the reports
    ``found``) as evidence for open items; their ids. An item first printed after the
    article is never suggested (an archive imported out of order must not "report"
    promises not yet made); items the article itself holds never are either."""
    conn = session.connection()
    named: list[tuple[Report, dict[int, str]]] = [(r, m) for r in found if (m := index.matches(conn, r.sentence))]
    if not named:
        return []
    candidates = sorted({item_id for _, m in named for item_id in m})
    stmt = select(Item.id, Item.subject).where(
        Item.id.in_(candidates),
        Item.review_state.in_(VISIBLE_STATES),
        Item.verdict.not_in(FINAL_VERDICTS),
        ~Item.id.in_(select(ItemSource.item_id).where(ItemSource.source_id == source_id)),
        ~Item.id.in_(select(Suggestion.item_id).where(Suggestion.source_id == source_id)),
    )
    if published is not None:
        later = (
            select(ItemSource.item_id)
            .join(Source, Source.id == ItemSource.source_id)
            .where(ItemSource.item_id.in_(candidates))
            .group_by(ItemSource.item_id)
            .having(func.min(Source.published) > published)
        )
        stmt = stmt.where(~Item.id.in_(later))
    open_items = dict(conn.execute(stmt).all())
    best: dict[int, tuple[float, Report]] = {}
    for report, matches in named:
        ranked = sorted(((_score(matches[i], open_items[i]), i) for i in matches if i in open_items), reverse=True)
        for score, item_id in ranked[:_PER_SENTENCE]:
            if score > best.get(item_id, (0.0, report))[0]:
                best[item_id] = (score, report)
    if not best:
        return []
    rows = [
        {"item_id": i, "source_id": source_id, "score": score, "state": "open", "start": r.start, "end": r.end,
         "excerpt": r.sentence}
        for i, (score, r) in sorted(best.items())
    ]
    table = table_of(Suggestion)
    return list(conn.execute(table.insert().returning(table.c.id, sort_by_parameter_order=True), rows).scalars())


def printed_in(outlet: str | None, published: date | None) -> str:
    """Where an article was printed: "株洲日报 2020-06-01" (either part may be missing)."""
    return " ".join(p for p in (outlet, published.isoformat() if published else None) if p)


@dataclass(frozen=True, slots=True)
class SuggestionRow:
    """A suggestion as the inbox and the CLI show it."""

    id: int
    item_id: int
    item_subject: str
    source_id: int
    outlet: str | None
    published: date | None
    title: str | None
    excerpt: str | None
    score: float
    state: str
    created_at: datetime
    #: the reporting sentence's span in the source text
    start: int | None = None
    end: int | None = None

    @property
    def where(self) -> str:
        """Where the report was printed: "株洲日报 2020-06-01"."""
        return printed_in(self.outlet, self.published)


def list_suggestions(db: Database, states: tuple[str, ...] = ("open",), item_id: int | None = None) -> list[SuggestionRow]:
    """Suggestions in ``states`` (newest source first, best first), optionally of one item."""
    with db.read() as session:
        stmt = (
            select(Suggestion, Item.subject, Source.outlet, Source.published, Source.title)
            .join(Item, Item.id == Suggestion.item_id)
            .join(Source, Source.id == Suggestion.source_id)
            .where(Suggestion.state.in_(states))
            .order_by(Suggestion.source_id.desc(), Suggestion.score.desc(), Suggestion.id)
        )
        if item_id is not None:
            stmt = stmt.where(Suggestion.item_id == item_id)
        return [
            SuggestionRow(s.id, s.item_id, subject, s.source_id, outlet, published, title, s.excerpt, s.score,
                          s.state, aware(s.created_at), s.start, s.end)
            for s, subject, outlet, published, title in session.execute(stmt).all()
        ]


def _open_suggestion(session: Session, suggestion_id: int) -> Suggestion:
    found = session.get(Suggestion, suggestion_id)
    if found is None:
        raise NotFoundError("建议", "suggestion", suggestion_id)
    if found.state != "open":
        raise InvalidChangeError(f"建议 {suggestion_id} 已处理 / suggestion {suggestion_id} is already {found.state}")
    return found


def accept_suggestion(db: Database, suggestion_id: int, *, author: str | None = None) -> Changes:
    """The article is evidence: a ``suggestion`` entry (its sentence and where it was printed)
    joins the item's timeline. The verdict is left to the reporter."""
    with db.write() as session:
        suggestion = _open_suggestion(session, suggestion_id)
        item = load_item(session, suggestion.item_id)
        source = session.get(Source, suggestion.source_id)
        where = printed_in(source.outlet, source.published) if source is not None else None
        suggestion.state = "accepted"
        entry = add_follow_up(
            session, item, "suggestion", note=suggestion.excerpt, announced_in=where or None,
            evidence_file=source.origin if source is not None else None, author=author, suggestion_id=suggestion.id,
        )
        return Changes(items=(item.id,), follow_ups=(entry.id,), kinds=frozenset({"follow_up.added", "suggestion"}))


def dismiss_suggestion(db: Database, suggestion_id: int) -> Changes:
    """Not evidence for that item: the suggestion is set aside (kept, marked dismissed)."""
    with db.write() as session:
        suggestion = _open_suggestion(session, suggestion_id)
        suggestion.state = "dismissed"
        return Changes(items=(suggestion.item_id,), kinds=frozenset({"suggestion"}))
