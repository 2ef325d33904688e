"""Follow-up accuracy on real pairs: ``../shared/real/followup-a`` imported in publication order
and scored by :mod:`bench.followup`. The floors are what the code reached; a change that
loses a right proposal, makes a wrong one or proposes a look-alike fails here."""

from __future__ import annotations

import pytest

from bench.followup import DEFAULT_SET, Scores, run

pytestmark = pytest.mark.skipif(
    not (DEFAULT_SET / "pairs.jsonl").exists(), reason=f"real pair set not found at {DEFAULT_SET} (CI has it)"
)

#: (figure, at least this many right) — counts, so that one lost pair shows
FLOORS = {
    "recall": 23,  # of 30 later articles that settle, delay or advance a promise
    "stance": 22,  # of the right proposals
    "new_due": 5,  # of 8 delays
    "kept_date": 11,  # of 14 kept
}
#: at most this many wrong proposals (of any), and look-alike projects proposed (of 11)
#: one proposal per promise, none for a page restating an older one (the same date or one inside
#: its period) or for a link's end; one of the three is right though the set lists no pair for it
#: (a 2012 page telling that the section promised in 2009 "for 2011年底" opened then)
MAX_WRONG = 3
MAX_LOOK_ALIKES = 0


@pytest.fixture(scope="module")
def scores() -> Scores:
    return run()


def test_followup_a_floors(scores: Scores) -> None:
    got = {name: scores.counts[name][0] for name in FLOORS}
    assert got == {name: max(got[name], floor) for name, floor in FLOORS.items()}, scores.summary()


def test_followup_a_wrong_proposals_and_look_alikes(scores: Scores) -> None:
    right, made = scores.counts["precision"]
    assert made - right <= MAX_WRONG, scores.summary()
    assert scores.counts["look_alikes"][0] <= MAX_LOOK_ALIKES, "\n".join(scores.lines)
