"""A box of other pages' titles opening the page, above the document: one block, by form.

    快讯                                      <- the box's label: the page's first kept line
    • 某某市地铁票价明年起调整                <- goes
    某某县开展秋季森林防火检查                <- goes
    某某街道举办重阳节敬老活动                <- goes
    某某大学举行新一届学生会换届大会          <- the page's title
    ……                                        <- the document

News, association and portal pages print a box of their newest items (快讯, 最新公告, 热点…) above
the article. Alone each title looks like the page's own, so no rule may drop one by its words.
As a block they are told by form: the page's first kept line a short label (a word or two, no
sentence; a few widget words no rule took may stand above it), then at least
tail_lists.MIN_TITLES headlines (tail_lists._headline: a few words, no sentence's marks, no item
number, perhaps bulleted or dated; a news dateline "…14日电" is none), then the page's title (the
box ends above it; when the title taken is none of them, the run's last headline is left for the
document's title), then the document: text of finished sentences further down. The label and
the titles go together (`recommendations.head-box`).

The document's own top stays: a table of contents (its label names it, 目录; its entries come
again as the text's headings), a title over its subtitle lines (the page's title is never in the
run), a column label over a single headline, an author's name over the posts held (lines of a
unit and a post, "某市教研室教研员"), and any run the page holds nothing but.
"""

from __future__ import annotations

import panflute as pf

from ..elements import block_text, is_text_block
from ..patterns import FINISHED_SENTENCE, SECTION_NUMBER
from ..regex_cache import LazyPattern
from ..title_credits import unit_post

# (tail_lists' forms of a headline, a bullet, a box label: one definition for both edges)
from .tail_lists import _BULLET, _DOCUMENT_PART, _MORE, _SENTENCE, MIN_TITLES, _headline, holds_more_cjk

RULE = "recommendations.head-box"
# A box's label: a word or two of Chinese (快讯, 最新公告, 热点新闻, 大家都在看).
LABEL_MIN_CHARS = 2
LABEL_MAX_CHARS = 6
_LABEL = LazyPattern(r"^[【\[]?[\u4e00-\u9fff]+[】\]]?$")
# A news item's dateline under its title ("本报记者组／某市14日电"): the article's, no headline.
_DATELINE = LazyPattern(r"\d{1,2}\s*日\s*(?:电|電|讯|訊)\s*$")
# Widget words above the label (a settings link, a save button): this many lines, this short.
WIDGETS_ABOVE = 3
WIDGET_MAX_CHARS = 10
# The document under the box: a paragraph of finished sentences, this long at least.
PARAGRAPH_MIN_CHARS = 40
EXAMPLE = ("快讯", "• 某某市地铁票价明年起调整", "某某县开展秋季森林防火检查", "某某街道举办重阳节敬老活动")


def drop_head_box(original: list[tuple[int, pf.Block]], blocks: list[tuple[int, pf.Block]],
                  keep: frozenset[int], title: str):
    """(kept blocks, removed records). `original`: the page's blocks as the pass found them;
    `blocks`: those kept so far; `title`: the page's title as the metadata pass took it."""
    kept_at = {origin for origin, _ in blocks}
    lines = [(origin, block) for origin, block in original
             if is_text_block(block) and block_text(block).strip()]
    kept = [p for p, (origin, _) in enumerate(lines) if origin in kept_at]
    # The label is the page's first kept line, or comes after a few of the page's widget words
    # (short lines of no sentence, "设置", "还原默认 保存") that no rule took.
    for at in kept[:WIDGETS_ABOVE + 1]:
        if _label(lines[at][1], keep):
            found = _box_under(lines, at, kept_at, keep, title)
            if found:
                gone = {origin for origin, _ in found}
                left = [(origin, block) for origin, block in blocks if origin not in gone]
                return left, [(origin, " ".join(block_text(block).split()), RULE) for origin, block in found]
        if not _widget(lines[at][1]):
            break
    return blocks, []


def _box_under(lines: list[tuple[int, pf.Block]], at: int, kept_at: set[int], keep: frozenset[int],
               title: str) -> list[tuple[int, pf.Block]]:
    """The label at `at` and the kept headlines of its box, or [] when no box stands under it."""
    items: list[int] = []
    position = at + 1
    while (position < len(lines) and _headline(lines[position][1], keep)
           and not _DATELINE.search(block_text(lines[position][1]))):
        items.append(position)
        position += 1
    # The page's title stands between the box and the text: the box ends above it. When the title
    # taken is none of the run's lines, its last line may still be the document's own title.
    squeezed_title = "".join(title.split())
    names = [_squeeze(lines[p][1]) for p in items]
    items = items[:names.index(squeezed_title)] if squeezed_title in names else items[:-1]
    run = [p for p in items if lines[p][0] in kept_at]
    # (a title of the box a rule took already counts as one of its items)
    if len(items) < MIN_TITLES or not run:
        return []
    if sum(unit_post(block_text(lines[p][1])) for p in items) * 2 >= len(items):
        return []  # "某市教研室教研员", "某学院兼职导师" under a name: the author's posts, the text's own
    heads = {_squeeze(lines[p][1]) for p in run}
    rest = [block for origin, block in lines[items[-1] + 1:] if origin in kept_at]
    if not any(_paragraph(block) for block in rest):
        return []  # the titles are all the page holds: they are its document
    if any(_squeeze(block) in heads for block in rest):
        return []  # its entries come again below: the document's own contents
    return [lines[at], *(lines[p] for p in run)]


def _widget(block: pf.Block) -> bool:
    """A page widget's words left above the box: a short line of no sentence."""
    text = "".join(block_text(block).split())
    return len(text) <= WIDGET_MAX_CHARS and not _SENTENCE.search(text)


def _label(block: pf.Block, keep: frozenset[int]) -> bool:
    if not isinstance(block, (pf.Para, pf.Plain)) or id(block) in keep:
        return False
    # A label is Chinese characters alone, once _MORE takes its "更多" (two): more is no label,
    # answered before the whole line is read (a 3 MB line).
    if holds_more_cjk(block_text(block), LABEL_MAX_CHARS + 2):
        return False
    label = _MORE.sub("", "".join(block_text(block).split())).rstrip("：:")
    return (LABEL_MIN_CHARS <= len(label.strip("【】[]")) <= LABEL_MAX_CHARS and bool(_LABEL.match(label))
            and not _SENTENCE.search(label) and not _DOCUMENT_PART.search(label)
            and not SECTION_NUMBER.match(label))


def _squeeze(block: pf.Block) -> str:
    return "".join(_BULLET.sub("", block_text(block)).split())


def _paragraph(block: pf.Block) -> bool:
    text = " ".join(block_text(block).split())
    return len(text) >= PARAGRAPH_MIN_CHARS and bool(FINISHED_SENTENCE.search(text))


def box_items_under_label(blocks: list[pf.Block], label_at: int) -> int:
    """How many lines right under a box's label (a line a recommendations rule names: 热门文章,
    相关推荐, 最新公告…) near the page's top are the box's items, not the page's title: of a run of
    more than MIN_TITLES headlines (tail_lists._headline) ending above the text, all but the
    last, which is the page's title (the box ends above it, as drop_head_box reads it); none when
    the run is shorter (a label over the title alone: "推荐阅读" above the article itself)."""
    run = 0
    for block in blocks[label_at + 1:]:
        if not is_text_block(block) or not _headline(block, frozenset()):
            break
        run += 1
    return run - 1 if run > MIN_TITLES else 0
