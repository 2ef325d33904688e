"""The one filter type between services and store: :class:`ItemFilter`, as people state a
listing (statuses in any vocabulary, overdue, due within N days, text). The store's listing
functions (:mod:`inquiry_tracker.store.queries`) take it with the day to judge progress on and
turn it into their own query internally.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from inquiry_tracker.store.errors import InvalidChangeError
from inquiry_tracker.vocab import (
    PROGRESS,
    PROGRESS_LABELS,
    REVIEW_LABELS,
    REVIEW_STATES,
    VERDICT_LABELS,
    VERDICTS,
    parse_term,
)


@dataclass(frozen=True, slots=True)
class ItemFilter:
    """What to list. ``statuses`` may mix progress, verdict and review-state names (or their
    Chinese labels); ``due_within`` means open items due between today and today + N days.

    ``department`` matches a substring of the printed, canonical or alias name; the empty
    string means items with no department (the scorecard's 未注明). ``published_from`` /
    ``published_to`` keep items with at least one source published in that range
    (inclusive). ``ids`` limits the listing to those items (an export of a selection).
    """

    kinds: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    department: str | None = None
    outlet: str | None = None
    assignee: str | None = None
    overdue: bool = False
    due_within: int | None = None
    due_from: date | None = None
    due_to: date | None = None
    published_from: date | None = None
    published_to: date | None = None
    text: str | None = None
    ids: tuple[int, ...] | None = None


def split_statuses(values: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Sort status words into (progress, verdicts, review states); unknown words raise."""
    progress: list[str] = []
    verdicts: list[str] = []
    reviews: list[str] = []
    for value in values:
        if (p := parse_term(value, PROGRESS_LABELS)) is not None:
            progress.append(p)
        elif (v := parse_term(value, VERDICT_LABELS)) is not None:
            verdicts.append(v)
        elif (r := parse_term(value, REVIEW_LABELS)) is not None:
            reviews.append(r)
        else:
            choices = ", ".join((*PROGRESS, *VERDICTS, *REVIEW_STATES))
            raise InvalidChangeError(f"未知状态 / unknown status '{value}' (one of: {choices})")
    return tuple(progress), tuple(verdicts), tuple(reviews)
