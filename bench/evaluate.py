"""Score the reader against the held-out pages, the seed documents and the deadline phrase set.

Usage::

    python -m bench.evaluate [--verbose] [--given-date] [--strict] [--json FILE]
                             [--pages DIR] [--phrases FILE]   (defaults: tests/data/pages, tests/data/deadline_phrases.jsonl)

Only the public API is used: ``inquiry_tracker.extract_items``, ``inquiry_tracker.find_deadline``
and ``inquiry_tracker.extract.analyze_text`` (``Analysis(facts, items)``; ``facts.published``,
``facts.outlet``).  Any exception raised by the reader on a document or phrase is caught, printed
and counted as misses, so the script always finishes.

Matching rules (documented here because the numbers depend on them):

* inquiries: a predicted inquiry matches an expected one when their questions are equal after
  removing all whitespace; each expected inquiry matches at most once, so a duplicate (an
  exchange printed twice and extracted twice) is a false positive.
* department / due / deadline_expr / approximate rates are computed over matched inquiries;
  department and deadline_expr compare after removing whitespace, due compares ISO dates.
* promises: a predicted promise matches an expected one when, after NFKC normalisation and
  whitespace removal, its ``statement`` contains ``statement_contains`` or (vice versa) is
  contained in it and is at least half as long (and at least 6 characters).  Pairs whose
  deadline phrase also agrees are preferred; assignment is one-to-one.  An unmatched predicted
  promise that matches an ``optional`` entry is ignored; every other one is a false positive.
* not_items: a predicted item (any kind) violates a not_item sentence when its statement is
  contained in that sentence, or when it is an otherwise unmatched item whose statement contains
  the sentence.
* find_deadline: a phrase with a deadline is exact when ``expr`` (whitespace-insensitive), ``due``
  and ``approximate`` all agree; a phrase without one is correct when the reader returns ``None``
  or a Deadline whose ``due`` is ``None``.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import re
import sys
import time
import traceback
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PAGES_DIR = ROOT / "tests" / "data" / "pages"
SEEDS_DIR = ROOT / "inquiry_tracker" / "seeds"
PHRASES = ROOT / "tests" / "data" / "deadline_phrases.jsonl"

# Bars the product must reach (the design brief; see docs/design.md).
BARS = {
    "inquiry_f1": 0.95,
    "department_exact": 0.95,
    "due_exact": 0.95,
    "promise_f1": 0.85,
    "find_deadline_exact": 0.97,
}

_WS = re.compile(r"\s+")


def ws(s: Any) -> str:
    """Remove all whitespace (None stays empty)."""
    return _WS.sub("", s) if isinstance(s, str) else ""


def canon(s: Any) -> str:
    """NFKC + whitespace removal, for containment tests on statements."""
    return ws(unicodedata.normalize("NFKC", s)) if isinstance(s, str) else ""


def iso(d: Any) -> str | None:
    if d is None or d == "":
        return None
    if isinstance(d, dt.datetime):
        return d.date().isoformat()
    if isinstance(d, dt.date):
        return d.isoformat()
    return str(d)[:10]


def short(s: Any, n: int = 40) -> str:
    s = ws(s) if isinstance(s, str) else repr(s)
    return s if len(s) <= n else s[: n - 1] + "…"


# --------------------------------------------------------------------------- reader access


def load_reader() -> dict[str, Any]:
    """Import the public API lazily; a missing piece is reported, not fatal."""
    api: dict[str, Any] = {"errors": []}
    try:
        import inquiry_tracker

        api["extract_items"] = inquiry_tracker.extract_items
        api["find_deadline"] = inquiry_tracker.find_deadline
    except Exception as exc:
        api["errors"].append(f"inquiry_tracker public API: {type(exc).__name__}: {exc}")
    try:
        from inquiry_tracker.extract import analyze_text

        api["analyze_text"] = analyze_text
    except Exception as exc:
        api["errors"].append(f"inquiry_tracker.extract.analyze_text: {type(exc).__name__}: {exc}")
    return api


FIELDS = ("kind", "question", "reply", "statement", "department", "deadline_expr", "due",
          "approximate", "subject", "start", "end")


def item_dict(item: Any) -> dict[str, Any]:
    """Whatever the reader returns (ExtractedItem, dataclass, dict), give a plain dict."""
    if isinstance(item, dict):
        d = dict(item)
    elif hasattr(item, "to_dict"):
        d = dict(item.to_dict())
    elif dataclasses.is_dataclass(item) and not isinstance(item, type):
        d = dataclasses.asdict(item)
    else:
        d = {f: getattr(item, f, None) for f in FIELDS}
    for f in FIELDS:
        d.setdefault(f, getattr(item, f, None) if not isinstance(item, dict) else None)
    d["due"] = iso(d.get("due"))
    d["kind"] = str(d.get("kind") or "").lower() or None
    return d


def run_document(api: dict[str, Any], text: str, given: dt.date | None,
                 use_given: bool) -> tuple[dict[str, Any], list[dict[str, Any]], str | None]:
    """Return (facts, items, error) for one document."""
    facts: dict[str, Any] = {"published": None, "outlet": None, "available": False}
    errors: list[str] = []
    items_raw: Iterable[Any] | None = None
    analyze = api.get("analyze_text")
    if analyze is not None:
        try:
            analysis = analyze(text)
            f = getattr(analysis, "facts", None)
            if f is None and isinstance(analysis, tuple) and len(analysis) == 2:
                f = analysis[0]
            if f is not None:
                facts = {"published": iso(getattr(f, "published", None)),
                         "outlet": getattr(f, "outlet", None), "available": True}
            items_raw = getattr(analysis, "items", None)
            if items_raw is None and isinstance(analysis, tuple) and len(analysis) == 2:
                items_raw = analysis[1]
        except Exception as exc:
            errors.append(f"analyze_text: {type(exc).__name__}: {exc}")
    if use_given or items_raw is None:
        extract = api.get("extract_items")
        if extract is not None:
            try:
                items_raw = extract(text, published=given if use_given else None)
            except Exception as exc:
                errors.append(f"extract_items: {type(exc).__name__}: {exc}")
                items_raw = None
    items: list[dict[str, Any]] = []
    for it in items_raw or []:
        try:
            items.append(item_dict(it))
        except Exception as exc:
            errors.append(f"item conversion: {type(exc).__name__}: {exc}")
    return facts, items, ("; ".join(errors) or None)


# --------------------------------------------------------------------------- expected data


def optional_entries(doc: dict[str, Any]) -> list[list[str]]:
    """Optional statements as lists of fragments (seeds use a prose string with '…' gaps)."""
    opt = doc.get("optional") or []
    if isinstance(opt, str):
        opt = re.findall(r"'([^']+)'", opt)
    out = []
    for o in opt:
        parts = [canon(p) for p in re.split(r"…+|\.\.\.", o) if canon(p)]
        if parts:
            out.append(parts)
    return out


def matches_optional(stmt: str, entries: list[list[str]]) -> bool:
    s = canon(stmt)
    if not s:
        return False
    for parts in entries:
        pos = 0
        ok = True
        for p in parts:
            i = s.find(p, pos)
            if i < 0:
                ok = False
                break
            pos = i + len(p)
        if ok:
            return True
        whole = "".join(parts)
        if len(parts) == 1 and len(s) >= 6 and s in whole:
            return True
    return False


def promise_match(stmt: str, sc: str) -> bool:
    s, c = canon(stmt), canon(sc)
    if not s or not c:
        return False
    if c in s:
        return True
    return s in c and len(s) >= max(6, len(c) / 2)


# --------------------------------------------------------------------------- scoring


@dataclasses.dataclass
class Tally:
    docs: int = 0
    doc_errors: int = 0
    inq_expected: int = 0
    inq_predicted: int = 0
    inq_matched: int = 0
    dept_ok: int = 0
    due_ok: int = 0
    expr_ok: int = 0
    approx_ok: int = 0
    prom_expected: int = 0
    prom_predicted: int = 0
    prom_matched: int = 0
    prom_optional: int = 0
    prom_due_ok: int = 0
    prom_dept_ok: int = 0
    not_items: int = 0
    violations: int = 0
    pub_total: int = 0
    pub_ok: int = 0
    outlet_total: int = 0
    outlet_ok: int = 0
    seconds: float = 0.0
    misses: list[str] = dataclasses.field(default_factory=list)

    def miss(self, doc: str, msg: str) -> None:
        self.misses.append(f"  {doc}: {msg}")


def ratio(a: int, b: int) -> float | None:
    return a / b if b else None


def prf(matched: int, predicted: int, expected: int) -> tuple[float | None, float | None, float | None]:
    p = ratio(matched, predicted) if predicted else (1.0 if expected == 0 else 0.0)
    r = ratio(matched, expected)
    if p is None or r is None:
        return p, r, None
    f = 2 * p * r / (p + r) if (p + r) else 0.0
    return p, r, f


def score_dataset(api: dict[str, Any], directory: Path, use_given: bool) -> Tally:
    t = Tally()
    exp_path = directory / "expected.json"
    if not exp_path.exists():
        t.miss(str(directory), "no expected.json")
        return t
    expected = json.loads(exp_path.read_text(encoding="utf-8"))["documents"]
    for name, doc in expected.items():
        t.docs += 1
        path = directory / name
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            t.doc_errors += 1
            t.miss(name, f"cannot read: {exc}")
            text = ""
        given = dt.date.fromisoformat(doc["published"]) if doc.get("published") else None
        t0 = time.perf_counter()
        try:
            facts, items, err = run_document(api, text, given, use_given)
        except Exception as exc:
            facts, items, err = {"published": None, "outlet": None, "available": False}, [], \
                f"{type(exc).__name__}: {exc}"
        t.seconds += time.perf_counter() - t0
        if err:
            t.doc_errors += 1
            print(f"! {directory.name}/{name}: {err}", file=sys.stderr)
            t.miss(name, f"reader error: {err}")

        # --- document facts
        t.pub_total += 1
        if facts.get("published") == doc.get("published"):
            t.pub_ok += 1
        else:
            t.miss(name, f"published {facts.get('published')} != expected {doc.get('published')}")
        t.outlet_total += 1
        if ws(facts.get("outlet")) == ws(doc.get("outlet")):
            t.outlet_ok += 1
        else:
            t.miss(name, f"outlet {facts.get('outlet')!r} != expected {doc.get('outlet')!r}")

        exp_inq = [i for i in doc["items"] if i.get("kind") == "inquiry"]
        exp_prom = [i for i in doc["items"] if i.get("kind") == "promise"]
        pred_inq = [i for i in items if i.get("kind") == "inquiry"]
        pred_prom = [i for i in items if i.get("kind") == "promise"]
        matched_ids: set[int] = set()

        # --- inquiries
        t.inq_expected += len(exp_inq)
        t.inq_predicted += len(pred_inq)
        by_q: dict[str, list[dict[str, Any]]] = {}
        for p in pred_inq:
            by_q.setdefault(ws(p.get("question")), []).append(p)
        used: set[int] = set()
        for e in exp_inq:
            cands = [p for p in by_q.get(ws(e["question"]), []) if id(p) not in used]
            if not cands:
                t.miss(name, f"missed inquiry: {short(e['question'])}")
                continue
            p = cands[0]
            used.add(id(p))
            matched_ids.add(id(p))
            t.inq_matched += 1
            if ws(p.get("department")) == ws(e.get("department")):
                t.dept_ok += 1
            else:
                t.miss(name, f"department {p.get('department')!r} != {e.get('department')!r} "
                             f"for {short(e['question'], 24)}")
            if p.get("due") == e.get("due"):
                t.due_ok += 1
            else:
                t.miss(name, f"due {p.get('due')} != {e.get('due')} (expr {p.get('deadline_expr')!r} vs "
                             f"{e.get('deadline_expr')!r}) for {short(e['question'], 24)}")
            if ws(p.get("deadline_expr")) == ws(e.get("deadline_expr")):
                t.expr_ok += 1
            if bool(p.get("approximate")) == bool(e.get("approximate", False)):
                t.approx_ok += 1
        for p in pred_inq:
            if id(p) not in used:
                t.miss(name, f"extra inquiry: {short(p.get('question'))}")

        # --- promises (one-to-one, prefer pairs whose deadline phrase agrees, then shorter statements)
        t.prom_expected += len(exp_prom)
        pairs = []
        for ei, e in enumerate(exp_prom):
            for pi, p in enumerate(pred_prom):
                if promise_match(p.get("statement") or "", e["statement_contains"]):
                    same_expr = ws(p.get("deadline_expr")) == ws(e.get("deadline_expr"))
                    pairs.append((not same_expr, len(canon(p.get("statement"))), ei, pi))
        pairs.sort()
        e_done: dict[int, int] = {}
        p_done: set[int] = set()
        for _, _, ei, pi in pairs:
            if ei in e_done or pi in p_done:
                continue
            e_done[ei] = pi
            p_done.add(pi)
        opts = optional_entries(doc)
        for pi, p in enumerate(pred_prom):
            if pi in p_done:
                continue
            if matches_optional(p.get("statement") or "", opts):
                t.prom_optional += 1
                continue
            t.prom_predicted += 1
            t.miss(name, f"extra promise: {short(p.get('statement'), 50)} [{p.get('deadline_expr')} → {p.get('due')}]")
        t.prom_predicted += len(e_done)
        for ei, e in enumerate(exp_prom):
            if ei not in e_done:
                t.miss(name, f"missed promise: {short(e['statement_contains'], 50)}")
                continue
            p = pred_prom[e_done[ei]]
            matched_ids.add(id(p))
            t.prom_matched += 1
            if p.get("due") == e.get("due"):
                t.prom_due_ok += 1
            else:
                t.miss(name, f"promise due {p.get('due')} != {e.get('due')} (expr {p.get('deadline_expr')!r} vs "
                             f"{e.get('deadline_expr')!r}) for {short(e['statement_contains'], 24)}")
            allowed = e.get("department_any_of")
            if allowed is None and "department" in e:
                allowed = [e["department"]]
            allowed = allowed if allowed is not None else [None]
            if ws(p.get("department")) in {ws(a) for a in allowed}:
                t.prom_dept_ok += 1
            else:
                t.miss(name, f"promise department {p.get('department')!r} not in {allowed} "
                             f"for {short(e['statement_contains'], 24)}")

        # --- not_items
        nots = [canon(n) for n in doc.get("not_items", []) if canon(n)]
        t.not_items += len(nots)
        for p in items:
            s = canon(p.get("statement"))
            if not s:
                continue
            for n, raw in zip(nots, doc.get("not_items", []), strict=False):
                if (len(s) >= 4 and s in n) or (id(p) not in matched_ids and n in s):
                    t.violations += 1
                    t.miss(name, f"not_item violated by {p.get('kind')}: {short(raw, 40)}")
                    break
    return t


def score_phrases(api: dict[str, Any], path: Path) -> dict[str, Any]:
    res: dict[str, Any] = {"total": 0, "exact": 0, "pos": 0, "pos_exact": 0, "neg": 0, "neg_ok": 0,
                           "due_ok": 0, "errors": 0, "misses": []}
    if not path.exists():
        res["misses"].append(f"  no phrase file {path}")
        return res
    fd: Callable[..., Any] | None = api.get("find_deadline")
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        res["total"] += 1
        pub = dt.date.fromisoformat(case["published"]) if case.get("published") else None
        got = None
        try:
            if fd is None:
                raise RuntimeError("find_deadline not importable")
            got = fd(case["text"], published=pub)
        except Exception as exc:
            res["errors"] += 1
            if res["errors"] <= 3:
                print(f"! find_deadline({case['text']!r}): {type(exc).__name__}: {exc}", file=sys.stderr)
            res["misses"].append(f"  {case['text']}  → raised {type(exc).__name__}: {exc}")
            if case["expr"] is None:
                res["neg"] += 1
            else:
                res["pos"] += 1
            continue
        g_expr = getattr(got, "expr", None) if got is not None else None
        g_due = iso(getattr(got, "due", None)) if got is not None else None
        g_apx = bool(getattr(got, "approximate", False)) if got is not None else False
        if case["expr"] is None:
            res["neg"] += 1
            ok = got is None or g_due is None
            res["neg_ok"] += ok
            if ok:
                res["due_ok"] += 1
        else:
            res["pos"] += 1
            ok = ws(g_expr) == ws(case["expr"]) and g_due == case["due"] and g_apx == case["approximate"]
            res["pos_exact"] += ok
            if g_due == case["due"]:
                res["due_ok"] += 1
        res["exact"] += ok
        if not ok:
            res["misses"].append(
                f"  [{case['published']}] {case['text']}\n"
                f"      expected {case['expr']!r} → {case['due']} approx={case['approximate']}; "
                f"got {g_expr!r} → {g_due} approx={g_apx}")
    return res


# --------------------------------------------------------------------------- report


def fmt(x: float | None) -> str:
    return "  n/a" if x is None else f"{x:5.3f}"


def bar(x: float | None, key: str) -> str:
    if x is None:
        return ""
    return "ok" if x >= BARS[key] else f"below {BARS[key]:.2f}"


def dataset_metrics(t: Tally) -> dict[str, Any]:
    ip, ir, if1 = prf(t.inq_matched, t.inq_predicted, t.inq_expected)
    pp, pr, pf1 = prf(t.prom_matched, t.prom_predicted, t.prom_expected)
    return {
        "docs": t.docs, "doc_errors": t.doc_errors,
        "inquiries": {"expected": t.inq_expected, "predicted": t.inq_predicted, "matched": t.inq_matched,
                      "precision": ip, "recall": ir, "f1": if1,
                      "department_exact": ratio(t.dept_ok, t.inq_matched), "due_exact": ratio(t.due_ok, t.inq_matched),
                      "expr_exact": ratio(t.expr_ok, t.inq_matched), "approximate_exact": ratio(t.approx_ok, t.inq_matched)},
        "promises": {"expected": t.prom_expected, "predicted": t.prom_predicted, "matched": t.prom_matched,
                     "optional_ignored": t.prom_optional, "precision": pp, "recall": pr, "f1": pf1,
                     "due_exact": ratio(t.prom_due_ok, t.prom_matched),
                     "department_ok": ratio(t.prom_dept_ok, t.prom_matched)},
        "not_items": {"sentences": t.not_items, "violations": t.violations},
        "published_accuracy": ratio(t.pub_ok, t.pub_total),
        "outlet_accuracy": ratio(t.outlet_ok, t.outlet_total),
        "seconds": t.seconds,
    }


def print_table(results: dict[str, dict[str, Any]], phrases: dict[str, Any]) -> None:
    names = list(results)
    w = 22
    print("\n" + "metric".ljust(w) + "".join(n.rjust(14) for n in names) + "   bar")
    print("-" * (w + 14 * len(names) + 14))

    def row(label: str, getter: Callable[[dict[str, Any]], Any], key: str | None = None,
            raw: bool = False) -> None:
        vals = [getter(results[n]) for n in names]
        cells = "".join((str(v) if raw else fmt(v)).rjust(14) for v in vals)
        note = bar(vals[0], key) if key else ""
        print(label.ljust(w) + cells + ("   " + note if note else ""))

    row("documents (errors)", lambda m: f"{m['docs']} ({m['doc_errors']})", raw=True)
    row("inquiries exp/pred/ok", lambda m: f"{m['inquiries']['expected']}/{m['inquiries']['predicted']}/"
        f"{m['inquiries']['matched']}", raw=True)
    row("  precision", lambda m: m["inquiries"]["precision"])
    row("  recall", lambda m: m["inquiries"]["recall"])
    row("  F1", lambda m: m["inquiries"]["f1"], "inquiry_f1")
    row("  department exact", lambda m: m["inquiries"]["department_exact"], "department_exact")
    row("  due exact", lambda m: m["inquiries"]["due_exact"], "due_exact")
    row("  deadline_expr exact", lambda m: m["inquiries"]["expr_exact"])
    row("  approximate exact", lambda m: m["inquiries"]["approximate_exact"])
    row("promises exp/pred/ok", lambda m: f"{m['promises']['expected']}/{m['promises']['predicted']}/"
        f"{m['promises']['matched']}", raw=True)
    row("  precision", lambda m: m["promises"]["precision"])
    row("  recall", lambda m: m["promises"]["recall"])
    row("  F1", lambda m: m["promises"]["f1"], "promise_f1")
    row("  due exact", lambda m: m["promises"]["due_exact"])
    row("  department ok", lambda m: m["promises"]["department_ok"])
    row("  optional ignored", lambda m: m["promises"]["optional_ignored"], raw=True)
    row("not_items violated", lambda m: f"{m['not_items']['violations']}/{m['not_items']['sentences']}", raw=True)
    row("published accuracy", lambda m: m["published_accuracy"])
    row("outlet accuracy", lambda m: m["outlet_accuracy"])
    row("seconds", lambda m: f"{m['seconds']:.2f}", raw=True)
    exact = ratio(phrases["exact"], phrases["total"])
    print("-" * (w + 14 * len(names) + 14))
    print("find_deadline exact".ljust(w) + fmt(exact).rjust(14) +
          f"   ({phrases['exact']}/{phrases['total']}; with deadline {phrases['pos_exact']}/{phrases['pos']}, "
          f"without {phrases['neg_ok']}/{phrases['neg']}; due only "
          f"{fmt(ratio(phrases['due_ok'], phrases['total'])).strip()}; errors {phrases['errors']})"
          + ("   " + bar(exact, "find_deadline_exact") if exact is not None else ""))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.evaluate", description=__doc__.split("\n\n")[0])
    ap.add_argument("--verbose", "-v", action="store_true", help="list every miss")
    ap.add_argument("--given-date", action="store_true",
                    help="extract items with the expected publication date instead of the detected one")
    ap.add_argument("--pages", type=Path, default=PAGES_DIR,
                    help="directory of .txt pages with an expected.json (default: tests/data/pages)")
    ap.add_argument("--seeds", type=Path, default=SEEDS_DIR)
    ap.add_argument("--phrases", type=Path, default=PHRASES,
                    help="find_deadline phrase set, JSON lines (default: tests/data/deadline_phrases.jsonl)")
    ap.add_argument("--json", type=Path, help="also write the metrics as JSON to this file")
    ap.add_argument("--strict", action="store_true", help="exit 1 when a bar of docs/design.md is missed on the pages")
    args = ap.parse_args(argv)

    api = load_reader()
    for e in api["errors"]:
        print(f"! {e}", file=sys.stderr)
    tallies = {"pages": score_dataset(api, args.pages, args.given_date),
               "seeds": score_dataset(api, args.seeds, args.given_date)}
    results = {k: dataset_metrics(v) for k, v in tallies.items()}
    try:
        phrases = score_phrases(api, args.phrases)
    except Exception:
        traceback.print_exc()
        phrases = {"total": 0, "exact": 0, "pos": 0, "pos_exact": 0, "neg": 0, "neg_ok": 0, "due_ok": 0,
                   "errors": 1, "misses": []}
    mode = "given publication dates" if args.given_date else "detected publication dates"
    print(f"Reader evaluation ({mode})")
    print(f"pages: {args.pages}   phrases: {args.phrases}")
    print_table(results, phrases)
    if args.verbose:
        for k, t in tallies.items():
            print(f"\n== misses: {k} ({len(t.misses)})")
            for m in t.misses:
                print(m)
        print(f"\n== misses: find_deadline ({len(phrases['misses'])})")
        for m in phrases["misses"]:
            print(m)
    if args.json:
        fd_out: dict[str, Any] = {k: v for k, v in phrases.items() if k != "misses"}
        fd_out["exact_rate"] = ratio(phrases["exact"], phrases["total"])
        out: dict[str, Any] = {**results, "find_deadline": fd_out}
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=2), encoding="utf-8")
    if args.strict:
        pm = results["pages"]
        checks: list[tuple[float | None, str]] = [(pm["inquiries"]["f1"], "inquiry_f1"), (pm["inquiries"]["department_exact"], "department_exact"),
                  (pm["inquiries"]["due_exact"], "due_exact"), (pm["promises"]["f1"], "promise_f1"),
                  (ratio(phrases["exact"], phrases["total"]), "find_deadline_exact")]
        if any(v is None or v < BARS[k] for v, k in checks):
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
