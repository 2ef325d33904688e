"""A day as a reporter types it: ``2024-11-22``, ``2024/11/22``, ``2024.11.22`` or
``2024年11月22日`` (full-width digits too). Standard library only; the CLI's date options
and the GUI's date fields read days through :func:`parse_day`."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

_DAY = re.compile(r"(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?")


def parse_day(text: str) -> date | None:
    """The day ``text`` names, or None when it is not a whole, real day."""
    m = _DAY.fullmatch(unicodedata.normalize("NFKC", text).strip())
    if m is None:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
