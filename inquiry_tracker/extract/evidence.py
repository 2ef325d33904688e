"""What a newly imported article can be evidence of: its claims about the state of things
(:mod:`inquiry_tracker.extract.stance`), under the names the reader's pipeline has always
used for them (``Report``, ``reports``), and the thing an item's subject names when the
text gives no project name (``thing_of``: "森林路开放" → 森林路). Pure Python; the services
decide which items a claim speaks of and store the suggestions.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from inquiry_tracker.extract.clean import plain_view
from inquiry_tracker.extract.stance import Claim, claims

#: a claim of an article (kept as the pipeline's name for it)
Report = Claim

#: acts a subject ends with (nouns such as 补贴 are not among them: "人才补贴发放" keeps 补贴)
_ACTS = sorted(
    {"建成通车", "建成投用", "竣工交付", "正式运营", "试运营", "投入使用", "建成", "完工", "竣工", "交付", "开放",
     "开通", "通车", "投用", "启用", "运营", "开园", "开学", "恢复", "完成", "到位", "发放", "贯通", "解决", "搬迁",
     "上线", "开业", "开工", "动工", "开建", "启动", "建设", "改造", "维修", "修建", "新建", "扩建", "提质", "施工",
     "推进", "实施", "安装", "整治", "治理", "归集", "移交", "落实", "整改", "问题", "情况", "进展", "事宜", "工作"},
    key=len,
    reverse=True,
)
_ACT_TAIL = re.compile("(?:" + "|".join(map(re.escape, _ACTS)) + ")$")
_LEAD = re.compile(r"^(?:我市|本市|全市|市区|城区|主城区|我区|全区|我县|全县|所需|有关)")
#: things too common to name one item
TOO_GENERIC = {
    "道路", "小区", "学校", "医院", "公园", "项目", "工程", "路灯", "红绿灯", "公厕", "厕所", "停车场", "市场",
    "菜市场", "公交", "地铁", "电梯", "社区", "街道", "村民", "居民", "市民", "群众", "补贴", "资金", "政策",
    "设施", "管网", "管道", "房屋", "住房", "老旧小区", "背街小巷", "农贸市场", "垃圾站", "充电桩", "站牌",
}
#: a department is who promised, not what: "水务局施工" names no thing; nor is a bare place
_AUTHORITY = re.compile(
    r"(?:公司|集团|局|委员会|委|办公室|中心|指挥部|大队|支队|政府|办|管理处|街道办事处)$"
    r"|^[\u4e00-\u9fff]{1,4}(?:省|市|区|县|镇|乡|街道)$"
)


def reports(text: str, published: date | None = None) -> list[Claim]:
    """The claims of ``text`` printed on ``published`` (done, planned, milestone). A mirror's
    traditional characters and pinyin readings are read as plain simplified text; the claims'
    offsets point into ``text`` and their sentences are the plain reading (what names are
    compared with)."""
    view = plain_view(text)
    if view is None:
        return claims(text, published)
    out = []
    for c in claims(view.text, published):
        start, end = view.span_to_original(c.start, c.end)
        clause_start, clause_end = view.span_to_original(c.clause_start, c.clause_end)
        out.append(replace(c, start=start, end=end, clause_start=clause_start, clause_end=clause_end))
    return out


def thing_of(subject: str) -> str | None:
    """The thing an item's subject names, without its act, a leading 我市… or generic
    tail ("爱心大院项目竣工交付" → 爱心大院项目); None when too short or too common."""
    thing = re.sub(r"[\s,，、。:：;；“”\"'《》()（）]+", "", subject or "")
    previous = None
    while previous != thing:
        previous = thing
        thing = _ACT_TAIL.sub("", thing)
        thing = re.sub(r"(?:[的之和与及]|全部|所有|全面)+$", "", thing)
    thing = _LEAD.sub("", thing)
    if len(thing) < 3 or thing in TOO_GENERIC or _AUTHORITY.search(thing):
        return None
    return thing[:40]
