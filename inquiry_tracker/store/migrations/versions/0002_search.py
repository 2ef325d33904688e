"""Chinese full-text search: item_search text plus an n-gram index, filled for existing items.

Revision ID: 0002_search
Revises: 0001_initial
Create Date: 2025-11-21

SQLite gets a contentless FTS5 table ``item_fts(uni, bi)`` (unigrams, bigrams as
space-separated words for the default unicode61 tokenizer); PostgreSQL a ``grams``
tsvector column with a GIN index. The gram functions come from
:mod:`inquiry_tracker.store.search`; a later change to them must ship its own migration
that rebuilds the index.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from inquiry_tracker.store.search import fts_columns, search_body, tsvector_literal

revision: str = "0002_search"
down_revision: str | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "item_search",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("item_id", name=op.f("pk_item_search")),
        sa.ForeignKeyConstraint(
            ["item_id"], ["items.id"], name=op.f("fk_item_search_item_id_items"), ondelete="CASCADE"
        ),
    )
    bind = op.get_bind()
    dialect = bind.dialect.name
    if dialect == "sqlite":
        op.execute("CREATE VIRTUAL TABLE item_fts USING fts5(uni, bi, content='')")
    elif dialect == "postgresql":
        op.add_column("item_search", sa.Column("grams", postgresql.TSVECTOR(), nullable=True))
        op.create_index("ix_item_search_grams", "item_search", ["grams"], postgresql_using="gin")
    _backfill(bind, dialect)


def _backfill(bind: sa.Connection, dialect: str) -> None:
    items = sa.table(
        "items",
        sa.column("id"),
        sa.column("subject"),
        sa.column("question"),
        sa.column("reply"),
        sa.column("statement"),
        sa.column("department"),
        sa.column("department_id"),
    )
    departments = sa.table("departments", sa.column("id"), sa.column("name"))
    spans = sa.table("item_sources", sa.column("item_id"), sa.column("source_id"))
    sources = sa.table("sources", sa.column("id"), sa.column("outlet"))
    search = sa.table("item_search", sa.column("item_id"), sa.column("body"))
    fts = sa.table("item_fts", sa.column("rowid"), sa.column("uni"), sa.column("bi"))

    outlets: dict[int, list[str]] = defaultdict(list)
    q = (
        sa.select(spans.c.item_id, sources.c.outlet)
        .join(sources, sources.c.id == spans.c.source_id)
        .order_by(spans.c.item_id, sources.c.id)
    )
    for item_id, outlet in bind.execute(q):
        if outlet and outlet not in outlets[item_id]:
            outlets[item_id].append(outlet)
    rows = bind.execute(
        sa.select(
            items.c.id,
            items.c.subject,
            items.c.question,
            items.c.reply,
            items.c.statement,
            items.c.department,
            departments.c.name,
        ).outerjoin(departments, departments.c.id == items.c.department_id)
    )
    for row in rows.all():
        body = search_body([row[1], row[2], row[3], row[4], row[5], row[6], *outlets.get(row[0], [])])
        bind.execute(sa.insert(search).values(item_id=row[0], body=body))
        if dialect == "sqlite":
            uni, bi = fts_columns(body)
            bind.execute(sa.insert(fts).values(rowid=row[0], uni=uni, bi=bi))
        elif dialect == "postgresql":
            bind.execute(
                sa.text("UPDATE item_search SET grams = CAST(:v AS tsvector) WHERE item_id = :i"),
                {"v": tsvector_literal(body), "i": row[0]},
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE item_fts")
    op.drop_table("item_search")
