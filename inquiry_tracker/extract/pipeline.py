"""Glue: document facts + exchanges + promises, deduplicated, for one text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from inquiry_tracker.extract.model import DocumentFacts, ExtractedItem


@dataclass(slots=True)
class Analysis:
    """Everything the reader learned from one document."""

    facts: DocumentFacts
    items: list[ExtractedItem]


def analyze_text(text: str, published: date | None = None, source: str | None = None) -> Analysis:
    """Read one document's text. ``published`` overrides detection (basis ``given``)."""
    raise NotImplementedError  # being written


def extract_items(text: str, published: date | None = None, source: str | None = None) -> list[ExtractedItem]:
    """Candidate items in ``text``; ``published=None`` means detect the date from the text."""
    return analyze_text(text, published=published, source=source).items
