"""Word segmentation with jieba, loaded lazily and taught our department names.

The reader itself works on characters and patterns (it must be several times faster than
segmentation); jieba is for the places that need words — matching a new article against
open items, keyword display. The dictionary (~0.6 s, ~60 MB) loads on first use only.
"""

from __future__ import annotations

import logging
import threading
from functools import lru_cache
from typing import Any

from inquiry_tracker.extract.departments import cities, resource_path

log = logging.getLogger("inquiry_tracker.extract")
_lock = threading.Lock()


def user_words() -> list[str]:
    """Words jieba must keep whole: department names and aliases, cities, our lexicon."""
    import json

    data = json.loads(resource_path("departments.json").read_text(encoding="utf-8"))
    words = set(data.get("suffixes", {})) | set(data.get("suffixes", {}).values())
    words |= set(data.get("names", {})) | set(data.get("names", {}).values())
    for prefix in ("市", "区", "县"):
        words |= {prefix + w for w in data.get("suffixes", {}) if len(w) <= 6}
    words |= {c + "市" for c in cities()}
    extra = resource_path("userdict.txt")
    if extra.is_file():
        for line in extra.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                words.add(line.split()[0])
    return sorted(words)


@lru_cache(maxsize=1)
def tokenizer() -> Any:
    """The shared jieba tokenizer (built on first call, thread-safe)."""
    with _lock:
        import jieba

        jieba.setLogLevel(logging.WARNING)
        tk = jieba.Tokenizer()
        tk.initialize()
        for word in user_words():
            tk.add_word(word, freq=2000)
        log.debug("jieba dictionary loaded")
        return tk


def words(text: str) -> list[str]:
    """Content words of ``text`` (no punctuation, no single characters)."""
    return [w for w in tokenizer().lcut(text) if len(w) > 1 and not w.isspace() and any("\u4e00" <= c <= "\u9fff" or c.isalnum() for c in w)]
