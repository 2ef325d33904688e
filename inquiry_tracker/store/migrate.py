"""Schema upgrades on open: Alembic revisions run programmatically, never ``create_all()``.

:func:`upgrade_database` brings a database to the newest revision this program knows.
A SQLite file is copied aside first (``<file>.before-<rev>-<time>.bak``); a database at an
unknown revision (written by a newer program) is refused; a database holding foreign
tables without an Alembic version is refused too.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, func, inspect, select, text
from sqlalchemy.engine import URL
from sqlalchemy.pool import NullPool

from inquiry_tracker.store.engine import (
    IMMEDIATE,
    describe,
    make_engine,
    sqlite_path,
    translated_errors,
)
from inquiry_tracker.store.errors import NotOurDatabaseError, SchemaTooNewError, StoreError

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

log = logging.getLogger("inquiry_tracker.store")

#: the newest revision, written out so that opening an up-to-date database needs no Alembic
#: import (about 0.2 s of start-up); a test checks it against the migrations directory
HEAD_REVISION = "0006_desk"

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
#: key of the PostgreSQL advisory lock held while upgrading (one upgrader at a time)
_PG_LOCK_KEY = 0x1A7_2E5C


@dataclass(frozen=True, slots=True)
class UpgradeResult:
    """What opening did to the schema."""

    from_revision: str | None
    to_revision: str
    backup: Path | None

    @property
    def upgraded(self) -> bool:
        return self.from_revision != self.to_revision


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic config pointing at the migrations inside the package."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("path_separator", "os")
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def script_directory() -> ScriptDirectory:
    """The revisions this program knows."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    """The newest revision this program knows."""
    head = script_directory().get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    """The revision the database is at, or None when it has no Alembic version."""
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def _at_head(connection: Connection) -> bool:
    """True when the database is stamped with :data:`HEAD_REVISION` (checked without Alembic)."""
    if not inspect(connection).has_table("alembic_version"):
        return False
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all() == [HEAD_REVISION]


def _check_known(connection: Connection, where: str) -> str | None:
    rev = current_revision(connection)
    if rev is None:
        tables = set(inspect(connection).get_table_names())
        if tables - {"alembic_version"}:
            raise NotOurDatabaseError(where)
        return None
    known = {s.revision for s in script_directory().walk_revisions()}
    if rev not in known:
        raise SchemaTooNewError(rev, where)
    return rev


def backup_sqlite(path: Path, revision: str | None) -> Path:
    """Copy a SQLite file (consistently, via the backup API) next to itself."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = path.with_name(f"{path.name}.before-{revision or 'none'}-{stamp}.bak")
    src = sqlite3.connect(str(path))
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    log.info("backed up %s to %s before upgrading", path, target)
    return target


def upgrade_database(url: URL, *, backup: bool = True) -> UpgradeResult:
    """Bring the database at ``url`` to the head revision (see module docstring)."""
    where = describe(url)
    engine = make_engine(url, foreign_keys=False, poolclass=NullPool)
    try:
        with translated_errors(where):
            with engine.connect() as conn:
                if _at_head(conn):  # the everyday case: nothing to do, no Alembic to load
                    return UpgradeResult(HEAD_REVISION, HEAD_REVISION, None)
                conn.rollback()
            head = head_revision()
            with engine.connect() as conn:
                before = _check_known(conn, where)
                conn.rollback()
            if before == head:
                return UpgradeResult(before, head, None)
            saved: Path | None = None
            path = sqlite_path(url)
            if backup and before is not None and path is not None and path.exists():
                saved = backup_sqlite(path, before)
            # one upgrader at a time: PostgreSQL's advisory lock; on SQLite the write lock taken
            # at BEGIN IMMEDIATE, which waits (busy timeout and retries) like every other write
            sqlite = engine.dialect.name == "sqlite"
            writer = engine.execution_options(**{IMMEDIATE: True}) if sqlite else engine
            with writer.begin() as conn:
                if not sqlite:
                    conn.execute(select(func.pg_advisory_xact_lock(_PG_LOCK_KEY)))
                before = _check_known(conn, where)  # another program may have upgraded meanwhile
                if before != head:
                    from alembic import command

                    log.info("upgrading %s from %s to %s", where, before, head)
                    command.upgrade(alembic_config(conn), "head")
                    if conn.dialect.name == "sqlite":
                        bad = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                        if bad:
                            raise StoreError(f"{where}: upgrade broke foreign keys: {bad[:3]}")
            return UpgradeResult(before, head, saved)
    finally:
        engine.dispose()
