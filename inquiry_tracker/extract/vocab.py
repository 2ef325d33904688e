"""Word lists the reader shares: commitment markers, action verbs, non-promise contexts.

Kept in one place so exchanges, promises and subjects agree on what "a commitment" is.
"""

from __future__ import annotations

import re

#: words that commit an authority to a future act ("计划", "将", "力争年底前…")
COMMITMENT = (
    "计划于", "计划在", "计划", "定于", "定在", "预计于", "预计在", "预计", "力争在", "力争于", "力争", "争取在", "争取",
    "确保在", "确保于", "确保", "将于", "将在", "将会", "将", "拟于", "拟在", "拟", "有望", "预期",
    "可望", "要在", "要于", "务必", "力求", "必须在", "会在", "会于", "可于", "可在", "准备", "打算",
    "安排在", "安排于", "目标是", "须在", "须于", "需在", "需于", "应在", "应于", "必须", "限期", "限于", "要求其", "要求", "责令", "督促", "按计划", "根据计划", "按照计划", "按期", "如期",
)

#: acts whose completion a reporter can check later
ACTION_VERBS = (
    "竣工交付", "建成通车", "建成投用", "建成投产", "投入使用", "投入运营", "投入运行", "投运", "兑付", "正式运营", "开放", "开通",
    "通车", "投用", "启用", "竣工", "交付", "完工", "建成", "完成", "落成", "开工", "动工", "开建",
    "启动", "实施", "发放", "到位", "搬迁", "迁移", "整改", "上线", "开业", "营业", "运营", "运行",
    "供水", "供电", "通水", "通气", "供气", "实现", "归集", "移交", "安装", "改造", "修复", "维修",
    "拆除", "建设", "办结", "答复", "解决", "恢复", "开学", "招生", "交房", "通电", "亮灯", "铺设",
    "硬化", "修建", "新建", "扩建", "提质", "清理", "治理", "验收", "挂牌", "出台", "印发", "发布",
    "公布", "兑现", "支付", "补贴", "拨付", "退还", "处理", "处置", "清运", "覆盖", "接入", "并网",
    "贯通", "合龙", "封顶", "绿化", "施工", "推进", "开展", "组织", "落实", "部署", "收尾", "达产",
    "投产", "清零", "开园", "到账", "结清", "销号", "完毕", "达标", "补植", "更换", "修缮", "疏通", "换发", "开馆", "开街", "开诊", "通航", "供热", "供暖", "淘汰", "新增", "试运营", "试运行",
)

#: acts that start work, and acts that finish it ("明年春季开工建设,2022年秋季开园招生")
START_ACT = re.compile(r"开工|动工|开建|启动|进场|招标|开始|立项|选址")
FINISH_ACT = re.compile(
    r"建成|完工|竣工|交付|开放|开通|通车|投用|投入使用|投入运营|启用|运营|开园|招生|开学|恢复|完成|到位|"
    r"发放|贯通|通水|通气|供水|供气|办结|完毕|实现|修复|解决|搬迁|上线|开业|兑现|兑付|拨付|支付|投产|投运|投入运行|清零|验收"
)

#: contexts where a date is an invitation, a sale or an event, not a commitment
NON_PROMISE = re.compile(
    r"网友可以|网友可|市民可以|市民可|读者可|群众可|可通过|欢迎|报名|投稿|征集|参赛|评选|"
    r"优惠|秒杀|折起|抢购|霸王餐|直播|门票|抽奖|促销|特价|团购|领取优惠|截止报名|即可参与|"
    # events on a date, not acts to check: a race, an opening ceremony, a meeting
    r"鸣枪|开跑|开赛|开幕式|推进会|调度会|部署会|动员会|现场会|播出|首播|开播|"
    # hearsay, not anyone's commitment
    r"有消息称|有消息说|消息称|据传|网传|传言|传闻"
)
#: hearsay anywhere before the date in its sentence: "此前有消息称,该馆预计2025年投用"
HEARSAY = re.compile(r"有消息称|有消息说|消息称|据传|网传|传言|传闻")

#: a statement already done
PAST_DONE = re.compile(r"已(?:经)?(?:于|在)?|业已|早已|均已|全部已|已全部|曾")

_VERB_ALT = "|".join(sorted(ACTION_VERBS, key=len, reverse=True))
#: a verb that is the start of a place name is no act: 建设路, 解放街, 发展大道, 新建巷
_PLACE_AFTER = r"(?!路(?![面段灯网况线基])|街(?!道)|大道|大街|巷|桥(?![梁面]))"
#: reaching a state a reporter can check: 达到竣工验收标准, 达到试生产条件, 达到比赛要求
_REACH = r"达到(?=[^，,。；;]{0,12}?(?:标准|条件|要求)|[\d一二三四五六七八九十百千万])"
ACTION_RE = re.compile(f"(?:{_VERB_ALT}){_PLACE_AFTER}|{_REACH}")
_COMMIT_ALT = "|".join(sorted(COMMITMENT, key=len, reverse=True))
COMMIT_RE = re.compile(_COMMIT_ALT)

#: where one clause ends and the next begins
CLAUSE_BREAK = re.compile(r"[,，;；。!！?？:：\n]")
#: (an ASCII "." between Chinese characters ends a sentence too: pages typed with ASCII punctuation)
ASCII_STOP = r"(?<=[\u4e00-\u9fff”）)])\.(?=\s?[\u4e00-\u9fff“（(])"
SENTENCE_END = re.compile(r"[。!！?？;；\n]|" + ASCII_STOP)


#: no real sentence is longer; a run without a full stop is cut into pieces this long (at a
#: clause break where there is one), which keeps every per-sentence step linear in the text
LONGEST_SENTENCE = 400


def _cut_long(text: str, s: int, e: int, spans: list[tuple[int, int]]) -> None:
    while e - s > LONGEST_SENTENCE:
        hard = s + LONGEST_SENTENCE
        breaks = [m.end() for m in CLAUSE_BREAK.finditer(text, s + LONGEST_SENTENCE // 2, hard)]
        cut = breaks[-1] if breaks else hard
        spans.append((s, cut))
        s = cut
    if text[s:e].strip():
        spans.append((s, e))


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` spans of the sentences of ``text[start:end]`` (terminator included)."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    s = start
    for m in SENTENCE_END.finditer(text, start, end):
        e = m.end()
        # keep a closing quote or bracket with its sentence
        while e < end and text[e] in "”」』)）":
            e += 1
        if text[s:e].strip():
            _cut_long(text, s, e, spans)
        s = e
    if s < end and text[s:end].strip():
        _cut_long(text, s, end, spans)
    return spans
