"""Known problems on the command line: one line naming the problem, exit status 1, no traceback."""

from __future__ import annotations

from pathlib import Path

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
