"""Import: one transaction per document, duplicates add nothing, reprints add sources,
bad files are reported and the batch goes on."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from inquiry_tracker import services as svc
from inquiry_tracker.extract import analyze_text
from inquiry_tracker.store import Database
from inquiry_tracker.store.models import Item, ItemSource, Source

SEED = "003_f8cd4d66258a3e9a.txt"


def _count(db: Database, model: Any) -> int:
    with db.read() as s:
        return int(s.execute(select(func.count()).select_from(model)).scalar_one())


def test_same_text_twice_adds_nothing(db: Database, analyze: Callable[..., Any]) -> None:
    text = "OUTLET:株洲日报\nQ:森林路何时能开通?|5月底开放|天元区政府|2020-05-31\nP:爱心大院8月竣工||2020-08-31\n"
    first = svc.import_text(db, text, "a.txt", analyze=analyze)
    assert (first.documents, len(first.new_items), first.duplicates) == (1, 2, [])
    second = svc.import_text(db, text, "again.txt", analyze=analyze)
    assert (second.documents, second.new_items, second.reprints, second.duplicates) == (0, [], [], ["again.txt"])
    assert (_count(db, Source), _count(db, Item), _count(db, ItemSource)) == (1, 2, 2)
    assert first.changes.kinds == {"item.created", "source.created"}


def test_reprint_adds_a_source_not_an_item(db: Database, analyze: Callable[..., Any]) -> None:
    a = svc.import_text(db, "OUTLET:株洲日报\nQ:森林路何时能开通?|5月底开放|天元区政府|2020-05-31\n", "a.txt", analyze=analyze)
    b = svc.import_text(db, "OUTLET:湘江晚报\n转载\nQ:森林路何时能开通?|5月底开放|天元区政府|2020-05-31\n", "b.txt", analyze=analyze)
    assert b.new_items == [] and b.reprints == a.new_items
    item = svc.get_item(db, a.new_items[0])[0]
    assert [s.outlet for s in item.sources] == ["株洲日报", "湘江晚报"]
    assert item.sources[1].start == len("OUTLET:湘江晚报\n转载\n")
    assert item.item.source_count == 2 and item.item.review_state == "pending"


def test_pub_date_and_accept(db: Database, analyze: Callable[..., Any]) -> None:
    opts = svc.ImportOptions(pub_date=date(2021, 3, 10), accept=True)
    s = svc.import_text(db, "Q:路灯何时修?|本月修好|市城管局|2021-03-31\n", "a.txt", opts, analyze=analyze)
    detail, _ = svc.get_item(db, s.new_items[0])
    assert detail.item.review_state == "accepted"
    assert detail.sources[0].published == date(2021, 3, 10) and detail.sources[0].published_basis == "given"


def test_bad_files_are_reported_and_the_batch_goes_on(db: Database, tmp_path: Path, analyze: Callable[..., Any]) -> None:
    good1 = tmp_path / "1.txt"
    good1.write_text("Q:森林路何时能开通?|5月底开放|天元区政府|2020-05-31\n", encoding="utf-8")
    binary = tmp_path / "2.txt"
    binary.write_bytes(bytes(range(256)) * 50)
    empty = tmp_path / "3.txt"
    empty.write_bytes(b"")
    good2 = tmp_path / "4.txt"
    good2.write_text("P:爱心大院8月竣工||2020-08-31\n", encoding="gb18030")
    summary = svc.import_paths(db, [good1, binary, empty, tmp_path / "missing.txt", good2], analyze=analyze)
    assert summary.documents == 2 and len(summary.new_items) == 2
    failed = {Path(name).name: reason for name, reason in summary.failures}
    assert set(failed) == {"2.txt", "3.txt", "missing.txt"}
    assert all(reason for reason in failed.values())
    assert not summary.ok


def test_a_document_is_all_or_nothing(db: Database, tmp_path: Path, analyze: Callable[..., Any]) -> None:
    def breaks_on_second_item(text: str, published: date | None = None, source: str | None = None) -> Any:
        analysis = analyze(text, published, source)
        if len(analysis.items) > 1:
            analysis.items[1].kind = "bogus"  # violates a CHECK constraint mid-document
        return analysis

    (tmp_path / "a.txt").write_text("Q:一?|x||\nQ:二?|y||\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Q:三?|z||\n", encoding="utf-8")
    summary = svc.import_paths(db, [tmp_path / "a.txt", tmp_path / "b.txt"], analyze=breaks_on_second_item)
    assert [Path(n).name for n, _ in summary.failures] == ["a.txt"]
    assert summary.documents == 1
    assert (_count(db, Source), _count(db, Item), _count(db, ItemSource)) == (1, 1, 1)


def test_folders_progress_and_cancel(db: Database, tmp_path: Path, analyze: Callable[..., Any]) -> None:
    folder = tmp_path / "paper"
    (folder / "sub").mkdir(parents=True)
    for i in range(4):
        (folder / ("sub" if i % 2 else ".") / f"{i}.txt").write_text(f"Q:问题{i}?|答{i}||\n", encoding="utf-8")
    seen: list[tuple[int, int, str]] = []
    stop_after = 2
    summary = svc.import_paths(
        db, [folder], progress=lambda d, t, n: seen.append((d, t, n)), cancel=lambda: len(seen) >= stop_after, analyze=analyze
    )
    assert summary.cancelled and summary.documents == 2
    assert [(d, t) for d, t, _ in seen] == [(1, 4), (2, 4)]
    rest = svc.import_paths(db, [folder], analyze=analyze)
    assert rest.documents == 2 and len(rest.duplicates) == 2 and _count(db, Item) == 4


def test_cancel_is_honoured_inside_a_slow_document(db: Database, tmp_path: Path, analyze: Callable[..., Any]) -> None:
    """A reporter who cancels while a slow document (a heavy PDF) is being read gets the batch
    stopped at once, not after that document: the documents before it stay, it and the rest
    are not stored, and importing again finishes the batch."""
    import threading
    import time

    from inquiry_tracker.extract import DecodedText

    for name in ("a.txt", "b-slow.txt", "c.txt"):
        (tmp_path / name).write_text(f"Q:{name}何时修好?|月底修好||\n", encoding="utf-8")
    reading_slow = threading.Event()
    release = threading.Event()  # the slow reading ends when the test is over

    def read(path: Path) -> DecodedText:
        if path.name.startswith("b-"):
            reading_slow.set()
            release.wait(60)
        return DecodedText(text=path.read_text(encoding="utf-8"), path=str(path), fmt="text", encoding="utf-8")

    try:
        started = time.monotonic()
        summary = svc.import_paths(db, [tmp_path], cancel=reading_slow.is_set, read=read, analyze=analyze)
        took = time.monotonic() - started
    finally:
        release.set()
    assert summary.cancelled and took < 10  # not the 60 s the slow document would take
    assert summary.documents == 1 and _count(db, Source) == 1 and summary.failures == []
    rest = svc.import_paths(db, [tmp_path], analyze=analyze)
    assert (rest.documents, len(rest.duplicates), _count(db, Source)) == (2, 1, 3)


def test_stdin_bytes_in_gb18030(db: Database, analyze: Callable[..., Any]) -> None:
    data = "Q:森林路何时能开通?|5月底开放|天元区政府|2020-05-31\n".encode("gb18030")
    summary = svc.import_bytes(db, data, "<stdin>", analyze=analyze)
    assert summary.documents == 1 and len(summary.new_items) == 1
    assert svc.import_text(db, "  \n", "<paste>").failures == [("<paste>", "空文本 / empty text")]


def test_departments_and_aliases(db: Database, analyze: Callable[..., Any]) -> None:
    from inquiry_tracker.extract import Analysis, DocumentFacts, ExtractedItem

    def two_names(text: str, published: date | None = None, source: str | None = None) -> Any:
        items = [
            ExtractedItem(kind="inquiry", start=0, end=5, question="何时隔离?", department="市卫健委",
                          department_canonical="市卫生健康委员会", fingerprint="a"),
            ExtractedItem(kind="inquiry", start=6, end=9, question="疫苗?", department="市卫生健康委员会",
                          department_canonical="市卫生健康委员会", fingerprint="b"),
        ]
        return Analysis(DocumentFacts(None, "unknown", None), items)

    svc.import_text(db, "x", "a.txt", analyze=two_names)
    rows = svc.list_items(db, svc.ItemFilter(department="卫健委")).rows
    assert sorted(r.item.department for r in rows) == ["市卫健委", "市卫生健康委员会"]
    assert {r.item.department_canonical for r in rows} == {"市卫生健康委员会"}
    from inquiry_tracker.store import details

    with db.read() as s:
        (dept,) = details.list_departments(s)
    assert dept.name == "市卫生健康委员会" and dept.aliases == ("市卫健委",)


# --- with the real reader --------------------------------------------------------------


def _export_json(db: Database) -> list[dict[str, Any]]:
    out = io.BytesIO()
    svc.export_items(db, "json", out, svc.ItemFilter(statuses=("pending", "accepted")))
    return json.loads(out.getvalue())


def test_seed_003_item_count_is_stable(db: Database, seeds_dir: Path) -> None:
    expected = len({it.fingerprint for it in analyze_text((seeds_dir / SEED).read_text(encoding="utf-8")).items})
    assert expected > 0
    once = svc.import_paths(db, [seeds_dir / SEED])
    assert once.ok and len(once.new_items) == expected
    assert len(_export_json(db)) == expected
    for _ in range(2):
        again = svc.import_paths(db, [seeds_dir / SEED])
        assert (again.documents, again.new_items, again.reprints, len(again.duplicates)) == (0, [], [], 1)
    exported = _export_json(db)
    assert len(exported) == expected
    assert all(len(x["sources"]) == 1 for x in exported)


def test_seed_exchange_reprinted_elsewhere(db: Database, seeds_dir: Path, tmp_path: Path) -> None:
    text = (seeds_dir / SEED).read_text(encoding="utf-8")
    items = analyze_text(text).items
    svc.import_paths(db, [seeds_dir / SEED])
    exchange = next(it for it in items if it.kind == "inquiry")
    reprint = tmp_path / "reprint.txt"
    # a later issue of the same paper reprints one exchange (the reader needs the city to
    # canonicalise the department, which is part of an inquiry's fingerprint)
    reprint.write_text("株洲日报\n2020年5月15日 星期五\n\n" + text[exchange.start : exchange.end] + "\n", encoding="utf-8")
    summary = svc.import_paths(db, [reprint])
    assert summary.documents == 1 and summary.new_items == [] and len(summary.reprints) == 1
    exported = _export_json(db)
    assert len(exported) == len({it.fingerprint for it in items})
    reprinted = next(x for x in exported if x["id"] == summary.reprints[0])
    assert len(reprinted["sources"]) == 2
    assert reprinted["question"] == exchange.question


def test_worker_processes_give_the_same_result(db_url: str, seeds_dir: Path, tmp_path: Path) -> None:
    """Large batches are analysed in worker processes; the database ends up the same."""
    folder = tmp_path / "batch"
    folder.mkdir()
    seeds = sorted(seeds_dir.glob("*.txt"))
    for i in range(18):
        (folder / f"{i:02d}.txt").write_text(f"第{i}期\n" + seeds[i % len(seeds)].read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"\x00\x01" * 500)
    def run(url: str, workers: int) -> tuple[Any, ...]:
        database = Database.open(url)
        try:
            summary = svc.import_paths(database, [folder], svc.ImportOptions(workers=workers))
            rows = svc.list_items(database, limit=None, order="id").rows
        finally:
            database.close()
        return (summary.documents, len(summary.new_items), len(summary.reprints),
                [Path(f).name for f, _ in summary.failures], [(r.item.fingerprint, r.item.source_count) for r in rows])

    parallel = run(db_url, 2)
    serial = run(f"sqlite:///{tmp_path / 'serial.sqlite'}", 1)
    assert parallel == serial
    assert serial[0] == 18 and serial[3] == ["bad.txt"]


def test_stdin_and_pasted_text_obey_the_text_limit(db: Database, analyze: Callable[..., Any]) -> None:
    from inquiry_tracker.services.importing import MAX_DOCUMENT_BYTES

    line = "Q:森林路何时能开通?|5月底开放|天元区政府|2020-05-31\n"
    big = line * (MAX_DOCUMENT_BYTES // len(line.encode("utf-8")) + 1)
    pasted = svc.import_text(db, big, "<paste>", analyze=analyze)
    assert not pasted.ok and "text too large" in pasted.failures[0][1]
    piped = svc.import_bytes(db, big.encode("utf-8"), "<stdin>", analyze=analyze)
    assert not piped.ok and "text too large" in piped.failures[0][1]
    assert _count(db, Source) == 0
    assert svc.import_text(db, line, "<paste>", analyze=analyze).ok  # under the limit: fine


def test_import_analysed_cleans_nul_even_with_an_analysis_done(db: Database, analyze: Callable[..., Any]) -> None:
    from inquiry_tracker.extract import DecodedText

    text = "OUTLET:株洲日报\nQ:森林路何时\x00能开通?|5月底开放|天元区政府|2020-05-31\n"
    doc = DecodedText(text=text, path="<paste>", fmt="text", encoding=None)
    analysis = analyze(text, published=date(2020, 5, 8))
    summary, results = svc.import_analysed(db, [("<paste>", doc, analysis)], svc.ImportOptions(accept=True))
    assert summary.ok and len(results) == 1 and not isinstance(results[0], str)
    assert "\x00" not in svc.get_source(db, summary.source_ids[0]).text


def test_a_bare_city_office_is_not_another_citys(db: Database) -> None:
    """A 株洲 page prints 市交通运输局 for 株洲市交通运输局; a page from a city it does not name,
    printing the same short name, keeps its own office instead of being filed under 株洲's."""
    zhuzhou = ("株洲日报 2021年3月2日 星期二\n网友提问:株洲东站的公交站台何时建好?\n"
               "市交通运输局回复:站台正在施工,预计5月底前建成。")
    elsewhere = ("市长信箱\n网友提问:城北客运站何时搬迁?\n"
                 "市交通运输局回复:新客运站计划今年10月底投入使用。")
    first = svc.import_text(db, zhuzhou, "a.txt", svc.ImportOptions(pub_date=date(2021, 3, 2)), analyze=analyze_text)
    second = svc.import_text(db, elsewhere, "b.txt", svc.ImportOptions(pub_date=date(2021, 3, 2)), analyze=analyze_text)
    here = svc.get_item(db, first.new_items[0])[0].item
    there = svc.get_item(db, second.new_items[0])[0].item
    assert (here.department, here.department_canonical) == ("市交通运输局", "株洲市交通运输局")
    assert (there.department, there.department_canonical) == ("市交通运输局", "市交通运输局")
