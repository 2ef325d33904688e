"""The built wheel works outside the repository: extract, demo and the window.

The wheel is built from this checkout, installed into a fresh virtual environment and run
from a temporary folder, so nothing can come from the source tree. To stay quick and offline
the new environment sees this environment's site-packages (a ``.pth`` line) for the
dependencies; pip installs with ``--no-index``, so a dependency the wheel declares but this
environment lacks fails the install. The package itself must come from the new environment.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "inquiry_tracker" / "seeds" / "003_f8cd4d66258a3e9a.txt"

pytestmark = pytest.mark.slow

WINDOW_PROBE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from inquiry_tracker.gui.app import main
from inquiry_tracker.gui.main_window import MainWindow

qapp = QApplication(["inquiry-tracker"])
seen = {"tries": 0}

def look():
    # the first launch imports the packaged samples into the empty database, then shows them
    windows = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    seen["tries"] += 1
    if windows:
        seen["title"] = windows[0].windowTitle()
        seen["rows"] = windows[0].model.rowCount()
    if seen.get("rows") or seen["tries"] > 150:
        qapp.quit()
    else:
        QTimer.singleShot(200, look)

QTimer.singleShot(500, look)
code = main(sys.argv[1:])
print("ROWS", seen.get("rows"))
print("TITLE", seen.get("title"))
sys.exit(code)
"""


def _run(cmd: list[str], cwd: Path, env: dict[str, str], timeout: float = 180) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert proc.returncode == 0, f"{cmd} exited {proc.returncode}:\n{proc.stdout[-2000:]}\n{proc.stderr[-3000:]}"
    return proc


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, dict[str, str], Path]]:
    """(the fresh venv's bin folder, its environment, a work folder outside the repo)."""
    root = tmp_path_factory.mktemp("wheel")
    work = root / "elsewhere"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "INQUIRY_TRACKER_DB", "VIRTUAL_ENV")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_DATA_HOME=str(root / "data"),
        XDG_CONFIG_HOME=str(root / "config"),
        XDG_CACHE_HOME=str(root / "cache"),
        INQUIRY_TRACKER_LOG_DIR=str(root / "logs"),
        PIP_NO_INDEX="1",
        PIP_DISABLE_PIP_VERSION_CHECK="1",
    )
    t0 = time.perf_counter()
    build = root / "build"
    shutil.copytree(REPO, build, ignore=shutil.ignore_patterns(".venv", ".git", "tests", "bench", "build", "*.egg-info", "__pycache__", "docs"))
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(root / "dist"), str(build)], work, env)
    wheels = list((root / "dist").glob("inquiry_tracker-*.whl"))
    assert len(wheels) == 1
    t_built = time.perf_counter()
    venv = root / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], work, env)
    purelib = Path(sysconfig.get_paths(vars={"base": str(venv), "platbase": str(venv)})["purelib"])
    (purelib / "_project_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    _run([sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install", "-q", "--no-index", str(wheels[0])], work, env)
    t_installed = time.perf_counter()
    print(f"wheel built in {t_built - t0:.1f} s, installed in {t_installed - t_built:.1f} s")
    yield venv / "bin", env, work


def test_installed_package_is_not_the_checkout(installed: tuple[Path, dict[str, str], Path]) -> None:
    bindir, env, work = installed
    proc = _run([str(bindir / "python"), "-c", "import inquiry_tracker; print(inquiry_tracker.__file__)"], work, env)
    where = Path(proc.stdout.strip())
    assert where.is_relative_to(bindir.parent), where
    assert not where.is_relative_to(REPO)


def test_extract_from_another_folder(installed: tuple[Path, dict[str, str], Path]) -> None:
    bindir, env, work = installed
    page = work / "page.txt"
    shutil.copyfile(SEED, page)
    proc = _run([str(bindir / "inquiry-tracker"), "extract", "page.txt"], work, env)
    items = [json.loads(line) for line in proc.stdout.splitlines()]
    assert items and all(it["source"] == "page.txt" for it in items)
    assert any(it["department"] for it in items), "departments.json was not found"


def test_demo_then_list(installed: tuple[Path, dict[str, str], Path]) -> None:
    bindir, env, work = installed
    db = work / "demo.sqlite"
    _run([str(bindir / "inquiry-tracker"), "--db", str(db), "demo"], work, env)
    proc = _run([str(bindir / "inquiry-tracker"), "--db", str(db), "list", "--format", "jsonl", "--limit", "0"], work, env)
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    expected = json.loads((SEED.parent / "expected.json").read_text(encoding="utf-8"))["documents"]
    assert len(rows) == sum(len(doc["items"]) for doc in expected.values())


def test_window_opens_in_english_with_the_samples(installed: tuple[Path, dict[str, str], Path]) -> None:
    bindir, env, work = installed
    probe = work / "probe.py"
    probe.write_text(WINDOW_PROBE, encoding="utf-8")
    db = work / "window.sqlite"
    proc = _run([str(bindir / "python"), str(probe), "--db", str(db), "--lang", "en", "--settings", str(work / "gui.ini")], work, env)
    *_, rows, title = proc.stdout.strip().splitlines()
    assert title.startswith("TITLE Inquiry Tracker"), proc.stdout + proc.stderr
    assert rows != "ROWS None" and int(rows.split()[1]) > 0, proc.stdout + proc.stderr  # the samples were found


def _requirement_names(specs: list[str]) -> set[str]:
    import re

    return {re.split(r"[<>=!~\[ ;]", s, maxsplit=1)[0].lower().replace("_", "-") for s in specs}


def test_constraints_pin_every_declared_dependency() -> None:
    import tomllib

    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = _requirement_names(project["dependencies"] + project["optional-dependencies"]["test"])
    lines = (REPO / "constraints.txt").read_text(encoding="utf-8").splitlines()
    pinned = {ln.split("==")[0].strip().lower().replace("_", "-") for ln in lines if "==" in ln and not ln.startswith("#")}
    assert declared - pinned == set()


def test_python_docx_is_only_a_test_dependency() -> None:
    import tomllib

    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert "python-docx" not in _requirement_names(project["dependencies"])
    users = [p for p in (REPO / "inquiry_tracker").rglob("*.py") if "import docx" in p.read_text(encoding="utf-8") or "from docx" in p.read_text(encoding="utf-8")]
    assert users == []
