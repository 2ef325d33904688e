"""A large generated database for the GUI benchmark: N items in bulk, straight into SQLite.

The store has no bulk-insert API (its write path is one document per transaction, with
department resolution and search indexing per item), so this writes the schema's tables
with SQLAlchemy Core in a few big transactions: sources, departments, items, spans and the
search index (the ``item_search`` body plus the FTS5 n-gram row the store's
:mod:`~inquiry_tracker.store.search` module would write). The schema itself comes from
``Database.open`` (Alembic), so the result is an ordinary, upgradable database.
"""

from __future__ import annotations

import hashlib
import random
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

SUBJECTS = [
    "森林路开放", "菜市场搬迁", "智轨项目建设", "人才补贴发放", "公交站牌启用", "老旧小区改造",
    "学校扩建", "污水管网改造", "停车场建设", "路灯维修", "公园提质", "农贸市场升级",
    "垃圾分类站点", "电梯加装", "口袋公园建设", "人行天桥", "医院门诊楼", "排水防涝工程",
]
DEPARTMENTS = [
    "株洲市住房和城乡建设局", "天元区人民政府", "株洲市交通运输局", "石峰区人民政府",
    "株洲市卫生健康委员会", "株洲市商务和粮食局", "荷塘区人民政府", "芦淞区人民政府",
    "株洲市城市管理和综合执法局", "株洲市教育局", "株洲市自然资源和规划局", "株洲市生态环境局",
]
OUTLETS = ["株洲日报", "株洲晚报", "衡阳日报", "岳阳日报", "湘潭日报"]
PHRASES = [("5月底", 31), ("年底前", 365), ("8月份", 90), ("国庆前", 120), ("三季度", 200), ("下旬", 15)]
ASSIGNEES = [None, None, None, "王记者", "李记者", "张记者"]


def generate(path: Path, n: int = 100_000, *, seed: int = 7, today: date | None = None) -> dict[str, float]:
    """Create ``path`` (a new SQLite file) with ``n`` accepted items; returns timings."""
    from sqlalchemy import insert

    from inquiry_tracker.store import Database
    from inquiry_tracker.store.models import Department, Item, ItemSearch, ItemSource, Source
    from inquiry_tracker.store.search import fts_columns, search_body

    if path.exists():
        raise FileExistsError(path)
    rng = random.Random(seed)
    today = today or date.today()
    t0 = time.perf_counter()
    db = Database.open(f"sqlite:///{path}", backup=False)
    now = datetime.now(UTC)
    fts = _fts_table()
    n_sources = max(1, n // 4)
    try:
        with db.engine.begin() as conn:
            conn.execute(insert(Department), [{"id": i + 1, "name": d, "city": ""} for i, d in enumerate(DEPARTMENTS)])
            conn.execute(
                insert(Source),
                [
                    {
                        "id": s + 1,
                        "sha256": hashlib.sha256(f"bench-source-{s}".encode()).hexdigest(),
                        "origin": f"bench/{s:06d}.txt",
                        "fmt": "text",
                        "encoding": "utf-8",
                        "outlet": OUTLETS[s % len(OUTLETS)],
                        "title": f"网络问政 第{s}期",
                        "published": today - timedelta(days=rng.randint(0, 900)),
                        "published_basis": "header",
                        "text": f"网络问政 第{s}期\n网友提问:请问{SUBJECTS[s % len(SUBJECTS)]}什么时候完成?\n回复:计划年底前完成。",
                        "char_count": 40,
                        "imported_at": now,
                    }
                    for s in range(n_sources)
                ],
            )
            batch = 10_000
            for start in range(0, n, batch):
                items, spans, bodies, grams = [], [], [], []
                for i in range(start, min(n, start + batch)):
                    item_id = i + 1
                    subject = SUBJECTS[rng.randrange(len(SUBJECTS))] + f"{i % 97}号"
                    dept_i = rng.randrange(len(DEPARTMENTS))
                    phrase, _span = PHRASES[rng.randrange(len(PHRASES))]
                    due = None if rng.random() < 0.15 else today + timedelta(days=rng.randint(-400, 400))
                    kind = "inquiry" if rng.random() < 0.6 else "promise"
                    question = f"请问{subject}什么时候能完成?附近居民很关心。" if kind == "inquiry" else None
                    reply = f"经核实,{subject}计划{phrase}完成,届时将向社会公布。" if kind == "inquiry" else None
                    statement = f"{DEPARTMENTS[dept_i]}表示,{subject}{phrase}完成。"
                    verdict = rng.choice(["unchecked"] * 6 + ["in_progress", "kept", "delayed", "partial"])
                    items.append(
                        {
                            "id": item_id, "kind": kind, "review_state": "accepted", "subject": subject,
                            "question": question, "reply": reply, "statement": statement,
                            "department": DEPARTMENTS[dept_i], "department_id": dept_i + 1,
                            "deadline_expr": phrase if due else None, "due": due, "due_precision": "day" if due else None,
                            "original_due": due, "approximate": rng.random() < 0.2, "conditional": False,
                            "confidence": 1.0, "verdict": verdict, "verdict_on": today if verdict in ("kept", "partial") else None,
                            "assignee": rng.choice(ASSIGNEES), "fingerprint": f"bench:{item_id}", "version": 1,
                            "created_at": now, "updated_at": now,
                        }
                    )
                    source_id = rng.randrange(n_sources) + 1
                    spans.append({"item_id": item_id, "source_id": source_id, "start": 0, "end": 30, "added_at": now})
                    body = search_body([subject, question, reply, statement, DEPARTMENTS[dept_i], OUTLETS[(source_id - 1) % len(OUTLETS)]])
                    bodies.append({"item_id": item_id, "body": body})
                    uni, bi = fts_columns(body)
                    grams.append({"rowid": item_id, "uni": uni, "bi": bi})
                conn.execute(insert(Item), items)
                conn.execute(insert(ItemSource), spans)
                conn.execute(insert(ItemSearch), bodies)
                conn.execute(insert(fts), grams)
    finally:
        db.close()
    return {"items": float(n), "seconds": time.perf_counter() - t0}


def _fts_table():  # type: ignore[no-untyped-def]
    from sqlalchemy import column, table

    return table("item_fts", column("rowid"), column("uni"), column("bi"))


if __name__ == "__main__":  # pragma: no cover - manual use
    import sys

    target = Path(sys.argv[1])
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    print(generate(target, count))
