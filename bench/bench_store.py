"""Storage benchmarks: import throughput into SQLite and search latency at 100,000 items.

Usage::

    python -m bench.bench_store [--docs 3000] [--items 100000] [--pg URL]

``run(report)`` is the entry point for ``python -m bench``; it returns the figures. The
import uses the real reader on a generated corpus (``bench.corpus``); the item table is
then topped up to ``items`` with variations of the imported items (same text shapes,
new fingerprints), and each of 20 queries (two characters and longer) is timed through
the service a window would call: one page of 50 rows plus the total count.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, select

from inquiry_tracker import services as svc
from inquiry_tracker.store import Database, search
from inquiry_tracker.store.models import Item, table_of

QUERIES = [
    "菜市", "智轨", "道路", "小区", "改造", "学校", "停车", "路灯", "燃气", "公交", "暖气", "积水",
    "老旧小区", "雨污分流", "口袋公园", "垃圾中转站", "人民医院", "停车场", "背街小巷", "供热不足",
]
Report = Callable[[str], None]


def bench_import(db: Database, folder: Path, report: Report) -> dict[str, float]:
    """Import every file of ``folder``; MB/s and documents/s."""
    files = sorted(folder.glob("*.txt"))
    size = sum(p.stat().st_size for p in files)
    t0 = time.perf_counter()
    summary = svc.import_paths(db, [folder])
    elapsed = time.perf_counter() - t0
    figures = {
        "import_docs": float(summary.documents),
        "import_mb": size / 1e6,
        "import_s": elapsed,
        "import_mb_per_s": size / 1e6 / elapsed,
        "import_docs_per_s": summary.documents / elapsed,
        "import_items": float(len(summary.new_items)),
    }
    report(
        f"import: {summary.documents} documents, {size / 1e6:.1f} MB in {elapsed:.1f} s → "
        f"{figures['import_mb_per_s']:.2f} MB/s, {figures['import_docs_per_s']:.0f} documents/s; "
        f"{len(summary.new_items)} items, {len(summary.reprints)} reprints, {len(summary.failures)} failures"
    )
    return figures


def top_up(db: Database, target: int, seed: int = 0) -> int:
    """Add variations of existing items until the table holds ``target`` items."""
    rnd = random.Random(seed)
    with db.read() as s:
        have = int(s.execute(select(func.count(Item.id))).scalar_one())
        cols = [Item.kind, Item.subject, Item.question, Item.reply, Item.statement, Item.department, Item.due]
        base = [tuple(r) for r in s.execute(select(*cols).limit(20_000))]
    if not base:
        raise SystemExit("no items to vary: the import found none")
    n = have
    table = table_of(Item)
    while n < target:
        chunk = min(5000, target - n)
        rows = []
        for k in range(chunk):
            kind, subject, question, reply, statement, department, due = rnd.choice(base)
            tag = f"{n + k}"
            rows.append(dict(
                kind=kind, review_state="accepted", subject=subject, question=(question or "") + tag if question else None,
                reply=reply, statement=statement, department=department, due=due, original_due=due,
                approximate=False, conditional=False, confidence=1.0, verdict="unchecked", fingerprint=f"bench:{n + k}",
            ))
        with db.write() as s:
            ids = s.execute(table.insert().returning(table.c.id, sort_by_parameter_order=True), rows).scalars().all()
            search.add_many(s.connection(), [
                (i, search.search_body([r["subject"], r["question"], r["reply"], r["statement"], r["department"]]))
                for i, r in zip(ids, rows, strict=True)
            ])
        n += chunk
    db.optimize()
    return n - have


def bench_search(db: Database, report: Report, label: str, rounds: int = 3) -> dict[str, float]:
    """Median and p95 of page-plus-count searches over :data:`QUERIES`."""
    with db.read() as s:
        total = int(s.execute(select(func.count(Item.id))).scalar_one())
    for q in QUERIES:  # warm the cache once
        svc.list_items(db, svc.ItemFilter(text=q), limit=50)
    samples: list[float] = []
    hits: dict[str, int] = {}
    for _ in range(rounds):
        for q in QUERIES:
            t0 = time.perf_counter()
            page = svc.list_items(db, svc.ItemFilter(text=q), limit=50)
            samples.append((time.perf_counter() - t0) * 1000)
            hits[q] = page.total
    samples.sort()
    median = statistics.median(samples)
    p95 = samples[max(0, int(round(0.95 * len(samples))) - 1)]
    report(
        f"search ({label}, {total} items, {len(QUERIES)} queries × {rounds}): "
        f"median {median:.1f} ms, p95 {p95:.1f} ms, max {samples[-1]:.1f} ms"
    )
    report("  hits: " + ", ".join(f"{q} {hits[q]}" for q in QUERIES))
    return {f"search_{label}_median_ms": median, f"search_{label}_p95_ms": p95, f"search_{label}_items": float(total)}


def run(report: Report = print, *, docs: int = 3000, items: int = 100_000, pg_url: str | None = None,
        workdir: Path | None = None) -> dict[str, float]:
    """The storage benchmark (see the module docstring); returns the figures."""
    from bench.corpus import generate_corpus

    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        root = Path(tmp)
        t0 = time.perf_counter()
        generate_corpus(docs, seed=0, out_dir=root / "corpus")
        report(f"corpus: {docs} documents generated in {time.perf_counter() - t0:.1f} s")
        db = Database.open(str(root / "bench.sqlite"))
        try:
            figures.update(bench_import(db, root / "corpus", report))
            added = top_up(db, items)
            report(f"topped up with {added} varied items")
            figures.update(bench_search(db, report, "sqlite"))
        finally:
            db.close()
        if pg_url:
            pg = Database.open(pg_url)
            try:
                svc.import_paths(pg, [root / "corpus"])
                top_up(pg, items)
                figures.update(bench_search(pg, report, "postgresql"))
            finally:
                pg.close()
    return figures


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.bench_store", description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=3000)
    ap.add_argument("--items", type=int, default=100_000)
    ap.add_argument("--pg", default=os.environ.get("BENCH_DATABASE_URL"), help="also measure search on this PostgreSQL")
    args = ap.parse_args(argv)
    run(docs=args.docs, items=args.items, pg_url=args.pg)
    return 0


if __name__ == "__main__":
    sys.exit(main())
