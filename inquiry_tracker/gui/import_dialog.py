"""The import dialog: choose files, a folder or pasted text, check each document, import.

Adding documents starts a background preview: one row per document with the detected
publication date (and how it was found) and outlet — both editable — and the number of
candidates the reader found, or the reason a file cannot be read. Nothing is stored until
"导入" is pressed; the import then runs on the writer thread with a progress bar and a
cancel button, and each row shows what became of its document. Bad files are listed with
their reasons and never stop the batch.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inquiry_tracker.gui.backend import Backend
from inquiry_tracker.gui.i18n import vocab_text
from inquiry_tracker.gui.import_tasks import (
    ImportOutcome,
    PreviewDoc,
    expand_paths,
    import_previewed,
    preview_paths,
    preview_text,
)
from inquiry_tracker.gui.runner import Task
from inquiry_tracker.gui.widgets import PathDropTarget

COL_NAME, COL_DATE, COL_BASIS, COL_OUTLET, COL_ITEMS, COL_STATUS = range(6)
BAD = QColor("#b3261e")


class ImportDialog(PathDropTarget, QDialog):
    """Files, folder or pasted text → preview → background import.

    Signals:
        previewReady(int documents): the preview of the added documents finished.
        importFinished(object outcome): the import ended (an ``ImportOutcome``).
    """

    previewReady = Signal(int)
    importFinished = Signal(object)

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("导入新闻稿"))
        self.setAcceptDrops(True)
        self.resize(980, 560)
        self._backend = backend
        self.docs: list[PreviewDoc] = []
        self._preview_task: Task | None = None
        self._import_task: Task | None = None
        self._filling = False
        layout = QVBoxLayout(self)

        sources = QTabWidget()
        files_tab = QWidget()
        row = QHBoxLayout(files_tab)
        self.add_files_button = QPushButton(self.tr("添加文件…"))
        self.add_files_button.clicked.connect(self._choose_files)
        self.add_folder_button = QPushButton(self.tr("添加文件夹…"))
        self.add_folder_button.clicked.connect(self._choose_folder)
        self.remove_button = QPushButton(self.tr("移除所选"))
        self.remove_button.clicked.connect(self._remove_selected)
        hint = QLabel(self.tr("支持 .txt(UTF-8/GB18030/UTF-16)、.html、.docx、.pdf;也可以把文件或文件夹拖到这里。"))
        hint.setWordWrap(True)
        for w in (self.add_files_button, self.add_folder_button, self.remove_button):
            row.addWidget(w)
        row.addWidget(hint, 1)
        sources.addTab(files_tab, self.tr("文件"))
        paste_tab = QWidget()
        paste_layout = QVBoxLayout(paste_tab)
        self.paste = QPlainTextEdit()
        self.paste.setObjectName("pasteText")
        self.paste.setPlaceholderText(self.tr("在此粘贴一篇报道或网络问政栏目的全文"))
        paste_layout.addWidget(self.paste)
        self.paste_button = QPushButton(self.tr("预览粘贴的文本"))
        self.paste_button.setObjectName("previewPaste")
        self.paste_button.clicked.connect(self.add_pasted)
        paste_layout.addWidget(self.paste_button, 0, Qt.AlignmentFlag.AlignRight)
        sources.addTab(paste_tab, self.tr("粘贴文本"))
        sources.setFixedHeight(150)
        row.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(sources)

        self.table = QTableWidget(0, 6)
        self.table.setObjectName("previewTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("文档"), self.tr("发布日期"), self.tr("日期来源"), self.tr("媒体"), self.tr("候选条目"), self.tr("状态")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for col, width in ((COL_NAME, 240), (COL_DATE, 110), (COL_BASIS, 90), (COL_OUTLET, 140), (COL_ITEMS, 80)):
            header.resizeSection(col, width)
        header.setSectionResizeMode(COL_STATUS, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._edited)
        layout.addWidget(self.table, 1)

        self.accept_box = QCheckBox(self.tr("直接采纳新条目(跳过收件箱)"))
        self.accept_box.setObjectName("acceptDirectly")
        layout.addWidget(self.accept_box)
        bottom = QHBoxLayout()
        self.status = QLabel(self.tr("添加文档后先预览,确认日期和媒体再导入。"))
        self.status.setObjectName("importStatus")
        bottom.addWidget(self.status, 1)
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setVisible(False)
        bottom.addWidget(self.progress)
        self.import_button = QPushButton(self.tr("导入"))
        self.import_button.setObjectName("importButton")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button = QPushButton(self.tr("取消导入"))
        self.cancel_button.setObjectName("cancelImport")
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button = QPushButton(self.tr("关闭"))
        self.close_button.clicked.connect(self.reject)
        for w in (self.import_button, self.cancel_button, self.close_button):
            bottom.addWidget(w)
        layout.addLayout(bottom)
        self._update_buttons()

    # ------------------------------------------------------------------ adding documents
    def document_filter(self) -> str:
        """The file dialog's filter: every kind of document the reader takes."""
        return self.tr("新闻稿 (*.txt *.html *.htm *.mhtml *.mht *.docx *.pdf);;所有文件 (*)")

    def _choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("选择文档"), "", self.document_filter())
        if files:
            self.add_paths([Path(f) for f in files])

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择文件夹"))
        if folder:
            self.add_paths([Path(folder)])

    def add_paths(self, paths: list[Path]) -> None:
        """Preview these files and folders (folders are searched for documents)."""
        files = expand_paths(paths)
        if files:
            self._preview(lambda ctx: preview_paths(ctx, files), len(files))

    def add_pasted(self) -> None:
        """Preview the pasted text as one document."""
        text = self.paste.toPlainText()
        if text.strip():
            self._preview(lambda ctx: preview_text(ctx, text), 1)

    def _preview(self, fn: object, count: int) -> None:
        self.status.setText(self.tr("正在预览 %1 个文档…").replace("%1", str(count)))
        self.progress.setRange(0, count)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self._preview_task = self._backend.runner.submit(
            fn,  # type: ignore[arg-type]
            label="import preview",
            done=self._previewed,
            error=self._task_failed,
            progress=self._progress,
        )
        self._update_buttons()

    def _previewed(self, docs: list[PreviewDoc]) -> None:
        self._preview_task = None
        self.progress.setVisible(False)
        self.docs.extend(docs)
        self._fill()
        bad = sum(1 for d in self.docs if not d.ok)
        items = sum(d.candidates for d in self.docs)
        self.status.setText(
            self.tr("%1 个文档,%2 个候选条目,%3 个文件无法读取。请核对发布日期和媒体,然后导入。")
            .replace("%1", str(len(self.docs)))
            .replace("%2", str(items))
            .replace("%3", str(bad))
        )
        self._update_buttons()
        self.previewReady.emit(len(self.docs))

    def _remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()}, reverse=True)
        for r in rows:
            del self.docs[r]
        self._fill()
        self._update_buttons()

    # ------------------------------------------------------------------ the preview table
    def _fill(self) -> None:
        self._filling = True
        try:
            self.table.setRowCount(len(self.docs))
            for r, d in enumerate(self.docs):
                self._cell(r, COL_NAME, d.name, editable=False, tip=d.origin)
                self._cell(r, COL_DATE, d.published.isoformat() if d.published else "", editable=d.ok)
                basis = {"header": self.tr("版面日期"), "inferred": self.tr("正文推断"), "given": self.tr("手动指定")}.get(d.basis, self.tr("未知"))
                self._cell(r, COL_BASIS, basis if d.ok else "", editable=False)
                self._cell(r, COL_OUTLET, d.outlet or "", editable=d.ok)
                self._cell(r, COL_ITEMS, str(d.candidates) if d.ok else "", editable=False)
                status = self._status_text(d)
                cell = self._cell(r, COL_STATUS, status, editable=False, tip=status)
                if not d.ok or d.status.startswith("failed"):
                    cell.setForeground(BAD)
        finally:
            self._filling = False

    def _cell(self, row: int, col: int, text: str, editable: bool, tip: str | None = None) -> QTableWidgetItem:
        cell = QTableWidgetItem(text)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        cell.setFlags(flags)
        if tip:
            cell.setToolTip(tip)
        self.table.setItem(row, col, cell)
        return cell

    def _status_text(self, d: PreviewDoc) -> str:
        if d.error and not d.status:
            return self.tr("无法读取:%1").replace("%1", d.error)
        if not d.status:
            if d.published is None:
                return self.tr("未找到发布日期:相对期限(如“5月底”)将无法换算,请填写")
            return self.tr("待导入")
        kind, _, rest = d.status.partition(":")
        if kind == "imported":
            new, _, reprints = rest.partition(":")
            return self.tr("已导入:新条目 %1,转载 %2").replace("%1", new).replace("%2", reprints)
        if kind == "duplicate":
            return self.tr("已导入过,跳过")
        if kind == "cancelled":
            return self.tr("已取消")
        return self.tr("失败:%1").replace("%1", rest)

    def _edited(self, cell: QTableWidgetItem) -> None:
        if self._filling:
            return
        r, col = cell.row(), cell.column()
        if not 0 <= r < len(self.docs):
            return
        d = self.docs[r]
        text = cell.text().strip()
        if col == COL_OUTLET:
            d.outlet = text or None
        elif col == COL_DATE:
            try:
                d.published = date.fromisoformat(text) if text else d.detected_published
                d.basis = "given" if d.published != d.detected_published else d.basis
            except ValueError:
                self.status.setText(self.tr("日期格式应为 YYYY-MM-DD:%1").replace("%1", text))
            self._fill()

    # ------------------------------------------------------------------ importing
    def start_import(self) -> None:
        """Store the previewed documents in the background."""
        pending = [d for d in self.docs if not d.status]
        if not pending or self.importing:
            return
        self.progress.setRange(0, len(pending))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.status.setText(self.tr("正在导入…"))
        accept = self.accept_box.isChecked()
        self._pending = pending
        self._import_task = self._backend.task(
            lambda ctx, db: import_previewed(ctx, db, pending, accept),
            label="import",
            done=self._imported,
            error=self._task_failed,
            progress=self._progress,
        )
        self._update_buttons()

    @property
    def importing(self) -> bool:
        """Whether an import is running."""
        return self._import_task is not None

    def cancel(self) -> None:
        """Stop the running preview or import after the current document."""
        for task in (self._preview_task, self._import_task):
            if task is not None:
                task.cancel()
        self.status.setText(self.tr("正在取消…"))

    def _imported(self, outcome: ImportOutcome) -> None:
        self._import_task = None
        self.progress.setVisible(False)
        for d, status in zip(self._pending, outcome.statuses, strict=False):
            d.status = status
        self._fill()
        self.status.setText(outcome.summary.describe(vocab_text))
        self._update_buttons()
        self.importFinished.emit(outcome)

    def _task_failed(self, _err: BaseException) -> None:
        self._preview_task = self._import_task = None
        self.progress.setVisible(False)
        self.status.setText(self.tr("已停止。"))
        self._update_buttons()

    def _progress(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        self.progress.setFormat(f"%v / %m  {name}")

    def _update_buttons(self) -> None:
        busy = self._preview_task is not None or self._import_task is not None
        self.import_button.setEnabled(not busy and any(not d.status and d.ok for d in self.docs))
        self.cancel_button.setEnabled(busy)
        self.close_button.setEnabled(self._import_task is None)

    # ------------------------------------------------------------------ drag and drop, closing
    def take_dropped(self, paths: list[Path]) -> None:
        self.add_paths(paths)

    def reject(self) -> None:
        if self._import_task is not None:
            return  # cancel first; closing must not hide a running import
        if self._preview_task is not None:
            self._preview_task.cancel()
        super().reject()
