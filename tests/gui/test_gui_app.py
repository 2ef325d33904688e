"""The composition root, the settings dialog, the task runner and the CLI hook."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from conftest import TODAY
from gui_helpers import click_check, type_text
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from inquiry_tracker import services as svc
from inquiry_tracker.gui.app import Application, main
from inquiry_tracker.gui.main_window import TAB_TABLE
from inquiry_tracker.gui.runner import Cancelled, TaskRunner
from inquiry_tracker.gui.settings import AppSettings

pytestmark = pytest.mark.gui


@pytest.fixture
def root(qtbot: QtBot, settings: AppSettings, db_path: Path) -> Application:
    app = Application(settings, db_url=f"sqlite:///{db_path}", clock=svc.fixed(TODAY), demo=True)
    yield app
    app.shutdown()


def test_first_run_imports_the_samples(qtbot: QtBot, root: Application) -> None:
    window = root.start()
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 8, timeout=30_000)
    assert window.tabs.currentIndex() == TAB_TABLE
    assert "已导入示例" in window.statusBar().currentMessage()


def test_settings_switch_language_and_database(qtbot: QtBot, root: Application, tmp_path: Path) -> None:
    window = root.start()  # deleted when the settings rebuild it: not handed to qtbot
    qtbot.waitUntil(lambda: window.model.rowCount() == 8, timeout=30_000)
    dialog = window.open_settings()
    # test a connection to the current file, then to a server that is not there
    dialog.sqlite_path.clear()
    type_text(qtbot, dialog.sqlite_path, str(tmp_path / "gui.sqlite"))
    with qtbot.waitSignal(dialog.tested, timeout=10_000) as ok:
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert ok.args[1] is True and "连接正常" in ok.args[0]
    click_check(qtbot, dialog.pg_choice)
    type_text(qtbot, dialog.pg_url, "postgresql://nobody@127.0.0.1:9/nothing")
    with qtbot.waitSignal(dialog.tested, timeout=20_000) as bad:
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert bad.args[1] is False and "无法连接" in bad.args[0]

    # a new SQLite file and English: the window is rebuilt on the new database
    click_check(qtbot, dialog.sqlite_choice)
    assert dialog.sqlite_choice.isChecked()
    dialog.sqlite_path.clear()
    type_text(qtbot, dialog.sqlite_path, str(tmp_path / "other.sqlite"))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    new = root.window
    assert new is not None and new is not window
    qtbot.addWidget(new)
    assert new.tabs.tabText(TAB_TABLE) == "Tracker"
    assert "other.sqlite" in new.windowTitle()
    assert root.settings.language == "en"


def test_main_runs_and_quits(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INQUIRY_TRACKER_LOG_DIR", str(tmp_path / "log"))
    db = tmp_path / "main.sqlite"
    QTimer.singleShot(500, lambda: [w.close() for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow"])
    QTimer.singleShot(800, QApplication.quit)
    code = main(["--db", f"sqlite:///{db}", "--settings", str(tmp_path / "s.ini"), "--no-demo", "--today", "2020-05-10"])
    assert code == 0
    assert (tmp_path / "s.ini").exists()  # the layout was saved
    assert (tmp_path / "log" / "inquiry-tracker.log").exists()


def test_cli_without_a_command_opens_the_gui(monkeypatch: pytest.MonkeyPatch) -> None:
    import inquiry_tracker.gui.app as app
    from inquiry_tracker import cli

    calls: list[object] = []
    monkeypatch.setattr(app, "main", lambda *a: calls.append(a) or 0)
    assert cli.main([]) == 0
    assert calls == [([],)]
    # the GUI's own options reach it untouched
    assert cli.main(["--view", "dashboard", "--lang", "en"]) == 0
    assert calls[-1] == (["--view", "dashboard", "--lang", "en"],)


def test_runner_writes_in_order_and_reports_failures(qtbot: QtBot) -> None:
    runner = TaskRunner()
    try:
        seen: list[int] = []
        gate = threading.Event()
        runner.submit(lambda _c: gate.wait(5), write=True)
        done: list[int] = []
        for n in range(5):
            runner.submit(lambda _c, n=n: seen.append(n), write=True, done=lambda _r, n=n: done.append(n))
        gate.set()
        qtbot.waitUntil(lambda: len(done) == 5)
        assert seen == done == [0, 1, 2, 3, 4]

        with qtbot.waitSignal(runner.taskFailed) as failed:
            runner.submit(lambda _c: {}["missing"], label="boom")
        assert isinstance(failed.args[1], KeyError)

        def long(ctx: object) -> None:
            while True:
                ctx.check()  # type: ignore[attr-defined]

        task = runner.submit(long)
        with qtbot.waitSignal(task.failed) as stopped:
            task.cancel()
        assert isinstance(stopped.args[0], Cancelled)
    finally:
        runner.shutdown()


def test_known_errors_are_described_clearly(qtbot: QtBot) -> None:
    from inquiry_tracker.extract import ReadError
    from inquiry_tracker.gui.errors import describe, is_known
    from inquiry_tracker.store import ConflictError, DatabaseLockedError, DatabaseUnavailableError

    cases = [
        (DatabaseLockedError("/tmp/x.sqlite"), "数据库被占用"),
        (DatabaseUnavailableError("db.example", "connection refused"), "无法连接数据库"),
        (ReadError("/tmp/坏文件.pdf", "damaged PDF"), "文件无法读取"),
        (ConflictError(7), "条目已被他人修改"),
        (PermissionError(13, "Permission denied", "/root/x.csv"), "文件操作失败"),
    ]
    for err, title in cases:
        assert is_known(err)
        got_title, message = describe(err)
        assert got_title == title
        assert str(err).split(":")[0] in message or "/root/x.csv" in message
    assert not is_known(ZeroDivisionError())


def test_start_up_does_not_load_jieba(tmp_path: Path, demo_db_path: Path) -> None:
    """The window comes up without importing jieba (the reader loads it on first import)."""
    import subprocess
    import sys

    script = (
        "import sys, os\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtCore import QSettings\n"
        "from PySide6.QtWidgets import QApplication, QRadioButton\n"
        "from inquiry_tracker.gui.app import Application\n"
        "from inquiry_tracker.gui.settings import AppSettings\n"
        "app = QApplication([])\n"
        f"root = Application(AppSettings(QSettings({str(tmp_path / 's.ini')!r}, QSettings.Format.IniFormat)),"
        f" db_url={'sqlite:///' + str(demo_db_path)!r}, demo=False)\n"
        "w = root.start()\n"
        "w.model.loaded.connect(lambda n: app.quit())\n"
        "app.exec()\n"
        "print('rows', w.model.rowCount(), 'jieba' in sys.modules)\n"
        "root.shutdown()\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.split()[-3:] == ["rows", "8", "False"]


def test_switching_language_alone_raises_no_error(qtbot: QtBot, root: Application, tmp_path: Path) -> None:
    window = root.start()  # deleted by the switch: not handed to qtbot
    qtbot.waitUntil(lambda: window.model.rowCount() == 8, timeout=30_000)
    errors: list[str] = []
    root.reporter.shown.connect(lambda title, _message: errors.append(title))
    dialog = window.open_settings()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    new = root.window
    assert new is not None and new is not window
    qtbot.addWidget(new)
    qtbot.waitUntil(lambda: new.model.rowCount() == 8, timeout=10_000)
    # background work after the switch reaches only living widgets
    with qtbot.waitSignal(new.model.loaded, timeout=10_000):
        new.refresh_action.trigger()
    assert errors == [] and root.reporter.last_box is None
    assert new.tabs.tabText(TAB_TABLE) == "Tracker"
    assert new.windowTitle().count("Inquiry Tracker") == 1


def test_work_asked_after_shutdown_is_not_run(qtbot: QtBot) -> None:
    runner = TaskRunner()
    runner.shutdown()
    ran: list[int] = []
    task = runner.submit(lambda _c: ran.append(1), done=lambda _r: ran.append(2))
    assert task.is_cancelled() and not task.done and ran == []
    assert not runner.busy
