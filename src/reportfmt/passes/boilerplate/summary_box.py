"""What stands between the page's title and the title printed again over the text, by form.

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
or the text below will explain, or offers it for the reader to consult or adapt ("下面这份…可供
参照修改") (recorded `lead-in.summary-between-titles`). A paragraph in that
place that tells no such thing (a report's own first sentence above its title printed again)
stays, and so does any text between two copies that are not both gone.

Other pages' titles may stand there instead: a newspaper's list of the day's articles printed
above the one shown, the page's own title first among them (taken for the title, printed again
over the text). Two or more headline-shaped lines (a few words, no clause, no subtitle's dash)
between the copies, none of them the page's title in another form (its sample marker "X 篇1",
X without its count), go as `recommendations.titles-between-copies`.

A site's column or its own name may stand there alone (round 38: a 范文 site's column over its
date line, a Q&A site's category, a 作文 site's name; 3 own-tune sites): one word of a few Chinese
characters, no mark, no number, not a person's name (a byline stays the document's), with only
chrome between it and either copy. It goes as `meta-lines.column-between-titles`.
"""

from __future__ import annotations

import panflute as pf

from ..elements import block_text, is_text_block
from ..patterns import FINISHED_SENTENCE, SECTION_NUMBER
from ..regex_cache import LazyPattern
from ..title_credits import SURNAMES, byline

RULE = "lead-in.summary-between-titles"
# The summary: a paragraph or two.
MAX_PARAGRAPHS = 2
# The title printed twice: a heading's length, no sentence.
TITLE_MIN_CHARS = 4
TITLE_MAX_CHARS = 60
# A short line the rules left between the first copy and the summary (a count, a tag).
STRAY_MAX_CHARS = 16
# Other pages' titles between the copies (a list of the day's articles, the page's own among them):
# two at least, a headline's length each.
LIST_RULE = "recommendations.titles-between-copies"
MIN_HEADLINES = 2
MAX_HEADLINES = 8
HEADLINE_MIN_CHARS = 8
_SUBTITLE = LazyPattern(r"^[—\-–~\uff5e•·●]")
_CJK = LazyPattern(r"[\u4e00-\u9fff]")
# The head of the page where the box stands.
HEAD_REACH = 20
# A sentence announcing what the page or the text below explains: the page (本文, 本篇, 下文)
# or "below/next" (下面, 以下, 接下来), then one of the verbs of explaining, with no first-person
# singular between (a speaker's "下面我说说…" is the speech).
_ANNOUNCES = LazyPattern(
    r"(?:本文|本篇|这篇文章|這篇文章|下文|下面|以下|接下来|接下來)[^。！？!?我]{0,40}?"
    r"(?:介绍|介紹|梳理|讲解|講解|解答|说明|說明|分析|盘点|盤點|讲讲|講講|说说|說說|聊聊|聊一聊|"
    r"看看|看一看|了解|瞭解|汇总|匯總|解读|解讀|总结|總結)")
# Or it offers the text below for the reader's use (round 41: "下面这份…可供各社区参照修改", "本文…
# 适合…时参考"; the site's offer on 5 own-tune sites, one of them between two copies): the page or
# the piece below, then the reader's taking it to consult, copy or adapt. Between two copies of the
# title no document speaks so of itself. (Not 提供, nor a bare 可/可以: "本文为…提供了借鉴", "下面…给出
# 一个可以直接套用的顺序" are a text's own words.)
_OFFERS = LazyPattern(
    r"(?:本文|本篇|本页|本頁|下面|以下|下文|这份|這份|这篇|這篇)[^。！？!?我]{0,40}?"
    r"(?:可供|(?<!提)供|适合|適合|欢迎|歡迎|不妨|拿去|拿来|拿來)[^。！？!?]{0,12}?"
    r"(?:参照|參照|参考|參考|比照|对照|對照|借鉴|借鑒|取用|套用|修改|改改|收藏|备用|備用|选用|選用)")
# The text's own transition into its body ("下面将一年来的工作总结如下。", "…汇报如下："): it hands
# over to what follows; a site's summary tells what the page will explain, never "如下".
_HANDS_OVER = LazyPattern(r"如下\s*[。：:]?\s*$")
_SENTENCE_MARKS = LazyPattern(r"[。！？!?，,；;]")
# A title's or a headline's marks: it may ask ("…该不该裁并?"), never runs on in clauses.
_CLAUSE_MARKS = LazyPattern(r"[。，,；;]")
# A title's tail that its other copies may leave out: brackets with a count, a sample number.
_TITLE_TAIL = LazyPattern(r"(?:[(（【\[].*|篇\s*\d+|\d+)$")
# A site's column or its own name alone between the two copies ("活动方案" over the page's date
# line, "答谢词", the site's name the page title ended with): a word, recorded as a meta line.
COLUMN_RULE = "meta-lines.column-between-titles"
_COLUMN_WORD = LazyPattern(r"^[\u4e00-\u9fff]{2,8}$")
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
        found = _between_copies(head, position, text, kept, titles, lambda b: _paragraph(b, keep), MAX_PARAGRAPHS)
        rule = RULE
        if found and (not (_ANNOUNCES.search(last := _squeeze(found[-1][1])) or _OFFERS.search(last))
                      or _HANDS_OVER.search(last)):
            found = []
        if not found:
            found = _between_copies(head, position, text, kept, titles, lambda b, copy=text: _headline(b, keep, copy),
                                    MAX_HEADLINES)
            found = found if len(found) >= MIN_HEADLINES else []
            rule = LIST_RULE
        if not found:
            found, rule = _column_between(head, position, text, kept, keep, titles), COLUMN_RULE
        if found:
            gone = {o for o, _ in found}
            return ([item for item in blocks if item[0] not in gone],
                    [(o, " ".join(block_text(b).split()), rule) for o, b in found])
    return blocks, []


def _between_copies(head: list[tuple[int, pf.Block]], position: int, text: str, kept: set[int],
                    titles: frozenset[str], fits, most: int) -> list[tuple[int, pf.Block]]:
    """The kept lines right above the second copy at `position`, each one `fits` accepts (`most` of
    them at most), when chrome and the first copy (or the page's start, the first copy taken
    before) are all that stand above them; else []."""
    found: list[tuple[int, pf.Block]] = []
    for index in range(position - 1, -1, -1):
        origin, block = head[index]
        if origin in kept and found and _stray_fact(_squeeze(block)) and not fits(block):
            continue  # a short fact the rules left (a count, a tag) between the copies
        if origin in kept:
            if len(found) == most or not fits(block):
                return []
            found.insert(0, (origin, block))
            continue
        if not found:
            return []  # the copy must sit right under them (chrome between: another box)
        if _squeeze(block) == text:
            return found
    return found if text in titles else []


def _column_between(head: list[tuple[int, pf.Block]], position: int, text: str, kept: set[int],
                    keep: frozenset[int], titles: frozenset[str]) -> list[tuple[int, pf.Block]]:
    """The one column word kept above the second copy at `position`, when only chrome stands
    between it and the copy and between it and the first copy (or the page's start, the first copy
    taken before); else []. The copies are compared without the tail one of them may leave out
    (a page number in brackets)."""
    core = _title_core(text)
    found: list[tuple[int, pf.Block]] = []
    for index in range(position - 1, -1, -1):
        origin, block = head[index]
        squeezed = _squeeze(block)
        if origin in kept:
            if found or not _column_word(block, keep):
                return []
            found.append((origin, block))
        elif found and _title_core(squeezed) == core:
            return found
    return found if any(_title_core(title) == core for title in titles) else []


def _column_word(block: pf.Block, keep: frozenset[int]) -> bool:
    """A column's or a site's name: a few Chinese characters, no mark, no number, no one's name."""
    text = _squeeze(block)
    return (id(block) not in keep and isinstance(block, (pf.Para, pf.Plain)) and bool(_COLUMN_WORD.match(text))
            and not byline(block_text(block)) and not (len(text) <= 3 and text[0] in SURNAMES))


def _title_core(text: str) -> str:
    return _TITLE_TAIL.sub("", text) or text


def _paragraph(block: pf.Block, keep: frozenset[int]) -> bool:
    return (id(block) not in keep and isinstance(block, (pf.Para, pf.Plain))
            and bool(FINISHED_SENTENCE.search(_squeeze(block))))


def _headline(block: pf.Block, keep: frozenset[int], title: str) -> bool:
    """Another page's title: a few words, no clause's marks, no dash or bullet of a subtitle, no
    item number (a 汇编's contents stay), and not the page's own title in another form (its sample
    marker "X 篇1", X without its count)."""
    text = _squeeze(block)
    core, own = _TITLE_TAIL.sub("", text), _TITLE_TAIL.sub("", title)
    return (id(block) not in keep and isinstance(block, (pf.Para, pf.Plain))
            and HEADLINE_MIN_CHARS <= len(text) <= TITLE_MAX_CHARS and not _CLAUSE_MARKS.search(text)
            and not _SUBTITLE.match(text) and not SECTION_NUMBER.match(text)  # a contents list's entry
            and len(_CJK.findall(text)) * 2 >= len(text)
            and not (core and own and (core in own or own in core)))


def _stray_fact(text: str) -> bool:
    """A short line of no sentence above the summary (a view count left): no paragraph."""
    return len(text) <= STRAY_MAX_CHARS and not _SENTENCE_MARKS.search(text) and not FINISHED_SENTENCE.search(text)


def _title_form(text: str) -> bool:
    return TITLE_MIN_CHARS <= len(text) <= TITLE_MAX_CHARS and not _CLAUSE_MARKS.search(text)


def _squeeze(block: pf.Block) -> str:
    return "".join(block_text(block).split())
