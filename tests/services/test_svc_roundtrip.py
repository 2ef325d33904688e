"""Import → review → verdict → export with the real reader, on both back-ends; the demo."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

from inquiry_tracker import services as svc
from inquiry_tracker.extract import analyze_text
from inquiry_tracker.store import Database, StoreError


def test_import_review_verdict_export(db: Database, seeds_dir: Path) -> None:
    seeds = sorted(seeds_dir.glob("*.txt"))
    fingerprints = [{it.fingerprint for it in analyze_text(p.read_text(encoding="utf-8")).items} for p in seeds]
    summary = svc.import_paths(db, seeds)
    assert summary.ok and summary.documents == len(seeds)
    assert len(summary.new_items) == len(set().union(*fingerprints))
    assert len(summary.new_items) + len(summary.reprints) == sum(map(len, fingerprints))

    inbox = svc.list_items(db, svc.ItemFilter(statuses=("pending",)), limit=None).rows
    assert len(inbox) == len(summary.new_items)
    first, second, *rest = [r.item.id for r in inbox]
    svc.accept(db, [first, second, *rest[:-1]])
    if rest:
        svc.reject(db, [rest[-1]], reason="误识别")
    road = svc.get_item(db, first)[0].item
    later = (road.due or date(2020, 1, 1)).replace(year=(road.due or date(2020, 1, 1)).year + 1)
    svc.set_verdict(db, first, "kept", note="已兑现,有照片", evidence_url="https://example.org/p", clock=svc.fixed(later))
    svc.change_due(db, second, date(2030, 1, 31), note="延期到明年", announced_in="株洲日报")
    svc.assign(db, second, "李记者")

    out = io.BytesIO()
    n = svc.export_items(db, "json", out, svc.ItemFilter(statuses=("accepted",)), clock=svc.fixed(later))
    data = json.loads(out.getvalue())
    assert n == len(data) == len(inbox) - (1 if rest else 0)
    by_id = {x["id"]: x for x in data}
    assert by_id[first]["verdict"] == "kept" and by_id[first]["follow_ups"][-1]["evidence_url"] == "https://example.org/p"
    assert by_id[second]["due"] == "2030-01-31" and by_id[second]["assignee"] == "李记者"
    assert by_id[second]["follow_ups"][-2]["kind"] == "due_change"
    assert all(x["sources"] and x["sources"][0]["sha256"] for x in data)

    out = io.BytesIO()
    svc.export_items(db, "csv", out, clock=svc.fixed(later))
    rows = list(csv.DictReader(io.StringIO(out.getvalue().decode("utf-8-sig"))))
    assert len(rows) == n  # the rejected item is not exported by default


def test_demo(db: Database, seeds_dir: Path) -> None:
    summary = svc.load_demo(db, seeds_dir)
    assert summary.ok and summary.documents == 5 and summary.new_items
    rows = svc.list_items(db, limit=None).rows
    assert rows and {r.item.review_state for r in rows} == {"accepted"}
    with pytest.raises(StoreError, match="already holds documents"):
        svc.load_demo(db, seeds_dir)
