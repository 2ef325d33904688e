"""Plain dataclasses that queries return: no session, no lazy loading, safe in any thread."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class SourceRef:
    """A source as seen from one item: which document, and the span inside it."""

    source_id: int
    outlet: str | None
    title: str | None
    published: date | None
    published_basis: str
    origin: str | None
    sha256: str
    start: int
    end: int
    #: the page (版次) the document says it was printed on, when it says so
    page: str | None = None

    def citation(self) -> str:
        """Outlet, date, title, page and file or URL as one line."""
        from inquiry_tracker.citation import citation_line

        return citation_line(self.outlet, self.published, self.title, self.page, self.origin)


@dataclass(frozen=True, slots=True)
class SourceRecord:
    """One imported document, with its full text (for highlighting an item's span)."""

    id: int
    sha256: str
    origin: str | None
    fmt: str | None
    encoding: str | None
    outlet: str | None
    title: str | None
    published: date | None
    published_basis: str
    text: str
    imported_at: datetime
    item_count: int


@dataclass(frozen=True, slots=True)
class FollowUpRecord:
    """One dated entry of an item's timeline."""

    id: int
    item_id: int
    kind: str
    created_at: datetime
    author: str | None
    note: str | None
    evidence_url: str | None
    evidence_file: str | None
    verdict_from: str | None
    verdict_to: str | None
    due_from: date | None
    due_to: date | None
    announced_in: str | None
    assignee_to: str | None
    #: codes and values the entry is about (review states, edited fields, merged ids …)
    value_from: str | None = None
    value_to: str | None = None
    #: the earlier entry this one corrects or withdraws
    replaces_id: int | None = None


@dataclass(frozen=True, slots=True)
class SuggestionRecord:
    """A proposed link between a source and an open item."""

    id: int
    item_id: int
    source_id: int
    score: float
    state: str
    excerpt: str | None
    created_at: datetime
    #: kept / delayed / progress, a delay's new date, the day a report says it happened
    stance: str | None = None
    new_due: date | None = None
    event_date: date | None = None


@dataclass(frozen=True, slots=True)
class ItemRecord:
    """A tracked item as stored (progress is computed by the services, never stored)."""

    id: int
    kind: str
    review_state: str
    merged_into_id: int | None
    subject: str
    question: str | None
    reply: str | None
    statement: str | None
    department: str | None
    department_canonical: str | None
    deadline_expr: str | None
    due: date | None
    due_precision: str | None
    original_due: date | None
    approximate: bool
    conditional: bool
    confidence: float
    verdict: str
    verdict_on: date | None
    assignee: str | None
    fingerprint: str
    version: int
    created_at: datetime
    updated_at: datetime
    #: outlets of the item's sources, first-imported first
    outlets: tuple[str, ...] = ()
    #: earliest publication date among the item's sources
    published: date | None = None
    source_count: int = 0


@dataclass(frozen=True, slots=True)
class ItemDetail:
    """An item with everything the detail pane shows."""

    item: ItemRecord
    sources: list[SourceRef] = field(default_factory=list)
    follow_ups: list[FollowUpRecord] = field(default_factory=list)
    suggestions: list[SuggestionRecord] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class DepartmentRecord:
    """A department with its aliases."""

    id: int
    name: str
    city: str
    aliases: tuple[str, ...]
