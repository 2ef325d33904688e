"""Which dated clause is a commitment: in a reply, and in news prose.

A time phrase alone is not a promise. The clause must commit someone to an act
(计划/将/预计/力争… + 开放/竣工/发放…), the time must not be a condition (``5月份移交完成后``),
an invitation (``5月15日前,网友可以…``), a sale, or already done (``已于…``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from inquiry_tracker.extract.deadline import find_deadlines
from inquiry_tracker.extract.model import Deadline
from inquiry_tracker.extract.vocab import (
    ACTION_RE,
    CLAUSE_BREAK,
    COMMIT_RE,
    NON_PROMISE,
    PAST_DONE,
    sentences,
)

_CONDITION_AFTER = re.compile(r"^[^,，。;；!！?？()（）]{0,14}?后")
_CONDITION_BEFORE = re.compile(r"(?:^|[,，])\s*(?:待|等到|等|在)[^,，。]{0,30}后")
_START_AFTER = re.compile(r"^\s*(?:开始|起|以来|以后|之后)")
_MEETING = re.compile(r"召开|举行|举办|开幕|闭幕|会议|座谈|论坛|发布会|仪式")


@dataclass(slots=True)
class Commitment:
    """A dated commitment found in ``text[start:end]`` (the sentence)."""

    deadline: Deadline  # offsets relative to the whole text
    start: int
    end: int
    conditional: bool
    score: float


def _shift(d: Deadline, by: int) -> Deadline:
    return Deadline(d.expr, d.due, d.approximate, d.start + by, d.end + by, d.precision)


def _clause_after(text: str, pos: int, hi: int) -> str:
    m = CLAUSE_BREAK.search(text, pos, hi)
    return text[pos : m.start() if m else hi]


def _clause_before(text: str, pos: int, lo: int) -> str:
    a = pos
    while a > lo and not CLAUSE_BREAK.match(text[a - 1]):
        a -= 1
    return text[a:pos]


def _score(text: str, d: Deadline, s: int, e: int) -> float | None:
    """How much a dated phrase at ``d`` reads as a commitment in sentence ``[s, e)``;
    None when it clearly is not one."""
    after = text[d.end : e]
    if _CONDITION_AFTER.match(after):
        return None  # "5月份移交完成后" — a condition, not the deadline
    if _START_AFTER.match(after):
        return None
    before_clause = _clause_before(text, d.start, s)
    after_clause = _clause_after(text, d.end, e)
    if PAST_DONE.search(after_clause[:6]) or re.search(r"已(?:经)?$", before_clause):
        return None
    score = 0.0
    sent = text[s:e]
    if COMMIT_RE.search(before_clause) or COMMIT_RE.match(after_clause.lstrip("前底内左右")):
        score += 2
    elif COMMIT_RE.search(sent[: d.start - s]):
        score += 1
    if ACTION_RE.search(after_clause):
        score += 2
    elif ACTION_RE.search(text[d.end : e]):
        score += 1
    if _MEETING.search(after_clause) and not ACTION_RE.search(after_clause):
        score -= 1
    return score


def commitments_in(
    text: str, start: int, end: int, published: date | None, *, min_score: float = 3
) -> list[Commitment]:
    """Dated commitments in ``text[start:end]``, the best one of each sentence."""
    # One scan of the whole span; most sentences hold no time phrase at all.
    dated = [_shift(d, start) for d in find_deadlines(text[start:end], published)]
    if not dated:
        return []
    found: list[Commitment] = []
    i = 0
    for s, e in sentences(text, start, end):
        in_sentence = []
        while i < len(dated) and dated[i].start < e:
            if dated[i].start >= s:
                in_sentence.append(dated[i])
            i += 1
        if not in_sentence:
            continue
        sent = text[s:e]
        if NON_PROMISE.search(sent):
            continue
        best: Commitment | None = None
        for dd in in_sentence:
            if dd.due is not None and published is not None and dd.due < published:
                continue
            sc = _score(text, dd, s, e)
            if sc is None or sc < min_score:
                continue
            conditional = bool(_CONDITION_BEFORE.search(sent)) or "后(" in sent or "后（" in sent
            if best is None or sc > best.score:
                best = Commitment(dd, s, e, conditional, sc)
        if best is not None:
            found.append(best)
    return found


def reply_commitment(text: str, parts: list[tuple[int, int]], published: date | None) -> Commitment | None:
    """The commitment a reply makes about what was asked (the best-scoring dated clause)."""
    best: Commitment | None = None
    for a, b in parts:
        for c in commitments_in(text, a, b, published, min_score=1):
            if best is None or c.score > best.score:
                best = c
    return best
