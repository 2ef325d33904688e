"""The open database: one engine, short read and write sessions, known errors translated.

The application's composition root opens one :class:`Database` and hands it to the
services; nothing here is global. ``Database.open`` upgrades the schema first (see
:mod:`store.migrate`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from inquiry_tracker.store.engine import (
    IMMEDIATE,
    describe,
    make_engine,
    resolve_url,
    translated_errors,
)
from inquiry_tracker.store.errors import ConflictError
from inquiry_tracker.store.migrate import UpgradeResult, upgrade_database

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
    def write(self) -> Iterator[Session]:
        """A session for one all-or-nothing change, committed when the block ends.

        A concurrent change to a versioned item surfaces as :class:`ConflictError`.
        """
        with translated_errors(self.where), self._writer() as session:
            try:
                yield session
                session.commit()
            except StaleDataError as err:
                session.rollback()
                raise ConflictError(detail=str(err).splitlines()[0]) from err
            except BaseException:
                session.rollback()
                raise

    def optimize(self) -> None:
        """Tidy up after a large change (a big import): planner statistics, and on
        PostgreSQL a VACUUM, which merges the GIN index's pending entries and marks pages
        all-visible so counting search hits need not visit the table."""
        with translated_errors(self.where), self.engine.connect() as conn:
            if self.dialect == "sqlite":
                conn.exec_driver_sql("PRAGMA optimize")
                conn.commit()
            else:
                auto = conn.execution_options(isolation_level="AUTOCOMMIT")
                auto.exec_driver_sql("VACUUM (ANALYZE) items, item_search, item_sources, sources")
        log.debug("optimized %s", self.where)

    def close(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
