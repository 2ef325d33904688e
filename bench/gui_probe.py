"""One timed launch of the desktop app, run in a fresh process by :mod:`bench.bench_gui`.

``python -m bench.gui_probe DB_URL SETTINGS_INI [QUERY ...]`` builds the app exactly as
``inquiry-tracker`` does (the composition root of :mod:`inquiry_tracker.gui.app`), and
prints one JSON object: seconds from process start (``$BENCH_T0``, the parent's clock at
spawn) to the first paint of the main window and to the first page of rows; for each
query, the milliseconds from the filter being applied (after the typing debounce)
to the model reset with results, and from the last keystroke; max RSS; whether jieba was
imported or its dictionary loaded.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time


def _now() -> float:
    return time.time()


def main(argv: list[str]) -> int:
    t0 = float(os.environ.get("BENCH_T0", _now()))
    url, ini, *queries = argv
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    from inquiry_tracker.gui.app import Application
    from inquiry_tracker.gui.settings import AppSettings

    qapp = QApplication([sys.argv[0]])
    marks: dict[str, float] = {}
    results: dict[str, object] = {"queries": []}

    class FirstPaint(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "window" not in marks:
                marks["window"] = _now()
            return False

    root = Application(AppSettings(QSettings(ini, QSettings.Format.IniFormat)), db_url=url, demo=False)
    window = root.start(show=False)
    painter = FirstPaint()
    window.installEventFilter(painter)
    window.table.viewport().installEventFilter(painter)
    model = window.model
    pending = list(queries)
    state: dict[str, float] = {}

    def type_query(text: str) -> None:
        window.search.clear()
        for ch in text:  # Chinese arrives as input-method commits
            event = QInputMethodEvent()
            event.setCommitString(ch)
            QApplication.sendEvent(window.search, event)
        state["key"] = time.perf_counter()

    def on_applied() -> None:
        state["applied"] = time.perf_counter()

    def on_loaded(total: int) -> None:
        if "usable" not in marks:
            model.item_row(0)  # the first page of rows, as the view asks for it
            marks["usable"] = _now()
            results["rows"] = total
        elif "key" in state and "applied" in state:
            done = time.perf_counter()
            model.item_row(0)
            paged = time.perf_counter()
            results["queries"].append(  # type: ignore[union-attr]
                {
                    "query": window.search.text(),
                    "matches": total,
                    "apply_to_reset_ms": (done - state["applied"]) * 1000,
                    "keystroke_to_reset_ms": (done - state["key"]) * 1000,
                    "first_page_ms": (paged - done) * 1000,
                }
            )
            state.clear()
        else:
            return
        if pending:
            QTimer.singleShot(50, lambda: type_query(pending.pop(0)))
        else:
            QTimer.singleShot(50, qapp.quit)

    window.filterApplied.connect(on_applied)
    model.loaded.connect(on_loaded)
    window.show()
    QTimer.singleShot(60_000, qapp.quit)  # never hang the benchmark
    qapp.exec()
    jieba = sys.modules.get("jieba")
    results.update(
        window_s=marks.get("window", float("nan")) - t0,
        usable_s=marks.get("usable", float("nan")) - t0,
        max_rss_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        jieba_imported=jieba is not None,
        jieba_dictionary_loaded=bool(jieba is not None and getattr(getattr(jieba, "dt", None), "initialized", False)),
    )
    root.shutdown()
    print(json.dumps(results, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
