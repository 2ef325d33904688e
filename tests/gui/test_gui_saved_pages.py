"""Issue 12: a saved web page (.mhtml) is offered by the file dialog's filter and imports
like an HTML page when dropped on the window."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from gui_helpers import drop_files
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from inquiry_tracker import services as svc
from inquiry_tracker.gui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from test_reading_saved_pages import ARTICLE, _mhtml  # noqa: E402

pytestmark = pytest.mark.gui


def test_a_dropped_mhtml_page_imports(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    page = tmp_path / "森林路.mhtml"
    page.write_bytes(_mhtml(ARTICLE.format(cs="gb2312").encode("gb18030"), "gb2312", "quoted-printable"))
    drop_files(window, [page])
    dialog = window.import_dialog
    assert dialog is not None
    assert "*.mhtml" in dialog.document_filter() and "*.mht" in dialog.document_filter()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=30_000)
    with qtbot.waitSignal(dialog.importFinished, timeout=30_000) as finished:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    summary = finished.args[0].summary
    assert summary.failures == [] and len(summary.new_items) == 1
    detail, _row = window.backend.now(svc.get_item, summary.new_items[0])
    assert detail.item.question and "森林路" in detail.item.question
    assert "首页" not in window.backend.now(svc.get_source, detail.sources[0].source_id).text
