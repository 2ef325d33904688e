"""iCalendar (RFC 5545) export: one all-day VEVENT per item with a due date.

UIDs derive from the item fingerprint, so re-exporting updates the same calendar
entries; lines are folded at 75 octets without splitting a UTF-8 character, and TEXT
values are escaped (backslash, semicolon, comma, newline).
"""

from __future__ import annotations

import hashlib
from datetime import UTC, timedelta
from typing import BinaryIO

from inquiry_tracker.services.exports.collect import ExportRecord
from inquiry_tracker.vocab import KIND_LABELS, PROGRESS_LABELS, VERDICT_LABELS

PRODID = "-//inquiry-tracker//问政追踪//ZH"


def escape_text(value: str) -> str:
    """Escape a TEXT property value."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\n", "\\n")
    )


def fold(line: str) -> bytes:
    """A content line in UTF-8, folded so no physical line exceeds 75 octets (plus CRLF)."""
    out = bytearray()
    used = 0
    for ch in line:
        b = ch.encode("utf-8")
        if used + len(b) > 75:
            out += b"\r\n "
            used = 1
        out += b
        used += len(b)
    out += b"\r\n"
    return bytes(out)


def uid_for(fingerprint: str) -> str:
    """A stable UID for an item."""
    return hashlib.sha1(fingerprint.encode("utf-8")).hexdigest()[:24] + "@inquiry-tracker"


#: days before the due date that a calendar reminds (VALARM) by default
REMIND_DAYS = 3


def _alarm(summary: str, days: int) -> list[str]:
    """A display reminder ``days`` before the (all-day) event starts."""
    return [
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        f"DESCRIPTION:{escape_text(summary)}",
        f"TRIGGER;RELATED=START:-P{days}D",
        "END:VALARM",
    ]


def _event(r: ExportRecord, remind_days: int) -> list[str]:
    it = r.row.item
    assert it.due is not None
    summary = f"【{KIND_LABELS.get(it.kind, it.kind)}】{it.subject or it.deadline_expr or ''}"
    if it.department_canonical or it.department:
        summary += f" · {it.department_canonical or it.department}"
    desc_lines = [
        f"期限: {it.deadline_expr or ''} → {it.due.isoformat()}" + ("(约)" if it.approximate else ""),
        f"进度: {PROGRESS_LABELS.get(r.row.progress, r.row.progress)}",
        f"结论: {VERDICT_LABELS.get(it.verdict, it.verdict)}",
    ]
    if it.question:
        desc_lines.append(f"问: {it.question}")
    if it.statement:
        desc_lines.append(f"承诺: {it.statement}")
    if it.outlets:
        desc_lines.append("来源: " + "、".join(it.outlets))
    stamp = it.updated_at.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    return [
        "BEGIN:VEVENT",
        f"UID:{uid_for(it.fingerprint)}",
        f"DTSTAMP:{stamp}",
        f"LAST-MODIFIED:{stamp}",
        f"SEQUENCE:{max(0, it.version - 1)}",
        f"DTSTART;VALUE=DATE:{it.due.strftime('%Y%m%d')}",
        f"DTEND;VALUE=DATE:{(it.due + timedelta(days=1)).strftime('%Y%m%d')}",
        f"SUMMARY:{escape_text(summary)}",
        f"DESCRIPTION:{escape_text(chr(10).join(desc_lines))}",
        f"CATEGORIES:{escape_text(KIND_LABELS.get(it.kind, it.kind))}",
        "TRANSP:TRANSPARENT",
        *(_alarm(summary, remind_days) if remind_days > 0 else []),
        "END:VEVENT",
    ]


def write_ics(records: list[ExportRecord], out: BinaryIO, remind_days: int = REMIND_DAYS) -> int:
    """Write a VCALENDAR; returns the number of events (items with a due date). Each event
    reminds ``remind_days`` before its due date (0: no reminder)."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:问政追踪"]
    count = 0
    for r in records:
        if r.row.item.due is None:
            continue
        lines.extend(_event(r, remind_days))
        count += 1
    lines.append("END:VCALENDAR")
    out.write(b"".join(fold(line) for line in lines))
    return count
