"""A label alone on its line ("日期:") that is one of the text's own part names, not a site's field
whose value the scrape lost: the lines around it show the same form (other labels alone on their
lines, each over its own text) with labels no site prints. Used by the line loop to veto the
rules that take a lone site label."""

from __future__ import annotations

import re

from ..elements import block_text, is_text_block
from ..regex_cache import LazyPattern

# The rules that drop a site's label alone on its line.
LONE_LABEL_RULES = frozenset({"meta-lines.field-label-alone", "meta-lines.field-label-alone-beside-chrome"})
# Rules that take a bare label among other lines too: a breadcrumb's "位置:" with its steps lost.
# On a line that is a label alone they ask the same question (a list of the text's labels, "- 署名:",
# "- 日期:", "- 位置:", each over its explanation, is the text's).
LABEL_LINE_RULES = frozenset({"meta-lines.breadcrumb"})
# A part's name alone on its line, closed by its colon: "落款:", "活动准备:", "用途说明:", perhaps
# as a list's item ("- 署名:").
_LABEL_ALONE = LazyPattern(
    r"^\s*(?:[-•·*]\s+)?[^\s:：。，,；;！？!?|｜•·*\-][^\s:：。，,；;！？!?|｜]{0,7}\s*[:：]\s*$"
)


def is_label_alone(line: str) -> bool:
    return _LABEL_ALONE.match(line) is not None
# How many lines on each side a sibling part name is looked for.
SIBLING_SEARCH_BLOCKS = 8


def among_part_labels(blocks, index: int, rule_matches) -> bool:
    """Whether the lone label at `index` has a sibling within SIBLING_SEARCH_BLOCKS lines: another
    label alone on its line that `rule_matches` (the site-label rule) does not take, with text
    under it; or it closes the text among a form's blank fields (_blank_fields_after_text).
    `blocks`: the loop's (origin, block) pairs."""
    low, high = max(0, index - SIBLING_SEARCH_BLOCKS), min(len(blocks), index + SIBLING_SEARCH_BLOCKS + 1)
    for position in range(low, high):
        if position == index or not is_text_block(block := blocks[position][1]):
            continue
        line = " ".join(block_text(block).split())
        if _LABEL_ALONE.match(line) and not rule_matches(line) and _text_under(blocks, position):
            return True
    return _blank_fields_after_text(blocks, index, rule_matches)


# How many blank fields a form's close holds at most ("承诺人:", "班级:", "学号:", "日期:").
BLANK_FIELDS_MAX = 6
_SENTENCE_CLOSED = re.compile(r"[。！？!?][”\"’』」）)]?$")


def _blank_fields_after_text(blocks, index: int, rule_matches) -> bool:
    """Whether the lone label stands in a run of labels alone right under the text's last
    sentence, one of them a label of the text's own (the rule does not take it): the blank fields
    a pledge's or a form's signer fills in ("承诺人:" / "班级:" / "日期:"). A site's box of bare
    labels stands under the title or among the page's chrome, not under a finished sentence."""
    start = index
    while start > 0 and index - start < BLANK_FIELDS_MAX and _label_line(blocks[start - 1][1]):
        start -= 1
    end = index + 1
    while end < len(blocks) and end - index < BLANK_FIELDS_MAX and _label_line(blocks[end][1]):
        end += 1
    if start == 0 or end - start < 2 or not is_text_block(blocks[start - 1][1]):
        return False
    above = " ".join(block_text(blocks[start - 1][1]).split())
    own = any(not rule_matches(" ".join(block_text(blocks[at][1]).split())) for at in range(start, end) if at != index)
    return own and _SENTENCE_CLOSED.search(above) is not None


def _label_line(block) -> bool:
    return is_text_block(block) and is_label_alone(" ".join(block_text(block).split()))


# Text under a part's name: a sentence, or a line longer than any menu word or site value.
_SENTENCE_MARK = re.compile(r"[。！？；!?;，,]")
TEXT_MIN_CHARS = 15
# Of which this many characters of words: a box's value written long ("2025年03月18日 09:20") is
# a date, no text.
TEXT_MIN_WORD_CHARS = 8
_WORD_CHARS = LazyPattern(r"[\u4e00-\u9fffA-Za-z]")


def _text_under(blocks, position: int) -> bool:
    """The next line is text: a sentence or a long line (a site's box holds short values)."""
    if position + 1 >= len(blocks) or not is_text_block(blocks[position + 1][1]):
        return False
    below = "".join(block_text(blocks[position + 1][1]).split())
    return ((len(below) >= TEXT_MIN_CHARS and len(_WORD_CHARS.findall(below)) >= TEXT_MIN_WORD_CHARS)
            or _SENTENCE_MARK.search(below) is not None)
