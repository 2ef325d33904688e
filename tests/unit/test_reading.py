"""Reading files into text: formats, encodings, clean-up, and every way a file can be bad.

All fixtures are generated into ``tmp_path`` (GBK and UTF-16 text, HTML, DOCX with
python-docx or hand-built XML, PDF with reportlab's STSong-Light CID font, which pypdf
reads back as Unicode), so no binary test data is committed.
"""

from __future__ import annotations

import gzip
import io
import os
import pickle
import random
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inquiry_tracker.extract.reading import (
    SUPPORTED_SUFFIXES,
    DecodedText,
    ReadError,
    iter_document_paths,
    read_bytes,
    read_document,
)
from inquiry_tracker.extract.reading_text import clean_text

QUESTION = "网友提问:森林路何时能开通?"
REPLY = "天元区政府回复:森林路目前正在进行收尾工作,计划5月份移交完成后,于5月底开放。"
EXCHANGE = f"{QUESTION}\n{REPLY}\n"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def reason_of(excinfo: pytest.ExceptionInfo[ReadError]) -> str:
    return excinfo.value.reason


# --------------------------------------------------------------------------- errors


def test_read_error_names_the_file_not_the_folder(tmp_path: Path) -> None:
    error = ReadError(tmp_path / "问政 材料" / "网络问政 第2期.txt", "empty file")
    assert str(error) == "网络问政 第2期.txt: empty file"
    assert error.reason == "empty file"
    assert error.path.endswith("网络问政 第2期.txt")
    copy = pickle.loads(pickle.dumps(error))
    assert (str(copy), copy.path, copy.reason) == (str(error), error.path, error.reason)


# ----------------------------------------------------------------------- plain text


@pytest.mark.parametrize("name", ["问政.txt", "问政", "问政.text", "问政.md", "问政.TXT"])
def test_utf8_text_with_any_text_suffix(tmp_path: Path, name: str) -> None:
    path = write(tmp_path, name, EXCHANGE.encode("utf-8"))
    result = read_document(path)
    assert result == DecodedText(EXCHANGE, str(path), "txt", "utf-8")


def test_utf8_bom_is_stripped(tmp_path: Path) -> None:
    result = read_document(write(tmp_path, "bom.txt", EXCHANGE.encode("utf-8-sig")))
    assert result.text == EXCHANGE
    assert result.encoding == "utf-8-sig"


@pytest.mark.parametrize("codec", ["gbk", "gb2312", "gb18030"])
def test_gb_family_decodes_as_gb18030(tmp_path: Path, codec: str) -> None:
    text = "2021年10月29日 星期五\n来源:株洲日报  2020-11-30 09:26\n\n" + EXCHANGE
    result = read_document(write(tmp_path, f"株洲日报 {codec}.txt", text.encode(codec)))
    assert result.text == text
    assert result.encoding == "gb18030"
    assert result.fmt == "txt"


def test_gb18030_four_byte_characters(tmp_path: Path) -> None:
    text = "𠮷野家门店将于8月底前完成改造。" + REPLY  # 𠮷 is outside GBK
    assert read_document(write(tmp_path, "a.txt", text.encode("gb18030"))).text == text


@pytest.mark.parametrize(
    ("codec", "expected"),
    [
        ("utf-16", "utf-16-le"),  # Python writes a little-endian BOM
        ("utf-16-le", "utf-16-le"),
        ("utf-16-be", "utf-16-be"),
    ],
)
def test_utf16_with_and_without_bom(tmp_path: Path, codec: str, expected: str) -> None:
    text = "网友留言:\r\n" + EXCHANGE.replace("\n", "\r\n")
    result = read_document(write(tmp_path, f"{codec}.txt", text.encode(codec)))
    assert result.text == "网友留言:\n" + EXCHANGE
    assert result.encoding == expected


def test_utf16_big_endian_bom(tmp_path: Path) -> None:
    data = b"\xfe\xff" + EXCHANGE.encode("utf-16-be")
    result = read_document(write(tmp_path, "be.txt", data))
    assert (result.text, result.encoding) == (EXCHANGE, "utf-16-be")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_bomless_utf16_without_any_ascii(tmp_path: Path, codec: str) -> None:
    # No newline, digit or ASCII punctuation, so no NUL bytes to go by.
    text = "网友提问森林路何时能开通天元区政府回复计划五月份移交完成后于五月底开放"
    result = read_document(write(tmp_path, "a.txt", text.encode(codec)))
    assert (result.text, result.encoding) == (text, codec)


def test_utf32_with_bom(tmp_path: Path) -> None:
    result = read_document(write(tmp_path, "a.txt", EXCHANGE.encode("utf-32")))
    assert result.text == EXCHANGE


def test_newlines_normalised_and_nothing_else_changed(tmp_path: Path) -> None:
    raw = "第一行\r\n第二行\r第三行\n\r\n  全角ＡＢＣ１２３,：“引号”\u3000缩进\t制表\r"
    result = read_document(write(tmp_path, "mixed.txt", raw.encode("utf-8")))
    assert result.text == "第一行\n第二行\n第三行\n\n  全角ＡＢＣ１２３,：“引号”\u3000缩进\t制表\n"


def test_control_characters_replaced_one_for_one(tmp_path: Path) -> None:
    raw = REPLY * 4 + "网友提问:\x00森林路\x07何时\x1b能开通?\f第2页\x0b续\x85完\u2028毕\x1a"
    result = read_document(write(tmp_path, "ctrl.txt", raw.encode("utf-8")))
    assert result.text == REPLY * 4 + "网友提问: 森林路 何时 能开通?\n第2页\n续\n完\n毕 "
    assert len(result.text) == len(raw)


@pytest.mark.parametrize(
    ("codec", "cut"), [("utf-8", 2), ("utf-16", 1), ("gbk", 1), ("gb18030", 1)]
)
def test_a_character_cut_off_at_the_end_is_dropped(tmp_path: Path, codec: str, cut: int) -> None:
    text = EXCHANGE.rstrip("\n")
    data = text.encode(codec)[:-cut]  # part of the final "。" is missing
    result = read_document(write(tmp_path, "cut.txt", data))
    assert result.text == text[:-1]


def test_offsets_survive_clean_up(tmp_path: Path) -> None:
    text = "　　" + EXCHANGE * 3
    result = read_document(write(tmp_path, "a.txt", text.encode("gb18030")))
    start = result.text.index("计划5月份")
    assert text[start : start + 5] == "计划5月份"


def test_seed_documents_read_unchanged(seeds_dir: Path) -> None:
    for path in sorted(seeds_dir.glob("*.txt")):
        result = read_document(path)
        assert result.text == path.read_bytes().decode("utf-8").replace("\r\n", "\n")
        assert (result.fmt, result.encoding) == ("txt", "utf-8")


# ------------------------------------------------------------- wrong or no encoding

TRADITIONAL = (
    "網友提問：森林路什麼時候能夠開通？天元區政府回覆：預計於五月底開放，我們會盡快處理並回覆大家。"
)
KOREAN = "서울시는 5월 말까지 도로를 개통할 계획이라고 밝혔다. 대한민국의 주권은 국민에게 있고 모든 권력은 국민으로부터 나온다."
JAPANESE = "森林路の開通は五月末の予定です。天元区政府は工事の完了後に開放すると回答しました。"


@pytest.mark.parametrize(
    ("text", "codec"),
    [(TRADITIONAL, "big5"), (KOREAN, "euc-kr"), (JAPANESE, "shift_jis"), (JAPANESE, "euc-jp")],
)
def test_other_cjk_encodings_are_refused_not_garbled(tmp_path: Path, text: str, codec: str) -> None:
    path = write(tmp_path, f"{codec}.txt", (text * 3).encode(codec))
    with pytest.raises(ReadError) as excinfo:
        read_document(path)
    reason = reason_of(excinfo)
    assert "gibberish" in reason or "cannot decode as UTF-8, GB18030 or UTF-16" in reason


def test_undecodable_bytes(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="cannot decode as UTF-8, GB18030 or UTF-16"):
        read_document(write(tmp_path, "odd.txt", b"report \x80\xff end."))


def test_damaged_utf8_is_reported_with_its_offset(tmp_path: Path) -> None:
    good = EXCHANGE.encode("utf-8")
    offset = len(QUESTION.encode("utf-8"))
    data = good[:offset] + b"\xff" + good[offset:]
    with pytest.raises(
        ReadError, match=rf"looks like UTF-8 but has an invalid byte at offset {offset} "
    ):
        read_document(write(tmp_path, "damaged.txt", data))


# -------------------------------------------------------------------------- empty


def test_empty_file(tmp_path: Path) -> None:
    with pytest.raises(ReadError) as excinfo:
        read_document(write(tmp_path, "空白 文件.txt", b""))
    assert str(excinfo.value) == "空白 文件.txt: empty file"


@pytest.mark.parametrize(
    "data",
    [
        b"   \r\n\t\n",
        "\u3000\u3000\n".encode(),
        "\ufeff \n".encode("utf-8"),
        " \n".encode("utf-16"),
    ],
)
def test_whitespace_only_file(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(ReadError, match="empty file"):
        read_document(write(tmp_path, "blank.txt", data))


# ------------------------------------------------------------------------- binary

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"


def _pe_executable() -> bytes:
    header = bytearray(b"MZ" + bytes(62) + bytes(64))
    header[60:64] = (64).to_bytes(4, "little")
    header[64:68] = b"PE\x00\x00"
    return bytes(header) + bytes(100)


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("photo.png", PNG + os.urandom(200), "PNG image"),
        ("scan.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + os.urandom(200), "JPEG image"),
        ("anim.gif", b"GIF89a\x01\x00\x01\x00" + os.urandom(50), "GIF image"),
        ("program", b"\x7fELF\x02\x01\x01" + bytes(100), "ELF executable"),
        ("setup.exe", _pe_executable(), "Windows executable"),
        ("news.txt.gz", gzip.compress(EXCHANGE.encode()), "gzip archive"),
    ],
)
def test_binary_formats_are_named(tmp_path: Path, name: str, data: bytes, kind: str) -> None:
    with pytest.raises(ReadError) as excinfo:
        read_document(write(tmp_path, name, data))
    assert reason_of(excinfo) == f"binary file ({kind}, not text, HTML, DOCX or PDF)"


@pytest.mark.parametrize(
    "data",
    [
        b"\x00\x01\x02\x03" * 300,
        bytes(1000) + b"hello",
        b"text\x00\x00\x00\x00\x00\x01\x02\x03\x04\x05\x06\x07" * 40,
        bytes(range(256)) * 8,
    ],
)
def test_unrecognised_binary_data(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(ReadError) as excinfo:
        read_document(write(tmp_path, "data.txt", data))
    assert reason_of(excinfo) == "binary file (not text, HTML, DOCX or PDF)"


@pytest.mark.parametrize("seed", range(50))
def test_random_bytes(tmp_path: Path, seed: int) -> None:
    generator = random.Random(seed)
    with pytest.raises(ReadError) as excinfo:
        read_document(write(tmp_path, "random.txt", generator.randbytes(4096)))
    assert reason_of(excinfo) == "binary file (not text, HTML, DOCX or PDF)"
    with pytest.raises(ReadError):  # too short to call it binary with confidence
        read_document(write(tmp_path, "short.txt", generator.randbytes(64)))


def _zip_bytes(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def test_txt_that_is_really_a_zip(tmp_path: Path) -> None:
    data = _zip_bytes({"问政.csv": "编号,标题\n1,森林路\n".encode(), "readme.txt": b"hello"})
    with pytest.raises(ReadError) as excinfo:
        read_document(write(tmp_path, "问政.txt", data))
    assert reason_of(excinfo) == "looks like a ZIP archive, not a document"


def test_spreadsheet_is_not_a_document(tmp_path: Path) -> None:
    data = _zip_bytes({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"})
    with pytest.raises(
        ReadError, match=r"looks like a ZIP archive \(an Excel workbook\), not a document"
    ):
        read_document(write(tmp_path, "统计.xlsx", data))


def test_old_word_document(tmp_path: Path) -> None:
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + os.urandom(512)
    with pytest.raises(ReadError, match=r"old Word/Office format .* save it as \.docx"):
        read_document(write(tmp_path, "旧稿.doc", data))


def test_rtf_document(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="RTF document is not supported"):
        read_document(write(tmp_path, "稿件.rtf", rb"{\rtf1\ansi\deff0 {\fonttbl} hello}"))


def test_text_starting_with_mz_is_still_text(tmp_path: Path) -> None:
    assert (
        read_document(write(tmp_path, "a.txt", b"MZ-2021 model notes\n")).text
        == "MZ-2021 model notes\n"
    )


# --------------------------------------------------------------------------- HTML

LIUYAN_PAGE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>株洲市网络问政平台--森林路何时能开通</title>
<script type="text/javascript">
  document.write("<div>广告:今日特价</div>"); var a = 1 < 2;
</script>
<style type="text/css">.tb td { border: 1px solid #ccc; } p:before { content: "样式"; }</style>
<link rel="stylesheet" href="/css/main.css">
</head>
<body>
<!-- 顶部导航 网友提问:这是注释 -->
<div id="nav"><a href="/">首页</a> &gt; <a href="/wz">网络问政</a></div>
<noscript><p>您的浏览器不支持脚本</p></noscript>
<table class="tb" width="100%" cellpadding="0">
  <tbody>
  <tr><td width="15%">信件标题</td><td>森林路何时能开通?</td></tr>
  <tr><td>信件内容</td><td>网友提问:森林路何时能开通?</td></tr>
  <tr><td>回复部门:</td><td>天元区政府</td><td></td></tr>
  <tr><td>回复内容:</td><td><p>天元区政府回复:您好!森林路目前正在进行收尾工作,</p>
      <p>计划5月份移交完成后,于5月底开放。</p></td></tr>
  <tr><td>回复时间:</td><td>2020-05-08</td></tr>
  </tbody>
</table>
<select name="dept"><option>市住建局</option><option>市卫健委</option></select>
<p>版权所有&nbsp;&copy;&nbsp;株洲市人民政府</p>
</body>
</html>
"""

LIUYAN_TEXT = """株洲市网络问政平台--森林路何时能开通
首页 > 网络问政
信件标题 | 森林路何时能开通?
信件内容 | 网友提问:森林路何时能开通?
回复部门: | 天元区政府
回复内容: | 天元区政府回复:您好!森林路目前正在进行收尾工作,
计划5月份移交完成后,于5月底开放。
回复时间: | 2020-05-08
版权所有 © 株洲市人民政府"""


def test_gb2312_liuyanban_page(tmp_path: Path) -> None:
    path = write(tmp_path, "株洲 网络问政.html", LIUYAN_PAGE.encode("gb2312"))
    result = read_document(path)
    assert result.fmt == "html"
    assert result.encoding == "gb18030"
    assert result.text == LIUYAN_TEXT


def test_page_declaring_gb2312_but_served_as_utf8(tmp_path: Path) -> None:
    result = read_document(write(tmp_path, "page.htm", LIUYAN_PAGE.encode("utf-8")))
    assert (result.text, result.encoding) == (LIUYAN_TEXT, "utf-8")


def test_page_without_declaration_in_gbk(tmp_path: Path) -> None:
    page = LIUYAN_PAGE.replace(
        '<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />', ""
    )
    result = read_document(write(tmp_path, "page.html", page.encode("gbk")))
    assert (result.text, result.encoding) == (LIUYAN_TEXT, "gb18030")


def test_chinese_page_mislabelled_latin1(tmp_path: Path) -> None:
    page = LIUYAN_PAGE.replace("charset=gb2312", "charset=iso-8859-1")
    result = read_document(write(tmp_path, "page.html", page.encode("gbk")))
    assert result.text == LIUYAN_TEXT


def test_html5_page_with_entities_lists_and_breaks(tmp_path: Path) -> None:
    page = """\ufeff<!doctype html><html lang="zh"><head><meta charset="utf-8">
<title> 衡阳日报 &amp; 问政 </title></head><body>
<article><h1>问政回音</h1><section>
<p>&ldquo;森林路&rdquo;何时开通?&#x7F51;&#21451;问:&lt;急&gt;</p>
<ul><li>第一条:8月底前完成</li><li>第二条:<b>年底</b>建成</li></ul>
<div>第一行<br>第二行<br/><br />新段落</div>
<p>English words
wrap with a space, 中文换行
直接相连。</p>
<pre>  保留
  原样</pre>
<template><p>模板</p></template>
</section></article></body></html>"""
    result = read_document(write(tmp_path, "page.html", page.encode("utf-8")))
    assert result.encoding == "utf-8-sig"
    assert result.text == (
        "衡阳日报 & 问政\n问政回音\n“森林路”何时开通?网友问:<急>\n"
        "第一条:8月底前完成\n第二条:年底建成\n第一行\n第二行\n\n新段落\n"
        "English words wrap with a space, 中文换行直接相连。\n保留\n原样"
    )


def test_nested_tables_and_th_cells(tmp_path: Path) -> None:
    page = """<html><body><table>
<tr><th>编号</th><th>标题</th></tr>
<tr><td>1</td><td><table><tr><td>来信</td><td>森林路</td></tr></table></td></tr>
<tr><td>2<td>蒸湘区:已于5月底前完成。
</table><p>完</p></body></html>"""
    result = read_document(write(tmp_path, "t.html", page.encode("utf-8")))
    assert result.text == "编号 | 标题\n1 | 来信 | 森林路\n2 | 蒸湘区:已于5月底前完成。\n完"


def test_html_is_sniffed_from_content(tmp_path: Path) -> None:
    result = read_document(write(tmp_path, "saved page.txt", LIUYAN_PAGE.encode("gb2312")))
    assert (result.fmt, result.text) == ("html", LIUYAN_TEXT)


def test_utf16_html(tmp_path: Path) -> None:
    result = read_document(write(tmp_path, "page.htm", LIUYAN_PAGE.encode("utf-16")))
    assert (result.fmt, result.text) == ("html", LIUYAN_TEXT)


def test_html_suffix_without_markup_is_text(tmp_path: Path) -> None:
    result = read_document(write(tmp_path, "copied.html", EXCHANGE.encode("gbk")))
    assert (result.fmt, result.text) == ("txt", EXCHANGE)


def test_html_without_text(tmp_path: Path) -> None:
    page = "<html><head><title> </title><script>var x = '问政';</script></head><body>\n<img src=a.png></body></html>"
    with pytest.raises(ReadError, match="HTML page has no text"):
        read_document(write(tmp_path, "empty.html", page.encode()))


def test_unclosed_noscript_does_not_swallow_the_page(tmp_path: Path) -> None:
    page = "<html><body><noscript>请开启脚本</body></html><p>尾部</p>"
    result = read_document(write(tmp_path, "page.html", page.encode()))
    assert result.text == "尾部"


# --------------------------------------------------------------------------- DOCX


def _python_docx_file(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_heading("网络问政", level=1)
    document.add_paragraph(QUESTION)
    table = document.add_table(rows=4, cols=2)
    rows = [
        ("信件内容", "森林路何时能开通?"),
        ("回复部门", "天元区政府"),
        ("回复内容", "计划5月份移交完成后,于5月底开放。"),
    ]
    for row, (label, value) in zip(table.rows, rows, strict=False):
        row.cells[0].text = label
        row.cells[1].text = value
    merged = table.rows[3].cells[0].merge(table.rows[3].cells[1])
    merged.text = "(2020年5月8日)"
    document.add_paragraph("")
    paragraph = document.add_paragraph("记者 ")
    paragraph.add_run("刘敏文").bold = True
    document.save(path)
    return path


def test_docx_paragraphs_and_table_in_order(tmp_path: Path) -> None:
    path = _python_docx_file(tmp_path / "问政 稿件.docx")
    result = read_document(path)
    assert (result.fmt, result.encoding) == ("docx", None)
    assert result.text == (
        "网络问政\n"
        f"{QUESTION}\n"
        "信件内容 | 森林路何时能开通?\n"
        "回复部门 | 天元区政府\n"
        "回复内容 | 计划5月份移交完成后,于5月底开放。\n"
        "(2020年5月8日)\n"
        "\n"
        "记者 刘敏文"
    )


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Override PartName="/word/main.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="word/main.xml" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>'
    "</Relationships>"
)


def _raw_docx(body: str, *, part: str = "word/main.xml") -> bytes:
    document = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'
    return _zip_bytes(
        {
            "[Content_Types].xml": CONTENT_TYPES.encode(),
            "_rels/.rels": RELS.encode(),
            part: document.encode(),
        }
    )


def test_docx_text_python_docx_would_miss(tmp_path: Path) -> None:
    body = (
        "<w:p><w:r><w:t>市住建局表示,项目将于</w:t></w:r>"
        '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="chsdate">'
        "<w:r><w:t>2021年8月</w:t></w:r></w:smartTag>"
        "<w:r><w:t>竣工</w:t></w:r>"
        '<w:ins w:id="1" w:author="编辑"><w:r><w:t>交付</w:t></w:r></w:ins>'
        '<w:del w:id="2" w:author="编辑"><w:r><w:delText>删掉的话</w:delText></w:r></w:del>'
        "<w:r><w:t>。</w:t><w:tab/><w:t>(记者</w:t><w:br/><w:t>王敏)</w:t></w:r></w:p>"
        "<w:sdt><w:sdtPr/><w:sdtContent><w:p><w:hyperlink><w:r><w:t>链接文字</w:t></w:r>"
        "</w:hyperlink></w:p></w:sdtContent></w:sdt>"
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>回复单位</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>市住建局</w:t></w:r></w:p><w:p><w:r><w:t>2021年5月8日</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p/></w:tc></w:tr></w:tbl>"
    )
    result = read_document(write(tmp_path, "稿.docx", _raw_docx(body)))
    assert result.text == (
        "市住建局表示,项目将于2021年8月竣工交付。\t(记者\n王敏)\n链接文字\n回复单位 | 市住建局\n2021年5月8日"
    )


def test_docx_without_text(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="DOCX document has no text"):
        read_document(
            write(tmp_path, "空.docx", _raw_docx("<w:p/><w:p><w:r><w:t> </w:t></w:r></w:p>"))
        )


def test_truncated_docx(tmp_path: Path) -> None:
    data = _python_docx_file(tmp_path / "full.docx").read_bytes()
    with pytest.raises(ReadError) as excinfo:
        read_document(write(tmp_path, "半截.docx", data[: len(data) * 2 // 3]))
    assert reason_of(excinfo).startswith("damaged DOCX: ")


def test_docx_with_broken_xml(tmp_path: Path) -> None:
    data = _raw_docx("<w:p><w:r><w:t>未闭合</w:r></w:p>")
    with pytest.raises(ReadError, match=r"damaged DOCX: word/main\.xml is not well-formed XML"):
        read_document(write(tmp_path, "坏.docx", data))


def test_docx_suffix_on_a_zip_without_a_document(tmp_path: Path) -> None:
    data = _zip_bytes({"foo.txt": b"hello"})
    with pytest.raises(ReadError, match="damaged DOCX: the package has no Word document part"):
        read_document(write(tmp_path, "a.docx", data))


def test_docx_suffix_on_random_bytes(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="damaged DOCX: not a ZIP package"):
        read_document(write(tmp_path, "a.docx", os.urandom(2000)))


def test_renamed_docx_is_read_by_content(tmp_path: Path) -> None:
    data = _python_docx_file(tmp_path / "full.docx").read_bytes()
    result = read_document(write(tmp_path, "actually-docx.txt", data))
    assert result.fmt == "docx"
    assert QUESTION in result.text


# ---------------------------------------------------------------------------- PDF


@pytest.fixture(scope="module")
def song_font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return "STSong-Light"


def _pdf(pages: list[list[str]], font: str = "Helvetica", encrypt: object = None) -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, encrypt=encrypt)
    for lines in pages:
        pdf.setFont(font, 12)
        for number, line in enumerate(lines):
            pdf.drawString(72, 760 - 18 * number, line)
        if not lines:
            pdf.rect(100, 100, 300, 200, fill=1)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_pdf_with_chinese_text_layer(tmp_path: Path, song_font: str) -> None:
    data = _pdf([[QUESTION, REPLY], ["衡阳日报 2021年10月29日 星期五"]], song_font)
    result = read_document(write(tmp_path, "衡阳日报 第2版.pdf", data))
    assert (result.fmt, result.encoding) == ("pdf", None)
    assert result.text == f"{QUESTION}\n{REPLY}\n\n衡阳日报 2021年10月29日 星期五"


def test_pdf_image_only_pages_are_skipped(tmp_path: Path) -> None:
    data = _pdf([["Page one"], [], ["Page three"]])
    assert read_document(write(tmp_path, "a.pdf", data)).text == "Page one\n\nPage three"


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    with pytest.raises(ReadError) as excinfo:
        read_document(write(tmp_path, "扫描件.pdf", _pdf([[], []])))
    assert reason_of(excinfo) == "PDF has no text layer (scanned?) — run OCR first"


@pytest.mark.parametrize("fraction", [0.2, 0.5, 0.9, 0.99])
def test_truncated_pdf(tmp_path: Path, song_font: str, fraction: float) -> None:
    data = _pdf([[QUESTION, REPLY], [REPLY]], song_font)
    with pytest.raises(ReadError) as excinfo:
        read_document(write(tmp_path, "半截.pdf", data[: int(len(data) * fraction)]))
    assert reason_of(excinfo).startswith("damaged PDF: ")


def test_pdf_with_garbage_body(tmp_path: Path) -> None:
    data = b"%PDF-1.4\n" + b"garbage " * 200 + b"\n%%EOF\n"
    with pytest.raises(ReadError, match="damaged PDF: "):
        read_document(write(tmp_path, "坏.pdf", data))


def test_pdf_suffix_on_something_else(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match=r"damaged PDF: not a PDF file \(no %PDF header\)"):
        read_document(write(tmp_path, "a.pdf", os.urandom(3000)))


def test_pdf_with_damaged_header_is_not_read_as_text(tmp_path: Path) -> None:
    data = _pdf([["Page one"]])
    with pytest.raises(ReadError, match=r"damaged PDF: not a PDF file \(no %PDF header\)"):
        read_document(write(tmp_path, "a.pdf", b"%PDx" + data[4:]))


def test_password_protected_pdf(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="PDF is password-protected"):
        read_document(write(tmp_path, "密.pdf", _pdf([["secret"]], encrypt="secret")))


def test_pdf_encrypted_with_empty_user_password_opens(tmp_path: Path) -> None:
    from reportlab.lib.pdfencrypt import StandardEncryption

    data = _pdf([["Open to all"]], encrypt=StandardEncryption("", ownerPassword="owner"))
    assert read_document(write(tmp_path, "a.pdf", data)).text == "Open to all"


# ----------------------------------------------------------------- file system


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ReadError) as excinfo:
        read_document(tmp_path / "不存在 的文件.txt")
    assert str(excinfo.value) == "不存在 的文件.txt: file not found"


def test_directory(tmp_path: Path) -> None:
    folder = tmp_path / "问政 文件夹"
    folder.mkdir()
    with pytest.raises(ReadError, match="is a directory"):
        read_document(folder)


def test_broken_symlink(tmp_path: Path) -> None:
    link = tmp_path / "link.txt"
    try:
        link.symlink_to(tmp_path / "gone.txt")
    except OSError:
        pytest.skip("symlinks not available")
    with pytest.raises(ReadError, match="file not found"):
        read_document(link)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_is_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(ReadError, match="not a regular file"):
        read_document(fifo)


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "保密 文件.txt", EXCHANGE.encode())
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):  # running as root: simulate the refusal
            real_open = Path.open

            def refuse(self: Path, *args: object, **kwargs: object) -> object:
                if self == path:
                    raise PermissionError(13, "Permission denied", str(self))
                return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

            monkeypatch.setattr(Path, "open", refuse)
        with pytest.raises(ReadError) as excinfo:
            read_document(path)
        assert str(excinfo.value) == "保密 文件.txt: permission denied"
    finally:
        path.chmod(0o644)


def test_file_vanishing_between_listing_and_reading(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        write(tmp_path, name, EXCHANGE.encode())
    listed = list(iter_document_paths([tmp_path]))
    listed[0].unlink()
    with pytest.raises(ReadError, match="a.txt: file not found"):
        read_document(listed[0])
    assert read_document(listed[1]).text == EXCHANGE


def test_file_vanishing_between_stat_and_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, "a.txt", EXCHANGE.encode())

    def gone(self: Path, *args: object, **kwargs: object) -> object:
        raise FileNotFoundError(2, "No such file or directory", str(self))

    monkeypatch.setattr(Path, "open", gone)
    with pytest.raises(ReadError, match="file not found"):
        read_document(path)


def test_file_too_large(tmp_path: Path) -> None:
    path = write(tmp_path, "大 文件.txt", QUESTION.encode() + b"x" * (5 * 2**19))  # 2.5 MB
    with pytest.raises(ReadError) as excinfo:
        read_document(path, max_bytes=2**20)
    assert str(excinfo.value) == "大 文件.txt: file too large (2.5 MB; limit 1 MB)"
    assert read_document(path).text.startswith(QUESTION)  # the default limit is 20 MB


def test_large_text_is_read(tmp_path: Path) -> None:
    text = (EXCHANGE * 2000 + "\r\n") * 20  # ~6 MB of UTF-8
    result = read_document(write(tmp_path, "year.txt", text.encode()))
    assert result.text == text.replace("\r\n", "\n")


def test_read_bytes_names_the_source(tmp_path: Path) -> None:
    result = read_bytes(EXCHANGE.encode("gbk"), "粘贴的文本")
    assert result == DecodedText(EXCHANGE, "粘贴的文本", "txt", "gb18030")
    with pytest.raises(ReadError, match="^粘贴.txt: empty file$"):
        read_bytes(b"", "粘贴.txt")


# ----------------------------------------------------------------------- listings


def test_iter_document_paths_expands_folders(tmp_path: Path) -> None:
    root = tmp_path / "问政 材料"
    files = [
        "第10版.txt",
        "第2版.TXT",
        "a 留言板.html",
        "b.htm",
        "c.docx",
        "d.pdf",
        "e.md",
        "子目录/第1期.text",
        "子目录/更深/x.txt",
        ".hidden.txt",
        ".git/config.txt",
        "~$c.docx",
        "photo.jpg",
        "data.csv",
        "noext",
    ]
    for name in files:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")
    found = [p.relative_to(root).as_posix() for p in iter_document_paths([root])]
    assert found == [
        "a 留言板.html",
        "b.htm",
        "c.docx",
        "d.pdf",
        "e.md",
        "子目录/更深/x.txt",
        "子目录/第1期.text",
        "第2版.TXT",
        "第10版.txt",
    ]


def test_iter_document_paths_keeps_explicit_files(tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    inside = write(folder, "a.txt", b"x")
    photo = write(tmp_path, "photo.jpg", PNG)
    hidden = write(tmp_path, ".draft.txt", b"x")
    missing = tmp_path / "missing.txt"
    given_paths = [str(photo), hidden, missing, folder, inside, str(folder)]
    assert list(iter_document_paths(given_paths)) == [photo, hidden, missing, inside]
    with pytest.raises(ReadError, match="photo.jpg: binary file"):
        read_document(photo)


def test_supported_suffixes() -> None:
    assert {".txt", ".text", ".md", ".html", ".htm", ".docx", ".pdf"} <= SUPPORTED_SUFFIXES
    assert all(suffix == suffix.lower() and suffix.startswith(".") for suffix in SUPPORTED_SUFFIXES)


# -------------------------------------------------------------------- robustness

SUFFIXES = st.sampled_from(["a.txt", "a.html", "a.docx", "a.pdf", "noext"])


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=2000), name=SUFFIXES)
def test_read_bytes_only_ever_raises_read_error(data: bytes, name: str) -> None:
    try:
        result = read_bytes(data, name)
    except ReadError as error:
        assert str(error).startswith(f"{name}: ")
    else:
        assert result.text and not result.text.isspace()
        assert "\r" not in result.text


COMMON_HANZI = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞"
REALISTIC_TEXT = st.text(
    alphabet=COMMON_HANZI + "，。：？！“”（）、；ABCxyz0123456789 ,.:?!()-\n\r\t\u3000",
    min_size=20,
    max_size=300,
).filter(lambda text: sum(char in COMMON_HANZI for char in text) >= 10)


@settings(max_examples=300, deadline=None)
@given(
    text=REALISTIC_TEXT,
    codec=st.sampled_from(
        ["utf-8", "gb18030", "gbk", "utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"]
    ),
)
def test_chinese_text_round_trips_in_every_encoding(text: str, codec: str) -> None:
    if codec in {"utf-16-le", "utf-16-be"}:
        # Without a BOM, UTF-16 is recognised by the NUL bytes of its ASCII characters (a
        # final newline is enough); text made only of characters whose UTF-16 bytes are all
        # ASCII (三 is 09 4E, "\tN") is indistinguishable from ASCII text.
        text += "\n"
    result = read_bytes(text.encode(codec), "a.txt")
    assert result.text == clean_text(text)


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=200))
def test_clean_text_keeps_offsets(text: str) -> None:
    text = text.replace("\r", "").lstrip("\ufeff")
    cleaned = clean_text(text)
    assert len(cleaned) == len(text)
    assert "\r" not in cleaned


@pytest.fixture(scope="module")
def good_documents(tmp_path_factory: pytest.TempPathFactory, song_font: str) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("good")
    return {
        "a.docx": _python_docx_file(folder / "a.docx").read_bytes(),
        "a.pdf": _pdf([[QUESTION, REPLY], [REPLY]], song_font),
        "a.html": LIUYAN_PAGE.encode("gb2312"),
        "a.txt": (EXCHANGE * 5).encode("utf-16"),
    }


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    kind=st.sampled_from(["a.docx", "a.pdf", "a.html", "a.txt"]),
    cut=st.floats(min_value=0.0, max_value=1.0),
    flips=st.lists(
        st.tuples(st.floats(min_value=0.0, max_value=1.0), st.integers(0, 255)), max_size=4
    ),
)
def test_damaged_documents_only_raise_read_error(
    good_documents: dict[str, bytes], kind: str, cut: float, flips: list[tuple[float, int]]
) -> None:
    data = bytearray(good_documents[kind])
    for where, value in flips:
        data[min(int(where * len(data)), len(data) - 1)] = value
    data = data[: max(1, int(cut * len(data)))]
    try:
        result = read_bytes(bytes(data), kind)
    except ReadError:
        return
    assert isinstance(result.text, str)


def test_importing_the_reader_loads_neither_pypdf_nor_qt() -> None:
    # Importing the reader must stay cheap: pypdf is only loaded for PDFs.
    import subprocess

    code = (
        "import sys, inquiry_tracker.extract.reading as r; "
        "print('pypdf' in sys.modules, 'PySide6' in sys.modules)"
    )
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert output.stdout.split() == ["False", "False"]
