"""The command implementations behind :mod:`inquiry_tracker.cli` (one function per command).

Each takes the parsed arguments and returns the exit status; known errors propagate as
exceptions for :func:`inquiry_tracker.cli.main` to print as one line.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    from inquiry_tracker.services import Clock, ItemFilter
    from inquiry_tracker.store import Database

PROG = "inquiry-tracker"


class KnownError(Exception):
    """A problem the user can fix; printed as one line."""


def printable(text: str) -> str:
    """``text`` safe for a terminal: control characters (escape sequences, newlines) shown
    as ``\\x1b``-style escapes instead of acting on the terminal."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


def _open(args: argparse.Namespace) -> Database:
    from inquiry_tracker.store import Database

    return Database.open(args.db)


def _clock(args: argparse.Namespace) -> Clock:
    from inquiry_tracker.services import fixed, system_today

    return fixed(args.today) if args.today else system_today


def _filter(args: argparse.Namespace) -> ItemFilter:
    from inquiry_tracker.services import ItemFilter

    return ItemFilter(
        kinds=tuple(args.kind),
        statuses=tuple(args.status),
        department=args.department,
        outlet=args.outlet,
        assignee=args.assignee,
        overdue=args.overdue,
        due_within=args.due_within,
        published_from=args.published_from,
        published_to=args.published_to,
        text=args.search,
    )


def _evidence(value: str | None) -> dict[str, str]:
    """``--evidence``: a URL, else a file path."""
    if not value:
        return {}
    if "://" in value:
        return {"evidence_url": value}
    return {"evidence_file": value}


def cmd_extract(args: argparse.Namespace) -> int:
    from inquiry_tracker.cli_output import table
    from inquiry_tracker.extract import ReadError, analyze_text, read_document

    failed = 0
    rows: list[list[str]] = []
    for name in args.files:
        try:
            doc = read_document(name)
        except (ReadError, OSError) as err:
            print(f"{PROG}: {printable(str(err))}", file=sys.stderr)
            failed += 1
            continue
        analysis = analyze_text(doc.text, published=args.pub_date, source=str(name))
        for it in analysis.items:
            it.source = str(name)
            it.published = args.pub_date or analysis.facts.published
            if args.format == "jsonl":
                print(json.dumps(it.to_dict(), ensure_ascii=False))
            else:
                d = it.to_dict()
                body = d["question"] or d["statement"] or ""
                rows.append([printable(Path(name).name), d["kind"], d["due"] or "", d["deadline_expr"] or "", d["department"] or "", d["subject"], body])
    if args.format == "table":
        print(table(["文件", "类型", "到期", "期限原文", "部门", "事项", "问题/承诺"], rows, [24, 8, 10, 12, 20, 24, 50]))
    return 1 if failed else 0


def cmd_import(args: argparse.Namespace) -> int:
    from inquiry_tracker.services import ImportOptions, ImportSummary, import_bytes, import_paths
    from inquiry_tracker.services.importing import MAX_DOCUMENT_BYTES
    from inquiry_tracker.services.results import chinese

    options = ImportOptions(pub_date=args.pub_date, accept=args.accept)
    db = _open(args)
    try:
        summary = ImportSummary()
        files = [p for p in args.paths if p != "-"]
        if "-" in args.paths:
            # never more than one byte past the limit in memory: the service refuses it as too large
            data = sys.stdin.buffer.read(MAX_DOCUMENT_BYTES + 1)
            summary.extend(import_bytes(db, data, "<stdin>", options))
        if files and summary.stopped is None:
            summary.extend(import_paths(db, files, options))
    finally:
        db.close()
    for name, reason in summary.skipped:
        print(f"{PROG}: {printable(name)}: {reason}", file=sys.stderr)
    for name, reason in summary.failures:
        print(f"{PROG}: {printable(name)}: {printable(reason)}", file=sys.stderr)
    print(summary.describe(chinese))
    return 0 if summary.ok else 1


def cmd_list(args: argparse.Namespace) -> int:
    from inquiry_tracker.cli_output import item_table
    from inquiry_tracker.services import list_items

    with _open(args) as db:
        page = list_items(db, _filter(args), offset=args.offset, limit=args.limit or None, clock=_clock(args))
    if args.format == "jsonl":
        for row in page.rows:
            print(json.dumps(_row_dict(row), ensure_ascii=False))
        return 0
    print(item_table(page.rows))
    shown = len(page.rows)
    first = args.offset + 1 if shown else 0
    print(f"\n{first}–{args.offset + shown} / 共 {page.total} 条")
    return 0


def _row_dict(row: object) -> dict[str, object]:
    from inquiry_tracker.services.exports.collect import ExportRecord
    from inquiry_tracker.services.exports.tabular import record_dict

    data = record_dict(ExportRecord(row))  # type: ignore[arg-type]
    data.pop("sources")
    data.pop("follow_ups")
    return data


def cmd_show(args: argparse.Namespace) -> int:
    from inquiry_tracker.cli_output import item_block
    from inquiry_tracker.services import get_item
    from inquiry_tracker.services.exports.collect import ExportRecord
    from inquiry_tracker.services.exports.tabular import record_dict

    with _open(args) as db:
        detail, row = get_item(db, args.id, clock=_clock(args))
    if args.format == "json":
        print(json.dumps(record_dict(ExportRecord(row, detail.sources, detail.follow_ups)), ensure_ascii=False, indent=2))
    else:
        print(item_block(detail, row))
    return 0


def _author(args: argparse.Namespace) -> str | None:
    """Who is making the change: ``--author``, else ``$INQUIRY_TRACKER_AUTHOR``."""
    name = getattr(args, "author", None) or os.environ.get("INQUIRY_TRACKER_AUTHOR") or ""
    return name.strip() or None


def _report(changes: object, what: str) -> int:
    items = getattr(changes, "items", ())
    print(f"{what}: " + (", ".join(f"#{i}" for i in items) if items else "无变化 / nothing changed"))
    return 0


def cmd_accept(args: argparse.Namespace) -> int:
    from inquiry_tracker.services import accept

    with _open(args) as db:
        return _report(accept(db, args.ids, author=_author(args)), "已采纳 / accepted")


def cmd_reject(args: argparse.Namespace) -> int:
    from inquiry_tracker.services import reject

    with _open(args) as db:
        return _report(reject(db, args.ids, reason=args.note, author=_author(args)), "已驳回 / rejected")


def cmd_merge(args: argparse.Namespace) -> int:
    from inquiry_tracker.services import merge

    with _open(args) as db:
        return _report(merge(db, args.keep, args.drop, author=_author(args)), "已合并 / merged")


def _verdict(given: str) -> str:
    """A verdict given by name or Chinese label (已延期 or delayed)."""
    from inquiry_tracker.vocab import VERDICT_LABELS, parse_term

    verdict = parse_term(given, VERDICT_LABELS)
    if verdict is None:
        raise KnownError(f"未知结论 / unknown verdict '{given}' (one of: {', '.join(VERDICT_LABELS)})")
    return verdict


def cmd_verdict(args: argparse.Namespace) -> int:
    from inquiry_tracker.services import set_verdict
    from inquiry_tracker.vocab import VERDICT_LABELS

    verdict = _verdict(args.verdict)
    with _open(args) as db:
        ev = _evidence(args.evidence)
        changes = set_verdict(
            db,
            args.id,
            verdict,
            note=args.note,
            on=args.on,
            clock=_clock(args),
            evidence_url=ev.get("evidence_url"),
            evidence_file=ev.get("evidence_file"),
            author=_author(args),
        )
    return _report(changes, f"结论/verdict {VERDICT_LABELS[verdict]}")


def cmd_assign(args: argparse.Namespace) -> int:
    from inquiry_tracker.services import assign

    with _open(args) as db:
        return _report(assign(db, args.id, args.name, author=_author(args)), f"已分配给 / assigned to {args.name}")


def cmd_note(args: argparse.Namespace) -> int:
    from inquiry_tracker.services import add_note

    with _open(args) as db:
        ev = _evidence(args.evidence)
        changes = add_note(
            db, args.id, args.text, evidence_url=ev.get("evidence_url"), evidence_file=ev.get("evidence_file"), author=_author(args)
        )
    return _report(changes, "已记录 / noted")


def cmd_due(args: argparse.Namespace) -> int:
    from inquiry_tracker.services import change_due

    with _open(args) as db:
        changes = change_due(db, args.id, args.new_due, note=args.note, announced_in=args.announced_in, author=_author(args))
    return _report(changes, f"期限改为 / due moved to {args.new_due.isoformat()}")


def cmd_correct(args: argparse.Namespace) -> int:
    from inquiry_tracker.services import correct_entry

    verdict = _verdict(args.verdict) if args.verdict else None
    with _open(args) as db:
        ev = _evidence(args.evidence)
        changes = correct_entry(
            db, args.entry, note=args.note, verdict=verdict, evidence_url=ev.get("evidence_url"),
            evidence_file=ev.get("evidence_file"), author=_author(args), clock=_clock(args),
        )
    return _report(changes, f"记录 [{args.entry}] 已更正 / corrected on")


def cmd_withdraw(args: argparse.Namespace) -> int:
    from inquiry_tracker.services import withdraw_entry

    with _open(args) as db:
        changes = withdraw_entry(db, args.entry, reason=args.reason or "", author=_author(args))
    return _report(changes, f"记录 [{args.entry}] 已撤回 / withdrawn on")


def cmd_export(args: argparse.Namespace) -> int:
    from inquiry_tracker.services import export_file, export_items

    with _open(args) as db:
        if args.output == "-":
            out: BinaryIO = sys.stdout.buffer
            n = export_items(db, args.format, out, _filter(args), clock=_clock(args), remind_days=args.remind_days)
            out.flush()
        else:
            target = Path(args.output)
            try:
                n = export_file(db, args.format, target, _filter(args), clock=_clock(args),
                                remind_days=args.remind_days)
            except OSError as err:
                raise KnownError(f"{target}: {err.strerror or err}") from err
            print(f"已导出 / exported {n} → {target}", file=sys.stderr)
    return 0


def cmd_scorecard(args: argparse.Namespace) -> int:
    from inquiry_tracker.cli_output import scorecard_table
    from inquiry_tracker.services import scorecard

    with _open(args) as db:
        print(scorecard_table(scorecard(db, clock=_clock(args))))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from inquiry_tracker.services import load_demo
    from inquiry_tracker.services.results import chinese

    with _open(args) as db:
        summary = load_demo(db, args.seeds)
        where = db.where
    for name, reason in summary.failures:
        print(f"{PROG}: {printable(name)}: {printable(reason)}", file=sys.stderr)
    print(summary.describe(chinese))
    print(f"演示数据库 / demo database: {where}")
    return 0 if summary.ok else 1


def cmd_suggestions(args: argparse.Namespace) -> int:
    from inquiry_tracker.cli_output import stance_label, suggestion_json
    from inquiry_tracker.services import list_suggestions, suggested_action

    states = ("open", "accepted", "dismissed") if args.all else ("open",)
    with _open(args) as db:
        rows = list_suggestions(db, states, item_id=args.item)
    if args.format == "jsonl":
        for s in rows:
            print(json.dumps(suggestion_json(s), ensure_ascii=False))
        return 0
    if not rows:
        print("没有证据建议 / no suggested evidence")
    for s in rows:
        state = "" if s.state == "open" else f" [{s.state}]"
        print(f"S{s.id}{state} → #{s.item_id} {s.item_subject} · {stance_label(s.stance, s.new_due, s.event_date)} "
              f"({s.score:.2f}) · {s.where or '?'}\n    {s.excerpt or ''}")
        if s.state == "open":
            print(f"    → {suggested_action(s)}")
    return 0


def cmd_suggestion(args: argparse.Namespace) -> int:
    from inquiry_tracker.services import accept_suggestion, dismiss_suggestion

    with _open(args) as db:
        if args.action == "accept":
            changes = accept_suggestion(db, args.id, apply=not args.evidence_only, on=args.on, new_due=args.new_due,
                                        author=_author(args))
            return _report(changes, f"S{args.id} 已记录 / recorded for")
        return _report(dismiss_suggestion(db, args.id), f"S{args.id} 已忽略 / dismissed for")


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "extract": cmd_extract,
    "import": cmd_import,
    "list": cmd_list,
    "show": cmd_show,
    "accept": cmd_accept,
    "reject": cmd_reject,
    "merge": cmd_merge,
    "verdict": cmd_verdict,
    "assign": cmd_assign,
    "note": cmd_note,
    "due": cmd_due,
    "correct": cmd_correct,
    "withdraw": cmd_withdraw,
    "export": cmd_export,
    "scorecard": cmd_scorecard,
    "demo": cmd_demo,
    "suggestions": cmd_suggestions,
    "suggestion": cmd_suggestion,
}


