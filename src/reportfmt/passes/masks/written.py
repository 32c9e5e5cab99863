"""Masks in a document written by hand: what looks like a mask but is the author's markup,
and what its masks are.

An author's `*` is markup, not a hidden value: a list marker pandoc read as text (a list
with no blank line before it: "说明：⏎* 第一项"), or an emphasis pair the reader left
literal (CommonMark does not close `**重要：**` before a Chinese character), a note's mark
(`美术<sup>*</sup>`, explained below as "注：带*的…"), a required field's star, between the
label and its colon (`姓名*：`), or a star a legend line explains ("注：*为选修课", "带*号的为
必填项"): beside a word ("美术鉴赏*", "*高等数学") it is the legend's mark. A placeholder
in a hand-written document (`XXXX人民政府`, `签发人：□□□`, `[此处输入文件标题]`) is a blank
the author left to be filled in: kind `template`, not the number or place a site hid.
"""

from __future__ import annotations

import dataclasses
import re

import panflute as pf

from ..patterns import CJK
from ..regex_cache import LazyPattern
from .find import FILLABLE, Mask, is_ideograph, mask_kind

TEMPLATE_KIND = "template"
_STARS = set("*＊")
_WORD = re.compile(r"\w")


def authors_masks(masks: list[Mask], text: str, owner, legend: frozenset[str] = frozenset()) -> list[Mask]:
    """`masks` less the author's markup, each fillable one of kind template.

    `owner(start, end)` gives the Str holding a mask and the mask's offset in it (or None);
    `legend`: the star runs the document's legend lines explain (legend_stars).
    """
    markup = emphasis_pairs(masks, text)
    kept = []
    for mask in masks:
        if (mask in markup or is_list_marker(mask, text, owner) or is_mark(mask, text, owner)
                or in_identifier(mask, text) or is_legend_mark(mask, text, legend)):
            continue
        if mask.detector in FILLABLE:
            mask = dataclasses.replace(mask, kind=TEMPLATE_KIND)
        kept.append(mask)
    return kept


def is_list_marker(mask: Mask, text: str, owner) -> bool:
    """A lone * that starts a line of the paragraph and is followed by a space."""
    if mask.detector != "asterisk" or len(mask.text(text)) != 1:
        return False
    found = owner(mask.start, mask.end)
    if found is None:
        return False
    elem, offset = found
    if offset or elem.text != mask.text(text):
        return False
    line_start = elem.prev is None or isinstance(elem.prev, (pf.SoftBreak, pf.LineBreak))
    return line_start and isinstance(elem.next, pf.Space)


# A mark is one to three stars: more is a run hiding a value (密码：******).
_MARK_STARS = 3


def is_mark(mask: Mask, text: str, owner) -> bool:
    """A note's mark (stars that are all of a superscript) or a required field's star (stars
    after a label's last character, before its colon: 姓名*：)."""
    stars = mask.text(text)
    if mask.detector != "asterisk" or not set(stars) <= _STARS or len(stars) > _MARK_STARS:
        return False
    if text[mask.end : mask.end + 1] in ("：", ":") and mask.start and is_ideograph(text[mask.start - 1]):
        return True
    found = owner(mask.start, mask.end)
    if found is None:
        return False
    elem, _offset = found
    return elem.text == stars and isinstance(elem.parent, pf.Superscript) and len(elem.parent.content) == 1


# A legend line's explanation of a star: the star (one to three, perhaps quoted, perhaps called
# a 号) led by a verb of marking (带*号的, 标*的) or standing first in a clause (注：*为…, 其中，*表示…),
# then, after at most a short noun (的项目), the verb that explains it (为, 表示, 代表…).
LEGEND = LazyPattern(
    r"""
    (?:(?:带有?|标有?|标注|加注?|打有?|凡)\s*          # a verb of marking: 带*号的 标*的 凡*者
      | (?:^|(?<=[：:\s(（，,；;。]))\s*)               # or the clause's first word: 注：*为 其中，*表示
    [“"'‘「]?(?P<stars>[*＊]{1,3})[”"'’」]?\s*           # the star, perhaps quoted
    (?:号|符号)?\s*(?:的|者)?\s*                         # "号" and "的"/"者": 带*号的
    [\u4e00-\u9fff]{0,4}?                                # a short noun: 的项目, 的课程
    (?:为|表示|代表|系|是|指|即)                          # the verb that explains it
    """,
    re.X,
)
# Only a short paragraph reads as a legend (a note under a table, a form's instruction).
LEGEND_MAX_CHARS = 120


def legend_stars(texts) -> frozenset[str]:
    """The star runs (full-width folded to *) the legend lines among `texts` explain."""
    found = set()
    for text in texts:
        if len(text) <= LEGEND_MAX_CHARS and ("*" in text or "＊" in text):
            found.update(m.group("stars").replace("＊", "*") for m in LEGEND.finditer(text))
    return frozenset(found)


def is_legend_mark(mask: Mask, text: str, legend: frozenset[str]) -> bool:
    """A star run a legend explains, not inside a word (共*人 hides a number whatever the legend)."""
    if not legend or mask.detector != "asterisk" or mask.text(text).replace("＊", "*") not in legend:
        return False
    left = text[mask.start - 1] if mask.start else ""
    right = text[mask.end] if mask.end < len(text) else ""
    return not (_in_word(left) and _in_word(right))


def _in_word(ch: str) -> bool:
    return bool(ch) and (is_ideograph(ch) or ch.isalnum()) and ch not in "为号的是"


_IDENTIFIER_PART = re.compile(r"[A-Za-z0-9]")


def in_identifier(mask: Mask, text: str) -> bool:
    """Letters joined by an underscore to a word (xx_count, MAX_XX): a variable's name the
    author wrote outside code, not a placeholder (XX____ is one beside its blank)."""
    if not mask.text(text).isascii():
        return False
    after, before = text[mask.end : mask.end + 2], text[max(0, mask.start - 2) : mask.start]
    return (len(after) == 2 and after[0] == "_" and bool(_IDENTIFIER_PART.match(after[1]))) or (
        len(before) == 2 and before[1] == "_" and bool(_IDENTIFIER_PART.match(before[0])))


_CJK_CHAR = re.compile(f"[{CJK}]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# Emphasis never starts with closing punctuation nor ends with opening punctuation:
# “*”，指的是…，“*” is two masks, each in its own quotes.
_CLOSING = "”’）》」』】，。、；：？！,.;:?!)"
_OPENING = "“‘（《「『【("


# A clause ends inside a run's text: a comma, a full stop, a semicolon (not the colon of a label).
_CLAUSE_BREAK = re.compile(r"[，。；,;！？]")


def masks_not_emphasis(inner: str, after: str = "", before: str | None = None) -> bool:
    """Two masks that look like an emphasis pair from outside: what they hold says which.

    `**市铁一中学…集聚**`: the first run names a place (**市), as masks of numbers, places
    and people do (a unit, a place suffix or a title right after the asterisks); and
    `*”，…，“*`: the text between runs of two quoted masks starts with a closing quote.
    A short run between is two masks too when each run has its unit after it (`after`: the
    text after the pair): 走访**户，开了**次 (户, 次), unlike **年度**目标 — and only when the
    pair opens right after a Chinese character (`before`: the text before it, when known), as a
    masked value stands after its verb: at a clause's start, `，**人员**名单`, it is a word in bold
    (the rule markdown._mask_pair keeps for a pair pandoc read as bold under `--filter`).
    """
    if (after and _names_a_value(inner) and _names_a_value(after)
            and (before is None or is_ideograph(before[-1:]))):
        return True
    if before is not None and is_ideograph(before[-1:]) and is_ideograph(after[:1]) \
            and _CLAUSE_BREAK.search(inner.strip()[:-1]):
        # `开设**门课程，每周上课**次`: glued to words on both sides and across a clause's break, the
        # runs stand where two values were cut out; an author bolds a phrase, not half of two clauses.
        return True
    inner = inner.strip()
    if not inner or inner[0] in _CLOSING or inner[-1] in _OPENING:
        return True
    if _LATIN_WORD.search(inner) and not _CJK_CHAR.search(inner):
        # `**40% faster**`: a pair around Latin words is the author's emphasis; a masked value's
        # run names a Chinese unit, place or title after its stars (**市, ***亿元).
        return False
    return mask_kind("", inner) in ("number", "place") and len(inner) > 4


def _names_a_value(text: str) -> bool:
    """The text after a mask starts with a unit or a place suffix (mask_kind)."""
    return mask_kind("", text.strip()) in ("number", "place")


def emphasis_pairs(masks: list[Mask], text: str) -> set[Mask]:
    """Runs of asterisks that pair up like emphasis: the same run on both sides of text that
    has a word in it and no space just inside the delimiters (`**重要：**`, `*注意*`), unless
    what they hold says they are two masks (`走访**户，共**人`: masks_not_emphasis), as the
    markdown reader judged when it kept them literal."""
    stars = [m for m in masks if m.detector == "asterisk" and set(m.text(text)) <= _STARS]
    pairs: set[Mask] = set()
    index = 0
    while index + 1 < len(stars):
        left, right = stars[index], stars[index + 1]
        inner = text[left.end : right.start]
        if (left.text(text) == right.text(text) and inner and not inner[0].isspace()
                and not inner[-1].isspace() and _WORD.search(inner)
                and not masks_not_emphasis(inner, text[right.end:], text[:left.start])):
            pairs.update((left, right))
            index += 2
        else:
            index += 1
    return pairs
