"""The item table model: Qt's model tester, lazy pages, sorting in the query, row marks."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from inquiry_tracker import services as svc
from inquiry_tracker.gui.backend import Backend
from inquiry_tracker.gui.item_model import DUE_SOON_BG, OVERDUE_BG, ItemIdRole, ItemTableModel

pytestmark = pytest.mark.gui

ACCEPTED = svc.ItemFilter(statuses=("accepted",))


def loaded_model(qtbot: QtBot, backend: Backend, f: svc.ItemFilter = ACCEPTED) -> ItemTableModel:
    model = ItemTableModel(backend)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.set_filter(f)
    return model


def test_model_passes_qt_model_tester(qtbot: QtBot, qtmodeltester: ModelTester, demo_backend: Backend) -> None:
    model = loaded_model(qtbot, demo_backend)
    assert model.rowCount() == 8
    qtmodeltester.check(model, force_py=True)
    # the tester stays attached while the model resets, sorts and repaints
    with qtbot.waitSignal(model.loaded):
        model.set_filter(svc.ItemFilter(statuses=("accepted",), text="森林"))
    assert model.rowCount() == 1
    with qtbot.waitSignal(model.loaded):
        model.sort(1, Qt.SortOrder.DescendingOrder)
    with qtbot.waitSignal(model.loaded):
        model.set_filter(ACCEPTED)
    assert model.rowCount() == 8


def test_first_page_first_then_rows_lazily_by_page(qtbot: QtBot, qtmodeltester: ModelTester, demo_backend: Backend) -> None:
    model = ItemTableModel(demo_backend)
    model.FIRST, model.PAGE = 2, 3
    qtmodeltester.check(model, force_py=True)
    with qtbot.waitSignal(model.loaded) as loaded, qtbot.waitSignal(model.completed):
        model.set_filter(ACCEPTED)
    assert loaded.args == [8] and model.rowCount() == 8 and model.complete
    assert model.fetched_rows == 2  # the first answer's rows; the rest are ids only
    assert model.index(7, 1).data()  # a view asks for the last row: its page comes in
    assert model.fetched_rows == 2 + 2  # rows 6 and 7 (the page is rows 6..8)
    ids = model.ids()
    assert len(ids) == 8
    assert [model.index(r, 0).data(ItemIdRole) for r in range(len(ids))] == ids


def test_sorting_happens_in_the_query(qtbot: QtBot, demo_backend: Backend) -> None:
    model = loaded_model(qtbot, demo_backend)
    with qtbot.waitSignal(model.loaded):
        model.sort(1, Qt.SortOrder.AscendingOrder)
    subjects = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert subjects == sorted(subjects)
    with qtbot.waitSignal(model.loaded):
        model.sort(4, Qt.SortOrder.DescendingOrder)
    dues = [model.item_row(r).item.due for r in range(model.rowCount())]  # type: ignore[union-attr]
    dated = [d for d in dues if d is not None]
    assert dated == sorted(dated, reverse=True)
    assert dues[-1] is None or dues[0] is None  # undated items sit at one end


def test_overdue_and_due_soon_rows_are_marked(qtbot: QtBot, demo_backend: Backend) -> None:
    demo_backend.clock = svc.fixed(date(2020, 5, 27))  # 森林路 (5-31) due soon; none overdue yet
    model = loaded_model(qtbot, demo_backend)
    marks = {model.index(r, 1).data(): model.index(r, 0).data(Qt.ItemDataRole.BackgroundRole) for r in range(model.rowCount())}
    assert marks["森林路开放"] == DUE_SOON_BG
    demo_backend.clock = svc.fixed(date(2020, 7, 1))
    with qtbot.waitSignal(model.loaded):
        model.refresh()
    row = next(r for r in range(model.rowCount()) if model.index(r, 1).data() == "森林路开放")
    assert model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) == OVERDUE_BG
    assert model.index(row, 5).data() == "逾期 31 天"
