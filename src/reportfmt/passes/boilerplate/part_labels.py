"""A label alone on its line ("日期:") that is one of the text's own part names, not a site's field
whose value the scrape lost: the lines around it show the same form (other labels alone on their
lines, each over its own text) with labels no site prints. Used by the line loop to veto the
rules that take a lone site label."""

from __future__ import annotations

import re

from ..elements import block_text, is_text_block

# The rules that drop a site's label alone on its line.
LONE_LABEL_RULES = frozenset({"meta-lines.field-label-alone"})
# A part's name alone on its line, closed by its colon: "落款:", "活动准备:", "用途说明:".
_LABEL_ALONE = re.compile(r"^\s*[^\s:：。，,；;！？!?|｜]{1,8}\s*[:：]\s*$")
# How many lines on each side a sibling part name is looked for.
SIBLING_SEARCH_BLOCKS = 8


def among_part_labels(blocks, index: int, rule_matches) -> bool:
    """Whether the lone label at `index` has a sibling within SIBLING_SEARCH_BLOCKS lines: another
    label alone on its line that `rule_matches` (the site-label rule) does not take, with text
    under it. `blocks`: the loop's (origin, block) pairs."""
    low, high = max(0, index - SIBLING_SEARCH_BLOCKS), min(len(blocks), index + SIBLING_SEARCH_BLOCKS + 1)
    for position in range(low, high):
        if position == index or not is_text_block(block := blocks[position][1]):
            continue
        line = " ".join(block_text(block).split())
        if _LABEL_ALONE.match(line) and not rule_matches(line) and _text_under(blocks, position):
            return True
    return False


# Text under a part's name: a sentence, or a line longer than any menu word or site value.
_SENTENCE_MARK = re.compile(r"[。！？；!?;，,]")
TEXT_MIN_CHARS = 15


def _text_under(blocks, position: int) -> bool:
    """The next line is text: a sentence or a long line (a site's box holds short values)."""
    if position + 1 >= len(blocks) or not is_text_block(blocks[position + 1][1]):
        return False
    below = "".join(block_text(blocks[position + 1][1]).split())
    return len(below) >= TEXT_MIN_CHARS or _SENTENCE_MARK.search(below) is not None
