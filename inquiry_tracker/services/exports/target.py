"""Writing an export to a file safely: never onto a database, never half a file.

:func:`check_target` refuses a target that is the open database (or its journal), any
SQLite file, a folder, a read-only file or a path whose folder does not exist.
:func:`write_atomically` writes a temporary file beside the target and renames it over the
target only when complete, so a failed export leaves neither a partial file nor a
``.part`` behind; a replaced file keeps its permissions.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from inquiry_tracker.store import Database, InvalidChangeError

#: the first bytes of every SQLite 3 database file
SQLITE_MAGIC = b"SQLite format 3\x00"
#: files SQLite keeps beside a database
_COMPANIONS = ("", "-wal", "-shm", "-journal")


class ExportError(InvalidChangeError):
    """An export that cannot be written where, or as, it was asked (one clear line)."""


def _database_file(db: Database) -> Path | None:
    if db.dialect != "sqlite" or not db.url.database or db.url.database == ":memory:":
        return None
    return Path(db.url.database).resolve()


def _is_sqlite(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def _read_only(st: os.stat_result, path: Path) -> bool:
    # root may write anything (os.access says yes), but a file nobody may write is meant to stay
    return not (st.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)) or not os.access(path, os.W_OK)


def check_target(db: Database | None, target: Path) -> None:
    """Raise :class:`ExportError` unless ``target`` is a safe place for an export."""
    target = Path(target)
    resolved = target.resolve()
    own = _database_file(db) if db is not None else None
    if own is not None and any(resolved == Path(str(own) + c) for c in _COMPANIONS):
        raise ExportError(f"{target}: 这是正在使用的数据库,不能导出到这里 / this is the open database; choose another file")
    if not resolved.parent.is_dir():
        raise ExportError(f"{target}: 文件夹不存在 / the folder does not exist")
    if not target.exists():
        return
    if target.is_dir():
        raise ExportError(f"{target}: 这是文件夹 / is a folder; give a file name")
    if _is_sqlite(target):
        raise ExportError(f"{target}: 这是一个 SQLite 数据库文件,不会覆盖 / is a SQLite database; it is not overwritten")
    if _read_only(target.stat(), target):
        raise ExportError(f"{target}: 文件只读,未覆盖 / the file is read-only; it is not overwritten")


def _default_mode() -> int:
    """0o666 less the process umask (read from /proc, without changing it)."""
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("Umask:"):
                return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o644


def write_atomically(target: Path, data: bytes) -> None:
    """Put ``data`` at ``target`` all at once (temporary file + rename)."""
    target = Path(target)
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        mode = _default_mode()
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.resolve().parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
