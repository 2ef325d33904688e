"""Numbers as Chinese pages print them: 12, １２, 十二, 二〇二一, 廿四."""

from __future__ import annotations

#: The value of each Chinese digit (and circle zero) that :func:`to_int` reads.
DIGITS: dict[str, int] = {
    "〇": 0,
    "零": 0,
    "○": 0,
    "Ｏ": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


def to_int(s: str) -> int:
    """Parse Arabic, full-width or Chinese numerals up to the thousands.

    Digit-by-digit forms (二〇二一) and positional forms (二十一, 廿四, 三十) both work.
    Raises ValueError when ``s`` is not a number.
    """
    s = s.strip().replace(" ", "")
    if not s.isascii():
        s = s.translate(_FULLWIDTH)
    if not s:
        raise ValueError("empty number")
    if s.isdigit():
        return int(s)
    s = s.replace("廿", "二十").replace("卅", "三十")
    if all(c in DIGITS for c in s):
        return int("".join(str(DIGITS[c]) for c in s))
    total, current = 0, 0
    for c in s:
        if c in DIGITS:
            current = DIGITS[c]
        elif c == "十":
            total += (current or 1) * 10
            current = 0
        elif c == "百":
            total += (current or 1) * 100
            current = 0
        elif c == "千":
            total += (current or 1) * 1000
            current = 0
        else:
            raise ValueError(f"not a number: {s!r}")
    return total + current
