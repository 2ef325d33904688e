"""Two kinds of error: known ones get a clear message box, bugs get a dialog with the log path.

Known errors are the ones a user can act on — a locked database, an unreachable server,
a bad file, an edit conflict, a change the rules refuse. They come from the store
(:class:`~inquiry_tracker.store.StoreError`), the reader (``ReadError``) or the operating
system (``OSError`` while writing an export). Anything else is a bug: it is logged with
its traceback to the log file, and the dialog tells where that file is.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from inquiry_tracker.store.redact import RedactingFilter

log = logging.getLogger("inquiry_tracker.gui")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def is_known(err: BaseException) -> bool:
    """Whether ``err`` is a problem the user can fix (not a bug)."""
    from inquiry_tracker.store import StoreError

    if isinstance(err, StoreError | OSError):
        return True
    try:
        from inquiry_tracker.extract import ReadError
    except ImportError:  # pragma: no cover - the reader is part of the package
        return False
    return isinstance(err, ReadError)


def describe(err: BaseException) -> tuple[str, str]:
    """A title and a message for a known error."""
    from inquiry_tracker.store import (
        ConflictError,
        DatabaseLockedError,
        DatabaseUnavailableError,
        InvalidChangeError,
        NotFoundError,
        NotOurDatabaseError,
        SchemaTooNewError,
    )

    if isinstance(err, ConflictError):
        return QCoreApplication.translate("errors", "条目已被他人修改"), QCoreApplication.translate("errors", "这条记录刚被别人改过,已重新载入最新内容,请再操作一次。") + "\n\n" + str(err)
    if isinstance(err, DatabaseLockedError):
        return QCoreApplication.translate("errors", "数据库被占用"), QCoreApplication.translate("errors", "另一个程序正在写入数据库,请稍后再试。") + "\n\n" + str(err)
    if isinstance(err, DatabaseUnavailableError):
        return QCoreApplication.translate("errors", "无法连接数据库"), QCoreApplication.translate("errors", "请检查数据库文件或服务器地址(设置 → 数据库)。") + "\n\n" + str(err)
    if isinstance(err, SchemaTooNewError | NotOurDatabaseError):
        return QCoreApplication.translate("errors", "无法打开数据库"), str(err)
    if isinstance(err, InvalidChangeError):
        return QCoreApplication.translate("errors", "无法执行此操作"), str(err)
    if isinstance(err, NotFoundError):
        return QCoreApplication.translate("errors", "找不到记录"), str(err)
    if isinstance(err, OSError):
        where = f"{err.filename}: " if getattr(err, "filename", None) else ""
        return QCoreApplication.translate("errors", "文件操作失败"), where + (err.strerror or str(err))
    if type(err).__name__ == "ReadError":
        return QCoreApplication.translate("errors", "文件无法读取"), str(err)
    return QCoreApplication.translate("errors", "操作失败"), str(err)


class ErrorReporter(QObject):
    """Shows errors to the user without blocking the event loop (dialogs are opened, not exec'd).

    Signals:
        shown(str title, str message): a message box was opened (tests wait on this).
    """

    shown = Signal(str, str)

    def __init__(self, log_path: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self.last_box: QMessageBox | None = None

    def report(self, err: BaseException, parent: QWidget | None = None) -> None:
        """A message box for ``err``: clear text when known, the bug dialog otherwise."""
        from inquiry_tracker.gui.runner import Cancelled

        if isinstance(err, Cancelled):
            return
        if is_known(err):
            title, message = describe(err)
            self._open(QMessageBox.Icon.Warning, title, message, None, parent)
        else:
            self.report_bug(type(err), err, err.__traceback__, parent)

    def report_bug(
        self,
        kind: type[BaseException],
        err: BaseException,
        tb: TracebackType | None,
        parent: QWidget | None = None,
    ) -> None:
        """The crash dialog: what happened, where the log is, the traceback under Details."""
        details = "".join(traceback.format_exception(kind, err, tb))
        log.error("unexpected error\n%s", details)
        where = str(self.log_path) if self.log_path else QCoreApplication.translate("errors", "(未写日志文件)")
        message = (
            QCoreApplication.translate("errors", "程序遇到了意外错误。您的数据已保存;可以继续使用,但最好重启程序。")
            + "\n\n"
            + QCoreApplication.translate("errors", "日志文件:")
            + f" {where}\n"
            + QCoreApplication.translate("errors", "报告问题时请附上该文件。")
        )
        self._open(QMessageBox.Icon.Critical, QCoreApplication.translate("errors", "意外错误"), message, details, parent)

    def _open(
        self, icon: QMessageBox.Icon, title: str, message: str, details: str | None, parent: QWidget | None
    ) -> None:
        parent = parent or QApplication.activeWindow()
        box = QMessageBox(icon, title, message, QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("errorBox")
        if details:
            box.setDetailedText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_box = box
        box.finished.connect(lambda _r: self._closed(box))
        box.open()
        self.shown.emit(title, message)

    def _closed(self, box: QMessageBox) -> None:
        if self.last_box is box:
            self.last_box = None


def install_excepthook(reporter: ErrorReporter) -> ExceptHook:
    """Route uncaught exceptions (in slots too) to the bug dialog; returns the previous hook."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], err: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, err, tb)
            return
        try:
            if is_known(err):
                reporter.report(err)
            else:
                reporter.report_bug(kind, err, tb)
        except Exception:  # noqa: BLE001 — never let the hook itself raise
            previous(kind, err, tb)

    sys.excepthook = hook
    return previous


def setup_logging(log_dir: Path, verbose: int = 0) -> RotatingFileHandler:
    """Log ``inquiry_tracker.*`` to ``log_dir/inquiry-tracker.log``; returns the handler
    (its ``baseFilename`` is the path; remove it from the logger when done)."""
    log_dir.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(log_dir / "inquiry-tracker.log", maxBytes=2_000_000, backupCount=2, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())  # no database password reaches the log file
    root = logging.getLogger("inquiry_tracker")
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose > 1 else logging.INFO)
    return handler
