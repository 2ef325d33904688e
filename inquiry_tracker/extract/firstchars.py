"""The characters a regular expression can start a match with, for cheap guards.

A big alternation (the time grammar in :mod:`inquiry_tracker.extract.timewords`) tries every
alternative at every position its first-character check lets through; most alternatives then
fail deep inside their optional groups and lookbehinds. Guarding each alternative with a
lookahead of the characters it can start with, ``(?=[…])``, makes it fail at once instead —
without changing what matches, because the guard only restates a necessary condition.

The set is read from the pattern's parse tree (Python's own ``re`` parser), so it follows the
pattern when the pattern changes; anything this module does not understand (a case-insensitive
flag, a negated class, a back-reference at the start, a pattern that can match the empty
string) gives ``None``: no guard. Class escapes (``\\d``, ``\\s``) stay escapes in the guard, read
under the same flags as the pattern.

:func:`pair_guard` goes one character further: the pairs of characters a match can start with,
for characters that start many more words than matches ("前" of 前年, and of 目前, 前往…).
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser as _p  # type: ignore[attr-defined]
from typing import Any

#: character-class escapes a set may hold besides its characters (same meaning under the
#: pattern's own flags, since the guard is compiled with them)
_CATEGORIES = {
    _c.CATEGORY_DIGIT: r"\d",
    _c.CATEGORY_NOT_DIGIT: r"\D",
    _c.CATEGORY_SPACE: r"\s",
    _c.CATEGORY_NOT_SPACE: r"\S",
    _c.CATEGORY_WORD: r"\w",
    _c.CATEGORY_NOT_WORD: r"\W",
}
#: (characters, class escapes) a match can start with; None when unknown
_First = tuple[set[int], set[str]]


def _seq(items: Any) -> tuple[_First | None, bool]:
    """(first characters, can match empty) of a parsed sequence; None when unknown."""
    chars: set[int] = set()
    cats: set[str] = set()
    for op, av in items:
        first, nullable = _item(op, av)
        if first is None:
            return None, False
        chars |= first[0]
        cats |= first[1]
        if not nullable:
            return (chars, cats), False
    return (chars, cats), True


def _union(subs: Any) -> tuple[_First | None, bool]:
    chars: set[int] = set()
    cats: set[str] = set()
    empty = False
    for sub in subs:
        if sub is None:
            empty = True
            continue
        first, nullable = _seq(sub.data)
        if first is None:
            return None, False
        chars |= first[0]
        cats |= first[1]
        empty |= nullable
    return (chars, cats), empty


def _item(op: Any, av: Any) -> tuple[_First | None, bool]:
    if op is _c.LITERAL:
        return ({av}, set()), False
    if op is _c.IN:
        chars: set[int] = set()
        cats: set[str] = set()
        for o, a in av:
            if o is _c.LITERAL:
                chars.add(a)
            elif o is _c.RANGE:
                chars.update(range(a[0], a[1] + 1))
            elif o is _c.CATEGORY and a in _CATEGORIES:
                cats.add(_CATEGORIES[a])
            else:
                return None, False  # a negated class: too wide to guard
        return (chars, cats), False
    if op is _c.SUBPATTERN:
        _, add_flags, del_flags, sub = av
        return (None, False) if add_flags or del_flags else _seq(sub.data)
    if op is _c.ATOMIC_GROUP:
        return _seq(av.data)
    if op is _c.BRANCH:
        return _union(av[1])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, _, sub = av
        first, nullable = _seq(sub.data)
        return (None, False) if first is None else (first, nullable or low == 0)
    if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
        return (set(), set()), True  # zero-width: the next item starts the match
    if op is _c.GROUPREF_EXISTS:
        _, yes, no = av
        return _union([yes, no])
    return None, False


@lru_cache(maxsize=256)
def _parse(pattern: str, flags: int) -> Any:
    """The parse tree (read, never changed, by the functions here: a guarded pattern is parsed
    once for its prefix test, its guard and its pairs, and the grammar's alternatives once for
    both grammars)."""
    if flags & re.IGNORECASE:
        return None
    parsed = _p.parse(pattern, flags)
    return None if parsed.state.flags & re.IGNORECASE else parsed


def _first(pattern: str, flags: int) -> _First | None:
    parsed = _parse(pattern, flags)
    if parsed is None:
        return None
    first, nullable = _seq(parsed.data)
    return None if first is None or nullable or not (first[0] or first[1]) else first


def first_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Every character a match of ``pattern`` can start with, or None when unknown (or when a
    class such as ``\\d`` is among them)."""
    first = _first(pattern, flags)
    return None if first is None or first[1] else frozenset(chr(c) for c in first[0])


def guard(pattern: str, flags: int = 0) -> str:
    """A lookahead of ``pattern``'s first characters, to put right before it ("" when unknown)."""
    first = _first(pattern, flags)
    if first is None or len(first[0]) > _WIDEST:
        return ""
    return f"(?=[{_ranges(first[0])}{''.join(sorted(first[1]))}])"


#: a guard of more characters than this (every Chinese character…) would let most positions
#: through and only add its own cost
_WIDEST = 1000


def _ranges(chars: set[int]) -> str:
    """The characters as the body of a class, runs written as ranges."""
    out: list[str] = []
    run: list[int] = []
    for c in sorted(chars):
        if run and c != run[-1] + 1:
            out.append(_run(run))
            run = []
        run.append(c)
    if run:
        out.append(_run(run))
    return "".join(out)


def _run(run: list[int]) -> str:
    if len(run) < 3:
        return "".join(re.escape(chr(c)) for c in run)
    return f"{re.escape(chr(run[0]))}-{re.escape(chr(run[-1]))}"


def _has_prefix(pattern: str, flags: int) -> bool:
    """Does ``re`` already skip ahead to a literal or a set of characters when searching
    (the pattern opens with one)? Then a guard would only slow the search down."""
    parsed = _parse(pattern, flags)
    items = parsed.data if parsed is not None else None
    while items:
        op, av = items[0]
        if op is _c.SUBPATTERN:
            items = av[3].data
            continue
        if op is _c.BRANCH:
            return all(sub.data and sub.data[0][0] is _c.LITERAL for sub in av[1])
        return op is _c.LITERAL or op is _c.IN
    return False


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def compile_guarded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, behind the lookahead of :func:`guard`: the same
    matches, but a search skips the positions where no match can start at little cost."""
    if _GLOBAL_FLAGS.match(pattern) or _has_prefix(pattern, flags):
        return re.compile(pattern, flags)
    lead = guard(pattern, flags)
    return re.compile(f"{lead}(?:{pattern})" if lead else pattern, flags)


def reach(prefix: str, marks: str, flags: int = 0) -> str:
    """A lookahead that one of the characters ``marks`` stands within the widest match of
    ``prefix`` from here: for a pattern that reads ``prefix`` and then one of ``marks``, a
    necessary condition a position fails at little cost (one possessive run of other
    characters, no backing up). "" when ``prefix`` may be of any width or ``marks`` is empty."""
    parsed = _parse(prefix, flags)
    if parsed is None or not marks:
        return ""
    widest = parsed.getwidth()[1]
    if widest >= _c.MAXREPEAT:
        return ""
    body = "".join(re.escape(ch) for ch in sorted(set(marks)))
    return f"(?=[^{body}]{{0,{widest}}}+[{body}])"


def _needs(items: Any) -> set[int] | None:
    """Characters of which every match of a parsed sequence holds at least one (the smallest
    such set of one item), or None when no item must match."""
    best: set[int] | None = None
    for op, av in items:
        need = _item_needs(op, av)
        if need is not None and (best is None or len(need) < len(best)):
            best = need
    return best


def _item_needs(op: Any, av: Any) -> set[int] | None:
    if op is _c.LITERAL:
        return {av}
    if op is _c.IN:
        first, _ = _item(op, av)
        return None if first is None or first[1] else first[0]
    if op is _c.SUBPATTERN:
        return None if av[1] or av[2] else _needs(av[3].data)
    if op is _c.ATOMIC_GROUP:
        return _needs(av.data)
    if op is _c.BRANCH:
        union: set[int] = set()
        for sub in av[1]:
            need = _needs(sub.data)
            if need is None:
                return None
            union |= need
        return union
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _needs(av[2].data)
    return None


def hint(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A quick test that finds something wherever ``pattern`` matches, in the same span: a
    class of characters of which every match holds one ("摄" or "图" in every photo credit).
    Where there is no such class of a useful size, a test that always passes."""
    parsed = _parse(pattern.pattern, pattern.flags)
    need = _needs(parsed.data) if parsed is not None else None
    if not need or len(need) > 64:
        return re.compile("")
    return re.compile(f"[{_ranges(need)}]", pattern.flags)


# --------------------------------------------------------------------------- first pairs
#
# Most characters a phrase can start with start far more words than phrases ("前" starts 前年
# but also 目前, 前往…). Where the first character alone lets a position through, the second
# often rules it out: a guard of the pairs a match can start with fails there at once.

#: a pair's character that may be anything (an unknown item, a class wider than _PAIR_WIDEST)
_ANY_CHAR = None
_PAIR_WIDEST = 200
#: (up to two first characters, "the match can be just these"); a prefix of two is never whole
_Prefixes = set[tuple[tuple[str | None, ...], bool]]


class _Unknown(Exception):
    """An item the pair reader does not understand: no pair guard."""


def _class_chars(op: Any, av: Any, flags: int) -> set[str] | None:
    """The characters one item matches, or None for "any" (too many, negated, a category)."""
    if op is _c.LITERAL:
        return {chr(av)}
    if op is not _c.IN:
        return None
    out: set[str] = set()
    for o, a in av:
        if o is _c.LITERAL:
            out.add(chr(a))
        elif o is _c.RANGE and a[1] - a[0] < _PAIR_WIDEST:
            out.update(chr(x) for x in range(a[0], a[1] + 1))
        elif o is _c.CATEGORY and a is _c.CATEGORY_DIGIT and flags & re.ASCII:
            out.update("0123456789")
        else:
            return None
    return out if len(out) <= _PAIR_WIDEST else None


def _then(heads: _Prefixes, tails: _Prefixes) -> _Prefixes:
    """The prefixes of a match of one part followed by a match of the next."""
    out: _Prefixes = set()
    for head, whole in heads:
        if not whole:
            out.add((head, False))
            continue
        for tail, tail_whole in tails:
            both = (head + tail)[:2]
            out.add((both, tail_whole and len(both) < 2))
    return out


def _pair_seq(items: Any, flags: int) -> _Prefixes:
    prefixes: _Prefixes = {((), True)}
    for op, av in items:
        if not any(whole for _, whole in prefixes):
            break  # every prefix has its two characters: the rest cannot change them
        prefixes = _then(prefixes, _pair_item(op, av, flags))
    return prefixes


def _pair_item(op: Any, av: Any, flags: int) -> _Prefixes:
    if op in (_c.LITERAL, _c.IN, _c.NOT_LITERAL, _c.ANY):
        chars = _class_chars(op, av, flags)
        return {((_ANY_CHAR,), True)} if chars is None else {((ch,), True) for ch in chars}
    if op is _c.SUBPATTERN:
        _, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            raise _Unknown
        return _pair_seq(sub.data, flags)
    if op is _c.ATOMIC_GROUP:
        return _pair_seq(av.data, flags)
    if op is _c.BRANCH:
        return set().union(*(_pair_seq(sub.data, flags) for sub in av[1]))
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, high, sub = av
        once = _pair_seq(sub.data, flags)
        out: _Prefixes = set()
        for times in range(min(low, 2), min(high, 2) + 1):  # (past two, more copies add no prefix)
            prefixes: _Prefixes = {((), True)}
            for _ in range(times):
                prefixes = _then(prefixes, once)
            out |= prefixes
        return out
    if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
        return {((), True)}  # zero-width: its condition only narrows what matches
    if op is _c.GROUPREF_EXISTS:
        _, yes, no = av
        return _pair_seq(yes.data, flags) | (_pair_seq(no.data, flags) if no is not None else {((), True)})
    if op is _c.GROUPREF:
        return {((), True), ((_ANY_CHAR,), True), ((_ANY_CHAR, _ANY_CHAR), False)}
    raise _Unknown


def pair_guard(pattern: str, flags: int = 0) -> str:
    """A lookahead of the pairs of characters a match of ``pattern`` can start with ("" when
    unknown, or when a match may start with any character). A first character a match can
    end after, or be followed by anything, stands alone in it."""
    parsed = _parse(pattern, flags)
    if parsed is None:
        return ""
    try:
        prefixes = _pair_seq(parsed.data, flags)
    except _Unknown:
        return ""
    alone: set[int] = set()  # first characters anything may follow
    after: dict[str, set[str]] = {}
    for prefix, _ in prefixes:
        if not prefix or prefix[0] is None:
            return ""  # the empty match, or any first character
        if len(prefix) == 1 or prefix[1] is None:
            alone.add(ord(prefix[0]))
        else:
            after.setdefault(prefix[0], set()).add(prefix[1])
    by_next: dict[frozenset[str], set[int]] = {}
    for first, nexts in after.items():
        if ord(first) not in alone:
            by_next.setdefault(frozenset(nexts), set()).add(ord(first))
    parts = [f"[{_ranges(alone)}]"] if alone else []
    parts += [f"[{_ranges(firsts)}][{_ranges({ord(c) for c in nexts})}]"
              for nexts, firsts in sorted(by_next.items(), key=lambda kv: (-len(kv[1]), sorted(kv[1])))]
    return f"(?={'|'.join(parts)})"
