"""Reader throughput against jieba on the same generated news text (one run, one machine)."""

from __future__ import annotations

import os
import time
from pathlib import Path

from bench.corpus import generate_corpus

SEEDS = Path(__file__).resolve().parent.parent / "inquiry_tracker" / "seeds"


def generated_docs(min_mb: float) -> list[str]:
    """Generated pages: dense with dates, labels and promises (a hard case)."""
    docs: list[str] = []
    size = n = 0
    while size < min_mb * 1_000_000:
        for _, text in generate_corpus(100, seed=1000 + n, out_dir=None):
            docs.append(text)
            size += len(text.encode("utf-8"))
        n += 1
    return docs


def seed_docs(min_mb: float) -> list[str]:
    """The five real pages in seeds/, repeated (each copy is analysed from scratch)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    size = sum(len(t.encode("utf-8")) for t in texts)
    return texts * max(1, int(min_mb * 1_000_000 / size) + 1)


REAL = Path(__file__).resolve().parent.parent.parent / "shared" / "real"


def real_docs(min_mb: float) -> list[str]:
    """The seeds and every real page in ../shared/real (pages-a, pages-b, followup-a), repeated."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted(REAL.glob("*/docs/*.txt"))]
    size = sum(len(t.encode("utf-8")) for t in texts)
    return texts * max(1, int(min_mb * 1_000_000 / size) + 1)


def run(min_mb: float = 5.0) -> list[dict[str, float]]:
    results = []
    sets = [("generated news", generated_docs(min_mb)), ("real seed pages", seed_docs(min_mb))]
    if REAL.is_dir():
        sets.append(("real pages (seeds + ../shared/real)", real_docs(min_mb)))
    else:
        print(f"(real pages not found at {REAL}: skipped)")
    for label, docs in sets:
        results.append(_measure(label, docs))
    return results


def _measure(label: str, docs: list[str]) -> dict[str, float]:
    from inquiry_tracker import extract_items

    mb = sum(len(t.encode("utf-8")) for t in docs) / 1_000_000

    t0 = time.perf_counter()
    items = sum(len(extract_items(t)) for t in docs)
    reader_s = time.perf_counter() - t0

    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    t0 = time.perf_counter()
    jieba.initialize()
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    tokens = sum(len(jieba.lcut(t)) for t in docs)
    jieba_s = time.perf_counter() - t0

    result = {
        "mb": mb,
        "documents": len(docs),
        "items": items,
        "reader_s": reader_s,
        "reader_mb_s": mb / reader_s,
        "jieba_s": jieba_s,
        "jieba_mb_s": mb / jieba_s,
        "jieba_load_s": load_s,
        "ratio": jieba_s / reader_s,
        "tokens": tokens,
    }
    print(f"reader: {mb:.1f} MB of {label} ({len(docs)} documents, {items} items) "
          f"in {reader_s:.2f} s = {result['reader_mb_s']:.2f} MB/s")
    print(f"jieba.lcut on the same text: {jieba_s:.2f} s = {result['jieba_mb_s']:.2f} MB/s "
          f"(dictionary load {load_s:.2f} s not counted)")
    print(f"reader is {result['ratio']:.1f}x faster than jieba.lcut (target >= 4x); "
          f"{os.cpu_count()} cores")
    return result


if __name__ == "__main__":
    run()
