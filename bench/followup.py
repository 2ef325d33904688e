"""Follow-up accuracy on real (promise → later article) pairs: ``python -m bench.followup``.

Reads a pair set laid out as ``../shared/real/followup-a`` (``docs/``, ``sources.tsv``,
``pairs.jsonl``), imports every page in publication order (``sources.tsv`` pub_date, then
file name) into a fresh SQLite database through the public services
(``import_paths(db, [path], ImportOptions(pub_date=…, accept=True, workers=1))``), and scores
what ``list_suggestions`` proposes against the gold pairs.

How a proposal is tied to a pair:

- the pair's **promise items** are the items with a source span in the promise page that
  overlaps the span of ``promise_evidence`` in that page's stored text (or, when the span
  cannot be placed, whose statement contains the evidence or lies inside it);
- a proposal (suggestion, any state) is **for** the pair when its source is the later page
  and its item is one of the pair's promise items.

Figures (pairs labelled kept/delayed/progress are *positive*, ``unrelated`` pairs negative):

- ``recall``: positive pairs with at least one proposal for them;
- ``precision``: proposals that are for some positive pair, over all proposals made;
- ``precision_pages``: the same, also counting right a proposal of a positive pair's later
  page for another item of its promise page (the page restating the promise, e.g. headline
  and body) unless that item is tied to an unrelated pair of the same later page;
- ``look_alikes``: unrelated pairs that got a proposal (one not also right for a positive pair);
- ``stance``: positive pairs found whose best proposal (highest score) has the gold stance;
- ``new_due``: delayed pairs whose best proposal carries the gold ``new_due``;
- ``kept_date``: kept pairs with a gold ``kept_date`` whose best proposal carries it as
  ``event_date``;
- ``promises_read``: positive pairs whose promise became an item at all (what the reader
  left for follow-up to find).

``--verbose`` lists every pair with what was proposed (read it only after the blind run).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

#: the development pair set beside the repository (absent outside the team's machines)
DEFAULT_SET = Path(__file__).resolve().parents[1].parent / "shared" / "real" / "followup-a"
POSITIVE = ("kept", "delayed", "progress")


@dataclass
class Proposal:
    """One suggestion as the scorer sees it."""

    item_id: int
    source_id: int
    stance: str | None
    new_due: str | None
    event_date: str | None
    score: float
    excerpt: str | None


@dataclass
class Scores:
    """The figures of one run (see module docstring) and a line per pair."""

    counts: dict[str, tuple[int, int]] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def ratio(self, name: str) -> float:
        hit, total = self.counts[name]
        return hit / total if total else 1.0

    def summary(self) -> str:
        parts = [f"{name} {hit}/{total} = {hit / total if total else 0:.3f}" for name, (hit, total) in self.counts.items()]
        return "\n".join(parts)


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, date) else str(value)


def load_set(root: Path) -> tuple[list[tuple[str, date]], list[dict[str, Any]]]:
    """(file, pub_date) in import order, and the gold pairs."""
    with (root / "sources.tsv").open(encoding="utf-8") as fh:
        rows = [(r["file"], date.fromisoformat(r["pub_date"])) for r in csv.DictReader(fh, delimiter="\t")]
    rows.sort(key=lambda r: (r[1], r[0]))
    pairs = [json.loads(line) for line in (root / "pairs.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows, pairs


def import_in_order(db: Any, root: Path, order: Iterable[tuple[str, date]]) -> dict[str, int]:
    """Import each page with its publication date; file name → source id."""
    from inquiry_tracker.services import ImportOptions, import_paths

    ids: dict[str, int] = {}
    for name, published in order:
        summary = import_paths(db, [root / "docs" / name], ImportOptions(pub_date=published, accept=True, workers=1))
        if summary.source_ids:
            ids[name] = summary.source_ids[0]
        elif summary.failures:
            print(f"  {name}: {summary.failures[0]}", file=sys.stderr)
    return ids


def _promise_items(db: Any, source_id: int, evidence: str, items_of: dict[int, list[tuple[int, int, int]]],
                   texts: dict[int, str], statements: dict[int, str]) -> set[int]:
    text = texts[source_id]
    at = text.find(evidence)
    found: set[int] = set()
    for item_id, start, end in items_of.get(source_id, []):
        if at >= 0 and start < at + len(evidence) and at < end:
            found.add(item_id)
        statement = statements.get(item_id) or ""
        if statement and (evidence in statement or statement in evidence):
            found.add(item_id)
    return found


def score(db: Any, ids: dict[str, int], pairs: list[dict[str, Any]]) -> Scores:
    """Score the suggestions stored in ``db`` against ``pairs``."""
    from inquiry_tracker.services import (
        ItemFilter,
        get_item,
        get_source,
        list_items,
        list_suggestions,
    )

    texts = {sid: get_source(db, sid).text for sid in ids.values()}
    items_of: dict[int, list[tuple[int, int, int]]] = {}
    statements: dict[int, str] = {}
    subjects: dict[int, str] = {}
    for row in list_items(db, ItemFilter(), limit=None).rows:
        detail, _ = get_item(db, row.item.id)
        statements[row.item.id] = detail.item.statement or ""
        subjects[row.item.id] = detail.item.subject
        for ref in detail.sources:
            if ref.start is not None and ref.end is not None:
                items_of.setdefault(ref.source_id, []).append((row.item.id, ref.start, ref.end))
    proposals = [
        Proposal(r.item_id, r.source_id, getattr(r, "stance", None), _iso(getattr(r, "new_due", None)),
                 _iso(getattr(r, "event_date", None)), float(r.score), r.excerpt)
        for r in list_suggestions(db, ("open", "accepted", "dismissed"))
    ]
    by_source: dict[int, list[Proposal]] = {}
    for p in proposals:
        by_source.setdefault(p.source_id, []).append(p)

    out = Scores()
    tally = {k: [0, 0] for k in ("recall", "precision", "precision_pages", "look_alikes", "stance", "new_due", "kept_date",
                                 "promises_read")}
    page_items = {sid: {i for i, _, _ in spans} for sid, spans in items_of.items()}
    same_page: set[tuple[int, int]] = set()  # (later source, item) of a positive pair's promise page
    not_same: set[tuple[int, int]] = set()  # (later source, item) tied to an unrelated pair
    right: set[int] = set()  # id() of proposals right for some positive pair
    unrelated_hits: list[tuple[dict[str, Any], list[Proposal]]] = []
    for n, pair in enumerate(pairs, 1):
        promise_src, later_src = ids.get(pair["promise_doc"]), ids.get(pair["later_doc"])
        wanted = set()
        if promise_src is not None:
            wanted = _promise_items(db, promise_src, pair["promise_evidence"], items_of, texts, statements)
        mine = [p for p in by_source.get(later_src, []) if p.item_id in wanted] if later_src is not None else []
        mine.sort(key=lambda p: -p.score)
        label = pair["label"]
        if later_src is not None and promise_src is not None:
            if label in POSITIVE:
                same_page |= {(later_src, i) for i in page_items.get(promise_src, set())}
            else:
                not_same |= {(later_src, i) for i in wanted}
        if label in POSITIVE:
            tally["promises_read"][0] += bool(wanted)
            tally["promises_read"][1] += 1
            tally["recall"][1] += 1
            best = mine[0] if mine else None
            right.update(id(p) for p in mine)
            if best is not None:
                tally["recall"][0] += 1
                tally["stance"][1] += 1
                tally["stance"][0] += best.stance == label
            if label == "delayed":
                tally["new_due"][1] += 1
                tally["new_due"][0] += best is not None and best.new_due == pair.get("new_due")
            if label == "kept" and pair.get("kept_date"):
                tally["kept_date"][1] += 1
                tally["kept_date"][0] += best is not None and best.event_date == pair["kept_date"]
            got = (f"{best.stance} new_due={best.new_due} event={best.event_date} score={best.score} "
                   f"item={best.item_id} {subjects.get(best.item_id)!r}" if best else "—")
            read = f"items {sorted(wanted)}" if wanted else "promise not read"
            out.lines.append(f"{n:2} {pair['promise_doc']}→{pair['later_doc']} {label:8} {read}; proposed: {got}")
        else:
            unrelated_hits.append((pair, mine))
            out.lines.append(f"{n:2} {pair['promise_doc']}→{pair['later_doc']} {label:8} "
                             f"{'LOOK-ALIKE proposed ' + repr(subjects.get(mine[0].item_id)) if mine else 'nothing proposed'}")
    tally["look_alikes"][1] = len(unrelated_hits)
    tally["look_alikes"][0] = sum(1 for _, mine in unrelated_hits if any(id(p) not in right for p in mine))
    tally["precision"] = [sum(1 for p in proposals if id(p) in right), len(proposals)]
    tally["precision_pages"] = [
        sum(1 for p in proposals if id(p) in right or ((p.source_id, p.item_id) in same_page - not_same)), len(proposals)
    ]
    for p in proposals:
        if id(p) not in right:
            doc = next((name for name, sid in ids.items() if sid == p.source_id), "?")
            out.lines.append(f"   wrong proposal: {doc} → item {p.item_id} {subjects.get(p.item_id)!r} "
                             f"({p.stance}, {p.score}): {(p.excerpt or '')[:60]}")
    out.counts = {k: (v[0], v[1]) for k, v in tally.items()}
    return out


def run(root: Path = DEFAULT_SET, db_url: str | None = None) -> Scores:
    """Import the set into a fresh database (``db_url``, else a temporary SQLite file) and score it."""
    from inquiry_tracker.store import Database

    order, pairs = load_set(root)
    with tempfile.TemporaryDirectory() as tmp:
        db = Database.open(db_url or f"sqlite:///{tmp}/followup.db", backup=False)
        try:
            began = time.perf_counter()
            ids = import_in_order(db, root, order)
            seconds = time.perf_counter() - began
            scores = score(db, ids, pairs)
            scores.seconds = seconds
        finally:
            db.close()
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.followup", description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=DEFAULT_SET, help="a pair set folder (docs/, sources.tsv, pairs.jsonl)")
    parser.add_argument("--db", help="database URL (default: a temporary SQLite file)")
    parser.add_argument("--verbose", action="store_true", help="one line per pair and per wrong proposal")
    args = parser.parse_args(argv)
    if not (args.set / "pairs.jsonl").exists():
        print(f"no pair set at {args.set}", file=sys.stderr)
        return 1
    scores = run(args.set, args.db)
    if args.verbose:
        print("\n".join(scores.lines))
    print(scores.summary())
    print(f"import {scores.seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
