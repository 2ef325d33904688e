"""Every word class of the reader's lexicon matches its positive example and refuses its negative one."""

from __future__ import annotations

import pytest

from inquiry_tracker.extract import lexicon

CLASSES = [v for v in vars(lexicon).values() if isinstance(v, lexicon.WordClass)]


def test_the_lexicon_has_its_classes() -> None:
    assert len(CLASSES) >= 12


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.name)
def test_word_class_examples(cls: lexicon.WordClass) -> None:
    assert cls.holds(cls.yes), f"{cls.name} should hold for {cls.yes!r}"
    assert not cls.holds(cls.no), f"{cls.name} should not hold for {cls.no!r}"


def _seed_text() -> str:
    from pathlib import Path

    seeds = Path(__file__).resolve().parents[2] / "seeds"
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt")))


def test_stops_find_what_the_plain_alternation_finds() -> None:
    """``stops`` opens with one class (for speed) and means the class or an ASCII stop."""
    import re

    from inquiry_tracker.extract.lexicon import ASCII_STOP, SENTENCE_END, stops

    text = _seed_text() + "一期已完工.二期明年开工. 3.5亿元,v1.2版。“好.”(注.)结束!完?"
    for chars, compiled in (("。!！?？;；\n", SENTENCE_END), ("。!！?？;；", stops("。!！?？;；"))):
        plain = re.compile(f"[{chars}]|" + ASCII_STOP)
        assert [m.span() for m in compiled.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert SENTENCE_END.search("已完工.二期") and not SENTENCE_END.search("3.5亿元")


def test_mandate_reads_as_written_with_its_look_behind_first() -> None:
    import re

    from inquiry_tracker.extract.lexicon import MANDATE

    plain = re.compile(r"(?<![主需重只想不还就也总])要(?![求点素闻么是])(?=[\u4e00-\u9fff])|必须|务必")
    text = _seed_text() + "要加快,主要是,需要,要求,年底前要完成,必须,务必,要。要"
    assert [m.span() for m in MANDATE.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert all(bool(MANDATE.match(text, p)) == bool(plain.match(text, p)) for p in range(len(text)))


def test_a_news_dateline_is_where_a_story_opens() -> None:
    from inquiry_tracker.extract.lexicon import NEWS_DATELINE

    for yes in ("青禾网10月8日讯 供暖季临近", "本报讯 记者昨日获悉", "青禾晚报讯(记者 李某)", "新华社青禾5月8日电"):
        assert NEWS_DATELINE.search(yes), yes
    assert not NEWS_DATELINE.search("老城区先通"), "a subheading brings no dateline"
