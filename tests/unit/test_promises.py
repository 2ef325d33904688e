"""Dated promises in news prose, and the dated sentences that are not promises."""

from __future__ import annotations

from datetime import date

import pytest

from inquiry_tracker import extract_items

PUB = date(2021, 3, 15)


def _promises(text: str, published: date | None = PUB):
    return [i for i in extract_items(text, published=published) if i.kind == "promise"]


PROMISES = [
    ("据悉,岳阳大道快速化改造工程将于今年10月底前建成通车。", "今年10月底前", "2021-10-31", False),
    ("市住建局相关负责人表示,全市68个老旧小区改造项目力争年底前全部完工。", "年底前", "2021-12-31", True),
    ("项目建成后可新增学位2700个,预计明年上半年投入使用。", "明年上半年", "2022-06-30", True),
    ("市人社局表示,今年的农民工工资将在春节前全部发放到位。", "春节前", "2022-01-31", False),
    ("按照整改要求,涉事企业须在三个月内完成整改。", "三个月内", "2021-06-15", False),
    ("新建的城北污水处理厂计划于二〇二一年九月投入运营。", "二〇二一年九月", "2021-09-30", False),
    ("该路段计划5至6月实施沥青罩面施工。", "5至6月", "2021-06-30", False),
    ("市民服务中心二期工程将于第三季度竣工交付。", "第三季度", "2021-09-30", False),
    ("市交通局表示,体育场周边三条配套道路将在杭州亚运会开幕前全部建成。", "杭州亚运会开幕前", "2022-09-09", False),
    # a dated finish held up as the aim the work heads for (its 最后 no condition's 后)
    ("建设者正向着12月底全面完成主体建设的目标发起最后冲刺。", "12月底", "2021-12-31", False),
    ("新大桥正朝着年底建成通车的目标全力推进。", "年底", "2021-12-31", False),
    # acts of finishing as a housing office, a builder or a street office says them
    ("安置小区三期预计今年9月份交钥匙。", "今年9月份", "2021-09-30", True),
    ("地铁2号线隧道预计年底修通。", "年底", "2021-12-31", True),
    ("老街巷道改造工程将在10月末全部结束。", "10月末", "2021-10-31", False),
    # a year's action plan lists what it finishes, the works named before the finish
    ("今年建设完成东湖路西段、南环路、滨江路二期。", "今年", "2021-12-31", False),
    # ready by a date is checkable too (a school ready for pupils, a plant ready for power)
    ("城南小学项目预计7月底具备入学条件。", "7月底", "2021-07-31", True),
    ("主桥计划6月底合拢。", "6月底", "2021-06-30", False),  # 合拢, as often written as 合龙
    ("今年年底前有信心完成12个农贸市场的改造提升。", "今年年底前", "2021-12-31", False),  # confident of it
]


@pytest.mark.parametrize(("sentence", "expr", "due", "approx"), PROMISES)
def test_promise_sentence(sentence: str, expr: str, due: str, approx: bool) -> None:
    text = "本报讯(记者 王明)3月14日,记者从市住建局获悉。\n\n" + sentence
    found = _promises(text)
    assert len(found) == 1, [i.to_dict() for i in found]
    item = found[0]
    assert item.deadline_expr == expr
    assert item.due.isoformat() == due
    assert item.approximate is approx
    assert sentence.rstrip("。") in item.statement
    assert item.subject


NOT_PROMISES = [
    "截至3月10日,全市已完成疫苗接种12万剂次。",
    "3月14日上午,市委书记主持召开全市重点项目建设推进会。",
    "5月15日前,网友可以拍摄身边的文明瞬间并投稿参赛。",
    "活动期间,市民可到指定门店领取优惠券,活动截至6月30日。",
    "会议审议通过了《城市综合交通规划(2021—2035年)》。",
    "该项目已于去年12月底竣工交付。",
    "自3月1日至10日,我市开展了春季森林防火大检查。",
    "下一步,我们将尽快完善相关配套设施。",
    "2020年,全市地区生产总值增长4.1%。",
    "有市民关心,去年市里提出的“5月底前完成全部易涝点改造”的目标能否实现?",  # a question
    "——我市四季度重点项目建设见闻",  # a subtitle
    "发布时间:2015-10-20 发布单位:南昌市人民政府办公厅",  # page metadata
    "此外,2024芜湖马拉松将于10月27日鸣枪开跑。",  # an event
    "市委、市政府将于11月上旬召开全市项目建设现场推进会。",  # a meeting
    # how much of the year's plan is done already
    "今年计划开工的8个重点项目中,5个已实现开工。",
    "今年计划建成通车的4条道路中,东湖路、西湖路已建成通车。",
    # a target set in money
    "今年全市交通建设攻坚战的目标任务是要力争完成投资80亿元以上,重点推进五大项目建设。",
    "其中,今年完成8.5亿元。",  # money done this year, the word 投资 left out
    "开发区今年计划打通的6条道路中,北片区3条路在攻坚。",  # how far the plan is, under way
]


@pytest.mark.parametrize("sentence", NOT_PROMISES)
def test_not_a_promise(sentence: str) -> None:
    assert _promises("本报讯(记者 王明)\n\n" + sentence) == []


def test_headline_restating_the_body_is_one_item() -> None:
    text = (
        "东风湖隧道今年9月底通车\n\n本报讯(记者 李华)3月14日,记者从市交通运输局获悉,东风湖隧道主体结构已经贯通,"
        "目前正在进行机电安装。根据计划,东风湖隧道将于今年9月底建成通车。"
    )
    found = _promises(text)
    assert len(found) == 1
    assert found[0].due == date(2021, 9, 30)
    assert found[0].department == "市交通运输局"


def test_a_page_flattened_onto_one_line_runs_from_its_metadata_into_the_story() -> None:
    """Headline, source, publication time and font buttons on the story's own line: the story's
    date still counts, the time of publication does not; the office with "今年将" commits."""
    text = ("城西高速南段有望年内开工 来源:县交通局 发布时间:2021-03-15 09:43:30 浏览次数: 次 【字体:小 大】 "
            "3月14日,在全市交通运输工作会上获悉,市交通运输局今年将加强城西高速南段争取力度,力争年内开工建设。")
    (found,) = _promises(text)
    assert (found.deadline_expr, str(found.due), found.department) == ("年内", "2021-12-31", "市交通运输局")


def test_a_heading_over_a_numbered_list_goes_on_with_the_story_and_its_source() -> None:
    """"记者从X获悉" at the top; then sections headed "续建项目3个" over numbered items: the
    items are X's, not the promises of new, sourceless articles."""
    text = ("4月7日,记者从州交通运输管理局获悉,今年全州计划实施交通建设项目20个。\n\n"
            "续建项目3个\n\n1、北环高速公路。\n\n2、南山公路项目已于3月底复工,计划2021年10月如期建成通车。\n\n"
            "新建项目2个\n\n1、东湖大道;\n\n2、西山公路项目都在加快推进,5月将陆续开工。\n")
    found = _promises(text)
    assert [(i.deadline_expr, i.department) for i in found] == [
        ("2021年10月", "州交通运输管理局"), ("5月", "州交通运输管理局")]


def test_this_year_written_as_benian_and_an_effort_that_ends_in_an_opening() -> None:
    """本年 is 今年; "将推进X一期正式运营" is an effort whose end a reporter can check."""
    found = _promises("市长李某称,本年,全市将推进物流园项目一期正式运营,二期加速建设。")
    assert [(i.deadline_expr, str(i.due)) for i in found] == [("本年", "2021-12-31")]
    assert _promises("本年,全市将继续推进物流园建设。") == []


def test_a_power_station_promises_its_first_unit_generating() -> None:
    found = _promises("城南水电站是重点建设项目,总投资78亿元,计划2022年6月首台机组发电。")
    assert [(i.deadline_expr, str(i.due)) for i in found] == [("2022年6月", "2022-06-30")]


def test_a_quotation_whose_closing_mark_a_copy_turned_into_a_question_mark() -> None:
    """"“我们要在10月份完成…投入使用?" — the quote never closes: the ? is the lost ”, and the
    words are a commitment, not a question."""
    found = _promises("项目负责人说:\n“我们要在10月份完成外部装修,争取明年上半年完成主要施工任务,让其尽快投入使用?\n")
    assert [i.deadline_expr for i in found] == ["10月份", "明年上半年"]
    assert _promises("这条路10月份能完成外部装修吗?") == []


def test_a_headline_ending_like_an_office_is_no_byline() -> None:
    """"·省级补助4090万建设卫生院" is a story's headline, not the office the story speaks for."""
    text = "·省级补助4090万建设卫生院\n\n该县计划9月底前完成全部卫生院建设任务。\n"
    (found,) = _promises(text)
    assert found.department is None


def test_a_story_opening_with_a_bodys_news_speaks_for_it() -> None:
    """"(记者 某某) 省卫生厅消息,…" — the body whose news the story tells commits to its plan."""
    text = "某报7月21日讯(记者 章某) 省卫生厅消息,去年全省改扩建88所乡镇卫生院。今年所有项目计划9月底前全部完工。\n"
    (found,) = _promises(text)
    assert (found.deadline_expr, found.department) == ("9月底前", "省卫生厅")


def test_department_from_the_sentence_subject() -> None:
    found = _promises("本报讯 市自然资源和规划局将于6月底前完成全市不动产登记数据整合。")
    assert found and found[0].department == "市自然资源和规划局"


def test_promise_broken_by_layout_is_rejoined() -> None:
    text = (
        "本报讯(记者 李华)3月14日,记者从市水务局获悉,为解决城东片区用水难题,新建的城东水厂\n\n"
        "(下转第2版)\n\n将于6月底前正式通水。"
    )
    found = _promises(text)
    assert len(found) == 1
    assert found[0].deadline_expr == "6月底前"
    assert "城东水厂将于6月底前正式通水" in found[0].statement.replace("\n", "")


def test_month_without_year_rolls_into_next_year() -> None:
    found = _promises("本报讯 该项目计划3月完工。", published=date(2020, 11, 16))
    assert found and found[0].due == date(2021, 3, 31)


def test_relative_deadline_without_publication_date_has_no_due() -> None:
    items = extract_items("该项目计划于明年6月底前建成投用。")
    assert items and items[0].due is None and items[0].deadline_expr


def test_subject_from_the_clause_before_a_bare_act() -> None:
    (item,) = _promises("本报讯 另据了解,中南菜市场搬迁工作仍在推进中,预计10月完成。")
    assert item.subject == "中南菜市场搬迁"


def test_ascii_full_stops_end_sentences() -> None:
    """A page typed with ASCII punctuation: "." between Chinese characters ends a sentence,
    a decimal point does not."""
    items = _promises("目前正在进行施工图设计.项目投资3.5亿元,计划下半年开工,预计明年春季投入使用.此外,马拉松将于10月27日鸣枪开跑.")
    # the start and the finish of the job are each a checkable promise; the event is neither
    assert [i.deadline_expr for i in items] == ["下半年", "明年春季"]
    assert all("施工图设计" not in i.statement and "马拉松" not in i.statement for i in items)
    assert items[1].statement == "预计明年春季投入使用."


def test_the_start_and_the_finish_of_one_job_are_each_due_at_their_own_step() -> None:
    # as the real pages' gold has it ("明年开工,2019年建成通车": two items); the finish is never
    # folded into the start's date
    items = _promises("爱心大院项目预计9月底前全面开工,年底前完成主体改造。")
    assert [(i.deadline_expr, str(i.due)) for i in items] == [("9月底前", "2021-09-30"), ("年底前", "2021-12-31")]


def test_the_finish_after_a_higher_scoring_start_is_still_a_promise() -> None:
    items = _promises("该部分由市建投集团建设,计划2021年7月份开工,2023年9月份完工。")
    assert [(i.deadline_expr, i.department) for i in items] == [
        ("2021年7月份", "市建投集团"), ("2023年9月份", "市建投集团")]
    later = _promises("新院区目前已完成主体结构封顶,预计今年年底建成,明年年中投入使用。")
    assert [i.deadline_expr for i in later] == ["今年年底", "明年年中"]


def test_a_date_waiting_on_another_step_is_conditional() -> None:
    from inquiry_tracker import extract_items as _x

    (item,) = _x("网友提问:森林路何时能开通?\n天元区政府回复:计划5月份移交完成后,于5月底开放。",
                 published=date(2020, 5, 8))
    assert item.deadline_expr == "5月底" and item.conditional


@pytest.mark.parametrize(
    ("sentence", "expr"),
    [
        ("洛南污水处理厂提标改造工程上半年投入运行。", "上半年"),  # 投入运行 is a finish
        ("明年3月底前项目将完成主体结构施工。", "明年3月底前"),  # the commitment later in the clause
        ("征收补偿款将于6月20日前全部兑付到农户。", "6月20日前"),  # 兑付 is an act
    ],
)
def test_more_promise_shapes(sentence: str, expr: str) -> None:
    (item,) = _promises("本报讯(记者 王明)\n\n" + sentence)
    assert item.deadline_expr == expr


def test_a_date_that_will_not_be_met_or_a_year_told_as_when_are_not_promises() -> None:
    from datetime import date as _d

    from inquiry_tracker import extract_items as _x

    assert _x("室内还在精装修,现不具备开园条件9月份无法开园。", published=_d(2024, 8, 12)) == []
    assert _x("我局于今年启动城南路改建工程建设。", published=_d(2024, 12, 11)) == []
    assert [i.deadline_expr for i in _x("塘承高速一期、津宁高速明年竣工通车。", published=_d(2010, 12, 28))] == ["明年"]


def test_an_effort_with_a_bare_year_is_no_promise_but_a_counted_deliverable_is() -> None:
    from datetime import date as _d

    from inquiry_tracker import extract_items as _x

    assert _x("今年也将加快建设。", published=_d(2016, 2, 25)) == []
    found = _x("明年将全力加快地铁工程建设,启动20项新重大市政交通项目。", published=_d(2010, 12, 28))
    assert [i.deadline_expr for i in found] == ["明年"]


def test_a_plan_list_of_starts_is_one_promise_per_project() -> None:
    # each month starts a project of its own; the list ends on a finish of other works
    text = ("本报讯 记者从市建委了解到,按计划,4月份将开工建设滨江北路改造工程,5月份开工建设"
            "东环快速路延伸段,6月份开工建设科技馆新馆,还要在年底完成老城区管网改造的主体工程。")
    found = _promises(text)
    assert [i.deadline_expr for i in found] == ["4月份", "5月份", "6月份", "年底"]
    assert [i.due.isoformat() for i in found] == ["2021-04-30", "2021-05-31", "2021-06-30", "2021-12-31"]


def test_each_dated_step_of_a_plan_is_a_promise() -> None:
    items = _promises("据介绍,城际铁路项目力争年内完成可研批复,明年上半年开工建设,2025年底一期工程建成通车。")
    assert [i.deadline_expr for i in items] == ["年内", "明年上半年", "2025年底"]
    # an approval due is a step too (批复, 核准), whichever way round the words come
    approvals = _promises("据介绍,沿江铁路复线力争年内批复可研,明年上半年开工建设。")
    assert [i.deadline_expr for i in approvals] == ["年内", "明年上半年"]
    approvals = _promises("该局积极汇报衔接,争取国家2021年底核准滨湖电站、2022年开工。")
    assert [i.deadline_expr for i in approvals] == ["2021年底", "2022年"]
    renovation = _promises("今年老旧小区改造工程于4月份陆续开工,10月底前涉及楼体改造的工程全部完工,年底前所有工程全部完工。")
    assert [i.deadline_expr for i in renovation] == ["10月底前", "年底前"]


def test_a_finish_dated_before_its_consequence_is_a_promise_but_a_precondition_is_not() -> None:
    items = _promises("轨道交通环线今年底通车后,将串起会展中心、机场、火车北站等人流聚集区。")
    assert [(i.deadline_expr, str(i.due)) for i in items] == [("今年底", "2021-12-31")]
    waiting = _promises("森林路计划5月份移交完成后,于5月底开放。")
    assert [i.deadline_expr for i in waiting] == ["5月底"]


def test_a_planned_start_is_not_read_as_since() -> None:
    items = _promises("新校区已完成前期工作,计划4月开始进行主体施工,力争今年9月建成并招生。")
    assert "4月" in [i.deadline_expr for i in items]


def test_a_finish_taken_as_settled_before_its_consequence() -> None:
    items = _promises("本报讯 城北天然气管道工程日前全面开工,明年10月竣工后除了向市区用户供气之外,还可以向周边县供气。")
    assert [(i.deadline_expr, str(i.due)) for i in items] == [("明年10月", "2022-10-31")]


def test_a_bare_year_before_a_repair() -> None:
    items = _promises("镇政府已与县交通局进行了沟通,县交通局已批复,计划2022年进行道路整修。")
    assert [(i.deadline_expr, str(i.due)) for i in items] == [("2022年", "2022-12-31")]


def test_a_promise_naming_only_its_act_is_shown_with_the_project_named_before_it() -> None:
    text = "本报讯 城东跨江大桥主桥昨日顺利合龙,大桥全长3.2公里。预计今年年底建成通车。"
    (item,) = _promises(text)
    assert item.subject == "城东跨江大桥建成通车"


def test_guesses_superseded_contracts_and_planned_money_are_not_promises() -> None:
    assert _promises("工人们私下说,这段路或许要拖到明年年底才能通车。") == []
    assert _promises("该路段依契约应于今年6月完工,目前仍在施工。") == []
    assert _promises("据悉,8—12月计划投资2.15亿元用于道路建设。") == []


def test_a_list_of_dated_steps_inside_one_clause() -> None:
    text = "本报讯 记者从市住建局获悉,按照城东大道4月份开工、滨江路5月份建成、科技馆11月份建成的节点计划,各项工作正在推进。"
    items = _promises(text)
    assert [i.deadline_expr for i in items] == ["4月份", "5月份", "11月份"]
    assert items[1].statement == "滨江路5月份建成" and items[1].subject == "滨江路建成"


def test_a_sprint_to_a_date_is_a_commitment() -> None:
    items = _promises("目前大桥主体已经完成,施工方全力冲刺8月份完工并具备通车条件。")
    assert [i.deadline_expr for i in items] == ["8月份"]


def test_the_course_of_investment_is_not_a_promise() -> None:
    assert _promises("记者在交通运输工作会议上获悉,2021年全市交通建设投资将保持高位运行,预计投资560亿元。") == []


def test_a_plan_moved_from_its_old_date_to_a_new_one() -> None:
    items = _promises("据介绍,该工程工期由原计划的2022年6月提前至今年10月底完成。")
    assert [i.deadline_expr for i in items] == ["今年10月底"]
    assert _promises("该项目原定于今年7月开工,现已取消。") == []


def test_a_directives_dated_steps_are_each_a_promise() -> None:
    """An official's schedule: "要…" binds every dated step after it in the sentence, past its
    semicolons; each step is its own promise."""
    text = ("会上,副市长李明要求,各相关部门要在4月20日前办好全部手续;沿线各镇要抓紧清表,6月份交地施工;"
            "没有拆迁的路段本月进场施工,主体工程9月底基本完成,年底前建成通车。")
    found = [(p.deadline_expr, str(p.due)) for p in _promises(text)]
    assert found == [("4月20日前", "2021-04-20"), ("6月份", "2021-06-30"), ("本月", "2021-03-31"),
                     ("9月底", "2021-09-30"), ("年底前", "2021-12-31")]


def test_a_need_is_no_mandate() -> None:
    """主要/需要 hold 要 but direct nobody: a dated act after them is a report, not a promise
    (read as a directive, "主要路段7月份完成铺设" would score as one)."""
    assert _promises("这条路的主要路段7月份完成路面铺设。") == []
    assert _promises("这条路需要关注的路段7月份完成路面铺设。") == []


def test_an_officials_quote_before_a_briefing_word_is_no_question() -> None:
    """"“…预计本月中旬…月底具备通车条件。”某管委会相关负责人介绍": the official's own words,
    dated steps of a promise, not a citizen's question answered."""
    text = ("“随着大桥桥面吊装的完成,预计本月中旬将对全路段实施沥青铺设,月底具备通车条件。”区新城管委会相关负责人介绍,"
            "下一步将督促施工单位,确保该段道路月底实现通车。")
    items = extract_items(text, published=PUB)
    assert [i.kind for i in items] and all(i.kind == "promise" for i in items)
    assert "2021-03-20" in [str(i.due) for i in items]


def test_a_year_put_first_then_the_thing_and_its_plan() -> None:
    """"2023年某火车站北站房、北广场将投入运营": a bare year heading the thing binds its act."""
    found = [(p.deadline_expr, str(p.due)) for p in _promises("2023年东湖火车站北站房、北广场将投入运营,2025年东湖火车站将全面建成运营。")]
    assert ("2023年", "2023-12-31") in found


def test_a_dated_mandate_after_its_year() -> None:
    """"2022年地铁2号线要实现洞通": the 要 after the date binds it too (a paragraph with no other
    commitment word is still read)."""
    found = [(p.deadline_expr, str(p.due)) for p in _promises("公司负责人表示:“2022年地铁2号线要实现洞通,车站主体已经完工。”")]
    assert found == [("2022年", "2022-12-31")]


def test_subject_takes_the_project_named_before_the_act_in_its_sentence() -> None:
    (item,) = _promises("三个项目总投资12亿元,目前临江公园已完成招标,年内有望完成主体工程建设。")
    assert item.subject.startswith("临江公园")


def test_a_count_or_a_cause_is_no_subject() -> None:
    """"16项将于年底前竣工": a count names no thing, the kind of projects counted does; "因为天气
    原因…通车": a cause is no subject, the project named before it is."""
    (item,) = _promises("今年全市计划推进的重大市政项目中,16项将于年底前竣工。")
    assert item.subject == "重大市政项目竣工"
    (item,) = _promises("据悉,滨江大桥主桥已合龙,因为天气原因预计明年5月底通车。")
    assert item.subject == "滨江大桥通车"
    items = _promises("记者从市住建局获悉,滨江大道改造工程进展顺利。局长表示,该工程将于今年年底前竣工通车。")
    assert items and all(not i.subject.startswith(("表示", "局长")) for i in items)


def test_a_subject_read_from_another_clause_gives_way_to_the_project_and_its_act() -> None:
    """The clause's own subject says nothing of the promised act ("共设6站" for 开通): the
    item is shown as the project named before it with that act."""
    items = _promises("地铁9号线东段全长约10公里,共设6站,计划在今年年底开通。")
    assert [i.subject for i in items] == ["9号线东段开通"]


def test_a_project_planned_to_start_and_finish_is_due_when_it_finishes() -> None:
    """"筹划于2018年开工建设,2022年12月建成通车": 筹划 plans both steps; the finish is a promise
    of its own with the later date."""
    items = _promises("南山隧道项目筹划于2018年开工建设,2022年12月建成通车。")
    assert [(i.deadline_expr, str(i.due)) for i in items][-1] == ("2022年12月", "2022-12-31")


def test_two_acts_joined_by_bing_are_one_act() -> None:
    """"建成并投入使用": the second act is part of the act, not the thing it is done to."""
    (item,) = _promises("城北学校新校区预计今年9月建成并投入使用。")
    assert item.subject.endswith("建成并投入使用") and not item.subject.startswith("并")


def test_a_year_after_the_plans_word_with_the_thing_before_its_act() -> None:
    items = _promises("区教育局敦促建设方加快进度,预计2022年青湾小学开学投入使用。")
    assert [(i.deadline_expr, str(i.due), i.deadline.approximate) for i in items] == [("2022年", "2022-12-31", True)]
    # a year's investment target is money planned, not a deliverable
    assert _promises("市发改委表示,预计2022年全年完成投资30亿元。") == []


def test_a_date_then_jiu_neng_is_what_will_be_possible_by_then() -> None:
    # "28日就可以恢复供水": once the date comes the act can be done — a dated commitment
    text = ("本报讯 青禾区信访办相关人士25日表示,施工方已将损坏的管道修复,28日就可以恢复供水。"
            "新建的社区活动中心主体已完工,10月就能正常使用。")
    found = _promises(text, date(2021, 9, 26))
    assert [(p.deadline_expr, str(p.due)) for p in found] == [("28日", "2021-09-28"), ("10月", "2021-10-31")]
    assert found[0].department == "青禾区信访办"


def test_a_headline_naming_the_thing_and_act_of_a_body_promise_restates_it() -> None:
    # the body calls it "该项目", the headline names it: same thing, same act, same month
    text = ("桐溪镇中心幼儿园9月投用 该县年内有8个教育项目竣工\n"
            "昨日记者获悉,桐溪镇中心幼儿园主体工程已完成过半。据悉,该项目主体将于5月完工,9月建成投用开始招生,"
            "届时将满足周边适龄儿童的入园需求。")
    found = _promises(text, date(2021, 3, 24))
    assert [(p.deadline_expr, str(p.due)) for p in found] == [("5月", "2021-05-31"), ("9月", "2021-09-30")]


def test_a_headline_naming_no_work_sums_up_its_story() -> None:
    """"这些项目有望年内完工" over a story promising its works by year end: the headline names no
    work of its own, so it is the story's promise, not another."""
    text = ("这些项目有望年内完工\n"
            "本报讯 记者从青禾县水利局获悉,该县城北水厂二期工程计划年内建成通水,届时日供水能力将翻一番。")
    found = _promises(text)
    assert [(p.deadline_expr, str(p.due)) for p in found] == [("年内", "2021-12-31")]
    assert "城北水厂" in found[0].statement


def test_a_lede_opening_with_the_acting_body_names_the_office_of_its_story() -> None:
    """"某日报讯 今年上半年,某援建工作组加大工作力度,…": the body the story is about commits to
    the dated works its sentences go on to name, when none names another."""
    text = ("青禾日报讯 今年上半年,青禾援建工作组加大工作力度,着力推进援建项目建设。\n"
            "目前,县人民医院分院建设项目主体完工,正在进行配套设施建设,计划10月竣工。")
    found = _promises(text)
    assert [(p.department, str(p.due)) for p in found] == [("青禾援建工作组", "2021-10-31")]


def test_an_answer_printed_alone_under_its_dated_label_speaks_for_its_office() -> None:
    """"某某政府问政某市交通局2022-04-11回复:" then the answer, the question not on the page: the
    office of the label (not the board's name glued before it) commits to the dates below."""
    text = ("青禾政府问政青禾市交通局2021-04-11回复:\n"
            "您所提到的建议,我局高度重视。其中城北一级公路改造项目预计今年达到通车条件。")
    found = _promises(text)
    assert [(p.department, str(p.due)) for p in found] == [("青禾市交通局", "2021-12-31")]


def test_a_years_programme_told_by_its_size_is_no_promise() -> None:
    # "今年实施改造项目N个" sizes the year's programme; "年内全面完成" is the due date
    text = ("本报讯 按计划,青禾市今年实施老旧小区改造项目86个,其中东城区对柳巷等9个小区进行改造。"
            "青禾县教育局相关负责人表示,今年,该县计划实施教育建设项目31个,总投资约12亿元。"
            "市住建部门表示,确保改造任务年内全面完成。")
    found = _promises(text, date(2021, 9, 10))
    assert [(p.deadline_expr, str(p.due)) for p in found] == [("年内", "2021-12-31")]


def test_a_dated_finish_held_up_as_the_target_is_a_promise() -> None:
    """"围绕…2019年底同步建成通车的目标": the aim names the date and the finish; a target of money
    or one already met names no deliverable due."""
    items = _promises("围绕与东湖城际线2019年底同步建成通车的目标,全力推进快速路工程建设。", date(2018, 5, 1))
    assert [(i.deadline_expr, str(i.due)) for i in items] == [("2019年底", "2019-12-31")]
    assert not items[0].subject.startswith("围绕")
    assert _promises("今年的目标是完成投资20亿元。", date(2018, 5, 1)) == []


def test_the_official_chairing_a_meeting_speaks_for_its_decisions() -> None:
    """"市长某某主持召开市长办公会议,…" then "某某说,…要在年内完工": the chair commits."""
    text = ("9月23日,市长武某某主持召开市长办公会议,研究推进市政重点建设工程。\n"
            "关于重点工程,会议要求,城东跨线桥工程要在年内完工。\n")
    (found,) = _promises(text)
    assert (found.deadline_expr, found.department) == ("年内", "市长武某某")


def test_a_plan_followed_is_no_office() -> None:
    """"按照市政府要求,…" — the office whose plan is followed commits, not "按照…"."""
    (found,) = _promises("据悉,今年全市改造任务1万套。按照市政府要求,9月底基本完成全年改造任务。")
    assert found.department == "市政府"


def test_a_date_for_an_effort_with_no_deliverable_binds_nobody() -> None:
    """"将在2025年前重点推动实施" pushes for the works; "年底前加快推进并建成通车" still promises the
    opening."""
    assert _promises("城南大桥已列入规划,将在2025年前重点推动实施。") == []
    found = _promises("城南大桥将在年底前加快推进并建成通车。")
    assert [i.deadline_expr for i in found] == ["年底前"]


def test_a_tables_office_column_commits_to_the_dated_sentences_of_its_row() -> None:
    """A task table printed one cell per line, its times inside the work cell: each dated
    sentence of a row is the promise of that row's 责任单位."""
    text = ("序号\n| 项目内容\n| 工 作 要 求\n| 责任单位\n|\n"
            "7\n| 污水处理厂建设\n| 完成城北污水处理厂技术改造,2021年处理能力达到10万吨/日,2022年上半年全部建成投入运行。\n| 市建设局\n|\n"
            "8\n| 道路整治\n| 年内完成20条背街小巷的改造。\n| 市城管局\n|\n")
    found = _promises(text)
    assert [(i.deadline_expr, i.department) for i in found if i.deadline_expr != "2021年"] == [
        ("2022年上半年", "市建设局"), ("年内", "市城管局")]


def test_a_date_heading_a_clause_with_its_own_subject_is_a_promise_of_its_own() -> None:
    """Two dated clauses in one sentence, the first naming what acts after its date: two
    promises ("年内某工程主体将全部完工,明年上半年实现通水")."""
    found = _promises("省调水工程建设局负责人表示,年内东线输水工程主体将全部完工,2022年上半年实现通水目标。")
    assert sorted(p.due for p in found) == [date(2021, 12, 31), date(2022, 6, 30)]
    found = _promises("该院新院门诊部将在6月下旬试运行,今年内门诊部、住院部也将全面开诊。")
    assert sorted(p.due for p in found) == [date(2021, 6, 30), date(2021, 12, 31)]


def test_a_by_date_before_a_part_reaching_its_step_is_the_plan() -> None:
    """A works report lists, building by building, what is due by month end: "月底主体结构完工",
    "月底二层封顶" — the part named before the step does not hide the plan."""
    text = "截至3月15日,一号厂房进入装修阶段;职工宿舍月底主体结构完工;食堂进入主体施工阶段,月底二层封顶。"
    assert [p.due for p in _promises(text)] == [date(2021, 3, 31), date(2021, 3, 31)]
    # the part left out of a dated finish ("明年底除隧道外全部完工"): two works, two promises
    text = "其中,东坪湘江大桥明年底主线建成通车、白石湘江大桥明年底除隧道外全部完工。"
    assert [p.due for p in _promises(text)] == [date(2022, 12, 31), date(2022, 12, 31)]
    # a bridge's or a road's main line, its main span ("明年底主线建成通车", "年底主桥完工")
    assert [p.due for p in _promises("其中,东坪湘江大桥明年底主线建成通车。")] == [date(2022, 12, 31)]
    assert [p.due for p in _promises("白石大桥年底主桥完工,届时两岸将直接相连。")] == [date(2021, 12, 31)]


def test_a_period_named_as_a_stage_of_the_work_is_no_date_due() -> None:
    """"进入年底冲刺阶段", "四季度是全年建设的冲刺阶段": what the period is; the promise is what
    the sentence then says is due ("将确保…年内开工")."""
    assert _promises("和这个项目一样,我市多个重点项目进入年底冲刺阶段,正在快速推进。") == []
    found = _promises("四季度是全市重大工程建设的冲刺阶段,相关部门表示,将确保20座车站实现年内开工。")
    assert [p.deadline_expr for p in found] == ["年内"]


def test_a_bare_year_after_a_precise_date_is_a_deadline_of_its_own() -> None:
    """"今年…将于7月上旬" — the year anchors the date after it; but in "A将于今年5月竣工,B也将于今年
    完工" the second 今年 is B's own deadline."""
    found = _promises("其中青石乐园将于今年5月竣工并投入使用,白沙大厦和东岸中心也将于今年完工。")
    assert sorted(p.due for p in found) == [date(2021, 5, 31), date(2021, 12, 31)]
    found = _promises("今年,青石路改造工程将于7月上旬完工。")
    assert [p.due for p in found] == [date(2021, 7, 10)]


def test_each_time_limit_a_notice_sets_is_a_promise() -> None:
    """A notice lists its tasks' time limits in one sentence: "第5件…完成时限为今年9月底前,
    其它20件完成时限均为今年11月底前" — each limit is a promise of its own."""
    text = ("本报讯 市政府公布今年拟办的25件实事,明确了每件实事的责任单位和完成时限。"
            "第3件“新建社区卫生服务站”完成时限为今年12月底前,第5件“开工建设城北医院”完成时限为今年9月底前,"
            "其它23件实事完成时限均为今年11月底前。")
    assert sorted(str(p.due) for p in _promises(text)) == ["2021-09-30", "2021-11-30", "2021-12-31"]


def test_a_sites_name_between_its_address_and_time_lines_speaks_for_no_one() -> None:
    text = ("城北医院10月前完工\nhttps://news.example.com 2021-03-15\n青禾资讯中心\n"
            "本报讯 城北医院工程进展顺利,预计10月底前完工。")
    assert [p.department for p in _promises(text)] == [None]


def test_a_full_stop_lost_to_a_wrong_decoding_is_no_question() -> None:
    """A mirror decoded a closing "。”" as "?!" run into garbage: the sentence still promises."""
    text = "新学校可增加学位2000个?!澳壳埃瑢W校正在进行最后的收尾工作,预计8月25日前可完成?!北焙W负责人说。"
    assert [str(p.due) for p in _promises(text, date(2023, 8, 23))] == ["2023-08-25"]
    # a question a writer ends with ?! is still a question
    assert _promises("学校到底能不能在8月25日前完成?!", date(2023, 8, 23)) == []


def test_a_notices_window_for_cutting_a_service_or_closing_a_road_is_due_at_its_end() -> None:
    """"停电起始时间为4月14日13:00—18:00", "断交时间:2022年9月6日至2022年10月31日": the notice sets
    the window; the service is due back, the road open, when it ends. A cut told as past is none."""
    from inquiry_tracker import extract_items

    def dues(text: str, pub: date) -> list[str]:
        return [str(i.due) for i in extract_items(text, published=pub) if i.kind == "promise"]

    assert dues("为配合线路建设,该公司计划对全县乡镇停电施工,停电起始时间为4月14日13:00—18:00。", date(2020, 4, 1)) == ["2020-04-14"]
    assert dues("二、断交时间:2022年9月6日至2022年10月31日\n", date(2022, 8, 1)) == ["2022-10-31"]
    assert dues("昨天上午,青石路因管网抢修停水,停水时间为2月28日8:00至18:00。", date(2020, 3, 1)) == []


def test_a_netizens_tip_or_what_sites_reported_is_hearsay_not_a_promise() -> None:
    """"据网友爆料:新闻报道某公路2019年完工,目前未见动工…", "有部分网站报道指:“大桥会于明年1月1日
    通车”": dates others reported, quoted by the page, bind nobody."""
    from inquiry_tracker import extract_items

    pub = date(2018, 10, 17)
    for text in ("据网友@青石爆料:新闻报道青白一级公路2019年完工,目前未见动工,能在明年完工吗?\n",
                 "有部分网站和公众号报道指:“青江大桥会于明年1月1日全线通车。”\n"):
        assert [i for i in extract_items(text, published=pub) if i.kind == "promise"] == []


def test_a_headline_over_a_source_line_and_a_byline_restates_its_body() -> None:
    """"某高速有望10月通车" / "来源:某报 2019-08-14 10:13 https://…" / "□记者某某报道" / the story:
    the source and the byline lines start no new story, so the headline folds into the body's item."""
    from inquiry_tracker import extract_items

    text = ("青石高速东段有望10月通车\n\n来源:青州日报 2019-08-14 10:13   https://www.example.net/\n\n□记者李某报道\n\n"
            "本报青州讯近日记者从青石高速项目办获悉,目前青石高速东段主体工程已基本完工,有望今年10月份建成通车。\n")
    items = [i for i in extract_items(text, published=date(2019, 8, 14)) if i.kind == "promise"]
    assert [(i.deadline_expr, str(i.due)) for i in items] == [("今年10月份", "2019-10-31")]


def test_a_dated_finish_said_with_a_modal_is_the_plan_itself() -> None:
    """"…年底也能够全面完成", in a list of the year's tasks: the finish is the plan, its modal
    (也能够, 必须, 要) no doubt."""
    text = ("青州市建设局局长王某介绍,今年计划实施老城区成片改造50万平方米,其中北区本月底即可完成;"
            "老小区改造30万平方米年底也能够全面完成。")
    assert [(p.deadline_expr, p.department) for p in _promises(text, date(2020, 3, 1))] == [
        ("本月底", "青州市建设局"), ("年底", "青州市建设局")]


def test_a_day_given_with_its_hour_is_the_date_due() -> None:
    """"10月31日24时,主线桥梁将如期开通": the hour belongs to the date, the clause it heads
    commits; a past year named earlier in the sentence is the story's start, not this date's
    year; and on the day of printing, "25日22时将正式开放" is still a promise."""
    assert [p.due for p in _promises("10月31日24时,城北快速路主线桥梁将如期开通。")] == [date(2021, 10, 31)]
    text = "城北快速路于2020年9月启动建设,10月31日24时,主线桥梁将如期开通。"
    assert [p.due for p in _promises(text)] == [date(2021, 10, 31)]
    text = "25日,记者从市建委获悉,城北快速路主线桥已完工,25日22时将正式开放交通。"
    assert [p.due for p in _promises(text, published=date(2021, 3, 25))] == [date(2021, 3, 25)]
    # (a past year's dates told as its story stay past)
    assert _promises("2020年由于疫情,全市学校于5月25日复学,7月20日中考。") == []


def test_an_acts_time_set_is_the_date_due() -> None:
    """"全线通车时间为2022年4月底", "竣工时间定为明年10月": the act's time is set, the act named
    before its date; a time told as what happened is no promise."""
    assert [p.due for p in _promises("经省政府批准,同意项目分段通车,全线通车时间为2022年4月底。")] == [date(2022, 4, 30)]
    assert [p.due for p in _promises("据介绍,该桥的竣工时间定为明年10月。")] == [date(2022, 10, 31)]
    assert _promises("该桥实际通车时间为2020年4月。") == []


def test_connecting_a_dead_end_road_is_an_act_to_be_done() -> None:
    """"二三环间的多条通道也将在今年打通": 打通 (joining a road cut off) is a deliverable, like 贯通."""
    (item,) = _promises("今年全市计划打通断头路17条,二三环间的多条通道也将在今年打通。")
    assert str(item.due) == f"{PUB.year}-12-31" and "打通" in item.statement


@pytest.mark.parametrize(("text", "expr"), [
    ("受疫情影响停工的东湖大桥工程将于8月1日正式复工。", "8月1日"),  # work resumed is a step a reporter checks
    ("因地铁施工需要,人民公园停车场将于11月8日关停。", "11月8日"),  # a closure announced for a day
])
def test_resuming_work_and_closing_a_facility_are_acts_with_a_date(text: str, expr: str) -> None:
    (item,) = _promises(text)
    assert item.deadline_expr == expr


def test_a_topic_subheading_goes_on_with_the_story_and_its_speaker() -> None:
    """"学校:推动小区建公办学校" heads a part of the same story: the office answering above it
    still speaks for the plan below it."""
    text = ("近日,某区政府对委员的提案一一进行答复。\n医院:将重建或扩建\n"
            "某区政府答复称,计划在2025年之前,完成16家医院改扩建。\n学校:推动小区建公办学校\n"
            "关于学校少的问题,答复称,目前正推动某小区公办学校动工建设,计划在今年建成投入使用。\n")
    found = _promises(text, date(2021, 7, 1))
    assert [(p.department, p.deadline_expr) for p in found] == [("某区政府", "2025年之前"), ("某区政府", "今年")]
