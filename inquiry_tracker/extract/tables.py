"""Task tables: a 民生实事 or 重点工作 list printed as a table whose columns say the task, the
office responsible and the time limit ("序号 | 任务 | 责任单位 | 完成时限"). Copied from a page, the
table arrives either as one line per row with its cells between bars, or flattened to one cell
per line. Each row with a time limit is a promise of its task by its first office; a row that
prints no office shares the one above (a merged cell).

Pure Python over the reader's view: rows are found from the header's column words
(:data:`lexicon.TABLE_TASK`, ``TABLE_OFFICE``, ``TABLE_TIME``); the time is read by the
reader's deadline grammar.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from inquiry_tracker.extract.deadline import find_deadlines
from inquiry_tracker.extract.departments import is_department
from inquiry_tracker.extract.holidays import month_end
from inquiry_tracker.extract.lexicon import TABLE_OFFICE, TABLE_TASK, TABLE_TIME
from inquiry_tracker.extract.model import Deadline

#: a row's number cell ("1", "2.", "(3)")
_NUMBER = re.compile(r"^[(（]?\d{1,3}[)）.、．]?$")
#: the longest cell a flattened table holds (a paragraph longer than this ends the table)
_LONGEST_CELL = 160
#: a time cell is short ("12月底前", "5月底前动工", "9月投入使用")
_TIME_CELL = 24
#: how many header cells a flattened header runs to
_HEADER_CELLS = 6


@dataclass(slots=True)
class Row:
    """One task with its time limit: view spans of the row and of its time cell."""

    start: int
    end: int
    task: tuple[int, int]
    office: str | None
    deadline: Deadline
    offices: list[str] = field(default_factory=list)


def _column(cell: str) -> str | None:
    cell = re.sub(r"\s+", "", cell)
    if TABLE_OFFICE.holds(cell):
        return "office"
    if TABLE_TIME.holds(cell):
        return "time"
    if TABLE_TASK.holds(cell):
        return "task"
    if cell == "序号":
        return "number"
    return None


def _office(cell: str) -> bool:
    cell = cell.strip()
    return 2 <= len(cell) <= 20 and is_department(cell)


def _deadline(text: str, a: int, b: int, published: date | None) -> Deadline | None:
    """The time limit a short cell names, in view coordinates."""
    if b - a > _TIME_CELL:
        return None
    found = [d for d in find_deadlines(text[a:b], published) if d.due is not None]
    if not found:
        return _year_month(text, a, b)
    return found[-1].shifted(a)


#: a time cell written as a year and a month with a dot or a slash ("2021.8", "2022/12"): in
#: prose the figure could be a decimal, in a table's time column it is a month
_YEAR_MONTH = re.compile(r"\s*((?:19|20)\d\d)[.．/](1[0-2]|0?[1-9])\s*")


def _year_month(text: str, a: int, b: int) -> Deadline | None:
    m = _YEAR_MONTH.fullmatch(text, a, b)
    if m is None:
        return None
    return Deadline(m.group().strip(), month_end(int(m.group(1)), int(m.group(2))), False, m.start(1), m.end(2), "month")


def task_rows(text: str, paras: list[tuple[int, int]], published: date | None) -> list[Row]:
    """The dated rows of every task table in the view ``text`` (``paras``: its paragraphs)."""
    rows: list[Row] = []
    i = 0
    while i < len(paras):
        a, b = paras[i]
        line = text[a:b]
        if "|" in line or "｜" in line:
            cols = [_column(c) for c in re.split(r"[|｜]", line)]
            if "office" in cols and "time" in cols:
                i = _barred_rows(text, paras, i + 1, cols, published, rows)
                continue
        elif _column(line) is not None:
            j, cols = i, []
            while j < len(paras) and j - i < _HEADER_CELLS and (col := _column(text[paras[j][0] : paras[j][1]])):
                cols.append(col)
                j += 1
            if "office" in cols and "time" in cols:
                i = _flat_rows(text, paras, j, published, rows)
                continue
        i += 1
    return rows


def _flat_rows(text: str, paras: list[tuple[int, int]], i: int, published: date | None, rows: list[Row]) -> int:
    """Rows of a table flattened to one cell per paragraph, from paragraph ``i``; the index of
    the paragraph after the table."""
    cells: list[tuple[int, int]] = []
    last_office: str | None = None
    while i < len(paras):
        a, b = paras[i]
        if b - a > _LONGEST_CELL:
            break
        i += 1
        if _NUMBER.match(text[a:b].strip()):
            cells = []
            continue
        when = _deadline(text, a, b, published) if cells else None
        if when is None:
            cells.append((a, b))
            continue
        offices = [text[x:y].strip() for x, y in cells if _office(text[x:y])]
        tasks = [(x, y) for x, y in cells if not _office(text[x:y])]
        if tasks:
            last_office = offices[0] if offices else last_office
            rows.append(Row(tasks[0][0], b, (tasks[0][0], tasks[-1][1]), last_office, when, offices))
        cells = []
    return i


def _barred_rows(text: str, paras: list[tuple[int, int]], i: int, cols: list[str | None], published: date | None,
                 rows: list[Row]) -> int:
    """Rows printed one per line with bars between cells, under the header ``cols``."""
    last_office: str | None = None
    while i < len(paras):
        a, b = paras[i]
        line = text[a:b]
        if "|" not in line and "｜" not in line:
            break
        i += 1
        spans, at = [], a
        for cell in re.split(r"[|｜]", line):
            spans.append((at, at + len(cell)))
            at += len(cell) + 1
        cell_of = {col: spans[k] for k, col in enumerate(cols) if col and k < len(spans)}
        if "task" not in cell_of or "time" not in cell_of:
            continue
        ta, tb = cell_of["task"]
        when = _deadline(text, *cell_of["time"], published) if text[ta:tb].strip() else None
        if when is None:
            if (loose := _shifted_row(text, spans, published)) is not None:
                rows.append(loose)
            continue
        oa, ob = cell_of.get("office", (a, a))
        named = text[oa:ob].strip()
        offices = [o for o in re.split(r"[、,，\s]+", named) if _office(o)]
        last_office = offices[0] if offices else last_office
        rows.append(Row(ta, when.end, (ta, tb), last_office, when, offices))
    return i


def _shifted_row(text: str, spans: list[tuple[int, int]], published: date | None) -> Row | None:
    """A row whose cells do not sit under their header, read by what each cell holds: a row
    continuing a merged cell above prints fewer cells ("2021.8 | 城投集团 | |"), and a task
    may carry its time in its own words ("计划10月底完成… | 某集团 | |"). It needs an office
    cell and a dated cell (a short time cell first, else a dated phrase in another cell)."""
    cells = [(x, y) for x, y in spans if text[x:y].strip()]
    offices = [text[x:y].strip() for x, y in cells if _office(text[x:y])]
    if not offices:
        return None
    others = [(x, y) for x, y in cells if not _office(text[x:y])]
    when = next((d for x, y in others if (d := _deadline(text, x, y, published)) is not None), None)
    if when is None:
        when = next((d.shifted(x) for x, y in others for d in find_deadlines(text[x:y], published)
                     if d.due is not None), None)
    if when is None:
        return None
    tasks = [(x, y) for x, y in others if not (x <= when.start and when.end <= y and y - x <= _TIME_CELL)]
    ta, tb = max(tasks, key=lambda c: c[1] - c[0]) if tasks else (when.start, when.end)
    start = min(ta, when.start)
    return Row(start, max(when.end, tb), (ta, tb), offices[0], when, offices)


def _bare(cell: str) -> str:
    return re.sub(r"[\s|｜]+", "", cell)


def row_offices(text: str, paras: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """``(start, end, office)`` of each numbered row of a table with an office column but no
    time column, printed one cell per line ("7" / "| 污水处理厂…" / "| 完成…,2008年…" /
    "| 市建设局"): the dated sentences of its cells are the row office's promises."""
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(paras) and not TABLE_OFFICE.holds(_bare(text[paras[i][0] : paras[i][1]])):
        i += 1
    row_start: int | None = None
    office: str | None = None
    for a, b in paras[i + 1 :]:
        cell = _bare(text[a:b])
        if _NUMBER.match(cell):
            if row_start is not None and office:
                out.append((row_start, a, office))
            row_start, office = a, None
        elif row_start is not None and _office(cell):
            office = cell
    if row_start is not None and office:
        out.append((row_start, paras[-1][1], office))
    return out


#: a line holding one field of a record ("责任单位:市教育局", "进度安排:6月底前…")
_FIELD_LINE = re.compile(r"\s*([\u4e00-\u9fff]{2,8})\s*[:：]\s*(\S.*)")


def record_offices(text: str, paras: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """``(start, end, office)`` of each record of a list of tasks printed as a task line and
    then its field lines ("市区新建中小学30所。" / "责任单位:市教育局" / "进度安排:6月底前…"):
    the dated field lines of a record, and its task line, are its office's promises."""
    fields = [_FIELD_LINE.fullmatch(text, a, b) for a, b in paras]
    out: list[tuple[int, int, str]] = []
    for i, m in enumerate(fields):
        if m is None or m.group(1) not in TABLE_OFFICE.whole:
            continue
        office = re.split(r"[、,，/;；]|及|和", m.group(2).strip())[0].strip()
        if not _office(office):
            continue
        first = last = i
        while first > 0 and fields[first - 1] is not None:
            first -= 1
        while last + 1 < len(fields) and fields[last + 1] is not None:
            last += 1
        start = paras[first - 1][0] if first > 0 else paras[first][0]  # with its task line
        out.append((start, paras[last][1], office))
    return out
