"""A page's counter printed as two lines: its word on one, its number on the next (or before).

    浏览
    3010            <- both go
    全部评论
    6               <- both go

Alone, a bare number may be a page-chunk number or a table cell, and a word such as "评论" or
"范文" may be a document's heading: no rule drops either by its text. Together, a counter's word
right beside a bare count, in the head or the tail (where a page prints its counters), they are
the counter (recorded `meta-lines.count-label`). The count may already have gone by a rule
(meta-lines.count-alone): its word goes after it. Used by the boilerplate pass after its rules.
"""

from __future__ import annotations

import re

import panflute as pf

from ..elements import block_text, is_text_block
from ..regex_cache import LazyPattern
from ..script import fold_script
from . import repeats

RULE = "meta-lines.count-label"
# The words a page prints over its counters (views, reads, downloads, comments, likes, the
# samples a 范文 column holds).
_LABEL = re.compile(r"^[-•·\s]*(?:浏览|浏览量|浏览次数|阅读|阅读量|阅读数|下载|下载量|下载次数|评论|评论数|全部评论|"
                    r"点赞|点赞数|收藏|收藏数|分享|人气|热度|点击|点击量|回复|回复数|查看|范文|文章|字数|页数)\s*[:：]?$")
# A bare count: digits, perhaps grouped, with a count's unit.
_COUNT = LazyPattern(r"^[-•·\s]*\d[\d,]{0,8}\s*[次人个条篇页]?$")
EXAMPLE = ("全部评论", "6")


def drop_count_labels(original: list[tuple[int, pf.Block]], kept: list[tuple[int, pf.Block]],
                      removed_origins: set[int], keep: frozenset[int] = frozenset(), tail_blocks: int = 12):
    """(kept blocks, removed records): each counter word beside a bare count, with its count
    when a rule left it, in the head or the tail of the page as first read (`original`)."""
    texts = {origin: " ".join(block_text(block).split()) for origin, block in original if is_text_block(block)}
    lines = [origin for origin in texts if texts[origin]]  # text lines in order, blank lines skipped
    count = len(original)
    head_end = repeats.head_end(original, lambda origin, _: texts.get(origin, ""))
    kept_origins = {origin for origin, _ in kept}
    protected = {origin for origin, block in original if id(block) in keep}
    doomed: set[int] = set()
    for position, origin in enumerate(lines):
        if origin not in kept_origins or origin in protected or not _LABEL.match(fold_script(texts[origin])):
            continue
        if not (origin < head_end or origin >= count - tail_blocks or origin >= count / 2):
            continue
        beside = [lines[p] for p in (position - 1, position + 1) if 0 <= p < len(lines)]
        counts = [o for o in beside if _COUNT.match(texts[o]) and o not in protected]
        if counts:
            doomed.add(origin)
            doomed.update(o for o in counts[:1] if o in kept_origins and o not in removed_origins)
    if not doomed:
        return kept, []
    return ([item for item in kept if item[0] not in doomed],
            [(origin, texts[origin], RULE) for origin in sorted(doomed)])

