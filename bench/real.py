"""Score the reader on the real annotated pages in ``../shared/real`` (pages-a, pages-b).

Usage::

    python -m bench.real [--set pages-a|pages-b|all] [--detect-date] [--misses] [--json FILE]

Only the public API is used (``inquiry_tracker.extract_items``).  By default each page is read
with the publication date its ``sources.tsv`` row gives (``--detect-date`` lets the reader find
it).  ``--misses`` lists what went wrong, for ``pages-a`` only: ``pages-b`` is the test split, scored
but never studied.

How a predicted item is tied to a gold one (the figures depend on it):

* Every string in the gold (question, reply, evidence) is an exact substring of the page; its
  span is found in the page.  A predicted item's question, reply and statement are located the
  same way (whitespace-insensitively, nearest to the item's own offsets); a string that cannot be
  found falls back to the item's ``start``/``end``.
* Two spans agree when they overlap by at least half of the shorter one.
* An inquiry matches when its reply span agrees with the gold reply, or its question span agrees
  with the gold question.  A promise matches when its statement span agrees with the gold
  evidence.  Candidate pairs are assigned one-to-one, best overlap first (a same deadline phrase
  breaks ties).
* ``group``: gold items sharing a group are one unit; any member found recalls it, and a second
  prediction on a recalled group is neither right nor wrong.
* Department: exact after removing whitespace; a gold ``null`` accepts anything.  Due: the ISO
  date equals ``due`` or one of ``due_alt`` (``null`` in ``due_alt`` accepts no date).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "real"
SETS = ("pages-a", "pages-b")
TEST_SPLIT = "pages-b"

_WS = re.compile(r"\s+")


def _ws(s: Any) -> str:
    return _WS.sub("", s) if isinstance(s, str) else ""


@dataclass
class Gold:
    doc: str
    kind: str
    spans: dict[str, tuple[int, int]]
    department: str | None
    deadline_expr: str | None
    dues: set[str | None]
    unit: str
    raw: dict[str, Any]


@dataclass
class Pred:
    doc: str
    kind: str
    spans: dict[str, tuple[int, int]]
    item: dict[str, Any]


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    dept_ok: int = 0
    due_ok: int = 0
    expr_ok: int = 0
    #: summed subject likeness (bigram Dice with the gold subject) and how many were compared
    subject_sum: float = 0.0
    subject_n: int = 0
    misses: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        m = self.tp or 1
        return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f1, 3),
                "department": round(self.dept_ok / m, 3) if self.tp else 0.0,
                "due": round(self.due_ok / m, 3) if self.tp else 0.0,
                "deadline_expr": round(self.expr_ok / m, 3) if self.tp else 0.0,
                "subject": round(self.subject_sum / self.subject_n, 3) if self.subject_n else 0.0,
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


def locate(text: str, needle: str | None, near: int = 0) -> tuple[int, int] | None:
    """The span of ``needle`` in ``text`` (exactly, else whitespace-insensitively), nearest ``near``."""
    if not needle:
        return None
    hits = [m.start() for m in re.finditer(re.escape(needle), text)]
    if hits:
        s = min(hits, key=lambda i: abs(i - near))
        return s, s + len(needle)
    squeezed = _ws(needle)
    if not squeezed:
        return None
    pattern = r"\s*".join(re.escape(c) for c in squeezed[:400])
    found = [(m.start(), m.end()) for m in re.finditer(pattern, text)]
    if found:
        return min(found, key=lambda sp: abs(sp[0] - near))
    return None


def _bigrams(s: str) -> list[str]:
    s = _ws(s)
    return [s[i : i + 2] for i in range(len(s) - 1)] or ([s] if s else [])


def subject_likeness(pred: Any, gold: Any) -> float:
    """Bigram Dice of a predicted subject with the gold one (1.0 the same words, 0.0 none
    shared): a rough gauge of whether the subject names the thing and the act."""
    a, b = _bigrams(pred or ""), _bigrams(gold or "")
    if not a or not b:
        return 0.0
    pool = list(b)
    common = 0
    for g in a:
        if g in pool:
            pool.remove(g)
            common += 1
    return 2 * common / (len(a) + len(b))


def agree(a: tuple[int, int] | None, b: tuple[int, int] | None) -> float:
    """Overlap of two spans as a share of the shorter one (0 when either is missing)."""
    if a is None or b is None:
        return 0.0
    overlap = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    return overlap / shorter if overlap > 0 and shorter > 0 else 0.0


def load_set(name: str) -> tuple[dict[str, str], dict[str, dt.date], list[Gold]]:
    folder = REAL / name if (REAL / name).is_dir() else Path(name)
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted((folder / "docs").glob("*.txt"))}
    dates: dict[str, dt.date] = {}
    with open(folder / "sources.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            dates[row["file"]] = dt.date.fromisoformat(row["pub_date"][:10])
    golds: list[Gold] = []
    for n, line in enumerate((folder / "gold.jsonl").read_text(encoding="utf-8").splitlines()):
        if not line.strip():
            continue
        g = json.loads(line)
        text = texts[g["doc"]]
        spans: dict[str, tuple[int, int]] = {}
        for key in ("question", "reply", "evidence"):
            sp = locate(text, g.get(key))
            if sp:
                spans[key] = sp
        dues: set[str | None] = {g.get("due")}
        dues.update(g.get("due_alt") or [])
        unit = f"{g['doc']}#{g['group']}" if g.get("group") else f"{g['doc']}@{n}"
        golds.append(Gold(g["doc"], g["kind"], spans, g.get("department"), g.get("deadline_expr"),
                          dues, unit, g))
    return texts, dates, golds


def predict(text: str, doc: str, published: dt.date | None) -> list[Pred]:
    from inquiry_tracker import extract_items

    preds: list[Pred] = []
    for it in extract_items(text, published=published):
        d = it.to_dict()
        spans: dict[str, tuple[int, int]] = {}
        whole = (d["start"], d["end"])
        for key, field_name in (("question", "question"), ("reply", "reply"),
                                ("evidence", "statement")):
            if d["kind"] == "inquiry" and key == "evidence":
                continue
            sp = locate(text, d.get(field_name), near=d["start"])
            spans[key] = sp or whole
        preds.append(Pred(doc, d["kind"], spans, d))
    return preds


def _pair_score(g: Gold, p: Pred) -> float:
    if g.kind != p.kind:
        return 0.0
    if g.kind == "inquiry":
        return max(agree(g.spans.get("reply"), p.spans.get("reply")),
                   agree(g.spans.get("question"), p.spans.get("question")))
    score = agree(g.spans.get("evidence"), p.spans.get("evidence"))
    if score and g.deadline_expr and _ws(g.deadline_expr) == _ws(p.item.get("deadline_expr")):
        score += 0.01
    return score


def score_set(name: str, detect_date: bool = False, want_misses: bool = False) -> dict[str, Any]:
    texts, dates, golds = load_set(name)
    tallies = {"inquiry": Tally(), "promise": Tally()}
    elapsed = 0.0
    errors: list[str] = []
    for doc, text in texts.items():
        t0 = time.perf_counter()
        try:
            preds = predict(text, doc, None if detect_date else dates[doc])
        except Exception as exc:  # the figures must still come out; the error is reported
            errors.append(f"{doc}: {type(exc).__name__}: {exc}")
            preds = []
        elapsed += time.perf_counter() - t0
        doc_golds = [g for g in golds if g.doc == doc]
        pairs = sorted(((_pair_score(g, p), gi, pi) for gi, g in enumerate(doc_golds)
                        for pi, p in enumerate(preds)), reverse=True)
        used_g: set[int] = set()
        used_p: set[int] = set()
        recalled: set[str] = set()
        for s, gi, pi in pairs:
            if s < 0.5 or gi in used_g or pi in used_p:
                continue
            g, p = doc_golds[gi], preds[pi]
            used_g.add(gi)
            used_p.add(pi)
            if g.unit in recalled:
                continue  # a restatement of a unit already found: neither right nor wrong
            recalled.add(g.unit)
            t = tallies[g.kind]
            t.tp += 1
            dept_ok = g.department is None or _ws(g.department) == _ws(p.item.get("department"))
            due_ok = p.item.get("due") in g.dues
            t.dept_ok += dept_ok
            t.due_ok += due_ok
            t.expr_ok += _ws(g.deadline_expr) == _ws(p.item.get("deadline_expr"))
            if g.raw.get("subject"):
                t.subject_sum += subject_likeness(p.item.get("subject"), g.raw["subject"])
                t.subject_n += 1
            if want_misses and not (dept_ok and due_ok):
                t.misses.append(
                    f"{doc} {g.kind} field: dept {p.item.get('department')!r} (gold "
                    f"{g.department!r}); due {p.item.get('due')} {p.item.get('deadline_expr')!r} "
                    f"(gold {sorted(map(str, g.dues))} {g.deadline_expr!r})")
        # groups with a member already recalled do not count as missed
        units_missing = {g.unit: g for gi, g in enumerate(doc_golds)
                         if gi not in used_g and g.unit not in recalled}
        for g in units_missing.values():
            tallies[g.kind].fn += 1
            if want_misses:
                what = g.raw.get("evidence") or g.raw.get("reply") or ""
                tallies[g.kind].misses.append(f"{doc} {g.kind} MISSED: {_ws(what)[:70]}")
        for pi, p in enumerate(preds):
            if pi in used_p or p.kind not in tallies:
                continue
            # a prediction agreeing with a recalled group member is a restatement, not an error
            if any(_pair_score(g, p) >= 0.5 and g.unit in recalled for g in doc_golds):
                continue
            tallies[p.kind].fp += 1
            if want_misses:
                what = p.item.get("statement") or p.item.get("reply") or ""
                tallies[p.kind].misses.append(
                    f"{doc} {p.kind} EXTRA: {_ws(what)[:70]} [{p.item.get('deadline_expr')}]")
    size = sum(len(t.encode()) for t in texts.values())
    out: dict[str, Any] = {"set": Path(name).name, "pages": len(texts),
                           "date": "detected" if detect_date else "given",
                           "inquiry": tallies["inquiry"].figures(),
                           "promise": tallies["promise"].figures(),
                           "seconds": round(elapsed, 3), "bytes": size, "errors": errors}
    if want_misses:
        out["misses"] = tallies["inquiry"].misses + tallies["promise"].misses
    return out


def render(result: dict[str, Any]) -> str:
    lines = [f"{result['set']} ({result['pages']} pages, date {result['date']}, "
             f"{result['seconds']:.2f} s)"]
    for kind in ("inquiry", "promise"):
        f = result[kind]
        lines.append(f"  {kind:8s} P {f['precision']:.3f}  R {f['recall']:.3f}  F1 {f['f1']:.3f}  "
                     f"dept {f['department']:.3f}  due {f['due']:.3f}  expr {f['deadline_expr']:.3f}  subject {f['subject']:.3f}"
                     f"  (tp {f['tp']} fp {f['fp']} fn {f['fn']})")
    lines += [f"  ERROR {e}" for e in result["errors"]]
    lines += [f"  {m}" for m in result.get("misses", [])]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", default="all", help="pages-a, pages-b, all, or a folder in the same format")
    ap.add_argument("--detect-date", action="store_true")
    ap.add_argument("--misses", action="store_true", help="list misses (pages-a only)")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    if not REAL.is_dir():
        print(f"no real pages at {REAL}", file=sys.stderr)
        return 1
    results = []
    for name in SETS if args.set == "all" else (args.set,):
        results.append(score_set(name, args.detect_date, args.misses and name != TEST_SPLIT))
        print(render(results[-1]))
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
