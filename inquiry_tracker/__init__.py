"""问政追踪 Inquiry Tracker: read Chinese local news, track officials' promises.

The package root exposes the public reading API. Importing it loads neither Qt nor
jieba's dictionary; both come in only when a caller needs them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["extract_items", "find_deadline", "Deadline", "ExtractedItem", "__version__"]

if TYPE_CHECKING:  # pragma: no cover
    from inquiry_tracker.extract import Deadline, ExtractedItem, extract_items, find_deadline


def __getattr__(name: str) -> Any:
    if name in {"extract_items", "find_deadline", "Deadline", "ExtractedItem"}:
        from inquiry_tracker import extract

        return getattr(extract, name)
    raise AttributeError(name)
