"""Which of the items an article names get a proposal, and with which stance (the last steps
of :mod:`inquiry_tracker.services.suggest`).

- **Stance** (:func:`stance_of`): a claim of the article against one item's due date. A done
  claim is **kept** (progress when only a part is done, or when the item promised a step on
  the way such as 合龙 — an opening says nothing of when that step came); a dated plan after
  the due date is **delayed**, on or before it **progress**; so is a planned step for an item
  promising that step ("预计6月底主桥合龙" for "最快明年合龙"), while for an item promising the
  thing done a planned step is progress. A plan to open is no date for a promised step
  ("最快明年合龙" is not delayed by "2021年建成通车"). An event before the item
  was first printed, a claim dated years after its due date, or another city's metro line of
  the number an item names alone ("沈阳地铁1号线" for a page about 呼和浩特's 1号线) is no evidence.
- **One proposal per promise** (:func:`choose`): items of one page sharing a name are that
  page restating one promise (headline and body), and items of one page that one sentence of
  the article matches are a list it names in passing ("4条线…分别是6号线、8号线…") — either
  way one of them is proposed, the best fit (the strongest stance, then an item of
  the body over the headline's summary, then the due date nearest the day the article speaks
  of, then the item whose own sentence names the thing, then the later statement).
- **A report that restates a promise is not a new promise**: an item first printed by a page
  that was itself proposed as evidence for an older item of the same name, with a due date not
  after the older one's, is that page restating the older promise; when the article is proposed for the older
  item, the restatement gets nothing (a date inside the promised period restates it too). A
  page that moved the date later made a promise of its own: both items are proposed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from inquiry_tracker.store import suggestions as stored

if TYPE_CHECKING:  # the reader loads with the first import, not with the services
    from sqlalchemy.orm import Session

    from inquiry_tracker.extract.stance import Claim

#: which stance wins when one article says several things of one item
#: (a new date beats a report of something done: "该桥已完工…将在下周通车" is not open yet)
RANK = {"delayed": 3, "kept": 2, "progress": 1}
#: a claim dated this long after the item's due date speaks of a later project of that name
_TOO_LATE = timedelta(days=10 * 366)
#: a road, bridge, tunnel or line, a park or a square: finished building is open to use (a
#: hall or a school finished is not yet open to the public)
_OPEN_WHEN_BUILT = re.compile(r"(?:路|桥|隧道|道|线|高速|立交|通道|公路|铁路|地铁|公园|园|广场|绿道)(?:[一二三四五六七八九十\d]期|[东西南北]段|[东西南北]延(?:长线)?|延长线)?$")
#: a line that sums up the article rather than reporting it
#: a first line longer than this is a paragraph, not a headline
_HEADLINE_CHARS = 60
_SUMMARY_LINE = re.compile(r"\s*[(（]?(?:原标题|核心提示|导语|【导语】|内容提要|摘要|【)")


@dataclass(frozen=True, slots=True)
class Candidate:
    """An open item as matching needs it."""

    id: int
    due: date | None
    first_printed: date | None
    names: list[str]
    #: the first page that printed it, and where on it
    page: int = 0
    start: int = 0
    #: it promises a step on the way (合龙, 洞通, 开工), not the thing done
    step: bool = False
    #: that step's word
    step_act: str | None = None
    #: printed in the page's headline or a summary line (原标题, 核心提示, 【导语】)
    lead: bool = False
    #: how closely it names the thing itself: 2 in its clause, 1 in its sentence, 0 only in
    #: the sentence before or the headline ("该段…计划于…开通")
    named_itself: int = 0
    #: it promises a building finished (竣工), not put into use (开放)
    built_only: bool = False
    #: it promises the thing put into use (通车, 开放), not only built
    opens: bool = False
    #: the cities whose metro its page speaks of (a line named by its number alone is that city's)
    metro: frozenset[str] = frozenset()


#: how far ahead an announced opening still counts as done
_NEXT_DAY = timedelta(days=1)

#: an item's best claim: (rank key, claim, (stance, new_due, event_date), score)
Best = tuple[tuple[int, int, float, float], "Claim", tuple[str, date | None, date | None], float]


def stance_of(claim: Claim, item: Candidate, published: date | None, quals: set[str]) -> tuple[str, date | None, date | None] | None:
    """(stance, new_due, event_date) of ``claim`` for ``item``, or None when it is no evidence
    (see module docstring); ``quals`` are the item's section and phase words."""
    from inquiry_tracker.extract.lexicon import same_act
    from inquiry_tracker.extract.names import metro_cities, qualifiers
    from inquiry_tracker.extract.stance import BUILT_ACT, BUILT_ONLY, OPENING_ACT

    if item.metro and (theirs := metro_cities(claim.sentence)) and not theirs & item.metro:
        return None  # another city's line of that number ("沈阳地铁1号线" is not 呼和浩特's)
    partial = claim.partial and not (qualifiers(claim.sentence) & quals)
    told = claim.when or published
    # an opening still to come after the due date sets no new date for the building's finish
    # (one that happened says it is finished: kept, late)
    if item.built_only and claim.kind == "plan" and OPENING_ACT.search(claim.sentence) and not BUILT_ACT.search(claim.sentence) and (
            claim.when is None or item.due is None or claim.when > item.due):
        return None
    if told is not None and item.due is not None and told > item.due + _TOO_LATE:
        return None
    if claim.kind != "plan" and not claim.planned:  # something happened
        when = claim.when or published
        if when is not None and item.first_printed is not None and when < item.first_printed:
            return None  # an event before the promise was made
        if claim.year is not None and item.first_printed is not None and claim.year < item.first_printed.year:
            return None  # "已于2010年底开通", told in a later year: before the promise too
        if claim.kind == "done" and not partial and not item.step:
            if item.opens and BUILT_ONLY.search(claim.sentence) and not OPENING_ACT.search(claim.sentence):
                return "progress", None, when  # "全线已完成施工,待交工验收": built, not yet open as promised
            if when is not None and published is not None and item.due is not None and when > max(published + _NEXT_DAY, item.due):
                # "将于23日正式开通" two days ahead, the promised date long past: a new date (an
                # opening announced for the next morning is the opening itself)
                return "delayed", when, None
            return "kept", None, when
        if claim.kind == "milestone" and not partial and same_act(item.step_act, claim.step):
            return "kept", None, when  # 开工 promised, 开工 reported
        if item.step and claim.kind == "done":
            return None  # an opening says nothing of when the promised step (西线贯通) came
        return "progress", None, when
    step_to_come = claim.kind == "milestone"
    if step_to_come and not item.step:
        return "progress", None, None  # a step still to come on the way to what was promised
    if item.step and not step_to_come:
        return None  # a date to open is no date for the step promised
    if claim.when is None:
        return ("delayed", None, None) if claim.slip else None
    if item.due is not None and claim.when > item.due and not partial:
        return "delayed", claim.when, None
    return "progress", None, None  # (a date for a part — 附属, 主体 — says nothing of the whole)


def rank_key(claim: Claim, stance: tuple[str, date | None, date | None], score: float) -> tuple[int, int, float, float]:
    """How strongly a claim speaks of an item: a slip naming no new date ranks below any dated
    claim; of two alike, the later day wins (built on the 26th, open to traffic on the 29th),
    except that of two new dates the one said of the thing itself comes first (its sentence
    names it, not only the sentence before)."""
    rank = RANK[stance[0]] if stance[0] != "delayed" or stance[1] is not None else 0
    day = stance[1] or stance[2]
    ordinal = day.toordinal() if day else 0
    if stance[0] == "delayed":  # of two new dates, the one said of the thing itself, then the later
        return rank, int(claim.when is not None), score, ordinal
    return rank, int(claim.when is not None), ordinal, score


def choose(best: dict[int, Best], items: dict[int, Candidate], published: date | None,
           restated: set[tuple[int, int]]) -> dict[int, Best]:
    """One proposal per promise, none for a restatement of a promise the article is
    proposed for (see module docstring); ``restated`` holds (page, item) for each page
    already proposed as evidence for an item."""
    from inquiry_tracker.extract.names import similarity

    def fit(item_id: int) -> tuple[int, bool, tuple[int, int, float, float], bool, int, int, int, int]:
        key, claim, stance, _ = best[item_id]
        ref = stance[1] or stance[2] or claim.when or published
        item = items[item_id]
        gap = abs((item.due - ref).days) if item.due is not None and ref is not None else 1 << 20
        # the start promised and reported ranks with progress on the page's promise to finish
        rank = RANK["progress"] if item.step and stance[0] == "kept" else key[0]
        return rank, not item.step, key, not item.lead, -gap, item.named_itself, item.start, -item_id

    chosen: list[int] = []
    for item_id in sorted(best, key=fit, reverse=True):
        mine, said = items[item_id], best[item_id][1].start
        if not any(items[k].page == mine.page and (set(items[k].names) & set(mine.names) or best[k][1].start == said)
                   for k in chosen):
            chosen.append(item_id)

    def restates(mine: Candidate) -> bool:
        return any(
            (mine.page, other) in restated and other != mine.id and items[other].page != mine.page
            and items[other].step == mine.step  # a promise to open does not restate one to start
            and not _moved_later(mine.due, items[other].due)  # a page moving the date later made a new promise
            and any(similarity(n, m) >= 0.75 for n in items[other].names for m in mine.names)
            for other in chosen
        )

    return {i: best[i] for i in sorted(chosen) if not restates(items[i])}


def _moved_later(mine: date | None, older: date | None) -> bool:
    """A page's date for the promise lies after the older item's (a slip: a promise of its own);
    the same date or one inside the promised period is the promise restated."""
    return mine is not None and older is not None and mine > older


def restatements(session: Session, items: dict[int, Candidate]) -> set[tuple[int, int]]:
    """(page, item) for each page of ``items`` proposed as evidence for one of ``items``
    (a dismissed proposal says the page was not about it)."""
    return stored.proposed(session, {c.page for c in items.values()}, items)


def _is_lead(head: str, start: int) -> bool:
    """``start`` lies in the page's first line when that line is short (a headline, not a
    paragraph), or in a summary line (原标题, 核心提示, 【导语】…)."""
    if start >= len(head):
        return False
    line_start = head.rfind("\n", 0, start) + 1
    line_end = head.find("\n", start)
    if not head[:line_start].strip():
        return line_end >= 0 and len(head[line_start:line_end].strip()) <= _HEADLINE_CHARS
    return bool(_SUMMARY_LINE.match(head, line_start))


def load_candidates(session: Session, source_id: int, candidates: dict[int, list[str]], published: date | None) -> dict[int, Candidate]:
    """The candidates still worth proposing: open, not in this article, not suggested for it
    already, first printed no later than it; with their due date, names (``candidates``: item
    id → its indexed names, as the match index gave them) and first page."""
    from inquiry_tracker.extract.clean import simplified
    from inquiry_tracker.extract.names import bare_lines, metro_cities
    from inquiry_tracker.extract.stance import BUILT_ACT, OPENING_ACT, promised_step

    out = {}
    for row in stored.open_candidates(session, source_id, candidates, published, candidates):
        # names and acts are read in simplified script (a mirror's 開工建設(shè) is 开工建设)
        statement = simplified(row.statement)
        named = 2 if _names(row.names, statement) else 1 if _names(row.names, simplified(row.sentence)) else 0
        step = promised_step(statement, row.deadline_expr and simplified(row.deadline_expr))
        out[row.id] = Candidate(
            row.id, row.due, row.first_printed, row.names, row.page, row.start,
            step=step is not None, step_act=step, lead=_is_lead(row.head, row.start), named_itself=named,
            built_only=(bool(BUILT_ACT.search(statement)) and not OPENING_ACT.search(statement)
                        and not any(_OPEN_WHEN_BUILT.search(n) for n in row.names)),
            metro=frozenset(metro_cities(row.head + "\n" + row.sentence)) if bare_lines(row.names) else frozenset(),
            opens=bool(OPENING_ACT.search(statement)) and not BUILT_ACT.search(statement),
        )
    return out


def _names(names: list[str], text: str) -> bool:
    from inquiry_tracker.extract.names import similarity

    return any(similarity(n, text) >= 0.75 for n in names)
