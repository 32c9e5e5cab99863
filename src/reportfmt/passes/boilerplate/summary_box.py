"""The site's summary between the page's title and the title printed again over the text, by form.

    某某证明怎么开                                   <- the page's title (gone: title/chrome)
    2024-03-02 10:15 作者:某某                       <- meta (gone)
    办事时常要开这份证明。本文从格式和注意事项两方面介绍怎么写。   <- goes
    某某证明怎么开                                   <- the title again (gone: a repeat)
    一、格式……                                       <- the document

Article, 范文 and know-how sites print a summary box under the title and its meta line, then the
article, which opens with the title again. The summary talks about the page: it announces what
the text below does ("本文从…介绍…", "下面就来梳理一下"). Told by both: it stands between two
copies of the page's title (the first one the title the page took, or a line that went; the
second one a line that went; the pass runs twice, so the first copy may have gone in
the first run), only chrome around it, and its last paragraph says what the page
or the text below will explain (recorded `lead-in.summary-between-titles`). A paragraph in that
place that tells no such thing (a report's own first sentence above its title printed again)
stays, and so does any text between two copies that are not both gone.
"""

from __future__ import annotations

import re

import panflute as pf

from ..elements import block_text, is_text_block
from ..patterns import FINISHED_SENTENCE

RULE = "lead-in.summary-between-titles"
# The summary: a paragraph or two.
MAX_PARAGRAPHS = 2
# The title printed twice: a heading's length, no sentence.
TITLE_MIN_CHARS = 4
TITLE_MAX_CHARS = 60
# A short line the rules left between the first copy and the summary (a count, a tag).
STRAY_MAX_CHARS = 16
# The head of the page where the box stands.
HEAD_REACH = 20
# A sentence announcing what the page or the text below explains: the page (本文, 本篇, 下文)
# or "below/next" (下面, 以下, 接下来), then one of the verbs of explaining, with no first-person
# singular between (a speaker's "下面我说说…" is the speech).
_ANNOUNCES = re.compile(
    r"(?:本文|本篇|这篇文章|這篇文章|下文|下面|以下|接下来|接下來)[^。！？!?我]{0,40}?"
    r"(?:介绍|介紹|梳理|讲解|講解|解答|说明|說明|分析|盘点|盤點|讲讲|講講|说说|說說|聊聊|聊一聊|"
    r"看看|看一看|了解|瞭解|汇总|匯總|解读|解讀|总结|總結)")
_SENTENCE_MARKS = re.compile(r"[。！？!?，,；;]")
EXAMPLE = ("某某证明怎么开", "办事时常要开这份证明。本文从格式和注意事项两方面介绍怎么写。", "某某证明怎么开")


def drop_summary_between_titles(original: list[tuple[int, pf.Block]], blocks: list[tuple[int, pf.Block]],
                                removed: frozenset[int], keep: frozenset[int], titles: frozenset[str]):
    """(kept blocks, removed records). `original`: the page's blocks as the pass found them;
    `removed`: the origins of the lines gone so far; `titles`: the title the page took and the
    texts of the lines an earlier run removed (the first copy may be among them), squeezed."""
    kept = {origin for origin, _ in blocks}
    head = [(origin, block) for origin, block in original[:HEAD_REACH] if is_text_block(block)
            and block_text(block).strip()]
    for position, (origin, block) in enumerate(head):
        text = _squeeze(block)
        if origin not in removed or not _title_form(text):
            continue
        summary = _summary_above(head, position, text, removed, kept, keep, titles)
        if summary:
            gone = {o for o, _ in summary}
            return ([item for item in blocks if item[0] not in gone],
                    [(o, " ".join(block_text(b).split()), RULE) for o, b in summary])
    return blocks, []


def _summary_above(head: list[tuple[int, pf.Block]], position: int, text: str, removed: frozenset[int],
                   kept: set[int], keep: frozenset[int], titles: frozenset[str]) -> list[tuple[int, pf.Block]]:
    """The kept paragraphs right above the second copy at `position`, when chrome and the first
    copy (or the page's start, the first copy taken before) are all that stand above them; else []."""
    summary: list[tuple[int, pf.Block]] = []
    for index in range(position - 1, -1, -1):
        origin, block = head[index]
        if origin in kept and summary and _stray_fact(_squeeze(block)):
            continue  # a short fact the rules left (a count, a tag) between the copies
        if origin in kept:
            if (len(summary) == MAX_PARAGRAPHS or id(block) in keep or not isinstance(block, (pf.Para, pf.Plain))
                    or not FINISHED_SENTENCE.search(_squeeze(block))):
                return []
            summary.insert(0, (origin, block))
            continue
        if not summary:
            return []  # the copy must sit right under the summary (chrome between: another box)
        if _squeeze(block) == text:
            break
    else:
        if text not in titles:
            return []
    if not summary or not _ANNOUNCES.search(_squeeze(summary[-1][1])):
        return []
    return summary


def _stray_fact(text: str) -> bool:
    """A short line of no sentence above the summary (a view count left): no paragraph."""
    return len(text) <= STRAY_MAX_CHARS and not _SENTENCE_MARKS.search(text) and not FINISHED_SENTENCE.search(text)


def _title_form(text: str) -> bool:
    return TITLE_MIN_CHARS <= len(text) <= TITLE_MAX_CHARS and not _SENTENCE_MARKS.search(text)


def _squeeze(block: pf.Block) -> str:
    return "".join(block_text(block).split())
