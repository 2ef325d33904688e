"""The review inbox (reject, edit, merge, accept all) and the dashboard's figures."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from gui_helpers import SEED, click_row, click_tab, row_with, type_text
from PySide6.QtCore import Qt
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
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 0 and w.model.rowCount() == 5)
    assert w.tabs.tabText(TAB_INBOX) == "收件箱"
    assert "收件箱是空的" in inbox.summary.text()


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
