"""Shared test set-up: offscreen Qt, repository paths, database back-ends."""

from __future__ import annotations

import os

# Qt must know its platform before any QApplication exists (pytest-qt creates one lazily).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "inquiry_tracker" / "seeds"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


# --- database back-ends -------------------------------------------------------------
# Every storage and service test runs on SQLite and on PostgreSQL. The PostgreSQL server
# comes from $TEST_DATABASE_URL (.ci/run starts one); without it those tests skip locally
# and FAIL when $INQUIRY_TRACKER_REQUIRE_POSTGRES=1 (CI). Each PostgreSQL test gets its
# own schema, dropped afterwards.

import uuid  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from datetime import date  # noqa: E402
from typing import Any  # noqa: E402

BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres),
]


def postgres_base_url() -> str:
    """$TEST_DATABASE_URL, or skip (locally) / fail (CI) without it."""
    url = os.environ.get("TEST_DATABASE_URL", "").strip()
    if not url:
        if os.environ.get("INQUIRY_TRACKER_REQUIRE_POSTGRES") == "1":
            pytest.fail("INQUIRY_TRACKER_REQUIRE_POSTGRES=1 but TEST_DATABASE_URL is not set: no PostgreSQL to test on")
        pytest.skip("no PostgreSQL: set TEST_DATABASE_URL (.ci/run starts a throwaway server)")
    return url


@pytest.fixture
def pg_schema_url() -> Iterator[str]:
    """A PostgreSQL URL whose search_path is a fresh, empty schema (dropped afterwards)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    base = make_url(postgres_base_url())
    schema = "t_" + uuid.uuid4().hex[:16]
    admin = create_engine(base)
    try:
        with admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        url = base.update_query_dict({"options": f"-csearch_path={schema}"})
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database URL on each back-end."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'tracker.sqlite'}"
    return str(request.getfixturevalue("pg_schema_url"))


@pytest.fixture
def db(db_url: str) -> Iterator[Any]:
    """An open, migrated database on each back-end."""
    from inquiry_tracker.store import Database

    database = Database.open(db_url)
    try:
        yield database
    finally:
        database.close()


def fake_analyze(text: str, published: date | None = None, source: str | None = None) -> Any:
    """A tiny stand-in reader: lines ``Q:问题|答复|部门|YYYY-MM-DD`` become inquiries,
    ``P:承诺|部门|YYYY-MM-DD`` promises; the fingerprint is the question/statement, so the
    same line in two documents is a reprint. A line ``OUTLET:名`` names the outlet."""
    from inquiry_tracker.extract import Analysis, Deadline, DocumentFacts, ExtractedItem

    items = []
    outlet = None
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.strip()
        start, pos = pos, pos + len(line)
        if body.startswith("OUTLET:"):
            outlet = body[7:]
            continue
        if not body.startswith(("Q:", "P:")):
            continue
        parts = body[2:].split("|")
        due = date.fromisoformat(parts[-1]) if parts[-1][:2] == "20" else None
        deadline = Deadline(expr=f"{due.month}月底", due=due, approximate=False, start=start, end=start + 3, precision="xun") if due else None
        if body.startswith("Q:"):
            q, reply, dept = (parts + ["", "", ""])[:3]
            item = ExtractedItem(kind="inquiry", start=start, end=pos, question=q, reply=reply or None, statement=reply or None,
                                 department=dept or None, department_canonical=dept or None, deadline=deadline,
                                 subject=q[:10], fingerprint="q:" + q)
        else:
            st, dept = (parts + ["", ""])[:2]
            item = ExtractedItem(kind="promise", start=start, end=pos, statement=st, department=dept or None,
                                 department_canonical=dept or None, deadline=deadline, subject=st[:10], fingerprint="p:" + st)
        items.append(item)
    return Analysis(DocumentFacts(published or date(2020, 5, 8), "given" if published else "inferred", outlet), items)


@pytest.fixture
def analyze() -> Callable[..., Any]:
    """The stand-in reader (see :func:`fake_analyze`)."""
    return fake_analyze
