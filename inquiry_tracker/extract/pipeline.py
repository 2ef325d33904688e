"""Glue: document facts, exchanges and promises for one text, deduplicated.

Everything runs on the cleaned :class:`~inquiry_tracker.extract.clean.View`; spans are
mapped back to the decoded text before they leave this module.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from inquiry_tracker.extract import subject as subj
from inquiry_tracker.extract.clean import View, build_view, paragraphs, simplified
from inquiry_tracker.extract.commitments import (
    Commitment,
    DatedIndex,
    clause_span,
    commitments_in,
    item_start,
    reply_commitment,
    statement_start,
)
from inquiry_tracker.extract.departments import ORG_MENTION, canonical, cities, is_department
from inquiry_tracker.extract.docfacts import document_facts
from inquiry_tracker.extract.evidence import Report, reports
from inquiry_tracker.extract.exchanges import find_exchanges, question_text, reply_body
from inquiry_tracker.extract.firstchars import compile_guarded
from inquiry_tracker.extract.lexicon import (
    ACT_TIME_SET,
    BUILDING_PART,
    COMMIT_RE,
    FINISH_ACT,
    MANDATE,
    NEWS_DATELINE,
    TABLE_OFFICE,
    stops,
)
from inquiry_tracker.extract.model import Deadline, DocumentFacts, ExtractedItem
from inquiry_tracker.extract.names import (
    context_before,
    first_line,
    item_names,
    mentions,
    names_a_project,
)
from inquiry_tracker.extract.shape import Exchange
from inquiry_tracker.extract.speakers import SpeakerIndex, first_body
from inquiry_tracker.extract.tables import Row, record_offices, row_offices, task_rows

log = logging.getLogger("inquiry_tracker.extract")

_SOURCE_ORG = re.compile(
    r"(?:记者(?:日前)?(?:从|自)|据|从|来自)(?P<org>[^\n,，。从]{3,30}?)的?(?:获悉|了解到|得知|介绍|透露|消息)"
)
#: a body's news put first: "(记者 某某) 省卫生厅消息,去年…"
_ORG_NEWS = re.compile(r"(?:^|[)）\s。])(?P<org>[\u4e00-\u9fff]{2,20}?)消息\s*[,，:：]")
_COMMA = re.compile(r"[,，。]")
#: how a body that speaks for itself ends its name
_AUTHORITY_ALT = r"(?:局|委|委员会|政府|办|办公室|中心|公司|集团|办事处|管委会|支队|大队|街道|分行|支行|银行|热线|工作组|工作专班|指挥部)"
#: what no office's name holds: figures, a list bullet
_NOT_A_NAME = re.compile(r"[0-9０-９·•]")
#: "10月底前全部建成", "上半年建成通水": a dated finish stated as the plan itself
_PLAN_HINT = compile_guarded(r"(?:前|底|内|半年|季度|年)" + BUILDING_PART + "?"
                        # ("今年建设完成某路、某路": the works named before the finish)
                        r"(?:建设|施工)?(?:全部|全面|基本|如期|正式|顺利|全线)?(?:建成|完工|竣工|交付|开放|开通|通车|投用|投入使用|投入运行|投运|通水|完成|开工|启用|封顶)"
                        # "10月底前涉及楼体的工程全部完工" (commitments._ALL_FINISHED)
                        r"|前[^,，。;；]{0,20}?(?:全部|全面|基本|全线|如期)(?:" + FINISH_ACT.pattern + ")"
                        # "明年10月竣工后,…" (commitments: a finish taken as settled)
                        r"|[月年底](?:建成|完工|竣工|通车|投用|投入使用)后"
                        # "…2019年底同步建成通车的目标" (commitments: a dated finish held up as the target)
                        r"|(?:建成|完工|竣工|通车|开通|投用|投入使用)[的之]?目标")
_SENT_END = stops("。!！?？;；")
_NORM = re.compile(r"[\s\W_]+", re.UNICODE)


@dataclass(slots=True)
class Analysis:
    """Everything the reader learned from one document: its facts, its items, and its
    reports of finished acts (evidence for items tracked earlier; None when not read)."""

    facts: DocumentFacts
    items: list[ExtractedItem]
    reports: list[Report] | None = None


def _norm(s: str | None) -> str:
    return _NORM.sub("", s or "")


def fingerprint(kind: str, *parts: str | None) -> str:
    """A stable identity for an item: equal for reprints of the same exchange or promise."""
    key = "|".join([kind, *(_norm(p) for p in parts)])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


def _is_headline(para: str) -> bool:
    s = para.strip()
    return 4 <= len(s) <= 48 and s[-1] not in "。!！?？;；,，" and not _COMMA.search(s)


def _map_deadline(view: View, d: Deadline, original: str) -> Deadline:
    a, b = view.span_to_original(d.start, d.end)
    return Deadline(original[a:b], d.due, d.approximate, a, b, d.precision)


#: a subheading naming the topic of the part below, then what it says: "医院:将重建或扩建"
_TOPIC_SUBHEAD = re.compile(r"\s*[\u4e00-\u9fff]{2,4}[:：][^\n:：。!！?？]{2,20}\s*")
_ORIGINAL_TITLE = re.compile(r"\s*[(（【\[]?\s*原标题")
#: a numbered list's item: "1、", "(2)", "三、"
_LIST_ITEM = re.compile(r"\s*(?:[0-9０-９]{1,2}\s*[、.．]|[(（][0-9０-９一二三四五六七八九十]{1,2}[)）]|[一二三四五六七八九十]{1,3}、)")


def _articles(view: View, paras: list[tuple[int, int]]) -> list[int]:
    """An article number for each paragraph (a headline after body text starts a new one).

    On a page whose stories open with a dateline ("本报讯", "某某网9月3日讯"), a headline whose
    next body paragraph brings none is a subheading of the story going on, not a new story."""
    heads = [_is_headline(view.text[a:b]) for a, b in paras]
    # does the next body paragraph from here on open with a dateline, or with a list item?
    # (read backwards, once)
    dated_next: list[bool] = [False] * len(paras)
    listed_next: list[bool] = [False] * len(paras)
    nxt = listed = False
    for i in range(len(paras) - 1, -1, -1):
        if not heads[i]:
            a, b = paras[i]
            nxt = bool(NEWS_DATELINE.search(view.text, a, min(b, a + 40)))
            listed = bool(_LIST_ITEM.match(view.text, a))
        dated_next[i], listed_next[i] = nxt, listed
    datelined = any(dated_next[i] for i in range(len(paras)) if not heads[i])
    ids, current, prev_body = [], 0, False
    for i, (a, b) in enumerate(paras):
        if _BYLINE.match(view.text, a, b):
            ids.append(current)  # a source or byline line under a headline is neither body nor a new head
            continue
        head = heads[i]
        # (a heading over a numbered list — "重点公路项目8个" then "1、…" — is a section of the
        # story going on; a "原标题:" line at the end gives the same article's first title)
        if (head and prev_body and not _ORIGINAL_TITLE.match(view.text, a) and not listed_next[i]
                and not _TOPIC_SUBHEAD.fullmatch(view.text, a, b) and (dated_next[i] or not datelined)):
            current += 1
        prev_body = not head
        ids.append(current)
    return ids


#: a story's source or byline line: "来源:某报 2019-08-14 10:13", "□记者某某 报道"
_BYLINE = re.compile(r"\s*(?:来源|作者|编辑|责任编辑|稿源)\s*[:：]"
                     r"|\s*[□■●]?\s*(?:本报|见习)?记者[\u4e00-\u9fff\s]{2,16}?(?:报道|摄影?|文/图)?\s*$")
#: a page's address or time stamp alone on a line ("https://news.example.com 2006-02-15")
_ADDRESS_LINE = re.compile(r"\s*(?:(?:https?://|www\.)\S+)\s*(?:(?:19|20)\d\d[-./]\d{1,2}[-./]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)?\s*")


def _article_orgs(view: View, paras: list[tuple[int, int]], ids: list[int]) -> dict[int, str]:
    """The body each article speaks for: "记者从X获悉", or a byline line that is an org."""
    orgs: dict[int, str] = {}
    for n, ((a, b), art) in enumerate(zip(paras, ids, strict=True)):
        if art in orgs:
            continue
        para = view.text[a:b].strip()
        if _is_headline(para) and is_department(para) and len(para) <= 24 and not _NOT_A_NAME.search(para):
            # (a byline's office; not a headline ending like one: "·省级补助4090万建设卫生院"; nor
            # a site's name between the page's address and time lines: "回龙观资讯中心")
            if not any(_ADDRESS_LINE.fullmatch(view.text, *paras[k]) for k in (n - 1, n + 1) if 0 <= k < len(paras)):
                orgs[art] = para
            continue
        m = _SOURCE_ORG.search(para) or _ORG_NEWS.search(para) or _LEDE_ACTOR.match(para)
        # (several bodies: "从某燃气公司东、西分公司获悉" → the first, 某燃气公司)
        org = first_body(m.group("org")) if m else _replying_office(para)
        if org and is_department(org):
            orgs[art] = org
    return orgs


#: a reply's label with its day, glued after a board's name: "某政府问政某市交通局2022-04-11回复:"
_DATED_REPLY_LABEL = re.compile(r"\s*(?:(?:19|20)\d\d-\d{1,2}-\d{1,2}\s*)?(?:回复|答复)[:：]")


_BOARD_WORD = re.compile(r"问政|留言板|信箱|平台|网站|[\s|｜:：]")


def _replying_office(para: str) -> str:
    """The office a reply's label names at the head of a paragraph, when no exchange was read
    there (the page prints the answer alone): it speaks for the promises below."""
    label = _DATED_REPLY_LABEL.search(para, 0, 80)
    if label is None:
        return ""
    # (the board's own name before it is no part of the office: "某政府问政|某市交通局")
    head = _BOARD_WORD.split(para[: label.start()])[-1].strip()
    return head if is_department(head) and ORG_MENTION.fullmatch(head) else ""


#: a story's lede opening with the body that acts in it: "某日报讯 今年上半年,某援疆工作组加大工作
#: 力度,着力推进…" (the dateline, a time put first, the body, then what it does)
_LEDE_ACTOR = re.compile(
    "(?:" + NEWS_DATELINE.pattern + r")\s*(?:[(（][^()（）]{0,20}[)）])?\s*(?:[^,，。]{2,12}[,，])?\s*"
    r"(?P<org>[\u4e00-\u9fff]{2,20}?" + _AUTHORITY_ALT + ")"
    r"(?:加大|着力|积极|全力|扎实|坚持|按照|围绕|不断|持续|大力|加快|深入|全面|紧紧|狠抓|抢抓|克服)"
)


#: a notice signed at its end: the office alone on a line, then the date
_SIGNED = re.compile(r"\n[ \t\u3000]*([\u4e00-\u9fff()（）]{2,30})[ \t\u3000]*\n[ \t\u3000]*(?:19|20)\d\d\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}")


def _signer(text: str) -> str | None:
    """The office that signs a notice (its last signature), which speaks for all of it."""
    found = [m.group(1) for m in _SIGNED.finditer(text[-600:])]
    return found[-1] if found and is_department(found[-1]) else None


_AUTHORITY = re.compile(_AUTHORITY_ALT + "$")
_SUBJECT_NEXT = re.compile(r"[将计预力拟要表称于在正已会均,，相有负]")


def _sentence_org(text: str, c: Commitment) -> str | None:
    """A public body named as the clause's own subject: "市住建局将于6月底前…".

    Facilities (医院住院部, 游客中心 of a scenic area…) are things promised, not promisers:
    only an authority's name followed by its verb or its spokesperson counts.
    """
    head = text[c.start : c.deadline.start]
    for m in reversed(list(ORG_MENTION.finditer(head))):
        name = m.group(0)
        if _AUTHORITY.search(name) and m.end() < len(head) and _SUBJECT_NEXT.match(head, m.end()):
            return name
    return None


@lru_cache(maxsize=256)
def _document_city(outlet: str | None) -> str | None:
    """The city an outlet is named after (株洲日报 → 株洲), for scoping 市-level departments."""
    if not outlet:
        return None
    return next((c for c in cities() if outlet.startswith(c)), None)


def _inquiries(
    view: View,
    paras: list[tuple[int, int]],
    text: str,
    pub: date | None,
    city: str | None,
    source: str | None,
    index: DatedIndex,
) -> tuple[list[ExtractedItem], list[tuple[int, int]]]:
    """Inquiry items, and the view spans their exchanges cover."""
    vt = view.text
    items: list[ExtractedItem] = []
    taken: list[tuple[int, int]] = []
    seen: set[str] = set()
    for ex in find_exchanges(vt, paras):
        question = question_text(vt, ex)
        reply = reply_body(vt, ex)
        if not question or not reply or _reporters_question(vt, ex, question):
            continue
        dept = ex.department
        # no city in the key: the same exchange reprinted by a paper elsewhere matches
        key = fingerprint("inquiry", question, canonical(dept) if dept else "")
        if key in seen:  # a block printed twice is one item (read once: a page may repeat it endlessly)
            taken.append((ex.start, ex.end))
            continue
        seen.add(key)
        c = reply_commitment(vt, ex.reply_parts, pub, question, index)
        statement = vt[statement_start(vt, c, index) : c.end].strip() if c else None
        act = (
            (subj.act_of(vt[c.deadline.end : c.end]) or subj.act_of(statement or "")) if c else None
        )
        start, end = view.span_to_original(ex.start, ex.end)
        items.append(
            ExtractedItem(
                kind="inquiry",
                start=start,
                end=end,
                question=view.restore(text, question, ex.q_start),
                reply=view.restore(text, reply, ex.r_start),
                statement=view.restore(text, statement, ex.r_start),
                department=view.restore(text, dept, ex.start),
                department_canonical=canonical(dept, city) if dept else None,
                deadline=_map_deadline(view, c.deadline, text) if c else None,
                subject=subj.of_inquiry(question, statement, act)[:24],
                source=source,
                published=pub,
                confidence=0.9 if dept else 0.6,
                conditional=bool(c and c.conditional),
                fingerprint=key,
            )
        )
        taken.append((ex.start, ex.end))
    return _retold_once(items), sorted(taken)


#: a bare "问:" label opening an exchange (no asker named)
_BARE_ASK = re.compile(r"\s*(?:[【\[]\s*)?问\s*[】\]]?\s*[:：]")
#: what a citizen's own question holds and a reporter's does not: the first person, a greeting, a plea
_CITIZENS_VOICE = re.compile(r"我|咱|俺|本人|您好|你好|请问|希望|恳请|麻烦|领导|谢谢")


#: a reporter's story: its reporter, or a paper or broadcaster as its source
_NEWS_MARK = re.compile(r"记者|通讯员|" + NEWS_DATELINE.pattern + r"|来源\s*[:：][^\n]{0,20}?(?:报|新闻|电视台|广播)")


def _reporters_question(vt: str, ex: Exchange, question: str) -> bool:
    """"问:…?答:…" in a reporter's story (a reporter or a paper named above it): the paper asks, so the answer's
    dated commitments are promises, not an inquiry — when the question speaks in no citizen's voice."""
    return (bool(_BARE_ASK.match(vt, ex.start)) and bool(_NEWS_MARK.search(vt, max(0, ex.start - 3000), ex.start))
            and not _CITIZENS_VOICE.search(question))


def _retold_once(items: list[ExtractedItem]) -> list[ExtractedItem]:
    """A story's lede that sums up the exchange it then prints in full ("网友反映“…?”的问题。某局
    回复表示,…" above the message and the reply) is that exchange: of two neighbours with the
    same answer to the same question, the one printing more of the question stays, and keeps
    the office either names."""
    out: list[ExtractedItem] = []
    for it in items:
        prev = out[-1] if out else None
        if (prev is not None and prev.due == it.due and len(_norm(prev.reply)) >= 10 and len(_norm(it.reply)) >= 10
                and _overlap(prev.reply, it.reply) >= 0.8 and _overlap(prev.question, it.question) >= 0.3):
            keep, other = (it, prev) if len(it.question or "") >= len(prev.question or "") else (prev, it)
            if not keep.department and other.department:
                keep.department, keep.department_canonical = other.department, other.department_canonical
            out[-1] = keep
            continue
        out.append(it)
    return out


def _promises(
    view: View,
    paras: list[tuple[int, int]],
    taken: list[tuple[int, int]],
    text: str,
    pub: date | None,
    city: str | None,
    source: str | None,
    index: DatedIndex,
    replied: set[date] | None = None,
    title: str | None = None,
) -> list[ExtractedItem]:
    """Dated promises in the prose outside the exchanges; headlines folded into their body,
    or into the exchanges they sum up (``replied``: the due dates the page's replies give)."""
    vt = view.text
    body: list[tuple[ExtractedItem, int]] = []
    heads: list[tuple[ExtractedItem, int]] = []
    stated: set[str] = set()  # fingerprints of the body's promises so far
    tabled = _TABLE_HINT.search(vt) is not None
    rows = task_rows(vt, paras, pub) if tabled else []
    # a table with an office column and dated sentences in its cells: each row's office
    row_office = (row_offices(vt, paras) or record_offices(vt, paras)) if not rows and tabled else []
    if rows:  # a task table: each dated row is a promise of its office; no other reading there
        body += [(_row_item(view, text, r, pub, city, source), 0) for r in rows]
        taken = sorted([*taken, *((r.start, r.end) for r in rows)])
    # the article of each paragraph and who speaks where: read once, and only on a page that
    # holds a commitment at all
    ids: list[int] = []
    orgs: dict[int, str] = {}
    voices: SpeakerIndex | None = None
    signer: str | None = None
    art_start: dict[int, int] = {}
    t_i = 0
    for n, (a, b) in enumerate(paras):
        while t_i < len(taken) and taken[t_i][1] <= a:
            t_i += 1
        k, covered = t_i, -1
        while k < len(taken) and taken[k][0] < b:
            covered = max(covered, taken[k][1])
            k += 1
        if covered >= 0:
            # inside an exchange: its reply is not a separate promise; but a story goes on after the
            # exchange it retold in the same paragraph ("…得到了答复:“…”当年10月…,预计今年11月完工。")
            if not _STORY_GOES_ON.match(vt, covered, b):
                continue
            a = covered
        if not index.any_within(a, b):
            continue  # no time phrase at all: nothing to promise by
        headline = _is_headline(vt[a:b])
        if not headline and not COMMIT_RE.search(vt, a, b) and not _PLAN_HINT.search(vt, a, b) and not MANDATE.search(vt, a, b) \
                and not ACT_TIME_SET.search(vt, a, b):
            continue  # without a commitment word or a dated finish, body text cannot score 3
        found = (c for wa, wb in _windows(vt, a, b)
                 for c in commitments_in(vt, wa, wb, pub, min_score=2 if headline else 3, index=index))
        for c in found:
            if voices is None:
                ids = _articles(view, paras)
                orgs, voices, signer = _article_orgs(view, paras, ids), SpeakerIndex(vt), _signer(vt)
                for (pa, _), pid in zip(paras, ids, strict=True):
                    art_start.setdefault(pid, pa)
            art = ids[n]
            statement = vt[statement_start(vt, c, index) : c.end].strip()
            key = fingerprint("promise", statement)
            if not headline and key in stated:
                continue  # the same promise printed again (read once: a page may repeat it endlessly)
            if not headline:
                stated.add(key)
            dept = (next((o for ra, rb, o in row_office if ra <= c.start < rb), None)
                    or voices.in_span(c.start, c.end) or _sentence_org(vt, c)
                    or voices.before(c.start, art_start[art]) or orgs.get(art) or signer)
            # from the deadline's clause to the end of the sentence: "预计5月底,南湖大道将率先启用…"
            clause_start = item_start(vt, c, index) or clause_span(vt, c)[0]
            m_end = _SENT_END.search(vt, c.deadline.end, c.end)
            clause_end = m_end.start() if m_end else c.end
            start, end = view.span_to_original(c.start, c.end)
            item = ExtractedItem(
                kind="promise",
                start=start,
                end=end,
                statement=view.restore(text, statement, c.start),
                department=view.restore(text, dept, max(0, c.start - 2000)),
                department_canonical=canonical(dept, city) if dept else None,
                deadline=_map_deadline(view, c.deadline, text),
                subject=_display_subject(
                    _promise_subject(vt, c.start, clause_start, clause_end, c.deadline.expr, statement),
                    subj.act_of(vt[c.deadline.end : c.end]) or "", vt, c.end - len(statement), statement, title),
                source=source,
                published=pub,
                confidence=min(1.0, c.score / 4) * (0.6 if headline else 1.0),
                conditional=c.conditional,
                fingerprint=key,
            )
            (heads if headline else body).append((item, art))
    # A headline that restates a body promise of its article is the same item.
    for h, art in heads:
        if replied and h.due in replied:
            continue  # "今年9月开园" over the reply that says "2022年9月…开园"
        if not any(
            ba == art and b.due == h.due
            # (its words, or the thing and act it names: "X幼儿园9月投用" over "…9月建成投用")
            and (_overlap(h.statement, b.statement) >= 0.15 or _overlap(h.subject, b.subject) >= 0.5)
            for b, ba in body
        ) and not (
            # a headline naming no work of its own ("这些项目有望年内完工!", "12月底前完工!") sums up
            # a promise of the story below it
            any(ba >= art and b.due == h.due for b, ba in body) and not names_a_project(simplified(h.statement or ""))
        ):
            body.append((h, art))
    return [i for i, _ in body]


#: what closes a quoted answer and goes on with the story's own sentences
_STORY_GOES_ON = re.compile(r"[”\"」]\s*[^\s”\"」]")

#: a paragraph is read in windows of about this many characters (cut at a sentence end), so a
#: page of one endless paragraph never holds all its commitments at once
_WINDOW = 8192


def _windows(vt: str, a: int, b: int) -> list[tuple[int, int]]:
    """``[a, b)`` in windows of at most :data:`_WINDOW` characters, each ending at a sentence
    end where one is near (a paragraph of a real page is a single window)."""
    if b - a <= _WINDOW:
        return [(a, b)]
    out = []
    while b - a > _WINDOW:
        hard = a + _WINDOW
        stop = max(vt.rfind(ch, hard - _WINDOW // 4, hard) for ch in "。!！?？;；")
        cut = stop + 1 if stop > a else hard
        out.append((a, cut))
        a = cut
    out.append((a, b))
    return out


#: a page that may hold a task table (its office column's word)
_TABLE_HINT = re.compile(TABLE_OFFICE.alt())


def _row_item(view: View, text: str, row: Row, pub: date | None, city: str | None, source: str | None) -> ExtractedItem:
    """A promise from a task table's row: its task by its office, due by its time cell."""
    vt = view.text
    statement = vt[row.task[0] : row.end].strip()
    task = vt[row.task[0] : row.task[1]].strip().rstrip("。;；")
    start, end = view.span_to_original(row.start, row.end)
    act = subj.act_of(vt[row.deadline.end : row.end]) or subj.act_of(task) or ""
    thing = subj.from_clause(task) or task
    return ExtractedItem(
        kind="promise",
        start=start,
        end=end,
        statement=view.restore(text, statement, row.start),
        department=row.office,
        department_canonical=canonical(row.office, city) if row.office else None,
        deadline=_map_deadline(view, row.deadline, text),
        subject=(thing if not act or thing.endswith(act) else thing + act)[:24],
        source=source,
        published=pub,
        confidence=0.9 if row.office else 0.6,
        conditional=False,
        fingerprint=fingerprint("promise", statement),
    )


#: a subject that names no thing: it opens with a function word, a bracket or a fragment
_NO_THING = re.compile(r"^(?:[的于在和与及为将比最并【\[(（]|起于|位于|目前|正在)")
#: nor does one that is a count, a bare word for "the works", a speech verb or a time
_BARE_THING = re.compile(
    r"^(?:\d+项|主体工程|整体工程|工程|项目|进度|全线|主线|实现|启动|正式)$|^(?:表示|因为|由于|通过|宣布|进行|实现)|[年月日节]前"
)


def _display_subject(found: str, act: str, vt: str, at: int, statement: str, title: str | None) -> str:
    """"<thing><act>", as a reporter would note it: when the clause's own subject names no
    thing ("建成通车", "的历史性成绩建成"), the project it is about — named in the clause, the
    sentence before or the page's title — is put before its act."""
    thing = found[: -len(act)] if act and found.endswith(act) else found
    # (a subject without the promised act was read from another clause: "共设5站" for 开通; one
    # of acts only, "建成并投入使用", names no thing)
    if (not act or act in found or act in subj.GENERIC_ACT) and not subj.acts_only(thing) and (
        names_a_project(thing) or (len(thing) >= 2 and not _NO_THING.match(thing) and not _BARE_THING.search(thing))
    ):
        return found
    # the clause first, then the project named nearest before it in its sentence, then the
    # sentence before and the title (each read only when the one before names nothing)
    names = item_names(statement) or _named_last(vt, at) or item_names(
        context_before(vt, at), simplified(title) if title else first_line(vt))
    if not names or len(names[0]) < 3:
        return found
    return (names[0] + act)[:24]


def _named_last(vt: str, at: int) -> list[str]:
    """The project named last before ``at`` in its sentence (none, or one)."""
    head = vt[max(vt.rfind(c, max(0, at - 200), at) for c in "。!！?？;；\n") + 1 : at]
    return [m.name for m in mentions(head)[-1:]]


def _promise_subject(vt: str, sent_start: int, clause_start: int, clause_end: int, expr: str, statement: str) -> str:
    """The subject of a promise clause; when the clause names only an act ("预计10月完成"),
    the thing comes from the clause before it in the sentence ("中南菜市场搬迁工作仍在推进中")."""
    found = subj.from_clause(vt[clause_start:clause_end], expr) or subj.from_clause(statement)
    if len(found) > 2 or clause_start <= sent_start:
        return found
    prev = vt[sent_start : clause_start].rstrip(",，;；、 ")
    head = subj.from_clause(re.split(r"[,，;；]", prev)[-1]) if prev else ""
    return head if len(head) > 2 else found


def analyze_text(text: str, published: date | None = None, source: str | None = None,
                 *, with_reports: bool = True) -> Analysis:
    """Read one document's text. ``published`` overrides detection (basis ``given``).

    ``with_reports=False`` leaves the reports of finished acts unread (``reports`` None): only
    an import, which proposes follow-up evidence, needs them."""
    if not isinstance(text, str):
        raise TypeError("text must be str")
    view = build_view(text)
    # the view knows whether the page needs simplifying at all (most pages do not)
    facts = document_facts(text, published, plain=simplified(text) if view.converted else text)
    city = _document_city(facts.outlet)
    paras = paragraphs(view)
    index = DatedIndex(view.text, facts.published)
    inquiries, taken = _inquiries(view, paras, text, facts.published, city, source, index)
    promises = _promises(view, paras, taken, text, facts.published, city, source, index,
                         {it.due for it in inquiries if it.due}, facts.title)
    # a story retelling a reply's commitment later on ("记者了解到,…预计7月份左右开工") adds nothing
    answered = [(it.due, it.statement) for it in inquiries if it.due and it.statement]
    # and a digest's entry heading summing up the reply below it ("某区:计划2021年开工,2022年
    # 建成") restates one of the reply's own dates
    replies = [it.reply for it in inquiries if it.reply]
    promises = [p for p in promises
                if not any(p.due == due and _overlap(p.statement, said) >= 0.5 for due, said in answered)
                and not (p.deadline and any(p.deadline.expr in r and _overlap(p.statement, r) >= 0.5 for r in replies))]
    seen: set[str] = set()
    unique: list[ExtractedItem] = []
    for it in sorted(inquiries + promises, key=lambda i: i.start):
        if it.fingerprint not in seen:  # a block printed twice is one item
            seen.add(it.fingerprint)
            unique.append(it)
    if not with_reports:
        return Analysis(facts, unique, None)
    # an import indexes each item's names for follow-up: read them here, in the analysis
    # worker, so the single writer only stores them
    from inquiry_tracker.extract.names import item_index_entry

    for it in unique:
        it.extra["index"] = item_index_entry(text, facts.title, it)
        it.extra["index_title"] = facts.title
    return Analysis(facts, unique, reports(text, facts.published))


def _overlap(a: str | None, b: str | None) -> float:
    """Share of character bigrams of the shorter text found in the longer one."""
    na, nb = _norm(a), _norm(b)
    ga = {x + y for x, y in zip(na, na[1:], strict=False)}
    gb = {x + y for x, y in zip(nb, nb[1:], strict=False)}
    if not ga or not gb:
        return 0.0
    small, big = (ga, gb) if len(ga) <= len(gb) else (gb, ga)
    return len(small & big) / len(small)


def extract_items(
    text: str, published: date | None = None, source: str | None = None
) -> list[ExtractedItem]:
    """Candidate items in ``text``; ``published=None`` means detect the date from the text."""
    return analyze_text(text, published=published, source=source, with_reports=False).items
