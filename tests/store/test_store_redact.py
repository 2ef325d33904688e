"""Database passwords: parsed whole (an ``@`` in one is not the host), never shown or stored."""

from __future__ import annotations

import logging

import pytest

from inquiry_tracker.store import StoreError
from inquiry_tracker.store.engine import describe, resolve_url
from inquiry_tracker.store.redact import RedactingFilter, redact, without_password

SECRET = "S3cr@t/pw"
URL = f"postgresql://reporter:{SECRET}@db.newsroom.example:5432/tracker"


def test_an_at_sign_in_the_password_stays_in_the_password() -> None:
    url = resolve_url(URL)
    assert (url.username, url.password, url.host, url.port, url.database) == ("reporter", SECRET, "db.newsroom.example", 5432, "tracker")
    shown = describe(url)
    assert shown == "PostgreSQL tracker (reporter@db.newsroom.example:5432)"
    assert "S3cr" not in url.render_as_string(hide_password=True)


def test_an_encoded_password_is_left_as_written() -> None:
    assert resolve_url("postgresql://reporter:S3cr%40t@h/db").password == "S3cr@t"


@pytest.mark.parametrize(
    "text",
    [
        f"cannot open {URL}: refused",
        f"cannot open postgresql+psycopg://reporter:{SECRET}@h:1/db?sslmode=require, giving up",
        "two: postgresql://a:x@y@h1/d1 postgresql://b:zz@h2/d2",
    ],
)
def test_redact_hides_every_password(text: str) -> None:
    clean = redact(text)
    assert "S3cr" not in clean and "x@y" not in clean and "zz" not in clean
    assert "***@" in clean


def test_text_without_a_password_is_unchanged() -> None:
    for text in ("sqlite:////tmp/a.sqlite", "postgresql://reporter@h/db", "no url at all: a@b"):
        assert redact(text) == text


def test_the_stored_url_has_no_password() -> None:
    stored = without_password(URL)
    assert "S3cr" not in stored and resolve_url(stored).password is None
    assert resolve_url(stored).host == "db.newsroom.example"


@pytest.mark.parametrize("raw", ["postgresql://reporter:S3cr@t@h:port/db", "po$tgres://reporter:S3cr@t@h/db"])
def test_a_malformed_url_is_a_known_error_without_its_password(raw: str) -> None:
    with pytest.raises(StoreError, match="not a database URL") as info:
        resolve_url(raw)
    assert "S3cr" not in str(info.value)


def test_the_logging_filter_cleans_messages_and_tracebacks(caplog: pytest.LogCaptureFixture) -> None:
    log = logging.getLogger("inquiry_tracker.test_redact")
    caplog.handler.addFilter(RedactingFilter())
    log.warning("cannot open %s", URL)
    try:
        raise RuntimeError(f"driver said {URL}")
    except RuntimeError:
        log.exception("failed")
    assert "S3cr" not in caplog.text
    assert "reporter:***@db.newsroom.example" in caplog.text
