"""Who commits to a promise in news prose: the speaker, the clause's office, or the last speaker."""

from __future__ import annotations

from datetime import date

from inquiry_tracker import extract_items

PUB = date(2023, 3, 1)


def _depts(text: str) -> list[str | None]:
    return [it.department for it in extract_items(text, published=PUB) if it.kind == "promise"]


def test_an_official_named_by_office_title_and_name_speaks_for_the_office() -> None:
    text = "记者昨日从现场了解到,市轨道交通建设指挥部副指挥长王某表示,地铁5号线计划于今年10月底建成通车。"
    assert _depts(text) == ["市轨道交通建设指挥部"]


def test_an_official_named_by_title_and_name_is_kept_whole() -> None:
    text = "在昨天的新闻发布会上,副市长李某某表示,城东污水处理厂将在今年6月底前投入运行。"
    assert _depts(text) == ["副市长李某某"]


def test_the_reporters_source_speaks_for_the_article() -> None:
    text = ("本报讯 昨日,记者从高新区获悉,该区今年将新建两所小学。\n"
            "其中,科学城小学计划今年9月建成投用。")
    assert set(_depts(text)) == {"高新区"}


def test_the_reporters_source_told_with_the_day_or_where_the_reporter_was() -> None:
    """"记者3月28日从某委获悉": the day between names no other source; "昨日记者在某指挥部了解到"
    opening a paragraph: the body the reporter was at speaks (the day, 记者 and 在 are no part of
    its name); "记者在采访中了解到" names where, not whom from."""
    dated = "记者2月27日从市发展改革委获悉,城北污水处理厂将于今年10月底投入运行。"
    assert _depts(dated) == ["市发展改革委"]
    at_body = "本报讯\n昨日记者在市交通基础设施完善攻坚战指挥部了解到,城北快速路今年下半年将全线通车。"
    assert _depts(at_body) == ["市交通基础设施完善攻坚战指挥部"]
    at_place = "记者在采访中了解到,城北快速路今年下半年将全线通车。"
    assert _depts(at_place) == [None]


def test_an_office_opening_the_paragraph_carries_to_its_promises() -> None:
    text = ("市园林局全体干部职工加班加点,推进公园建设。\n"
            "按照计划,滨湖公园将在“五一”前对市民开放。")
    assert _depts(text) == ["市园林局"]


def test_a_name_before_its_title_and_a_place_before_the_office() -> None:
    text = "冯某某局长表示,新馆计划2024年5月开馆。\n另外,该部分由市建投集团负责,计划2024年9月完工。"
    assert _depts(text) == ["冯某某局长", "市建投集团"]


def test_hearsay_is_nobodys_promise() -> None:
    assert _depts("此前有消息称,该体育馆预计2025年投用。") == []


def test_a_signed_notice_speaks_for_its_office() -> None:
    text = "通告\n因道路施工,北环路将于12月5日0时起封闭,预计12月20日恢复通行。\n\n某县公路管理站\n2022年12月1日\n"
    assert set(_depts(text)) == {"某县公路管理站"}


def test_an_office_after_a_time_put_first_and_a_start_that_is_an_act() -> None:
    from datetime import date as _d

    from inquiry_tracker import extract_items as _x

    found = _x("本月下旬,某市公交集团将开通第三批接驳线。", published=_d(2022, 8, 3))
    assert [(i.department, str(i.due)) for i in found] == [("某市公交集团", "2022-08-31")]
    found = _x("热力公司表示,预计11月初开始集中供热。", published=_d(2022, 10, 20))
    assert [i.deadline_expr for i in found] == ["11月初"]


def test_banners_and_prefectures_commission_and_plans_set_for_a_date() -> None:
    from datetime import date as _d

    from inquiry_tracker import extract_items as _x

    found = _x("某右旗交通局明年将完成黄河大桥引线改造。", published=_d(2014, 10, 20))
    assert [i.department for i in found] == ["某右旗交通局"]
    found = _x("受省政府委托,省发改委介绍,铁路控制性工程定于6月开工建设。", published=_d(2019, 3, 1))
    assert [(i.department, str(i.due)) for i in found] == [("省发改委", "2019-06-30")]
    found = _x("工程正在加快推进,将确保质量。明年6月,3号拦河闸全部完工。", published=_d(2019, 3, 1))
    assert [str(i.due) for i in found] == ["2020-06-30"]


def test_the_body_that_carries_out_the_work_commits_to_its_dates() -> None:
    text = ("网友您好:城西大道北延工程全长2公里,由市城投公司负责实施。"
            "目前正在开展征收工作,该工程计划今年8月开工,2024年底全线完工。")
    assert set(_depts(text)) == {"市城投公司"}


def test_a_news_item_sourced_after_its_promise_names_the_source() -> None:
    text = ("南湖片区将建社区体育公园\n"
            "南湖社区体育公园项目已完成立项,预计今年10月前可竣工。这是昨天来自经开区建设局的消息。")
    assert _depts(text) == ["经开区建设局"]


def test_an_official_named_again_by_name_alone_speaks_for_the_same_office() -> None:
    text = ("省交通运输厅新闻发言人赵某某在发布会上介绍了今年公路建设情况。\n"
            "赵某某还提到,城北快速路计划于今年10月底建成通车。")
    assert _depts(text) == ["省交通运输厅"]


def test_a_place_word_before_the_office_is_not_part_of_its_name() -> None:
    text = "在市发改委负责办理的代表建议中,城南铁路专用线力争今年年底前开工建设。"
    assert _depts(text) == ["市发改委"]


def test_an_office_acting_on_behalf_of_another_is_not_cut_out_of_weituo() -> None:
    text = "受市政府委托,市发改委昨日向人大会议提交计划草案。草案提出,城东快速路今年将建成通车。"
    assert "市政府委" not in _depts(text)


def test_a_time_word_heading_the_clause_is_not_part_of_the_office() -> None:
    text = "为减少内涝发生,今年市城乡管委将推进排水渠改扩建,力争10月底前完工。"
    assert _depts(text) == ["市城乡管委"]


def test_an_office_in_a_pinyin_mirror_keeps_the_reading_printed_after_it() -> None:
    text = "據悉,重慶高速集團(tuán)將于今年底建成沿江高速主城至涪陵段。"
    assert _depts(text) == ["重慶高速集團(tuán)"]


def test_the_handling_office_named_after_its_field_word() -> None:
    text = "代表提出了打通断头路的建议。承办单位区城乡建委结合实际,全力落实,该道路将于今年四季度完工。"
    assert _depts(text) == ["区城乡建委"]


def test_a_meeting_the_reporter_attended_is_not_who_commits() -> None:
    text = "记者从全市项目建设调研座谈会上了解到,城北污水处理厂将于今年10月底投入运行。"
    assert _depts(text) == [None]
    committee = "记者从某市运动会执委会获悉,主会场将于今年6月底前完工。"
    assert _depts(committee) == ["某市运动会执委会"]


def test_an_office_publishing_a_notice_speaks_for_its_dates() -> None:
    text = "昨日,某市交通委发布消息,城市副中心站综合交通枢纽将于今年年底前投入使用。"
    assert _depts(text) == ["某市交通委"]


def test_an_official_attending_a_ceremony_is_not_cut_into_an_office() -> None:
    text = "市人大常委会副主任王某出席开工仪式。项目计划明年6月底建成投用。"
    assert "市人大常委" not in _depts(text)


def test_the_contractor_building_a_bridge_does_not_commit_for_its_owner() -> None:
    text = "由某路桥集团承建的城东大桥进展顺利。预计今年10月主桥合龙。"
    assert _depts(text) == [None]


def test_a_task_list_gives_each_dated_task_to_the_office_opening_its_sentence() -> None:
    # one paragraph of tasks: an office opens each sentence, followed by 要 or straight by its date;
    # a sentence with no office of its own belongs to the office before it, never to the next one
    text = ("根据年度任务分工,某市水务局要在7月底完成城南泵站改造。8月底完成管网巡检120公里。"
            "某文旅公司要在9月下旬建成开放滨江步道。某新区管委会10月底启动科创中心项目。"
            "某市交投公司11月中旬全面开工东环快速路。")
    found = [(i.department, str(i.due)) for i in extract_items(text, published=date(2021, 3, 1))]
    assert found == [("某市水务局", "2021-07-31"), ("某市水务局", "2021-08-31"), ("某文旅公司", "2021-09-30"),
                     ("某新区管委会", "2021-10-31"), ("某市交投公司", "2021-11-20")]


def test_a_source_listing_its_branches_speaks_as_its_first_body_and_households_getting_gas_is_an_act() -> None:
    text = ("本报讯 记者昨日从某市燃气集团东城、西城分公司获悉,城北片区的管网改造已进入收尾阶段。\n"
            "按照计划,年底前还会有8个小区的3000户居民用上天然气。\n"
            "另外,南苑小区也将在国庆节前后通上天然气。")
    found = [(i.department, i.deadline_expr) for i in extract_items(text, published=date(2022, 9, 1))]
    assert found == [("某市燃气集团", "年底前"), ("某市燃气集团", "国庆节前后")]


def test_a_vague_department_named_as_the_source_does_not_replace_the_office_named_before() -> None:
    text = ("记者从青溪县自来水公司获悉,县城供水管网扩建工程进展顺利。"
            "记者从供水部门了解到,东片区的居民计划在10月底前用上新水源。")
    assert _depts(text) == ["青溪县自来水公司"]


def test_the_reporters_source_is_named_whole_not_from_a_place_inside_it() -> None:
    # a name found in prose alone would start at a place inside it (南段青川新区东站项目部)
    text = "3月1日,记者从沿江客专皖南段青川新区东站项目部了解到,站房主体已完成八成,预计5月底主体封顶,年底完成幕墙施工。"
    assert set(_depts(text)) == {"沿江客专皖南段青川新区东站项目部"}


def test_the_body_holding_a_briefing_speaks_for_what_it_then_reports() -> None:
    text = ("2月20日,市第二人民医院召开了“2023年医院建设情况通气会”,院领导向各媒体通报了去年的工作和今年的计划。"
            "目前,市发改委已经批复了新院区项目,编制床位800张;此外,该院与某康养集团合办的康复中心已签约,预期在2024年上半年投入使用。")
    assert _depts(text) == ["市第二人民医院"]


def test_an_office_told_as_having_acted_does_not_take_over_from_the_source() -> None:
    text = ("记者从城南区政府获悉,城南片区的改造已经启动。目前,区住建局已经完成了征收评估。\n"
            "片区内的安置房预计明年6月交付使用。")
    assert _depts(text) == ["城南区政府"]


def test_clause_subjects_read_as_with_the_mark_looked_behind_for() -> None:
    """_CLAUSE_SUBJECT reads the clause mark (for speed); it finds the subjects the plain
    form, which looked behind for the mark, finds: on the seeds, on random strings of marks,
    spaces and office names, and from every start."""
    import random
    import re
    from pathlib import Path

    from inquiry_tracker.extract import speakers

    new = speakers._CLAUSE_SUBJECT
    old = re.compile(new.pattern.replace("[,，。;；!！\\n】]", "(?:(?<=[,，])|(?<=[。;；!！\\n】]))", 1))
    seeds = Path(__file__).resolve().parents[2] / "seeds"
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
    rng = random.Random(3)
    parts = [",", "，", "。", ";", "!", " ", "\n", "】", "市住建局", "区政府", "公交集团", "将", "要", "计划", "6月",
             "2023年", "开通", "中心", "的", "也"]
    texts += ["".join(rng.choice(parts) for _ in range(rng.randint(3, 30))) for _ in range(3000)]

    def subjects(pattern: re.Pattern[str], text: str, start: int) -> list[tuple[int, str]]:
        return [(m.start("subject"), m.group("subject")) for m in pattern.finditer(text, start)]

    for text in texts:
        for start in range(min(len(text), 12)):
            assert subjects(new, text, max(0, start - 1)) == subjects(old, text, start), (text, start)


def test_a_speaker_before_a_verb_is_looked_for_past_the_last_stop_only() -> None:
    """No _BEFORE_VERB match spans a comma or a full stop, so searching past the window's last
    one finds what searching the whole window finds: on random windows of names, titles,
    stops and other characters."""
    import random

    from inquiry_tracker.extract import speakers

    rng = random.Random(5)
    parts = [",", "，", "。", ";", " ", "“", "市住建局", "区政府", "相关负责人", "副局长", "市长", "李明", "王", "在",
             "会上", "也", "昨天", "记者从", "公交集团", "省", "县交通运输局", "发言人", "的", "1"]
    for _ in range(4000):
        window = "".join(rng.choice(parts) for _ in range(rng.randint(1, 14)))[-40:]
        whole = speakers._BEFORE_VERB.search(window)
        past = speakers._BEFORE_VERB.search(window, speakers._past_last_stop(window))
        assert (whole and (whole.span(), whole.groupdict())) == (past and (past.span(), past.groupdict())), window


def test_a_website_the_reporter_read_is_no_source_office() -> None:
    # "记者从某某建设工程信息网获悉": where the news was read, not who promises
    text = ("生活报讯 9日,记者从青禾市建设工程信息网获悉,青禾热力2023年老旧管网改造工程已批准建设,"
            "该项目预计8月6日开工。")
    assert _depts(text) == [None]
    text = text.replace("青禾市建设工程信息网", "青禾市住房和城乡建设局")
    assert _depts(text) == ["青禾市住房和城乡建设局"]


def test_an_office_that_sends_word_speaks_for_what_follows() -> None:
    text = ("近日,青禾新城管委会传来消息,滨河片区8条道路正在加紧施工,计划明年5月31日前全部通车。"
            "目前,由某路桥公司负责的环湖路已完成路基施工,正在铺设沥青,计划明年3月底前完工。")
    assert _depts(text) == ["青禾新城管委会", "青禾新城管委会"]


def test_a_levels_government_and_a_levels_sector_office_act_as_subjects() -> None:
    text = "会议指出,县政府将重点办好十件实事。\n其中,城南小学确保秋季投入使用。"
    assert _depts(text) == ["县政府"]
    text = "目前各小区已进场施工。下一步,区水务部门将加强巡查,确保8月底前全部完工。"
    assert _depts(text) == ["区水务部门"]
    text = "目前各小区已进场施工。下一步,市政府相关部门将加强巡查,确保8月底前全部完工。"
    assert _depts(text) == [None]


def test_the_body_put_in_charge_commits_but_not_its_head() -> None:
    text = "记者从某市公共资源交易网获悉,北郊管网改造已获批,某市热力公司负责施工。该工程预计5月10日开工,7月20日竣工。"
    assert _depts(text) == ["某市热力公司", "某市热力公司"]
    text = "记者从某市公共资源交易网获悉,北郊管网改造已获批,某市热力公司负责人介绍,该工程预计5月10日开工。"
    assert _depts(text) == ["某市热力公司"]


def test_a_storys_subheadings_do_not_end_its_source() -> None:
    text = ("青禾县今冬再添暖气用户\n"
            "青禾网10月8日讯 供暖季临近,到年底前,全县又会有6个小区的3000户居民用上集中供暖。\n"
            "老城区先通\n"
            "昨日,记者从青禾县热力公司东、西两个分公司了解到,城关片区的管网已全部接通。\n"
            "新区随后\n"
            "根据计划,新区的两个安置小区也将在年底前接入热网。\n")
    assert _depts(text) == ["青禾县热力公司", "青禾县热力公司"]


def test_a_second_datelined_story_has_its_own_source() -> None:
    text = ("青禾县今冬再添暖气用户\n"
            "青禾网10月8日讯 昨日,记者从青禾县热力公司了解到,城关片区的管网已全部接通。\n"
            "安置小区明年入住\n"
            "青禾网10月8日讯 根据计划,新区的两个安置小区将在年底前交付。\n")
    assert _depts(text) == [None]


def test_a_speaker_may_say_when_they_spoke_and_a_party_secretary_keeps_the_place() -> None:
    text = "在昨天的调度会上,某县水利局副局长周某某9日上午表示,南渠引水工程将于11月底前完工。"
    assert _depts(text) == ["某县水利局"]
    assert _depts("青禾市委书记王某某强调,要确保10月底前完成老旧小区改造。") == ["青禾市委书记王某某"]


def test_a_transcripts_turn_speaks_for_the_office_its_speaker_was_introduced_with() -> None:
    """A press conference printed as turns: "王某某:" answers for the office named with them in
    the introduction ("某部新闻发言人、某室主任王某某"); the reporter's turn names nobody."""
    text = ("国新办举行新闻发布会,交通运输部新闻发言人、政策研究室主任王某某介绍有关情况。\n"
            "记者:今年重大项目进展如何?\n"
            "王某某:谢谢你的提问。青石高速主线工程将在今年年底建成通车。\n")
    assert _depts(text) == ["交通运输部"]


def test_a_name_never_introduced_with_an_office_speaks_for_none() -> None:
    text = "记者:这条路何时修好?\n王某某:青石路改造工程将在今年年底完工。\n"
    assert _depts(text) == [None]


def test_a_speaker_named_at_a_bodys_briefing_speaks_for_that_body() -> None:
    """"某某是在当天举行的交通运输部例行新闻发布会上作上述表述的。某某表示,…": the ministry
    holding the briefing commits."""
    text = ("王某某是在当天举行的交通运输部10月份例行新闻发布会上作上述表述的。\n"
            "王某某表示,青石高速公路项目计划于2024年全线建成通车。")
    assert _depts(text) == ["交通运输部"]


def test_a_speaker_telling_someone_speaks_for_its_office() -> None:
    """"某区政府向人民群众承诺…", "市住建局相关负责人向记者介绍,…": who it is told to stands
    between the speaker and the verb."""
    assert _depts("今年年初,东岸区政府向人民群众承诺,年内完成硬化城区十条道路。") == ["东岸区政府"]
    assert _depts("市住建局相关负责人向记者介绍,青石路改造工程将于今年10月底完工。") == ["市住建局"]


def test_a_body_pointing_at_itself_names_no_office() -> None:
    """"今年本届政府将…": the speaker says "this government", naming none."""
    assert _depts("为此,今年本届政府将竭尽全力,在年底前完成青石路改造。") == [None]


def test_a_transcript_turn_labelled_with_office_title_and_name_is_the_speaker_as_printed() -> None:
    """A program's transcript prints each turn as "某区房管局副局长郑某:" or "某项目经理卢某:":
    the speaker as printed commits, through the turn."""
    text = ("专题询问回迁安置工作\n"
            "青禾新城安置房项目经理卢某某:市政道路已经在施工了。目标是10月份道路施工完成。\n"
            "目前,小区内部的水电管网已施工完毕。\n"
            "青禾区房管局副局长郑某:市房管局和区政府组织相关部门协调。我们争取在今年年底之前完成选房工作。\n")
    assert _depts(text) == ["青禾新城安置房项目经理卢某某", "青禾区房管局副局长郑某"]


def test_a_period_heading_the_sentence_is_no_part_of_the_office() -> None:
    text = "第四季度市城乡建设局将完成老旧小区改造12个。"
    assert _depts(text) == ["市城乡建设局"]


def test_an_authority_expecting_a_date_is_the_one_that_commits() -> None:
    """"此前,某大桥管理局预计大桥将于年底…": the body that expects the date is its clause's subject."""
    assert _depts("此前,青江大桥管理局预计大桥将于年底具备通车条件。") == ["青江大桥管理局"]


def test_a_chairman_or_a_project_manager_named_by_title_first_speaks_as_printed() -> None:
    assert _depts("自治区主席王大明在会上说,明年将确保100个项目完工。") == ["自治区主席王大明"]
    assert _depts("项目经理张明介绍,该项目计划今年6月底完成并网。") == ["项目经理张明"]


def test_a_clause_opening_on_a_time_or_a_done_act_names_no_office() -> None:
    """"开标后区政府要督促…" and "已报送县政府拟定后…": neither 开标后区政府 nor 已报送县政府 is
    an office; the sentence's own subject (here none) stands."""
    text = "设计尚未开标的区,开标后区政府要督促设计单位立即入场。同时,督促各区做好对接,确保4月底前进场施工。"
    assert _depts(text) == [None]
    assert _depts("方案已报送县政府拟定后进入招标环节,确保10月底完成建设。") == [None]


def test_a_quote_attributed_after_it_closes_speaks_for_the_speaker_named_after_it() -> None:
    """"“…年底前建成两条快速路。”市长某某说。": the speaker named after the closing mark, maybe after
    the day and another title, said what the quote holds."""
    assert _depts("“今年全市将新开工三条地铁线,年底前建成两条快速路。”市长王大明说。") == ["市长王大明"]
    text = "“今年全市将新开工三条地铁线。”3月1日,青州市委副书记、市长王大明做客电台热线时作上述表示。"
    assert _depts(text) == ["市长王大明"]
    assert _depts("“年底前建成两条快速路。”市住建局局长李强说。") == ["市住建局"]
    # an office with a long name right after the closing mark, its official a group's deputy head
    assert _depts("“预计年底建成通车。”青州城区北环过境公路改造项目建设工作组副组长李强说。") == ["青州城区北环过境公路改造项目建设工作组"]


def test_the_reporters_source_after_a_long_dateline_is_the_source_alone() -> None:
    """"本报青州讯近日记者从某高速项目办获悉,…": the source, not the dateline before it."""
    text = "□记者李某报道\n本报青州讯近日记者从青兰高速项目办获悉,目前青兰高速东段主体已完工,有望今年10月份通车。"
    assert _depts(text) == ["青兰高速项目办"]


def test_a_place_opening_a_clause_with_a_plans_word_commits_as_its_government() -> None:
    """"今年,青石县将全面实施…,年底前全面完工": the county commits (a banner, 旗, too); not 全市,
    城区 or 该区, and not a place only said to be doing something now."""
    assert _depts("今年,青石县将全面实施东湖水系工程,年底前全面完工。") == ["青石县"]
    assert _depts("今年,青石旗将全面实施东湖水系工程,年底前全面完工。") == ["青石旗"]
    assert _depts("今年,全市将全面实施东湖水系工程,年底前全面完工。") == [None]
    assert _depts("目前,现青石区正在开展征收,该工程计划今年10月正式启动。") == [None]
    # (its plan may be said as put forward, or as one more: "某县提出要确保…", "某县还将…")
    assert _depts("春节过后,青石大桥已复工建设,青石县提出要确保年内建成。") == ["青石县"]
    assert _depts("今年,青石县还将全力做好青白高速青石段的建设,确保年底通车。") == ["青石县"]


def test_an_official_called_by_surname_and_title_and_an_office_speaking_through_its_staff() -> None:
    """"厉书记将会在7个工作日内答复": the official as the page calls them (a title then 将会 is no
    name); "“…”某集团有限公司项目技术负责人某某说": the company whole, not its first characters."""
    assert _depts("网友的提问将转交给厉书记,厉书记将会在7个工作日内予以书面答复。") == ["厉书记"]
    assert _depts("据悉,副书记将会在7个工作日内予以书面答复。") == [None]
    text = "“照明工程争取两个月内全部完成。”江苏青晟园林景观建设集团有限公司项目技术负责人郭某某信心满满地说。"
    assert _depts(text) == ["江苏青晟园林景观建设集团有限公司"]


def test_an_office_acting_in_the_sentence_of_the_date_commits() -> None:
    """"目前,某市政府已成立指挥部,市交通运输局落实了工作专班,…确保今年8月进场施工": the office
    acting last before the date commits."""
    assert _depts("目前,青州市政府已成立指挥部,市交通运输局落实了工作专班,着力破解难题,确保今年8月进场施工。") \
        == ["市交通运输局"]


def test_a_mayor_written_with_the_citys_short_name_and_named_alone_after_a_quote() -> None:
    """"青州市长郑某某" is the city 青州 and its 市长, kept whole; "“…”郑某某承诺。" after that
    introduction is the same official."""
    text = ("5日上午,青州市长郑某某走进电台直播间,与市民交流。\n"
            "“今年,青州将把南湖公园改造列为为民办实事的项目之一,年底前完成改造。”郑某某承诺。")
    assert _depts(text) == ["青州市长郑某某"]
    assert _depts("“今年年底前完成南湖公园改造。”青州市长郑某某承诺。") == ["青州市长郑某某"]


def test_a_builder_named_by_its_role_in_the_project_and_a_city_investment_company() -> None:
    """"据该项目的承建方某城投负责人介绍": the body is 某城投 (a city's investment company goes by
    城投), without the role written before its name — opening the sentence or after a comma."""
    assert _depts("据该项目的承建方青州城投负责人介绍,预计于年底完成环线主体通车。") == ["青州城投"]
    assert _depts("环城路是全区重点项目之一,据该项目的承建方安宁城投负责人介绍,预计于年底完成环线主体通车。") \
        == ["安宁城投"]


def test_an_office_pointed_back_to_by_gai_acts_in_its_clause() -> None:
    """"…引起某市城建集团有限公司高度重视,…该公司已要求施工单位…,此项工作将于两天内完成": the
    company named before (not the verb that introduced it) commits."""
    text = ("本报讯\n报道刊发后,引起平安市城建集团有限公司高度重视,立即指派工作人员现场核实。"
            "对于临时通道偏窄的问题,该公司已要求施工单位调整施工方案,此项工作将于两天内完成。")
    assert _depts(text) == ["平安市城建集团有限公司"]


def test_a_level_and_its_line_of_work_is_a_source_and_feedback_is_speech() -> None:
    """"记者从省交通部门获悉" names a department (a level and its line of work, as a clause's subject
    does), not an unnamed one (相关部门); "据区交通委反馈,…预计2027年完成": the office reports."""
    assert _depts("记者从省交通部门获悉,某长江公路大桥有望于今年10月动工建设。") == ["省交通部门"]
    assert _depts("记者从相关部门获悉,某长江公路大桥有望于今年10月动工建设。") == [None]
    reply = ("二、据区交通委反馈,前卫支路已列入小镇项目,某城投集团已将其列入实施项目计划,前期方案已在设计,"
             "将前卫支路改造拓宽为双向四车道,预计2027年完成。")
    assert _depts(reply) == ["区交通委"]


def test_a_government_opening_a_headline_after_a_column_tag_commits_to_its_year() -> None:
    """"【直击两会】某县政府2020年将为民办好15件大事和民生实事": the tag closed, the county's government
    commits, by the end of the year named (办好 after the year's 将 is the act)."""
    items = [i for i in extract_items("政府信息公开\n【直击两会】平安县政府2020年将为民办好15件大事和民生实事\n",
                                      published=date(2020, 2, 1)) if i.kind == "promise"]
    assert [(i.department, i.deadline_expr) for i in items] == [("平安县政府", "2020年")]
