"""Files → decoded text (placeholder; being written)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class ReadError(Exception):
    """A file that cannot be read as a document; the message names the file and the reason."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{Path(path).name}: {reason}")


@dataclass(frozen=True, slots=True)
class DecodedText:
    text: str
    path: str
    fmt: str
    encoding: str | None


def read_bytes(data: bytes, name: str) -> DecodedText:
    raise NotImplementedError


def read_document(path: str | Path) -> DecodedText:
    raise NotImplementedError
