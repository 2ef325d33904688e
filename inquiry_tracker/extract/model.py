"""Plain value types produced by the reader: deadlines, items and document facts.

Nothing here knows about files, databases or Qt; every other layer consumes these.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

Kind = Literal["inquiry", "promise"]
#: How precisely a deadline names its day: an exact day, a part of a month, a month,
#: a quarter/half/season, a year, or a duration counted from publication.
Precision = Literal["day", "xun", "month", "quarter", "half", "season", "year", "duration", "holiday"]
PubBasis = Literal["header", "given", "inferred", "unknown"]


@dataclass(frozen=True, slots=True)
class Deadline:
    """A time limit found in text.

    ``expr`` is the exact substring (``text[start:end] == expr``); ``due`` is the last day
    of the period it names, or None when it cannot be resolved (no publication date for a
    relative phrase).
    """

    expr: str
    due: date | None
    approximate: bool
    start: int
    end: int
    precision: Precision = "day"

    def shifted(self, by: int) -> Deadline:
        """The same phrase found ``by`` characters further on (read in a slice of a text)."""
        return Deadline(self.expr, self.due, self.approximate, self.start + by, self.end + by, self.precision)

    def to_dict(self) -> dict[str, Any]:
        return {
            "expr": self.expr,
            "due": self.due.isoformat() if self.due else None,
            "approximate": self.approximate,
            "start": self.start,
            "end": self.end,
            "precision": self.precision,
        }


@dataclass(frozen=True, slots=True)
class DocumentFacts:
    """What a document says about itself: publication date (and how it was found) and outlet."""

    published: date | None
    basis: PubBasis
    outlet: str | None
    title: str | None = None


@dataclass(slots=True)
class ExtractedItem:
    """One candidate item: a public-inquiry exchange or a dated promise in news prose.

    ``start``/``end`` are character offsets into the decoded text and cover the whole
    exchange (question through reply) or the promise sentence.
    """

    kind: Kind
    start: int
    end: int
    question: str | None = None
    reply: str | None = None
    statement: str | None = None
    department: str | None = None
    deadline: Deadline | None = None
    subject: str = ""
    source: str | None = None
    published: date | None = None
    #: canonical department name (alias table), used for grouping; the text's own
    #: wording stays in ``department``.
    department_canonical: str | None = None
    #: 0..1, how sure the reader is; low-confidence items are flagged in the inbox.
    confidence: float = 1.0
    #: the due date depends on another event ("待…会议审议后", "移交完成后").
    conditional: bool = False
    fingerprint: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def deadline_expr(self) -> str | None:
        return self.deadline.expr if self.deadline else None

    @property
    def due(self) -> date | None:
        return self.deadline.due if self.deadline else None

    @property
    def approximate(self) -> bool:
        return bool(self.deadline and self.deadline.approximate)

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract of ``inquiry-tracker extract`` (see DESIGN.md)."""
        return {
            "kind": self.kind,
            "question": self.question,
            "reply": self.reply,
            "statement": self.statement,
            "department": self.department,
            "deadline_expr": self.deadline_expr,
            "due": self.due.isoformat() if self.due else None,
            "approximate": self.approximate,
            "subject": self.subject,
            "start": self.start,
            "end": self.end,
            "source": self.source,
            "published": self.published.isoformat() if self.published else None,
        }
