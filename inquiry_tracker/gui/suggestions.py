"""Suggested evidence in the inbox: later articles that say an open item was kept, delayed or
advanced.

Each row names the tracked item, the stance (已兑现 with the day, 延期 to the new date, 进展),
the sentence and where it was printed; choosing one shows that article with the sentence
highlighted (in the inbox's source pane) and says what confirming will record. The reporter
confirms (the day or the new date can be corrected first), records it only as evidence, or
dismisses it; nothing changes an item unreviewed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QDate,
    QObject,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inquiry_tracker.gui.backend import Backend
from inquiry_tracker.gui.widgets import RowListModel, add_button
from inquiry_tracker.services import (
    Changes,
    SuggestionRow,
    accept_suggestion,
    dismiss_suggestion,
    list_suggestions,
)
from inquiry_tracker.store import SourceRef


class SuggestionModel(RowListModel):
    """Open suggestions: item, stance, sentence, where printed, score."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[SuggestionRow] = []
        self.headers = [self.tr("条目"), self.tr("判断"), self.tr("新文章中的报道"), self.tr("出处"), self.tr("把握")]

    def stance_text(self, s: SuggestionRow) -> str:
        """"已兑现 2020-05-30", "延期至 2020-10-30", "进展"."""
        if s.stance == "kept":
            return self.tr("已兑现") + (f" {s.event_date.isoformat()}" if s.event_date else "")
        if s.stance == "delayed":
            return self.tr("延期至 %1").replace("%1", s.new_due.isoformat()) if s.new_due else self.tr("延期")
        if s.stance == "progress":
            return self.tr("进展") + (f" {s.event_date.isoformat()}" if s.event_date else "")
        return self.tr("证据")

    def cells(self, s: SuggestionRow) -> list[str]:
        return [f"#{s.item_id} {s.item_subject}", self.stance_text(s), (s.excerpt or "").replace("\n", " "), s.where,
                f"{s.score:.0%}"]

    def tooltip(self, s: SuggestionRow, column: int) -> str | None:
        return (s.excerpt or "") if column == 2 else None


class SuggestionsPanel(QWidget):
    """The inbox's suggested-evidence list with its two actions.

    Signals:
        countChanged(int): open suggestions.
        sourceChosen(list): the article of the chosen suggestion, as one SourceRef with the span.
    """

    countChanged = Signal(int)
    sourceChosen = Signal(list)

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestions")
        self._backend = backend
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setObjectName("suggestionsSummary")
        top.addWidget(self.summary, 1)
        self.accept_button = add_button(top, "acceptSuggestionButton", self.tr("确认"), self.accept_selected)
        self.evidence_button = add_button(top, "evidenceOnlyButton", self.tr("仅记为证据"), self.record_evidence)
        self.dismiss_button = add_button(top, "dismissSuggestionButton", self.tr("忽略"), self.dismiss_selected)
        layout.addLayout(top)
        self.model = SuggestionModel(self)
        self.table = QTableView()
        self.table.setObjectName("suggestionsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for col, width in enumerate((280, 150, 340, 160)):  # subjects read "<project><act>": ~20 characters
            header.resizeSection(col, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        below = QHBoxLayout()
        self.action = QLabel()
        self.action.setObjectName("suggestionAction")
        self.action.setWordWrap(True)
        below.addWidget(self.action, 1)
        self.date_label = QLabel()
        below.addWidget(self.date_label)
        self.date = QDateEdit()
        self.date.setObjectName("suggestionDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.dateChanged.connect(self._show_action)
        below.addWidget(self.date)
        layout.addLayout(below)
        backend.changed.connect(self._on_changes)
        self._update_buttons()

    def reload(self) -> None:
        """Load the open suggestions (in the background)."""
        self._backend.read(list_suggestions, done=self._loaded, label="suggestions")

    def _loaded(self, rows: list[SuggestionRow]) -> None:
        self.model.set_rows(rows)
        n = len(rows)
        self.summary.setText(
            self.tr("证据建议 %1 条:新文章说到这些条目已兑现、延期或有进展,请逐条确认").replace("%1", str(n))
            if n else self.tr("没有证据建议")
        )
        self.setVisible(n > 0)
        self._update_buttons()
        self.countChanged.emit(n)

    def _on_changes(self, changes: Changes) -> None:
        if changes.kinds & {"suggestion", "source.created", "item.verdict", "item.due", "item.review", "item.merged"}:
            self.reload()

    def selected(self) -> SuggestionRow | None:
        """The chosen suggestion, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows and rows[0].row() < len(self.model.rows) else None

    def _selection_changed(self, *_args: object) -> None:
        s = self.selected()
        day = self._proposed_day(s) if s is not None else None
        if day is not None:
            self.date.setDate(QDate(day.year, day.month, day.day))
        self._update_buttons()
        if s is not None:
            ref = SourceRef(s.source_id, s.outlet, s.title, s.published, "", None, "", s.start or 0, s.end or 0)
            self.sourceChosen.emit([ref])

    @staticmethod
    def _proposed_day(s: SuggestionRow) -> date | None:
        """The date confirming records: the day it was done, or the new due date."""
        if s.stance == "kept":
            return s.event_date or s.published
        return s.new_due if s.stance == "delayed" else None

    def chosen_day(self) -> date | None:
        """The date in the editor, when the chosen suggestion records one."""
        s = self.selected()
        if s is None or self._proposed_day(s) is None:
            return None
        d = self.date.date()
        return date(d.year(), d.month(), d.day())

    def _show_action(self, *_args: object) -> None:
        s = self.selected()
        day = self.chosen_day()
        where = (s.where if s is not None else "") or "?"
        if s is None:
            text = ""
        elif s.stance == "kept":
            text = self.tr("确认后:记为已兑现(%1),以此文为证据").replace("%1", day.isoformat() if day else "")
        elif s.stance == "delayed" and day is not None:
            text = self.tr("确认后:期限延至 %1,注明见 %2").replace("%1", day.isoformat()).replace("%2", where)
        else:
            text = self.tr("确认后:在时间线上记一条进展(见 %1)").replace("%1", where)
        self.action.setText(text)

    def _update_buttons(self) -> None:
        s = self.selected()
        chosen = s is not None
        self.accept_button.setEnabled(chosen)
        self.evidence_button.setEnabled(chosen)
        self.dismiss_button.setEnabled(chosen)
        dated = s is not None and self._proposed_day(s) is not None
        self.date.setEnabled(dated)
        self.date.setVisible(dated)
        self.date_label.setVisible(dated)
        if s is not None:
            self.date_label.setText(self.tr("兑现日期") if s.stance == "kept" else self.tr("新期限"))
        self._show_action()

    def accept_selected(self) -> None:
        """Confirm the chosen suggestion: record what its stance says (with the date shown)."""
        if (s := self.selected()) is not None:
            day = self.chosen_day()
            on = day if s.stance == "kept" else None
            new_due = day if s.stance == "delayed" else None
            self._backend.write(accept_suggestion, s.id, on=on, new_due=new_due, author=self._backend.author,
                                label="accept suggestion")

    def record_evidence(self) -> None:
        """Record the chosen article as evidence only (verdict and due date unchanged)."""
        if (s := self.selected()) is not None:
            self._backend.write(accept_suggestion, s.id, apply=False, author=self._backend.author,
                                label="record evidence")

    def dismiss_selected(self) -> None:
        """Set the chosen suggestion aside."""
        if (s := self.selected()) is not None:
            self._backend.write(dismiss_suggestion, s.id, label="dismiss suggestion")
