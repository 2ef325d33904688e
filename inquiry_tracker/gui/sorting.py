"""Which order each column of the main table sorts by.

The table holds ids only, so sorting happens where the ids come from: the services'
:func:`~inquiry_tracker.services.find_item_ids` orders in SQL by any of these keys, in
either direction, with blank values last. No Qt in this module.
"""

from __future__ import annotations

from inquiry_tracker.store.queries import Order

#: sort keys of the table's columns, in column order
SORT_KEYS: tuple[Order, ...] = (
    "kind",
    "subject",
    "department",
    "deadline_expr",
    "due",
    "days_left",
    "verdict",
    "assignee",
    "outlet",
    "published",
)
#: the column the table starts sorted by
DEFAULT_COLUMN = SORT_KEYS.index("due")
