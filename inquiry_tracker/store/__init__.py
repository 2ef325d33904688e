"""Storage: SQLAlchemy models, engine and sessions, Alembic migrations, queries and search.

Only SQLAlchemy here — no Qt. Everything a caller gets back is a plain dataclass from
:mod:`inquiry_tracker.store.records`.
"""

from inquiry_tracker.store.database import Database
from inquiry_tracker.store.engine import resolve_url
from inquiry_tracker.store.errors import (
    ConflictError,
    DatabaseLockedError,
    DatabaseUnavailableError,
    DiskFullError,
    InvalidChangeError,
    NotFoundError,
    NotOurDatabaseError,
    SchemaTooNewError,
    StoreError,
)
from inquiry_tracker.store.migrate import UpgradeResult, head_revision, upgrade_database
from inquiry_tracker.store.records import (
    DepartmentRecord,
    FollowUpRecord,
    ItemDetail,
    ItemRecord,
    SourceRecord,
    SourceRef,
    SuggestionRecord,
)

__all__ = [
    "ConflictError",
    "Database",
    "DatabaseLockedError",
    "DatabaseUnavailableError",
    "DepartmentRecord",
    "DiskFullError",
    "FollowUpRecord",
    "InvalidChangeError",
    "ItemDetail",
    "ItemRecord",
    "NotFoundError",
    "NotOurDatabaseError",
    "SchemaTooNewError",
    "SourceRecord",
    "SourceRef",
    "StoreError",
    "SuggestionRecord",
    "UpgradeResult",
    "head_revision",
    "resolve_url",
    "upgrade_database",
]
