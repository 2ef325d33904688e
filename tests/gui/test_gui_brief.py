"""Issue 12, story brief and menus: a brief of an item, a department or the selection as
text and as PDF; right-click menus on rows and on the header; bulk assign and verdict."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import click_row, right_click, row_with, type_text
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from inquiry_tracker import services as svc
from inquiry_tracker.gui.actions import AssignDialog, VerdictDialog
from inquiry_tracker.gui.brief_dialog import BriefDialog
from inquiry_tracker.gui.main_window import MainWindow

pytestmark = pytest.mark.gui

SUBJECT, VERDICT, ASSIGNEE = 1, 6, 7


def right_click_row(qtbot: QtBot, w: MainWindow, row: int) -> QMenu:
    rect = w.table.visualRect(w.model.index(row, SUBJECT))
    right_click(qtbot, w.table.viewport(), rect.center())
    qtbot.waitUntil(lambda: w.menu is not None and w.menu.isVisible())
    assert w.menu is not None
    return w.menu


def choose(qtbot: QtBot, menu: QMenu, text: str) -> None:
    action = next((a for a in menu.actions() if a.text().startswith(text)), None)
    assert action is not None, [a.text() for a in menu.actions()]
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def test_brief_of_an_item_as_text_and_pdf(qtbot: QtBot, demo_window: MainWindow, tmp_path: Path) -> None:
    w = demo_window
    w.backend.clock = svc.fixed(__import__("datetime").date(2020, 6, 20))
    with qtbot.waitSignal(w.model.loaded, timeout=10_000):
        qtbot.keyClick(w.table, Qt.Key.Key_F5)
    row = row_with(w.table, SUBJECT, "森林路开放")
    with qtbot.waitSignal(w.detail.loaded):
        click_row(qtbot, w.table, row)
    menu = right_click_row(qtbot, w, row)
    choose(qtbot, menu, "简报(本条)")
    dialog = w.brief_dialog
    assert isinstance(dialog, BriefDialog)
    qtbot.waitUntil(lambda: dialog.brief is not None, timeout=10_000)
    shown = dialog.view.toPlainText()
    assert "森林路开放" in shown and "株洲日报, 2020-05-08" in shown
    with qtbot.waitSignal(dialog.copied):
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    text = QApplication.clipboard().text()
    for part in ("森林路开放", "「5月底」→ 2020-05-31", "逾期 20 天", "株洲日报, 2020-05-08", "天元区人民政府:1 条", "待核实"):
        assert part in text, part
    target = tmp_path / "brief.pdf"
    dialog.path.clear()
    type_text(qtbot, dialog.path, str(target))
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    assert saved.args[0] == str(target) and saved.args[1] >= 1
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and not (tmp_path / "brief.pdf.part").exists()
    from pypdf import PdfReader

    assert len(PdfReader(target).pages) == saved.args[1]


def test_brief_of_the_selection_and_of_a_department(qtbot: QtBot, demo_window: MainWindow) -> None:
    w = demo_window
    click_row(qtbot, w.table, 0)
    click_row(qtbot, w.table, 2, modifier=Qt.KeyboardModifier.ControlModifier)
    ids = w.selected_ids()
    assert len(ids) == 2
    qtbot.keyClick(w.table, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    dialog = w.brief_dialog
    assert isinstance(dialog, BriefDialog)
    qtbot.waitUntil(lambda: dialog.brief is not None, timeout=10_000)
    assert dialog.brief is not None and [e.detail.item.id for e in dialog.brief.entries] == ids
    dialog.reject()

    row = row_with(w.table, SUBJECT, "森林路开放")
    with qtbot.waitSignal(w.detail.loaded):
        click_row(qtbot, w.table, row)
    choose(qtbot, right_click_row(qtbot, w, row), "简报(部门")
    dialog = w.brief_dialog
    assert isinstance(dialog, BriefDialog)
    qtbot.waitUntil(lambda: dialog.brief is not None, timeout=10_000)
    assert dialog.brief is not None
    assert {e.detail.item.department_canonical for e in dialog.brief.entries} == {"天元区人民政府"}
    dialog.reject()


def test_row_menu_copies_the_citation_and_opens_the_source(qtbot: QtBot, demo_window: MainWindow) -> None:
    w = demo_window
    row = row_with(w.table, SUBJECT, "森林路开放")
    menu = right_click_row(qtbot, w, row)  # a right click selects the row under it
    assert w.model.item_id(row) == w.detail.item_id
    with qtbot.waitSignal(w.detail.copied):
        choose(qtbot, menu, "复制引用")
    assert QApplication.clipboard().text().startswith("株洲日报, 2020-05-08")
    from PySide6.QtGui import QDesktopServices

    class Catcher:
        urls: list[str] = []

    from PySide6.QtCore import QObject, Slot

    class Handler(QObject):
        @Slot("QUrl")
        def take(self, url) -> None:  # type: ignore[no-untyped-def]
            Catcher.urls.append(url.toString())

    handler = Handler()
    QDesktopServices.setUrlHandler("file", handler, "take")
    try:
        with qtbot.waitSignal(w.sourceOpened) as opened:
            choose(qtbot, right_click_row(qtbot, w, row), "打开原文")
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert opened.args[0].startswith("file:///") and opened.args[0].endswith(".txt")
    assert Catcher.urls == [opened.args[0]]


def test_header_menu_chooses_columns(qtbot: QtBot, demo_window: MainWindow) -> None:
    w = demo_window
    header = w.table.horizontalHeader()
    right_click(qtbot, header.viewport(), QPoint(header.sectionViewportPosition(3) + 10, header.height() // 2))
    qtbot.waitUntil(lambda: w.menu is not None and w.menu.isVisible())
    assert w.menu is not None
    choose(qtbot, w.menu, "期限原文")
    assert header.isSectionHidden(3)
    w.save_layout()
    assert w.settings.blob("main/header") is not None


def test_bulk_assign_and_verdict(qtbot: QtBot, demo_window: MainWindow) -> None:
    w = demo_window
    click_row(qtbot, w.table, 0)
    click_row(qtbot, w.table, 1, modifier=Qt.KeyboardModifier.ControlModifier)
    click_row(qtbot, w.table, 2, modifier=Qt.KeyboardModifier.ControlModifier)
    ids = w.selected_ids()
    assert len(ids) == 3
    choose(qtbot, right_click_row(qtbot, w, 2), "指派所选")
    dialog = w.bulk_dialog
    assert isinstance(dialog, AssignDialog)
    type_text(qtbot, dialog.name.lineEdit(), "赵记者")
    with qtbot.waitSignal(w.model.completed, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert sorted(w.selected_ids()) == sorted(ids)
    assert [w.model.index(w.model.row_of(i), ASSIGNEE).data() for i in ids] == ["赵记者"] * 3

    choose(qtbot, right_click_row(qtbot, w, w.model.row_of(ids[0])), "核实结论(所选)")
    verdict = w.bulk_dialog
    assert isinstance(verdict, VerdictDialog)
    verdict.verdict.setCurrentIndex(verdict.verdict.findData("in_progress"))
    type_text(qtbot, verdict.note, "统一回访:均在施工")
    with qtbot.waitSignal(w.model.completed, timeout=10_000):
        qtbot.mouseClick(verdict.ok_button, Qt.MouseButton.LeftButton)
    assert [w.model.index(w.model.row_of(i), VERDICT).data() for i in ids] == ["推进中"] * 3
