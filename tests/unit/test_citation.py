"""Citations: the page a document says it was printed on, and the citation line."""

from __future__ import annotations

from datetime import date

import pytest

from inquiry_tracker.citation import citation_line, printed_page


@pytest.mark.parametrize(
    ("head", "page"),
    [
        ("株洲日报\n2020年5月8日 星期五\n第3版:综合新闻\n", "第3版"),
        ("衡阳日报 2021-10-29 A03版 要闻\n", "A03版"),
        ("版次:05 作者:本报记者\n", "第05版"),
        ("第 十二 版", "第十二版"),
        ("版次:B2", "B2版"),
    ],
)
def test_printed_page_as_the_page_says_it(head: str, page: str) -> None:
    assert printed_page(head + "正文……") == page


@pytest.mark.parametrize(
    "text",
    ["市民反映小区停车难,记者走访了解到……", "新版办事指南已经上线", "1.0版本发布", "再版3版次"],
)
def test_no_page_is_guessed(text: str) -> None:
    assert printed_page(text) is None


def test_a_page_far_into_the_text_is_not_the_page_line() -> None:
    assert printed_page("正文" * 400 + "第3版") is None


def test_citation_line_names_the_parts_known() -> None:
    line = citation_line("株洲日报", date(2020, 5, 8), "森林路将开放", "第3版", "/data/paper/003.txt")
    assert line == "株洲日报, 2020-05-08, 《森林路将开放》, 第3版, /data/paper/003.txt"
    assert citation_line(None, None, None, None, "https://example.org/a") == "https://example.org/a"
