"""Who commits: the office or official a news text speaks for, sentence by sentence.

A promise in news prose belongs to its speaker ("市交通委相关负责人介绍,…", "市长尚朝阳表示,…",
"据市住建局透露,…") or to the office that is the subject of its clause; where the text goes on
speaking for them ("他介绍", "据悉", "该局表示") the last speaker named in the article carries over.
The names are kept as written (an official keeps their title and name: "市长尚朝阳").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from inquiry_tracker.extract.departments import (
    CLAUSE_NOT_NAME,
    ORG_MENTION,
    POINTED_SUFFIX,
    SUFFIX_ALT,
    antecedent,
)
from inquiry_tracker.extract.lexicon import PROJECT_ROLE, SPEECH_VERB, SPOKESPERSON, TITLE
from inquiry_tracker.extract.shape import office_name

#: (not a verb or an adverb read as one: "书记|将会在…答复" names no 将会)
_NAME = rf"(?!将|会|也|要|在|对|把|被|为|已|正|认为|{SPEECH_VERB.alt()})[\u4e00-\u9fff]{{2,3}}"
#: an administrative level, as a body's first character ("市政府", "县住建部门")
_LEVEL = "[省市区县镇乡]"
#: a level and its line of work ("市住建部门", "区城管部门"); "市政府相关部门" is left unnamed
_SECTOR_OFFICE = rf"{_LEVEL}(?:(?!相关|有关|职能|主管|其他|其它|各)[\u4e00-\u9fff]){{1,6}}?部门"
#: endings of an authority that speaks for itself (not a facility: 游客中心, 住院部)
_AUTHORITY = "(?:局|委|委员会|政府|办|中心|公司|集团|街道|管委会|指挥部|办事处|工作组|工作专班|管理处)"
#: an office named in prose, or any name ending like an office at the start of a clause
#: (or after the role it plays in the project: "据该项目的承建方某某集团负责人介绍")
_ORG = (rf"(?:{ORG_MENTION.pattern}|(?:(?<=[,，。;；:：\s“”])|{'|'.join(f'(?<={w})' for w in PROJECT_ROLE.words)})"
        rf"[\u4e00-\u9fff]{{2,20}}?(?:{SUFFIX_ALT}))")
#: "南京地铁建设指挥部副指挥长陈光", "市住建局局长李明" — an office, an official of it
_ORG_OFFICIAL = rf"(?P<org>{_ORG})(?:{SPOKESPERSON.alt()}(?P<person>{_NAME})?|副?{TITLE.alt()}(?P<titled>{_NAME})?)?"
#: the place before a title written before the name ("红桥区|区长何某某"), and those titles
#: a city written with the title's own level: "福州市长" is 福州 and 市长
_SHORT_PLACE = r"[\u4e00-\u9fff]{2,4}?(?=[省市区县镇]长)"
_TITLE_PLACE = rf"(?:[\u4e00-\u9fff]{{1,6}}?(?:省|市|区|县|镇)委?|{_SHORT_PLACE})?副?"
_TITLES_FIRST = "市长|区长|县长|镇长|省长|书记"
#: "市长尚朝阳", "红桥区区长何智能", "冯艳阳局长" — an official named by title (and place) alone
_OFFICIAL = (rf"(?P<official>{_TITLE_PLACE}(?:{_TITLES_FIRST}|主席|{_LEVEL}委书记){_NAME}"
             # a project's own manager by title and name ("项目经理某某介绍")
             rf"|(?<![\u4e00-\u9fff])项目(?:总|副)?经理{_NAME}"
             rf"|(?<![\u4e00-\u9fff]){_NAME}副?{TITLE.alt()})")
#: a whole string that names one official: "李某某区长", "区长李某某", "红桥区区长何某某"
_OFFICIAL_ALONE = re.compile(
    rf"{_TITLE_PLACE}(?:{_TITLES_FIRST}){_NAME}|{_NAME}副?{TITLE.alt()}"
)


def official(name: str) -> str | None:
    """``name`` when it is an official named by title and name alone (who answers in person)."""
    return name if _OFFICIAL_ALONE.fullmatch(name) else None


#: when a speaker spoke, between the name and the verb ("…负责人9日表示", "局长李某昨天上午介绍")
_WHEN = r"(?:昨天|今天|昨日|今日|日前|近日|(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日)(?:上午|下午|晚间|晚上)?"
#: a speaker right before a speech verb ("…副指挥长陈光昨天", "市长尚朝阳")
_BEFORE_VERB = re.compile(
    rf"(?:{_OFFICIAL}|{_ORG_OFFICIAL})(?:在[^,，。]{{0,20}}?)?(?:向[^,，。]{{1,10}}?)?"  # ("…向记者介绍", "…向市民承诺")
    rf"(?:也|还|同时|进一步|明确|重点|{_WHEN})?\Z"
)
#: an official named again by name alone: "刘某某还提到", "刘某某重点介绍"
_AGAIN = re.compile(rf"(?<![\u4e00-\u9fff])(?P<name>{_NAME})(?:也|还|同时|进一步|重点|在[^,，。]{{0,20}}?)?\Z")
#: the reporter's source, however it is named: "记者从经开区获悉" (or several: "从某公司甲、乙分公司")
_SOURCE = re.compile(r"记者(?:昨日|昨天|今天|日前|近日)?(?:从|自)(?P<source>[\u4e00-\u9fff][\u4e00-\u9fff、]{1,29}?)\Z")
_FIRST_BODY = re.compile(rf"[\u4e00-\u9fff]{{2,20}}?{_AUTHORITY}")


def first_body(source: str) -> str:
    """The first body of a source listing several ("某燃气公司东、西分公司" → 某燃气公司)."""
    if "、" not in source:
        return source
    m = _FIRST_BODY.match(source.split("、")[0])
    return m.group(0) if m else source.split("、")[0]
_VERB = re.compile(SPEECH_VERB.alt())
#: an office opening a sentence as its subject: "市住建局广大干部职工…"
_SUBJECT = re.compile(
    # (an office's name holds no verb of a meeting: not "某市长某某主持召开市长办")
    rf"(?P<subject>[\u4e00-\u9fff]{{0,6}}?(?:省|市|区|县|旗|州|盟)(?:(?!主持|召开|会议)[\u4e00-\u9fff]){{1,10}}?{_AUTHORITY})(?![,，。、和与及托员会])"
)
_SENTENCE_START = re.compile(r"[。!！\n]\s*")
#: an office opening a clause or a sentence as the one that acts: "…,晋江市市政园林局将…",
#: "本月下旬,厦门公交集团将开通…", a task list's "。某文投公司要在6月…", "。某区政府11月底启动…",
#: a column tag's close ("【直击两会】某县政府2020年将…")
#: (the mark is read, not looked behind for: a search then skips ahead to the marks; the
#: subject is the group, and a subject ends in a Chinese character, never in the next mark)
#: ("…,县政府将…" — a level's government needs no name; "…,市住建部门将…" — a level and its
#: line of work name a department, "相关部门" names none; "…,某供热公司负责…" — the body put in
#: charge acts, its 负责人 is a person)
_CLAUSE_SUBJECT = re.compile(
    # (a clause opening on a time or a done act is not an office: "开标后区政府要…", "已报送县政府拟定")
    rf"[,，。;；!！\n】]\s*(?P<subject>(?!已|并)(?:(?![后时]{_LEVEL})[\u4e00-\u9fff]){{2,14}}?{_AUTHORITY}|{_LEVEL}政府|{_SECTOR_OFFICE}"
    # or a place acting as its government: "今年,某某县将全面实施…" (not 全市, 城区, 景区…)
    # (a place, not "现江岸区正在…", 该区, 城区: only with a plan's word after it)
    rf"|(?![全本我该各每此现原])[\u4e00-\u9fff]{{2,7}}(?<![城市辖园景社小片校矿库灾山湾街老新主该本全我此各每])(?:县|旗|区|市)"
    r"(?=(?:提出)?(?:今年|明年|年内)?(?:还|也)?(?:将|要|计划|预计|力争|争取|确保))"
    # or an official the page calls by surname and title ("厉书记将会在7个工作日内答复")
    rf"|(?![副正总原老新前该本我])[\u4e00-\u9fff](?:{_TITLES_FIRST}|局长))"
    r"(?=(?:提出)?(?:今年|明年|年内|上半年|下半年)?(?:还|也)?(?:将|要|计划|预计|拟(?!定)|正在|力争|争取|确保)|负责(?![人同的])|[0-9０-９]{1,4}\s*[年月]"
    # or acting in the sentence of the date: "…,市交通运输局落实了工作专班,…确保今年8月进场施工"
    r"|(?:已经?|积极|全力|着力|加紧|抓紧)?(?:落实|成立|组织|牵头|推进|加快|启动|协调)(?!的))"
)
#: an office pointed back to opening a clause, acting ("。该公司已要求…", ",该局将…")
_ANAPHOR = re.compile(rf"[,，。;；!！\n]\s*(?P<pointer>该(?P<suffix>{POINTED_SUFFIX}))"
                      r"(?=(?:已经?|将|要|正在|计划|立即|随即|迅速|积极|还|也)?(?:要求|组织|安排|表示|介绍|称|负责|完成|启动|实施|推进|协调))")
#: the body that carries out the work: "该工程由市城投公司负责实施", "该部分由市建投集团建设"
#: (not "由某公司负责的道路…", which only says whose roads they are)
_BUILDER = re.compile(
    rf"由(?P<subject>[\u4e00-\u9fff]{{2,20}}?(?:{SUFFIX_ALT}))(?:负责|牵头)?(?:组织)?(?:实施|建设|负责|牵头)(?!的)"
)
#: a meeting, a ceremony or a place the reporter was at, or an office left unnamed — not who commits
_NOT_A_SOURCE = re.compile(r"上$|会议|座谈会|发布会|推进会|调度会|大会|论坛|仪式|现场|有关部门|相关部门|^(?![省市区县镇乡])[\u4e00-\u9fff]{1,4}部门$"
                           # a website or a paper is where the reporter read it, no office
                           r"|(?:网|网站|平台|客户端|公众号|日报|晚报|电视台)$")
#: what may stand before a name in prose: "昨日从市体育局", "该部分由市建投集团", "据市住建局"
#: (and the role a body plays in the project, written before its name: "据该项目的承建方某集团")
_LEAD = re.compile(rf"^(?:[^从由据向]{{0,12}}(?:从|由|据|向)|(?:[^的]{{0,8}}的)?{PROJECT_ROLE.alt()})+"
                   r"|^(?:昨日|昨天|今天|今日|日前|近日|记者|受|在|今年|明年|目前|近期|下一步|同时|此外|另外|其中|随后|今后|年内|第?[一二三四]季度|[上下]半年|年底|年初|按照|根据|承办单位|主办单位|责任单位|牵头单位|协办单位)+")
_BODY_END = re.compile(rf"(?:{SUFFIX_ALT})$")
#: a body holding a briefing tells what the article then reports: "某医院召开了“…新闻通气会”"
_BRIEFING = re.compile(r"(?:主持召开|召开|举行|举办)了?[^,，。;；\n]{0,40}?(?:新闻发布会|新闻通气会|通气会|通报会|发布会|办公会议?|常务会议?|专题会议?|调度会)")
#: the host right before its verb (a second host after 、 is left out: "某医院、某分院召开")
_HOST = re.compile(rf"(?:(?P<org>{_ORG})|{_OFFICIAL})(?:、[\u4e00-\u9fff]{{2,12}})?(?:昨天|今天|昨日|今日|日前|近日)?\Z")


#: a transcript's turn: a name alone before a colon, opening its line ("吴某某: 谢谢你的提问。")
_TURN = re.compile(rf"(?m)^[ \t\u3000]*(?P<name>{_NAME})\s*[:：]")
#: a transcript's turn labelled with the office, the title and the name ("某区房管局副局长郑某:",
#: "某项目经理卢某:"): the speaker as written
_TITLED_TURN = re.compile(
    rf"(?m)^[ \t\u3000]*(?P<who>[\u4e00-\u9fff、]{{2,30}}?(?:{TITLE.alt()}|负责人){_NAME})\s*[:：]")
#: a person introduced with their office and titles, up to the name: "县交通运输局局长、党委书记|季某某",
#: "交通运输部新闻发言人、政策研究室主任|吴某某"
_INTRODUCED = re.compile(
    rf"(?P<org>[\u4e00-\u9fff]{{2,24}}?(?:{SUFFIX_ALT})(?:[(（][\u4e00-\u9fff]{{2,8}}[)）])?)"
    rf"(?:{TITLE.alt()}|{SPOKESPERSON.alt()})(?:、[\u4e00-\u9fff]{{2,8}})?\Z")
#: an official introduced by title, up to the name, with the place before it ("某区副区长|董某")
_TITLED = re.compile(rf"(?:[\u4e00-\u9fff]{{1,6}}?[省市区县]|{_SHORT_PLACE})?副?(?:{TITLE.alt()})\Z")
#: after a name, the briefing it spoke at and the body holding it
_AT_BRIEFING = re.compile(
    r"(?:是|还|也)?在(?:[^。,，]{0,10}?的)?(?P<org>[\u4e00-\u9fff]{2,14}?(?:" + SUFFIX_ALT + r"))"
    r"[^。,，]{0,12}?(?:新闻发布会|例行发布会|发布会|通气会|新闻通报会)上")


#: a quote attributed after it closes: "“…”市长某某说。", "“…”3月1日,某市委副书记、市长某某做客某栏目时
#:作上述表示。" (the speaker, maybe after the day and another title, then the verb in the sentence)
_AFTER_QUOTE = re.compile(
    # (an office speaks through someone it names right after it: "某集团有限公司项目技术负责人某某说")
    rf"[,，。!！]?\s*(?:{_WHEN}\s*[,，]?\s*)?(?:[\u4e00-\u9fff]{{2,14}}?、)?(?:{_OFFICIAL}"
    rf"|(?P<org>{_ORG})[\u4e00-\u9fff]{{0,6}}?(?:副?(?:{TITLE.alt()})|负责人|{SPOKESPERSON.alt()}))"
    rf"[^。!！?？“”\n]{{0,30}}?(?:{SPEECH_VERB.alt()})"
)


#: a person named alone right after a quote closes, then the verb: "“…”郑某某承诺。"
_NAMED_AFTER = re.compile(rf"[,，。!！]?\s*(?P<name>{_NAME})(?:{_WHEN})?(?:{SPEECH_VERB.alt()})")


def _quoted_before(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """Speakers of quotes attributed after they close, placed at the quote's opening mark."""
    found: list[tuple[int, str]] = []
    close = text.find("”", start, end)
    while close >= 0:
        m = _AFTER_QUOTE.match(text, close + 1, min(end, close + 90))
        again = None if m else _NAMED_AFTER.match(text, close + 1, min(end, close + 20))
        opening = text.rfind("“", max(start, text.rfind("\n", 0, close) + 1), close) if m or again else -1
        if again and opening >= 0 and (org := introduced_office(text, again.group("name"), close)):
            found.append((opening, org))  # "“…”郑某某承诺。": a person named alone, introduced above with their office
        if m:
            name = m.group("official") or m.group("org")
            if name and opening >= 0 and (m.group("official") or _BODY_END.search(name)):
                found.append((opening, _LEAD.sub("", name)))
        close = text.find("”", close + 1, end)
    return found


def introduced_office(text: str, name: str, before: int) -> str | None:
    """The office a person named alone was introduced with before ``before``, else their place,
    title and name as introduced ("某区副区长董某"); None when never introduced. (Read at each
    place the name is written before ``before``, with patterns compiled once.)"""
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,3}", name):
        return None
    spots = []
    at = text.find(name, 0, before)
    while at >= 0:
        spots.append(at)
        at = text.find(name, at + 1, before)
    for at in reversed(spots):  # the introduction nearest before
        m = _INTRODUCED.search(text, max(0, at - 48), at)
        if m:
            return office_name(m.group("org")) or m.group("org")
    for at in spots:
        # "某某是在当天举行的交通运输部例行新闻发布会上作上述表述的": the body holding the briefing
        briefed = _AT_BRIEFING.match(text, at + len(name), before)
        if briefed and office_name(briefed.group("org")):
            return briefed.group("org")
    for at in reversed(spots):
        titled = _TITLED.search(text, max(0, at - 16), at)
        if titled:
            return titled.group() + name
    return None


def _past_last_stop(window: str) -> int:
    """Where a speaker before a verb may start at the earliest: past the window's last comma
    or full stop, which no part of :data:`_BEFORE_VERB` reads (its names and words are Chinese
    characters, its 在… clause stops at them), so no match spans one; the positions before
    need no trying (a lookbehind there still sees the stop)."""
    return max(window.rfind(c) for c in ",，。") + 1


def speakers(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, str]]:
    """``(position, name)`` of every speaker named in ``text[start:end]``, in order.

    Anchored on what is rare (a speech verb, a sentence start) and read backwards from there
    in a short window, so the scan stays linear and cheap."""
    end = len(text) if end is None else end
    found: list[tuple[int, str]] = []
    known: dict[str, str] = {}  # an official's name → the office they were introduced with
    for v in _VERB.finditer(text, start, end):
        lo = max(start, v.start() - 40)
        window = text[lo : v.start()]
        m = _BEFORE_VERB.search(window, _past_last_stop(window))
        src = _SOURCE.search(window)
        if m and src and not m.group("official") and src.group("source").endswith(m.group(0)) \
                and src.group("source") != m.group(0) and not _NOT_A_SOURCE.search(src.group("source")):
            m = None  # "记者从中兰客专某段某站项目部了解到": the source's whole name, not its tail
        if m:
            name = m.group("official") or m.group("org")
            if name and (m.group("official") or _BODY_END.search(name)):
                found.append((lo + m.start(), _LEAD.sub("", name)))
                person = m.group("person") or m.group("titled")
                if person and m.group("org"):
                    known[person] = _LEAD.sub("", m.group("org"))
                continue
        again = _AGAIN.search(window)
        if again and again.group("name") not in known and (org := introduced_office(text, again.group("name"), lo + again.start())):
            known[again.group("name")] = org  # introduced another way ("…在某部新闻发布会上作上述表述")
        if again and again.group("name") in known:
            found.append((lo + again.start(), known[again.group("name")]))
            continue
        if src and not _NOT_A_SOURCE.search(src.group("source")):
            found.append((lo + src.start(), first_body(src.group("source"))))
    for v in _BRIEFING.finditer(text, start, end):
        lo = max(start, v.start() - 40)
        host = _HOST.search(text[lo : v.start()])
        if host:  # (an office, or an official chairing the meeting: "某市长某某主持召开市长办公会议")
            found.append((lo + host.start(), host.group("official") or _LEAD.sub("", host.group("org"))))
    for m in _TURN.finditer(text, start, end):  # a transcript's turn: "吴某某:" speaks for their office
        org = introduced_office(text, m.group("name"), m.start())
        if org:
            found.append((m.start("name"), org))
    found += _quoted_before(text, start, end)
    for m in _TITLED_TURN.finditer(text, start, end):
        found.append((m.start("who"), m.group("who")))
    opens = [start] + [m.end() for m in _SENTENCE_START.finditer(text, start, end)]
    for pos in opens:
        m = _SUBJECT.match(text, pos, end)
        if m:
            found.append((pos, _LEAD.sub("", m.group("subject"))))
    for m in _BUILDER.finditer(text, start, end):
        found.append((m.start("subject"), m.group("subject")))
    for m in _CLAUSE_SUBJECT.finditer(text, max(0, start - 1), end):  # (a mark right before start)
        found.append((m.start("subject"), _LEAD.sub("", m.group("subject"))))
    for m in _ANAPHOR.finditer(text, max(0, start - 1), end):
        # "…引起某集团有限公司高度重视,…该公司已要求施工单位…": the office named before acts
        if (named := antecedent(text, m.start("pointer"), m.group("suffix"))) is not None:
            found.append((m.start("pointer"), named))
    found.sort()
    # ("本届政府将…", "本级财政": the body that speaks says "this one", naming none)
    # (nor is a clause that only ends like one: "将联合…举办")
    return [(pos, name) for pos, name in found if not name.startswith(_DEICTIC) and not CLAUSE_NOT_NAME.search(name)]


#: a body named by pointing at itself, not by its name
_DEICTIC = ("本届", "本级", "本单位", "我们")


class SpeakerIndex:
    """The speakers of a document, to ask who speaks at a position within an article."""

    def __init__(self, text: str) -> None:
        self._found = speakers(text)
        self._pos = [p for p, _ in self._found]

    def in_span(self, start: int, end: int) -> str | None:
        """The last speaker named between ``start`` and ``end`` (one sentence; one named at
        ``end`` opens the next sentence)."""
        i = bisect_left(self._pos, end) - 1
        if i >= 0 and self._pos[i] >= start:
            return self._found[i][1]
        return None

    def before(self, pos: int, floor: int) -> str | None:
        """The last speaker named before ``pos`` and not before ``floor`` (the article's start)."""
        i = bisect_right(self._pos, pos) - 1
        if i >= 0 and self._pos[i] >= floor:
            return self._found[i][1]
        return None
