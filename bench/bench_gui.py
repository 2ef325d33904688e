"""The desktop app with 100,000 items: start-up, filter keystrokes, memory (measured, not asserted).

``run()`` generates a SQLite database of N items (:mod:`bench.gui_data`), then launches the
app in fresh processes (:mod:`bench.gui_probe`, offscreen) and prints, with the machine's
core count:

- cold start → first paint of the main window, and → first page of rows (usable);
- a filter keystroke: a 2-character Chinese query typed into the search box, from the
  filter being applied (the typing debounce, SEARCH_DEBOUNCE_MS, elapsed) to the model reset with
  results — and the same from the last keystroke, debounce included;
- max RSS of the GUI process; whether jieba was imported or its dictionary loaded.

Targets (docs/design.md): window ≤ 1.5 s, usable ≤ 1.5 s, keystroke ≤ 100 ms, RSS ≤ 400 MB.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.gui_data import generate

QUERIES = ["森林", "菜市", "学校", "天元", "电梯", "停车"]
LAUNCHES = 3


def launch(url: str, ini: Path, queries: list[str]) -> dict[str, object]:
    """One timed launch of the app in a new process."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("BENCH_QT_PLATFORM", "offscreen"))
    env["BENCH_T0"] = repr(time.time())
    proc = subprocess.run(
        [sys.executable, "-m", "bench.gui_probe", url, str(ini), *queries],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        cwd=Path(__file__).resolve().parents[1],
    )
    if proc.returncode != 0:
        raise RuntimeError(f"gui probe failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    last = proc.stdout.strip().splitlines()[-1]
    return json.loads(last)  # type: ignore[no-any-return]


def run(n: int = 100_000, launches: int = LAUNCHES) -> dict[str, float]:
    """Generate ``n`` items, launch the app ``launches`` times, print the figures."""
    from inquiry_tracker.gui.main_window import SEARCH_DEBOUNCE_MS

    with tempfile.TemporaryDirectory(prefix="bench-gui-") as tmp:
        path = Path(tmp) / "bench.sqlite"
        made = generate(path, n)
        print(f"generated {n:,} items into SQLite in {made['seconds']:.1f} s ({path.stat().st_size / 1e6:.0f} MB)")
        url = f"sqlite:///{path}"
        runs = [launch(url, Path(tmp) / f"gui{i}.ini", QUERIES if i == launches - 1 else []) for i in range(launches)]
    window = statistics.median(float(r["window_s"]) for r in runs)  # type: ignore[arg-type]
    usable = statistics.median(float(r["usable_s"]) for r in runs)  # type: ignore[arg-type]
    rss = max(float(r["max_rss_mb"]) for r in runs)  # type: ignore[arg-type]
    queries = runs[-1]["queries"]
    assert isinstance(queries, list) and queries
    apply_ms = statistics.median(q["apply_to_reset_ms"] for q in queries)
    worst_ms = max(q["apply_to_reset_ms"] for q in queries)
    key_ms = statistics.median(q["keystroke_to_reset_ms"] for q in queries)
    jieba = any(r["jieba_dictionary_loaded"] for r in runs)
    jieba_imported = any(r["jieba_imported"] for r in runs)
    cores = os.cpu_count()
    print(f"machine: {cores} cores; {launches} launches, median; Qt platform {os.environ.get('BENCH_QT_PLATFORM', 'offscreen')}")
    print(f"cold start → main window painted: {window:.2f} s (target ≤ 1.5 s)")
    print(f"cold start → first page of {runs[0]['rows']:,} rows: {usable:.2f} s (target ≤ 1.5 s)")
    for q in queries:
        print(
            f"  filter '{q['query']}' → {q['matches']:,} matches: {q['apply_to_reset_ms']:.0f} ms to reset "
            f"(+{q['first_page_ms']:.0f} ms first page), {q['keystroke_to_reset_ms']:.0f} ms from the keystroke"
        )
    print(f"filter keystroke (2-char Chinese query): median {apply_ms:.0f} ms, worst {worst_ms:.0f} ms "
          f"after the {SEARCH_DEBOUNCE_MS} ms debounce; {key_ms:.0f} ms from the keystroke (target ≤ 100 ms)")
    print(f"max RSS of the GUI process: {rss:.0f} MB (target ≤ 400 MB)")
    print(f"jieba at start-up: {'dictionary LOADED' if jieba else ('imported, dictionary not loaded' if jieba_imported else 'not imported')}")
    return {
        "window_s": window,
        "usable_s": usable,
        "keystroke_ms": apply_ms,
        "keystroke_worst_ms": worst_ms,
        "keystroke_with_debounce_ms": key_ms,
        "max_rss_mb": rss,
        "cores": float(cores or 0),
    }


if __name__ == "__main__":
    run(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
