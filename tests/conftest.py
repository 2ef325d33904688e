"""Shared test set-up: offscreen Qt, repository paths, database back-ends."""

from __future__ import annotations

import os

# Qt must know its platform before any QApplication exists (pytest-qt creates one lazily).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS
