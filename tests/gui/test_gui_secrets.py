"""The PostgreSQL password never reaches the settings file, the log file or a message."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from inquiry_tracker.gui.app import Application
from inquiry_tracker.gui.errors import setup_logging
from inquiry_tracker.gui.settings import AppSettings
from inquiry_tracker.store import StoreError

pytestmark = pytest.mark.gui

SECRET = "S3cr@t-pw"
#: nothing listens on port 9: opening fails at once
URL = f"postgresql://reporter:{SECRET}@127.0.0.1:9/newsroom"


def test_settings_file_keeps_no_password(tmp_path: Path) -> None:
    ini = tmp_path / "gui.ini"
    settings = AppSettings(QSettings(str(ini), QSettings.Format.IniFormat))
    settings.database_url = URL
    assert settings.database_url == URL  # this run still connects with it
    settings.sync()
    assert "S3cr" not in ini.read_text(encoding="utf-8")
    again = AppSettings(QSettings(str(ini), QSettings.Format.IniFormat))
    assert again.database_url == "postgresql://reporter@127.0.0.1:9/newsroom"  # libpq asks PGPASSWORD/.pgpass


def test_a_failed_open_logs_and_says_no_password(qtbot: QtBot, tmp_path: Path, settings: AppSettings) -> None:
    handler = setup_logging(tmp_path / "log")
    try:
        root = Application(settings, db_url=URL, log_path=Path(handler.baseFilename), demo=False)
        with pytest.raises(StoreError) as info:
            root.start(show=False)
        logging.getLogger("inquiry_tracker.gui").error("cannot open %s", URL)  # any future log line too
        handler.flush()
    finally:
        logging.getLogger("inquiry_tracker").removeHandler(handler)
        handler.close()
        root.shutdown()
    assert "S3cr" not in str(info.value) and "127.0.0.1" in str(info.value)
    logged = (tmp_path / "log" / "inquiry-tracker.log").read_text(encoding="utf-8")
    assert "cannot open" in logged and "S3cr" not in logged
