"""`make bench`: every benchmark, printed as measured figures (nothing asserted)."""

from __future__ import annotations

import os
import sys

#: held-out page sets scored by bench.evaluate (pages dir, phrases file)
EVAL_SETS = [
    ("tests/data/pages", "tests/data/deadline_phrases.jsonl"),
    ("tests/data/pages_b", "tests/data/deadline_phrases_b.jsonl"),
    ("tests/data/pages_c", "tests/data/deadline_phrases_c.jsonl"),
    ("tests/data/pages_d", "tests/data/deadline_phrases_d.jsonl"),
]


def main() -> int:
    print(f"machine: {os.cpu_count()} cores")
    from bench import bench_reader, evaluate

    print("\n=== Reader vs jieba (bench.bench_reader)", flush=True)
    bench_reader.run()
    for pages, phrases in EVAL_SETS:
        print(f"\n=== Reader accuracy on {pages} (bench.evaluate)", flush=True)
        evaluate.main(["--pages", pages, "--phrases", phrases])
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
