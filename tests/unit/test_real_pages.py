"""The reader on the real annotated pages in ../shared/real: no figure may fall below its floor.

The floors (tests/data/real_floors.json) are what the reader reached when they were last raised;
raise them when the reader improves.  ``pages-b`` is the test split: scored, never tuned on.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import real

FLOORS = json.loads((Path(__file__).parents[1] / "data" / "real_floors.json").read_text(encoding="utf-8"))

pytestmark = pytest.mark.skipif(not real.REAL.is_dir(), reason=f"real pages not found at {real.REAL}")


@pytest.mark.parametrize("name", real.SETS)
def test_real_pages_hold_their_floors(name: str) -> None:
    result = real.score_set(name)
    assert not result["errors"], result["errors"]
    low = []
    for kind, floors in FLOORS[name].items():
        for metric, floor in floors.items():
            got = result[kind][metric]
            if got < floor:
                low.append(f"{kind} {metric}: {got:.3f} < floor {floor:.3f}")
    assert not low, f"{name}: " + "; ".join(low)
