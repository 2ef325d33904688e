"""Pages as reporters save them: MHTML ("web page, single file") read like HTML, and an HTML
page's navigation, sidebars and footers left out so the article is what is read."""

from __future__ import annotations

import base64
import quopri
from pathlib import Path

import pytest

from inquiry_tracker.extract import ReadError, iter_document_paths, read_bytes, read_document

ARTICLE = (
    "<html><head><meta charset='{cs}'><title>森林路何时开通</title></head><body>"
    "<div class='top'><a href='/'>首页</a> | <a href='/news'>新闻</a> | <a href='/gov'>政务</a> | <a href='/ask'>问政</a></div>"
    "<div class='content'><p>网友提问:森林路何时能开通?</p>"
    "<p>天元区回复:计划5月份移交完成后,于5月底开放。</p></div>"
    "<ul><li><a href='/1'>相关新闻一</a></li><li><a href='/2'>相关新闻二</a></li><li><a href='/3'>相关新闻三</a></li></ul>"
    "</body></html>"
)


def _mhtml(html: bytes, charset: str, encoding: str) -> bytes:
    if encoding == "quoted-printable":
        body = quopri.encodestring(html)
    else:
        body = base64.encodebytes(html)
    return (
        b"From: <Saved by Blink>\r\n"
        b"Snapshot-Content-Location: http://example.org/ask/123.html\r\n"
        b"Subject: =?utf-8?Q?page?=\r\n"
        b"MIME-Version: 1.0\r\n"
        b'Content-Type: multipart/related; type="text/html"; boundary="----MultipartBoundary--x"\r\n\r\n'
        b"------MultipartBoundary--x\r\n"
        + f"Content-Type: text/html; charset={charset}\r\n".encode()
        + f"Content-Transfer-Encoding: {encoding}\r\n".encode()
        + b"Content-Location: http://example.org/ask/123.html\r\n\r\n"
        + body
        + b"\r\n------MultipartBoundary--x\r\n"
        b"Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n"
        b"------MultipartBoundary--x--\r\n"
    )


@pytest.mark.parametrize(("charset", "encoding"), [("gb2312", "quoted-printable"), ("utf-8", "base64")])
def test_mhtml_reads_like_html(tmp_path: Path, charset: str, encoding: str) -> None:
    html = ARTICLE.format(cs=charset).encode("gb18030" if charset == "gb2312" else charset)
    path = tmp_path / "page.mhtml"
    path.write_bytes(_mhtml(html, charset, encoding))
    doc = read_document(path)
    assert doc.fmt == "html"
    assert "森林路何时开通" in doc.text and "于5月底开放" in doc.text
    assert "MultipartBoundary" not in doc.text and "Content-Type" not in doc.text
    # by content too, whatever the name
    assert "于5月底开放" in read_bytes(_mhtml(html, charset, encoding), "download").text


def test_mhtml_is_collected_from_folders(tmp_path: Path) -> None:
    (tmp_path / "a.mht").write_bytes(_mhtml(ARTICLE.format(cs="utf-8").encode(), "utf-8", "base64"))
    (tmp_path / "b.mhtml").write_bytes(_mhtml(ARTICLE.format(cs="utf-8").encode(), "utf-8", "base64"))
    assert sorted(p.name for p in iter_document_paths([tmp_path])) == ["a.mht", "b.mhtml"]


def test_mhtml_without_a_page_is_refused() -> None:
    data = (
        b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n'
        b"--b\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--\r\n"
    )
    with pytest.raises(ReadError, match="HTML part"):
        read_bytes(data, "page.mht")


def test_html_navigation_and_link_lists_are_left_out() -> None:
    text = read_bytes(ARTICLE.format(cs="utf-8").encode(), "page.html").text
    assert "网友提问:森林路何时能开通?" in text
    for furniture in ("首页", "政务", "相关新闻"):
        assert furniture not in text


def test_page_furniture_elements_are_left_out_but_an_articles_own_header_stays() -> None:
    page = (
        "<html><body><header><a href='/'>日报网</a><span>登录</span></header>"
        "<nav>导航:要闻 本地 问政</nav>"
        "<main><article><header><h1>森林路5月底开放</h1><p>来源:株洲日报 2020-05-08</p></header>"
        "<p>森林路计划5月底开放。正文提到<a href='/x'>一条链接</a>也无妨。</p>"
        "<footer>责任编辑:李四</footer></article></main>"
        "<aside>热点排行:其他新闻</aside>"
        "<div role='navigation'>上一篇 下一篇</div>"
        "<footer>版权所有 © 日报网 备案号</footer></body></html>"
    )
    text = read_bytes(page.encode(), "page.html").text
    assert "森林路5月底开放" in text and "来源:株洲日报 2020-05-08" in text
    assert "正文提到一条链接也无妨" in text and "责任编辑:李四" in text
    for furniture in ("登录", "导航", "热点排行", "上一篇", "版权所有"):
        assert furniture not in text


def test_a_table_layout_menu_row_is_left_out() -> None:
    page = (
        "<table><tr><td><a href='/'>首页</a></td><td><a href='/a'>新闻中心</a></td><td><a href='/b'>政务公开</a></td></tr>"
        "<tr><td>信件标题</td><td>小区路灯不亮</td></tr>"
        "<tr><td>回复内容</td><td>已安排维修,本周内修复。</td></tr></table>"
    )
    text = read_bytes(page.encode(), "page.html").text
    assert "信件标题 | 小区路灯不亮" in text and "回复内容 | 已安排维修" in text
    assert "新闻中心" not in text
