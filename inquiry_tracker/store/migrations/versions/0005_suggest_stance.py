"""Follow-up: a suggestion's stance, new date and event date; the name index of items.

Revision ID: 0005_suggest
Revises: 0004_search_grams
Create Date: 2026-12-06

``suggestions`` gains ``stance`` (kept / delayed / progress), ``new_due`` (a delay's new date)
and ``event_date`` (the day a report says it happened). ``item_names`` holds the names of the
thing each item is about and ``name_grams`` their bigrams and road numbers, so a later
article finds its candidate items by an indexed lookup (see
:mod:`inquiry_tracker.services.suggest`). Existing items are indexed from their subject,
statement and question, in batches of 2,000 inside the migration's transaction.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from inquiry_tracker.extract.names import index_entry

revision: str = "0005_suggest"
down_revision: str | None = "0004_search_grams"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 2000


def upgrade() -> None:
    with op.batch_alter_table("suggestions") as batch:
        batch.add_column(sa.Column("stance", sa.String(16), nullable=True))
        batch.add_column(sa.Column("new_due", sa.Date(), nullable=True))
        batch.add_column(sa.Column("event_date", sa.Date(), nullable=True))
    with op.batch_alter_table("suggestions") as batch:
        batch.create_check_constraint(op.f("ck_suggestions_stance"), "stance IS NULL OR stance IN ('kept', 'delayed', 'progress')")
    op.create_table(
        "item_names",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("item_id", "name", name=op.f("pk_item_names")),
        sa.ForeignKeyConstraint(["item_id"], ["items.id"], name=op.f("fk_item_names_item_id_items"), ondelete="CASCADE"),
    )
    op.create_table(
        "name_grams",
        sa.Column("gram", sa.String(16), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("gram", "item_id", name=op.f("pk_name_grams")),
        sa.ForeignKeyConstraint(["item_id"], ["items.id"], name=op.f("fk_name_grams_item_id_items"), ondelete="CASCADE"),
    )
    op.create_index(op.f("ix_name_grams_item_id"), "name_grams", ["item_id"])
    bind = op.get_bind()
    items = sa.table("items", sa.column("id"), sa.column("subject"), sa.column("statement"), sa.column("question"))
    names_t = sa.table("item_names", sa.column("item_id"), sa.column("name"))
    grams_t = sa.table("name_grams", sa.column("gram"), sa.column("item_id"))
    last = 0
    while True:
        rows = bind.execute(
            sa.select(items.c.id, items.c.subject, items.c.statement, items.c.question)
            .where(items.c.id > last)
            .order_by(items.c.id)
            .limit(BATCH)
        ).all()
        if not rows:
            return
        last = rows[-1][0]
        names: list[dict[str, object]] = []
        grams: list[dict[str, object]] = []
        for item_id, subject, statement, question in rows:
            found, found_grams = index_entry(statement or "", question or "", subject=subject or "")
            names.extend({"item_id": item_id, "name": n} for n in dict.fromkeys(found))
            grams.extend({"item_id": item_id, "gram": g} for g in dict.fromkeys(found_grams))
        if names:
            bind.execute(names_t.insert(), names)
        if grams:
            bind.execute(grams_t.insert(), grams)


def downgrade() -> None:
    op.drop_index(op.f("ix_name_grams_item_id"), table_name="name_grams")
    op.drop_table("name_grams")
    op.drop_table("item_names")
    with op.batch_alter_table("suggestions") as batch:
        batch.drop_constraint(op.f("ck_suggestions_stance"), type_="check")
        batch.drop_column("event_date")
        batch.drop_column("new_due")
        batch.drop_column("stance")
