"""The command line end to end, in subprocesses, on both back-ends."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

SEED = "003_f8cd4d66258a3e9a.txt"


def run_inproc(*args: str, db: str | None = None, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """``main(argv)`` in this process, with stdin/stdout/stderr swapped for byte buffers."""
    from inquiry_tracker.cli import main

    argv = (["--db", db] if db else []) + list(args)
    streams = {name: io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="") for name in ("stdout", "stderr")}
    fake_in = io.TextIOWrapper(io.BytesIO(stdin or b""), encoding="utf-8")
    saved = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = fake_in, streams["stdout"], streams["stderr"]
    try:
        try:
            code = main(argv)
        except SystemExit as stop:  # argparse
            code = int(stop.code or 0)
        for stream in streams.values():
            stream.flush()
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved
    data = {name: stream.buffer.getvalue() for name, stream in streams.items()}  # type: ignore[attr-defined]
    return subprocess.CompletedProcess(argv, code, data["stdout"], data["stderr"])


def run(*args: str, db: str | None = None, stdin: bytes | None = None, home: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    """The installed command in a subprocess."""
    env = {k: v for k, v in os.environ.items() if k != "INQUIRY_TRACKER_DB"}
    if home is not None:
        env["XDG_DATA_HOME"] = str(home)
    argv = [sys.executable, "-m", "inquiry_tracker.cli"] + (["--db", db] if db else []) + list(args)
    return subprocess.run(argv, input=stdin, capture_output=True, env=env, timeout=120, check=False)


def out(proc: subprocess.CompletedProcess[bytes]) -> str:
    assert proc.returncode == 0, proc.stderr.decode()
    return proc.stdout.decode("utf-8")


def one_line_error(proc: subprocess.CompletedProcess[bytes]) -> str:
    assert proc.returncode == 1
    err = proc.stderr.decode().strip()
    assert err.count("\n") == 0 and "Traceback" not in err, err
    return err


def test_extract_jsonl_contract(seeds_dir: Path) -> None:
    lines = out(run("extract", str(seeds_dir / SEED), "--pub-date", "2020-05-08")).splitlines()
    assert lines
    keys = ["kind", "question", "reply", "statement", "department", "deadline_expr", "due", "approximate",
            "subject", "start", "end", "source", "published"]
    text = (seeds_dir / SEED).read_text(encoding="utf-8")
    for line in lines:
        obj = json.loads(line)
        assert list(obj) == keys
        assert obj["source"] == str(seeds_dir / SEED) and obj["published"] == "2020-05-08"
        assert 0 <= obj["start"] < obj["end"] <= len(text)
    assert "森林路" in "".join(lines)  # not ASCII-escaped
    table = out(run("extract", str(seeds_dir / SEED), "--format", "table"))
    assert table.splitlines()[0].split()[:3] == ["文件", "类型", "到期"]


def test_round_trip(db_url: str, seeds_dir: Path, tmp_path: Path) -> None:
    summary = out(run_inproc("import", str(seeds_dir), db=db_url))
    assert "失败 0" in summary
    pending = [json.loads(x) for x in out(run_inproc("list", "--status", "pending", "--format", "jsonl", db=db_url)).splitlines()]
    assert pending
    ids = [str(p["id"]) for p in pending]
    assert "已采纳" in out(run_inproc("accept", *ids, db=db_url))
    road = next(p for p in pending if p["subject"] == "森林路开放" or "森林路" in (p["question"] or ""))
    rid = str(road["id"])
    err = one_line_error(run_inproc("--today", "2020-05-20", "verdict", rid, "broken", "--note", "未通", db=db_url))
    assert "broken" in err and "2020-05-31" in err
    assert "已兑现" in out(run_inproc("--today", "2020-06-02", "verdict", rid, "已兑现", "--note", "已通车", "--evidence", "https://example.org/x", db=db_url))
    out(run_inproc("assign", rid, "李记者", db=db_url))
    out(run_inproc("note", rid, "现场看过", "--evidence", "/photos/1.jpg", db=db_url))
    other = next(p for p in pending if p["due"] and p["id"] != road["id"])
    out(run_inproc("due", str(other["id"]), "2030-12-31", "--note", "延期", "--announced-in", "株洲日报 2020-06-01", db=db_url))
    shown = out(run_inproc("show", rid, db=db_url))
    assert "已兑现" in shown and "李记者" in shown and "https://example.org/x" in shown and "/photos/1.jpg" in shown
    shown_json = json.loads(out(run_inproc("show", str(other["id"]), "--format", "json", db=db_url)))
    assert shown_json["due"] == "2030-12-31" and shown_json["verdict"] == "delayed"
    assert shown_json["follow_ups"][-1]["announced_in"] == "株洲日报 2020-06-01"

    listed = out(run_inproc("--today", "2020-06-10", "list", "--overdue", db=db_url))
    assert "已逾期" in listed and "森林路开放" not in listed
    assert "共 0 条" in out(run_inproc("list", "--search", "没有这种东西", db=db_url))
    assert "中南菜市场" in out(run_inproc("list", "--search", "菜市", db=db_url))
    assert "株洲智轨" in out(run_inproc("list", "--search", "智轨", db=db_url))
    def listed_ids(*args: str) -> set[int]:
        return {json.loads(x)["id"] for x in out(run_inproc("list", "--format", "jsonl", *args, db=db_url)).splitlines()}

    later = {p["id"] for p in pending if p["published"] >= "2021-01-01"}
    assert later and listed_ids("--published-from", "2021-01-01") == later
    assert listed_ids("--published-from", "2020-05-01", "--published-to", "2020-05-31") == {p["id"] for p in pending} - later
    unnamed = {p["id"] for p in pending if not p["department"]}
    assert unnamed and listed_ids("--department", "") == unnamed

    csv_path = tmp_path / "items.csv"
    out(run_inproc("export", "--format", "csv", "-o", str(csv_path), db=db_url))
    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == len(pending)
    data = json.loads(out(run_inproc("export", "--format", "json", "-o", "-", db=db_url)))
    assert len(data) == len(pending) and all("sources" in x and "follow_ups" in x for x in data)
    ics = run_inproc("export", "--format", "ics", "-o", "-", db=db_url)
    assert out(ics).startswith("BEGIN:VCALENDAR\r\n")
    xlsx = tmp_path / "items.xlsx"
    out(run_inproc("export", "--format", "xlsx", "-o", str(xlsx), "--status", "kept", db=db_url))
    from openpyxl import load_workbook

    assert load_workbook(xlsx)["条目"].max_row == 2
    assert "天元区人民政府" in out(run_inproc("--today", "2020-06-10", "scorecard", db=db_url))


def test_seed_003_export_is_stable(db_url: str, seeds_dir: Path) -> None:
    counts = []
    for _ in range(3):
        out(run_inproc("import", str(seeds_dir / SEED), "--accept", db=db_url))
        counts.append(len(json.loads(out(run_inproc("export", "--format", "json", "-o", "-", db=db_url)))))
    assert counts[0] > 0 and counts == [counts[0]] * 3


def test_import_reports_bad_files_and_goes_on(db_url: str, tmp_path: Path, seeds_dir: Path) -> None:
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4\nnot really a pdf")
    proc = run("import", str(bad), str(seeds_dir / SEED), str(tmp_path / "nope.txt"), db=db_url)
    assert proc.returncode == 1
    err = proc.stderr.decode().splitlines()
    assert any("broken.pdf" in line for line in err) and any("nope.txt" in line for line in err)
    assert "文档 1 ·" in proc.stdout.decode() and "失败 2" in proc.stdout.decode()


def test_import_from_stdin(db_url: str, seeds_dir: Path) -> None:
    data = (seeds_dir / SEED).read_text(encoding="utf-8").encode("gb18030")
    assert "文档 1 ·" in out(run_inproc("import", "-", "--pub-date", "2020-05-08", db=db_url, stdin=data))
    assert "重复 1 ·" in out(run_inproc("import", "-", "--pub-date", "2020-05-08", db=db_url, stdin=data))


def test_import_summary_speaks_one_language(db_url: str, seeds_dir: Path, tmp_path: Path) -> None:
    """The CLI speaks Chinese (as its tables and timelines do): the import and demo summaries
    are Chinese alone, not Chinese and English side by side."""
    (tmp_path / "link.txt").symlink_to(seeds_dir / SEED)  # a link leaving the folder: skipped
    lines = out(run_inproc("import", str(seeds_dir / SEED), str(tmp_path), db=db_url)).splitlines()
    assert len(lines) == 1 and re.fullmatch(r"文档 1 · 新条目 \d+ · 转载 0 · 重复 0 · 失败 0 · 跳过 1", lines[0]), lines
    again = out(run_inproc("import", str(seeds_dir / SEED), db=db_url)).strip()
    assert again == "文档 0 · 新条目 0 · 转载 0 · 重复 1 · 失败 0"
    demo = out(run_inproc("demo", db=f"sqlite:///{tmp_path / 'demo.sqlite'}")).splitlines()
    assert re.fullmatch(r"文档 5 · 新条目 \d+ · 转载 \d+ · 重复 0 · 失败 0( · 证据建议 \d+)?", demo[0]), demo


def test_known_errors_are_one_line(tmp_path: Path) -> None:
    db = tmp_path / "t.sqlite"
    out(run("list", db=str(db)))
    import sqlite3

    with closing(sqlite3.connect(db)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_newer'")
        conn.commit()
    assert "9999_newer" in one_line_error(run("list", db=str(db)))
    err = one_line_error(run("list", db=f"postgresql+psycopg://nobody@/none?host={tmp_path}&port=1"))
    assert "cannot open database" in err
    assert "no such item" in one_line_error(run("show", "42", db=str(tmp_path / "fresh.sqlite")))
    assert run("list", "--due-within", "x").returncode == 2


def test_no_command_opens_the_gui_or_prints_help(monkeypatch: pytest.MonkeyPatch) -> None:
    from inquiry_tracker import cli

    monkeypatch.setattr(cli, "_gui_main", lambda: None)
    proc = run_inproc()
    assert proc.returncode == 0 and b"usage:" in proc.stdout and b"import" in proc.stdout
    monkeypatch.setattr(cli, "_gui_main", lambda: (lambda argv: 7))
    assert run_inproc().returncode == 7


def test_gui_options_pass_through_to_the_gui(monkeypatch: pytest.MonkeyPatch) -> None:
    from inquiry_tracker import cli

    seen: list[list[str]] = []

    def fake_gui(argv: list[str]) -> int:
        seen.append(list(argv))
        return 0

    monkeypatch.setattr(cli, "_gui_main", lambda: fake_gui)
    argv = ["--db", "x.sqlite", "--view", "dashboard", "--lang", "en", "--today", "2020-05-10", "--no-demo"]
    assert cli.main(argv) == 0
    assert seen == [argv]
    assert cli.main(["--settings", "gui.ini", "-v"]) == 0 and seen[-1] == ["--settings", "gui.ini", "-v"]
    # what the GUI would make of it
    pytest.importorskip("PySide6")
    from inquiry_tracker.gui.app import parse_args

    parsed = parse_args(seen[0])
    assert (parsed.view, parsed.lang, parsed.db, parsed.no_demo) == ("dashboard", "en", "x.sqlite", True)
    # GUI options make no sense with a command; bad values are usage errors
    assert run_inproc("--view", "dashboard", "list").returncode == 2
    assert run_inproc("--view", "nowhere").returncode == 2
    assert run_inproc("--lang", "fr").returncode == 2
    assert seen[-1] == ["--settings", "gui.ini", "-v"]


def test_default_db_location(tmp_path: Path) -> None:
    out(run("list", home=tmp_path))
    assert (tmp_path / "inquiry-tracker" / "inquiry-tracker.sqlite").exists()


def test_demo(tmp_path: Path) -> None:
    db = str(tmp_path / "demo.sqlite")
    assert "演示数据库" in out(run_inproc("demo", db=db))
    assert "已采纳" in out(run_inproc("list", db=db))
    assert "already holds documents" in one_line_error(run_inproc("demo", db=db))


def test_suggested_evidence_through_the_cli(tmp_path: Path) -> None:
    """An article reporting a tracked item done is listed by `suggestions` (with its stance,
    as a table and as JSON lines) and accepted: the item is recorded kept on that day."""
    data = Path(__file__).resolve().parents[1] / "data" / "suggest"
    db = str(tmp_path / "t.sqlite")
    assert run_inproc("import", str(data / "promises.txt"), db=db).returncode == 0
    imported = run_inproc("import", str(data / "report.txt"), db=db)
    assert imported.returncode == 0 and "证据建议 2" in imported.stdout.decode()
    assert "S1 已兑现 kept 2020-05-30 (1.00) 本报讯(记者 李明)5月30日上午,森林路正式通车" in run_inproc(
        "show", "1", db=db).stdout.decode()
    listed = run_inproc("suggestions", db=db).stdout.decode()
    assert "S1 → #1 森林路开放 · 已兑现 kept 2020-05-30" in listed and "株洲晚报 2020-06-02" in listed
    assert "→ 记为已兑现 (2020-05-30)" in listed and "进展 progress" in listed
    rows = [json.loads(line) for line in run_inproc("suggestions", "--format", "jsonl", db=db).stdout.decode().splitlines()]
    road = next(r for r in rows if r["item_id"] == 1)
    assert {k: road[k] for k in ("source_id", "stance", "new_due", "event_date")} == {
        "source_id": 2, "stance": "kept", "new_due": None, "event_date": "2020-05-30"}
    assert road["excerpt"].startswith("本报讯") and road["start"] < road["end"] and 0 < road["score"] <= 1
    done = run_inproc("suggestion", "1", "accept", db=db)
    assert done.returncode == 0 and "#1" in done.stdout.decode()
    assert "已兑现" in run_inproc("show", "1", db=db).stdout.decode()
    assert "S1" not in run_inproc("suggestions", db=db).stdout.decode()
    assert "[accepted]" in run_inproc("suggestions", "--all", db=db).stdout.decode()
    again = run_inproc("suggestion", "1", "dismiss", db=db)
    assert again.returncode == 1 and "already accepted" in again.stderr.decode()
    assert "森林路正式通车" in run_inproc("show", "1", db=db).stdout.decode()
