"""Files → decoded text: the first step of every import.

:func:`read_document` reads a file, :func:`read_bytes` does the same for bytes already in
memory (pasted or downloaded), and :func:`iter_document_paths` expands folders into the
files worth reading. Whatever goes wrong with a file is raised as :class:`ReadError`,
whose message names the file and gives a short reason, so that an import can report it
and go on with the rest of the batch.

The format is decided by content first and by the file name second:

* ``%PDF-`` → PDF (:mod:`.reading_pdf`); a ZIP signature → DOCX when the package holds a
  Word document, otherwise refused (:mod:`.reading_docx`);
* known binary signatures (images, executables, archives, old ``.doc``/OLE files, RTF)
  → refused;
* anything else is text: a byte-order mark decides the encoding when there is one,
  BOM-less UTF-16 is recognised by where its NUL bytes fall, NUL or control bytes in other
  data mean a binary file; then UTF-8 → GB18030 (→ UTF-16), refusing results that look
  like mojibake (:mod:`.reading_text`);
* text that starts like HTML, or a ``.html``/``.htm`` file with markup in it, is rendered
  to plain text (:mod:`.reading_html`); a saved web page (``.mhtml``/``.mht``, a MIME
  message) is unpacked to its HTML part first (:mod:`.reading_mhtml`).

The decoded text has its newlines normalised to ``\\n``, no BOM, and control characters
replaced one for one; nothing else is changed, because the offsets of extracted items
refer to this text (the only loss allowed is a character cut in half at the very end of a
truncated file). ``DecodedText.fmt`` is one of ``"txt"``, ``"html"``, ``"docx"``,
``"pdf"``; ``encoding`` is the Python codec used (``None`` for DOCX and PDF).
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePath

from inquiry_tracker.extract.reading_docx import read_zip_document
from inquiry_tracker.extract.reading_html import (
    decode_html,
    has_markup,
    html_to_text,
    looks_like_html,
)
from inquiry_tracker.extract.reading_mhtml import MHTML_SUFFIXES, looks_like_mhtml, mhtml_page
from inquiry_tracker.extract.reading_pdf import pdf_to_text
from inquiry_tracker.extract.reading_text import (
    BINARY_REASON,
    Unreadable,
    bom_encoding,
    clean_text,
    decode_plain,
    decode_strict,
    decode_utf16_guess,
    guess_utf16,
    implausibility,
    looks_binary,
)

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUPPORTED_SUFFIXES",
    "DecodedText",
    "ReadError",
    "iter_document_paths",
    "read_bytes",
    "read_document",
]

#: the limit on one document (the services' MAX_DOCUMENT_BYTES is the same 20 MB)
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
DOCX_SUFFIXES = frozenset({".docx", ".docm", ".dotx"})
#: File name suffixes collected when a folder is expanded (compared case-insensitively).
SUPPORTED_SUFFIXES = frozenset(TEXT_SUFFIXES | HTML_SUFFIXES | MHTML_SUFFIXES | {".docx", ".pdf"})


class ReadError(Exception):
    """A file that cannot be read as a document; the message names the file and the reason."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{Path(path).name}: {reason}")

    def __reduce__(self) -> tuple[type[ReadError], tuple[str, str]]:
        # Picklable with its real arguments (errors may cross process boundaries).
        return type(self), (self.path, self.reason)


@dataclass(frozen=True, slots=True)
class DecodedText:
    """A document's text as the extractor sees it, with where it came from."""

    text: str
    path: str
    fmt: str
    encoding: str | None


# ------------------------------------------------------------------ binary formats

_ZIP_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"\x7fELF", "ELF executable"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\xca\xfe\xba\xbe", "Java class or Mach-O file"),
    (b"\xcf\xfa\xed\xfe", "Mach-O executable"),
    (b"\xce\xfa\xed\xfe", "Mach-O executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\x00asm", "WebAssembly module"),
    (b"OggS", "Ogg media file"),
    (b"fLaC", "FLAC audio file"),
    (b"\x1a\x45\xdf\xa3", "Matroska/WebM video"),
    (b"wOFF", "web font"),
    (b"wOF2", "web font"),
)
_RIFF_KINDS = {b"WEBP": "WebP image", b"WAVE": "WAV audio file", b"AVI ": "AVI video"}
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_PDF_SYNTAX_RE = re.compile(rb"\bendobj\b|\bstartxref\b|%%EOF")


def _binary_kind(data: bytes) -> str | None:
    """A name for a recognised binary format, or ``None``."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if data.startswith(b"RIFF") and data[8:12] in _RIFF_KINDS:
        return _RIFF_KINDS[data[8:12]]
    if data[4:8] == b"ftyp":
        return "MP4/HEIC media file"
    if data.startswith(b"BZh") and data[4:10] == b"1AY&SY":
        return "bzip2 archive"
    if data.startswith(b"ID3") and data[3:4] in (b"\x02", b"\x03", b"\x04"):
        return "MP3 audio file"
    if data.startswith(b"BM") and int.from_bytes(data[2:6], "little") == len(data) >= 26:
        return "BMP image"
    if data.startswith(b"MZ") and len(data) >= 64:
        offset = int.from_bytes(data[60:64], "little")
        if data[offset : offset + 4] == b"PE\x00\x00":
            return "Windows executable"
    return None


def _refuse_binary_formats(data: bytes) -> None:
    if data.startswith(_OLE):
        raise Unreadable(
            "old Word/Office format (.doc, .xls) or a password-protected Office file; "
            "save it as .docx"
        )
    if data.startswith(b"{\\rtf"):
        raise Unreadable("RTF document is not supported; save it as .docx or .txt")
    kind = _binary_kind(data)
    if kind is not None:
        raise Unreadable(f"binary file ({kind}, not text, HTML, DOCX or PDF)")


# ----------------------------------------------------------------------- decoding

_BOM_LABELS = {
    "utf-8": "UTF-8",
    "utf-16-le": "UTF-16",
    "utf-16-be": "UTF-16",
    "utf-32-le": "UTF-32",
    "utf-32-be": "UTF-32",
}


def _is_html(head: str, suffix: str) -> bool:
    if suffix in HTML_SUFFIXES:
        return has_markup(head)
    return looks_like_html(head[:4096])


def _decode_text(data: bytes, suffix: str) -> tuple[str, str, bool]:
    """Raw text (or markup), the codec used, and whether it is HTML."""
    bom = bom_encoding(data)
    if bom is not None:
        codec, skip = bom
        try:
            text = decode_strict(memoryview(data)[skip:], codec)
        except UnicodeDecodeError as exc:
            label = _BOM_LABELS[codec]
            raise Unreadable(
                f"starts with a {label} byte-order mark but is not valid {label} "
                f"(bad bytes at offset {exc.start + skip})"
            ) from None
        if implausibility(text, guessed_chinese=False) is not None:
            raise Unreadable(BINARY_REASON)
        encoding = "utf-8-sig" if codec == "utf-8" else codec
        return text, encoding, _is_html(text[:65536], suffix)

    # BOM-less UTF-16: NUL bytes on one parity; or, for text without any ASCII in it,
    # "binary-looking" bytes that turn out to be plausible UTF-16.
    utf16 = guess_utf16(data)
    binary = looks_binary(data)
    if utf16 is not None or binary:
        candidates = (
            ("utf-16-be", "utf-16-le") if utf16 == "utf-16-be" else ("utf-16-le", "utf-16-be")
        )
        found = decode_utf16_guess(data, candidates, nul_evidence=utf16 is not None)
        if found is not None:
            text, encoding = found
            return text, encoding, _is_html(text[:65536], suffix)
    if binary:
        raise Unreadable(BINARY_REASON)
    if _is_html(data[:65536].decode("latin-1"), suffix):
        markup, encoding = decode_html(data)
        return markup, encoding, True
    text, encoding = decode_plain(data)
    if encoding == "utf-8" and implausibility(text, guessed_chinese=False) is not None:
        raise Unreadable(BINARY_REASON)
    return text, encoding, False


def _finish(text: str, fmt: str) -> str:
    text = clean_text(text)
    if not text or text.isspace():
        raise Unreadable(
            {
                "txt": "empty file (only whitespace)",
                "html": "HTML page has no text",
                "docx": "DOCX document has no text",
            }.get(fmt, "document has no text")
        )
    return text


def _decode(data: bytes, name: str) -> DecodedText:
    suffix = PurePath(name).suffix.lower()
    if not data:
        raise Unreadable("empty file")

    pdf_at = data.find(b"%PDF-", 0, 1024)
    if pdf_at == 0 or (pdf_at > 0 and suffix == ".pdf"):
        return DecodedText(_finish(pdf_to_text(data), "pdf"), name, "pdf", None)
    if data[:4] in _ZIP_SIGNATURES:
        text = read_zip_document(data, claims_docx=suffix in DOCX_SUFFIXES)
        return DecodedText(_finish(text, "docx"), name, "docx", None)
    _refuse_binary_formats(data)
    if looks_like_mhtml(data, suffix):
        markup, codec = mhtml_page(data)
        return DecodedText(_finish(html_to_text(markup), "html"), name, "html", codec)

    if suffix == ".pdf" and _PDF_SYNTAX_RE.search(data, max(0, len(data) - 65536)) is not None:
        # PDF syntax is mostly ASCII: without this, a PDF whose header was damaged would be
        # "successfully" read as a text file full of PDF operators.
        raise Unreadable("damaged PDF: not a PDF file (no %PDF header)")
    try:
        raw, encoding, is_html = _decode_text(data, suffix)
    except Unreadable:
        if suffix == ".pdf":
            raise Unreadable("damaged PDF: not a PDF file (no %PDF header)") from None
        if suffix in DOCX_SUFFIXES:
            raise Unreadable("damaged DOCX: not a ZIP package") from None
        raise
    if is_html:
        return DecodedText(_finish(html_to_text(raw), "html"), name, "html", encoding)
    return DecodedText(_finish(raw, "txt"), name, "txt", encoding)


def read_bytes(data: bytes, name: str) -> DecodedText:
    """Decode a document held in memory; ``name`` (a file name or path) is used for the
    suffix hint and in error messages. Raises :class:`ReadError`."""
    try:
        return _decode(bytes(data), name)
    except Unreadable as exc:
        raise ReadError(name, exc.reason) from None


# -------------------------------------------------------------------------- files


def _megabytes(size: int) -> str:
    value = size / (1024 * 1024)
    if value >= 100:
        return f"{value:.0f}"
    if value >= 1:
        return f"{value:.1f}".removesuffix(".0")
    return f"{value:.2g}"


def _too_large(size: str, max_bytes: int) -> str:
    return f"file too large ({size} MB; limit {_megabytes(max_bytes)} MB)"


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "file not found"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return f"cannot read the file ({exc.strerror or exc})"


def read_document(
    path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> DecodedText:
    """Read and decode one file. Raises :class:`ReadError` (and nothing else) for any
    problem with the file: missing, unreadable, too large, binary, damaged, empty."""
    name = os.fspath(path)
    file_path = Path(name)
    try:
        info = file_path.stat()
    except (OSError, ValueError) as exc:  # ValueError: NUL in the path, names too long
        raise ReadError(name, _os_reason(exc) if isinstance(exc, OSError) else str(exc)) from None
    if stat.S_ISDIR(info.st_mode):
        listable = os.access(file_path, os.R_OK | os.X_OK)
        raise ReadError(name, "is a directory" if listable else "permission denied (folder)")
    if not stat.S_ISREG(info.st_mode):
        raise ReadError(name, "not a regular file")
    if info.st_size > max_bytes:
        raise ReadError(name, _too_large(_megabytes(info.st_size), max_bytes))
    try:
        with file_path.open("rb") as handle:
            # read() sets aside the whole size asked for: ask for what the file holds
            data = handle.read(min(max_bytes, info.st_size) + 1)
    except OSError as exc:  # includes a file that vanished since it was listed
        raise ReadError(name, _os_reason(exc)) from None
    if len(data) > max_bytes or len(data) > info.st_size:  # the file grew after stat()
        if len(data) <= max_bytes:
            with file_path.open("rb") as handle:
                data = handle.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise ReadError(name, _too_large(f"more than {_megabytes(max_bytes)}", max_bytes))
    return read_bytes(data, name)


# ---------------------------------------------------------------------- listings

_DIGITS_RE = re.compile(r"(\d+)")


def _natural_key(relative: PurePath) -> tuple[tuple[tuple[str | int, ...], ...], str]:
    """Sort key: folder by folder, case-insensitive, numbers by value (第2版 < 第10版)."""
    parts = tuple(
        tuple(
            int(piece) if i % 2 else piece
            for i, piece in enumerate(_DIGITS_RE.split(part.casefold()))
        )
        for part in relative.parts
    )
    return parts, str(relative)


def _is_hidden(directory: str, name: str) -> bool:
    if name.startswith((".", "~$")):  # ~$name.docx: Word's lock file next to an open document
        return True
    if os.name == "nt":  # pragma: no cover - Windows only
        try:
            info = os.stat(os.path.join(directory, name))
        except OSError:
            return False
        return bool(getattr(info, "st_file_attributes", 0) & 2)  # FILE_ATTRIBUTE_HIDDEN
    return False


def _walk(root: Path) -> list[Path]:
    found: list[Path] = []
    unreadable: list[Path] = []

    def note_error(exc: OSError) -> None:
        if exc.filename:
            unreadable.append(Path(exc.filename))

    for directory, subdirs, files in os.walk(root, onerror=note_error):
        subdirs[:] = [d for d in subdirs if not _is_hidden(directory, d)]
        for file_name in files:
            if _is_hidden(directory, file_name):
                continue
            if PurePath(file_name).suffix.lower() in SUPPORTED_SUFFIXES:
                found.append(Path(directory, file_name))
    found.sort(key=lambda p: _natural_key(p.relative_to(root)))
    # Folders that could not be listed are passed on so that reading them reports it.
    return found + unreadable


def iter_document_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """The files to import for the given files and folders.

    Folders are searched recursively for files with a supported suffix, skipping hidden
    files and folders (and Word lock files); their files come sorted by path. Files named
    explicitly are yielded whatever their suffix, even if they do not exist, so that
    reading them gives a clear error. A file reached twice is yielded once.
    """
    seen: set[str] = set()
    for raw in paths:
        path = Path(raw)
        candidates = _walk(path) if path.is_dir() else [path]
        for candidate in candidates:
            identity = os.path.normcase(os.path.abspath(candidate))
            if identity in seen:
                continue
            seen.add(identity)
            yield candidate
