"""The facet sidebar: narrow the main table by kind, progress, due window, source date,
verdict, department, outlet and assignee.

It only describes a filter; the main window combines it with the search text and hands
the resulting :class:`~inquiry_tracker.services.ItemFilter` to the table model. The
department, outlet and assignee choices come from the services' facet values and are
reloaded in the background after changes.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inquiry_tracker.gui.backend import Backend
from inquiry_tracker.gui.day_field import DayField, day_of
from inquiry_tracker.gui.i18n import kind_label, progress_label, verdict_label
from inquiry_tracker.services import Changes, ItemFilter, facet_values
from inquiry_tracker.services.scorecard import UNNAMED
from inquiry_tracker.vocab import KINDS, VERDICTS

PROGRESS_CHOICES = ("overdue", "due_soon", "not_due", "no_deadline", "closed")
DUE_WINDOWS: tuple[int | None, ...] = (None, 7, 30, None)
#: the due-date drop-down's last choice: a custom from/to range
DUE_CUSTOM = 3
#: source-date presets (index of the 来源日期 drop-down); "custom" shows two date fields
PUBLISHED_CHOICES = ("any", "7d", "30d", "year", "custom")


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def published_range(choice: str, today: date) -> tuple[date | None, date | None]:
    """(from, to) of a source-date preset: the last 7 or 30 days including today, or this
    calendar year so far; "any" (and "custom", whose dates the fields hold) gives no range."""
    if choice == "7d":
        return today - timedelta(days=6), today
    if choice == "30d":
        return today - timedelta(days=29), today
    if choice == "year":
        return date(today.year, 1, 1), today
    return None, None
#: items shown in the main table; the review inbox shows the pending ones
TRACKED = "accepted"


class FacetSidebar(QWidget):
    """Checkboxes and drop-downs that describe a filter.

    Signals:
        changed(): any facet changed (the main window debounces and applies it).
    """

    changed = Signal()

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("facets")
        self._backend = backend
        self._quiet = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)

        self.kind_boxes = self._checks(self.tr("类型"), {k: kind_label(k) for k in KINDS}, layout, columns=2)
        self.progress_boxes = self._checks(
            self.tr("进度"), {p: progress_label(p) for p in PROGRESS_CHOICES}, layout, columns=2
        )
        self.verdict_boxes = self._checks(self.tr("核实结论"), {v: verdict_label(v) for v in VERDICTS}, layout, columns=2)

        form_box = QGroupBox(self.tr("范围"))
        form = QFormLayout(form_box)
        self.due_window = QComboBox()
        self.due_window.setObjectName("dueWindow")
        self.due_window.addItems([self.tr("不限"), self.tr("7 天内到期"), self.tr("30 天内到期"), self.tr("自定义…")])
        self.due_window.currentIndexChanged.connect(self._due_changed)
        form.addRow(self.tr("到期"), self.due_window)
        self.due_from = self._date_edit("dueFrom")
        self.due_to = self._date_edit("dueTo")
        form.addRow(self.tr("从"), self.due_from)
        form.addRow(self.tr("到"), self.due_to)
        self.published = QComboBox()
        self.published.setObjectName("publishedWindow")
        self.published.addItems([self.tr("不限"), self.tr("近7天"), self.tr("近30天"), self.tr("今年"), self.tr("自定义…")])
        self.published.currentIndexChanged.connect(self._published_changed)
        form.addRow(self.tr("来源日期"), self.published)
        self.published_from = self._date_edit("publishedFrom")
        self.published_to = self._date_edit("publishedTo")
        form.addRow(self.tr("从"), self.published_from)
        form.addRow(self.tr("到"), self.published_to)
        self.department = self._combo("department")
        form.addRow(self.tr("部门"), self.department)
        self.outlet = self._combo("outlet")
        form.addRow(self.tr("媒体"), self.outlet)
        self.assignee = self._combo("assignee")
        form.addRow(self.tr("记者"), self.assignee)
        layout.addWidget(form_box)

        self.clear_button = QPushButton(self.tr("清除筛选"))
        self.clear_button.setObjectName("clearFacets")
        self.clear_button.clicked.connect(self.clear)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)

        backend.changed.connect(self._on_changes)

    # ------------------------------------------------------------------ building
    def _checks(
        self, title: str, choices: dict[str, str], layout: QVBoxLayout, columns: int = 1
    ) -> dict[str, QCheckBox]:
        box = QGroupBox(title)
        grid = QGridLayout(box)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setVerticalSpacing(2)
        boxes: dict[str, QCheckBox] = {}
        for n, (key, label) in enumerate(choices.items()):
            check = QCheckBox(label)
            check.setObjectName(f"facet_{key}")
            check.toggled.connect(self._emit)
            grid.addWidget(check, n // columns, n % columns)
            boxes[key] = check
        layout.addWidget(box)
        return boxes

    def _combo(self, what: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(f"facet_{what}")
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = combo.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("全部"))
        combo.setMinimumContentsLength(8)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.currentTextChanged.connect(self._emit)
        return combo

    def _date_edit(self, name: str) -> DayField:
        edit = DayField(_qdate(self._backend.clock()))
        edit.setObjectName(name)
        edit.setEnabled(False)
        edit.dateChanged.connect(self._emit)
        return edit

    def _due_changed(self, index: int) -> None:
        custom = index == DUE_CUSTOM
        self.due_from.setEnabled(custom)
        self.due_to.setEnabled(custom)
        self._emit()

    def due_dates(self) -> tuple[date | None, date | None]:
        """The custom due-date range (None, None unless 自定义 is chosen)."""
        if self.due_window.currentIndex() != DUE_CUSTOM:
            return None, None
        return day_of(self.due_from), day_of(self.due_to)

    def _published_changed(self, index: int) -> None:
        custom = PUBLISHED_CHOICES[index] == "custom"
        self.published_from.setEnabled(custom)
        self.published_to.setEnabled(custom)
        self._emit()

    def published_dates(self) -> tuple[date | None, date | None]:
        """The source-date range the facet describes (None: open end)."""
        choice = PUBLISHED_CHOICES[self.published.currentIndex()]
        if choice == "custom":
            return day_of(self.published_from), day_of(self.published_to)
        return published_range(choice, self._backend.clock())

    def set_published(self, choice: str, start: date | None = None, end: date | None = None) -> None:
        """Choose a source-date preset (or "custom" with ``start``/``end``)."""
        self._quiet = True
        try:
            if start is not None:
                self.published_from.setDate(_qdate(start))
            if end is not None:
                self.published_to.setDate(_qdate(end))
            self.published.setCurrentIndex(PUBLISHED_CHOICES.index(choice))
        finally:
            self._quiet = False
        self.changed.emit()

    def _emit(self, *_args: object) -> None:
        if not self._quiet:
            self.changed.emit()

    # ------------------------------------------------------------------ values
    def reload_values(self) -> None:
        """Refresh the department, outlet and assignee choices (in the background)."""
        for what, combo in (("department", self.department), ("outlet", self.outlet), ("assignee", self.assignee)):
            self._backend.read(facet_values, what, done=partial(self._fill, combo), label=f"facet {what}")

    def _fill(self, combo: QComboBox, values: list[str]) -> None:
        current = combo.currentText()
        self._quiet = True
        try:
            combo.clear()
            combo.addItem("")
            if combo is self.department:
                combo.addItem(self.unnamed_label)
            combo.addItems(values)
            combo.setCurrentText(current)
        finally:
            self._quiet = False

    def _on_changes(self, changes: Changes) -> None:
        if changes.kinds & {"item.created", "item.assignee", "item.fields", "item.merged", "source.created"}:
            self.reload_values()

    # ------------------------------------------------------------------ the filter
    def item_filter(self, text: str | None = None) -> ItemFilter:
        """The filter the facets describe, with the search ``text``."""
        progress = tuple(k for k, b in self.progress_boxes.items() if b.isChecked())
        verdicts = tuple(k for k, b in self.verdict_boxes.items() if b.isChecked())
        published_from, published_to = self.published_dates()
        due_from, due_to = self.due_dates()
        return ItemFilter(
            kinds=tuple(k for k, b in self.kind_boxes.items() if b.isChecked()),
            statuses=(TRACKED, *progress, *verdicts),
            department=self._department(),
            outlet=self.outlet.currentText().strip() or None,
            assignee=self.assignee.currentText().strip() or None,
            due_within=DUE_WINDOWS[self.due_window.currentIndex()],
            due_from=due_from,
            due_to=due_to,
            published_from=published_from,
            published_to=published_to,
            text=(text or "").strip() or None,
        )

    @property
    def unnamed_label(self) -> str:
        """The department choice meaning "no department" (the scorecard's 未注明)."""
        return self.tr("未注明")

    def _department(self) -> str | None:
        name = self.department.currentText().strip()
        if name in (UNNAMED, self.unnamed_label):
            return ""  # the services' "no department"
        return name or None

    def set_department(self, name: str | None) -> None:
        """Show only ``name``'s items (None: every department; "": items with none)."""
        self.department.setCurrentText(self.unnamed_label if name == "" else name or "")

    def set_progress(self, progress: str | None, due_within: int | None = None) -> None:
        """Show one progress state (or a due window) only; clears the other progress boxes."""
        self._quiet = True
        try:
            for key, box in self.progress_boxes.items():
                box.setChecked(key == progress)
            self.due_window.setCurrentIndex(DUE_WINDOWS.index(due_within) if due_within in DUE_WINDOWS else 0)
        finally:
            self._quiet = False
        self.changed.emit()

    def clear(self) -> None:
        """Remove every facet."""
        self._quiet = True
        try:
            for boxes in (self.kind_boxes, self.progress_boxes, self.verdict_boxes):
                for box in boxes.values():
                    box.setChecked(False)
            self.due_window.setCurrentIndex(0)
            self.published.setCurrentIndex(0)
            for combo in (self.department, self.outlet, self.assignee):
                combo.setCurrentText("")
        finally:
            self._quiet = False
        self.changed.emit()
