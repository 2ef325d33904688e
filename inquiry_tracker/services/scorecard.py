"""Department scorecard: which departments keep their word.

Per department (canonical name, else as printed; 未注明 when none): items, kept, partial,
broken, overdue today, kept rate = kept / (kept + partial + broken), and the median
days late over items with a due date that are overdue (today − due) or were judged
kept/partial/broken (verdict day − due, 0 when on time).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from statistics import median

from inquiry_tracker.services.clock import Clock, system_today
from inquiry_tracker.services.progress import progress_of
from inquiry_tracker.store import Database, tallies

UNNAMED = "未注明"


@dataclass(frozen=True, slots=True)
class DepartmentScore:
    """One scorecard line."""

    department: str
    items: int
    kept: int
    partial: int
    broken: int
    overdue: int
    open: int
    kept_rate: float | None
    median_days_late: float | None


def _lateness(due: date | None, verdict: str, verdict_on: date | None, today: date) -> int | None:
    if due is None:
        return None
    if verdict in ("kept", "partial", "broken"):
        day = verdict_on or today
        return max(0, (day - due).days)
    if progress_of(due, verdict, today) == "overdue":
        return (today - due).days
    return None


def scorecard(
    db: Database, *, review_states: tuple[str, ...] = ("accepted",), clock: Clock = system_today
) -> list[DepartmentScore]:
    """The scorecard over items in ``review_states``, worst overdue count first."""
    today = clock()
    groups: dict[str, list[tuple[date | None, str, date | None]]] = {}
    with db.read() as session:
        found = tallies.verdict_rows(session, review_states)
    for named, canonical, due, verdict, verdict_on in found:
        groups.setdefault(canonical or named or UNNAMED, []).append((due, verdict, verdict_on))
    out: list[DepartmentScore] = []
    for name, rows in groups.items():
        kept = sum(1 for r in rows if r[1] == "kept")
        partial = sum(1 for r in rows if r[1] == "partial")
        broken = sum(1 for r in rows if r[1] == "broken")
        progress = [progress_of(r[0], r[1], today) for r in rows]
        late = [x for r in rows if (x := _lateness(r[0], r[1], r[2], today)) is not None]
        judged = kept + partial + broken
        out.append(
            DepartmentScore(
                department=name,
                items=len(rows),
                kept=kept,
                partial=partial,
                broken=broken,
                overdue=progress.count("overdue"),
                open=sum(1 for p in progress if p != "closed"),
                kept_rate=kept / judged if judged else None,
                median_days_late=float(median(late)) if late else None,
            )
        )
    out.sort(key=lambda s: (-s.overdue, -s.items, s.department))
    return out
