"""The 20 MB limit is on text, whatever shape it comes in: a DOCX whose XML would inflate past
it is refused while inflating, a PDF stops at a page and a time budget."""

from __future__ import annotations

import io
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from inquiry_tracker.extract import ReadError, read_document, reading_pdf

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx(document_xml: bytes) -> bytes:
    """A minimal Word package around ``document_xml``."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        z.writestr(
            "_rels/.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>',
        )
        z.writestr("word/document.xml", document_xml)
    return buf.getvalue()


def _document(body_padding: int) -> bytes:
    head = f'<?xml version="1.0"?><w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>网友提问:路灯何时修好?</w:t></w:r></w:p>'
    return head.encode() + b"<!--" + b" " * body_padding + b"-->" + b"</w:body></w:document>"


def test_a_small_docx_still_reads(tmp_path: Path) -> None:
    path = tmp_path / "ok.docx"
    path.write_bytes(_docx(_document(1000)))
    assert "路灯何时修好" in read_document(path).text


def test_a_docx_that_inflates_past_the_limit_is_refused_while_inflating(tmp_path: Path) -> None:
    data = _docx(_document(200 * 1024 * 1024))  # 200 MB of XML in a ~200 KB file
    assert len(data) < 1024 * 1024
    path = tmp_path / "bomb.docx"
    path.write_bytes(data)
    tracemalloc.start()
    t0 = time.perf_counter()
    try:
        with pytest.raises(ReadError, match="unpacks to more than 20 MB"):
            read_document(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - t0 < 10
    assert peak < 100 * 1024 * 1024  # never the whole 200 MB


def _pdf(pages: int) -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    pdf = canvas.Canvas(buf)
    for n in range(pages):
        pdf.setFont("Helvetica", 12)
        pdf.drawString(72, 760, f"page {n + 1} text")
        pdf.showPage()
    pdf.save()
    return buf.getvalue()


def test_a_pdf_stops_at_the_time_budget(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "slow.pdf"
    path.write_bytes(_pdf(3))
    assert "page 3 text" in read_document(path).text
    monkeypatch.setattr(reading_pdf, "TIME_BUDGET_S", -1.0)  # every page is over budget
    with pytest.raises(ReadError, match="too slow to read: stopped at page 2 of 3"):
        read_document(path)


def test_a_pdf_with_too_many_pages_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "book.pdf"
    path.write_bytes(_pdf(3))
    monkeypatch.setattr(reading_pdf, "MAX_PAGES", 2)
    with pytest.raises(ReadError, match="3 pages \\(limit 2\\)"):
        read_document(path)
