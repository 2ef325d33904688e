"""Known storage errors: each carries one clear, bilingual line for the user.

The CLI prints ``str(error)`` on stderr; the GUI shows it in a message box. Anything
that is not a :class:`StoreError` is a bug and goes to the crash report.
"""

from __future__ import annotations


class StoreError(Exception):
    """Base class of the storage errors a user can act on."""


class ConflictError(StoreError):
    """An item was changed by someone else since it was read (optimistic locking)."""

    def __init__(self, item_id: int | None = None, detail: str = "") -> None:
        self.item_id = item_id
        which = f" #{item_id}" if item_id is not None else ""
        msg = (
            f"该条目已被他人修改,请刷新后重试{f'({which.strip()})' if which else ''} / "
            f"item{which} was changed by someone else; reload and try again"
        )
        super().__init__(msg + (f" ({detail})" if detail else ""))


class NotFoundError(StoreError):
    """A row asked for by id does not exist."""

    def __init__(self, what_zh: str, what_en: str, ident: object) -> None:
        self.what = what_en
        self.ident = ident
        super().__init__(f"找不到{what_zh} {ident} / no such {what_en}: {ident}")


class SchemaTooNewError(StoreError):
    """The database was written by a newer (or unknown) version of the program."""

    def __init__(self, revision: str, where: str) -> None:
        self.revision = revision
        super().__init__(
            f"{where}: 数据库结构版本 {revision} 比本程序新或未知,请升级问政追踪 / "
            f"database schema {revision} is newer than this program (or unknown); upgrade inquiry-tracker"
        )


class NotOurDatabaseError(StoreError):
    """The file or schema holds tables but was not created by this program."""

    def __init__(self, where: str) -> None:
        super().__init__(f"{where}: 这不是问政追踪的数据库 / not an inquiry-tracker database")


class DatabaseLockedError(StoreError):
    """SQLite stayed locked by another process through the busy timeout and every retry."""

    def __init__(self, where: str) -> None:
        super().__init__(f"{where}: 数据库被其他程序占用 / database is locked by another program; try again")


class DatabaseUnavailableError(StoreError):
    """The database server cannot be reached (or went away) or the file cannot be opened.

    ``note`` says what happened to a change that was under way (see ``Database.write``).
    """

    def __init__(self, where: str, reason: str, note: str = "") -> None:
        self.where = where
        self.reason = reason
        self.note = note
        super().__init__(f"{where}: 无法连接数据库 / cannot open database: {reason}" + (f" — {note}" if note else ""))


class DiskFullError(StoreError):
    """The disk holding the database (the SQLite file, or the server's data) is full.

    The transaction that hit it was rolled back; nothing of it was stored.
    """

    def __init__(self, where: str, reason: str = "") -> None:
        self.where = where
        self.reason = reason
        super().__init__(f"{where}: 磁盘已满 / the disk is full" + (f" ({reason})" if reason else ""))


class InvalidChangeError(StoreError):
    """A requested change breaks a rule (for example 'broken' before the due date)."""


def is_concurrent_insert(err: BaseException) -> bool:
    """Whether ``err`` is a unique constraint refusing a row another writer inserted first
    (the document is then tried again from a fresh read)."""
    from sqlalchemy import exc

    return isinstance(err, exc.IntegrityError)


def driver_error(err: BaseException) -> BaseException:
    """The database driver's own error under SQLAlchemy's wrapper (its message has no SQL
    dump), or ``err`` itself."""
    from sqlalchemy import exc

    if isinstance(err, exc.StatementError) and err.orig is not None:
        return err.orig
    return err
