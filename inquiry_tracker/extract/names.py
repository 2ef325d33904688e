"""Project names: the thing a promise or a question is about ("大岳高速", "环球融创实验学校",
"15号线一期"), the aliases a text declares for it, and how closely a later text names it.

A *mention* is a run of name characters ending in a kind of work (路, 大道, 大桥, 高速, 号线,
学校, 图书馆, 公园…); its city or district prefix is cut off (位于洞庭新城片区环球融创实验学校 →
环球融创实验学校), its qualifiers (一期, 西段, 全线, 首开段…) are kept apart, and road numbers are
written one way (343省道, 省道343 → S343). Texts declare aliases: 简称“平益高速”, 原名, 更名为/
重新命名为, a name in brackets after another (343省道(机场路)); all of them become names of
the same thing.

Names are compared over character bigrams with synonyms folded (联络线/连接线/接线, 高速公路/
高速): the share of an item's name bigrams a text repeats, bigrams of the kind of work counting
half. A road or line number is decisive both ways: the same number matches, a different one
of the same kind (6号线 vs 15号线) never does; so is a count of works promised as one when no
project is named ("年底还将有4条线通车" is matched by "4条地铁轨道交通线路", never by 3条线).
Pure Python, linear in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from inquiry_tracker.extract.clean import simplified
from inquiry_tracker.extract.docfacts import NAVIGATION
from inquiry_tracker.extract.firstchars import guard
from inquiry_tracker.extract.lexicon import FINISH_ACT, NEWS_DATELINE, PAGE_CHROME

#: kinds of work a name ends with (longest first in the pattern)
KINDS = (
    "高速公路", "快速路", "快速化改造工程", "轨道交通", "城际线", "城际铁路", "高铁", "联络线", "连接线", "接线", "高速",
    "大道高架", "路高架", "大道", "大街", "道路", "公路", "省道", "国道", "公路大桥", "特大桥", "大桥", "桥", "隧道", "大通道", "通道", "高架", "立交", "互通", "号线",
    "线", "路", "街", "巷", "学校", "中学", "小学", "幼儿园", "图书馆", "博物馆", "美术馆", "文化馆", "艺术馆",
    "群众艺术馆", "剧院", "体育馆", "体育场", "球场", "体育中心", "公园", "乐园", "广场", "医院", "市场", "车站", "机场", "码头",
    "水厂", "污水处理厂", "净水厂",
    "一中", "二中", "三中", "四中", "五中", "六中", "七中", "八中", "九中", "十中",
    "校区", "院区", "园", "馆", "中心", "小区", "项目", "工程",
)
#: (桥梁/桥面/桥墩 and 路基/路面/路灯 are parts of a work, not one; a 街道 is a township, a 园区
#: a zone)
_KIND_ALT = "|".join(sorted(map(re.escape, KINDS), key=len, reverse=True)).replace(
    "|线|", "|(?<![全主沿支干一两三四东西南北管])线|"
).replace("|高铁|", "|高铁(?![东西南北]?站|新城|新区|片区|枢纽)|").replace("|桥|", "|桥(?![梁面墩])|").replace("|路|", "|路(?![基面灯网况政肩牙费障])|").replace("|街|", "|街(?![道办])|").replace("|园|", "|园(?![区林艺])|")
#: spellings folded before comparing (one thing, several words)
_FOLD = (
    (re.compile(r"高速公路"), "高速"),
    (re.compile(r"联络线|连接线|(?<!连)接线"), "连接线"),
    (re.compile(r"城际铁路"), "城际线"),
    (re.compile(r"高速铁路|高铁"), "铁路"),  # 盘兴高铁 = 盘兴铁路
    (re.compile(r"新馆"), "馆"),
    (re.compile(r"自来水厂|净水厂"), "水厂"),  # 某某自来水厂 = 某某水厂
    (re.compile(r"(?:民用|运输)机场"), "机场"),  # 某某民用机场 = 某某机场
    (re.compile(r"奥林匹克体育中心|奥体中心"), "体育中心"),  # 某市新奥体中心 = 某市新体育中心
    (re.compile(r"跨[海江河湖]大桥|越江大桥|公路大桥|特大桥"), "大桥"),
    # a bridge named by its place is named with or without the river it crosses (盐坪坝长江大桥 =
    # 盐坪坝大桥, 水土嘉陵江大桥 = 水土大桥)
    (re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:长江|黄河|嘉陵江|金沙江|松花江|黄浦江|钱塘江|澜沧江|雅砻江|大渡河)(?=大桥)"), ""),
    (re.compile(r"高架(?:快速路|路|桥)"), "高架"),
    # a floating or hanging bridge carries people on foot, said or not (某河人行浮桥 = 某河浮桥)
    (re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:人行|步行)(?=浮桥|吊桥)"), ""),
    (re.compile(r"(?:火车|铁路)站"), "站"),  # 西安火车站 = 西安站
    # a numbered hospital is written short: 第二人民医院 = 第二医院 = 二医院 = 二医
    (re.compile(r"第?([一二三四五六七八九十])(?:人民)?医院"), r"\1医"),
    (re.compile(r"搬迁(?=工程|项目)"), "迁建"),  # 某医院搬迁工程 = 某医院迁建项目
    (re.compile(r"[“”\"'‘’《》〈〉「」\s·]"), ""),
    (re.compile(r"[—–\-~～至到]+"), "—"),
)
#: a road number written any way: S210, 210省道, 省道210, G56, 343国道
_ROAD_NO = re.compile(r"(?<![A-Za-z0-9])([SGXsgx])\s?(\d{1,4})(?!\d)|(\d{1,4})\s?(省道|国道|县道)|(省道|国道|县道)\s?(\d{1,4})")
_ROAD_LETTER = {"省道": "S", "国道": "G", "县道": "X"}
#: a metro line number: 15号线, 6号线
_LINE_NO = re.compile(r"(\d{1,2})\s?号线")
#: a counted set of works promised as one: 4条线, 3条地铁线, 十二条主干道路 (the count, the kind)
_COUNTED = re.compile(r"(\d{1,3}|[一二两三四五六七八九十]{1,3})条[^,，。;；、\s\d]{0,8}?(线路|线|道路|路|通道|桥|隧道)")
_COUNT_KIND = {"线路": "线", "线": "线", "道路": "路", "路": "路", "通道": "路", "桥": "桥", "隧道": "隧道"}
_NUMERAL = dict(zip("一二两三四五六七八九", (1, 2, 2, 3, 4, 5, 6, 7, 8, 9), strict=True))
#: a clause that finishes the counted works (not one that starts them: 新开工建设3条地铁线)
_FINISHES = re.compile(r"建成|完工|竣工|通车|开通|开放|投用|运营")
#: qualifiers: which part of the thing (kept apart from the name)
QUALIFIER = re.compile(r"[一二三四五六七八九十\d]期|首期|首开段|首段|[东西南北中]段|[东西南北]延(?:长)?线|[东西南北]延|全线|主线|主体|南段|北段|一阶段")
#: things a place names (西安火车站, 陕西省人民医院): the place is not cut from them
#: what a plant every county builds does, its name's only words when no place is written
_TRADE = r"(?:生活)?垃圾(?:焚烧)?(?:发电|处理|填埋|转运)|餐厨垃圾|(?:城市|县城|城镇)?污水处理|集中供热|城乡供水一体化"
_TRADE_ONLY = re.compile(rf"^(?:{_TRADE})")
_NEEDS_PLACE = re.compile(
    r"(?:火车[东西南北]?站|高铁[东西南北]?站|[东西南北]站|汽车站|客运站|国际机场|(?:民用|运输)?机场|"
    r"(?:第[一二三四五六七八九十]+)?人民医院|第[一二三四五六七八九十]+医院|中心医院|中医医院|中医院|妇幼保健院|儿童医院|人民政府|"
    # a plant every county builds is named by its county: 湘阴县生活垃圾焚烧发电项目
    rf"(?:{_TRADE})[\u4e00-\u9fff]{{0,8}})"
    r"(?:[东西南北]?站房|[东西南北]广场|[\u4e00-\u9fff]{1,4}院区)?$"
)
#: where a name starts: after a place (市/区/县/镇/片区/新区) or a clause word
_PLACE_CUT = re.compile(r".*?(?:片区|新区|开发区|(?<![城都])市(?![政域])|区(?![级域])|县|镇|乡|街道)(?=[\u4e00-\u9fff]{2})")
#: a bare 建 (not 建设, 建成…): after 将 (which ends runs) or a word of intent, the verb and not a
#: name's first character
_BARE_BUILD = re.compile(r"建(?![设成好议])")
_LEAD_WORDS = re.compile(
    r"(?:[年月日]份?|份|建成|建好|兴建|修建|请问|莅临|来到|走进|深入|除|开建|开工|动工|位于|地处|关于|对于|由于|随着|其中|包括|以及|目前|今年|明年|计划|预计|推进|加快|启动|建设|完成|"
    r"力争|争取|确保|实现|开展|新建|改建|扩建|承建|投资|全长|连接|起于|止于|途经|地铁|轨道交通|又名|原名|继|形成|连通|增设|"
    r"代表着|代表|也就|据|由|说|设置|立项|进入|改善|举行|召开|至|的|在|是|和|与|及|将|对|为|把|让|使|从|向"
    # a word of intent and a bare 建 ("拟建|某浮桥", "要建|某公园")
    r"|(?:拟|要|筹|再|欲|计划)" + _BARE_BUILD.pattern + ")"
)
#: a mention: up to 12 name characters, then a kind of work, then an optional qualifier
_KIND_RE = re.compile(_KIND_ALT)
_PART = r"(?:[一二三四五六七八九十\d]期|[东西南北]段|首开段|[东西南北]延线?)"
#: (the kind of work behind the lookahead of its first characters: the lazy name tries up to
#: twelve ends per start, and a class test rejects almost all of them before the seventy-odd
#: alternatives are tried)
_MENTION = re.compile(
    r"(?:[\u4e00-\u9fffA-Za-z0-9]{1,12}?)" + guard(f"(?:{_KIND_ALT})") + "(?:" + _KIND_ALT + r")" + _PART + "{0,2}"
)
#: a part named right after a name, and the parts that mean all of it
_PART_AFTER = re.compile(_PART + "|全线|主线")
_LATER_PHASE = re.compile(r"[二三四五六七八九十2-9]期|[东西南北]延")
_PARTS_AFTER = re.compile("(?:" + _PART + "|全线|主线)+")
_WHOLE = {"全线", "主线"}


def _name_chars_class() -> str:
    """The characters a name is read from: Chinese characters, letters and digits, but not the
    function words and date words that end one (的将于了已是在等把被对底年月日而) — one class
    (re scans a run of it at once; a lookahead before each character was tried per character)."""
    stops = sorted(ord(c) for c in "的将于了已是在等把被对底年月日而")
    ranges, lo = [], 0x4E00
    for c in stops:
        if c > lo:
            ranges.append(f"\\u{lo:04x}-\\u{c - 1:04x}" if c - 1 > lo else f"\\u{lo:04x}")
        lo = c + 1
    ranges.append(f"\\u{lo:04x}-\\u9fff")
    return "[" + "".join(ranges) + "A-Za-z0-9]"


#: a run of name characters (function words, dates and limits split runs: 将于6月底前完成…)
_NAME_CHARS = re.compile(_name_chars_class() + "+")
_PROVINCE = re.compile(
    r"^(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|"
    r"贵州|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆)(?:省|市|自治区)?"
)
#: a name that goes on into an organisation's: 省高速公路(管理局), 国网株洲供电(公司) — but not the
#: body that builds it: 汨杨公路(建设指挥部), 大岳高速(建设开发公司) still name the project
_ORG_AFTER = re.compile(r"(?!建设|项目|工程)[\u4e00-\u9fff]{0,4}?(?:管理局|公司|集团|局|指挥部|管理处|委员会|办公室)")
#: not a name: counts (4条线, 一座, 两所), hedges and progress words that a subject may carry
_NOT_NAME = re.compile(r"以及|完成|抓好|积极|提高|加大|[三二]级|甲等|调研|视察|敷设|接入|终点|起点|最大|最长|最高|首条|首座|首个|第一条|仅需|分钟|我省|我市|我国|\d+[条座所个家处]|加紧|加快|抓紧|梳理|组织|推进|包括|内容|\d+(?:\.\d+)?(?:公里|千米|米)|以[东西南北]|(?:绕|走|修|让|带|赶)路$|(?:该|这|此)[\u4e00-\u9fff]{1,3}$|什么|何时|多久|可以|能否|是否|怎么|哪|吗|请问|热线|互联互通|车道|\d+条|[一二两三四五六七八九十几多每][条座所个家处]|^有|^不|^段|正在|进行|已经|采用|对外|开放|营运|[上下]线$|^[A-Za-z]")
#: the part before the kind of work says only how it is done, or which trade does it (排水工程)
#: what is done to a thing, naming a work after it ("西塔改扩建道路", "某医院迁建项目")
_WORK_DONE = "改扩建|提质改造|改造|改建|扩建|拓宽|迁建|搬迁"
_ACT_HEAD = re.compile(
    rf"(?:高架|跨线|人行|过街|快速化|{_WORK_DONE}|拓建|提质|提升|建设|新建|续建|异地|维修|配套|连接|附属|主|地面|地下|室内外|部分|"
    r"道路|桥梁|排水|给排水|雨污水|污水|管网|管道|照明|绿化|景观|交通|土建|安装|装修|装饰|亮化|电力|通信|燃气|供水|供热)*"
)
_VERB_START = re.compile(r"^(?:完成|推进|加快|启动|实现|开展|确保|力争|争取|计划|预计|进行|实施)")
#: aliases a text declares: (以下)简称“X”, 原名X, (重新)命名为X, 更名为X, 又称X
_DECLARED = re.compile(
    r"(?:简称|又称|俗称|原名|原称|命名为|更名为|改名为|升级为)[为是]?[“\"'《]?((?:(?!的)[\u4e00-\u9fffA-Za-z0-9]){2,14})[”\"'》]?"
)
#: a bracketed alternative right after a name: 343省道(机场路), 水土嘉陵江大桥(水土新城大桥)
_BRACKETED = re.compile(r"([\u4e00-\u9fffA-Za-z0-9]{2,16})[(（]((?:[\u4e00-\u9fff]{1,3}名[:：])?[\u4e00-\u9fffA-Za-z0-9]{2,14})[)）]")
#: facilities a city has one of, named by their kind alone
CIVIC = {"图书馆", "博物馆", "美术馆", "文化馆", "科技馆", "群众艺术馆", "大剧院", "体育中心", "会展中心", "规划馆"}
#: things too common to name one project
GENERIC = {
    "道路", "公路", "高速", "大桥", "桥", "路", "线", "学校", "公园", "项目", "工程", "中心", "市场", "医院", "广场",
    "隧道", "通道", "地铁", "轨道交通", "城市轨道交通", "新馆", "场馆", "小区", "园", "馆", "该路", "该桥", "大道", "全线", "主线",
    "快速通道", "快速路", "老旧小区", "综合医院", "背街小巷", "农贸市场", "菜市场", "停车场", "公交线路", "城市道路", "农村公路", "干线公路", "市政道路",
    "人行天桥", "过街天桥", "天桥", "地下通道", "人行道", "公厕", "公共厕所",
}
_BAD_START = re.compile(
    r"^(?:[及与的在将于至前你我他她那兼]|[东西南北][起至]|以及|随着|目前|标志着|不仅仅|不仅|按照|依照|根据|依据|该|本|此|这|很多|原来|重要|主要|唯一|其它|项目|工程|控制性|关键性|节点性|标志性|桥面|附近|周边|未完|剩余|后续|其余|其他|一条|这条|两条|各|多|全|主|整条|整个|上述|沿线|[东西南北]段|[一二三四五六七八九十]期"
    r"|[一二三四五六七八九十\d]+标)"
    r"|^(?:改造|改扩建|扩建|提质|维修|建设|新建|续建|重点|市政|基础设施|配套)*(?:项目|工程)$"
    # a programme or a share of the works alone ("重大工程", "民生工程", "场内工程")
    r"|^(?:重大|民生|民心|实事|惠民|场内|场外|土建|附属|基础|主体|桩基|绿化|装修|收尾)(?:项目|工程)$"
    # "目前项目", "现有馆", "总工程": a time, a deictic or a total word before the kind names nothing
    r"|^(?:目前|当前|现在|现有|今年|明年|去年|近期|其他|其余|相关|有关|总|原有|已有)(?:项目|工程|馆|园|中心)$"
    r"|^[全主支干沿专]线$"
)


@lru_cache(maxsize=1)
def _city_alt() -> str:
    """The city names as one alternation, longest first (张家界 before 张家)."""
    from inquiry_tracker.extract.departments import cities

    return "|".join(map(re.escape, sorted(cities(), key=len, reverse=True)))


@lru_cache(maxsize=1)
def _city_names() -> tuple[frozenset[str], int]:
    """The city names without 市, and the length of the longest."""
    from inquiry_tracker.extract.departments import cities

    return frozenset(cities()), max(map(len, cities()), default=0)


def _opening(run: str, names: tuple[frozenset[str], int]) -> int:
    """The length of the longest of ``names`` that ``run`` opens with, 0 when none. (A set looked
    up once per length: an alternation of the 2,400 county names tried them one by one.)"""
    words, longest = names
    for n in range(min(longest, len(run)), 0, -1):
        if run[:n] in words:
            return n
    return 0


def _city_prefix(run: str) -> int:
    """The length of a leading city name, with or without 市 (0 when none)."""
    n = _opening(run, _city_names())
    return n + 1 if n and run.startswith("市", n) else n


def _is_city(text: str) -> bool:
    """``text`` is a city's name, with or without 市."""
    words = _city_names()[0]
    return text in words or (text.endswith("市") and text[:-1] in words)


#: a feature or street named after the place (泉州湾跨海大桥, 南京路步行街): the place is part of the name
_NAMED_AFTER_PLACE = re.compile(r"[湾港湖江河山岛海路街道桥]")


@lru_cache(maxsize=1)
def _county_stems() -> tuple[frozenset[str], int]:
    """County and district names without their 县/区 (秭归, 岳阳楼), and the longest's length."""
    from inquiry_tracker.extract.departments import resource_path

    lines = resource_path("counties.txt").read_text(encoding="utf-8").splitlines()
    stems = frozenset(ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))
    return stems, max(map(len, stems), default=0)


def _county_prefix(run: str) -> int:
    """The length of a leading county or district name without its 县/区 (0 when none)."""
    return _opening(run, _county_stems())


#: words before a kind of work that say what sort of place it is, not which one (实验学校,
#: 第一中学, 人民医院, a river's 长江大桥): such a name keeps the county before it
_DESCRIPTOR = re.compile(r"^(?:跨[江海河湖]|长江|黄河|珠江|淮河|汉江|湘江|赣江|闽江|嘉陵江|乌江|岷江|沱江|金沙江|松花江|运河|实验|第[一二三四五六七八九十]+|中心|人民|外国语|育才|附属|职业|高级|中等|体育|文化|科技|青少年|妇幼|中医|公共|城市|市民)")


def _named_after(rest: str) -> bool:
    """What follows a county's name is a project's own name: three characters or more before
    its kind of work, and not only a descriptor (so 东湖实验学校 and 和平里小学 stay whole)."""
    kind = _KIND_RE.search(rest)
    return bool(kind and kind.start() >= 3 and kind.end() == len(rest) and not _DESCRIPTOR.match(rest)
                and not _NAMED_AFTER_PLACE.match(rest)
                and not _NEEDS_PLACE.search(rest))


#: an elevated road is named after the road it runs over, with or without the road's kind
#: (九洲大道高架, 九洲高架): a name is compared in its short form, a text in both
_ELEVATED = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:大道|大街|路)(?=高架)")


def _name_form(name: str) -> str:
    return _ELEVATED.sub("", fold(name))


@lru_cache(maxsize=4096)
def _text_form(text: str) -> str:
    folded = fold(text)
    if "至" in text or "到" in text:  # a line named by its places is named by their abbreviation too
        for m in _linked(simplified(text)):
            short = abbreviation(m.name)
            if short:  # (an expressway's short name is written with 公路 too: 资兴高速 = 资兴公路)
                folded += "\n" + fold(short) + ("\n" + fold(short[:2] + "公路") if short.endswith("高速") else "")
    if "机场" in folded:
        places = _airport_places(folded)
        if places:
            folded += "\n" + "\n".join(places)
    return folded + "\n" + _ELEVATED.sub("", folded) if "高架" in folded else folded


def _airport_places(folded: str) -> list[str]:
    """"<place>机场" for each airport ``folded`` names by its place and an own name of one to four
    characters (安康|富强|机场, 澜沧|景迈|机场): a place has one airport, called by the place alone
    as often as by its own name."""
    out = []
    for at in (m.start() for m in re.finditer("机场", folded)):
        place = next((p for own in range(1, 5) if (p := _place_ending(folded[max(0, at - own - 6) : at - own]))), None)
        if place:
            out.append(place + "机场")
    return out


def _place_ending(head: str) -> str | None:
    """The longest city or county name (its 县/区/市 dropped) that ``head`` ends with."""
    for size in range(min(6, len(head)), 1, -1):
        place = head[-size:]
        bare = place[:-1] if place[-1] in "县区市" else place
        if _is_place(bare):
            return bare
    return None


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """``text`` with synonyms and punctuation folded (see module docstring), a mirror's
    traditional characters and pinyin readings as plain simplified text."""
    text = simplified(text)
    for pattern, repl in _FOLD:
        text = pattern.sub(repl, text)
    return text


def _count(word: str) -> int:
    """12 → 12, 四 → 4, 十二 → 12, 二十 → 20 (0 when not a count)."""
    if word.isdigit():
        return int(word)
    tens, _, ones = word.partition("十")
    if "十" not in word:
        return _NUMERAL.get(word, 0)
    return (_NUMERAL.get(tens, 0) if tens else 1) * 10 + _NUMERAL.get(ones, 0)


def counted_sets(text: str) -> set[str]:
    """Sets of works ``text`` counts, written one way: "4条地铁轨道交通线路" → "4条线"."""
    found = set()
    for m in _COUNTED.finditer(text):
        n = _count(m.group(1))
        if n:
            found.add(f"{n}条{_COUNT_KIND[m.group(2)]}")
    return found


def first_line_number(text: str) -> str | None:
    """The number of the first metro line ``text`` names ("L2" for "2号线一期开通,与1号线换乘")."""
    m = _LINE_NO.search(text)
    return "L" + m.group(1) if m else None


def road_numbers(text: str) -> set[str]:
    """Road and line numbers in ``text``: {"S210", "G56", "L15"}, and the sets of works it
    counts ({"C4条线"}: a promise of four lines is matched by four lines, never by three)."""
    found = set()
    for m in _ROAD_NO.finditer(text):
        if m.group(1):
            found.add(m.group(1).upper() + m.group(2))
        elif m.group(3):
            found.add(_ROAD_LETTER[m.group(4)] + m.group(3))
        else:
            found.add(_ROAD_LETTER[m.group(5)] + m.group(6))
    found |= {"L" + m.group(1) for m in _LINE_NO.finditer(text)}
    found |= {"C" + c for c in counted_sets(text)}
    return found


#: the university a hospital or school is attached to, before its own name (not 附属第一医院)
_AFFILIATION = re.compile(r"[\u4e00-\u9fff]{2,12}?(?:大学|学院)附属(?!第|医院|中学|小学)")


#: a kind of work that names no project without a name before it
_BARE_WORK = re.compile(r"项目|工程")
#: words that take the project as their object ("为项目…奠定基础"; 进入工程 is a verb's, below)
_TAKES_OBJECT = {"为", "对", "把", "让", "使"}
#: verbs of doing a work: what follows them is the work's part, not a project's name
_DOING = re.compile(r"实现|完成|推进|加快|启动|开展|确保|力争|争取|进入|立项|位于|地处")


def _core(run: str, opens_run: bool = False) -> str:
    """A mention without the place and clause words before it."""
    cut_at = 0
    for m in _LEAD_WORDS.finditer(run):
        if (_BARE_WORK.fullmatch(run, m.end()) and m.group() in _TAKES_OBJECT) or (
                (m.start() or not opens_run) and len(run) - m.end() <= 2 and _DOING.fullmatch(m.group())):
            # "顺利合龙为项目", "进入工程收尾阶段", "国庆节期间实现主桥": a verb before a bare
            # kind names nothing ("异地新建项目" is a name: the thing comes before it)
            return ""
        if m.group() in "和与及":
            if (m.start() == 0 and opens_run) or _is_city(run[: m.start()]):
                continue  # 和燕路, 南京和平路: the first character of a name, not "and"
            if len(run) - m.end() >= 2:
                cut_at = m.end()  # "东湖路和西路": and
            continue
        if len(run) - m.end() >= 3:
            cut_at = m.end()
    run = run[cut_at:]
    affiliated = _AFFILIATION.match(run)
    if affiliated and len(run) - affiliated.end() >= 4:
        run = run[affiliated.end():]  # 首都医科大学附属|北京友谊医院顺义院区: the hospital's own name
    province = _PROVINCE.match(run)
    if province and len(run) - province.end() >= 3 and not _NEEDS_PLACE.match(run, province.end()):
        run = run[province.end():]
    city = _city_prefix(run)
    if city and len(run) - city >= 3 and not _NEEDS_PLACE.match(run, city) and not _NAMED_AFTER_PLACE.match(run, city):
        run = run[city:]
    county = _county_prefix(run)
    if county and _named_after(run[county:]):
        run = run[county:]  # 秭归香溪长江大桥: a county's name before the project's own
    cut = _PLACE_CUT.match(run)
    while cut and len(run) - cut.end() >= 3 and not _NEEDS_PLACE.match(run, cut.end()):
        run = run[cut.end():]  # 泸州市合江县榕山长江大桥: place after place
        cut = _PLACE_CUT.match(run)
    return "" if _VERB_START.match(run) else run


@dataclass(frozen=True, slots=True)
class Mention:
    """A project named in a text: ``text[start:end]``; ``name`` is its core (no place)."""

    start: int
    end: int
    name: str


def _good(name: str) -> bool:
    return not (_TRADE_ONLY.match(name) or
        len(name) < 3 or _one_char_head(name) or name in GENERIC or _BAD_START.match(name) or QUALIFIER.fullmatch(name) or _NOT_NAME.search(name)
    )


def _one_char_head(name: str) -> bool:
    """One character before the kind of work is a piece of a word, not a name (上下道路 → 下道路,
    桥梁工程 → 梁工程); a civic name, a numbered line or road and a side (北联络线) are names."""
    head = name[: _kind_span(name)]
    side = head in "东西南北中" and not name.endswith(_PLANT)  # (北水厂: every city's north plant)
    level = head in "省市" and QUALIFIER.sub("", name[1:]) in CIVIC  # 省图书馆(二期): the province's one library
    return len(head) == 1 and "\u4e00" <= head <= "\u9fff" and not side and not level and name not in CIVIC


#: plants a city numbers or names by a side (北水厂, 东区污水处理厂)
_PLANT = ("水厂", "污水处理厂", "净水厂")


def _generic_head(name: str) -> bool:
    """The name says only how the work is done ("快速化改造工程"), not which thing; a city's
    one library or museum is named by its kind alone (市图书馆)."""
    return name not in CIVIC and bool(_ACT_HEAD.fullmatch(name[: _kind_span(name)]))


#: a name followed by where from it something lies is a landmark, not the thing
_LANDMARK_AFTER = re.compile(r"以[东西南北]|[东西南北]侧|附近|周边|旁边|对面|一带")
#: a kind followed by a measure of it is a comparison ("全省工程规模最大的"), not a name; nor is
#: 路 counting groups of workers ("共有4路筑路大军")
_MEASURE_AFTER = re.compile(r"规模|造价|概算|(?<=[\d一二两三四五六七八九十]路)(?:筑路|施工|建设)?(?:大军|人马|队伍|施工队)")
#: a landmark a distance is measured from ("距汕尾高铁站约500米")
_DISTANCE_FROM = re.compile(r"(?:距|距离|离)$")
#: what a thing is said to be, before the kind it is ("是一条连接两区的|城市快速路"; but "作为
#: …之一的清河通道" names it)
#: (or what a bridge is built as, before the type: "主桥为|双塔双索面斜拉桥", "采用|…拱桥")
_DESCRIBED = re.compile(r"(?:是|为|系)一[条座所个处家][^,，。;；:：]{0,30}的$"
                        r"|(?:(?:主桥|主跨|桥型|结构|形式)(?:为|是)|采用)[^,，。;；]{0,6}$")
#: a name followed by where a section of something else ends: "(106国道|至高铁南路段)"
_SECTION_FROM = re.compile(r"[至到][^,，。;；()（）]{1,14}?段(?![\u4e00-\u9fff]{0,4}(?:公路|铁路|高速|大道))")
#: between a road and the road where its section ends (A路至B路)
_ENDPOINT = re.compile(r"[至到]")
_ROAD_END = re.compile(r"(?:(?<!公)路|大道|大街|街)$")
#: a hospital, a stadium or a school named as a centre's ("深汕中心|医院", "奥体中心|体育场")
_AFTER_CENTRE = re.compile(r"医院|卫生院|主?体育场|体育馆|游泳馆|小学|中学|学校|幼儿园")
#: a facility named after the road it stands on, right after the road ("祁门路|小学")
_FACILITY_AFTER = re.compile(r"(?:第[一二三四五六七八九十]+|实验)?(?:小学|中学|学校|幼儿园|医院|菜市场|农贸市场|市场)")
#: an interchange or junction, named by the roads that meet there
_JUNCTION = re.compile(r"(?:互通)?立交(?:桥)?|互通|枢纽")
#: a thing named by how it relates to what is written before it (…路过江通道, …大道下穿隧道)
_RELATIVE = re.compile(r"(?:过江|过河|越江|跨江|跨河|跨海|跨线|过街|下穿|上跨|穿山)")


#: a line named by the places it links ("济南至莱芜高速铁路", "长沙到株洲高速公路"), and the
#: short form each kind takes in its abbreviation (济莱高铁, 长株高速)
_SHORT_KIND = {"高速铁路": "高铁", "高速公路": "高速", "城际铁路": "城际", "高铁": "高铁", "高速": "高速",
               "城际": "城际", "铁路": "铁路", "公路": "公路"}
#: a bridge named by the places it links, the river it crosses between ("焦作至郑州黄河大桥", 焦郑黄河大桥)
_BRIDGE_KIND = r"(?:[\u4e00-\u9fff]{1,3}?[江河])?(?:公路|铁路)?(?:特大桥|大桥)"
_LINE_KIND = "(?P<kind>" + "|".join(sorted(_SHORT_KIND, key=len, reverse=True)) + "|" + _BRIDGE_KIND + ")"
_LINKED = re.compile(r"(?P<a>[\u4e00-\u9fff]{2,3})[至到—](?P<b>[\u4e00-\u9fff]{2,3}?)" + _LINE_KIND)
_PAIR = re.compile(r"(?P<a>[\u4e00-\u9fff]{2,3}?)[至到](?P<b>[\u4e00-\u9fff]{2,3})")
#: pairs listed before the one kind they share ("资源至兴安、梧州至柳州三条高速")
_LINKED_LIST = re.compile(r"(?P<pairs>[\u4e00-\u9fff]{2,3}[至到][\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3}[至到][\u4e00-\u9fff]{2,3})+)"
                          r"(?:[一二两三四五六七八九十\d]{1,2}条)?" + _LINE_KIND)


#: places a line's short name calls by another character than their first (京雄城际, 沪宁高速, 成渝铁路)
_PLACE_SHORT = {"北京": "京", "上海": "沪", "天津": "津", "重庆": "渝", "南京": "宁"}


def _short(place: str) -> str:
    """The character a line's short name keeps of ``place``."""
    return _PLACE_SHORT.get(place, place[0])


def _is_place(word: str) -> bool:
    return _opening(word, _city_names()) == len(word) or _opening(word, _county_stems()) == len(word)


def _place_first(text: str, start: int, end: int) -> str | None:
    """``text[start-1:end]`` or ``text[start-2:end]`` when it opens with a place that runs past
    ``start`` (郑|州机场 → 郑州机场), else None."""
    for back in (1, 2):
        if start >= back:
            word = text[start - back : end]
            if max(_city_prefix(word), _county_prefix(word)) > back:
                return word
    return None


def _linked(text: str) -> list[Mention]:
    """Lines named by the places they link, one of them a known city or county (a character
    before the first place is no part of it: 贵州|盘州至兴义高速铁路); in a list of such pairs
    sharing one kind ("资源至兴安、梧州至柳州三条高速"), each pair with that kind."""
    out = []
    for m in _LINKED.finditer(text):
        a, start = m.group("a"), m.start()
        if m.group("b")[-1] in "江河" and m.group("kind").endswith("桥"):
            continue  # "武汉至长江大桥": to the bridge, not a bridge between two places
        if len(a) == 3 and not _is_place(a) and _is_place(a[1:]):
            a, start = a[1:], start + 1
        elif start and "\u4e00" <= text[start - 1] <= "\u9fff" and not _is_place(a):
            # the end was cut inside its name: "郑州|州机场|至周口高速" is 郑州机场 to 周口
            whole = _place_first(text, start, m.end("a"))
            if whole is None:
                continue
            a, start = whole, m.end("a") - len(whole)
        if _is_place(a) or _is_place(m.group("b")):
            part = _PARTS_AFTER.match(text, m.end())  # its phase or section goes with it (…高速公路二期)
            end = part.end() if part else m.end()
            out.append(Mention(start, end, text[start:end]))
    if "、" in text:
        for m in _LINKED_LIST.finditer(text):
            kind = m.group("kind")
            for pair in _PAIR.finditer(m.group("pairs")):
                if _is_place(pair.group("a")) or _is_place(pair.group("b")):
                    out.append(Mention(m.start() + pair.start(), m.end(), pair.group("a") + "至" + pair.group("b") + kind))
    return out


#: a line's section named by its ends: "滇藏铁路|丽江|至|香格里拉|段"
_SECTION_OF = re.compile(r"(?P<a>[\u4e00-\u9fff]{2,4}?)[至到—](?P<b>[\u4e00-\u9fff]{2,4}?)段")
#: the kind of line a name ends with (its longest form: 高速铁路 before 铁路)
_LINE_KIND_END = re.compile(_LINE_KIND + "$")


def _section_short(name: str, text: str) -> str | None:
    """The short name of the section of line ``name`` that ``text`` names by its ends, one of them
    a place: 滇藏铁路丽江至香格里拉段 → 丽香铁路 (the section is often built and called so)."""
    kind = _LINE_KIND_END.search(name)
    at = text.find(name) if kind else -1
    m = _SECTION_OF.match(text, at + len(name)) if kind and at >= 0 else None
    if kind and m and (_is_place(m.group("a")) or _is_place(m.group("b"))):
        return _short(m.group("a")) + _short(m.group("b")) + _SHORT_KIND.get(kind.group("kind"), kind.group("kind"))
    return None


@lru_cache(maxsize=1)
def _crossing() -> re.Pattern[str]:
    from inquiry_tracker.extract.lexicon import RIVER

    return re.compile(r"(?P<place>[\u4e00-\u9fff]{2,4}?)(?P<river>" + RIVER.alt() + r")(?P<use>公路|铁路|公铁两用|公铁)?"
                      r"(?P<kind>大桥|特大桥|隧道|桥)")


def crossing_forms(name: str) -> list[str]:
    """Shorter names a river crossing goes by: "双碑嘉陵江大桥" is called 双碑大桥, and "嘉鱼长江公路大桥"
    is called 嘉鱼长江大桥 (the river, and what the bridge carries, are dropped in everyday use)."""
    m = _crossing().fullmatch(name)
    if m is None:
        return []
    # (a city's crossings are told apart by their river and number: 南京长江大桥 is no 南京大桥)
    forms = [] if _is_place(m.group("place")) else [m.group("place") + m.group("kind")]
    if m.group("use"):
        forms.append(m.group("place") + m.group("river") + m.group("kind"))
    return forms


def crossing_aliases(text: str) -> list[tuple[str, str]]:
    """(name, short name) of each river crossing ``text`` names in full (see :func:`crossing_forms`)."""
    if not _crossing().search(text):
        return []
    return [(m.name, short) for m in mentions(text) for short in crossing_forms(m.name)]


def abbreviation(name: str) -> str | None:
    """The short name of a line named by its places: 济南至莱芜高速铁路 → 济莱高铁 (and its
    phase or section with it: …高速公路二期 → …高速二期)."""
    m = _LINKED.match(name)
    if m is None or not (m.end() == len(name) or _PARTS_AFTER.fullmatch(name, m.end())):
        return None
    return _short(m.group("a")) + _short(m.group("b")) + _SHORT_KIND.get(m.group("kind"), m.group("kind")) + name[m.end():]


def mentions(text: str) -> list[Mention]:
    """Project names in ``text``, in text order (see module docstring). Of two names written
    together ("京港澳高速岳阳新开联络线") the second is the thing, the first where it is."""
    linked = _linked(text) if "至" in text or "到" in text or "—" in text else []
    return sorted([*linked, *(m for m in _mentions(text) if not any(n.start <= m.start < n.end for n in linked))],
                  key=lambda m: m.start) if linked else _mentions(text)


def _mentions(text: str) -> list[Mention]:
    out: list[Mention] = []
    for run in _NAME_CHARS.finditer(text):
        found: list[Mention] = []
        chain = -1  # where the names written together up to here begin
        replaced: Mention | None = None  # the name the last one replaced
        # "某市将|建某浮桥": a bare 建 right after 将 (which ends runs) is the verb, not the name's
        lead = 1 if run.start() and text[run.start() - 1] == "将" and _BARE_BUILD.match(run.group()) else 0
        for m in _MENTION.finditer(run.group(), lead):
            name = _core(m.group(), m.start() == lead)
            if not found and m.start() > lead and _BARE_WORK.fullmatch(name[-2:]):
                # a project named by what it builds, its pieces no names alone (某市总医院|官桥|分院
                # 迁建项目): all of the run up to it
                whole = _core(run.group()[lead : m.end()], True)
                if len(name) < len(whole) <= 24 and _good(whole):
                    name = whole
            at = run.start() + m.end()
            if found and run.start() + m.start() < found[-1].end:
                continue  # inside a name already read on (祁门路|第二小学)
            facility = (_FACILITY_AFTER.match(text, at) if _ROAD_END.search(name)
                        else _AFTER_CENTRE.match(text, at) if name.endswith("中心") else None)
            if facility:  # a school or a market named after its road (祁门路小学, 解放路第二小学)
                name, at = name + facility.group(), facility.end()
            if not _good(name) or _generic_head(name) or _ORG_AFTER.match(text, at) or _LANDMARK_AFTER.match(text, at) or _MEASURE_AFTER.match(text, at) \
                    or _DESCRIBED.search(text, max(0, at - len(name) - 40), at - len(name)) \
                    or _DISTANCE_FROM.search(text, max(0, at - len(name) - 3), at - len(name)) \
                    or (_SECTION_FROM.match(text, at) and not (found and found[-1].end == at - len(name))):
                continue  # (a place it lies by: 绿博园以东21公里路段, 学校附近; what a thing is: 是一条…的城市快速路;
                # where a section starts: 下曹大道(106国道|至高铁南路段), unless a road's own landmark
                # written right after it: 长宁西路|立新桥|至…段)
            mention = Mention(at - len(name), at, name)
            between = text[found[-1].end : mention.start] if found else ""
            if found and len(between) <= 3 and not _COMPANION.search(between):
                if _ENDPOINT.fullmatch(between) and _ROAD_END.search(name):
                    # "A路至B路": A's section up to B; "A路高速桥至B路": A's, from one point to another
                    if replaced is not None and found[-1].start == replaced.end:
                        found[-1] = replaced
                    continue
                if not between and _JUNCTION.fullmatch(name):
                    # an interchange is named by the roads that cross there (繁华大道集贤路互通立交)
                    mention = Mention(chain, at, text[chain:at])
                elif not between and _kind_opening().match(name):
                    # a name opening with a kind of work goes on the name before ("某大道|快速路北延")
                    mention = Mention(found[-1].start, at, text[found[-1].start : at])
                elif _BARE_WORK.fullmatch(name[-2:]) and not _ACT_HEAD.match(name[: _kind_span(name)]):
                    # a project named by what it builds (某医院|官桥|分院迁建项目): all of it
                    mention = Mention(found[-1].start, at, text[found[-1].start : at])
                elif not between and (name.endswith(("校区", "院区")) or _RELATIVE.match(name)):
                    # a school's campus is named with its school (two schools may each have one
                    # in the same district); a crossing by where it is (和燕路过江通道)
                    mention = Mention(found[-1].start, at, text[found[-1].start : at])
                replaced = found.pop()  # (but "A、B": two things listed)
            else:
                chain, replaced = mention.start, None
            found.append(mention)
        out.extend(found)
    return out


@lru_cache(maxsize=1)
def _place_before() -> re.Pattern[str]:
    """A city, a district or both, written right before a name (株洲, 岳阳市岳阳楼区)."""
    return re.compile(rf"(?:(?:{_city_alt()})市?)?(?:[\u4e00-\u9fff]{{1,4}}?[区县])?")


def with_place(text: str, mention: Mention) -> str:
    """The mention's name with the city or district the text writes right before it, for
    display ("株洲智轨项目"); the name alone when none is written."""
    for k in range(min(10, mention.start), 1, -1):
        lead = text[mention.start - k : mention.start]
        if _place_before().fullmatch(lead):
            return lead + mention.name
    return mention.name


def names_a_project(text: str) -> bool:
    """``text`` names some project (cheaper than :func:`mentions` when only that matters)."""
    return any(_good(m.name) for m in mentions(text)) if _KIND_RE.search(text) else False


def declared_aliases(text: str) -> list[tuple[str, str]]:
    """(name, alias) pairs the text declares (简称, 原名, 更名为, brackets)."""
    pairs: list[tuple[str, str]] = []
    for m in _DECLARED.finditer(text):
        before = [x for x in mentions(text[max(0, m.start() - 40) : m.start()])]
        if before:
            alias = m.group(1)
            named = mentions(alias)  # (unquoted, it ends with its kind of work: "…体育中心|并正式亮相")
            if named and named[0].start == 0 and named[0].end < len(alias):
                alias = alias[: named[0].end]
            pairs.append((before[-1].name, alias))
    for m in _BRACKETED.finditer(text):
        outer = mentions(m.group(1))
        inner = re.sub(r"^(?:又名|原名|又称|简称|即|亦称|[\u4e00-\u9fff]{1,3}名[:：])", "", m.group(2))  # (立项名:…)
        if outer and (mentions(inner) or road_numbers(inner)) and not QUALIFIER.search(inner):
            pairs.append((outer[-1].name, inner))
    return pairs


_CLAUSE_END = re.compile(r"[,，:：;；。]")
#: after a name, the rest of a link named by its two ends (folded: 联络线/接线 → 连接线)
_LINK_AFTER = re.compile(r"[与和—][^,，。;；、\s]{1,12}?连接线")
_COMPANION = re.compile(r"[与和同及、]")
_ACT_AT = re.compile(
    r"将|计划|预计|力争|争取|拟|有望|确保|(?:于|在|到)(?=\d|今年|明年|年底|年内|本月|下月|[一二三四五六七八九十]+月)|"
    r"\d+(?:年|月|日|号)|[今明本下]年|年底|年内|月底|建成|完工|竣工|通车|开通|开放"
)

#: a list of the parts a project includes, up to a name in it ("包括A、B、C三个场馆")
_PART_LEAD = re.compile(r"(?:包括|包含|涵盖)[^,，。;；]*$")
#: where a thing lies or runs, up to a landmark named in it ("位于A和B之间", "管道起于某水厂")
_LOCATED = re.compile(r"(?:位于|地处|毗邻|紧邻|靠近|临近|起于|起自|止于|接入|通往|起点|终点|[东西南北]起|[东西南北]至)[^,，。;；]*$")
#: the start of a clause telling what the finished work will bring
_AFTERMATH = re.compile(r"[,，;；。](?:(?:建成|通车|投用|完工|竣工|开通)(?:后|以后)|届时)")


_FROM_END = re.compile(r"[从自]$")
_TO_END = re.compile(r"[到至]")


def _leading(text: str, act_from: int = 0) -> list[Mention]:
    """The names a promise is about: those before the act or date in the clause that has it,
    else in the nearest clause before; failing that, those not merely named alongside
    (与亦庄线等同天开通). The act is looked for from ``act_from`` on (the clause of the
    promise's date: a year in "根据2019年工作报告" before it is no act)."""
    # (the parts a project is said to include are not the project: "包括行政服务中心、图书馆…")
    # (nor are the landmarks it lies by: "洪州大桥位于复兴大桥和沙田铁路桥之间")
    # (nor those a list of its parts counts: "设服务区2处", "设管理中心1处")
    found = [m for m in mentions(text) if not _PART_LEAD.search(text, max(0, m.start - 24), m.start)
             and not _LOCATED.search(text, max(0, m.start - 24), m.start) and not _COUNTED_AFTER.match(text, m.end)]
    # (nor the ends of a section given in brackets: "京密高速(机场南线-六环路)")
    if "(" in text or "（" in text:
        sections = [(b.start(), b.end()) for b in _BRACKETED_PART.finditer(text) if _RANGE_MARK.search(b.group())]
        found = [m for m in found if not any(a < m.start and m.end < b for a, b in sections)]
    # ("从世博园到宝丰村的地铁5号线": the ends a line runs between are not the line)
    ends_of = [m for m in found if _FROM_END.search(text, max(0, m.start - 1), m.start) and _TO_END.match(text, m.end)]
    if ends_of and len(ends_of) < len(found):
        found = [m for m in found if m not in ends_of]
    act = _ACT_AT.search(text, act_from)
    if act is not None:
        ends = [c.end() for c in _CLAUSE_END.finditer(text, 0, act.start())]
        for start in reversed([0, *ends]):
            # (in a clause before, those before its own act: "二桥将于…实现主桥合龙")
            own = _ACT_AT.search(text, start, act.start())
            stop = own.start() if own is not None else act.start()
            first = [m for m in found if start <= m.start and m.end <= stop + 1]
            if first:
                return first
        # a clause telling what follows the act ("…通车,建成后将分流津围公路") names what it
        # serves, not what was promised
        after = _AFTERMATH.search(text, act.end())
        if after is not None:
            found = [m for m in found if m.end <= after.start()]
    return [m for m in found if not _COMPANION.search(text[max(0, m.start - 4) : m.start])]


def _placed(text: str, m: Mention) -> str:
    """A bare kind of building ("图书馆", "新图书馆") is named with the place written before it
    ("玉林市新图书馆" → 玉林市图书馆): alone it would match every city's library."""
    if _kind_span(m.name) >= 2:
        return m.name
    at = m.start - 1 if m.start > 0 and text[m.start - 1] in _REPLACING else m.start
    placed = with_place(text, Mention(at, m.end, m.name))
    return placed


def item_names(*texts: str, act_from: int = 0) -> list[str]:
    """Names of the thing an item is about, from the first of ``texts`` that names one (the
    promise clause, the question, the sentence before, the headline), each with the aliases
    those texts declare for it; in the first, the act is looked for from ``act_from`` on."""
    names = _listed(texts[0], act_from) if texts else []
    for k, text in enumerate(texts):
        if names:
            break
        names = [_placed(text, m) for m in _leading(text, 0 if k else act_from)]
    if not names:
        return _counted_name(texts[0]) if texts else []
    names += [short for n in names if (short := abbreviation(n))]  # 济南至莱芜高速铁路: 济莱高铁 too
    names += [short for n in names for short in crossing_forms(n)]  # 双碑嘉陵江大桥: 双碑大桥 too
    names += [short for n in names for text in texts if (short := _section_short(n, text)) and short not in names]
    for name, alias in declared_aliases("\n".join(texts)):
        for one, other in ((name, alias), (alias, name)):
            if any(one in n or n in one for n in names) and other not in names:
                names.append(other)
    seen: list[str] = []
    for n in names:
        if n not in seen:
            seen.append(n)
    # a name with its part says it better than the bare name (15号线 beside 15号线一期)
    seen = [n for n in seen if not any(o != n and o.startswith(n) and QUALIFIER.fullmatch(o[len(n):]) for o in seen)]
    return seen[:6]


#: a promise counting its works, then listing them: "将新增建成快速路约38公里,分别是A 2.8公里、B…"
_LIST_OPENS = re.compile(r"(?:分别是|分别为|具体为|具体是|依次是|依次为)[:：]?")
_BRACKETED_PART = re.compile(r"[(（][^()（）]{0,30}[)）]")
#: what joins the two ends of a section ("机场南线-六环路", "五环至六环")
_RANGE_MARK = re.compile("[-—–~至到]")


def _listed(text: str, act_from: int) -> list[str]:
    """The works a promise lists after its count ("…分别是A、B、C"), each a name of the item;
    the ends of a section given in brackets after one are no works of the list."""
    opens = _LIST_OPENS.search(text, act_from)
    if opens is None:
        return []
    stop = min((i for i in (text.find(c, opens.end()) for c in "。;；\n") if i >= 0), default=len(text))
    listed = _BRACKETED_PART.sub("", text[opens.end() : stop])
    # (one work to an entry, named first in it: "东江源大道快速路北延7.1公里")
    found = [named[0].name for entry in re.split(r"[、,，]", listed) if (named := mentions(entry))]
    return found if len(found) >= 2 else []


def _counted_name(text: str) -> list[str]:
    """A promise naming no project but a count of works it finishes ("年底还将有4条线通车"):
    that count is its name (matched by the same count of the same kind)."""
    for clause in re.split(r"[,，:：;；。]", text):
        if _FINISHES.search(clause):
            found = sorted(counted_sets(clause))
            if found:
                return found[:1]
    return []


@lru_cache(maxsize=1)
def _kind_opening() -> re.Pattern[str]:
    return re.compile("(?:" + _KIND_ALT + ")")


def _bigrams(text: str) -> list[str]:
    return [text[i : i + 2] for i in range(len(text) - 1)]


@lru_cache(maxsize=4096)
def _kind_span(name: str) -> int:
    """Where the kind of work starts in a folded name (len(name) when none)."""
    m = re.search("(?:" + _KIND_ALT + r")(?:[一二三四五六七八九十\d]期|[东西南北]段|首开段)?$", name)
    return m.start() if m else len(name)


#: words for any work, which a name may or may not go on with ("龙田水厂项目" is written
#: "龙田水厂改扩建工程" too)
_ANY_WORK = ("项目", "工程")


#: a work named by what is done to a thing, then any kind of work: "西塔改扩建道路" is the
#: "西塔改扩建工程" of another page
_ACT_THEN_WORK = re.compile(rf"(?<=..)(?:{_WORK_DONE})(道路|工程|项目)$")
#: what is done, closing a compared name: it weighs as a kind of work does (西关|改扩建)
_ACT_AT_END = re.compile(rf"(?:{_WORK_DONE})$")


def _without_any_work(folded: str) -> str:
    act = _ACT_THEN_WORK.search(folded)
    if act is not None:
        return folded[: act.start(1)]
    return folded[:-2] if len(folded) >= 5 and folded.endswith(_ANY_WORK) else folded


@lru_cache(maxsize=65536)
def name_grams(name: str) -> tuple[str, ...]:
    """The bigrams of a name that say which thing it is (not the kind of work, not a
    qualifier), plus its road numbers; what the match index stores."""
    folded = _compared_form(name)
    kind_at = _kind_span(folded)
    numbers = road_numbers(name)
    head = re.sub(r"[\dA-Za-z]+", "", folded[:kind_at])
    if len(head) >= 2:  # the head and where it joins the kind of work (大岳高速 → 大岳, 岳高)
        grams = set(_bigrams(head + folded[kind_at : kind_at + 1]))
    elif numbers:  # 343省道, 9号线: the number says it
        grams = set()
    else:  # a civic name (图书馆): all of it
        grams = set(_bigrams(folded))
    return tuple(sorted(grams | numbers))


def text_grams(text: str) -> set[str]:
    """Every bigram and road number of ``text`` (folded), to look names up with."""
    folded = _text_form(text)
    grams = set(_bigrams(folded))
    # and across a county's or district's 县/区 ("合江县长江大桥" is looked up as 合江…大桥 too)
    grams.update(folded[m.start() - 1] + folded[m.end()] for m in _UNIT_INSIDE.finditer(folded))
    return grams | road_numbers(text)


_UNIT_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff])[县区](?=[\u4e00-\u9fff])")


#: a longer name going on from a name to a project's kind
_MORE_NAME = re.compile(r"((?:(?![的将于了已是在等把被对年月日而])[\u4e00-\u9fff]){2,12}?)(?:工程|项目)")
#: what the work did, not another work's name ("某水厂|完成工程量逾80%", "某桥|全面开工建设项目…")
_DID = re.compile(r"完成|建成|开工|动工|竣工|完工|通车|投入|实现|进入|启动|开始|正式|顺利|全面|基本|累计")


def _other_part(name: str, core: str, text: str) -> bool:
    """Every time ``text`` writes the name it goes on with a part the name is not
    (15号线一期 vs "15号线西段", 昌平线 vs "昌平线二期"), into an organisation's name, or to
    the other end of a link between two things ("昌平线与8号线联络线")."""
    mine = qualifiers(name)
    spots = [m.end() for m in re.finditer(re.escape(core), text)] if len(core) >= 2 else []
    if not spots:
        return False
    for at in spots:
        if _ORG_AFTER.match(text, at):
            continue  # 国网株洲供电(公司): who answers, not the thing
        if _inside_longer_name(core, text, at - len(core)):
            continue  # 济泺路北延黄河隧道: another work that has the name inside its own
        if _LINK_AFTER.match(text, at):
            continue  # 昌平线(与8号线联络线): one end of a link, not the thing
        aside = _ASIDE.match(text, at)  # (past an aside naming where: 两港大道(S2立交)|新建匝道工程)
        more = _MORE_NAME.match(text, aside.end() if aside else at)
        if (more and not _ACT_HEAD.fullmatch(more.group(1)) and not _COMPANION.search(more.group(1))
                and not _DID.match(more.group(1)) and not _KIND_RE.fullmatch(more.group(1))
                and not more.group(1).startswith(("项目", "工程")) and not QUALIFIER.fullmatch(more.group(1))):
            continue  # 万州二桥(北桥头交通体系工程): another project named after it (not "…大桥项目桥梁工程",
            # nor 环城南路|快速路工程: the road's own kind again)
        run = _PARTS_AFTER.match(text, at)
        parts = {p.group() for p in _PART_AFTER.finditer(run.group())} - _WHOLE if run else set()
        if not mine:  # a name of the whole: a section or the first phase is part of it, a later phase is not
            parts = {p for p in parts if _LATER_PHASE.fullmatch(p)}
        if parts <= mine:
            return False
    return True


#: a short aside in brackets right after a name
_ASIDE = re.compile(r"[(（][^()（）]{1,12}[)）]")


#: the name characters written right before a spot (a longer name's head)
_HEAD_BEFORE = re.compile(_name_chars_class() + "{1,12}$")


#: a road's extension or section, which names the works built on it (济泺路北延|黄河隧道)
_ROAD_PART_END = re.compile(r"[\u4e00-\u9fff]{2,8}(?:路|大道|大街)(?:[东西南北]延(?:长线|线)?|[东西南北]段)$")


def _inside_longer_name(core: str, text: str, start: int) -> bool:
    """The name at ``start`` is the tail of a longer one, the work of a road's extension or
    section (济南济泺路北延|黄河隧道 is not 济南黄河隧道)."""
    head = _HEAD_BEFORE.search(text, max(0, start - 12), start)
    return head is not None and _ROAD_PART_END.search(head.group()) is not None


_CAMPUS = re.compile(r"(?:学校|小学|中学|大学|学院|幼儿园)([\u4e00-\u9fff]{2,6}校区)$")
_SCHOOL_END = re.compile(r"(?:学校|小学|中学|大学|学院|幼儿园)$")


def _other_schools_campus(name: str, text: str) -> bool:
    """The text names the campus only after another school (双峰小学八里湖校区 for
    九江小学八里湖校区): another school's campus in the same place."""
    campus = _CAMPUS.search(name)
    if campus is None or name in text:
        return False
    return any(_SCHOOL_END.search(text, max(0, m.start() - 6), m.start()) for m in re.finditer(re.escape(campus.group(1)), text))


#: kinds of work by family: a text pointing at "该桥" speaks of a bridge, not of a road
_FAMILIES = (
    ("桥", re.compile(r"桥")),
    ("隧道", re.compile(r"隧道|通道")),
    ("高速", re.compile(r"高速")),
    ("线", re.compile(r"号线|轨道交通|地铁|城际")),
    ("学校", re.compile(r"学校|中学|小学|幼儿园|校区|[一二三四五六七八九十]中")),
    ("医院", re.compile(r"医院|院区")),
    ("馆", re.compile(r"馆|中心|剧院")),
    ("园", re.compile(r"公园|乐园|园")),
    ("路", re.compile(r"路|大道|街|巷|线|高架|立交|互通")),
)
#: a pointing word and the kind it points at: 该桥, 这条高速, 这座大桥, 该隧道
_POINTED = re.compile(
    r"(?:该|这条|这座|这所|这个|这家|此|这)(大桥|桥|隧道|通道|高速公路|高速|地铁|线路|学校|医院|公园|图书馆|场馆|道路|公路|大道|路)"
)


def _family(kind_word: str) -> str | None:
    for family, pattern in _FAMILIES:
        if pattern.search(kind_word):
            return family
    return None


def points_at_another_kind(name: str, text: str) -> bool:
    """``text`` points at its thing by its kind ("这条高速…", "该桥…") and that kind is not the
    name's (a ring road 四环线 is not "这条高速"): the name it inherits from the sentence before is
    another thing's."""
    pointed = _POINTED.search(text)
    if pointed is None:
        return False
    folded = _name_form(name)
    mine = _family(folded[_kind_span(folded) :] or folded[-2:])
    theirs = _family(pointed.group(1))
    return mine is not None and theirs is not None and mine != theirs


@lru_cache(maxsize=65536)
def _compared_form(name: str) -> str:
    """The name as compared and indexed: folded, without qualifiers or a trailing 项目/工程."""
    return _without_any_work(QUALIFIER.sub("", _name_form(name)))


def told_apart(name: str, text: str) -> bool:
    """``text`` writes the name, but each time as part of another thing (侯寨水厂|水源切换工程,
    15号线|西段): it speaks of that other thing."""
    folded = _compared_form(name)
    text_f = _text_form(text)
    return len(folded) >= 2 and folded in text_f and _other_part(name, folded, text_f)


@lru_cache(maxsize=65536)
def after_anothers_act(name: str, text: str) -> bool:
    """``text`` names another project first, says it is done, and only then names ``name``
    ("京雄高速全线通车,强化了…与大兴国际机场的联系"): what the work leads to, not the work."""
    folded = _compared_form(name)
    # (the text itself, not the aliases a window adds below it, nor the short names its form adds)
    text_f = _text_form(text.split("\n", 1)[0]).split("\n", 1)[0]
    at = text_f.find(folded) if len(folded) >= 2 else -1
    found = mentions(text_f[:at]) if at > 0 else []
    if not found or any(similarity(name, m.name) >= 0.5 for m in found):
        return False
    return FINISH_ACT.search(text_f, found[0].end, at) is not None


def built_by(name: str, text: str) -> bool:
    """Each time ``text`` writes the name, the thing is who built something else ("侯家塘站已由
    1号线先期建成"): the act is that other thing's."""
    folded = _compared_form(name)
    text_f = _text_form(text)
    keys = [folded] + [f"{n[1:]}号线" for n in road_numbers(name) if n[0] == "L"]
    found = [m.start() for key in keys if len(key) >= 2 for m in re.finditer(re.escape(key), text_f)]
    return bool(found) and all(text_f[max(0, i - 1) : i] == "由" for i in found)


@lru_cache(maxsize=65536)
def similarity(name: str, text: str) -> float:
    """How fully ``text`` repeats ``name`` (0..1): the share of the name's bigrams found in
    the text, those of the kind of work counting half, and at least three quarters of the
    rest needed; 1 for the same road or line number, 0 for another number of the same kind
    or when the text names another part of it (see :func:`_other_part`)."""
    folded = _compared_form(name)
    text_f = _text_form(text)
    if _other_part(name, folded, text_f) or _other_schools_campus(folded, text_f):
        return 0.0
    numbers = road_numbers(name)
    if numbers:
        theirs = road_numbers(text)
        if numbers & theirs:
            return 1.0
        if any(t[0] == n[0] for t in theirs for n in numbers):
            return 0.0
    grams = _bigrams(folded)
    if not grams:
        return 0.0
    county = _county_prefix(folded)
    if county and folded[county : county + 1] not in "区县市" and folded[:county] in text_f:
        # "城阳二医" in a text writing 城阳区第二人民医院: the district named with its 区
        for suffix in "区县市":
            text_f = text_f.replace(folded[:county] + suffix, folded[:county])
    kind_at = _kind_span(folded)
    act = _ACT_AT_END.search(folded, 2) if kind_at == len(folded) else None
    if act is not None:
        kind_at = act.start()
    total = got = head_total = head_got = 0.0
    for i, g in enumerate(grams):
        weight = 0.5 if i >= kind_at else 1.0
        total += weight
        found = g in text_f
        got += weight * found
        if i < kind_at:
            head_total += 1
            head_got += found
    if head_total and head_got / head_total < 0.75:
        return 0.0
    return round(got / total, 3)


def qualifiers(text: str) -> set[str]:
    """Section and phase words in ``text`` (一期, 西段, 首开段, 全线…)."""
    return {m.group() for m in QUALIFIER.finditer(text)}


def index_entry(*texts: str, subject: str = "", deadline: str | None = None, page: str = "") -> tuple[list[str], list[str]]:
    """An item's names (from :func:`item_names` over ``texts``, else from its subject, else the
    project the opening of its ``page`` names first) and the grams the match index stores for
    them; ``deadline`` is the promise's date as written in the first text (its clause holds the
    act)."""
    texts = tuple(simplified(t) for t in texts)
    names = item_names(*texts, act_from=_clause_of(texts[0], deadline)) or item_names(simplified(subject))
    if not names and page:
        # (a page about one project whose promise sentence, its neighbours and its site-name
        # title name none: "一期项目计划今年10月30日竣工验收")
        names = [n for n in [_first_named(page)] if n]
    if not names:
        from inquiry_tracker.extract.evidence import thing_of

        thing = thing_of(subject)
        # (a subject naming no kind of work is a clause's cut, no name: "单位已进场施工")
        names = [thing] if thing and _good(thing) and _KIND_RE.search(thing) else []
    names = [n[:40] for n in names]
    # a work replacing an old one is named with 新 (or the old one with 原) until it opens:
    # "新胜浦大桥" is reported open as 胜浦大桥
    names += [n[1:] for n in names if n[:1] in _REPLACING and _kind_span(n[1:]) >= 2 and n[1:] not in names]
    grams = sorted({g for n in names for g in name_grams(n) if len(g) <= 16})
    return names, grams


def _clause_of(text: str, words: str | None) -> int:
    """Where the clause of ``text`` holding ``words`` starts (0 when it does not hold them)."""
    at = text.find(simplified(words)) if words and text else -1
    if at <= 0:
        return 0
    return max(text.rfind(c, 0, at) for c in ",，:：;；。") + 1


#: what a name of a work replacing an old one opens with (新弋江桥 for 原弋江桥)
_REPLACING = "新原"


_SENTENCE_END = re.compile(r"[。!！?？;；\n]")


def context_before(text: str, start: int) -> str:
    """The sentence before ``start`` (where a project is often named before the promise)."""
    end = start
    while end > 0 and _SENTENCE_END.match(text, end - 1):
        end -= 1
    low = max(0, end - 400)
    cut = max(text.rfind(c, low, end) for c in "。!！?？;；\n")
    if end == start and cut >= 0 and text[cut] != "\n" and end - cut <= 40 and not _KIND_RE.search(text, cut, end):
        # ``start`` lies inside a sentence whose short head names nothing yet ("今年已进入盾构施工
        # 阶段,|预计2018年试运营"): the sentence before it goes with it, in the same paragraph
        cut = max(text.rfind(c, low, cut) for c in "。!！?？;；\n")
        return text[max(cut + 1, low) : end][-160:]
    return text[max(cut + 1, low) : end][-120:]


#: how far back in its paragraph a promise looks for the sentence that introduced its project
_TOPIC_REACH = 400


#: what a sentence introducing a project says of it first: what it is, where, how long
_DEFINED = re.compile(r"(?P<part>[\u4e00-\u9fff]{0,4}?(?:段|期))?(?:是|为|系|位于|全长|起于|[东西南北]起|总投资|项目总投资)")


#: a story's dateline before its first sentence ("本报讯 ", "某某网讯(记者 某某)")
_DATELINE_LEAD = re.compile(r"^(?:" + NEWS_DATELINE.pattern + r")\s*(?:[(（][^()（）]{0,20}[)）])?\s*")


def topic_above(text: str, start: int) -> str:
    """The name opening the nearest sentence above ``start`` in its paragraph that introduces a
    project ("邢衡高速邢台段是…。主线全长120公里,…。计划于2013年年底通车"): the paragraph's topic,
    ahead of a headline that may be about something else; "" when none."""
    para = text.rfind("\n", 0, start) + 1
    low = max(para, start - _TOPIC_REACH)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, low, start)]
    for a in reversed([para, *ends] if low == para else ends):  # (a sentence cut by the reach is none)
        if name := _introduced(text, a, start):
            return name
    return ""


def _introduced(text: str, a: int, stop: int) -> str:
    """The project the sentence starting at ``a`` introduces ("邢衡高速邢台段是…" → 邢衡高速邢台段), or ""."""
    opening = _DATELINE_LEAD.sub("", simplified(text[a : min(stop, a + 40)]).lstrip(" \t\u3000"))[:24]
    found = mentions(opening)
    defined = _DEFINED.match(opening, found[0].end) if found and found[0].start == 0 else None
    if defined:  # (with the section it names: "邢衡高速|邢台段|是…")
        return opening[: defined.end("part") if defined.group("part") else found[0].end]
    return ""


def topic_below(text: str, start: int) -> str:
    """The project a page introduces soon after ``start`` ("…计划6月10日具备通车条件,择期开放。
    某某大桥是一条连接…"): what a page cut at its top, its project named only after its first
    report, is about; "" when none."""
    stop = min(len(text), start + 2 * _TOPIC_REACH)
    for m in _SENTENCE_END.finditer(text, start, stop):
        if name := _introduced(text, m.end(), stop):
            return name
    return ""


def paragraph_opening(text: str, start: int) -> str:
    """The first sentence of the paragraph holding ``start``, when ``start`` lies past it: a
    paragraph about one project names it first ("复兴大桥位于…,是一条…。由…承建,…预计…")."""
    para = text.rfind("\n", 0, start) + 1
    stop = min((i for i in (text.find(c, para, start) for c in "。!！?？") if i >= 0), default=-1)
    return text[para : stop + 1][:160] if stop >= 0 else ""


#: a list entry's heading: a short line with no sentence in it ("◎某市某某小学", "三、某某大桥")
_HEADING = re.compile(r"[^。!！?？,，;；:：]{3,24}")


def heading_above(text: str, start: int) -> str:
    """The heading of the list entry holding ``start``: the nearest short line above it that
    names a project, over the entry's short field lines ("◎某某小学 / 学校选址:… / 目前进度:
    计划…投入使用"); empty when a paragraph of prose comes first."""
    end = text.rfind("\n", 0, start)
    for _ in range(6):
        if end < 0:
            return ""
        line_start = text.rfind("\n", 0, end) + 1
        line = text[line_start:end].strip()
        end = line_start - 1
        if not line:
            continue
        if len(line) > 80:
            return ""
        if _HEADING.fullmatch(line) and mentions(simplified(line)):
            return line
    return ""


def first_line(text: str) -> str:
    """The page's first non-empty line that is no site furniture ("关注我们", "某网 > 某频道"):
    a title when the page has no other."""
    for line in text.splitlines():
        if line.strip() and not PAGE_CHROME.holds(line) and not NAVIGATION.search(line.strip()):
            return line.strip()[:80]
    return ""



#: a work referred to by its kind alone: 新桥, 该馆, 这条路, 主体育场 (the kind in group 1)
#: a name said to be a work: "…是某市重点交通建设工程"
_SAID_A_WORK = re.compile(r"(?:是|为|系)[^,，。;；]{0,20}?(?:工程|项目)")
_BARE_REFERENCE = re.compile(r"(?:新|该|此|这座|这条|这所|本|主)(高速公路|高速|公路|铁路|快速路|大道|桥|馆|路|隧道|学校|医院|公园|线|体育场|水厂)(?![\u4e00-\u9fff]{0,1}(?:路|街|桥|站))"
                             # "该项目", "该工程": the work last named as a project (湾边大桥项目)
                             r"|(?:该|此|这一?|本)(项目|工程)"
                             # a bare kind opening its clause or right after its date ("今年10月隧道建成通车")
                             r"|(?:(?<![\u4e00-\u9fff])|(?<=[年月日底前内]))(大桥|隧道)(?=[\u4e00-\u9fff]{0,4}(?:计划|预计|将|建成|通车|完工|竣工))")


#: a hall opening or closing (临时闭馆), not a hall's name
_HALL_ACT = re.compile(r"[开闭]馆$")


#: a count right after a name: the name is an item of a list of parts ("服务区2处", "桥梁52座")
_COUNTED_AFTER = re.compile(r"\s*[\d一二两三四五六七八九十]+\s*(?:处|座|个|所|道|条|台|套)")


def referent(text: str, statement: str, at: int) -> str:
    """The name a bare reference in ``statement`` stands for ("力争新桥于下半年通车" → the
    bridge named last before it, 新胜浦大桥); empty when it has none."""
    ref = _BARE_REFERENCE.search(simplified(statement))
    if ref is None:
        return ""
    kind = ref.group(1) or ref.group(2) or ref.group(3)
    before = simplified(text[max(0, at - 3000) : at])
    for m in reversed(mentions(before)):
        if _COUNTED_AFTER.match(before, m.end):
            continue  # "设管理中心1处": a part the works list counts, not the project
        if ref.group(2):  # a work of its own kind written before 项目 (not "某某项目" alone)
            # (or one said to be a work: "某大道是某市重点交通建设工程,该工程…")
            if (before.startswith(kind, m.end) or _SAID_A_WORK.match(before, m.end)) and _kind_span(m.name) >= 2 \
                    and not m.name.endswith(_ANY_WORK):
                return m.name
            continue
        if m.name.endswith(kind) and (_kind_span(m.name) >= 2 or m.name in CIVIC) and not _BARE_REFERENCE.search(m.name) \
                and not _HALL_ACT.search(m.name):
            return _placed(before, m)
    return ""


#: how far into a page its lead project is looked for
_LEAD_REACH = 600


def _first_named(text: str) -> str:
    """The first project named in the page's opening, or ""."""
    found = mentions(simplified(text[:_LEAD_REACH]))
    return found[0].name if found else ""


_NOT_WORD = re.compile(r"[^\u4e00-\u9fff0-9A-Za-z]+")


def _restated_in(head: str, statement: str, deadline: str | None) -> bool:
    """``head`` holds the statement's date and what follows it, word for word."""
    if not head or not deadline or deadline not in statement:
        return False
    core = _NOT_WORD.sub("", statement[statement.index(deadline) :])
    return len(core) >= 6 and core in _NOT_WORD.sub("", simplified(head))


def listed_below(text: str, end: int) -> str:
    """The entries of the list a statement announces at its end ("计划新开工线路2条,分别为:"):
    the short lines below it, at most six; "" when it announces none."""
    opens = _LIST_OPENS.search(text, max(0, end - 8), end)
    if opens is None or not text[opens.start() : end].rstrip().endswith((":", "：")):
        return ""
    entries: list[str] = []
    for ln in (ln.strip() for ln in text[end : end + 400].split("\n")):
        if ln and len(ln) <= 40:
            entries.append(ln)
        if len(entries) >= 6 or ln.endswith(("。", "!", "！")):
            break  # (the list's last line closes its sentence)
    return "\n".join(entries)


def item_index_entry(text: str, title: str | None, it: object) -> tuple[list[str], list[str]]:
    """The names and grams an extracted item is indexed under for follow-up: from its clause,
    the sentence before it, its question, its paragraph's opening and the page's title (see
    :func:`index_entry`)."""
    statement = getattr(it, "statement", None) or ""
    start = getattr(it, "start", 0)
    at = text.find(statement, start) if statement else -1
    pos = at if at >= 0 else start
    before = context_before(text, pos)
    opening = paragraph_opening(text, pos)
    head = title or first_line(text)
    named = referent(text, statement, pos) or referent(text, before, max(0, pos - len(before)))
    heading = heading_above(text, pos)
    listed = listed_below(text, pos + len(statement)) if statement else ""
    if getattr(it, "kind", "") == "inquiry":
        texts: tuple[str, ...] = (statement, named, before, getattr(it, "question", None) or "", head, heading, opening)
    elif listed:  # "计划9月底新开工线路2条,分别为:" over the lines it lists: those are the things
        texts = (listed, statement, named, before, head, heading, opening)
    elif _restated_in(head, statement, getattr(it, "deadline_expr", None)):
        # the headline restates the promise ("某地铁2号线计划今年年底实现通车试运营" over "…,计划今年年底
        # 实现通车试运营"): what it names is the thing, before the parts the sentence lists
        texts = (statement, named, head, before, heading, opening)
    else:
        texts = (statement, named, before, topic_above(text, pos), head, heading, opening)
    return index_entry(*texts, subject=getattr(it, "subject", "") or "", deadline=getattr(it, "deadline_expr", None),
                       page=text)


@lru_cache(maxsize=1)
def _metro_city() -> re.Pattern[str]:
    return re.compile(f"({_city_alt()})市?(?:地铁|轨道交通|城市轨道交通|轨交)")


#: a metro line named by its number alone ("1号线", "10号线一期")
_BARE_LINE = re.compile(r"\d{1,2}号线(?:[一二三四五六七八九十]期|[东西南北]延(?:长)?线?|[东西南北]段)*")


def metro_cities(text: str) -> set[str]:
    """The cities whose metro ``text`` speaks of ("沈阳地铁1号线", "呼和浩特市城市轨道交通")."""
    return set(_metro_city().findall(simplified(text))) if ("地铁" in text or "轨" in text) else set()


def bare_lines(names: list[str]) -> bool:
    """Every name is a metro line's number alone: which city's line it is, the page says."""
    return bool(names) and all(_BARE_LINE.fullmatch(n) for n in names)


#: a phase named on its own, opening a clause ("二期项目由…", "其中一期…"), not after a name
#: ("6号线二期" is that line's)
_BARE_PHASE = re.compile(r"(?:^|(?<=[,，。;；:：\s]))(?:其中|而|该项目|项目)?([一二三四五六七八九十\d]期)")


def later_phase(text: str) -> str | None:
    """The phase ``text`` speaks of last, named on its own, when it is a later one (二期,
    三期), else None."""
    found = _BARE_PHASE.findall(text)
    return found[-1] if found and _LATER_PHASE.fullmatch(found[-1]) else None
