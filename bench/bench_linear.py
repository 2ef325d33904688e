"""Reading time grows linearly with the text: each adversarial shape at 50 KB, 500 KB and 5 MB.

    python -m bench.bench_linear [--sizes 50,500,5000]

A shape repeats one unit (a dated clause with no full stop, labelled exchanges, greeting letters,
field records, news promises) until the size is reached; the figure to read is the ratio of
times between sizes, which stays near ×10 per ×10 when every step is linear.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date

SHAPES = {
    "clauses": "计划于5月底前完成",
    "replies": "网友提问:路灯何时修?\n回复:您好,预计6月底修好。\n",
    "letters": "小区路灯坏了很久,请问何时修复?\n您好!来信收悉,预计6月底前修复。\n",
    "fields": "信件内容:\n路灯坏了,何时修?\n回复内容:\n您好!将于6月底前修复。\n",
    "news": "市住建局表示,幸福路改造工程计划于今年10月底建成通车。\n",
    "years": "今年明年",
    # question and answer labels run together on one endless line
    "one line": "网友提问:路灯何时修?某区政府回复:计划5月份移交完成后,于5月底修好,预计年底前完成改造,",
}


def page(unit: str, kb: int) -> str:
    return unit * max(1, kb * 1024 // len(unit.encode()))


def timed(text: str) -> float:
    from inquiry_tracker import extract_items

    t0 = time.perf_counter()
    extract_items(text, published=date(2022, 1, 1))
    return time.perf_counter() - t0


def held(text: str) -> int:
    """The most the reading of ``text`` holds at once, in bytes (tracemalloc's peak)."""
    import tracemalloc

    from inquiry_tracker import extract_items

    tracemalloc.start()
    try:
        extract_items(text, published=date(2022, 1, 1))
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="50,500,5000")
    sizes = [int(s) for s in ap.parse_args(argv).sizes.split(",")]
    timed("warm up 计划5月底完成")
    print("reader time by size (linear when each ×10 in size is about ×10 in time)")
    for name, unit in SHAPES.items():
        times = [timed(page(unit, kb)) for kb in sizes]
        steps = " ".join(f"×{b / a:.1f}" for a, b in zip(times, times[1:], strict=False) if a > 0)
        cells = "  ".join(f"{kb} KB {t:.2f} s" for kb, t in zip(sizes, times, strict=True))
        print(f"  {name:8s} {cells}   {steps}")
    print(f"memory held while reading {sizes[-1]} KB (tracemalloc peak, × the page's string)")
    for name, unit in SHAPES.items():
        text = page(unit, sizes[-1])
        peak = held(text)
        print(f"  {name:8s} {peak / 1e6:7.1f} MB  ×{peak / sys.getsizeof(text):.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
