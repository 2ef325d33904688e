"""Alembic environment: runs the revisions on the connection given by :mod:`store.migrate`.

The program never calls ``alembic`` on the command line; :func:`store.migrate.upgrade`
passes an open connection in ``config.attributes["connection"]``. For developers the
``sqlalchemy.url`` option still works (``alembic -c ... upgrade head``).
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from inquiry_tracker.store.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    from inquiry_tracker.store.engine import make_engine, resolve_url

    engine = make_engine(resolve_url(config.get_main_option("sqlalchemy.url")))
    with engine.begin() as conn:
        _run(conn)
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("offline (--sql) migrations are not supported; connect to a database")
run_migrations_online()
