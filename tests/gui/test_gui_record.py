"""Issue 12, correcting the record: a note or verdict is corrected or withdrawn, the timeline
keeps both (the old one struck through, with who and when); undo withdraws the last action."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from gui_helpers import click_action, click_row, row_with, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QToolBar
from pytestqt.qtbot import QtBot

from inquiry_tracker import services as svc
from inquiry_tracker.gui.actions import CorrectDialog, VerdictDialog, WithdrawDialog
from inquiry_tracker.gui.main_window import MainWindow
from inquiry_tracker.store import Database, InvalidChangeError

pytestmark = pytest.mark.gui

SUBJECT, VERDICT, ASSIGNEE = 1, 6, 7


def _entries(timeline: QListWidget) -> list[tuple[str, bool]]:
    return [(timeline.item(i).text(), timeline.item(i).font().strikeOut()) for i in range(timeline.count())]


def _click_entry(qtbot: QtBot, timeline: QListWidget, text: str) -> None:
    for i in range(timeline.count()):
        if text in timeline.item(i).text():
            rect = timeline.visualItemRect(timeline.item(i))
            qtbot.mouseClick(timeline.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            return
    raise AssertionError(f"no timeline entry shows {text!r}")


def _open_road(qtbot: QtBot, w: MainWindow) -> None:
    w.backend.author = "李记者"
    with qtbot.waitSignal(w.detail.loaded):
        click_row(qtbot, w.table, row_with(w.table, SUBJECT, "森林路开放"))
    w.detail.tabs.setCurrentIndex(1)


def test_a_wrong_verdict_is_corrected_and_both_stay(qtbot: QtBot, demo_window: MainWindow) -> None:
    w = demo_window
    _open_road(qtbot, w)
    qtbot.keyClick(w.table, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    dialog = w.detail.dialog
    assert isinstance(dialog, VerdictDialog)
    type_text(qtbot, dialog.note, "已通车")
    with qtbot.waitSignal(w.detail.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "已兑现" in w.detail.badges.text()

    _click_entry(qtbot, w.detail.timeline, "已通车")
    assert w.detail.correct_button.isEnabled()
    qtbot.mouseClick(w.detail.correct_button, Qt.MouseButton.LeftButton)
    fix = w.detail.dialog
    assert isinstance(fix, CorrectDialog)
    fix.verdict.setCurrentIndex(fix.verdict.findData("partial"))
    fix.note.clear()
    type_text(qtbot, fix.note, "只通了半幅")
    with qtbot.waitSignal(w.detail.loaded, timeout=10_000):
        qtbot.mouseClick(fix.ok_button, Qt.MouseButton.LeftButton)
    assert "部分兑现" in w.detail.badges.text()
    entries = _entries(w.detail.timeline)
    old = next(e for e in entries if "已通车" in e[0])
    new = next(e for e in entries if "只通了半幅" in e[0])
    assert old[1] and "已更正" in old[0] and "李记者" in old[0]
    assert not new[1] and "更正" in new[0] and "部分兑现" in new[0]
    # a struck-through entry cannot be corrected again
    _click_entry(qtbot, w.detail.timeline, "已通车")
    assert not w.detail.correct_button.isEnabled() and not w.detail.withdraw_button.isEnabled()


def test_withdrawing_an_assignment_gives_the_item_back(qtbot: QtBot, demo_window: MainWindow) -> None:
    w = demo_window
    _open_road(qtbot, w)
    item_id = w.detail.item_id
    assert item_id is not None
    w.backend.now(svc.assign, item_id, "王记者")
    with qtbot.waitSignal(w.model.loaded, timeout=10_000):
        qtbot.keyClick(w.table, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: "王记者" in " ".join(t for t, _ in _entries(w.detail.timeline)))
    _click_entry(qtbot, w.detail.timeline, "王记者")
    qtbot.mouseClick(w.detail.withdraw_button, Qt.MouseButton.LeftButton)
    dialog = w.detail.dialog
    assert isinstance(dialog, WithdrawDialog)
    type_text(qtbot, dialog.reason, "派错了人")
    with qtbot.waitSignal(w.model.completed, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    row = row_with(w.table, SUBJECT, "森林路开放")
    assert w.model.index(row, ASSIGNEE).data() == ""
    entries = _entries(w.detail.timeline)
    assert any(struck and "王记者" in text and "已撤回" in text for text, struck in entries)
    assert any("派错了人" in text and not struck for text, struck in entries)


def test_undo_withdraws_the_last_action(qtbot: QtBot, demo_window: MainWindow) -> None:
    w = demo_window
    _open_road(qtbot, w)
    assert not w.undo_action.isEnabled()
    qtbot.keyClick(w.table, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)  # 推进中
    dialog = w.detail.dialog
    assert isinstance(dialog, VerdictDialog)
    with qtbot.waitSignal(w.detail.undoable, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "推进中" in w.detail.badges.text())
    bar = w.findChild(QToolBar, "mainToolbar")
    assert isinstance(bar, QToolBar) and w.undo_action.isEnabled()
    with qtbot.waitSignal(w.detail.loaded, timeout=10_000):
        click_action(qtbot, bar, w.undo_action)
    assert "待核实" in w.detail.badges.text()
    assert not w.undo_action.isEnabled()
    entries = _entries(w.detail.timeline)
    assert any(struck and "推进中" in text for text, struck in entries)
    assert any("撤回" in text and "撤销" in text and not struck for text, struck in entries)


def test_withdraw_rules(demo_db_path: Path) -> None:
    with Database.open(f"sqlite:///{demo_db_path}", backup=False) as db:
        road = next(r.item for r in svc.list_items(db, svc.ItemFilter()).rows if r.item.subject == "森林路开放")
        first = svc.change_due(db, road.id, date(2020, 6, 30), note="延期").follow_ups[0]
        second = svc.change_due(db, road.id, date(2020, 7, 31), note="再延期").follow_ups[0]
        with pytest.raises(InvalidChangeError):
            svc.withdraw_entry(db, first)  # a later 延期 stands
        svc.withdraw_entry(db, second)
        assert svc.get_item(db, road.id)[0].item.due == date(2020, 6, 30)
        svc.withdraw_entry(db, first)
        item = svc.get_item(db, road.id)[0].item
        assert item.due == date(2020, 5, 31) and item.verdict == "unchecked"
        with pytest.raises(InvalidChangeError):
            svc.withdraw_entry(db, first)  # already withdrawn
