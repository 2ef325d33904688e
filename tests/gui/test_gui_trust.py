"""Issue 12, trust: the app never acts on the wrong item.

The selection is kept by item id across reloads and changes (or dropped, never moved to
another item); the search box keeps the keyboard while it filters; the verdict dialog
starts in its note; 全部采纳 asks first.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import click_row, click_tab, row_with, type_text
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from inquiry_tracker import services as svc
from inquiry_tracker.gui.actions import AssignDialog, DueDialog, VerdictDialog
from inquiry_tracker.gui.main_window import TAB_INBOX, MainWindow

pytestmark = pytest.mark.gui

SUBJECT = 1


def test_j_three_times_then_f5_keeps_the_item(qtbot: QtBot, demo_window: MainWindow) -> None:
    w = demo_window
    with qtbot.waitSignal(w.detail.loaded):
        click_row(qtbot, w.table, 0)
    for _ in range(3):
        with qtbot.waitSignal(w.detail.loaded):
            qtbot.keyClick(w.table, Qt.Key.Key_J)
    chosen = w.model.item_id(3)
    assert w.detail.item_id == chosen
    with qtbot.waitSignal(w.model.loaded, timeout=10_000):
        qtbot.keyClick(w.table, Qt.Key.Key_F5)
    assert w.detail.item_id == chosen
    assert w.selected_ids() == [chosen]
    assert w.table.currentIndex().row() == w.model.row_of(chosen)


def test_sorting_elsewhere_keeps_the_item_and_shows_it(qtbot: QtBot, demo_window: MainWindow) -> None:
    w = demo_window
    w.resize(900, 500)
    row = row_with(w.table, SUBJECT, "森林路开放")
    with qtbot.waitSignal(w.detail.loaded):
        click_row(qtbot, w.table, row)
    chosen = w.detail.item_id
    header = w.table.horizontalHeader()
    with qtbot.waitSignal(w.model.loaded, timeout=10_000):
        qtbot.mouseClick(
            header.viewport(), Qt.MouseButton.LeftButton, pos=_section_center(header, SUBJECT)
        )
    assert w.detail.item_id == chosen
    assert w.selected_ids() == [chosen]
    rect = w.table.visualRect(w.table.currentIndex())
    assert w.table.viewport().rect().intersects(rect)  # scrolled to where it went
    # then J (a new choice) and F5: the new choice stays, not the one before the sort
    start = w.table.currentIndex().row()
    step = 1 if start + 1 < w.model.rowCount() else -1
    with qtbot.waitSignal(w.detail.loaded):
        qtbot.keyClick(w.table, Qt.Key.Key_J if step == 1 else Qt.Key.Key_K)
    moved = w.detail.item_id
    assert moved != chosen
    with qtbot.waitSignal(w.model.loaded, timeout=10_000):
        qtbot.keyClick(w.table, Qt.Key.Key_F5)
    assert w.detail.item_id == moved and w.selected_ids() == [moved]


def _section_center(header, section):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint

    return QPoint(header.sectionViewportPosition(section) + 20, header.height() // 2)


@pytest.mark.parametrize("action", ["broken", "due", "assign"])
def test_detail_stays_on_the_item_after_a_change(qtbot: QtBot, demo_window: MainWindow, action: str) -> None:
    w = demo_window
    w.backend.clock = svc.fixed(QDate(2020, 7, 1).toPython())  # everything is due: 未兑现 is allowed
    with qtbot.waitSignal(w.model.loaded, timeout=10_000):
        qtbot.keyClick(w.table, Qt.Key.Key_F5)
    row = row_with(w.table, SUBJECT, "森林路开放")
    with qtbot.waitSignal(w.detail.loaded):
        click_row(qtbot, w.table, row)
    chosen = w.detail.item_id
    if action == "broken":
        qtbot.keyClick(w.table, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
        dialog = w.detail.dialog
        assert isinstance(dialog, VerdictDialog)
        type_text(qtbot, dialog.note, "现场未通车")
    elif action == "due":
        qtbot.mouseClick(w.detail.due_button, Qt.MouseButton.LeftButton)
        dialog = w.detail.dialog
        assert isinstance(dialog, DueDialog)
        dialog.due.setDate(QDate(2020, 9, 30))
        type_text(qtbot, dialog.note, "延至9月底")
    else:
        qtbot.mouseClick(w.detail.assign_button, Qt.MouseButton.LeftButton)
        dialog = w.detail.dialog
        assert isinstance(dialog, AssignDialog)
        type_text(qtbot, dialog.name.lineEdit(), "王记者")
    with qtbot.waitSignal(w.model.completed, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert w.detail.item_id == chosen
    assert w.selected_ids() == [chosen]
    # the next shortcut lands on the same item
    qtbot.keyClick(w.table, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    again = w.detail.dialog
    assert isinstance(again, VerdictDialog)
    assert w.detail.item_id == chosen
    again.reject()


def test_an_item_that_leaves_the_listing_selects_nothing(qtbot: QtBot, demo_window: MainWindow) -> None:
    w = demo_window
    row = row_with(w.table, SUBJECT, "森林路开放")
    with qtbot.waitSignal(w.detail.loaded):
        click_row(qtbot, w.table, row)
    with qtbot.waitSignal(w.model.loaded, timeout=10_000):
        type_text(qtbot, w.search, "菜市")
    assert w.model.rowCount() >= 1
    assert w.selected_ids() == []
    assert w.detail.item_id is None


def test_search_box_keeps_focus_while_filtering_and_esc_clears(qtbot: QtBot, demo_window: MainWindow) -> None:
    w = demo_window
    with qtbot.waitSignal(w.detail.loaded):
        click_row(qtbot, w.table, 0)
    qtbot.keyClick(w.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert w.search.hasFocus()
    with qtbot.waitSignal(w.model.loaded, timeout=10_000):
        qtbot.keyClicks(w.search, "2020")
    assert w.search.hasFocus()
    qtbot.keyClicks(w.search, "05")
    assert w.search.text() == "202005"
    with qtbot.waitSignal(w.filterApplied, timeout=10_000):
        pass
    assert w.search.hasFocus()
    with qtbot.waitSignal(w.model.loaded, timeout=10_000):  # the whole listing again
        qtbot.keyClick(w.search, Qt.Key.Key_Escape)
    assert w.search.text() == ""


def test_verdict_dialog_starts_in_the_note_and_needs_one(qtbot: QtBot, demo_window: MainWindow) -> None:
    w = demo_window
    w.backend.clock = svc.fixed(QDate(2020, 7, 1).toPython())
    row = row_with(w.table, SUBJECT, "森林路开放")
    with qtbot.waitSignal(w.detail.loaded):
        click_row(qtbot, w.table, row)
    qtbot.keyClick(w.table, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    dialog = w.detail.dialog
    assert isinstance(dialog, VerdictDialog)
    qtbot.waitUntil(dialog.note.hasFocus)
    # an empty note: Return does not store 未兑现
    assert not dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    # Tab leaves the note instead of typing a tab
    qtbot.keyClick(dialog.note, Qt.Key.Key_Tab)
    assert "\t" not in dialog.note.toPlainText()
    assert not dialog.note.hasFocus()
    # evidence alone is enough
    type_text(qtbot, dialog.evidence_url, "https://example.org/report")
    assert dialog.ok_button.isEnabled()
    dialog.evidence_url.clear()
    assert not dialog.ok_button.isEnabled()
    # 推进中 needs nothing
    dialog.verdict.setCurrentIndex(dialog.verdict.findData("in_progress"))
    assert dialog.ok_button.isEnabled()
    dialog.reject()


def test_the_service_refuses_a_final_verdict_without_a_note(demo_db_path: Path) -> None:
    from inquiry_tracker.store import Database, InvalidChangeError

    with Database.open(f"sqlite:///{demo_db_path}", backup=False) as db:
        item_id = svc.list_items(db, svc.ItemFilter(), limit=1).rows[0].item.id
        with pytest.raises(InvalidChangeError):
            svc.set_verdict(db, item_id, "kept", note="  ")
        svc.set_verdict(db, item_id, "kept", note="", evidence_url="https://example.org/x")
        svc.set_verdict(db, item_id, "in_progress", note="")


def test_accept_all_asks_first_and_says_how_many(qtbot: QtBot, window: MainWindow, seeds_dir: Path) -> None:
    w = window
    with svc_db(w) as db:
        svc.import_paths(db, [seeds_dir / "003_f8cd4d66258a3e9a.txt"], svc.ImportOptions(workers=1))
    w.inbox.reload()
    click_tab(qtbot, w.tabs, TAB_INBOX)
    qtbot.waitUntil(lambda: w.inbox.model.rowCount() == 7, timeout=10_000)
    qtbot.mouseClick(w.inbox.accept_all_button, Qt.MouseButton.LeftButton)
    box = w.inbox.confirm_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "7" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    assert w.inbox.model.rowCount() == 7  # nothing accepted

    qtbot.mouseClick(w.inbox.accept_all_button, Qt.MouseButton.LeftButton)
    box = w.inbox.confirm_box
    assert box is not None
    with qtbot.waitSignal(w.model.loaded, timeout=10_000):
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.model.rowCount() == 7)


def svc_db(w: MainWindow):  # type: ignore[no-untyped-def]
    """The window's database, for setting up a scene outside the GUI."""
    from contextlib import nullcontext

    return nullcontext(w.backend.now(lambda db: db))


def test_scroll_position_survives_a_reload(qtbot: QtBot, demo_window: MainWindow) -> None:
    w = demo_window
    w.resize(900, 420)
    w.work_splitter.setSizes([120, 300])  # a table a few rows high: it scrolls
    bar = w.table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    last = w.model.rowCount() - 1
    with qtbot.waitSignal(w.detail.loaded):
        click_row(qtbot, w.table, last)
    bar.setValue(bar.maximum())
    where = bar.value()
    with qtbot.waitSignal(w.model.loaded, timeout=10_000):
        qtbot.keyClick(w.table, Qt.Key.Key_F5)
    chosen = w.model.item_id(last)
    assert bar.value() == where and w.selected_ids() == [chosen]
    # a filter: the chosen item stays chosen where it is listed, else nothing is
    with qtbot.waitSignal(w.model.loaded, timeout=10_000):
        type_text(qtbot, w.search, "株洲")
    assert w.selected_ids() == ([chosen] if w.model.row_of(chosen) is not None else [])
