"""Bulleted points that name themselves: "- 名称：说明的句子…" items of a list are run-in headings.

A bulleted list whose items each open with a short name closed by a colon, then a sentence that
explains it ("• 主动补位：领导没想到的事要提前想到，…"), names its points as a numbered list of
"1. 名称：…" does: the name runs in. A list of fields holds short values after its colons
("- 电话：12345", "- 地点：礼堂"), no sentence: body. Two such items or more in one list, with
different names, making at least half of its items, prove the form.

A list too short to prove itself (one named item, alone or beside a bare label "- 事件记录："
over its own lines) on a page whose other bulleted list is proven names its point the same way:
the page writes its points so ("- 对合同内容不了解：不清楚…。" alone under "2. 业主方面", after
"- 服务标准不落实：…" "- 收支不公开：…" under "1. 物业公司方面"). It still needs half of its
items named and no name the proven lists use.
"""

from __future__ import annotations

import re

from ..regex_cache import LazyPattern
from .measure import squeeze
from .numbering import parse_marker

# A bullet, a name of Chinese words (no mark but 、; an aside in brackets after it, "试讲 (10分钟)"),
# a colon, the rest of the line.
_NAMED_ITEM = LazyPattern(
    r"^\s*[-－•·●▪■◆]\s*(?P<name>[\u3400-\u9fff][\u3400-\u9fff、]{1,9})(?:\s*[（(][^()（）]{1,8}[)）])?"
    r"\s*[:：]\s*(?P<body>\S.*)$")
_BULLET = re.compile(r"^\s*[-－•·●▪■◆]")
# The explanation is a sentence: this long, with a sentence's marks.
EXPLANATION_MIN_CHARS = 12
_SENTENCE_MARK = re.compile(r"[。；;！!？?，,]")
NAMED_MIN_ITEMS = 2


def bullet_runins(texts: list[str | None], free) -> dict[int, int]:
    """Block index -> where the item's name ends (after its colon), for the named items of each
    bulleted list that names its points; `free(i)`: the block is not decided yet."""
    found: dict[int, int] = {}
    short: list[dict[int, int]] = []  # the named items of the lists too short to prove themselves
    run: list[int] = []
    for index, text in enumerate([*texts, None]):
        if text and _BULLET.match(text):
            run.append(index)
            continue
        if run:
            if points := _named_points(texts, run, free):
                found.update(points)
            elif lone := _lone_point(texts, run, free):
                short.append(lone)
        run = []
    if found:
        names = {_NAMED_ITEM.match(texts[i]).group("name") for i in found}
        for lone in short:
            if not {_NAMED_ITEM.match(texts[i]).group("name") for i in lone} & names:
                found.update(lone)
    return found


def _lone_point(texts: list[str | None], run: list[int], free) -> dict[int, int]:
    """The one named item of a list of one or two items, if it makes half of the list."""
    named = {i: cut for i in run if free(i) and (cut := _name_end(texts[i])) is not None}
    return named if len(named) == 1 and len(run) <= 2 else {}


def _named_points(texts: list[str | None], run: list[int], free) -> dict[int, int]:
    named = {i: cut for i in run if free(i) and (cut := _name_end(texts[i])) is not None}
    names = [_NAMED_ITEM.match(texts[i]).group("name") for i in named]
    if len(named) < NAMED_MIN_ITEMS or len(set(names)) != len(names) or 2 * len(named) < len(run):
        return {}
    return named


def _name_end(text: str) -> int | None:
    match = _NAMED_ITEM.match(text)
    if not match or parse_marker(match.group("name")) is not None:
        return None
    body = match.group("body")
    if len(squeeze(body)) < EXPLANATION_MIN_CHARS or not _SENTENCE_MARK.search(body):
        return None  # a field's value, no sentence
    return match.start("body")
