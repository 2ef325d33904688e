"""Which dated clause is a commitment: in a reply, and in news prose.

A time phrase alone is not a promise. The clause must commit someone to an act
(计划/将/预计/力争… + 开放/竣工/发放…), the time must not be a condition (``5月份移交完成后``),
an invitation (``5月15日前,网友可以…``), a sale, or already done (``已于…``).
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date
from typing import get_args

from inquiry_tracker.extract.deadline import find_deadlines
from inquiry_tracker.extract.firstchars import compile_guarded
from inquiry_tracker.extract.lexicon import (
    ACT_TIME_SET,
    ACTION_RE,
    ACTION_VERBS,
    ASKER,
    BUILDING_PART,
    CLAUSE_BREAK,
    COMMIT_RE,
    FINISH_ACT,
    GROUNDWORK,
    HEARSAY,
    LONGEST_SENTENCE,
    MANDATE,
    NON_PROMISE,
    OUTAGE_TIME,
    PAST_DONE,
    REFUSAL,
    SPEECH_VERB,
    START_ACT,
    TABLE_TIME,
    same_act,
    sentences,
)
from inquiry_tracker.extract.model import Deadline, Precision
from inquiry_tracker.extract.timewords import BARE_YEARS

_ALREADY_END = re.compile(r"已(?:经)?$")
#: a share of a period's plan, counted ("计划建成通车的5个项目中"), and the part of it done
_SHARE_OF_PLAN = re.compile(r"(?:计划|拟|要|将)[^,，。;；]{0,12}的[\d一二两三四五六七八九十]+(?:个|项|条|座|所|处)[^,，。;；]{0,12}(?:中|里|当中)[,，]?$")
_SHARE_DONE = re.compile(r"已(?:经)?(?:全部|顺利|如期)?(?:实现)?(?:" + FINISH_ACT.pattern + "|" + START_ACT.pattern + ")"
                         r"|(?:正在|在)(?:攻坚|建设|施工|推进|加快)|在建")  # (or under way: "三条路在攻坚")
_SUPERSEDED = re.compile(r"原定|原计划|原本计划|原本|本应|本来|原规划|按合同应|依合同应|依契约|按约定应")
#: the plan's new date after its old one: "由原计划的明年6月提前至今年10月"
_REVISED = re.compile(r"(?:提前|提早|推迟|延迟|延后|顺延|延长|调整|改)(?:至|到|为)\s*$")
#: a guess, not a commitment: "或许要拖到2015年底", "可能要到明年"
_GUESS = re.compile(r"(?:或许|也许|恐怕|可能)(?:要|会|得)?(?:拖|等|推)?到?$")
#: "交通建设投资将保持高位运行": money's course, not a deliverable
_MONEY_TREND = re.compile(r"投资[^,，。]{0,6}(?:保持|达到|超过|突破|增长|高位)")
#: money planned, not a deliverable: "8—12月计划投资2.15亿元"
_MONEY = re.compile(r"^\s*(?:全年|年内|全市|全县|全区)?(?:计划|预计|将|力争)?(?:(?:完成)?(?:投资|投入|融资|拨付资金)[\d一二三四五六七八九十百千万亿.]"
                    r"|完成\s*[\d.]+\s*(?:亿|万|千万)?元)")  # (or the money alone: "今年完成11.94亿元")
#: a target set in money: "今年…的目标任务是要力争完成投资230亿元"
_MONEY_TARGET = re.compile(r"(?:目标|任务)[^,，。;；]{0,10}?(?:完成|实现)?(?:投资|投入)[\d一二三四五六七八九十百千万亿.]")
_NEGATED = re.compile(r"(?:无法|不能|不会|暂不|暂时不|难以|未能|不再|不可能)")
_VAGUE = re.compile(r"加快|推进|推动|加强|加大|继续|积极|着力|大力|进一步|持续|全力")
#: a thing put into use, the end an effort may be said to reach
_OPENED_AFTER = re.compile(r"正式(?:运营|开通|通车|投用|投入使用|开放|启用)|建成(?:通车|投用|投产)|竣工投用")
#: a year's programme told by its size, not a deliverable: "今年实施改造项目130个", "今年计划实施
#: 建设项目42个,总投资约30亿元" (but "今年完成改造项目130个" is one)
_PROGRAMME_SIZE = re.compile(
    r"^[^,，。;；]{0,12}?(?:实施|安排)[^,，。;；]{0,24}?项目\s*[\d一二三四五六七八九十百千]+\s*[个项]"
    # "今年拟办的25件实事": the year's list of tasks, counted
    r"|^\s*(?:拟办|要办|将办|计划办|办好)的?[\d一二三四五六七八九十百千]+\s*[件项个](?:民生)?实事")
#: an act with a count: a deliverable one can check ("启动20项", "新增500台")
_COUNTED = re.compile(r"(?:启动|新增|建成|完成|开工|新建|改造|开通)\s*[\d一二三四五六七八九十百千万]+\s*(?:项|个|条|台|所|座|处|公里|万)")
_PLAN_SHAPE = re.compile(
    # (the part of a building that reaches the step may come first: "月底主体结构完工", "月底二层封顶")
    # (and a modal before it: "年底也能够全面完成", "年内必须建成")
    # (and the part left out: "明年底除隧道外全部完工")
    r"^(?:前|之前|以前|底前)?(?:在[^,，。]{0,16}?)?(?:也|还|就)?(?:要|必须|能够|可以|能|可)?(?:除[^,，。]{1,12}?外)?" + BUILDING_PART + "?"
    r"(?:全部|全面|基本|如期|正式|顺利|全线|陆续|逐步|分批|完成)?(?:"
    + "|".join(sorted(ACTION_VERBS, key=len, reverse=True))
    + ")"
)
_DONE_LE = re.compile(r"了|过")
#: a year that names a programme: "纳入2010年建设计划", "列入2011年城建申报计划"
_PROGRAMME_BEFORE = re.compile(r"(?:纳入|列入|列为|编入|申报)(?:了|到)?\s*$")
_PROGRAMME_AFTER = re.compile(r"(?:度)?[\u4e00-\u9fff、]{0,16}?(?:计划|项目|规划|工程|清单|盘子|预算)")
#: the date's act taken up again as the condition of the next clause ("…离校,离校后,…")
_TAKEN_UP_AFTER = re.compile(r"([\u4e00-\u9fff]{2,6})\s*[,，]\s*\1(?:之|以)?后")
#: a date later in the sentence ("…移交完成后,于5月底开放")
_LATER_DATE = re.compile(r"[\d一二三四五六七八九十]\s*[月日号]|年底|年内|月底|年末|上半年|下半年|季度")
_ALL_FINISHED = re.compile(r"(?:全部|全面|基本|全线|如期)(?:" + FINISH_ACT.pattern + ")")
_CONDITION_AFTER = re.compile(r"^[^,，。;；!！?？()（）]{0,14}?(?<![最然此])后")  # (not 最后: "发起最后冲刺")
#: the date's own act is a finish (the works named first: "10月份建设完成后投入使用")
_FINISHED_FIRST = re.compile(r"(?:(?:建设|施工|工程|项目|改造)(?:全部|全面)?)?(?:" + FINISH_ACT.pattern + ")")
_CONDITION_BEFORE = re.compile(r"(?:^|[,，])\s*(?:待|等到|等|在)[^,，。]{0,30}后")
#: "自3月起", "从去年开始": since, not by (but "11月初开始集中供热" starts an act: a commitment)
_START_AFTER = re.compile(r"^\s*(?:开始(?![\u4e00-\u9fff]{0,3}(?:供热|供暖|供水|供气|施工|运营|试运|通车|开放|招生|实施|发放))|起|以来|以后|之后)")
_SUBTITLE = re.compile(r"(?:——|—|--)")
#: a page's metadata fields: a date among them or before them (a title) is no commitment (a
#: page flattened onto one line runs on from them into the story, whose dates still count)
_META_FIELD = re.compile(r"发布时间|发布日期|发布单位|发布机构|索引号|成文日期")
#: how far before a date a metadata field still holds it
_META_REACH = 30
#: the clauses of a question that ask something ("什么时候开工?"), not its story
#: ("从今年夏天开始,水变得又黑又绿")
_QUESTION_CLAUSE = re.compile(r"[,，。;；!！]")
_ASKING = compile_guarded(r"何时|什么时候|啥时候|几时|哪天|多久|什么时间|能否|能不能|是否|有没有|[?？]")
_MEETING = re.compile(r"召开|举行|举办|开幕|闭幕|会议|座谈|论坛|发布会|仪式")


@dataclass(slots=True)
class Commitment:
    """A dated commitment found in ``text[start:end]`` (the sentence)."""

    deadline: Deadline  # offsets relative to the whole text
    start: int
    end: int
    conditional: bool
    score: float


def _clause_after(text: str, pos: int, hi: int) -> str:
    m = CLAUSE_BREAK.search(text, pos, hi)
    return text[pos : m.start() if m else hi]


#: up to the last clause break (CLAUSE_BREAK's characters): one greedy match that backs up
#: from the end, instead of listing every break of the sentence to keep the last
_TO_LAST_BREAK = re.compile(r"(?s:.*)" + CLAUSE_BREAK.pattern)


def _clause_before(text: str, pos: int, lo: int) -> str:
    lo = max(lo, pos - LONGEST_SENTENCE)
    last = _TO_LAST_BREAK.match(text, lo, pos)
    return text[last.end() if last else lo : pos]


_CONFIRMED = compile_guarded(SPEECH_VERB.alt() + "|证实")


def _hearsay(text: str, s: int, at: int) -> bool:
    """Told as hearsay ("此前有消息称,…") and not confirmed by a speaker before the date."""
    heard = [m.end() for m in HEARSAY.finditer(text, s, at)]
    return bool(heard) and not _CONFIRMED.search(text, heard[-1], at)


def _mandated(text: str, at: int) -> bool:
    """A directive's modal earlier in the full sentence (past its semicolons): "有拆迁的地区,要…,
    8月份交地施工;没有拆迁的地区,本月进场施工"."""
    start = max(text.rfind(c, max(0, at - 200), at) for c in "。!！?？\n") + 1
    return bool(MANDATE.search(text, max(start, at - 200), at))


#: what the asker raised, named in the answer: "您反映的", "居民所反映的", "网友提出的"
_RAISED_BY_ASKER = re.compile(r"(?:您|你|" + ASKER.alt() + r")(?:所)?(?:反映|提出|咨询|关心)的")
#: a period named as a stage of the work: "年底冲刺阶段", "四季度攻坚期"
_STAGE_AFTER = re.compile(r"(?:是[^,，。;；]{0,20}?)?(?:的)?(?:冲刺|攻坚|决战|收官)(?:阶段|期|时期)")
#: a finish told as past by its 了: "10月底完成了…", "年底建成了…"
_DONE_THEN = re.compile(r"(?:全部|全面|基本|顺利)?(?:完成|建成|完工|竣工|通车|开通|投用|交付)了")
#: the dated act is named as the aim ("…建成通车的目标", "…通车目标")
_TARGET_AFTER = re.compile(r"[的之]?目标(?!是)")


#: an act's time set, right before its date (:data:`lexicon.ACT_TIME_SET`)
_ACT_TIME_SET = re.compile("(?:" + ACT_TIME_SET.pattern + ")$")
#: a task's time limit, right before its date ("完成时限为", "办结期限均为"): a time column's
#: name used in a sentence
_TIME_LIMIT = re.compile(rf"(?:{TABLE_TIME.alt()}|(?:办结|整改|建设)期限)(?:均)?为\s*$")
#: a notice's window for cutting a service or closing a road, right before its dates: the
#: service is due back (the road open) at the window's end
_OUTAGE_WINDOW = re.compile("(?:" + "|".join(OUTAGE_TIME) + r")(?:为|是)?\s*[:：]?\s*$")


#: an hour after a day's date ("24时", "晚8时", "上午10点半", "零时")
_CLOCK = re.compile(r"\s*(?:凌晨|早上|上午|中午|下午|傍晚|晚上|晚)?\s*(?:[0-9０-９]{1,2}|[零一二三四五六七八九十]{1,3})\s*(?:时|点)(?:半|[0-9]{1,2}分)?")


def _date_end(text: str, d: Deadline, e: int) -> int:
    """Where the dated phrase ends with the hour it is given with ("10月31日24时,…将开通")."""
    clock = _CLOCK.match(text, d.end, e)
    return clock.end() if clock else d.end
#: a wrong decoding runs on into characters right after its "?!" (a question asks in words:
#: :data:`_ASKING` before its mark)
_GARBLED_ON = re.compile(r"[\u4e00-\u9fff]")


def _score(text: str, d: Deadline, s: int, e: int) -> float | None:
    """How much a dated phrase at ``d`` reads as a commitment in sentence ``[s, e)``;
    None when it clearly is not one."""
    d_end = _date_end(text, d, e)
    after = text[d_end : e]
    if _CONDITION_AFTER.match(after) and not (_FINISHED_FIRST.match(after) and not _LATER_DATE.search(after)):
        # "5月份移交完成后,于5月底开放" — a condition, not the deadline; but "今年底通车后,将串起…"
        # dates the finish itself when no later date follows
        return None
    if _TAKEN_UP_AFTER.match(after):
        return None  # "将于本周五离校,离校后,学校将…": the date sets up the step after it
    before_clause = _clause_before(text, d.start, s)  # (read once: three rules look at it)
    if _START_AFTER.match(after) and not COMMIT_RE.search(before_clause):
        return None  # "自3月起" — since, not by (but "计划3月开始进行…" starts an act)
    after_clause = _clause_after(text, d_end, e)
    fronted = False
    if not after_clause.strip() and d_end < e and text[d_end] in ",，":
        # a time put first ("本月下旬,公交集团将开通…"): the next clause says what happens then
        after_clause = _clause_after(text, d_end + 1, e)
        fronted = not before_clause.strip()
    # "5月15日前,网友可以拍摄…" — an invitation; look at the next clause too when the
    # deadline's own clause has no act of its own.
    context = before_clause + text[d.start : d_end] + after_clause
    if not ACTION_RE.search(after_clause):
        nxt = d_end + len(after_clause) + 1
        context += _clause_after(text, nxt, e) if nxt < e else ""
    if NON_PROMISE.search(context) or _hearsay(text, s, d.start):
        return None
    sent = text[s:e].strip()
    # a run of ASCII question marks is a copy's garbling (so is "?!" run into the next words: a
    # full stop and a quote mark lost to a wrong decoding); so is one closing a quotation that
    # opened and never closed ("“我们要在10月份完成…投入使用?": the ” lost)
    mojibake = "??" in text[max(s, e - 2) : e + 1] or (
        "?!" in text[max(s, e - 1) : e + 1] and _GARBLED_ON.match(text, e + 1) is not None
        and not _ASKING.search(text, s, e - 1)) or (
        text[e - 1 : e] == "?" and sent.lstrip().startswith("“") and "”" not in sent)
    if (sent.endswith(("?", "？")) and not mojibake) or _SUBTITLE.match(sent) or _META_FIELD.search(
            text, max(s, d.start - _META_REACH), e):
        return None  # a question ("…的目标能否实现?"), a subtitle ("——…见闻"), page metadata
    if _STAGE_AFTER.match(after_clause):
        return None  # "进入年底冲刺阶段", "四季度是…的冲刺阶段": a stage of the year, not a date anything is due
    if PAST_DONE.search(after_clause[:6]) or _ALREADY_END.search(before_clause) or _DONE_THEN.match(after_clause):
        return None  # (…"赶在10月底完成了东侧道路": done by then, told as past)
    superseded = _SUPERSEDED.search(before_clause)
    if superseded and not _REVISED.search(before_clause, superseded.end()):
        return None  # "原定于今年7月份开工": a plan the text says was replaced (but "由原计划的…提前至X": X is the plan)
    if _GUESS.search(before_clause) or _MONEY.match(after_clause.lstrip("前底内左右")) or _MONEY_TARGET.search(after_clause) or (
            _MONEY_TREND.search(after_clause) and not FINISH_ACT.search(after_clause)):
        return None  # a guess ("或许要拖到…"), or money planned ("8—12月计划投资2亿元")
    if (programme := _PROGRAMME_BEFORE.search(before_clause)) and _PROGRAMME_AFTER.match(after) and not (
            before_clause[: programme.start()].endswith("已") and d.precision == "year"):
        # "申请纳入2010年建设计划": a programme's year asked for, not a date the work is due (but
        # "已纳入明年计划": the work is in that year's plan, due by its end)
        return None
    if _NEGATED.match(after_clause.lstrip(" ,，")):
        return None  # "9月份无法开园": a date that will not be met is no commitment
    if ((vague := _VAGUE.search(after_clause[:12])) and not _COUNTED.search(text, d_end, e)
            and not _OPENED_AFTER.search(after_clause, vague.end())
            # ("朝着年底建成通车的目标全力推进": the effort is toward a dated finish held up as the aim)
            and not (_TARGET_AFTER.search(after_clause, 0, vague.start()) and FINISH_ACT.search(after_clause, 0, vague.start()))
            and (d.expr in BARE_YEARS or not FINISH_ACT.search(after_clause, vague.end()))):
        # "今年也将加快建设": an effort, not a deliverable (启动20项… would be one, and so would
        # "将推进物流园一期正式运营": the effort's end is an opening)
        return None
    if _SHARE_OF_PLAN.match(after_clause) and _SHARE_DONE.search(text, d_end + len(after_clause), e):
        return None  # "今年计划开工的6个项目中,3个已实现开工": how much of the year's plan is done
    if d.precision == "year" and _PROGRAMME_SIZE.match(after_clause) and not FINISH_ACT.search(after_clause):
        return None  # "今年实施改造项目130个": the year's programme, its size, not a due date
    if d.expr in BARE_YEARS and before_clause.endswith(("于", "在")) and not (
            COMMIT_RE.search(before_clause) or COMMIT_RE.match(after_clause)):
        return None  # "我局于今年启动…": a year told as when something happens, not a deadline
    if before_clause.rstrip().endswith("是") and not COMMIT_RE.search(before_clause) and _PLAN_SHAPE.match(after_clause):
        return None  # "该工程是3月8日正式开工的": when it happened, told as a fact (是…的)
    score = 0.0
    sent = text[s:e]
    if COMMIT_RE.search(before_clause) or COMMIT_RE.match(after_clause.lstrip("前底内左右")):
        score += 2
    elif (COMMIT_RE.search(sent[: d.start - s]) or COMMIT_RE.search(after_clause) or _mandated(text, d.start)
          or MANDATE.search(after_clause[:12])):  # "2018年地铁2号线要实现洞通"
        score += 1  # "明年3月底前项目将完成主体结构施工": the commitment later in the clause
    if not _DONE_LE.search(after_clause) and (
        (_PLAN_SHAPE.match(after_clause)
         and (d.expr.endswith(("前", "内", "底", "旬")) or d.precision in ("half", "quarter", "year", "season")))
        # "10月底前涉及楼体改造的工程全部完工": a by-date with the work finishing later in its clause
        or (d.expr.endswith("前") and _ALL_FINISHED.search(after_clause))
    ):
        # "今年10月底前建成…", "上半年全部完工": a dated finish stated as the plan itself
        score += 1
    if FINISH_ACT.match(after) and _CONDITION_AFTER.match(after):
        score += 1  # "明年10月竣工后,将…": the finish is taken as settled
    if _TIME_LIMIT.search(before_clause):
        score += 1  # "完成时限为今年12月底前": the date is the limit the task is set
    if _ACT_TIME_SET.search(before_clause):
        score += 3  # "全线通车时间为2011年4月底": the act's time set, the act named before it
    if _OUTAGE_WINDOW.search(text, max(s, d.start - 12), d.start):
        score += 2  # "断交时间:…至10月31日": the notice sets the window, the service is due back at its end
    if _TARGET_AFTER.search(after_clause) and FINISH_ACT.search(after_clause):
        score += 1  # "围绕…2019年底同步建成通车的目标": a dated finish held up as the target
    if ACTION_RE.search(after_clause):
        score += 2
        if fronted and FINISH_ACT.search(after_clause):
            score += 1  # "明年6月,3号拦河闸全部完工": a future time heading a finish is the plan
    elif ACTION_RE.search(text[d_end : e]):
        score += 1
    if _MEETING.search(after_clause) and not ACTION_RE.search(after_clause):
        score -= 1
    return score


_PRECISIONS: tuple[Precision, ...] = get_args(Precision)
_BLOCK_STOP = re.compile(r"[。!！?？;；]")


class DatedIndex:
    """Every time phrase of a text, scanned once and looked up by span (bisect), so the
    per-paragraph and per-reply steps never scan again.

    The text is read block by block as far as lookups reach (a block ends at the first line
    end after every :data:`BLOCK` characters), and each phrase is kept as four numbers rather
    than an object: a page dense with dates ("今年明年…" for megabytes) costs a few bytes per
    phrase, not a few hundred."""

    BLOCK = 1 << 13
    KEEP = 4096

    def __init__(self, text: str, published: date | None) -> None:
        self._text = text
        self._published = published
        self._read = 0
        self._starts = array("q")
        self._ends = array("q")
        self._dues = array("q")  # date ordinal, 0 when unresolved
        self._kinds = array("b")  # precision index, plus 64 when approximate
        self._made: dict[int, Deadline] = {}  # phrases made into objects lately (at most KEEP)

    def _read_to(self, pos: int) -> None:
        text = self._text
        while self._read < min(pos, len(text)):
            a = self._read
            mark = a + self.BLOCK
            if mark >= len(text):
                b = len(text)
            else:  # a line end after the mark, else a sentence end, else the next mark (one endless line)
                cut = text.find("\n", mark, mark + self.BLOCK)
                stop = _BLOCK_STOP.search(text, mark, mark + self.BLOCK) if cut < 0 else None
                b = (cut if cut >= 0 else stop.start() if stop else min(len(text), mark + self.BLOCK) - 1) + 1
            for d in find_deadlines(text[a:b], self._published):
                self._starts.append(a + d.start)
                self._ends.append(a + d.end)
                self._dues.append(d.due.toordinal() if d.due else 0)
                self._kinds.append(_PRECISIONS.index(d.precision) + (64 if d.approximate else 0))
            self._read = b

    def any_within(self, start: int, end: int) -> bool:
        self._read_to(end)
        return bisect_left(self._starts, start) < bisect_left(self._starts, end)

    def within(self, start: int, end: int) -> list[Deadline]:
        self._read_to(end)
        i, j = bisect_left(self._starts, start), bisect_left(self._starts, end)
        made = self._made
        out = []
        for k in range(i, j):
            d = made.get(k)
            if d is None:
                if len(made) >= self.KEEP:
                    made.clear()  # (the steps look near where they last looked: start afresh)
                d = made[k] = self._make(k)
            out.append(d)
        return out

    def _make(self, k: int) -> Deadline:
        due, kind = self._dues[k], self._kinds[k]
        return Deadline(self._text[self._starts[k] : self._ends[k]], date.fromordinal(due) if due else None,
                        kind >= 64, self._starts[k], self._ends[k], _PRECISIONS[kind & 63])


#: "5月份移交完成后,于5月底开放": the date waits on another step finishing first
_DONE_AFTER = re.compile(r"(?:完成|结束|到位|通过|批准|批复|落实|移交|验收|竣工)(?:之)?后\s*[,，]")


def _after_condition(text: str, s: int, at: int) -> bool:
    """A clause before the date in its sentence makes it wait: "…移交完成后,于5月底开放"."""
    return bool(_DONE_AFTER.search(text, s, at))


_YEAR_NAMED = re.compile(r"((?:19|20)\d\d)\s*年")


def _in_a_past_year(text: str, s: int, e: int, d: Deadline, published: date) -> bool:
    """A date with no year of its own told in the story of a past year named earlier in its
    sentence, no plan's word between or right after it ("2017年开工,预计9月通车" and "2022年
    启动建设,10月31日将开通" are this year's)."""
    if "年" in d.expr:
        return False
    years = list(_YEAR_NAMED.finditer(text, s, d.start))
    return (bool(years) and int(years[-1].group(1)) < published.year
            and not COMMIT_RE.search(text, years[-1].end(), d.start) and not _binds_after(text, d, e))


def _candidates(
    text: str, start: int, end: int, published: date | None, min_score: float,
    index: DatedIndex | None = None,
) -> list[list[Commitment]]:
    """Scored dated commitments in ``text[start:end]``, grouped by sentence."""
    # One scan of the whole span (or the index's); most sentences hold no time phrase at all.
    if index is not None:
        if not index.any_within(start, end):
            return []
        dated: list[Deadline] = []
    else:
        dated = [d.shifted(start) for d in find_deadlines(text[start:end], published)]
        if not dated:
            return []
    groups: list[list[Commitment]] = []
    i = 0
    for s, e in sentences(text, start, end):
        if index is not None:
            in_sentence = index.within(s, e)  # (sentence by sentence: a huge span never holds them all)
        else:
            in_sentence = []
            while i < len(dated) and dated[i].start < e:
                if dated[i].start >= s:
                    in_sentence.append(dated[i])
                i += 1
        if not in_sentence:
            continue
        sent = text[s:e]
        group = []
        for dd in in_sentence:
            if dd.due is not None and published is not None and (
                    dd.due < published or (dd.due == published and dd.precision == "day"
                                           and not COMMIT_RE.search(_clause_before(text, dd.start, s))
                                           and not _binds_after(text, dd, e))):
                continue  # past, or the very day the page was printed told as an event ("将于22日晚通车",
                # "25日22时将正式开放" bind)
            if published is not None and _in_a_past_year(text, s, e, dd, published):
                continue  # "2020年由于疫情,…于5月25日复学,7月20日中考": that year's July, past
            sc = _score(text, dd, s, e)
            if sc is None or sc < min_score:
                continue
            conditional = (bool(_CONDITION_BEFORE.search(sent)) or "后(" in sent or "后（" in sent
                           or _after_condition(text, s, dd.start))
            group.append(Commitment(dd, s, e, conditional, sc))
        if group:
            groups.append(group)
    return groups


def _binds_after(text: str, d: Deadline, e: int) -> bool:
    """A commitment word right after the date, past its hour ("25日22时将正式开放交通"), or in
    the clause a fronted date heads ("10月31日24时,主线桥梁将如期开通")."""
    at = _date_end(text, d, e)
    if COMMIT_RE.match(text, at, e):
        return True
    return at < e and text[at] in ",，" and COMMIT_RE.search(_clause_after(text, at + 1, e)) is not None


def commitments_in(
    text: str, start: int, end: int, published: date | None, *, min_score: float = 3,
    index: DatedIndex | None = None,
) -> list[Commitment]:
    """Dated commitments in ``text[start:end]``: the best one of each sentence, plus any
    other clause of it that commits to an act of its own ("一期年底前完工,二期明年6月底前建成")."""
    out: list[Commitment] = []
    for group in _candidates(text, start, end, published, min_score, index):
        best = max(group, key=lambda c: c.score)
        last = _last_step(text, group, best, min_score)
        keep = [c for c in group if c is best or c is last
                or (c.score >= best.score and ACTION_RE.search(_act_after(text, c)))
                or _names_its_own_thing(text, c, best) or _a_step_of_its_own(text, c, min_score)
                # (each task's time limit in a notice's list: "第51件…完成时限为9月底前,其它…均为11月底前")
                or _TIME_LIMIT.search(_clause_before(text, c.deadline.start, c.start)) is not None]
        clauses: set[int] = set()
        chosen: list[tuple[Commitment, int]] = []  # (commitment, where its own clause or list item starts)
        for c in keep:
            a, _ = clause_span(text, c)
            if a in clauses and chosen:
                # "A 4月份开工、B 5月份建成、C 11月份建成": list items of one clause, each its own step
                item = text.rfind("、", chosen[-1][0].deadline.end, c.deadline.start)
                if item < 0 or not _a_step_of_its_own(text, c, min_score):
                    continue
                a = item + 1
            clauses.add(a)
            chosen.append((c, a))
        for (c, _), nxt in zip(chosen, [*chosen[1:], None], strict=True):
            if nxt is not None:
                cut = nxt[1] - 1
                c = Commitment(c.deadline, c.start, max(cut, c.deadline.end), c.conditional, c.score)
            out.append(c)
    return out


def _object_of(text: str, c: Commitment) -> str:
    """What the clause's act is done to: "开建南三环东段新建工程" → 南三环东段新建工程."""
    after = _act_after(text, c)
    m = ACTION_RE.search(after)
    return after[m.end() :].strip() if m else ""


def _last_step(text: str, group: list[Commitment], best: Commitment, min_score: float) -> Commitment:
    """The step that finishes the job: "计划7月份开工,2025年9月份完工" and "预计年底建成,
    明年年中投入使用" are due at their last finishing step, even when an earlier step scores
    higher; a later clause acting on a thing of its own is another promise, not a step."""
    for c in group:
        if (c.deadline.start > best.deadline.start and c.score >= min_score
                and (c.deadline.due or date.min) >= (best.deadline.due or date.max)
                and FINISH_ACT.match(_LEAD_IN.sub("", _act_after(text, c)))
                and len(_object_of(text, c)) < 4 and len(_subject_of(text, c)) < 4):
            best = c
    return best


def _a_step_of_its_own(text: str, c: Commitment, min_score: float) -> bool:
    """A dated step acting right after its date ("力争年内批复可研,明年上半年开工建设",
    "2016年开工、2020年底一台机组试运行"): each step is a promise to check."""
    return c.score >= min_score and bool(ACTION_RE.search(_LEAD_IN.sub("", _act_after(text, c))[:10]))


def _subject_of(text: str, c: Commitment) -> str:
    """What the clause names before its date: "…,1号线二期年底前试运行" → 1号线二期."""
    return _LEAD_SUBJECT.sub("", _clause_before(text, c.deadline.start, c.start)).strip()


def _names_its_own_thing(text: str, c: Commitment, best: Commitment) -> bool:
    """A plan list ("8月份将开建A工程,9月份开建B工程,…", "A将于十一前试运营,B年底前试运行"):
    each dated clause acts on a thing of its own, so each is a promise — unlike the steps of
    one job ("9月底前开工,年底前完工")."""
    if not ACTION_RE.match(_LEAD_IN.sub("", _act_after(text, c))):
        return _own_subject_after(text, c, best)
    obj = _object_of(text, c)
    if len(obj) >= 4 and obj != _object_of(text, best):
        return True
    subject = _subject_of(text, c)
    return len(subject) >= 4 and subject != _subject_of(text, best) and not _VAGUE.search(subject)


def _own_subject_after(text: str, c: Commitment, best: Commitment) -> bool:
    """A date heading a clause of its own, with the thing that acts written after it ("年内
    某工程主体将全部完工,2013年上半年实现通水", "6月下旬试运行,今年内门诊部、住院部也将开诊")."""
    after = _act_after(text, c)
    act = ACTION_RE.search(after)
    if act is None or best.deadline.start == c.deadline.start or after.startswith("是"):
        return False  # ("四季度是全年建设的冲刺阶段": what the period is, not a plan)
    subject = _LEAD_SUBJECT.sub("", after[: act.start()].strip(" ,，"))
    return len(subject) >= 4 and not _VAGUE.search(subject) and subject not in _act_after(text, best)


#: words heading a clause before its own subject: "其中", "同时", "预计"…
_LEAD_SUBJECT = re.compile(r"^(?:其中|同时|此外|另外|而|并|还|也|预计|计划|力争|争取|确保|将|要|于|在|是)+|(?:将|要|计划|预计|力争|争取|确保|于|在|也|还)+$")
#: what may stand between a date and its act: "将", "份", "前", "正式", "开始"…
_LEAD_IN = re.compile(r"^(?:[将要于在份前底内左右]|正式|全面|开始|启动(?=[\u4e00-\u9fff]{2}))*")


def clause_span(text: str, c: Commitment) -> tuple[int, int]:
    a = c.deadline.start - len(_clause_before(text, c.deadline.start, c.start))
    m = CLAUSE_BREAK.search(text, c.deadline.end, c.end)
    return a, m.start() if m else c.end


def _act_after(text: str, c: Commitment) -> str:
    m = CLAUSE_BREAK.search(text, c.deadline.end, c.end)
    return text[c.deadline.end : m.start() if m else c.end]


#: acts a citizen asks about and a reply answers, and the words that are one act
_ASKED_ACT = re.compile(r"完工|竣工|建成|建好|修好|通车|开通|投用|投入使用|投入运行|运行|启用|交付使用|交付|交房|开学|招生|开园|开工|动工|开建")


def reply_commitment(
    text: str, parts: list[tuple[int, int]], published: date | None, question: str = "",
    index: DatedIndex | None = None,
) -> Commitment | None:
    """The commitment a reply makes about what was asked.

    A reply often lists steps ("明年春季开工建设,2022年秋季开园招生"); unless the question
    asks when work *starts*, the answer is the step that finishes the job — the latest
    finishing act among the firm candidates.
    """
    cands = [c for a, b in parts for g in _candidates(text, a, b, published, 1, index) for c in g]
    if not cands:
        return None
    refused = max((m.end() for a, b in parts for m in REFUSAL.pattern.finditer(text, a, b)), default=-1)
    if refused >= 0:  # "…,暂时不能解决": only a date told after the refusal answers
        cands = [c for c in cands if c.deadline.start > refused]
        if not cands:
            return None
    firm = [c for c in cands if c.score >= 2] or cands
    asking = " ".join(c for c in _QUESTION_CLAUSE.split(question) if _ASKING.search(c))
    asks_start = bool(START_ACT.search(asking)) and not FINISH_ACT.search(asking)

    asked = _ASKED_ACT.search(asking)
    while asked is not None and (joined := _ASKED_ACT.match(asking, asked.end() + int(asking[asked.end():asked.end() + 1] in "并和及、"))):
        asked = joined  # "何时能建成投入使用": the joined acts ask for the last (in use)
    first_asked = asked.group() if asked else None

    def rank(c: Commitment) -> tuple[int, int, int, date, float]:
        # a date said of what the asker raised ("居民反映的西侧道路预计5月底完工") answers first
        pointed = int(_RAISED_BY_ASKER.search(text, c.start, c.deadline.start) is not None)
        act = _act_after(text, c)
        said = _ASKED_ACT.search(act)
        # "何时完工,何时开始招生": the answer to the act asked first (完工), not a later step
        same = int(said is not None and same_act(said.group(), first_asked))
        if asks_start:
            pref = 1 if START_ACT.search(act) else 0
        else:
            pref = 1 if FINISH_ACT.search(act) and not START_ACT.match(act.lstrip("前底内左右")) else 0
        if GROUNDWORK.pattern.search(act):
            pref = -1  # "2018年完成规划设计,2019年启动建设": the groundwork is a step before the works
        return pointed, same, pref, c.deadline.due or date.min, c.score

    best = max(firm, key=rank)
    if rank(best)[2] == 0 and (frame := _frame(best.deadline)) is not None:
        # with no step finishing anything, a dated step inside the period that frames the
        # schedule answers ("今年下半年将组织实施…,预计本月中旬进场施工" → 本月中旬)
        inside = [c for c in firm if c.deadline.precision not in _FRAMES and c.deadline.due
                  and frame[0] <= c.deadline.due <= frame[1] and rank(c)[:3] == rank(best)[:3]]
        if inside:
            return max(inside, key=rank)
    return best


#: periods that frame a schedule rather than date one step of it, and their length in months
_FRAMES = {"half": 6, "year": 12, "season": 3, "quarter": 3}


def _frame(d: Deadline) -> tuple[date, date] | None:
    """The first and last day of the period a framing deadline names (下半年 → Jul 1–Dec 31)."""
    months = _FRAMES.get(d.precision)
    if months is None or d.due is None:
        return None
    first = d.due.year * 12 + d.due.month - months  # (months counted from year 0)
    return date(first // 12, first % 12 + 1, 1), d.due


def item_start(text: str, c: Commitment, index: DatedIndex | None = None) -> int | None:
    """Where a list item of dated steps begins ("A 4月份开工、B 5月份建成": B's item starts after
    the 、), or None when the deadline's clause holds no earlier dated item."""
    a = clause_span(text, c)[0]
    cut = text.rfind("、", a, c.deadline.start)
    if cut < 0:
        return None
    earlier = index.within(a, cut) if index is not None else find_deadlines(text[a:cut])
    return cut + 1 if earlier else None


def statement_start(text: str, c: Commitment, index: DatedIndex | None = None) -> int:
    """Where the promise clause begins: the deadline's clause (or its own item of a list of
    dated steps), extended back over lead-in clauses that are not themselves about the past or
    the present state."""
    item = item_start(text, c, index)
    if item is not None:
        return item
    clause_start = _after_last_break(text, c.start, c.deadline.start)
    for _ in range(2):
        if clause_start <= c.start:
            break
        prev_end = clause_start - 1
        prev_start = _after_last_break(text, c.start, prev_end)
        prev = text[prev_start:prev_end]
        if _PRESENT_OR_PAST.search(prev):
            break
        dated = index.within(prev_start, prev_end) if index is not None else find_deadlines(prev)
        if dated and not prev.rstrip().endswith("后"):
            break  # another dated step; a "…后" clause is this one's condition and stays
        clause_start = prev_start
    return clause_start


def _after_last_break(text: str, lo: int, pos: int) -> int:
    """Where the clause ending at ``pos`` starts: right after the last clause break in
    ``[lo, pos)``, else ``lo`` (``pos`` itself when it is not after ``lo``). One match that backs
    up from ``pos``, instead of a test per character."""
    if pos <= lo:
        return pos
    last = _TO_LAST_BREAK.match(text, lo, pos)
    return last.end() if last else lo


_PRESENT_OR_PAST = re.compile(r"已|截至|截止|曾|目前|正在|现在|此前|去年|日前|近日|以来")
