"""What a later article says of a project, clause by clause: done (with the day), planned
for a date (a slip or a restated date), or a milestone. Cases written for this project."""

from __future__ import annotations

from datetime import date

import pytest

from inquiry_tracker.extract.evidence import reports, thing_of
from inquiry_tracker.extract.lexicon import same_act
from inquiry_tracker.extract.stance import claims, promised_step

JUNE_2 = date(2020, 6, 2)


def _one(text: str, published: date = JUNE_2) -> tuple[str, date | None, bool, bool]:
    found = claims(text, published)
    assert found, text
    c = found[-1]
    return c.kind, c.when, c.partial, c.slip


@pytest.mark.parametrize(
    ("text", "kind", "when"),
    [
        ("5月30日上午,森林路正式通车。", "done", date(2020, 5, 30)),
        ("昨天,改建后的南湖公园正式开放。", "done", date(2020, 6, 1)),
        ("6月1日上午,滨江学校交付暨揭牌仪式举行。", "done", date(2020, 6, 1)),
        ("今天上午,北环路通车仪式在两区交界处举行。", "done", JUNE_2),
        ("12月25日,东湖大道迎来了全线通车。", "done", date(2019, 12, 25)),  # printed in June: last December
        ("继东环路高架于去年9月9日通车后,地面道路也已完工。", "done", None),  # its own day is not told
        # an opening set for the next day or two, without a hedge, is the report of it
        ("青石大桥将于6月3日零时起正式通车。", "done", date(2020, 6, 3)),
        ("明天起,新馆将正式对外开放。", "done", date(2020, 6, 3)),
        ("森林路刚通车,就迎来了第一批游客。", "done", None),  # just opened: done, its day unsaid
        ("5月30日,新馆正式交给市民使用。", "done", date(2020, 5, 30)),  # handed over for use: open
        ("同时,森林路高架桥也同步开通。", "done", None),  # opened with the event just reported
    ],
)
def test_reports_of_things_done(text: str, kind: str, when: date | None) -> None:
    assert _one(text)[:2] == (kind, when)


def test_the_last_clause_of_a_report_keeps_the_first_clauses_day() -> None:
    found = claims("继东环路高架于去年9月9日通车后,其地面工程也已完工", JUNE_2)
    assert found[0].kind == "done" and found[0].when == date(2019, 9, 9)


@pytest.mark.parametrize(
    ("text", "when", "slip"),
    [
        ("受汛期影响,东环路通车时间推迟至10月30日。", date(2020, 10, 30), True),
        ("新的开放日期初定在本月28日。", date(2020, 6, 28), False),
        ("初步预计,通车时间可能会在7月2日左右。", date(2020, 7, 2), False),
        ("由于跨江大桥明年年底才能建成通车,过江车辆仍需绕行。", date(2021, 12, 31), True),
        ("项目预计于2021年底基本完工。", date(2021, 12, 31), False),
        ("预计10月中下旬具备通车条件。", date(2020, 10, 31), False),
        ("这条快速路进入了通车倒计时,将在下周通车。", date(2020, 6, 14), False),
    ],
)
def test_plans_carry_their_date(text: str, when: date, slip: bool) -> None:
    kind, found, _, slipped = _one(text)
    assert (kind, found, slipped) == ("plan", when, slip)


def test_a_day_ahead_without_a_year_is_a_plan() -> None:
    found = claims("12月26日新馆对外开放前,所有图书都将上架。", date(2020, 12, 1))
    assert [(c.kind, c.when) for c in found] == [("plan", date(2020, 12, 26))]


def test_a_missed_opening_without_a_new_date_is_a_slip() -> None:
    kind, when, _, slip = _one("原定于今日开通的地铁5号线未能如期开通,令乘客失望而归。")
    assert (kind, when, slip) == ("plan", None, True)


@pytest.mark.parametrize(
    "text",
    [
        "滨江大桥主桥昨日顺利合龙。",
        "北环路快速化改造工程主桥全线贯通,标志着北环路通车进入倒计时。",
        "市图书馆新馆工程正式破土动工。",
        "该桥于上个月完工,已具备通车条件。",
    ],
)
def test_milestones(text: str) -> None:
    assert _one(text)[0] == "milestone"


@pytest.mark.parametrize(
    "text",
    [
        "东环路一期工程已建成通车。",
        "北环高速(不含跨江大桥)今日通车。",
        "部分路段已于昨日开通。",
    ],
)
def test_a_part_done_is_marked_partial(text: str) -> None:
    kind, _, partial, _ = _one(text)
    assert kind == "done" and partial


@pytest.mark.parametrize(
    "text",
    [
        "森林路何时能开通?",
        "森林路是否能如期通车?",
        "电子站牌尚未启用。",
        "森林路通车。",  # no sign that it happened, no date
        "北京地铁年底将新开通3条线路 2012-12-05 08:29:49",  # a page's time stamp is no opening day
    ],
)
def test_no_report(text: str) -> None:
    assert all(c.kind != "done" for c in claims(text, date(2012, 12, 5)))


@pytest.mark.parametrize(
    "text",
    [
        "森林路修了四年,至今还没全线贯通。",  # negated, however it is said
        "森林路仍未开放通行。",
        "网友来信《森林路到底啥时候正式通车》",  # a question without its question mark
        "那新馆到底什么时候才能建成",  # 才能 in a question is no slip
        "这是今年我省投入使用的第四座跨江大桥。",  # its place in a count of works done, no plan
    ],
)
def test_a_negated_asked_or_counted_act_is_no_claim_at_all(text: str) -> None:
    assert claims(text, date(2012, 12, 5)) == []


def test_claims_point_into_the_text() -> None:
    text = "导语。\n5月30日上午,森林路正式通车。\n下一段。"
    (c,) = reports(text, JUNE_2)
    assert text[c.start : c.end] == c.sentence and text[c.clause_start : c.clause_end] == "森林路正式通车。"


@pytest.mark.parametrize(
    ("subject", "thing"),
    [
        ("森林路开放", "森林路"),
        ("爱心大院项目竣工交付", "爱心大院项目"),
        ("所需政务数据的全部归集", "政务数据"),
        ("老旧小区改造", None),  # too common to name one item
        ("市水务局施工", None),  # who promised, not what
        ("城北区施工", None),  # a place, not a thing
        ("", None),
    ],
)
def test_thing_of_a_subject(subject: str, thing: str | None) -> None:
    assert thing_of(subject) == thing


@pytest.mark.parametrize(
    ("statement", "deadline", "step"),
    [
        ("最快明年,湘江大桥将合龙。", "明年", True),
        ("东段预计明年10月左右实现洞通,当年年底实现轨通。", "明年10月左右", True),
        ("新馆将于今年在原址开工建设。", "今年", True),
        # the date goes with the opening, not with the step named before it
        ("湘江大桥主桥有望明年合龙 2021年通车", "2021年", False),
        ("当年年底实现轨通,2014年年底通车试运营。", "2014年年底", False),
        # 基本完工 finishes the work; an opening joined to the step is the opening
        ("项目预计于2017年底基本完工。", "2017年底", False),
        ("计划在2011年底与第一段贯通试运营。", "2011年底", False),
        ("北环路计划年底通车。", "年底", False),
        # the main structure finished is a step, named before its date
        ("大桥主体工程将于2010年年底完成,2011年建成通车。", "2010年年底", True),
        ("大桥将于2010年年底完成,2011年建成通车。", "2010年年底", False),
        # or named after the finishing word
        ("工程预计今年年底完成主体工程,明年建成通车。", "今年年底", True),
    ],
)
def test_a_promise_of_a_step_on_the_way(statement: str, deadline: str, step: bool) -> None:
    assert (promised_step(statement, deadline) is not None) is step


def test_a_planned_milestone_is_marked_planned() -> None:
    (planned,) = claims("湘江大桥预计2021年6月底主桥合龙。", JUNE_2)
    (happened,) = claims("湘江大桥主桥昨日顺利合龙。", JUNE_2)
    assert (planned.kind, planned.planned, planned.when) == ("milestone", True, date(2021, 6, 30))
    assert (happened.kind, happened.planned) == ("milestone", False)


def test_completing_a_step_is_a_step() -> None:
    """"完成全部钢梁吊装": 完成 says the step is done, the promise is still the step."""
    assert promised_step("预计9月底可完成全部钢梁吊装。", "9月底") == "吊装"
    assert promised_step("预计9月底完成全部工程,10月通车。", "9月底") is None


def test_a_mirrors_report_is_read_as_plain_text_and_points_into_the_page() -> None:
    """Traditional characters with pinyin readings: the claim is found, its offsets are the
    page's own, its sentence the plain reading."""
    text = "本報訊 清江大橋今日正式通(tōng)車。"
    (claim,) = reports(text, JUNE_2)
    assert claim.kind == "done"
    assert text[claim.clause_start : claim.clause_end] == text  # the reading (tōng) and all
    assert "通车" in claim.sentence


def test_a_past_year_is_kept_on_a_report_without_its_day() -> None:
    (claim,) = claims("清江大桥已于2019年底建成通车。", JUNE_2)
    assert (claim.kind, claim.when, claim.year) == ("done", None, 2019)


def test_a_past_year_in_the_time_clause_before_is_the_reports_year() -> None:
    """"2001年1月,新的城西公园建成开放": a history told in a later article, dated by the short
    clause of time before it (an event before the promise, not its keeping)."""
    found = claims("2001年1月,新的城西公园正式建成并对外开放。", JUNE_2)
    assert [(c.kind, c.year) for c in found] == [("done", 2001)]
    # a longer clause before is no time clause: its year is not the report's
    found = claims("2001年规划的城西公园经过多年建设,昨天正式开放。", JUNE_2)
    assert all(c.year is None for c in found)


def test_an_opening_named_as_the_plans_aim_is_a_plan() -> None:
    """"…全线通车的计划,要推迟到6月底才能实现": not an opening, the plan moved to 6月底."""
    found = claims("记者了解到,清江高架全线通车的计划,要推迟到6月底才能实现。", JUNE_2)
    assert [(c.kind, c.when, c.slip) for c in found][0] == ("plan", date(2020, 6, 30), True)


def test_let_through_is_an_opening() -> None:
    (claim,) = claims("清江高架今日起正式放行。", JUNE_2)
    assert (claim.kind, claim.when) == ("done", JUNE_2)


def test_a_milestone_carries_its_step() -> None:
    (claim,) = claims("清江大桥已于近日正式动工。", JUNE_2)
    assert (claim.kind, claim.step) == ("milestone", "动工")
    assert same_act("动工", "开工") and not same_act("开工", "合龙")


def test_a_school_opening_moved_is_a_dated_slip() -> None:
    found = claims("东湖二中今年9月不能开办,正式开办时间延后至2026年9月。", JUNE_2)
    assert ("plan", date(2026, 9, 30), True) in [(c.kind, c.when, c.slip) for c in found]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # passing the handover inspection is a step, and what it lays the ground for is not done
        ("青石大桥交工验收顺利通过,为大桥正式通车奠定了坚实基础。", [("milestone", False)]),
        # the main structure finished is only part of the work
        ("东环路大桥主体建设顺利完工。", [("done", True)]),
        # "随着…完成" leads in to the sentence's event: the closure, not something done
        ("随着最后一段焊缝施工完成,北江大桥成功合龙。", [("milestone", False)]),
    ],
)
def test_steps_and_parts_reported(text: str, kinds: list[tuple[str, bool]]) -> None:
    assert [(c.kind, c.partial) for c in claims(text, JUNE_2)] == kinds


def test_a_firm_opening_day_set_within_the_week_is_the_day_it_opened() -> None:
    """"…举行揭牌仪式,9月2日正式投入使用" printed four days before: the day set, without a
    hedge, is when it opened; a hedged one stays a plan."""
    aug_29 = date(2024, 8, 29)
    found = claims("8月29日上午,滨江学校举行揭牌仪式,9月2日正式投入使用。", aug_29)
    assert (found[-1].kind, found[-1].when) == ("done", date(2024, 9, 2))
    found = claims("滨江学校预计9月2日正式投入使用。", aug_29)
    assert found[-1].kind == "plan"


def test_a_later_date_for_ancillary_works_is_no_delay() -> None:
    """A date for the bridge deck's ancillary works, after the opening was due, is progress on
    the way, not a new date for the opening."""
    found = claims("目前正推进声屏障等附属工程,预计3月底完成桥面附属施工。", JUNE_2)
    assert found and found[-1].kind == "plan" and found[-1].partial


@pytest.mark.parametrize(
    ("text", "partial"),
    [
        ("目前已经完成了桥面的铺装和护栏的安装。", True),  # tasks of the work, not the work
        ("大桥已于昨日完成全部建设任务。", False),
        ("该项目已完成。", False),
    ],
)
def test_what_is_completed_says_whether_the_work_is(text: str, partial: bool) -> None:
    found = claims(text, JUNE_2)
    assert found and found[0].kind == "done" and found[0].partial is partial


def test_a_universitys_affiliated_hospital_opening_is_no_partial_opening() -> None:
    """附属 in "某大学附属某医院" is whose hospital it is, not an ancillary part of the works."""
    (claim,) = claims("2021年5月28日上午,东山大学附属青石医院正式开诊。", JUNE_2)
    assert (claim.kind, claim.partial) == ("done", False)
    (claim,) = claims("5月28日,青石医院附属工程完工。", JUNE_2)
    assert claim.partial


def test_a_year_before_the_page_dates_a_bare_report_as_past() -> None:
    """"2019年某水厂建成投产", printed in 2020: done, in 2019 (history, no keeping now)."""
    (claim,) = claims("在各方的大力支持下,2019年青石水厂建成投产。", JUNE_2)
    assert (claim.kind, claim.year) == ("done", 2019)
    assert claims("2020年青石水厂建成投产。", JUNE_2) == []  # the page's own year: no cue, no report


def test_a_hospitals_outpatient_opening_is_part_of_it() -> None:
    (claim,) = claims("2020年5月30日,青石中心医院实现门诊试运营。", JUNE_2)
    assert claim.kind == "done" and claim.partial


def test_a_word_holding_yao_or_dai_plans_nothing() -> None:
    """重要, 主要, 期待 hold the characters of 要 and 待 but plan nothing: an opening dated
    today in a sentence calling the bridge an important link is done; 要 alone still plans."""
    kind, when, _, _ = _one("6月2日,连接两省的重要交通工程清江大桥正式通车。")
    assert (kind, when) == ("done", JUNE_2)
    kind, when, _, _ = _one("市民期待已久的清江大桥正式通车。")
    assert kind == "done"
    assert _one("清江大桥要在年底前建成通车。")[0] == "plan"


def test_a_meeting_about_the_act_or_the_date_of_the_act_spoken_of_is_no_claim() -> None:
    """"召开…移交研讨专题联席会议" discusses the handover; "正式通车时间是……" asks for the date
    of an opening: neither reports the act."""
    assert claims("6月1日下午,运营部组织召开清江体育公园移交研讨专题联席会议。", JUNE_2) == []
    assert claims("新桥照片曝光,正式通车时间是……", JUNE_2) == []
    assert _one("清江体育公园今日正式开放。")[0] == "done"


def test_a_trial_run_is_an_opening_and_its_date_a_plan() -> None:
    """A plant "预计年底可投入试运行" plans its opening for the year's end (so a later date than
    the one promised is a delay); "今日起试运行" is the opening itself."""
    found = claims("该项目开工8个多月就完成工程量逾80%,预计年底可投入试运行。", JUNE_2)
    assert [(c.kind, c.when) for c in found if c.kind == "plan"] == [("plan", date(2020, 12, 31))]
    assert _one("青石水厂今日起正式试运行。")[:2] == ("done", JUNE_2)


def test_a_lines_tests_before_it_opens_are_steps_not_the_opening() -> None:
    """综合联调, 空载试运行, 热滑: milestones on the way; a promise of one is a step, which an opening
    report does not settle."""
    assert _one("6月28日,青州地铁2号线开始空载试运行。")[0] == "milestone"
    assert promised_step("力争6月份开展综合联调", "6月份") == "联调"
    assert promised_step("9月份开展空载试运行", "9月份") == "空载试运行"


def test_an_airport_opens_to_flights_and_a_plant_into_production() -> None:
    """通航 is an airport's opening, 投产 a plant's: reported, done; announced with a date, a plan."""
    assert _one("青州青石机场今日正式通航。")[:2] == ("done", JUNE_2)
    assert _one("青州青石机场将于8月28日正式通航。")[:2] == ("plan", date(2020, 8, 28))
    assert _one("青石水厂二期今日建成投产。")[0] == "done"


def test_a_period_still_to_come_before_the_act_makes_it_a_plan() -> None:
    """"…通过交工验收,年底正式通车": 年底 is still to come, so the opening is planned for it (the
    promised date restated), not reported; "年底建成了" is done."""
    found = claims("青石大桥通过交工验收,年底正式通车。", JUNE_2)
    assert [(c.kind, c.when) for c in found] == [("milestone", None), ("plan", date(2020, 12, 31))]
    assert _one("青石大桥年底建成了。")[0] == "done"


def test_a_month_named_for_a_thing_done_dates_it() -> None:
    """"2023年10月某快速路主线建成通车", printed months later: it happened that month (its last
    day: no earlier than a promise printed in that month)."""
    found = claims("据悉,该快速路于2022年9月开工,2023年10月主线建成通车。", date(2024, 7, 25))
    assert [(c.kind, c.when) for c in found if c.kind == "done"] == [("done", date(2023, 10, 31))]


def test_an_act_written_before_the_thing_it_describes_is_no_plan_of_this_one() -> None:
    """"…将与年底开通的某城际铁路无缝对接": 年底开通 describes the railway named after it; the clause
    plans nothing for the line the article is about. "…通车的计划,推迟到…" is still a plan."""
    found = claims("1号线将在中心站与2号线换乘,并将与年底开通的城际铁路于北站无缝对接。", JUNE_2)
    assert [c for c in found if c.kind == "plan"] == []
    kind, when, _, slip = _one("东环路全线通车的计划,要推迟到10月底才能实现。")
    assert (kind, when, slip) == ("plan", date(2020, 10, 31), True)


def test_a_bridges_towers_or_piers_done_are_part_of_it() -> None:
    """"东湖大桥的两个主塔已经完工": the towers are done, not the bridge (progress, not kept)."""
    kind, _, partial, _ = _one("东湖大桥的两个主塔已经完工,耸立在江两岸。")
    assert kind == "done" and partial
    kind, _, partial, _ = _one("6月1日,东湖大桥正式建成通车。")
    assert kind == "done" and not partial


def test_a_task_of_the_work_completed_is_part_of_it() -> None:
    """"主桥钢梁的合龙,意味着大桥关键工序已经完成": a key step is done, not the bridge."""
    found = [c for c in claims("主桥钢梁合龙,意味着东湖大桥关键工序已经完成,接下来将进行桥面铺装。", JUNE_2) if c.kind == "done"]
    assert found and all(c.partial for c in found)
