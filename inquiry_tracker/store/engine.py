"""Database URLs and engines: where the database lives and how connections behave.

The URL comes from ``--db``, else ``$INQUIRY_TRACKER_DB``, else a SQLite file in the user's
data directory. A bare path is taken as a SQLite file. SQLite connections run in WAL mode
with foreign keys on and a busy timeout; SQLAlchemy (not the ``sqlite3`` driver) emits
BEGIN, so DDL is transactional and writers can ask for ``BEGIN IMMEDIATE``.

Locks: a writer takes SQLite's write lock at ``BEGIN IMMEDIATE``, before it has changed
anything. When another program holds the lock, SQLite's busy handler waits up to
:data:`BUSY_TIMEOUT_MS`; after that the BEGIN is retried :data:`LOCK_RETRIES` times with a
doubling pause (:data:`LOCK_BACKOFF_S`), and only then does the caller get
:class:`DatabaseLockedError` — about 22 s in all with the defaults. PostgreSQL connections
are pinged when taken from the pool, so a server that was restarted is reconnected to
without reopening anything; a connection lost mid-transaction surfaces as
:class:`DatabaseUnavailableError`. A full disk (SQLite's ``SQLITE_FULL``, PostgreSQL's
``53100``) surfaces as :class:`DiskFullError`.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from inquiry_tracker.store.errors import (
    DatabaseLockedError,
    DatabaseUnavailableError,
    DiskFullError,
)
from inquiry_tracker.store.redact import parse_url, redact

log = logging.getLogger("inquiry_tracker.store")

ENV_VAR = "INQUIRY_TRACKER_DB"
APP_NAME = "inquiry-tracker"
DEFAULT_FILENAME = "inquiry-tracker.sqlite"
#: milliseconds SQLite's busy handler waits for another writer before "database is locked"
BUSY_TIMEOUT_MS = 5_000
#: after the busy timeout runs out, BEGIN IMMEDIATE is tried this many more times
LOCK_RETRIES = 3
#: seconds to pause before the first of those retries; the pause doubles each time
LOCK_BACKOFF_S = 0.25
#: SQLite result codes (primary code: the low byte of an extended code)
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_FULL = 5, 6, 13
#: PostgreSQL's SQLSTATE for "disk full"
_PG_DISK_FULL = "53100"
#: execution option that makes a SQLite transaction start with BEGIN IMMEDIATE
IMMEDIATE = "inquiry_tracker_immediate"
#: execution option of a long run of writes (a large import): on SQLite the connection keeps a
#: 64 MB page cache instead of 2 MB (index pages are read again and again) and checkpoints its
#: WAL every 10,000 pages instead of 1,000 (a page changed by many documents is copied back
#: once); any other transaction on that connection puts SQLite's own values back
BULK = "inquiry_tracker_bulk"
_BULK_ON = ("PRAGMA cache_size=-65536", "PRAGMA wal_autocheckpoint=10000")


def default_sqlite_path() -> Path:
    """The embedded database file in the user's data directory (not created here)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False)) / DEFAULT_FILENAME


def resolve_url(db: str | None = None, environ: dict[str, str] | None = None) -> URL:
    """``--db`` value, else ``$INQUIRY_TRACKER_DB``, else the default SQLite file.

    Anything without ``://`` is a file path (``~`` expanded, made absolute).
    """
    env = os.environ if environ is None else environ
    raw = db or env.get(ENV_VAR) or ""
    if not raw:
        return make_url("sqlite:///" + str(default_sqlite_path()))
    if "://" not in raw:
        path = Path(raw).expanduser().resolve()
        return make_url("sqlite:///" + str(path))
    try:
        url = parse_url(raw)
    except (ArgumentError, ValueError):
        raise DatabaseUnavailableError(redact(raw), "不是数据库地址 / not a database URL") from None
    if url.drivername == "postgresql":  # psycopg 3 is what we ship
        url = url.set(drivername="postgresql+psycopg")
    return url


def describe(url: URL) -> str:
    """A short, password-free name for messages: the file path, or
    ``PostgreSQL db (user@host:port)`` (a socket directory given as ``?host=`` counts)."""
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    if url.get_backend_name() != "postgresql":
        return url.render_as_string(hide_password=True)

    def query(key: str) -> str:
        value = url.query.get(key) or ""
        return value if isinstance(value, str) else (value[0] if value else "")

    host = url.host or query("host") or "localhost"
    port = url.port or query("port")
    user = f"{url.username}@" if url.username else ""
    return f"PostgreSQL {url.database or ''} ({user}{host}{f':{port}' if port else ''})"


def sqlite_path(url: URL) -> Path | None:
    """The file of a SQLite URL, or None for memory databases and other backends."""
    if url.get_backend_name() != "sqlite":
        return None
    name = url.database or ""
    if not name or name == ":memory:" or name.startswith("file:"):
        return None
    return Path(name)


#: the first bytes of every SQLite 3 database file
SQLITE_MAGIC = b"SQLite format 3\x00"


def _no_write(path: Path) -> bool:
    """Nobody may write ``path`` (its mode has no write bit), or this process may not.

    The mode counts even for root, who could write anyway: a file or folder someone made
    read-only is meant to stay unchanged."""
    mode = path.stat().st_mode
    return not (mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)) or not os.access(path, os.W_OK)


def check_sqlite_target(url: URL) -> Path | None:
    """The SQLite file of ``url``, refused with one clear line when it cannot serve.

    Refused: an in-memory database (it is lost when the command ends), a file in a folder
    that does not exist (a mistyped path; only the default data folder is created), a
    folder or a file that is not a SQLite database, a read-only file, and a read-only
    folder (SQLite keeps its ``-wal`` and ``-shm`` files beside the database).
    """
    where = describe(url)
    path = sqlite_path(url)
    if path is None:
        if not url.database or url.database == ":memory:" or "memory" in str(url.query.get("mode", "")):
            raise DatabaseUnavailableError(
                where, "内存数据库在程序结束时即丢失,请指定文件 / an in-memory database is lost when the program ends; give a file"
            )
        return None
    folder = path.parent
    if not folder.is_dir():
        if path != default_sqlite_path():
            raise DatabaseUnavailableError(where, f"文件夹不存在 / the folder {folder} does not exist")
        folder.mkdir(parents=True, exist_ok=True)
    if path.is_dir():
        raise DatabaseUnavailableError(where, "这是文件夹,不是数据库文件 / this is a folder, not a database file")
    if path.exists():
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
        if head and head != SQLITE_MAGIC:
            raise DatabaseUnavailableError(where, "不是 SQLite 数据库文件 / not a SQLite database file")
        if _no_write(path):
            raise DatabaseUnavailableError(where, "数据库文件只读 / the database file is read-only")
    if _no_write(folder):
        raise DatabaseUnavailableError(
            where, f"文件夹 {folder} 只读,SQLite 需要在数据库旁写日志文件 / the folder is read-only (SQLite writes its journal beside the database)"
        )
    return path


def make_engine(url: URL, *, foreign_keys: bool = True, **kwargs: Any) -> Engine:
    """An engine with this project's connection settings for SQLite or PostgreSQL.

    ``foreign_keys=False`` is for migrations only: SQLite batch mode copies and drops
    tables, which must not cascade.
    """
    backend = url.get_backend_name()
    if backend == "sqlite":
        check_sqlite_target(url)
        # the driver's timeout is SQLite's busy timeout (PRAGMA busy_timeout reports it)
        connect_args: dict[str, Any] = {"timeout": BUSY_TIMEOUT_MS / 1000}
        engine = create_engine(url, connect_args=connect_args, **kwargs)
        _configure_sqlite(engine, foreign_keys)
        return engine
    if backend == "postgresql":
        pg_args: dict[str, Any] = {"connect_timeout": 10, "application_name": APP_NAME}
        return create_engine(url, connect_args=pg_args, pool_pre_ping=True, **kwargs)
    raise DatabaseUnavailableError(describe(url), f"unsupported database backend '{backend}'")


def _configure_sqlite(engine: Engine, foreign_keys: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy emit BEGIN (see the "begin" hook) instead of the driver.
        dbapi_connection.isolation_level = None
        cur = dbapi_connection.cursor()
        try:
            _switch_to_wal(cur)
            cur.execute("PRAGMA foreign_keys=ON" if foreign_keys else "PRAGMA foreign_keys=OFF")
            cur.execute("PRAGMA synchronous=NORMAL")
        finally:
            cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        _bulk_settings(conn.connection, bool(conn.get_execution_options().get(BULK)))
        if conn.get_execution_options().get(IMMEDIATE):
            begin_immediate(conn.connection.dbapi_connection)
        else:
            conn.exec_driver_sql("BEGIN")


def _bulk_settings(pooled: Any, bulk: bool) -> None:
    """Switch a SQLite connection into or out of :data:`BULK` settings (before BEGIN)."""
    info = pooled.info
    if bool(info.get(BULK)) == bulk:
        return
    raw = pooled.dbapi_connection
    if bulk:
        info["sqlite_defaults"] = (
            int(raw.execute("PRAGMA cache_size").fetchone()[0]),
            int(raw.execute("PRAGMA wal_autocheckpoint").fetchone()[0]),
        )
        for pragma in _BULK_ON:
            raw.execute(pragma)
    else:
        cache_size, checkpoint = info["sqlite_defaults"]
        # PRAGMA takes no bound parameters; these are integers SQLite itself reported
        raw.execute(f"PRAGMA cache_size={int(cache_size)}")
        raw.execute(f"PRAGMA wal_autocheckpoint={int(checkpoint)}")
    info[BULK] = bulk


def _while_locked(execute: Callable[[str], object], sql: str) -> None:
    """Run ``sql``, retried while another program holds the lock: :data:`LOCK_RETRIES` more
    times, the pause doubling from :data:`LOCK_BACKOFF_S`; the last failure is raised."""
    for attempt in range(LOCK_RETRIES + 1):
        try:
            execute(sql)
        except sqlite3.OperationalError as err:
            if not _is_locked(err) or attempt == LOCK_RETRIES:
                raise
            pause = LOCK_BACKOFF_S * 2**attempt
            log.info("database is locked by another program; retry %d of %d in %.2f s", attempt + 1, LOCK_RETRIES, pause)
            time.sleep(pause)
        else:
            if attempt:
                log.info("got the database's lock after %d retries", attempt)
            return


def _switch_to_wal(cur: sqlite3.Cursor) -> None:
    """``PRAGMA journal_mode=WAL``, retried while another program switches the same file.

    Two programs opening a brand-new file at once both read its header and then both need
    the exclusive lock to turn WAL on; SQLite answers one of them "database is locked" at
    once instead of waiting (waiting would deadlock), so the switch is retried like
    :func:`begin_immediate`. Once the file is in WAL mode the pragma needs no lock.
    """
    _while_locked(cur.execute, "PRAGMA journal_mode=WAL")


def begin_immediate(raw: sqlite3.Connection) -> None:
    """``BEGIN IMMEDIATE`` on a driver connection, retried while another program holds the lock.

    Safe to retry: nothing of the transaction has run yet. Each attempt waits up to the
    busy timeout inside SQLite; between attempts the pause doubles. The last failure is
    raised as SQLAlchemy's OperationalError, which :func:`translated_errors` turns into
    :class:`DatabaseLockedError`.
    """
    try:
        _while_locked(raw.execute, "BEGIN IMMEDIATE")
    except sqlite3.OperationalError as err:
        raise exc.OperationalError("BEGIN IMMEDIATE", None, err) from err


def _is_locked(err: BaseException) -> bool:
    orig = getattr(err, "orig", err)
    code = getattr(orig, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (_SQLITE_BUSY, _SQLITE_LOCKED)
    text = str(orig).lower()
    return "database is locked" in text or "database table is locked" in text


def _is_disk_full(err: BaseException) -> bool:
    orig = getattr(err, "orig", err)
    code = getattr(orig, "sqlite_errorcode", None)
    if code is not None and code & 0xFF == _SQLITE_FULL:
        return True
    if getattr(orig, "sqlstate", None) == _PG_DISK_FULL:
        return True
    text = str(orig).lower()
    return "database or disk is full" in text or "no space left on device" in text


@contextmanager
def translated_errors(where: str) -> Iterator[None]:
    """Turn driver errors a user can act on into :mod:`store.errors` exceptions."""
    try:
        yield
    except exc.OperationalError as err:
        if _is_locked(err):
            raise DatabaseLockedError(where) from err
        orig = getattr(err, "orig", None)
        module = type(orig).__module__ if orig is not None else ""
        reason = str(orig or err).strip().splitlines()[0] if str(orig or err).strip() else type(err).__name__
        if _is_disk_full(err):
            raise DiskFullError(where, reason) from err
        if err.connection_invalidated:  # the server went away (SQLAlchemy saw a disconnect)
            raise DatabaseUnavailableError(where, reason) from err
        if module.startswith("psycopg") and _looks_unreachable(reason):
            raise DatabaseUnavailableError(where, reason) from err
        if "unable to open database" in reason.lower() or "readonly database" in reason.lower():
            raise DatabaseUnavailableError(where, reason) from err
        raise
    except exc.DatabaseError as err:
        reason = str(getattr(err, "orig", err)).strip()
        if "file is not a database" in reason or "database disk image is malformed" in reason:
            raise DatabaseUnavailableError(where, reason) from err
        raise
    except exc.InterfaceError as err:
        raise DatabaseUnavailableError(where, str(getattr(err, "orig", err)).strip()) from err


def _looks_unreachable(reason: str) -> bool:
    low = reason.lower()
    return any(
        s in low
        for s in (
            "connection",
            "could not",
            "timeout",
            "no such file",
            "does not exist",
            "password",
            "refused",
            "server closed",
        )
    )
