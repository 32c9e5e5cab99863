"""A site's menu above the title, read by its form: a run of short lines, one item each ("首页" /
"学习" / "活动", "• 企业法律顾问中心" / "• |" / "• 律所公众号"). No line of such a run is the page's title, whatever
its words, but its last when the text or the page's facts start right under it ("帐 号" / "密 码" /
"门前的石阶" / "发表时间:…"): a short title under a login box or a menu reads as one more item.
The title chooser (title_line) looks past the others. Used by title_line."""

from __future__ import annotations

import functools

import panflute as pf

from .boilerplate.rule_match import first_matching_rule
from .boilerplate.ruleset import load_rules
from .elements import block_text, is_text_block
from .patterns import CJK, DATE_LABEL, SECTION_NUMBER
from .regex_cache import LazyPattern
from .script import fold_script
from .title_shape import text_begun

# A menu item is a word or two ("首页", "会员中心"); one the site bullets may be a little longer
# ("• 企业法律顾问中心"), as a bulleted list of links is a menu's other form. A line of five
# characters or more unbulleted is a song's or a list's line ("小河流呀流", "社区图书角"): the
# text's own, which no menu rule may take.
MENU_ITEM_MAX_CHARS = 4
BULLETED_ITEM_MAX_CHARS = 12
# Three items in a run at least: a title with one or two short lines under it (a byline, a date)
# is no menu.
MENU_RUN_MIN_ITEMS = 3
_BULLET = LazyPattern(r"^\s*[•·●▪◆■]\s*")
# An item names a link: no clause or list marks in it; an empty field's label ("当前位置:") is one.
_NOT_ITEM = LazyPattern(r"[，,、。；;！!？?“”《》]|[:：](?=.)")
# "第卅五条", "第 六 章 经费": a numbered part of the text (any numeral), never a menu's item.
_NUMBERED_PART = LazyPattern(r"^第\S{1,4}[编章节条部]")
# A line with no written character ("|", "0", "×") neither makes nor breaks a run.
_WORDED = LazyPattern(rf"[{CJK}A-Za-z]")


def _kind(block: pf.Block) -> str:
    """"item", "neutral" (a line of marks or digits) or "other" (anything else)."""
    if not is_text_block(block):
        return "other"
    text = fold_script(block_text(block)).strip()  # (pinyin glosses of a converted page dropped)
    bulleted = _BULLET.match(text)
    line = "".join(text[bulleted.end():].split()) if bulleted else "".join(text.split())
    line = line.strip("|｜")
    if not _WORDED.search(line):
        return "neutral"
    longest = BULLETED_ITEM_MAX_CHARS if bulleted else MENU_ITEM_MAX_CHARS
    if SECTION_NUMBER.match(line) or _NUMBERED_PART.match(line) or line[:1].isdigit():
        # ("1 形成过程": a contents list's entry, numbered; no menu's item.)
        return "other"
    return "item" if len(line) <= longest and not _NOT_ITEM.search(line) else "other"


# A box of other pages' titles printed above the text ("最新公告" over "• 市协会召开…" lines): a run
# of bulleted lines, each one title (no sentence), is a list of links, whatever their length.
LINK_TITLE_MAX_CHARS = 60
_SENTENCE_END = LazyPattern(r"[。！？!?；;]\s*$")


def _bulleted_title(block: pf.Block) -> bool:
    if not is_text_block(block):
        return False
    text = block_text(block).strip()
    # (the length first: a page-long line is asked nothing more)
    return (len(text) <= LINK_TITLE_MAX_CHARS and bool(_BULLET.match(text))
            and not _SENTENCE_END.search(text) and bool(_WORDED.search(text)))


def in_link_list(blocks: list[pf.Block], at: int) -> bool:
    """The line at `at` is one of MENU_RUN_MIN_ITEMS bulleted title lines or more in a row."""
    if not _bulleted_title(blocks[at]):
        return False
    first = last = at
    while first > 0 and _bulleted_title(blocks[first - 1]):
        first -= 1
    while last + 1 < len(blocks) and _bulleted_title(blocks[last + 1]):
        last += 1
    return last - first + 1 >= MENU_RUN_MIN_ITEMS


def in_menu_run(blocks: list[pf.Block], at: int) -> bool:
    """The line at `at` is an item of a run of MENU_RUN_MIN_ITEMS short item lines or more (lines of
    marks between them aside), and not its last over the text or the page's facts: the site's menu;
    or one of a bulleted list of other pages' titles (in_link_list)."""
    if in_link_list(blocks, at):
        return True
    if _kind(blocks[at]) != "item":
        return False
    items = 1
    below = None  # the first line under the run
    for step in (-1, 1):
        index = at + step
        while 0 <= index < len(blocks) and (kind := _kind(blocks[index])) != "other":
            items += kind == "item"
            index += step
        if step == 1 and index < len(blocks):
            below = blocks[index]
    if items < MENU_RUN_MIN_ITEMS:
        return False
    if below is not None and _verse_under(blocks, blocks.index(below)):
        return False
    last = not any(_kind(b) == "item" for b in blocks[at + 1:blocks.index(below) if below is not None else None])
    return not (last and below is not None and _opens_text(below))


# A poem's lines go on short under the run ("窗外的风" / "一遍一遍" / "翻着树叶", then "我坐在灯下" /
# "想起母亲" / …): the run is the poem's first stanza (its title over it), never a menu; under a
# menu come a title and the text's long lines or the page's facts. Read on the next lines.
VERSE_LINES = 4
VERSE_LINE_MAX_CHARS = 12
# Chinese words and a poem's own marks ("，", "。", "！", "？", "、", "……", "——")
_CHINESE_ONLY = LazyPattern(rf"[{CJK}，。！？、…—]+")


def _verse_under(blocks: list[pf.Block], start: int) -> bool:
    """The VERSE_LINES text lines from `start` on are all short unlabelled lines."""
    lines = []
    for block in blocks[start:]:
        if not is_text_block(block):
            return False
        text = "".join(block_text(block).split())
        if text:
            lines.append(text)
        if len(lines) == VERSE_LINES:
            break
    return len(lines) == VERSE_LINES and all(_verse_line(line) for line in lines)


def _verse_line(line: str) -> bool:
    """A poem's line: a few Chinese words, no label, digit or Latin letter (a page's facts under
    its title, "作者 某某" / "2024-05-06" / "阅读 12", carry them), and no line a rule names."""
    return (len(line) <= VERSE_LINE_MAX_CHARS and _CHINESE_ONLY.fullmatch(line) is not None
            and not DATE_LABEL.match(line) and not SECTION_NUMBER.match(line)
            and first_matching_rule(_drop_rules(), line, {"head", "anywhere"}) is None)


@functools.cache
def _drop_rules() -> tuple:
    return tuple(r for r in load_rules() if r.action == "drop" and not r.profile)


def _opens_text(block: pf.Block) -> bool:
    """The line opens the text (a sentence, a clause, a long line, a section's number) or the page's
    facts (a date's label)."""
    text = block_text(block).strip() if is_text_block(block) else ""
    return bool(text) and (text_begun(text) or bool(_CLAUSE.search(text)) or bool(DATE_LABEL.match(text)))


# A clause's mark: "簽呈是…的文書,格式主要包括以下幾個部分:" opens the text; a menu's link holds none.
_CLAUSE = LazyPattern(r"[，,、]")
