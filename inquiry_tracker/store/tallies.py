"""Counts and plain rows for overviews: how many documents, the scorecard's raw material.

Each function takes an open session and returns plain values (no ORM rows), so the
services that summarise them hold no SQL.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inquiry_tracker.store.models import Department, Item, Source


def document_count(session: Session) -> int:
    """How many documents were imported."""
    return int(session.execute(select(func.count(Source.id))).scalar_one())


def verdict_rows(
    session: Session, review_states: Iterable[str]
) -> list[tuple[str | None, str | None, date | None, str, date | None]]:
    """``(department as printed, canonical name, due, verdict, verdict day)`` of every item in
    ``review_states``."""
    stmt = (
        select(Item.department, Department.name, Item.due, Item.verdict, Item.verdict_on)
        .outerjoin(Department, Department.id == Item.department_id)
        .where(Item.review_state.in_(tuple(review_states)))
    )
    return [tuple(row) for row in session.execute(stmt)]  # type: ignore[misc]
