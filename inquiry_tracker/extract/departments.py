"""Departments: recognise a responder's name and bring its many spellings to one form.

``市卫健委``, ``市卫生健康委`` and ``市卫生健康委员会`` are one body; ``天元区政府`` is
``天元区人民政府``. The table lives in ``resources/departments.json``; cities in
``resources/cities.txt``. Where the document names its city, city-level names
(``市住建局``) are scoped to it (``株洲市住房和城乡建设局``).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from inquiry_tracker.extract.lexicon import ORG_SUFFIX
from inquiry_tracker.resources import resource_file

#: endings that make a phrase a public body (the lexicon's class, in its own order)
ORG_SUFFIXES = ORG_SUFFIX.words

#: the suffixes as a regex alternation, longest first
SUFFIX_ALT = "|".join(sorted(ORG_SUFFIXES, key=len, reverse=True))
#: a plausible department name (used on short, already-delimited strings)
ORG_NAME = re.compile(rf"^[\u4e00-\u9fff0-9A-Za-z()（）“”·]{{1,24}}?(?:{SUFFIX_ALT})$")
#: a department mentioned inside prose, e.g. "记者从市国有资产经营有限责任公司获悉"
_NAME_CHAR = r"(?:(?![的了与及在将已对为从向是把被就请由经让给致同跟转该]|和[市区县省])[\u4e00-\u9fff])"
#: every mention names 省/市/区/县 within its first six characters, or opens with 国网: said
#: up front, a search passes most positions at once instead of reading names there (a unit
#: test checks the guarded pattern finds what the plain one does)
_MENTION_GUARD = r"(?=[\u4e00-\u9fff]{0,5}[省市区县]|国网)"
#: greedy, so "住房和城乡建设局" is not cut at 乡; the lookahead keeps 局长/办理/管委会 whole
MENTION = (
    rf"(?:{_NAME_CHAR}{{2,5}}(?:省|市|区|县)|[东西南北中]区|(?:省|市|区|县|国网)){_NAME_CHAR}{{1,14}}(?:{SUFFIX_ALT})"
    r"(?![会事理法长员托])"
)
ORG_MENTION = re.compile(_MENTION_GUARD + MENTION)


def resource_path(name: str) -> Path:
    """A file in the package's ``resources/`` (found with importlib.resources)."""
    return resource_file(name)


@lru_cache(maxsize=1)
def _table() -> tuple[list[tuple[str, str]], dict[str, str]]:
    """(suffix rewrites longest first, whole-name aliases)."""
    data = json.loads(resource_path("departments.json").read_text(encoding="utf-8"))
    suffixes = sorted(data.get("suffixes", {}).items(), key=lambda kv: len(kv[0]), reverse=True)
    return suffixes, dict(data.get("names", {}))


@lru_cache(maxsize=1)
def cities() -> tuple[str, ...]:
    """City names without 市, longest first (so 张家界 wins over 张家)."""
    lines = resource_path("cities.txt").read_text(encoding="utf-8").splitlines()
    names = [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]
    return tuple(sorted(set(names), key=len, reverse=True))


@lru_cache(maxsize=1)
def _city_pattern() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(c) for c in cities()))


def dominant_city(text: str) -> str | None:
    """The city a document is mostly about (most mentioned), or None."""
    counts = Counter(_city_pattern().findall(text))
    if not counts:
        return None
    city, n = counts.most_common(1)[0]
    return city if n >= 2 else None


#: a clause read as a name: it opens with a modal or an adverb ("将联合…"), or ends with an act
#: whose last character is an office's suffix ("…举办", "…承办": no 办 of a government)
#: (not a place's first character: 将乐县, 都安县, 会同县, 正定县 are places)
CLAUSE_NOT_NAME = re.compile(r"^(?:将(?!乐)|已|要|并|还|也|拟|就)|(?:举|承|主|协|创|开|督|交|代|包|兴|筹|试|查|领|帮|快|好)办$")


#: what an office is pointed back to by ("该局", "该公司", "此部门"): the ends :func:`antecedent` matches
POINTED_SUFFIX = "分局|支队|大队|集团|医院|指挥部|局|委|区|县|部门|中心|公司|单位|办|处|所|街道|镇|乡|院|站|队"


def antecedent(text: str, before: int, suffix: str, reach: int = 400) -> str | None:
    """The office "该<suffix>" ("该局", "该公司") points back to: the last one named in the
    ``reach`` characters before ``before`` that ends with ``suffix`` (any office for 部门/单位)."""
    window = text[max(0, before - reach) : before]
    for name in reversed([x.group(0) for x in ORG_MENTION.finditer(window)]):
        if name.startswith("电") and window.endswith("致" + name, 0, window.rfind(name) + len(name)):
            name = name[1:]  # "记者致电岳阳县交通运输局" — the 电 of 致电 is no part of the name
        if suffix in ("部门", "单位") or name.endswith(suffix):
            return _VERB_BEFORE.sub("", name)
    return None


#: a verb read into an office's name from before it ("引起某集团高度重视", "责成某局核查")
_VERB_BEFORE = re.compile(r"^(?:引起了?|责成|督促|要求|通知|联系)(?=[\u4e00-\u9fff]{4})")


def is_department(name: str) -> bool:
    """Does ``name`` read as the name of a public body?"""
    name = name.strip()
    return 2 <= len(name) <= 30 and bool(ORG_NAME.match(name)) and not CLAUSE_NOT_NAME.search(name)


@lru_cache(maxsize=4096)
def canonical(name: str, city: str | None = None) -> str:
    """The full official form of a department name.

    >>> canonical("市卫健委", city="株洲")
    '株洲市卫生健康委员会'
    >>> canonical("天元区政府")
    '天元区人民政府'
    """
    name = re.sub(r"\s+", "", name or "")
    if not name:
        return name
    suffixes, names = _table()
    if name in names:
        name = names[name]
    else:
        for short, full in suffixes:
            if name.endswith(short) and not name.endswith(full):
                name = name[: -len(short)] + full
                break
        # "X区政府" → "X区人民政府" (but not "政府办" handled above, nor "人民政府")
        if name.endswith("政府") and not name.endswith("人民政府"):
            name = name[:-2] + "人民政府"
    if city and name.startswith("市") and not name.startswith("市场"):
        name = f"{city}{name}"
    return name
