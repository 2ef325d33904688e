"""The open database: one engine, short read and write sessions, known errors translated.

The application's composition root opens one :class:`Database` and hands it to the
services; nothing here is global. ``Database.open`` upgrades the schema first (see
:mod:`store.migrate`).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from inquiry_tracker.store.engine import (
    BULK,
    IMMEDIATE,
    describe,
    make_engine,
    resolve_url,
    translated_errors,
)
from inquiry_tracker.store.errors import ConflictError, DatabaseUnavailableError, StoreError
from inquiry_tracker.store.migrate import UpgradeResult, upgrade_database
from inquiry_tracker.store.search import PendingEntries, hold_entries

log = logging.getLogger("inquiry_tracker.store")


class Database:
    """A connection to the tracker's database (SQLite file or PostgreSQL server).

    Use :meth:`read` for queries and :meth:`write` for changes; each is one transaction.
    """

    def __init__(self, engine: Engine, url: URL, upgrade: UpgradeResult | None = None) -> None:
        self.engine = engine
        self.url = url
        self.where = describe(url)
        self.upgrade = upgrade
        self._reader = sessionmaker(engine, expire_on_commit=False, autoflush=False)
        writer_bind = engine.execution_options(**{IMMEDIATE: True}) if self.dialect == "sqlite" else engine
        self._writer = sessionmaker(writer_bind, expire_on_commit=False, autoflush=True)
        bulk_bind = engine.execution_options(**{IMMEDIATE: True, BULK: True}) if self.dialect == "sqlite" else engine
        self._bulk_writer = sessionmaker(bulk_bind, expire_on_commit=False, autoflush=True)

    @classmethod
    def open(cls, db: str | URL | None = None, *, upgrade: bool = True, backup: bool = True) -> Database:
        """Open ``db`` (URL, file path, or None for ``$INQUIRY_TRACKER_DB``/the default file).

        Upgrades the schema to the newest revision (backing up a SQLite file first) and
        raises :class:`SchemaTooNewError` for a database from a newer program.
        """
        url = db if isinstance(db, URL) else resolve_url(db)
        result = upgrade_database(url, backup=backup) if upgrade else None
        engine = make_engine(url)
        log.debug("opened %s", describe(url))
        return cls(engine, url, result)

    @property
    def dialect(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self.engine.dialect.name

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries; rolled back at the end."""
        with translated_errors(self.where), self._reader() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def write(self, *, bulk: bool = False) -> Iterator[Session]:
        """A session for one all-or-nothing change, committed when the block ends.

        ``bulk`` says the change is one of a long run (a large import): SQLite then keeps
        more pages in memory and checkpoints less often (see :data:`store.engine.BULK`);
        what is stored is the same.

        A concurrent change to a versioned item surfaces as :class:`ConflictError`; a lost
        server connection as :class:`DatabaseUnavailableError` saying whether the change is
        certainly not stored (lost before COMMIT) or must be checked (lost during COMMIT).
        """
        committing = False
        try:
            with translated_errors(self.where), (self._bulk_writer if bulk else self._writer)() as session:
                try:
                    yield session
                    committing = True
                    session.commit()
                except StaleDataError as err:
                    _quiet_rollback(session)
                    raise ConflictError(detail=str(err).splitlines()[0]) from err
                except BaseException:
                    _quiet_rollback(session)
                    raise
        except DatabaseUnavailableError as err:
            if err.note:
                raise
            note = (
                "提交时连接中断,请刷新确认是否已保存 / the connection dropped during COMMIT: reload to check whether the change was saved"
                if committing
                else "本次修改未保存 / this change was not saved"
            )
            raise DatabaseUnavailableError(err.where, err.reason, note) from err.__cause__

    @contextmanager
    def batch(self, *, bulk: bool = False) -> Iterator[WriteBatch]:
        """Changes made one after another, several to a transaction (see :class:`WriteBatch`);
        what is still open when the block ends is committed, or rolled back on an error."""
        batch = WriteBatch(self, bulk)
        try:
            yield batch
            batch.commit()
        finally:
            batch.rollback()

    def optimize(self) -> None:
        """Tidy up after a large change (a big import): planner statistics, and on
        PostgreSQL a VACUUM, which merges the GIN index's pending entries and marks pages
        all-visible so counting search hits need not visit the table.

        Best effort: the change itself is already committed, so a locked database, a full
        disk or a lost server here is logged, not raised."""
        try:
            with translated_errors(self.where), self.engine.connect() as conn:
                if self.dialect == "sqlite":
                    conn.exec_driver_sql("PRAGMA optimize")
                    conn.commit()
                else:
                    auto = conn.execution_options(isolation_level="AUTOCOMMIT")
                    auto.exec_driver_sql("VACUUM (ANALYZE) items, item_search, item_sources, sources")
        except StoreError as err:
            log.warning("could not optimize %s: %s", self.where, err)
            return
        log.debug("optimized %s", self.where)

    def close(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class WriteBatch:
    """Changes made one after another, several to a transaction, each all or nothing on its
    own: every :meth:`change` is a SAVEPOINT, so one that fails is rolled back alone and the
    others stand; :meth:`commit` makes the changes so far durable together. A large import
    on SQLite writes its documents this way (see :mod:`inquiry_tracker.services.batches`):
    one commit — and one write of the search entries, held meanwhile in
    :class:`~inquiry_tracker.store.search.PendingEntries` — per few documents instead of per
    document.

    A transaction opens with the first change after a commit (``BEGIN IMMEDIATE`` on SQLite,
    so the write lock is held from then until :meth:`commit`: callers commit before waiting
    for anything). When a failed change takes the whole transaction with it (SQLite rolls
    everything back on some errors, a full disk among them) or a commit fails, the changes
    since the last commit are gone: :attr:`intact` turns False and the caller decides what to
    write again.
    """

    def __init__(self, db: Database, bulk: bool) -> None:
        self._db = db
        self._bulk = bulk
        self._session: Session | None = None
        self._pending: PendingEntries | None = None
        #: changes made since the last commit (still to be made durable)
        self.changes = 0
        #: when the open transaction began (``time.monotonic()``), None when none is open
        self.opened: float | None = None
        #: False once the changes since the last commit were lost with their transaction
        self.intact = True

    @contextmanager
    def change(self) -> Iterator[Session]:
        """One all-or-nothing change inside the batch's transaction. An exception inside it
        rolls this change back (and, if that fails, the whole transaction: :attr:`intact`)
        and is raised, driver errors translated as by :meth:`Database.write`."""
        where = self._db.where
        with translated_errors(where):
            if self._session is None:
                self._open()
            session = self._session
            assert session is not None and self._pending is not None
            held = len(self._pending)
            savepoint = session.begin_nested()
            try:
                yield session
                savepoint.commit()
            except BaseException:
                self._pending.undo(held)
                try:
                    savepoint.rollback()
                    alive = _in_transaction(session)
                except Exception:  # noqa: BLE001 — the error that caused it is the one to report
                    log.debug("rolling back to the savepoint failed", exc_info=True)
                    alive = False
                if not alive:
                    self.rollback()
                raise
            self.changes += 1

    def _open(self) -> None:
        session = (self._db._bulk_writer if self._bulk else self._db._writer)()
        try:
            session.begin()
            session.connection()  # BEGIN (IMMEDIATE) now: the lock is taken before any change
        except BaseException:
            session.close()
            raise
        self._session, self._pending = session, hold_entries(session)
        self.opened = time.monotonic()
        self.intact = True

    def commit(self) -> None:
        """Make the changes since the last commit durable (the held search entries written
        first). On failure they are rolled back (:attr:`intact` False) and the error raised."""
        session, pending = self._session, self._pending
        if session is None or pending is None:
            return
        try:
            with translated_errors(self._db.where):
                pending.flush(session.connection())
                session.commit()
        except BaseException:
            self.rollback()
            raise
        self._close()

    def rollback(self) -> None:
        """Undo the changes since the last commit (nothing when none is open)."""
        if self._session is None:
            return
        lost = self.changes > 0
        _quiet_rollback(self._session)
        self._close()
        if lost:
            self.intact = False

    def _close(self) -> None:
        assert self._session is not None
        self._session.close()
        self._session = self._pending = None
        self.changes = 0
        self.opened = None


def _in_transaction(session: Session) -> bool:
    """The session's transaction still stands in the database (SQLite rolls a transaction
    back by itself on some errors; the driver connection then says it is in none)."""
    if not session.in_transaction():
        return False
    raw = session.connection().connection.dbapi_connection
    return bool(getattr(raw, "in_transaction", True))


def _quiet_rollback(session: Session) -> None:
    """Roll back without hiding the error that caused it (the connection may be gone)."""
    try:
        session.rollback()
    except Exception:  # noqa: BLE001 — the original error is the one to report
        log.debug("rollback after an error failed too", exc_info=True)
