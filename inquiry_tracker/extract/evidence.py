"""Reports that something promised has happened ("森林路于5月30日正式通车"), and the keys by
which such a report names a tracked item.

A newly imported article is evidence for an open item when one of its sentences reports a
finished act (a finishing verb with a perfective cue — 已, 正式, 顺利, 日前…, or 了 after the
verb — and no future or hedging word) and names the item's thing: the subject without its
act ("森林路开放" → 森林路), also without a leading city or a generic 项目/工程 tail
("株洲智轨项目启动建设" → 株洲智轨项目, 智轨项目, 株洲智轨; at least three characters). Pure Python; the services
decide which items are open and store the suggestions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from inquiry_tracker.extract.deadline import find_deadlines
from inquiry_tracker.extract.departments import cities
from inquiry_tracker.extract.vocab import FINISH_ACT

#: acts whose report means the promised thing is there: the reader's finishing acts, and a
#: few that only a report uses (落成, 亮灯, 到账…)
_DONE_ACT = (
    r"建成通车|建成投用|竣工交付|正式运营|试运营|落成|开诊|交房|亮灯|通电|迁入|到账|整改|" + FINISH_ACT.pattern
)
_DONE_RE = re.compile(_DONE_ACT)
#: words that make a finishing verb a report of the past
_PERFECTIVE = re.compile(
    r"已经|已于|已在|已|业已|正式|顺利|如期|提前|日前|近日|昨日|昨天|今天|今日|目前已|全面|"
    r"(?:" + _DONE_ACT + r")了"
)
#: words that make it a plan, a hope, a doubt or a question instead
_NOT_DONE = re.compile(
    r"将|计划|预计|力争|争取|拟|有望|即将|尚未|未能|未|没有|还没|不能|无法|何时|什么时候|啥时候|能否|能不能|"
    r"是否|吗|呢|\?|？|要求|确保|务必|需要|需|应当|应该|打算|准备|希望|建议|期待|盼|"
    # a deadline ("7月10日前", "年底前", "春节前") makes it a plan, whatever the verb
    r"(?:[\d一二三四五六七八九十]\s*[日号]|[底末旬]|季度|月份|(?<!个)月|节|元旦|国庆)前|"
    # part of the work only: "主体工程已完成52%", "一期已建成", "部分路段已开通"
    r"\d\s*%|％|百分之|主体|部分|一期|首期|阶段性|初步|基本|"
    # still under way: "已进入收尾阶段", "仍在推进中"
    r"收尾|仍在|正在|加快|加紧|推进中|进行中|建设中|施工中"
)
#: what makes a day a limit rather than an event: 6月30日前, 10日内
_LIMIT_WORD = re.compile(r"前|内|止|为限")
_SENTENCE = re.compile(r"[^。!！?？;；\n]+[。!！?？;；]?")

#: acts a subject ends with (nouns such as 补贴 are not among them: "人才补贴发放" keeps 补贴)
_ACTS = sorted(
    set(_DONE_ACT.split("|"))
    | {"开工", "动工", "开建", "启动", "建设", "改造", "维修", "修建", "新建", "扩建", "提质", "施工", "推进",
       "实施", "安装", "整治", "治理", "归集", "移交", "落实", "问题", "情况", "进展", "事宜", "工作"},
    key=len,
    reverse=True,
)
_ACT_TAIL = re.compile("(?:" + "|".join(map(re.escape, _ACTS)) + ")$")
_GENERIC_TAIL = re.compile(r"(?:项目|工程|一期|二期|三期)$")
_LEAD = re.compile(r"^(?:我市|本市|全市|市区|城区|主城区|我区|全区|我县|全县|所需|有关)")
#: things too common to name one item
_TOO_GENERIC = {
    "道路", "小区", "学校", "医院", "公园", "项目", "工程", "路灯", "红绿灯", "公厕", "厕所", "停车场", "市场",
    "菜市场", "公交", "地铁", "电梯", "社区", "街道", "村民", "居民", "市民", "群众", "补贴", "资金", "政策",
    "设施", "管网", "管道", "房屋", "住房", "老旧小区", "背街小巷", "农贸市场", "垃圾站", "充电桩", "站牌",
}
_MIN_KEY = 3
#: the endings of a body that answers or promises (a name ending so is who, not what)
BODY_SUFFIX = r"公司|集团|局|委员会|委|办公室|中心|指挥部|大队|支队|政府"
#: a department is who promised, not what: "水务局施工" names no thing
_AUTHORITY = re.compile(
    rf"(?:{BODY_SUFFIX}|办|管理处|街道办事处)$"
    # and a bare place is where, not what: 城北区, 河西区, 云溪市
    r"|^[\u4e00-\u9fff]{1,4}(?:省|市|区|县|镇|乡|街道)$"
)


@dataclass(frozen=True, slots=True)
class Report:
    """A sentence reporting a finished act: ``text[start:end]``."""

    start: int
    end: int
    sentence: str


def _plans_ahead(sentence: str, published: date | None) -> bool:
    """The sentence names a time still to come ("已进入收尾阶段,明年春季交付使用"). A plain day
    ("5月30日") in a report is the day it happened, whatever year it would resolve to."""
    for d in find_deadlines(sentence, published):
        if d.precision == "day" and not _LIMIT_WORD.search(d.expr):
            continue
        if d.due is None or published is None or d.due >= published:
            return True
    return False


def reports(text: str, published: date | None = None) -> list[Report]:
    """Sentences of ``text`` (printed on ``published``) that report a finished act (see
    module docstring); a sentence that names a time still to come is a plan, not a report."""
    out: list[Report] = []
    for m in _SENTENCE.finditer(text):
        sentence = m.group().strip()
        if len(sentence) < 6:
            continue
        if not _DONE_RE.search(sentence) or _NOT_DONE.search(sentence) or not _PERFECTIVE.search(sentence):
            continue
        if _plans_ahead(sentence, published):
            continue
        lead = len(m.group()) - len(m.group().lstrip())
        out.append(Report(m.start() + lead, m.start() + lead + len(sentence), sentence))
    return out


def _strip_acts(phrase: str) -> str:
    previous = None
    while previous != phrase:
        previous = phrase
        phrase = _ACT_TAIL.sub("", phrase)
        phrase = re.sub(r"(?:[的之和与及]|全部|所有|全面)+$", "", phrase)
    return phrase


@lru_cache(maxsize=1)
def _city_prefix() -> re.Pattern[str]:
    """A leading city name, with or without 市 (one regex: this runs for every stored item)."""
    return re.compile("^(?:" + "|".join(map(re.escape, cities())) + ")市?(?=[^市区县])")


@lru_cache(maxsize=65536)
def subject_keys(subject: str) -> tuple[str, ...]:
    """The names by which a report can mention an item with this subject, longest first
    (cached: subjects repeat across reprints and series)."""
    thing = _strip_acts(re.sub(r"[\s,，、。:：;；“”\"'《》()（）]+", "", subject or ""))
    thing = _LEAD.sub("", thing)
    keys = {thing}
    bare = _GENERIC_TAIL.sub("", thing)
    keys.add(bare)
    prefix = _city_prefix()
    keys |= {prefix.sub("", key) for key in keys}
    good = (k for k in keys if len(k) >= _MIN_KEY and k not in _TOO_GENERIC and not _AUTHORITY.search(k))
    return tuple(sorted(good, key=lambda k: (-len(k), k)))
