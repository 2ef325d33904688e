"""Settings: where the database lives and which language the interface speaks.

:class:`AppSettings` names every key the GUI keeps in ``QSettings`` (the composition root
creates the ``QSettings`` and passes it in; tests point it at a temporary file).
:class:`SettingsDialog` edits the database — a SQLite file or a PostgreSQL URL, with a
"test connection" button that runs in the background — and the language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from inquiry_tracker.gui.i18n import DEFAULT_LANGUAGE, LANGUAGES
from inquiry_tracker.gui.runner import TaskRunner
from inquiry_tracker.store.redact import without_password


class AppSettings:
    """Typed access to the GUI's persistent settings."""

    def __init__(self, store: QSettings) -> None:
        self.store = store
        #: the URL as typed, password included, for this run only (never written to the file)
        self._typed_url = ""

    @property
    def database_url(self) -> str:
        """The database chosen in the settings ("" for the default file).

        The file keeps no password: a PostgreSQL password typed in the dialog serves this
        run; later runs get it from libpq (``PGPASSWORD`` or ``~/.pgpass``)."""
        stored = str(self.store.value("database/url", "") or "")
        if self._typed_url and without_password(self._typed_url) == stored:
            return self._typed_url
        return stored

    @database_url.setter
    def database_url(self, url: str) -> None:
        self._typed_url = url
        self.store.setValue("database/url", without_password(url))

    @property
    def language(self) -> str:
        """``zh`` or ``en``."""
        lang = str(self.store.value("ui/language", DEFAULT_LANGUAGE) or DEFAULT_LANGUAGE)
        return lang if lang in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, lang: str) -> None:
        self.store.setValue("ui/language", lang)

    @property
    def user_name(self) -> str:
        """The reporter's name, stored with every follow-up they record ("" until given)."""
        return str(self.store.value("user/name", "") or "").strip()

    @user_name.setter
    def user_name(self, name: str) -> None:
        self.store.setValue("user/name", name.strip())

    def blob(self, key: str) -> QByteArray | None:
        """A saved geometry or state (None when absent)."""
        value = self.store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_blob(self, key: str, value: QByteArray) -> None:
        """Save a geometry or state."""
        self.store.setValue(key, value)

    def sync(self) -> None:
        """Write to disk now."""
        self.store.sync()


def test_connection(url: str) -> tuple[str, tuple[str, ...]]:
    """Connect to ``url`` without changing anything; what was found, as (kind, details).

    ``kind`` is ``new_file`` (the SQLite file does not exist yet), ``empty`` (no schema yet)
    or ``ok`` (details: where, its schema revision, this program's revision). Raises the
    store's known errors (unreachable server, locked file …) on failure.
    """
    from inquiry_tracker.store import Database, head_revision, resolve_url
    from inquiry_tracker.store.engine import sqlite_path, translated_errors
    from inquiry_tracker.store.migrate import current_revision

    resolved = resolve_url(url or None)
    path = sqlite_path(resolved)
    if path is not None and not path.exists():
        return "new_file", (str(path),)
    db = Database.open(resolved, upgrade=False)
    try:
        with translated_errors(db.where), db.engine.connect() as conn:
            revision = current_revision(conn)
    finally:
        db.close()
    if revision is None:
        return "empty", (db.where,)
    return "ok", (db.where, revision, head_revision())


class NameDialog(QDialog):
    """Asks the reporter's name once, on first start; it is remembered in the settings."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nameDialog")
        self.setWindowTitle(self.tr("你的名字"))
        self._settings = settings
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("同事会在跟进记录里看到这个名字(以后可在“设置”中修改)。")))
        self.name = QLineEdit()
        self.name.setObjectName("userName")
        form.addRow(self.tr("你的名字"), self.name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.name.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))
        form.addRow(buttons)

    def accept(self) -> None:
        self._settings.user_name = self.name.text()
        self._settings.sync()
        super().accept()


class SettingsDialog(QDialog):
    """Database and language.

    Signals:
        tested(str message, bool ok): the connection test finished.
    """

    tested = Signal(str, bool)

    def __init__(self, settings: AppSettings, runner: TaskRunner, current_db: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("设置"))
        self.setMinimumWidth(560)
        self._settings = settings
        self._runner = runner
        form = QFormLayout(self)

        self.user_name = QLineEdit(settings.user_name)
        self.user_name.setObjectName("userName")
        self.user_name.setPlaceholderText(self.tr("记在每条跟进记录上,如:王小明"))
        form.addRow(self.tr("你的名字"), self.user_name)

        kinds = QHBoxLayout()
        self.sqlite_choice = QRadioButton(self.tr("本机 SQLite 文件"))
        self.sqlite_choice.setObjectName("sqliteChoice")
        self.pg_choice = QRadioButton(self.tr("PostgreSQL 服务器"))
        self.pg_choice.setObjectName("pgChoice")
        group = QButtonGroup(self)
        group.addButton(self.sqlite_choice)
        group.addButton(self.pg_choice)
        kinds.addWidget(self.sqlite_choice)
        kinds.addWidget(self.pg_choice)
        form.addRow(self.tr("数据库"), kinds)

        file_row = QHBoxLayout()
        self.sqlite_path = QLineEdit()
        self.sqlite_path.setObjectName("sqlitePath")
        self.sqlite_path.setPlaceholderText(self.tr("留空使用默认文件"))
        browse = QPushButton(self.tr("选择…"))
        browse.clicked.connect(self._browse)
        file_row.addWidget(self.sqlite_path, 1)
        file_row.addWidget(browse)
        form.addRow(self.tr("SQLite 文件"), file_row)
        self.pg_url = QLineEdit()
        self.pg_url.setObjectName("pgUrl")
        self.pg_url.setPlaceholderText("postgresql://user@host:5432/newsroom")  # password: PGPASSWORD or ~/.pgpass
        form.addRow(self.tr("PostgreSQL 地址"), self.pg_url)

        test_row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("测试连接"))
        self.test_button.setObjectName("testConnection")
        self.test_button.clicked.connect(self.test)
        self.test_result = QLabel()
        self.test_result.setObjectName("testResult")
        self.test_result.setWordWrap(True)
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        form.addRow(test_row)
        self.current = QLabel(self.tr("当前使用:%1").replace("%1", current_db))
        self.current.setWordWrap(True)
        self.current.setStyleSheet("color: #555;")
        form.addRow(self.current)

        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(list(LANGUAGES).index(settings.language))
        form.addRow(self.tr("界面语言"), self.language)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        form.addRow(buttons)

        url = settings.database_url
        if url.startswith("postgresql"):
            self.pg_choice.setChecked(True)
            self.pg_url.setText(url)
        else:
            self.sqlite_choice.setChecked(True)
            self.sqlite_path.setText(url.removeprefix("sqlite:///"))
        self.sqlite_choice.toggled.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self, *_args: object) -> None:
        sqlite = self.sqlite_choice.isChecked()
        self.sqlite_path.setEnabled(sqlite)
        self.pg_url.setEnabled(not sqlite)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("数据库文件"), self.sqlite_path.text(), self.tr("SQLite 数据库 (*.sqlite *.db);;所有文件 (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if name:
            self.sqlite_path.setText(name)

    def database_url(self) -> str:
        """The URL the dialog describes ("" for the default SQLite file)."""
        if self.pg_choice.isChecked():
            return self.pg_url.text().strip()
        path = self.sqlite_path.text().strip()
        return "sqlite:///" + str(Path(path).expanduser().resolve()) if path else ""

    def chosen_language(self) -> str:
        """The chosen interface language."""
        return str(self.language.currentData())

    def test(self) -> None:
        """Try the connection in the background and show the answer."""
        url = self.database_url()
        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("正在连接…"))
        self._runner.submit(
            lambda _ctx: test_connection(url), label="test connection", done=self._ok, error=self._bad, report=False
        )

    def _ok(self, result: tuple[str, tuple[str, ...]]) -> None:
        self.test_button.setEnabled(True)
        kind, details = result
        templates = {
            "new_file": self.tr("连接正常:%1 还不存在,打开时会新建。"),
            "empty": self.tr("连接正常:%1 是空数据库,打开时会建表。"),
            "ok": self.tr("连接正常:%1,数据库结构版本 %2(本程序 %3)。"),
        }
        text = templates[kind]
        for n, value in enumerate(details, start=1):
            text = text.replace(f"%{n}", value)
        self.test_result.setStyleSheet("color: #1e7b34;")
        self.test_result.setText(text)
        self.tested.emit(text, True)

    def _bad(self, err: BaseException) -> None:
        self.test_button.setEnabled(True)
        self.test_result.setStyleSheet("color: #b3261e;")
        self.test_result.setText(str(err))
        self.tested.emit(str(err), False)

    def save(self) -> tuple[bool, bool]:
        """Store the choices; returns (database changed, language changed)."""
        url, lang = self.database_url(), self.chosen_language()
        db_changed = url != self._settings.database_url
        lang_changed = lang != self._settings.language
        self._settings.database_url = url
        self._settings.language = lang
        self._settings.user_name = self.user_name.text()
        self._settings.sync()
        return db_changed, lang_changed

