"""The services as the GUI sees them: bound to one open database and one clock.

Widgets never see the database, a session or an ORM object: they call service functions
through a :class:`Backend`, which passes the database in and runs the call — on the
writer thread for changes, on the reader pool for slow reads, or right away for the
small reads a view needs to paint (one page of rows, one item's details). Every
successful change is announced with :attr:`Backend.changed`, carrying the services'
:class:`~inquiry_tracker.services.Changes`, so each view refreshes only what it shows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from inquiry_tracker.gui.runner import Task, TaskContext, TaskRunner
from inquiry_tracker.services import Changes, Clock
from inquiry_tracker.store import Database


class Backend(QObject):
    """One database, one clock, one task runner.

    Signals:
        changed(object changes): a write succeeded; ``changes`` is a ``Changes``.
    """

    changed = Signal(object)

    def __init__(self, db: Database, runner: TaskRunner, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.runner = runner
        self.clock = clock
        #: the reporter's name, stored with every change made through this window
        self.author: str | None = None
        #: the timeline entry of the last action in this session that undo withdraws
        self.last_entry: int | None = None

    @property
    def where(self) -> str:
        """The database's password-free name (file path or server/database)."""
        return self._db.where

    def now(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Call a small read ``fn(db, *args, **kwargs)`` right away, on this thread."""
        return fn(self._db, *args, **kwargs)

    def read(
        self,
        fn: Callable[..., Any],
        *args: Any,
        done: Callable[[Any], None] | None = None,
        error: Callable[[BaseException], None] | None = None,
        label: str = "",
        **kwargs: Any,
    ) -> Task:
        """Run a read ``fn(db, *args, **kwargs)`` on the reader pool."""
        return self.runner.submit(
            lambda _ctx: fn(self._db, *args, **kwargs),
            label=label or fn.__name__,
            done=done,
            error=error,
        )

    def write(
        self,
        fn: Callable[..., Any],
        *args: Any,
        done: Callable[[Any], None] | None = None,
        error: Callable[[BaseException], None] | None = None,
        label: str = "",
        **kwargs: Any,
    ) -> Task:
        """Run a change ``fn(db, *args, **kwargs)`` on the writer thread; announce what changed."""
        return self.task(lambda _ctx, db: fn(db, *args, **kwargs), done=done, error=error, label=label or fn.__name__)

    def task(
        self,
        fn: Callable[[TaskContext, Database], Any],
        *,
        write: bool = True,
        done: Callable[[Any], None] | None = None,
        error: Callable[[BaseException], None] | None = None,
        progress: Callable[[int, int, str], None] | None = None,
        label: str = "",
    ) -> Task:
        """Run a multi-step task ``fn(ctx, db)`` (an import) with progress and cancellation."""

        def finished(result: Any) -> None:
            if write:
                self._announce(result)
            if done is not None:
                done(result)

        return self.runner.submit(
            lambda ctx: fn(ctx, self._db),
            write=write,
            label=label or getattr(fn, "__name__", "task"),
            done=finished,
            error=error,
            progress=progress,
        )

    def _announce(self, result: Any) -> None:
        changes = result if isinstance(result, Changes) else getattr(result, "changes", None)
        if isinstance(changes, Changes) and changes:
            self.changed.emit(changes)
