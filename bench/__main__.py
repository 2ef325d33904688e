"""`make bench`: every benchmark, printed as measured figures (nothing asserted)."""

from __future__ import annotations

import importlib
import sys


def main() -> int:
    sections = [("Reader vs jieba", "bench.bench_reader"), ("Reader accuracy", "bench.evaluate")]
    for optional in ("bench.bench_store", "bench.bench_gui"):
        try:
            importlib.import_module(optional)
        except ImportError:
            continue
        sections.append((optional.rsplit(".", 1)[-1], optional))
    for title, module in sections:
        print(f"\n=== {title} ({module})", flush=True)
        mod = importlib.import_module(module)
        if hasattr(mod, "run"):
            mod.run()
        else:
            mod.main([])
    return 0


if __name__ == "__main__":
    sys.exit(main())
