"""Who answered, and the last touches to an exchange once it is found: the office of an
exchange no label names (named in the reply's opening, its signature, its thanks, who looked
into it, a field or source line, the question's addressee), an answer relayed after an
acknowledgement, a question the reply names when the page only greets the citizen, a signature
or a trailing stamp cut off the reply; the bodies a 问政 programme puts on air (its header's
guests and its announced answerers). Also the small grammar of office fields that both this
module and :mod:`exchanges` read.
"""

from __future__ import annotations

import re

from inquiry_tracker.extract import shape
from inquiry_tracker.extract.departments import ORG_MENTION, is_department
from inquiry_tracker.extract.lexicon import FIELD_OFFICE, SPOKESPERSON
from inquiry_tracker.extract.shape import PLACE_SUFFIXES, Exchange

#: a field's colon, or the bar of a table cell
COLON = r"(?:\s*[:：]\s*[|｜]?|\s*[|｜])\s*"
_COLON = COLON
DEPT_FIELD = re.compile(FIELD_OFFICE.alt() + _COLON + r"(?P<dept>[^\n|｜]{2,36}?)\s*(?:[|｜]|$)")
# "(市住建局于 2015-7-31 回复)"
TRAILER = re.compile(
    r"[(（]\s*(?P<dept>[^()（）\n]{2,30}?)\s*于\s*\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?"
    r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:回复|答复)\s*[)）]"
)


def names_body(name: str) -> bool:
    """A department, or a place answering in its own name."""
    return is_department(name) or name.endswith(PLACE_SUFFIXES)



_RELAYED_FROM = re.compile(r"\s*(?P<org>[\u4e00-\u9fff]{2,20}?)(?:答复|回复)(?:如下)?\s*[:：]")


def question_named_in_reply(text: str, ex: Exchange) -> None:
    """A "question" that only names the citizen the reply greets ("网友“某某”:") gives way to the
    question as the reply names it ("您…反映了关于…的问题", "反映的“…”")."""
    q = text[ex.q_start : ex.q_end].strip()
    if len(q) > 16 or not q.endswith((":", "：")):
        return
    lo, hi = ex.r_start, min(ex.r_end, ex.r_start + 200)
    m = shape.QUOTED_ASK.search(text, lo, hi) or shape.ABOUT_ASK.search(text, lo, hi)
    if m:
        ex.question_parts = [shape.asked_span(m)]
        ex.seal()


def relayed_answer(text: str, ex: Exchange) -> None:
    """"已核转相关部门抓紧处理…" then "供热办答复如下:…": the acknowledgement answers nothing,
    the relayed answer is the reply and its office the department."""
    parts = ex.reply_parts
    if len(parts) < 2 or not shape.is_holding(text, parts[:1]):
        return
    for k, (a, b) in enumerate(parts[1:], 1):
        m = _RELAYED_FROM.match(text, a, b)
        if m and (name := shape.office_name(m.group("org")) or _short_office(m.group("org"))):
            ex.reply_parts = parts[k:]
            ex.department = name
            ex.seal()
            return


def _short_office(name: str) -> str | None:
    """A short office name without a place ("供热办", "住建局") as a relay names it."""
    return name if 2 <= len(name) <= 8 and name.endswith(("办", "局", "委", "中心", "公司")) else None


def cut_tail_signature(text: str, ex: Exchange) -> None:
    """A signature closing the reply's last line ("…完成。 某局 2022-5-7") is no part of the reply."""
    if not ex.reply_parts:
        return
    a, b = ex.reply_parts[-1]
    m = _TAIL_SIGN.search(text, a, b)
    if m and shape.office_name(m.group("org")) and m.start("org") > a:
        ex.reply_parts[-1] = (a, m.start("org"))
        ex.r_end = m.start("org")


_BRACKETED = re.compile(r"[(（]([\u4e00-\u9fff]{2,20})[)）]")


def title_office(text: str, before: int) -> str | None:
    """An office in brackets on the lines just above ``before`` (a letter's title), or opening
    that title: "某县交通运输局关于…建议办理情况的答复"."""
    for m in _BRACKETED.finditer(text, max(0, before - 300), before):
        name = shape.office_name(m.group(1))
        if name:
            return name
    for m in _TITLED_BY.finditer(text, max(0, before - 400), before):
        name = shape.office_name(m.group("org"))
        if name:
            return name
    return None


#: a letter's title opening with the office that answers: "某局关于…的答复"
_TITLED_BY = re.compile(
    r"(?:^|\n)\s*(?P<org>[\u4e00-\u9fff()（）]{2,30}?)关于[^\n]{2,120}?(?:的答复|的回复|的复函|答复函|的协办意见|的办理意见)\s*(?:\n|$)")


#: a paragraph opening with an office that acts: "区教育局以…", "市住建局高度重视…", "县交通局将…"
_OPENS_ACTING = re.compile(
    r"\s*(?P<org>" + ORG_MENTION.pattern + r")(?=以|在|高度|立即|已|正在|将|对|根据|按照|结合|始终|积极|坚持|认真|及时|多次|于|近期|计划|拟)")
#: "感谢您对求索街道工作的关心和支持" — the office thanks the writer in its own name
_THANKS = re.compile(r"感谢(?:您|你)?对(?P<org>[\u4e00-\u9fff]{2,20}?)(?:工作|事业)?的(?:关心|关注|支持|理解|信任)")
#: a signature closing the last paragraph: "…此复。感谢您的支持。 吴中区木渎镇", perhaps with
#: the office's second name in brackets ("某市住建局 (某市人防办) 2021年8月27日")
_TAIL_SIGN = re.compile(
    r"(?:[。!！]|^)[\s?？]*(?P<org>[\u4e00-\u9fff()（）]{2,30}?)[\s?？]*(?:[(（][\u4e00-\u9fff]{2,20}[)）]\s*)?(?:于\s*)?(?:(?:19|20)\d\d\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}日?"
    r"(?:\s*[\d:]{4,8})?)?\s*(?:回复|答复)?[^\u4e00-\u9fff]{0,8}$")
_SPOKESPERSON_SIGN = re.compile(
    rf"[(（](?P<who>[\u4e00-\u9fff]{{2,20}}?(?:{SPOKESPERSON.alt()}))[)）]\s*$")
#: a column's answer opening with the body the paper reached (its role before its name cut)
_REACHED = re.compile(
    r"\s*(?:随后|随即|当天|次日)?[,，]?\s*(?:本报|记者|小编)(?:随即|立即|随后|第一时间)?"
    r"(?:(?:联系|致电|联系上|采访)(?:到|了)?|将(?:该|此|上述)?(?:情况|问题)(?:反映|转交|转)给)"
    r"(?:[\u4e00-\u9fff]{0,12}?(?:承建商|建设单位|施工单位|施工方|主管部门|责任单位|管理方))?"
    r"(?P<org>[\u4e00-\u9fff()（）]{2,30}?(?:公司|集团|局|委|中心|办|所|站|街道|政府))[。,，]")
#: a 答复单位 field printed right below the reply, in a table ("答复单位: | 市教育局 |")
_FIELD_BELOW = re.compile(DEPT_FIELD.pattern.replace(_COLON, _COLON + r"[\s|｜]*", 1))
#: "经尚湖镇核查", "经区教育局了解", "我区建设局工作人员…调查": the office that looked into it, named in the reply
_LOOKED_INTO = re.compile(
    r"(?:经|由)(?P<org>[\u4e00-\u9fff]{2,20}?)(?:认真|深入|及时)?(?:调查|核查|核实|现场核实|实地核实|查实|了解)"
    r"|我[区县市镇](?P<own>[\u4e00-\u9fff]{2,10}?(?:局|委|办|中心))")
#: a place that answers in its own name, as who looked into it ("某某开发区", "某镇"; not "本区")
_PLACE_BODY = re.compile(r"^(?![我本该此各])[\u4e00-\u9fff]{1,8}(?:" + "|".join(PLACE_SUFFIXES) + r")$")
#: "来源:安徽省绩溪县交通运输局" at the top of a Q&A page
_SOURCE_OFFICE = re.compile(r"(?:来源|发布机构|发布单位)\s*[:：]\s*[|｜]?\s*([\u4e00-\u9fff()（）]{2,30})")
#: a story's line between message and answer naming who answered
_GAVE_REPLY = re.compile(
    r"(?:^|[,，。:：\s])(?P<org>[\u4e00-\u9fff]{2,20}?)(?:给予|作出|做出|进行)了?(?:该?网友|市民|群众)?(?:的)?(?:回复|答复|回应)")
#: the question addressed to an office: "鸠江区教育局:请问…"
#: the office a message is addressed to ("县交通运输局领导:…"), read where the message starts
#: (matched at a position: no "^", which holds only at the text's start)
_ADDRESSED = re.compile(r"\s*(?:尊敬的)?(?P<org>[\u4e00-\u9fff]{2,24}?)(?:的?(?:领导|负责同志|负责人)们?)?\s*[:：]")


_ANSWER_FOLLOWS = re.compile(r"(?:答复|回复)如下\s*[:：]\s*")


def office_from_text(text: str, ex: Exchange) -> str | None:
    """The replying office when no label, field or signature named it: named in the reply's
    opening, its signature at the end of the last line, its thanks, or the question's addressee."""
    below = _FIELD_BELOW.search(text, ex.r_end, min(len(text), ex.r_end + 200))
    if below and (name := shape.field_office(below.group("dept"))):
        return name
    # an office signing below the reply outranks one acting in it
    signer = shape.signed_below(text, ex.r_end, 160)  # "感谢您的来信!\n某街道办事处\n2017年9月5日"
    if signer:
        return signer
    inside = shape.office_inside(text, ex.r_start, ex.r_end)
    if inside:
        return inside
    for a, b in ex.reply_parts[:3]:  # "区教育局以…为中心,…": a paragraph of the answer opening with the office acting
        # (or the answer itself, after "…答复如下:" on the letter's first line)
        for at in (a, *(m.end() for m in _ANSWER_FOLLOWS.finditer(text, a, b))):
            m = _OPENS_ACTING.match(text, at, b)
            if m and shape.office_name(m.group("org")):
                return m.group("org")
    reached = _REACHED.match(text, ex.r_start, ex.r_end)  # "本报联系到某工程承建商某公司。公司表示,…"
    if reached and (name := shape.office_name(reached.group("org"))):
        return name
    for gave in _GAVE_REPLY.finditer(text, ex.q_start, ex.r_start):  # "今日,市城管局给予了网友回复,原帖如下:"
        if name := shape.office_name(gave.group("org")):
            return name
    last = text[ex.reply_parts[-1][0] : ex.reply_parts[-1][1]] if ex.reply_parts else ""
    m = _TAIL_SIGN.search(last)
    if m and shape.office_name(m.group("org")):
        return m.group("org")
    # "…(某区网络发言人)": a body's spokesperson signing in brackets, named as printed
    spoke = _SPOKESPERSON_SIGN.search(last)
    if spoke:
        return spoke.group("who")
    for m in _THANKS.finditer(text, ex.r_start, min(len(text), ex.r_end + 160)):
        org = m.group("org")
        if names_body(org) and not shape.NOT_AN_OFFICE.search(org) and not org.startswith(shape.SELF_REFERENCE):
            return org
    for m in _LOOKED_INTO.finditer(text, ex.r_start, min(ex.r_end, ex.r_start + 200)):
        name = m.group("own") or m.group("org")
        if shape.office_name(name) or (m.group("org") and _PLACE_BODY.match(name)):
            return name  # "经某镇核查", "经高新技术开发区核查": a place looks into it in its own name
    m = _ADDRESSED.match(text, ex.q_start, ex.q_end)
    if m and shape.office_name(m.group("org")):
        return m.group("org")
    for m in _SOURCE_OFFICE.finditer(text, max(0, ex.start - 1500), max(ex.start, ex.r_start)):
        if shape.office_name(m.group(1)):
            return m.group(1)
    # a story's lede telling who answered, over the exchange it prints below ("对此,某委办公室
    # 回复称,…。具体如下:" then "【网民留言】…")
    told = [m.group("org") for m in _TOLD_ABOVE.finditer(text, max(0, ex.start - 600), ex.start)]
    return next((name for name in reversed(told) if shape.office_name(name)), None)


#: who answered, as a story's lede tells it before printing the exchange
_TOLD_ABOVE = re.compile(r"(?:^|[,，。\s])(?P<org>[\u4e00-\u9fff]{2,24}?)(?:回复|答复|回应)(?:称|表示|说)[,，:：]")




#: an office field glued to the reply's last line: "…感谢您的理解和支持! 承办单位:某镇住建局"
#: (or in brackets: "…祝您生活愉快!【经办单位:某区文旅局(新)】", the office's mark of its new name
#: dropped)
_TAIL_FIELD = re.compile(
    r"(?<=[。!！])[ \t\u3000]*[【\[]?" + FIELD_OFFICE.alt()
    + r"\s*[:：]\s*(?P<dept>[^\s|｜:：。,，【】\[\]]{2,36}?)(?:[(（]新[)）])?[】\]]?[ \t\u3000]*$")


def cut_tail_field(text: str, ex: Exchange) -> None:
    """An office field closing the reply's last line names the office (when nothing named it
    before) and is no part of the reply."""
    if not ex.reply_parts:
        return
    a, b = ex.reply_parts[-1]
    line_end = text.find("\n", a, b)
    line_end = b if line_end < 0 else line_end
    m = _TAIL_FIELD.search(text, max(a, line_end - 60), line_end)
    if m is None or text[line_end:b].strip():
        return
    name = shape.field_office(m.group("dept"))
    if not name:
        return
    if not ex.department:
        ex.department = name
    ex.reply_parts[-1] = (a, m.start())
    ex.r_end = m.start()


def apply_trailer(text: str, ex: Exchange) -> None:
    trailers = list(TRAILER.finditer(text, ex.r_start, ex.r_end))
    m = trailers[-1] if trailers else None
    if m is not None:
        if not ex.department:
            ex.department = m.group("dept").strip()
        ex.reply_parts = [(s, min(e, m.start())) for s, e in ex.reply_parts if s < m.start()]
        ex.r_end = ex.reply_parts[-1][1] if ex.reply_parts else ex.r_end


#: a reply label in mid-sentence: "…,该局回复:", "记者将问题转至某局,某局答复:"


# --------------------------------------------------------------------------- 问政 programmes

# "——市医疗保障局答读者问", "市自然资源和规划局负责人答网友问", "市自然资源和规划局逐一作答"
_COLUMN_ANCHOR = re.compile(
    r"(?:有关|相关)?(?:负责人|负责同志|工作人员)?(?:答|回答|解答)(?:读者|网友|记者|市民|听众|群众|网民)(?:问|提问|关切)|"
    r"(?:逐一|一一|分别)?(?:作出|进行了?)?(?:解答|答复|作答)"
)


def column_responders(text: str) -> list[tuple[int, str]]:
    """``(position, department)`` for each Q&A column heading that names its responder."""
    found = []
    for m in _COLUMN_ANCHOR.finditer(text):
        head = text[max(0, m.start() - 30) : m.start()]
        head = re.split(r"[\n,，。:：—\-“”]", head)[-1]
        orgs = [o.group(0) for o in ORG_MENTION.finditer(head + "答")]
        if not orgs:
            # the body may be named at the start of the sentence that announces the answers
            sentence = re.split(r"[\n。!！?？]", text[max(0, m.start() - 150) : m.start()])[-1]
            orgs = [o.group(0) for o in ORG_MENTION.finditer(sentence)][:1]
        name = orgs[-1] if orgs else head.strip()
        if is_department(name):
            found.append((m.start(), name))
    return found


#: a broadcast's guest body: "本期上线单位:郑州市城市管理局", "做客单位:市交通运输局"
_GUEST = re.compile(r"(?:上线单位|做客单位|参加单位|问政单位|嘉宾单位|上线部门)\s*[:：]\s*([^\n、,，;；]{2,30})")


def guest_body(text: str, before: int) -> str | None:
    """The body a phone-in programme has on air, named in its header above ``before`` (it is
    printed near the top: only the first 3,000 characters are looked at, so a page of many
    exchanges is not rescanned for each)."""
    m = _GUEST.search(text, 0, min(before, 3000))
    name = m.group(1).strip() if m else None
    return name if name and is_department(name) else None


def column_responder(responders: list[tuple[int, str]], before: int) -> str | None:
    """The department a whole Q&A column speaks for, named above its first question."""
    name = None
    for pos, dept in responders:
        if pos >= before:
            break
        if before - pos <= 1500:
            name = dept
    return name
