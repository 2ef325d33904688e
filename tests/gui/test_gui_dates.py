"""Issue 12: date fields read days as reporters type them (Ctrl+A then typing replaces the
whole date), and the due-date facet takes a custom from/to range."""

from __future__ import annotations

import pytest
from gui_helpers import click_row, row_with, type_text
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from inquiry_tracker.gui.actions import DueDialog
from inquiry_tracker.gui.facets import DUE_CUSTOM
from inquiry_tracker.gui.main_window import MainWindow

pytestmark = pytest.mark.gui

SUBJECT, DUE = 1, 4


@pytest.mark.parametrize("typed", ["2024年11月22日", "2024/11/22", "2024-11-22"])
def test_a_typed_day_replaces_the_whole_date(qtbot: QtBot, demo_window: MainWindow, typed: str) -> None:
    w = demo_window
    with qtbot.waitSignal(w.detail.loaded):
        click_row(qtbot, w.table, row_with(w.table, SUBJECT, "森林路开放"))
    qtbot.mouseClick(w.detail.due_button, Qt.MouseButton.LeftButton)
    dialog = w.detail.dialog
    assert isinstance(dialog, DueDialog)
    field = dialog.due.edit
    qtbot.waitUntil(field.hasFocus)  # the dialog starts in its date
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, field, typed)
    assert dialog.due.date() == QDate(2024, 11, 22)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.text() == "2024-11-22"
    type_text(qtbot, dialog.note, "延期")
    with qtbot.waitSignal(w.model.completed, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert w.model.index(row_with(w.table, SUBJECT, "森林路开放"), DUE).data() == "2024-11-22"


def test_not_a_day_keeps_the_last_good_one(qtbot: QtBot, demo_window: MainWindow) -> None:
    w = demo_window
    with qtbot.waitSignal(w.detail.loaded):
        click_row(qtbot, w.table, 0)
    qtbot.mouseClick(w.detail.due_button, Qt.MouseButton.LeftButton)
    dialog = w.detail.dialog
    assert isinstance(dialog, DueDialog)
    before = dialog.due.date()
    field = dialog.due.edit
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, field, "2024年2月30日")
    assert dialog.due.date() == before
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.text() == before.toString(Qt.DateFormat.ISODate)
    dialog.reject()


def test_custom_due_range(qtbot: QtBot, demo_window: MainWindow) -> None:
    w = demo_window
    facets = w.facets
    assert not facets.due_from.isEnabled()
    facets.due_window.setCurrentIndex(DUE_CUSTOM)
    assert facets.due_from.isEnabled() and facets.due_to.isEnabled()
    for field, text in ((facets.due_from, "2020年5月1日"), (facets.due_to, "2020/05/31")):
        qtbot.keyClick(field.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(qtbot, field.edit, text)
        qtbot.keyClick(field.edit, Qt.Key.Key_Return)  # typing done: the day is taken
    def dues() -> list[str]:
        return [w.model.index(r, DUE).data() for r in range(w.model.rowCount())]

    qtbot.waitUntil(lambda: w.model.item_filter.due_to is not None and w.model.item_filter.due_to.day == 31, timeout=10_000)
    qtbot.waitUntil(lambda: bool(dues()) and all("2020-05-01" <= d[:10] <= "2020-05-31" for d in dues()), timeout=10_000)
    assert len(dues()) < 8  # the later ones are gone
