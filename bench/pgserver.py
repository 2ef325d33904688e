"""A throwaway PostgreSQL server for fault tests and benchmarks (the ../shared/ci-postgres.sh recipe).

``initdb`` + ``pg_ctl`` from the installed server binaries (Debian's ``/usr/lib/postgresql/*/bin``,
or ``$PG_BINDIR``), run as the ``postgres`` user through ``runuser`` when we are root. The data
directory and the socket live in a fresh directory under ``/tmp`` (the postgres user cannot
enter ``/root``); the server listens on its socket only, so the port just names the socket and
never clashes with another server. Tests use it where they must stop and restart the server,
which they cannot do to the shared ``$TEST_DATABASE_URL`` one::

    with ThrowawayPostgres() as pg:      # raises PostgresUnavailable when it cannot start
        db = Database.open(pg.url)
        pg.stop()                         # pg_ctl stop -m fast
        pg.start()                        # same data, same URL

Only the standard library is used.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from types import TracebackType

DBNAME = "newsroom_test"


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL server binaries here, or the throwaway server would not start."""


_TOOLS = ("initdb", "pg_ctl", "createdb")


def server_bindir() -> Path | None:
    """The directory holding ``initdb``, ``pg_ctl`` and ``createdb``: ``$PG_BINDIR``, else the
    newest Debian ``/usr/lib/postgresql/*/bin``, else where ``pg_ctl`` on PATH really lives."""
    env = os.environ.get("PG_BINDIR")
    candidates = [Path(env)] if env else [Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version_key)]
    if not env and (found := shutil.which("pg_ctl")):
        candidates.insert(0, Path(found).resolve().parent)  # lowest priority (reversed below)
    for path in reversed(candidates):
        if all((path / tool).is_file() for tool in _TOOLS):
            return path
    return None


def _version_key(path: str) -> tuple[int, ...]:
    part = Path(path).parent.name
    return tuple(int(x) for x in part.split(".") if x.isdigit()) or (0,)


class ThrowawayPostgres:
    """One private server: :meth:`start` (initdb on first use), :meth:`stop`, :meth:`cleanup`."""

    def __init__(self, port: int | None = None, dbname: str = DBNAME) -> None:
        bindir = server_bindir()
        if bindir is None:
            raise PostgresUnavailable("PostgreSQL server binaries not found (apt-get install postgresql)")
        self.bindir = bindir
        self.port = port or 54400 + os.getpid() % 500
        self.dbname = dbname
        self.root = Path(tempfile.mkdtemp(prefix="pgthrow.", dir="/tmp"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self._as_root = os.geteuid() == 0
        if self._as_root:
            shutil.chown(self.root, "postgres", "postgres")
        self._initialised = False

    @property
    def url(self) -> str:
        """SQLAlchemy URL of the test database (over the private socket)."""
        return f"postgresql+psycopg://postgres@/{self.dbname}?host={self.root}&port={self.port}"

    def _run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self._as_root:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)

    def _check(self, proc: subprocess.CompletedProcess[str], what: str) -> None:
        if proc.returncode != 0:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise PostgresUnavailable(f"{what} failed ({proc.returncode}): {proc.stderr.strip()[-500:]} {log}")

    def start(self) -> ThrowawayPostgres:
        """Start the server (creating the cluster and the database the first time)."""
        if not self._initialised:
            self._check(
                self._run("initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                          "--locale=C.UTF-8", "--no-sync"),
                "initdb",
            )
        opts = (f"-k {self.root} -p {self.port} -c listen_addresses='' -c fsync=off "
                "-c synchronous_commit=off -c full_page_writes=off")
        self._check(
            self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60", "-o", opts, "start"),
            "pg_ctl start",
        )
        if not self._initialised:
            self._check(self._run("createdb", "-h", str(self.root), "-p", str(self.port), "-U", "postgres", self.dbname),
                        "createdb")
            self._initialised = True
        return self

    def stop(self, mode: str = "fast") -> None:
        """``pg_ctl stop -m fast``: open sessions are terminated, the data stays."""
        self._check(self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop"), "pg_ctl stop")

    def running(self) -> bool:
        """True while the postmaster is up."""
        return self._run("pg_ctl", "-D", str(self.data), "status").returncode == 0

    def cleanup(self) -> None:
        """Stop the server if it runs and delete its directory."""
        if self.data.exists():
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> ThrowawayPostgres:
        try:
            return self.start()
        except BaseException:
            self.cleanup()
            raise

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.cleanup()
