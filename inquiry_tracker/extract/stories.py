"""Exchanges a page tells rather than labels: answer letters to delegates (人大建议/政协提案
答复: the letter greets the delegate and quotes the suggestion) and exchanges a news story
retells ("有市民通过热线反映…" then "对此,X回复称…"). Built on :mod:`shape`'s replies and offices.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from inquiry_tracker.extract.departments import ORG_MENTION, SUFFIX_ALT
from inquiry_tracker.extract.lexicon import (
    ASKER,
    ASKER_TITLE,
    DATE_LINE,
    DELEGATE,
    MESSAGE_STATUS,
    OFFICE_VOICE,
    PAGE_CHROME,
    REPORTED_ASK,
    REPORTED_REPLY,
    SECTION_ANSWERED,
    SECTION_ASKED,
    SOURCE_TOLD,
    SPEECH_VERB,
    SUGGESTION,
    TITLE,
    WRITTEN_DAY,
)
from inquiry_tracker.extract.shape import (
    PLACE_ONLY,
    POSTER,
    Exchange,
    office_name,
    reply_extent,
    signed_below,
)
from inquiry_tracker.extract.speakers import introduced_office, official

# --------------------------------------------------------------------------- answer letters

_DELEGATE_LINE = re.compile(
    rf"\s*(?:尊敬的)?[\u4e00-\u9fff·、,，\s0-9]{{2,60}}?{DELEGATE.alt()}\s*(?:[,，]?\s*(?:您好|你好|您们好))?\s*[:：!！]"
    # or a handling plan that names the delegate: "针对陶某委员提出的“关于…的建议”的提案,现将办理方案汇报如下"
    rf"|\s*(?:针对|关于|对于)[^,，。\n]{{0,30}}?{DELEGATE.alt()}[^,，。\n]{{0,6}}?提出的"
    # or a letter telling whose suggestion it answers: "在…会议上,某某委员提出的…的提案收悉"
    rf"|[^\n。]{{0,40}}?[,，]\s*[\u4e00-\u9fff·、]{{2,12}}?{DELEGATE.alt()}(?:们)?提出的[^\n。]{{4,80}}?(?:{SUGGESTION.alt()})(?:已)?收悉"
    # or a co-handling office's answer to the lead office: "我单位协助贵单位办理的“关于…”的提案"
    r"|\s*(?:我单位|我局|我委|我办|我区|我县|我市)?(?:协助|协同|会同)(?:贵单位|你单位|贵委|贵局|贵办)办理的"
    # or the delegate addressed as 您, the meeting named: "您在某县人大第五次会议上提出的第63号“关于…的建议”"
    r"|\s*(?:您(?:们)?|贵(?:会|单位|组|党派|委))在[^。,，\n]{2,40}?会议?(?:上|期间)\s*提出\s*的"
    # or a greeting and the suggestion recalled to whoever made it: "某组: 您组提出的关于…的建议提案收悉"
    rf"|\s*(?:[^\n:：。]{{2,20}}[:：]\s*)?(?:您|你)(?:们|组)?所?提出的[^\n。]{{4,100}}?(?:{SUGGESTION.alt()})(?:已)?收悉"
    # or the group addressed as 贵单位, maybe after a line of thanks: "感谢贵单位对…的支持。贵单位所提出的关于…"
    r"|(?:[^\n。]{0,40}。)?\s*贵(?:会|单位|组|党派|委)所?提出的"
)
#: the letter's heading and its greeting on one line: "对…第134号提案的答复 张某委员:"
_HEADED_GREETING = re.compile(
    # (a class mark may stand between: "…的答复(B)某某代表团:")
    rf"(?:的答复|的回复|的复函|答复函)(?:\s*[(（][A-Da-d甲乙丙][类類]?[)）]\s*|\s+)(?P<greet>[\u4e00-\u9fff·、,，0-9]{{2,30}}?{DELEGATE.alt()}\s*[:：])"
)
_PROPOSED_TITLE = re.compile(rf"{DELEGATE.alt()}(?:们)?提出的(?P<s>[^\n。]{{4,80}}?)的(?:{SUGGESTION.alt()})(?:已)?收悉")
_MARKED_TITLE = re.compile(r"提出的\s*(?:第\s*\d+\s*号)?\s*《(?P<s>[^》\n]{4,80})》")
_QUOTED_SUGGESTION = re.compile(
    # ("关于某会议代表建议…的答复": the meeting's suggestions, not one suggestion's title)
    rf"(?:《|“|\")?(?P<s>关于(?:(?!关于)[^》。!！?？\n]){{2,80}}?(?:的)?(?<!代表)(?<!委员)(?:{SUGGESTION.alt()})+)(?![的之])(?:》|”|\")?"
)


#: a word every answer letter's greeting holds (each branch of _DELEGATE_LINE and
#: _HEADED_GREETING needs a delegate or a co-handling verb): a paragraph without one opens none
_LETTER_WORD = re.compile("|".join([*DELEGATE.words, "协助", "协同", "会同", "上提出", "上 提出", "提出的"]))  # (flat: re skips ahead)


def answer_letters(text: str, paras: list[tuple[int, int]], taken: Callable[[int], bool],
                   stop: Callable[[int], bool]) -> list[Exchange]:
    """人大建议 / 政协提案 answer letters: the letter greets the delegate ("王天秀代表:"); the
    suggestion it quotes ("关于…的建议") is the question, the letter the reply, the office that
    signs it the department."""
    out: list[Exchange] = []
    for i, (a, b) in enumerate(paras):
        if taken(i) or not _LETTER_WORD.search(text, a, b):
            continue  # no delegate and no co-handling office: the paragraph greets nobody
        delegate = _DELEGATE_LINE.match(text, a, b)
        headed = None if delegate else _HEADED_GREETING.search(text, a, min(b, a + 300))
        if headed is None and not delegate:
            continue
        first = headed.start("greet") if headed else a + (len(text[a:b]) - len(text[a:b].lstrip()))
        parts, signed, nxt = reply_extent(text, paras, i, first, lambda j: taken(j) or stop(j))
        if sum(e - s for s, e in parts) < 30:
            continue
        # the suggestion as the letter quotes it, else as the page's title names it
        q = None
        for m in _QUOTED_SUGGESTION.finditer(text, parts[0][0], min(parts[-1][1], parts[0][0] + 400)):
            q = (m.start("s"), m.end("s"))
            break
        if q is None:  # "委员提出的融文于城…的提案收悉": the title named without 关于 or quotes,
            # or in title marks without 关于 ("您…提出的《建议某路开通公交车》收悉")
            titled = _PROPOSED_TITLE.search(text, parts[0][0], min(parts[-1][1], parts[0][0] + 400)) \
                or _MARKED_TITLE.search(text, parts[0][0], min(parts[-1][1], parts[0][0] + 400))
            q = (titled.start("s"), titled.end("s")) if titled else None
        if q is None:
            for k in range(i - 1, max(-1, i - 8), -1):
                above = _QUOTED_SUGGESTION.search(text, *paras[k])
                if above:
                    q = (above.start("s"), above.end("s"))
                    break
        if q is None:
            continue
        ex = Exchange(start=min(q[0], parts[0][0]), q_start=0, q_end=0, question_parts=[q],
                      reply_parts=parts)
        # the office may head the letter on a line of its own ("州水利局" above "主任、各位委员:"),
        # unless that line greets the office the letter is sent to ("市卫健委:")
        line_above = text[paras[i - 1][0] : paras[i - 1][1]].strip() if i > 0 else ""
        heading = office_name(line_above) if line_above and line_above[-1] not in ":：" else None
        below = signed_below(text, paras[nxt - 1][1], 300) if 0 < nxt <= len(paras) else None
        ex.department = signed or below or heading
        out.append(ex.seal())
    return out


#: a letter's answer to a suggestion it quotes: "针对“…”建议,我局结合工作实际,现回复如下。"
_ANSWERS_QUOTE = re.compile(
    r"\s*(?:针对|关于|对于|就)[“\"《](?P<q>[^”\"》\n]{4,80})[”\"》]的?"
    rf"(?:{SUGGESTION.alt()}|问题|留言|诉求)[^。\n]{{0,30}}?现?(?:将[^。\n]{{0,10}})?(?:回复|答复)如下\s*[。:：]?\s*"
)


def quoted_answers(text: str, paras: list[tuple[int, int]], taken: Callable[[int], bool],
                   stop: Callable[[int], bool]) -> list[Exchange]:
    """A letter (a co-handling office's opinion, an answer to a suggestion) that names what it
    answers in quotes and says it answers below: the quote is the question, the rest of the
    letter the reply, its signature the office (else the office its title opens with)."""
    out: list[Exchange] = []
    for i, (a, b) in enumerate(paras):
        if taken(i) or "如下" not in text[a:b]:
            continue
        m = _ANSWERS_QUOTE.match(text, a, b)
        if m is None:
            continue
        first = m.end() if m.end() < b else (paras[i + 1][0] if i + 1 < len(paras) else b)
        start = i if m.end() < b else i + 1
        if start >= len(paras) or taken(start):
            continue
        parts, signed, nxt = reply_extent(text, paras, start, first, lambda j: taken(j) or stop(j))
        if sum(e - s for s, e in parts) < 30:
            continue
        ex = Exchange(start=m.start("q"), q_start=0, q_end=0, question_parts=[(m.start("q"), m.end("q"))],
                      reply_parts=parts)
        below = signed_below(text, paras[nxt - 1][1], 300) if 0 < nxt <= len(paras) else None
        ex.department = signed or below
        out.append(ex.seal())
    return out


#: a reply headed by the post it answers: "关于“某路何时修?”一贴的回复 “某某”网友: 你好!…"
_POST_REPLY = re.compile(
    r"\s*关于[“\"「](?P<q>[^”\"」\n]{4,80})[”\"」](?:一贴|一帖|帖子|的帖子|留言|的留言|一文)?的(?:回复|答复)\s*"
    r"(?P<greet>[^\n:：]{0,24}[:：]?\s*(?:你好|您好))"
)


def post_replies(text: str, paras: list[tuple[int, int]], taken: Callable[[int], bool],
                 stop: Callable[[int], bool]) -> list[Exchange]:
    """Replies a forum or board prints under the title of the post they answer: the quoted
    title is the question, the reply runs from its greeting."""
    out: list[Exchange] = []
    for i, (a, b) in enumerate(paras):
        if taken(i):
            continue
        m = _POST_REPLY.match(text, a, b)
        if not m:
            continue
        parts, signed, _ = reply_extent(text, paras, i, m.start("greet"), lambda j: taken(j) or stop(j))
        if sum(e - s for s, e in parts) < 30:
            continue
        ex = Exchange(start=a, q_start=0, q_end=0, question_parts=[(m.start("q"), m.end("q"))], reply_parts=parts)
        ex.department = signed
        out.append(ex.seal())
    return out


#: a writer's date closing the message ("…尽快处理 2019年9月20日")
_WRITERS_DATE = re.compile(r"\s+(?:19|20)\d\d\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?\s*$")


def section_records(text: str, paras: list[tuple[int, int]], taken: Callable[[int], bool],
                    stop: Callable[[int], bool]) -> list[Exchange]:
    """A record printed as two blocks under bare headings whose field names the copy lost:
    "信件信息" over the message's values (number, kind, date, title, the message: the longest
    of them), "回复信息" over the answer's (the office, the date, then the answer)."""
    out: list[Exchange] = []
    asked: int | None = None  # the paragraph of the last heading over a message
    for i, (a, b) in enumerate(paras):
        line = text[a:b].strip()
        if len(line) > 8:
            continue
        if SECTION_ASKED.holds(line):
            asked = i
            continue
        if asked is None or taken(i) or not SECTION_ANSWERED.holds(line):
            continue
        values = [j for j in range(asked + 1, i) if not taken(j)]
        first, asked = paras[asked][0], None
        if not values:
            continue
        qa, qb = paras[max(values, key=lambda j: paras[j][1] - paras[j][0])]
        dated = _WRITERS_DATE.search(text, qa, qb)
        qb = dated.start() if dated else qb
        if qb - qa < 15:
            continue
        office, j = None, i + 1
        while j < len(paras) and j <= i + 3:  # the answer's office and date lines, in either order
            value = text[paras[j][0] : paras[j][1]].strip()
            if DATE_LINE.match(value):
                j += 1
            elif office is None and len(value) <= 30 and (name := office_name(value)):
                office, j = name, j + 1
            else:
                break
        if j >= len(paras) or taken(j):
            continue
        parts, signed, _ = reply_extent(text, paras, j, paras[j][0], lambda k: taken(k) or stop(k))
        if sum(e - s for s, e in parts) < 15:
            continue
        ex = Exchange(start=first, q_start=0, q_end=0, question_parts=[(qa, qb)], reply_parts=parts)
        ex.department = office or signed
        out.append(ex.seal())
    return out


#: a supervision report's entry: the matter, then who looked into it and what was done
#: ("关于反映某路段路灯不足的问题。经某县委核办,…"; "关于群众反映…问题。经某局核查,…")
_HANDLED_MATTER = re.compile(
    r"\s*(?:[一二三四五六七八九十\d]{1,3}[、.．]\s*)?关于(?:网友|网民|群众|市民|村民|居民)?反映(?P<q>[^。!！?？\n]{4,120}?(?:的)?(?:问题|诉求|情况))[。:：]\s*"
    r"(?P<r>经(?P<org>[\u4e00-\u9fff]{2,20}?)(?:核办|核实|核查|调查|查实|督办|办理))[,，]"
)


def handled_matters(text: str, paras: list[tuple[int, int]], taken: Callable[[int], bool]) -> list[Exchange]:
    """Entries of a report on matters the public raised, each a paragraph naming the matter and
    how it was handled: the matter is the question, the handling the reply, its handler the
    department (an office the view names by its level: 某县委, 某区水利局)."""
    out: list[Exchange] = []
    for i, (a, b) in enumerate(paras):
        if taken(i):
            continue
        m = _HANDLED_MATTER.match(text, a, b)
        if m is None or b - m.start("r") < 15:
            continue
        ex = Exchange(start=m.start("q"), q_start=0, q_end=0, question_parts=[(m.start("q"), m.end("q"))],
                      reply_parts=[(m.start("r"), len(text[:b].rstrip()))])
        ex.department = m.group("org")
        out.append(ex.seal())
    return out


#: a hotline case report's sections: "一、基本情况" (the caller's words), "二、落实办理情况" (what was done)
_CASE_FACTS = re.compile(r"\s*[一1][、.．]\s*(?:基本情况|来电情况|诉求内容|反映情况)")
_CASE_HANDLED = re.compile(r"\s*[二2][、.．]\s*(?:落实|调查)?(?:办理|处理|核查|核实)情况")
#: the caller's words under the first section ("来话人反映:…")
_CALLER_SAID = re.compile(r"[^\n:：]{0,12}(?:反映|咨询|诉求|来电称|称)\s*[:：]\s*")


def case_reports(text: str, paras: list[tuple[int, int]], taken: Callable[[int], bool],
                 stop: Callable[[int], bool]) -> list[Exchange]:
    """A hotline's case report answering a call in numbered sections (基本情况, 落实办理情况,
    答复反馈情况): the caller's words are the question, the report from its first section the
    reply, the office it is addressed from (the line above) or signed by the department."""
    out: list[Exchange] = []
    for i, (a, b) in enumerate(paras):
        if taken(i) or not _CASE_FACTS.match(text, a, b):
            continue
        handled = next((j for j in range(i + 1, min(len(paras), i + 5)) if _CASE_HANDLED.match(text, *paras[j])), None)
        if handled is None:
            continue
        q = None
        for j in range(i, handled):
            qa, qb = paras[j]
            m = _CALLER_SAID.search(text, qa, qb)
            if m and qb - m.end() >= 8:
                q = (m.end(), qb)
                break
        if q is None:
            continue
        def ends(j: int, first: int = i) -> bool:
            return j != first and (taken(j) or stop(j))

        parts, signed, _ = reply_extent(text, paras, i, a, ends)
        ex = Exchange(start=a, q_start=0, q_end=0, question_parts=[q], reply_parts=parts)
        above = text[paras[i - 1][0] : paras[i - 1][1]].strip().rstrip(":：") if i > 0 else ""
        ex.department = office_name(above) or signed
        out.append(ex.seal())
    return out


# --------------------------------------------------------------------------- exchanges told in news

GENERIC_OFFICE = re.compile(r"(?:相关|有关|职能)部门|相关单位|^官方$|^(?:该|此)?项目(?:部|方)?(?:相关|有关)?$|^施工(?:方|单位)(?:相关|有关)?$")
#: who may be reported asking: the lexicon's askers, the public a service meets, or a person
#: called by how a page calls them after a surname ("马师傅接过话筒反映")
_ASKER_NEAR = re.compile(rf"(?:{ASKER.alt()}|游客|乘客|患者|商户|企业|公司|学生|职工|微信号|{ASKER_TITLE.alt()})")
_ASK_WORD = re.compile(REPORTED_ASK.alt())
_REPLY_WORD = re.compile(REPORTED_REPLY.alt().replace("复", "[复覆]"))  # (回覆: a mirror's spelling)
_QUOTE = re.compile(r"[“\"]([^”\"\n]{6,300})[”\"]")
#: a quote opened right after the ask word, closing only after the sentence's end
_QUOTE_OPENED = re.compile("(?:" + REPORTED_ASK.alt() + r")[:：]?\s*[“\"](?=[^”\"\n]*$)", re.M)
#: a quote named as what was asked: "“…”的建议", "“…”这一诉求"
_NAMED_AS_ASKED = re.compile(r"(?:的|这一|这个|一)?(?:建议|诉求|问题|提问|留言|疑问|意见|咨询|提议|投诉)")
#: words that make a quote a question
_ASKING_WORDS = re.compile(r"[?？吗]|何时|什么时候|能否|是否|多久|怎么办|为什么|为何|有没有|会不会|能不能|可不可以")
_CLAUSE_CUT = re.compile(r"[,，。;；!！?？:：]")


_SENTENCE_STOP = re.compile(r"[。!！?？\n]")
_FULL_STOP = re.compile(r"[。!！?？]")


def _sentence_start(text: str, lo: int, pos: int) -> int:
    """Where the sentence holding ``pos`` starts; a quotation's own ?/。 do not end it
    ("“…什么时候能供上热?”对于网友的这一问题,区长答复" is one sentence)."""
    ends = [m.end() for m in _SENTENCE_STOP.finditer(text, lo, pos)]
    start = ends[-1] if ends else lo
    head = text[start:pos]
    if head.count("”") > head.count("“"):
        opened = text.rfind("“", lo, start)
        if opened >= 0:
            return _sentence_start(text, lo, opened)
    return start


#: an official's words under a caption naming them, as TV and radio stories print them:
#: "王某 某市某某管理有限公司 建设管理部 副部长:…" (a name, the office, the title, a colon)
_CAPTION = re.compile(
    rf"\s*[\u4e00-\u9fff]{{2,4}}\s+(?P<who>[\u4e00-\u9fff][\u4e00-\u9fff\s()（）]{{3,40}}?副?(?:{TITLE.alt()}|负责人|工作人员))\s*[:：]"
)
#: an answer told as given to the question just reported: "针对该问题,X回答,", "谈到该问题时,X透露,"
_ON_THE_ASK = re.compile(
    r"(?:(?:针对|谈到|对于|关于|就)(?:该|这一|这个|此|上述|网友的?这一?)(?:问题|话题|疑问)时?|对此)\s*[,，]\s*"
    rf"(?P<who>[^,，。!！?？\n]{{2,30}}?)(?:{SPEECH_VERB.alt()})\s*[,，:：]"
)
#: the office a suggestion was given to, as a report on its handling names it: "承办单位区城乡建委结合实际,…"
_HANDLER = re.compile(rf"(?:承办单位|办理单位|主办单位|牵头单位)\s*(?P<who>{ORG_MENTION.pattern})")
#: a delegate's suggestion named in a report: "区人大代表某某提出了《关于…的建议》"
_DELEGATE_ASKED = re.compile(rf"(?:{DELEGATE.alt()})[\u4e00-\u9fff]{{0,4}}?提出了?的?")

#: what a caption holds: a title's last character before a colon (one class: a scan for the
#: whole titles would cost more than the rest of this step)
_CAPTION_HINT = re.compile("[" + "".join(sorted({w[-1] for w in TITLE.words} | {"人", "员"})) + r"]\s*[:：]")
#: what an answer to the question just reported holds: "该问题,"
_POINTER_HINT = re.compile(r"(?:(?:该|这一|这个|此|上述)(?:问题|话题|疑问)时?|对此)\s*[,，]")


#: an office opening a paragraph with its words: "X表示,“…”"
_SAYS = re.compile(rf"\s*(?P<who>{ORG_MENTION.pattern})(?:{SPEECH_VERB.alt()})\s*[,，:：]\s*“?")


#: an office speaking at a sentence's start, after the day it spoke: "10月31日,某区教委介绍,"
_OFFICE_SAYS = re.compile(
    rf"\s*(?:\d{{1,2}}月\d{{1,2}}日[,，]?)?(?P<who>[\u4e00-\u9fff]{{2,20}}?(?:{SUFFIX_ALT}))"
    r"(?:相关负责人|负责人)?(?:介绍|表示|回应)\s*[,，:：]")
#: its verb (what a page without one can skip on: the words are rare, the scan literal)
_SAYS_VERB = re.compile(r"(?:介绍|表示|回应)\s*[,，:：]")
_SENTENCE_STOP = re.compile(r"[。!！\n]")


def _answers(text: str, a: int, b: int) -> list[tuple[int, int, str | None]]:
    """``(start, end, who)`` of every answer the paragraph ``[a, b)`` reports: a reply word
    ("X回复称", the office read from the words before it: ``who`` None), an official's caption
    opening the paragraph, or a speaker answering "该问题" just reported (``who`` as written)."""
    found: list[tuple[int, int, str | None]] = [(m.start(), m.end(), None) for m in _REPLY_WORD.finditer(text, a, b)]
    caption = _CAPTION.match(text, a, b)
    if caption is not None:  # (the office is the first of the caption's parts: not its 建设管理部)
        parts = caption.group("who").split()
        found.append((a, caption.end(), parts[0] if len(parts) > 1 and office_name(parts[0]) else caption.group("who")))
    found += [(m.start(), m.end(), m.group("who")) for m in _ON_THE_ASK.finditer(text, a, b)]
    if _SAYS_VERB.search(text, a, b):  # (read only at sentence starts)
        for p in (a, *(m.end() for m in _SENTENCE_STOP.finditer(text, a, b))):
            said = _OFFICE_SAYS.match(text, p, b)
            if said:
                found.append((said.start("who"), said.end(), said.group("who")))
    found += [(m.start(), m.end(), m.group("who")) for m in _HANDLER.finditer(text, a, b)]
    if _ASKER_NEAR.search(text, a, b):
        found += _named_after_ask(text, a, b)
    return sorted(found)


#: a paragraph going on with what the source said: "据了解,", "该负责人表示,", "相关负责人说,"
_GOES_ON = re.compile(r"\s*(?:据了解|据介绍|据悉|该负责人|(?:[\u4e00-\u9fff]{2,16}?)?(?:相关|有关)?负责人(?:还|也)?(?:说|表示|介绍|称))")
#: a televised 问政 printed as caption lines: the host's ("主持人 徐 某"), then the guest's, an
#: office and title before a name spaced out ("某区副区长、公安分局局长 梁 某"), the answer after it
#: (on the next line, or run on by the copy)
_SPACED_NAME = r"[\u4e00-\u9fff](?:[ \t\u3000][\u4e00-\u9fff]){1,2}"
_HOST_LINE = re.compile(r"\s*(?:问政)?主持人\s*[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,2}\s*")
_GUEST_LINE = re.compile(
    rf"\s*(?P<who>[\u4e00-\u9fff、()（）]{{2,40}}?副?(?:{TITLE.alt()}|负责人))[ \t\u3000]+{_SPACED_NAME}\s*")


def captioned_exchanges(text: str, paras: list[tuple[int, int]], taken: Callable[[int], bool]) -> list[Exchange]:
    """Exchanges of a televised 问政 printed as captions: the host's caption line, the question,
    the guest's caption, the answer (the guest, as captioned, answers: place, titles, name)."""
    out: list[Exchange] = []
    if "主持人" not in text:
        return out
    for i in range(len(paras) - 2):
        if any(taken(k) for k in range(i, i + 3)) or not _HOST_LINE.fullmatch(text, *paras[i]):
            continue
        (qa, qb), (ga, gb) = paras[i + 1], paras[i + 2]
        guest = _GUEST_LINE.match(text, ga, gb)
        if guest is None or qb - qa < 8:
            continue
        ra, rb = (guest.end(), gb) if gb - guest.end() >= 8 else paras[i + 3] if i + 3 < len(paras) and not taken(i + 3) else (gb, gb)
        if rb - ra < 8:
            continue
        ex = Exchange(start=qa, q_start=0, q_end=0, question_parts=[(qa, qb)], reply_parts=[(ra, rb)])
        ex.department = text[ga : guest.end()].strip()
        out.append(ex.seal())
    return out


#: a post's head whose poster the copy lost: "发表于 2023-11-15 17:29:05"
_BARE_POST = re.compile(r"\s*发表于\s*(?:19|20)\d\d")


def _status_office(text: str, paras: list[tuple[int, int]]) -> str | None:
    """The office a board's status block names, on the line after its state ("已处理" / "某局")."""
    for k in range(len(paras) - 1):
        if MESSAGE_STATUS.holds(text[paras[k][0] : paras[k][1]].strip()):
            office = office_name(text[paras[k + 1][0] : paras[k + 1][1]].strip())
            if office:
                return office
    return None


def office_post_exchanges(text: str, paras: list[tuple[int, int]], taken: Callable[[int], bool]) -> list[Exchange]:
    """A forum thread where an office posts the answer under its own name, with no greeting or
    label: the post before it (its body, not its title) asks, the office's post answers."""
    out: list[Exchange] = []
    if "发表于" not in text:
        return out
    heads = [i for i, (a, b) in enumerate(paras) if POSTER.match(text, a, b) or _BARE_POST.match(text, a, b)]
    handled_by: str | None = None  # the office a board's status block names ("已处理" / "某局" / "处理时间")
    for prev, cur in zip(heads, heads[1:], strict=False):
        who, before = POSTER.match(text, *paras[cur]), POSTER.match(text, *paras[prev])
        office = office_name(who.group("org")) if who else None
        if before is not None and office_name(before.group("org")) is not None:
            continue  # (an office answering a citizen's post, not one office after another)
        asked = [k for k in range(prev + 1, cur) if not taken(k) and paras[k][1] - paras[k][0] >= 20]
        end = next((k for k in heads if k > cur), len(paras))
        answer = [k for k in range(cur + 1, end) if not taken(k) and paras[k][1] - paras[k][0] >= 8
                  and not PAGE_CHROME.holds(text[paras[k][0] : paras[k][1]])]
        if office is None and who is None and answer and asked and any(
                _ASKING_WORDS.search(text, *paras[k]) for k in asked) and OFFICE_VOICE.pattern.search(text, *paras[answer[0]]):
            # a post whose poster the copy lost, answering in an office's voice ("下一步,我们将…"),
            # under a board whose status block names the office that handled it
            handled_by = handled_by or _status_office(text, paras) or ""
            office = handled_by or None
        if office is None or not asked or not answer:
            continue
        ex = Exchange(start=paras[asked[0]][0], q_start=0, q_end=0,
                      question_parts=[paras[k] for k in asked], reply_parts=[paras[answer[0]]])
        ex.department = office
        out.append(ex.seal())
    return out


#: another person speaking after a sentence of the answer: "。”陈某进一步明确表示,"
_ANOTHER_SPEAKER = re.compile(
    r"[。”](?P<who>[\u4e00-\u9fff]{2,3}?)(?:还|也|进一步|同时|随后)?(?:明确)?(?:表示|说|指出|介绍|强调|补充)[,，:：]")
#: a person named alone answering, opening a sentence: "董某表示,", "董某说,"
_NAMED_SPEAKS = re.compile(r"(?P<who>[\u4e00-\u9fff]{2,3})(?:表示|说|回答|回应|答复)\s*[,，:：]")


def _named_after_ask(text: str, a: int, b: int) -> list[tuple[int, int, str | None]]:
    """A guest answering the call just reported, by name alone (a broadcast write-up: "有听众
    询问某路何时完工。董某说,…"), when the text introduced them earlier with an office or title."""
    found: list[tuple[int, int, str | None]] = []
    prev: tuple[int, int] | None = None
    for s_start, s_end in _sentences_of(text, a, b):
        m = _NAMED_SPEAKS.match(text, s_start, s_end)
        if m and prev is not None and _ASKER_NEAR.search(text, *prev) and _ASK_WORD.search(text, *prev) \
                and introduced_office(text, m.group("who"), s_start):
            found.append((s_start, m.end(), m.group("who")))
        prev = (s_start, s_end)
    return found


def _asked_before(text: str, a: int, at: int) -> tuple[int, int] | None:
    """The last sentence that asks in the paragraph before ``at`` (the one "该问题" points at:
    "X何时能建成?", "X何时能建成,也是许多网友关心的话题。")."""
    for s_start, s_end in reversed(_sentences_of(text, a, at)):
        if s_end - s_start >= 6 and _ASKING_WORDS.search(text, s_start, s_end):
            return s_start, s_end
    return None


_DAY_LEAD = re.compile(rf"^{WRITTEN_DAY}(?:[上下]午|晚上?|早上?)?")


def _answering_office(text: str, clause: int, at: int, who: str | None, asked: tuple[int, int] | None,
                      replier: str | None) -> tuple[bool, str | None]:
    """Whether an answer is told at ``at`` (its sentence starting at ``clause``), and the office
    it is told from (None when the story leaves it unnamed: "相关部门")."""
    if who is None:
        pieces = _CLAUSE_CUT.split(text[clause:at])
        # (the seconds of a glued time stamp are no part of the name: "…09:52:40市公安局回复:")
        # (nor the day it was told: "2月24日某热线中心回复,")
        lead = pieces[-1].lstrip(" ”“\"」")  # (nor the quote of the answer it follows: "…汇报如下。”某公司在回复中表示")
        lead = _DAY_LEAD.sub("", lead).lstrip("0123456789 -./")
        who = re.sub(r"^(?:对此|随后|同时|针对|对于)", "", lead).strip()
        # "这条留言很快得到了某局的回复": the office is what the message received an answer from
        got = re.search(r"(?:得到|获得|收到)了?(?=[\u4e00-\u9fff]{2})", who)
        who = who[got.end():] if got else who
    who = re.sub(r"\s+", "", who)
    org = (office_name(who) or next((o.group(0) for o in ORG_MENTION.finditer(who)), None)
           or official(who) or (who if PLACE_ONLY.match(who) else None))  # "东湖高新区回复称"
    if not org:
        # "收到留言后,某市进行办理并回复:" — a place answering in its own name, handling it
        handled = _HANDLED_BY.search(who)
        org = handled.group("org") if handled else None
    if not org and _SOMEONE_THERE.match(who):
        # "记者致电了凯里市交通局,该单位负责人表示": the office named earlier in the sentence
        named = [o.group(0) for o in ORG_MENTION.finditer(text, clause, at)]
        org = named[-1] if named else None
    if not org and replier and who in ("", "得到", "其", "获得"):
        org = replier  # "X回复了市民关于…的问题。得到回复:…"
    if not org:
        org = introduced_office(text, who, clause)  # "季某某回答," — introduced earlier by office and title
    if not org and not GENERIC_OFFICE.search(who) and not (_RECEIVED.search(who) and asked):
        return False, None  # (an office left unnamed, "相关部门" or "他们很快得到了答复", is found in the answer later)
    return True, org


def reported_exchanges(text: str, paras: list[tuple[int, int]], taken: Callable[[int], bool]) -> list[Exchange]:
    """Exchanges a news story tells: a citizen's message reported ("有网友在问政平台询问:“…”"),
    then the office's answer ("对此,X回复称,…", an official's caption, "针对该问题,X回答,").
    The answer runs to the end of its paragraph; the question is what the story quotes, else
    the message as the story reports it — the words after "…咨询:", a "市民关于…的问题" it
    names, or the whole reporting sentence."""
    out: list[Exchange] = []
    if not (_REPLY_WORD.search(text) or _CAPTION_HINT.search(text) or _POINTER_HINT.search(text)
            or _HANDLER.search(text) or (_ASK_WORD.search(text) and (_NAMED_SPEAKS.search(text) or _SAYS_VERB.search(text)))):
        return out  # every exchange here is told by a reply word ("回复称"…), a caption, "该问题" or a guest: none on the page
    asked: tuple[int, int] | None = None  # the latest reported message (view span)
    replier: str | None = None  # the office a story says answered it ("X回复了市民关于…的问题")
    # an answer told as given ("X针对该网友提出的建议进行回复。"), its words in a later
    # paragraph that X opens ("X表示,“…”"): (X, the question)
    pending: tuple[str, tuple[int, int]] | None = None
    asked_at = -1  # the paragraph that reported ``asked``
    for i, (a, b) in enumerate(paras):
        if taken(i):
            asked, replier, pending = None, None, None
            continue
        asks = _reported_asks(text, a, b)
        if asks and i + 1 < len(paras) and not taken(i + 1) and text[a:b].rstrip().endswith((":", "：")) \
                and asks[-1][1][1] >= len(text[:b].rstrip()) - 1:
            # "有网友爆料称:" closing its line: the message is the next one
            asks[-1] = (asks[-1][0], paras[i + 1], asks[-1][2])
        answers = _answers(text, a, b)
        if not answers and asked is not None and asked_at == i - 1 and _ASKING_WORDS.search(text, *asked):
            # the message's question, then the reporter's source opening the next paragraph ("近日,
            # 某小区居民反映…什么时候才能建好?" / "12月20日,记者从某管委会了解到,…"): its answer
            source = SOURCE_TOLD.match(text, a, b)
            if source:
                answers = [(a, source.end(), source.group("org"))]
        said = _SAYS.match(text, a, b) if pending is not None and not answers else None
        if said is not None and pending is not None and said.group("who") == pending[0]:
            answers = [(a, said.end(), said.group("who"))]
            asked = pending[1]
        for m_start, m_end, who in answers:
            clause = _sentence_start(text, a, m_start)
            # a message reported earlier in the paragraph (or earlier in the answer's own sentence:
            # "有网友留言咨询X,12月11日,某公司做出回应")
            while asks and (asks[0][0] < clause or (asks[0][0] == clause and who is None and asks[0][1][1] <= m_start)):
                _, asked, replier = asks.pop(0)
            if who is not None and asks and asks[0][0] == clause and m_start == a:
                asks.pop(0)  # a caption's own words are the answer, not a message reported
            told, org = _answering_office(text, clause, m_start, who, asked, replier)
            if not told:
                continue
            # a quote is the question only when it asks or a citizen is said to have said it
            # (not an official's own words quoted before "负责人介绍")
            quoted = [q for q in _QUOTE.finditer(text, clause, m_start)
                      if _ASKING_WORDS.search(q.group(1)) or _ASKER_NEAR.search(text, clause, m_start)
                      or _NAMED_AS_ASKED.match(text, q.end())]
            question = (quoted[-1].start(1), quoted[-1].end(1)) if quoted else asked
            if question is None and who is not None and m_start > a:
                question = _asked_before(text, a, m_start)  # "X何时…?…针对该问题,Y回答,"
            body = m_end
            while body < b and text[body] in ",，:：“\" 。":
                body += 1
            lead = _TOLD_AGAIN.match(text, body, b)  # "…进行了回复。回复中称,…"
            body = lead.end() if lead else body
            end = b
            if body > m_end and text[body - 1] == "“":  # the answer quoted: it ends with its quote
                close = text.find("”", body, b)
                end = close if close > 0 else b
            other = _ANOTHER_SPEAKER.search(text, body, end)
            if other is not None and org and other.group("who") not in org:
                end = other.start() + 1  # "…会立即开工建设。”陈某进一步表示,…": another official's words
            if body >= b and text[m_end : b].strip() in (":", "：") and i + 1 < len(paras) and not taken(i + 1):
                body, end = paras[i + 1]  # "对此,X回复称:" closing its line: the answer is the next one
            elif (end == b and _POINTS_BELOW.match(text, body, end) and i + 1 < len(paras) and not taken(i + 1)
                  and _WHOLE_TEXT.search(text, body, end)):
                body, end = paras[i + 1]  # "X做出回应,全文如下:": the answer itself is printed next
            if question is not None and org and end - body < 8:
                pending = (org, question)  # "…进行回复。": the words may follow under its name
            if question is None or end - body < 8 or _POINTS_BELOW.match(text, body, end):
                continue  # (no answer, or "…作出了答复,现将详情公布如下:" pointing to the exchange printed below)
            if end == b and _PRINTED_BELOW.search(text, body, b) and i + 1 < len(paras) \
                    and text.startswith(("【", "["), paras[i + 1][0]):
                continue  # "…。具体如下:" over "【网民留言】…": the lede retells the exchange printed below
            pending = None
            parts = [(body, end)]
            if end == b:  # the source goes on speaking in the paragraphs after ("据了解,…", "该负责人表示,…")
                k = i + 1
                while k < len(paras) and not taken(k) and _GOES_ON.match(text, *paras[k]) and not any(
                        _ASKING_WORDS.search(text, *q) for _, q, _ in _reported_asks(text, *paras[k])):
                    parts.append(paras[k])
                    k += 1
            ex = Exchange(start=question[0], q_start=0, q_end=0, question_parts=[question],
                          reply_parts=parts)
            ex.department = org
            out.append(ex.seal())
            asked, replier = None, None
            asks = [x for x in asks if x[0] > m_end]
        if asks:  # a message reported in this paragraph asks the next answer's question
            _, asked, replier = asks[-1]
            asked_at = i
    return _one_after_another(out)


#: a lede's answer that only announces the exchange printed below it: "现将详情公布如下:"
#: the answer printed in full below: "全文如下", "原文如下", "回复内容如下"
_PRINTED_BELOW = re.compile(r"如下\s*[:：]?\s*$")  # ("具体如下:", "详情如下:", "全文如下")
_WHOLE_TEXT = re.compile(r"(?:全文|原文|内容)如下")
_POINTS_BELOW = re.compile(r"\s*(?:现将|特将|现就|下面将?|以下)?[^。!！?？\n]{0,16}如下\s*[:：]?\s*$")
#: the asker on the receiving end: "他们很快就得到了答复:“…”"
_RECEIVED = re.compile(r"(?:得到|收到|获得|接到)了?$")
_HANDLED_BY = re.compile(r"(?P<org>[\u4e00-\u9fff]{1,6}(?:省|市|区|县|镇|乡))(?:进行|经)?(?:办理|处理|核查|调查)(?:并|后)?$")
#: someone of an office named earlier in the sentence: "该单位负责人", "相关工作人员"
#: ("记者咨询了某局,相关工作人员回复:")
_SOMEONE_THERE = re.compile(r"(?:该|此|相关|其)|(?:工作人员|负责人|相关负责人|有关负责人)$")
_TOLD_AGAIN = re.compile(r"(?:回复|答复)中?(?:称|表示|说)\s*[,，:：]?\s*“?")


def _one_after_another(found: list[Exchange]) -> list[Exchange]:
    """A story telling several exchanges in one paragraph: each answer ends where the next
    exchange's question begins."""
    for ex, nxt in zip(found, found[1:], strict=False):
        (r0, r1), q0 = ex.reply_parts[-1], nxt.question_parts[0][0]
        if r0 < q0 < r1:
            ex.reply_parts[-1] = (r0, q0)
            ex.seal()
    return found


#: the message a reply sentence names: "宽城区住建局回复了市民关于小南街拓宽进展的问题"
_ASKED_ABOUT = re.compile(
    r"(?:网友|市民|群众|居民|业主|家长|读者|村民|网民)(?:提出|反映|咨询|留言)?的?关于"
    r"(?P<q>[^,，。!！?？\n]{4,60}?)的?(?:问题|留言|诉求|咨询|建议)"
)


#: where the story starts quoting the message: "…发起了咨询:", "网民在留言中表示,"
_MESSAGE_FOLLOWS = re.compile(rf"(?:{REPORTED_ASK.alt()})(?:[^,，。:：]{{0,4}}[:：]|中?(?:表示|称|说)[,，:：])")


#: an answer's lead-in that recalls the message it answers
_ANSWERING_LEAD = re.compile(r"\s*(?:针对|对于|关于|就)")


def opens_with_an_ask(text: str, a: int, b: int) -> bool:
    """The paragraph's first sentence reports another citizen's message ("此前,也有网友咨询“…”")."""
    stop = _FULL_STOP.search(text, a, b)  # (the first sentence only: asked of every reply paragraph)
    s_start, s_end = a, stop.end() if stop else b
    sent = text[s_start:s_end]
    if _ANSWERING_LEAD.match(sent):
        return False  # "针对网友提出“…”的建议,X表示": the answer recalling the message
    asker, ask = _ASKER_NEAR.search(sent), _ASK_WORD.search(sent)
    # a citizen who asks, then the words asked in quotes (not a reply's "网友反映的问题")
    if not (asker and ask and asker.start() < ask.start()) or _REPLY_WORD.search(sent, 0, ask.start()):
        return False
    quote = _QUOTE.search(text, s_start + ask.end(), b)  # (a question mark inside it ends no sentence)
    return quote is not None and quote.start() < s_end


#: the asker named before, pointed at: "无奈之下,他在某留言板上给县委书记留言求助"
_PRONOUN_ASKS = re.compile(r"(?:^|[,，])\s*(?:他|她)们?(?:在|通过|向|给|于|就)")


def _reported_asks(text: str, a: int, b: int) -> list[tuple[int, tuple[int, int], str | None]]:
    """``(sentence start, question span, the office said to answer it)`` of each message the
    paragraph reports."""
    asks: list[tuple[int, tuple[int, int], str | None]] = []
    if not (_ASKER_NEAR.search(text, a, b) or _DELEGATE_ASKED.search(text, a, b)):
        return asks  # every message reported names its asker (网友, 市民…, a delegate)
    for s_start, s_end in _sentences_of(text, a, b):
        sent = text[s_start:s_end]
        proposed = _DELEGATE_ASKED.search(sent)
        title = _QUOTED_SUGGESTION.search(text, s_start + proposed.end(), s_end) if proposed else None
        if title is not None:  # "代表某某提出了《关于…的建议》": the suggestion's title asks
            asks.append((s_start, (title.start("s"), title.end("s")), None))
            continue
        about = _ASKED_ABOUT.search(text, s_start, s_end)
        if about:
            named = [o.group(0) for o in ORG_MENTION.finditer(text, s_start, about.start())]
            asks.append((s_start, (about.start("q"), about.end("q")), named[-1] if named else None))
            continue
        # (the asker named in a sentence before, this one saying "他在…留言")
        if not ((_ASKER_NEAR.search(sent) or (_PRONOUN_ASKS.search(sent) and _ASKER_NEAR.search(text, a, s_start)))
                and _ASK_WORD.search(sent)):
            continue
        reply = _REPLY_WORD.search(sent)
        if reply is not None:
            # "有网友留言咨询X的进度,12月11日,某公司做出回应": the message, up to the clause's end
            ask = _ASK_WORD.search(sent, 0, reply.start())
            while ask is not None and sent.startswith(("板", "箱", "栏"), ask.end()):  # 留言板: the board, no message
                ask = _ASK_WORD.search(sent, ask.end(), reply.start())
            while ask is not None and (joined := _ASK_WORD.match(sent, ask.end(), reply.start())):
                ask = joined  # "留言咨询": the words of asking run on
            comma = next((k for k in range(ask.end(), reply.start()) if sent[k] in ",，"), -1) if ask else -1
            if ask is not None and _ASKER_NEAR.search(sent, 0, ask.start()) and comma - ask.end() >= 4:
                asks.append((s_start, (s_start + ask.end(), s_start + comma), None))
            continue
        q = _QUOTE.search(text, s_start, s_end)
        if q:
            asks.append((s_start, (q.start(1), q.end(1)), None))
            continue
        opened = _QUOTE_OPENED.search(text, s_start, s_end)
        if opened and s_end - opened.end() >= 8:  # "评论到“…什么时候可以使用呢?”": closing after the ?
            asks.append((s_start, (opened.end(), s_end), None))
            continue
        before = _quoted_before(text, a, s_start)
        if before:  # "“…请市长过问一下。”几位居民向市长信箱发出了一封电子邮件": the message quoted first
            asks.append((s_start, before, None))
            continue
        # "有网友在留言板发起了咨询:…" — the message itself follows the colon
        colon = _MESSAGE_FOLLOWS.search(text, s_start, s_end)
        # the message runs on to the paragraph's end unless an answer follows in it
        until = s_end if _REPLY_WORD.search(text, s_end, b) else b
        asks.append((s_start, (colon.end(), until) if colon and s_end - colon.end() >= 8 else (s_start, s_end), None))
    return asks


def _quoted_before(text: str, a: int, pos: int) -> tuple[int, int] | None:
    """The quote closing right at ``pos`` (a sentence start), within its paragraph from ``a``."""
    k = pos
    while k < len(text) and text[k] in " \t\u3000":
        k += 1
    if k >= len(text) or text[k] != "”":
        k = pos - 1
        while k > a and text[k] in "。!！?？ \t\u3000":
            k -= 1
        if k <= a or text[k] != "”":
            return None
    opener = text.rfind("“", max(a, k - 301), k)
    if opener < 0 or k - opener - 1 < 6 or "”" in text[opener + 1 : k]:
        return None
    return opener + 1, k


def _sentences_of(text: str, a: int, b: int) -> list[tuple[int, int]]:
    spans, s = [], a
    for m in _FULL_STOP.finditer(text, a, b):
        spans.append((s, m.end()))
        s = m.end()
    if s < b:
        spans.append((s, b))
    return spans
