"""Header clicks sort in the query; the source-date facet; 未注明 on the dashboard."""

from __future__ import annotations

from datetime import date

import pytest
from gui_helpers import click_row, click_tab, row_with
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from inquiry_tracker import services as svc
from inquiry_tracker.gui.main_window import TAB_DASHBOARD, TAB_TABLE, MainWindow
from inquiry_tracker.gui.sorting import SORT_KEYS
from inquiry_tracker.services.scorecard import UNNAMED

pytestmark = pytest.mark.gui

SUBJECT = 1


def click_header(qtbot: QtBot, window: MainWindow, column: int) -> None:
    """Click the table's header on ``column`` and wait for the re-sorted id list."""
    header = window.table.horizontalHeader()
    pos = QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2, header.height() // 2)
    with qtbot.waitSignal(window.model.loaded, timeout=10_000):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_header_clicks_sort_every_column_in_the_query(qtbot: QtBot, demo_window: MainWindow) -> None:
    w = demo_window
    backend = w.backend
    header = w.table.horizontalHeader()
    for column in [c for c in range(len(SORT_KEYS)) if c != 4] + [4]:
        for _ in range(2):  # a second click reverses the order
            click_header(qtbot, w, column)
            descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
            assert (header.sortIndicatorSection(), w.model.sort_key, w.model.descending) == (
                column,
                SORT_KEYS[column],
                descending,
            )
            want = backend.now(svc.find_item_ids, w.model.item_filter, order=SORT_KEYS[column], descending=descending, clock=backend.clock)
            assert w.model.ids() == want, (SORT_KEYS[column], descending)
    # what the user sees: outlets by code point (岳 U+5CB3 before 株 U+682A), blanks last
    column = SORT_KEYS.index("outlet")
    click_header(qtbot, w, column)
    if header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder:
        click_header(qtbot, w, column)
    shown = [w.model.index(r, column).data() for r in range(w.model.rowCount())]
    assert shown[0] == "岳阳日报" and set(shown[1:]) == {"株洲日报"}


def test_source_date_facet_filters_the_table(qtbot: QtBot, demo_window: MainWindow) -> None:
    w = demo_window
    assert w.model.rowCount() == 8  # seven published 2020-05-08, one 2021-03-10; today is 2020-05-10
    with qtbot.waitSignal(w.model.loaded, timeout=10_000):
        w.facets.published.setCurrentIndex(1)  # 近7天
    assert w.model.rowCount() == 7
    assert w.facets.item_filter().published_from == date(2020, 5, 4)
    assert not w.facets.published_from.isEnabled()
    with qtbot.waitSignal(w.model.loaded, timeout=10_000):
        w.facets.set_published("custom", date(2021, 1, 1), date(2021, 12, 31))
    assert w.facets.published_from.isEnabled() and w.facets.published_to.isEnabled()
    assert [w.model.index(r, SUBJECT).data() for r in range(w.model.rowCount())] == ["智慧公交电子站牌启用"]
    with qtbot.waitSignal(w.model.loaded, timeout=10_000):
        w.facets.published_to.setDate(w.facets.published_from.date().addDays(-1))  # an empty range
    assert w.model.rowCount() == 0
    with qtbot.waitSignal(w.model.loaded, timeout=10_000):
        qtbot.mouseClick(w.facets.clear_button, Qt.MouseButton.LeftButton)
    assert w.model.rowCount() == 8 and w.facets.item_filter().published_from is None


def test_unnamed_department_on_the_dashboard_filters_to_items_without_one(qtbot: QtBot, demo_window: MainWindow) -> None:
    w = demo_window
    with qtbot.waitSignal(w.dashboard.loaded, timeout=10_000):
        click_tab(qtbot, w.tabs, TAB_DASHBOARD)
    row = row_with(w.dashboard.table, 0, UNNAMED)
    with qtbot.waitSignal(w.model.loaded, timeout=10_000):
        click_row(qtbot, w.dashboard.table, row, column=0)
    assert w.tabs.currentIndex() == TAB_TABLE
    assert w.facets.department.currentText() == UNNAMED and w.facets.item_filter().department == ""
    assert [w.model.index(r, SUBJECT).data() for r in range(w.model.rowCount())] == ["爱心大院项目竣工交付"]
    assert w.model.index(0, 2).data() == ""
