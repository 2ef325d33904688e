"""Search text normalized; on PostgreSQL grams without positions and copies of due and state.

Revision ID: 0004_search_grams
Revises: 0003_search_cover
Create Date: 2026-11-22

``item_search.body`` now holds the normalized text (NFKC, case-folded), which PostgreSQL
checks longer query runs against with LIKE; its ``grams`` tsvector holds each unigram and
bigram once, without positions, so the GIN index answers without rechecking the (often
TOASTed) vector row by row. See :mod:`inquiry_tracker.store.search`.

PostgreSQL also gets ``item_search.due`` and ``item_search.live`` (review state is one of
:data:`~inquiry_tracker.vocab.VISIBLE_STATES`), copies of the item's columns kept by two
triggers, so the everyday search (visible items by due date) counts and pages its hits in
one scan of ``item_search``, without a lookup in ``items`` per hit. A change to the visible
states must ship a migration that replaces the trigger functions.

PostgreSQL: every entry is rewritten. SQLite: only bodies that normalization changes are
rewritten, each with its FTS5 entry deleted under the old text and added under the new.
Work goes in batches of 2,000 items inside the migration's transaction.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from inquiry_tracker.store.search import normalize, replace_many, tsvector_literal
from inquiry_tracker.vocab import VISIBLE_STATES

revision: str = "0004_search_grams"
down_revision: str | None = "0003_search_cover"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 2000


_LIVE = "review_state IN (" + ", ".join(f"'{state}'" for state in VISIBLE_STATES) + ")"

_TRIGGERS = [
    f"""CREATE FUNCTION item_search_from_item() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        SELECT due, {_LIVE} INTO NEW.due, NEW.live FROM items WHERE id = NEW.item_id;
        RETURN NEW;
    END $$""",
    """CREATE TRIGGER item_search_from_item BEFORE INSERT ON item_search
    FOR EACH ROW EXECUTE FUNCTION item_search_from_item()""",
    f"""CREATE FUNCTION item_to_search() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE item_search SET due = NEW.due, live = NEW.{_LIVE} WHERE item_id = NEW.id;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER item_to_search AFTER UPDATE OF due, review_state ON items
    FOR EACH ROW WHEN (OLD.due IS DISTINCT FROM NEW.due OR OLD.review_state IS DISTINCT FROM NEW.review_state)
    EXECUTE FUNCTION item_to_search()""",
]


def upgrade() -> None:
    bind = op.get_bind()
    pg = bind.dialect.name == "postgresql"
    if pg:
        op.add_column("item_search", sa.Column("due", sa.Date(), nullable=True))
        op.add_column("item_search", sa.Column("live", sa.Boolean(), nullable=False, server_default=sa.true()))
        for statement in _TRIGGERS:
            op.execute(statement)
    search = sa.table("item_search", sa.column("item_id"), sa.column("body"))
    last = 0
    while True:
        rows = bind.execute(
            sa.select(search.c.item_id, search.c.body)
            .where(search.c.item_id > last)
            .order_by(search.c.item_id)
            .limit(BATCH)
        ).all()
        if not rows:
            return
        last = rows[-1][0]
        bodies = {item_id: normalize(body) for item_id, body in rows}
        if pg:  # one new row version: text, grams and the copies together
            bind.execute(
                sa.text(
                    "UPDATE item_search AS s SET body = :b, grams = CAST(:g AS tsvector), "
                    f"due = i.due, live = i.{_LIVE} FROM items AS i WHERE s.item_id = :i AND i.id = :i"
                ),
                [{"i": i, "b": b, "g": tsvector_literal(b)} for i, b in bodies.items()],
            )
        else:
            replace_many(bind, bodies)  # rewrites only the bodies that differ


def downgrade() -> None:
    raise NotImplementedError("0004_search_grams cannot be undone: restore the backup taken before the upgrade")
