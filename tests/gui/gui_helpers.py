"""Helpers for GUI tests: find rows, click cells and toolbar actions, drop files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QContextMenuEvent, QDragEnterEvent, QDropEvent, QInputMethodEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QTabWidget,
    QToolBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

#: the seed with seven items (published 2020-05-08 in 株洲日报)
SEED = "003_f8cd4d66258a3e9a.txt"


def click_action(qtbot: QtBot, toolbar: QToolBar, action: QAction) -> None:
    """Click the toolbar button of ``action``."""
    button = toolbar.widgetForAction(action)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_check(qtbot: QtBot, box: QAbstractButton) -> None:
    """Click a check box on its indicator (its widget may be wider than box and label)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def click_tab(qtbot: QtBot, tabs: QTabWidget, index: int) -> None:
    """Click tab ``index`` of ``tabs``."""
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def row_with(view: QAbstractItemView, column: int, text: str) -> int:
    """The first row of ``view`` whose ``column`` shows ``text``."""
    model = view.model()
    for r in range(model.rowCount()):
        if model.index(r, column).data() == text:
            return r
    raise AssertionError(f"no row shows {text!r} in column {column}")


def click_row(qtbot: QtBot, view: QAbstractItemView, row: int, column: int = 1, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Click a cell of ``view`` (scrolled into view first)."""
    index = view.model().index(row, column)
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget``: ASCII as key clicks, Chinese as an input method commits it.

    QTest can only synthesise ASCII keys (it asserts on anything else); Chinese reaches a
    widget as an input-method commit, so that is what is sent for each non-ASCII run.
    """
    run = ""
    for ch in text + "\0":
        if ch != "\0" and ord(ch) >= 128:
            run += ch
            continue
        if run:
            event = QInputMethodEvent()
            event.setCommitString(run)
            QApplication.sendEvent(widget, event)
            run = ""
        if ch == "\n":
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        elif ch != "\0":
            qtbot.keyClicks(widget, ch)


def drop_files(target: QWidget, paths: list[Path]) -> None:
    """Drop local files on ``target`` as a file manager would."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    where = QPointF(20, 20)
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(where, *args)
    assert QApplication.sendEvent(target, enter) and enter.isAccepted()
    QApplication.sendEvent(target, QDropEvent(where, *args))


def right_click(qtbot: QtBot, widget: QWidget, pos: QPoint) -> None:
    """A right click as the window system delivers it: the button, then the context menu event
    (QTest's synthetic clicks do not produce the second)."""
    qtbot.mouseClick(widget, Qt.MouseButton.RightButton, pos=pos)
    QApplication.sendEvent(widget, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, widget.mapToGlobal(pos)))
