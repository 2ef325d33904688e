"""The main table's model: it holds item ids and fetches rows lazily, a page at a time.

Filtering and sorting happen in the query (on the reader pool); the model keeps the
ordered id list and asks the services for the rows of a page when a view first paints
one of them. Overdue and due-soon rows get a background colour; the days column is red
when overdue. A reload whose id list is unchanged repaints in place, so the selection
survives a verdict change.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from inquiry_tracker.gui.backend import Backend
from inquiry_tracker.gui.i18n import days_text, kind_label, progress_label, verdict_label
from inquiry_tracker.gui.runner import Task
from inquiry_tracker.gui.sorting import DEFAULT_COLUMN, SORT_KEYS
from inquiry_tracker.services import (
    Changes,
    ItemFilter,
    ItemRow,
    Page,
    find_item_ids,
    list_items,
    rows_by_ids,
)
from inquiry_tracker.store.queries import Order

log = logging.getLogger("inquiry_tracker.gui")

Index = QModelIndex | QPersistentModelIndex

#: placeholder for an id behind the first page that has not arrived yet
UNKNOWN = 0

ItemIdRole = Qt.ItemDataRole.UserRole + 1
ProgressRole = Qt.ItemDataRole.UserRole + 2

OVERDUE_BG = QColor("#fde3e1")
DUE_SOON_BG = QColor("#fff3cd")
OVERDUE_FG = QColor("#b3261e")
DUE_SOON_FG = QColor("#8a5a00")
VERDICT_FG = {
    "kept": QColor("#1e7b34"),
    "partial": QColor("#4d7c0f"),
    "broken": QColor("#b3261e"),
    "delayed": QColor("#8a5a00"),
    "withdrawn": QColor("#6b6b6b"),
}
#: kinds of change after which the id list may differ (membership or order)
RELIST = frozenset(
    {"item.created", "item.review", "item.verdict", "item.due", "item.assignee", "item.fields", "item.merged", "item.sources"}
)


class ItemTableModel(QAbstractTableModel):
    """Items matching a filter, in the chosen order; rows fetched lazily by id.

    Signals:
        loading(): a new id list was requested.
        loaded(int total): the first rows arrived and the model was reset (or repainted).
        completed(): every id of the listing is known (right after ``loaded`` for short
            listings; later for long ones, whose first page is shown first).
    """

    loading = Signal()
    loaded = Signal(int)
    completed = Signal()

    #: rows fetched per page when a view asks for data
    PAGE = 100
    #: rows of the first answer after a refresh
    FIRST = 200
    CACHE_LIMIT = 3000

    def __init__(self, backend: Backend, base: ItemFilter | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self._filter = base or ItemFilter()
        self._ids: list[int] = []
        self._rows: dict[int, ItemRow] = {}
        self._sort_column = DEFAULT_COLUMN
        self._descending = False
        self._generation = 0
        self._pending: Task | None = None
        self._partial = False
        self._headers = [
            self.tr("类型"),
            self.tr("事项"),
            self.tr("责任部门"),
            self.tr("期限原文"),
            self.tr("到期日"),
            self.tr("剩余/逾期"),
            self.tr("核实结论"),
            self.tr("跟进记者"),
            self.tr("媒体"),
            self.tr("见报日期"),
        ]
        backend.changed.connect(self._on_changes)

    # ----------------------------------------------------------------- what to list
    @property
    def item_filter(self) -> ItemFilter:
        """The current filter."""
        return self._filter

    @property
    def sort_key(self) -> Order:
        """The order the rows are listed in (the sorted column's key)."""
        return SORT_KEYS[self._sort_column]

    @property
    def descending(self) -> bool:
        """Whether the sorted column is in descending order."""
        return self._descending

    def set_filter(self, f: ItemFilter) -> None:
        """List the items matching ``f`` (reloads unless unchanged)."""
        if f != self._filter:
            self._filter = f
            self.refresh()

    def refresh(self) -> None:
        """Ask for the id list again (the answer arrives on the reader pool).

        In the default order the first page comes first (rows and the total), so the
        table is usable at once; the full id list follows and fills in the rest.
        """
        self._generation += 1
        generation = self._generation
        self.loading.emit()
        if self._pending is not None:
            self._pending.cancel()  # its answer would be dropped anyway
        if self.sort_key == "due" and not self._descending:
            self._pending = self._backend.read(
                list_items,
                self._filter,
                limit=self.FIRST,
                order="due",
                clock=self._backend.clock,
                done=lambda page: self._first_page(generation, page),
                label="first page",
            )
        else:
            self._fetch_ids(generation)

    def _fetch_ids(self, generation: int) -> None:
        self._pending = self._backend.read(
            find_item_ids,
            self._filter,
            order=self.sort_key,
            descending=self._descending,
            clock=self._backend.clock,
            done=lambda ids: self._apply(generation, ids),
            label="list items",
        )

    def _first_page(self, generation: int, page: Page) -> None:
        if generation != self._generation:
            return
        ids = [r.item.id for r in page.rows]
        complete = len(ids) >= page.total
        self._apply(generation, ids if complete else ids + [UNKNOWN] * (page.total - len(ids)), complete=complete)
        for r in page.rows:
            self._rows[r.item.id] = r
        if not complete:
            self._fetch_ids(generation)

    def _apply(self, generation: int, ids: list[int], complete: bool = True) -> None:
        if generation != self._generation:
            return  # an older query answered late
        if complete:
            self._pending = None
        filling_in = self._partial and len(ids) == len(self._ids) and all(
            a in (b, UNKNOWN) for a, b in zip(self._ids, ids, strict=True)
        )
        self._partial = not complete
        if filling_in:  # the rest of the ids behind a first page already shown
            self._ids = ids
            self.dataChanged.emit(self.index(0, 0), self.index(len(ids) - 1, self.columnCount() - 1))
            self.completed.emit()
            return
        self._rows.clear()
        if ids == self._ids:
            if ids:
                self.dataChanged.emit(self.index(0, 0), self.index(len(ids) - 1, self.columnCount() - 1))
        else:
            self.beginResetModel()
            self._ids = ids
            self.endResetModel()
        self.loaded.emit(len(ids))
        if complete:
            self.completed.emit()

    @property
    def complete(self) -> bool:
        """Whether every listed id is known (not only the first page)."""
        return not self._partial

    def _on_changes(self, changes: Changes) -> None:
        for item_id in changes.items:
            self._rows.pop(item_id, None)
        if changes.kinds & RELIST:
            self.refresh()
        else:
            for item_id in changes.items:
                row = self.row_of(item_id)
                if row is not None:
                    self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    # ----------------------------------------------------------------- lookups
    def item_id(self, row: int) -> int | None:
        """The id of the item on ``row`` (None while it is not known yet)."""
        if 0 <= row < len(self._ids) and self._ids[row] != UNKNOWN:
            return self._ids[row]
        return None

    def row_of(self, item_id: int) -> int | None:
        """The row of ``item_id`` (None when it is not listed)."""
        try:
            return self._ids.index(item_id)
        except ValueError:
            return None

    @property
    def fetched_rows(self) -> int:
        """How many rows are in the page cache (the rest are ids only)."""
        return len(self._rows)

    def ids(self) -> list[int]:
        """Every listed id known so far, in order."""
        return [i for i in self._ids if i != UNKNOWN]

    def item_row(self, row: int) -> ItemRow | None:
        """The full row (item record, progress, days left) on ``row``."""
        item_id = self.item_id(row)
        if item_id is None:
            return None
        if item_id not in self._rows:
            self._fetch_page(row)
        return self._rows.get(item_id)

    def _fetch_page(self, row: int) -> None:
        if len(self._rows) > self.CACHE_LIMIT:
            self._rows.clear()
        start = (row // self.PAGE) * self.PAGE
        page = [i for i in self._ids[start : start + self.PAGE] if i not in self._rows and i != UNKNOWN]
        if not page:
            return
        for r in self._backend.now(rows_by_ids, page, clock=self._backend.clock):
            self._rows[r.item.id] = r

    # ----------------------------------------------------------------- Qt model API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._headers):
                return self._headers[section]
            return None
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        if role == ItemIdRole:
            return self.item_id(index.row())
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.TextAlignmentRole,
            Qt.ItemDataRole.FontRole,
            ProgressRole,
        ):
            return None
        row = self.item_row(index.row())
        if row is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == ProgressRole:
            return row.progress
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.progress == "overdue":
                return OVERDUE_BG
            if row.progress == "due_soon":
                return DUE_SOON_BG
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == 5 and row.progress == "overdue":
                return OVERDUE_FG
            if col == 5 and row.progress == "due_soon":
                return DUE_SOON_FG
            if col == 6:
                return VERDICT_FG.get(row.item.verdict)
            return None
        if role == Qt.ItemDataRole.FontRole:
            if col == 5 and row.progress in ("overdue", "due_soon"):
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (4, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: ItemRow, col: int) -> str:
        it = row.item
        if col == 0:
            return kind_label(it.kind)
        if col == 1:
            return it.subject
        if col == 2:
            return it.department_canonical or it.department or ""
        if col == 3:
            return it.deadline_expr or ""
        if col == 4:
            return (it.due.isoformat() + (" ≈" if it.approximate else "")) if it.due else ""
        if col == 5:
            return days_text(row.days_left) if row.progress != "closed" else progress_label("closed")
        if col == 6:
            return verdict_label(it.verdict)
        if col == 7:
            return it.assignee or ""
        if col == 8:
            return "、".join(it.outlets)
        return it.published.isoformat() if it.published else ""

    def _tooltip(self, row: ItemRow, col: int) -> str | None:
        it = row.item
        if col == 1:
            return it.statement or it.question or it.subject
        if col == 2 and it.department and it.department_canonical and it.department != it.department_canonical:
            return self.tr("原文:%1").replace("%1", it.department)
        if col in (4, 5):
            return progress_label(row.progress)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._headers):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) == (self._sort_column, self._descending):
            return
        self._sort_column, self._descending = column, descending
        self.refresh()
