"""Write the bad-input battery: files a newsroom will feed the importer sooner or later.

    python tests/data/bad/make_bad.py OUTDIR [--huge]

Small files are committed next to this script (regenerate with OUTDIR = this folder);
the 100 MB text is only written with --huge, into a temporary folder, by the tests.
Each entry: file name → bytes. ``EXPECT`` says which should import and which be refused.
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

PAGE = (
    "株洲日报\n2020年5月8日 星期五\n\n网友提问:桃花路何时能开通?\n\n"
    "天元区政府回复:目前,桃花路正在办理道路移交手续。计划5月份移交完成后,于5月底开放。\n"
)


def _zip_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("a.txt", "not a document")
    return buf.getvalue()


def _docx_with_table() -> bytes:
    from docx import Document

    d = Document()
    d.add_paragraph("衡阳日报 2021年10月29日 星期五")
    t = d.add_table(rows=3, cols=2)
    for r, (k, v) in enumerate(
        [("信件内容", "蒸湘路的路灯什么时候修好?"), ("回复部门", "市城市管理局"), ("回复内容", "我局将于11月底前完成路灯维修。")]
    ):
        t.cell(r, 0).text, t.cell(r, 1).text = k, v
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _pdf_without_text() -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.rect(100, 100, 200, 200, fill=1)
    c.showPage()
    c.save()
    return buf.getvalue()


def battery() -> dict[str, bytes]:
    only_dates = "\n".join(f"2021年{m}月{d}日" for m in range(1, 13) for d in (1, 15)) + "\n"
    html = (
        "<html><head><meta charset='gb2312'><title>问政</title><style>p{color:red}</style>"
        "<script>var x='网友提问:假的问题?';</script></head><body>"
        "<p>网友提问:雨花路何时恢复通行?</p><p>区住建局回复:预计7月底完工恢复通行。</p></body></html>"
    ).encode("gb18030")
    return {
        "empty.txt": b"",
        "binary.txt": bytes(range(256)) * 8,
        "really_a_zip.txt": _zip_bytes(),
        "gbk_page.txt": PAGE.encode("gbk"),
        "utf16_page.txt": PAGE.encode("utf-16"),
        "mixed_line_endings.txt": PAGE.replace("\n", "\r\n", 3).encode("utf-8"),
        "scripts_and_styles.html": html,
        "scanned.pdf": _pdf_without_text(),
        "damaged.pdf": b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog",
        "table.docx": _docx_with_table(),
        "nothing_but_dates.txt": only_dates.encode("utf-8"),
        "网友 留言 选登.txt": PAGE.replace("桃花路", "湘江路").encode("utf-8"),
    }


#: file → True (imports) / False (refused with a reason)
EXPECT = {
    "empty.txt": False,
    "binary.txt": False,
    "really_a_zip.txt": False,
    "gbk_page.txt": True,
    "utf16_page.txt": True,
    "mixed_line_endings.txt": True,
    "scripts_and_styles.html": True,
    "scanned.pdf": False,
    "damaged.pdf": False,
    "table.docx": True,
    "nothing_but_dates.txt": True,
    "网友 留言 选登.txt": True,
}


def write(out: Path, *, huge: bool = False) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, data in battery().items():
        p = out / name
        p.write_bytes(data)
        paths.append(p)
    if huge:
        p = out / "huge_100mb.txt"
        with p.open("wb") as f:
            chunk = (PAGE * 200).encode("utf-8")
            while f.tell() < 100 * 1024 * 1024:
                f.write(chunk)
        paths.append(p)
    return paths


if __name__ == "__main__":
    write(Path(sys.argv[1]), huge="--huge" in sys.argv)
