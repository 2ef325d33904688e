"""Build the database the screenshots are taken on: the demo documents imported and accepted,
then a day of follow-up — verdicts with notes and evidence, a 延期, assignments, a corrected
note — recorded by two reporters, with "today" 2020-06-26 (as the README's Screenshots section
says); and the story brief of two items as a PDF (``brief.pdf``).

    python docs/screenshots/scene.py OUT_DIR
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from inquiry_tracker import services as svc
from inquiry_tracker.store import Database

TODAY = date(2020, 6, 26)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    db_path = out / "scene.sqlite"
    db_path.unlink(missing_ok=True)
    clock = svc.fixed(TODAY)
    with Database.open(f"sqlite:///{db_path}", backup=False) as db:
        svc.load_demo(db)
        rows = {r.item.subject: r.item for r in svc.list_items(db, svc.ItemFilter(), limit=None).rows}
        road = rows["森林路开放"]
        svc.assign(db, road.id, "王小明", author="李编辑")
        svc.add_note(db, road.id, "电话天元区住建局:移交手续本月办完", author="王小明")
        note = svc.get_item(db, road.id)[0].follow_ups[-1].id
        svc.correct_entry(db, note, note="电话天元区政府办:移交手续6月办完", author="王小明", clock=clock)
        svc.set_verdict(db, road.id, "kept", note="现场走访:森林路已通车", evidence_url="https://example.org/photo/senlin-road",
                        on=date(2020, 6, 2), author="王小明", clock=clock)
        others = [i for s, i in rows.items() if s != "森林路开放"]
        svc.change_due(db, others[0].id, date(2020, 9, 30), note="区政府通报:雨季延误", announced_in="株洲日报 2020-06-10 第3版",
                       author="陈记者")
        svc.assign(db, others[1].id, "陈记者", author="李编辑")
        svc.set_verdict(db, others[2].id, "in_progress", note="施工围挡仍在", author="陈记者", clock=clock)
        brief = svc.collect_brief(db, [road.id, others[0].id], clock=clock)
    print(db_path)
    # the brief as the app saves it (Qt lays it out; a Chinese font must be installed)
    from PySide6.QtGui import QGuiApplication

    from inquiry_tracker.gui.brief_dialog import write_pdf

    app = QGuiApplication.instance() or QGuiApplication([])
    pages = write_pdf(svc.brief_html(brief), out / "brief.pdf")
    print(out / "brief.pdf", pages, "page(s)", type(app).__name__)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
