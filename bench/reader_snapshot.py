"""Dump every item the reader extracts from the real page sets and the seeds, as JSON.

A guard for speed work: the dump before and after a change must be byte-identical.

    python -m bench.reader_snapshot OUT.json [SET_DIR ...]

Each set folder holds ``docs/*.txt`` and ``sources.tsv``; every page is read twice, with
its ``sources.tsv`` date (as ``bench.real`` reads it) and with ``published=None`` (as
``bench.bench_reader`` reads it).  The seeds are read the same two ways.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SETS = [
    ROOT.parent / "shared" / "real" / "pages-a",
    ROOT.parent / "shared" / "real" / "pages-b",
    ROOT.parent / "shared" / "real" / "followup-a",
    Path("/work/devdata/pages-c"),
    Path("/work/devdata/pages-d"),
    Path("/work/devdata/pages-e"),
]


def _dates(folder: Path) -> dict[str, dt.date]:
    dates: dict[str, dt.date] = {}
    tsv = folder / "sources.tsv"
    if tsv.exists():
        with open(tsv, encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                if row.get("pub_date"):
                    dates[row["file"]] = dt.date.fromisoformat(row["pub_date"][:10])
    return dates


def _items(text: str, published: dt.date | None) -> list[dict[str, Any]]:
    from inquiry_tracker import extract_items

    out = []
    for it in extract_items(text, published=published):
        d = it.to_dict()
        d["department_canonical"] = it.department_canonical
        d["confidence"] = it.confidence
        d["conditional"] = it.conditional
        d["fingerprint"] = it.fingerprint
        d["deadline"] = it.deadline.to_dict() if it.deadline else None
        out.append(d)
    return out


def snapshot(sets: list[Path]) -> dict[str, Any]:
    pages: list[tuple[str, str, dt.date | None]] = []
    for p in sorted((ROOT / "seeds").glob("*.txt")):
        pages.append((f"seeds/{p.name}", p.read_text(encoding="utf-8"), None))
    for folder in sets:
        dates = _dates(folder)
        for p in sorted((folder / "docs").glob("*.txt")):
            pages.append((f"{folder.name}/{p.name}", p.read_text(encoding="utf-8"), dates.get(p.name)))
    out: dict[str, Any] = {}
    for name, text, pub in pages:
        entry: dict[str, Any] = {"detected": _items(text, None)}
        if pub is not None:
            entry["given"] = _items(text, pub)
        out[name] = entry
    return out


def main(argv: list[str]) -> int:
    sets = [Path(a) for a in argv[1:]] or [s for s in DEFAULT_SETS if (s / "docs").is_dir()]
    data = snapshot(sets)
    Path(argv[0]).write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    print(f"{len(data)} pages, {sum(len(v) for e in data.values() for v in e.values())} items -> {argv[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
