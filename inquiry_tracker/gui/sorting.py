"""The ordered id list behind the main table: filter and sort by any column, in the query.

The table holds ids only, so sorting must happen where the ids come from. The services'
``find_item_ids`` orders in SQL; when it accepts a column key and ``descending`` (see the
request in the GUI's notes), :func:`sorted_ids` passes the column straight through. Until
then, columns it cannot order by are sorted here from the rows (a stop-gap that is fine for
a newsroom's thousands of items, slow for 100,000). No Qt in this module: it runs on the
task runner's reader pool.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Callable
from typing import Any

from inquiry_tracker.services import ItemFilter, ItemRow, find_item_ids, rows_by_ids
from inquiry_tracker.services.clock import Clock
from inquiry_tracker.store import Database

log = logging.getLogger("inquiry_tracker.gui")

#: sort keys of the table's columns (days left sorts like the due date)
SORT_KEYS = ("kind", "subject", "department", "deadline_expr", "due", "due", "verdict", "assignee", "outlet")
#: orders today's ``find_item_ids`` understands
_NATIVE = frozenset({"due", "recent", "updated", "id"})
_CHUNK = 2000


def _row_key(key: str) -> Callable[[ItemRow], Any]:
    def get(row: ItemRow) -> Any:
        it = row.item
        if key == "department":
            return it.department_canonical or it.department
        if key == "outlet":
            return it.outlets[0] if it.outlets else None
        return getattr(it, key)

    return get


def service_sorts_columns() -> bool:
    """Whether ``find_item_ids`` takes ``descending`` (and so column keys) itself."""
    return "descending" in inspect.signature(find_item_ids).parameters


def sorted_ids(
    db: Database,
    f: ItemFilter,
    key: str,
    descending: bool,
    clock: Clock,
    cancelled: Callable[[], bool] = lambda: False,
) -> list[int]:
    """Ids matching ``f``, ordered by column ``key`` (``None`` values last).

    ``cancelled`` is asked between chunks of the slow path; when it answers True the
    (no longer wanted) result is cut short.
    """
    if service_sorts_columns():
        try:
            return find_item_ids(db, f, order=key, descending=descending, clock=clock)  # type: ignore[arg-type, call-arg]
        except (ValueError, TypeError) as err:  # a key the service does not know
            log.debug("service cannot sort by %s: %s", key, err)
    ids = find_item_ids(db, f, order="due", clock=clock)
    if key == "due":
        return ids[::-1] if descending else ids
    rows: list[ItemRow] = []
    for start in range(0, len(ids), _CHUNK):
        if cancelled():
            return ids
        rows.extend(rows_by_ids(db, ids[start : start + _CHUNK], clock=clock))
    get = _row_key(key)
    present = [r for r in rows if get(r) not in (None, "")]
    missing = [r for r in rows if get(r) in (None, "")]
    present.sort(key=get, reverse=descending)
    return [r.item.id for r in present + missing]
