"""GUI fixtures: a fresh SQLite database per test, settings in tmp_path, an injected clock.

The demo database (the seeds imported and accepted) is built once per session and copied
for each test that wants it. Every window gets its own task runner, shut down after the
test so no worker thread outlives its database.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QFileDialog, QMessageBox  # noqa: E402
from pytestqt.qtbot import QtBot  # noqa: E402

from inquiry_tracker import services as svc  # noqa: E402
from inquiry_tracker.gui.backend import Backend  # noqa: E402
from inquiry_tracker.gui.errors import ErrorReporter  # noqa: E402
from inquiry_tracker.gui.main_window import MainWindow  # noqa: E402
from inquiry_tracker.gui.runner import TaskRunner  # noqa: E402
from inquiry_tracker.gui.settings import AppSettings  # noqa: E402
from inquiry_tracker.store import Database  # noqa: E402

#: "today" in GUI tests: the seeds were published in May 2020,森林路 is due 2020-05-31
TODAY = date(2020, 5, 10)


#: static helpers that open a modal dialog and wait for a person (nobody answers in a test)
_MODALS = {
    QMessageBox: ("question", "critical", "warning", "information", "about"),
    QFileDialog: ("getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory"),
}


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog in a test fails it at once, naming the dialog, instead of hanging the suite.

    A test that means to answer one patches that helper itself (after this fixture ran).
    """
    for cls, names in _MODALS.items():
        for name in names:

            def refuse(*args: object, _name: str = f"{cls.__name__}.{name}", **_kw: object) -> object:
                texts = [a for a in args if isinstance(a, str)]
                raise AssertionError(f"a test reached a modal dialog, {_name}: {texts}")

            monkeypatch.setattr(cls, name, staticmethod(refuse))


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    """A SQLite file with the seeds imported and accepted (built once)."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    with Database.open(f"sqlite:///{path}", backup=False) as db:
        summary = svc.load_demo(db, seeds_dir)
    assert summary.ok and summary.new_items
    return path


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where this test's empty database lives."""
    return tmp_path / "gui.sqlite"


@pytest.fixture
def demo_db_path(tmp_path: Path, demo_template: Path) -> Path:
    """A private copy of the demo database."""
    target = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, target)
    return target


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    """GUI settings in a file under tmp_path (never the user's)."""
    return AppSettings(QSettings(str(tmp_path / "gui.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def clock() -> svc.Clock:
    """The injected clock: a fixed day."""
    return svc.fixed(TODAY)


def _backend(qtbot: QtBot, path: Path, clock: svc.Clock) -> Iterator[Backend]:
    db = Database.open(f"sqlite:///{path}", backup=False)
    runner = TaskRunner()
    backend = Backend(db, runner, clock)
    try:
        yield backend
    finally:
        runner.shutdown()
        db.close()


@pytest.fixture
def backend(qtbot: QtBot, db_path: Path, clock: svc.Clock) -> Iterator[Backend]:
    """Services over an empty database."""
    yield from _backend(qtbot, db_path, clock)


@pytest.fixture
def demo_backend(qtbot: QtBot, demo_db_path: Path, clock: svc.Clock) -> Iterator[Backend]:
    """Services over the demo database."""
    yield from _backend(qtbot, demo_db_path, clock)


@pytest.fixture
def reporter(tmp_path: Path) -> ErrorReporter:
    """The error reporter (its log path is under tmp_path)."""
    return ErrorReporter(tmp_path / "gui.log")


def make_window(qtbot: QtBot, backend: Backend, settings: AppSettings, reporter: ErrorReporter) -> MainWindow:
    """A shown main window whose first id list has arrived."""
    window = MainWindow(backend, settings, reporter)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.model.loaded, timeout=10_000):
        window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # keyboard shortcuts only reach the active window
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.fixture
def window(qtbot: QtBot, backend: Backend, settings: AppSettings, reporter: ErrorReporter) -> MainWindow:
    """The main window over an empty database."""
    return make_window(qtbot, backend, settings, reporter)


@pytest.fixture
def demo_window(qtbot: QtBot, demo_backend: Backend, settings: AppSettings, reporter: ErrorReporter) -> MainWindow:
    """The main window over the demo database."""
    return make_window(qtbot, demo_backend, settings, reporter)
