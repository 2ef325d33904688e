"""Storage benchmarks: import throughput and memory, and search latency at 100,000 items,
on SQLite and on PostgreSQL.

Usage::

    python -m bench.bench_store [--docs 3000] [--items 100000] [--pg URL | --no-pg]

``run(report)`` is the entry point for ``python -m bench``; it returns the figures. The
generated corpus (``bench.corpus``, 3,000 documents ≈ 50 MB) is imported with the real
reader by a fresh process, as ``inquiry-tracker import`` would (worker processes included),
timed from start to exit; the benchmark samples the memory of that process tree from
``/proc`` every 0.1 s: the peak of the summed RSS (shared pages counted once per process, an
upper bound) and of the summed PSS (shared pages split, the fair figure), plus the importing
process's own peak RSS from ``wait4``. The item table is then topped up to ``items`` with
variations of the imported items (same text shapes, new fingerprints), and each of 20
queries (two characters and longer) is timed through the service a window would call: one
page of 50 rows plus the total count. PostgreSQL runs on ``--pg URL``, else on a throwaway
server started here (``bench.pgserver``), else it is skipped with a note.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, select

from bench.procs import descendants
from inquiry_tracker import services as svc
from inquiry_tracker.store import Database, search
from inquiry_tracker.store.models import Item, table_of

QUERIES = [
    "菜市", "智轨", "道路", "小区", "改造", "学校", "停车", "路灯", "燃气", "公交", "暖气", "积水",
    "老旧小区", "雨污分流", "口袋公园", "垃圾中转站", "人民医院", "停车场", "背街小巷", "供热不足",
]
Report = Callable[[str], None]
#: the targets of issue 5 / docs/design.md, printed next to the figures
TARGETS = {"sqlite": 60.0, "postgresql": 120.0, "rss_mb": 500.0, "search_ms": 50.0}


# --- memory of a process tree --------------------------------------------------------------


def _rss_pss_kb(pid: int) -> tuple[int, int]:
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1])
    except OSError:
        pass
    return rss, pss


class TreeMemory(threading.Thread):
    """Samples a process and its descendants every ``interval`` s; keeps the peak sums."""

    def __init__(self, pid: int, interval: float = 0.1) -> None:
        super().__init__(name="tree-memory", daemon=True)
        self.pid = pid
        self.interval = interval
        self.peak_rss_kb = 0
        self.peak_pss_kb = 0
        self.peak_processes = 0
        self._halt = threading.Event()


    def run(self) -> None:
        while not self._halt.is_set():
            pids = [self.pid, *descendants(self.pid)]
            sizes = [_rss_pss_kb(p) for p in pids]
            self.peak_rss_kb = max(self.peak_rss_kb, sum(r for r, _ in sizes))
            self.peak_pss_kb = max(self.peak_pss_kb, sum(p for _, p in sizes))
            self.peak_processes = max(self.peak_processes, sum(1 for r, _ in sizes if r))
            self._halt.wait(self.interval)

    def stop(self) -> None:
        self._halt.set()
        self.join()


# --- import -------------------------------------------------------------------------------


def _import_child(url: str, folder: str) -> int:
    """``--import-child``: import ``folder`` into ``url`` and print the summary as JSON."""
    db = Database.open(url)
    try:
        t0 = time.perf_counter()
        summary = svc.import_paths(db, [folder])
        elapsed = time.perf_counter() - t0
    finally:
        db.close()
    print(json.dumps({
        "documents": summary.documents, "items": len(summary.new_items), "reprints": len(summary.reprints),
        "failures": len(summary.failures), "inner_s": elapsed,
        "self_maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    }))
    return 0


def bench_import(url: str, folder: Path, report: Report, label: str) -> dict[str, float]:
    """Import every file of ``folder`` in a fresh process; seconds, MB/s, documents/s, peak memory."""
    files = sorted(folder.glob("*.txt"))
    size = sum(p.stat().st_size for p in files)
    cmd = [sys.executable, "-m", "bench.bench_store", "--import-child", url, str(folder)]
    root = Path(__file__).resolve().parent.parent
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    sampler = TreeMemory(proc.pid)
    sampler.start()
    out, err = proc.communicate()
    elapsed = time.perf_counter() - t0
    sampler.stop()
    if proc.returncode != 0:
        raise SystemExit(f"import into {label} failed ({proc.returncode}): {err.decode(errors='replace')[-2000:]}")
    res = json.loads(out.decode().strip().splitlines()[-1])
    own_max_kb = res["self_maxrss_kb"]  # the importing process alone (ru_maxrss of RUSAGE_SELF)
    figures = {
        f"import_{label}_docs": float(res["documents"]),
        f"import_{label}_mb": size / 1e6,
        f"import_{label}_s": elapsed,
        f"import_{label}_mb_per_s": size / 1e6 / elapsed,
        f"import_{label}_docs_per_s": res["documents"] / elapsed,
        f"import_{label}_items": float(res["items"]),
        f"import_{label}_tree_rss_mb": sampler.peak_rss_kb / 1024,
        f"import_{label}_tree_pss_mb": sampler.peak_pss_kb / 1024,
        f"import_{label}_importer_rss_mb": own_max_kb / 1024,
    }
    report(
        f"import into {label}: {res['documents']} documents, {size / 1e6:.1f} MB in {elapsed:.1f} s "
        f"(target ≤ {TARGETS[label]:.0f} s; {res['inner_s']:.1f} s inside import_paths) → "
        f"{size / 1e6 / elapsed:.2f} MB/s, {res['documents'] / elapsed:.0f} documents/s; "
        f"{res['items']} items, {res['reprints']} reprints, {res['failures']} failures"
    )
    report(
        f"  memory of the importing process tree (peak over {sampler.peak_processes} processes; target ≤ "
        f"{TARGETS['rss_mb']:.0f} MB): PSS {sampler.peak_pss_kb / 1024:.0f} MB, RSS summed "
        f"{sampler.peak_rss_kb / 1024:.0f} MB; the importing process alone (ru_maxrss) {own_max_kb / 1024:.0f} MB"
    )
    return figures


def top_up(db: Database, target: int, seed: int = 0) -> int:
    """Add variations of existing items until the table holds ``target`` items."""
    rnd = random.Random(seed)
    with db.read() as s:
        have = int(s.execute(select(func.count(Item.id))).scalar_one())
        cols = [Item.kind, Item.subject, Item.question, Item.reply, Item.statement, Item.department, Item.due]
        base = [tuple(r) for r in s.execute(select(*cols).order_by(Item.id).limit(20_000))]
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


def bench_search(db: Database, report: Report, label: str, rounds: int = 3,
                 hits: dict[str, int] | None = None) -> dict[str, float]:
    """Median and p95 of page-plus-count searches over :data:`QUERIES` (hit counts into ``hits``)."""
    with db.read() as s:
        total = int(s.execute(select(func.count(Item.id))).scalar_one())
    for q in QUERIES:  # warm the cache once
        svc.list_items(db, svc.ItemFilter(text=q), limit=50)
    samples: list[float] = []
    hits = {} if hits is None else hits
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



def _search_at_scale(db: Database, items: int, report: Report, label: str, hits: dict[str, int]) -> dict[str, float]:
    t0 = time.perf_counter()
    added = top_up(db, items)
    db.optimize()  # as the importer does after a large batch (planner statistics, GIN pending list)
    report(f"topped up {label} with {added} varied items in {time.perf_counter() - t0:.1f} s")
    return bench_search(db, report, label, hits=hits)


def run(report: Report = print, *, docs: int = 3000, items: int = 100_000, pg_url: str | None = None,
        pg: bool = True, workdir: Path | None = None) -> dict[str, float]:
    """The storage benchmark (see the module docstring); returns the figures.

    PostgreSQL: ``pg_url`` if given, else a throwaway server when ``pg`` (skipped with a
    note when the server binaries are missing)."""
    from bench.corpus import generate_corpus

    cores = os.cpu_count() or 0
    report(f"machine: {cores} cores (os.cpu_count()), Python {sys.version.split()[0]}")
    figures: dict[str, float] = {"cpu_count": float(cores)}
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        root = Path(tmp)
        t0 = time.perf_counter()
        generate_corpus(docs, seed=0, out_dir=root / "corpus")
        size = sum(p.stat().st_size for p in (root / "corpus").glob("*.txt"))
        report(f"corpus: {docs} documents, {size / 1e6:.1f} MB generated in {time.perf_counter() - t0:.1f} s")

        sqlite_hits: dict[str, int] = {}
        pg_hits: dict[str, int] = {}
        sqlite_url = f"sqlite:///{root / 'bench.sqlite'}"
        Database.open(sqlite_url).close()  # schema first, outside the timing (as for PostgreSQL)
        figures.update(bench_import(sqlite_url, root / "corpus", report, "sqlite"))
        db = Database.open(sqlite_url)
        try:
            figures.update(_search_at_scale(db, items, report, "sqlite", sqlite_hits))
        finally:
            db.close()

        server = None
        if pg_url is None and pg:
            from bench.pgserver import PostgresUnavailable, ThrowawayPostgres

            try:
                server = ThrowawayPostgres().start()
                pg_url = server.url
                report(f"postgresql: throwaway server in {server.root} (fsync off, as in CI)")
            except PostgresUnavailable as err:
                report(f"postgresql: skipped — {err}")
        try:
            if pg_url:
                Database.open(pg_url).close()
                figures.update(bench_import(pg_url, root / "corpus", report, "postgresql"))
                pgdb = Database.open(pg_url)
                try:
                    figures.update(_search_at_scale(pgdb, items, report, "postgresql", pg_hits))
                    # same corpus, same top-up: the two back-ends must find the same items
                    differ = [q for q in QUERIES if sqlite_hits.get(q) != pg_hits.get(q)]
                    report("search hits agree on SQLite and PostgreSQL" if not differ
                           else "search hits DIFFER between back-ends for: " + ", ".join(differ))
                finally:
                    pgdb.close()
        finally:
            if server is not None:
                server.cleanup()
    return figures


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.bench_store", description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=3000)
    ap.add_argument("--items", type=int, default=100_000)
    ap.add_argument("--pg", default=os.environ.get("BENCH_DATABASE_URL"),
                    help="PostgreSQL to measure on (default: a throwaway server)")
    ap.add_argument("--no-pg", action="store_true", help="SQLite only")
    ap.add_argument("--import-child", nargs=2, metavar=("URL", "FOLDER"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.import_child:
        return _import_child(*args.import_child)
    run(docs=args.docs, items=args.items, pg_url=args.pg, pg=not args.no_pg)
    return 0


if __name__ == "__main__":
    sys.exit(main())
