"""Data files the app reads at run time, shipped inside the package.

``departments.json`` (department names and aliases), ``cities.txt``, ``userdict.txt`` (words
jieba keeps whole) and ``i18n/`` (the interface catalogues). They are package data, so a wheel
installed anywhere finds them through :mod:`importlib.resources`, not through the checkout.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def resource_file(name: str) -> Path:
    """The file ``name`` (e.g. ``"i18n/inquiry_tracker_en.ts"``) of this folder.

    Wheels install unpacked, so the package's files are a real folder on disk; the
    result is a :class:`~pathlib.Path` that other libraries (jieba, ElementTree) can open.
    """
    return Path(str(files(__name__).joinpath(name)))
