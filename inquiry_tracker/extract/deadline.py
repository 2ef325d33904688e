"""Deadline phrases → due dates (placeholder; being written)."""

from __future__ import annotations

from datetime import date

from inquiry_tracker.extract.model import Deadline


def find_deadlines(text: str, published: date | None = None) -> list[Deadline]:
    raise NotImplementedError


def find_deadline(text: str, published: date | None = None) -> Deadline | None:
    raise NotImplementedError
