"""The dashboard: what is overdue, what falls due in 7 and 30 days, and who keeps their word.

Three counters (each a button that filters the main table), the department scorecard as
a bar chart and as a table (items, kept, partial, broken, overdue, kept rate, median days
late). Clicking a department — bar or table row — filters the main table to it. Figures
are computed in the background and refreshed when the dashboard is shown after a change.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inquiry_tracker.gui.backend import Backend
from inquiry_tracker.gui.chart import DepartmentChart
from inquiry_tracker.gui.i18n import department_label
from inquiry_tracker.services import (
    Changes,
    Clock,
    DepartmentScore,
    ItemFilter,
    count_items,
    scorecard,
)
from inquiry_tracker.store import Database

TRACKED = ("accepted",)


def dashboard_figures(db: Database, clock: Clock) -> tuple[tuple[int, int, int], list[DepartmentScore]]:
    """(overdue, due within 7 days, due within 30 days) and the scorecard, read together."""
    counts = (
        count_items(db, ItemFilter(statuses=TRACKED, overdue=True), clock=clock),
        count_items(db, ItemFilter(statuses=TRACKED, due_within=7), clock=clock),
        count_items(db, ItemFilter(statuses=TRACKED, due_within=30), clock=clock),
    )
    return counts, scorecard(db, clock=clock)


class _Number(QTableWidgetItem):
    """A table cell that sorts by number."""

    def __init__(self, value: float | None, text: str) -> None:
        super().__init__(text)
        self.value = value if value is not None else -1.0
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        if isinstance(other, _Number):
            return self.value < other.value
        return super().__lt__(other)


class Dashboard(QWidget):
    """Counters, scorecard chart and scorecard table.

    Signals:
        departmentClicked(str name): show this department's items.
        progressClicked(str progress, int due_within): show overdue (``overdue``, 0) or
            items due within N days (``""``, N).
        loaded(): the counters, chart and table were refreshed (all at once).
    """

    departmentClicked = Signal(str)
    progressClicked = Signal(str, int)
    loaded = Signal()

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self._backend = backend
        self._dirty = True
        layout = QVBoxLayout(self)

        cards = QHBoxLayout()
        self.overdue_card = self._card("overdueCard", lambda: self.progressClicked.emit("overdue", 0))
        self.week_card = self._card("weekCard", lambda: self.progressClicked.emit("", 7))
        self.month_card = self._card("monthCard", lambda: self.progressClicked.emit("", 30))
        for card in (self.overdue_card, self.week_card, self.month_card):
            cards.addWidget(card)
        layout.addLayout(cards)

        chart_box = QGroupBox(self.tr("部门兑现情况(点击部门查看其条目)"))
        chart_layout = QVBoxLayout(chart_box)
        self.chart = DepartmentChart()
        self.chart.departmentClicked.connect(self.departmentClicked)
        self.chart_scroll = QScrollArea()
        self.chart_scroll.setWidgetResizable(True)
        self.chart_scroll.setWidget(self.chart)
        self.chart_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        chart_layout.addWidget(self.chart_scroll)
        layout.addWidget(chart_box, 0)

        self.table = QTableWidget(0, 8)
        self.table.setObjectName("scorecardTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("部门"),
                self.tr("条目"),
                self.tr("已兑现"),
                self.tr("部分兑现"),
                self.tr("未兑现"),
                self.tr("已逾期"),
                self.tr("兑现率"),
                self.tr("逾期天数中位数"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        # the department column as wide as its longest name; the figures share the rest
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        # the services' order (most overdue first) until the user sorts by a column
        self.table.horizontalHeader().setSortIndicator(5, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.cellClicked.connect(self._row_clicked)
        layout.addWidget(self.table, 1)
        backend.changed.connect(self._on_changes)

    def _card(self, name: str, slot: object) -> QPushButton:
        card = QPushButton()
        card.setObjectName(name)
        card.setMinimumHeight(64)
        card.setStyleSheet("QPushButton { font-size: 15px; text-align: center; padding: 8px; }")
        card.clicked.connect(slot)
        return card

    # ------------------------------------------------------------------ loading
    def reload(self) -> None:
        """Recompute the counters and the scorecard (one background read)."""
        self._dirty = False
        self._backend.read(dashboard_figures, clock=self._backend.clock, done=self._show, label="dashboard")

    def _show(self, figures: tuple[tuple[int, int, int], list[DepartmentScore]]) -> None:
        (overdue, week, month), scores = figures
        for card, count, label, colour in (
            (self.overdue_card, overdue, self.tr("已逾期"), "#b3261e"),
            (self.week_card, week, self.tr("7 天内到期"), "#8a5a00"),
            (self.month_card, month, self.tr("30 天内到期"), "#1f4e79"),
        ):
            card.setText(f"{label}\n{count}")
            card.setStyleSheet(f"QPushButton {{ font-size: 15px; padding: 8px; color: {colour}; font-weight: bold; }}")
        self.chart.set_scores(scores)
        # as tall as its bars, up to a limit (then it scrolls)
        self.chart_scroll.setFixedHeight(min(self.chart.sizeHint().height() + 4, 420))
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(scores))
        for r, s in enumerate(scores):
            name = QTableWidgetItem(department_label(s.department))
            name.setData(Qt.ItemDataRole.UserRole, s.department)
            self.table.setItem(r, 0, name)
            for c, value in enumerate((s.items, s.kept, s.partial, s.broken, s.overdue), start=1):
                self.table.setItem(r, c, _Number(value, str(value)))
            rate = f"{s.kept_rate:.0%}" if s.kept_rate is not None else "—"
            self.table.setItem(r, 6, _Number(s.kept_rate, rate))
            late = f"{s.median_days_late:g}" if s.median_days_late is not None else "—"
            self.table.setItem(r, 7, _Number(s.median_days_late, late))
        self.table.setSortingEnabled(True)
        self.loaded.emit()

    def _row_clicked(self, row: int, _column: int) -> None:
        cell = self.table.item(row, 0)
        if cell is not None:
            self.departmentClicked.emit(str(cell.data(Qt.ItemDataRole.UserRole)))

    def _on_changes(self, changes: Changes) -> None:
        if any(k.startswith("item.") for k in changes.kinds):
            self._dirty = True
            if self.isVisible():
                self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.reload()
