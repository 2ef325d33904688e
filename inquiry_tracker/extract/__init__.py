"""The reader: text in, candidate items out. Pure Python — no Qt, no database.

Public entry points:

- :func:`extract_items` — items in a text (the public API in DESIGN.md);
- :func:`find_deadline` — the deadline in a phrase;
- :func:`analyze_text` — document facts plus items, what the importer uses;
- :func:`read_document` — a file's decoded text, or :class:`ReadError` naming the file.
"""

from inquiry_tracker.extract.deadline import find_deadline, find_deadlines
from inquiry_tracker.extract.model import Deadline, DocumentFacts, ExtractedItem
from inquiry_tracker.extract.pipeline import Analysis, analyze_text, extract_items
from inquiry_tracker.extract.reading import (
    SUPPORTED_SUFFIXES,
    DecodedText,
    ReadError,
    iter_document_paths,
    read_bytes,
    read_document,
)

__all__ = [
    "Analysis",
    "Deadline",
    "DecodedText",
    "DocumentFacts",
    "ExtractedItem",
    "ReadError",
    "SUPPORTED_SUFFIXES",
    "analyze_text",
    "extract_items",
    "find_deadline",
    "find_deadlines",
    "iter_document_paths",
    "read_bytes",
    "read_document",
]
