"""A short chrome line printed again: a site's column name above the title and again under it
("学习心得" … "-学习心得"), a button bar at the top and at the foot.

The second copy often carries a bullet or a dash the rule's pattern did not expect, or stands
where the rule does not look (a head rule's line again at the foot). Once a line went as chrome,
the same short text at the top of the page is the same chrome: it goes too, recorded under the
family of the first copy (`<family>.repeated-chrome`). Lines the title or the metadata pass took
are not copied from: a title repeated is titles.py's, and a heading may read like a title; nor
the second copy of text the page printed twice (`repeat.*`: its first copy is the document's); nor
is what DOM extraction dropped (a whole navigation bar goes by its container, and its items,
"工作动态", read like the document's headings), nor a menu run's labels (menu_runs.py).
Used by the boilerplate pass after its rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import panflute as pf

from ..elements import block_text, is_text_block
from ..script import fold_script
from . import repeats

# Only short lines: a column name, a button bar; a sentence repeated is the author's.
MAX_CHARS = 16
# Rule families whose lines are not chrome copies to look for (see above).
NOT_COPIED = frozenset({"title", "metadata", "extract", "repeat"})
# Nor a menu's labels the menu-run step took (menu_runs.py): like a navigation bar's items, a
# label (or a chapter menu's copy of a heading) reads like the document's own heading.
# So with a part's name alone over the title ("前言" / "某校校务发展计划" / "前言" / …, title_line's
# PART_LABEL_RULE): the name again under the title is the text's first part.
NOT_COPIED_RULES = frozenset({"meta-lines.menu-run", "meta-lines.part-label"})
# What may stand before or after the copy: bullets, dashes, brackets, blanks.
_DECORATION = re.compile(r"^[\s\-–—•·*>》|｜【\[(（]+|[\s\-–—•·*<《|｜】\])）:：]+$")
EXAMPLE = (("学习心得", "meta-lines.above-title"), "-学习心得")


def key(text: str) -> str:
    """The text compared: decoration at both ends gone, blanks gone, script folded."""
    return fold_script("".join(_DECORATION.sub("", text).split()))


def chrome_keys(records) -> dict[str, str]:
    """{key: family} of the short lines removed so far (records: (text, rule) pairs)."""
    keys: dict[str, str] = {}
    for text, rule in records:
        family = rule.split(".", 1)[0]
        if family in NOT_COPIED or rule in NOT_COPIED_RULES or not text or len(text) > MAX_CHARS:
            continue
        found = key(text)
        if len(found) >= 2:
            keys.setdefault(found, family)
    return keys


def drop_echoes(blocks: list[tuple[int, pf.Block]], records, keep: frozenset[int] = frozenset(),
                spare: Callable[[pf.Block], bool] = lambda block: False):
    """(kept blocks, removed records): the copies of short chrome lines removed. A block for
    which `spare` says so stays (a picture whose alt text reads like the printed placeholder)."""
    keys = chrome_keys(records)
    if not keys:
        return blocks, []
    kept, removed = [], []
    offset = 0
    for position, (origin, block) in enumerate(blocks):
        # Only in the head: further down, a short line reading like a column's name may be the
        # document's own heading ("工作总结" under a page filed under 工作总结).
        if offset >= repeats.HEAD_CHARS:  # past the head, every block stays: none is read
            kept.extend(blocks[position:])
            break
        text = " ".join(block_text(block).split()) if is_text_block(block) else ""
        offset += len(repeats.squeeze(text))
        short = text and len(text) <= MAX_CHARS and id(block) not in keep and not spare(block)
        family = keys.get(key(text)) if short else None
        if family is None:
            kept.append((origin, block))
        else:
            removed.append((origin, text, f"{family}.repeated-chrome"))
    return kept, removed
