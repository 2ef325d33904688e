"""The reporter's day, end to end through the window: import → inbox → accept → verdict;
延期 then time passes; filter and search; export."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from gui_helpers import (
    SEED,
    click_action,
    click_check,
    click_row,
    click_tab,
    drop_files,
    row_with,
    type_text,
)
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QLineEdit, QToolBar
from pytestqt.qtbot import QtBot

from inquiry_tracker import services as svc
from inquiry_tracker.gui.actions import DueDialog, VerdictDialog
from inquiry_tracker.gui.import_dialog import COL_DATE, COL_OUTLET
from inquiry_tracker.gui.item_model import OVERDUE_BG
from inquiry_tracker.gui.main_window import TAB_DASHBOARD, TAB_INBOX, TAB_TABLE, MainWindow

pytestmark = pytest.mark.gui

SUBJECT, VERDICT, DAYS, OUTLET = 1, 6, 5, 8


def toolbar(window: MainWindow) -> QToolBar:
    bar = window.findChild(QToolBar, "mainToolbar")
    assert isinstance(bar, QToolBar)
    return bar


def test_import_inbox_accept_verdict_kept(qtbot: QtBot, window: MainWindow, seeds_dir: Path) -> None:
    assert window.model.rowCount() == 0
    # drop the seed on the window: the import dialog opens and previews it
    drop_files(window, [seeds_dir / SEED])
    dialog = window.import_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=30_000)
    assert dialog.table.item(0, COL_DATE).text() == "2020-05-08"
    assert dialog.table.item(0, COL_OUTLET).text() == "株洲日报"

    # the reporter corrects the outlet before anything is stored
    rect = dialog.table.visualItemRect(dialog.table.item(0, COL_OUTLET))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(dialog.table, Qt.Key.Key_F2)  # start editing the cell
    editor = dialog.table.viewport().findChild(QLineEdit)
    assert editor is not None
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, editor, "株洲晚报")
    assert editor.text() == "株洲晚报"
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop turn
    qtbot.waitUntil(lambda: dialog.docs[0].outlet == "株洲晚报")

    with qtbot.waitSignal(dialog.importFinished, timeout=30_000) as finished:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert len(finished.args[0].summary.new_items) == 7
    qtbot.waitUntil(lambda: window.tabs.tabText(TAB_INBOX).endswith("(7)"))
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert window.model.rowCount() == 0  # new items wait in the inbox

    click_tab(qtbot, window.tabs, TAB_INBOX)
    inbox = window.inbox
    click_row(qtbot, inbox.table, row_with(inbox.table, 1, "森林路开放"))
    assert "森林路" in inbox.source.highlighted_text()
    qtbot.mouseClick(inbox.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.tabs.tabText(TAB_INBOX).endswith("(6)") and window.model.rowCount() == 1)

    click_tab(qtbot, window.tabs, TAB_TABLE)
    with qtbot.waitSignal(window.detail.loaded):
        click_row(qtbot, window.table, 0)
    assert window.model.index(0, OUTLET).data() == "株洲晚报"
    qtbot.mouseClick(window.detail.verdict_button, Qt.MouseButton.LeftButton)
    verdict = window.detail.dialog
    assert isinstance(verdict, VerdictDialog) and verdict.isVisible()
    assert verdict.verdict.currentData() == "kept"
    type_text(qtbot, verdict.note, "现场走访:森林路已通车")
    with qtbot.waitSignal(window.model.loaded, timeout=10_000):
        qtbot.mouseClick(verdict.ok_button, Qt.MouseButton.LeftButton)
    assert window.model.index(0, VERDICT).data() == "已兑现"
    assert "已兑现" in window.detail.badges.text()
    assert window.detail.timeline.count() >= 2  # review + verdict entries

    # the kept facet lists it
    with qtbot.waitSignal(window.model.loaded, timeout=10_000):
        click_check(qtbot, window.facets.verdict_boxes["kept"])
    assert window.model.rowCount() == 1


def test_moved_due_date_becomes_overdue(qtbot: QtBot, demo_window: MainWindow) -> None:
    w = demo_window
    row = row_with(w.table, SUBJECT, "森林路开放")
    with qtbot.waitSignal(w.detail.loaded):
        click_row(qtbot, w.table, row)
    assert w.model.index(row, DAYS).data() == "剩 21 天"  # due 2020-05-31, today 2020-05-10

    qtbot.mouseClick(w.detail.due_button, Qt.MouseButton.LeftButton)
    dialog = w.detail.dialog
    assert isinstance(dialog, DueDialog)
    dialog.due.setDate(QDate(2020, 6, 15))
    type_text(qtbot, dialog.note, "区政府通报:雨季延误")
    type_text(qtbot, dialog.announced, "株洲日报 2020-05-28")
    with qtbot.waitSignal(w.model.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    row = row_with(w.table, SUBJECT, "森林路开放")
    assert w.model.index(row, 4).data() == "2020-06-15"
    assert w.model.index(row, VERDICT).data() == "已延期"
    assert w.model.index(row, DAYS).data() == "剩 36 天"
    assert "原定 2020-05-31" in w.detail.deadline_note.text()

    # time passes: the injected clock moves past the new date
    w.backend.clock = svc.fixed(date(2020, 6, 20))
    with qtbot.waitSignal(w.model.loaded, timeout=10_000):
        qtbot.keyClick(w.table, Qt.Key.Key_F5)
    row = row_with(w.table, SUBJECT, "森林路开放")
    assert w.model.index(row, DAYS).data() == "逾期 5 天"
    assert w.model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) == OVERDUE_BG
    with qtbot.waitSignal(w.model.loaded, timeout=10_000):
        click_check(qtbot, w.facets.progress_boxes["overdue"])
    assert "森林路开放" in [w.model.index(r, SUBJECT).data() for r in range(w.model.rowCount())]


def test_filter_and_search(qtbot: QtBot, demo_window: MainWindow) -> None:
    w = demo_window
    assert w.model.rowCount() == 8
    with qtbot.waitSignal(w.model.loaded, timeout=10_000):
        type_text(qtbot, w.search, "森林")
    assert [w.model.index(r, SUBJECT).data() for r in range(w.model.rowCount())] == ["森林路开放"]
    with qtbot.waitSignal(w.model.loaded, timeout=10_000):
        qtbot.keyClick(w.search, Qt.Key.Key_Escape)
    assert w.model.rowCount() == 8

    with qtbot.waitSignal(w.model.loaded, timeout=10_000):
        click_check(qtbot, w.facets.kind_boxes["promise"])
    assert w.model.rowCount() == 3
    assert {w.model.index(r, 0).data() for r in range(w.model.rowCount())} == {"承诺"}

    # a department clicked on the dashboard filters the table
    qtbot.mouseClick(w.facets.clear_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(w.dashboard.loaded, timeout=10_000):
        click_tab(qtbot, w.tabs, TAB_DASHBOARD)
    table = w.dashboard.table
    row = row_with(table, 0, "天元区人民政府")
    with qtbot.waitSignal(w.model.loaded, timeout=10_000):
        click_row(qtbot, table, row, column=0)
    assert w.tabs.currentIndex() == TAB_TABLE
    assert [w.model.index(r, SUBJECT).data() for r in range(w.model.rowCount())] == ["森林路开放"]
    # and so does a bar of the chart
    click_tab(qtbot, w.tabs, TAB_DASHBOARD)
    chart = w.dashboard.chart
    first = chart.scores[0].department
    with qtbot.waitSignal(w.model.loaded, timeout=10_000):
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.bar_rect(0).center())
    assert w.facets.department.currentText() == first


def test_export_writes_the_file(qtbot: QtBot, demo_window: MainWindow, tmp_path: Path) -> None:
    w = demo_window
    click_action(qtbot, toolbar(w), w.export_action)
    dialog = w.export_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.mouseClick(dialog.format_buttons["xlsx"], Qt.MouseButton.LeftButton)
    target = tmp_path / "跟踪.xlsx"
    dialog.path.clear()
    type_text(qtbot, dialog.path, str(target))
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as done:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert done.args == [str(target), 8]
    from openpyxl import load_workbook

    sheet = load_workbook(target).active
    assert sheet is not None and sheet.max_row == 9

    # two selected rows as CSV (UTF-8 with BOM), in the table's order (here: by subject)
    header = w.table.horizontalHeader()
    with qtbot.waitSignal(w.model.loaded, timeout=10_000):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(header.sectionViewportPosition(SUBJECT) + 20, header.height() // 2))
    click_row(qtbot, w.table, 3)
    click_row(qtbot, w.table, 6, modifier=Qt.KeyboardModifier.ControlModifier)
    selected = w.selected_ids()
    assert len(selected) == 2
    click_action(qtbot, toolbar(w), w.export_action)
    dialog = w.export_dialog
    assert dialog is not None and dialog.scope_selection.isChecked()
    target = tmp_path / "selection.csv"
    dialog.path.clear()
    type_text(qtbot, dialog.path, str(target))
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == 3 and rows[0][0] == "编号"
    assert [int(r[0]) for r in rows[1:]] == selected
    assert not (tmp_path / "selection.csv.part").exists()


def test_a_calendar_export_reminds_the_days_the_reporter_chose(qtbot: QtBot, demo_window: MainWindow, tmp_path: Path) -> None:
    w = demo_window
    click_action(qtbot, toolbar(w), w.export_action)
    dialog = w.export_dialog
    assert dialog is not None and not dialog.remind.isEnabled()  # only a calendar reminds
    qtbot.mouseClick(dialog.format_buttons["ics"], Qt.MouseButton.LeftButton)
    assert dialog.remind.isEnabled()
    dialog.remind.selectAll()
    qtbot.keyClicks(dialog.remind.lineEdit(), "7")
    target = tmp_path / "提醒.ics"
    dialog.path.clear()
    type_text(qtbot, dialog.path, str(target))
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    text = target.read_text(encoding="utf-8")
    assert "TRIGGER;RELATED=START:-P7D" in text and "-P3D" not in text
