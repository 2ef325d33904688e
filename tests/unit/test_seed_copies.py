"""The sample documents live in ``seeds/`` (as handed to the team) and travel in the wheel as
``inquiry_tracker/seeds/``; the two copies must never drift apart."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_packaged_seeds_are_the_seeds() -> None:
    top = {p.name: p.read_bytes() for p in (ROOT / "seeds").glob("*.txt")}
    packaged = {p.name: p.read_bytes() for p in (ROOT / "inquiry_tracker" / "seeds").glob("*.txt")}
    assert len(top) == 5
    assert top == packaged
