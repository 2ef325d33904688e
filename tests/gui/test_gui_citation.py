"""Issue 12, citation: where each source was printed, on screen, on the clipboard, in exports."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from gui_helpers import SEED, click_row, row_with
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from inquiry_tracker import services as svc
from inquiry_tracker.gui.main_window import MainWindow

pytestmark = pytest.mark.gui

SUBJECT, PUBLISHED = 1, 9


def test_detail_shows_and_copies_the_citation(qtbot: QtBot, demo_window: MainWindow) -> None:
    w = demo_window
    row = row_with(w.table, SUBJECT, "森林路开放")
    assert w.model.headerData(PUBLISHED, Qt.Orientation.Horizontal) == "见报日期"
    assert w.model.index(row, PUBLISHED).data() == "2020-05-08"
    with qtbot.waitSignal(w.detail.loaded):
        click_row(qtbot, w.table, row)
    shown = w.detail.citations.text()
    assert "株洲日报" in shown and "2020-05-08" in shown and SEED in shown
    QApplication.clipboard().clear()
    with qtbot.waitSignal(w.detail.copied):
        qtbot.mouseClick(w.detail.copy_button, Qt.MouseButton.LeftButton)
    line = QApplication.clipboard().text()
    assert line.startswith("株洲日报, 2020-05-08, ")
    origin = line.split(", ")[-1]
    assert Path(origin).is_absolute() and origin.endswith(SEED)


def test_sorting_by_publication_date(qtbot: QtBot, demo_window: MainWindow) -> None:
    w = demo_window
    header = w.table.horizontalHeader()
    w.table.scrollTo(w.model.index(0, PUBLISHED))
    from PySide6.QtCore import QPoint

    with qtbot.waitSignal(w.model.loaded, timeout=10_000):
        qtbot.mouseClick(
            header.viewport(), Qt.MouseButton.LeftButton,
            pos=QPoint(header.sectionViewportPosition(PUBLISHED) + 20, header.height() // 2),
        )
    dates = [w.model.index(r, PUBLISHED).data() for r in range(w.model.rowCount())]
    assert dates == sorted(dates) and len(set(dates)) > 1


def test_exports_carry_the_sources(demo_db_path: Path, tmp_path: Path) -> None:
    from inquiry_tracker.store import Database

    with Database.open(f"sqlite:///{demo_db_path}", backup=False) as db:
        buf = io.BytesIO()
        svc.export_items(db, "csv", buf)
        rows = list(csv.DictReader(io.StringIO(buf.getvalue().decode("utf-8-sig"))))
        road = next(r for r in rows if r["事项"] == "森林路开放")
        assert road["来源媒体"] == "株洲日报" and road["来源日期"] == "2020-05-08"
        assert road["来源文件/网址"].endswith(SEED) and Path(road["来源文件/网址"]).is_absolute()
        assert road["来源标题"]
        assert road["引用"].startswith("株洲日报, 2020-05-08, ")
        buf = io.BytesIO()
        svc.export_items(db, "json", buf)
        import json

        data = json.loads(buf.getvalue().decode("utf-8"))
        src = next(d for d in data if d["subject"] == "森林路开放")["sources"][0]
        assert src["outlet"] == "株洲日报" and src["published"] == "2020-05-08" and src["origin"].endswith(SEED)


def test_a_relative_path_is_stored_absolute(tmp_path: Path, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from inquiry_tracker.store import Database

    work = tmp_path / "desk"
    work.mkdir()
    (work / "page.txt").write_bytes((seeds_dir / SEED).read_bytes())
    monkeypatch.chdir(work)
    with Database.open(f"sqlite:///{tmp_path / 'rel.sqlite'}", backup=False) as db:
        summary = svc.import_paths(db, ["page.txt"], svc.ImportOptions(workers=1))
        assert summary.source_ids
        assert svc.get_source(db, summary.source_ids[0]).origin == str(work / "page.txt")
