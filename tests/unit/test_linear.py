"""Reading stays linear: a 1 MB page of each adversarial shape is read in seconds, not minutes.

The figures themselves come from ``python -m bench.bench_linear`` (``make bench``); this test only
catches a step turning quadratic again (which took minutes at this size)."""

from __future__ import annotations

import time

import pytest

from bench.bench_linear import SHAPES, page, timed


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_megabyte_of_one_shape_reads_in_seconds(shape: str) -> None:
    text = page(SHAPES[shape], 1024)
    t0 = time.perf_counter()
    took = timed(text)
    assert took < 30, f"{shape}: {took:.1f} s for 1 MB ({time.perf_counter() - t0:.1f} s in all)"


#: the most a page's reading may hold at once, in multiples of the page's own string (counted by
#: tracemalloc, so the same on every machine; 30 to 66 before the time phrases were kept as
#: numbers, long paragraphs read in windows and repeated blocks read once)
MOST_HELD = 30


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_page_of_one_shape_is_read_in_a_few_times_its_memory(shape: str) -> None:
    import sys
    import tracemalloc
    from datetime import date

    from inquiry_tracker import extract_items

    text = page(SHAPES[shape], 384)
    extract_items("计划5月底完成", published=date(2022, 1, 1))  # (the reader's tables load once)
    tracemalloc.start()
    try:
        extract_items(text, published=date(2022, 1, 1))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak <= MOST_HELD * sys.getsizeof(text), f"{shape}: {peak / 1e6:.1f} MB held for a {sys.getsizeof(text) / 1e6:.1f} MB page"
