"""Which items a later article is proposed for, and with which stance, when several items of
one page, or of pages that restate one another, share its names. Cases written for this
project (real reader, both back-ends)."""

from __future__ import annotations

from datetime import date

from inquiry_tracker import services as svc
from inquiry_tracker.store import Database


def _import(db: Database, *pages: str) -> list[list[int]]:
    """Import ``pages`` in order; the new items of each."""
    return [svc.import_text(db, page, f"page{n}.txt").new_items for n, page in enumerate(pages)]


def _proposed(db: Database) -> list[tuple[int, int, str | None, date | None]]:
    return sorted((s.source_id, s.item_id, s.stance, s.new_due) for s in svc.list_suggestions(db))


BRIDGE_STEP = "株洲日报\n2019年12月12日 星期四\n本报讯 湘江大桥施工进展顺利,最快明年,湘江大桥将合龙。\n"


def test_a_date_to_open_is_no_delay_of_a_promised_step(db: Database) -> None:
    """合龙 promised for next year; two years on the bridge is to open by year end: that says
    nothing of when the span closed."""
    _import(db, BRIDGE_STEP, "株洲日报\n2021年4月14日 星期三\n本报讯 湘江大桥今年底有望建成通车。\n")
    assert _proposed(db) == []


def test_a_step_planned_later_than_promised_is_its_delay(db: Database) -> None:
    (step,), _ = _import(db, BRIDGE_STEP, "株洲日报\n2021年4月14日 星期三\n本报讯 湘江大桥预计2021年6月底主桥合龙。\n")
    assert [(i, stance, due) for _, i, stance, due in _proposed(db)] == [(step, "delayed", date(2021, 6, 30))]


def test_a_report_restating_a_promise_is_not_a_second_promise(db: Database) -> None:
    """A report that restates the date (a progress proposal for the promise) also becomes an
    item of its own; the opening is proposed for the promise, not for the restatement."""
    (promise,), restated, _ = _import(
        db,
        "株洲日报\n2020年5月8日 星期五\n本报讯 北环路计划年底通车。\n",
        "株洲晚报\n2020年7月2日 星期四\n本报讯 北环路主线昨日全线贯通,预计年底建成通车。\n",
        "株洲晚报\n2021年1月5日 星期二\n本报讯 12月30日上午,北环路正式通车。\n",
    )
    assert restated
    assert [(i, stance) for _, i, stance, _ in _proposed(db)] == [(promise, "progress"), (promise, "kept")]


def test_the_body_states_the_promise_not_the_headline(db: Database) -> None:
    """The headline sums the body up (明年通车); the body's date is the promise the opening
    settles, though the headline's year end lies nearer the opening day."""
    promises, _ = _import(
        db,
        "北环路明年通车\n株洲日报 2020年5月8日\n本报讯 记者从市住建局了解到,北环路预计明年6月底建成通车。\n",
        "株洲晚报\n2021年12月20日 星期一\n本报讯 12月18日上午,北环路正式通车。\n",
    )
    assert len(promises) == 2
    (row,) = svc.list_suggestions(db)
    assert svc.get_item(db, row.item_id)[0].item.due == date(2021, 6, 30) and row.stance == "kept"


def test_one_sentence_listing_a_pages_promises_is_proposed_once(db: Database) -> None:
    """"年底开通2条线路,分别是东湖线、西湖线" names both lines of one promise page in passing:
    one proposal for that page, not one per line."""
    _import(
        db,
        "株洲日报\n2020年5月8日 星期五\n本报讯 记者了解到,东湖线年底通车。西湖线年底开通。\n",
        "株洲晚报\n2020年11月2日 星期一\n本报讯 株洲将于年底同时开通2条线路,分别是东湖线、西湖线。\n",
    )
    assert len(_proposed(db)) == 1


def test_a_start_promised_and_reported_is_kept(db: Database) -> None:
    """A promise to start works is kept by the start (开工 promised, 动工 reported), late or not."""
    (promise,), _ = _import(
        db,
        "株洲日报\n2020年5月8日 星期五\n本报讯 清江大桥计划今年开工建设。\n",
        "株洲晚报\n2021年3月2日 星期二\n本报讯 清江大桥已于昨日正式动工。\n",
    )
    assert [(i, stance) for _, i, stance, _ in _proposed(db)] == [(promise, "kept")]


def test_a_promise_to_open_does_not_restate_one_to_start(db: Database) -> None:
    """The start reported on a page that also promises the opening: when that page's opening
    date slips later, the slip is proposed for the opening promise."""
    _, (opening,), _ = _import(
        db,
        "株洲日报\n2019年5月8日 星期三\n本报讯 清江大桥计划今年开工建设。\n",
        "株洲晚报\n2019年12月2日 星期一\n本报讯 清江大桥已于昨日正式开工,预计2021年底建成通车。\n",
        "株洲晚报\n2021年12月14日 星期二\n本报讯 12月13日,清江大桥主桥合龙。大桥预计2022年10月建成通车。\n",
    )
    assert (opening, "delayed", date(2022, 10, 31)) in [(i, st, due) for _, i, st, due in _proposed(db)]


def test_a_page_moving_the_date_is_a_promise_of_its_own(db: Database) -> None:
    """A slip report (年底 → 明年6月) becomes an item with the new date: the opening later on
    settles it as well as the first promise, so both items are proposed."""
    (first,), (moved,), _ = _import(
        db,
        "株洲日报\n2020年5月8日 星期五\n本报讯 南环大桥计划年底建成通车。\n",
        "株洲晚报\n2020年12月2日 星期三\n本报讯 受汛期影响,南环大桥预计明年6月底建成通车。\n",
        "株洲晚报\n2021年6月29日 星期二\n本报讯 6月28日上午,南环大桥正式建成通车。\n",
    )
    kept = {i for _, i, stance, _ in _proposed(db) if stance == "kept"}
    assert kept == {first, moved}


def test_a_new_date_said_of_the_thing_beats_a_later_one_said_around_it(db: Database) -> None:
    """A page that first lists what opened last year (more reports than a page usually holds),
    then gives the bridge's new date, then a looser hope "大桥有望在今年开通" in a sentence of
    its own: the date said of the bridge itself is the new due date."""
    (promise,), _ = _import(
        db,
        "长沙晚报\n2024年3月8日 星期五\n本报讯 青河大桥预计2024年年底建成完工。\n",
        "长沙晚报\n2025年2月17日 星期一\n本报讯 去年以来,多项工程相继完工:\n"
        "2024年7月5日:东山路隧道通车。\n2024年7月4日:北岸大桥通车。\n2024年8月1日:湖滨路通车。\n"
        "2024年9月1日:西城大道通车。\n2024年10月1日:南湖路通车。\n2024年11月1日:云山路通车。\n"
        "2月17日,青河大桥正进行桥面板安装,预计今年4月,桥面板铺设全部完成,预计今年上半年完成建设。"
        "这意味着大桥有望在今年开通!\n",
    )
    assert [(i, stance, due) for _, i, stance, due in _proposed(db)] == [(promise, "delayed", date(2025, 6, 30))]


def test_the_others_of_a_list_are_not_the_ones_it_named(db: Database) -> None:
    """"已完工5条,分别是…东环快速路…。其他5条…预计明年年底全部建成通车": the new date is for the
    others; the one named done is kept."""
    (promise,), _ = _import(
        db,
        "郑州日报\n2012年5月8日 星期二\n本报讯 东环快速路计划今年10月份完工。\n",
        "郑州日报\n2013年11月2日 星期六\n本报讯 目前10条快速通道已完工5条,分别是东环快速路、西环快速路等。"
        "其他5条快速通道正在推进中,预计明年年底全部建成通车。\n",
    )
    assert [(i, stance) for _, i, stance, _ in _proposed(db)] == [(promise, "kept")]


def test_a_place_named_after_the_claim_does_not_hide_the_thing_before(db: Database) -> None:
    """"大桥预计于2022年建成通车,届时,城北到南湖机场车程将缩短": the airport is where the bridge
    leads, named after the claim; the bridge of the sentence before is the one delayed."""
    (promise,), _ = _import(
        db,
        "温州日报\n2020年5月8日 星期五\n本报讯 北口大桥预计2021年年底建成通车。\n",
        "温州日报\n2021年12月31日 星期五\n本报讯 12月30日上午,北口大桥主桥合龙。"
        "大桥预计于2022年建成通车,届时,城北到南湖机场车程将缩短至15分钟。\n",
    )
    assert (promise, "delayed", date(2022, 12, 31)) in [(i, st, due) for _, i, st, due in _proposed(db)]


def test_an_opening_says_nothing_of_a_promised_step(db: Database) -> None:
    """合龙 promised for next year; the bridge's opening two years on is reported: nothing is
    proposed for the step (when it came is not told)."""
    _import(db, BRIDGE_STEP, "株洲日报\n2022年9月28日 星期三\n本报讯 今天上午,湘江大桥正式通车。\n")
    assert _proposed(db) == []


def test_a_page_restating_an_earlier_date_inside_the_period_is_no_new_promise(db: Database) -> None:
    """年底 promised, then a page says 11月底 (inside the promised period): the opening is
    proposed for the first promise only."""
    (first,), _, _ = _import(
        db,
        "株洲日报\n2020年5月8日 星期五\n本报讯 南环大桥计划年底建成通车。\n",
        "株洲晚报\n2020年9月2日 星期三\n本报讯 南环大桥主桥合龙,预计11月底建成通车。\n",
        "株洲晚报\n2020年11月29日 星期日\n本报讯 11月28日上午,南环大桥正式建成通车。\n",
    )
    assert {i for _, i, stance, _ in _proposed(db) if stance == "kept"} == {first}


def test_an_opening_announced_days_ahead_after_the_promised_date_is_a_new_date(db: Database) -> None:
    """The line was due last year; a page says it opens in two days: that day is the new
    date (the opening itself is still to be reported)."""
    (promise,), _ = _import(
        db,
        "株洲日报\n2020年5月8日 星期五\n本报讯 东湖线计划今年年底通车。\n",
        "株洲晚报\n2021年6月21日 星期一\n本报讯 东湖线将于23日正式开通运营。\n",
    )
    assert [(i, stance, due) for _, i, stance, due in _proposed(db)] == [(promise, "delayed", date(2021, 6, 23))]


def test_an_opening_announced_for_the_next_morning_is_the_opening(db: Database) -> None:
    """Late or not, an opening set for the next morning is reported as done on that day."""
    (promise,), _ = _import(
        db,
        "株洲日报\n2020年5月8日 星期五\n本报讯 东湖线计划今年年底通车。\n",
        "株洲晚报\n2021年6月22日 星期二\n本报讯 东湖线将于明天上午正式开通运营。\n",
    )
    rows = svc.list_suggestions(db)
    assert [(r.item_id, r.stance, r.event_date) for r in rows] == [(promise, "kept", date(2021, 6, 23))]


def test_a_start_promised_in_traditional_script_is_not_kept_by_an_opening(db: Database) -> None:
    """A mirror prints the start promise in traditional script (開工建設); the school's later
    opening is proposed for its opening promise, not for the start."""
    _, opening = _import(
        db,
        "九江日报\n2023年5月27日 星期六\n本報訊 新城小學計劃于9月份開工建設。\n",
        "九江日报\n2023年6月2日 星期五\n本报讯 新城小学预计2024年9月建成并投入使用。\n",
    )
    _import(db, "九江晚报\n2024年8月29日 星期四\n本报讯 新城小学举行揭牌仪式,9月2日正式投入使用。\n")
    assert [(i, stance) for _, i, stance, _ in _proposed(db)] == [(opening[0], "kept")]


def test_an_opening_day_set_is_no_new_date_for_a_hall_promised_finished(db: Database) -> None:
    """A museum to be finished (竣工) in November; months later a page sets its opening to the
    public: no new date for the building. Once it has opened it is certainly finished: that
    page keeps both promises, the finish late."""
    (finish,), (opening,), _ = _import(
        db,
        "株洲日报\n2021年1月29日 星期五\n本报讯 城西博物馆可于11月竣工。\n",
        "株洲晚报\n2022年6月16日 星期四\n本报讯 城西博物馆将于7月2日正式向公众开放。\n",
        "株洲晚报\n2022年7月4日 星期一\n本报讯 7月3日,城西博物馆正式向公众开放。\n",
    )
    assert sorted((i, stance) for _, i, stance, _ in _proposed(db)) == sorted([(finish, "kept"), (opening, "kept")])
    assert finish != opening


def test_a_park_promised_finished_is_kept_by_its_opening(db: Database) -> None:
    """A park (a square, a greenway) is open to use once built, like a road: its opening keeps
    a promise to finish it, on the day it opened."""
    (promise,), _ = _import(
        db,
        "株洲日报\n2022年6月1日 星期三\n本报讯 城西公园改建项目计划今年年底基本建成。\n",
        "株洲晚报\n2022年12月30日 星期五\n本报讯 昨天,改建后的城西公园正式开放。\n",
    )
    assert [(s.item_id, s.stance, s.event_date) for s in svc.list_suggestions(db)] == [(promise, "kept", date(2022, 12, 29))]


def test_a_road_promised_finished_is_kept_by_its_opening(db: Database) -> None:
    (promise,), _ = _import(
        db,
        "株洲日报\n2021年1月29日 星期五\n本报讯 城西大道计划11月完工。\n",
        "株洲晚报\n2021年11月26日 星期五\n本报讯 11月25日,城西大道正式通车。\n",
    )
    assert [(i, stance) for _, i, stance, _ in _proposed(db)] == [(promise, "kept")]


def test_a_name_the_later_page_declares_for_the_work_finds_its_promise(db: Database) -> None:
    """A school promised under the name of its road (青石路小学); a year later the answer
    calls it by its new name and gives the old in brackets ("白沙小学(立项名:青石路小学)"),
    then slips its opening to the autumn: the slip is proposed against the promise."""
    first, _ = _import(
        db,
        "株洲日报\n2019年3月1日 星期五\n本报讯 ◎株洲市青石路小学\n\n目前进度:计划2019年开工,2019年9月投入使用。\n",
        "株洲晚报\n2020年5月6日 星期三\n解答内容:经区教育局了解,株洲市白沙小学(立项名:青石路小学)项目于2019年5月开工。"
        "受疫情影响,部分室外配套工程难以如期完成。如无特殊原因,株洲市白沙小学力争在2020年秋季投入使用。\n",
    )
    assert [(stance, due) for _, i, stance, due in _proposed(db) if i in first] == [("delayed", date(2020, 11, 30))]


def test_a_project_that_has_the_promised_name_inside_its_own_is_not_proposed(db: Database) -> None:
    """A plant promised to supply water by July; years later the plant's water-source switch
    project (青石水厂水源切换工程) starts trial supply: another project, nothing proposed."""
    _import(
        db,
        "株洲日报\n2019年5月6日 星期一\n本报讯 正在建设中的青石水厂预计7月份建成通水。\n",
        "株洲晚报\n2023年8月8日 星期二\n本报讯 8月8日9时,青石水厂水源切换工程试通水运行,青石水厂水源将由黄河水逐步切换为江水。\n",
    )
    assert _proposed(db) == []


def test_an_opening_before_the_date_a_building_was_due_says_it_was_built(db: Database) -> None:
    """A hospital to be finished (竣工验收) by year end opens its outpatient wing on 30 December:
    it was built in time — progress on the promise (only the outpatient wing is open)."""
    (promise,), _ = _import(
        db,
        "株洲日报\n2019年3月1日 星期五\n本报讯 青石中心医院项目预计建设工期约3年半,2020年年底前将竣工验收。\n",
        "株洲晚报\n2021年6月23日 星期三\n青石中心医院项目\n项目位于高铁站南侧,总投资16亿元,项目于2017年5月27日开工,2020年12月30日实现门诊试运营。\n",
    )
    assert [(i, stance) for _, i, stance, _ in _proposed(db)] == [(promise, "progress")]


def test_a_promise_kept_nine_years_late_is_still_kept(db: Database) -> None:
    """A bridge promised for 2010 opens at the end of 2019 (its date slipped for years): the
    opening settles it; a report more than ten years after the due date speaks of another work."""
    (promise,), _ = _import(
        db,
        "株洲日报\n2009年3月2日 星期一\n本报讯 青石大桥将计划于2010年建成通车。\n",
        "株洲日报\n2019年12月31日 星期二\n本报讯 12月31日,连接两省的重要交通工程青石大桥正式通车。\n",
    )
    assert [(i, stance) for _, i, stance, _ in _proposed(db)] == [(promise, "kept")]


def test_a_report_more_than_ten_years_after_the_due_date_is_not_proposed(db: Database) -> None:
    _import(
        db,
        "株洲日报\n2007年3月2日 星期五\n本报讯 青石大桥将计划于2008年建成通车。\n",
        "株洲日报\n2020年5月6日 星期三\n本报讯 5月6日,青石大桥正式通车。\n",
    )
    assert _proposed(db) == []


def test_the_main_structure_promised_first_yields_to_the_opening_promised_after(db: Database) -> None:
    """One page promises the main structure by year end and the opening next year; the
    opening reported the summer after settles the opening, not the structure."""
    (structure, opening), _ = _import(
        db,
        "株洲日报\n2017年3月2日 星期四\n本报讯 青石大道改扩建道路预计今年年底完成主体工程。青石大道改扩建道路力争2018年建成通车。\n",
        "株洲日报\n2018年6月30日 星期六\n本报讯 青石大道改扩建工程全面完成建设任务,将于7月1日正式通车运行。\n",
    )
    assert [(i, stance) for _, i, stance, _ in _proposed(db) if i == opening] == [(opening, "kept")]
    assert structure not in [i for _, i, _, _ in _proposed(db)]


def test_another_lines_opening_that_mentions_the_transfer_to_a_promised_line_is_not_its_evidence(db: Database) -> None:
    """Line 1 promised for the month's end; two years on, line 2 opens "与1号线在某站换乘,将开启
    双线换乘的新阶段": the sentence is line 2's, and its clauses name no line 1 opening."""
    (line1,), _, _ = _import(
        db,
        "株洲日报\n2022年4月19日 星期二\n本报讯 记者从市相关部门了解到,株洲地铁1号线主线预计将于本月底开通。\n",
        "株洲日报\n2024年7月26日 星期五\n本报讯 7月26日,株洲市城市轨道交通2号线一期工程顺利开通初期运营,"
        "与1号线在中心广场站换乘,将开启株洲地铁“组网运营、双线换乘”的发展新阶段。\n",
        "株洲日报\n2022年4月30日 星期六\n本报讯 4月29日,株洲地铁1号线主线正式开通运营。\n",
    )
    # (only the page about line 1's own opening is proposed for it)
    assert [(i, stance) for _, i, stance, _ in _proposed(db)] == [(line1, "kept")]


def test_a_station_the_promised_line_built_is_no_evidence_of_the_line(db: Database) -> None:
    """Line 1 promised for June; years later a page on line 3 says "其中换乘站4座(青石站已由1号线先期
    建成)": the station was built by line 1, and nothing is said of line 1 opening."""
    (line1,), _ = _import(
        db,
        "株洲日报\n2016年3月21日 星期一\n本报讯 株洲地铁1号线一期工程预计2016年6月底试运营。\n",
        "株洲日报\n2020年6月28日 星期日\n本报讯 株洲地铁3号线全长36公里,共设车站25座,其中换乘站4座(青石站已由1号线先期建成)。\n",
    )
    assert [i for _, i, _, _ in _proposed(db)] == []


def test_a_new_date_in_a_paragraph_that_introduced_the_project_sentences_before_is_its_delay(db: Database) -> None:
    """Promised for August; a later page's paragraph opens "青衡高速青州段是…" and, two sentences
    on, says only "计划于2013年年底通车": that is the expressway's new date."""
    (road,), _ = _import(
        db,
        "株洲日报\n2010年8月29日 星期日\n本报讯 青衡高速公路青州段开工,该项目工期三年,计划2013年8月竣工通车。\n",
        "株洲日报\n2013年5月31日 星期五\n京冀联手推进北京大外环高速建设\n本报讯 青衡高速青州段是全省南部高速公路网的重要组成部分,"
        "途经五个县。主线全长120公里,采用双向四车道高速公路标准建设。计划于2013年年底通车。\n",
    )
    assert [(i, stance, str(new_due)) for _, i, stance, new_due in _proposed(db)] == [(road, "delayed", "2013-12-31")]


def test_a_page_cut_at_its_top_is_about_the_project_it_introduces_below(db: Database) -> None:
    """An excerpt starting mid-story ("据了解,…计划6月10日具备通车条件") names its bridge only in
    the paragraph after, which introduces it: that is the bridge the report speaks of."""
    (promise,), _ = _import(
        db,
        "南昌晚报\n2023年2月8日 星期三\n本报讯 据悉,青枫大桥是我市第九座跨江大桥。按照计划,青枫大桥力争2024年6月竣工通车。\n",
        "据了解,目前桥面铺装已完成98%,\n计划6月10日具备主线通车条件,\n择期开放通行。\n"
        "青枫大桥是一条连接南北两岸的城市快速路,\n主桥为双向8车道。\n",
    )
    assert [(i, stance) for _, i, stance, _ in _proposed(db)] == [(promise, "progress")]


def test_later_reports_that_restated_a_promise_do_not_make_its_name_too_common(db: Database) -> None:
    """Two later reports restated the bridge's promise (each proposed for it, each an item of
    its own): with the promise that is three pages of one bridge, not four projects, and the
    opening is still proposed."""
    first, *_ = _import(
        db,
        "南昌晚报\n2023年2月8日 星期三\n本报讯 青枫大桥力争2024年6月竣工通车。\n",
        "南昌晚报\n2023年7月1日 星期六\n本报讯 青枫大桥主塔封顶,预计2024年9月竣工通车。\n",
        "南昌晚报\n2024年3月30日 星期六\n本报讯 青枫大桥桥面铺装加紧施工,预计今年6月竣工通车。\n",
        "南昌晚报\n2024年5月30日 星期四\n本报讯 青枫大桥计划6月10日具备通车条件。\n",
        "南昌晚报\n2024年8月24日 星期六\n本报讯 近日,青枫大桥正式建成通车。\n",
    )
    opening = [i for s, i, stance, _ in _proposed(db) if stance == "kept"]
    assert first[0] in opening


def test_another_citys_line_of_the_same_number_is_not_the_promised_line(db: Database) -> None:
    """呼和浩特's 1号线 was promised; a 沈阳 page reports 沈阳地铁1号线 work started: a line named
    by its number alone belongs to the city whose metro its page speaks of."""
    _import(
        db,
        "内蒙古年底将迈入地铁时代\n北方日报 2019年7月16日\n记者昨日从呼和浩特市城市轨道交通建设管理有限公司获悉,"
        "1号线计划12月底开通试运营。\n",
        "本报沈阳讯 2021年8月1日,沈阳地铁1号线东延线首根桩基开钻,标志着该项目正式开工。\n",
    )
    assert _proposed(db) == []


def test_what_an_opened_road_leads_to_is_not_that_promise(db: Database) -> None:
    _import(
        db,
        "北京日报\n2019年3月2日 星期六\n本报讯 城南体育中心计划今年9月底建成投用。\n",
        "北京日报\n2022年5月31日 星期二\n本报讯 5月30日,京雄高速全线通车,强化了南部地区与中心城区、城南体育中心的相互联系。\n",
    )
    assert _proposed(db) == []


def test_a_later_phase_reported_is_not_the_promised_park(db: Database) -> None:
    """The park was promised open in September; a later page reports its first phase open,
    then that the second phase started work: the second phase says nothing of the promise."""
    _import(
        db,
        "深圳晚报\n2020年5月6日 星期三\n本报讯 南海公园预计今年9月份对外开放。\n",
        "深圳晚报\n2021年3月2日 星期二\n本报讯 南海公园一期项目于2020年9月30日向市民开放。\n"
        "二期项目由区城管局负责,项目于2021年2月1日正式开工。\n",
    )
    (row,) = svc.list_suggestions(db)
    assert row.event_date == date(2020, 9, 30)


def test_the_works_finished_before_an_opening_is_progress_on_the_promise_to_open(db: Database) -> None:
    """A road promised to open to traffic by October; months later its builder says every
    section is finished and waits for the handover inspection: progress, not kept."""
    (promise,), _ = _import(
        db,
        "株洲日报\n2024年3月4日 星期一\n本报讯 青石大道改扩建工程预计2024年10月全线通车。\n",
        "株洲晚报\n2025年1月8日 星期三\n本报讯 市城投集团表示,青石大道目前全线已完成施工,待交工验收。\n",
    )
    assert [(i, stance) for _, i, stance, _ in _proposed(db)] == [(promise, "progress")]


def test_a_building_promised_finished_is_kept_when_its_works_are_finished(db: Database) -> None:
    """The same words settle a promise that was only to finish the building (竣工)."""
    (promise,), _ = _import(
        db,
        "株洲日报\n2024年3月4日 星期一\n本报讯 青石中学新校区预计2024年10月竣工。\n",
        "株洲晚报\n2024年10月28日 星期一\n本报讯 10月26日,青石中学新校区已顺利竣工。\n",
    )
    assert [(i, stance) for _, i, stance, _ in _proposed(db)] == [(promise, "kept")]
