"""Public-inquiry exchanges: a netizen's question and a department's reply.

The view (see :mod:`clean`) is cut into labelled segments — question labels
(``网友提问:``, ``问:``, ``【网友留言】``, ``信件内容 |``), reply labels (``XX回复:``,
``答:``, ``【XX局】``, ``该局回复:``, relays ``A转B回复:``), department fields
(``回复部门 | XX``) and plain text — and a small state machine pairs them. A reply may also
be unlabelled (``您好!…``) and signed at the end (``XX局\\n2021年6月3日``, or
``(XX局于 2015-7-31 回复)``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from inquiry_tracker.extract import shape, stories
from inquiry_tracker.extract.departments import (
    POINTED_SUFFIX,
    SUFFIX_ALT,
    antecedent,
    is_department,
)
from inquiry_tracker.extract.firstchars import compile_guarded
from inquiry_tracker.extract.lexicon import (
    ASK_VERB,
    ASKER,
    ASKER_ALONE,
    ASKER_TITLE,
    DATE_LINE,
    MESSAGE_STATUS,
    REPLY_VERB,
    SERVICE_RESPONDER,
    SOURCE_TOLD,
    SPOKESPERSON,
    WRITTEN_DAY,
)
from inquiry_tracker.extract.numbered import split_numbered
from inquiry_tracker.extract.offices import (
    COLON as _COLON,
)
from inquiry_tracker.extract.offices import (
    DEPT_FIELD,
    apply_trailer,
    column_responder,
    column_responders,
    cut_tail_field,
    cut_tail_signature,
    guest_body,
    names_body,
    office_from_text,
    question_named_in_reply,
    relayed_answer,
    title_office,
)
from inquiry_tracker.extract.shape import Exchange
from inquiry_tracker.extract.speakers import introduced_office

_GROUP = ASKER.alt()
_TITLE = ASKER_TITLE.alt()
_ASK = ASK_VERB.alt()

# "网友提问:", "网友“张三”问:", "市民王先生来电反映:", "【网友留言】", "1.网友提问:"
Q_LABEL = re.compile(
    rf"(?:[【\[]\s*)?(?:\d{{1,3}}\s*[.、．]\s*)?"
    # who asks may come first: a caller's number or nickname ("60**3听众"), a place ("岳阳县有居民")
    # or the app it was sent through ("某某+网友:")
    rf"(?:[0-9A-Za-z*＊]{{1,12}}|(?:[\u4e00-\u9fff]{{2,8}}?)?有|[\u4e00-\u9fffA-Za-z0-9]{{1,8}}[+＋])?"
    rf"(?:{_GROUP}(?:[“\"「][^”\"」\n]{{1,20}}[”\"」]|[^\n:：,，。?？|]{{0,30}}?)?|[\u4e00-\u9fff]{_TITLE}){_ASK}"
    # "听众来电(李先生):" — the caller named after the verb
    rf"(?:\s*[(（][^()（）\n]{{1,12}}[)）])?"
    rf"(?:\s*[】\]]\s*[:：]?\s*|{_COLON})"
)
# "网友“夏天的风”:", "听众张先生:", "市民李女士:" — the asker named, no verb
Q_NAMED = re.compile(
    rf"(?:[\u4e00-\u9fffA-Za-z0-9]{{1,8}}[+＋])?(?:{_GROUP}(?:[“\"「][^”\"」\n]{{1,20}}[”\"」]|\s?(?!表示|说|认为|称|指出|介绍|纷纷|普遍|您好|你好|朋友|们)[\u4e00-\u9fffA-Za-z0-9*＊]{{1,5}})"
    # or the bare group as the label ("网友: …" on message-board pages)
    # (not the salutation of a reply: "网友:您好!")
    rf"|(?:{ASKER_ALONE.alt()})(?=\s*[:：]\s*(?!您好|你好|朋友)))"
    # and the caller's masked number after the name: "市民陈小姐(8344**04):"
    rf"(?:\s*[(（][0-9*＊\-]{{3,15}}[)）])?\s*[:：]\s*"
)
# "曾先生:我的女儿…?" — a caller by surname alone, opening a hotline transcript's line (a reply
# greeting its writer so, "杨先生:您好!…", stays the reply's, as a unit test checks)
Q_CALLER = re.compile(rf"[\u4e00-\u9fff]{_TITLE}\s*[:：]\s*")
# "邹志超:" — an official answering by name alone, introduced with a title above ("管委会主任邹志超接听…")
R_NAMED = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,3})\s*[:：]\s*")
# "Sallyye向鹿城区政府问:" — a named writer asking an office
Q_TO_OFFICE = re.compile(r"[^\s:：,，。]{1,20}?向[\u4e00-\u9fff]{2,20}?(?:提问|问|咨询|留言|反映|投诉|求助)\s*[:：]\s*")
Q_FIELD = re.compile(
    r"(?:[【\[]\s*)?(?:\d{1,3}\s*[.、．]\s*)?(?:问题|问|提问|留言|咨询|来信|诉求|Q\s*\d{0,2}|信件内容|来信内容|留言内容|问题内容|咨询内容|诉求内容|"
    r"反映内容|投诉内容|留言详情|问题描述|反映问题|诉求描述|来信摘要|内容"
    # the board's own name over the message it printed ("武汉留言板:…", "市长信箱:…")
    r"|[\u4e00-\u9fff]{0,8}(?:留言板|信箱))(?:\s*[】\]]\s*[:：]?\s*|" + _COLON + ")"
)
# "市交通运输局回复:", "天元区政府答复:", "XX就该问题回复:", "【XX局回复】", "该局回复:", "某开发区答复如下:" (closing its line),
# "某镇人民政府回复内容:"
_REPLY_WORD = rf"(?:就(?:该|此|上述|相关|网友(?:反映|提出)的)?问题)?(?:作出|做出|给予|进行了?|官方)?{REPLY_VERB.alt()}"
R_LABEL = re.compile(
    rf"(?P<dept>[^\n:：,，。?？!！|【】\[\]]{{2,36}}?){_REPLY_WORD}(?:内容|意见)?(?P<follows>如下)?\s*[:：]\s*"
)
R_BRACKET = re.compile(r"[【\[]\s*(?P<dept>[^】\]\n]{2,30}?)\s*(?:回复|答复|回应)?\s*[】\]]\s*[:：]?\s*")
# "答(市交通运输局):", "回复（汇川区住建局）："
# "官方回复2024-11-22 14:42广州市黄埔区人民政府       您好,…" — the label, its stamp, the office
R_STAMPED = re.compile(
    r"(?:官方回复|部门回复|回复|答复)\s*(?:19|20)\d\d[-./年]\d{1,2}[-./月]\d{1,2}日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*"
    r"(?P<dept>[\u4e00-\u9fff()（）]{2,30}?)(?:\s{2,}|\s*[:：])"
)
R_PAREN = re.compile(r"(?:答|回复|答复)\s*[(（]\s*(?P<dept>[^()（）\n]{2,30}?)\s*[)）]\s*[:：]\s*")
R_PLAIN = re.compile(
    r"(?:[【\[]\s*)?(?:答|回复|答复|回复内容|答复内容|办理结果|办理情况|办理回复|办理意见|回复意见|答复意见|答复情况|回复情况|"
    r"处理结果|处理情况|处理意见|官方回复|部门回复|部门反馈|官方反馈|反馈|部门回应|官方回应|A\s*\d{0,2}|回答\s*\d{1,2}"
    # a board's administrator relaying the office's answer ("管理员回复:" / "针对…,水利局回复:…")
    r"|管理员回复|管理员答复|平台回复)"
    r"(?:\s*[】\]]\s*[:：]?\s*|" + _COLON + ")"
)
#: a label alone on its line, with no colon: "网友提问A", "桂平交运局回复"
Q_LINE = re.compile(rf"\s*{_GROUP}{_ASK}[A-Za-z0-9一二三四五六七八九十]{{0,2}}\s*$")
#: a newspaper column's heading over the answer, on its own line ("市民反映" … "帮办结果")
R_HEADING = re.compile(r"\s*[【\[]?(?:帮办结果|帮办情况|部门回复|部门反馈|部门回应|核实结果|回复意见|答复意见)[】\]]?\s*$")
R_LINE = re.compile(rf"\s*(?P<dept>[\u4e00-\u9fff]{{2,30}}?){_REPLY_WORD}\s*$")
#: the last characters of the reply verbs, the last character of a line R_LINE matches
_REPLY_VERB_ENDS = frozenset(w[-1] for w in REPLY_VERB.words)
#: a line of separator glyphs ("▼", "———"): nothing to read
_GLYPHS = re.compile(r"\s*[^\w\s]{1,12}\s*$")
#: a day before a responder's name: "9 月 26 日,花溪区溪北街道办事处:"
_DAY_FIRST = re.compile(r"\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[,，]?\s*")
OTHER_FIELD = re.compile(
    r"(?:回复时间|答复时间|办理时间|回复日期|答复日期|留言时间|来信时间|提问时间|受理时间|信件标题|来信标题|留言标题|"
    r"标题|主题|信件编号|编号|留言编号|办理状态|状态|来信人|留言人|姓名|写信人|类型|主持人|编者按)" + _COLON
)
SALUTATION = re.compile(
    r"^(?:(?:网友|网民|市民|读者|听众|群众)(?:朋友)?[,，:：\s]*)?(?:您好|你好|尊敬的|感谢您|谢谢您|经核实|经查|经了解|经调查|关于您|针对您|您反映|您提出|您所|您咨询|您留言|您的留言|来信收悉|留言收悉)"
)
#: a bracketed time stamp opening a line
_BRACKET_STAMP = re.compile(r"\s*[【\[]\s*(?:19|20)\d\d[-./年]\d{1,2}[-./月]\d{1,2}日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*[】\]]\s*")
#: a platform's line of thanks alone ("谢谢您对12345热线工作的支持")
_THANKS_LINE = re.compile(r"\s*(?:感谢|谢谢)您?(?:对|的)[^。!！\n]{0,30}(?:支持|关注|信任)[。!！]?\s*$")
_SIGN_DATE = re.compile(
    r"^\s*(?:(?:19|20)\d\d\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)\s*$"
)
_CONTACT = re.compile(r"(?:如有(?:其他|任何|相关)?(?:疑问|问题|建议|需要)|咨询电话|联系电话|联系人|联系方式|特此回复|特此答复|感谢您(?:的|对)|谢谢您(?:的|对)|欢迎继续|再次感谢)")
_TAG = re.compile(r"\s*(?:[\[【(（][^\]】)）\n]{1,8}[\]】)）]\s*)+")
_PRONOUN = re.compile(
    rf"^(?:该|此|这个|上述)({POINTED_SUFFIX})"
    r"(?:相关|有关)?(?:负责人|负责同志|工作人员|相关人员)?$"
)
_RELAY = re.compile(r"(?:转交|转至|转给|转办|派至|交由|交给|分派至|转)")
_LEAD_BAR = re.compile(r"(?:[|｜■●◆◇▶►★☆※•◎○▲△▪→➤✔√]|[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?)+\s*")
#: (and after a story's dateline: "本报讯(记者 某某)市民来电询问:…")
#: (or after a lede's word of when, opening the paragraph: "近日,有网友留言:")
_LABEL_AFTER = compile_guarded(r"[?？。!！】\]]\s*|\s{2,}|\s(?=[【\[])|[讯电]\s*[(（][^()（）\n]{0,24}[)）]\s*"
                               r"|(?<![^\n])(?:近日|日前|最近|近期|前不久|昨日|昨天|今天|今日)[,，]\s*")
_EDITOR_LINE = re.compile(r"^(?:责任编辑|编辑|校对|美术编辑|本版编辑|扫一扫|本报讯|来源)")
_BYLINE = re.compile(r"^(?:■|本报)?(?:见习)?(?:记者|通讯员)")
_HAS_COMMA = re.compile(r"[,，。]")
_LABEL_CHARS = re.compile(r"[:：|｜】\]]")
_AFTER_STOP = re.compile(r"(?<=[。!！?？])")
_HELD_DEPT = re.compile(r"\s*[(（【\[]\s*([^()（）【】\[\]\n]{2,30}?)\s*[)）】\]]\s*[:：]?\s*")
_BARE = re.compile(r"([\u4e00-\u9fff]{2,20})\s*[:：]\s*")
_OFFICE_ALONE = re.compile(r"\s*([\u4e00-\u9fff()（）]{2,30}?)\s*")
_TITLES = (
    r"(?:副?(?:局长|主任|经理|总经理|书记|科长|处长|站长|所长|队长|董事长|院长|校长|区长|县长|市长|镇长|部长|"
    r"主席|行长|总监|负责人|工作人员|发言人|调研员|主任科员|负责同志))"
)
# "国网江州供电公司副总经理王立新:", "市城市管理局局长陈志远:" — a transcript's responder
PERSON_RESPONDER = re.compile(
    rf"(?P<org>[\u4e00-\u9fff]{{2,24}}?(?:{SUFFIX_ALT}))(?:相关|有关)?[\u4e00-\u9fff]{{0,6}}?{_TITLES}\s?[\u4e00-\u9fff]{{0,4}}\s*[:：]\s*"
)
#: places that answer in their own name ("江岸区:", "海曙区答复:", "朝阳区区长 王立新:")
_BARE_SUFFIXES = shape.PLACE_SUFFIXES
_PLACE_ALT = "|".join(_BARE_SUFFIXES)
# an official answering on air by title and name: "局长 陈建国:", "副局长 刘玉兰:"
#: (or with their district or county first: "朝阳区区长 王立新:")
TITLE_RESPONDER = re.compile(
    rf"(?P<place>[\u4e00-\u9fff]{{1,6}}?(?:{_PLACE_ALT}))?{_TITLES}\s*[\u4e00-\u9fff]{{2,3}}\s*[:：]\s*"
)
# a reply told in narrative: "该公司客服中心工作人员表示", "市供水公司相关负责人介绍"
NARRATIVE_REPLY = re.compile(
    rf"(?P<org>(?:该|此)(?:公司|局|中心|委|部门|单位|街道|站|所|院|集团)|[\u4e00-\u9fff]{{2,24}}?(?:{SUFFIX_ALT}))"
    r"[\u4e00-\u9fff]{0,12}?(?:表示|介绍|回复|答复|回应|解释|称|说)"
)
#: the heading of a reporter's follow-up between a reader's question and the answer
_REPORTER_LEAD = re.compile(
    r"^[【\[]?(?:记者)?(?:[(（][\u4e00-\u9fff、 ]{2,12}[)）])?(?:帮你问|帮您问|替你问|追问|调查|探访|回访|求证|跟进|连线)[】\]]?\s*[:：]?$"
)
_RELAY_HEAD = re.compile(r"^转?(?:至|给|交|到|由)")
#: a hotline column's bracketed heads after the reader's message: 【记者连线】, 【马上核实】
_COLUMN_LEAD = re.compile(r"\s*[【\[](?:记者|马上|立即)?(?:连线|调查|追访|回访|求证|核实|追问|走访|探访)[】\]]")
_REPORTER_RELAY = re.compile(r"^记者(?:将|把|随后|就此|立即|第一时间)?[^。!！?？]{0,30}?(?:转至|转给|转交|转到|反映给|联系了?|咨询了?)[^。]{0,30}。$")
RELAY_IN_REPLY = re.compile(rf"转(?:交|至|给|由|派至|派)?(?P<org>[\u4e00-\u9fff]{{2,24}}?(?:{SUFFIX_ALT}))(?:办理|处理|答复|回复|核实)")


def _skip_space(text: str, i: int, most: int = 4) -> int:
    """``i`` moved past up to ``most`` whitespace characters."""
    j = i
    while j < len(text) and j - i < most and text[j].isspace():
        j += 1
    return j


def _label_positions(text: str, a: int, b: int) -> list[int]:
    """Where a label may begin inside paragraph ``[a, b)``: its start, after a closing bracket
    or after a sentence end (question and reply on one line)."""
    lead = _LEAD_BAR.match(text, a, b)
    pos = [lead.end()] if lead else [a]
    for m in _LABEL_AFTER.finditer(text, a, b):
        p = m.end()
        if p < b:
            pos.append(p)
    return pos


#: what may stand around a responder's name in a label: a date ("10月21日四川省交通运输厅",
#: "渝北区城市管理局于2023年2月20日") or a spokesperson ("交通运输局网络发言人")
_LABEL_DATE = re.compile(rf"^{WRITTEN_DAY}|于?{WRITTEN_DAY}$")
_SPOKES = re.compile(SPOKESPERSON.alt() + "$")


_ON_THIS = re.compile(r"(?:对此|就此|对此事|针对此事|对该问题)$")
#: a time stamp glued before a responder ("2023-05-12 10:22:40市公安局回复:" → 市公安局)
_STAMP_LEAD = re.compile(r"^[\s\d:：\-./年月日]+(?=[\u4e00-\u9fff])")
#: a day whose 月/日 a damaged copy lost, between the words before a label and its office
_GARBLED_DAY = re.compile(r"(?<=[\u4e00-\u9fff]{2})\d{1,4}(?=[\u4e00-\u9fff]{4,}$)")


#: the channel a responder answers through: "通过“阳光问政”平台", "在网络问政平台上",
#: "为社情民意通道" (the board it answers for)
_VIA = re.compile(r"(?:通过|经由|在|为)[^,，。]{1,24}?(?:平台|网站|栏目|热线|留言板|信箱|客户端|通道)(?:上)?$")
#: the units an office lists after its name: "(公路处、运管处)"
_SUB_UNITS = re.compile(r"[(（][^()（）]*[、,，][^()（）]*[)）]$")


def _resolve_department(raw: str, text: str, before: int) -> str | None:
    """Turn a reply label's responder into a department name, or None if it is not one."""
    raw = _SPOKES.sub("", _LABEL_DATE.sub("", _STAMP_LEAD.sub("", raw).strip(" \t“”\""))).strip()
    raw = _ON_THIS.sub("", raw)  # "某局对此回复:"
    raw = _VIA.sub("", raw)  # "某局通过“某某”平台做出的回复:" — the channel is no part of the name
    raw = _SUB_UNITS.sub("", raw)  # "某局(甲处、乙处)答复:" — the units that drafted it, listed
    if not raw:
        return None
    parts = _RELAY.split(raw)
    if len(parts) > 1 and is_department(parts[-1]):
        return parts[-1]
    m = _PRONOUN.match(raw)
    if m:
        name = antecedent(text, before, m.group(1))
        if name is None:
            return raw
        bare = _RELAY_HEAD.sub("", name)  # "(转)至丰城市住房公积金管理中心"
        return bare if bare != name and is_department(bare) else name
    if is_department(raw) or shape.PLACE_ONLY.match(raw) or SERVICE_RESPONDER.holds(raw):
        return raw
    if raw.endswith((")", "）")) and shape.office_name(raw) == raw:
        return raw  # "某中心(某某建设中心)": the office with its other name, as printed
    return None




#: a message to an office ("某交通局:我们村民对你们的回复不满意…") rather than its answer
_TO_THE_OFFICE = re.compile(r"你们|贵单位|贵局|请问|恳请|为什么|为何|希望[^。]{0,12}(?:尽快|能够?|给)")
_AS_THE_OFFICE = re.compile(r"我(?:局|单位|委|办|中心|公司|镇|区|县|街道|们已)|经(?:查|核实|调查|了解|研究)|答复如下|回复如下|您好|你好")


def _addresses_office(text: str, s: int, e: int) -> bool:
    """Does the text after "某局:" write to that office (a citizen's message) instead of
    answering as it? Asking or addressing "你们" without any word an office answers with."""
    head = text[s : min(e, s + 300)]
    return bool(_TO_THE_OFFICE.search(head)) and not _AS_THE_OFFICE.search(head)


def _bracket_signer(line: str) -> str | None:
    """The office a bracketed signature names, alone or before its contact fields
    ("(区住建局 责任领导:王某 经办人:李某 电话:…)")."""
    inner = line.strip()[1:-1].strip()
    first, _, rest = inner.partition(" ")
    if rest and not re.match(r"\s*[\u4e00-\u9fff]{2,5}\s*[:：]", rest):
        return shape.office_name(inner)
    return shape.office_name(inner) or shape.office_name(first)


def _bare_responder(text: str, a: int, b: int) -> tuple[str, int] | None:
    """``江岸区:`` — a place or body alone before a colon, opening a paragraph."""
    m = _BARE.match(text, a, b)
    if not m:
        return None
    name = m.group(1)
    if names_body(name):
        return name, m.end()
    return None


#: a question-and-answer site's count of the answers below a question
_ANSWER_COUNT = re.compile(r"(?:推荐|最佳|全部|其他|共有)?(?:回答|答案)\s*[(（]?\s*\d{1,3}\s*(?:个|条)?\s*[)）]?")
#: a line naming only where a message is from: a city, then a county or district
_PLACE_UNITS = re.compile(r"(?:[\u4e00-\u9fff]{1,6}?(?:省|自治区|市|州|盟|地区|区|县|旗|镇|乡|街道)){1,3}")


#: a line stamping the page with its outlet and time ("某某日报 2017-09-15 09:34 大字")
_STAMP_LINE = re.compile(r"[\u4e00-\u9fff]{0,12}\s*(?:19|20)\d\d-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+[\u4e00-\u9fff]{1,4})?")


def _board_line(line: str) -> bool:
    """A short line a message board prints between a message and its answer."""
    return (MESSAGE_STATUS.holds(line) or _place_line(line) or _ANSWER_COUNT.fullmatch(line) is not None
            or _STAMP_LINE.fullmatch(line) is not None)


def _place_line(line: str) -> bool:
    """``line`` only names a place, opening with a known city ("襄阳市樊城区")."""
    from inquiry_tracker.extract.departments import cities

    return len(line) <= 16 and _PLACE_UNITS.fullmatch(line) is not None and line.startswith(cities())


def _is_boundary(para: str) -> bool:
    """A headline, byline or editor line: ends any exchange."""
    s = para.strip()
    if not s:
        return True
    if _EDITOR_LINE.match(s):
        return True
    if len(s) <= 40 and _BYLINE.match(s) and s[-1] not in "。!！":  # "记者将问题转给了…。" is a sentence
        return True
    return len(s) <= 40 and s[-1] not in "。!！?？;；,，)）”" and not _HAS_COMMA.search(s)


def _clean_question(text: str, a: int, b: int) -> tuple[int, int]:
    m = _TAG.match(text, a, b) if a < b else None
    if m and m.end() < b:
        a = m.end()
    while a < b and text[a] in " \t\u3000":
        a += 1
    while b > a and text[b - 1] in " \t\u3000|｜":
        b -= 1
    return a, b


def _dept_inside_reply(text: str, s: int, e: int) -> str | None:
    """A responder named inside an unlabelled reply's opening: "…转东湖区城市管理局办理。该局回复:"."""
    head = text[s : min(e, s + 160)]
    m = RELAY_IN_REPLY.search(head)
    if m and is_department(m.group("org")):
        return m.group("org")
    m = _INNER_REPLY.search(head)
    if m:
        return _resolve_department(m.group(1), text, s + m.start(1))
    return None


_INNER_REPLY = re.compile(r"((?:该|此)[\u4e00-\u9fff]{1,3}|[\u4e00-\u9fff]{2,24}?(?:局|委|中心|公司|办|处|政府))(?:回复|答复)[:：]")
#: a heading of an answer given point by point ("一、问题核实", "(二)处理情况"), alone on its line
_REPLY_SECTION = re.compile(r"(?:[一二三四五六七八九十]{1,2}、|[(（][一二三四五六七八九十]{1,2}[)）])[^\n,，。:：?？!！]{2,16}$")
_SIGNED_BRACKET = re.compile(r"^[(（][\u4e00-\u9fff][^()（）\n]{1,80}[)）]$")
_HAS_COLON = re.compile(r"[:：]")
#: a line that titles a citizen's message: "羊市街28号院供暖不达标的问题", "…何时能通车?"
_MESSAGE_TITLE = compile_guarded(r"(?:问题|的建议|的诉求|[?？])$|何时|什么时候|能否|能不能|是否|咋|怎么")
_QUESTION_END = re.compile(r"[?？]\s*$|[?？][^。]{0,20}$")


#: a board's tag after an office's name: "(参评)", "(已办结)", "(新)"
_BOARD_TAG = re.compile(rf"\s*[(（](?:{MESSAGE_STATUS.alt()}|参评|新)[)）]$")
#: a person answering on behalf of the office ("某某代表省交通运输厅作了答复"): the office answers
_ON_BEHALF = re.compile(rf"^[\u4e00-\u9fff]{{2,4}}代表(?=[\u4e00-\u9fff]{{2,24}}(?:{SUFFIX_ALT})$)")


def find_exchanges(text: str, paras: list[tuple[int, int]]) -> list[Exchange]:
    """All question→reply exchanges in the view ``text`` (``paras`` = its paragraph spans).

    The page's shape is read first (fields, letters: :mod:`shape`), then its labels; where
    both read the same stretch, the shape wins."""
    labelled = _labelled_exchanges(text, paras)
    starts = [a for a, _ in paras]

    def para_of(pos: int) -> int:
        return max(0, bisect_right(starts, pos) - 1)

    def stop(j: int) -> bool:
        a, b = paras[j]
        return bool(Q_LABEL.match(text, a, b) or Q_FIELD.match(text, a, b) or R_PLAIN.match(text, a, b))

    fields = shape.read_fields(text, paras)
    def label_end(a: int, b: int) -> int:
        m = Q_LABEL.match(text, a, b) or Q_FIELD.match(text, a, b) or Q_NAMED.match(text, a, b)
        return m.end() if m and m.end() < b else a

    by_fields = shape.field_exchanges(text, paras, fields, stop, label_end)
    if by_fields:
        # a field record whose question had no field name of its own yields to labels there
        by_labels = shape.Spans([(ex.start, ex.end) for ex in labelled])
        by_fields = [f for f in by_fields if not (f.weak and by_labels.hits(f.start, f.end))]
        field_spans = shape.Spans([(f.start, f.end) for f in by_fields])
        labelled = [ex for ex in labelled if not field_spans.hits(ex.start, ex.end)]
    found = by_fields + labelled
    taken: set[int] = set()
    for ex in found:
        for s, e in ex.reply_parts:
            taken.update(range(para_of(s), para_of(max(s, e - 1)) + 1))
    taken.update(f.para for f in fields if f.role != "office")
    answers = stories.answer_letters(text, paras, taken.__contains__, stop)
    answers += stories.post_replies(text, paras, taken.__contains__, stop)
    answers += stories.quoted_answers(text, paras, taken.__contains__, stop)
    answers += stories.case_reports(text, paras, taken.__contains__, stop)
    answers += stories.section_records(text, paras, taken.__contains__, stop)
    answers += stories.handled_matters(text, paras, taken.__contains__)
    for ex in answers:
        taken.update(range(para_of(ex.r_start), para_of(max(ex.r_start, ex.r_end - 1)) + 1))
    if answers:
        answered = shape.Spans([(ex.r_start, ex.r_end) for ex in answers])
        found = [ex for ex in found if not answered.hits(ex.start, ex.end)]
        found += answers
        # a field of the record (承办单位, 联系单位…) anywhere on the page, else the signature,
        # else an office in brackets in the letter's title ("…的答复(水利局)")
        offices = [n for f in fields if f.role == "office" and (n := shape.office_name(text[f.start : f.end]))]
        for ex in answers:
            ex.department = (offices[0] if offices else None) or ex.department or title_office(text, ex.start)
    meta_paras = {f.para for f in fields if f.role in ("meta", "office", "title")}
    letters = shape.letter_exchanges(text, paras, taken.__contains__, stop, meta_paras.__contains__)
    for ex in letters:
        taken.update(range(para_of(ex.start), para_of(max(ex.r_start, ex.r_end - 1)) + 1))
    for ex in found:
        taken.update(range(para_of(ex.start), para_of(max(ex.start, ex.end - 1)) + 1))
    letters += stories.reported_exchanges(text, paras, taken.__contains__)
    letters += stories.captioned_exchanges(text, paras, taken.__contains__)
    letters += stories.office_post_exchanges(text, paras, taken.__contains__)
    if letters:
        # a label that only named the citizen a reply greets ("“TYYY”网友:\n您好!…") gives way
        def greets(ex: Exchange) -> bool:
            return shape.opens_reply(text[ex.q_start : ex.q_end])

        replies = shape.Spans([(ex.r_start, ex.r_end) for ex in letters])
        found = [ex for ex in found if not (replies.hits(ex.q_start, ex.q_end) and greets(ex))]
        kept = shape.Spans([(ex.start, ex.end) for ex in found])
        found += [ex for ex in letters if not kept.hits(ex.start, ex.end)]
    found.sort(key=lambda ex: ex.start)
    page_offices = list(dict.fromkeys(
        n for f in fields if f.role == "office" and (n := shape.field_office(text[f.start : f.end]))))
    out: list[Exchange] = []
    starts_of_found = sorted(ex.start for ex in found)
    for ex in found:
        _answer_below(text, paras, starts, ex, starts_of_found)
        question_named_in_reply(text, ex)
        relayed_answer(text, ex)
        apply_trailer(text, ex)
        cut_tail_field(text, ex)
        if not ex.department:
            ex.department = office_from_text(text, ex)
        if not ex.department and len(page_offices) == 1:
            ex.department = page_offices[0]  # the page's one 承办单位 field, wherever it stands
        if not ex.department:
            ex.department = title_office(text, ex.r_start)  # the letter's title above its answer
        cut_tail_signature(text, ex)
        if ex.department:
            ex.department = _ON_BEHALF.sub("", _BOARD_TAG.sub("", ex.department))  # "某街道办(参评)": the board's tag, no name
            garbled = _GARBLED_DAY.search(ex.department)
            if garbled and is_department(ex.department[garbled.end() :]):
                # "…恳请相关部门考虑59某市交通运输局回复:": the words before a label and a damaged day glued on
                ex.department = ex.department[garbled.end() :]
        for one in split_numbered(text, ex):  # "1.…? 2.…?" answered "1、… 2、…": one exchange each
            out += _split_by_office(text, one)
    return out


#: a reply paragraph opening with the office that gives it ("某公交集团有限公司:市民,您好!…")
_OFFICE_OPENING = re.compile(r"[ \t\u3000]*(?P<dept>[\u4e00-\u9fff()（）]{2,30}?)[ \t\u3000]*[:：]")


def _split_by_office(text: str, ex: Exchange) -> list[Exchange]:
    """A reply with no office named whose paragraphs open with the offices answering in turn
    ("【部门回复】" / "某公司:…" / "某区:…"): one exchange per office, the question shared; a
    reply opened by one office alone is that office's."""
    if ex.department or not ex.reply_parts:
        return [ex]
    marks = []
    for i, (a, b) in enumerate(ex.reply_parts):
        m = _OFFICE_OPENING.match(text, a, b)
        if m and (dept := _resolve_department(m.group("dept"), text, a)) and not _addresses_office(text, m.end(), b):
            marks.append((i, dept, m.end()))
    if not marks or marks[0][0] != 0:
        return [ex]
    if len(marks) == 1:
        ex.department = marks[0][1]
        return [ex]
    out = []
    for k, (i, dept, body) in enumerate(marks):
        j = marks[k + 1][0] if k + 1 < len(marks) else len(ex.reply_parts)
        parts = [(body, ex.reply_parts[i][1]), *ex.reply_parts[i + 1 : j]]
        out.append(Exchange(start=ex.start, q_start=ex.q_start, q_end=ex.q_end, department=dept,
                            question_parts=list(ex.question_parts), reply_parts=parts, weak=ex.weak).seal())
    return out


#: a reply's words that point at the answer printed below them: "现将有关情况反馈如下:"
_BELOW = re.compile(r"如下\s*[:：]\s*$")


def _answer_below(text: str, paras: list[tuple[int, int]], starts: list[int], ex: Exchange,
                  exchange_starts: list[int]) -> None:
    """A reply ending "…现将有关情况反馈如下:" goes on in the paragraph under it (when that
    paragraph opens no exchange of its own)."""
    if not ex.reply_parts:
        return
    s, e = ex.reply_parts[-1]
    if not _BELOW.search(text, s, e):
        return
    k = bisect_right(starts, max(s, e - 1))
    if k < len(paras) and paras[k][0] >= e:
        a, b = paras[k]
        i = bisect_left(exchange_starts, a)
        if (i < len(exchange_starts) and exchange_starts[i] < b) or Q_LABEL.match(text, a, b) or Q_FIELD.match(text, a, b):
            return
        ex.reply_parts.append((a, b))
        ex.r_end = b


#: the office a relayed answer comes from: "供热办答复如下:", "市住建局回复:"
def _labelled_exchanges(text: str, paras: list[tuple[int, int]]) -> list[Exchange]:
    """Exchanges told by labels (``网友提问:`` … ``XX回复:``): a state machine over segments."""
    out: list[Exchange] = []
    cur: Exchange | None = None
    phase = ""  # "q" (reading the question), "r" (reading the reply), "sig" (signature seen)
    pending: list[tuple[int, int]] = []  # unlabelled body text that may turn out to be a question
    titled: tuple[int, int] | None = None  # a message's title line ("某小区供暖不达标的问题")
    narrative = 0  # story paragraphs seen after a question (记者帮你问 columns)

    def close() -> None:
        nonlocal cur, phase, narrative
        if cur is not None and cur.reply_parts and cur.question_parts:
            cur.q_start, cur.q_end = cur.question_parts[0][0], cur.question_parts[-1][1]
            cur.r_start, cur.r_end = cur.reply_parts[0][0], cur.reply_parts[-1][1]
            out.append(cur)
        cur = None
        phase = ""
        narrative = 0

    for n, (a, b) in enumerate(paras):
        if _GLYPHS.match(text, a, b):
            continue  # "▼" between a label and its text
        # an unlabelled message ending in a question may be answered by a named official
        asking = cur is None and bool(pending) and bool(_QUESTION_END.search(text, *pending[-1]))
        # after an acknowledgement ("本事件已受理。") the office's answer may follow under its name
        acknowledged = (phase == "r" and cur is not None and len(cur.reply_parts) == 1
                        and shape.is_holding(text, cur.reply_parts))
        segs = _segments(text, a, b, expecting_reply=phase == "q" or asking or acknowledged,
                         below_message=phase == "q")
        for kind, s, e, dept, label_start in segs:
            if kind == "Q":
                if _greeting_below(text, paras, n, s, e, label_start):
                    continue  # "网友:" closing its line, "您好!…" below: the reply's salutation
                close()
                pending = []
                cur = Exchange(start=label_start, q_start=s, q_end=e)
                qa, qb = _clean_question(text, s, e)
                if qb > qa:
                    cur.question_parts.append((qa, qb))
                phase = "q"
            elif kind == "R":
                if cur is None and pending and (label_start == a or (
                        a <= pending[-1][0] and pending[-1][1] <= label_start
                        and _QUESTION_END.search(text, *pending[-1]) is not None)):
                    # a message board prints the message body with no label above "回复:" (or
                    # before "答:" on its line: "有网友问,…何时能解决? 答:…")
                    qa, qb = pending[-1]
                    cur = Exchange(start=qa, q_start=qa, q_end=qb, question_parts=[(qa, qb)])
                    phase = "q"
                elif cur is None and titled is not None and label_start <= a + 8:
                    # a feedback column prints only the message's title above "X回复:"
                    cur = Exchange(start=titled[0], q_start=titled[0], q_end=titled[1], question_parts=[titled])
                    phase = "q"
                pending = []
                titled = None
                lead_in = (
                    cur is not None and phase == "r" and len(cur.reply_parts) == 1
                    # the reply's own label's line, or a platform's thanks line above it
                    and (cur.reply_parts[0][0] >= a or _THANKS_LINE.match(text, *cur.reply_parts[0]) is not None
                         or shape.is_holding(text, cur.reply_parts))
                )
                if cur is None or not (phase == "q" or (phase == "r" and not cur.reply_parts) or lead_in):
                    close()
                    continue
                if lead_in and cur is not None:
                    cur.reply_parts = []  # "该留言转X办理。" only led in to the labelled reply
                if dept:
                    cur.department = _resolve_department(dept, text, label_start) or dept.strip()
                elif not cur.department and e > s:
                    cur.department = _dept_inside_reply(text, s, e)
                if e > s:
                    cur.reply_parts.append((s, e))
                phase = "r"
            elif kind == "D":
                if cur is not None and dept and not (cur.department and phase == "r"):
                    # (a reply label named the office already: DESIGN's order puts it first)
                    cur.department = shape.field_office(dept) or (
                        None if shape.NOT_AN_OFFICE.search(dept.strip()) or _HAS_COMMA.search(dept) else dept.strip())
                if (cur is not None and phase == "q" and cur.question_parts and dept and _REPLY_TIME.search(dept)
                        and n + 1 < len(paras) and _plain_body(text[paras[n + 1][0] : paras[n + 1][1]])):
                    phase = "r"  # "回复部门: X  回复时间:…" one row, then the answer on the next line, unlabelled
            elif kind == "F":
                pending = []
                if phase == "sig" or (phase == "r" and cur is not None and cur.reply_parts):
                    close()
            else:  # plain text
                para = text[s:e]
                if cur is None:
                    if DATE_LINE.match(para.strip()) or (pending and _REPORTER_LEAD.match(para.strip())):
                        continue  # a message's date stamp, or "记者连线:", between it and the reply
                    if pending and e - s <= 24 and _board_line(para.strip()):
                        continue  # the board's state (已办结), the place it concerns (某市某区), "推荐回答(1个)"
                    if _is_boundary(para):
                        pending = []
                        titled = (s, e) if _MESSAGE_TITLE.search(para.strip()) and not _HAS_COLON.search(para) else None
                    elif len(para.strip()) >= 10:
                        pending = [*pending[-2:], (s, e)]
                    continue
                if phase == "q":
                    if cur.question_parts and e - s <= 30 and _STAMP_LINE.fullmatch(para.strip()):
                        continue  # the page's outlet and time stamped between the message and its answer
                    if SALUTATION.match(para) and cur.question_parts:  # (a letter opens with one too)
                        cur.reply_parts.append((s, e))
                        phase = "r"
                        continue
                    if cur.question_parts and (_REPORTER_LEAD.match(para.strip()) or _REPORTER_RELAY.match(para.strip())):
                        continue  # "记者帮你问:", "记者将问题转至X。" — the reporter's follow-up, the answer comes next
                    asked = bool(cur.question_parts) and _QUESTION_END.search(text[cur.question_parts[-1][0] : cur.question_parts[-1][1]])
                    column = _COLUMN_LEAD.match(para)  # "【记者连线】…", "【马上核实】…"
                    # (an office speaking, or the reporter's source: "记者从某公司了解到,")
                    told = (NARRATIVE_REPLY.search(para) or SOURCE_TOLD.match(para)) if asked or column else None
                    if column and not told:
                        continue  # the paper's own check between the message and the answer
                    if told:
                        cur.reply_parts.append((s, e))
                        org = told.group("org")
                        cur.department = _resolve_department(org, text, s + told.start()) or org
                        phase = "r"
                    elif asked and narrative < 2 and not _is_boundary(para.replace("本报讯", "", 1) or "x"):
                        narrative += 1  # the story around a reader's question, before the answer
                    elif _is_boundary(para):
                        close()
                    elif not asked and len(cur.question_parts) < 4:
                        qa, qb = _clean_question(text, s, e)
                        cur.question_parts.append((qa, qb))
                    else:
                        close()
                elif phase in ("r", "sig"):
                    stripped = para.strip()
                    if phase == "r" and not cur.reply_parts:
                        # the first line after a bare "回复:" — a salutation or the body itself
                        cur.reply_parts.append((s, e))
                        if not cur.department:
                            cur.department = _dept_inside_reply(text, s, e)
                    elif _SIGN_DATE.match(stripped):
                        close()
                    elif phase == "r" and is_department(stripped) and len(stripped) <= 30:
                        if not cur.department:
                            cur.department = stripped
                        phase = "sig"
                    elif phase == "r" and _SIGNED_BRACKET.match(stripped) and (signer := _bracket_signer(stripped)):
                        # "(市交通运输局网络发言人)", "(某局 责任领导:某某 经办人:某某)" closing the reply
                        if not cur.department:
                            cur.department = signer
                        phase = "sig"
                    elif phase == "r" and (body := shape.spokesperson_body(stripped)):
                        if not cur.department:  # "某区网络发言人" signing alone below the reply
                            cur.department = body
                        phase = "sig"
                    elif (phase == "r" and _REPLY_SECTION.match(stripped) and n + 1 < len(paras)
                          and _plain_body(text[paras[n + 1][0] : paras[n + 1][1]])):
                        cur.reply_parts.append((s, e))  # "一、问题核实": a heading of the answer's points
                    elif (phase == "sig" or _is_boundary(para) or len(cur.reply_parts) >= 40
                          or stories.opens_with_an_ask(text, s, e)):  # "此前,也有网友咨询“…”"
                        close()
                    else:
                        cur.reply_parts.append((s, e))
    close()
    responders: list[tuple[int, str]] | None = None
    for ex in out:
        if not ex.department:
            if responders is None:
                responders = column_responders(text)
            ex.department = column_responder(responders, ex.start) or guest_body(text, ex.start)
    return out


#: the reply's time, a field beside the replying office on a page's metadata row
_REPLY_TIME = re.compile(r"(?:回复|答复|办理|回信)(?:时间|日期)\s*[:：]")


def _plain_body(para: str) -> bool:
    """A paragraph of body text: a sentence or more, no label or salutation line."""
    s = para.strip()
    return len(s) >= 20 and not _LABEL_CHARS.search(s[:12])


#: a bare asker group as a whole label ("网友:"), which a reply may use as its salutation
_BARE_GROUP = re.compile(rf"\s*{_GROUP}\s*[:：]\s*$")


def _greeting_below(text: str, paras: list[tuple[int, int]], n: int, s: int, e: int, label: int) -> bool:
    """A bare "网友:" alone on its line with a reply's greeting on the next ("您好!关于…收悉"):
    the reply's salutation to the citizen, not a question label."""
    if text[s:e].strip() or n + 1 >= len(paras) or not _BARE_GROUP.match(text, label, e):
        return False
    return shape.opens_reply(text[paras[n + 1][0] : paras[n + 1][1]])


_MID_REPLY = re.compile(
    r"[,，。]\s*((?:该|此)[\u4e00-\u9fff]{1,10}?|[^\n:：,，。]{2,30}?转[^\n:：,，。]{2,30}?|[^\n:：,，。]{2,24}?)"
    + _REPLY_WORD + r"\s*[:：]\s*"
)
#: what every _MID_REPLY holds: a reply verb before its colon (a cheap test before that pattern,
#: which tries three names of up to thirty characters at every comma)
_REPLY_COLON = re.compile(REPLY_VERB.alt() + r"\s*[:：]")


def _segments(
    text: str, a: int, b: int, *, expecting_reply: bool, below_message: bool = False
) -> list[tuple[str, int, int, str | None, int]]:
    """Cut one paragraph into labelled segments ``(kind, start, end, dept, label_start)``
    (``below_message``: the paragraph follows a message, where "X回复如下:…" opening the line
    labels the reply).

    kinds: Q question, R reply, D department field, F other field, T plain text.
    """
    if Q_LINE.match(text, a, b):
        return [("Q", b, b, None, a)]
    # (a reply label alone on its line ends with its reply verb: most lines do not)
    line = R_LINE.match(text, a, b) if text[a:b].rstrip()[-1:] in _REPLY_VERB_ENDS else None
    if line and _resolve_department(line.group("dept"), text, a):
        return [("R", b, b, line.group("dept"), a)]
    if R_HEADING.match(text, a, b):
        return [("R", b, b, None, a)]  # a column's heading over the answer ("帮办结果")
    if not _LABEL_CHARS.search(text, a, b):
        return [("T", a, b, None, a)]  # every other label needs a colon, a bar or a bracket
    marks: list[tuple[int, int, str, str | None]] = []  # (label_start, content_start, kind, dept)
    reach, seen, has_q = -1, 0, False  # over the marks so far (each starts at or before p)
    positions = _label_positions(text, a, b)
    stamp = _BRACKET_STAMP.match(text, a, b)  # a status timeline: "【2021-03-15 09:01】 区城管局: …"
    opening = next((p for p in positions if p >= stamp.end()), a) if stamp else positions[0] if positions else a
    for p in positions:
        while seen < len(marks):  # (kept incrementally: a line of a thousand labels stays linear)
            reach, has_q, seen = max(reach, marks[seen][1]), has_q or marks[seen][2] == "Q", seen + 1
        if p < reach:
            continue
        m = (Q_LABEL.match(text, p, b) or Q_FIELD.match(text, p, b) or Q_NAMED.match(text, p, b)
             or Q_TO_OFFICE.match(text, p, b) or (Q_CALLER.match(text, p, b) if p == a else None))
        if m:
            marks.append((p, m.end(), "Q", None))
            continue
        m = DEPT_FIELD.match(text, p, b)
        if m:
            marks.append((p, m.end(), "D", m.group("dept")))
            continue
        m = OTHER_FIELD.match(text, p, b)
        if m:
            marks.append((p, m.end(), "F", None))
            continue
        m = R_PAREN.match(text, p, b) or R_STAMPED.match(text, p, b)
        if m:
            marks.append((p, m.end(), "R", m.group("dept")))
            continue
        m = R_PLAIN.match(text, p, b)
        if m:
            # "【回复】松溪县城市管理局:您好!…" — the responder opens the reply
            day = _DAY_FIRST.match(text, m.end(), b)
            named = _BARE.match(text, day.end() if day else m.end(), b)
            # "A1:(拱墅区住房和城乡建设局)" — the responder in brackets after the label
            held = _HELD_DEPT.match(text, m.end())
            # the label closing its line: "【部门回复】\n西山区人民政府:网友您好!…"
            below = _BARE.match(text, _skip_space(text, m.end()))
            # "答:某市水务局" — the office alone after the label, the answer on the lines below
            alone = _OFFICE_ALONE.fullmatch(text, m.end(), b) if m.end() < b else None
            if named and names_body(named.group(1)):
                marks.append((p, named.end(), "R", named.group(1)))
            elif alone and is_department(alone.group(1)):
                marks.append((p, b, "R", alone.group(1)))
            elif m.end() >= b and below and is_department(below.group(1)):
                marks.append((p, m.end(), "R", below.group(1)))
            elif held and names_body(held.group(1)):
                marks.append((p, held.end(), "R", held.group(1)))
            else:
                marks.append((p, m.end(), "R", None))
            continue
        m = R_LABEL.match(text, p, b)
        if m and m.group("follows") and m.end() < b and (p > a or not below_message):
            # "某办答复如下:…" inside the text is a relay the reply goes on with, not a label
            # (opening its line below a message, it is one: "某县交通局回复如下:该条道路…")
            m = None
        if m and _resolve_department(m.group("dept"), text, p):
            marks.append((p, m.end(), "R", m.group("dept")))
            continue
        m = R_BRACKET.match(text, p, b)
        if m and _resolve_department(m.group("dept"), text, p):
            marks.append((p, m.end(), "R", m.group("dept")))
            continue
        m = R_NAMED.match(text, p, b) if expecting_reply and p == a else None
        # (introduced above with an office or a title: "…管委会主任邹志超接听市长热线")
        if m and introduced_office(text, m.group("name"), p) is not None:
            marks.append((p, m.end(), "R", m.group("name")))
            continue
        m = TITLE_RESPONDER.match(text, p, b) if expecting_reply else None  # (read only where it counts)
        if m:
            # a district head speaks for its government (by its full name if the programme's
            # header lists it); a bare title for the body on air, found later from the header
            place, guest = m.group("place"), guest_body(text, p)
            dept = (guest if guest and place in guest else place + "政府") if place else None
            marks.append((p, m.end(), "R", dept))
            continue
        if p > a and has_q:
            # question and answer on one line: "市民:…希望建一所公办园 。 武汉经开区:…"
            bare = _bare_responder(text, p, b)
            if bare:
                marks.append((p, bare[1], "R", bare[0]))
                continue
        if p == opening and expecting_reply and not marks:  # (after a bullet: "●某局:")
            person = PERSON_RESPONDER.match(text, p, b)
            if person:
                marks.append((a, person.end(), "R", person.group("org")))
                continue
            bare = _bare_responder(text, p, b)
            if bare and not _addresses_office(text, bare[1], b):
                marks.append((a, bare[1], "R", bare[0]))
    # pronoun/relay replies in mid-sentence: "记者将问题转至市交通运输局,该局回复:"
    if not any(k == "R" for _, _, k, _ in marks) and _REPLY_COLON.search(text, a, b):
        for m in _MID_REPLY.finditer(text[a:b]):
            p = a + m.start(1)
            generic = stories.GENERIC_OFFICE.search(m.group(1))
            name = None if generic else _resolve_department(m.group(1), text, p)
            if name or generic:
                # the lead-in ("记者将问题转至…,") belongs to the reply label, not the question;
                # an office left unnamed ("市政府相关部门") is looked for in the answer itself
                marks.append((a, a + m.end(), "R", name))
                break
    marks.sort()
    segs: list[tuple[str, int, int, str | None, int]] = []
    if not marks or marks[0][0] > a:
        first = marks[0][0] if marks else b
        if text[a:first].strip(" \t\u3000|｜"):
            segs.append(("T", a, first, None, a))
    for i, (ls, cs, kind, dept) in enumerate(marks):
        end = marks[i + 1][0] if i + 1 < len(marks) else b
        segs.append((kind, cs, end, dept, ls))
    return segs


def reply_body(text: str, ex: Exchange) -> str:
    """The reply without label, signature, date or contact/closing sentences."""
    parts = [text[s:e].strip(" \t\u3000|｜") for s, e in ex.reply_parts]
    body = "\n".join(p for p in parts if p)
    # drop trailing courtesy/contact sentences
    sents = _AFTER_STOP.split(body)
    while sents and (not sents[-1].strip() or _CONTACT.search(sents[-1])):
        sents.pop()
    return "".join(sents).strip() or body.strip()


def question_text(text: str, ex: Exchange) -> str:
    return "\n".join(text[s:e].strip() for s, e in ex.question_parts if text[s:e].strip())
