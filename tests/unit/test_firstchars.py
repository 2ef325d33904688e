"""The first-character guards of the time grammar restate a necessary condition only."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from inquiry_tracker.extract import timewords
from inquiry_tracker.extract.firstchars import (
    compile_guarded,
    first_chars,
    guard,
    pair_guard,
    reach,
)

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.mark.parametrize(
    ("pattern", "chars"),
    [
        ("(?<![0-9])(?:19|20)[0-9]{2}年", set("12")),
        ("(?:今|明)?年底", set("今明年")),
        ("(?P<a>x)?(?(a)y|z)", set("xyz")),  # a superset is safe
        ("第?[一二]季度", set("第一二")),
    ],
)
def test_first_chars_of_a_pattern(pattern: str, chars: set[str]) -> None:
    assert first_chars(pattern) == frozenset(chars)


@pytest.mark.parametrize("pattern", ["a*", "[^x]y", "(?i)ab", "(?:x|)"])
def test_no_guard_when_unknown_or_empty(pattern: str) -> None:
    assert first_chars(pattern) is None
    assert guard(pattern) == ""


def test_class_escapes_stay_escapes() -> None:
    assert first_chars(r"(?<!x)\d+年") is None
    assert guard(r"(?<!x)(?:\d+|截至)年") == r"(?=[截\d])"


@pytest.mark.parametrize(
    "pattern", [r"(?<![\d年])(\d{1,2})月", r"(?:截至\s*|(?<!至))(\d{1,2})月(\d{1,2})日", r"(?m)^\d+$", "来源:"]
)
def test_a_guarded_pattern_finds_the_same(pattern: str) -> None:
    text = "截至5月7日,12月3日至4日,来源:本报 2021年6月\n15\n"
    assert [m.span() for m in compile_guarded(pattern).finditer(text)] == [
        m.span() for m in re.finditer(pattern, text)
    ]


def test_guarded_grammar_matches_as_the_plain_one() -> None:
    alts = timewords.ALTERNATIVES
    plain = re.compile(
        f"(?=[{timewords._FIRST}])(?:{'|'.join(f'(?P<{n}>{alts[n]})' for n in alts)}){timewords._SUFFIX}",
        re.ASCII,
    )
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    text += "计划2021年5月中旬至7月底完成,春节前、“五一”前,三到四季度,15个工作日内,本月20日,下周五"
    got = [(m.span(), m.groupdict()) for m in timewords.GRAMMAR.finditer(text)]
    assert got == [(m.span(), m.groupdict()) for m in plain.finditer(text)]
    assert len(got) > 20


def test_a_hint_finds_something_wherever_the_pattern_matches() -> None:
    from inquiry_tracker.extract.clean import _CAPTION
    from inquiry_tracker.extract.firstchars import hint

    assert set(hint(_CAPTION).pattern.strip("[]")) <= set("供制图摄截")
    for line in ["图为工人在施工", "郝家勇 摄", "■见习记者 王皓永 摄", "岳组供图", "(新华社制图)", "网友留言截图"]:
        assert _CAPTION.search(line) and hint(_CAPTION).search(line)
    assert hint(re.compile(r"\d+年")).pattern == "[年]"
    assert hint(re.compile("a?b*")).search("xyz")  # nothing required: always passes


def test_no_phrase_starts_inside_a_number() -> None:
    """The grammar's _INSIDE_NUMBER guard holds for every alternative: none starts at a digit
    right after a digit or a point."""
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    text += "12021年5月,1.5月,2020-2021年,102月底,32019年12月31日前,0.20日,12个月内,120天内,3.2季度,22年底"
    inner = [p for p in range(1, len(text)) if text[p] in "0123456789" and text[p - 1] in "0123456789."]
    assert len(inner) > 100
    for name, alt in timewords.ALTERNATIVES.items():
        pattern = re.compile(alt, re.ASCII)
        assert not [p for p in inner if pattern.match(text, p)], name


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"(?:今|明)年底|前年|\d+月", "(?=[0-9][0-9月]|[今前明][年])"),
        ("(?<=x)ab|a(?=c)d", "(?=[a][bd])"),  # lookarounds only narrow: they are read through
        ("a(?:b|)", "(?=[a])"),  # a match may end after "a": anything may follow it
        ("第?[一二]季度", "(?=[一二][季]|[第][一二])"),
        ("a*", ""),  # the empty match: no guard
        ("[^x]y", ""),  # any first character: no guard
    ],
)
def test_pair_guard_of_a_pattern(pattern: str, expected: str) -> None:
    assert pair_guard(pattern, re.ASCII) == expected


def test_a_pair_guarded_pattern_finds_the_same() -> None:
    pattern = r"(?:(?<![\d.])(?:19|20)\d\d年|[今明后]年)(?:底|末)?|第?[一二三四]季度|本月(?:底|中)?"
    text = "前年今年底,明年第三季度,目前本月,2021年末,12021年,二季度,后来,本周"
    guarded = re.compile(pair_guard(pattern, re.ASCII) + f"(?:{pattern})", re.ASCII)
    assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in re.finditer(pattern, text, re.ASCII)]


def test_reach_of_a_prefix() -> None:
    assert reach(r"(?<!x)a{1,3}\s?", "-至") == "(?=[^\\-至]{0,4}+[\\-至])"
    assert reach("a+", "x") == ""  # any width: no guard
    guarded = re.compile(reach(r"\d{1,2}月?", "至") + r"\d{1,2}月?至")
    assert [m.group() for m in guarded.finditer("5至 12月至 3 至 123至")] == ["5至", "12月至", "23至"]


def _fuzz(alphabet: str, n: int, seed: int) -> list[str]:
    import random

    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(4, 40))) for _ in range(n)]


def test_reach_guards_keep_what_the_grammar_finds() -> None:
    """The grammar's reach guards (a range's connector, a duration's 内) restate necessary
    conditions: it finds what the grammar without them finds, spans and groups, on the seeds,
    on the widest forms (spaces, Chinese numerals, 份 and 旬 before the connector) and on
    random strings of the characters phrases are made of."""
    plain = re.compile(
        f"(?=[{timewords._FIRST}]){timewords._INSIDE_NUMBER}{timewords._PAIRS}"
        f"{timewords._phrase(list(timewords.ALTERNATIVES))}",
        re.ASCII,
    )
    texts = ["\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))]
    texts += [
        "2021  年  12  月  31  日  至  2022年1月,二〇二一年十二月三十一日至二〇二二年一月十五日",
        "2021年 5 月份 中下旬  至  7月底,明年 三 季度 到 四季度,今年第一至第三季度末,12月至次年1月",
        "15 个 工作日 之内,一个半月以内,三十 天 内,120天内,24小时之内,半年内容,3个月内部",
        # the widest: a connector 24 characters on, a 内 17 characters on
        "2021  年  12  月  三十一  日  至  2022年1月5日,一百二十  个  半工作日半  之内",
        "5月1-5日,5—6月,8~9月份,6月上旬至中旬,3、4季度,10月27日至28日,2020年-2021年",
    ]
    texts += _fuzz("0123456789 年月日号份至到-~—、内天个周季度第一二三四十今明本上中下旬底前", 3000, 7)
    for text in texts:
        got = [(m.span(), m.groupdict()) for m in timewords.GRAMMAR.finditer(text)]
        assert got == [(m.span(), m.groupdict()) for m in plain.finditer(text)], text
        single = [(m.span(), m.groupdict()) for m in timewords.SINGLE_GRAMMAR.finditer(text)]
        names = [n for n in timewords.ALTERNATIVES if n not in timewords.RANGES]
        plain_single = re.compile(
            f"(?=[{timewords._FIRST}]){timewords._INSIDE_NUMBER}{timewords._PAIRS}{timewords._phrase(names)}",
            re.ASCII,
        )
        assert single == [(m.span(), m.groupdict()) for m in plain_single.finditer(text)], text
