"""The demo database: the sample documents in ``seeds/`` imported and accepted."""

from __future__ import annotations

from pathlib import Path

from inquiry_tracker.seeds import seeds_folder
from inquiry_tracker.services.importing import ImportOptions, import_paths
from inquiry_tracker.services.results import ImportSummary
from inquiry_tracker.store import Database, StoreError, tallies


def seeds_dir() -> Path:
    """The sample documents shipped in the package (``inquiry_tracker/seeds``)."""
    return seeds_folder()


def is_empty(db: Database) -> bool:
    """True when no document has been imported yet."""
    with db.read() as session:
        return tallies.document_count(session) == 0


def load_demo(db: Database, seeds: Path | None = None) -> ImportSummary:
    """Import the ``*.txt`` seeds into an empty database and accept every item.

    Refuses a database that already holds documents (it is not a demo database).
    """
    folder = seeds or seeds_dir()
    files = sorted(folder.glob("*.txt"))
    if not files:
        raise StoreError(f"{folder}: 没有示例文档 / no sample documents (*.txt) found")
    if not is_empty(db):
        raise StoreError(
            f"{db.where}: 数据库已有数据,演示需要新数据库(用 --db 指定新文件) / "
            "the database already holds documents; give a new one with --db"
        )
    return import_paths(db, files, ImportOptions(accept=True))
