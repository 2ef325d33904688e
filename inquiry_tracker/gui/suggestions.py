"""Suggested evidence in the inbox: articles that report an open item done.

Each row names the tracked item, the reporting sentence and where it was printed; choosing
one shows that article with the sentence highlighted (in the inbox's source pane). The
reporter records it as evidence — it joins the item's timeline, the verdict stays theirs —
or dismisses it.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QObject,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
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
    """Open suggestions: item, reporting sentence, where printed, score."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[SuggestionRow] = []
        self.headers = [self.tr("条目"), self.tr("新文章中的报道"), self.tr("出处"), self.tr("把握")]

    def cells(self, s: SuggestionRow) -> list[str]:
        return [f"#{s.item_id} {s.item_subject}", (s.excerpt or "").replace("\n", " "), s.where, f"{s.score:.0%}"]

    def tooltip(self, s: SuggestionRow, column: int) -> str | None:
        return (s.excerpt or "") if column == 1 else None


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
        self.accept_button = add_button(top, "acceptSuggestionButton", self.tr("记为证据"), self.accept_selected)
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
        for col, width in enumerate((200, 360, 160)):
            header.resizeSection(col, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        backend.changed.connect(self._on_changes)
        self._update_buttons()

    def reload(self) -> None:
        """Load the open suggestions (in the background)."""
        self._backend.read(list_suggestions, done=self._loaded, label="suggestions")

    def _loaded(self, rows: list[SuggestionRow]) -> None:
        self.model.set_rows(rows)
        n = len(rows)
        self.summary.setText(
            self.tr("证据建议 %1 条:新文章可能说明这些条目已经兑现").replace("%1", str(n)) if n else self.tr("没有证据建议")
        )
        self.setVisible(n > 0)
        self._update_buttons()
        self.countChanged.emit(n)

    def _on_changes(self, changes: Changes) -> None:
        if changes.kinds & {"suggestion", "source.created", "item.verdict", "item.review", "item.merged"}:
            self.reload()

    def selected(self) -> SuggestionRow | None:
        """The chosen suggestion, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows and rows[0].row() < len(self.model.rows) else None

    def _selection_changed(self, *_args: object) -> None:
        self._update_buttons()
        s = self.selected()
        if s is not None:
            ref = SourceRef(s.source_id, s.outlet, s.title, s.published, "", None, "", s.start or 0, s.end or 0)
            self.sourceChosen.emit([ref])

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.accept_button.setEnabled(chosen)
        self.dismiss_button.setEnabled(chosen)

    def accept_selected(self) -> None:
        """Record the chosen article as evidence for its item."""
        if (s := self.selected()) is not None:
            self._backend.write(accept_suggestion, s.id, label="accept suggestion")

    def dismiss_selected(self) -> None:
        """Set the chosen suggestion aside."""
        if (s := self.selected()) is not None:
            self._backend.write(dismiss_suggestion, s.id, label="dismiss suggestion")
