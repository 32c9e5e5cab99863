"""Does the page title carry to a site that dresses the same page in another script?

Usage: python tests/eval/dressed_titles.py   (about 3 minutes)

Round 32's survey found 15 of 74 pages of unseen sites in traditional script, or machine-converted
with a pinyin reading in brackets after some characters ("會(huì)議紀(jì)要"). This scores the title
of every own-tune and genre-tune page written in simplified script alone, three times: as written,
converted to traditional script character for character, and converted with a reading after every
character whose code point is a multiple of 4 (the same characters on every line, as a converter
glosses the same characters everywhere). The labelled title is dressed the same way; a title is
right as eval_sites counts it. Held-out groups are never read.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from eval_sites import output_of
from sites_devset import fold, genre_pages, own_pages

from reportfmt.passes import script

TUNED = ("own-tune", "genre-tune")
READINGS = ("ān", "bù", "shì", "hé", "zhōng", "guó")


def traditional_of() -> Callable[[str], str]:
    """Simplified -> traditional, one character for one (the first traditional form listed)."""
    traditional, simplified = script._traditional()
    table: dict[str, str] = {}
    for old, new in zip(traditional, simplified, strict=True):
        table.setdefault(new, old)
    return lambda text: "".join(table.get(c, c) for c in text)


def with_readings(text: str) -> str:
    """A reading in brackets after each ideograph whose code point is a multiple of 4."""
    return "".join(f"{c}({READINGS[ord(c) % 6]})" if "\u4e00" <= c <= "\u9fff" and ord(c) % 4 == 0 else c
                   for c in text)


def main() -> int:
    to_traditional = traditional_of()
    dressings = {"as written": lambda s: s, "traditional": to_traditional,
                 "with readings": lambda s: with_readings(to_traditional(s))}
    right = dict.fromkeys(dressings, 0)
    pages = 0
    for raw, labels in own_pages() + genre_pages():
        if labels.get("split") not in TUNED or "title" not in labels or script._finder().search(raw):
            continue
        pages += 1
        for name, dress in dressings.items():
            title = output_of(dress(raw))[3]
            wanted = fold(dress(labels["title"] or ""))
            right[name] += wanted in {fold(title.split("\n")[0]), fold(title.replace("\n", ""))}
    for name, count in right.items():
        print(f"  page title right, {name:<14} {100 * count / max(pages, 1):5.1f} % ({count}/{pages})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
