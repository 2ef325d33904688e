"""Write inquiry_tracker/resources/t2s.txt: traditional → simplified Chinese, one character each.

    python -m bench.make_t2s WHEEL   # a downloaded opencc-python-reimplemented wheel

Only one-to-one character pairs are kept (the reader converts text in place, keeping every
offset), taking the first simplified form where OpenCC lists several.
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "inquiry_tracker" / "resources" / "t2s.txt"


def main(argv: list[str]) -> int:
    table = zipfile.ZipFile(argv[0]).read("opencc/dictionary/TSCharacters.txt").decode("utf-8")
    pairs: dict[str, str] = {}
    for line in table.splitlines():
        if "\t" not in line:
            continue
        trad, simp = line.split("\t")
        first = simp.split()[0]
        if len(trad) == 1 and len(first) == 1 and trad != first:
            pairs[trad] = first
    OUT.write_text(
        "# Traditional → simplified Chinese, one character each (pairs written back to back).\n"
        "# Derived from the TSCharacters table of OpenCC (Apache-2.0) by bench/make_t2s.py.\n"
        + "".join(t + s for t, s in sorted(pairs.items())) + "\n",
        encoding="utf-8",
    )
    print(f"{len(pairs)} pairs → {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
