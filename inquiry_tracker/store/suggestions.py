"""Suggested evidence in the database: the open items an article may be proposed for, the
proposals themselves and the inbox's rows (the store side of
:mod:`inquiry_tracker.services.suggest`, which decides what to propose).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from inquiry_tracker.store import names as name_index
from inquiry_tracker.store.errors import InvalidChangeError, NotFoundError
from inquiry_tracker.store.models import Item, ItemSource, Source, Suggestion, table_of
from inquiry_tracker.store.queries import aware
from inquiry_tracker.vocab import FINAL_VERDICTS, VISIBLE_STATES


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
    #: kept / delayed / progress (None for suggestions made before stances existed)
    stance: str | None = None
    #: a delay's new date; the day a kept or progress report says it happened
    new_due: date | None = None
    event_date: date | None = None

    @property
    def where(self) -> str:
        """Where the report was printed: "株洲日报 2020-06-01"."""
        return printed_in(self.outlet, self.published)


@dataclass(frozen=True, slots=True)
class OpenCandidate:
    """An item an article may be proposed for, as matching needs it."""

    id: int
    due: date | None
    #: the day the item was first printed, and the first page (source id) that printed it
    first_printed: date | None
    page: int
    statement: str
    deadline_expr: str | None
    #: its indexed names (never empty)
    names: list[str]
    #: where it stands on its first page (its earliest span there), that span's sentence, and
    #: the first characters of that page (to tell its headline and summary lines)
    start: int = 0
    sentence: str = ""
    head: str = ""


@dataclass(frozen=True, slots=True)
class NewSuggestion:
    """A proposal about to be stored (state ``open``)."""

    item_id: int
    source_id: int
    score: float
    start: int
    end: int
    excerpt: str
    stance: str
    new_due: date | None
    event_date: date | None


#: how much of a page's start is read to tell its headline and summary lines
HEAD_CHARS = 400
#: the first page (and day) that printed each of some items; built once (an import asks per article)
_FIRST_PRINTED = (
    select(ItemSource.item_id, func.min(Source.published).label("first"), func.min(Source.id).label("page"))
    .join(Source, Source.id == ItemSource.source_id)
    .where(ItemSource.item_id.in_(bindparam("ids", expanding=True)))
    .group_by(ItemSource.item_id)
    .subquery()
)
_OPEN_CANDIDATES = (
    select(Item.id, Item.due, _FIRST_PRINTED.c.first, _FIRST_PRINTED.c.page, Item.statement, Item.deadline_expr)
    .outerjoin(_FIRST_PRINTED, _FIRST_PRINTED.c.item_id == Item.id)
    .where(
        Item.id.in_(bindparam("ids", expanding=True)),
        Item.review_state.in_(VISIBLE_STATES),
        Item.verdict.not_in(FINAL_VERDICTS),
        ~Item.id.in_(select(ItemSource.item_id).where(ItemSource.source_id == bindparam("source"))),
        ~Item.id.in_(select(Suggestion.item_id).where(Suggestion.source_id == bindparam("source"))),
    )
)
#: where each of some items stands on each page printing it, its sentence there, and that page's first lines
_SPANS = (
    select(ItemSource.item_id, ItemSource.source_id, ItemSource.start,
           func.substr(Source.text, ItemSource.start + 1, ItemSource.end - ItemSource.start),
           func.substr(Source.text, 1, HEAD_CHARS))
    .join(Source, Source.id == ItemSource.source_id)
    .where(ItemSource.item_id.in_(bindparam("ids", expanding=True)))
)
#: (page, item) of the proposals not dismissed among some pages and items
_PROPOSED = select(Suggestion.source_id, Suggestion.item_id).where(
    Suggestion.source_id.in_(bindparam("pages", expanding=True)),
    Suggestion.item_id.in_(bindparam("ids", expanding=True)),
    Suggestion.state != "dismissed",
)
_SUGGESTIONS = table_of(Suggestion)
#: ids come back with their items (one proposal per item and source), so no row-by-row ordered insert
_ADD_SUGGESTIONS = _SUGGESTIONS.insert().returning(_SUGGESTIONS.c.id, _SUGGESTIONS.c.item_id)


def open_candidates(session: Session, source_id: int, item_ids: Iterable[int], published: date | None,
                    names: Mapping[int, list[str]] | None = None) -> list[OpenCandidate]:
    """Those of ``item_ids`` still worth proposing for source ``source_id``: visible, without a
    final verdict, not printed in that source, not suggested for it already, first printed no
    later than ``published`` (when both are known), with names in the index (``names``: the
    items' indexed names when the caller has read them already)."""
    ids = sorted(set(item_ids))
    if not ids:
        return []
    conn = session.connection()
    rows = [r for r in conn.execute(_OPEN_CANDIDATES, {"ids": ids, "source": source_id}).all()
            if published is None or r[2] is None or r[2] <= published]
    if names is None:
        names = name_index.names_of(conn, [r[0] for r in rows])  # (few: those the article names)
    rows = [r for r in rows if names.get(r[0])]
    # where each item stands on its first page, its sentence there, and that page's first lines
    spans: dict[tuple[int, int], tuple[int, str]] = {}
    heads: dict[int, str] = {}
    if rows:
        for item_id, page, start, sentence, head in conn.execute(_SPANS, {"ids": [r[0] for r in rows]}):
            if (item_id, page) not in spans or start < spans[item_id, page][0]:
                spans[item_id, page] = (start, sentence or "")
            heads[page] = head or ""
    out = []
    for item_id, due, first_printed, page, statement, expr in rows:
        page = page or 0
        start, sentence = spans.get((item_id, page), (0, ""))
        out.append(OpenCandidate(item_id, due, first_printed, page, statement or "", expr, names[item_id],
                                 start, sentence, heads.get(page, "")))
    return out


def proposed(session: Session, pages: Iterable[int], item_ids: Iterable[int]) -> set[tuple[int, int]]:
    """(page, item) for each of ``pages`` proposed as evidence for one of ``item_ids`` (a
    dismissed proposal says the page was not about it, and does not count)."""
    page_ids, ids = sorted(set(pages)), sorted(set(item_ids))
    if not page_ids or not ids:
        return set()
    return {(r[0], r[1]) for r in session.connection().execute(_PROPOSED, {"pages": page_ids, "ids": ids})}


def add_suggestions(session: Session, proposals: Sequence[NewSuggestion]) -> list[int]:
    """Store open proposals (at most one per item: ``(item_id, source_id)`` is unique); their
    ids, in the order given."""
    if not proposals:
        return []
    rows = [
        {"item_id": p.item_id, "source_id": p.source_id, "score": p.score, "state": "open", "start": p.start,
         "end": p.end, "excerpt": p.excerpt, "stance": p.stance, "new_due": p.new_due, "event_date": p.event_date}
        for p in proposals
    ]
    ids = dict((item_id, i) for i, item_id in session.connection().execute(_ADD_SUGGESTIONS, rows))
    return [ids[p.item_id] for p in proposals]


def suggestion_rows(session: Session, states: tuple[str, ...], item_id: int | None = None) -> list[SuggestionRow]:
    """Suggestions in ``states`` (newest source first, best first), optionally of one item."""
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
                      s.state, aware(s.created_at), s.start, s.end, s.stance, s.new_due, s.event_date)
        for s, subject, outlet, published, title in session.execute(stmt).all()
    ]


def open_suggestion(session: Session, suggestion_id: int) -> Suggestion:
    """A suggestion still awaiting review, to accept or dismiss in this session."""
    found = session.get(Suggestion, suggestion_id)
    if found is None:
        raise NotFoundError("建议", "suggestion", suggestion_id)
    if found.state != "open":
        raise InvalidChangeError(f"建议 {suggestion_id} 已处理 / suggestion {suggestion_id} is already {found.state}")
    return found


@dataclass(frozen=True, slots=True)
class SuggestedSource:
    """Where a suggestion's article came from (for the timeline entry accepting it)."""

    outlet: str | None
    published: date | None
    origin: str | None

    @property
    def where(self) -> str:
        return printed_in(self.outlet, self.published)


def suggested_source(session: Session, source_id: int) -> SuggestedSource | None:
    """The article a suggestion came from (None when it was deleted)."""
    source = session.get(Source, source_id)
    return None if source is None else SuggestedSource(source.outlet, source.published, source.origin)
