"""Two reporters importing different folders into one PostgreSQL database at the same moment.

The folders share departments and reprint each other's exchanges, so the two importers race
to create the same department rows and the same items. Every document must be stored, and
the database must end up exactly as one importer doing both folders in turn would leave it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from inquiry_tracker import services as svc
from inquiry_tracker.store import Database
from inquiry_tracker.store.models import Department, Item, ItemSource, Source

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

DATA = Path(__file__).resolve().parents[1] / "data"
IMPORTER = """
import json, logging, sys
logging.basicConfig(level=logging.INFO, format="%(message)s")
from inquiry_tracker import services as svc
from inquiry_tracker.store import Database
url, folder = sys.argv[1], sys.argv[2]
sys.stdin.readline()  # both start together
with Database.open(url, backup=False) as db:
    s = svc.import_paths(db, [folder], svc.ImportOptions(accept=True, workers=1))
print(json.dumps({"documents": s.documents, "failures": s.failures, "duplicates": len(s.duplicates)}))
"""


def _folders(tmp_path: Path, rounds: int) -> tuple[Path, Path]:
    pages = sorted((DATA / "pages").glob("*.txt")) + sorted((DATA / "pages_b").glob("*.txt"))
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    for r in range(rounds):
        for i, page in enumerate(pages):
            text = page.read_text(encoding="utf-8")
            # each folder prints every page once per round, under its own masthead line: new
            # documents to both importers, the same exchanges (fingerprints) and departments
            (a / f"{r:02d}_{i:03d}.txt").write_text(f"甲报 第{r}期\n{text}", encoding="utf-8")
            (b / f"{r:02d}_{i:03d}.txt").write_text(f"乙报 第{r}期\n{text}", encoding="utf-8")
    return a, b


def _state(db: Database) -> dict[str, object]:
    with db.read() as s:
        return {
            "sources": s.execute(select(func.count(Source.id))).scalar_one(),
            "spans": s.execute(select(func.count()).select_from(ItemSource)).scalar_one(),
            "fingerprints": sorted(s.execute(select(Item.fingerprint)).scalars()),
            "departments": sorted(s.execute(select(Department.name)).scalars()),
        }


@pytest.fixture
def second_schema_url(pg_schema_url: str) -> Iterator[str]:
    """Another fresh schema beside ``pg_schema_url``'s (dropped afterwards)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    base = make_url(pg_schema_url)
    schema = "t_" + uuid.uuid4().hex[:16]
    admin = create_engine(base)
    try:
        with admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        yield base.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


def test_two_importers_at_once_store_everything_once(pg_schema_url: str, second_schema_url: str, tmp_path: Path) -> None:
    a, b = _folders(tmp_path, rounds=2)
    docs = len(list(a.iterdir())) + len(list(b.iterdir()))
    with Database.open(pg_schema_url, backup=False):
        pass  # the schema exists before the race (opening at once is tested elsewhere)
    env = {k: v for k, v in os.environ.items() if k != "INQUIRY_TRACKER_DB"}
    procs = [
        subprocess.Popen([sys.executable, "-c", IMPORTER, pg_schema_url, str(folder)], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        for folder in (a, b)
    ]
    for p in procs:
        assert p.stdin is not None
        p.stdin.write("go\n")
        p.stdin.flush()
    results = []
    retries = 0
    for p in procs:
        stdout, stderr = p.communicate(timeout=600)
        assert p.returncode == 0, stderr[-3000:]
        results.append(json.loads(stdout.strip().splitlines()[-1]))
        retries += stderr.count("after a concurrent insert")
    assert [r["failures"] for r in results] == [[], []]
    assert sum(r["documents"] for r in results) == docs  # every document stored, none twice

    with Database.open(pg_schema_url, backup=False) as db:
        together = _state(db)
    with Database.open(second_schema_url, backup=False) as db:
        summary = svc.import_paths(db, [a, b], svc.ImportOptions(accept=True, workers=1))
        assert summary.ok
        alone = _state(db)
    assert together == alone
    print(f"concurrent import: {docs} documents, {len(together['fingerprints'])} items, "  # type: ignore[arg-type]
          f"{len(together['departments'])} departments, failures {[len(r['failures']) for r in results]}, "
          f"{retries} documents retried after the other importer stored the same rows")  # type: ignore[arg-type]
