"""The review inbox: candidates the reader found in recent imports, waiting for a person.

Each row shows what was extracted and the sentence it came from; below the list, the
source document with the candidate's span highlighted. A reviewer accepts (it becomes
tracked), edits (fixes what the reader got wrong), rejects (a false positive), merges two
candidates that are the same exchange, or accepts everything at once. Below the candidates,
articles suggested as evidence for open items (:mod:`inquiry_tracker.gui.suggestions`).
The count of what waits for review is announced so the window can show it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inquiry_tracker.gui.actions import EditItemDialog
from inquiry_tracker.gui.backend import Backend
from inquiry_tracker.gui.i18n import kind_label
from inquiry_tracker.gui.source_view import SourceView
from inquiry_tracker.gui.suggestions import SuggestionsPanel
from inquiry_tracker.gui.widgets import RowListModel, add_button
from inquiry_tracker.services import (
    Changes,
    ItemFilter,
    ItemRow,
    accept,
    edit_item,
    get_item,
    list_items,
    merge,
    reject,
)

PENDING = ItemFilter(statuses=("pending",))


def source_sentence(row: ItemRow) -> str:
    """The extracted sentence to show in the list: the promise clause, else the question."""
    it = row.item
    return (it.statement or it.question or it.reply or "").replace("\n", " ")


class InboxModel(RowListModel):
    """Pending candidates in import order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ItemRow] = []
        self.headers = [self.tr("类型"), self.tr("事项"), self.tr("责任部门"), self.tr("期限原文"), self.tr("到期日"), self.tr("原文句子")]

    def cells(self, row: ItemRow) -> list[str]:
        it = row.item
        return [
            kind_label(it.kind),
            it.subject,
            it.department_canonical or it.department or "",
            it.deadline_expr or "",
            it.due.isoformat() if it.due else "",
            source_sentence(row),
        ]

    def tooltip(self, row: ItemRow, column: int) -> str | None:
        return source_sentence(row) if column == 5 else None

    def row_id(self, row: ItemRow) -> int:
        return row.item.id


class InboxView(QWidget):
    """The review inbox.

    Signals:
        countChanged(int waiting): candidates plus suggested evidence waiting for review.
        loaded(): the list was (re)loaded.
    """

    countChanged = Signal(int)
    loaded = Signal()

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inbox")
        self._backend = backend
        self.dialog: EditItemDialog | None = None
        #: the open "accept all?" question, if any
        self.confirm_box: QMessageBox | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setObjectName("inboxSummary")
        top.addWidget(self.summary, 1)
        self.accept_button = add_button(top, "acceptButton", self.tr("采纳 (A)"), self.accept_selected)
        self.edit_button = add_button(top, "editButton", self.tr("编辑… (E)"), self.edit_selected)
        self.reject_button = add_button(top, "rejectButton", self.tr("驳回 (R)"), self.reject_selected)
        self.merge_button = add_button(top, "mergeButton", self.tr("合并 (M)"), self.merge_selected)
        self.accept_all_button = add_button(top, "acceptAllButton", self.tr("全部采纳"), self.accept_all)
        layout.addLayout(top)

        split = QSplitter(Qt.Orientation.Vertical)
        self.model = InboxModel(self)
        self.table = QTableView()
        self.table.setObjectName("inboxTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for col, width in enumerate((60, 200, 180, 90, 100)):
            header.resizeSection(col, width)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        split.addWidget(self.table)
        self.suggestions = SuggestionsPanel(backend)
        self.suggestions.setVisible(False)
        split.addWidget(self.suggestions)
        self.source = SourceView(backend)
        split.addWidget(self.source)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setStretchFactor(2, 2)
        self.suggestions.sourceChosen.connect(self.source.set_sources)
        self.suggestions.countChanged.connect(self._suggestions_counted)
        self._pending = 0
        self._suggested = 0
        layout.addWidget(split, 1)

        for key, slot in (("A", self.accept_selected), ("E", self.edit_selected), ("R", self.reject_selected), ("M", self.merge_selected)):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        del_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        del_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        del_shortcut.activated.connect(self.reject_selected)

        backend.changed.connect(self._on_changes)
        self._update_buttons()

    # ------------------------------------------------------------------ loading
    def reload(self) -> None:
        """Load the pending candidates and the suggested evidence (in the background)."""
        self._backend.read(
            list_items, PENDING, limit=None, order="id", clock=self._backend.clock, done=self._loaded, label="inbox"
        )
        self.suggestions.reload()

    def _suggestions_counted(self, n: int) -> None:
        self._suggested = n
        self.countChanged.emit(self._pending + self._suggested)

    def _loaded(self, page: Any) -> None:
        selected = set(self.selected_ids())
        self.model.set_rows(page.rows)
        for r, row in enumerate(page.rows):
            if row.item.id in selected:
                self.table.selectRow(r)
        if not self.selected_ids() and page.rows:
            self.table.selectRow(0)
        n = len(page.rows)
        self.summary.setText(self.tr("待审核 %n 条:新导入的候选条目,采纳后进入追踪表", "", n) if n else self.tr("收件箱是空的:没有待审核的条目"))
        self._update_buttons()
        self._pending = n
        self.countChanged.emit(self._pending + self._suggested)
        self.loaded.emit()

    def _on_changes(self, changes: Changes) -> None:
        if changes.kinds & {"item.created", "item.review", "item.merged", "item.fields"}:
            self.reload()

    # ------------------------------------------------------------------ selection
    def selected_ids(self) -> list[int]:
        """Ids of the selected candidates, in list order."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.rows[r].item.id for r in rows if r < len(self.model.rows)]

    def _selection_changed(self, *_args: object) -> None:
        ids = self.selected_ids()
        self._update_buttons()
        if len(ids) == 1:
            detail, _row = self._backend.now(get_item, ids[0], clock=self._backend.clock)
            self.source.set_sources(detail.sources)

    def _update_buttons(self) -> None:
        n = len(self.selected_ids())
        self.accept_button.setEnabled(n > 0)
        self.reject_button.setEnabled(n > 0)
        self.edit_button.setEnabled(n == 1)
        self.merge_button.setEnabled(n == 2)
        self.accept_all_button.setEnabled(bool(self.model.rows))

    # ------------------------------------------------------------------ actions
    def accept_selected(self) -> None:
        """Accept the selected candidates."""
        if ids := self.selected_ids():
            self._backend.write(accept, ids, label="accept", author=self._backend.author)

    def reject_selected(self) -> None:
        """Reject the selected candidates."""
        if ids := self.selected_ids():
            self._backend.write(reject, ids, label="reject", author=self._backend.author)

    def accept_all(self) -> None:
        """Ask, saying how many, then accept every pending candidate."""
        ids = [r.item.id for r in self.model.rows]
        if not ids:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("全部采纳"),
            self.tr("采纳全部 %n 条候选条目?采纳后进入追踪表。", "", len(ids)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("acceptAllQuestion")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        self.confirm_box = box

        def answered(result: int) -> None:
            self.confirm_box = None
            box.deleteLater()
            if result == QMessageBox.StandardButton.Yes:
                self._backend.write(accept, ids, label="accept all", author=self._backend.author)

        box.finished.connect(answered)
        box.open()

    def merge_selected(self) -> None:
        """Merge the second selected candidate into the first."""
        ids = self.selected_ids()
        if len(ids) == 2:
            self._backend.write(merge, ids[0], ids[1], label="merge", author=self._backend.author)

    def _closed(self, dialog: EditItemDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        self.window().activateWindow()

    def edit_selected(self) -> None:
        """Correct the selected candidate's fields."""
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        row = next(r for r in self.model.rows if r.item.id == ids[0])
        dialog = EditItemDialog(row.item, self)
        self.dialog = dialog
        version = row.item.version

        def save() -> None:
            values = dialog.values()
            if values:
                self._backend.write(
                    edit_item, row.item.id, values, expected_version=version, label="edit", author=self._backend.author
                )

        dialog.accepted.connect(save)
        dialog.finished.connect(lambda _r: self._closed(dialog))
        dialog.open()
