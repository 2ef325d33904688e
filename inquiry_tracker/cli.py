"""Command line: headless commands over the services (proves the core needs no GUI).

``inquiry-tracker`` with no command opens the GUI when it is installed, else prints help;
the GUI's own options (``--lang``, ``--view``, ``--settings``, ``--no-demo``) are parsed
here so ``--help`` lists them, and the command line is handed to the GUI's ``main``.
Known errors (a bad file, a locked or unreachable database, an edit conflict, a newer
schema) print one line on stderr and exit 1; usage errors exit 2.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

from inquiry_tracker import __version__
from inquiry_tracker.cli_commands import COMMANDS, PROG, KnownError, printable
from inquiry_tracker.daytext import parse_day
from inquiry_tracker.gui import LANGUAGES, VIEWS

log = logging.getLogger("inquiry_tracker.cli")


#: the words an invalid date's message starts with (such an error is one line, status 1)
NOT_A_DATE = "不是日期 / not a date"


def _date(value: str) -> date:
    day = parse_day(value)
    if day is None:
        raise argparse.ArgumentTypeError(f"{NOT_A_DATE} (2024-11-22, 2024/11/22, 2024年11月22日): {value!r}")
    return day


class _Parser(argparse.ArgumentParser):
    """argparse, but a mistyped date is one line and exit status 1, like other known errors."""

    def error(self, message: str) -> NoReturn:
        if NOT_A_DATE in message:
            self.exit(1, f"{PROG}: {message}\n")
        super().error(message)


#: options that may also follow the command (``import --db URL file``)
def _add_global(p: argparse.ArgumentParser, *, after_command: bool) -> None:
    default = argparse.SUPPRESS if after_command else None
    p.add_argument("--db", metavar="URL", default=default,
                   help="database URL or SQLite file (default: $INQUIRY_TRACKER_DB, else the user data dir)")
    p.add_argument("--today", type=_date, metavar="YYYY-MM-DD", default=default, help="pretend today is this date (for reports)")
    p.add_argument("-v", "--verbose", action="count", default=argparse.SUPPRESS if after_command else 0,
                   help="log more (repeat for debug)")
    p.add_argument("--author", metavar="NAME", default=default,
                   help="who makes the change, stored in the timeline (default: $INQUIRY_TRACKER_AUTHOR)")


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError("must not be negative")
    return n


#: the largest offset or limit a query takes (a signed 64-bit integer)
MAX_INT = 2**63 - 1
#: the largest id an item or suggestion can have (PostgreSQL's INTEGER keys are 32-bit)
MAX_ID = 2**31 - 1
#: ``--due-within`` beyond a century asks for dates no deadline has
MAX_DUE_WITHIN = 36_500


def check_ranges(args: argparse.Namespace) -> None:
    """Refuse numbers no database can hold, as one line (:class:`KnownError`)."""
    ids = [getattr(args, name, None) for name in ("id", "keep", "drop", "item")] + list(getattr(args, "ids", None) or [])
    for value in ids:
        if isinstance(value, int) and value > MAX_ID:
            raise KnownError(f"找不到编号 {value} / no such id: {value} (too large; ids go up to {MAX_ID})")
    for name in ("offset", "limit"):
        value = getattr(args, name, None)
        if isinstance(value, int) and value > MAX_INT:
            raise KnownError(f"--{name} {value}: 数字太大 / too large (at most {MAX_INT})")
    within = getattr(args, "due_within", None)
    if within is not None and within > MAX_DUE_WITHIN:
        raise KnownError(f"--due-within {within}: 最多 {MAX_DUE_WITHIN} 天 / at most {MAX_DUE_WITHIN} days")


def _add_filters(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("filters")
    g.add_argument("--overdue", action="store_true", help="only overdue items (已逾期)")
    g.add_argument("--due-within", type=_positive, metavar="N", help="open items due within N days")
    g.add_argument(
        "--department", help='department (as printed, canonical name or alias; substring); "" for items with none'
    )
    g.add_argument("--status", action="append", default=[], help="progress, verdict or review state (repeatable)")
    g.add_argument("--kind", action="append", default=[], choices=["inquiry", "promise", "问政", "承诺"])
    g.add_argument("--search", metavar="TEXT", help="Chinese full-text search")
    g.add_argument("--outlet", help="outlet (substring)")
    g.add_argument("--assignee", help="assigned reporter")
    g.add_argument("--published-from", type=_date, metavar="YYYY-MM-DD", help="with a source published on or after this day")
    g.add_argument("--published-to", type=_date, metavar="YYYY-MM-DD", help="with a source published on or before this day")


#: options only the desktop app reads (see :func:`inquiry_tracker.gui.app.parse_args`)
GUI_OPTIONS: dict[str, dict[str, Any]] = {
    "--lang": {"choices": LANGUAGES, "help": "interface language"},
    "--view": {"choices": VIEWS, "help": "open this view first"},
    "--settings": {"metavar": "FILE", "help": "settings file (default: in the user config dir)"},
    "--no-demo": {"action": "store_true", "help": "do not import the samples into an empty database"},
}


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (every command of docs/design.md)."""
    p = _Parser(prog=PROG, description="问政追踪 — track officials' published promises and inquiry replies.")
    _add_global(p, after_command=False)
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    g = p.add_argument_group("desktop app (no COMMAND)")
    for flag, kwargs in GUI_OPTIONS.items():
        g.add_argument(flag, **kwargs)
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    c = sub.add_parser("extract", help="print the items found in files (no database)")
    c.add_argument("files", nargs="+", metavar="FILE")
    c.add_argument("--pub-date", type=_date, metavar="YYYY-MM-DD", help="publication date (default: detect)")
    c.add_argument("--format", choices=["jsonl", "table"], default="jsonl")

    c = sub.add_parser("import", help="import files, folders or stdin (-)")
    c.add_argument("paths", nargs="+", metavar="PATH")
    c.add_argument("--pub-date", type=_date, metavar="YYYY-MM-DD", help="publication date (default: detect)")
    c.add_argument("--accept", action="store_true", help="accept new items at once (skip the review inbox)")

    c = sub.add_parser("list", help="list tracked items")
    _add_filters(c)
    c.add_argument("--limit", type=_positive, default=100, help="rows per page (0: all)")
    c.add_argument("--offset", type=_positive, default=0)
    c.add_argument("--format", choices=["table", "jsonl"], default="table")

    c = sub.add_parser("show", help="show one item with its sources and timeline")
    c.add_argument("id", type=int)
    c.add_argument("--format", choices=["text", "json"], default="text")

    c = sub.add_parser("accept", help="accept items from the review inbox")
    c.add_argument("ids", type=int, nargs="+", metavar="ID")
    c = sub.add_parser("reject", help="reject items from the review inbox")
    c.add_argument("ids", type=int, nargs="+", metavar="ID")
    c.add_argument("--note", help="why")
    c = sub.add_parser("merge", help="merge the second item into the first")
    c.add_argument("keep", type=int)
    c.add_argument("drop", type=int)

    c = sub.add_parser("verdict", help="record a verdict with a note and evidence")
    c.add_argument("id", type=int)
    c.add_argument("verdict", metavar="VERDICT", help="unchecked, in_progress, kept, partial, delayed, broken, unverifiable, withdrawn (or 已兑现…)")
    c.add_argument("--note", required=True)
    c.add_argument("--evidence", help="evidence URL or file path")
    c.add_argument("--on", type=_date, metavar="YYYY-MM-DD", help="day the verdict refers to (default today)")

    c = sub.add_parser("assign", help="assign an item to a reporter")
    c.add_argument("id", type=int)
    c.add_argument("name")

    c = sub.add_parser("note", help="add a note (or evidence) to an item")
    c.add_argument("id", type=int)
    c.add_argument("text")
    c.add_argument("--evidence", help="evidence URL or file path")

    c = sub.add_parser("due", help="move an item's deadline (延期), keeping the history")
    c.add_argument("id", type=int)
    c.add_argument("new_due", type=_date, metavar="YYYY-MM-DD")
    c.add_argument("--note", required=True)
    c.add_argument("--announced-in", help="where the new date was announced")

    c = sub.add_parser("correct", help="correct a timeline entry (a note, evidence or verdict); the old one is kept")
    c.add_argument("entry", type=int, metavar="ENTRY", help="the number in [ ] before the entry in `show`")
    c.add_argument("--note", required=True)
    c.add_argument("--verdict", help="a verdict entry's corrected verdict (name or label)")
    c.add_argument("--evidence", help="evidence URL or file path")
    c = sub.add_parser("withdraw", help="withdraw a timeline entry and what it changed; the entry is kept")
    c.add_argument("entry", type=int, metavar="ENTRY", help="the number in [ ] before the entry in `show`")
    c.add_argument("--reason")

    c = sub.add_parser("export", help="export items as csv, xlsx, json or ics")
    c.add_argument("--format", required=True, choices=["csv", "xlsx", "json", "ics"])
    c.add_argument("-o", "--output", required=True, metavar="FILE", help="output file, - for stdout")
    c.add_argument("--remind-days", type=_positive, default=3, metavar="N",
                   help="ics: a reminder N days before each due date (0: none; default 3)")
    _add_filters(c)

    sub.add_parser("scorecard", help="department scorecard")

    c = sub.add_parser("suggestions", help="articles proposed as evidence for open items (S1, S2 …)")
    c.add_argument("--all", action="store_true", help="also the accepted and dismissed ones")
    c.add_argument("--item", type=int, metavar="ID", help="only those for one item")
    c.add_argument("--format", choices=["table", "jsonl"], default="table",
                   help="jsonl: item_id, source_id, stance, new_due, event_date, score, excerpt, start, end …")
    c = sub.add_parser("suggestion", help="accept a suggestion (records what its stance says), or dismiss it")
    c.add_argument("id", type=int, metavar="ID", help="the number after S in `suggestions`")
    c.add_argument("action", choices=["accept", "dismiss"])
    c.add_argument("--evidence-only", action="store_true", help="accept as evidence without changing verdict or due")
    c.add_argument("--on", type=_date, metavar="YYYY-MM-DD", help="kept: the day it happened, if not the one proposed")
    c.add_argument("--new-due", type=_date, metavar="YYYY-MM-DD", help="delayed: the new date, if not the one proposed")

    c = sub.add_parser("demo", help="a fresh database with the sample documents imported and accepted")
    c.add_argument("--seeds", type=Path, help="folder of sample documents (default: seeds/)")
    for command in sub.choices.values():
        _add_global(command, after_command=True)
    return p


def _gui_main() -> Callable[[Sequence[str]], int] | None:
    try:
        from importlib.util import find_spec

        if find_spec("inquiry_tracker.gui.app") is None:
            return None
    except ImportError:
        return None
    import importlib

    app = importlib.import_module("inquiry_tracker.gui.app")
    main: Callable[[Sequence[str]], int] = app.main
    return main


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``inquiry-tracker``; returns the exit status."""
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(argv)
    if not logging.getLogger().handlers:  # leave an embedding program's logging alone
        logging.basicConfig(
            level=logging.WARNING - 10 * min(args.verbose, 2), format="%(levelname)s %(name)s: %(message)s"
        )
        from inquiry_tracker.store.redact import RedactingFilter

        for handler in logging.getLogger().handlers:
            handler.addFilter(RedactingFilter())  # no database password on stderr
    if args.command is None:
        gui = _gui_main()
        if gui is not None:
            return gui(argv)  # it reads --db, --today, -v and its own options again
        parser.print_help()
        return 0
    given = [flag for flag in GUI_OPTIONS if getattr(args, flag[2:].replace("-", "_")) not in (None, False)]
    if given:
        parser.error(f"{', '.join(given)}: only for the desktop app (no COMMAND)")
    from inquiry_tracker.extract import ReadError
    from inquiry_tracker.store import StoreError

    try:
        check_ranges(args)
        return COMMANDS[args.command](args)
    except (StoreError, KnownError, ReadError) as err:
        print(f"{PROG}: {printable(str(err))}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `inquiry-tracker list | head`
        return 0
    except KeyboardInterrupt:
        print(f"{PROG}: 已中断 / interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
