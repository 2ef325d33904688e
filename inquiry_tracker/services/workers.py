"""Reading documents away from the writer: worker processes that end with the importing
process, and a wait that answers a cancel request while one slow document is being read.

Used by :mod:`inquiry_tracker.services.importing`; no Qt, no database.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")

#: how often a wait for a document being read asks whether the batch was cancelled
CANCEL_POLL_S = 0.1


def watch_parent(pid: int) -> None:
    """Worker initializer: exit when the importing process is gone (killed, crashed).

    A killed parent cannot shut its pool down, and a worker blocked on the task queue
    would wait forever (it holds that queue's write end itself).
    """

    def watch() -> None:
        while True:
            time.sleep(0.5)
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                os._exit(0)
            except PermissionError:  # the pid now belongs to someone else's process
                os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def pool_context() -> multiprocessing.context.BaseContext:
    """How worker processes start."""
    methods = multiprocessing.get_all_start_methods()
    # forkserver: workers fork from a clean server, safe when the caller runs threads (Qt)
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def stop_workers(pool: ProcessPoolExecutor) -> None:
    """Stop a pool now, not after the documents its workers are reading (a cancelled batch)."""
    workers = list((getattr(pool, "_processes", None) or {}).values())  # no public API before 3.14
    pool.shutdown(wait=False, cancel_futures=True)
    for worker in workers:
        worker.terminate()  # its own child: the pool's worker, by its process object


def run_cancellable(
    work: Callable[[], T], cancel: Callable[[], bool], idle: Callable[[], None] | None = None
) -> tuple[bool, T | None]:
    """``(True, work())``, or ``(False, None)`` when ``cancel`` said so first.

    The work runs in a helper thread while this one asks ``cancel`` every
    :data:`CANCEL_POLL_S` (and calls ``idle``, if given: the importer commits what it wrote
    rather than hold the database while it waits); cancelled work is abandoned and ends by
    itself (the reader's own limits: 20 MB of text, a PDF's page and time budget), its result
    dropped. Work that ends without a result (it raised) gives ``(True, None)``."""
    box: list[T] = []
    helper = threading.Thread(target=lambda: box.append(work()), name="import-read", daemon=True)
    helper.start()
    while helper.is_alive():
        helper.join(CANCEL_POLL_S)
        if helper.is_alive():
            if cancel():
                return False, None
            if idle is not None:
                idle()
    return True, box[0] if box else None
