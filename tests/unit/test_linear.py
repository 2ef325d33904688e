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
