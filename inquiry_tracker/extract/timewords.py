"""The vocabulary of Chinese time phrases: numerals, normalization and the grammar.

Used by :mod:`inquiry_tracker.extract.deadline`, which resolves what is matched here:

- :data:`NORMALIZE` maps full-width digits and separators to ASCII one character for one
  character, so offsets in a normalized text are offsets in the original;
- :func:`cn_number` reads ``5``, ``十五``, ``二十一``, ``廿三``, ``二〇二一`` and ``一两``;
- :data:`GRAMMAR` is one precompiled pattern with an alternative per kind of phrase
  (:data:`ALTERNATIVES`: ``iso`` dates, ``ma`` month/day, ``rm``/``rd``/``rq`` ranges,
  ``yp`` year periods, ``hol`` holidays, ``du`` durations, …) followed by an optional
  ``pre`` suffix (前/之前/内/为止) and ``hedge`` suffix (左右/前后/上下);
- ``BEFORE_*``/``AFTER_NOT``/``HEDGE_WORDS`` are the context patterns that decide whether a
  matched phrase is a deadline at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from inquiry_tracker.extract.firstchars import (
    compile_guarded,
    first_chars,
    guard,
    pair_guard,
    reach,
)
from inquiry_tracker.extract.holidays import EVENT_NAMES, EVENT_OPENINGS
from inquiry_tracker.extract.lexicon import FINISH_ACT, START_ACT
from inquiry_tracker.extract.numerals import DIGITS, to_int

#: One-for-one character map: full-width digits and the separators the deadline grammar
#: looks at become ASCII, and the circle zeros become 〇. (Spaces and colons are matched
#: in both widths by the grammar itself.)
NORMALIZE: dict[int, int] = {
    **{0xFF10 + i: 0x30 + i for i in range(10)},
    ord("－"): ord("-"),
    ord("．"): ord("."),
    ord("～"): ord("~"),
    ord("〜"): ord("~"),
    ord("／"): ord("/"),
    ord("○"): ord("〇"),
    ord("Ｏ"): ord("〇"),
}
#: Does a text need :data:`NORMALIZE` at all? (Translating is the slowest step otherwise.)
NEEDS_NORMALIZE = re.compile("[０-９－．～〜／○Ｏ]")


def cn_number(text: str) -> tuple[int, bool] | None:
    """The value of a small number written in digits or Chinese numerals.

    Returns ``(value, approximate)``; ``approximate`` is True for a loose pair such as
    ``一两`` or ``三五`` (read as the larger). Returns None for anything it cannot read.
    Everything but the loose pairs is :func:`~inquiry_tracker.extract.numerals.to_int`
    (digit strings without 十/百 are read positionally: ``二〇二一`` → 2021).
    """
    if not text:
        return None
    if len(text) == 2 and DIGITS.get(text[1], 0) > DIGITS.get(text[0], 0) > 0:
        return DIGITS[text[1]], True
    try:
        return to_int(text), False
    except ValueError:
        return None


# ---------------------------------------------------------------------------------------
# The grammar: one alternative per kind of phrase. Group names carry the alternative's
# prefix because Python forbids repeated names; deadline.py has one resolver per kind.

_SP = "[ \t\u3000\u00a0]{0,2}"
#: what makes a season of 春夏秋冬: 季 or 天, and a school's term for 春 and 秋 (秋期: "今年秋期开始招生")
_SEASON_WORD = r"(?:[季天]|(?<=[春秋])期(?![间末中内限待望盼]))"
_CN = "一二三四五六七八九"
_YNUM = r"(?:19|20)\d{2}|(?:一九|二[〇零])[〇零一二三四五六七八九]{2}|[0-4]\d(?=年\s*(?:1[0-2]|0?[1-9])\s*月)"  # "09年12月"
_REL = "今本明次翌来去后前"
_M = rf"1[0-2]|0?[1-9]|十[一二]?|[{_CN}]|元(?=月)"  # 元月: January
_D = rf"3[01]|[12]\d|0?[1-9]|三十一?|二十[{_CN}]?|廿[{_CN}]?|卅一?|十[{_CN}]?|[{_CN}]"
_Q = r"[一二三四1-4]"
_INIT_BAD = "步期级中心始衷次审稿赛选见创"
_MID_BAD = "国央华共部小学心东西南北医信级外方的山铁银旬期等大秋层低高药专标转断止间型考招队青老新关美欧日韩非午餐介"
_XUN = rf"中下旬|上中旬|上旬|中旬|下旬|初(?![{_INIT_BAD}])|中(?![{_MID_BAD}])|底|末"
_CONN = r"(?:至|到|-|~|—{1,2}|–|―|、)"
_TOD_WORD = "上午|下午|中午|晚上|傍晚|凌晨|早上|夜间|晚"
_TOD = (
    rf"(?:(?:{_TOD_WORD})?(?:\d{{1,2}}(?:[:：]\d{{2}}|[时点](?:\d{{1,2}}分|半|整)?)"
    rf"|[零{_CN}十]{{1,3}}[时点](?:半|整)?)|(?:{_TOD_WORD}))"
)
#: A time of day is kept only when 前 follows ("6月30日18时前").
_TOD_PRE = rf"(?:{_SP}{_TOD}(?={_SP}(?:之前|以前|前)))?"
#: What may not stand right before a month number written without a year.
_LB_M = rf"(?<![\d.\-/第每各次逐个上下本这当该同整几数多两〇零十{_CN}])"
_LB_Q = rf"(?<![\d.第每各当该同前近几{_CN}、\-])"
#: a year named alone, relative to the page ("今年", "本年"): the year's end when it binds
BARE_YEARS = ("今年", "本年", "明年", "后年", "去年")

_HOLIDAY = "五一国际劳动节|五一劳动节|国际劳动节|劳动节|五一|春节|元旦|元宵节?|清明节?|端午节?|中秋节?|国庆节?"
#: What after a holiday name makes it a period of time ("春节期间", "国庆长假期间").
_HOL_PERIOD = "长假期间|假期期间|假日期间|小长假|长假|假期|假日|黄金周|期间"
#: Quotes a holiday name may be printed in ("“五一”前"), opening and closing.
QUOTE_OPEN = '“"「『‘'
_QUOTE_CLOSE = '”"」』’'


def _year(p: str) -> str:
    """A year: ``2021年``, ``二〇二一年`` or a relative ``今年``/``明年``/``次年``…"""
    return rf"(?:(?<![\d.])(?P<{p}y>{_YNUM}){_SP}年|(?<![\d{_CN}十两几多数])(?P<{p}r>[{_REL}])年)"


ALTERNATIVES: dict[str, str] = {
    # 2021-05-20, 2021.5.20, 2021/5/20
    "iso": rf"(?<![\d.])(?P<iso_y>(?:19|20)\d{{2}})(?P<iso_s>[-./]){_SP}(?P<iso_m>1[0-2]|0?[1-9])"
    rf"{_SP}(?P=iso_s){_SP}(?P<iso_d>3[01]|[12]\d|0?[1-9])(?![\d.]){_TOD_PRE}",
    # 5月20日至6月10日, 10月27日至28日, 5月1-5日, 5月20日至6月底
    "rd": rf"(?:{_year('rd1')}{_SP}|{_LB_M})(?P<rd_m1>{_M}){_SP}月{_SP}(?P<rd_d1>{_D}){_SP}[日号]?{_SP}"
    rf"{_CONN}{_SP}(?:(?:(?:{_year('rd2')}{_SP})?(?P<rd_m2>{_M}){_SP}月{_SP})?(?P<rd_d2>{_D}){_SP}[日号]"
    rf"|(?:{_year('rd3')}{_SP})?(?P<rd_m3>{_M}){_SP}月份?(?P<rd_x3>{_XUN})?)",
    # 5至6月, 8-9月份, 5月至6月, 12月至次年1月, 2021年5月中旬至7月底
    "rm": rf"(?:{_year('rm1')}{_SP}|{_LB_M})(?P<rm_m1>{_M})(?:{_SP}月份?(?:{_XUN})?)?{_SP}{_CONN}{_SP}"
    rf"(?:{_year('rm2')}{_SP})?(?P<rm_m2>{_M}){_SP}月份?"
    rf"(?:(?P<rm_x2>{_XUN})|{_SP}(?P<rm_d2>{_D}){_SP}[日号])?",
    # 6月上旬至中旬, 5月中下旬至月底: one month, the later part
    "rx": rf"(?:{_year('rx')}{_SP}|{_LB_M})(?P<rx_m>{_M}){_SP}月份?(?:{_XUN}){_SP}{_CONN}{_SP}(?:月)?(?P<rx_x>{_XUN})",
    # 三到四季度, 第三、四季度
    "rq": rf"(?:{_year('rq')}{_SP}|{_LB_Q})第?(?P<rq_q1>{_Q}){_SP}(?:季度)?{_SP}{_CONN}{_SP}第?"
    rf"(?P<rq_q2>{_Q}){_SP}季度(?:末|底)?",
    # 2021年5月20日, 五月底, 3 月, 5月份, 今年8月
    "ma": rf"(?:{_year('ma')}{_SP}|{_LB_M})(?P<ma_m>{_M}){_SP}月"
    rf"(?:{_SP}(?P<ma_d>{_D}){_SP}[日号]{_TOD_PRE}|(?P<ma_x>{_XUN})|份)?",
    # 2021年底, 明年上半年, 今年三季度, 明年春季, 2025年前, 今年内
    "yp": rf"{_year('yp')}{_SP}(?:年?(?P<yp_p>底|末|之内|以内|内(?![容部外地])|初(?![{_INIT_BAD}])"
    rf"|中(?![{_MID_BAD}]))|(?P<yp_h>上半年|下半年初|下半年)|第?(?P<yp_q>{_Q}){_SP}季度(?:末|底)?"
    rf"|(?P<yp_s>[春夏秋冬]){_SEASON_WORD}(?![度节运])|开(?P<yp_o>春)(?![节运])|(?P<yp_y>(?={_SP}(?:之前|以前|前(?![后往来去三两一二四五六七八九十\d个半])))))",
    # 春节前, 2022年春节前, “五一”前, 国庆期间, 十一黄金周
    # A quoted name is matched from the name on (quotes stay out of _FIRST, which keeps the
    # scan fast) unless a year precedes it; the caller takes in the opening quote when the
    # closing one (hol_qc) was matched.
    "hol": rf"(?:{_year('hol')}{_SP}(?P<hol_qy>[{QUOTE_OPEN}])?)?(?<![\d{_CN}十第])(?P<hol_n>{_HOLIDAY}"
    rf"|十一(?=[{_QUOTE_CLOSE}]?{_SP}(?:前|后|{_HOL_PERIOD})))"
    rf"(?(hol_qy)[{_QUOTE_CLOSE}]|(?P<hol_qc>[{_QUOTE_CLOSE}])?)"
    rf"(?:{_SP}(?P<hol_p>{_HOL_PERIOD}))?",
    # 年底, 年内, 上半年 (the publication year)
    "bp": rf"(?<![每各当同该往历逐整全近较比明今本去后前次翌来年\d{_CN}十两几多数半])"
    rf"(?P<bp_p>年底|年末|年内(?![容部外地])|年初(?![{_INIT_BAD}])|年中(?![{_MID_BAD}])|上半年|下半年初|下半年)",
    # 一季度, 第四季度, 3季度末
    "bq": rf"{_LB_Q}第?(?P<bq_q>{_Q}){_SP}季度(?:末|底)?",
    # 春季, 秋天
    # a bare season naming an activity ("冬季供热准备", "夏季防汛") is no time
    "bs": rf"(?<![每各当同该四\d])(?:(?P<bs_s>[春夏秋冬]){_SEASON_WORD}(?![度节运]|(?:供热|供暖|采暖|取暖)(?:准备|工作|保障|是|期|季|设施|管网|企业|单位)|防火|防汛|旅游|用电|用水|用气|保供|施工)"
    r"|开(?P<bs_o>春)(?![节运]))",
    # “十四五”期间, 十三五末: a five-year plan's period ends with its last year
    "fyp": r"(?P<fyp_n>十[一二三四五六七八九]?五)(?P<fyp_q>[”\"])?(?:规划)?(?:期间|时期|末)",
    # 本月底, 下个月, 本月20日
    "rmo": rf"(?P<rmo_w>本|这个|下个?)月份?(?:{_SP}(?P<rmo_d>{_D}){_SP}[日号]|(?P<rmo_x>{_XUN}))?",
    # 本周, 下周五, 这个星期
    "wk": r"(?P<wk_w>本|这|下)个?(?:周|星期|礼拜)(?P<wk_d>[一二三四五六日天末])?(?![期边围年岁转刊报])",
    # 月底, 中旬 (the publication month)
    "bx": rf"(?<![每各次当个该同上下本这\d月{_CN}十])"
    rf"(?P<bx_x>月底|月末|月内(?![容部外地])|月初(?![{_INIT_BAD}])|月中(?![{_MID_BAD}])|中下旬|上中旬|上旬|中旬|下旬)",
    # 农历八月十五, 农历辛丑年九月廿四, 农历腊月
    "lu": rf"(?:农历|阴历)(?:[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年)?"
    rf"(?P<lu_m>正|腊|冬|十[一二]?|[{_CN}])月"
    rf"(?P<lu_d>初[{_CN}十]|二十|三十|廿[{_CN}]|十[{_CN}]?|[{_CN}])?(?(lu_d)[日号]?)",
    # 3天内, 15个工作日内, 半年内, 一个半月内, 24小时之内, 两天时间内, 10天后(可完工)
    "du": rf"(?<![\d.{_CN}十两百廿〇零])(?P<du_n>\d{{1,3}}|[零〇一二两三四五六七八九十百廿]{{1,4}}|半){_SP}"
    rf"(?P<du_g>个)?{_SP}(?P<du_h0>半)?(?P<du_u>工作日|自然日|天|日|周|星期|礼拜|月|年|小时|钟头)"
    rf"(?P<du_h>半)?{_SP}(?:时间)?(?:之内|以内|内(?![容部外地陆河涵蒙需存科])"
    # "预计10天后可完工": a finish that many days on is due then
    rf"|后(?={_SP}(?:即可|就能|就可|可|将)?{_SP}(?:{FINISH_ACT.pattern})))",
    # 20日前 (a day of the publication month); CN numerals only from 十 up ("一日" is a day's length)
    "bd": rf"(?<![\d.{_CN}十两廿卅〇零月每第个前近这当次今明昨同该\-~至到、])"
    rf"(?P<bd_d>3[01]|[12]\d|0?[1-9]|三十一?|二十[{_CN}]?|廿[{_CN}]|十[{_CN}]?)日(?![内电游均制常报用夜期益])",
    # 计划2021年建成通车, 2020年完工: a bare year is the year's end when an act follows it
    # (not the end of a plan's span: "(2020-2035年)")
    "yb": rf"(?:(?<![\d.])(?<!\d{{4}}[-—–~])(?P<yb_y>(?:19|20)\d\d){_SP}年(?![\d{_CN}月度代初底末中内前以来后])"
    rf"(?=[^，,。；;！!？?\n]{{0,6}}?(?:{FINISH_ACT.pattern}|{START_ACT.pattern}|建设|改造|整修|维修|修缮|翻修|大修|办好|办成)"
    # "2020年西安火车站北站房、北广场将投入运营": the thing first, then the plan's word and its act
    rf"|[^，,。；;！!？?\n]{{2,24}}?(?:将|计划|预计|力争|有望|争取)[^，,。；;！!？?\n]{{0,4}}?(?:{FINISH_ACT.pattern}|{START_ACT.pattern})"
    # "2023年,某区将建成…": the year put first, the plan in the clause after it
    # (and "到2030年,全省将建成…": a dated target, a promise as real pages annotate it)
    rf"|[,，][^，,。；;！!？?\n]{{2,16}}?(?:将|计划|预计|力争|有望|争取)[^，,。；;！!？?\n]{{0,4}}?(?:{FINISH_ACT.pattern}|{START_ACT.pattern})"
    # "预计2018年某某小学开学投入使用": the plan's word before the year, the thing, then its act
    rf"|(?<=(?:预计|计划|力争|争取|有望|确保)(?:19|20)\d\d年)[^，,。；;！!？?\n]{{2,16}}?(?:{FINISH_ACT.pattern}|{START_ACT.pattern})"
    # "2019年重点是某高速建成通车": the year's aim or focus named, then the thing and its act
    rf"|(?:的)?(?:目标任务|重点任务|主要任务|重点|目标|任务)(?:是|为)[^，,。；;！!？?\n]{{2,24}}?(?:{FINISH_ACT.pattern}|{START_ACT.pattern}))"
    # 明年, 后年, 今年 alone: the year's end (the commitment scorer decides whether it binds)
    rf"|(?<![\d{_CN}十两几多数每])(?P<yb_r>[今本明后去])年(?![\d{_CN}月度代初底末中内前以来后的是])(?!{_SP}[\d{_CN}十])"
    rf"(?![春夏秋冬上下第]))",
}

_SUFFIX = (
    rf"(?:{_SP}(?P<pre>之前|以前|前夕|前(?![后往来去进行列沿线景锋任身端面方门台])"
    rf"|之内|以内|内(?![容部外地陆河涵在蒙需存科])|为止|止(?![于住步损血])))?"
    rf"(?:{_SP}(?P<hedge>左右|前后|上下(?![班级游车楼联半层学下])))?"
)
#: Every character a phrase can start with. Checking it first, before the alternatives,
#: is what keeps the scan fast (most positions fail here).
_FIRST = (
    "0-9〇零一二两三四五六七八九十百廿半今本明次翌来去后前这下上中年月春夏秋冬元五劳国端清农阴第开"
)
RANGES = ("rd", "rm", "rx", "rq")
#: No phrase starts at a digit inside a number ("2021", "3.5"): every alternative that can
#: start with a digit looks behind for a digit or a point first. Saying so once up front
#: spares trying them all at each inner digit (tests/unit check every alternative keeps it).
_INSIDE_NUMBER = r"(?!(?<=[\d.])\d)"


def _alternative(name: str) -> str:
    # behind a lookahead of its own first characters: at a position where it cannot start,
    # it fails at once instead of deep in its optional groups
    return f"{guard(ALTERNATIVES[name], re.ASCII)}(?P<{name}>{ALTERNATIVES[name]})"


def _phrase(names: list[str]) -> str:
    return f"(?:{'|'.join(map(_alternative, names))}){_SUFFIX}"


#: the pairs of characters a phrase can start with: "前" passes the first check, "前往" fails
#: here (read once from the whole grammar: they hold for any part of it too)
_PAIRS = pair_guard(_phrase(list(ALTERNATIVES)), re.ASCII)


def _before(name: str, mark: str) -> str:
    """The part of an alternative before ``mark`` (a piece of its pattern it holds once)."""
    head, found, _ = ALTERNATIVES[name].partition(mark)
    if not found:
        raise ValueError(f"{name} holds no {mark}")
    return head


#: What a range and a duration cannot do without, within a known reach of their start: a
#: range's connector (至, 到, -, 、…) after its first date or quarter, a duration's 内 (3天内,
#: 15个工作日之内). Said up front (the reach read from the patterns themselves), a position
#: without one skips those alternatives at once, instead of reading a year and a month in
#: each only to find no connector: most digits of a page start neither ("2021年5月20日",
#: "3000万元"). The ranges stand together in the grammar, so one test covers all four.
_REACH = {
    RANGES: reach("|".join(f"(?:{_before(n, _CONN)})" for n in RANGES), "".join(first_chars(_CONN) or ()), re.ASCII),
    ("du",): reach(_before("du", "(?:之内|以内|内") + "[之以]?", "内后", re.ASCII),
}


def _reach_phrase(names: list[str]) -> str:
    """:func:`_phrase` with the guards of :data:`_REACH` before the runs of alternatives they
    cover (order kept: a group of alternatives is tried where they stood)."""
    parts: list[str] = []
    i = 0
    while i < len(names):
        run = next((r for r in _REACH if tuple(names[i : i + len(r)]) == r), (names[i],))
        body = "|".join(map(_alternative, run))
        parts.append(f"{_REACH[run]}(?:{body})" if run in _REACH else body)
        i += len(run)
    return f"(?:{'|'.join(parts)}){_SUFFIX}"


def _grammar(names: list[str]) -> re.Pattern[str]:
    return re.compile(f"(?=[{_FIRST}]){_INSIDE_NUMBER}{_PAIRS}{_reach_phrase(names)}", re.ASCII)


GRAMMAR = _grammar(list(ALTERNATIVES))
#: The grammar without ranges: a second reading where a range turned out not to be one.
SINGLE_GRAMMAR = _grammar([name for name in ALTERNATIVES if name not in RANGES])

def _words(names: Iterable[str]) -> str:
    """Words as alternatives, the longest first."""
    return "|".join(sorted(map(re.escape, names), key=len, reverse=True))


#: "<event>前" (大运会前, 2022年杭州亚运会开幕前, 十四运前): a deadline set by a big event,
#: the day before it opens (:func:`~inquiry_tracker.extract.holidays.event_opening`). Read by a
#: pass of its own, only on a page that names one (:data:`EVENT_HINT`): the grammar's first
#: characters stay few.
EVENT = re.compile(
    rf"(?:(?P<ev_y>(?:19|20)\d\d){_SP}年{_SP})?(?P<ev_h>{_words({h for o in EVENT_OPENINGS.values() for x in o for h in x.hosts})})?"
    rf"(?:市|省)?(?:第[一二三四五六七八九十\d]{{1,3}}届)?(?P<ev_n>{_words(EVENT_NAMES)})会?"
    rf"(?:{_SP}(?:开幕式|开幕|召开|举办|举行|开赛))?{_SUFFIX}(?!期)"
)
#: What a page that names an event holds: the last two characters of some event's name
EVENT_HINT = re.compile(_words({name[-2:] for name in EVENT_NAMES}))

#: Right after the phrase: it marks a start or a past event, not a deadline.
AFTER_NOT = re.compile(
    # (a service that starts on the day is the promise itself: "11月1日零时起正式供热")
    rf"{_SP}(?:{_TOD}{_SP})?(?:以来|起(?![草诉初]|{_SP}(?:正式)?(?:供热|供暖|供气|开通|通车|运营|试运营))"
    rf"|后(?![续期面方勤台])|以后|之后|过后|至今|就已|便已|即已|已经|已(?!知)|开始)"
)
#: Right before the phrase: a past marker or a start.
BEFORE_PAST = re.compile(
    r"(?:截至|截止|截止到|截止至|已于|已在|已经|已经于|已经在|早在|早于|曾于|曾在|曾经|自|始于)[ \t\u3000]*\Z"
)
BEFORE_RECURRING = re.compile(
    r"(?:每年|每个?月|每季度?|每周|每星期|每逢|每到|历年)[ \t\u3000]*(?:的)?\Z"
)
BEFORE_FROM = re.compile(r"从[ \t\u3000]*\Z")
BEFORE_LOOKBACK = re.compile(r"(?:前|近|过去|最近|此前|之前|以前|过去的|提前)[ \t\u3000]*\Z")
BEFORE_AT = re.compile(r"(?:于|在|到|至|赶在)[ \t\u3000]*\Z")
#: Right before the phrase: the time an event lasts until (活动持续至元宵节, 展期至10月31日),
#: a duration and not a deadline, unless a date was just moved there (推迟至, 延期至…).
BEFORE_UNTIL = re.compile(
    r"(?:(?<!推迟)(?<!延期)(?<!延后)(?<!顺延)(?<!提前)(?<!调整)(?<!改期)(?<![推改调])至"
    r"|持续到|延续到)[ \t\u3000]*\Z"
)
#: 到 right before a phrase ending in 为止/止 ("到6月底为止") is a duration too.
BEFORE_TO = re.compile(r"到[ \t\u3000]*\Z")
#: Between two phrases: the second ends a range the grammar did not read as one
#: ("6月1日起至6月30日止"), so it is no mere "lasts until".
RANGE_GAP = re.compile(r"[ \t\u3000]*(?:起|开始)?[ \t\u3000]*(?:直至|至|到)[ \t\u3000]*")
#: Between a holiday period and a phrase that only glosses it: "元旦期间(12月30日至1月1日)",
#: "春节假期为2月11日至17日".
PERIOD_GLOSS = re.compile(r"[ \t\u3000]*[(（\[【:：]?[ \t\u3000]*(?:为|是|即|从)?[ \t\u3000]*")
#: Any mention of a year ("2019年", "明年", "次年"): what a later 次年/翌年 counts from.
YEAR_REF = re.compile(_year("ref"))
BEFORE_LUNAR = re.compile(
    r"(?:农历|阴历)[ \t\u3000]*(?:[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年)?[ \t\u3000]*\Z"
)
#: Hedge words earlier in the clause. A lone 约 counts only when no number follows it in
#: the clause (约5亿元的项目 hedges the sum, not the date) and it is not part of 签约, 约定….
HEDGE_WORDS = compile_guarded(
    r"预计|力争|争取|有望|预期|大约|估计"
    r"|(?<![预签制契合相邀公节条特践赴履违集婚誉简隐])约(?![定束谈请见稿会占克])"
    r"(?=[^\d〇零一二两三四五六七八九十百千万亿]*\Z)"
)
CLAUSE_MARKS = "，,。；;！!？?\n"
