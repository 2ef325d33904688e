"""Cleaning keeps offsets; document facts from headers and inference; department aliases;
fingerprints make reprints one item."""

from __future__ import annotations

from datetime import date

import pytest

from inquiry_tracker.extract import analyze_text, extract_items
from inquiry_tracker.extract.clean import build_view, paragraphs
from inquiry_tracker.extract.departments import canonical, is_department
from inquiry_tracker.extract.docfacts import document_facts

# ---- cleaning ------------------------------------------------------------------------


def test_view_rejoins_broken_sentences_and_maps_back() -> None:
    text = "本报讯(记者 王明)3月9日上午,全市工作会议召开,市委常委、常务副\n\n市长李季主持会议。\n\n(下转第2版)\n\n下一篇标题\n"
    view = build_view(text)
    first = view.text.split("\n")[0]
    assert first == "本报讯(记者 王明)3月9日上午,全市工作会议召开,市委常委、常务副市长李季主持会议。"
    i = view.text.index("市长李季")
    o = view.to_original(i)
    assert text[o : o + 4] == "市长李季"
    assert "下转" not in view.text


def test_view_drops_captions_between_halves_of_a_sentence() -> None:
    text = "这些翻新的公交站台,从座椅坐凳、夜间\n\n图为花板桥公交车候车亭智慧电子站牌。郝家勇 摄\n\n灯光亮化等方面均得到了完善。"
    view = build_view(text)
    assert "从座椅坐凳、夜间灯光亮化等方面均得到了完善。" in view.text
    assert "摄" not in view.text


def test_a_blank_line_ends_a_headline_or_a_field_line() -> None:
    """A page printed from columns sets blank lines inside its sentences, and the view joins
    them; but a headline (no comma: "A、B两条快速路将于年底通车") or a field line ("协商方式:…")
    before a blank line ends there, however it ends."""
    text = ("城东、城西两条快速路完成八成工程量 两条快速路将于年底通车\n\n"
            "某某日报 2022-05-27 16:15\n\n协商方式:5月20日召开会议,当面协商\n\n办理复文(摘要):答复如下:项目年底前完工。")
    view = build_view(text)
    assert len(paragraphs(view)) == 4


def test_an_images_file_name_left_in_the_text_is_dropped() -> None:
    """Where a copied page's picture stood, its file name may remain, glued to the next words
    ("640.png某区住建局 回复:"): no part of the text, so the office label reads whole."""
    view = build_view("网友:城南路何时修好?\n640.png某区住建局 回复:您好,该路计划9月底前完工。\n图1.JPEG说明")
    assert view.text.split("\n")[1].startswith("某区住建局 回复:")
    found = extract_items("网友:城南路何时修好?\n640.png某区住建局 回复:您好,该路计划9月底前完工。", published=date(2022, 3, 1))
    assert [(it.kind, it.department) for it in found] == [("inquiry", "某区住建局")]


def test_headlines_are_not_joined_to_body() -> None:
    text = "爱心大院项目 主楼主体封顶 今年8月竣工交付\n\n株洲日报社新媒体记者 寻慧蓉\n\n日前,爱心大院项目主楼封顶。"
    view = build_view(text)
    assert len(paragraphs(view)) == 3


def test_span_mapping_is_exact_for_every_paragraph() -> None:
    text = "  第一段,没有结束\r\n\n  继续第一段。\n\n\n第二段。  \n"
    view = build_view(text)
    for a, b in paragraphs(view):
        oa, ob = view.span_to_original(a, b)
        assert text[oa:ob].replace("\n", "").replace("\r", "").replace(" ", "") == view.text[a:b].replace(" ", "")


# ---- document facts --------------------------------------------------------------------

HEADERS = [
    ("衡阳日报\n\n2021年10月29日 星期五 农历辛丑年九月廿四\n\n本报讯", date(2021, 10, 29), "衡阳日报"),
    ("云溪日报 2021年6月8日 星期二\n\n第A03版", date(2021, 6, 8), "云溪日报"),
    ("标题\n来源:岳阳楼区人民政府   2020-11-30 09:26\n浏览量:1", date(2020, 11, 30), "岳阳楼区人民政府"),
    ("发布时间：２０２０－０８－０３　１５：２６　　来源：云溪市自然资源和规划局\n正文", date(2020, 8, 3), "云溪市自然资源和规划局"),
    ("信件标题 | 咨询 |\n来信时间 | 2019-07-29 |\n回复时间: | 2019-08-12 |", date(2019, 8, 12), None),
    ("二〇二一年三月五日 星期五\n长河晚报\n", date(2021, 3, 5), "长河晚报"),
]


@pytest.mark.parametrize(("text", "published", "outlet"), HEADERS)
def test_header_facts(text: str, published: date, outlet: str | None) -> None:
    facts = document_facts(text)
    assert facts.basis == "header"
    assert facts.published == published
    assert facts.outlet == outlet


def test_inferred_date_is_the_day_after_the_latest_reported_day() -> None:
    text = (
        "本报讯 2021年全市工作会议召开。3月8日,会议部署全年任务。\n\n"
        "本报讯 3月9日上午,市长出席座谈会。自3月3日至11日开展大排查。5月15日前,网友可以投稿。"
    )
    facts = document_facts(text)
    assert (facts.basis, facts.published) == ("inferred", date(2021, 3, 10))


def test_given_date_wins() -> None:
    facts = document_facts("2021年10月29日 星期五\n正文", published=date(2022, 1, 1))
    assert (facts.basis, facts.published) == ("given", date(2022, 1, 1))


def test_no_date_at_all() -> None:
    facts = document_facts("网友提问:森林路何时能开通?")
    assert facts.basis == "unknown" and facts.published is None


def test_benbao_page_is_named_after_its_city() -> None:
    text = "本报讯 岳阳市召开会议。岳阳将加快建设。为岳阳发展作贡献。"
    assert document_facts(text).outlet == "岳阳日报"


# ---- departments ------------------------------------------------------------------------

ALIASES = [
    ("市卫健委", None, "市卫生健康委员会"),
    ("市卫健委", "株洲", "株洲市卫生健康委员会"),
    ("市卫生健康委员会", "株洲", "株洲市卫生健康委员会"),
    ("市住建局", None, "市住房和城乡建设局"),
    ("天元区住建局", None, "天元区住房和城乡建设局"),
    ("天元区政府", None, "天元区人民政府"),
    ("天元区人民政府", None, "天元区人民政府"),
    ("市发改委", None, "市发展和改革委员会"),
    ("市场监管局", None, "市场监督管理局"),
    ("12345热线", None, "12345政务服务便民热线"),
]


@pytest.mark.parametrize(("name", "city", "full"), ALIASES)
def test_department_aliases(name: str, city: str | None, full: str) -> None:
    assert canonical(name, city) == full


def test_alias_spellings_meet() -> None:
    assert canonical("市卫健委", "株洲") == canonical("市卫生健康委", "株洲") == canonical("市卫生健康委员会", "株洲")


@pytest.mark.parametrize("name", ["市交通运输局", "天元区政府", "人民银行株洲市中心支行", "龙泉街道办事处", "市水务集团",
                                  "将乐县住建局", "县委办", "某镇党政综合办"])
def test_is_department(name: str) -> None:
    assert is_department(name)


@pytest.mark.parametrize("name", ["网友", "森林路何时能开通", "", "记者", "将联合兄弟城市举办", "已在城北体育馆承办"])
def test_is_not_department(name: str) -> None:
    assert not is_department(name)


def test_a_clause_ending_like_an_office_does_not_commit() -> None:
    """"将联合兄弟城市举办文体活动,年内建成…": 举办 ends like 办, no office speaks."""
    found = extract_items("将联合周边城市举办文体活动,年内建成都市圈体育公园。", published=date(2022, 3, 1))
    assert [(it.kind, it.department) for it in found] == [("promise", None)]


# ---- fingerprints -----------------------------------------------------------------------


def test_reprint_in_another_paper_has_the_same_fingerprint() -> None:
    a = "株洲日报\n2020年5月8日 星期五\n\n网友提问:森林路何时能开通?\n\n天元区政府回复:计划5月份移交完成后,于5月底开放。"
    b = "株洲晚报\n2020年5月9日 星期六\n\n网友咨询:森林路何时能开通?\n天元区人民政府答复:计划5月份移交完成后,于5月底开放。"
    fa = {i.fingerprint for i in analyze_text(a).items}
    fb = {i.fingerprint for i in analyze_text(b).items}
    assert fa and fa == fb


def test_same_exchange_twice_in_one_text_is_one_item() -> None:
    block = "网友提问:石峰区人才补贴何时能发放?\n\n石峰区政府回复:预计5月底发放。\n\n"
    items = extract_items(block * 2, published=date(2020, 5, 8))
    assert len(items) == 1


def test_different_questions_have_different_fingerprints() -> None:
    text = (
        "网友提问:森林路何时能开通?\n\n天元区政府回复:于5月底开放。\n\n"
        "网友提问:湘水路何时能开通?\n\n天元区政府回复:于6月底开放。"
    )
    items = extract_items(text, published=date(2020, 5, 8))
    assert len({i.fingerprint for i in items}) == 2


MESSAGE_BOARD_DATES = [
    # a reply page appears on its latest reply, not when the letters came in
    ("| 来信时间 | 2018-06-11 |\n| 回复时间: | 2018-06-19 |\n正文\n| 来信时间 | 2018-06-14 |\n| 回复时间: | 2018-06-20 |", date(2018, 6, 20)),
    # a 来源 line outranks a reply-time field
    ("来源:某市人民政府办公室  2024-07-02 16:21\n\n问题:公厕什么时候建好?\n回复时间:2024-07-01\n回复:您好", date(2024, 7, 2)),
    # only the signature under the reply dates the page
    ("留言时间:2018-05-28 09:15\n\n留言内容:\n路什么时候修?\n\n回复内容:\n您好,9月底前修复。\n\n石门县交通运输局\n2018年6月12日", date(2018, 6, 12)),
    # a log of clock times further down is not the header
    ("信件详情\n\n| 来信日期: | 2020-03-02 |\n| 回复日期: | 2020-03-16 |\n" + "说明文字。" * 80 + "\n2020-03-02 14:21  受理", date(2020, 3, 16)),
]


@pytest.mark.parametrize(("text", "published"), MESSAGE_BOARD_DATES)
def test_message_board_publication_dates(text: str, published: date) -> None:
    facts = document_facts(text)
    assert facts.published == published


def test_question_time_alone_is_only_a_lower_bound() -> None:
    facts = document_facts("留言时间:2021-05-20 10:00\n\n我们小区停水了,什么时候来水?")
    assert (facts.basis, facts.published) == ("inferred", date(2021, 5, 20))


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("江州人民广播电台 新闻综合频率\n《行风热线》节目实录", "江州人民广播电台"),
        ("来源:蚌埠市12345热线办  2021-03-02", "蚌埠市12345热线办"),
    ],
)
def test_more_outlets(text: str, outlet: str) -> None:
    assert document_facts(text).outlet == outlet


def test_reprint_without_a_city_cue_has_the_same_fingerprint() -> None:
    a = "株洲日报\n2020年5月8日 星期五\n\n网友提问:智轨项目进展如何?\n\n市交通运输局回复:计划6月左右启动建设。"
    b = "网友提问:智轨项目进展如何?\n\n市交通运输局回复:计划6月左右启动建设。"
    fa = {i.fingerprint for i in analyze_text(a).items}
    fb = {i.fingerprint for i in analyze_text(b, published=date(2020, 5, 9)).items}
    assert fa and fa == fb


def test_today_in_brackets_dates_the_page() -> None:
    facts = document_facts("本报讯 2019年全市十大民生实事。今天(11月15日)上午,记者在项目现场看到设备正在调试。")
    assert (facts.basis, facts.published) == ("inferred", date(2019, 11, 15))


@pytest.mark.parametrize(
    ("head", "published", "outlet"),
    [
        ("宁波日报  2016年4月12日  第1版\n\n民生e点通\n", "2016-04-12", "宁波日报"),
        ("新晚报  2019年11月5日  A06  民生热线·有问必答\n", "2019-11-05", "新晚报"),
        ("贵阳日报  2018年6月22日  A4版  民生·市长热线\n", "2018-06-22", "贵阳日报"),
    ],
)
def test_epaper_masthead_line_with_page_number(head: str, published: str, outlet: str) -> None:
    from inquiry_tracker.extract.docfacts import document_facts

    facts = document_facts(head + "网友留言:路灯不亮。\n回复:已修复。\n")
    assert (facts.published.isoformat() if facts.published else None, facts.basis, facts.outlet) == (published, "header", outlet)


def test_year_of_an_undated_page_from_a_reporting_cutoff() -> None:
    """"截至2020年5月底" names a month of the year the page was written in."""
    from inquiry_tracker.extract.docfacts import document_facts

    text = ("市长调研重点项目建设\n6月7日上午,市长深入项目现场调研。2019年全市完成投资812亿元。"
            "截至2020年5月底,全市342个重点项目已复工。项目计划于10月1日前建成通车。\n")
    facts = document_facts(text)
    assert (facts.published.isoformat() if facts.published else None, facts.basis) == ("2020-06-08", "inferred")


# Publication dates as real pages state them (cases written here from shapes many pages share).
def test_a_board_page_is_dated_by_its_reply_not_by_the_question() -> None:
    from inquiry_tracker.extract.docfacts import header_date

    text = ("来信人:张**\n时间:2024-03-02\n小区门口路灯坏了,何时修?\n市城管局\n答复时间:2024-03-05\n"
            "您好!已安排维修。")
    assert header_date(text) == date(2024, 3, 5)


def test_a_signed_reply_dates_the_page_over_the_post_stamp() -> None:
    from inquiry_tracker.extract.docfacts import header_date

    text = ("关于村道维修\n2016-7-19 13:19\n村道坑洼,何时维修?\n网友:\n    您好!已列入计划。\n"
            "                                    石桥镇人民政府\n                                    2016年7月23日\n")
    assert header_date(text) == date(2016, 7, 23)


def test_day_first_datelines_and_dates_at_the_edge_of_a_line() -> None:
    from inquiry_tracker.extract.docfacts import header_date

    assert header_date("某市新闻\n25.02.2016  11:52\n市政府工作报告提出,今年将开工建设地铁7号线。") == date(2016, 2, 25)
    assert header_date("某某新闻 | 湖北 2023-03-10\n工程预计年底完工。") == date(2023, 3, 10)
    assert header_date("工程进展顺利,计划年底完工。\n2018-3-29 14:40:23") == date(2018, 3, 29)


def test_an_undated_page_is_read_in_the_latest_year_it_dates_a_day_in() -> None:
    from inquiry_tracker.extract import analyze_text as _analyze

    facts = _analyze("2021年3月5日,市政府召开会议。会议提出,滨河公园改造年底前完工。").facts
    assert facts.published == date(2021, 1, 1) and facts.basis == "inferred"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a traditional-character page and its reply-time field
        ("來信時間: | 2022-12-14 11:49 |\n來信內容: | 請問何時開園? |\n答復內容: | 預計明年3月開園。 |\n"
         "回復時間: | 2022-12-18 11:49 |", "2022-12-18"),
        # a signature and its date on one line, closing the reply
        ("网友您好:该项目预计明年完工。感谢您的留言。 某县教育局 2025年8月7日 |", "2025-08-07"),
        ("网友您好:已恢复正常施工。敬请谅解。2025年12月16日来源问政平台", "2025-12-16"),
        # a dateline with its clock glued to the date
        ("标题\n2024年10月17日16:38 | 来源:某网-某频道\n近日,有网民反映道路破损。", "2024-10-17"),
    ],
)
def test_publication_dates_as_real_pages_print_them(text: str, expected: str) -> None:
    from inquiry_tracker.extract.docfacts import document_facts

    assert str(document_facts(text).published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("问题已解决", False), ("問題已解決", True), ("𫜦", True), ("😀 与 \ud800", False), ("", False)],
)
def test_has_traditional_as_the_set_says(text: str, expected: bool) -> None:
    from inquiry_tracker.extract.clean import _traditional, has_traditional

    assert has_traditional(text) is expected is (not _traditional().isdisjoint(text))


def test_guarded_org_mention_finds_what_the_plain_pattern_finds() -> None:
    import re
    from pathlib import Path

    from inquiry_tracker.extract.departments import MENTION, ORG_MENTION

    seeds = Path(__file__).resolve().parents[2] / "seeds"
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt")))
    text += "记者从市国有资产经营有限责任公司获悉,国网江州供电公司,东区住建局,中区城管委,和平区教育局局长,株洲市住房和城乡建设局"
    plain = re.compile(MENTION)
    assert [m.span() for m in ORG_MENTION.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert all(bool(ORG_MENTION.match(text, p)) == bool(plain.match(text, p)) for p in range(len(text)))
    assert len(ORG_MENTION.findall(text)) > 10


def test_reordered_date_patterns_read_as_written() -> None:
    """docfacts writes its year as literal-led alternatives and looks behind a year after
    reading it (so re skips ahead); both find what the plain forms find."""
    import re
    from pathlib import Path

    from inquiry_tracker.extract import docfacts

    seeds = Path(__file__).resolve().parents[2] / "seeds"
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt")))
    text += "\n二〇二一年三月五日,2019年,12019年,—2020年,2021年度,1999—2001年,2022-07-03 16:03\n2023年5月6日\n"
    plain_year = re.compile(r"(?<![\d—\-~～])((?:19|20)\d\d)年(?![\d—\-~～])")
    assert docfacts._YEAR.findall(text) == plain_year.findall(text)
    plain_date = re.compile(
        r"((?:19|20)\d\d|[〇零一二三四五六七八九]{4})\s*[年\-/.]\s*(\d{1,2}|[一二三四五六七八九十]{1,3})"
        r"\s*[月\-/.]\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日?"
    )
    assert [m.groups() for m in docfacts._FULL_DATE.finditer(text)] == [m.groups() for m in plain_date.finditer(text)]
    assert len(docfacts._FULL_DATE.findall(text)) > 5


def test_a_sites_navigation_or_chrome_is_never_the_pages_title() -> None:
    from inquiry_tracker.extract.docfacts import find_title

    assert find_title("首页 > 资讯 > 本地资讯\n\n青石水厂年底投入试运行\n本报讯 …") == "青石水厂年底投入试运行"
    assert find_title("您所在的位置: 某某网 > 青州频道> 正文\n青石水厂完成工程量逾80%\n") == "青石水厂完成工程量逾80%"
    assert find_title("手机版 | 网站导航\n某某网 热点 >\n\n青石铁路有望今年内开通\n") == "青石铁路有望今年内开通"
    # (a title naming its outlet after a bar is a title)
    assert find_title("青石铁路有望今年内开通 | 青州日报\n") == "青石铁路有望今年内开通 | 青州日报"
    assert find_title("本报讯(记者 某某)9月10日上午,青石医院异地新建项目开工建设,全市百余名医护人员来到现场挥锨培土,为自己的新医院奠基喝彩。\n新闻推荐\n") is None
