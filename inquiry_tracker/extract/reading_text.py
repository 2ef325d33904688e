"""Plain-text decoding: choosing an encoding, refusing mojibake, tidying the result.

This is the lowest layer of the reader (:mod:`inquiry_tracker.extract.reading`). It knows
nothing about files or names; problems are raised as :class:`Unreadable` with a short
reason, and the caller attaches the file name.

Encoding choice for bytes without a byte-order mark: strict UTF-8 first (valid UTF-8 with
non-ASCII content is practically never anything else), then strict GB18030 (a superset of
GBK and GB2312), then BOM-less UTF-16 as a last resort. A GB18030 or UTF-16 guess is only
accepted when the decoded text looks like real writing: few control or private-use
characters, few characters from unexpected scripts, Chinese characters mostly from the
GB2312 set and a fair share of them from the most frequent few hundred. Big5, Shift-JIS
or EUC-KR bytes read as GB18030 fail at least one of these tests, so the reader refuses
them instead of importing gibberish.

:func:`clean_text` is the only normalisation applied to decoded text: newlines become
``\\n``, a leading BOM goes, and control characters are replaced one for one, so offsets
into the cleaned text stay meaningful. All work on whole texts is done with ``str``
methods and compiled regular expressions, never per-character Python loops; the
plausibility tests look at a bounded sample.
"""

from __future__ import annotations

import re
from functools import cache

__all__ = [
    "BINARY_REASON",
    "Unreadable",
    "bom_encoding",
    "clean_text",
    "decode_plain",
    "decode_utf16_guess",
    "decode_strict",
    "guess_utf16",
    "implausibility",
    "looks_binary",
]


BINARY_REASON = "binary file (not text, HTML, DOCX or PDF)"


class Unreadable(Exception):
    """Raised by the format readers; ``reason`` is a short, human-readable explanation."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


# --------------------------------------------------------------------------- clean-up

# C0 controls except \t \n \r, DEL, C1 controls, and the Unicode line/paragraph separators.
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")
# Characters that end a line in other conventions; they become "\n" rather than " ".
_LINE_LIKE = frozenset("\x0b\x0c\x85\u2028\u2029")


def _replace_control(match: re.Match[str]) -> str:
    return "\n" if match.group() in _LINE_LIKE else " "


def clean_text(text: str) -> str:
    """Normalise newlines, drop a leading BOM and blank out control characters.

    CRLF and lone CR become LF. Vertical tab, form feed, NEL and U+2028/U+2029 become LF;
    NUL and the other control characters become a space. Nothing else changes.
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _CONTROL_RE.search(text) is not None:
        text = _CONTROL_RE.sub(_replace_control, text)
    return text


# --------------------------------------------------------------------- byte sniffing

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

_SAMPLE_BYTES = 64 * 1024
# Control bytes that never occur in ASCII-compatible text (tab, LF, VT, FF, CR and ESC
# are allowed: they do turn up in real files).
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """The codec named by a byte-order mark at the start of ``data`` and the BOM length."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec, len(bom)
    return None


def guess_utf16(data: bytes) -> str | None:
    """``"utf-16-le"``/``"utf-16-be"`` when the NUL bytes of a sample fall on one parity.

    In UTF-16 every ASCII character (digits, newlines, Latin punctuation) has a zero high
    byte, so NULs pile up on odd offsets (little-endian) or even offsets (big-endian).
    Chinese characters rarely contain a zero byte, which is why this looks at where the
    NULs are rather than how many there are.
    """
    sample = data[:_SAMPLE_BYTES]
    odd = sample[1::2].count(0)
    even = sample[0::2].count(0)
    if odd and odd >= 4 * even and odd * 4 <= len(sample):
        return "utf-16-le"
    if even and even >= 4 * odd and even * 4 <= len(sample):
        return "utf-16-be"
    return None


def looks_binary(data: bytes) -> bool:
    """True when a sample has NUL bytes or control bytes that plain text does not have."""
    sample = data[:_SAMPLE_BYTES]
    if not sample:
        return False
    nuls = sample.count(0)
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if nuls >= 2 and nuls * 500 >= len(sample):  # 0.2 % NULs: random data has 0.4 %
        return True
    return controls >= 4 and controls * 20 > len(sample)


# ------------------------------------------------------------------- plausibility

_SAMPLE_CHARS = 120_000

_BAD_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\U000f0000-\U0010ffff]")
_CJK_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
# What Chinese (and English) news text is made of; anything else counts as "odd".
_EXPECTED_RE = re.compile(
    "[\t\n\r\x20-\x7e\xa0-\u017f\u0391-\u03c9\u0401-\u0451\u2000-\u22ff\u2460-\u27bf"
    "\u3000-\u303f\u3105-\u312f\u3200-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    "\ufe30-\ufe4f\ufe50-\ufe6f\uff00-\uffef\U0001f000-\U0001faff\U00020000-\U0003134f]+"
)

# The 800 most frequent Chinese characters (weighted from jieba's word-frequency
# dictionary). They make up 84-89 % of the characters of a local news page, but only
# 10-20 % of text produced by decoding Big5 or EUC-KR bytes as GB18030.
_FREQUENT = (
    "一是人了不在有大中国和为这上他个地年来我会以到时要出的生学说道民家子也成行下们于"
    "后就发自之对得主长可过天作分方用多你着部能市等业全里工公经本都而高政法面门动日进"
    "区事代那去心小同北定开产前其军还然起种所如现理机体表力好外与文当两实重新三么只山"
    "水关明从化平建又制南内西没此将员名手最东头者月间无安看见各城十相但已些正口通想度"
    "加第她合院物性战由位常点海意场武使次二向治因立数样身情入原问把路被并利石老教万知"
    "级量任江及应省资委务元美特期世湖回系比气汉总展电科金先声提品设或义王社很统处四首"
    "共马形己儿司太目基领队直计别女权话少流命至报米给打变果书清活几州华解议更称程今决"
    "张导术府才保交放管结师便走达族反再题色五京河接条规式县白它改风光运信受什组听布百"
    "济党指论强做取技黄神选记斯真却职号界件花类何眼兵传带空干农边据集联古广完质阳难增"
    "历史专官每住商即步认车台林必死游举线言皇土团收考求德叫近备研争非具李众连调感转笑"
    "革该持始英克士尔让拉思根格造较际亲单朝红型价校约器字段周亚深候则功属积快图火千准"
    "究往极育装许参半令吃观鱼精办像帝八复影告远群包整构料随划算象容示投势热值夫网望源"
    "息语股铁断派速怎需片爱律纪支早况病境证编越局推满且列觉服双未居除乐企引标确织初青"
    "志率项飞球节察龙响药站施均消客失轻存低甚般击曾防请离落显罗营足素视护副食创余照兴"
    "占巴虽洲村费易试星木黑左宝置跟央识维采六底宫房音环案批切斗富乡另倒若按查故突责严"
    "桥模仅胜杀围席态破承招杨负层须父供续状域似依银范修找九致密终血旅钱赛独细效玉冲获"
    "习医演毛尽脸弹楼艺航陆右协七攻镇检写苏宗章注阿抗弟坐验封紧劳户优财养适陈喜卫排射"
    "哥油刻留急降念云微伤例景拿绝阶座刘刚害印亿沙母酒助闻超审待压升送监策略限竟香配藏"
    "敌呢差仍兰温园树征善波哪词岛止预怕继皮执味份角草男普答益谁船惊核街夏宣掌田久著画"
    "辑奇尼剑吧谈背免孩礼材愿洋春架筑括晚乱乎讲尚良友临激刀夜室既敢邦挥昌板胡欧福港叶"
)


@cache
def _gb2312_hanzi_re() -> re.Pattern[str]:
    """A character class of the 6,763 GB2312 hanzi (rows 16-87)."""
    chars: list[str] = []
    for lead in range(0xB0, 0xF8):
        row = bytes(b for trail in range(0xA1, 0xFF) for b in (lead, trail))
        chars.append(row.decode("gb2312", errors="ignore"))
    return re.compile("[" + "".join(chars) + "]")


@cache
def _frequent_re() -> re.Pattern[str]:
    return re.compile("[" + _FREQUENT + "]")


def _sample(text: str) -> str:
    if len(text) <= _SAMPLE_CHARS:
        return text
    third = _SAMPLE_CHARS // 3
    middle = len(text) // 2
    return text[:third] + text[middle : middle + third] + text[-third:]


def implausibility(text: str, *, guessed_chinese: bool) -> str | None:
    """Why ``text`` is unlikely to be a correct decoding, or ``None`` when it looks fine.

    Always checked: the share of control and private-use characters (binary data decoded
    as text). With ``guessed_chinese`` (the encoding was inferred, not declared or proven
    by strict UTF-8) the bar is higher: hardly any such characters, at most 10 % from
    unexpected scripts (kana, Hangul, ...), Chinese characters mostly from GB2312 and a
    fair share of them among the most frequent ones.
    """
    sample = _sample(text)
    size = len(sample) - sample.count(" ") - sample.count("\n")
    if size <= 0:
        return None
    bad = len(_BAD_RE.findall(sample))
    if bad >= 4 and bad * 20 > size:
        return "many control or private-use characters"
    if not guessed_chinese:
        return None
    # A guessed decoding has to be clean: stray bytes decode to exactly these characters.
    if bad * 100 > size:
        return "control or private-use characters"
    odd = len(sample) - sum(len(run) for run in _EXPECTED_RE.findall(sample))
    if odd * 10 > size:
        return "characters from unexpected scripts"
    hanzi = _CJK_RE.findall(sample)
    if len(hanzi) >= 8:
        joined = "".join(hanzi)
        common = len(_gb2312_hanzi_re().findall(joined))
        if common * 100 < len(hanzi) * 85:
            return "mostly rare Chinese characters"
        if len(hanzi) >= 30:
            frequent = len(_frequent_re().findall(joined))
            if frequent * 100 < len(hanzi) * 35:
                return "Chinese characters in an implausible mix"
    return None


# ------------------------------------------------------------------------ decoding


# How codecs describe input that ends in the middle of a character.
_CUT_REASONS = frozenset(
    {"unexpected end of data", "truncated data", "incomplete multibyte sequence"}
)


def decode_strict(data: bytes | memoryview, codec: str) -> str:
    """Strict decoding, except that a character cut off by the end of the data is dropped
    (the usual damage of a truncated download or copy). Raises :class:`UnicodeDecodeError`."""
    try:
        return str(data, codec)
    except UnicodeDecodeError as exc:
        cut = exc.reason in _CUT_REASONS and exc.end >= len(data) - 1
        if cut and len(data) - exc.start < 4:
            return str(memoryview(data)[: exc.start], codec)
        raise


def decode_utf16_guess(
    data: bytes, codecs: tuple[str, ...], *, nul_evidence: bool
) -> tuple[str, str] | None:
    """BOM-less UTF-16: the first of ``codecs`` that decodes strictly to plausible text.

    Without ``nul_evidence`` (NUL bytes on one parity, see :func:`guess_utf16`) the text
    must also hold at least eight Chinese characters, so that the frequency tests apply:
    any pair of ASCII letters is a valid CJK code point in UTF-16.
    """
    if len(data) % 2:
        return None
    for codec in codecs:
        try:
            text = decode_strict(data, codec)
        except UnicodeDecodeError:
            continue
        if not nul_evidence and len(_CJK_RE.findall(text, 0, 4096)) < 8:
            continue
        if implausibility(text, guessed_chinese=True) is None:
            return text, codec
    return None


def decode_plain(data: bytes) -> tuple[str, str]:
    """Decode BOM-less, ASCII-compatible bytes: UTF-8, else GB18030, else UTF-16.

    Returns the raw text (not yet :func:`clean_text`-ed) and the codec used. Raises
    :class:`Unreadable` when no candidate gives plausible text.
    """
    try:
        return decode_strict(data, "utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc

    gibberish: str | None = None
    try:
        text = decode_strict(data, "gb18030")
    except UnicodeDecodeError:
        pass
    else:
        gibberish = implausibility(text, guessed_chinese=True)
        if gibberish is None:
            return text, "gb18030"

    found = decode_utf16_guess(data, ("utf-16-le", "utf-16-be"), nul_evidence=False)
    if found is not None:
        return found

    if not data[: utf8_error.start].isascii():
        # Valid multi-byte UTF-8 before the error: a damaged UTF-8 file, not a GBK one.
        raise Unreadable(
            f"looks like UTF-8 but has an invalid byte at offset {utf8_error.start} (damaged file?)"
        )
    if gibberish is not None:
        raise Unreadable(
            f"not UTF-8, and read as GB18030 it is gibberish ({gibberish}); "
            "another encoding such as Big5? Save it as UTF-8"
        )
    raise Unreadable("cannot decode as UTF-8, GB18030 or UTF-16")
