"""The core never imports Qt: store, services and the CLI import with PySide6 blocked."""

from __future__ import annotations

import subprocess
import sys

CODE = """
import sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError("PySide6 is blocked in this test")
        return None
sys.meta_path.insert(0, Block())
import inquiry_tracker.store, inquiry_tracker.services, inquiry_tracker.cli, inquiry_tracker.cli_output
import inquiry_tracker.services.exports, inquiry_tracker.store.migrate
assert not any(m.startswith("PySide6") for m in sys.modules)
assert "jieba" not in sys.modules
print("ok")
"""


def test_core_imports_without_qt() -> None:
    proc = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=60, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"
