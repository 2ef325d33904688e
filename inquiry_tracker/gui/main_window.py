"""The main window: the tracking table with its facets and detail pane, the review inbox and
the dashboard, as three tabs under one toolbar with the search box.

It wires the views together — facets and search text make the table's filter (debounced
while typing), the selection feeds the detail pane, a department clicked on the dashboard
filters the table — and opens the import, export and settings dialogs. Files dropped on
the window go to the import dialog. Geometry, splitters and column widths are saved in
the settings it was given.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QWidget,
)

from inquiry_tracker.gui.actions import AssignDialog, VerdictDialog
from inquiry_tracker.gui.backend import Backend
from inquiry_tracker.gui.brief_dialog import BriefDialog
from inquiry_tracker.gui.dashboard import Dashboard
from inquiry_tracker.gui.detail import DetailPane
from inquiry_tracker.gui.errors import ErrorReporter
from inquiry_tracker.gui.export_dialog import ExportDialog
from inquiry_tracker.gui.facets import FacetSidebar
from inquiry_tracker.gui.i18n import days_text, vocab_text
from inquiry_tracker.gui.import_dialog import ImportDialog
from inquiry_tracker.gui.import_tasks import ImportOutcome
from inquiry_tracker.gui.inbox import InboxView
from inquiry_tracker.gui.item_model import ItemTableModel
from inquiry_tracker.gui.settings import AppSettings, SettingsDialog
from inquiry_tracker.gui.sorting import DEFAULT_COLUMN
from inquiry_tracker.gui.widgets import PathDropTarget
from inquiry_tracker.services import (
    ItemFilter,
    assign_many,
    facet_values,
    find_item_ids,
    set_verdicts,
)
from inquiry_tracker.services.scorecard import UNNAMED

log = logging.getLogger("inquiry_tracker.gui")

SEARCH_DEBOUNCE_MS = 40  # Chinese input arrives as whole committed words; a short pause suffices
COLUMN_WIDTHS = (56, 230, 190, 96, 100, 96, 78, 72, 110, 96)
#: verdict shortcuts: Ctrl+1 … Ctrl+7
VERDICT_KEYS = ("kept", "partial", "delayed", "broken", "unverifiable", "in_progress", "withdrawn")
TAB_TABLE, TAB_INBOX, TAB_DASHBOARD = range(3)
DAYS_COLUMN = 5


class MainWindow(PathDropTarget, QMainWindow):
    """The application window.

    Signals:
        settingsApplied(bool database_changed, bool language_changed): the settings dialog
            saved changes the composition root must act on (reopen, retranslate).
        filterApplied(): the table's filter was (re)applied.
        sourceOpened(str url): a source was handed to the system's viewer.
    """

    settingsApplied = Signal(bool, bool)
    filterApplied = Signal()
    sourceOpened = Signal(str)

    def __init__(self, backend: Backend, settings: AppSettings, reporter: ErrorReporter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("问政追踪") + f" — {backend.where}")
        self.setAcceptDrops(True)
        self.backend = backend
        self.settings = settings
        self.reporter = reporter
        self.import_dialog: ImportDialog | None = None
        #: the item the reporter chose (kept by id across reloads; None: nothing chosen)
        self._chosen_id: int | None = None
        self._resetting = False
        self._scroll = 0
        self.export_dialog: ExportDialog | None = None
        self.settings_dialog: SettingsDialog | None = None
        # bound methods, not lambdas: the runner outlives a window rebuilt for a new language,
        # and Qt drops a bound method's connection when its window is deleted
        backend.runner.taskFailed.connect(self._task_failed)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filter)

        self._build_toolbar()
        self._build_tabs()
        self._build_status()
        self._build_shortcuts()
        self._restore_layout()
        self.apply_filter()
        # the rest once the table is usable: start-up answers the first page first
        self.model.loaded.connect(self._after_first_load, Qt.ConnectionType.SingleShotConnection)

    def _after_first_load(self, _total: int) -> None:
        if self.backend.runner.closed:
            return  # the window was closed before its first page arrived
        self.inbox.reload()
        self.facets.reload_values()

    # ------------------------------------------------------------------ building
    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("工具栏"))
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        self.addToolBar(bar)
        self.import_action = self._action(bar, self.tr("导入…"), QKeySequence.StandardKey.Open, self.open_import)
        self.export_action = self._action(bar, self.tr("导出…"), QKeySequence("Ctrl+E"), self.open_export)
        self.refresh_action = self._action(bar, self.tr("刷新"), QKeySequence.StandardKey.Refresh, self.refresh)
        self.settings_action = self._action(bar, self.tr("设置…"), QKeySequence("Ctrl+,"), self.open_settings)
        self.brief_action = self._action(bar, self.tr("简报…"), QKeySequence("Ctrl+B"), lambda: self.open_brief())
        self.undo_action = self._action(bar, self.tr("撤销"), QKeySequence.StandardKey.Undo, self.undo)
        self.undo_action.setEnabled(False)
        bar.addSeparator()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("搜索事项、部门、原文… (Ctrl+F)"))
        self.search.setMinimumWidth(320)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        bar.addWidget(self.search)
        self.search_action = QAction(self.tr("搜索"), self)
        self.search_action.setShortcut(QKeySequence.StandardKey.Find)
        self.search_action.triggered.connect(self.focus_search)
        self.addAction(self.search_action)

    def _action(self, bar: QToolBar, text: str, key: QKeySequence | QKeySequence.StandardKey, slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        action.setToolTip(f"{text} ({QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(slot)
        bar.addAction(action)
        return action

    def _build_tabs(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.setCentralWidget(self.tabs)

        self.facets = FacetSidebar(self.backend)
        self.facets.changed.connect(self._debounce.start)
        self.model = ItemTableModel(self.backend)
        self.model.loaded.connect(self._loaded)
        self.model.completed.connect(self._restore_selection)
        self.model.modelAboutToBeReset.connect(self._before_reset)
        self.model.modelReset.connect(self._after_reset)
        self.table = QTableView()
        self.table.setObjectName("itemTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # the indicator first: enabling sorting sorts by it at once (the model's own order)
        self.table.horizontalHeader().setSortIndicator(DEFAULT_COLUMN, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(False)
        header = self.table.horizontalHeader()
        for col, width in enumerate(COLUMN_WIDTHS):
            # never narrower than the header's own text (English headers are longer)
            self.table.setColumnWidth(col, max(width, header.sectionSizeHint(col)))
        # the days column holds "逾期 26 天" / "26 days overdue": as wide as a long one
        widest = self.table.fontMetrics().horizontalAdvance(days_text(-365)) + 24
        self.table.setColumnWidth(DAYS_COLUMN, max(self.table.columnWidth(DAYS_COLUMN), widest))
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._row_menu)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.menu: QMenu | None = None
        self.brief_dialog: BriefDialog | None = None
        self.bulk_dialog: QWidget | None = None
        self.detail = DetailPane(self.backend)
        self.detail.undoable.connect(self.undo_action.setEnabled)
        self.undo_action.setEnabled(self.backend.last_entry is not None)

        self.work_splitter = QSplitter(Qt.Orientation.Vertical)
        self.work_splitter.setObjectName("workSplitter")
        self.work_splitter.addWidget(self.table)
        self.work_splitter.addWidget(self.detail)
        self.work_splitter.setStretchFactor(0, 3)
        self.work_splitter.setStretchFactor(1, 2)
        self.work_splitter.setSizes([430, 380])
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.facets)
        self.splitter.addWidget(self.work_splitter)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([220, 1280])
        self.tabs.addTab(self.splitter, self.tr("追踪表"))

        self.inbox = InboxView(self.backend)
        self.inbox.countChanged.connect(self._inbox_count)
        self.tabs.addTab(self.inbox, self.tr("收件箱"))
        self.dashboard = Dashboard(self.backend)
        self.dashboard.departmentClicked.connect(self.show_department)
        self.dashboard.progressClicked.connect(self.show_progress)
        self.tabs.addTab(self.dashboard, self.tr("统计"))

    def _build_status(self) -> None:
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.inbox_label = QLabel()
        self.inbox_label.setObjectName("inboxLabel")
        self.busy_label = QLabel()
        self.statusBar().addWidget(self.count_label)
        self.statusBar().addWidget(self.inbox_label)
        self.statusBar().addPermanentWidget(self.busy_label)
        self.statusBar().addPermanentWidget(QLabel(self.backend.where))
        self.backend.runner.busyChanged.connect(self._busy_changed)

    def _busy_changed(self, busy: bool) -> None:
        self.busy_label.setText(self.tr("后台处理中…") if busy else "")

    def _task_failed(self, _task: object, err: BaseException) -> None:
        self.reporter.report(err, self)

    def _build_shortcuts(self) -> None:
        def shortcut(keys: str, slot: object) -> None:
            s = QShortcut(QKeySequence(keys), self)
            s.activated.connect(slot)

        shortcut("J", lambda: self.move_selection(1))
        shortcut("K", lambda: self.move_selection(-1))
        shortcut("Ctrl+Down", lambda: self.move_selection(1))
        shortcut("Ctrl+Up", lambda: self.move_selection(-1))
        shortcut("Ctrl+T", lambda: self.tabs.setCurrentIndex(TAB_TABLE))
        shortcut("Ctrl+I", lambda: self.tabs.setCurrentIndex(TAB_INBOX))
        shortcut("Ctrl+D", lambda: self.tabs.setCurrentIndex(TAB_DASHBOARD))
        shortcut("Escape", self._escape)
        for n, verdict in enumerate(VERDICT_KEYS, start=1):
            shortcut(f"Ctrl+{n}", lambda v=verdict: self.detail.open_verdict(v))

    # ------------------------------------------------------------------ filtering
    def apply_filter(self) -> None:
        """Give the table the filter the facets and the search box describe."""
        self._debounce.stop()
        self.model.set_filter(self.facets.item_filter(self.search.text()))
        self.filterApplied.emit()

    def refresh(self) -> None:
        """Reload everything from the database."""
        self.model.refresh()
        self.inbox.reload()
        self.facets.reload_values()
        self.detail.reload()
        if self.tabs.currentIndex() == TAB_DASHBOARD:
            self.dashboard.reload()

    def undo(self) -> None:
        """Withdraw the last verdict, 延期, assignment or note of this session."""
        if self.detail.undo_last():
            self.undo_action.setEnabled(False)
            self.statusBar().showMessage(self.tr("已撤销上一步(记录保留,划线显示)"), 8000)

    def focus_search(self) -> None:
        """Put the cursor in the search box."""
        self.tabs.setCurrentIndex(TAB_TABLE)
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _escape(self) -> None:
        if self.search.hasFocus():
            self.search.clear()
            self.table.setFocus()

    def show_department(self, name: str) -> None:
        """Show the table filtered to one department (未注明: the items with none)."""
        self.tabs.setCurrentIndex(TAB_TABLE)
        self.facets.set_department("" if name == UNNAMED else name)
        self.apply_filter()

    def show_progress(self, progress: str, due_within: int) -> None:
        """Show overdue items, or items due within N days."""
        self.tabs.setCurrentIndex(TAB_TABLE)
        self.facets.set_progress(progress or None, due_within or None)
        self.apply_filter()

    # ------------------------------------------------------------------ selection
    def _before_reset(self) -> None:
        self._resetting = True
        self._scroll = self.table.verticalScrollBar().value()

    def _after_reset(self) -> None:
        self._resetting = False
        self.table.verticalScrollBar().setValue(self._scroll)

    def _loaded(self, total: int) -> None:
        self.count_label.setText(self.tr("共 %n 条", "", total))
        self._restore_selection()

    def _restore_selection(self) -> None:
        """Select the chosen item again where it is now; nothing when it left the listing."""
        keep = self._chosen_id
        row = self.model.row_of(keep) if keep is not None else None
        if row is not None:
            current = self.table.selectionModel().currentIndex()
            if not (current.isValid() and current.row() == row and self.table.selectionModel().isRowSelected(row)):
                self.select_row(row)
            elif self.detail.item_id != keep:
                self.detail.show_item(keep)
        elif keep is None or self.model.complete:
            self.table.selectionModel().clear()
            self._chosen_id = None
            if self.detail.item_id is not None:
                self.detail.show_item(None)  # the item left the listing: show nothing rather than another

    def select_row(self, row: int) -> None:
        """Make ``row`` current and selected, and show it in the detail pane."""
        if not 0 <= row < self.model.rowCount():
            return
        index = self.model.index(row, 1)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)

    def move_selection(self, step: int) -> None:
        """Select the next (``step`` 1) or previous (-1) item."""
        if self.tabs.currentIndex() != TAB_TABLE or self.model.rowCount() == 0:
            return
        current = self.table.selectionModel().currentIndex()
        row = current.row() + step if current.isValid() else 0
        self.select_row(max(0, min(self.model.rowCount() - 1, row)))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._resetting:
            return  # the model is being replaced: the choice stands until the new rows say otherwise
        item_id = self.model.item_id(current.row()) if current.isValid() else None
        self._chosen_id = item_id
        if item_id != self.detail.item_id:
            self.detail.show_item(item_id)

    def selected_ids(self) -> list[int]:
        """Ids of the selected rows, in table order."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [i for r in rows if (i := self.model.item_id(r)) is not None]

    def _inbox_count(self, n: int) -> None:
        self.tabs.setTabText(TAB_INBOX, self.tr("收件箱 (%1)").replace("%1", str(n)) if n else self.tr("收件箱"))
        self.inbox_label.setText(self.tr("· 待审核 %n 条", "", n) if n else "")

    # ------------------------------------------------------------------ dialogs
    def open_import(self, paths: list[Path] | None = None) -> ImportDialog:
        """Show the import dialog (adding ``paths`` to its preview)."""
        if self.import_dialog is None:
            self.import_dialog = ImportDialog(self.backend, self)
            self.import_dialog.importFinished.connect(self._imported)
            self.import_dialog.finished.connect(self._import_closed)
        self.import_dialog.show()
        self.import_dialog.raise_()
        if paths:
            self.import_dialog.add_paths(paths)
        return self.import_dialog

    def _imported(self, outcome: ImportOutcome) -> None:
        if outcome.summary.new_items:
            self.statusBar().showMessage(self.tr("导入完成:%1").replace("%1", outcome.summary.describe(vocab_text)), 10000)

    def _import_closed(self, _result: int) -> None:
        if self.import_dialog is not None:
            self.import_dialog.deleteLater()
            self.import_dialog = None

    def open_export(self) -> ExportDialog:
        """Show the export dialog for the current filter and selection."""
        dialog = ExportDialog(
            self.backend,
            self.model.item_filter,
            self.model.rowCount(),
            self.selected_ids(),
            Path.home(),
            self,
            order=self.model.sort_key,
            descending=self.model.descending,
        )
        dialog.exported.connect(lambda path, n: self.statusBar().showMessage(self.tr("已导出 %n 条 → %1", "", n).replace("%1", path), 8000))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def open_settings(self) -> SettingsDialog:
        """Show the settings dialog."""
        dialog = SettingsDialog(self.settings, self.backend.runner, self.backend.where, self)
        dialog.accepted.connect(lambda: self.settingsApplied.emit(*dialog.save()))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    # ------------------------------------------------------------------ menus and briefs
    def _popup(self, menu: QMenu, where: QPoint) -> None:
        self.menu = menu
        menu.popup(where)

    def _row_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        if not self.table.selectionModel().isRowSelected(index.row()):
            self.select_row(index.row())
        ids = self.selected_ids()
        menu = QMenu(self)
        menu.setObjectName("rowMenu")
        menu.addAction(self.tr("复制引用"), self.detail.copy_citation)
        menu.addAction(self.tr("打开原文"), self.open_source)
        menu.addSeparator()
        menu.addAction(self.tr("简报(本条)"), lambda: self.open_brief("item"))
        if len(ids) > 1:
            menu.addAction(self.tr("简报(所选 %n 条)", "", len(ids)), lambda: self.open_brief("selection"))
        if self.detail.department_name():
            menu.addAction(self.tr("简报(部门:%1)").replace("%1", self.detail.department_name()), lambda: self.open_brief("department"))
        menu.addSeparator()
        menu.addAction(self.tr("指派所选…"), self.bulk_assign)
        menu.addAction(self.tr("核实结论(所选)…"), self.bulk_verdict)
        menu.addAction(self.tr("导出所选…"), self.open_export)
        self._popup(menu, self.table.viewport().mapToGlobal(pos))

    def _header_menu(self, pos: QPoint) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        menu.setObjectName("columnMenu")
        shown = [c for c in range(self.model.columnCount()) if not header.isSectionHidden(c)]
        for col in range(self.model.columnCount()):
            action = menu.addAction(str(self.model.headerData(col, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(col))
            action.setEnabled(not (len(shown) == 1 and col in shown))  # keep one column
            action.toggled.connect(lambda on, c=col: self.show_column(c, on))
        self._popup(menu, header.mapToGlobal(pos))

    def show_column(self, column: int, shown: bool) -> None:
        """Show or hide a column of the table (remembered with the layout)."""
        self.table.horizontalHeader().setSectionHidden(column, not shown)

    def open_source(self) -> None:
        """Open the shown item's first source (its file, or its URL) in the system's viewer."""
        row = self.detail.row
        origin = next((s.origin for s in self.detail.sources_shown() if s.origin), None) if row else None
        if not origin:
            return
        url = QUrl(origin) if "://" in origin else QUrl.fromLocalFile(origin)
        self.sourceOpened.emit(url.toString())
        QDesktopServices.openUrl(url)

    def brief_ids(self, scope: str) -> tuple[list[int], str]:
        """The items of a brief and its title: the shown ``item``, the ``selection`` or the
        shown item's ``department``."""
        item_id = self.detail.item_id
        if scope == "selection" and len(self.selected_ids()) > 1:
            ids = self.selected_ids()
            return ids, self.tr("所选 %n 条", "", len(ids))
        if scope == "department" and (dept := self.detail.department_name()):
            ids = self.backend.now(find_item_ids, ItemFilter(department=dept), clock=self.backend.clock)
            return ids, dept
        return ([item_id] if item_id is not None else []), (self.detail.row.item.subject if self.detail.row else "")

    def open_brief(self, scope: str | None = None) -> BriefDialog | None:
        """Show the story brief of the selection (several rows) or of the shown item."""
        scope = scope or ("selection" if len(self.selected_ids()) > 1 else "item")
        ids, title = self.brief_ids(scope)
        if not ids:
            return None
        dialog = BriefDialog(self.backend, ids, title, Path.home(), self)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.saved.connect(lambda path, _n: self.statusBar().showMessage(self.tr("简报已保存:%1").replace("%1", path), 8000))
        self.brief_dialog = dialog
        dialog.open()
        return dialog

    def bulk_assign(self) -> None:
        """Assign every selected item to one reporter."""
        ids = self.selected_ids()
        if not ids:
            return
        dialog = AssignDialog(None, self.backend.now(facet_values, "assignee"), self)
        dialog.setWindowTitle(self.tr("指派所选 %n 条", "", len(ids)))
        self._bulk(dialog, lambda v: self.backend.write(assign_many, ids, v["assignee"], author=self.backend.author))

    def bulk_verdict(self) -> None:
        """One verdict with one note on every selected item."""
        ids = self.selected_ids()
        if not ids:
            return
        dialog = VerdictDialog("kept", self.backend.clock(), self)
        dialog.setWindowTitle(self.tr("核实结论(所选 %n 条)", "", len(ids)))
        self._bulk(dialog, lambda v: self.backend.write(set_verdicts, ids, author=self.backend.author, clock=self.backend.clock, **v))

    def _bulk(self, dialog: QDialog, on_ok: Callable[[dict[str, Any]], object]) -> None:
        self.bulk_dialog = dialog
        dialog.accepted.connect(lambda: on_ok(dialog.values()))  # type: ignore[attr-defined]
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()

    # ------------------------------------------------------------------ drag and drop
    def take_dropped(self, paths: list[Path]) -> None:
        self.open_import(paths)

    # ------------------------------------------------------------------ layout memory
    def _restore_layout(self) -> None:
        s = self.settings
        if (geometry := s.blob("main/geometry")) is not None:
            self.restoreGeometry(geometry)
        else:
            screen = self.screen().availableGeometry()
            self.resize(min(1560, int(screen.width() * 0.96)), min(940, int(screen.height() * 0.94)))
        if (state := s.blob("main/state")) is not None:
            self.restoreState(state)
        if (split := s.blob("main/splitter")) is not None:
            self.splitter.restoreState(split)
        if (work := s.blob("main/workSplitter")) is not None:
            self.work_splitter.restoreState(work)
        if (detail := s.blob("main/detailSplitter")) is not None:
            self.detail.splitter.restoreState(detail)
        if (header := s.blob("main/header")) is not None:
            self.table.horizontalHeader().restoreState(header)

    def save_layout(self) -> None:
        """Remember geometry, splitters and column widths."""
        s = self.settings
        s.set_blob("main/geometry", self.saveGeometry())
        s.set_blob("main/state", self.saveState())
        s.set_blob("main/splitter", self.splitter.saveState())
        s.set_blob("main/workSplitter", self.work_splitter.saveState())
        s.set_blob("main/detailSplitter", self.detail.splitter.saveState())
        s.set_blob("main/header", self.table.horizontalHeader().saveState())
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._debounce.stop()  # no filter after the window (and maybe its runner) is gone
        if self.import_dialog is not None and self.import_dialog.importing:
            self.import_dialog.cancel()
        self.save_layout()
        super().closeEvent(event)
