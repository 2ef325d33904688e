"""The bad-input battery: every file is imported or refused with its name and reason,
the rest of the batch goes on, and nothing already stored changes — on both back-ends."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from test_cli import out, run

HERE = Path(__file__).resolve().parents[1] / "data" / "bad"
_spec = importlib.util.spec_from_file_location("make_bad", HERE / "make_bad.py")
assert _spec and _spec.loader
make_bad = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_bad)


def _export(db_url: str) -> list[dict]:
    return json.loads(out(run("export", "--format", "json", "-o", "-", db=db_url)))


def test_battery_imports_or_refuses_each_file(db_url: str, tmp_path: Path, seeds_dir: Path) -> None:
    # something already stored, which must survive the battery untouched
    out(run("import", "--accept", str(seeds_dir / "003_f8cd4d66258a3e9a.txt"), db=db_url))
    before = _export(db_url)

    folder = tmp_path / "bad"
    make_bad.write(folder, huge=True)
    proc = run("import", str(folder), db=db_url)
    assert proc.returncode == 1  # some files failed
    err = proc.stderr.decode()
    refused = {name for name, ok in make_bad.EXPECT.items() if not ok} | {"huge_100mb.txt"}
    for name in refused:
        line = next((ln for ln in err.splitlines() if name in ln), None)
        assert line is not None, f"{name} not reported"
        reason = line.split(name, 1)[1].strip(": ")
        assert len(reason) > 5, line
    assert "file too large" in err
    for name, ok in make_bad.EXPECT.items():
        if ok:
            assert name not in err, f"{name} should have imported"

    after = _export(db_url)
    old = {i["id"]: i for i in before}
    for item in after:
        if item["id"] in old:
            assert item == old[item["id"]]  # nothing already stored changed
    questions = {i.get("question") for i in after}
    assert "雨花路何时恢复通行?" in questions  # the HTML page, scripts ignored
    assert "蒸湘路的路灯什么时候修好?" in questions  # the docx table
    assert "湘江路何时能开通?" in questions  # the file name with spaces and Chinese


def test_file_that_vanishes_mid_import(db_url: str, tmp_path: Path, seeds_dir: Path) -> None:
    from inquiry_tracker import services as svc
    from inquiry_tracker.extract import read_document
    from inquiry_tracker.store import Database

    keep = tmp_path / "keep.txt"
    keep.write_text(make_bad.PAGE, encoding="utf-8")
    gone = tmp_path / "gone.txt"
    gone.write_text(make_bad.PAGE.replace("桃花路", "桂花路"), encoding="utf-8")

    def vanishing_read(path: Path):  # the file disappears between listing and reading
        if path.name == "gone.txt":
            path.unlink()
        return read_document(path)

    db = Database.open(db_url)
    try:
        summary = svc.import_paths(db, [gone, keep], read=vanishing_read)
    finally:
        db.close()
    assert [Path(f).name for f, _ in summary.failures] == ["gone.txt"]
    assert "not found" in summary.failures[0][1]
    assert summary.documents == 1
