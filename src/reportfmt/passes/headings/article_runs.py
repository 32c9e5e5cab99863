"""A 制度's or a contract's chapters and articles run together on long lines: a 文库 extraction
(or a scrape of a Word file) that lost the line breaks between them prints
"第一章 总则 第一条 为加强…，制定本制度。 第二条 本制度适用于… 第二章 教学管理 第三条 …" as one
paragraph. Each 第X条 / 第X章 that starts where a line break was (after a sentence end or a blank)
and continues the page's own numbering of its unit is cut off as a line of its own; the headings
pass then reads the lines as it reads a page that kept its breaks (a chapter's name a heading, a
named article a contract's heading, a law's article its provision).

What proves a break, not a sentence naming an article ("依照本办法第三条的规定", "见第二章"):
- the mark stands after a sentence end (。；！？) or after a blank, never glued after a word;
- its number is the next of its unit on the page (the articles 1, 2, 3… across the page's lines,
  the chapters likewise), counted from articles and chapters that open lines as well;
- the unit's run on the page holds three marks at least (one "。第二条…" alone proves nothing);
- no word follows it that makes it a reference ("第三条规定", "第三条的", "第三条所称", "第三条款").
Every character stays: the block is cut at those offsets only.
"""

from __future__ import annotations

import re

from ..regex_cache import LazyPattern
from .numbering import cn_to_int, parse_marker

# The article or chapter mark: "第十二条", "第 3 章". (The numeral's class is bounded: a long run of
# other characters is never scanned as a numeral.)
_UNIT_MARK = re.compile(r"第\s?([一二三四五六七八九十百零〇两]{1,5}|\d{1,3})\s?([条章])")
# A reference, not an article opening: "第三条规定", "第三条的", "第五章所称", "第二条款", "第二章节".
_REFERENCE_AFTER = LazyPattern(r"\s?(?:规定|的|所|之|中|和|至|或|及|、|，|,|款|项|例|件|约|幅|理|据|节)")
# Where a line break was: a sentence end, a blank (a 文库 extraction keeps one for a break), or a
# run of question marks a page printed for its lost blanks ("条款如下:????第一条??装修项目").
_BREAK_BEFORE = LazyPattern(r"[。；;！!？?]\s*$|\s$")
_WORD = re.compile(r"[\u3400-\u9fff]")
_FAMILY = {"条": "tiao", "章": "zhang"}
# A named article set off by blanks on both sides: "第一条 服务内容 甲方为…". Its name is a few words
# with no mark (a provision's sentence, "第一条 为加强…，", holds a comma or a full stop before any
# blank); the name goes to a line of its own. (Not where a page printed question marks for its
# blanks, "第二条??设计与图纸????设计图纸由…": the marks are the page's text, kept in the name.)
_GAP = r"[ \t\u3000]+"
_ARTICLE_NAME = LazyPattern(rf"{_GAP}[^\s，,。；;：:！!？?、“”\"（）()《》]{{2,15}}(?={_GAP}\S)")
# A unit's run of marks in order (line openings and glued ones): three prove the page numbers them so,
# or two when the run starts at the unit's first ("…如下:  第一条 … 第二条 …": a short contract).
RUN_MIN_MARKS = 3
FIRST_RUN_MIN_MARKS = 2
# How far back the break's trace is looked for (a mark, then a few blanks).
BREAK_LOOKBACK_CHARS = 4


def article_run_cuts(texts: list[str | None]) -> dict[int, list[int]]:
    """Block index -> offsets of the chapters and articles glued mid-line after a break's trace,
    each continuing its unit's numbering on the page, in runs of RUN_MIN_MARKS or more."""
    cuts: dict[int, list[int]] = {}
    for unit in _FAMILY:
        for index, offset in _unit_cuts(texts, unit):
            cuts.setdefault(index, []).append(offset)
    return {index: sorted(offsets) for index, offsets in cuts.items()}


def _unit_cuts(texts: list[str | None], unit: str) -> list[tuple[int, int]]:
    # The run's marks, each with the cuts it makes: none for a mark opening its line, the mark's
    # offset (and its name's end, for a named article) for a glued one.
    run: list[list[tuple[int, int]]] = []
    last = 0
    first = 0  # the number the run starts at
    kept: list[tuple[int, int]] = []

    def close() -> None:
        if len(run) >= (FIRST_RUN_MIN_MARKS if first == 1 else RUN_MIN_MARKS):
            kept.extend(cut for mark in run for cut in mark)
        run.clear()

    for index, text in enumerate(texts):
        if not text or unit not in text:
            continue
        opening = parse_marker(text)
        opens = opening is not None and opening.family == _FAMILY[unit]
        if opens:
            if opening.number != last + 1:
                close()
            if not run:
                first = opening.number
            run.append([])
            last = opening.number
        # Words before a mark, not a contents entry's bullet and number alone ("• 2 第二章 公文格式").
        words = _WORD.search(text)
        for match in _UNIT_MARK.finditer(text, opening.end if opens else 1):
            if match.group(2) != unit or words is None or words.start() >= match.start():
                continue
            number = int(match.group(1)) if match.group(1).isdigit() else cn_to_int(match.group(1))
            if (number != last + 1 or _REFERENCE_AFTER.match(text, match.end())
                    or not _BREAK_BEFORE.search(text[max(0, match.start() - BREAK_LOOKBACK_CHARS):match.start()])):
                continue
            if not run:
                first = number
            name = _ARTICLE_NAME.match(text, match.end()) if unit == "条" else None
            run.append([(index, match.start()), *([(index, name.end())] if name else [])])
            last = number
    close()
    return kept
