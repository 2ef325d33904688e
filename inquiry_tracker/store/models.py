"""ORM models of the tracker's data model (docs/design.md): sources, items, spans, departments,
follow-ups and suggestions.

These classes never leave :mod:`inquiry_tracker.store`; queries turn rows into the plain
dataclasses of :mod:`inquiry_tracker.store.records`. Alembic owns the schema: the
migrations under ``store/migrations/versions`` create these tables, and a test checks that
the migrated schema matches these models.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, cast

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from inquiry_tracker.vocab import KINDS, REVIEW_STATES, VERDICTS

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

FOLLOW_UP_KINDS = (
    "note", "verdict", "due_change", "assign", "evidence", "review", "merge", "suggestion", "edit", "correction", "withdrawal"
)
SUGGESTION_STATES = ("open", "accepted", "dismissed")
STANCES = ("kept", "delayed", "progress")

def utcnow() -> datetime:
    """The current time, timezone-aware UTC (what every timestamp column stores)."""
    return datetime.now(UTC)


def _in(values: tuple[str, ...]) -> str:
    # Fixed DDL text built from module constants, never from user input.
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"


def table_of(model: type[Base]) -> Table:
    """The Core table of a model (for bulk statements)."""
    return cast(Table, model.__table__)


class Base(DeclarativeBase):
    """Declarative base with the naming convention Alembic's batch mode relies on."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Source(Base):
    """One imported document: its text, where it came from and what it says about itself."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    origin: Mapped[str | None] = mapped_column(Text)
    fmt: Mapped[str | None] = mapped_column(String(16))
    encoding: Mapped[str | None] = mapped_column(String(32))
    outlet: Mapped[str | None] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[date | None] = mapped_column(Date, index=True)
    published_basis: Mapped[str] = mapped_column(String(16), default="unknown")
    text: Mapped[str] = mapped_column(Text)
    char_count: Mapped[int] = mapped_column(Integer, default=0)
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    spans: Mapped[list[ItemSource]] = relationship(back_populates="source", passive_deletes=True)

    __table_args__ = (
        CheckConstraint(
            "published_basis IN " + _in(("header", "given", "inferred", "unknown")), name="published_basis"
        ),
    )


class Department(Base):
    """A responsible body under its canonical name, scoped by city when the text tells it."""

    __tablename__ = "departments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    city: Mapped[str] = mapped_column(String(100), default="")

    aliases: Mapped[list[DepartmentAlias]] = relationship(back_populates="department", passive_deletes=True)

    __table_args__ = (UniqueConstraint("name", "city"),)


class DepartmentAlias(Base):
    """Another name of a department as printed (市卫健委 for 市卫生健康委员会)."""

    __tablename__ = "department_aliases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(200))
    city: Mapped[str] = mapped_column(String(100), default="")

    department: Mapped[Department] = relationship(back_populates="aliases")

    __table_args__ = (UniqueConstraint("alias", "city"),)


class Item(Base):
    """A tracked question-and-reply exchange or dated promise.

    ``version`` is SQLAlchemy's ``version_id_col``: every UPDATE checks it, so a write based
    on a stale read fails instead of overwriting someone else's change.
    """

    __tablename__ = "items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    review_state: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("items.id", ondelete="SET NULL"))
    subject: Mapped[str] = mapped_column(Text, default="")
    question: Mapped[str | None] = mapped_column(Text)
    reply: Mapped[str | None] = mapped_column(Text)
    statement: Mapped[str | None] = mapped_column(Text)
    department: Mapped[str | None] = mapped_column(String(200))
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("departments.id", ondelete="SET NULL"), index=True
    )
    deadline_expr: Mapped[str | None] = mapped_column(String(200))
    due: Mapped[date | None] = mapped_column(Date, index=True)
    due_precision: Mapped[str | None] = mapped_column(String(16))
    original_due: Mapped[date | None] = mapped_column(Date)
    approximate: Mapped[bool] = mapped_column(Boolean, default=False)
    conditional: Mapped[bool] = mapped_column(Boolean, default=False)
    confidence: Mapped[float] = mapped_column(Float, default=1.0)
    verdict: Mapped[str] = mapped_column(String(16), default="unchecked", index=True)
    verdict_on: Mapped[date | None] = mapped_column(Date)
    assignee: Mapped[str | None] = mapped_column(String(100), index=True)
    fingerprint: Mapped[str] = mapped_column(String(200), unique=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)

    spans: Mapped[list[ItemSource]] = relationship(back_populates="item", passive_deletes=True)
    dept: Mapped[Department | None] = relationship()

    __mapper_args__: dict[str, Any] = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("kind IN " + _in(KINDS), name="kind"),
        CheckConstraint("review_state IN " + _in(REVIEW_STATES), name="review_state"),
        CheckConstraint("verdict IN " + _in(VERDICTS), name="verdict"),
    )


class ItemSource(Base):
    """Where an item is printed: a source and the character span inside its text."""

    __tablename__ = "item_sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), index=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    item: Mapped[Item] = relationship(back_populates="spans")
    source: Mapped[Source] = relationship(back_populates="spans")

    __table_args__ = (UniqueConstraint("item_id", "source_id"),)


class FollowUp(Base):
    """A dated timeline entry of an item: note, evidence, verdict or due-date change."""

    __tablename__ = "follow_ups"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    author: Mapped[str | None] = mapped_column(String(100))
    note: Mapped[str | None] = mapped_column(Text)
    evidence_url: Mapped[str | None] = mapped_column(Text)
    evidence_file: Mapped[str | None] = mapped_column(Text)
    verdict_from: Mapped[str | None] = mapped_column(String(16))
    verdict_to: Mapped[str | None] = mapped_column(String(16))
    due_from: Mapped[date | None] = mapped_column(Date)
    due_to: Mapped[date | None] = mapped_column(Date)
    announced_in: Mapped[str | None] = mapped_column(Text)
    assignee_to: Mapped[str | None] = mapped_column(String(100))
    suggestion_id: Mapped[int | None] = mapped_column(ForeignKey("suggestions.id", ondelete="SET NULL"))
    #: codes and values the entry is about (review states, edited fields, merged ids, the
    #: assignee before), translated when shown
    value_from: Mapped[str | None] = mapped_column(String(200))
    value_to: Mapped[str | None] = mapped_column(String(200))
    #: the earlier entry a correction or withdrawal sets right (that entry is kept)
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("follow_ups.id", ondelete="SET NULL"), index=True)

    __table_args__ = (CheckConstraint("kind IN " + _in(FOLLOW_UP_KINDS), name="kind"),)


class Suggestion(Base):
    """A proposed link between a newly imported source and an open item, awaiting review."""

    __tablename__ = "suggestions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), index=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    score: Mapped[float] = mapped_column(Float, default=0.0)
    state: Mapped[str] = mapped_column(String(16), default="open")
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)
    excerpt: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    #: what the article says of the item: kept, delayed or progress (None: from before 0005)
    stance: Mapped[str | None] = mapped_column(String(16))
    #: a delay's new date, and the day a kept or progress report says it happened
    new_due: Mapped[date | None] = mapped_column(Date)
    event_date: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (
        UniqueConstraint("item_id", "source_id"),
        CheckConstraint("state IN " + _in(SUGGESTION_STATES), name="state"),
        CheckConstraint("stance IS NULL OR stance IN " + _in(STANCES), name="stance"),
    )


class ItemName(Base):
    """A name of the thing an item is about ("大岳高速", an alias such as "S210"), kept by the
    store code whenever an item is stored or its subject edited (the follow-up match index)."""

    __tablename__ = "item_names"

    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), primary_key=True)
    name: Mapped[str] = mapped_column(String(40), primary_key=True)


class NameGram(Base):
    """The bigrams and road numbers of an item's names: looked up by gram to find the items
    a later article may speak of."""

    __tablename__ = "name_grams"

    gram: Mapped[str] = mapped_column(String(16), primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), primary_key=True, index=True)


class ItemSearch(Base):
    """The searchable text of an item (fields joined by newlines), kept by the store code.

    The gram index itself is backend-specific and created by a migration: an FTS5 table
    ``item_fts`` on SQLite, a ``grams`` tsvector column with a GIN index on PostgreSQL.
    """

    __tablename__ = "item_search"

    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), primary_key=True)
    body: Mapped[str] = mapped_column(Text, default="")

