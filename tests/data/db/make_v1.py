"""Build tests/data/db/schema_v1.sqlite: a database at the first schema revision, with data.

Run from the repository root: ``.venv/bin/python tests/data/db/make_v1.py``. The file is
committed; the migration test copies it and upgrades the copy to the newest revision.
Only rerun this to rebuild the same frozen content (revision 0001_initial never changes).
"""

from __future__ import annotations

import sqlite3
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import sqlalchemy as sa
from alembic import command

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from inquiry_tracker.store.engine import make_engine  # noqa: E402
from inquiry_tracker.store.migrate import alembic_config  # noqa: E402

TARGET = HERE / "schema_v1.sqlite"
T0 = datetime(2020, 5, 9, 8, 30, tzinfo=UTC)


def main() -> None:
    TARGET.unlink(missing_ok=True)
    engine = make_engine(sa.make_url(f"sqlite:///{TARGET}"), foreign_keys=False, poolclass=sa.NullPool)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0001_initial")
    meta = sa.MetaData()
    meta.reflect(engine)
    t = meta.tables
    with engine.begin() as conn:
        conn.execute(
            t["sources"].insert(),
            [
                dict(id=1, sha256="a" * 64, origin="seeds/003.txt", fmt="txt", encoding="utf-8", outlet="株洲日报",
                     title="网络问政", published=date(2020, 5, 8), published_basis="inferred",
                     text="网友提问:森林路何时能开通?\n天元区政府回复:计划5月底开放。\n网友提问:中南菜市场何时搬迁?",
                     char_count=50, imported_at=T0),
                dict(id=2, sha256="b" * 64, origin="other.txt", fmt="txt", encoding="gb18030", outlet="湘江晚报",
                     title=None, published=date(2020, 5, 9), published_basis="header",
                     text="转载:网友提问:森林路何时能开通?天元区政府回复:计划5月底开放。", char_count=40, imported_at=T0),
            ],
        )
        conn.execute(t["departments"].insert(), [dict(id=1, name="天元区人民政府", city=""), dict(id=2, name="株洲市商务和粮食局", city="")])
        conn.execute(t["department_aliases"].insert(), [dict(id=1, department_id=1, alias="天元区政府", city="")])
        base = dict(merged_into_id=None, question=None, reply=None, statement=None, due_precision=None, original_due=None,
                    approximate=False, conditional=False, confidence=0.9, verdict_on=None, assignee=None,
                    created_at=T0, updated_at=T0, deadline_expr=None, due=None)
        conn.execute(
            t["items"].insert(),
            [
                {**base, "id": 1, "kind": "inquiry", "review_state": "accepted", "subject": "森林路开放",
                 "question": "森林路何时能开通?", "reply": "计划5月底开放。", "statement": "计划5月底开放。",
                 "department": "天元区政府", "department_id": 1, "deadline_expr": "5月底", "due": date(2020, 6, 30),
                 "due_precision": "xun", "original_due": date(2020, 5, 31), "verdict": "delayed",
                 "assignee": "李记者", "fingerprint": "15c4fe14ce8bb4e2f66e", "version": 3},
                {**base, "id": 2, "kind": "inquiry", "review_state": "pending", "subject": "中南菜市场搬迁",
                 "question": "中南菜市场何时搬迁?", "department": "市商务和粮食局", "department_id": 2,
                 "verdict": "unchecked", "fingerprint": "58f6c9f2a3328c900dbc", "version": 1},
                {**base, "id": 3, "kind": "promise", "review_state": "accepted", "subject": "智轨项目启动建设",
                 "statement": "株洲智轨项目计划6月左右启动建设", "department": None, "department_id": None,
                 "deadline_expr": "6月左右", "due": date(2020, 6, 30), "approximate": True, "verdict": "kept",
                 "verdict_on": date(2020, 6, 20), "fingerprint": "3357ffae51efde419ba7", "version": 2},
            ],
        )
        conn.execute(
            t["item_sources"].insert(),
            [
                dict(id=1, item_id=1, source_id=1, start=0, end=30, added_at=T0),
                dict(id=2, item_id=2, source_id=1, start=31, end=48, added_at=T0),
                dict(id=3, item_id=1, source_id=2, start=3, end=38, added_at=T0),
                dict(id=4, item_id=3, source_id=2, start=0, end=10, added_at=T0),
            ],
        )
        conn.execute(t["suggestions"].insert(), [dict(id=1, item_id=2, source_id=2, score=0.4, state="open", start=None, end=None, excerpt="菜市场", created_at=T0)])
        fu = dict(author="李记者", note=None, evidence_url=None, evidence_file=None, verdict_from=None, verdict_to=None,
                  due_from=None, due_to=None, announced_in=None, assignee_to=None, suggestion_id=None, created_at=T0)
        conn.execute(
            t["follow_ups"].insert(),
            [
                {**fu, "id": 1, "item_id": 1, "kind": "due_change", "note": "区政府称移交推迟", "due_from": date(2020, 5, 31),
                 "due_to": date(2020, 6, 30), "announced_in": "株洲日报 2020-05-30", "verdict_from": "unchecked", "verdict_to": "delayed"},
                {**fu, "id": 2, "item_id": 3, "kind": "verdict", "note": "已开工", "evidence_url": "https://example.org/zhigui",
                 "verdict_from": "unchecked", "verdict_to": "kept"},
                {**fu, "id": 3, "item_id": 1, "kind": "assign", "assignee_to": "李记者"},
            ],
        )
    engine.dispose()
    raw = sqlite3.connect(TARGET)
    raw.execute("PRAGMA journal_mode=DELETE")  # one self-contained file in git
    raw.execute("VACUUM")
    raw.close()
    for extra in (TARGET.with_name(TARGET.name + "-wal"), TARGET.with_name(TARGET.name + "-shm")):
        extra.unlink(missing_ok=True)
    print(f"wrote {TARGET} ({TARGET.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
