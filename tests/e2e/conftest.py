"""Fixtures of the end-to-end fault tests."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from bench.pgserver import PostgresUnavailable, ThrowawayPostgres


@pytest.fixture
def server() -> Iterator[ThrowawayPostgres]:
    try:
        pg = ThrowawayPostgres()
    except PostgresUnavailable as err:
        if os.environ.get("INQUIRY_TRACKER_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"INQUIRY_TRACKER_REQUIRE_POSTGRES=1 but no throwaway server: {err}")
        pytest.skip(f"no PostgreSQL server binaries: {err}")
    try:
        pg.start()
        yield pg
    finally:
        pg.cleanup()
