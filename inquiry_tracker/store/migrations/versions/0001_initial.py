"""Initial schema: sources, departments and aliases, items, spans, follow-ups, suggestions.

Revision ID: 0001_initial
Revises:
Create Date: 2025-11-21

Frozen: released databases are at this revision (tests/data/db/schema_v1.sqlite).
Names of constraints and indexes are spelled out so batch mode can find them later.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001_initial"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("origin", sa.Text(), nullable=True),
        sa.Column("fmt", sa.String(16), nullable=True),
        sa.Column("encoding", sa.String(32), nullable=True),
        sa.Column("outlet", sa.String(200), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("published_basis", sa.String(16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("char_count", sa.Integer(), nullable=False),
        sa.Column("imported_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sources")),
        sa.UniqueConstraint("sha256", name=op.f("uq_sources_sha256")),
        sa.CheckConstraint(
            "published_basis IN ('header', 'given', 'inferred', 'unknown')",
            name=op.f("ck_sources_published_basis"),
        ),
    )
    op.create_index(op.f("ix_sources_published"), "sources", ["published"])

    op.create_table(
        "departments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("city", sa.String(100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_departments")),
        sa.UniqueConstraint("name", "city", name=op.f("uq_departments_name")),
    )
    op.create_table(
        "department_aliases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("alias", sa.String(200), nullable=False),
        sa.Column("city", sa.String(100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_department_aliases")),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["departments.id"],
            name=op.f("fk_department_aliases_department_id_departments"),
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint("alias", "city", name=op.f("uq_department_aliases_alias")),
    )
    op.create_index(op.f("ix_department_aliases_department_id"), "department_aliases", ["department_id"])

    op.create_table(
        "items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("review_state", sa.String(16), nullable=False),
        sa.Column("merged_into_id", sa.Integer(), nullable=True),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("question", sa.Text(), nullable=True),
        sa.Column("reply", sa.Text(), nullable=True),
        sa.Column("statement", sa.Text(), nullable=True),
        sa.Column("department", sa.String(200), nullable=True),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.Column("deadline_expr", sa.String(200), nullable=True),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("due_precision", sa.String(16), nullable=True),
        sa.Column("original_due", sa.Date(), nullable=True),
        sa.Column("approximate", sa.Boolean(), nullable=False),
        sa.Column("conditional", sa.Boolean(), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("verdict", sa.String(16), nullable=False),
        sa.Column("verdict_on", sa.Date(), nullable=True),
        sa.Column("assignee", sa.String(100), nullable=True),
        sa.Column("fingerprint", sa.String(200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_items")),
        sa.ForeignKeyConstraint(
            ["merged_into_id"], ["items.id"], name=op.f("fk_items_merged_into_id_items"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["departments.id"],
            name=op.f("fk_items_department_id_departments"),
            ondelete="SET NULL",
        ),
        sa.UniqueConstraint("fingerprint", name=op.f("uq_items_fingerprint")),
        sa.CheckConstraint("kind IN ('inquiry', 'promise')", name=op.f("ck_items_kind")),
        sa.CheckConstraint(
            "review_state IN ('pending', 'accepted', 'rejected', 'merged')", name=op.f("ck_items_review_state")
        ),
        sa.CheckConstraint(
            "verdict IN ('unchecked', 'in_progress', 'kept', 'partial', 'delayed', 'broken', "
            "'unverifiable', 'withdrawn')",
            name=op.f("ck_items_verdict"),
        ),
    )
    for col in ("review_state", "department_id", "due", "verdict", "assignee"):
        op.create_index(op.f(f"ix_items_{col}"), "items", [col])

    op.create_table(
        "item_sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("added_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_item_sources")),
        sa.ForeignKeyConstraint(
            ["item_id"], ["items.id"], name=op.f("fk_item_sources_item_id_items"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("fk_item_sources_source_id_sources"), ondelete="CASCADE"
        ),
        sa.UniqueConstraint("item_id", "source_id", name=op.f("uq_item_sources_item_id")),
    )
    op.create_index(op.f("ix_item_sources_item_id"), "item_sources", ["item_id"])
    op.create_index(op.f("ix_item_sources_source_id"), "item_sources", ["source_id"])

    op.create_table(
        "suggestions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("start", sa.Integer(), nullable=True),
        sa.Column("end", sa.Integer(), nullable=True),
        sa.Column("excerpt", sa.Text(), nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_suggestions")),
        sa.ForeignKeyConstraint(
            ["item_id"], ["items.id"], name=op.f("fk_suggestions_item_id_items"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("fk_suggestions_source_id_sources"), ondelete="CASCADE"
        ),
        sa.UniqueConstraint("item_id", "source_id", name=op.f("uq_suggestions_item_id")),
        sa.CheckConstraint("state IN ('open', 'accepted', 'dismissed')", name=op.f("ck_suggestions_state")),
    )
    op.create_index(op.f("ix_suggestions_item_id"), "suggestions", ["item_id"])
    op.create_index(op.f("ix_suggestions_source_id"), "suggestions", ["source_id"])

    op.create_table(
        "follow_ups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("author", sa.String(100), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("evidence_url", sa.Text(), nullable=True),
        sa.Column("evidence_file", sa.Text(), nullable=True),
        sa.Column("verdict_from", sa.String(16), nullable=True),
        sa.Column("verdict_to", sa.String(16), nullable=True),
        sa.Column("due_from", sa.Date(), nullable=True),
        sa.Column("due_to", sa.Date(), nullable=True),
        sa.Column("announced_in", sa.Text(), nullable=True),
        sa.Column("assignee_to", sa.String(100), nullable=True),
        sa.Column("suggestion_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_ups")),
        sa.ForeignKeyConstraint(
            ["item_id"], ["items.id"], name=op.f("fk_follow_ups_item_id_items"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["suggestion_id"],
            ["suggestions.id"],
            name=op.f("fk_follow_ups_suggestion_id_suggestions"),
            ondelete="SET NULL",
        ),
        sa.CheckConstraint(
            "kind IN ('note', 'verdict', 'due_change', 'assign', 'evidence', 'review', 'merge', "
            "'suggestion', 'edit')",
            name=op.f("ck_follow_ups_kind"),
        ),
    )
    op.create_index(op.f("ix_follow_ups_item_id"), "follow_ups", ["item_id"])


def downgrade() -> None:
    for name in ("follow_ups", "suggestions", "item_sources", "items", "department_aliases", "departments", "sources"):
        op.drop_table(name)
