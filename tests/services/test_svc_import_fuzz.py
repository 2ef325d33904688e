"""Property: importing arbitrary text never corrupts the database.

Each example imports one text through ``import_text`` with the real reader, into a database
that keeps growing over the run: arbitrary Unicode (``st.text()``), slices of real pages cut
at any offset, and mixes of page fragments, labels, dates and noise. After every example the
database must still be sound: SQLite's integrity checks pass (file and full-text index),
every item has a source, every span lies inside its source's text, every item is indexed,
and each new item is found by searching for a piece of its own text. Runs on SQLite and,
with fewer examples, on PostgreSQL.
"""

from __future__ import annotations

import random
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from inquiry_tracker import services as svc
from inquiry_tracker.store import Database
from inquiry_tracker.store.models import Item, ItemSearch, ItemSource, Source
from inquiry_tracker.store.search import runs

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = {"sqlite": 150, "postgresql": 40}


@cache
def _pages() -> tuple[str, ...]:
    files = sorted((REPO / "inquiry_tracker" / "seeds").glob("*.txt")) + sorted((REPO / "tests" / "data" / "pages").glob("*.txt"))
    return tuple(p.read_text(encoding="utf-8") for p in files)


@cache
def _fragments() -> tuple[str, ...]:
    """Paragraphs and lines of real pages: labels, replies, dates, mastheads."""
    out: set[str] = set()
    for page in _pages():
        out.update(par for par in page.split("\n\n") if par.strip())
        out.update(line + "\n" for line in page.splitlines() if line.strip())
    return tuple(sorted(out))


EXTRAS = ("网友提问:", "回复:", "答:", "问:", "【网友留言】", "市住建局回复:", "2020年5月8日 星期五\n", "来源:株洲日报  2020-11-30 09:26\n",
          "计划5月底开放", "力争年底前建成通车", "\r\n", "\n\n", "\u3000", "(下转第2版)", "\ufeff", "\x00", "🚧", "\u200b", "ｱ", "３月底")

page_slice = st.builds(
    lambda page, a, b: page[min(a, b) : max(a, b)],
    st.sampled_from(_pages()),
    st.integers(0, 25_000),
    st.integers(0, 25_000),
)
mixture = st.lists(
    st.one_of(st.sampled_from(_fragments()), st.sampled_from(EXTRAS), st.text(max_size=30), page_slice),
    max_size=10,
).map("".join)
documents = st.one_of(st.text(), page_slice, mixture)


def _check(db: Database, new_items: list[int]) -> None:
    with db.read() as s:
        if db.dialect == "sqlite":
            conn = s.connection()
            assert conn.exec_driver_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
            conn.exec_driver_sql("INSERT INTO item_fts(item_fts) VALUES ('integrity-check')")
        texts = dict(s.execute(select(Source.id, Source.text)).all())
        for source_id, count in s.execute(select(Source.id, Source.char_count)):
            assert count == len(texts[source_id])
        for item_id, source_id, start, end in s.execute(
            select(ItemSource.item_id, ItemSource.source_id, ItemSource.start, ItemSource.end)
        ):
            assert 0 <= start <= end <= len(texts[source_id]), (item_id, source_id, start, end)
        orphans = s.execute(select(Item.id).where(~Item.id.in_(select(ItemSource.item_id)))).scalars().all()
        assert orphans == []
        items = s.execute(select(func.count(Item.id))).scalar_one()
        indexed = s.execute(select(func.count(ItemSearch.item_id))).scalar_one()
        assert indexed == items
        bodies = dict(s.execute(select(ItemSearch.item_id, ItemSearch.body).where(ItemSearch.item_id.in_(new_items))).all())
    for item_id in new_items:  # search still works: each new item is found by a piece of its text
        pieces = [r for r in runs(bodies[item_id]) if len(r) >= 2]
        if not pieces:
            continue
        piece = random.Random(item_id).choice(pieces)
        query = piece[:4]
        assert item_id in svc.find_item_ids(db, svc.ItemFilter(text=query)), (item_id, query)
    assert svc.count_items(db, svc.ItemFilter(text="路")) >= 0


def test_importing_arbitrary_text_never_corrupts_the_database(db: Database) -> None:
    seen: set[str] = set()

    @settings(
        max_examples=EXAMPLES[db.dialect],
        deadline=None,
        database=None,  # examples are drawn afresh; a failure prints its text
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(documents)
    @example("网友提问:森林路\x00何时开通?\n天元区政府回复:您好,森林路计划5月底开放。\n")  # NUL: PostgreSQL refuses it
    @example("")
    def import_one(text: str) -> None:
        summary = svc.import_text(db, text, "<paste>")
        assert summary.failures in ([], [("<paste>", "空文本 / empty text")]), summary.failures
        if summary.failures:
            assert not text.strip()
        elif text.replace("\x00", " ") in seen:
            assert summary.duplicates == ["<paste>"]
        else:
            assert summary.documents == 1
        if not summary.failures:  # (an empty text stores nothing: no later text repeats it)
            seen.add(text.replace("\x00", " "))
        _check(db, summary.new_items)

    import_one()
