"""A site's menu at the page's edge, above or below the document: a run of short items, by form.

    关于本会                                 <- goes
    会员名录                                 <- goes
    入会须知 | 表单下载                      <- goes (two items on one line)
    联系我们                                 <- goes
    本会简介                                 <- goes
    第三章 会费                              <- the document starts (a heading, a sentence)
    第十条 会员应按年缴纳会费……

An association's, a school's or a government office's page prints its navigation and its
sidebar's sub-menu one item a line, above the text. Alone each item looks like a heading or a
list item, so no rule may drop one by its words. As a run they are told by form: at least
MIN_ITEMS lines, each holding one or a few items (a label of a few characters: no sentence's
marks, no item number, no heading's number, no date), alike in length, opening the page (no
line of the page's own kept above them) with the document after them (enough text with
sentences), or closing it right after the document's last sentence. A closing run may repeat
the page's own numbered headings ("第二章 会员", said once above as the chapter's heading): a
chapter menu printed again below the text; a table of contents above the text is the
document's and is not looked for. The run goes as one (recorded `meta-lines.menu-run`).

The document's own short lines stay: a list of names (2-3 characters each: a name list's items
are shorter than a menu's labels), a poem's or a children's song's lines (they speak: a particle
of the spoken language in their lines), slogans or couplets two halves a row (_couplets),
numbered items, a table's cells under the title (the
run must end on a line of the document: a heading or a sentence, not another short cell, and
no more such labels may follow soon: a table's rows repeat its cells' form), and a page that is
nothing but short lines.
"""

from __future__ import annotations

import re
from collections import Counter

import panflute as pf

from ..elements import block_text, is_text_block
from ..patterns import DATE_ONLY_LINE, FINISHED_SENTENCE, SECTION_NUMBER
from ..regex_cache import LazyPattern
from .placement import holds_picture

RULE = "meta-lines.menu-run"
# Removal families of the page's title and its copies (passed over by a run, never counted).
_TITLE_FAMILIES = frozenset({"title", "metadata"})
# Fewer lines may be a short document's opening (a title in two lines, an addressee, a date).
MIN_ITEMS = 5
# Or a few lines holding several labels each (a menu and its sub-menu, a row each).
MIN_ROW_ITEMS = 6
# A heading a chapter menu repeats: a part's number and its name.
HEADING_MAX_CHARS = 30
# A menu's row may hold this many labels.
MAX_LINE_ITEMS = 10
# A menu's label: a word or two (characters, blanks aside).
ITEM_MIN_CHARS = 2
ITEM_MAX_CHARS = 8
# A name list's items are two or three characters: a run whose labels are mostly that short
# is kept (a menu's labels are mostly four or more: "会员名录", "联系我们").
SHORT_ITEM_CHARS = 3
# The document under the run: at least this much text with at least this many sentences, or the
# run may be the page's own short list with little else.
BODY_MIN_CHARS = 80
BODY_MIN_SENTENCES = 2
# The lines under the run looked at for more labels of its form, and how many make it a table.
LOOK_AFTER = 20
LABELS_AFTER_MAX = 3
# A line with a sentence's marks, a field's colon, brackets or quotes is not a menu's label.
_NOT_LABEL = re.compile(r"[。，,；;！!？?：:、“”\"'‘’《》()（）\[\]【】…]")
# Particles of the spoken language: a poem's or a song's line has them, a menu's label rarely.
_SPOKEN = LazyPattern(r"[的了着呢吗吧啊呀么]")
# Several items on one line are parted by blanks or a bar.
_PARTS = re.compile(r"\s*[|｜丨]\s*|\s+")
# A bullet before an item, an arrow after it (a sub-menu's marker).
_BULLET = LazyPattern(r"^[•·●○◆◇■□▪▶►>※*\-–—]+")
_ARROW = LazyPattern(r"(?:>>|»|>|\u203a|\u25b8|\u25be)+$")
_LABEL_CHAR = LazyPattern(r"[\u3400-\u4dbf\u4e00-\u9fffA-Za-z0-9+&/]")
# A part's ordinal, however its numeral is written ("第卅六条", "第 三 章"): a heading, no label.
_ORDINAL = re.compile(r"^第\s*\S{1,6}?\s*[编編章节節条條款部篇卷回期]")
_SENTENCE_END = re.compile(r"[。！？!?；;]")
EXAMPLE = ("关于本会", "会员名录", "入会须知 | 表单下载", "联系我们", "本会简介")


def drop_edge_menus(original: list[tuple[int, pf.Block]], blocks: list[tuple[int, pf.Block]],
                    keep: frozenset[int], removed: dict[int, str] | None = None,
                    ) -> tuple[list[tuple[int, pf.Block]], list[tuple[int, str, str]]]:
    """(blocks kept, removed records). `original`: the page's blocks as the pass found them;
    `blocks`: those kept so far. A line gone already is passed over, or counted with the run when
    it has a label's form (a rule took one row of the menu): chrome around or inside a run does
    not end it. The run opening the page is looked for first, then the one closing it.
    `removed`: origin -> rule of the lines gone so far; the title's copies a rule took are passed
    over, never counted (a title reads like a label)."""
    kept_at = {origin: block for origin, block in blocks}
    titles = {origin for origin, rule in (removed or {}).items() if rule.split(".", 1)[0] in _TITLE_FAMILIES}
    lines = [(origin, block, origin in kept_at) for origin, block in original
             if origin not in titles and not (is_text_block(block) and not block_text(block).strip())]
    # A closing run may also repeat the page's own headings (a chapter menu printed again after
    # the text): a line said earlier on the page, in a heading's form, counts as one of its labels.
    said = Counter(_squeeze(block) for _, block, _ in lines if _heading_form(block))
    doomed = _edge_run(lines, keep, opening=True) + _edge_run(lines[::-1], keep, opening=False, said=said)
    if not doomed:
        return blocks, []
    gone = {origin for origin, _ in doomed}
    left = [(origin, block) for origin, block in blocks if origin not in gone]
    return left, [(origin, " ".join(block_text(block).split()), RULE) for origin, block in sorted(doomed, key=_origin)]


def _origin(item: tuple[int, pf.Block]) -> int:
    return item[0]


def _edge_run(lines: list[tuple[int, pf.Block, bool]], keep: frozenset[int],
              opening: bool, said: Counter[str] | None = None) -> list[tuple[int, pf.Block]]:
    """The kept lines of the menu run at the edge `lines` start from (the page's lines, each
    with whether it is still kept; reversed for the page's end)."""
    run: list[tuple[int, pf.Block]] = []
    rows = 0
    labels: list[str] = []
    position = 0
    while position < len(lines):
        origin, block, kept = lines[position]
        items = menu_items(block, keep)
        if items is None and said and said[_squeeze(block)] > 1 and id(block) not in keep:
            items = [_squeeze(block)]  # a heading of the page, printed again in a menu
        if items is None and kept:
            break
        if items is not None:
            rows += 1
            labels.extend(items)
            if kept:
                run.append((origin, block))
        position += 1
    rest = [block for _, block, kept in lines[position:] if kept]
    enough = rows >= MIN_ITEMS or (rows >= 2 and len(labels) >= MIN_ROW_ITEMS)
    if not run or not rest or not enough or not looks_like_menu(labels) or _couplets(run, keep):
        return []
    # The run must border the document: at the top, its next line says more than a table's cell
    # (a heading, a sentence); at the end, the line above it closes a sentence.
    if not (_document_line(rest[0]) if opening else _closes_sentence(rest[0])) or not _body_follows(rest):
        return []
    # A table's header cells are followed by its rows, cells of the same form again: a menu is
    # printed once, and the document beside it is not made of such labels.
    if sum(menu_items(block, keep) is not None for block in rest[:LOOK_AFTER]) >= LABELS_AFTER_MAX:
        return []
    # Right above the document's first paragraph, the last label may be the document's own first
    # heading or its name ("入会指南" over its text): it stays.
    if opening and run and run[-1][0] == _last_row(lines, position) and not _heading_start(rest[0]):
        run.pop()
    return run


def _last_row(lines: list[tuple[int, pf.Block, bool]], position: int) -> int | None:
    """The origin of the run's last line (kept or not), right above `position`."""
    return lines[position - 1][0] if position else None


def _heading_start(block: pf.Block) -> bool:
    """Whether the document opens with a numbered heading (the run above it is all the menu's)."""
    return isinstance(block, pf.Header) or _heading_form(block)


def menu_items(block: pf.Block, keep: frozenset[int]) -> list[str] | None:
    """The labels a line holds when it is a line of a menu (one or a few short labels), else None."""
    if not isinstance(block, (pf.Para, pf.Plain)) or id(block) in keep or holds_picture(block):
        return None
    text = " ".join(block_text(block).split())
    if (not text or SECTION_NUMBER.match(text) or _ORDINAL.match(text) or DATE_ONLY_LINE.match(text)
            or _NOT_LABEL.search(text)):
        return None
    items = [_ARROW.sub("", _BULLET.sub("", part)) for part in _PARTS.split(text) if part]
    items = [item for item in items if item]
    if not items or len(items) > MAX_LINE_ITEMS:
        return None
    for item in items:
        if not ITEM_MIN_CHARS <= len(item) <= ITEM_MAX_CHARS or item.isdigit():
            return None
        if len(_LABEL_CHAR.findall(item)) != len(item):
            return None
    # A line of several two-character words parted by blanks is a spaced-out name or title
    # ("第 六 章", "张 三"): one item each part is not.
    if len(items) > 1 and all(len(item) == 1 for item in text.split()):
        return None
    return items


# A couplet's or a slogan's two halves: alike in length (one character apart at most), a phrase
# each ("安全生产人人有责 平安幸福家家共享"); a menu's labels are a word or two.
COUPLET_HALF_MIN_CHARS = 5


def _couplets(run: list[tuple[int, pf.Block]], keep: frozenset[int]) -> bool:
    """Whether most of the run's rows (two at least) are two halves of a couplet: a document's
    slogans or 对联 under its label, which a menu's rows of short labels never are."""
    rows = [items for _, block in run if (items := menu_items(block, keep)) is not None]
    paired = sum(len(items) == 2 and min(map(len, items)) >= COUPLET_HALF_MIN_CHARS
                 and abs(len(items[0]) - len(items[1])) <= 1 for items in rows)
    return paired >= 2 and paired * 2 >= len(rows)


def looks_like_menu(labels: list[str]) -> bool:
    """Whether the labels are a menu's: mostly longer than a name, few of them speaking."""
    short = sum(len(label) <= SHORT_ITEM_CHARS for label in labels)
    spoken = sum(bool(_SPOKEN.search(label)) for label in labels)
    return short * 2 <= len(labels) and spoken * 3 < len(labels)


def _document_line(block: pf.Block) -> bool:
    """A line the document may open with: a heading, or a line longer than a label."""
    if isinstance(block, pf.Header):
        return True
    if not isinstance(block, (pf.Para, pf.Plain)):
        return False
    text = "".join(block_text(block).split())
    return bool(SECTION_NUMBER.match(text)) or len(text) > ITEM_MAX_CHARS or bool(_SENTENCE_END.search(text))


def _squeeze(block: pf.Block) -> str:
    return "".join(block_text(block).split()) if is_text_block(block) or isinstance(block, pf.Header) else ""


def _heading_form(block: pf.Block) -> bool:
    """A line in a numbered heading's form: a part's ordinal or a section number, a short name."""
    text = _squeeze(block)
    return (isinstance(block, pf.Header) or (is_text_block(block) and 0 < len(text) <= HEADING_MAX_CHARS
            and not _SENTENCE_END.search(text))) and bool(_ORDINAL.match(text) or SECTION_NUMBER.match(text))


def _closes_sentence(block: pf.Block) -> bool:
    return is_text_block(block) and bool(FINISHED_SENTENCE.search(block_text(block)))


def _body_follows(rest: list[pf.Block]) -> bool:
    texts = ["".join(block_text(block).split()) for block in rest
             if is_text_block(block) or isinstance(block, pf.Header)]
    sentences = sum(len(_SENTENCE_END.findall(text)) for text in texts)
    return sum(map(len, texts)) >= BODY_MIN_CHARS and sentences >= BODY_MIN_SENTENCES
