"""Several numbered questions in one message, answered point by point.

A hotline or board page often prints one message asking several things ("1.某路何时通车?
2.某站何时开工? 3.…") and one reply answering them in turn — by number ("1、…  2、…") or in
order ("首先,关于…。其次,…。最后,…"). Each answered question is an exchange of its own, with
the answer paragraph that goes with it; a question left unanswered is none.

Linear: one scan of the question and one of the reply for their markers.
"""

from __future__ import annotations

import re

from inquiry_tracker.extract.lexicon import ASKING, ORDINAL
from inquiry_tracker.extract.shape import Exchange

#: a number opening an item: "1.", "2、", "3．" at the start or after a space or a stop (not "2.5公里")
_NUMBER = re.compile(r"(?:^|(?<=[\s。!！?？;；:：]))([1-9])\s*[.．、](?![\d.．])")
#: an ordinal word opening a sentence or a paragraph: "首先,", "其次,关于…"
_ORDINAL = re.compile(r"(?:^|(?<=[\s。!！;；:：]))" + ORDINAL.alt() + r"(?=[,，、:：\s]|关于)")


def _items(text: str, a: int, b: int, marks: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """``(key, start, end)`` of each marked item; an item runs to the next mark or ``b``."""
    return [(key, s, marks[i + 1][1] if i + 1 < len(marks) else b) for i, (key, s) in enumerate(marks)]


def _numbered(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """``(number, start)`` of a run of items numbered 1, 2, 3… (other numbers are not items)."""
    out: list[tuple[int, int]] = []
    for m in _NUMBER.finditer(text, a, b):
        n = int(m.group(1))
        if n == len(out) + 1:
            out.append((n, m.start(1)))
    return out


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _clip(parts: list[tuple[int, int]], s: int, e: int) -> list[tuple[int, int]]:
    return [(max(a, s), min(b, e)) for a, b in parts if min(b, e) > max(a, s)]


def split_numbered(text: str, ex: Exchange) -> list[Exchange]:
    """``ex`` cut into one exchange per numbered question its reply answers, or ``[ex]``."""
    if not ex.question_parts or not ex.reply_parts:
        return [ex]
    qa, qb = ex.question_parts[0][0], ex.question_parts[-1][1]
    asked = _numbered(text, qa, qb)
    if len(asked) < 2:
        return [ex]
    questions = _items(text, qa, qb, asked)
    if sum(1 for _, s, e in questions if ASKING.pattern.search(text, s, e)) < 2:
        return [ex]  # a numbered list of facts, not of questions
    ra, rb = ex.reply_parts[0][0], ex.reply_parts[-1][1]
    numbered = _numbered(text, ra, rb)
    if len(numbered) >= 2:
        answers = _items(text, ra, rb, numbered)
    else:
        said = [m.start() for m in _ORDINAL.finditer(text, ra, rb)]
        if len(said) != len(questions):
            return [ex]  # answers in order must be as many as the questions to pair them
        answers = _items(text, ra, rb, list(enumerate(said, 1)))
    by_number = {n: (s, e) for n, s, e in questions}
    out: list[Exchange] = []
    for n, s, e in answers:
        if n not in by_number:
            continue
        q = _trim(text, *by_number[n])
        r_parts = [_trim(text, x, y) for x, y in _clip(ex.reply_parts, s, e)]
        r_parts = [(x, y) for x, y in r_parts if y > x]
        if q[1] <= q[0] or not r_parts:
            continue
        part = Exchange(start=q[0], q_start=q[0], q_end=q[1], department=ex.department,
                        question_parts=[q], reply_parts=r_parts, weak=ex.weak)
        out.append(part.seal())
    return out if len(out) >= 2 else [ex]
