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
