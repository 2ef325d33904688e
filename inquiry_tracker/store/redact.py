"""Database URLs without their passwords: for logs, messages and the settings file.

A PostgreSQL URL may carry a password (``postgresql://reporter:PW@host/db``). It may be
used to connect, never written anywhere: :func:`redact` hides it in any text,
:func:`without_password` gives the URL to store. A password containing ``@`` is taken up to
the *last* ``@`` before the host (:func:`parse_url`), so no part of it is read as the host.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING
from urllib.parse import quote

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

#: ``scheme://user:password@`` — the password runs to the last ``@`` before the host
_CREDENTIALS = re.compile(r"(?P<head>\b[A-Za-z][\w+.-]*://[^\s:/@]*:)(?P<password>\S*)@(?P<host>[^\s@/?]*)")
MASK = "***"


def _authority_end(raw: str, start: int) -> int:
    """Where the part holding user, password and host ends (at the query)."""
    q = raw.find("?", start)
    return q if q >= 0 else len(raw)


def parse_url(raw: str) -> URL:
    """``make_url``, but an unencoded ``@`` (or ``/``, ``?``…) in the password is kept in it."""
    from sqlalchemy.engine import make_url

    scheme_end = raw.find("://")
    if scheme_end < 0:
        return make_url(raw)
    start = scheme_end + 3
    end = _authority_end(raw, start)
    at = raw.rfind("@", start, end)
    userinfo = raw[start:at] if at >= 0 else ""
    if at < 0 or ":" not in userinfo or ("@" not in userinfo and "/" not in userinfo):
        return make_url(raw)
    user, password = userinfo.split(":", 1)
    return make_url(f"{raw[:start]}{user}:{quote(password, safe='')}{raw[at:]}")


def redact(text: str) -> str:
    """``text`` with the password of every URL in it replaced by ``***``."""
    if "://" not in text:
        return text
    return _CREDENTIALS.sub(lambda m: f"{m['head']}{MASK}@{m['host']}", text)


def without_password(raw: str) -> str:
    """The URL ``raw`` with no password (libpq then reads ``PGPASSWORD`` or ``~/.pgpass``)."""
    from sqlalchemy.engine import URL
    from sqlalchemy.exc import ArgumentError

    if "://" not in raw:
        return raw
    try:
        url = parse_url(raw)
    except ArgumentError:
        return redact(raw)
    if url.password is None:
        return raw
    bare = URL.create(url.drivername, url.username, None, url.host, url.port, url.database, url.query)
    return bare.render_as_string(hide_password=False)


class RedactingFilter(logging.Filter):
    """A logging filter that takes URL passwords out of every record it passes."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = redact(message)
        if clean != message:
            record.msg, record.args = clean, None
        error = record.exc_info[1] if record.exc_info else None
        if error is not None and redact(str(error)) != str(error):
            # the traceback would repeat the password: keep only the cleaned line
            record.msg = f"{record.getMessage()} ({type(error).__name__}: {redact(str(error))})"
            record.args, record.exc_info, record.exc_text = None, None, None
        return True
