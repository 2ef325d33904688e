"""The story brief (DESIGN workflow 5): what a reporter needs to write about items.

For each item: the promise as printed with its citation, the deadline as printed and its
due date, days overdue, the verdict, the timeline with its evidence (corrected and
withdrawn entries marked), and the department's scorecard line. :func:`collect_brief`
gathers it; :func:`brief_text` writes it as plain text to copy and :func:`brief_html` as
HTML for a printable page (the GUI turns it into a PDF). Labels are Chinese source text
passed through ``translate`` (identity by default), like :mod:`inquiry_tracker.timeline`.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from inquiry_tracker.services.clock import Clock, system_today
from inquiry_tracker.services.listing import ItemRow, get_item
from inquiry_tracker.services.scorecard import UNNAMED, DepartmentScore, scorecard
from inquiry_tracker.store import Database
from inquiry_tracker.store.records import ItemDetail
from inquiry_tracker.timeline import entry_parts
from inquiry_tracker.vocab import KIND_LABELS, VERDICT_LABELS

Translate = Callable[[str], str]


@dataclass(frozen=True, slots=True)
class BriefEntry:
    """One item of a brief, with its department's scorecard line."""

    detail: ItemDetail
    row: ItemRow
    score: DepartmentScore | None


@dataclass(frozen=True, slots=True)
class Brief:
    """The items of a brief and the day it was made."""

    entries: list[BriefEntry]
    made_on: date


def collect_brief(db: Database, ids: Sequence[int], *, clock: Clock = system_today) -> Brief:
    """The brief of ``ids`` (in that order)."""
    scores = {s.department: s for s in scorecard(db, clock=clock)}
    entries = []
    for item_id in ids:
        detail, row = get_item(db, item_id, clock=clock)
        dept = detail.item.department_canonical or detail.item.department or UNNAMED
        entries.append(BriefEntry(detail, row, scores.get(dept)))
    return Brief(entries, clock())


def _fill(template: str, *values: object) -> str:
    for n, value in enumerate(values, start=1):
        template = template.replace(f"%{n}", str(value))
    return template


def _lines(entry: BriefEntry, t: Translate) -> list[tuple[str, str]]:
    """(label, text) pairs of one item; the label "" continues the previous one."""
    it, row = entry.detail.item, entry.row
    out: list[tuple[str, str]] = []
    dept = it.department_canonical or it.department or t(UNNAMED)
    out.append(("", f"{t(KIND_LABELS.get(it.kind, it.kind))} · {dept}"))
    if it.question:
        out.append((t("网友提问"), it.question))
    if it.reply:
        out.append((t("部门答复"), it.reply))
    if it.statement:
        out.append((t("承诺原文"), f"「{it.statement}」"))
    for ref in entry.detail.sources:
        out.append((t("出处"), ref.citation()))
    if it.deadline_expr or it.due:
        due = it.due.isoformat() if it.due else t("无法确定日期")
        text = f"「{it.deadline_expr or ''}」→ {due}" + (" ≈" if it.approximate else "")
        if it.original_due and it.due and it.original_due != it.due:
            text += " " + _fill(t("(原定 %1)"), it.original_due.isoformat())
        if row.days_left is not None and row.days_left < 0 and row.progress == "overdue":
            text += " " + _fill(t("逾期 %1 天"), -row.days_left)
        out.append((t("期限"), text))
    out.append((t("核实结论"), t(VERDICT_LABELS.get(it.verdict, it.verdict))))
    set_right = {f.replaces_id: f for f in entry.detail.follow_ups if f.replaces_id}
    for f in entry.detail.follow_ups:
        when = f.created_at.astimezone().strftime("%Y-%m-%d")
        text = f"{when} " + " · ".join(entry_parts(f, t)) + (f" — {f.author}" if f.author else "")
        if (later := set_right.get(f.id)) is not None:
            text += " " + (t("[已撤回]") if later.kind == "withdrawal" else t("[已更正]"))
        out.append((t("跟进记录"), text))
    if entry.score is not None:
        s = entry.score
        rate = f"{s.kept_rate:.0%}" if s.kept_rate is not None else "–"
        late = f"{s.median_days_late:g}" if s.median_days_late is not None else "–"
        out.append(
            (t("部门记分"), _fill(t("%1:%2 条,兑现 %3,部分兑现 %4,未兑现 %5,逾期 %6,兑现率 %7,逾期天数中位 %8"),
                                  s.department, s.items, s.kept, s.partial, s.broken, s.overdue, rate, late))
        )
    return out


def brief_text(brief: Brief, translate: Translate = lambda s: s) -> str:
    """The brief as plain text (for the clipboard)."""
    t = translate
    out = [_fill(t("问政追踪 · 简报(%1)"), brief.made_on.isoformat()), ""]
    for n, entry in enumerate(brief.entries, start=1):
        out.append(f"{n}. {entry.detail.item.subject or t('(无标题)')} (#{entry.detail.item.id})")
        previous = None
        for label, text in _lines(entry, t):
            if label and label != previous:
                out.append(f"   {label}:")
            out.append(f"     {text}" if label else f"   {text}")
            previous = label
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def brief_html(brief: Brief, translate: Translate = lambda s: s) -> str:
    """The brief as simple HTML that ``QTextDocument`` lays out on printed pages."""
    t = translate
    e = html.escape
    out = [
        "<html><body style='font-size:10.5pt;'>",
        f"<h2>{e(_fill(t('问政追踪 · 简报(%1)'), brief.made_on.isoformat()))}</h2>",
    ]
    for n, entry in enumerate(brief.entries, start=1):
        overdue = entry.row.progress == "overdue"
        colour = "#b3261e" if overdue else "#222"
        out.append(f"<h3 style='color:{colour};'>{n}. {e(entry.detail.item.subject or t('(无标题)'))} (#{entry.detail.item.id})</h3>")
        out.append("<table cellspacing='0' cellpadding='3' width='100%'>")
        previous = None
        for label, text in _lines(entry, t):
            shown = e(label) if label and label != previous else ""
            out.append(
                f"<tr><td width='16%' valign='top' style='color:#555;'>{shown}</td><td valign='top'>{e(text)}</td></tr>"
            )
            previous = label or previous
        out.append("</table><hr>")
    out.append("</body></html>")
    return "\n".join(out)
