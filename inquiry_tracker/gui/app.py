"""The composition root: settings, database, task runner, services and the main window.

``main(argv)`` is what ``inquiry-tracker`` (no command) runs. It reads the command line
(``--db``, ``--today``, ``--lang``, ``--view``, ``--settings``), opens the database (the
same choice as the CLI: ``--db``, else ``$INQUIRY_TRACKER_DB``, else the settings, else
SQLite in the user's data directory), imports the sample documents into an empty database
on first run, and shows the window. Nothing here is global: :class:`Application` builds
each piece once and passes it to the pieces that need it, and rebuilds the window when the
settings change the database or the language.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from inquiry_tracker.gui import LANGUAGES, VIEWS
from inquiry_tracker.gui.backend import Backend
from inquiry_tracker.gui.errors import ErrorReporter, install_excepthook, setup_logging
from inquiry_tracker.gui.i18n import install_language, remove_language, vocab_text
from inquiry_tracker.gui.main_window import MainWindow
from inquiry_tracker.gui.runner import TaskRunner
from inquiry_tracker.gui.settings import AppSettings, NameDialog
from inquiry_tracker.services import Clock, fixed, system_today
from inquiry_tracker.store import Database, StoreError
from inquiry_tracker.store.redact import redact

log = logging.getLogger("inquiry_tracker.gui")

APP_NAME = "inquiry-tracker"


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """The GUI's options; unknown ones (the CLI's) are ignored."""
    p = argparse.ArgumentParser(prog=APP_NAME, add_help=False)
    p.add_argument("--db")
    p.add_argument("--today", type=date.fromisoformat)
    p.add_argument("-v", "--verbose", action="count", default=0)
    p.add_argument("--lang", choices=LANGUAGES)
    p.add_argument("--view", choices=VIEWS, default=os.environ.get("INQUIRY_TRACKER_VIEW") or "main")
    p.add_argument("--settings", type=Path, default=os.environ.get("INQUIRY_TRACKER_SETTINGS") or None)
    p.add_argument("--no-demo", action="store_true", help="do not import the samples into an empty database")
    args, _unknown = p.parse_known_args(list(argv))
    return args


def default_settings_path() -> Path:
    """The settings file in the user's config directory."""
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, appauthor=False)) / "gui.ini"


def default_log_dir() -> Path:
    """Where the log file goes (``$INQUIRY_TRACKER_LOG_DIR`` overrides)."""
    if os.environ.get("INQUIRY_TRACKER_LOG_DIR"):
        return Path(os.environ["INQUIRY_TRACKER_LOG_DIR"])
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_NAME, appauthor=False))


class Application(QObject):
    """Builds and owns everything the window needs; rebuilds the window on settings changes."""

    def __init__(
        self,
        settings: AppSettings,
        *,
        db_url: str | None = None,
        clock: Clock = system_today,
        language: str | None = None,
        log_path: Path | None = None,
        demo: bool = True,
        ask_name: bool = False,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.clock = clock
        self.reporter = ErrorReporter(log_path, self)
        self._db_url = db_url
        self._language_override = language
        self._translator: QTranslator | None = None
        self._demo = demo
        self._ask_name = ask_name
        self.name_dialog: NameDialog | None = None
        self.db: Database | None = None
        self.runner: TaskRunner | None = None
        self.backend: Backend | None = None
        self.window: MainWindow | None = None

    # ------------------------------------------------------------------ building
    def database_choice(self) -> str | None:
        """``--db``, else ``$INQUIRY_TRACKER_DB``, else the settings (None: the default file)."""
        return self._db_url or os.environ.get("INQUIRY_TRACKER_DB") or self.settings.database_url or None

    def open_database(self) -> Database:
        """Open (and upgrade) the chosen database; offer the default file if it fails."""
        choice = self.database_choice()
        try:
            return Database.open(choice)
        except StoreError as err:
            log.warning("cannot open %s: %s", redact(choice or ""), err)
            if choice and choice == self.settings.database_url and not self._db_url:
                answer = QMessageBox.question(
                    None,
                    self.tr("无法打开数据库"),
                    str(err) + "\n\n" + self.tr("改用本机默认数据库打开吗?"),
                )
                if answer == QMessageBox.StandardButton.Yes:
                    self.settings.database_url = ""
                    return Database.open(None)
            raise

    def start(self, show: bool = True) -> MainWindow:
        """Open the database, build the runner, services and window (and show it)."""
        self._translator = install_language(self._language_override or self.settings.language)
        self.db = self.open_database()
        self.runner = TaskRunner(parent=self)
        self.backend = Backend(self.db, self.runner, self.clock, self)
        self.backend.author = self.settings.user_name or None
        self.window = MainWindow(self.backend, self.settings, self.reporter)
        self.window.settingsApplied.connect(self._settings_applied)
        if show:
            self.window.show()
        if self._demo:
            QTimer.singleShot(0, self.load_demo_if_empty)
        if self._ask_name and not self.settings.user_name:
            QTimer.singleShot(0, self.ask_name)
        return self.window

    def ask_name(self) -> NameDialog | None:
        """Ask the reporter's name (once: it is remembered); it goes with every change."""
        if self.window is None:
            return None
        dialog = NameDialog(self.settings, self.window)
        self.name_dialog = dialog

        def answered(_result: int) -> None:
            if self.backend is not None:
                self.backend.author = self.settings.user_name or None
            self.name_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(answered)
        dialog.open()
        return dialog

    def load_demo_if_empty(self) -> None:
        """On first run (no document yet), import ``seeds/`` so a newcomer sees real items."""
        from inquiry_tracker.services.demo import is_empty, load_demo, seeds_dir

        if self.backend is None or self.window is None or not seeds_dir().is_dir():
            return
        if not self.backend.now(is_empty):
            return
        self.window.statusBar().showMessage(self.tr("首次使用:正在导入示例新闻稿…"))
        window = self.window
        self.backend.write(
            load_demo,
            label="demo",
            done=lambda s: window.statusBar().showMessage(self.tr("已导入示例:%1").replace("%1", s.describe(vocab_text)), 15000),
        )

    # ------------------------------------------------------------------ changes
    def _settings_applied(self, db_changed: bool, language_changed: bool) -> None:
        if self.backend is not None:
            self.backend.author = self.settings.user_name or None
        if not (db_changed or language_changed):
            return
        if db_changed and self._db_url:
            self._db_url = None  # the settings now decide
        if language_changed:
            self._language_override = None
        self.rebuild(reopen=db_changed)

    def rebuild(self, reopen: bool) -> MainWindow:
        """Replace the window (new language) and, if asked, the database and runner."""
        old = self.window
        if old is not None:
            old.save_layout()
            old.hide()
            old.deleteLater()
        remove_language(self._translator)
        self._translator = install_language(self._language_override or self.settings.language)
        if reopen:
            self._close_backend()
            try:
                self.db = self.open_database()
            except StoreError as err:
                self.reporter.report(err)
                self.settings.database_url = ""
                self.db = Database.open(None)
            self.runner = TaskRunner(parent=self)
            self.backend = Backend(self.db, self.runner, self.clock, self)
            self.backend.author = self.settings.user_name or None
        assert self.backend is not None
        self.window = MainWindow(self.backend, self.settings, self.reporter)
        self.window.settingsApplied.connect(self._settings_applied)
        self.window.show()
        return self.window

    def _close_backend(self) -> None:
        if self.runner is not None:
            self.runner.shutdown()
        if self.db is not None:
            self.db.close()
        self.runner = self.backend = self.db = None

    def shutdown(self) -> None:
        """Let running writes finish, close the database, remove the translator."""
        if self.window is not None:
            self.window.close()
        self._close_backend()
        remove_language(self._translator)
        self._translator = None


def show_view(window: MainWindow, view: str) -> None:
    """Open one view of the window (for screenshots and demos)."""
    from inquiry_tracker.gui.main_window import TAB_DASHBOARD, TAB_INBOX

    if view in ("main", "detail", "timeline", "brief"):

        def wanted(r: int) -> bool:
            row = window.model.item_row(r)
            if row is None:
                return False
            if view != "main":  # an exchange with a reply and a timeline
                return bool(row.item.question and row.item.reply and row.item.verdict != "unchecked")
            # a promise that is not due: the overdue and due-soon marks stay visible
            return row.item.kind == "promise" and row.progress in ("not_due", "no_deadline")

        def pick() -> None:
            if window.model.rowCount():
                rows = range(min(window.model.rowCount(), 50))
                window.select_row(next((r for r in rows if wanted(r)), 0))
                window.table.setFocus()
                if view == "timeline":
                    window.detail.tabs.setCurrentIndex(1)
                elif view == "brief" and window.brief_dialog is None:
                    window.open_brief()

        window.model.loaded.connect(lambda _n: pick())
        pick()
    elif view == "inbox":
        window.tabs.setCurrentIndex(TAB_INBOX)
    elif view == "dashboard":
        window.tabs.setCurrentIndex(TAB_DASHBOARD)
    elif view == "import-preview":
        from inquiry_tracker.services.demo import seeds_dir

        window.open_import(sorted(seeds_dir().glob("*.txt")))
    elif view == "export":
        window.open_export()
    elif view == "settings":
        window.open_settings()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the desktop app; returns the exit status."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    log_handler = setup_logging(default_log_dir(), args.verbose)
    qapp = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])
    assert isinstance(qapp, QApplication)
    qapp.setApplicationName(APP_NAME)
    # no application display name: the platform would add it to the window's title, which
    # already names the app (in the interface's language)
    store = QSettings(str(args.settings or default_settings_path()), QSettings.Format.IniFormat)
    root = Application(
        AppSettings(store),
        db_url=args.db,
        clock=fixed(args.today) if args.today else system_today,
        language=args.lang,
        log_path=Path(log_handler.baseFilename),
        demo=not args.no_demo,
        ask_name=True,
    )
    previous_hook = install_excepthook(root.reporter)
    try:
        try:
            window = root.start()
        except StoreError as err:
            QMessageBox.critical(None, "问政追踪", str(err))
            return 1
        if args.view != "main":
            QTimer.singleShot(300, lambda: show_view(window, args.view))
        else:
            show_view(window, "main")
        code = qapp.exec()
    finally:
        root.shutdown()
        sys.excepthook = previous_hook
        logging.getLogger("inquiry_tracker").removeHandler(log_handler)
        log_handler.close()
    return int(code)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
