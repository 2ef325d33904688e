"""The core imports without Qt and without loading jieba; jieba learns our departments."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_core_imports_without_pyside6_and_without_jieba_dictionary() -> None:
    code = textwrap.dedent(
        """
        import sys
        sys.modules["PySide6"] = None  # any Qt import now fails loudly
        import inquiry_tracker
        from inquiry_tracker import extract_items, find_deadline
        import inquiry_tracker.extract, inquiry_tracker.store, inquiry_tracker.services
        from datetime import date
        items = extract_items("网友提问:森林路何时能开通?\\n天元区政府回复:计划5月份移交完成后,于5月底开放。",
                              published=date(2020, 5, 8))
        assert items and items[0].due == date(2020, 5, 31), items
        assert find_deadline("计划5月底开放", published=date(2020, 5, 8)).due == date(2020, 5, 31)
        assert not any(m.startswith("PySide6") and sys.modules[m] is not None for m in sys.modules)
        jieba = sys.modules.get("jieba")
        assert jieba is None or not jieba.dt.initialized
        print("ok")
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_jieba_keeps_department_names_whole() -> None:
    from inquiry_tracker.extract.segment import words

    tokens = words("网友反映的问题已转交市卫健委和市住建局办理")
    assert "市卫健委" in tokens
    assert "市住建局" in tokens


def test_services_and_window_load_the_reader_only_when_reading() -> None:
    """Start-up cost: the desktop app's modules do not import the reader (~0.15 s); it loads
    with the first import or suggestion lookup."""
    code = (
        "import sys\nimport inquiry_tracker.services, inquiry_tracker.store, inquiry_tracker.gui.main_window\n"
        "print(sorted(m for m in sys.modules if m.startswith('inquiry_tracker.extract')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
