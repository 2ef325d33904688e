"""CSV (UTF-8 with BOM so Excel reads Chinese), XLSX (Chinese headers, sized columns) and JSON.

Imported text is untrusted: a cell that a spreadsheet would read as a formula (``=``, ``+``,
``-``, ``@``, or a leading tab or carriage return) is written with a leading apostrophe, so
``=HYPERLINK(…)`` from a page stays text in both CSV and XLSX (:func:`inert`).
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import fields
from datetime import date, datetime
from typing import Any, BinaryIO

from inquiry_tracker.services.exports.collect import COLUMNS, ExportRecord, text_value
from inquiry_tracker.services.exports.target import ExportError

#: how a cell that a spreadsheet evaluates starts
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def inert(value: Any) -> Any:
    """``value`` with a leading apostrophe when it is text a spreadsheet would run as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def write_csv(records: list[ExportRecord], out: BinaryIO) -> None:
    """CSV with a BOM and CRLF line ends (what Excel expects)."""
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow([c.header for c in COLUMNS])
    for r in records:
        writer.writerow([text_value(inert(c.get(r))) for c in COLUMNS])
    out.write(buf.getvalue().encode("utf-8-sig"))


def display_width(text: str) -> int:
    """Columns ``text`` takes in a spreadsheet or terminal (CJK counts double)."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def write_xlsx(records: list[ExportRecord], out: BinaryIO) -> None:
    """One sheet 条目 with a frozen, bold header row, real dates and sensible widths."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "条目"
    ws.append([c.header for c in COLUMNS])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    widths = [display_width(c.header) for c in COLUMNS]
    for r in records:
        values: list[Any] = []
        for i, c in enumerate(COLUMNS):
            v = inert(c.get(r))
            if isinstance(v, datetime):
                v = v.replace(tzinfo=None)
            elif isinstance(v, str) and ILLEGAL_CHARACTERS_RE.search(v):
                raise ExportError(
                    f"#{r.row.item.id} {c.header} ({c.key}): 含有 XLSX 不能保存的控制字符,请改用 CSV 或 JSON / "
                    f"holds a control character XLSX cannot store; export as CSV or JSON"
                )
            values.append(v if v != "" else None)
            widths[i] = max(widths[i], min(display_width(text_value(v)), c.width * 2))
        ws.append(values)
    for i, c in enumerate(COLUMNS, start=1):
        letter = get_column_letter(i)
        ws.column_dimensions[letter].width = max(6, min(widths[i - 1], c.width * 2)) + 2
        for cell in ws[letter][1:]:
            if isinstance(cell.value, datetime):
                cell.number_format = "yyyy-mm-dd hh:mm"
            elif isinstance(cell.value, date):
                cell.number_format = "yyyy-mm-dd"
            elif c.width >= 30:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    wb.save(out)


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _plain(obj: Any) -> dict[str, Any]:
    return {f.name: _jsonable(getattr(obj, f.name)) for f in fields(obj)}


def record_dict(r: ExportRecord) -> dict[str, Any]:
    """The JSON object of one item, with ``sources`` and ``follow_ups`` lists."""
    it = r.row.item
    data = {f.name: _jsonable(getattr(it, f.name)) for f in fields(it)}
    data["outlets"] = list(it.outlets)
    data["progress"] = r.row.progress
    data["days_left"] = r.row.days_left
    data["sources"] = [_plain(s) for s in r.sources]
    data["follow_ups"] = [_plain(f) for f in r.follow_ups]
    return data


def write_json(records: list[ExportRecord], out: BinaryIO) -> None:
    """A JSON list of item objects (UTF-8, not ASCII-escaped)."""
    text = json.dumps([record_dict(r) for r in records], ensure_ascii=False, indent=2)
    out.write(text.encode("utf-8") + b"\n")
