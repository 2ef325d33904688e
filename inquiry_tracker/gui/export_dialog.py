"""The export dialog: the items of the current filter, or the selected ones, as CSV, XLSX,
JSON or an iCalendar file.

The file is written in the background by :func:`~inquiry_tracker.services.export_file`:
never onto a database, and renamed into place only when complete.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from inquiry_tracker.gui.backend import Backend
from inquiry_tracker.services import FORMATS, Clock, ItemFilter, export_file
from inquiry_tracker.services.exports import Format
from inquiry_tracker.services.exports.ics import REMIND_DAYS
from inquiry_tracker.store import Database
from inquiry_tracker.store.queries import Order

FORMAT_NAMES = {"csv": "CSV (Excel)", "xlsx": "Excel (XLSX)", "json": "JSON", "ics": "iCalendar (ICS)"}


def export_to(
    db: Database,
    fmt: Format,
    target: Path,
    f: ItemFilter,
    ids: list[int] | None,
    clock: Clock,
    *,
    order: Order = "due",
    descending: bool = False,
    remind_days: int = REMIND_DAYS,
) -> tuple[Path, int]:
    """Export to ``target`` atomically, in the table's order; ``ids`` (the selection) wins
    over the filter. A calendar (ICS) reminds ``remind_days`` before each due date."""
    chosen = ItemFilter(ids=tuple(ids)) if ids else f
    count = export_file(db, fmt, target, chosen, order=order, descending=descending, clock=clock,
                        remind_days=remind_days)
    return target, count


class ExportDialog(QDialog):
    """Choose a format, the scope (filter or selection) and a file; export in the background.

    Signals:
        exported(str path, int count): the file was written.
    """

    exported = Signal(str, int)

    def __init__(
        self,
        backend: Backend,
        item_filter: ItemFilter,
        total: int,
        selected: list[int],
        start_dir: Path,
        parent: QWidget | None = None,
        *,
        order: Order = "due",
        descending: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("导出"))
        self.setMinimumWidth(520)
        self._backend = backend
        self._filter = item_filter
        self._selected = selected
        self._order, self._descending = order, descending
        form = QFormLayout(self)

        formats = QHBoxLayout()
        self.format_group = QButtonGroup(self)
        self.format_buttons: dict[str, QRadioButton] = {}
        for fmt in FORMATS:
            button = QRadioButton(FORMAT_NAMES.get(fmt, fmt))
            button.setObjectName(f"format_{fmt}")
            button.toggled.connect(self._format_changed)
            self.format_group.addButton(button)
            self.format_buttons[fmt] = button
            formats.addWidget(button)
        form.addRow(self.tr("格式"), formats)

        scope = QHBoxLayout()
        self.scope_filter = QRadioButton(self.tr("当前筛选的 %1 条").replace("%1", str(total)))
        self.scope_filter.setObjectName("scopeFilter")
        self.scope_selection = QRadioButton(self.tr("选中的 %1 条").replace("%1", str(len(selected))))
        self.scope_selection.setObjectName("scopeSelection")
        self.scope_selection.setEnabled(bool(selected))
        (self.scope_selection if len(selected) > 1 else self.scope_filter).setChecked(True)
        scope.addWidget(self.scope_filter)
        scope.addWidget(self.scope_selection)
        form.addRow(self.tr("范围"), scope)

        self.remind = QSpinBox()
        self.remind.setObjectName("remindDays")
        self.remind.setRange(0, 60)
        self.remind.setValue(REMIND_DAYS)
        self.remind.setSuffix(self.tr(" 天前提醒"))
        self.remind.setToolTip(self.tr("日历事件在到期日前几天提醒(0 = 到期当天)"))
        self.remind.setEnabled(False)
        form.addRow(self.tr("日历提醒"), self.remind)

        path_row = QHBoxLayout()
        self.path = QLineEdit(str(start_dir / "问政追踪.csv"))
        self.path.setObjectName("exportPath")
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(self._browse)
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        form.addRow(self.tr("文件"), path_row)

        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        form.addRow(self.status)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.export_button = QPushButton(self.tr("导出"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.reject)
        buttons.addWidget(self.export_button)
        buttons.addWidget(close)
        form.addRow(buttons)
        self.format_buttons["csv"].setChecked(True)

    def fmt(self) -> str:
        """The chosen format."""
        return next(f for f, b in self.format_buttons.items() if b.isChecked())

    def _format_changed(self, checked: bool) -> None:
        if not checked:
            return
        path = Path(self.path.text())
        self.path.setText(str(path.with_suffix("." + self.fmt())))
        self.remind.setEnabled(self.fmt() == "ics")

    def _browse(self) -> None:
        fmt = self.fmt()
        name, _ = QFileDialog.getSaveFileName(self, self.tr("导出到"), self.path.text(), f"{FORMAT_NAMES[fmt]} (*.{fmt})")
        if name:
            self.path.setText(name)

    def start_export(self) -> None:
        """Write the file in the background."""
        target = Path(self.path.text().strip()).expanduser()
        if not target.name:
            self.status.setText(self.tr("请填写文件名"))
            return
        ids = self._selected if self.scope_selection.isChecked() else None
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("正在导出…"))
        self._backend.read(
            export_to,
            self.fmt(),
            target,
            self._filter,
            ids,
            self._backend.clock,
            order=self._order,
            descending=self._descending,
            remind_days=self.remind.value(),
            done=self._done,
            error=self._failed,
            label="export",
        )

    def _done(self, result: tuple[Path, int]) -> None:
        path, count = result
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("已导出 %1 条 → %2").replace("%1", str(count)).replace("%2", str(path)))
        self.exported.emit(str(path), count)

    def _failed(self, err: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("导出失败:%1").replace("%1", str(err)))
