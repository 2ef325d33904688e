"""The import dialog: bad files listed without stopping the batch, pasted text, a changed
publication date, cancelling a running import."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from gui_helpers import SEED, click_action, type_text
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from inquiry_tracker.gui.import_dialog import COL_DATE, COL_NAME, COL_STATUS, ImportDialog
from inquiry_tracker.gui.main_window import MainWindow

pytestmark = pytest.mark.gui


def open_dialog(qtbot: QtBot, window: MainWindow) -> ImportDialog:
    from PySide6.QtWidgets import QToolBar

    bar = window.findChild(QToolBar, "mainToolbar")
    assert isinstance(bar, QToolBar)
    click_action(qtbot, bar, window.import_action)
    dialog = window.import_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_bad_files_are_listed_and_the_batch_goes_on(
    qtbot: QtBot, window: MainWindow, seeds_dir: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a_picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (folder / "b_empty.txt").write_bytes(b"")
    (folder / "c_seed.txt").write_bytes((seeds_dir / SEED).read_bytes())
    dialog = open_dialog(qtbot, window)
    with qtbot.waitSignal(dialog.previewReady, timeout=30_000):
        dialog.add_paths([folder])
    assert dialog.table.rowCount() == 3
    statuses = [dialog.table.item(r, COL_STATUS).text() for r in range(3)]
    assert statuses[0].startswith("无法读取") and "PNG" in statuses[0]
    assert statuses[1].startswith("无法读取")
    assert statuses[2] == "待导入"
    with qtbot.waitSignal(dialog.importFinished, timeout=30_000) as done:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    summary = done.args[0].summary
    assert len(summary.failures) == 2 and len(summary.new_items) == 7
    assert dialog.table.item(2, COL_STATUS).text() == "已导入:新条目 7,转载 0"
    assert dialog.table.item(0, COL_STATUS).text().startswith("失败")

    # the same file again adds nothing
    with qtbot.waitSignal(dialog.previewReady, timeout=30_000):
        dialog.add_paths([folder / "c_seed.txt"])
    with qtbot.waitSignal(dialog.importFinished, timeout=30_000) as again:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert (
        again.args[0].summary.duplicates
        and dialog.table.item(3, COL_STATUS).text() == "已导入过,跳过"
    )


def test_pasted_text_with_a_corrected_date(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_dialog(qtbot, window)
    type_text(qtbot, dialog.paste, "网友提问:滨江路何时通车?\n区交通局回复:滨江路计划5月底通车。\n")
    with qtbot.waitSignal(dialog.previewReady, timeout=30_000):
        qtbot.mouseClick(dialog.paste_button, Qt.MouseButton.LeftButton)
    # no date in the text: the reporter types one (start editing with F2, as a user would)
    cell = dialog.table.item(0, COL_DATE)
    assert cell.text() == "" and "未找到发布日期" in dialog.table.item(0, COL_STATUS).text()
    rect = dialog.table.visualItemRect(cell)
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(dialog.table, Qt.Key.Key_F2)
    from PySide6.QtWidgets import QLineEdit

    editor = dialog.table.viewport().findChild(QLineEdit)
    assert editor is not None
    qtbot.keyClicks(editor, "2021-04-02")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.docs[0].published is not None)
    with qtbot.waitSignal(dialog.importFinished, timeout=30_000) as done:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    summary = done.args[0].summary
    assert len(summary.new_items) == 1
    from inquiry_tracker import services as svc

    detail, _row = window.backend.now(svc.get_item, summary.new_items[0])
    assert detail.item.due is not None and detail.item.due.isoformat() == "2021-05-31"
    assert detail.sources[0].published is not None and detail.sources[0].published_basis == "given"


def test_cancel_stops_the_import_between_documents(
    qtbot: QtBot, window: MainWindow, seeds_dir: Path
) -> None:
    dialog = open_dialog(qtbot, window)
    with qtbot.waitSignal(dialog.previewReady, timeout=30_000):
        dialog.add_paths(sorted(seeds_dir.glob("*.txt")))
    # keep the writer busy so the import is still queued when the reporter cancels
    gate = threading.Event()
    window.backend.runner.submit(lambda _ctx: gate.wait(10), write=True, label="busy")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.importing and not dialog.close_button.isEnabled()
    with qtbot.waitSignal(dialog.importFinished, timeout=30_000) as done:
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        gate.set()
    outcome = done.args[0]
    assert outcome.summary.cancelled and not outcome.summary.new_items
    assert dialog.table.item(0, COL_STATUS).text() == "已取消"
    assert dialog.close_button.isEnabled()


def test_the_bad_input_battery_in_the_import_dialog(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """Every file of tests/data/bad is previewed as importable or refused with a reason; the
    import goes through the good ones."""
    import importlib.util

    here = Path(__file__).resolve().parents[1] / "data" / "bad" / "make_bad.py"
    spec = importlib.util.spec_from_file_location("make_bad", here)
    assert spec and spec.loader
    make_bad = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_bad)
    folder = tmp_path / "bad"
    make_bad.write(folder)

    dialog = open_dialog(qtbot, window)
    with qtbot.waitSignal(dialog.previewReady, timeout=60_000):
        dialog.add_paths([folder])
    rows = {
        dialog.table.item(r, COL_NAME).text(): dialog.table.item(r, COL_STATUS).text()
        for r in range(dialog.table.rowCount())
    }
    assert set(rows) == set(make_bad.EXPECT)
    for name, ok in make_bad.EXPECT.items():
        if ok:  # ready, or ready with a request to fill in a missing publication date
            assert not rows[name].startswith("无法读取"), (name, rows[name])
        else:
            assert rows[name].startswith("无法读取") and len(rows[name]) > 6, (name, rows[name])
    with qtbot.waitSignal(dialog.importFinished, timeout=60_000) as done:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    summary = done.args[0].summary
    refused = sum(not ok for ok in make_bad.EXPECT.values())
    assert len(summary.failures) == refused
    assert summary.new_items  # the good pages were stored
