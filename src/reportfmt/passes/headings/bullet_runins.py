"""Bulleted points that name themselves: "- 名称：说明的句子…" items of a list are run-in headings.

A bulleted list whose items each open with a short name closed by a colon, then a sentence that
explains it ("• 主动补位：领导没想到的事要提前想到，…"), names its points as a numbered list of
"1. 名称：…" does: the name runs in. A list of fields holds short values after its colons
("- 电话：12345", "- 地点：礼堂"), no sentence: body. Two such items or more in one list, with
different names, making at least half of its items, prove the form.
"""

from __future__ import annotations

import re

from .measure import squeeze
from .numbering import parse_marker

# A bullet, a name of Chinese words (no mark but 、; an aside in brackets after it, "试讲 (10分钟)"),
# a colon, the rest of the line.
_NAMED_ITEM = re.compile(
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
    run: list[int] = []
    for index, text in enumerate([*texts, None]):
        if text and _BULLET.match(text):
            run.append(index)
            continue
        if run:
            found.update(_named_points(texts, run, free))
        run = []
    return found


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
