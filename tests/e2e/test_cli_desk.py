"""Issue 12 on the command line: Chinese verdict names, days as reporters type them, a bad
date in one line, global options after the command, the timeline in words."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_cli import SEED, one_line_error, out, run_inproc

from inquiry_tracker.daytext import parse_day


def test_days_as_typed() -> None:
    from datetime import date

    for text in ("2024-11-22", "2024/11/22", "2024年11月22日", "２０２４年１１月２２日", "2024.11.22", " 2024-11-22 "):
        assert parse_day(text) == date(2024, 11, 22), text
    for text in ("2024-13-01", "2024年2月30日", "11/22", "明天", ""):
        assert parse_day(text) is None, text


def test_cli_desk_commands(tmp_path: Path, seeds_dir: Path) -> None:
    db = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    # global options after the command
    out(run_inproc("import", "--db", db, "--accept", str(seeds_dir / SEED)))
    listing = out(run_inproc("list", "--db", db, "--today", "2020年5月10日", "--search", "森林路"))
    item = listing.splitlines()[2].split()[0]
    assert "森林路开放" in listing and "21天" in listing
    # Chinese verdict names and dates
    out(run_inproc("due", item, "2020/06/30", "--note", "区政府通报延期", "--db", db))
    out(run_inproc("verdict", item, "已延期", "--note", "延至6月底", "--db", db))
    shown = out(run_inproc("show", item, "--db", db))
    timeline = shown[shown.index("时间线:"):]
    assert "延期" in timeline and "期限:2020-05-31 → 2020-06-30" in timeline
    assert "结论" in timeline and "已延期" in timeline
    assert "due_change" not in timeline and "verdict" not in timeline and "review" not in timeline
    # a bad date: one line, status 1
    err = one_line_error(run_inproc("due", item, "2020-02-30", "--note", "x", "--db", db))
    assert "2020-02-30" in err
    one_line_error(run_inproc("list", "--db", db, "--published-from", "去年"))


def test_ics_events_remind_before_the_due_date(tmp_path: Path, seeds_dir: Path) -> None:
    db = f"sqlite:///{tmp_path / 'ics.sqlite'}"
    out(run_inproc("import", "--db", db, "--accept", str(seeds_dir / SEED)))
    ics = out(run_inproc("export", "--db", db, "--format", "ics", "-o", "-", "--remind-days", "5"))
    events = ics.count("BEGIN:VEVENT")
    assert events >= 1 and ics.count("BEGIN:VALARM") == events
    assert ics.count("TRIGGER;RELATED=START:-P5D") == events and "ACTION:DISPLAY" in ics
    plain = out(run_inproc("export", "--db", db, "--format", "ics", "-o", "-", "--remind-days", "0"))
    assert "VALARM" not in plain
    default = out(run_inproc("export", "--db", db, "--format", "ics", "-o", "-"))
    assert "TRIGGER;RELATED=START:-P3D" in default


def test_cli_records_who_and_sets_the_record_right(tmp_path: Path, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import re

    db = f"sqlite:///{tmp_path / 'who.sqlite'}"
    out(run_inproc("import", "--db", db, "--accept", str(seeds_dir / SEED)))
    item = out(run_inproc("list", "--db", db, "--search", "森林路")).splitlines()[2].split()[0]
    out(run_inproc("verdict", item, "推进中", "--note", "施工中", "--author", "王小明", "--db", db))
    monkeypatch.setenv("INQUIRY_TRACKER_AUTHOR", "陈记者")
    out(run_inproc("note", item, "电话区政府:月底通车", "--db", db))
    shown = out(run_inproc("show", item, "--db", db))
    assert "(王小明)" in shown and "(陈记者)" in shown
    verdict_entry = re.search(r"\[(\d+)\] [^\n]*施工中", shown)
    note_entry = re.search(r"\[(\d+)\] [^\n]*月底通车", shown)
    assert verdict_entry and note_entry
    out(run_inproc("correct", note_entry.group(1), "--note", "电话区政府:6月初通车", "--db", db))
    out(run_inproc("withdraw", verdict_entry.group(1), "--reason", "记错条目", "--db", db))
    shown = out(run_inproc("show", item, "--db", db))
    assert "结论: 待核实" in shown  # the withdrawn verdict is undone
    assert re.search(r"月底通车[^\n]*\[已更正 [^\]]*陈记者\]", shown)
    assert re.search(r"施工中[^\n]*\[已撤回 ", shown)
    assert "6月初通车" in shown and "记错条目" in shown
    one_line_error(run_inproc("withdraw", verdict_entry.group(1), "--db", db))  # already withdrawn
