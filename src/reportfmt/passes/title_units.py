"""A unit's name alone is never a page's title: where it stands near the top, what it is instead.

A school's, a hospital's, a bureau's or a company's name alone on a line is the site's masthead
over a news headline, the issuer's cell of a government page's table of facts, or a rule
document's letterhead over its first chapter; no page is titled with a name alone (a document
named after its unit, "某某中学" over "2024年工作计划", is title_line's to join, before it
looks line by line). Used by title_line while it looks for the title.
"""

from __future__ import annotations

import panflute as pf

from .boilerplate.titles import title_core
from .elements import block_text, is_text_block
from .page_facts import site_label
from .patterns import CJK, CN_DIGITS
from .regex_cache import LazyPattern
from .script import fold_script
from .title_core import names_institution
from .title_forms import clean_title, doc_number_line, names_genre

# A site's label alone on its line, its colon last ("发布机构:", "索引号："): a government page's
# table of facts printed one cell a line, the value on the line under it. A label that names the
# document itself ("文件名称:", "标题:") has the title for its value, and is no such cell.
_LONE_LABEL = LazyPattern(rf"^\s*(?P<label>[{CJK}](?:\s?[{CJK}]){{1,5}})\s*[:：]\s*$")
_NAMES_DOCUMENT = LazyPattern(r"(?:名称|名稱|标题|標題|题名|題名)$")


def unit_alone(text: str) -> bool:
    """The line is a unit's name alone ("某某县人民医院", "某某新材料股份有限公司"), no document's
    name ("…小学安全工作计划" ends in its genre, whatever its core's last word)."""
    return names_institution(title_core(text)) and not names_genre(text)


def _text_above(blocks: list[pf.Block], at: int) -> str:
    return next((text for b in reversed(blocks[:at]) if is_text_block(b) and (text := block_text(b).strip())), "")


def _text_below(blocks: list[pf.Block], at: int) -> str:
    return next((text for b in blocks[at + 1:] if is_text_block(b) and (text := block_text(b).strip())), "")


def value_under_label(blocks: list[pf.Block], at: int) -> bool:
    """The line at `at` is a unit's name alone under a site's label alone on the line above it
    ("发布机构:" over "某某县教育局"): the issuer's cell of the page's facts. (A label's cell is
    often empty, and the line under it then no value of it: "有效性:" or "分享:" over the title.
    Only a unit's name is read as the cell's value here.)"""
    if not unit_alone(block_text(blocks[at])):
        return False
    lone = _LONE_LABEL.match(fold_script(_text_above(blocks, at)))
    if lone is None:
        return False
    label = "".join(lone.group("label").split())
    return bool(site_label().fullmatch(label)) and not _NAMES_DOCUMENT.search(label)


# "第一章 总则", "**章 总 则" (the site masked its number): a rule document's first chapter.
_CHAPTER = LazyPattern(rf"^\s*(?:第\s*[{CN_DIGITS}\d]{{1,5}}|[*＊×X]{{1,4}})\s*章")
MASTHEAD, LETTERHEAD, UNTITLED = "masthead", "letterhead", "untitled"


def unit_heads(blocks: list[pf.Block], at: int) -> str:
    """What the unit's name alone at `at` heads, read by the line under it: the document's own
    text (LETTERHEAD: over its 发文字号 or its name, "某某县市场监督管理局" over "某监〔2025〕4号"; it
    stays), a rule document with no title line (UNTITLED: over its first chapter; it stays, no line
    is the title), or the site's page (MASTHEAD: over a headline, a menu, the page's facts; it goes,
    as the site's line above the title)."""
    below = _text_below(blocks, at)
    if _CHAPTER.match(below):
        return UNTITLED
    if doc_number_line(below) or names_genre(clean_title(below)):
        return LETTERHEAD
    return MASTHEAD
