"""Garbage is collected on the GUI thread while background tasks run: a cycle holding a Qt
object collected on a worker thread would destroy it off the GUI thread (a crash seen in CI)."""

from __future__ import annotations

import gc
import threading

from pytestqt.qtbot import QtBot

from inquiry_tracker.gui.runner import TaskRunner


def test_automatic_collection_is_off_while_a_runner_lives_and_the_gui_thread_collects(qtbot: QtBot) -> None:
    runner = TaskRunner()
    try:
        assert not gc.isenabled()
        collected_on: list[str] = []
        gc.callbacks.append(lambda phase, info: collected_on.append(threading.current_thread().name))
        try:
            for _ in range(gc.get_threshold()[0] * 2):  # cycles past the first threshold
                cycle: list[object] = []
                cycle.append(cycle)
            del cycle
            qtbot.waitUntil(lambda: bool(collected_on), timeout=3000)
        finally:
            gc.callbacks.pop()
        assert set(collected_on) == {threading.main_thread().name}
    finally:
        runner.shutdown()
    assert gc.isenabled()
