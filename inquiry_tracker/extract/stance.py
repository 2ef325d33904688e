"""What a sentence says about the state of a project, clause by clause: it is **done**
(opened, in use, delivered, a ceremony held, an opening set for the next day or two), it is
**planned** for a date (推迟/延至/预计/初定…: a new or restated date), or it passed a
**milestone** (贯通, 合龙, 开工, 封顶…, or only part of it opened). The services turn a claim
into a stance against one item: a plan dated after the item's due date is a delay, one on or
before it a restated date (progress); a done claim about only part of the thing is progress.

Dates of events are read here (a day in the past, 今天/昨天, 去年9月9日); dates of plans by
the reader's deadline grammar. Pure Python, one pass over the sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from inquiry_tracker.extract.deadline import find_deadlines
from inquiry_tracker.extract.holidays import month_end
from inquiry_tracker.extract.lexicon import ASKING, WORK_PART
from inquiry_tracker.extract.model import Deadline

#: acts that put a thing into use, and acts that only finish building it
OPENING_ACT = re.compile(r"试运营|试运行|通车|开通|通航|通水|投产|通行|放行|开放|投用|投入使用|投入运营|投运|交付|启用|开馆|开园|开学|运营|开业|开诊"
                         r"|交(?:给|予|由)(?:市民|群众|居民|公众|社会|师生|学生)使用")
BUILT_ACT = re.compile(r"竣工|完工|建成|落成")
#: the works finished, which does not yet put the thing into use ("已完成施工", "顺利完工")
BUILT_ONLY = re.compile(r"竣工|完工|完成(?:了)?(?:全部|全线|主体)?施工|施工(?:已经?|均已)?(?:全部)?完成")
#: acts that mean the thing is there: those two, and the other things done (the longer words
#: sharing a first character with one of them come first: 建成通车, 通车运营)
DONE_ACT = re.compile(
    rf"建成通车|通车运营|正式运营|{OPENING_ACT.pattern}|{BUILT_ACT.pattern}|"
    r"揭牌|具备通车条件|营运|开办|交房|亮灯|通电|通气|迁入|搬迁|到账|到位|"
    r"发放|兑付|拨付|整改|修复|办结|上线|完成|解决|恢复"
)
#: acts that mark a step on the way
MILESTONE_ACT = re.compile(
    # (a line's or a plant's tests before it opens: 综合联调, 空载试运行, 热滑, 试运转)
    r"联调|调试|空载试运行|试运转|动调|热滑|冷滑|跑图|倒计时|交工验收|交工|贯通|合龙|合拢|开工|动工|破土|奠基|封顶|架设|吊装|浇筑|顶推|架通|洞通|轨通|铺轨|主体完工|基本完工|完成[^,，。]{0,8}%|进入倒计时"
)
#: the act is still to come
#: (要 and 待 inside a word — 重要, 主要, 需要, 期待, 接待 — plan nothing)
PLAN_WORD = re.compile(
    r"将|预计|计划|拟|力争|争取|有望|初定|推迟|延至|延期|顺延|延后|推后|才能|可能|即将|确保|目标"
    r"|(?<![对接期招款优虐看等])待(?!遇)|(?<![重主需只紧摘纲简首显提必])要(?![素点闻道害领])"
)
#: the date moved
SLIP_WORD = re.compile(r"推迟|延至|延期|顺延|延后|推后|未能如期|未如期|不能如期|无法如期|才能")
#: firm enough for an opening announced a day or two ahead ("将于9月29日0点开放")
HEDGE_WORD = re.compile(r"预计|初定|可能|力争|争取|有望|左右|计划|拟|推迟|延")
#: the act happened
DONE_CUE = re.compile(
    r"已经|已于|已在|已|业已|正式|顺利|如期|提前|举行|迎来|仪式|今日|今天|昨日|昨天|当天|日前|近日|了(?!解)|开始|起|刚刚|刚(?![性需])|同步"
)
#: an act naming the place of a work in a count of such works ("…通车的第三座大桥")
_NTH_OF = re.compile(r"的第[一二三四五六七八九十百\d]+[座个条所家处项]")
#: a question, however it is asked (the lexicon's asking words, and 吗)
_ASKED = re.compile(ASKING.alt() + r"|吗")
#: not about this act happening: questions, negations, conditions, work still going on
NOT_CLAIM = re.compile(
    _ASKED.pattern + r"|尚未|还未|还没|仍未|并未|迟迟未|没有|未通车|未开通|未贯通|不能|无法|如果|一旦|之后将|"
    r"仍在|正在|推进中|进行中|建设中|施工中|加快|加紧|收尾|奠定|打下|创造条件"
    # a meeting to discuss the act ("召开…移交研讨专题联席会议") does not do it
    r"|研讨|座谈|联席会|推进会|协调会|调度会|专题会"
)
#: only part of it: a section, a phase, everything but one piece (a hospital's 门诊 alone)
PARTIAL = re.compile(WORK_PART.alt() + r"|(?<!大学)(?<!学院)附属(?!医院|中学|小学|学校|幼儿园)|配套|门诊|不含|除了|除[^,，。]{1,12}外|部分|首段|首开段|[一二三四五六七八九十\d]期|[东西南北]段|[^全]段(?!时间)|分段|半幅|单幅")
#: "完成了桥面的铺装": what is completed is a task of the work, not the work (全部/全线… is the whole)
_SUB_TASK = re.compile(r"了?(?!全部|全线|全面|所有|整体|建设|施工|工程|任务|项目)[\u4e00-\u9fff]{2,}")
#: "关键工序已经完成": a task of the work is what is completed, not the work
_TASK_DONE = re.compile(r"(?:工序|工作|任务|作业|施工|节点|环节|手续)(?:已经|已|均已|全部|基本|顺利)*$")
#: a date that was the plan before ("原定于今日开通", "原计划7月28日通车")
_OLD_DATE = re.compile(r"原定|原计划|原本|原先|本应")
#: an act written before the thing it describes ("年底开通的某铁路"), not a plan or its date
#: (the thing may be this one: "原定于今日开通的地铁5号线未能如期开通")
_NAMES_ANOTHER = re.compile(r"的(?!计划|目标|日期|时间|时刻|[,，。])[\u4e00-\u9fff]")
#: the other thing comes with this one ("与…", "和…"): "将与年底开通的某铁路对接"
_WITH = re.compile(r"[与和同跟]")
#: a news dateline after a date: 12月28日讯, 5月8日电
_DATELINE = re.compile(r"\s*(?:讯|电)")
_SENTENCE = re.compile(r"[^。!！?？;；\n]+[。!！?？;；]?")
_CLAUSE = re.compile(r"[^,，:：]+[,，:：]?")
_SENTENCE_END = re.compile(r"[。!！?？;；\n]")
#: the act is named as what a plan is for ("通车的计划", "开通目标")
_ABOUT_PLAN = re.compile(r"(?:的)?(?:计划|目标)")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)年")
_DAY = re.compile(
    r"(?:(?P<y>\d{4})年|(?P<rel>去年|今年|明年))?(?:(?P<m>\d{1,2})月)?(?P<d>\d{1,2})[日号](?![前内线楼院])"
    r"|(?P<word>今天|今日|昨天|昨日|明天|明日|当天|前天)"
)


@dataclass(frozen=True, slots=True)
class Claim:
    """A clause about a project's state: ``text[start:end]`` is its sentence."""

    start: int
    end: int
    sentence: str
    #: "done", "plan" or "milestone"
    kind: str
    #: the day it happened (done, milestone) or the date planned (plan); None when unsaid
    #: (a report's day is then its publication date, not told here)
    when: date | None
    #: only a part of the thing (a section, everything but one piece)
    partial: bool = False
    #: the plan moves a date (推迟, 延至, 未能如期…)
    slip: bool = False
    #: where the clause itself sits in the text (the name it speaks of is usually inside)
    clause_start: int = 0
    clause_end: int = 0
    #: a milestone still to come ("预计6月底主桥合龙"): ``when`` is its planned day
    planned: bool = False
    #: the year the clause names for a past act without its day ("已于2010年底开通"), if any
    year: int | None = None
    #: the milestone's word (开工, 合龙…) for a milestone
    step: str | None = None


def _day(m: re.Match[str], published: date) -> date | None:
    word = m.group("word")
    if word:
        shift = {"今天": 0, "今日": 0, "当天": 0, "昨天": -1, "昨日": -1, "前天": -2, "明天": 1, "明日": 1}[word]
        return published + timedelta(days=shift)
    year = int(m.group("y")) if m.group("y") else published.year
    rel = m.group("rel")
    if rel:
        year = published.year + {"去年": -1, "今年": 0, "明年": 1}[rel]
    month = int(m.group("m")) if m.group("m") else published.month
    try:
        found = date(year, month, int(m.group("d")))
    except ValueError:
        return None
    if not m.group("y") and not rel and found > published + timedelta(days=3):
        if not m.group("m"):
            return None  # "28日" ahead in this month: not an event
        try:  # "12月25日" printed in January: last year's
            return found.replace(year=year - 1)
        except ValueError:
            return None
    return found


def event_day(text: str, published: date | None) -> date | None:
    """The last day named in ``text`` (an event's day), read against ``published``."""
    if published is None:
        return None
    found = None
    for m in _DAY.finditer(text):
        day = _day(m, published)
        if day is not None:
            found = day
    return found


def _ahead(clause: str, published: date | None) -> date | None:
    """A day of this year named without a year, more than three days after ``published``."""
    if published is None:
        return None
    for m in _DAY.finditer(clause):
        if m.group("m") and not m.group("y") and not m.group("rel"):
            try:
                day = date(published.year, int(m.group("m")), int(m.group("d")))
            except ValueError:
                continue
            if published + timedelta(days=3) < day <= published + timedelta(days=200):
                return day
    return None


#: a character every time phrase of a period holds (年底, 下月, 三季度, 春节前, 国庆, 元旦, 下周, 中旬):
#: a clause without one is not read for dates
_PERIOD_CHAR = re.compile(r"[年月季节庆旦周旬]")
#: a word that says the act is done, whatever date comes before it
_DONE_NOW = re.compile(r"已|了(?!解)|迎来|仪式")


def _period_ahead(before_act: str, published: date | None) -> date | None:
    """The end of a period still to come that the clause names before its act ("年底正式通车")."""
    if published is None or not _PERIOD_CHAR.search(before_act):
        return None
    for d in find_deadlines(before_act, published):
        if d.due is not None and d.due > published + timedelta(days=3) and d.precision != "day":
            return d.due
    return None


def _lead_day(before: str, published: date | None) -> date | None:
    """The day set by the clauses before this one ("8月28日上午,…仪式举行"), unless a clause
    between has an act of its own (then its day is that act's)."""
    for clause in reversed([c.group() for c in _CLAUSE.finditer(before)]):
        if DONE_ACT.search(clause) or MILESTONE_ACT.search(clause):
            return None
        day = event_day(clause, published)
        if day is not None:
            return day
    return None


def _future_day(text: str, published: date | None) -> date | None:
    """The last day of this year after ``published`` named in ``text`` ("延至30日" → this
    month's 30th), not one after 原定/原计划 nor a dateline's (12月28日讯)."""
    if published is None:
        return None
    found = None
    for m in _DAY.finditer(text):
        if (m.group("word") or m.group("y") or m.group("rel") or _DATELINE.match(text, m.end())
                or _OLD_DATE.search(text, max(0, m.start() - 4), m.start())):
            continue
        month = int(m.group("m")) if m.group("m") else published.month
        try:
            day = date(published.year, month, int(m.group("d")))
        except ValueError:
            continue
        if published < day <= published + timedelta(days=200):
            found = day
    return found


@lru_cache(maxsize=256)
def _deadlines(sentence: str, published: date | None) -> list[Deadline]:
    """The reader's deadlines of a sentence, read once for all its clauses."""
    return find_deadlines(sentence, published)


def _planned(sentence: str, clause_end: int, published: date | None) -> tuple[date | None, bool]:
    """The date a plan names — the last deadline up to the clause's end (a later period
    resolved by the reader's grammar) — and whether it is a day written in words (9月29日,
    not a page's 2012-12-05 time stamp)."""
    dated = [
        d for d in _deadlines(sentence, published)
        if d.end <= clause_end and d.due is not None and not _OLD_DATE.search(sentence, max(0, d.start - 4), d.start)
        and not _DATELINE.match(sentence, d.end)
    ]
    if not dated:
        day = _future_day(sentence[:clause_end], published)
        return day, day is not None
    last = dated[-1]
    return last.due, last.precision == "day" and bool(re.search(r"[日号]", last.expr))


_MAIN_STRUCTURE = re.compile(r"主体(?:工程|结构|建设)?")
_BUILT_UP = re.compile(r"\s*(?:前|底|内)?\s*(?:全面|全部|基本)?(?:完成|完工|竣工|建成|封顶)")


def promised_step(statement: str, deadline_expr: str | None = None) -> str | None:
    """The promise in ``statement`` is a step on the way (合龙, 洞通, 开工…), not the thing
    done: the first act after its deadline, in that sentence, is a milestone that holds no
    finishing act ("最快明年,大桥将合龙"; not "明年合龙 2021年通车" for 2021年, nor 基本完工, nor
    贯通试运营); the step's word, or None."""
    at = statement.find(deadline_expr) if deadline_expr else -1
    start = at + len(deadline_expr) if at >= 0 and deadline_expr else 0
    end = _SENTENCE_END.search(statement, start)
    after = statement[start : end.start() if end else len(statement)]
    step = MILESTONE_ACT.search(after)
    if step is None:
        # "大桥主体工程将于年底完成": the main structure finished is a step too
        clause = statement[max(0, statement.rfind(",", 0, max(at, 0)) + 1) : max(at, 0)] if at > 0 else ""
        # (or "预计年底完成主体工程": the main structure named after the finishing word)
        finish = _BUILT_UP.match(after)
        main = finish is not None and (_MAIN_STRUCTURE.search(clause) or _MAIN_STRUCTURE.match(after, finish.end()))
        return "主体完工" if main else None
    done = DONE_ACT.search(after)
    if done is not None and step.start() <= done.start() < step.end() and OPENING_ACT.fullmatch(done.group()):
        done = DONE_ACT.search(after, step.end())  # 空载试运行: an opening's word inside a test's own
    if done is not None and done.group() == "完成" and done.end() <= step.start() and "," not in after[done.end():step.start()]:
        done = DONE_ACT.search(after, step.end())  # 完成全部钢桁梁吊装: the step is what is completed
    if done is None or done.start() > step.end() + 1:  # 贯通试运营: the opening joined to it
        return step.group()
    return None


def claims(text: str, published: date | None) -> list[Claim]:
    """The claims of ``text`` (printed on ``published``), in text order (see module docstring)."""
    out: list[Claim] = []
    for sm in _SENTENCE.finditer(text):
        sentence = sm.group()
        if len(sentence.strip()) < 5:
            continue
        for cm in _CLAUSE.finditer(sentence):
            claim = _claim(sentence, cm.start(), cm.end(), published)
            if claim is not None:
                kind, when, partial, slip, planned = claim
                year = None
                if kind != "plan" and when is None and not planned:
                    years = _YEAR.findall(sentence, cm.start(), cm.end()) or _YEAR.findall(_time_clause_before(sentence, cm.start()))
                    year = int(years[-1]) if years else None
                    # "2023年10月…建成通车", told later: it happened that month (its last day)
                    when = _month_told(sentence[cm.start() : cm.end()], published)
                step = None
                if kind == "milestone":
                    found = MILESTONE_ACT.search(sentence, cm.start(), cm.end())
                    step = found.group() if found else None
                out.append(Claim(sm.start(), sm.end(), sentence.strip(), kind, when, partial, slip,
                                 sm.start() + cm.start(), sm.start() + cm.end(), planned, year, step))
    return out


_YEAR_MONTH = re.compile(r"(?<!\d)((?:19|20)\d\d)年(1[0-2]|0?[1-9])月(?![0-9０-９一二三四五六七八九十]{1,3}[日号]|底|末|中|初|上旬|中旬|下旬)")


def _month_told(clause: str, published: date | None) -> date | None:
    """The last day of the year and month a clause of a thing done names ("2023年10月…建成通车"),
    when that month is over by the day the text was printed."""
    m = _YEAR_MONTH.search(clause)
    if m is None or published is None:
        return None
    last = month_end(int(m.group(1)), int(m.group(2)))
    return last if last < published else None


def _past_year(text: str, published: date | None) -> bool:
    """``text`` names a year before the one ``published`` is in."""
    years = _YEAR.findall(text)
    return bool(years) and published is not None and int(years[-1]) < published.year


def _time_clause_before(sentence: str, start: int) -> str:
    """The short clause of time right before ``start`` ("2001年1月,|新馆建成开放"), or ""."""
    lead = sentence[:start].rstrip(",，、 ")
    clause = lead[max(lead.rfind(","), lead.rfind("，")) + 1 :]
    return clause if len(clause) <= 12 else ""


def _claim(sentence: str, start: int, end: int, published: date | None) -> tuple[str, date | None, bool, bool, bool] | None:
    """(kind, when, partial, slip, planned) of the clause ``sentence[start:end]``, or None."""
    clause = sentence[start:end]
    done = DONE_ACT.search(clause)
    step = MILESTONE_ACT.search(clause)
    if not done and not step:
        return None
    if NOT_CLAIM.search(clause) and (not SLIP_WORD.search(clause) or _ASKED.search(clause)):
        return None  # (a slip is told with 才能, which a question uses too: "什么时候才能建成")
    if done and not step and done.group() == "完成" and ("随着" in clause or "随著" in clause):
        return None  # "随着最后一道焊缝施工完成,大桥合龙": the lead-in to the sentence's event
    head = sentence[:end]
    act_at = done.start() if done else step.start() if step else 0
    before_act = sentence[max(0, start - 30) : start + act_at]
    partial = bool(PARTIAL.search(clause)) or bool(done and done.group() == "完成" and (
        _SUB_TASK.match(clause, done.end()) or _TASK_DONE.search(clause, 0, done.start())))
    slip = bool(SLIP_WORD.search(sentence[: end]))
    about_date = bool(done and re.match(r"(?:的)?(?:日期|时间|时刻)", clause[done.end():]))
    if done and _ABOUT_PLAN.match(clause, done.end()) and not NOT_CLAIM.search(sentence):
        # "…全线通车的计划,要推迟到6月底才能实现": the plan, dated where the sentence goes on
        when, _ = _planned(sentence, len(sentence), published)
        return "plan", when, partial, bool(SLIP_WORD.search(sentence)), False
    if about_date and not PLAN_WORD.search(clause) and not slip:
        return None  # "正式通车时间是……": the date of the act spoken of, not the act
    if PLAN_WORD.search(before_act) or slip or (about_date and PLAN_WORD.search(clause)):
        if done and _NAMES_ANOTHER.match(clause, done.end()) and _WITH.search(clause, 0, done.start()):
            return None  # "将与年底开通的某城际铁路对接": the plan of the other thing it names, not this one
        when, in_words = _planned(sentence, end, published)
        day = event_day(clause, published) or _lead_day(sentence[:start], published)
        if (done and when is None and not slip and day is not None and published is not None
                and published <= day <= published + timedelta(days=3) and not HEDGE_WORD.search(before_act)):
            return "done", day, partial, False, False  # "将于明天/9月29日0点正式开放": announced for the next day
        if (done and when is not None and in_words and published is not None
                and when <= published + timedelta(days=3) and not HEDGE_WORD.search(before_act) and "将" in before_act):
            return "done", when, partial, False, False
        if step and not done:
            return "milestone", when, partial, slip, True
        return "plan", when, partial, slip, False
    if done and _NTH_OF.match(clause, done.end()):
        return None  # "今年我省投入使用的第四座黄河大桥": which in a count of works done, no plan
    due = _period_ahead(clause[:act_at], published) if done and not _DONE_NOW.search(clause) else None
    if due is not None:
        return "plan", due, partial, False, False  # "…通过交工验收,年底正式通车": a period still to come
    ahead = _ahead(clause, published)
    if (done and ahead is not None and published is not None and ahead <= published + timedelta(days=7)
            and "正式" in clause and not HEDGE_WORD.search(clause) and not PLAN_WORD.search(clause)):
        return "done", ahead, partial, False, False  # "…举行揭牌仪式,9月2日正式投入使用": the day set, firm
    if done and ahead is not None:
        return "plan", ahead, partial, False, False  # "12月26日新馆开放前…" printed in early December
    day = event_day(clause, published) or _lead_day(sentence[:start], published)
    if done and done.group() == "具备通车条件":
        return "milestone", day, partial, False, False  # ready to open is not open
    if done and not step and (DONE_CUE.search(head) or day is not None or _past_year(clause[:act_at], published)):
        return "done", day, partial, False, False  # (also "2019年某水厂建成投产" told in a later year)
    if step:
        return "milestone", day, partial, False, False
    return None
