"""Suggested evidence: a later article reporting an open item done is proposed for it; the
reporter accepts (timeline entry) or dismisses. Real reader, both back-ends."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from inquiry_tracker import services as svc
from inquiry_tracker.store import Database, InvalidChangeError, NotFoundError

DATA = Path(__file__).resolve().parents[1] / "data" / "suggest"
#: a 网络问政 column and a news item with dated promises (株洲日报, 2020-05-08)
PROMISES = (DATA / "promises.txt").read_text(encoding="utf-8")
#: a later news page: one tracked road opened, one market still moving, one untracked park
REPORT = (DATA / "report.txt").read_text(encoding="utf-8")


@pytest.fixture
def tracked(db: Database) -> dict[str, int]:
    summary = svc.import_text(db, PROMISES, "promises.txt")
    assert summary.suggestions == []
    rows = svc.list_items(db, svc.ItemFilter(), limit=None).rows
    return {r.item.subject: r.item.id for r in rows}


def test_a_report_is_suggested_for_the_open_item_it_names(db: Database, tracked: dict[str, int]) -> None:
    assert {"森林路开放", "中南菜市场搬迁", "爱心大院项目竣工交付"} <= set(tracked)
    summary = svc.import_text(db, REPORT, "report.txt")
    assert len(summary.suggestions) == 2 and "证据建议/suggested evidence 2" in summary.describe()
    by_item = {s.item_id: s for s in svc.list_suggestions(db)}
    road = by_item[tracked["森林路开放"]]
    assert road.item_subject == "森林路开放" and road.excerpt is not None and "森林路正式通车" in road.excerpt
    assert road.where == "株洲晚报 2020-06-02" and road.state == "open" and 0.75 <= road.score <= 1.0
    assert (road.stance, road.event_date, road.new_due) == ("kept", date(2020, 5, 30), None)
    assert road.start is not None and road.end is not None
    # still moving, by the date it promised (预计10月完成 for 10月底前): progress, not a delay
    market = by_item[tracked["中南菜市场搬迁"]]
    assert (market.stance, market.new_due) == ("progress", None)
    # the untracked park and the item nobody wrote about get nothing
    assert tracked["爱心大院项目竣工交付"] not in by_item
    # importing the same report again adds nothing
    assert svc.import_text(db, REPORT, "again.txt").suggestions == []
    detail, _ = svc.get_item(db, road.item_id)
    assert [x.id for x in detail.suggestions] == [road.id]


def _road(db: Database, tracked: dict[str, int]) -> svc.SuggestionRow:
    return next(s for s in svc.list_suggestions(db) if s.item_id == tracked["森林路开放"])


def test_accepting_a_kept_report_records_the_verdict_with_its_evidence(db: Database, tracked: dict[str, int]) -> None:
    svc.import_text(db, REPORT, "report.txt")
    s = _road(db, tracked)
    assert "记为已兑现 (2020-05-30)" in svc.suggested_action(s)
    changes = svc.accept_suggestion(db, s.id, author="李记者")
    assert changes.items == (s.item_id,) and changes.follow_ups and "item.verdict" in changes.kinds
    detail, _ = svc.get_item(db, s.item_id)
    entry = detail.follow_ups[-1]
    assert entry.kind == "verdict" and entry.author == "李记者" and entry.verdict_to == "kept"
    assert entry.note is not None and "森林路正式通车" in entry.note and entry.announced_in == "株洲晚报 2020-06-02"
    assert detail.item.verdict == "kept" and detail.item.verdict_on == date(2020, 5, 30)
    assert [x.state for x in svc.list_suggestions(db, ("accepted",))] == ["accepted"]
    with pytest.raises(InvalidChangeError):
        svc.accept_suggestion(db, s.id)


def test_accepting_only_as_evidence_leaves_the_verdict(db: Database, tracked: dict[str, int]) -> None:
    svc.import_text(db, REPORT, "report.txt")
    s = _road(db, tracked)
    svc.accept_suggestion(db, s.id, apply=False)
    detail, _ = svc.get_item(db, s.item_id)
    assert detail.follow_ups[-1].kind == "suggestion" and detail.item.verdict == "unchecked"


def test_dismiss_and_unknown(db: Database, tracked: dict[str, int]) -> None:
    svc.import_text(db, REPORT, "report.txt")
    s = _road(db, tracked)
    svc.dismiss_suggestion(db, s.id)
    assert s.id not in {x.id for x in svc.list_suggestions(db)}
    assert svc.list_suggestions(db, ("dismissed",))[0].id == s.id
    detail, _ = svc.get_item(db, s.item_id)
    assert all(f.kind != "suggestion" for f in detail.follow_ups)
    with pytest.raises(NotFoundError):
        svc.dismiss_suggestion(db, 999_999)


def test_closed_and_rejected_items_get_no_suggestions(db: Database, tracked: dict[str, int]) -> None:
    road = tracked["森林路开放"]
    item = svc.get_item(db, road)[0].item
    svc.set_verdict(db, road, "kept", note="已通车", expected_version=item.version, clock=svc.fixed(date(2020, 6, 1)))
    assert svc.import_text(db, REPORT, "report.txt").suggestions
    assert svc.list_suggestions(db, item_id=road) == []


def test_an_item_is_not_evidence_for_itself(db: Database) -> None:
    """A page that promises and reports in the same text suggests nothing for its own items."""
    page = "本报讯 森林路计划5月底开放。\n5月30日上午,森林路正式通车。\n"
    summary = svc.import_text(db, page, "one.txt", svc.ImportOptions(pub_date=date(2020, 5, 8)))
    assert summary.new_items and summary.suggestions == []


def test_items_from_earlier_in_the_same_batch_are_candidates(db: Database, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(PROMISES, encoding="utf-8")
    (tmp_path / "b.txt").write_text(REPORT, encoding="utf-8")
    summary = svc.import_paths(db, [tmp_path / "a.txt", tmp_path / "b.txt"], svc.ImportOptions(workers=1))
    assert summary.ok and len(summary.suggestions) == 2
    assert "森林路开放" in {s.item_subject for s in svc.list_suggestions(db)}


def test_a_report_older_than_the_promise_is_not_evidence(db: Database) -> None:
    """An archive imported newest first: the 2019 report cannot prove a 2020 promise."""
    old_report = REPORT.replace("2020年6月2日 星期二", "2019年6月2日 星期日")
    svc.import_text(db, PROMISES, "promises.txt")
    assert svc.import_text(db, old_report, "old.txt").suggestions == []


def test_a_name_shared_by_many_pages_suggests_nothing(db: Database) -> None:
    """Four pages each track something about 建设路管廊: a report naming only that cannot
    pick one."""
    for n in range(1, 5):
        page = f"株洲日报\n2020年5月{n}日\n本报讯 建设路管廊{n}号段将于今年{n + 5}月底完工。\n"
        svc.import_text(db, page, f"plan{n}.txt")
    svc.import_text(db, "株洲日报\n2020年5月8日 星期五\n本报讯 森林路将于5月底开放。\n", "road.txt")
    report = "株洲晚报\n2020年12月2日 星期三\n本报讯 建设路管廊日前顺利完工,森林路也已正式开放。\n"
    summary = svc.import_text(db, report, "report.txt")
    assert [s.item_subject for s in svc.list_suggestions(db)] == ["森林路开放"] and len(summary.suggestions) == 1


def test_one_page_restating_a_promise_gets_one_proposal(db: Database) -> None:
    """One page promising the same thing twice (headline and body) holds one promise: the
    report is proposed once, for the item whose due date lies nearest the day it reports."""
    page = "株洲日报\n2020年5月8日 星期五\n本报讯 北环路计划年底通车。\n记者了解到,北环路将在6月30日前建成通车,届时将缓解交通压力。\n"
    items = svc.import_text(db, page, "plan.txt").new_items
    report = "株洲晚报\n2020年7月2日 星期四\n本报讯 6月28日上午,北环路正式通车。\n"
    svc.import_text(db, report, "report.txt")
    (s,) = svc.list_suggestions(db)
    assert len(items) == 2 and svc.get_item(db, s.item_id)[0].item.due == date(2020, 6, 30)


def test_a_name_inside_a_responders_name_is_not_the_thing(db: Database) -> None:
    """An item whose subject came out as an organisation's name must not match every reply
    that organisation signs."""
    page = "株洲日报\n2020年5月8日 星期五\n本报讯 国网株洲供电公司将于6月底前完成线路改造。\n"
    svc.import_text(db, page, "plan.txt")
    report = "株洲晚报\n2020年7月2日 星期四\n国网株洲供电公司回复:我公司已于6月20日完成该台区变压器更换,目前供电正常。\n"
    assert svc.import_text(db, report, "reply.txt").suggestions == []


def test_a_batch_sees_items_another_importer_stored_meanwhile(db: Database, tmp_path: Path) -> None:
    """The match index lives in the database: a batch that began before another importer
    stored a promise still finds it for a later report (nothing rebuilt, nothing missed)."""
    from inquiry_tracker.services.suggest import SuggestionIndex

    batch = SuggestionIndex(memory=True)
    (tmp_path / "other.txt").write_text("株洲日报\n2020年5月8日\n本报讯 东湖大道将于今年6月底建成通车。\n", encoding="utf-8")
    first = svc.prepare(tmp_path / "other.txt", None)
    assert not isinstance(first, str)
    svc.write_document(db, *first, accept=True, suggestions=batch)  # the batch's first page: nothing to find
    svc.import_text(db, PROMISES, "promises.txt")  # another importer stores 森林路 meanwhile
    (tmp_path / "report.txt").write_text(REPORT, encoding="utf-8")
    later = svc.prepare(tmp_path / "report.txt", None)
    assert not isinstance(later, str)
    result = svc.write_document(db, *later, accept=True, suggestions=batch)
    assert result.suggestions and "森林路开放" in {s.item_subject for s in svc.list_suggestions(db)}


def test_a_crossing_reported_by_its_short_name_is_proposed_for_its_full_one(db: Database) -> None:
    """Promised as "东坪湘江大桥", reported open as "东坪大桥" (and the other way round)."""
    svc.import_text(db, "株洲日报\n2020年5月8日 星期五\n本报讯 东坪湘江大桥明年底主线建成通车。\n", "a.txt")
    svc.import_text(db, "株洲日报\n2020年5月9日 星期六\n本报讯 白石大桥将于年底建成通车。\n", "b.txt")
    first = svc.import_text(db, "株洲晚报\n2021年12月28日 星期二\n本报讯 昨天上午,东坪大桥正式通车。\n", "c.txt")
    second = svc.import_text(db, "株洲晚报\n2020年12月30日 星期三\n本报讯 昨天,白石湘江大桥正式通车。\n", "d.txt")
    assert len(first.suggestions) == 1 and len(second.suggestions) == 1
    assert [(s.item_subject, s.stance) for s in svc.list_suggestions(db)] == [
        ("白石大桥建成通车", "kept"), ("东坪湘江大桥建成通车", "kept")]
