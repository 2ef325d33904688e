"""Suggested evidence (DESIGN workflow 6): a newly imported article that speaks of an open
item is proposed for it with its stance — **kept** (done, with the day), **delayed** (a new
date after the item's due date) or **progress** (a milestone, a partial opening, the date
restated) — and the reporter confirms or dismisses it; nothing changes unreviewed.

How an article finds its items:

1. the reader's claims of the article (:mod:`inquiry_tracker.extract.stance`): clauses that
   say something is done, planned for a date, or passed a milestone;
2. the bigrams and road numbers of the claims' sentences, the sentence before each and the
   headline are looked up in the match index kept in the database
   (:mod:`inquiry_tracker.store.names`, written with each item), giving the open items that
   share at least two grams or a road number;
3. each candidate's names (:mod:`inquiry_tracker.extract.names`) are compared with the
   clause, then its sentence, then — when the sentence names no other project — the sentence
   before and the headline (on a page cut at its top, naming nothing before the claim, also the
   project it introduces just below); a number of another road or line, a section that is not
   the item's, a later phase named on its own (二期项目…) that the item did not promise, or a name
   given only as where another finished work leads (…通车,强化了与某机场的联系) rules it out;
4. the claim becomes a stance against the item's due date, and of the items of one promise
   page, or of a page restating an older promise, one is proposed
   (:mod:`inquiry_tracker.services.proposals`); a report of an event dated before the item
   was first printed, or an article older than the item, is no evidence.

Items the article itself holds are never suggested for it, nor is one item twice for one
article. Accepting records what the stance says (see :func:`accept_suggestion`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from inquiry_tracker.services.proposals import (
    Best,
    choose,
    load_candidates,
    rank_key,
    restatements,
    stance_of,
)
from inquiry_tracker.services.results import Changes
from inquiry_tracker.store import Database
from inquiry_tracker.store import names as name_index
from inquiry_tracker.store import suggestions as stored
from inquiry_tracker.store.documents import index_names
from inquiry_tracker.store.mutations import add_follow_up, load_item
from inquiry_tracker.store.suggestions import NewSuggestion, SuggestionRow
from inquiry_tracker.vocab import FINAL_VERDICTS

if TYPE_CHECKING:  # the reader loads with the first import, not with the services
    from sqlalchemy.orm import Session

    from inquiry_tracker.extract.model import ExtractedItem
    from inquiry_tracker.extract.stance import Claim

#: how fully a text must repeat an item's name to speak of it
THRESHOLD = 0.75
#: a claim naming open items from more pages than this does not say which one it means
#: (several items of one page sharing a name are one promise restated, and all get it; a page
#: already proposed as evidence for one of them restates that promise and is not counted)
_MAX_NAMED = 3
_SENTENCE_END = re.compile(r"[。!！?？;；\n]")


#: a name held by more items than this is too common to say which one an article means
_TOO_COMMON = 8
#: a bigram held by more names than this is not looked up (城东, 人民: in every district's names)
_BUSY_GRAM = 200
#: claims of one article compared at most (real later articles mostly have fewer than a dozen,
#: a timeline of last year's openings more; a page
#: of many plans keeps its reports, slips and milestones and its first plans)
_MAX_CLAIMS = 12


class SuggestionIndex:
    """Where an article's candidate items come from: the match index in the database
    (:mod:`inquiry_tracker.store.names`, written with each item).

    A single document (pasted text) asks the database directly. A batch (``memory=True``)
    reads the index's names once and then, before each document, only the rows added since
    (by any importer: concurrent imports see each other's items), and looks grams up in
    memory; nothing is recomputed from subjects.
    """

    def __init__(self, memory: bool = False) -> None:
        self.memory = memory
        self._last = 0
        self._item_names: dict[int, list[str]] = {}
        self._name_items: dict[str, set[int]] = {}
        self._name_grams: dict[str, frozenset[str]] = {}
        #: how many of a name's grams a text must hold (see :func:`_near`)
        self._need: dict[str, int] = {}
        #: gram → names holding it (names held by too many items are left out: too common)
        self._gram_names: dict[str, set[str]] = {}

    def add(self, items: list[tuple[int, str]]) -> None:
        """Nothing to do: items are indexed in the database when stored, and read from it."""

    def mark(self) -> int:
        """Where a change starts: the last item read so far (see :meth:`undo`)."""
        return self._last

    def undo(self, mark: int) -> None:
        """The change that began at ``mark`` was rolled back: forget what was read since
        (the transaction's own rows, which SQLite may hand out again under the same ids). The
        index is read again from the database, by the next look-up, through its session."""
        if self._last > mark:
            self.__init__(self.memory)  # type: ignore[misc]

    def _refresh(self, session: Session) -> None:
        from inquiry_tracker.extract.names import name_grams

        for item_id, names in name_index.names_since(session, self._last).items():
            self._last = max(self._last, item_id)
            self._item_names[item_id] = names
            for n in names:
                holders = self._name_items.setdefault(n, set())
                holders.add(item_id)
                if n not in self._name_grams:
                    self._name_grams[n] = grams = frozenset(name_grams(n))
                    self._need[n] = _grams_needed(len(grams))
                    for g in grams:
                        self._gram_names.setdefault(g, set()).add(n)
                elif len(holders) == _TOO_COMMON + 1:
                    for g in self._name_grams[n]:
                        self._gram_names[g].discard(n)

    def candidates(self, session: Session, grams: set[str]) -> dict[int, tuple[list[str], list[frozenset[str]]]]:
        """Items with a name whose grams ``grams`` mostly hold: id → (names, their gram sets)."""
        from inquiry_tracker.extract.names import name_grams

        if not self.memory:
            numbers = {g for g in grams if _is_number(g)}
            counts = name_index.candidate_items(session, grams, at_least=2)
            numbered = name_index.candidate_items(session, numbers, at_least=1) if numbers else {}
            found = name_index.names_of(session, sorted(set(counts) | set(numbered)))
            out = {}
            for item_id, names in found.items():
                sets = [frozenset(name_grams(n)) for n in names]
                if _near(sets, grams):
                    out[item_id] = (names, sets)
            return out
        self._refresh(session)
        hit: Counter[str] = Counter()
        for g in grams:
            holders = self._gram_names.get(g)
            if holders and len(holders) <= _BUSY_GRAM:  # a bigram in hundreds of names tells none of them
                hit.update(holders)
        items: set[int] = set()
        need = self._need
        for n, got in hit.items():
            if got >= need[n]:
                items |= self._name_items[n]
        return {i: (self._item_names[i], [self._name_grams[n] for n in self._item_names[i]]) for i in items}


def compared_claims(found: list[Claim]) -> list[Claim]:
    """The claims of an article compared with open items, in order: all of them, or on a page
    dense with plans (more than :data:`_MAX_CLAIMS`) its reports and slips first. The import's
    workers keep only these (:func:`importing.prepare`): the rest is never read."""
    if len(found) <= _MAX_CLAIMS:
        return found
    keep = set(sorted(range(len(found)), key=lambda i: (found[i].kind == "plan" and not found[i].slip, i))[:_MAX_CLAIMS])
    return [c for i, c in enumerate(found) if i in keep]


def _is_number(gram: str) -> bool:
    return (gram[:1] in "SGXL" and gram[1:].isdigit()) or (gram[:1] == "C" and "条" in gram)


def index_items(session: Session, text: str, title: str | None, items: list[tuple[int, ExtractedItem]]) -> None:
    """Write the names of items just stored from ``text`` into the match index (read in the
    analysis workers when the title is the one the reader found; here otherwise)."""
    from inquiry_tracker.extract.names import item_index_entry

    entries = []
    for item_id, it in items:
        ready = it.extra.get("index")
        if ready is not None and it.extra.get("index_title") == title:
            names, grams = ready
        else:
            names, grams = item_index_entry(text, title, it)
        entries.append((item_id, list(names), list(grams)))
    index_names(session, entries)


def _grams_needed(size: int) -> int:
    """How many of a name's ``size`` grams a text must hold to be near it (see :func:`_near`):
    three quarters, and at least two (or its only one)."""
    return max(min(2, size), -(-3 * size // 4))


def _near(name_grams: list[frozenset[str]], grams: set[str]) -> bool:
    """Some name of an item has three quarters of its grams (at least two, or its road
    number) among ``grams``: worth comparing in full."""
    for mine in name_grams:
        got = len(mine & grams)
        if got and got >= min(2, len(mine)) and 4 * got >= 3 * len(mine):
            return True
    return False


_OTHERS = re.compile(r"其他|其它|其余|剩余|剩下")


def _windows(text: str, claim: Claim, head: str, cut_top: bool) -> tuple[str, str, str]:
    """The clause, its sentence, and — when the sentence up to the clause (``head``, plain)
    names no project of its own ("该桥", "新馆", "大桥预计…通车,届时…") — the sentence before it
    with the headline (and, on a page that names no project above the claim, ``cut_top``, the
    one it introduces just below)."""
    from inquiry_tracker.extract.clean import simplified
    from inquiry_tracker.extract.names import (
        context_before,
        first_line,
        names_a_project,
        topic_above,
        topic_below,
    )

    named = names_a_project(head)
    # "其他5条快速通道…": the sentence speaks of the ones not named before it; (the project the
    # paragraph introduced goes with them: "某高速某段是…。主线全长…。计划于年底通车")
    context = "" if named or _OTHERS.search(head) else "\n".join(
        (first_line(text), context_before(text, claim.start), topic_above(text, claim.start)))
    if context and cut_top:  # (a page cut at its top: the project it introduces below)
        context += "\n" + topic_below(text, claim.start)
    return simplified(text[claim.clause_start : claim.clause_end]), claim.sentence, simplified(context)


def _cut_top(text: str, found: list[Claim]) -> list[bool]:
    """For each claim, whether the page names no project above it (read in text order, and
    only until a prefix names one: every later claim has it above too)."""
    from inquiry_tracker.extract.clean import simplified
    from inquiry_tracker.extract.names import names_a_project

    unnamed_until = -1  # claims starting at or before this have no project above them
    for start in sorted(c.start for c in found):
        if names_a_project(simplified(text[:start])):
            break
        unnamed_until = start
    return [c.start <= unnamed_until for c in found]


def _with_aliases(window: str, aliases: list[tuple[str, str]]) -> str:
    """``window`` and, after it, the other name of each alias pair it writes one of."""
    extra = [b for a, b in aliases if a in window and b not in window] + [a for a, b in aliases if b in window and a not in window]
    return window + "\n" + "\n".join(extra) if extra else window


def _common_names(named: dict[int, tuple[list[str], list[frozenset[str]]]]) -> set[str]:
    """Names held by more than :data:`_TOO_COMMON` of the candidates."""
    held: dict[str, int] = {}
    for names, _ in named.values():
        for n in names:
            held[n] = held.get(n, 0) + 1
    return {n for n, k in held.items() if k > _TOO_COMMON}


def _speaks_of(names: list[str], windows: tuple[str, str, str], near: list[bool], named: Callable[[], list[str]]) -> float:
    """How surely the windows (clause, sentence, context) name the item (0 when not): the
    clause or its sentence in full, the context a little less and only when the sentence
    names no other project. ``near`` says which windows share enough grams to be worth
    comparing; ``named`` gives the sentence's project names (computed once, when needed)."""
    from inquiry_tracker.extract.names import (
        after_anothers_act,
        built_by,
        first_line_number,
        points_at_another_kind,
        road_numbers,
        similarity,
        told_apart,
    )

    clause, sentence, context = windows
    lines = {n for name in names for n in road_numbers(name) if n[0] == "L"}
    first = first_line_number(sentence) if lines and not lines & road_numbers(clause) else None
    if first is not None and first not in lines:
        return 0.0  # the sentence is another line's, the clause names none ("2号线开通,…与1号线换乘")
    best = 0.0
    if near[0]:
        if all(told_apart(n, clause) or built_by(n, clause) or after_anothers_act(n, clause) for n in names):
            return 0.0  # the clause's act is another project's that has the name in its own (or was built by it)
        best = max(similarity(n, clause) for n in names)
    if best < THRESHOLD and near[1]:
        # (not a name the sentence gives only as where another finished work leads)
        best = max(best, 0.95 * max((similarity(n, sentence) for n in names if not after_anothers_act(n, sentence)), default=0.0))
    if best < THRESHOLD and near[2]:
        others = any(max(similarity(n, m) for n in names) < 0.5 for m in named())
        # ("这条高速…" inherits no ring road from the sentence before: the kinds differ)
        fitting = [n for n in names if not points_at_another_kind(n, sentence)]
        if not others and fitting:
            best = max(best, 0.9 * max(similarity(n, context) for n in fitting))
    return round(best, 3) if best >= THRESHOLD else 0.0


def suggest_for_source(
    session: Session, source_id: int, text: str, found: list[Claim], published: date | None = None,
    index: SuggestionIndex | None = None,
) -> list[int]:
    """Store suggestions of ``source_id`` (its ``text``, printed on ``published``, holding the
    claims ``found``) for open items; their ids (see module docstring)."""
    from inquiry_tracker.extract.clean import simplified
    from inquiry_tracker.extract.names import (
        crossing_aliases,
        declared_aliases,
        later_phase,
        mentions,
        qualifiers,
        text_grams,
    )

    if not found:
        return []
    found = compared_claims(found)
    # the sentence up to each claim's clause end, plain: read for its names twice below
    heads = [simplified(text[c.start : c.clause_end]) for c in found]
    windows = [_windows(text, c, h, cut) for c, h, cut in zip(found, heads, _cut_top(text, found), strict=True)]
    plain = simplified(text)
    aliases = declared_aliases(plain) + crossing_aliases(plain)
    if aliases:  # "湖东小学(立项名:祁门路小学)": a window naming one names the other too
        windows = [tuple(_with_aliases(part, aliases) for part in w) for w in windows]  # type: ignore[misc]
    window_grams = [tuple(text_grams(part) for part in w) for w in windows]
    grams: set[str] = set()
    for w_grams in window_grams:
        for part in w_grams:
            grams |= part
    # items with a name the article repeats well enough (names only: no item rows yet)
    named = (index or SuggestionIndex()).candidates(session, grams)
    if not named:
        return []
    common = _common_names(named)
    # compared once per distinct name (items of one project share their names)
    holders: dict[str, set[int]] = {}
    name_sets: dict[str, frozenset[str]] = {}
    for item_id, (names, sets) in named.items():
        for n, gram_set in zip(names, sets, strict=True):
            if n not in common:
                holders.setdefault(n, set()).add(item_id)
                name_sets[n] = gram_set
    postings: dict[str, set[str]] = {}
    for n, gram_set in name_sets.items():
        for g in gram_set:
            postings.setdefault(g, set()).add(n)
    scored: list[tuple[Claim, str, list[tuple[int, float]]]] = []
    for claim, w, w_grams, head in zip(found, windows, window_grams, heads, strict=True):
        found_scores: dict[int, float] = {}
        said: list[list[str]] = []

        # the projects the sentence names up to the claim (what a 届时… clause after it names
        # is where the thing leads, not another subject)
        def mentioned(upto: str = head, said: list[list[str]] = said) -> list[str]:
            if not said:
                said.append([m.name for m in mentions(upto)])
            return said[0]

        for n in {n for part in w_grams for g in part for n in postings.get(g, ())}:
            near = [_near([name_sets[n]], g) for g in w_grams]
            if not any(near):
                continue
            score = _speaks_of([n], w, near, mentioned)
            if score:
                for item_id in holders[n]:
                    found_scores[item_id] = max(score, found_scores.get(item_id, 0.0))
        if found_scores:
            top = max(found_scores.values())
            if sum(1 for v in found_scores.values() if v == top) > _TOO_COMMON:
                continue  # names many items alike: no page can be told (checked again by page below)
            scored.append((claim, head, sorted(found_scores.items())))
    if not scored:
        return []
    hit = sorted({i for _, _, hits in scored for i, _ in hits})
    items = load_candidates(session, source_id, {i: named[i][0] for i in hit}, published)
    item_quals = {i.id: {q for n in i.names for q in qualifiers(n)} for i in items.values()}
    restated = restatements(session, items)
    # pages that were evidence for one of these items (later reports restating its promise)
    # are that promise again, not other projects of the name
    echoes = {page for page, _ in restated}

    def pages(hits: list[tuple[int, float]]) -> int:
        return len({items[i].page for i, _ in hits if items[i].page not in echoes} or {items[i].page for i, _ in hits})

    best: dict[int, Best] = {}
    for claim, head, all_hits in scored:
        # a later phase the sentence speaks of up to the claim ("二期项目…于2月1日开工") is not
        # the phase an item promised, nor the whole it names
        phase = later_phase(head)
        hits = [h for h in all_hits if h[0] in items and (phase is None or phase in item_quals[h[0]])]
        if not hits:
            continue
        if pages(hits) > _MAX_NAMED:
            top = max(s for _, s in hits)
            hits = [h for h in hits if h[1] == top]
            if pages(hits) > _MAX_NAMED:
                continue
        for item_id, score in hits:
            stance = stance_of(claim, items[item_id], published, item_quals[item_id])
            if stance is None:
                continue
            key = rank_key(claim, stance, score)
            if item_id not in best or key > best[item_id][0]:
                best[item_id] = (key, claim, stance, score)
    best = choose(best, items, published, restated)
    if not best:
        return []
    return stored.add_suggestions(session, [
        NewSuggestion(i, source_id, score, c.start, c.end, c.sentence, st[0], st[1], st[2])
        for i, (_, c, st, score) in sorted(best.items())
    ])




def list_suggestions(db: Database, states: tuple[str, ...] = ("open",), item_id: int | None = None) -> list[SuggestionRow]:
    """Suggestions in ``states`` (newest source first, best first), optionally of one item."""
    with db.read() as session:
        return stored.suggestion_rows(session, states, item_id)


def suggested_action(row: SuggestionRow) -> str:
    """What accepting ``row`` records, in the reporter's words (the inbox and the CLI show it)."""
    where = row.where or "?"
    if row.stance == "kept":
        day = f" ({row.event_date.isoformat()})" if row.event_date else ""
        return f"记为已兑现{day},证据:{where} / record kept{day}, evidence: {where}"
    if row.stance == "delayed" and row.new_due is not None:
        return f"记为延期至 {row.new_due.isoformat()},见 {where} / record 延期 to {row.new_due.isoformat()}, printed in {where}"
    if row.stance == "delayed":
        return f"记为延期(新期限未说明),见 {where} / record a delay (no new date), printed in {where}"
    return f"记一条进展,见 {where} / add a progress entry, printed in {where}"


def accept_suggestion(
    db: Database,
    suggestion_id: int,
    *,
    author: str | None = None,
    apply: bool = True,
    on: date | None = None,
    new_due: date | None = None,
) -> Changes:
    """The reporter confirms the article as evidence. With ``apply`` (the default) what its
    stance says is recorded: **kept** → verdict 已兑现 on the reported day (``on`` to correct
    it); **delayed** with a new date → the due date moves to it (``new_due`` to correct it),
    with where it was printed, and an open item becomes 已延期; **progress** (or a delay
    without a date) → a timeline entry, and an unchecked item becomes 推进中. Without
    ``apply`` only the timeline entry is added. Every entry keeps the sentence, where it was
    printed and the suggestion it came from."""
    with db.write() as session:
        suggestion = stored.open_suggestion(session, suggestion_id)
        item = load_item(session, suggestion.item_id)
        source = stored.suggested_source(session, suggestion.source_id)
        where = source.where if source is not None else None
        suggestion.state = "accepted"
        common = {
            "note": suggestion.excerpt, "announced_in": where or None, "author": author, "suggestion_id": suggestion.id,
            "evidence_file": source.origin if source is not None else None,
        }
        kinds = {"follow_up.added", "suggestion"}
        stance = suggestion.stance if apply else None
        moved_to = new_due or suggestion.new_due
        old_verdict = item.verdict
        if stance == "kept" and item.verdict not in FINAL_VERDICTS:
            item.verdict = "kept"
            item.verdict_on = on or suggestion.event_date or (source.published if source is not None else None)
            entry = add_follow_up(session, item, "verdict", verdict_from=old_verdict, verdict_to="kept", **common)
            kinds.add("item.verdict")
        elif stance == "delayed" and moved_to is not None and moved_to != item.due:
            old_due = item.due
            if old_due is not None and moved_to > old_due and old_verdict not in FINAL_VERDICTS:
                item.verdict = "delayed"
            item.due = moved_to
            entry = add_follow_up(
                session, item, "due_change", due_from=old_due, due_to=moved_to,
                verdict_from=old_verdict if item.verdict != old_verdict else None,
                verdict_to=item.verdict if item.verdict != old_verdict else None, **common,
            )
            kinds |= {"item.due"} | ({"item.verdict"} if item.verdict != old_verdict else set())
        else:
            if stance is not None and item.verdict == "unchecked":
                item.verdict = "in_progress"
                kinds.add("item.verdict")
            entry = add_follow_up(
                session, item, "suggestion",
                verdict_from=old_verdict if item.verdict != old_verdict else None,
                verdict_to=item.verdict if item.verdict != old_verdict else None, **common,
            )
        return Changes(items=(item.id,), follow_ups=(entry.id,), kinds=frozenset(kinds))


def dismiss_suggestion(db: Database, suggestion_id: int) -> Changes:
    """Not evidence for that item: the suggestion is set aside (kept, marked dismissed)."""
    with db.write() as session:
        suggestion = stored.open_suggestion(session, suggestion_id)
        suggestion.state = "dismissed"
        return Changes(items=(suggestion.item_id,), kinds=frozenset({"suggestion"}))
