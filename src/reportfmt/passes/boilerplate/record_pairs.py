"""A record or form the site flattened one cell a line, label over value: the document's own.

    ……现将会议情况记录如下。        <- the document's prose
    会议时间                         <- label
    2024年3月5日                     <- value
    参会人数                         <- label
    35                               <- value (a bare count: count-alone's form)
    缺席人数                         <- label (a short word between chrome: word-between-chrome's)
    2                                <- value (a digit beside chrome: count-beside-chrome's)
    会议指出，……                     <- the document's prose

A meeting record's head, a 登记表's or 申请表's fields, a unit's 基本情况 table: a two-column
table the page printed one cell a line. Each line alone has the form of a page's counter, date
line or tab, so the rules took most of them. Their layout tells them apart: a run of three or
more label/value pairs (a short label of a few characters with no digit or sentence mark, an
optional colon; then a short value of no sentence) standing between the document's prose lines
(a sentence within two lines above the run and below it), whose labels are none of the page's
own labels or counters (阅读, 评论, 来源, 作者, 发布时间: the meta-lines vocabulary's `label` and
`chrome-word`). A page's facts box ("阅读" / "128" / "评论" / "3") has those labels and stands
under the title or after the text, not between sentences: it still goes. Seen (round 51) on a
stored document site's form printed a cell a line and on a meeting record the round's body
helper found losing its lines; the form is thinly attested, so the guard only keeps lines (it
never removes one) and asks for three pairs and a sentence on both sides.
"""

from __future__ import annotations

import re

import panflute as pf

from ..elements import block_text, is_text_block

EXAMPLE = ("会议时间", "2024年3月5日", "参会人数", "35", "缺席人数", "2")
# The fewest label/value pairs of a record: two could be a page's counters.
MIN_PAIRS = 3
# A prose line this many text lines above the run and below it at most.
PROSE_REACH = 2
VALUE_MAX_CHARS = 30
_LABEL = re.compile(r"[\u4e00-\u9fff](?:[\u4e00-\u9fff ]{0,8})[\u4e00-\u9fff]\s*[:：]?")
_SENTENCE = re.compile(r"[。！？!?；;]")
PROSE_MIN_CHARS = 15


def record_pair_lines(blocks: list[pf.Block]) -> set[int]:
    """The ids of the lines of a record printed as label/value lines between prose lines."""
    lines = [(id(b), " ".join(block_text(b).split())) for b in blocks if is_text_block(b)]
    texts = [text for _, text in lines]
    kept: set[int] = set()
    start = 0
    while start < len(lines) - 1:
        end = start
        while end + 1 < len(lines) and _is_pair(texts[end], texts[end + 1]):
            end += 2
        if (end - start) // 2 >= MIN_PAIRS and _prose_near(texts, start, end):
            kept.update(ident for ident, _ in lines[start:end])
            start = end
        else:
            start += 1
    return kept


def _is_pair(label: str, value: str) -> bool:
    if not _LABEL.fullmatch(label) or _page_word(label.rstrip(":： ")):
        return False
    return (0 < len(value) <= VALUE_MAX_CHARS and not _SENTENCE.search(value)
            and not _page_word(value))


def _prose_near(texts: list[str], start: int, end: int) -> bool:
    """A sentence of the document within reach above the run's first line and below its last."""
    above = texts[max(0, start - PROSE_REACH):start]
    below = texts[end:end + PROSE_REACH]
    return any(map(_is_prose, above)) and any(map(_is_prose, below))


def _is_prose(text: str) -> bool:
    return len(text) >= PROSE_MIN_CHARS and bool(_SENTENCE.search(text))


def _page_word(text: str) -> bool:
    """Whether the text is one of a page's own labels or counters (the meta-lines vocabulary)."""
    return bool(_page_words().fullmatch(text))


_PAGE_WORDS: list[re.Pattern[str]] = []


def _page_words() -> re.Pattern[str]:
    if not _PAGE_WORDS:
        from .ruleset import expand_parts, rule_file_data

        files, data = rule_file_data()
        vocabulary = next(d["vocabulary"] for f, d in zip(files, data, strict=True) if "meta-lines" in str(f))
        _PAGE_WORDS.append(re.compile(expand_parts(r"(?:<<label>>|.*<<chrome-word>>.*)", vocabulary)))
    return _PAGE_WORDS[0]
