"""The review inbox (reject, edit, merge, accept all) and the dashboard's figures."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from gui_helpers import SEED, click_row, click_tab, row_with, type_text
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from inquiry_tracker import services as svc
from inquiry_tracker.gui.actions import EditItemDialog
from inquiry_tracker.gui.main_window import TAB_DASHBOARD, TAB_INBOX, MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def pending_window(qtbot: QtBot, window: MainWindow, seeds_dir: Path) -> MainWindow:
    """A window whose inbox holds the seven candidates of one seed."""
    window.backend.write(svc.import_paths, [seeds_dir / SEED])
    qtbot.waitUntil(lambda: window.inbox.model.rowCount() == 7, timeout=30_000)
    click_tab(qtbot, window.tabs, TAB_INBOX)
    return window


def test_reject_edit_merge_and_accept_all(qtbot: QtBot, pending_window: MainWindow) -> None:
    w = pending_window
    inbox = w.inbox
    assert w.tabs.tabText(TAB_INBOX) == "收件箱 (7)"

    click_row(qtbot, inbox.table, row_with(inbox.table, 1, "从外省到株洲需要隔离"))
    qtbot.keyClick(inbox.table, Qt.Key.Key_R)  # R rejects
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 6)

    click_row(qtbot, inbox.table, row_with(inbox.table, 1, "中南菜市场搬迁"))
    qtbot.mouseClick(inbox.edit_button, Qt.MouseButton.LeftButton)
    dialog = inbox.dialog
    assert isinstance(dialog, EditItemDialog)
    dialog.subject.clear()
    type_text(qtbot, dialog.subject, "中南菜市场搬迁进展")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: "中南菜市场搬迁进展" in [inbox.model.index(r, 1).data() for r in range(inbox.model.rowCount())]
    )

    first = row_with(inbox.table, 1, "森林路开放")
    second = row_with(inbox.table, 1, "石峰区人才补贴发放")
    click_row(qtbot, inbox.table, first)
    click_row(qtbot, inbox.table, second, modifier=Qt.KeyboardModifier.ControlModifier)
    assert inbox.merge_button.isEnabled()
    qtbot.mouseClick(inbox.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 5)

    qtbot.mouseClick(inbox.accept_all_button, Qt.MouseButton.LeftButton)
    assert inbox.confirm_box is not None and "5" in inbox.confirm_box.text()
    qtbot.mouseClick(inbox.confirm_box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 0 and w.model.rowCount() == 5)
    assert w.tabs.tabText(TAB_INBOX) == "收件箱"
    assert "收件箱是空的" in inbox.summary.text()


def test_suggested_evidence_in_the_inbox(qtbot: QtBot, window: MainWindow) -> None:
    """A later article speaking of tracked items is proposed below the candidates with its
    stance; its sentence is highlighted in the source pane; 确认 records what the stance says
    (the road kept on the day reported), with the day editable first."""
    data = Path(__file__).resolve().parents[1] / "data" / "suggest"
    window.backend.write(svc.import_paths, [data / "promises.txt"])
    inbox = window.inbox
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 3, timeout=30_000)
    window.backend.write(svc.accept, [r.item.id for r in inbox.model.rows])
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 0)
    assert not inbox.suggestions.isVisibleTo(inbox)
    window.backend.write(svc.import_paths, [data / "report.txt"])
    panel = inbox.suggestions
    # the road reported open (kept) and the market still moving by its date (progress);
    # the report's own still-open promise (预计10月完成) waits as a candidate too
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2 and inbox.model.rowCount() == 1, timeout=30_000)
    click_tab(qtbot, window.tabs, TAB_INBOX)
    pending = inbox.model.rowCount()
    assert panel.isVisible() and window.tabs.tabText(TAB_INBOX) == f"收件箱 ({pending + 2})"
    assert "证据建议 2 条" in panel.summary.text()
    road_row = next(r for r in range(2) if panel.model.index(r, 0).data().endswith("森林路开放"))
    market_row = 1 - road_row
    assert panel.model.index(road_row, 1).data() == "已兑现 2020-05-30"
    assert panel.model.index(market_row, 1).data() == "进展"
    assert panel.model.index(road_row, 3).data() == "株洲晚报 2020-06-02"
    assert not panel.accept_button.isEnabled()
    click_row(qtbot, panel.table, market_row)
    assert not panel.date.isVisibleTo(panel) and "记一条进展" in panel.action.text()
    click_row(qtbot, panel.table, road_row)
    qtbot.waitUntil(lambda: "森林路正式通车" in inbox.source.highlighted_text())
    assert panel.date.isVisibleTo(panel) and panel.date.date().toString("yyyy-MM-dd") == "2020-05-30"
    assert "记为已兑现(2020-05-30)" in panel.action.text()
    panel.date.setDate(QDate(2020, 5, 31))  # the reporter corrects the day
    window.backend.author = "李记者"  # who confirms it is kept with what it records
    assert "记为已兑现(2020-05-31)" in panel.action.text()
    road = panel.model.rows[road_row].item_id
    window.detail.show_item(road)  # the item's timeline mentions the open suggestion
    timeline = window.detail.timeline
    qtbot.waitUntil(lambda: any("待确认的证据建议" in timeline.item(r).text() for r in range(timeline.count())))
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert window.tabs.tabText(TAB_INBOX) == f"收件箱 ({pending + 1})"
    detail, _ = window.backend.now(svc.get_item, road)
    entry = detail.follow_ups[-1]
    assert entry.kind == "verdict" and entry.verdict_to == "kept" and "森林路正式通车" in (entry.note or "")
    assert entry.author == "李记者"
    assert detail.item.verdict == "kept" and detail.item.verdict_on == date(2020, 5, 31)
    # the market's progress: recorded only as evidence, its verdict stays unchecked
    click_row(qtbot, panel.table, 0)
    qtbot.mouseClick(panel.evidence_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0)
    assert not panel.isVisible()


def test_dashboard_counts_and_scorecard(qtbot: QtBot, demo_window: MainWindow) -> None:
    w = demo_window
    w.backend.clock = svc.fixed(date(2020, 5, 27))
    with qtbot.waitSignal(w.dashboard.loaded, timeout=10_000):
        click_tab(qtbot, w.tabs, TAB_DASHBOARD)
    assert w.dashboard.week_card.text().endswith("\n3")  # three items due 5-31
    assert w.dashboard.overdue_card.text().endswith("\n0")
    assert w.dashboard.month_card.text().endswith("\n3")  # 6-30 is 34 days away
    assert w.dashboard.table.rowCount() == len(w.dashboard.chart.scores) >= 5
    with qtbot.waitSignal(w.model.loaded, timeout=10_000):
        qtbot.mouseClick(w.dashboard.week_card, Qt.MouseButton.LeftButton)
    assert w.model.rowCount() == 3
