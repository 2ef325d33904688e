"""ZIP-based files: Word documents (``.docx``) → text, anything else → a clear refusal.

The main document part is read straight from the package with :mod:`zipfile` and
:mod:`xml.etree.ElementTree`. Doing it by hand rather than through python-docx keeps
text python-docx's ``Paragraph.text`` skips: runs inside ``w:smartTag`` (Chinese Word
files converted from ``.doc`` wrap dates such as 2021年5月 in ``chsdate`` smart tags),
inline content controls, simple fields and tracked insertions. It also reads templates and
macro-enabled documents, and Strict Open XML.

Output: one line per paragraph, in document order; each table row becomes one line with
its non-empty cells joined by `` | `` (a cell holding several paragraphs keeps their line
breaks); text boxes, headers, footers, footnotes and deleted text are left out.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from collections.abc import Iterator
from xml.etree import ElementTree

from inquiry_tracker.extract.reading_text import Unreadable

__all__ = ["read_zip_document"]

#: the document XML may unpack to at most this much (the 20 MB limit on a document's text;
#: the XML of a real page is a small fraction of it): a "zip bomb" is refused while inflating
_MAX_PART_BYTES = 20 * 1024 * 1024

_NAMESPACES = (
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",  # Strict Open XML
)
_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"


def _w(*local_names: str) -> frozenset[str]:
    return frozenset(f"{{{ns}}}{name}" for ns in _NAMESPACES for name in local_names)


_BODY = _w("body")
_P = _w("p")
_TBL = _w("tbl")
_TR = _w("tr")
_TC = _w("tc")
_R = _w("r")
_TEXT = _w("t")
_TAB = _w("tab", "ptab")
_BREAK = _w("br", "cr")
_HYPHEN = _w("noBreakHyphen")
_BLOCK = _P | _TBL
# Elements that only wrap content of the same level (blocks, rows, cells or runs).
_WRAPPERS = _w(
    "sdt",
    "sdtContent",
    "customXml",
    "ins",
    "moveTo",
    "smartTag",
    "hyperlink",
    "fldSimple",
    "dir",
    "bdo",
)

_BLANK_RUN_RE = re.compile(r"\n{3,}")


# --------------------------------------------------------------------- the package


def _docx_hint(data: bytes) -> bool:
    """Whether the (unreadable) ZIP's local headers name Word parts."""
    head = data[: 256 * 1024]
    return b"word/document" in head or b"word/_rels" in head


def _main_part(archive: zipfile.ZipFile) -> str | None:
    """The name of the WordprocessingML main part, or ``None`` for other ZIP files."""
    names = set(archive.namelist())
    target: str | None = None
    try:
        rels = ElementTree.fromstring(archive.read("_rels/.rels"))
    except (KeyError, ElementTree.ParseError, zipfile.BadZipFile, zlib.error, OSError):
        rels = None
    if rels is not None:
        for rel in rels.iter(f"{{{_REL_NS}}}Relationship"):
            if rel.get("Type", "").endswith("/officeDocument"):
                raw = rel.get("Target", "").lstrip("/")
                target = posixpath.normpath(raw) if raw else None
                break
    if target is not None and target in names and _is_wordprocessing(archive, target):
        return target
    if "word/document.xml" in names:
        return "word/document.xml"
    return None


def _is_wordprocessing(archive: zipfile.ZipFile, part: str) -> bool:
    try:
        types = ElementTree.fromstring(archive.read("[Content_Types].xml"))
    except (KeyError, ElementTree.ParseError, zipfile.BadZipFile, zlib.error, OSError):
        return part.startswith("word/")
    for override in types.iter(f"{{{_CT_NS}}}Override"):
        if override.get("PartName", "").lstrip("/") == part:
            return "wordprocessingml" in override.get("ContentType", "")
    return part.startswith("word/")


def _describe_other_zip(archive: zipfile.ZipFile) -> str:
    names = archive.namelist()
    if any(name.startswith("xl/") for name in names):
        return " (an Excel workbook)"
    if any(name.startswith("ppt/") for name in names):
        return " (a PowerPoint presentation)"
    if "mimetype" in names:
        try:
            mimetype = archive.read("mimetype")[:100].decode("ascii", "replace")
        except (zipfile.BadZipFile, zlib.error, OSError, RuntimeError):
            mimetype = ""
        if "opendocument.text" in mimetype:
            return " (an OpenDocument text; save it as .docx)"
        if "epub" in mimetype:
            return " (an EPUB e-book)"
    return ""


def read_zip_document(data: bytes, *, claims_docx: bool) -> str:
    """Text of a DOCX package; :class:`Unreadable` for damaged or non-Word ZIP files.

    ``claims_docx`` says the file name ends in ``.docx``: a broken ZIP is then reported as
    a damaged DOCX rather than as an unknown archive.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except Exception as exc:  # BadZipFile, but also NotImplementedError, ValueError, ...
        if claims_docx or _docx_hint(data):
            raise Unreadable(
                f"damaged DOCX: not a complete ZIP package, truncated? ({_short(exc)})"
            ) from None
        raise Unreadable("looks like a ZIP archive, not a document (and a damaged one)") from None
    with archive:
        try:
            part = _main_part(archive)
            if part is None:
                if claims_docx:
                    raise Unreadable("damaged DOCX: the package has no Word document part")
                raise Unreadable(
                    f"looks like a ZIP archive{_describe_other_zip(archive)}, not a document"
                )
            return _document_text(archive, part)
        except Unreadable:
            raise
        except Exception as exc:  # a hostile package must not escape as anything else
            raise Unreadable(f"damaged DOCX: {_short(exc)}") from None


def _short(exc: BaseException) -> str:
    """A library's error message, on one line, printable and not too long."""
    message = " ".join(str(exc).split())[:200] or type(exc).__name__
    message = "".join(char if char.isprintable() else "?" for char in message)
    return message if len(message) <= 160 else message[:157] + "..."


def _document_text(archive: zipfile.ZipFile, part: str) -> str:
    too_large = f"DOCX too large: its text ({part}) unpacks to more than {_MAX_PART_BYTES // (1024 * 1024)} MB"
    if archive.getinfo(part).file_size > _MAX_PART_BYTES:
        raise Unreadable(too_large)
    try:
        with archive.open(part) as stream:  # inflated piece by piece, never past the limit
            xml = stream.read(_MAX_PART_BYTES + 1)
        if len(xml) > _MAX_PART_BYTES:
            raise Unreadable(too_large)
    except (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        OSError,
        RuntimeError,
        NotImplementedError,
    ) as exc:
        raise Unreadable(f"damaged DOCX: cannot unpack {part} ({_short(exc)})") from None
    try:
        root = ElementTree.fromstring(xml)
    except ElementTree.ParseError as exc:
        raise Unreadable(f"damaged DOCX: {part} is not well-formed XML ({_short(exc)})") from None
    body = next((child for child in root if child.tag in _BODY), None)
    if body is None:
        raise Unreadable("damaged DOCX: the document has no body")
    lines: list[str] = []
    _blocks(body, lines)
    return _BLANK_RUN_RE.sub("\n\n", "\n".join(lines)).strip("\n")


# ------------------------------------------------------------------- the document


def _children(
    element: ElementTree.Element, wanted: frozenset[str]
) -> Iterator[ElementTree.Element]:
    """Children of ``element`` with a tag in ``wanted``, looking through wrapper elements."""
    for child in element:
        if child.tag in wanted:
            yield child
        elif child.tag in _WRAPPERS:
            yield from _children(child, wanted)


def _blocks(container: ElementTree.Element, lines: list[str]) -> None:
    for child in _children(container, _BLOCK):
        if child.tag in _P:
            lines.append(_paragraph(child))
        else:
            lines.extend(_table(child))


def _table(table: ElementTree.Element) -> Iterator[str]:
    for row in _children(table, _TR):
        cells: list[str] = []
        for cell in _children(row, _TC):
            cell_lines: list[str] = []
            _blocks(cell, cell_lines)
            text = "\n".join(cell_lines).strip()
            if text:
                cells.append(text)
        if cells:
            yield " | ".join(cells)


def _paragraph(paragraph: ElementTree.Element) -> str:
    parts: list[str] = []
    for run in _children(paragraph, _R):
        for item in run:
            tag = item.tag
            if tag in _TEXT:
                parts.append(item.text or "")
            elif tag in _TAB:
                parts.append("\t")
            elif tag in _BREAK:
                parts.append("\n")
            elif tag in _HYPHEN:
                parts.append("-")
    return "".join(parts)
