"""Properties that hold on any string: the reader never raises and its spans are honest."""

from __future__ import annotations

import re
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from inquiry_tracker import extract_items, find_deadline

# Pieces real pages are made of, so hypothesis explores label/date/punctuation mixes and
# not only random code points.
FRAGMENTS = [
    "网友提问:", "网友留言:", "问:", "答:", "回复:", "市住建局回复:", "【网友留言】", "【市城管局】", "江岸区:",
    "该局回复:", "信件内容 | ", "回复部门: | ", "回复内容: | ", " |", "(下转第2版)", "郝家勇 摄",
    "计划", "预计", "力争", "将于", "5月底", "年底前", "明年上半年", "三个月内", "春节前", "国庆节前后",
    "2021年6月30日", "12月至次年1月", "截至", "已于", "(2019—2035年)", "《规划》", "完成", "开放", "竣工交付",
    "森林路", "项目", "。", ",", ",", "?", "\n", "\n\n", " ", "前", "后", "左右", "十", "〇", "３",
]
page_text = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=5), max_size=60).map("".join),
)
pub_dates = st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)))


def _subsequence(needle: str, hay: str) -> bool:
    it = iter(hay)
    return all(ch in it for ch in needle)


@settings(max_examples=400, deadline=None)
@given(page_text, pub_dates)
def test_extract_items_never_raises_and_spans_are_valid(text: str, published: date | None) -> None:
    items = extract_items(text, published=published)
    for item in items:
        assert 0 <= item.start <= item.end <= len(text)
        span = re.sub(r"\s", "", text[item.start : item.end])
        for field in (item.question, item.statement):
            if field:
                assert _subsequence(re.sub(r"\s", "", field), span)
        if item.deadline:
            d = item.deadline
            assert text[d.start : d.end] == d.expr
            assert item.start <= d.start <= d.end <= item.end
            assert d.due is None or isinstance(d.due, date)
        item.to_dict()  # serialisable


@settings(max_examples=400, deadline=None)
@given(page_text, pub_dates)
def test_find_deadline_never_raises(text: str, published: date | None) -> None:
    d = find_deadline(text, published=published)
    if d is not None:
        assert text[d.start : d.end] == d.expr
        assert d.due is None or isinstance(d.due, date)
