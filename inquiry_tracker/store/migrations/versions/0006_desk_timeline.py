"""Timeline entries keep codes and values, and may correct or withdraw an earlier entry.

Revision ID: 0006_desk
Revises: 0004_search_grams
Create Date: 2026-12-06

``follow_ups`` gains ``value_from`` and ``value_to`` (codes and values a timeline entry is
about: review states, the names of edited fields, merged item ids, the assignee before an
assignment), translated when shown instead of written into ``note`` in two languages, and
``replaces_id``: the earlier entry a ``correction`` or ``withdrawal`` (two new kinds) sets
right. Nothing is rewritten: the earlier entry stays, shown struck through. Existing rows
are kept as they are (their notes still read in both languages).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_desk"
down_revision: str | None = "0005_suggest"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_KINDS = "('note', 'verdict', 'due_change', 'assign', 'evidence', 'review', 'merge', 'suggestion', 'edit')"
NEW_KINDS = (
    "('note', 'verdict', 'due_change', 'assign', 'evidence', 'review', 'merge', 'suggestion', 'edit', "
    "'correction', 'withdrawal')"
)


def upgrade() -> None:
    # what is there already is left alone (a database stamped back to an older revision)
    inspector = sa.inspect(op.get_bind())
    columns = {c["name"] for c in inspector.get_columns("follow_ups")}
    for name, type_ in (("value_from", sa.String(200)), ("value_to", sa.String(200)), ("replaces_id", sa.Integer())):
        if name not in columns:
            op.add_column("follow_ups", sa.Column(name, type_, nullable=True))
    has_fk = any(fk["constrained_columns"] == ["replaces_id"] for fk in inspector.get_foreign_keys("follow_ups"))
    # SQLite changes constraints by copying the table (batch mode); PostgreSQL alters in place
    with op.batch_alter_table("follow_ups") as batch:
        if not has_fk:
            batch.create_foreign_key(
                op.f("fk_follow_ups_replaces_id_follow_ups"), "follow_ups", ["replaces_id"], ["id"], ondelete="SET NULL"
            )
        batch.drop_constraint(op.f("ck_follow_ups_kind"), type_="check")
        batch.create_check_constraint(op.f("ck_follow_ups_kind"), "kind IN " + NEW_KINDS)
    if not any(ix["name"] == "ix_follow_ups_replaces_id" for ix in inspector.get_indexes("follow_ups")):
        op.create_index(op.f("ix_follow_ups_replaces_id"), "follow_ups", ["replaces_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_follow_ups_replaces_id"), table_name="follow_ups")
    op.execute("DELETE FROM follow_ups WHERE kind IN ('correction', 'withdrawal')")
    with op.batch_alter_table("follow_ups") as batch:
        batch.drop_constraint(op.f("ck_follow_ups_kind"), type_="check")
        batch.create_check_constraint(op.f("ck_follow_ups_kind"), "kind IN " + OLD_KINDS)
        batch.drop_constraint(op.f("fk_follow_ups_replaces_id_follow_ups"), type_="foreignkey")
    with op.batch_alter_table("follow_ups") as batch:
        batch.drop_column("replaces_id")
        batch.drop_column("value_to")
        batch.drop_column("value_from")
