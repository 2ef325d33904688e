"""Deadline phrases → due dates: the conventions of docs/design.md, table by table.

Publication dates used below (weekday in brackets):
2020-05-08 [Fri], 2020-11-16 [Mon], 2021-03-10 [Wed], 2021-10-29 [Fri],
2020-02-29 [Sat, leap day], 2023-12-20 [Wed, near a year end].
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inquiry_tracker.extract.deadline import find_deadline, find_deadlines
from inquiry_tracker.extract.model import Deadline
from inquiry_tracker.extract.numerals import to_int
from inquiry_tracker.extract.timewords import cn_number

MAY8 = date(2020, 5, 8)
NOV16 = date(2020, 11, 16)
MAR10 = date(2021, 3, 10)
OCT29 = date(2021, 10, 29)
LEAP = date(2020, 2, 29)
DEC20 = date(2023, 12, 20)

D = date


def check_spans(text: str, found: list[Deadline]) -> None:
    for deadline in found:
        assert text[deadline.start : deadline.end] == deadline.expr
        assert deadline.due is None or type(deadline.due) is date
    starts = [d.start for d in found]
    assert starts == sorted(starts)


def best(text: str, published: date | None) -> Deadline | None:
    found = find_deadlines(text, published)
    check_spans(text, found)
    return find_deadline(text, published)


# (text, published, expr, due, approximate)
Case = tuple[str, date | None, str, date | None, bool]

ABSOLUTE: list[Case] = [
    ("计划于2021年6月底前完成主体施工", MAY8, "2021年6月底前", D(2021, 6, 30), False),
    ("项目将于2021年5月20日竣工", MAY8, "2021年5月20日", D(2021, 5, 20), False),
    ("2021年5月底全面完工", MAY8, "2021年5月底", D(2021, 5, 31), False),
    ("工程2021-05-20交付", MAY8, "2021-05-20", D(2021, 5, 20), False),
    ("请于2021.5.20前提交材料", MAY8, "2021.5.20前", D(2021, 5, 20), False),
    ("截稿时间2021/6/1", MAY8, "2021/6/1", D(2021, 6, 1), False),
    ("二〇二一年五月底完成", MAY8, "二〇二一年五月底", D(2021, 5, 31), False),
    ("二零二一年十二月三十一日前", MAY8, "二零二一年十二月三十一日前", D(2021, 12, 31), False),
    ("二〇二二年一月二十日前完成", MAY8, "二〇二二年一月二十日前", D(2022, 1, 20), False),
    ("计划5月底开放", MAY8, "5月底", D(2020, 5, 31), False),
    ("于5月20日开通", MAY8, "5月20日", D(2020, 5, 20), False),
    ("于5月20号开通", MAY8, "5月20号", D(2020, 5, 20), False),
    ("将于５月底完工", MAY8, "５月底", D(2020, 5, 31), False),
    ("将于２０２１年３月１５日前完成", MAY8, "２０２１年３月１５日前", D(2021, 3, 15), False),
    ("预计3 月底建成", NOV16, "3 月底", D(2021, 3, 31), True),
    ("2021 年 5 月 20 日前完成", MAY8, "2021 年 5 月 20 日前", D(2021, 5, 20), False),
    ("五月底前完成", MAY8, "五月底前", D(2020, 5, 31), False),
    ("十二月底通车", MAY8, "十二月底", D(2020, 12, 31), False),
    ("十一月份开工", MAY8, "十一月份", D(2020, 11, 30), False),
    ("十二月二十日前完成", MAY8, "十二月二十日前", D(2020, 12, 20), False),
    ("五月三十一日前完成", MAY8, "五月三十一日前", D(2020, 5, 31), False),
    ("七月十日前完成", MAY8, "七月十日前", D(2020, 7, 10), False),
    ("九月廿日前完成", MAY8, "九月廿日前", D(2020, 9, 20), False),
    ("6月上旬完成", MAY8, "6月上旬", D(2020, 6, 10), False),
    ("6月初完成", MAY8, "6月初", D(2020, 6, 10), False),
    ("6月中旬完成", MAY8, "6月中旬", D(2020, 6, 20), False),
    ("6月中完成", MAY8, "6月中", D(2020, 6, 20), False),
    ("6月下旬完成", MAY8, "6月下旬", D(2020, 6, 30), False),
    ("6月末完成", MAY8, "6月末", D(2020, 6, 30), False),
    ("6月中下旬完成", MAY8, "6月中下旬", D(2020, 6, 30), False),
    ("2月底完成", NOV16, "2月底", D(2021, 2, 28), False),
    ("2024年2月底完成", DEC20, "2024年2月底", D(2024, 2, 29), False),
    ("2月底完成", DEC20, "2月底", D(2024, 2, 29), False),
    ("11月份前完成", MAY8, "11月份前", D(2020, 11, 30), False),
    ("9月前完成", MAY8, "9月前", D(2020, 9, 30), False),
    ("8月底前完成", MAY8, "8月底前", D(2020, 8, 31), False),
    ("6月30日前完成", MAY8, "6月30日前", D(2020, 6, 30), False),
    ("6月30日之前完成", MAY8, "6月30日之前", D(2020, 6, 30), False),
    ("6月30日以前完成", MAY8, "6月30日以前", D(2020, 6, 30), False),
    ("6月30日18时前提交", MAY8, "6月30日18时前", D(2020, 6, 30), False),
    ("6月30日下午5点前提交", MAY8, "6月30日下午5点前", D(2020, 6, 30), False),
    ("6月30日17:30前提交", MAY8, "6月30日17:30前", D(2020, 6, 30), False),
    ("6月内完成", MAY8, "6月内", D(2020, 6, 30), False),
    ("2021年底建成", MAY8, "2021年底", D(2021, 12, 31), False),
    ("2021年年底建成", MAY8, "2021年年底", D(2021, 12, 31), False),
    ("2021年内建成", MAY8, "2021年内", D(2021, 12, 31), False),
    ("2021年前建成", MAY8, "2021年前", D(2021, 12, 31), False),
    ("2025年以前实现", MAY8, "2025年以前", D(2025, 12, 31), False),
    ("2021年上半年投用", MAY8, "2021年上半年", D(2021, 6, 30), False),
    ("2021年下半年投用", MAY8, "2021年下半年", D(2021, 12, 31), False),
    ("2021年第一季度开工", MAY8, "2021年第一季度", D(2021, 3, 31), False),
    ("2021年三季度末完工", MAY8, "2021年三季度末", D(2021, 9, 30), False),
    ("2021年2季度投产", MAY8, "2021年2季度", D(2021, 6, 30), False),
    ("2021年初投用", MAY8, "2021年初", D(2021, 2, 28), False),
    ("2024年初投用", DEC20, "2024年初", D(2024, 2, 29), False),
    ("2021年中投用", MAY8, "2021年中", D(2021, 6, 30), False),
    ("2021年春季开学", MAY8, "2021年春季", D(2021, 5, 31), False),
    ("2021年秋季开学", MAY8, "2021年秋季", D(2021, 11, 30), False),
    ("2021年冬季供暖", MAY8, "2021年冬季", D(2022, 2, 28), False),
    ("2023年冬季供暖", MAY8, "2023年冬季", D(2024, 2, 29), False),
]

RELATIVE_YEAR: list[Case] = [
    ("爱心大院项目将在今年8月竣工交付", MAY8, "今年8月", D(2020, 8, 31), False),
    ("今年10月建成", MAY8, "今年10月", D(2020, 10, 31), False),
    ("本年12月底完成", MAY8, "本年12月底", D(2020, 12, 31), False),
    ("明年6月建成", MAY8, "明年6月", D(2021, 6, 30), False),
    ("明年3月底前完成", NOV16, "明年3月底前", D(2021, 3, 31), False),
    ("明年底建成通车", MAY8, "明年底", D(2021, 12, 31), False),
    ("明年年底建成通车", MAY8, "明年年底", D(2021, 12, 31), False),
    ("明年初投入使用", MAY8, "明年初", D(2021, 2, 28), False),
    ("明年年中完工", MAY8, "明年年中", D(2021, 6, 30), False),
    ("预计明年上半年投入使用", MAY8, "明年上半年", D(2021, 6, 30), True),
    ("明年下半年投入使用", DEC20, "明年下半年", D(2024, 12, 31), False),
    ("明年一季度开工", NOV16, "明年一季度", D(2021, 3, 31), False),
    ("明年第四季度完工", NOV16, "明年第四季度", D(2021, 12, 31), False),
    ("明年春季开工", NOV16, "明年春季", D(2021, 5, 31), False),
    ("明年春天开工", NOV16, "明年春天", D(2021, 5, 31), False),
    ("次年6月完工", MAY8, "次年6月", D(2021, 6, 30), False),
    ("翌年3月完工", MAY8, "翌年3月", D(2021, 3, 31), False),
    ("后年底完工", MAY8, "后年底", D(2022, 12, 31), False),
    ("后年6月完工", DEC20, "后年6月", D(2025, 6, 30), False),
    ("今年内完成", MAY8, "今年内", D(2020, 12, 31), False),
    ("今年底完成", MAY8, "今年底", D(2020, 12, 31), False),
    ("今年年底完成", DEC20, "今年年底", D(2023, 12, 31), False),
    ("今年上半年完成", MAY8, "今年上半年", D(2020, 6, 30), False),
    ("今年三季度完成", MAY8, "今年三季度", D(2020, 9, 30), False),
    ("今年秋季开学", MAY8, "今年秋季", D(2020, 11, 30), False),
    # a school term (春期, 秋期) is read as its season
    ("今年秋期开学招生", MAY8, "今年秋期", D(2020, 11, 30), False),
    ("2021年春期开学", MAY8, "2021年春期", D(2021, 5, 31), False),
    ("今年冬季供暖", NOV16, "今年冬季", D(2021, 2, 28), False),
    ("明年6月建成", None, "明年6月", None, False),
    ("明年底建成", None, "明年底", None, False),
    ("今年8月竣工", None, "今年8月", None, False),
]

YEAR_PARTS: list[Case] = [
    ("力争年底前建成通车", MAY8, "年底前", D(2020, 12, 31), True),
    ("年底前完成", DEC20, "年底前", D(2023, 12, 31), False),
    ("年末完成", MAY8, "年末", D(2020, 12, 31), False),
    ("年内完成", MAY8, "年内", D(2020, 12, 31), False),
    ("有望于年内开通", NOV16, "年内", D(2020, 12, 31), True),
    ("年中完成", MAY8, "年中", D(2020, 6, 30), False),
    ("年初完成", LEAP, "年初", D(2020, 2, 29), False),
    ("上半年完成", MAY8, "上半年", D(2020, 6, 30), False),
    ("下半年完成", MAY8, "下半年", D(2020, 12, 31), False),
    ("下半年开工", DEC20, "下半年", D(2023, 12, 31), False),
    ("年底完成", None, "年底", None, False),
]

QUARTERS_SEASONS: list[Case] = [
    ("一季度完工", MAY8, "一季度", D(2021, 3, 31), False),
    ("二季度完工", MAY8, "二季度", D(2020, 6, 30), False),
    ("第二季度完工", MAY8, "第二季度", D(2020, 6, 30), False),
    ("三季度末完工", MAY8, "三季度末", D(2020, 9, 30), False),
    ("四季度完工", MAY8, "四季度", D(2020, 12, 31), False),
    ("四季度完工", DEC20, "四季度", D(2023, 12, 31), False),
    ("一季度完工", DEC20, "一季度", D(2024, 3, 31), False),
    ("1季度完工", NOV16, "1季度", D(2021, 3, 31), False),
    ("第3季度完工", NOV16, "第3季度", D(2021, 9, 30), False),
    ("春季开工", MAY8, "春季", D(2020, 5, 31), False),
    ("春天开工", NOV16, "春天", D(2021, 5, 31), False),
    ("夏季开放", MAY8, "夏季", D(2020, 8, 31), False),
    ("秋季开学", MAY8, "秋季", D(2020, 11, 30), False),
    ("冬季供暖", MAY8, "冬季", D(2021, 2, 28), False),
    ("冬季供暖", DEC20, "冬季", D(2024, 2, 29), False),
    ("冬季前完成", LEAP, "冬季前", D(2020, 2, 29), False),
    ("春季开工", DEC20, "春季", D(2024, 5, 31), False),
    ("春季开工", None, "春季", None, False),
    ("一季度开工", None, "一季度", None, False),
]

NEAREST_MONTH: list[Case] = [
    ("3月完工", NOV16, "3月", D(2021, 3, 31), False),
    ("5月底", MAY8, "5月底", D(2020, 5, 31), False),
    ("11月底完工", NOV16, "11月底", D(2020, 11, 30), False),
    ("12月完工", NOV16, "12月", D(2020, 12, 31), False),
    ("1月完工", NOV16, "1月", D(2021, 1, 31), False),
    ("1月底完工", DEC20, "1月底", D(2024, 1, 31), False),
    ("12月底完工", DEC20, "12月底", D(2023, 12, 31), False),
    ("3月底完工", MAR10, "3月底", D(2021, 3, 31), False),
    ("1月完工", MAR10, "1月", D(2022, 1, 31), False),
    ("3月完工", LEAP, "3月", D(2020, 3, 31), False),
    ("2月29日前完成", LEAP, "2月29日前", D(2020, 2, 29), False),
    ("5月20日开放", NOV16, "5月20日", D(2021, 5, 20), False),
    ("11月20日开放", NOV16, "11月20日", D(2020, 11, 20), False),
    ("11月16日开放", NOV16, "11月16日", D(2020, 11, 16), False),
    ("1月5日开放", DEC20, "1月5日", D(2024, 1, 5), False),
    ("2月29日开放", DEC20, "2月29日", D(2024, 2, 29), False),
    ("11月开放", OCT29, "11月", D(2021, 11, 30), False),
    ("5月底开放", None, "5月底", None, False),
    ("5月20日开放", None, "5月20日", None, False),
]

RELATIVE_MONTH_WEEK: list[Case] = [
    ("本月底完成", MAY8, "本月底", D(2020, 5, 31), False),
    ("本月内完成", NOV16, "本月内", D(2020, 11, 30), False),
    ("本月20日前完成", MAY8, "本月20日前", D(2020, 5, 20), False),
    ("本月中旬完成", MAY8, "本月中旬", D(2020, 5, 20), False),
    ("月底前完成", MAY8, "月底前", D(2020, 5, 31), False),
    ("月底完成", LEAP, "月底", D(2020, 2, 29), False),
    ("月末完成", NOV16, "月末", D(2020, 11, 30), False),
    ("下旬完成", MAY8, "下旬", D(2020, 5, 31), False),
    ("中旬完成", MAY8, "中旬", D(2020, 5, 20), False),
    ("下月完成", MAY8, "下月", D(2020, 6, 30), False),
    ("下个月完成", MAY8, "下个月", D(2020, 6, 30), False),
    ("下个月完成", DEC20, "下个月", D(2024, 1, 31), False),
    ("下月底完成", LEAP, "下月底", D(2020, 3, 31), False),
    ("下月初完成", NOV16, "下月初", D(2020, 12, 10), False),
    ("下月中旬完成", DEC20, "下月中旬", D(2024, 1, 20), False),
    ("这个月底完成", MAY8, "这个月底", D(2020, 5, 31), False),
    ("本周完成", MAY8, "本周", D(2020, 5, 10), False),
    ("本周内完成", NOV16, "本周内", D(2020, 11, 22), False),
    ("本周内完成", LEAP, "本周内", D(2020, 3, 1), False),
    ("下周完成", MAY8, "下周", D(2020, 5, 17), False),
    ("下周完成", DEC20, "下周", D(2023, 12, 31), False),
    ("下周五前完成", NOV16, "下周五前", D(2020, 11, 27), False),
    ("下周一开始报名", DEC20, "下周一", D(2023, 12, 25), False),
    ("本周六晚举行", MAY8, "本周六", D(2020, 5, 9), False),
    ("这周末完成", MAY8, "这周末", D(2020, 5, 10), False),
    ("下星期完成", MAY8, "下星期", D(2020, 5, 17), False),
    ("20日前完成", MAY8, "20日前", D(2020, 5, 20), False),
    ("二十日前完成", DEC20, "二十日前", D(2023, 12, 20), False),
    ("本月底完成", None, "本月底", None, False),
    ("本周内完成", None, "本周内", None, False),
]

HOLIDAYS: list[Case] = [
    ("春节前发放到位", MAY8, "春节前", D(2021, 2, 11), False),
    ("春节前发放到位", NOV16, "春节前", D(2021, 2, 11), False),
    ("春节前发放到位", DEC20, "春节前", D(2024, 2, 9), False),
    ("春节前发放到位", LEAP, "春节前", D(2021, 2, 11), False),
    ("春节之前发放", MAR10, "春节之前", D(2022, 1, 31), False),
    ("春节前夕发放", DEC20, "春节前夕", D(2024, 2, 9), False),
    ("2022年春节前完成", MAY8, "2022年春节前", D(2022, 1, 31), False),
    ("明年春节前完成", NOV16, "明年春节前", D(2021, 2, 11), False),
    ("春节前后开通", NOV16, "春节前后", D(2021, 2, 12), True),
    # a holiday period is no deadline (see NONE_CASES), but "before it" is one
    ("国庆长假前完成检修", MAY8, "国庆长假前", D(2020, 9, 30), False),
    ("春节假期前后上线", NOV16, "春节假期前后", D(2021, 2, 12), True),
    ("将于国庆节前开放", MAY8, "国庆节前", D(2020, 9, 30), False),
    ("国庆前开放", NOV16, "国庆前", D(2021, 9, 30), False),
    ("国庆节前后开放", MAY8, "国庆节前后", D(2020, 10, 1), True),
    ("十一前开放", MAY8, "十一前", D(2020, 9, 30), False),
    ("元旦前完成", MAY8, "元旦前", D(2020, 12, 31), False),
    ("元旦前完成", DEC20, "元旦前", D(2023, 12, 31), False),
    ("2022年元旦前完成", MAY8, "2022年元旦前", D(2021, 12, 31), False),
    ("五一前开放", MAY8, "五一前", D(2021, 4, 30), False),
    ("五一前开放", LEAP, "五一前", D(2020, 4, 30), False),
    ("劳动节前开放", NOV16, "劳动节前", D(2021, 4, 30), False),
    ("五一劳动节前开放", NOV16, "五一劳动节前", D(2021, 4, 30), False),
    ("端午节前上市", MAY8, "端午节前", D(2020, 6, 24), False),
    ("端午前上市", NOV16, "端午前", D(2021, 6, 13), False),
    ("中秋节前上市", MAY8, "中秋节前", D(2020, 9, 30), False),
    ("中秋前上市", NOV16, "中秋前", D(2021, 9, 20), False),
    ("2021年中秋节前完工", MAY8, "2021年中秋节前", D(2021, 9, 20), False),
    ("中秋节前后上市", DEC20, "中秋节前后", D(2024, 9, 17), True),
    ("元宵节前完成", NOV16, "元宵节前", D(2021, 2, 25), False),
    ("元宵前完成", DEC20, "元宵前", D(2024, 2, 23), False),
    ("清明节前完成", LEAP, "清明节前", D(2020, 4, 3), False),
    ("清明前完成", NOV16, "清明前", D(2021, 4, 3), False),
    ("2022年清明节前完成", MAY8, "2022年清明节前", D(2022, 4, 4), False),
    ("将于国庆节开放", MAY8, "国庆节", D(2020, 10, 1), False),
    # a bare holiday name right before a finish: the holiday is when it is done
    ("预计国庆节建成通车", MAY8, "国庆节", D(2020, 10, 1), True),
    ("赶在春节前通车", NOV16, "春节前", D(2021, 2, 11), False),
    ("春节前发放", None, "春节前", None, False),
    ("2022年春节前发放", None, "2022年春节前", D(2022, 1, 31), False),
]

DURATIONS: list[Case] = [
    ("三个月内整改完毕", MAY8, "三个月内", D(2020, 8, 8), False),
    ("3个月内整改完毕", DEC20, "3个月内", D(2024, 3, 20), False),
    ("一个月内完成", date(2020, 1, 31), "一个月内", D(2020, 2, 29), False),
    ("一个月内完成", date(2021, 1, 31), "一个月内", D(2021, 2, 28), False),
    ("三个月内完成", date(2020, 11, 30), "三个月内", D(2021, 2, 28), False),
    ("15个工作日内答复", MAY8, "15个工作日内", D(2020, 5, 28), False),
    ("三个工作日内答复", MAY8, "三个工作日内", D(2020, 5, 12), False),
    ("三个工作日内答复", DEC20, "三个工作日内", D(2023, 12, 25), False),
    ("5个工作日内答复", LEAP, "5个工作日内", D(2020, 3, 6), False),
    ("1个工作日内答复", LEAP, "1个工作日内", D(2020, 3, 2), False),
    ("十个工作日内办结", NOV16, "十个工作日内", D(2020, 11, 30), False),
    ("7天内完成", MAY8, "7天内", D(2020, 5, 15), False),
    ("15天内完成", DEC20, "15天内", D(2024, 1, 4), False),
    ("30日内完成", MAY8, "30日内", D(2020, 6, 7), False),
    ("三十天之内完成", MAY8, "三十天之内", D(2020, 6, 7), False),
    ("10天以内完成", MAY8, "10天以内", D(2020, 5, 18), False),
    ("两周内完成", DEC20, "两周内", D(2024, 1, 3), False),
    ("1周内完成", MAY8, "1周内", D(2020, 5, 15), False),
    ("一个星期内完成", MAY8, "一个星期内", D(2020, 5, 15), False),
    ("半年内完成", DEC20, "半年内", D(2024, 6, 20), False),
    ("半个月内完成", MAY8, "半个月内", D(2020, 5, 23), False),
    ("一年内完成", LEAP, "一年内", D(2021, 2, 28), False),
    ("两年内完成", MAY8, "两年内", D(2022, 5, 8), False),
    ("3年内完成", MAY8, "3年内", D(2023, 5, 8), False),
    ("一年半内完成", MAY8, "一年半内", D(2021, 11, 8), False),
    ("24小时内答复", MAY8, "24小时内", D(2020, 5, 9), False),
    ("48小时内答复", MAY8, "48小时内", D(2020, 5, 10), False),
    ("一两个月内完成", MAY8, "一两个月内", D(2020, 7, 8), True),
    ("力争3个月内完成", MAY8, "3个月内", D(2020, 8, 8), True),
    ("责令经营者在3日内在入口处公示收费标准", MAY8, "3日内", D(2020, 5, 11), False),
    ("两年内在全市推广", MAY8, "两年内", D(2022, 5, 8), False),
    ("三个月内整改完毕", None, "三个月内", None, False),
    ("15个工作日内答复", None, "15个工作日内", None, False),
]

RANGES: list[Case] = [
    ("5至6月完工", MAY8, "5至6月", D(2020, 6, 30), False),
    ("5-6月完工", MAY8, "5-6月", D(2020, 6, 30), False),
    ("8-9月份完工", MAY8, "8-9月份", D(2020, 9, 30), False),
    ("5月至6月完工", MAY8, "5月至6月", D(2020, 6, 30), False),
    ("5月到6月完工", MAY8, "5月到6月", D(2020, 6, 30), False),
    ("5、6月份完工", MAY8, "5、6月份", D(2020, 6, 30), False),
    ("12月至次年1月施工", NOV16, "12月至次年1月", D(2021, 1, 31), False),
    ("12月至次年1月施工", DEC20, "12月至次年1月", D(2024, 1, 31), False),
    ("11月至1月施工", NOV16, "11月至1月", D(2021, 1, 31), False),
    ("2021年5月至7月施工", MAY8, "2021年5月至7月", D(2021, 7, 31), False),
    ("今年5月至7月施工", MAY8, "今年5月至7月", D(2020, 7, 31), False),
    ("2020年11月至2021年1月施工", MAY8, "2020年11月至2021年1月", D(2021, 1, 31), False),
    ("2021年5月中旬至6月底施工", MAY8, "2021年5月中旬至6月底", D(2021, 6, 30), False),
    ("5月中旬至6月底施工", MAY8, "5月中旬至6月底", D(2020, 6, 30), False),
    ("5月1日至6月30日开展", MAY8, "5月1日至6月30日", D(2020, 6, 30), False),
    ("5月20日至6月底开展", MAY8, "5月20日至6月底", D(2020, 6, 30), False),
    ("5月10日至20日开展", MAY8, "5月10日至20日", D(2020, 5, 20), False),
    ("5月10-20日开展", MAY8, "5月10-20日", D(2020, 5, 20), False),
    ("三到四季度完工", MAY8, "三到四季度", D(2020, 12, 31), False),
    ("三、四季度完工", MAY8, "三、四季度", D(2020, 12, 31), False),
    ("第三、第四季度完工", MAY8, "第三、第四季度", D(2020, 12, 31), False),
    ("一至三季度完工", NOV16, "一至三季度", D(2021, 9, 30), False),
    ("明年三至四季度完工", MAY8, "明年三至四季度", D(2021, 12, 31), False),
    ("5至6月完工", None, "5至6月", None, False),
    ("2021年5月至7月施工", None, "2021年5月至7月", D(2021, 7, 31), False),
]

HEDGES: list[Case] = [
    ("预计5月底,南湖大道将率先启用", MAR10, "5月底", D(2021, 5, 31), True),
    ("计划6月左右启动建设", MAY8, "6月左右", D(2020, 6, 30), True),
    ("5月底前后完工", MAY8, "5月底前后", D(2020, 5, 31), True),
    ("6月上下完工", MAY8, "6月上下", D(2020, 6, 30), True),
    ("争取6月底前完成", MAY8, "6月底前", D(2020, 6, 30), True),
    ("力争在年底前建成", MAY8, "年底前", D(2020, 12, 31), True),
    ("有望于明年6月通车", MAY8, "明年6月", D(2021, 6, 30), True),
    ("预期明年6月通车", MAY8, "明年6月", D(2021, 6, 30), True),
    ("大约下个月完成", MAY8, "下个月", D(2020, 6, 30), True),
    ("估计7月完工", MAY8, "7月", D(2020, 7, 31), True),
    ("工程约于7月完工", MAY8, "7月", D(2020, 7, 31), True),
    ("工程约7月完工", MAY8, "7月", D(2020, 7, 31), True),
    ("工程约需到7月完工", MAY8, "7月", D(2020, 7, 31), True),
    ("签约仪式将于7月举行", MAY8, "7月", D(2020, 7, 31), False),
    ("约定于6月底前交付", MAY8, "6月底前", D(2020, 6, 30), False),
    ("总投资约5亿元的项目将于年底前完工", MAY8, "年底前", D(2020, 12, 31), False),
    ("项目总投资约5亿元,预计年底前完工", MAY8, "年底前", D(2020, 12, 31), True),
    ("节约用水宣传将于7月开展", MAY8, "7月", D(2020, 7, 31), False),
    ("预约时间为7月10日", MAY8, "7月10日", D(2020, 7, 10), False),
    ("计划于7月完工", MAY8, "7月", D(2020, 7, 31), False),
    ("预计5月底召开,6月底前发放", MAY8, "6月底前", D(2020, 6, 30), False),  # the step that finishes
    ("预计9月投用", None, "9月", None, True),
    ("将于7月完工", MAY8, "7月", D(2020, 7, 31), False),
]

REALISTIC: list[Case] = [
    # a year named as the topic of its aim or focus, then the thing and its act
    ("2021年重点是东湖快速路建成通车", MAY8, "2021年", D(2021, 12, 31), False),
    ("2022年的目标任务是西湖大桥开工建设", MAY8, "2022年", D(2022, 12, 31), False),
    ("该局回复:森林路计划5月份移交完成后,于5月底开放。", MAY8, "5月份", D(2020, 5, 31), False),
    (
        "待区人大会议审议后(预计5月底召开),将按程序及时组织发放",
        MAY8,
        "5月底",
        D(2020, 5, 31),
        True,
    ),
    ("截至5月7日,活动已征集60件作品。预计5月底可实现全部归集", MAY8, "5月底", D(2020, 5, 31), True),
    ("城区首批智慧公交电子站牌5月底投用 可实时掌握公交信息", MAR10, "5月底", D(2021, 5, 31), False),
    ("2020年7月13日,临时党支部宣誓。今年8月竣工", MAR10, "今年8月", D(2021, 8, 31), False),
    ("3月9日上午,市长调研,要求6月底前完成整改", MAR10, "6月底前", D(2021, 6, 30), False),
    (
        "市住建局答复:该路段将于今年10月底前完成提质改造。",
        MAY8,
        "今年10月底前",
        D(2020, 10, 31),
        False,
    ),
    ("我局将在收到申请之日起15个工作日内作出答复", MAY8, "15个工作日内", D(2020, 5, 28), False),
    ("相关部门已责令企业三个月内整改完毕,逾期将依法处理", MAY8, "三个月内", D(2020, 8, 8), False),
    ("学校扩建工程力争2021年秋季开学前投入使用", MAY8, "2021年秋季", D(2021, 11, 30), True),
    ("该项目已完成主体施工,预计明年一季度竣工验收", NOV16, "明年一季度", D(2021, 3, 31), True),
    ("拖欠的工资将于春节前全部发放到位", NOV16, "春节前", D(2021, 2, 11), False),
    ("自2019年11月21日启动以来运行平稳,预计今年底覆盖全市", MAY8, "今年底", D(2020, 12, 31), True),
    (
        "《衡阳市国土空间总体规划(2019—2035年)》将于年底前报批",
        OCT29,
        "年底前",
        D(2021, 12, 31),
        False,
    ),
    ("到达目的地前7天内核酸检测阴性,返岗后3天内复检", MAY8, "3天内", D(2020, 5, 11), False),
    ("根据计划,爱心大院项目将在今年8月竣工交付。", MAY8, "今年8月", D(2020, 8, 31), False),
    ("新建道路二〇二一年五月底前通车", NOV16, "二〇二一年五月底前", D(2021, 5, 31), False),
    ("每年6月底前申报,今年9月前完成评审", MAY8, "今年9月前", D(2020, 9, 30), False),
    ("2012年左右就已立项,计划明年6月前搬迁", MAY8, "明年6月前", D(2021, 6, 30), False),
    ("从今年5月开始试运行,6月底正式投用", MAY8, "6月底", D(2020, 6, 30), False),
    ("6月1日起施行,7月1日前完成备案", MAY8, "7月1日前", D(2020, 7, 1), False),
    ("2021年10月29日 星期五", OCT29, "2021年10月29日", D(2021, 10, 29), False),
    ("农历八月十五前完成", MAY8, "农历八月十五前", D(2020, 10, 1), False),
    ("农历辛丑年九月廿四", OCT29, "农历辛丑年九月廿四", D(2021, 10, 29), False),
    ("5月底开放,2021年6月30日前完成", None, "2021年6月30日前", D(2021, 6, 30), False),
    ("专项整治行动10月27日至28日开展,11月底前完成复查", OCT29, "11月底前", D(2021, 11, 30), False),
    ("市卫健委回复:疫苗将在本周内到货。", NOV16, "本周内", D(2020, 11, 22), False),
    ("网友:何时通车?答:争取年内通车。", DEC20, "年内", D(2023, 12, 31), True),
]

# Phrasings seen in replies and news that mix several conventions.
MIXED: list[Case] = [
    ("争取在今年国庆前开通", MAY8, "今年国庆前", D(2020, 9, 30), True),
    ("计划于今年9月开工建设,明年6月建成", MAY8, "明年6月", D(2021, 6, 30), False),  # finish, not start
    ("目前已完成70%,预计9月中旬完工", MAY8, "9月中旬", D(2020, 9, 20), True),
    ("活动于6月15日—6月30日开展", MAY8, "6月15日—6月30日", D(2020, 6, 30), False),
    ("报名时间为5月20日~6月10日", MAY8, "5月20日~6月10日", D(2020, 6, 10), False),
    ("最迟6月底完成", MAY8, "6月底", D(2020, 6, 30), False),
    ("不晚于6月30日", MAY8, "6月30日", D(2020, 6, 30), False),
    ("2021年10月前完成", MAY8, "2021年10月前", D(2021, 10, 31), False),
    ("在2021年年底之前完成", MAY8, "2021年年底之前", D(2021, 12, 31), False),
    ("请于下周一前答复", MAY8, "下周一前", D(2020, 5, 11), False),
    ("预计7、8月份完工", MAY8, "7、8月份", D(2020, 8, 31), True),
    ("于今年7—8月完成", MAY8, "今年7—8月", D(2020, 8, 31), False),
    ("将在11月中下旬完成", MAY8, "11月中下旬", D(2020, 11, 30), False),
    ("预计10月中旬左右完成", MAY8, "10月中旬左右", D(2020, 10, 20), True),
    ("6月底7月初开放", MAY8, "7月初", D(2020, 7, 10), False),  # the later end of a loose range
    ("元旦春节前发放到位", MAY8, "春节前", D(2021, 2, 11), False),
    ("2020年12月31日24时前截止", MAY8, "2020年12月31日24时前", D(2020, 12, 31), False),
    ("5月下旬至6月上旬施工", MAY8, "5月下旬至6月上旬", D(2020, 6, 10), False),
    ("下月10日前缴纳", MAY8, "下月10日前", D(2020, 6, 10), False),
    ("大约在6月底", MAY8, "6月底", D(2020, 6, 30), True),
    ("中秋国庆前完成", MAY8, "国庆前", D(2020, 9, 30), False),
    ("二○二一年六月完成", MAY8, "二○二一年六月", D(2021, 6, 30), False),
    ("市交通运输局回复:株洲智轨项目计划6月左右启动建设。", MAY8, "6月左右", D(2020, 6, 30), True),
    ("天元区政府回复:森林路将于5月底开放", MAY8, "5月底", D(2020, 5, 31), False),
    ("区住建局：已督促施工方于本月25日前恢复路面", MAY8, "本月25日前", D(2020, 5, 25), False),
    ("学校将于秋季开学前完成改造", MAY8, "秋季", D(2020, 11, 30), False),
    ("预计2021年春节前全线贯通", NOV16, "2021年春节前", D(2021, 2, 11), True),
    ("确保年底前全面完成", DEC20, "年底前", D(2023, 12, 31), False),
    ("明年1月底前完成", DEC20, "明年1月底前", D(2024, 1, 31), False),
    ("1月底前完成", DEC20, "1月底前", D(2024, 1, 31), False),
    ("元旦前完成", date(2023, 12, 31), "元旦前", D(2023, 12, 31), False),
    ("春节前完成", date(2024, 2, 10), "春节前", D(2025, 1, 28), False),
]

# Holiday names printed in quotes: the quotes belong to the phrase.
QUOTED_HOLIDAYS: list[Case] = [
    ("力争“国庆”前完工", MAY8, "“国庆”前", D(2020, 9, 30), True),
    ('确保"十一"前通车', MAY8, '"十一"前', D(2020, 9, 30), False),
    ("「春节」前发放到位", NOV16, "「春节」前", D(2021, 2, 11), False),
    ("新茶将于“端午节”前上市", MAY8, "“端午节”前", D(2020, 6, 24), False),
    ("『中秋』前后开园", MAY8, "『中秋』前后", D(2020, 10, 1), True),
    ("2022年“元旦”前完成", MAY8, "2022年“元旦”前", D(2021, 12, 31), False),
    ("公园定于“五一”开放", LEAP, "“五一”", D(2020, 5, 1), False),
    ("确保“五一前”开放", LEAP, "五一前", D(2020, 4, 30), False),
    ("争取在“五一”前后完成", LEAP, "“五一”前后", D(2020, 5, 1), True),
]

# 至/直至/持续至/到…为止 before a phrase that ends no range: how long an event lasts.
# A date moved there (推迟至, 延期至) and "至…前" stay deadlines; so does a range's end.
UNTIL_KEPT: list[Case] = [
    ("活动6月1日起至6月30日止", MAY8, "6月30日止", D(2020, 6, 30), False),
    ("开工时间推迟至8月底", MAY8, "8月底", D(2020, 8, 31), False),
    ("整改期限延期至6月30日", MAY8, "6月30日", D(2020, 6, 30), False),
    ("通车时间调整至国庆节前", MAY8, "国庆节前", D(2020, 9, 30), False),
    ("要求各单位至6月底前完成自查", MAY8, "6月底前", D(2020, 6, 30), False),
    ("工程约需到7月完工", MAY8, "7月", D(2020, 7, 31), True),
    ("办理时限压缩至3个工作日以内", MAY8, "3个工作日以内", D(2020, 5, 12), False),
    ("活动时间:12月30日至1月3日", DEC20, "12月30日至1月3日", D(2024, 1, 3), False),
    ("报名时间:5月20日至6月10日", MAY8, "5月20日至6月10日", D(2020, 6, 10), False),
    # 至 opening a clause that the date closes: by then, the time put first
    ("按照计划,至今年年底,东湖路有望全线打通", MAY8, "今年年底", D(2020, 12, 31), False),
    ("至2021年6月,东湖路将建成通车", MAY8, "2021年6月", D(2021, 6, 30), False),
]

# Quarters, halves and seasons without a year: the one that ended in the month just
# before publication is the recent one (so past); otherwise the nearest one.
RECENT_PERIODS_KEPT: list[Case] = [
    ("二季度完工", D(2021, 8, 10), "二季度", D(2022, 6, 30), False),
    ("一季度完工", D(2021, 5, 6), "一季度", D(2022, 3, 31), False),
    ("一季度完工", D(2021, 3, 31), "一季度", D(2021, 3, 31), False),
    ("四季度完工", D(2021, 2, 1), "四季度", D(2021, 12, 31), False),
    ("下半年启动二期建设", D(2021, 2, 20), "下半年", D(2021, 12, 31), False),
    ("春季开工", D(2021, 7, 1), "春季", D(2022, 5, 31), False),
    ("秋季开学前完成", D(2021, 1, 10), "秋季", D(2021, 11, 30), False),
]

# 次年/翌年 after another year: the year after that one; alone, after publication.
FOLLOWING_YEAR: list[Case] = [
    ("2022年动工,次年底竣工", MAY8, "次年底", D(2023, 12, 31), False),
    ("2022年动工,次年底竣工", None, "次年底", D(2023, 12, 31), False),
    ("二〇二二年立项,翌年6月建成", None, "翌年6月", D(2023, 6, 30), False),
    ("2021年立项,次年开工,翌年6月完工", MAY8, "翌年6月", D(2023, 6, 30), False),
    ("2019年立项。\n次年6月完工", MAY8, "次年6月", D(2021, 6, 30), False),
    ("明年动工,次年底竣工", None, "次年底", None, False),
]

ALL_CASES = (
    ABSOLUTE
    + RELATIVE_YEAR
    + YEAR_PARTS
    + QUARTERS_SEASONS
    + NEAREST_MONTH
    + RELATIVE_MONTH_WEEK
    + HOLIDAYS
    + DURATIONS
    + RANGES
    + HEDGES
    + REALISTIC
    + MIXED
    + QUOTED_HOLIDAYS
    + UNTIL_KEPT
    + RECENT_PERIODS_KEPT
    + FOLLOWING_YEAR
)


@pytest.mark.parametrize(("text", "published", "expr", "due", "approximate"), ALL_CASES)
def test_find_deadline(
    text: str, published: date | None, expr: str, due: date | None, approximate: bool
) -> None:
    found = best(text, published)
    assert found is not None, text
    assert (found.expr, found.due, found.approximate) == (expr, due, approximate)


# Text that holds no deadline at all.
NONE_CASES: list[tuple[str, date | None]] = [
    ("请尽快办理", MAY8),
    # a half or season without its year after one of a past year named before it: that year's
    ("该排水工程2019年上半年设计,下半年施工", MAY8),
    ("2019年春季开工,秋季完工", MAY8),
    ("附件:某市体育设施布局规划(2020-2035年)结合旧城改造部分", MAY8),  # the end of a plan's span
    ("我们制定了冬季施工方案,确保工地不停工", MAY8),  # a season's way of working, not a time limit
    ("近期将开工", MAY8),
    ("将适时启动", MAY8),
    ("下一步将加强监管", MAY8),
    ("争取早日建成", MAY8),
    ("择期举行", MAY8),
    ("即将开通", MAY8),
    ("日前,记者从市住建局获悉", MAY8),
    ("近日,市政府召开会议", MAY8),
    ("目前正在施工", MAY8),
    ("随后将公布结果", MAY8),
    ("截至3月5日,全市共排查企业147家", MAR10),
    ("截至2020年12月底，岳阳3938名专业渔民社保补贴全部到位", date(2021, 4, 6)),
    ("截至6月底,全市共完成投资", None),
    ("截止到6月底,全市共完成投资", None),
    ("截止6月30日,共受理申请", None),
    ("该项目已于12月完工", MAY8),
    ("该项目已于12月完工", None),
    ("已在5月底完成验收", None),
    ("早在2012年就已立项", MAY8),
    ("曾于6月启动", None),
    ("自3月3日至11日,我市开展危险废物大排查行动", MAR10),
    ("自3月3日至11日,我市开展危险废物大排查行动", None),
    ("株洲市金融服务平台自2019年11月21日启动以来", MAY8),
    ("3月以来,全市新增就业", None),
    ("今年5月以来,全市新增就业", None),
    ("5月底就已完成", None),
    ("6月底前已完成主体施工", None),
    ("3月9日上午,市委副书记调研", MAR10),
    ("2020年7月13日,临时党支部面对党旗宣誓", MAR10),
    ("2020年7月,长江流域洪水肆虐", MAR10),
    ("在2020年底的辩论赛现场", MAR10),
    ("今年2月24日,市委书记调研", MAR10),
    ("10月27日至28日,市委书记率队考察", OCT29),
    ("10月28日,高新区柘里渡小学组织3至11岁学生接种", OCT29),
    ("3月31日中午,3月的集体生日聚会在该行开展", date(2021, 4, 6)),
    ("4月4日10点22分,一名20岁左右的男子来到营业厅", date(2021, 4, 6)),
    ("较年初新增6.65亿元", date(2021, 4, 6)),
    ("全力完成《衡阳市国土空间总体规划(2019—2035年)》目标", OCT29),
    ("《关于2021年底前完成整治的通知》", MAY8),
    ("《关于2021年底前完成整治的通知》", None),
    ("2019—2035年", MAY8),
    ("2019-2035年", None),
    ("2020年", MAY8),
    ("2020年,全市生产总值增长8.1%左右", None),
    ("2035年远景目标", None),
    ("今年以来", MAY8),
    ("晚上7点", MAY8),
    ("上午", MAY8),
    ("7点前到达", MAY8),
    ("3至11岁儿童", MAY8),
    ("5个项目", MAY8),
    ("第51期", MAY8),
    ("20岁左右", None),
    ("增长8.1%左右", None),
    ("到达目的地前7天内核酸检测阴性", MAY8),
    ("到达目的地前7天内核酸检测阴性", None),
    ("近3个月内无出境史", MAY8),
    ("过去一年内无违法记录", MAY8),
    ("最近14天内有中高风险地区旅居史", MAY8),
    ("3天前已经报修", MAY8),
    ("3年前建成", MAY8),
    ("连续7天无新增", MAY8),
    ("时长不超过3分钟", MAY8),
    ("长则半年,短则一两个月", MAY8),
    ("6月起施行", MAY8),
    ("自6月1日起施行", MAY8),
    ("从今年5月开始,随着电子站牌投用", MAR10),
    ("春节后复工", NOV16),
    ("国庆节后开学", MAY8),
    ("6月以后开放", MAY8),
    ("6月之后开放", MAY8),
    ("年底后开放", MAY8),
    ("上个月完工", MAY8),
    ("4月底完工", MAY8),
    ("4月完工", MAY8),
    ("5月5日完工", MAY8),
    ("上半年完工", NOV16),
    ("年初完工", NOV16),
    ("11月完工", DEC20),
    ("今年前三季度,全市GDP增长", NOV16),
    ("2021年前三季度,全市GDP增长", NOV16),
    ("前三季度全市GDP增长", NOV16),
    ("每月底统计一次", MAY8),
    ("每年年底考核", MAY8),
    ("每年6月底前申报", MAY8),
    ("每季度末报送", MAY8),
    ("每月15日前报送", MAY8),
    ("第十一届运动会", MAY8),
    ("十一五规划", MAY8),
    ("春节返乡人员", NOV16),
    ("政治清明", NOV16),
    ("次月底前缴纳", MAY8),
    ("下周期的工作", MAY8),
    ("2021年2月30日前完成", MAY8),
    ("2月30日前完成", MAY8),
    ("2021年13月", MAY8),
    ("国庆70周年", MAY8),
    ("年中国经济", None),
    ("今年中央财政", None),
    ("今年初步实现", None),
    ("5月20日-5日", date(2020, 5, 25)),
    ("2021年1月1日零时起施行", MAY8),
    ("6月30日24时后停止受理", MAY8),
    ("从6月30日下午起封闭施工", MAY8),
    ("工期约3个月", MAY8),
    ("预计工期为6个月", MAY8),
    ("三一项目一期300多户在40天前征收完毕", MAY8),
    ("年前完成", NOV16),
    ("3月9日上午", MAR10),
    ("3日前", MAY8),
    # quoted holiday names that are no deadline
    ("“五一”后开放", MAY8),
    ("“春节”返乡人员", NOV16),
    ("“十一”黄金周景区客流", MAY8),
    # how long an event lasts
    ("活动将持续至国庆节", MAY8),
    ("本届菊花展展期至11月30日", MAY8),
    ("优惠活动即日起至6月30日止", MAY8),
    ("即日起至6月30日止", MAY8),
    ("到6月底为止", MAY8),
    ("到6月底为止,全市共受理投诉312件", MAY8),
    ("灯会将一直延续至元宵节", NOV16),
    ("夜市持续到10月底", MAY8),
    ("展览直至8月31日", MAY8),
    ("演出季持续至 12月", MAY8),
    # holiday periods and the dates that gloss them
    ("春节期间,各大超市正常营业", NOV16),
    ("国庆长假期间,景区实行预约入园", MAY8),
    ("五一小长假景区客流大增", LEAP),
    ("中秋假期全市接待游客12万人次", MAY8),
    ("端午假日期间加强巡查", MAY8),
    ("清明节期间倡导文明祭扫", LEAP),
    ("国庆假期期间高速公路免费通行", MAY8),
    ("春节假期开放", DEC20),
    ("十一期间开放", MAY8),
    ("元旦期间开放", DEC20),
    ("请问元旦期间市图书馆开放吗?", DEC20),
    ("元旦期间(12月30日至1月1日),市图书馆正常开放", DEC20),
    ("春节假期为2月10日至17日", DEC20),
    # a quarter, half or season that just ended: a past statistic
    ("一季度,全市GDP增长5.2%", D(2021, 4, 15)),
    ("第二季度全市新增就业1.2万人", D(2021, 7, 10)),
    ("三季度,市12345热线共受理来电3.2万件", D(2020, 10, 20)),
    ("四季度全市完成投资120亿元", D(2021, 1, 18)),
    ("二、三季度累计完成投资", D(2021, 10, 8)),
    ("一至三季度,全市生产总值增长", D(2021, 10, 8)),
    ("下半年,全市共办结群众来信", D(2021, 1, 12)),
    ("上半年,全市共受理", D(2021, 7, 5)),
    ("春季全市共植树8万株", D(2021, 6, 3)),
    ("冬季全市供暖平稳", D(2021, 3, 2)),
    ("", MAY8),
    ("", None),
]


@pytest.mark.parametrize(("text", "published"), NONE_CASES)
def test_no_deadline(text: str, published: date | None) -> None:
    found = find_deadlines(text, published)
    check_spans(text, found)
    assert found == []
    assert find_deadline(text, published) is None


# Every deadline in a text, in order: (text, published, [(expr, due)]).
ALL_FOUND: list[tuple[str, date | None, list[tuple[str, date | None]]]] = [
    # (this year's first half named before: the second half is this year's too)
    ("该工程2020年上半年设计,下半年施工", MAY8, [("2020年上半年", D(2020, 6, 30)), ("下半年", D(2020, 12, 31))]),
    (
        "计划5月份移交完成后,于5月底开放",
        MAY8,
        [("5月份", D(2020, 5, 31)), ("5月底", D(2020, 5, 31))],
    ),
    (
        "本周六晚(5月9日)7点 付家功夫羊千元霸王餐",
        MAY8,
        [("本周六", D(2020, 5, 9)), ("5月9日", D(2020, 5, 9))],
    ),
    (
        "截至5月7日已征集60件。5月15日前,网友可以拍摄",
        MAY8,
        [("5月15日前", D(2020, 5, 15))],
    ),
    (
        "今年8月竣工,明年上半年投用,2022年底前全部完成",
        MAY8,
        [
            ("今年8月", D(2020, 8, 31)),
            ("明年上半年", D(2021, 6, 30)),
            ("2022年底前", D(2022, 12, 31)),
        ],
    ),
    (
        "5月底开放,三个月内完成,春节前到位",
        None,
        [("5月底", None), ("三个月内", None), ("春节前", None)],
    ),
    (
        "城区首批智慧公交电子站牌5月底投用。从今年5月开始,随着电子站牌投用……预计5月底,南湖大道将率先启用",
        MAR10,
        [("5月底", D(2021, 5, 31)), ("5月底", D(2021, 5, 31))],
    ),
    (
        "3月9日上午调研。3月31日前完成排查,4月底前完成整改",
        MAR10,
        [("3月31日前", D(2021, 3, 31)), ("4月底前", D(2021, 4, 30))],
    ),
    (
        "项目明年3月开工,次年6月建成",
        NOV16,
        [("明年3月", D(2021, 3, 31)), ("次年6月", D(2022, 6, 30))],
    ),
    (
        "今年9月开工,次年3月完工",
        MAY8,
        [("今年9月", D(2020, 9, 30)), ("次年3月", D(2021, 3, 31))],
    ),
    (
        "计划明年开工,次年春节前完工",
        NOV16,
        [("明年", D(2021, 12, 31)), ("次年春节前", D(2022, 1, 31))],
    ),
    (
        "2021年12月至次年1月施工,次年5月完工",
        MAY8,
        [("2021年12月至次年1月", D(2022, 1, 31)), ("次年5月", D(2022, 5, 31))],
    ),
    (
        "春节期间正常营业,2月20日前完成检修",
        DEC20,
        [("2月20日前", D(2024, 2, 20))],
    ),
    (
        "报名从5月20日开始至6月10日结束",
        MAY8,
        [("6月10日", D(2020, 6, 10))],
    ),
    (
        "活动持续至5月31日,6月底前公布结果",
        MAY8,
        [("6月底前", D(2020, 6, 30))],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), ALL_FOUND)
def test_find_deadlines_lists_all(
    text: str, published: date | None, expected: list[tuple[str, date | None]]
) -> None:
    found = find_deadlines(text, published)
    check_spans(text, found)
    assert [(d.expr, d.due) for d in found] == expected


PRECISION: list[tuple[str, date | None, str]] = [
    ("2021年5月20日", MAY8, "day"),
    ("2021-05-20", MAY8, "day"),
    ("5月20日前", MAY8, "day"),
    ("本周六", MAY8, "day"),
    ("5月底", MAY8, "xun"),
    ("6月上旬", MAY8, "xun"),
    ("月底前", MAY8, "xun"),
    ("本周内", MAY8, "xun"),
    ("6月", MAY8, "month"),
    ("下个月", MAY8, "month"),
    ("8-9月份", MAY8, "month"),
    ("三季度", MAY8, "quarter"),
    ("三到四季度", MAY8, "quarter"),
    ("上半年", MAY8, "half"),
    ("明年下半年", MAY8, "half"),
    ("春季", NOV16, "season"),
    ("明年年中", MAY8, "season"),
    ("年底前", MAY8, "year"),
    ("2021年内", MAY8, "year"),
    ("三个月内", MAY8, "duration"),
    ("15个工作日内", None, "duration"),
    ("春节前", MAY8, "holiday"),
    ("国庆节前", None, "holiday"),
    ("5月底", None, "xun"),
    ("年底", None, "year"),
]


@pytest.mark.parametrize(("text", "published", "precision"), PRECISION)
def test_precision(text: str, published: date | None, precision: str) -> None:
    found = find_deadline(text, published)
    assert found is not None
    assert found.expr == text
    assert found.precision == precision


def test_best_prefers_a_resolved_due_date() -> None:
    text = "预计下月底完工,2021年6月30日前验收"
    found = find_deadline(text, None)
    assert found is not None and found.expr == "2021年6月30日前"
    everything = find_deadlines(text, None)
    assert [d.expr for d in everything] == ["下月底", "2021年6月30日前"]


def test_best_falls_back_to_unresolved() -> None:
    found = find_deadline("预计下月底完工", None)
    assert found == Deadline("下月底", None, True, 2, 5, "xun")


def test_offsets_in_longer_text() -> None:
    text = "网友问:森林路何时能开通?\n天元区政府回复:计划5月份移交完成后,于5月底开放。"
    found = find_deadlines(text, MAY8)
    assert [d.expr for d in found] == ["5月份", "5月底"]
    check_spans(text, found)
    assert found[1].start == text.index("5月底")


def test_datetime_published_is_accepted() -> None:
    found = find_deadline("5月底开放", datetime(2020, 5, 8, 9, 26))
    assert found is not None and found.due == D(2020, 5, 31)


def test_due_equal_to_published_is_kept() -> None:
    found = find_deadline("11月16日开放", NOV16)
    assert found is not None and found.due == NOV16


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("5", (5, False)),
        ("15", (15, False)),
        ("十", (10, False)),
        ("十五", (15, False)),
        ("二十", (20, False)),
        ("二十一", (21, False)),
        ("三十一", (31, False)),
        ("廿三", (23, False)),
        ("两", (2, False)),
        ("一百", (100, False)),
        ("二〇二一", (2021, False)),
        ("二零二一", (2021, False)),
        ("一两", (2, True)),
        ("三五", (5, True)),
        ("卅一", (31, False)),
        ("一百零五", (105, False)),
        ("２０２１", (2021, False)),
    ],
)
def test_cn_number(text: str, value: tuple[int, bool]) -> None:
    assert cn_number(text) == value


@pytest.mark.parametrize("text", ["", "abc", "十x", "²"])
def test_cn_number_rejects(text: str) -> None:
    assert cn_number(text) is None


@pytest.mark.parametrize("text", ["7", "十", "十二", "二十一", "廿四", "三十", "二〇二一", "一百"])
def test_cn_number_is_to_int(text: str) -> None:
    assert cn_number(text) == (to_int(text), False)


# ---------------------------------------------------------------------------------------
# Properties: never raise, spans always valid, due dates real.

_TIMEY = list(
    '0123456789０１２３４５６７８９〇零一二两三四五六七八九十廿百半年月日号旬底末初中上下前后内之以左右季度春夏秋冬天周星期本这明今去次翌来个工作节春国庆元旦五端午秋宵清农历至到-~、.《》截自起已,。 “”"「」期间假持续止为'
)


@settings(max_examples=400, deadline=None)
@given(st.text(), st.one_of(st.none(), st.dates()))
def test_never_raises_on_any_text(text: str, published: date | None) -> None:
    found = find_deadlines(text, published)
    check_spans(text, found)
    best_one = find_deadline(text, published)
    assert best_one is None or best_one in found


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=st.sampled_from(_TIMEY), max_size=40), st.one_of(st.none(), st.dates()))
def test_never_raises_on_time_like_text(text: str, published: date | None) -> None:
    found = find_deadlines(text, published)
    check_spans(text, found)
    for deadline in found:
        if published is not None and deadline.due is not None:
            assert deadline.due >= published
        assert deadline.precision in {
            "day",
            "xun",
            "month",
            "quarter",
            "half",
            "season",
            "year",
            "duration",
            "holiday",
        }


@pytest.mark.parametrize(
    ("text", "published", "expr", "due"),
    [
        # a month just before publication is the recent past, unless the clause looks ahead
        ("计划12月底前完成全部改造", D(2021, 1, 5), "12月底前", D(2021, 12, 31)),
        ("该项目将于12月投入使用", D(2021, 1, 5), "12月", D(2021, 12, 31)),
        ("12月,全市共受理群众诉求1200件", D(2021, 1, 5), None, None),
        ("受疫情影响,原计划5月完工的项目推迟至8月底完工。", D(2020, 6, 15), "8月底", D(2020, 8, 31)),
    ],
)
def test_just_ended_month_unless_the_clause_looks_ahead(text: str, published: date, expr: str | None, due: date | None) -> None:
    d = find_deadline(text, published)
    assert (d.expr if d else None, d.due if d else None) == (expr, due)


# DESIGN: a bare year is a period; find_deadline on a phrase alone resolves a past period too,
# while the reader's items never take a past date (find_deadlines lists none).
@pytest.mark.parametrize(("text", "published", "expr", "due"), [
    ("今年", MAY8, "今年", D(2020, 12, 31)),
    ("明年", MAY8, "明年", D(2021, 12, 31)),
    ("明年将继续推进", None, "明年", None),
    ("去年12月完工", MAY8, "去年12月", D(2019, 12, 31)),
    ("去年底完工", MAY8, "去年底", D(2019, 12, 31)),
    ("前年6月完工", MAY8, "前年6月", D(2018, 6, 30)),
    ("后年", MAY8, "后年", D(2022, 12, 31)),
])
def test_bare_and_past_years_alone(text: str, published: date | None, expr: str, due: date | None) -> None:
    found = find_deadline(text, published)
    assert found is not None and (found.expr, found.due) == (expr, due)


@pytest.mark.parametrize("text", ["去年12月完工", "去年下半年,岳阳开始新建公交专用快车道", "前年6月完工"])
def test_past_periods_are_never_an_items_deadline(text: str) -> None:
    assert find_deadlines(text, MAY8) == []


MAR15 = date(2021, 3, 15)


# Readings DESIGN added for real pages (the due date is the last day of the period named).
@pytest.mark.parametrize(("text", "expr", "due"), [
    ("本月底前完成", "本月底前", D(2021, 3, 31)),
    ("月内完成挂牌", "月内", D(2021, 3, 31)),
    ("下月完工", "下月", D(2021, 4, 30)),
    ("下周开通", "下周", D(2021, 3, 28)),
    ("20日前完成", "20日前", D(2021, 3, 20)),
    ("4月中完工", "4月中", D(2021, 4, 20)),
    ("今年下半年初开放", "今年下半年初", D(2021, 7, 31)),
    ("明年开春动工", "明年开春", D(2022, 5, 31)),
    ("夏季开放", "夏季", D(2021, 8, 31)),
    ("半个月内完成", "半个月内", D(2021, 3, 30)),
    ("力争“十四五”期间建成", "“十四五”期间", D(2025, 12, 31)),
    ("6月上旬至中旬完成", "6月上旬至中旬", D(2021, 6, 20)),
    ("计划2023年建成通车", "2023年", D(2023, 12, 31)),
])
def test_real_page_readings(text: str, expr: str, due: date) -> None:
    found = find_deadline(text, MAR15)
    assert found is not None and (found.expr, found.due) == (expr, due)


def test_a_five_year_plans_end_keeps_its_year_after_a_dated_month() -> None:
    """"根据2019年7月召开的…部署,确保“十三五”末…" printed in 2019: the plan ends in 2020, not in
    the year of the month named before it (that rule is for months without a year)."""
    found = find_deadline("根据2019年7月31日召开的推进会的部署,确保“十三五”末全省高速公路总里程达到7500公里。", date(2019, 8, 24))
    assert found is not None and (found.expr, found.due) == ("“十三五”末", date(2020, 12, 31))


def test_yuanyue_is_january() -> None:
    from inquiry_tracker.extract.deadline import find_deadlines

    pub = date(2015, 12, 25)
    assert [(d.expr, str(d.due)) for d in find_deadlines("预计在2016年元月20号可以通车", pub)] == [
        ("2016年元月20号", "2016-01-20")]
    assert [(d.expr, str(d.due)) for d in find_deadlines("力争明年元月底前完工", pub)] == [("明年元月底前", "2016-01-31")]
    assert find_deadlines("月租5000元月结", pub) == []


def test_a_service_starting_on_the_day_is_a_date_but_a_start_of_work_is_not() -> None:
    from inquiry_tracker.extract.deadline import find_deadlines

    pub = date(2021, 10, 20)
    assert [d.expr for d in find_deadlines("本市采暖期于2021年11月1日零时起正式供热", pub)] == ["2021年11月1日"]
    assert find_deadlines("6月起开展整治", pub) == []


def test_a_season_naming_an_activity_is_no_time() -> None:
    from inquiry_tracker.extract.deadline import find_deadlines

    assert find_deadlines("市长到供热企业调研冬季供热准备情况", date(2021, 10, 9)) == []


def test_two_digit_years_before_a_month() -> None:
    from inquiry_tracker.extract.deadline import find_deadlines

    assert [(d.expr, str(d.due)) for d in find_deadlines("预计24年9月完工", date(2024, 1, 5))] == [("24年9月", "2024-09-30")]
    # a past month of a two-digit year is past, not this year's December
    assert find_deadlines("09年12月区政府组织了调查", date(2010, 11, 30)) == []
    assert find_deadlines("工期15年", date(2024, 1, 5)) == []


def test_a_month_keeps_the_year_of_a_dated_month_before_it_in_its_sentence() -> None:
    """Printed in November: "今年4月份开工建设,计划9月20日完工" is this September's plan (past,
    no deadline), not next year's; a later date of that year still is one; a bare 今年 with no
    month, or no year at all, leaves the month to the next one coming."""
    nov = date(2024, 11, 1)
    assert find_deadlines("该工程于今年4月份开工建设,计划9月20日完工。", nov) == []
    assert [d.due for d in find_deadlines("该工程于2024年4月开工,计划12月20日完工。", nov)] == [date(2024, 12, 20)]
    assert [d.due for d in find_deadlines("今年已完成八成工程量,预计3月完工。", nov)] == [date(2025, 3, 31)]
    assert [d.due for d in find_deadlines("该工程计划9月20日完工。", nov)] == [date(2025, 9, 20)]


def test_a_year_put_first_with_the_plan_in_the_clause_after_it() -> None:
    """"2023年,某区将建成三所学校" is due at that year's end; "2022年,全市完成投资50亿元" (no plan
    word: a year's record) is no deadline."""
    feb = date(2023, 2, 3)
    assert [d.due for d in find_deadlines("2023年,青禾区将建成三所学校。", feb)] == [date(2023, 12, 31)]
    assert find_deadlines("2022年,全市完成投资50亿元。", feb) == []
    # a dated target put first is one too (real pages annotate "到2030年,全省将建成…" as a promise)
    assert [d.due for d in find_deadlines("到2025年,全市将建成。", feb)] == [date(2025, 12, 31)]


def test_works_said_to_last_until_a_day_are_due_to_end_then() -> None:
    """"工期预计将持续到7月31日" dates the end of the works; an event lasting until a day (活动将持续至
    元宵节) or a show extended to a day is no deadline."""
    may = date(2023, 5, 29)
    assert [d.due for d in find_deadlines("工期预计将持续到7月31日。", may)] == [date(2023, 7, 31)]
    assert find_deadlines("展期至10月31日。", may) == []


# "<event>前": the day before a big event opens, the event picked by its host, a year the
# text gives, and which opening was scheduled when the page was printed
@pytest.mark.parametrize(
    ("text", "published", "expr", "due"),
    [
        ("体育中心改造力争在大运会前完工", D(2010, 5, 1), "大运会前", D(2011, 8, 11)),
        ("体育中心改造力争在大运会前完工", D(2019, 5, 1), "大运会前", D(2021, 8, 17)),
        ("体育中心改造力争在大运会前完工", D(2021, 9, 1), "大运会前", D(2022, 6, 25)),
        ("场馆周边道路将于杭州亚运会开幕前全部通车", D(2021, 3, 15), "杭州亚运会开幕前", D(2022, 9, 9)),
        ("场馆周边道路将于杭州亚运会开幕前全部通车", D(2022, 7, 1), "杭州亚运会开幕前", D(2023, 9, 22)),
        ("预计2022年北京冬奥会前建成", D(2019, 1, 1), "2022年北京冬奥会前", D(2022, 2, 3)),
        ("确保第十四届全运会开幕前投用", D(2020, 4, 1), "第十四届全运会开幕前", D(2021, 9, 14)),
        ("新馆要在十四运前交付", D(2020, 4, 1), "十四运前", D(2021, 9, 14)),
        ("西安世园会前完成绿化", D(2010, 4, 1), "西安世园会前", D(2011, 4, 27)),
    ],
)
def test_event_deadline(text: str, published: date, expr: str, due: date) -> None:
    found = find_deadline(text, published)
    assert found is not None and (found.expr, found.due, found.precision) == (expr, due, "holiday")


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("亚运会前期准备工作已经启动", D(2021, 3, 1)),  # 前期 is groundwork, not "before"
        ("大运会期间实行交通管制", D(2019, 1, 1)),  # a period, not a deadline
        ("奥运会前已建成", D(2012, 1, 1)),  # the only Olympics held here is past
    ],
)
def test_event_no_deadline(text: str, published: date) -> None:
    found = find_deadline(text, published)
    assert found is None or found.due is None


def test_event_without_publication_date_only_when_unique() -> None:
    assert find_deadline("冬奥会前通车").due == D(2022, 2, 3)  # type: ignore[union-attr]
    assert find_deadline("大运会前通车") is None or find_deadline("大运会前通车").due is None  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "expr", "due"),
    [
        ("开挖一条排水沟,此工程预计10天后可完工", "10天后", D(2017, 9, 25)),
        ("抢修队正在更换管道,预计3天后恢复供水", "3天后", D(2017, 9, 18)),
        ("预计在两天时间内村道可以修建完工", "两天时间内", D(2017, 9, 17)),  # 时间 before 内
    ],
)
def test_a_finish_some_days_on_is_due_then(text: str, expr: str, due: date) -> None:
    found = find_deadline(text, D(2017, 9, 15))
    assert found is not None and (found.expr, found.due) == (expr, due)


def test_some_days_later_in_a_story_is_no_deadline() -> None:
    assert find_deadline("三个月后,他又来到这里看望老人", D(2017, 9, 15)) is None
