"""The characters a regular expression can start a match with, for cheap guards.

A big alternation (the time grammar in :mod:`inquiry_tracker.extract.timewords`) tries every
alternative at every position its first-character check lets through; most alternatives then
fail deep inside their optional groups and lookbehinds. Guarding each alternative with a
lookahead of the characters it can start with, ``(?=[…])``, makes it fail at once instead —
without changing what matches, because the guard only restates a necessary condition.

The set is read from the pattern's parse tree (Python's own ``re`` parser), so it follows the
pattern when the pattern changes; anything this module does not understand (a case-insensitive
flag, a negated class, a back-reference at the start, a pattern that can match the empty
string) gives ``None``: no guard.
"""

from __future__ import annotations

import re
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser as _p  # type: ignore[attr-defined]
from typing import Any

_DIGITS = frozenset(range(0x30, 0x3A))


def _seq(items: Any) -> tuple[set[int] | None, bool]:
    """(first characters, can match empty) of a parsed sequence; None when unknown."""
    acc: set[int] = set()
    for op, av in items:
        chars, nullable = _item(op, av)
        if chars is None:
            return None, False
        acc |= chars
        if not nullable:
            return acc, False
    return acc, True


def _item(op: Any, av: Any) -> tuple[set[int] | None, bool]:
    if op is _c.LITERAL:
        return {av}, False
    if op is _c.IN:
        found: set[int] = set()
        for o, a in av:
            if o is _c.LITERAL:
                found.add(a)
            elif o is _c.RANGE:
                found.update(range(a[0], a[1] + 1))
            else:
                return None, False  # negation, categories: too wide to guard
        return found, False
    if op is _c.SUBPATTERN:
        _, add_flags, del_flags, sub = av
        return (None, False) if add_flags or del_flags else _seq(sub.data)
    if op is _c.ATOMIC_GROUP:
        return _seq(av.data)
    if op is _c.BRANCH:
        union: set[int] = set()
        empty = False
        for sub in av[1]:
            chars, nullable = _seq(sub.data)
            if chars is None:
                return None, False
            union |= chars
            empty |= nullable
        return union, empty
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, _, sub = av
        chars, nullable = _seq(sub.data)
        return (None, False) if chars is None else (chars, nullable or low == 0)
    if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
        return set(), True  # zero-width: the next item starts the match
    if op is _c.GROUPREF_EXISTS:
        _, yes, no = av
        chars, nullable = _seq(yes.data)
        if chars is None:
            return None, False
        if no is None:
            return chars, True
        other, other_nullable = _seq(no.data)
        return (None, False) if other is None else (chars | other, nullable or other_nullable)
    return None, False


def first_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Every character a match of ``pattern`` can start with, or None when unknown."""
    if flags & re.IGNORECASE:
        return None
    parsed = _p.parse(pattern, flags)
    if parsed.state.flags & re.IGNORECASE:
        return None
    chars, nullable = _seq(parsed.data)
    return None if chars is None or nullable else frozenset(chr(c) for c in chars)


def guard(pattern: str, flags: int = 0) -> str:
    """A lookahead of ``pattern``'s first characters, to put right before it ("" when unknown)."""
    chars = first_chars(pattern, flags)
    if not chars:
        return ""
    return f"(?=[{''.join(re.escape(c) for c in sorted(chars))}])"
