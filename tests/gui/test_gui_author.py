"""Issue 12, who did what: the reporter's name is asked once, remembered, and stored with
every change made in the window; the timeline and the exports show it."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from conftest import TODAY
from gui_helpers import click_row, row_with, type_text
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from inquiry_tracker import services as svc
from inquiry_tracker.gui.actions import NoteDialog
from inquiry_tracker.gui.app import Application
from inquiry_tracker.gui.settings import AppSettings

pytestmark = pytest.mark.gui


def test_name_asked_once_and_stored_with_each_change(
    qtbot: QtBot, settings: AppSettings, demo_db_path: Path
) -> None:
    url = f"sqlite:///{demo_db_path}"
    root = Application(settings, db_url=url, clock=svc.fixed(TODAY), demo=False, ask_name=True)
    try:
        window = root.start()
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: root.name_dialog is not None and root.name_dialog.isVisible())
        dialog = root.name_dialog
        assert dialog is not None and not dialog.ok_button.isEnabled()
        type_text(qtbot, dialog.name, "王小明")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert settings.user_name == "王小明"
        assert root.backend is not None and root.backend.author == "王小明"

        qtbot.waitUntil(lambda: window.model.rowCount() == 8, timeout=10_000)
        with qtbot.waitSignal(window.detail.loaded):
            click_row(qtbot, window.table, row_with(window.table, 1, "森林路开放"))
        qtbot.mouseClick(window.detail.note_button, Qt.MouseButton.LeftButton)
        note = window.detail.dialog
        assert isinstance(note, NoteDialog)
        type_text(qtbot, note.note, "打电话问了区政府")
        with qtbot.waitSignal(window.detail.loaded, timeout=10_000):
            qtbot.mouseClick(note.ok_button, Qt.MouseButton.LeftButton)
        entries = [window.detail.timeline.item(i).text() for i in range(window.detail.timeline.count())]
        assert any("打电话问了区政府" in e and "王小明" in e for e in entries)
        buf = io.BytesIO()
        window.backend.now(svc.export_items, "csv", buf)
        rows = list(csv.DictReader(io.StringIO(buf.getvalue().decode("utf-8-sig"))))
        assert next(r for r in rows if r["事项"] == "森林路开放")["记录人"] == "王小明"
        qtbot.waitUntil(lambda: root.runner is not None and not root.runner.busy, timeout=10_000)
    finally:
        root.shutdown()

    again = Application(settings, db_url=url, clock=svc.fixed(TODAY), demo=False, ask_name=True)
    try:
        window = again.start()
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.model.rowCount() == 8, timeout=10_000)
        assert again.name_dialog is None  # remembered: not asked again
        assert again.backend is not None and again.backend.author == "王小明"
        qtbot.waitUntil(lambda: again.runner is not None and not again.runner.busy, timeout=10_000)
    finally:
        again.shutdown()
