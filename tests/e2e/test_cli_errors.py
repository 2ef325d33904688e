"""Known problems on the command line: one line naming the problem, exit status 1, no traceback."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from test_cli import SEED, one_line_error, out, run, run_inproc


def test_export_onto_the_open_database_is_refused(tmp_path: Path, seeds_dir: Path) -> None:
    db = tmp_path / "the-db.sqlite"
    out(run_inproc("import", "--accept", str(seeds_dir / SEED), db=str(db)))
    err = one_line_error(run_inproc("export", "--format", "csv", "-o", str(db), db=str(db)))
    assert "open database" in err
    assert db.read_bytes().startswith(b"SQLite format 3\x00")
    assert "森林路" in out(run_inproc("list", db=str(db)))


def test_password_is_never_printed() -> None:
    url = "postgresql://reporter:S3cr@t-pw@127.0.0.1:9/newsroom"  # nothing listens on port 9
    proc = run("-vv", "list", db=url)
    err = proc.stderr.decode()
    assert proc.returncode == 1 and "127.0.0.1" in err
    assert "S3cr" not in err and "S3cr" not in proc.stdout.decode()


def test_file_names_with_control_characters_are_printed_escaped(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "evil\x1b[2J\rname.txt").write_bytes(b"\x00\x01\x02" * 100)  # binary: fails to read
    (folder / "link.txt").symlink_to(tmp_path / "elsewhere.txt")
    (tmp_path / "elsewhere.txt").write_text("Q:外面的文件", encoding="utf-8")
    proc = run_inproc("import", str(folder), db=str(tmp_path / "t.sqlite"))
    err = proc.stderr.decode()
    assert "\x1b" not in err and "\r" not in err
    assert "evil\\x1b[2J\\rname.txt" in err
    assert "link.txt" in err and "outside the chosen folder" in err


HUGE = str(2**64)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> str:
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite"
    out(run_inproc("import", "--accept", str(seeds_dir), db=str(path)))
    return str(path)


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("show", HUGE), "no such id"),
        (("verdict", HUGE, "kept", "--note", "x"), "no such id"),
        (("accept", "1", HUGE), "no such id"),
        (("merge", "1", HUGE), "no such id"),
        (("show", str(2**31)), "no such id"),  # past PostgreSQL's INTEGER keys
        (("list", "--offset", str(2**63)), "too large"),
        (("list", "--limit", str(2**63)), "too large"),
        (("export", "--format", "csv", "-o", "-", "--due-within", "99999999"), "at most 36500 days"),
        (("list", "--due-within", "99999999"), "at most 36500 days"),
        (("due", "1", "9999-12-31", "--note", "x"), "outside 1900–2100"),
        (("due", "1", "1066-10-14", "--note", "x"), "outside 1900–2100"),
    ],
)
def test_numbers_out_of_range(demo_db: str, args: tuple[str, ...], says: str) -> None:
    assert says in one_line_error(run_inproc(*args, db=demo_db))


def test_export_ics_still_works_after_refused_due(demo_db: str) -> None:
    one_line_error(run_inproc("due", "1", "9999-12-31", "--note", "x", db=demo_db))
    assert "BEGIN:VCALENDAR" in out(run_inproc("export", "--format", "ics", "-o", "-", db=demo_db))


def test_verdict_on_a_merged_item_is_one_line(tmp_path: Path, seeds_dir: Path) -> None:
    db = str(tmp_path / "m.sqlite")
    out(run_inproc("import", "--accept", str(seeds_dir / SEED), db=db))
    out(run_inproc("merge", "1", "2", db=db))
    assert "merged into #1" in one_line_error(run_inproc("verdict", "2", "kept", "--note", "x", db=db))


def _db_cases(tmp_path: Path, demo_db: str) -> dict[str, tuple[str, str]]:
    text = tmp_path / "notes.txt"
    text.write_text("只是笔记\n", encoding="utf-8")
    read_only = tmp_path / "ro.sqlite"
    shutil.copyfile(demo_db, read_only)
    read_only.chmod(0o444)
    folder = tmp_path / "locked"
    folder.mkdir()
    shutil.copyfile(demo_db, folder / "x.sqlite")
    folder.chmod(0o555)
    return {
        "text file": (str(text), "not a SQLite database"),
        "read-only file": (str(read_only), "read-only"),
        "read-only folder": (str(folder / "x.sqlite"), "folder is read-only"),
        "memory": ("sqlite:///:memory:", "in-memory"),
        "missing folders": (str(tmp_path / "typo" / "deeper" / "x.sqlite"), "does not exist"),
        "a folder": (str(tmp_path), "folder, not a database"),
    }


@pytest.mark.parametrize("case", ["text file", "read-only file", "read-only folder", "memory", "missing folders", "a folder"])
@pytest.mark.parametrize("command", [("list",), ("verdict", "1", "kept", "--note", "x")])
def test_unusable_databases(tmp_path: Path, demo_db: str, case: str, command: tuple[str, ...]) -> None:
    db, says = _db_cases(tmp_path, demo_db)[case]
    before = {p: p.stat().st_mode for p in tmp_path.rglob("*")}
    try:
        assert says in one_line_error(run_inproc(*command, db=db))
        after = {p: p.stat().st_mode for p in tmp_path.rglob("*")}
    finally:
        (tmp_path / "locked").chmod(0o755)
    assert after == before  # nothing created on the way (no folders, no -wal), no mode changed


def test_stdin_past_the_text_limit_is_refused(tmp_path: Path) -> None:
    from inquiry_tracker.services.importing import MAX_DOCUMENT_BYTES

    data = ("网友提问:路灯何时修好?\n" * (MAX_DOCUMENT_BYTES // 30 + 10)).encode("utf-8")
    proc = run("import", "-", db=str(tmp_path / "t.sqlite"), stdin=data)
    assert proc.returncode == 1 and "text too large" in proc.stderr.decode()


def test_largest_ids_and_offsets_on_both_backends(db_url: str) -> None:
    assert "no such item" in one_line_error(run_inproc("show", str(2**31 - 1), db=db_url))
    assert "no such id" in one_line_error(run_inproc("verdict", str(2**31), "kept", "--note", "x", db=db_url))
    assert "共 0 条" in out(run_inproc("list", "--offset", str(2**63 - 1), "--limit", "5", db=db_url))
