"""`make bench`: every benchmark, printed as measured figures (nothing asserted)."""

from __future__ import annotations

import os
import sys


def main() -> int:
    print(f"machine: {os.cpu_count()} cores")
    from bench import bench_linear, bench_reader, real

    print("\n=== Reader vs jieba (bench.bench_reader)", flush=True)
    bench_reader.run()
    print("\n=== Reader accuracy on real pages (bench.real; pages-b is the test split)", flush=True)
    real.main([])
    print("\n=== Reading time by size (bench.bench_linear)", flush=True)
    bench_linear.main([])
    from bench import followup

    if (followup.DEFAULT_SET / "pairs.jsonl").exists():
        print(f"\n=== Follow-up on real pairs {followup.DEFAULT_SET} (bench.followup)", flush=True)
        followup.main([])
    from bench import bench_store

    print("\n=== Import and search (bench.bench_store)", flush=True)
    bench_store.run()
    from bench import bench_gui

    print("\n=== Desktop app at 100,000 items (bench.bench_gui)", flush=True)
    bench_gui.run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
