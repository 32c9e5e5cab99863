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
from ..headings.measure import is_body
from ..regex_cache import LazyPattern
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


# A listing's items each dated on a line of their own under the headline (a company's 动态 list, a
# school's news column, a bureau's notices: "…开展汛前管网巡查" / "2025.04.11" / its lead / "…举办
# 开放日" / "2025.03.22" / its lead). The first item's date stands at the top and a date-line rule
# takes it; the next items' dates stand in the middle of the page, where no date-line rule looks
# (a date there may be a letter's or a log entry's own). Their form tells them: the same shape
# of date as the one the rules took (digits aside), each right under a headline-shaped line
# (a clause of words, no sentence's mark, no colon: news_items.is_headline) and right over a
# paragraph of text (the item's lead). A letter's closing date stands under its signer (a name
# after a colon, a unit's name) with no text below it; a log's date under the last entry's text.
_LONE_DATE = LazyPattern(
    r"^[(（\[【]?\s*(?:19|20)\d{2}\s*(?:[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
    r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*[)）\]】]?$")
_DIGIT_RUN = re.compile(r"\d+")
DATE_ECHO_EXAMPLE = (("2025.04.11", "meta-lines.date-line-written"),
                     ("某某水务举办用水报装服务开放日", "2025.03.22",
                      "3月21日，某某水务在营业大厅举办开放日，邀请企业代表现场体验报装流程。"))


def _date_shape(text: str) -> str | None:
    flat = "".join(text.split())
    return _DIGIT_RUN.sub("#", flat) if _LONE_DATE.match(flat) else None


def _item_headline(text: str) -> bool:
    """A headline over an item's date: a clause of words, not a signer's unit ("某某县第一中学团委
    办公室" over a letter's closing date, a sample's end where the next sample's text follows)."""
    # Imported here: asked only on a page with a date line a rule took (the filter's start-up
    # leaves news_items unloaded, tests/test_startup.py), and gongwen's package imports metadata,
    # which imports the boilerplate package (a partial import from the top of this module).
    from ..gongwen.patterns import ORG_NAME
    from ..headings.news_items import is_headline

    folded = fold_script(text)
    return is_headline(folded) and not ORG_NAME.match("".join(folded.split()))


def drop_item_dates(blocks: list[tuple[int, pf.Block]], records, keep: frozenset[int] = frozenset()):
    """(kept blocks, removed records): a listing's item dates of the shape of a date line the
    rules took, each between a headline and its lead (see above); `meta-lines.item-date`."""
    shapes = {shape for text, rule in records
              if rule.split(".", 1)[0] == "meta-lines" and text and (shape := _date_shape(text))}
    if not shapes:
        return blocks, []
    texts = [" ".join(block_text(block).split()) if is_text_block(block) else "" for _, block in blocks]
    gone = {index for index, text in enumerate(texts)
            if 0 < index < len(texts) - 1 and id(blocks[index][1]) not in keep and _date_shape(text) in shapes
            and texts[index - 1] and _item_headline(texts[index - 1]) and is_body(texts[index + 1])}
    if not gone:
        return blocks, []
    return ([item for index, item in enumerate(blocks) if index not in gone],
            [(blocks[index][0], texts[index], "meta-lines.item-date") for index in sorted(gone)])
