"""A log's dated entries: "2024年3月4日 星期一" / the day's text / "2024年3月5日 星期二" / … (used
by line_loop.py).

A work log, a 周记, a 实习日志 or a teacher's journal heads each entry with its date on a line of its
own, printed the same way every time. Its first date stands at the top, where a page's posting
date stands, and reads as that date line; what tells it apart is its form: the same shape of
date comes back further down, each time over the entry's own text. A page's posting date is
printed once, over the article; a list of other pages or of news items dates each under its
headline, not under the text of the item before.
"""

from __future__ import annotations

import re

import panflute as pf

from ..elements import block_text, is_text_block

# Any digit or Chinese numeral of a date: two entries' dates differ only in these.
_DIGITS = re.compile("[0-9\\uff10-\\uff19〇零○一二三四五六七八九十]+")
# The weekday's name differs from entry to entry as the digits do ("星期一", "周三", "礼拜天").
_WEEKDAY = re.compile(r"(星期|礼拜|周)[一二三四五六日天]")
# A time of day after the date ("2024-03-19 08:05"): a post's stamp, as forums and Q&A pages print
# one over each answer; a log dates its entries by the day.
_CLOCK = re.compile(r"\d{1,2}[:：]\d{2}")
# An entry's text: a sentence of the day, or a line long enough to be one.
_SENTENCE_END = re.compile(r"[。！？!?…][”’」』）)]?\s*$")
PROSE_MIN_CHARS = 8
LONG_LINE_CHARS = 24
# The entries that prove a log: this one and at least one more of its shape, each over its text.
ENTRIES_MIN = 2
# How far apart two entries may stand (an entry of a few paragraphs).
ENTRY_MAX_LINES = 12


def _shape(line: str) -> str:
    return _DIGITS.sub("#", _WEEKDAY.sub("W", "".join(line.split())))


def _text(block: pf.Block) -> str:
    """A line of the page: a paragraph, a heading (a log written in markdown heads each entry with
    its date: "## 2026-09-01"), or a list of the day's items when one of them is a sentence (a
    changelog's, a work log's "- 完成了……。"); a list of bare links or names is no entry's text."""
    if is_text_block(block) or isinstance(block, pf.Header):
        return block_text(block).strip()
    if isinstance(block, (pf.BulletList, pf.OrderedList)):
        items = [" ".join(block_text(part) for part in item.content if is_text_block(part)).strip()
                 for item in block.content]
        if any(_prose(item) for item in items):
            return " ".join(item for item in items if item)
    return ""


def _prose(line: str) -> bool:
    flat = "".join(line.split())
    return len(flat) >= LONG_LINE_CHARS or (len(flat) >= PROSE_MIN_CHARS and bool(_SENTENCE_END.search(flat)))


# The day's own fields may open an entry under its date ("天气：晴 气温：18—27℃", "地点：三号工地"):
# a label of a word or two, its colon, its value.
_DAY_FIELD = re.compile(r"^[\u4e00-\u9fff]{1,6}\s*[:：]\s*\S")


def _opens_entry(line: str) -> bool:
    """The first line under an entry's date: the day's text, or the day's fields over it."""
    return _prose(line) or bool(_DAY_FIELD.match(line.strip()))


def _entries(lines: list[str], shape: str) -> int:
    """How many lines of the shape stand, from the first line on, each over prose, each but the
    first under prose, each within ENTRY_MAX_LINES of the one before; 0 at the first that is not."""
    entries, gap = 0, 0
    for position, line in enumerate(lines):
        gap += 1
        if _shape(line) == shape:
            # (each entry under the last one's text, and over its own: a list of news items dates
            # each item under its headline, a short line, not under the item before)
            if (gap > ENTRY_MAX_LINES or position + 1 >= len(lines) or not _opens_entry(lines[position + 1])
                    or (position and not _prose(lines[position - 1]))):
                return 0
            entries, gap = entries + 1, 0
    return entries


def dates_an_entry(text: str, kept: list[tuple[int, pf.Block]], later: list[tuple[int, pf.Block]]) -> bool:
    """Whether the date line `text` heads one of a log's entries: prose under it, and among the
    lines kept above and the lines below at least ENTRIES_MIN - 1 more of the same shape of date,
    each over prose, none more than ENTRY_MAX_LINES from the next."""
    if _CLOCK.search(text):
        return False  # a post's stamp, its time of day with its date: a thread's, no log's entry
    below = [t for _, block in later if (t := _text(block))]
    if not below or not _opens_entry(below[0]):
        return False
    above = [t for _, block in kept if (t := _text(block))]
    shape = _shape(text)
    # (the lines above read from the first entry of the shape down to this one)
    first = next((i for i, t in enumerate(above) if _shape(t) == shape), len(above))
    earlier = max(_entries([*above[first:], text, below[0]], shape) - 1, 0)
    return 1 + earlier + _entries(below, shape) >= ENTRIES_MIN


# The name of a note dated by its writer's day ("周记", "国庆日记", "观察日记（一）"): its genre ends it.
_DATED_GENRE = re.compile(r"(?:日记|周记|日志|札记)"
                          r"(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,3})?$")


def dates_a_note(text: str, title: str | None, kept: list[tuple[int, pf.Block]],
                 later: list[tuple[int, pf.Block]]) -> bool:
    """Whether the date line `text` is the day a diary's or a weekly note's writer dates it (round
    33): the title names such a note ("周记", "我的寒假日记"), no line of the text stands above the
    date, and prose follows it. A news page's date under its headline is the page's; a note's
    genre says the date is the writer's."""
    if not title or _CLOCK.search(text) or not _DATED_GENRE.search("".join(title.split())):
        return False
    below = [t for _, block in later if (t := _text(block))]
    return not any(_text(block) for _, block in kept) and bool(below) and _prose(below[0])


# Whom a letter is written to, alone on its line and closed by a colon ("亲爱的妈妈：", "尊敬的周老师：",
# "小林：", "各位同事："): a greeting word and a name, or a name of a few characters alone. Not a
# box's label over its text ("摘要：", "正文：", "答："), which a page may open on too.
_SALUTATION = re.compile(r"^\s*(?:尊敬的|敬爱的|敬愛的|亲爱的|親愛的)?[\u4e00-\u9fff、·]{1,12}\s*[:：]\s*$")
_BOX_LABEL = re.compile(r"(?:摘要|导读|導讀|简介|簡介|正文|内容|內容|目录|目錄|关键[词字]|關鍵[詞字]|标签|標籤|提示"
                        r"|说明|說明|附件|原文|译文|譯文|答案|解析|注释|注釋|来源|來源|作者|时间|時間|日期|[问問答])"
                        r"\s*[:：]\s*$")


def dates_a_letter(title: str | None, kept: list[tuple[int, pf.Block]], later: list[tuple[int, pf.Block]]) -> bool:
    """Whether a date line opens a letter (round 35): it is the page's first line (no title taken,
    no line kept above it) and whom the letter is written to stands right under it ("2025年10月8日"
    / "亲爱的妈妈："). A page's date stands over or under its headline, never alone over a greeting."""
    if title or any(_text(block) for _, block in kept):
        return False
    below = next((t for _, block in later if (t := _text(block))), "")
    return bool(_SALUTATION.match(below)) and not _BOX_LABEL.search(below)
