"""Golden tests: the facts in seeds/expected.json, item by item.

These are the floor, not the target; tests/unit/test_exchanges.py and test_promises.py
cover the formats the seeds do not.
"""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from inquiry_tracker.extract import analyze_text

SEEDS = Path(__file__).resolve().parents[2] / "inquiry_tracker" / "seeds"
EXPECTED = json.loads((SEEDS / "expected.json").read_text(encoding="utf-8"))["documents"]


def _ws(s: str | None) -> str:
    return re.sub(r"\s+", "", s or "")


def _analysis(name: str):
    return analyze_text((SEEDS / name).read_text(encoding="utf-8"), source=name)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_document_facts(name: str) -> None:
    exp = EXPECTED[name]
    facts = _analysis(name).facts
    assert facts.outlet == exp["outlet"]
    want = date.fromisoformat(exp["published"])
    if exp["basis"].startswith(("header", "masthead")):
        assert facts.basis == "header"
        assert facts.published == want
    elif "no deadline depends on it" in exp["basis"]:
        # an inferred date the golden file itself calls approximate: within three days
        assert facts.basis == "inferred"
        assert facts.published is not None and abs(facts.published - want) <= timedelta(days=3)
    else:
        assert facts.basis == "inferred"
        assert facts.published == want


def _match(item_exp: dict, items: list) -> list:
    if item_exp["kind"] == "inquiry":
        return [i for i in items if i.kind == "inquiry" and _ws(i.question) == _ws(item_exp["question"])]
    needle = _ws(item_exp["statement_contains"])
    return [i for i in items if i.kind == "promise" and needle in _ws(i.statement)]


CASES = [(name, n) for name in sorted(EXPECTED) for n in range(len(EXPECTED[name]["items"]))]


@pytest.mark.parametrize(("name", "n"), CASES)
def test_expected_item(name: str, n: int) -> None:
    exp = EXPECTED[name]["items"][n]
    items = _analysis(name).items
    found = _match(exp, items)
    assert len(found) == 1, f"expected exactly one item for {exp}, got {[i.to_dict() for i in found]}"
    item = found[0]
    assert item.deadline_expr == exp["deadline_expr"]
    assert (item.due.isoformat() if item.due else None) == exp["due"]
    if "approximate" in exp:
        assert item.approximate == exp["approximate"]
    if "department" in exp:
        assert item.department == exp["department"]
    if "department_any_of" in exp:
        assert item.department in exp["department_any_of"]
    assert item.subject


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_no_extra_items(name: str) -> None:
    """Every item found is one of the expected ones (or an allowed optional one)."""
    exp = EXPECTED[name]
    items = _analysis(name).items
    matched = {id(i) for e in exp["items"] for i in _match(e, items)}
    extra = [i.to_dict() for i in items if id(i) not in matched]
    if "optional" in exp:
        # work-report targets may appear, but only as low-confidence year-end candidates
        extra = [e for e in extra if not (e["due"] and e["due"].endswith("-12-31"))]
    assert extra == []


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_not_items(name: str) -> None:
    items = _analysis(name).items
    for sentence in EXPECTED[name]["not_items"]:
        needle = _ws(sentence)[:25]
        for i in items:
            assert needle not in _ws(i.statement), f"{sentence!r} became an item"


def test_column_printed_twice_gives_five_inquiries() -> None:
    items = _analysis("003_f8cd4d66258a3e9a.txt").items
    assert sum(i.kind == "inquiry" for i in items) == 5


def test_spans_point_at_the_source_text() -> None:
    for name in EXPECTED:
        text = (SEEDS / name).read_text(encoding="utf-8")
        for item in analyze_text(text).items:
            span = text[item.start : item.end]
            if item.deadline:
                assert text[item.deadline.start : item.deadline.end] == item.deadline.expr
                assert item.start <= item.deadline.start < item.deadline.end <= item.end
            if item.question:
                assert _ws(item.question) in _ws(span)


@pytest.mark.parametrize(
    ("name", "needle", "words"),
    [
        ("000_9b821d1f76f12125.txt", "南湖大道将率先启用", ("站牌", "启用")),
        ("003_f8cd4d66258a3e9a.txt", "爱心大院项目将在今年8月", ("爱心大院", "竣工")),
        ("003_f8cd4d66258a3e9a.txt", "森林路何时能开通", ("森林路", "开")),
    ],
)
def test_subjects_name_the_thing_and_the_act(name: str, needle: str, words: tuple[str, ...]) -> None:
    items = _analysis(name).items
    item = next(i for i in items if needle in _ws(i.statement) or needle in _ws(i.question))
    assert all(w in item.subject for w in words), item.subject
