"""The window itself: keyboard shortcuts, remembered layout, edit conflicts, language."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import make_window
from gui_helpers import click_row, row_with, type_text
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from inquiry_tracker import services as svc
from inquiry_tracker.gui.actions import VerdictDialog
from inquiry_tracker.gui.backend import Backend
from inquiry_tracker.gui.errors import ErrorReporter
from inquiry_tracker.gui.i18n import install_language, remove_language
from inquiry_tracker.gui.main_window import TAB_INBOX, TAB_TABLE, MainWindow
from inquiry_tracker.gui.settings import AppSettings

pytestmark = pytest.mark.gui


def test_keyboard_navigation_and_shortcuts(qtbot: QtBot, demo_window: MainWindow) -> None:
    w = demo_window
    with qtbot.waitSignal(w.detail.loaded):
        click_row(qtbot, w.table, 0)
    assert w.detail.item_id == w.model.item_id(0)
    for key, modifier, row in (
        (Qt.Key.Key_J, Qt.KeyboardModifier.NoModifier, 1),
        (Qt.Key.Key_J, Qt.KeyboardModifier.NoModifier, 2),
        (Qt.Key.Key_K, Qt.KeyboardModifier.NoModifier, 1),
        (Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier, 2),
        (Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier, 1),
    ):
        with qtbot.waitSignal(w.detail.loaded):
            qtbot.keyClick(w.table, key, modifier)
        assert w.detail.item_id == w.model.item_id(row)

    # Ctrl+F puts the cursor in the search box; typing j there types, it does not move
    qtbot.keyClick(w.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert w.search.hasFocus()
    qtbot.keyClicks(w.search, "j")
    assert w.search.text() == "j" and w.detail.item_id == w.model.item_id(1)
    w.search.clear()

    # Ctrl+1 opens the verdict dialog preset to 已兑现
    qtbot.keyClick(w.table, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    dialog = w.detail.dialog
    assert isinstance(dialog, VerdictDialog) and dialog.verdict.currentData() == "kept"
    dialog.reject()

    qtbot.keyClick(w.table, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert w.tabs.currentIndex() == TAB_INBOX
    qtbot.keyClick(w, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert w.tabs.currentIndex() == TAB_TABLE

    # Ctrl+O opens the import dialog
    qtbot.keyClick(w.table, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert w.import_dialog is not None and w.import_dialog.isVisible()
    w.import_dialog.reject()


def test_layout_and_column_widths_are_remembered(
    qtbot: QtBot, demo_backend: Backend, settings: AppSettings, reporter: ErrorReporter, tmp_path: Path
) -> None:
    w = make_window(qtbot, demo_backend, settings, reporter)
    w.resize(720, 580)
    size = w.size()
    w.table.setColumnWidth(1, 321)
    w.splitter.setSizes([260, 450])
    sizes = w.splitter.sizes()
    w.close()
    assert (tmp_path / "gui.ini").exists()
    again = make_window(qtbot, demo_backend, settings, reporter)
    assert again.table.columnWidth(1) == 321
    assert again.size() == size
    assert again.splitter.sizes() == sizes


def test_stale_edit_is_refused_and_reloaded(qtbot: QtBot, demo_window: MainWindow) -> None:
    w = demo_window
    row = row_with(w.table, 1, "森林路开放")
    with qtbot.waitSignal(w.detail.loaded):
        click_row(qtbot, w.table, row)
    item_id = w.detail.item_id
    assert item_id is not None
    qtbot.mouseClick(w.detail.verdict_button, Qt.MouseButton.LeftButton)
    dialog = w.detail.dialog
    assert isinstance(dialog, VerdictDialog)
    # meanwhile a colleague records a note-free verdict on the same item
    w.backend.now(svc.set_verdict, item_id, "in_progress", note="同事:施工中", clock=w.backend.clock)
    type_text(qtbot, dialog.note, "已通车")
    with qtbot.waitSignal(w.reporter.shown, timeout=10_000) as shown, qtbot.waitSignal(w.detail.conflict):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "他人修改" in shown.args[0]
    assert "推进中" in w.detail.badges.text()  # reloaded: the colleague's verdict shows
    box = w.reporter.last_box
    assert box is not None
    box.close()


def test_known_errors_get_clear_messages_and_bugs_the_log_path(qtbot: QtBot, demo_window: MainWindow) -> None:
    w = demo_window
    with qtbot.waitSignal(w.reporter.shown) as shown:
        w.backend.write(svc.set_verdict, 999_999, "kept", note="x")
    assert "找不到" in shown.args[0] or "999999" in shown.args[1]
    with qtbot.waitSignal(w.reporter.shown) as shown:
        w.backend.runner.submit(lambda _ctx: 1 / 0, label="bug")
    assert shown.args[0] == "意外错误"
    assert str(w.reporter.log_path) in shown.args[1]
    assert w.reporter.last_box is not None and "ZeroDivisionError" in w.reporter.last_box.detailedText()
    w.reporter.last_box.close()


def test_english_interface(qtbot: QtBot, demo_backend: Backend, settings: AppSettings, reporter: ErrorReporter) -> None:
    translator = install_language("en")
    try:
        assert QCoreApplication.translate("anything", "追踪表") == "Tracker"
        w = make_window(qtbot, demo_backend, settings, reporter)
        assert w.tabs.tabText(TAB_TABLE) == "Tracker"
        assert w.model.headerData(6, Qt.Orientation.Horizontal) == "Verdict"
        assert w.model.index(0, 0).data() in ("Inquiry", "Promise")
        assert w.facets.verdict_boxes["kept"].text() == "Kept"
    finally:
        remove_language(translator)
    assert QApplication.translate("x", "追踪表") == "追踪表"
