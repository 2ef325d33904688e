"""Issue 12, English complete: every interface string has a finished English translation,
plurals are right, and the timeline's stored codes read in the interface's language."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from gui_helpers import click_row, row_with
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from inquiry_tracker import services as svc
from inquiry_tracker.gui.backend import Backend
from inquiry_tracker.gui.errors import ErrorReporter
from inquiry_tracker.gui.i18n import (
    catalogue_path,
    department_label,
    install_language,
    parse_ts,
    remove_language,
    vocab_text,
)
from inquiry_tracker.gui.main_window import MainWindow
from inquiry_tracker.gui.settings import AppSettings

pytestmark = pytest.mark.gui

GUI = Path(__file__).resolve().parents[2] / "inquiry_tracker" / "gui"


def test_every_interface_string_is_translated(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        found = shutil.which("pyside6-lupdate")
        assert found, "pyside6-lupdate comes with PySide6"
        lupdate = Path(found)
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(lupdate), *map(str, sorted(GUI.glob("*.py"))), "-ts", str(fresh), "-locations", "none"],
        check=True, capture_output=True, timeout=120,
    )
    path = catalogue_path("en")
    assert path is not None
    english = parse_ts(path)
    by_source = {source for _ctx, source in english}
    import xml.etree.ElementTree as ET

    missing = [
        (ctx.findtext("name"), m.findtext("source"))
        for ctx in ET.parse(fresh).getroot().iter("context")
        for m in ctx.iter("message")
        if (ctx.findtext("name"), m.findtext("source")) not in english and m.findtext("source") not in by_source
    ]
    assert missing == []


def test_english_plurals_and_timeline(qtbot: QtBot, demo_window: MainWindow) -> None:
    w = demo_window
    assert w.count_label.text() == "共 8 条"  # Chinese: %n filled in, no plural forms
    item_id = w.model.item_id(row_with(w.table, 1, "森林路开放"))
    assert item_id is not None
    w.backend.now(svc.assign, item_id, "王记者")
    app = QApplication.instance()
    assert app is not None
    translator = install_language("en")
    try:
        one = app.translate("InboxView", "采纳全部 %n 条候选条目?采纳后进入追踪表。", "", 1)
        many = app.translate("InboxView", "采纳全部 %n 条候选条目?采纳后进入追踪表。", "", 5)
        assert one == "Accept the 1 candidate? It goes to the tracker."
        assert many == "Accept all 5 candidates? They go to the tracker."
        assert app.translate("MainWindow", "共 %n 条", "", 1) == "1 item"
        assert app.translate("MainWindow", "共 %n 条", "", 8) == "8 items"
        with qtbot.waitSignal(w.detail.loaded):
            click_row(qtbot, w.table, row_with(w.table, 1, "森林路开放"))
        entries = [w.detail.timeline.item(i).text() for i in range(w.detail.timeline.count())]
        assert any("Assigned to: 王记者" in e for e in entries), entries
        assert not any("指派" in e for e in entries)
        summary = svc.ImportSummary(documents=2, new_items=[1, 2, 3], cancelled=True)
        assert summary.describe(vocab_text) == "documents 2 · new items 3 · reprints 0 · duplicates 0 · failures 0 · cancelled"
    finally:
        remove_language(translator)


def test_import_summary_in_chinese_alone() -> None:
    summary = svc.ImportSummary(documents=1, new_items=[7])
    assert summary.describe(vocab_text) == "文档 1 · 新条目 1 · 转载 0 · 重复 0 · 失败 0"


def test_english_headers_are_not_clipped(
    qtbot: QtBot, demo_backend: Backend, settings: AppSettings, reporter: ErrorReporter
) -> None:
    from conftest import make_window

    translator = install_language("en")
    try:
        w = make_window(qtbot, demo_backend, settings, reporter)
        header = w.table.horizontalHeader()
        metrics = header.fontMetrics()
        for col in range(w.model.columnCount()):
            text = str(w.model.headerData(col, Qt.Orientation.Horizontal))
            assert not any("\u4e00" <= ch <= "\u9fff" for ch in text), text
            assert header.sectionSize(col) >= metrics.horizontalAdvance(text), text
        assert department_label("未注明") == "Not named"
        assert w.windowTitle().startswith("Inquiry Tracker") and w.windowTitle().count("Inquiry Tracker") == 1
    finally:
        remove_language(translator)


def test_qt_speaks_chinese_in_the_chinese_interface(qtbot: QtBot, demo_window: MainWindow) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    translator = install_language("zh")
    try:
        assert translator is not None  # Qt's own qtbase_zh_CN, shipped with PySide6
        w = demo_window
        with qtbot.waitSignal(w.detail.loaded):
            click_row(qtbot, w.table, 0)
        w.detail.open_note()
        dialog = w.detail.dialog
        assert dialog is not None
        box = dialog.findChild(QDialogButtonBox)
        assert box is not None
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
        dialog.reject()
    finally:
        remove_language(translator)
