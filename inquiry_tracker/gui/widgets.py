"""Small widget helpers shared by several views: named buttons, dropping files on a widget."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

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
