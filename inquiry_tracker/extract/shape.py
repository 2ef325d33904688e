"""Page shape: the fields and letter parts of a page, read before any label.

Real 留言板/信箱 pages print an exchange as *fields* — ``信件内容: | … |`` in a flattened table,
``信件内容:`` alone on a line with the text below it, or ``来信内容 …`` on one line — or as a
*letter*: the citizen's message with no label, then a reply that opens with a greeting
(``您好!来信收悉…``) and closes with the office's name and a date.  This module finds both
shapes and turns them into :class:`Exchange` spans; :mod:`exchanges` reads the labelled shapes
(``网友提问:`` / ``XX回复:``) and merges the two.

Everything works on the cleaned view (one paragraph per line) and runs in one pass over the
paragraphs.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field

from inquiry_tracker.extract.departments import ORG_MENTION, SUFFIX_ALT, is_department
from inquiry_tracker.extract.firstchars import compile_guarded
from inquiry_tracker.extract.lexicon import (
    ASKER_TITLE,
    ASKING,
    ASKING_AFTER_GREETING,
    CLOSING,
    DATE_LINE,
    DELEGATE,
    FIELD_META,
    FIELD_OFFICE,
    FIELD_QUESTION,
    FIELD_REPLY,
    FIELD_TITLE,
    HOLDING_REPLY,
    OFFICIAL_ADDRESSEE,
    PAGE_CHROME,
    POST_STAMP,
    REPLY_OPENING,
    SPOKESPERSON,
    ZONE,
    signed_at_end,
)


@dataclass(slots=True)
class Exchange:
    """A question and its reply in view coordinates."""

    start: int
    q_start: int
    q_end: int
    r_start: int = -1
    r_end: int = -1
    department: str | None = None
    reply_parts: list[tuple[int, int]] = field(default_factory=list)
    question_parts: list[tuple[int, int]] = field(default_factory=list)
    #: read from the page's shape without a named question: labels read there win
    weak: bool = False

    @property
    def end(self) -> int:
        return max(self.r_end, self.q_end)

    def seal(self) -> Exchange:
        self.q_start, self.q_end = self.question_parts[0][0], self.question_parts[-1][1]
        self.r_start, self.r_end = self.reply_parts[0][0], self.reply_parts[-1][1]
        return self


class Spans:
    """A set of half-open spans that answers "does this span overlap any of them?" in log time."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for a, b in sorted(spans):
            if merged and a < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self._starts = [a for a, _ in merged]
        self._ends = [b for _, b in merged]

    def hits(self, a: int, b: int) -> bool:
        i = bisect_left(self._starts, b) - 1
        return i >= 0 and self._ends[i] > a


_ROLES = (("question", FIELD_QUESTION), ("reply", FIELD_REPLY), ("office", FIELD_OFFICE),
          ("title", FIELD_TITLE), ("meta", FIELD_META))
_NAME_JUNK = re.compile(r"[\s\u3000【】\[\]:：]|[(（]摘要[)）]")


_NUMBERED_QUESTION = re.compile(r"问题[一二三四五六七八九十\d]{1,3}")


def field_role(name: str) -> str | None:
    """The role of a field name ("信件内容" → question), or None when it is not one."""
    bare = _NAME_JUNK.sub("", name)
    if not bare or len(bare) > 8:
        return None
    if _NUMBERED_QUESTION.fullmatch(bare):
        return "question"  # "问题一:", "问题3:" — a digest's numbered messages
    for role, cls in _ROLES:
        if bare in cls.whole:
            return role
    return None


@dataclass(slots=True)
class Field:
    role: str
    label: int  # where the field name starts
    start: int  # the value's span
    end: int
    para: int  # index of the paragraph holding the value's end


_CELL = re.compile(r"[^|｜]+")
#: an office field run into a question's value on the same line
_OFFICE_IN_VALUE = re.compile(r"(?:" + FIELD_OFFICE.alt() + r")\s*[:：]\s*")
#: an office field glued to its value: "回复单位蜀山区人民政府(政府办公室)"
_GLUED_OFFICE = re.compile(r"\s*(" + FIELD_OFFICE.alt() + r")([\u4e00-\u9fff()（）]{2,30})\s*[?？]?\s*$")
_INLINE = re.compile(r"\s*[【\[]?([\u4e00-\u9fff][\u4e00-\u9fff \u3000]{0,9}?(?:[(（]摘要[)）])?)[】\]]?\s*[:：]\s*")
_SPACED = re.compile(r"\s*([\u4e00-\u9fff]{2,6})[ \t\u3000]+(?=\S)")
#: where an inline field's value stops: two spaces, or the next field name with its colon
_NEXT_FIELD = re.compile(r"\s{2,}|(?<=\S)\s?(?=[\u4e00-\u9fff]{2,6}\s*[:：])|(?<=\S)\s(?=[\u4e00-\u9fff]{2,6}[ \t\u3000])")


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in " \t\u3000|｜":
        a += 1
    while b > a and text[b - 1] in " \t\u3000|｜":
        b -= 1
    return a, b


def _more_fields(text: str, a: int, b: int, i: int, out: list[Field]) -> None:
    """The fields after the first on one line ("主 题  某问题 写信时间  2025-03-19 回复单位 某局")."""
    while a < b:
        m = _INLINE.match(text, a, b) or _SPACED.match(text, a, b)
        role = field_role(m.group(1)) if m else None
        if m is None or role is None or m.end() >= b:
            return
        end = _cut_value(text, m.end(), b, role)
        out.append(Field(role, m.start(1), m.end(), end, i))
        a = end


def _cut_value(text: str, a: int, b: int, role: str) -> int:
    """An inline value's end: short fields stop where the next field starts."""
    if role in ("question", "reply"):
        return b
    m = _NEXT_FIELD.search(text, a, b)
    while m is not None:
        rest = text[m.end() : b]
        name = re.match(r"[\u4e00-\u9fff]{2,6}", rest)
        if m.group(0).strip() == "" and len(m.group(0)) >= 2:
            return m.start()
        if name and field_role(name.group(0)) is not None:
            return m.start()
        m = _NEXT_FIELD.search(text, m.end() + 1, b) if m.end() < b else None
    return b


def read_fields(text: str, paras: list[tuple[int, int]]) -> list[Field]:
    """Every field on the page, in reading order, with its value span."""
    out: list[Field] = []
    waiting: tuple[str, int] | None = None  # a name alone on its line: its value is below
    for i, (a, b) in enumerate(paras):
        line = text[a:b]
        if "|" in line or "｜" in line:
            cells = [(a + m.start(), a + m.end()) for m in _CELL.finditer(line)]
            if waiting is not None:  # the value of "办理情况: |" on the next line, closing with its bar
                first = next(((x, y) for x, y in (_trim(text, *c) for c in cells) if y > x), None)
                if first is not None and field_role(text[first[0] : first[1]]) is None \
                        and not _INLINE.match(text, first[0], first[1]):
                    out.append(Field(waiting[0], waiting[1], first[0], first[1], i))
                    waiting = None
                    continue
            waiting = None
            j = 0
            while j < len(cells):
                ca, cb = _trim(text, *cells[j])
                cell = text[ca:cb]
                m = _INLINE.match(cell)
                role = field_role(cell)
                if role is not None:
                    nxt = next(((x, y) for x, y in (_trim(text, *c) for c in cells[j + 1 :]) if y > x), None)
                    if nxt is not None and field_role(text[nxt[0] : nxt[1]]) is None:
                        out.append(Field(role, ca, nxt[0], nxt[1], i))
                        j = cells.index(next(c for c in cells if _trim(text, *c) == nxt)) + 1
                        continue
                    if nxt is None and role in ("reply", "question"):
                        waiting = (role, ca)  # "办理情况: |" with its cell empty: the value is below
                elif m and field_role(m.group(1)) is not None and ca + m.end() < cb:
                    r = field_role(m.group(1)) or "meta"
                    out.append(Field(r, ca, ca + m.end(), _cut_value(text, ca + m.end(), cb, r), i))
                j += 1
            continue
        # (an inline field name ends at its colon: a line without one holds none)
        m = _INLINE.match(line) if ":" in line or "：" in line else None
        if m and field_role(m.group(1)) is not None:
            role = field_role(m.group(1)) or "meta"
            if a + m.end() >= b:
                waiting = (role, a + m.start(1))
                continue
            waiting = None
            glued = _OFFICE_IN_VALUE.search(text, a + m.end(), b) if role == "question" else None
            if glued:  # "问题二:某路井盖挪位处置部门:某部门" — two fields run together
                out.append(Field(role, a + m.start(1), a + m.end(), glued.start(), i))
                out.append(Field("office", glued.start(), glued.end(), b, i))
                continue
            end = _cut_value(text, a + m.end(), b, role)
            out.append(Field(role, a + m.start(1), a + m.end(), end, i))
            _more_fields(text, end, b, i, out)
            continue
        # (a field name alone is short: the role of a longer line is never asked)
        bare = field_role(line) if len(line.strip()) <= 8 else None
        if bare is not None:
            waiting = (bare, a)  # "回复内容" alone: the value is below
            continue
        glued = _GLUED_OFFICE.match(line)
        if glued and office_name(glued.group(2)):
            waiting = None
            out.append(Field("office", a + glued.start(1), a + glued.start(2), a + glued.end(2), i))
            continue
        m = _SPACED.match(line)
        if m and field_role(m.group(1)) is not None:
            role = field_role(m.group(1)) or "meta"
            waiting = None
            end = _cut_value(text, a + m.end(), b, role)
            out.append(Field(role, a + m.start(1), a + m.end(), end, i))
            _more_fields(text, end, b, i, out)
            continue
        if waiting is not None:
            role, label = waiting
            if role == "question" and _greets_officials(line):
                continue  # "来信内容:" / "尊敬的市长:" / the message: the value is below the greeting
            if role == "reply" and _greets_delegates(line):
                waiting = None  # "答复情况:" / "某某等11名代表:" / the answer letter: read as a letter
                continue
            waiting = None
            if len(line.strip()) < 20 and PAGE_CHROME.holds(line):
                continue  # a forum's 回复 button over its 使用道具 举报 line: no field, no value
            out.append(Field(role, label, a, b, i))
    return _answers_under_content(text, out)


def _answers_under_content(text: str, fields: list[Field]) -> list[Field]:
    """A second message field after the record's message whose value greets the writer
    ("信访内容: …" then "内容: 某网友:您好!…来信收悉"): the answer, under a generic name."""
    asked = False
    for f in fields:
        if f.role == "question":
            if asked and opens_reply(text[f.start : f.end].lstrip(" \t\u3000|｜")):
                f.role = "reply"
                asked = False
                continue
            asked = True
        elif f.role == "reply":
            asked = False
    return fields


# --------------------------------------------------------------------------- replies and their ends

_EDITOR = re.compile(r"^(?:责任编辑|责编|编辑|校对|审核|一审|二审|三审|来源|稿源|作者|点击|浏览|分享|打印|关闭|附件|相关链接)")
_WORDS_ONLY = re.compile(r"^[\u4e00-\u9fff()（）]{2,30}$")
_RELAYED = re.compile(
    r"(?P<org>[\u4e00-\u9fff]{2,24}?)(?:答复如下|回复如下|现答复如下|作如下答复|作如下回复|已经收到|已收到|进行核实处理|核实处理|落实)"
)
_SIGN_TRAIL = re.compile(r"(?P<org>[\u4e00-\u9fff()（）]{2,30}?)\s*(?:于)?\s*(?:19|20)\d\d\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}")


#: the writer asking, not the office recalling what was asked ("您咨询的问题…")
_ASKS = compile_guarded(r"(?<![您你所])" + ASKING_AFTER_GREETING.alt())


def opens_reply(line: str) -> bool:
    """Does this paragraph open a reply with a greeting to the citizen ("网友您好", "来信收悉")?

    A greeting to officials ("尊敬的县长:您好") opens the citizen's own letter instead."""
    s = line.lstrip(" \t\u3000•·●■◆▪►▶*-")  # a list bullet before the greeting
    if s[:1] not in "尊亲您你" and "好" not in s and "收悉" not in s and not s.startswith("收到"):
        return False  # (an opening greets with 好, acknowledges 收悉/收到, or opens 尊敬的/亲爱的/您/你)
    m = REPLY_OPENING.match(s)
    if not m:
        return False
    if (s[:1] in "您你" and s[1:2] != "好") or s.startswith("收到"):
        return True  # "您于…反映的问题,某乡人民政府已经收悉", "收到市民反映的问题,…": the office speaks, greeting nobody
    greeting = s[: m.end() + 2]
    if OFFICIAL_ADDRESSEE.pattern.search(greeting):
        return False
    tail = s.rstrip()[-40:]
    if tail.endswith(("?", "？")) and _ENDS_ASKING.search(tail):
        return False  # "你好,…之前规划的新校区在某地,请问何时建设?": the greeting opens a question
    return not _ASKS.search(s[m.end() : m.end() + 8])


#: a paragraph whose last sentence asks ("…,请问何时建设?"): the citizen's, however it opens
_ENDS_ASKING = re.compile(r"(?:" + ASKING.alt() + r")[^。!！?？]{0,30}[?？]\s*$")


def _greets_officials(line: str) -> bool:
    """A salutation line to officials ("尊敬的各位领导:"): the greeting below it is the citizen's."""
    s = line.strip()
    return len(s) <= 20 and s.endswith((":", "：")) and bool(OFFICIAL_ADDRESSEE.pattern.search(s))


def _greets_delegates(line: str) -> bool:
    """The greeting of an answer letter to delegates ("王某某等11名代表:", "张委员:")."""
    s = line.strip()
    return len(s) <= 40 and s.endswith((":", "：")) and DELEGATE.pattern.search(s) is not None


_TRAILING_STAMP = re.compile(r"\s*(?:19|20)\d\d\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}日?(?:\s*[\d:]{4,8})?\s*$")
NOT_AN_OFFICE = re.compile(r"(?:网站|门户网站|网|平台|频道|客户端|日报|晚报)$")


#: a spokesperson's title closing a name, and the bracket pieces office_name looks at
#: (compiled once: office_name runs on every short line and label)
_SPOKES_END = re.compile(SPOKESPERSON.alt() + "$")
_CLOSE_BRACKET = re.compile(r"[)）]")
_OPEN_BRACKET = re.compile(r"[(（]")
_TRAILING_ASIDE = re.compile(r"[(（][^()（）]*[)）]$")


#: how an office names itself or the one just named (我局, 本委, 该局, 此处): no name at all
SELF_REFERENCE = ("我", "本", "该", "此")


def office_name(raw: str) -> str | None:
    """A replying office from a short line or label ("交通运输局网络发言人" → 交通运输局,
    "住房和城乡建设局 2024-10-28 10:01:08" → 住房和城乡建设局); a website is no office."""
    s = _TRAILING_STAMP.sub("", raw).strip(" \t\u3000:：|｜【】[]?？")
    s = s.lstrip(")）") if s[:1] in ")）" else s
    if s[:1] in "(（" and not _CLOSE_BRACKET.search(s):
        s = s[1:]  # "(富顺县古佛镇人民政府" — the bracket of a signature, not of the name
    if s[-1:] in ")）" and not _OPEN_BRACKET.search(s):
        s = s[:-1]
    s = _SPOKES_END.sub("", s)
    if NOT_AN_OFFICE.search(s) or s.startswith(SELF_REFERENCE):
        return None  # a website, or an office that only says "we" (我局)
    core = _TRAILING_ASIDE.sub("", s)  # "蜀山区人民政府(政府办公室)"
    return s if s and len(s) <= 30 and (is_department(s) or (core != s and is_department(core))) else None


def spokesperson_body(line: str) -> str | None:
    """The body a spokesperson signing alone on a line speaks for: "某区网络发言人" → 某区,
    "交通运输局新闻发言人" → 交通运输局."""
    s = line.strip()
    cut = _SPOKES_END.sub("", s)
    if cut == s or not cut:
        return None
    return office_name(cut) or (cut if PLACE_ONLY.match(cut) else None)


#: where a glued next field starts in a field's value ("东丽区 回复时间:…", "管委会回信时间:…")
_GLUED_NEXT = re.compile(
    r"\s+\S|[,，。;；]|(?:来源|满\s*意\s*度|是否超时)\s*[:：]|(?:回复|回信|答复|办结|受理|发布|提问|留言|办理)(?:时间|日期)"
)
#: places that answer in their own name ("江岸区:", "海曙区答复:", "回复部门:东丽区")
PLACE_SUFFIXES = ("区", "县", "旗", "市", "镇", "乡", "街道")
#: a place alone: "东丽区", "城关镇", or a zone by its full name ("某某高新技术产业开发区")
PLACE_ONLY = re.compile(
    r"^(?:[\u4e00-\u9fff]{1,6}(?:" + "|".join(PLACE_SUFFIXES) + r")|[\u4e00-\u9fff]{1,16}" + ZONE.alt() + r")$")


#: a field's value that names nobody: a date, a glued field name, a placeholder ("暂无", "无")
_NOT_A_NAME = re.compile(r"\d|时间|日期|^(?:暂无|无|空|未知|待定|不详|[-—/－]+)$")


def field_office(value: str) -> str | None:
    """The office a 回复部门/受理单位 field names, cut where a glued next field begins; a
    place answering in its own name ("回复部门:东丽区") counts here, as the field says so."""
    value = value.strip(" \t\u3000:：")
    m = _GLUED_NEXT.search(value)
    s = value[: m.start()] if m else value
    return office_name(s) or (s if PLACE_ONLY.match(s) else None)


#: a short line that is a piece of a sentence, not a name or a label: it opens on a pronoun or
#: a preposition, or ends on a particle
_BROKEN_LINE = re.compile(r"^(?:您|你|我|因|经|现|根据|关于|针对)|(?:的|在|和|与|及|对|为|将|把|是|了|所|于|因)$")
#: a numbered heading of a long letter: "一、工作推进情况", "(二)下一步打算", "3.资金保障"
#: the letter greeting its writer on a line of its own ("杨先生:", "尊敬的网友:"): the answer goes on
_WRITER_GREETED = re.compile(
    rf"(?:尊敬的|亲爱的)?[\u4e00-\u9fff]{{0,6}}(?:{ASKER_TITLE.alt()}|网友|网民|市民|群众|读者|朋友)\s*[:：,，]")
_SECTION_HEADING = re.compile(r"(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．])\s*[\u4e00-\u9fff]")


def reply_extent(text: str, paras: list[tuple[int, int]], i: int, first: int,
                 stop: Callable[[int], bool]) -> tuple[list[tuple[int, int]], str | None, int]:
    """The reply starting at view offset ``first`` in paragraph ``i``: its parts, the office its
    signature names, and the index of the first paragraph after it.

    It runs until a signature (an office alone on a line, a date line), an editor or metadata
    line, a field, or a paragraph ``stop`` claims (the next question or reply)."""
    parts = [(first, paras[i][1])]
    office = None
    j = i + 1
    while j < len(paras) and not signed_at_end(text[parts[-1][0] : parts[-1][1]]):
        a, b = paras[j]
        line = text[a:b].strip()
        if stop(j) or ("发表于" in line and POST_STAMP.search(line)):
            break  # the next question or reply, or the next post of a forum thread
        if DATE_LINE.match(line):
            j += 1
            break
        name = office_name(line) if _WORDS_ONLY.match(line) else _first_cosigner(line)
        if name:
            office = name
            j += 1
            if j < len(paras) and DATE_LINE.match(text[paras[j][0] : paras[j][1]].strip()):
                j += 1
            break
        signed = _SIGN_TRAIL.fullmatch(line)
        if signed and office_name(signed.group("org")):
            office = office_name(signed.group("org"))
            j += 1
            break
        if _EDITOR.match(line) or (len(line) <= 14 and not re.search(r"[。!！?？,，;；]", line)
                                   and not _SECTION_HEADING.match(line) and not _BROKEN_LINE.search(line)
                                   and not _WRITER_GREETED.fullmatch(line)):
            break  # (a letter's numbered heading, "一、工作推进情况", goes on with it; so does a
            # sentence a copy broke across lines: "您所反映的" / "小王庄…相关问题,现我局答复如下:")
        parts.append((a, b))
        j += 1
    while len(parts) > 1 and CLOSING.search(text[parts[-1][0] : parts[-1][1]]) and \
            len(text[parts[-1][0] : parts[-1][1]]) < 60:
        parts.pop()
    return parts, office, j


#: an office that acts in the reply's opening: "接到群众反映后,路北区政府立即…", "…,某派出所正在…",
#: "您反映的问题,某区住建局进行了调查处理"
_ACTED = re.compile(
    r"(?:(?:接到|收到)[^,，。]{0,16}后|[,，:：!！。])\s*(?!其中|其|[一两二三]|该|这|此|各|每)"  # "其中一所已…" is no office
    r"(?P<org>[\u4e00-\u9fff]{2,20}?(?:" + SUFFIX_ALT + r"))"
    r"(?:立即|迅速|随即|第一时间|高度重视|正在|已经|已|进行了?(?:现场|实地)?(?:调查|核查|核实))"
)


def office_inside(text: str, a: int, b: int) -> str | None:
    """An office named in a reply's opening: "交发集团答复如下", "经市地铁办落实", "接到群众反映
    后,路北区政府立即进行了调查"."""
    head = text[a : min(b, a + 120)]
    acted = _ACTED.search(head)
    if acted and not _NOT_NAME_CHARS.search(acted.group("org")) and (
            name := office_name(_LEAD_WORDS.sub("", acted.group("org")))):
        return name
    for m in _RELAYED.finditer(head):
        cand = re.split(r"[经由,，。:：!！]|问题|已", m.group("org"))[-1]
        cand = re.sub(r"^(?:现|特|兹|今|并|再)", "", cand)  # "现水务局作如下答复"
        for o in ORG_MENTION.finditer(cand):
            return o.group(0)
        name = office_name(cand)
        if name:
            return name
    return None


#: an office alone on a line with a date line under it
_SIGNED_BELOW = re.compile(
    r"\n[ \t\u3000]*(?P<org>[\u4e00-\u9fff()（）]{2,30})[ \t\u3000]*\n[ \t\u3000]*(?:19|20)\d\d\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}"
    # or the office closing the letter's contact line, after the phone ("联系人及电话:某某 1594…
    # 某县水利局 2023年")
    r"|\n[ \t\u3000]*联系[^\n:：]{0,8}[:：][^\n]{0,30}?\d{7,}[ \t\u3000]+(?P<org2>[\u4e00-\u9fff()（）]{2,30})"
    r"(?=[ \t\u3000]*(?:(?:19|20)\d\d[^\n]*)?(?:\n|$))"
    # or the office with the day glued on, the line holding nothing else ("某市人民政府办公室2018年9月11日")
    r"|\n[ \t\u3000]*(?P<org3>[\u4e00-\u9fff()（）]{2,30}?)[ \t\u3000]*(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[ \t\u3000]*(?=\n|$)"
)


def _first_cosigner(line: str) -> str | None:
    """The first of several offices signing side by side ("某州发展和改革委员会    某州交通运输局"):
    the lead office answers."""
    names = re.split(r"\s{2,}|\u3000+", line.strip())
    if len(names) < 2 or not all(_WORDS_ONLY.match(n) for n in names):
        return None
    offices = [office_name(n) for n in names]
    return offices[0] if all(offices) else None


def signed_below(text: str, pos: int, reach: int) -> str | None:
    """An office signing within ``reach`` characters after ``pos`` — alone on its line, the date
    on the next (past a thanks line or the letter's contact fields)."""
    m = _SIGNED_BELOW.search(text, pos, min(len(text), pos + reach))
    org = m and (m.group("org") or m.group("org2") or m.group("org3"))
    return org if org and office_name(org) == org else None


def is_holding(text: str, parts: list[tuple[int, int]]) -> bool:
    """A pure acknowledgement ("…请您等待回复"): short, and promising only an answer."""
    body = "".join(text[a:b] for a, b in parts)
    return len(body) <= 120 and bool(HOLDING_REPLY.search(body))


# --------------------------------------------------------------------------- field pages


#: a line of short "name: value" fields
_META_ROW = re.compile(r"(?:[\u4e00-\u9fff]{2,6}\s*[:：]\s*[^。!！?？\s:：]{0,30}(?:\s\d{1,2}:\d{2}(?::\d{2})?)?\s*){1,4}")


def _answer_after_fields(text: str, paras: list[tuple[int, int]], last: int, rec: dict[str, object],
                         ends: Callable[[int], bool]) -> list[tuple[int, int]] | None:
    """The answer a record prints with no field of its own after its last field (``last``),
    past at most two rows of fields the reader does not know ("督办单位:某室  回复时间:…"),
    opening with a greeting; its signature names the office when nothing did."""
    nxt = last + 1
    while nxt < len(paras) and nxt <= last + 2 and _META_ROW.fullmatch(row := text[paras[nxt][0] : paras[nxt][1]].strip()) \
            and not opens_reply(row):
        nxt += 1
    if last < 0 or nxt >= len(paras) or ends(nxt) or not opens_reply(text[paras[nxt][0] : paras[nxt][1]]):
        return None
    parts, signed, _ = reply_extent(text, paras, nxt, paras[nxt][0], ends)
    if signed and not rec.get("office"):
        rec["office"] = signed
    return None if is_holding(text, parts) else parts


def field_exchanges(text: str, paras: list[tuple[int, int]], fields: list[Field],
                    stop: Callable[[int], bool],
                    label_end: Callable[[int, int], int] = lambda a, b: a) -> list[Exchange]:
    """Exchanges of a field page: a question (or title) field, a reply field, an office field."""
    out: list[Exchange] = []
    rec: dict[str, object] = {}
    last_field = -1  # the last field paragraph of the record being read

    floor = 0

    def flush() -> None:
        nonlocal floor, last_field
        q = rec.get("question") or rec.get("title")
        r = rec.get("reply")
        if isinstance(q, Field) and q.role == "question" and not r:
            # no answer field: the answer follows the record's fields, opening with its greeting
            # ("内容:…" / "回复时间:…" then "尊敬的网友:" and the answer)
            r = _answer_after_fields(text, paras, last_field, rec, lambda j: j in by_para or stop(j))
        first = rec.get("reply_para")
        weak = not isinstance(q, Field)
        if isinstance(r, list) and r and weak and isinstance(first, int) and \
                (rec.get("office") or rec.get("meta")):
            # the message is printed above the fields, with no name of its own (or a label
            # the field names do not know: "问题:", "网友:")
            above, _ = question_above(text, paras, first, floor, lambda j: False)
            if above:
                qa = label_end(*above[0])
                q = Field("question", above[0][0], qa, above[-1][1], first)
        if isinstance(q, Field) and isinstance(r, list) and r:
            ex = Exchange(start=q.label, q_start=q.start, q_end=q.end,
                          question_parts=[(q.start, q.end)], reply_parts=list(r))
            office = rec.get("office")
            ex.department = office if isinstance(office, str) else None
            ex.weak = weak
            out.append(ex.seal())
            floor = paras_after(r[-1][1])
        rec.clear()
        last_field = -1

    para_starts = [a for a, _ in paras]

    def paras_after(pos: int) -> int:
        return bisect_left(para_starts, pos)

    by_para = {f.para for f in fields}
    for f in fields:
        role = f.role
        last_field = max(last_field, f.para)
        if role == "meta" and opens_reply(text[f.start : f.end]):
            role = "reply"  # "来信人:\n您好!…" — the greeting opens the reply
        if role in ("question", "title"):
            if rec.get("reply") or (role == "question" and rec.get("question")):
                flush()
            if role == "question" or "question" not in rec:
                rec[role] = f
        elif role == "reply":
            para_end = paras[f.para][1]
            row = text[paras[f.para][0] : para_end]
            # a value running to its line's end goes on below — also a table's last cell left open
            # ("回复内容: | 您好!…如下:" with the answer in the paragraphs under it)
            if not text[f.end : para_end].strip() and ("|" not in row or not row.rstrip().endswith(("|", "｜"))):
                parts, signed, _ = reply_extent(
                    text, paras, f.para, f.start,
                    lambda j: j in by_para or stop(j))
            else:
                parts, signed = [(f.start, f.end)], None
            body = "".join(text[s:e] for s, e in parts)
            if is_holding(text, parts) or len(body) < 8 or (len(body) < 40 and PAGE_CHROME.holds(body)):
                continue  # an acknowledgement, a grade ("办理结果:A类"), the page's footer
            # a second answer on the same letter (the first was a relay): the later one stands
            rec["reply"] = parts
            rec["reply_para"] = f.para
            if signed and not rec.get("office"):
                rec["office"] = signed
                rec["signed"] = True  # a field below the reply still names the office first
        elif role == "meta":
            rec["meta"] = True
        elif role == "office":
            raw = text[f.start : f.end].strip()
            # an empty field glued to the next one ("回复部门:  办结时间 2015-05-06") names nobody
            name = field_office(raw) or (raw if raw and not _NOT_A_NAME.search(raw) else None)
            if name and (not rec.get("office") or not rec.get("reply") or rec.pop("signed", False)):
                rec["office"] = name
    flush()
    return out


# --------------------------------------------------------------------------- letters


_BODYISH = re.compile(r"[。!！?？,，;；]")


def _is_body(line: str) -> bool:
    return len(line) >= 10 and bool(_BODYISH.search(line))


_FIELD_LINE = re.compile(r"^\s*[\u4e00-\u9fff][\u4e00-\u9fff \u3000]{0,9}?\s*[:：]")


def question_above(text: str, paras: list[tuple[int, int]], i: int, floor: int,
                   taken: Callable[[int], bool]) -> tuple[list[tuple[int, int]], str | None]:
    """The citizen's message above paragraph ``i`` (up to three body paragraphs, else a title
    line), and an office named alone on a line between it and the reply."""
    question: list[tuple[int, int]] = []
    office_above = None
    k = i - 1
    while k >= floor and not taken(k):
        qa, qb = paras[k]
        q = text[qa:qb].strip()
        m = _FIELD_LINE.match(q)
        if m and field_role(m.group(0)) in ("meta", "office", "title"):
            if field_role(m.group(0)) == "office" and office_above is None:
                office_above = field_office(q[m.end():])  # "回复部门:住房和城乡建设局 2024-10-28"
            if question:
                break
        elif not question and _BUMP.fullmatch(q):
            pass  # another user's bump between the message and the office's post ("帮顶,…啊!")
        elif _is_body(q) and not DATE_LINE.match(q) and not opens_reply(q):
            question.insert(0, (qa, qb))
            if len(question) >= 3:
                break
        elif question:
            break
        elif _WORDS_ONLY.match(q) and office_name(q) and office_above is None:
            office_above = office_name(q)
        elif (label := _REPLY_LINE.match(q)) and office_above is None and not question:
            office_above = office_name(label.group("org"))  # "南滩镇人民政府的回复:" above the greeting
        elif (poster := POSTER.match(q)) and not question:
            # a forum post's head: "某市政园林局 发表于 2023-10-12 11:21" — the office posts its reply
            office_above = office_above or office_name(poster.group("org"))
        k -= 1
    if not question:
        # a title-only post: the nearest line of words above the reply
        k = i - 1
        while k >= floor and not taken(k):
            q = text[paras[k][0] : paras[k][1]].strip()
            # (a line closing with a colon is a label or a salutation: "网友“某某”:")
            if len(q) >= 6 and not DATE_LINE.match(q) and not _FIELD_LINE.match(q) and not q.endswith((":", "：")) and \
                    office_name(q) is None and not PAGE_CHROME.holds(q):
                return [paras[k]], office_above
            k -= 1
    return question, office_above


#: a forum user's short post that only pushes the thread up or seconds it
_BUMP = re.compile(r"(?:帮顶|顶一下|顶起|顶顶|同问|同求|同感|支持一下|关注)[^。!！?？]{0,20}[。!！?？]*")
#: a forum post's head line: who posted it and when
POSTER = re.compile(r"\s*(?P<org>\S{1,30}?)\s*发表于\s*(?:19|20)\d\d")
#: a reply label alone on its line: "某镇人民政府的回复:"
_REPLY_LINE = re.compile(r"^(?P<org>[\u4e00-\u9fff()（）]{2,30}?)的?(?:回复|答复|回覆|答覆)\s*[:：]?$")
_LEAD_WORDS = re.compile(r"^(?:现|经|由|请|并|我们|目前)")
_NOT_NAME_CHARS = re.compile(r"[您你我的]")  # "您反映的问题我办已…" names nobody
#: "您…反映了关于某村机耕道道路较烂的问题": the question as the reply names it, unquoted
ABOUT_ASK = re.compile(r"(?:反映|咨询|提出|留言)(?:了|的)?(关于[^。!！?？\n]{4,60}?的(?:问题|诉求|建议))"
                       # "您…反映马关镇街道狭窄的相关问题已收悉": the matter as the greeting recalls it
                       r"|(?:反映|咨询|提出)(?:了|的)?((?!关于)[^。!！?？\n,，“”]{4,40}?的?(?:相关)?(?:问题|诉求))"
                       r"(?:(?:已)?收悉|(?:现)?(?:回复|答复)如下)")
QUOTED_ASK = re.compile(r"(?:反映|咨询|提出|留言|提交|询问)(?:的|了)?[“\"]([^”\"\n]{4,60})[”\"]")


def asked_span(m: re.Match[str]) -> tuple[int, int]:
    """Where the matter a reply names (:data:`QUOTED_ASK`, :data:`ABOUT_ASK`) is written."""
    g = next(k for k in range(1, (m.re.groups or 1) + 1) if m.group(k) is not None)
    return m.start(g), m.end(g)


#: an office's answer opening a paragraph without a greeting: "我乡接到…后", "经查,…", "现将…答复如下"
_ANSWER_OPEN = re.compile(r"\s*(?:我(?:乡|镇|局|委|办|单位|中心|公司|街道|区|县|市)|经(?:查|核实|了解|调查)|现将|针对您)")


def _answer_after(text: str, paras: list[tuple[int, int]], k: int, taken: Callable[[int], bool]) -> int | None:
    """The paragraph holding an office's answer within a few short lines (floor numbers, post
    stamps, bars) after ``k``, else None."""
    for j in range(k, min(len(paras), k + 6)):
        if taken(j):
            return None
        line = text[paras[j][0] : paras[j][1]]
        if _ANSWER_OPEN.match(line) and len(line) >= 30:
            return j
        if len(line.strip()) > 30:
            return None  # body text of another kind: not a thread of posts
    return None


def letter_exchanges(text: str, paras: list[tuple[int, int]], taken: Callable[[int], bool],
                     stop: Callable[[int], bool],
                     fielded: Callable[[int], bool] = lambda j: False) -> list[Exchange]:
    """Replies with no label that open with a greeting, each with the message above it."""
    out: list[Exchange] = []
    floor = 0  # no question reaches above the previous exchange
    i = 0
    while i < len(paras):
        a, b = paras[i]
        line = text[a:b]
        if taken(i) or not opens_reply(line) or (i > 0 and _greets_officials(text[paras[i - 1][0] : paras[i - 1][1]])):
            i += 1
            continue
        # the greeting may stand alone ("来信人:" / "尊敬的岳阳人:"): the body starts below
        def ends(j: int, first: int = i) -> bool:
            return taken(j) or stop(j) or (j > first + 1 and opens_reply(text[paras[j][0] : paras[j][1]]))

        parts, signed, nxt = reply_extent(text, paras, i, a + (len(line) - len(line.lstrip(" \t\u3000"))), ends)
        greeted = i
        if is_holding(text, parts):
            # an acknowledgement, then the office's answer posted a little later (a forum's next
            # floor: "4楼# 发布于:…" then "我乡接到…后,…"): that answer is the reply
            later = _answer_after(text, paras, nxt, taken)
            if later is not None:
                parts, signed, nxt = reply_extent(text, paras, later, paras[later][0], lambda j: taken(j) or stop(j))
        if is_holding(text, parts) or sum(e - s for s, e in parts) < 15:
            i = max(nxt, i + 1)
            continue
        # metadata fields between the message and the reply ("答复时间:…") are stepped over
        question, office_above = question_above(text, paras, greeted, floor, lambda j: taken(j) and not fielded(j))
        if not question:
            # "您在…反映“井研小学空调安装问题”的问题…": the question as the reply quotes it
            m = (QUOTED_ASK.search(text, parts[0][0], min(parts[-1][1], parts[0][0] + 160))
                 or ABOUT_ASK.search(text, parts[0][0], min(parts[-1][1], parts[0][0] + 160)))
            if m:
                question = [asked_span(m)]
        if question:
            ex = Exchange(start=question[0][0], q_start=0, q_end=0, question_parts=question,
                          reply_parts=parts)
            # a field names the replying office before a signature does (DESIGN's order)
            ex.department = office_above or signed or office_inside(text, parts[0][0], parts[-1][1])
            out.append(ex.seal())
            floor = nxt
        i = max(nxt, i + 1)
    return out
