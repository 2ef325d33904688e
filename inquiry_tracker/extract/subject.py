"""A short subject phrase per item: "森林路开放", "爱心大院项目竣工交付".

Built from the clause that carries the commitment: the thing (the clause's subject, or
the verb's object when the verb is generic such as 完成/实现) plus the act.
"""

from __future__ import annotations

import re

from inquiry_tracker.extract.lexicon import ACTION_RE, COMMIT_RE
from inquiry_tracker.extract.names import fold, mentions, with_place

_QUESTION_WORDS = re.compile(
    r"(?:到底|究竟|请问|能否|能不能|可否|可不可以|是否|有没有|有无|何时|什么时候|啥时候|哪天|何日|多久|几时|"
    r"什么时间|为何|为什么|怎么办|怎么|如何|进展如何|情况如何|进度如何|进展|咋办|吗|呢|么|啊)"
)
_LEAD = re.compile(
    r"^(?:围绕与?|为实现|根据计划|按照计划|按计划|据悉|据了解|据介绍|目前|同时|此外|另外|下一步|今年|明年|随后|届时|其中|"
    r"您好|你好|网友您好|经核实|经查|关于|针对|对于|我们|我局|我委|我区|我市|本市|全市|全区|该项目|项目)[,，]?"
)
#: a news dateline before the first sentence: 本报讯(记者 李明) / 新华社长沙5月8日电
_DATELINE = re.compile(
    r"^\s*(?:本报讯|本报消息|本台消息|本网讯|新华社[^,，。]{0,12}?电|[\u4e00-\u9fff]{2,8}(?:日报|晚报|新闻网|网|台)讯)"
    r"\s*(?:[(（][^)）]{0,30}[)）])?\s*"
)
_DETERMINERS = re.compile(r"^(?:对于|对|将|把|我市|我区|我县|全市|全区|本市|主城区|城区|市民|首批)*")
_TRAIL = re.compile(r"(?:也|还|都|已|将|会|正|均|计划|预计|力争|争取|拟|要|可|能|于|在|将于|将在)+$")
_GENERIC = {"完成", "实现", "启动", "推进", "开展", "组织", "落实", "部署", "实施"}
_STRIP = re.compile(r"[\s“”\"'《》〈〉「」,，。!！?？:：;；、()（）]+")
_WORK_TAIL = re.compile(r"[的之]?(?:工作|任务|目标)$")
_SENT_SPLIT = re.compile(r"[。!！?？]")
GENERIC_ACT = {"组织", "推进", "开展", "落实", "部署", "实施", "完成", "实现"}
_MAX = 20
#: a second act joined by 并/和/及 or an adverb ("建成并投入使用", "建成正式通车"): part of the
#: act, not its object
_JOINED_ACT = re.compile(r"(?:并且|并|和|及)?(?:正式|全面|全线|顺利)?(?:" + ACTION_RE.pattern + ")")
_JOINERS = re.compile(r"[并和及且、]")


def _trim(s: str) -> str:
    return _STRIP.sub("", s)


def from_clause(clause: str, deadline_expr: str | None = None) -> str:
    """Subject of a commitment clause such as ``爱心大院项目将在今年8月竣工交付``."""
    c = clause.strip()
    if deadline_expr:
        c = c.replace(deadline_expr, "§", 1)
    c = _LEAD.sub("", _DATELINE.sub("", c))
    verb = ACTION_RE.search(c)
    if not verb:
        return _trim(c.replace("§", ""))[:_MAX]
    commit = COMMIT_RE.search(c, 0, verb.start())
    head_end = min(x for x in (commit.start() if commit else verb.start(), c.find("§") if "§" in c else verb.start(), verb.start()) if x >= 0)
    head = _TRAIL.sub("", _trim(c[:head_end].replace("§", "")))
    # a following verb joined to the first (竣工交付, 建成投用)
    v_end = verb.end()
    nxt = ACTION_RE.match(c, v_end) or _JOINED_ACT.match(c, v_end)
    if nxt:
        v_end = nxt.end()
    act = c[verb.start() : v_end]
    obj = _trim(c[v_end:].replace("§", ""))
    obj = _WORK_TAIL.split(obj)[0] if obj else obj
    obj = _DETERMINERS.sub("", obj)
    if obj and (verb.group(0) in _GENERIC or not head or len(head) > 12):
        return (obj + ("" if verb.group(0) in _GENERIC else act))[:_MAX]
    if head:
        return (head + act)[:_MAX]
    return (obj + act)[:_MAX] if obj else act


def from_question(question: str, act: str | None = None) -> str:
    """Subject of an inquiry: the question's topic plus the act the reply commits to."""
    q = question.strip().splitlines()[0] if question.strip() else ""
    q = _SENT_SPLIT.split(q)[0] if ("?" in q or "？" in q) else q
    m = _QUESTION_WORDS.search(q)
    topic = q[: m.start()] if m and m.start() > 1 else q
    topic = _TRAIL.sub("", _trim(_LEAD.sub("", topic)))
    if not act:
        rest = q[m.end():] if m else ""
        v = ACTION_RE.search(rest)
        act = v.group(0) if v else ""
    if len(topic) > 14:
        topic = topic[-14:] if not act else topic[:14]
    return (topic + (act or ""))[:_MAX] or _trim(question)[:_MAX]


def of_inquiry(question: str, statement: str | None, act: str | None) -> str:
    """Subject of an inquiry as a reporter would note it: the project asked about plus the act
    the reply commits to ("绵茂公路通车"). The project is the one the question names that the
    reply's commitment names too, else the one named where the question asks, else the first
    it names; a question naming none falls back to its topic (:func:`from_question`)."""
    asked = [m for m in mentions(question) if len(m.name) >= 3]
    thing = ""
    if asked:
        said = fold(statement or "")
        named = [m for m in asked if fold(m.name) in said]
        # where it asks (a polite 请问 before the story is not yet the ask)
        ask = next((m for m in _QUESTION_WORDS.finditer(question) if m.group() != "请问"), None)
        before_ask = [m for m in asked if ask and m.end <= ask.start()]
        pick = (named or before_ask[-1:] or asked)[0]
        thing = with_place(question, pick)
        tail = question[pick.end : ask.start()] if ask and pick.end <= ask.start() else ""
        if tail.startswith("的") and len(tail) <= 6 and not _STRIP.search(tail):
            thing += _TRAIL.sub("", tail)  # what of it is asked about: 蒸湘路的路灯
    if not thing:
        return from_question(question, act)
    if not act:
        v = ACTION_RE.search(question)
        act = v.group(0) if v else ""
    return thing + act if not act or not thing.endswith(act) else thing


def acts_only(text: str) -> bool:
    """``text`` is acts and the words joining them ("建成并投入使用"): it names no thing."""
    return not _JOINERS.sub("", ACTION_RE.sub("", text))


def act_of(clause: str) -> str | None:
    """The act a clause commits to (the first action verb, with a joined second one;
    a generic verb such as 组织/推进 gives way to the concrete one after it)."""
    v = ACTION_RE.search(clause)
    if not v:
        return None
    nxt = ACTION_RE.match(clause, v.end()) or _JOINED_ACT.match(clause, v.end())
    if nxt and v.group(0) in GENERIC_ACT:
        return nxt.group(0)
    if not nxt and v.group(0) in GENERIC_ACT:
        # "完成路灯维修": the act is the noun after the generic verb
        later = ACTION_RE.search(clause, v.end(), v.end() + 10)
        if later:
            return later.group(0)
    return clause[v.start() : nxt.end() if nxt else v.end()]
