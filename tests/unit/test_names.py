"""Project names: what a promise is about, the aliases a text declares, and how closely a
later text names it. Cases written for this project."""

from __future__ import annotations

from datetime import date

import pytest

from inquiry_tracker.extract.names import (
    after_anothers_act,
    bare_lines,
    context_before,
    declared_aliases,
    first_line,
    index_entry,
    item_index_entry,
    item_names,
    later_phase,
    listed_below,
    mentions,
    metro_cities,
    name_grams,
    referent,
    road_numbers,
    similarity,
    text_grams,
    topic_above,
    topic_below,
)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("位于江北新城片区的滨江实验学校9月将建成投用", ["滨江实验学校"]),  # the place goes
        ("东湖大道计划于今年年底全线通车", ["东湖大道"]),
        ("株洲市神农大剧院年底完工", ["神农大剧院"]),
        ("京珠高速株洲北联络线将于7月底通车", ["北联络线"]),  # the road it joins is where, not what
        ("地铁9号线一期西段明年开通", ["9号线一期西段"]),
        ("市公路管理局表示,年内完成", []),  # an office, not a project
        ("今年将开工建设3条地铁线", []),  # a count, not a name
        ("国网供电公司将于6月底前完成线路改造", []),
        ("白沙大道快速化改造工程年底通车", ["白沙大道"]),  # how it is done is not which thing
        # a bare 建 after a word of intent is the act, not the name's first character
        ("某县将建东溪人行吊桥", ["东溪人行吊桥"]),
        ("镇里拟建北湖公园", ["北湖公园"]),
        ("今年还要建南门菜市场", ["南门菜市场"]),
        ("建宁路改造下月完工", ["建宁路"]),  # a name that opens with 建 keeps it
    ],
)
def test_mentions(text: str, names: list[str]) -> None:
    assert [m.name for m in mentions(text)] == names


def test_mentions_point_into_the_text() -> None:
    text = "据悉,东湖大道计划年底通车"
    (m,) = mentions(text)
    assert text[m.start : m.end] == m.name


@pytest.mark.parametrize(
    "text",
    ["目前项目建设已完成约三成", "现有馆舍需拆除重建", "该工程已完成总工程量的75%", "今年项目将全部完工"],
)
def test_a_time_or_pointing_word_before_the_kind_names_nothing(text: str) -> None:
    assert mentions(text) == []


def test_the_thing_is_found_before_a_clause_that_only_points_at_it() -> None:
    before = "另据了解,青云大桥去年开工,目前项目建设已完成工程量约两成,"
    assert item_names("计划2021年建成通车。", before) == ["青云大桥"]


def test_what_the_finished_work_will_serve_is_not_its_name() -> None:
    """"…通车,建成后将缓解X路的压力": X路 is what the work serves; the thing promised is named
    in the sentence before."""
    before = "北外环东延工程去年开工,"
    assert item_names("预计2026年竣工通车,建成后将缓解建设路的交通压力。", before) == ["北外环东延工程"]
    assert item_names("预计2026年竣工通车,届时将连接长江路。", before) == ["北外环东延工程"]


def test_a_paragraph_about_one_project_names_it_first() -> None:
    """"复兴大桥位于…。由…承建,已于…开工,…预计年底具备通车条件。" — the promise's clause and its
    sentence name nothing; the paragraph's opening names the bridge."""
    from types import SimpleNamespace

    from inquiry_tracker.extract.names import item_index_entry

    text = ("全市重点工程建设提速\n\n"
            "复兴大桥位于生米大桥以南约4公里,是一条跨江城市主干路。由市政公用集团承建,已于2021年8月开工建设,"
            "6月28日实现主拱合龙,预计2023年底具备主线通车条件。\n")
    statement = "6月28日实现主拱合龙,预计2023年底具备主线通车条件。"
    item = SimpleNamespace(kind="promise", statement=statement, start=text.find(statement), subject="条件通车")
    names, _ = item_index_entry(text, "全市重点工程建设提速", item)
    assert names[0] == "复兴大桥"


def test_the_parts_a_project_includes_are_not_its_name() -> None:
    """"包括行政服务中心、图书馆、规划展示馆三个场馆的建设,计划今年完工": the parts listed are not
    the thing promised; the sentence before names it."""
    promise = "该项目投资约3.5亿元,包括行政服务中心、图书馆、规划展示馆三个场馆的建设,计划今年完工。"
    assert item_names(promise, "城东体育馆进展顺利,") == ["城东体育馆"]


def test_a_work_named_new_until_it_opens_is_found_by_its_own_name() -> None:
    """"新城西大桥" (replacing the old one) is reported open as "城西大桥"; a bare 新 before a
    short head ("新华路") is part of the name and stays."""
    names, grams = index_entry("计划于2020年3季度开工建设。", "新城西大桥工程前期工作已完成,")
    assert "城西大桥" in names
    assert any(g in grams for g in name_grams("城西大桥"))
    assert index_entry("新华路计划年底通车。")[0] == ["新华路"]


def test_a_project_going_on_into_its_own_works_is_still_itself() -> None:
    """"城东大桥项目桥梁工程…" is the bridge's own works; "城东大桥北桥头交通体系工程" is another
    project named after it."""
    assert similarity("城东大桥", "目前,城东大桥项目桥梁工程下部结构已完成施工") == 1.0
    assert similarity("城东大桥", "城东大桥北桥头交通体系工程开工") == 0.0


def test_a_bare_kind_of_building_is_named_with_its_place() -> None:
    """"玉林市图书馆新馆预计年底竣工": the library is 玉林市's — another city's library is not it."""
    (name,) = item_names("玉林市图书馆新馆预计年底竣工。")
    assert name == "玉林市图书馆"
    assert similarity(name, "番禺区图书馆新馆封顶活动在工地举行") == 0.0
    assert similarity(name, "玉林市图书馆新馆正式开馆") == 1.0


def test_a_name_going_on_with_a_word_for_any_work_is_the_same_name_without_it() -> None:
    """"龙田水厂项目" is written "龙田水厂改扩建工程" too: 项目/工程 are no part of what it is."""
    assert similarity("龙田水厂项目", "福清龙田水厂改扩建工程将在10月通水") == 1.0
    assert "厂项" not in name_grams("龙田水厂项目")
    assert similarity("民心工程", "民心工程年底完工") == 1.0  # (too short to lose it)


def test_a_promise_of_a_count_of_works_is_named_by_its_count() -> None:
    """No project named, but the works counted in the clause that finishes them: the count of
    that kind is the name, matched by the same count however the kind is written."""
    promise = "记者获悉,今年将新开工建设2条地铁线,年底还将有五条线通车。"
    assert item_names(promise) == ["5条线"]
    assert similarity("5条线", "年底将同时新开通5条地铁轨道交通线路") == 1.0
    assert similarity("5条线", "年底将开通3条线路") == 0.0  # another count
    assert similarity("5条线", "年底将有5条道路建成通车") == 0.0  # another kind


def test_the_thing_promised_not_the_one_it_opens_with() -> None:
    """A line that opens "together with" others is about itself."""
    assert item_names("南段计划于明年12月底与地铁3号线、5号线同天开通", "地铁12号线一期工程将分两段开通") == [
        "12号线一期"
    ]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("湘江南路至东湖高速公路(以下简称“南东高速”)正式开工", ("东湖高速公路", "南东高速")),
        ("322省道(迎宾路)改扩建工程年底完工", ("322省道", "迎宾路")),
        ("青石大桥届时将重新命名为青云大桥", ("青石大桥", "青云大桥")),
        ("白沙大道(又名长江路)高架", ("白沙大道", "长江路")),
        # the alias ends where the sentence goes on to what it names (…的…)
        ("西山隧道正式命名为青岩隧道的城西过江通道月底开放", ("西山隧道", "青岩隧道")),
    ],
)
def test_declared_aliases(text: str, pair: tuple[str, str]) -> None:
    assert pair in declared_aliases(text)


def test_item_names_take_the_aliases_along() -> None:
    names = item_names("预计10月具备通车条件", "322省道(迎宾路)改扩建工程已完成总量的90%")
    assert names == ["迎宾路", "322省道"] or set(names) == {"322省道", "迎宾路"}


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("S210汨罗段", {"S210"}),
        ("343省道昆山段", {"S343"}),
        ("省道343", {"S343"}),
        ("G56杭瑞高速", {"G56"}),
        ("地铁15号线", {"L15"}),
        ("全长15公里", set()),
    ],
)
def test_road_numbers(text: str, numbers: set[str]) -> None:
    assert road_numbers(text) == numbers


@pytest.mark.parametrize(
    ("name", "text", "low", "high"),
    [
        ("东湖大道", "12月25日,东湖大道迎来了全线通车", 1.0, 1.0),
        ("北联络线", "北连接线正式开通", 1.0, 1.0),  # 联络线 = 连接线
        ("东湖高速", "东湖高速公路今日通车", 1.0, 1.0),  # 高速公路 = 高速
        ("S343", "343省道改扩建工程全部通车", 1.0, 1.0),
        ("9号线", "随着地铁7号线、10号线的开通", 0.0, 0.0),  # another line
        ("9号线一期", "9号线西段开通试运营", 0.0, 0.0),  # another part of it
        ("9号线一期西段", "9号线西段开通试运营", 1.0, 1.0),
        ("昌平线", "新开工线路包括昌平线二期", 0.0, 0.0),
        # one end of a link named by its two ends is not the thing that link is
        ("东湖线", "新开工的有东湖线二期以及东湖线与3号线联络线", 0.0, 0.0),
        ("东湖线", "东湖线和西湖线连接线开工,东湖线年底通车", 1.0, 1.0),
        ("机场路", "机场快速路南延明天起高架通行", 0.0, 0.0),  # another road
        ("南湖儿童公园", "改建后的儿童公园正式开放", 0.0, 0.0),  # half the name missing: maybe another park
        ("滨江实验学校", "城北区滨江实验学校交付", 1.0, 1.0),
        ("东溪人行浮桥", "东溪浮桥今天起开放通行", 1.0, 1.0),  # a floating bridge is for walkers, said or not
        ("东溪人行天桥", "东溪天桥今天起开放通行", 0.0, 0.0),  # a footbridge over a road is another thing
    ],
)
def test_similarity(name: str, text: str, low: float, high: float) -> None:
    assert low <= similarity(name, text) <= high


def test_index_grams_are_the_distinct_part_and_numbers() -> None:
    assert name_grams("东湖大道") == ("东湖", "湖大")
    assert name_grams("343省道") == ("S343",)
    assert set(name_grams("9号线一期")) == {"L9"}


def test_index_entry_falls_back_to_the_subject() -> None:
    assert index_entry("计划5月底开放", subject="森林路开放") == (["森林路"], sorted(["森林", "林路"]))
    assert index_entry("年内完成", subject="老旧小区改造") == ([], [])


def test_a_name_after_a_month_and_its_act_starts_after_them() -> None:
    from inquiry_tracker.extract.names import item_names

    assert item_names("9月份开建城南快速通道新建工程")[0] == "城南快速通道"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a province, a city and a county before the name: every place goes
        ("在湖南省株洲市攸县龙山大桥的工地上,工人们正抓紧施工", ["龙山大桥"]),
        ("正在进行桥下道路施工", []),  # one character before the kind is a piece of a word
        ("主线桥梁工程已完成", []),  # 桥梁 is bridges in general, not a bridge
        ("清江大道高架计划6月全线开通", ["清江大道高架"]),
    ],
)
def test_mentions_of_real_page_shapes(text: str, names: list[str]) -> None:
    assert [m.name for m in mentions(text)] == names


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # a mirror's traditional characters with pinyin readings read as the plain name
        ("清江长江大桥", "清江長(zhǎng)江大橋今日正式通車(chē)"),
        ("清江长江公路大桥", "清江长江大桥正式通车"),  # 公路大桥 is the 大桥
        ("清江长江大桥", "清江长江公路大桥正式通车"),
        ("清江特大桥", "清江大桥建成通车"),
        # an elevated road named with or without the road it runs over
        ("清江大道高架", "清江高架快速路全线通车的计划推迟"),
        ("清江高架", "清江大道高架昨日通车"),
        ("清江大道", "清江大道高架于去年通车"),
    ],
)
def test_one_thing_written_several_ways(name: str, text: str) -> None:
    assert similarity(name, text) >= 0.75


def test_a_count_is_not_the_date_a_name_is_read_before() -> None:
    """"12座" is no date: the name is the one in the clause with the promise's own act."""
    text = "清江大桥是全县12座渡改桥之一,龙山大桥等其余桥梁也将在今年年底陆续开工。"
    assert item_names(text)[0] == "龙山大桥"


def test_a_project_named_after_the_thing_is_another_project() -> None:
    assert similarity("清江大桥", "清江大桥北岸交通配套工程现浇箱梁全部完成") == 0.0
    assert similarity("清江大桥", "清江大桥建设工程顺利完工") >= 0.75  # how it is built: the same
    assert similarity("清江大桥", "清江大桥及沿江大道项目集中建成") >= 0.75  # one of a list


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a station or a people's hospital is named by its place: the place stays
        ("2023年东湖火车站北站房、北广场将投入运营", ["东湖火车站", "北广场"]),
        # (a campus of its own is part of the name: another campus is another project)
        ("湖南省人民医院东院区将于年底投入运营", ["湖南省人民医院东院区"]),
        ("长沙市人民医院新院区年底开诊", ["长沙市人民医院"]),
    ],
)
def test_things_named_by_their_place(text: str, names: list[str]) -> None:
    assert [m.name for m in mentions(text)] == names


def test_two_peoples_hospitals_of_one_place_are_not_one() -> None:
    assert similarity("湖南省人民医院", "长沙市人民医院东院区今日开诊") == 0.0


def test_schools_numbered_and_stations_named_two_ways() -> None:
    assert [m.name for m in mentions("东湖一中、东湖二中均计划于2024年9月投用")] == ["东湖一中", "东湖二中"]
    assert similarity("东湖一中", "东湖二中开办时间延后") == 0.0
    assert similarity("东湖火车站", "东湖站北站房建成投用") >= 0.75  # 火车站 = 站


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a county's name before the project's own is where it is, not what it is called
        ("兴宁清溪河大桥计划年底通车", ["清溪河大桥"]),
        # a river's bridge, a school or a hospital named by a descriptor keeps the county
        ("嘉鱼长江公路大桥预计明年通车", ["嘉鱼长江公路大桥"]),
        ("东湖实验学校秋季开学", ["东湖实验学校"]),
        # a pointing word before the kind names nothing: 该隧道, 这座桥
        ("这意味着该隧道主体开挖完成", []),
        # a question ending in a kind of work is no name, nor is a way round
        ("每天都要绕路,幼儿园什么时候可以开园", []),
    ],
)
def test_places_pointers_and_questions_around_names(text: str, names: list[str]) -> None:
    assert [m.name for m in mentions(text)] == names


def test_a_schools_campus_is_a_name_of_its_own() -> None:
    """Two campuses of one school are two projects: the campus names the thing."""
    assert [m.name for m in mentions("滨江小学南湖校区改扩建项目年底完工")] == ["滨江小学南湖校区"]
    assert similarity("滨江小学南湖校区", "滨江小学北山校区正式投入使用") < 0.75
    assert similarity("滨江小学南湖校区", "育才小学南湖校区正式投入使用") < 0.75
    assert similarity("滨江小学南湖校区", "滨江小学南湖校区正式投入使用") >= 0.75


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a length, a direction from a landmark, "except" or a rank is no name
        ("作为本市快速通道之一的清河物流通道,湿地公园以东21公里路段计划9月底完工", ["清河物流通道"]),
        ("除北四环金沙路外均已完工", ["北四环金沙路"]),
        ("它将成为居民进出城区的重要通道", []),
        # a crossing named by the road it starts from is one name; a road opening with 和 keeps it
        ("和顺路过江通道预计明年建成", ["和顺路过江通道"]),
        ("东湖路和西江路同时开工", ["东湖路", "西江路"]),
    ],
)
def test_what_is_not_a_name_and_what_stays_one(text: str, names: list[str]) -> None:
    assert [m.name for m in mentions(text)] == names


def test_a_trades_works_are_no_project() -> None:
    """"工程内容包括道路工程、桥梁工程、排水工程": the kinds of work a project holds name none."""
    assert mentions("工程内容包括道路工程、桥梁工程、排水工程、照明工程") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a place something lies by is a landmark, not the thing
        ("作为本市快速通道之一的清河物流通道,湿地公园以东8公里路段计划年底完工", ["清河物流通道"]),
        ("滨江公园东侧的停车场年底建成", []),
        # the project's main bridge, the roads near a school: parts and places, no names
        ("青河路大通道项目主桥合龙", ["青河路"]),
        ("实验小学附近道路将于月底完成改造", []),
    ],
)
def test_landmarks_and_parts_are_not_the_thing(text: str, names: list[str]) -> None:
    assert [m.name for m in mentions(text)] == names


def test_a_feature_named_after_its_city_keeps_the_city() -> None:
    """泉州湾, 南京路: the place is part of the name, not where the project lies."""
    assert [m.name for m in mentions("衡阳湾跨海大桥年底通车")] == ["衡阳湾跨海大桥"]
    assert [m.name for m in mentions("衡阳蒸水大桥年底通车")] == ["蒸水大桥"]


@pytest.mark.parametrize(
    "text",
    [
        "还要再建一座跨海大桥",  # a count of a kind
        "施工方将加紧组织现场施工,全面梳理剩余工程以及未完工程",  # the works left, and verbs
        "两所学校年底前完工",
    ],
)
def test_counts_verbs_and_works_left_name_nothing(text: str) -> None:
    assert mentions(text) == []


def test_the_great_rivers_bridges_are_named_with_or_without_the_river() -> None:
    assert similarity("青石坝长江大桥", "将在本月底青石坝大桥主线通车") >= 0.75
    assert similarity("青石坝长江公路大桥", "白沙长江大桥正式通车") == 0.0
    assert mentions("防撞护栏的安装以及标线的施划") == []


def test_a_pointed_kind_is_kept_apart() -> None:
    """"这条高速…" speaks of an expressway, not of the ring road the sentence before named;
    "该桥…" of a bridge, whatever its name."""
    from inquiry_tracker.extract.names import points_at_another_kind

    assert points_at_another_kind("三环线", "这条高速才开工不久,预计2026年建成通车")
    assert not points_at_another_kind("青石大桥", "该桥预计年底通车")
    assert points_at_another_kind("青石大桥", "该隧道预计年底通车")
    assert not points_at_another_kind("青石大桥", "预计年底通车")


def test_a_leading_place_name_is_the_longest_one_the_run_opens_with() -> None:
    """The city and county lists are looked up as sets, one length at a time, longest first:
    the result is the one an alternation ordered longest first gave."""
    from inquiry_tracker.extract.names import _city_prefix, _is_city, _opening

    places = (frozenset({"长沙", "长沙县", "长"}), 3)
    assert _opening("长沙县黄花机场", places) == 3  # the longest, not the first found
    assert _opening("长沙大道", places) == 2
    assert _opening("长", places) == 1  # a run shorter than the longest name
    assert _opening("株洲大道", places) == 0
    assert _opening("", places) == 0
    assert _city_prefix("株洲市神农大剧院") == len("株洲市")  # its 市 goes with it
    assert _city_prefix("株洲神农大剧院") == len("株洲")
    assert _is_city("株洲") and _is_city("株洲市") and not _is_city("株洲市市") and not _is_city("")


def test_a_section_between_two_points_is_named_by_its_road() -> None:
    """"A路至B路" is A's section up to B (B is where it ends, not the thing), also when it
    starts at a landmark written right after A ("A路某桥至B路")."""
    assert item_names("长宁西路至白鹭大道何时能打通") == ["长宁西路"]
    assert item_names("长宁西路立新桥至白鹭大道段预计年底通车") == ["长宁西路"]
    assert item_names("长宁西路至白鹭高速公路正式开工") == ["白鹭高速公路"]  # a new road from A to B
    assert [m.name for m in mentions("南湖大道至长宁西路何时通车")] == ["南湖大道"]


def test_an_interchange_is_named_by_the_roads_that_meet_there() -> None:
    assert item_names("长宁西路白鹭大道互通立交计划年底放行") == ["长宁西路白鹭大道互通立交"]
    assert item_names("长宁西路白鹭大道立交桥计划年底通车") == ["长宁西路白鹭大道立交桥"]


def test_parts_of_a_road_are_not_a_road() -> None:
    """路基, 路面, 路灯: a part of a road's works, not a road named "…与路"."""
    assert mentions("北侧年底前完成桥墩与路基施工") == []
    assert mentions("完成主桥与路面铺装") == []


def test_a_bare_reference_stands_for_the_work_named_last_before_it() -> None:
    """"力争新桥下半年通车" is about the bridge the article named before (not a bridge called
    新桥); a bare 新馆 about the library named before it, with its place."""
    from inquiry_tracker.extract.names import referent

    text = "关于青石大桥的进展,指挥部发布说明。主桥已完工,引桥仍在施工。力争新桥于下半年通车。"
    promise = "力争新桥于下半年通车"
    assert referent(text, promise, text.find(promise)) == "青石大桥"
    text = "为配合新馆建设,东山区图书馆将临时闭馆。新馆预计年底开放。"
    assert referent(text, "新馆预计年底开放", text.find("新馆预计")) == "东山区图书馆"
    assert referent(text, "预计年底开放", text.find("新馆预计")) == ""  # no bare reference
    assert referent("新馆预计年底开放", "新馆预计年底开放", 0) == ""  # nothing named before


def test_what_a_thing_is_said_to_be_and_what_it_lies_by_are_not_its_name() -> None:
    """"X位于A和B之间,是一条连接两区的城市快速路": the promise is about X, not about the
    landmarks A and B nor the kind of road X is said to be."""
    text = "青石大桥位于白沙大桥和铁路桥之间,是一条连接两区的城市快速路,已于去年开工,"
    assert item_names(text) == ["青石大桥"]
    assert mentions("这是一条连接两区的城市快速路") == []
    assert mentions("东西向桥面计划于8月放行交通") == []  # 桥面: the deck, not a bridge


def test_this_project_stands_for_the_work_last_written_before_project() -> None:
    """"该项目…计划…建成通车" is about the work last written with 项目 after it (青石大桥项目), not
    about the roads the sentence before connects it to, nor a programme named "某某项目"."""
    from inquiry_tracker.extract.names import referent

    text = ("据了解,青石大桥项目建成后,将把城市三环路与国道连接起来。青石大桥是某某运河项目的六座桥梁之一。"
            "据了解,该项目于2019年动工,计划于明年建成通车。")
    promise = "该项目于2019年动工,计划于明年建成通车"
    assert referent(text, promise, text.find(promise)) == "青石大桥"
    assert referent("某某运河项目今年启动。该项目计划明年完工。", "该项目计划明年完工", 9) == ""


def test_a_list_entrys_heading_names_what_its_field_lines_promise() -> None:
    """A page listing schools, each under a short heading line with its field lines below:
    the promise in an entry's fields is about the school its heading names."""
    from inquiry_tracker.extract.names import heading_above

    text = ("东山将建12所中小学\n\n◎东山市青石小学\n\n学校选址:青石路与白沙路交口西南角\n\n"
            "目前进度:计划今年开工,明年9月投入使用。\n")
    assert heading_above(text, text.find("目前进度")) == "◎东山市青石小学"
    assert item_names("东山将建12所中小学") == []  # a count of schools names none
    prose = "◎东山市青石小学\n" + "该校" * 50 + "。\n目前进度:计划明年9月投入使用。"
    assert heading_above(prose, prose.find("目前进度")) == ""  # a paragraph of prose comes first


def test_a_bare_tunnel_after_its_date_is_the_tunnel_named_before() -> None:
    """"今年10月隧道建成通车": the tunnel the article named before (东山黄河隧道, written with its
    western tube), not the superlative describing it."""
    from inquiry_tracker.extract.names import referent

    text = ("1月23日,东山黄河隧道工程西线隧道胜利贯通。至此,我国在建最大直径公轨合建盾构隧道全线贯通。"
            "按照计划,今年10月隧道建成通车。")
    promise = "按照计划,今年10月隧道建成通车。"
    assert referent(text, promise, text.find(promise)) == "东山黄河隧道"
    assert mentions("系我省首条过江隧道") == [] and mentions("我国在建最大直径盾构隧道") == []


def test_the_work_of_a_roads_extension_is_not_the_work_named_alone() -> None:
    """东山白沙路北延黄河隧道 is another tunnel than 东山黄河隧道, though its name ends the same."""
    assert similarity("黄河隧道", "8月10日,东山白沙路北延黄河隧道建成通车。") == 0.0
    assert similarity("黄河隧道", "9月29日上午,东山黄河隧道通车。") == 1.0


def test_a_school_or_a_market_named_after_its_road_keeps_the_road() -> None:
    assert item_names("东山市青石路小学计划9月投入使用") == ["青石路小学"]
    assert item_names("青石路第二小学明年开学") == ["青石路第二小学"]
    assert item_names("青石路菜市场年底前完成改造") == ["青石路菜市场"]
    assert item_names("青石路年底通车") == ["青石路"]


def test_a_bracketed_project_name_is_an_alias() -> None:
    assert ("白沙小学", "青石路小学") in declared_aliases("东山市白沙小学(立项名:青石路小学)项目于5月开工")


def test_a_hospitals_relocation_project_is_named_by_the_hospital() -> None:
    """"某区第二人民医院迁建项目": the hospital (迁建项目 says how it is built, not which); a
    street office (街道) is a township, not a street."""
    assert item_names("青石区第二人民医院迁建项目正式开工") == ["青石区第二人民医院"]
    assert mentions("新医院选址白沙街道上崖社区西南侧") == []


def test_a_water_plant_is_a_work_and_a_plant_named_by_its_side_is_placed() -> None:
    """水厂 is a kind of work ("7月份侯寨水厂建成通水": 侯寨水厂, not "份侯寨…"); a bare side
    plant (北水厂) names none alone; a pipe starting from a plant is not the plant, nor is a
    园区 a garden."""
    assert item_names("预计7月份青石水厂建成通水") == ["青石水厂"]
    assert mentions("北水厂年底通水") == []
    assert item_names("管道起于青石水厂,沿县道敷设终点接入白沙大道,预计年底完成建设") == []
    assert mentions("为满足园区用水需要") == []


def test_a_name_written_only_inside_another_projects_name_is_told_apart() -> None:
    from inquiry_tracker.extract.names import told_apart

    assert told_apart("青石水厂", "8月8日,青石水厂水源切换工程试通水运行,")
    assert not told_apart("青石水厂", "8月8日,青石水厂正式通水,")
    assert not told_apart("青石水厂", "白沙大桥正式通车,")  # not written at all


def test_a_hospital_named_as_a_centre_and_the_landmarks_around_it() -> None:
    """"深汕中心医院" is a hospital, not a centre cut before 医院; a visit's verb (莅临) is no
    part of the name; a landmark a distance is measured from (距某高铁站约500米) names nothing."""
    assert item_names("青石中心医院正式动工") == ["青石中心医院"]
    assert item_names("市长一行莅临东山市第一人民医院新院调研") == ["东山市第一人民医院"]
    assert mentions("项目地址距青石高铁站约500米") == []


def test_what_grade_a_hospital_is_and_a_numbered_hospital_keeps_its_city() -> None:
    """"是…的三级甲等综合医院" says what it is, not which; "第一医院" is named with its city."""
    assert mentions("是设置床位数1000张的三级甲等综合医院") == []
    assert item_names("东山市第一医院白沙院区计划明年3月完工") == ["东山市第一医院白沙院区"]


def test_the_main_stadium_is_the_one_named_before_and_a_centres_stadium_is_whole() -> None:
    """"奥体中心体育场" is the stadium of that centre (not 奥体中心); "2019年底建成主体育场" is
    about the stadium the article named before."""
    from inquiry_tracker.extract.names import referent

    assert item_names("青石奥体中心体育场已转入主体施工") == ["青石奥体中心体育场"]
    text = "青石奥体中心体育场已转入主体施工。我市将进一步加大场馆建设力度,2019年底建成主体育场。"
    promise = "2019年底建成主体育场"
    assert referent(text, promise, text.find(promise)) == "青石奥体中心体育场"
    assert mentions("我市将进一步加大全运场馆的建设力度") == []


def test_a_bare_reference_in_the_sentence_before_names_the_promise() -> None:
    """"此水厂将以江水为水源…。计划工期两年,预计年底将建成投产": the plant the article named
    before, reached through the sentence before the promise."""
    from inquiry_tracker.extract.model import ExtractedItem
    from inquiry_tracker.extract.names import item_index_entry

    text = "供水新闻\n记者获悉,青石水厂正式开工建设。\n此水厂将以江水为水源。计划工期两年,预计2016年年底将建成投产。"
    statement = "计划工期两年,预计2016年年底将建成投产。"
    item = ExtractedItem(kind="promise", start=text.find(statement), end=len(text), statement=statement)
    assert item_index_entry(text, None, item)[0] == ["青石水厂"]


def test_a_phase_written_with_project_after_the_name_is_a_part_of_it() -> None:
    """"南湖公园一期项目…开放" speaks of 南湖公园's first phase (a part of the whole promised),
    not of another project named after it; a later phase still is another part."""
    assert similarity("南湖公园", "南湖公园一期项目于9月30日向市民开放。") >= 0.75
    assert similarity("南湖公园", "南湖公园二期项目于9月30日向市民开放。") == 0.0


def test_an_aim_to_raise_something_names_no_project() -> None:
    assert mentions("要提高项目建设质量,确保明年建成") == []


def test_a_preposition_before_a_kind_of_work_names_nothing() -> None:
    """"按照工程建设进度,预计年底能通车": 按照工程 is no project; the thing is the one the
    sentence opens with."""
    assert all(not m.name.startswith(("按照", "根据")) for m in mentions("按照工程建设进度,根据项目安排"))
    # nor 随着/目前 before a bare kind ("随着车站外部装修的逐步启动,目前车站建设进入冲刺阶段")
    assert all(not m.name.startswith(("随着", "目前")) for m in mentions("随着车站外部装修启动,目前车站建设进入冲刺阶段"))
    assert item_names("青石大桥是去年开工建设的跨省大桥,其中桥梁800米,按照工程建设进度,预计年底能通车。")[0] == "青石大桥"


def test_a_work_named_by_its_act_is_the_same_whatever_kind_of_work_follows() -> None:
    """"青石路改扩建道路" and "青石路改扩建工程" are one work; another road's is not."""
    assert similarity("西关改扩建道路", "西关改扩建工程全面完成建设任务") >= 0.75
    assert similarity("西关改扩建道路", "东关改扩建工程全面完成建设任务") == 0.0


def test_a_widening_names_the_bridge_it_widens_and_a_grade_is_no_name() -> None:
    """"洪塘大桥拓宽改建工程…按照城市主干路兼一级公路的标准设计": the work is the bridge's;
    拓宽改建工程 alone says only how, 兼一级公路 only the grade."""
    assert item_names("清江大桥拓宽改建工程按照城市主干路兼一级公路的标准设计,预计2020年建成通车。") == ["清江大桥"]


def test_a_line_named_by_the_places_it_links_and_its_abbreviation() -> None:
    """"长沙至株洲高速公路" is one name (not 株洲's motorway), and is written 长株高速 too; a line
    between other places is another."""
    assert item_names("长沙至株洲高速公路预计年底通车。") == ["长沙至株洲高速公路", "长株高速"]
    assert similarity("长株高速", "长沙至株洲高速公路今日正式通车") == 1.0
    assert similarity("长沙至株洲高速公路", "长沙至湘潭高速公路今日正式通车") == 0.0
    # a municipality (and 南京) is called by its own character in a line's short name
    assert item_names("北京至雄安城际铁路预计2020年底开通。") == ["北京至雄安城际铁路", "京雄城际"]
    assert similarity("沪宁高速", "上海至南京高速公路全线今日恢复通行") == 1.0


def test_a_line_from_a_place_written_longer_than_its_end_is_named_from_the_place() -> None:
    """"株洲机场至醴陵高速公路二期": the line starts at 株洲机场 (a read of the three characters
    before 至 would start it at 洲机场), and its phase goes with it, short name too; the airport
    alone is no name of the line."""
    assert item_names("株洲机场至醴陵高速公路二期工程开工,预计2027年完工。")[0] == "株洲机场至醴陵高速公路二期"
    assert "株洲机场" not in item_names("株洲机场至醴陵高速公路二期工程开工,预计2027年完工。")
    assert item_names("长沙至株洲高速公路东段预计年底通车。") == ["长沙至株洲高速公路东段", "长株高速东段"]


def test_a_bridge_named_by_the_places_it_links_goes_by_their_first_characters() -> None:
    """"株洲至湘潭湘江大桥" is written 株湘湘江大桥 too, and a report naming it in full speaks of
    the bridge promised under the short name (the short name its text form adds is no other
    project named before the act); "长沙至湘江大桥" is a way to the bridge, no bridge between places."""
    assert item_names("株洲至湘潭湘江大桥将于年底前通车。")[:2] == ["株洲至湘潭湘江大桥", "株湘湘江大桥"]
    report = "昨日上午,备受关注的重点项目之一的国道107株洲至湘潭湘江大桥建成正式通车,"
    assert similarity("株湘湘江大桥", report) == 1.0
    assert not after_anothers_act("株湘湘江大桥", report)
    assert [m.name for m in mentions("从长沙至湘江大桥只需十分钟")] == ["湘江大桥"]


def test_a_hospitals_campus_is_named_without_the_university_it_is_attached_to() -> None:
    """"首都某某大学附属青禾医院顺义院区…,标志着工程…,2023年计划竣工投入使用": the campus of the
    hospital, as a later page writes it (青禾医院顺义院区开诊); 标志着 names nothing."""
    names = item_names("由某集团承建的首都某某大学附属青禾医院顺义院区主体工程举行开工仪式,"
                       "标志着工程进入主体结构建设阶段,2023年计划竣工投入使用。")
    assert names and not any(n.startswith("标志着") for n in names)
    assert similarity(names[0], "26日,北京青禾医院顺义院区开诊。") >= 0.75
    assert similarity(names[0], "26日,北京青禾医院通州院区开诊。") == 0.0


def test_where_a_road_starts_and_ends_and_a_bare_footbridge_name_nothing() -> None:
    """"东西轴线西起某高速,东至东外环": the axis, not the motorway it starts from; a bare
    人行天桥 (every city has them) or "不仅仅增设…" names nothing."""
    assert item_names("东西轴线西起襄荆高速,东至东外环,目前正在施工中,预计2021年底完工。") == ["东西轴线"]
    assert item_names("这条路改造,不仅仅增设人行天桥,预计年底完工。") == []


def test_a_county_named_with_or_without_its_unit_and_a_numbered_hospital_written_short() -> None:
    """"合江长江公路大桥" is the 合江县长江公路大桥 of a later page (and the match index finds it
    across the 县); "第二人民医院" and "二医" are one hospital; 迁建 and 搬迁 are one work."""
    assert similarity("合江长江公路大桥", "泸州市合江县长江公路大桥正式通车") == 1.0
    assert {"合江", "江大"} <= text_grams("合江县长江公路大桥正式通车")
    assert similarity("青禾二医", "青禾第二人民医院正式开诊") == 1.0
    assert similarity("青禾二医搬迁工程", "青禾第二人民医院迁建项目开工") >= 0.75
    assert similarity("青禾二医", "青禾第三人民医院正式开诊") == 0.0


def test_a_provinces_library_is_named_by_its_level() -> None:
    """"省图书馆二期项目" names the province's library (the later page writes 海南省图书馆二期)."""
    assert [m.name for m in mentions("省图书馆二期项目计划总投资约2.4亿元")] == ["省图书馆二期"]
    assert similarity("省图书馆二期", "海南省图书馆二期目前已完成竣工验收") == 1.0


def test_a_work_upgraded_under_a_new_name_declares_it() -> None:
    assert ("河东体育场", "河东体育中心") in declared_aliases("河东体育场升级为河东体育中心并正式亮相运营")


def test_a_plant_every_county_builds_is_named_by_its_county() -> None:
    """"湘阴县生活垃圾焚烧发电项目" keeps its county (湘乡市's is another plant); the trade alone
    (生活垃圾焚烧发电生产线) names no particular plant."""
    assert [m.name for m in mentions("湘阴县生活垃圾焚烧发电项目预计年底建成投产")] == ["湘阴县生活垃圾焚烧发电项目"]
    assert similarity("湘阴县生活垃圾焚烧发电项目", "湘乡市生活垃圾焚烧发电项目首车垃圾进场") == 0.0
    assert mentions("生活垃圾焚烧发电生产线建成投产") == []


def test_a_water_works_is_named_with_or_without_its_trade() -> None:
    """某某自来水厂 and 某某水厂 are one plant."""
    assert similarity("青石自来水厂一期", "福州市青石水厂完成工程量逾80%") >= 0.8


def test_a_line_named_by_its_places_is_matched_by_its_short_name_however_written() -> None:
    """盘兴铁路 is the 盘州至兴义高速铁路 (the province before the first place is no part of it; a
    high-speed line's short name is written 高铁 or 铁路); 资兴公路 is the expressway a list names
    as "资源至兴安、梧州至柳州三条高速"."""
    assert similarity("盘兴铁路", "标志着贵州盘州至兴义高速铁路正式建成通车") == 1.0
    assert similarity("资兴公路", "在建项目中,资源至兴安、梧州至柳州、麦岭至贺州三条高速将在年底前建成通车") == 1.0
    assert similarity("资兴公路", "梧州至柳州高速将在年底前建成通车") == 0.0


def test_a_part_a_works_list_counts_is_not_the_project() -> None:
    """"…设服务区2处,设管理中心1处。该项目工期三年,计划…竣工通车": the project is the expressway the
    page is about, not the last counted part of its list."""
    from inquiry_tracker.extract.names import item_names

    before = "全线设桥梁52座,设匝道收费站8处,在青石县设服务区2处,设管理中心1处。"
    assert item_names("该项目工期三年,计划明年8月竣工通车。", before, "青州至白河高速公路开工") == ["青州至白河高速公路", "青白高速"]


def test_the_promise_is_named_in_the_clause_of_its_date_not_by_a_year_before_it() -> None:
    """"…答复称…,根据2021年工作报告要求,北湖新机场预计将在2022年底投运": the year of the report
    is no act; the thing is the one the date's clause names."""
    statement = "信箱随后答复称经指挥部协调,根据2021年工作报告要求,北湖新机场预计将在2022年底投运。"
    assert index_entry(statement, deadline="2022年底")[0] == ["北湖新机场"]
    # a clause before the date's names the thing before its own act, not a part it then does
    statement = "青山二桥将进入冲刺阶段,建设中的大桥将于国庆节前实现主桥合龙,年底建成通车。"
    assert index_entry(statement, deadline="年底")[0] == ["青山二桥"]


def test_a_verb_before_a_bare_kind_or_a_part_names_nothing() -> None:
    assert mentions("顺利合龙为项目年内通车奠定基础") == []
    assert [m.name for m in mentions("青石隧道进入工程收尾阶段")] == ["青石隧道"]
    assert [m.name for m in mentions("去年批复立项青州北环高速公路")] == ["青州北环高速公路"]
    # (a work first built elsewhere keeps its name: "异地新建项目")
    assert [m.name for m in mentions("青州市妇幼保健院异地新建项目开工")] == ["妇幼保健院异地新建项目"]


def test_the_ends_a_line_runs_between_and_a_size_comparison_are_not_the_project() -> None:
    assert item_names("从青山公园到白河村全长20公里的地铁3号线开工,预计2025年通车。") == ["3号线"]
    assert [m.name for m in mentions("这是青海省工程规模最大的跨江大桥")] == ["跨江大桥"]
    assert [m.name for m in mentions("5月首列车上线调试")] == []


def test_a_ball_court_is_a_kind_of_work() -> None:
    assert [m.name for m in mentions("青城足球场提升改造计划年底完成")] == ["青城足球场"]


def test_a_high_speed_railway_is_a_kind_of_work_and_its_station_is_not_the_line() -> None:
    assert item_names("发布会上指出,青州高铁青石至白河段将于2021年底建成通车。") == ["青州高铁", "青白高铁"]
    assert mentions("青州高铁站年底投用") == []


def test_pipes_a_negation_and_the_rest_name_no_project() -> None:
    """管线 is no line; "结束了不通铁路的历史" names no railway; "其它路段" points at no road."""
    assert mentions("因现状桥梁管线较多") == []
    assert mentions("结束了不通铁路的历史") == []
    assert mentions("其它路段年底通车") == []


def test_a_civil_airport_keeps_its_city_and_a_subject_without_a_kind_is_no_name() -> None:
    assert [m.name for m in mentions("青州民用机场预计年底通航")] == ["青州民用机场"]
    # "项目将于年底完工" under a subject cut from another clause ("单位已进场施工"): no name
    assert index_entry("项目将于2019年底完工。", subject="单位已进场施工")[0] == []


def test_an_airport_named_by_its_place_is_the_one_named_by_place_and_its_own_name() -> None:
    """A place has one airport: "安康机场" in the promise, "安康富强机场" when it opens; a county's
    (an autonomous county's too: 澜沧) the same. Another place's airport is not it."""
    assert similarity("汉阴机场", "历时五年建设的汉阴富强机场正式通航") == 1.0
    assert similarity("澜沧机场", "澜沧景迈机场正式通航") == 1.0
    assert similarity("玉林民用机场", "玉林福绵机场将于8月28日正式通航") == 1.0
    assert similarity("汉阴机场", "城固汉中机场正式通航") == 0.0


def test_a_project_named_by_what_it_builds_keeps_all_of_its_name() -> None:
    """"某市总医院官桥分院迁建项目": the pieces (总医院, 官桥) name nothing alone; the project is all
    of it, and "地处官桥镇" after it is where it lies, not another name; a ceremony held names none."""
    assert [m.name for m in mentions("青州市总医院青桥分院迁建项目地处青桥镇,于去年9月开工。")] == ["总医院青桥分院迁建项目"]
    assert [m.name for m in mentions("青州市举行青石大道通车仪式")] == ["青石大道"]


def test_a_promise_naming_nothing_on_a_page_about_one_project_takes_the_page_s_project() -> None:
    """A promise paragraph ("一期项目计划今年10月底竣工验收") under a site name for a title, its
    neighbours naming nothing: the project the page's opening names first."""
    page = ("青州房产网\n\n青州这所医院迁建,一期预计10月底竣工\n\n  青州市总医院青桥分院迁建项目主体结构已全部封顶。\n \n"
            "  一期项目计划今年10月30日竣工验收。")
    names, _ = index_entry("一期项目计划今年10月30日竣工验收。", "", "  ", "青州房产网", "", "", subject="一期项目竣工验收",
                           deadline="今年10月30日", page=page)
    assert names == ["总医院青桥分院迁建项目"]


def test_a_lines_section_named_by_its_ends_is_also_called_by_their_first_characters() -> None:
    """"滇藏铁路丽江至香格里拉段" is built and opened as 丽香铁路."""
    assert item_names("目前,滇藏铁路丽江至香格里拉段总体工程已完成85%,有望今年内开通。") == ["滇藏铁路", "丽香铁路"]
    assert item_names("青白铁路甲乙至丙丁段有望今年内开通。") == ["青白铁路"]  # (ends that are no places)


def test_an_olympic_sports_centre_is_a_sports_centre() -> None:
    assert similarity("新奥体中心", "青州市重点民生项目青州新体育中心正式开馆") == 1.0
    assert similarity("新奥体中心", "青州市老体育中心改造完成") == 0.0


def test_a_river_crossing_goes_by_a_shorter_name() -> None:
    """A bridge named by its place and the river it crosses is called by its place alone
    ("东坪湘江大桥" → 东坪大桥), and one named for what it carries without that ("金沙洲长江公路大桥"
    → 金沙洲长江大桥); a city's or a county's crossings keep their river (several bridges cross it there)."""
    from inquiry_tracker.extract.names import crossing_aliases, crossing_forms

    assert crossing_forms("东坪湘江大桥") == ["东坪大桥"]
    assert crossing_forms("金沙洲长江公路大桥") == ["金沙洲大桥", "金沙洲长江大桥"]
    assert crossing_forms("石门长江大桥") == [] and crossing_forms("东坪大桥") == []
    assert item_names("东坪湘江大桥明年底主线建成通车") == ["东坪湘江大桥", "东坪大桥"]
    assert crossing_aliases("昨天,东坪湘江大桥正式通车。") == [("东坪湘江大桥", "东坪大桥")]


def test_a_name_going_on_with_a_kind_of_work_is_one_name() -> None:
    """"城北大道快速路南延": the extension of the avenue, one name (not 快速路南延 alone)."""
    assert [m.name for m in mentions("城北大道快速路南延3.2公里年底通车")] == ["城北大道快速路南延"]


def test_a_promise_listing_its_works_is_named_by_each() -> None:
    """"将新增建成快速路约20公里,分别是A(甲至乙)2.8公里、B快速路南延7公里、C一标约5公里":
    each listed work names the item (the brackets give a section's ends, no work of the list)."""
    text = ("预计到今年年底,将新增建成通车快速路约20公里,分别是城北大道快速路(东站至西站)2.8公里、"
            "城南大道快速路南延7.1公里、江滨大道快速路一标约5公里。")
    names = item_names(text)
    assert names[:3] == ["城北大道", "城南大道快速路南延", "江滨大道"]
    assert "东站" not in names and "西站" not in names


def test_a_promise_whose_sentence_opens_naming_nothing_takes_the_sentence_before_it() -> None:
    """In a list of lines ("● 青州地铁3号线…车站主体施工已全面展开。今年已进入盾构施工阶段,|预计2018年
    试运营。") the promise's own sentence names nothing before it: the sentence before goes with it.
    A head naming a work of its own ("6号线一期工程明年开工,|年底前开通") keeps to itself."""
    text = "● 青州地铁3号线一期工程全线车站主体施工已全面展开。今年已全面进入盾构施工阶段,预计2018年试运营。"
    before = context_before(text, text.index("预计2018年"))
    assert "3号线一期工程" in before and before.endswith("盾构施工阶段,")
    assert index_entry("预计2018年试运营。", "", before, deadline="2018年")[0] == ["3号线一期"]
    text = "5号线一期今年开工建设。6号线一期工程明年上半年开工,2020年年底前开通试运营。"
    assert context_before(text, text.index("2020年年底前")) == "6号线一期工程明年上半年开工,"


def test_a_section_start_a_structure_type_and_a_programme_are_no_project_names() -> None:
    """"下曹大道(106国道至高铁南路段)": 106国道 is where the section starts; "主桥为双塔双索面斜拉桥"
    says what the bridge is built as; "市重大工程" is a programme: none names the project."""
    assert [m.name for m in mentions("大冶市举行下曹大道(106国道至高铁南路段)通车仪式")] == ["下曹大道"]
    assert [m.name for m in mentions("全长5549米,主桥为双塔双索面斜拉桥,预计将于2017年底竣工通车")] == []
    assert item_names("市重大工程聚焦民生服务保障,计划今年年内建成") == []
    # a section of a named expressway keeps the expressway
    assert [m.name for m in mentions("京港澳高速石家庄至邯郸段改扩建")] == ["京港澳高速"]


def test_this_work_stands_for_the_name_said_to_be_a_work() -> None:
    """"下曹大道是某市重点交通建设工程,…。…今年年底,该工程可实现全线通车": 该工程 is 下曹大道."""
    text = ("据了解,下曹大道是青州市重点交通建设工程,该工程起于高铁南路终点,全长5.56公里。\n"
            "市委、市政府高度重视该项目建设,确保通车后货车从东湖大道移至此路段通行。根据安排,今年年底,该工程可实现全线通车。")
    statement = "根据安排,今年年底,该工程可实现全线通车。"
    assert referent(text, statement, text.index(statement)) == "下曹大道"


def test_a_headline_restating_the_promise_names_it_before_the_parts_listed_above_it() -> None:
    """Headline "青州地铁2号线计划今年年底实现通车试运营" over "…控制中心主体建筑已完成;…各单体建筑已
    完成,计划今年年底实现通车试运营": the line, not the control centre, is what will open."""
    from inquiry_tracker.extract.pipeline import analyze_text

    text = ("青州地铁2号线计划今年年底实现通车试运营\n\n“目前,全线23座车站已建成,控制中心主体建筑已完成;"
            "车辆段各单体建筑已完成,计划今年年底实现通车试运营。”市轨道公司负责人介绍。\n")
    items = [it for it in analyze_text(text, published=date(2020, 4, 17)).items if "计划今年年底" in (it.statement or "")]
    assert items and items[0].extra["index"][0][0] == "2号线"


def test_a_paragraph_introducing_its_project_names_the_promise_before_the_headline() -> None:
    """Headline about another road; the paragraph opens "青衡高速青州段是…" and its promise names
    nothing ("计划于2013年年底通车"): the project the paragraph introduced is the item's. A sentence
    merely opening on a name ("东环路车流量大…") introduces nothing."""
    from inquiry_tracker.extract.pipeline import analyze_text

    text = ("京冀联手推进北京大外环高速建设\n青衡高速青州段是全省南部高速公路网的重要组成部分,途经五个县。"
            "主线全长120公里,采用双向四车道高速公路标准建设。计划于2013年年底通车。\n")
    (item,) = [it for it in analyze_text(text, published=date(2013, 5, 31)).items if it.kind == "promise"]
    assert item.extra["index"][0][0] == "青衡高速"
    assert topic_above("东环路车流量大,常年拥堵。主线全长12公里。计划年底通车。", 24) == ""


def test_a_pages_first_line_skips_the_sites_furniture() -> None:
    """A mirrored story opens "关注我们" / "某网 > 宜昌 > 宜昌新闻" over its headline: the headline is
    the page's first line (where a later page's "该桥计划2019年建成" finds its bridge)."""
    text = "关注我们\n荆楚网 > 宜昌 > 宜昌新闻\n\n香溪长江公路大桥全线贯通(图)\n\n发布时间:2018年12月25日\n"
    assert first_line(text) == "香溪长江公路大桥全线贯通(图)"


def test_a_share_of_the_works_is_no_project_name() -> None:
    """"2016年2月份完成主桥基础工程,2017年10月正式通车": the foundation works are a step, not the thing."""
    assert item_names("按照大桥施工进度计划,明年2月份完成基础工程,2017年10月份正式通车") == []
    assert item_names("主体工程预计年底完工") == []


def test_a_new_work_named_after_a_road_and_its_interchange_is_another_project() -> None:
    """"两港大道(S2立交)新建匝道工程" is a ramp of the interchange, not the road's north section;
    "环城南路快速路工程" is the road itself, its kind said again."""
    assert similarity("两港大道北段", "由城投公司建设的两港大道(S2立交)新建匝道工程,预计3月完成") == 0.0
    assert similarity("环城南路", "市民关注的环城南路快速路工程路面铺装施工已经全面展开") == 1.0


def test_the_project_a_page_introduces_below_a_report() -> None:
    text = "据了解,桥面铺装已完成98%,计划6月10日具备通车条件,择期开放通行。青枫大桥是一条连接南北两岸的快速路。"
    assert topic_below(text, text.index("计划")) == "青枫大桥"
    assert topic_below("计划年底通车。今年天气晴好。", 0) == ""


def test_a_bridge_is_named_with_or_without_its_river_but_a_road_rail_bridge_is_another() -> None:
    """A bridge named by its place is written with the river it crosses (水土嘉陵江大桥) or
    without it; a bridge named by the river alone keeps it (湘江大桥); a road-rail bridge of
    the same place is another bridge (a city's 长江公铁大桥 beside its 长江大桥)."""
    assert similarity("水土大桥", "水土嘉陵江大桥正式通车") == 1.0
    assert similarity("某湖长江大桥", "某湖长江公铁大桥通车") < 0.75
    assert similarity("湘江大桥", "株洲湘江大桥通车") == 1.0
    assert similarity("水土大桥", "水土镇新建大桥通车") < 0.75


def test_a_list_announced_at_the_end_of_a_promise_names_its_things() -> None:
    text = ("计划9月底新开工线路2条,分别为:\n\n地铁1号线东延线(15公里)\n\n总投资103亿;\n\n地铁6号线一期(36公里)\n\n"
            "总投资263亿。\n\n地铁10号线预计今年6月试运营。")
    end = text.index("分别为:") + 4
    assert listed_below(text, end).split("\n") == ["地铁1号线东延线(15公里)", "总投资103亿;", "地铁6号线一期(36公里)", "总投资263亿。"]
    assert listed_below(text, 5) == ""


def test_an_eastward_extension_is_a_qualifier_of_its_line() -> None:
    assert name_grams("1号线东延线") == name_grams("1号线") == ("L1",)


def test_the_ends_of_a_section_in_brackets_and_a_metro_company_name_no_project() -> None:
    assert item_names("今年将建设完成甲乙高速和通清路,开工建设京密高速(机场南线-六环路)。") == ["甲乙高速", "京密高速"]
    assert item_names("记者从某某市城市轨道交通建设管理有限公司获悉,某某市地铁1号线计划今年12月底开通试运营") == ["1号线"]


def test_a_metro_line_by_its_number_belongs_to_the_city_its_page_names() -> None:
    assert metro_cities("本报沈阳讯 沈阳地铁1号线东延线首根桩基开钻") == {"沈阳"}
    assert metro_cities("呼和浩特市城市轨道交通建设管理有限公司") == {"呼和浩特"}
    assert bare_lines(["1号线", "2号线南延线"]) and not bare_lines(["京雄高速", "1号线"])


def test_what_a_finished_work_leads_to_is_not_the_work() -> None:
    clause = "京雄高速全线通车不仅强化了南部地区与中心城区、大兴国际机场的相互联系"
    assert after_anothers_act("大兴国际机场", clause)
    assert not after_anothers_act("京雄高速", clause)
    assert not after_anothers_act("大兴国际机场", "大兴国际机场建成投运")


def test_a_promise_announcing_a_list_is_indexed_under_the_listed_things() -> None:
    from types import SimpleNamespace

    text = "计划9月底新开工线路2条,分别为:\n\n地铁1号线东延线(15公里)\n\n地铁6号线一期(36公里)。\n"
    it = SimpleNamespace(kind="promise", statement="计划9月底新开工线路2条,分别为:", start=0, subject="", deadline_expr="9月底")
    names, _ = item_index_entry(text, None, it)
    assert names[:2] == ["1号线东延线", "6号线一期"]


def test_this_expressway_is_the_one_named_last() -> None:
    text = "另一条“第二通道”——长沙至益阳高速公路也已开展前期工作。据悉,该高速公路主线全长约200公里,计划2016年开工,2019年底建成通车。"
    clause = "据悉,该高速公路主线全长约200公里,计划2016年开工,"
    assert referent(text, clause, text.index(clause)) == "长沙至益阳高速公路"


def test_a_later_phase_named_on_its_own_is_what_the_clause_speaks_of() -> None:
    assert later_phase("二期项目由区城管局负责,项目于2021年2月1日开工") == "二期"
    assert later_phase("一期已通车,二期计划明年开工") == "二期"
    assert later_phase("一期已通车") is None
    assert later_phase("地铁6号线二期、7号线、15号线西段开通试运营") is None  # the line's own phase


def test_a_count_of_work_crews_is_no_road() -> None:
    """"共有4路筑路大军": 路 counts groups of workers; the sentence names no project."""
    assert mentions("目前,共有4路筑路大军奋战在主线沿线各段工地,力争在今年10月建成") == []
    assert [m.name for m in mentions("中山路改造工程今年完工")] == ["中山路"]
