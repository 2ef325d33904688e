"""Background tasks: one serial writer thread and a small reader pool; results come back by signal.

Every database write the GUI makes runs on the single writer thread, in submission order,
so two writes never race and a long import never freezes the window. Reads that can be
slow (the id list of 100,000 items, the scorecard) and pure work (reading and analysing
files for the import preview) run on a :class:`~PySide6.QtCore.QThreadPool`. A task is a
plain function of a :class:`TaskContext`; it never touches widgets. Its outcome arrives
on the GUI thread through the :class:`Task`'s signals — a result or an exception, never
nothing.
"""

from __future__ import annotations

import gc
import logging
import queue
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, QTimer, Signal

log = logging.getLogger("inquiry_tracker.gui")

TaskFn = Callable[["TaskContext"], Any]


class Cancelled(Exception):
    """Raised by :meth:`TaskContext.check` when the user cancelled the task."""


class TaskContext:
    """What a running task may do: report progress and ask whether it was cancelled."""

    def __init__(self, task: Task) -> None:
        self._task = task

    def progress(self, done: int, total: int, text: str = "") -> None:
        """Report progress (delivered to the GUI thread by signal)."""
        self._task.progress.emit(done, total, text)

    def cancelled(self) -> bool:
        """True once :meth:`Task.cancel` was called."""
        return self._task.is_cancelled()

    def check(self) -> None:
        """Raise :class:`Cancelled` when the task was cancelled."""
        if self.cancelled():
            raise Cancelled()


class Task(QObject):
    """A submitted unit of work and its outcome.

    Signals:
        progress(int done, int total, str text): reported by the task function.
        succeeded(object result): the function returned.
        failed(object exception): the function raised (``Cancelled`` included).
        finished(): after ``succeeded`` or ``failed``.
    """

    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, fn: TaskFn, label: str, write: bool, report: bool = True) -> None:
        super().__init__()
        self.fn = fn
        self.label = label
        self.write = write
        #: whether a failure goes to the runner's ``taskFailed`` (the error dialogs)
        self.report = report
        self.result: Any = None
        self.error: BaseException | None = None
        self.done = False
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the task to stop at its next check (it decides what is kept)."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        """Whether :meth:`cancel` was called."""
        return self._cancel.is_set()

    def run(self) -> None:
        """Run the function (on a worker thread) and deliver the outcome by signal."""
        try:
            result = self.fn(TaskContext(self))
        except Exception as err:  # noqa: BLE001 — every failure goes back to the GUI
            if not isinstance(err, Cancelled):
                from inquiry_tracker.gui.errors import is_known

                if is_known(err):
                    log.info("task %r failed: %s", self.label, err)
                else:
                    log.error("task %r raised", self.label, exc_info=err)
            self.error = err
            self.done = True
            self.failed.emit(err)
        else:
            self.result = result
            self.done = True
            self.succeeded.emit(result)
        self.finished.emit()


class _Writer(QThread):
    """The one thread that runs write tasks, one after another, in submission order."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("inquiry-tracker-writer")
        self.queue: queue.Queue[Task | None] = queue.Queue()

    def run(self) -> None:
        while True:
            task = self.queue.get()
            if task is None:
                return
            task.run()


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task

    def run(self) -> None:
        self.task.run()


class _GuiThreadCollector(QObject):
    """Python's garbage collector runs in whichever thread happens to allocate; a cycle holding
    a Qt object collected on a worker thread destroys that object off the GUI thread, which
    crashes. While a runner lives, automatic collection is off and the GUI thread collects on
    a timer, by Python's own thresholds (qutebrowser does the same)."""

    _users = 0

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        _GuiThreadCollector._users += 1
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(500)
        self._timer.timeout.connect(self.collect)
        self._timer.start()
        self._stopped = False

    def collect(self) -> None:
        counts, limits = gc.get_count(), gc.get_threshold()
        if counts[0] > limits[0]:
            gc.collect(2 if counts[2] > limits[2] else 1 if counts[1] > limits[1] else 0)

    def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        self._timer.stop()
        _GuiThreadCollector._users -= 1
        if _GuiThreadCollector._users == 0:
            gc.enable()


class TaskRunner(QObject):
    """Runs tasks in the background: writes serially, reads on a small pool.

    Signals:
        busyChanged(bool): whether any task is pending or running.
        taskFailed(object task, object exception): any task failed (for the error reporter).
    """

    busyChanged = Signal(bool)
    taskFailed = Signal(object, object)

    def __init__(self, read_threads: int = 2, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(read_threads)
        self._writer = _Writer()
        self._writer.start()
        self._active: set[Task] = set()
        self._closed = False
        self._collector = _GuiThreadCollector(self)

    def submit(
        self,
        fn: TaskFn,
        *,
        write: bool = False,
        label: str = "",
        done: Callable[[Any], None] | None = None,
        error: Callable[[BaseException], None] | None = None,
        progress: Callable[[int, int, str], None] | None = None,
        report: bool = True,
    ) -> Task:
        """Queue ``fn``; ``write=True`` puts it on the writer thread. Returns its :class:`Task`.

        ``done``/``error``/``progress`` are connected before the task can start, so no
        outcome is missed (connect to the returned task's signals only for later interest).
        ``report=False`` keeps a failure out of ``taskFailed`` (the caller shows it itself).
        """
        task = Task(fn, label or getattr(fn, "__name__", "task"), write, report)
        if self._closed:
            # a late signal (a page that arrived as the window closed) asking for more work:
            # nothing runs, and the caller still gets a task it may cancel
            log.debug("task %r submitted after shutdown: not run", task.label)
            task.cancel()
            return task
        if done is not None:
            task.succeeded.connect(done)
        if error is not None:
            task.failed.connect(error)
        if progress is not None:
            task.progress.connect(progress)
        self._active.add(task)
        if report:
            task.failed.connect(lambda err, t=task: self.taskFailed.emit(t, err))
        task.finished.connect(lambda t=task: self._forget(t))
        if len(self._active) == 1:
            self.busyChanged.emit(True)
        if write:
            self._writer.queue.put(task)
        else:
            self._pool.start(_Runnable(task))
        return task

    def _forget(self, task: Task) -> None:
        self._active.discard(task)
        if not self._active and not self._closed:  # after shutdown the runner may be gone
            self.busyChanged.emit(False)

    @property
    def closed(self) -> bool:
        """Whether :meth:`shutdown` ran (the window is closing; nothing more is read)."""
        return self._closed

    @property
    def busy(self) -> bool:
        """Whether any task is pending or running."""
        return bool(self._active)

    def cancel_all(self) -> None:
        """Ask every pending or running task to stop."""
        for task in list(self._active):
            task.cancel()

    def shutdown(self, timeout_ms: int = 30_000) -> None:
        """Cancel what can be cancelled, let running writes finish, stop the threads."""
        if self._closed:
            return
        self._closed = True
        self.cancel_all()
        self._writer.queue.put(None)
        self._writer.wait(timeout_ms)
        self._pool.waitForDone(timeout_ms)
        self._collector.stop()
