"""Small widget helpers shared by several views: named buttons, dropping files on a widget,
a read-only table of plain rows."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton


def add_button(row: QHBoxLayout, name: str, text: str, slot: Callable[..., Any]) -> QPushButton:
    """A push button with an object name (tests find it by name) appended to ``row``."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.clicked.connect(slot)
    row.addWidget(button)
    return button


def dropped_paths(event: QDropEvent | QDragEnterEvent) -> list[Path]:
    """Local files and folders carried by a drag."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]


class PathDropTarget:
    """Mixin for a QWidget that accepts files and folders dropped on it.

    The widget calls ``setAcceptDrops(True)`` and implements :meth:`take_dropped`.
    """

    def take_dropped(self, paths: list[Path]) -> None:
        raise NotImplementedError

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 — Qt's name
        if dropped_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 — Qt's name
        paths = dropped_paths(event)
        if paths:
            event.acceptProposedAction()
            self.take_dropped(paths)


Index = QModelIndex | QPersistentModelIndex


class RowListModel(QAbstractTableModel):
    """A read-only table over a list of plain rows (the inbox's candidates, suggestions).

    Subclasses set ``headers`` (translated in their own ``__init__``) and implement
    :meth:`cells`; :meth:`tooltip` and :meth:`row_id` (the user role) are optional.
    """

    rows: list[Any]
    headers: list[str]

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def cells(self, row: Any) -> list[str]:
        raise NotImplementedError

    def tooltip(self, row: Any, column: int) -> str | None:
        return None

    def row_id(self, row: Any) -> Any:
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 — Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return self.row_id(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells(row)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, index.column())
        return None
