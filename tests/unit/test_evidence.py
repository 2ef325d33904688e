"""Reports of finished acts, and the names by which they mention a tracked item."""

from __future__ import annotations

from datetime import date

import pytest

from inquiry_tracker.extract.evidence import reports, subject_keys


@pytest.mark.parametrize(
    "sentence",
    [
        "5月30日上午,森林路正式通车。",
        "经过半年施工,天元区中南菜市场已于6月1日整体搬迁到新址。",
        "神农大剧院顺利完工了。",
        "日前,爱心大院项目竣工交付,首批老人入住。",
        "记者昨日从市住建局获悉,建设路积水点整改已完成。",
        "截至目前,2020年人才专项资金已全部发放到位",
        "Bus rapid transit:智轨T1线今天开通运营!",
    ],
)
def test_reports_of_done_acts(sentence: str) -> None:
    found = reports("导语。" + sentence + "\n下一段。")
    assert [r.sentence for r in found] == [sentence.rstrip("\n")]
    assert ("导语。" + sentence)[found[0].start : found[0].end] == found[0].sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "爱心大院项目将在今年8月竣工交付。",  # a promise
        "森林路计划5月底开放。",
        "预计年底前建成通车。",
        "智轨项目何时开通?",  # a question
        "电子站牌尚未启用。",  # not yet
        "森林路能否如期通车?",
        "市民希望早日开通公交线路。",
        "要求施工单位确保月底前完工。",
        "森林路通车。",  # no sign that it already happened
    ],
)
def test_plans_questions_and_wishes_are_not_reports(sentence: str) -> None:
    assert reports(sentence) == []


@pytest.mark.parametrize(
    ("subject", "keys"),
    [
        ("森林路开放", ["森林路"]),
        ("中南菜市场搬迁", ["中南菜市场"]),
        ("爱心大院项目竣工交付", ["爱心大院项目", "爱心大院"]),
        ("株洲智轨项目启动建设", ["株洲智轨项目", "智轨项目", "株洲智轨"]),  # longest first, then by code point
        ("长沙市地铁6号线开通", ["长沙市地铁6号线", "地铁6号线"]),
        ("石峰区人才补贴发放", ["石峰区人才补贴"]),  # 补贴 is the thing here, not an act
        ("所需政务数据的全部归集", ["政务数据"]),
        ("老旧小区改造", []),  # too common to name one item
        ("路灯维修", []),
        ("市水务局施工", []),  # who promised, not what
        ("松原市热力公司施工", []),
        ("城北区施工", []),  # a place, not a thing
        ("石峰区人才补贴发放", ["石峰区人才补贴"]),
        ("", []),
    ],
)
def test_subject_keys(subject: str, keys: list[str]) -> None:
    assert list(subject_keys(subject)) == keys


@pytest.mark.parametrize(
    "sentence",
    [
        "中山街提质改造项目7月10日前建成投用。",  # a deadline, even without 将/计划
        "望江巷地下综合管廊11月25日前完工",
        "目前,建设路地下综合管廊主体工程已完成52%。",  # part of the work
        "一期工程已建成,二期正在施工。",
        "部分路段已开通。",
        "工程已基本完工。",
    ],
)
def test_deadlines_and_partial_progress_are_not_reports(sentence: str) -> None:
    assert reports(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "中山东路提质改造已进入收尾阶段,明年春季交付使用。",
        "城东污水处理厂二期已进入收尾阶段,六个月内交付使用。",
        "目前管网施工已完成,二〇二三年六月完成路面恢复。",
    ],
)
def test_a_time_still_to_come_makes_it_a_plan(sentence: str) -> None:
    assert reports(sentence, date(2022, 10, 12)) == []


def test_past_dates_stay_reports() -> None:
    text = "该路口信号灯已于8月25日修复,目前运行正常。森林路于5月30日正式通车。"
    assert len(reports(text, date(2021, 8, 29))) == 2
