"""The one form of a line every boilerplate rule is matched against.

Rules are written once, for the line as a site prints it bare. Sites dress the same line
differently, and each dressing used to cost every rule that anchored on `^`, `$` or a colon:
- the script: traditional characters, pinyin glosses (script.fold_script);
- the widths: full-width digits and letters (U+FF10-FF5A), another colon (RATIO U+2236,
  the small colon U+FE55), the ideographic blank: folded as NFKC folds them (U+FF01-FF5E to ASCII);
- a separator or a list bullet in front ("• 作者:…", "| 写作说明:", ">> 来源:", "- 2022-05-16"),
  a bar after ("文本内容: |");
- a label set in brackets before its value ("【来源】X", "〔时间〕…"): read "来源:X"; a whole field
  in brackets ("【发布时间:…】"): read bare;
- blanks inside a short label, set to the width of a longer one ("写 作 说 明:", "作  者:").
Measured on the template-site dev set re-decorated (tests/eval/perturb_sites.py), each of these
lost chrome lines that a rule covered bare. Folding them once here lets every rule, and every
future rule, see the line's kind instead of its dressing.

A rule sees two forms, in order (rule_forms): the line as printed, script and widths folded and
a list bullet dropped (the form rules always saw), and then, only when the line was dressed, the
bare line. A few rules take the dressing as their
evidence (a "|" glued after a sentence, a share row's "｜ 微博3"); they still see it first, and
a line no rule named as printed is tried bare.

The width fold changes characters rules write themselves ("[:：]", "，"), so a rule's pattern is
folded the same way when the rules are built (pattern_form, ruleset.py): a pattern written for
the bare line matches its folded form, and the literals the rule index needs are the folded ones.
The form is for matching only: a line is never changed by it (cut rules match the line as it is).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from ..patterns import CJK
from ..regex_cache import LazyPattern
from ..script import fold_script
from ..width import FULLWIDTH_ASCII

# Full-width ASCII (U+FF01-FF5E) as ASCII, the ideographic blank as a blank, and the colons a
# site prints instead of ":" (RATIO, the small and the vertical presentation forms): NFKC's
# width fold, done by one translate (NFKC itself would also rewrite "…" and "™").
WIDTH = FULLWIDTH_ASCII | {0x2236: ord(":"), 0xFE55: ord(":"), 0xFE13: ord(":"), 0xFE30: ord(":")}
_WIDE = re.compile("[\uff01-\uff5e\u3000\u2236\ufe55\ufe13\ufe30]")

# Separators and bullets a site prints before a line: a list's bullet left as text, a menu's
# bar, a breadcrumb's arrow. A hyphen, an asterisk or a dash only with a blank after it (a
# negative number, a footnote's "*1", a mask "**" are no bullets).
_LEAD = re.compile(r"^\s*(?:(?:[•·●○◦▪▫■□◆◇▶►▸‣∙★☆◎※→»\u203a|丨]+|>{1,3}|[-*—](?=\s))\s*)+(?=\S)")
# A bar closing the line ("文本内容: |"), the only bar in it: "序号 | 部分 | 写法 |" is a table's
# row left as text, whose closing bar tells it from a menu ("首页 | 范文 | 总结").
_TRAIL = LazyPattern(r"^([^|丨]*?)\s*[|丨]\s*$")
# A short label in the brackets sites set their labels in, opening the line with its value
# after it: "【来源】X" -> "来源:X", "〔时间〕…". Not a bracket standing alone ("【格式】" may be a
# guide's own heading), nor one followed by another bracket ("【打印】【关闭】": a row of
# buttons), nor square brackets: a paper's "[关键词] …" and a guide's "[概念]" are the text's own.
_BRACKET_LABEL = LazyPattern(rf"^[【〔]\s*([{CJK}]{{2,6}})\s*[】〕]\s*:?\s*(?=[^\s【\[〔])")
# A whole field set in one pair of brackets: "【发布时间:2023-02-24】", "[来源:某某网]": read
# "发布时间:2023-02-24". Round 30: sites bracket one field a line as often as a row of them, and
# a rule written for the bare field missed it (a date field kept under the title). The label
# (2-8 characters) and its colon open the brackets, which close the line and hold no other.
_BRACKETED_FIELD = LazyPattern(rf"^[【\[〔]\s*([{CJK}]{{2,8}}\s*:[^【】\[\]〔〕]*?)\s*[】\]〕]$")
# A label spaced out letter by letter before its colon, or before the bar a news page sets
# after its credits' labels: "写 作 说 明:", "作  者:", "美 编丨某某".
_SPACED_LABEL = LazyPattern(rf"(?<![{CJK}])[{CJK}](?:[ \t]{{1,3}}[{CJK}]){{1,5}}(?=\s*[:丨])")
_BLANKS = re.compile(r"[ \t]+")
# What a line must hold for the structural folds to apply (a cheap test before each regex).
_LEAD_CHARS = frozenset("•·●○◦▪▫■□◆◇▶►▸‣∙★☆◎※→»\u203a|丨>-*— \t")


# A list item's bullet left as text, with the blanks after it: dropped in the printed form too,
# as every rule has always seen it ("• 信息来源:…").
_BULLET = re.compile(r"^[•·●○◦▪▫■□◆◇▶►‣∙]\s*(?=\S)")
# Lines whose forms are kept (rule_forms).
FORMS_KEPT = 8192


@functools.lru_cache(maxsize=FORMS_KEPT)
def rule_forms(text: str) -> tuple[str, ...]:
    """The forms a rule may match, in order: the line dressed as printed (script and widths
    folded, a list bullet dropped), then, when it was dressed, the bare line (separators dropped, a bracketed or
    spaced-out label read as the plain label with its colon). A rule that takes the dressing as
    its evidence ("|" glued after a sentence, "｜ 微博3" left of a share row) still sees it
    first; the bare form is what every other rule was written for.

    Kept per line (a pure function of it): the rule matcher, the profiles' markers and the
    seams ask for the same lines' forms again (10,192 asks for 5,425 lines on half the bench
    pages), and folding a paragraph's full-width punctuation is a dict lookup per character."""
    text = fold_script(text)
    if _WIDE.search(text):
        text = text.translate(WIDTH)
    if text and text[0] in _LEAD_CHARS:
        text = _BULLET.sub("", text, count=1)
    bare = _undressed(text)
    return (text,) if bare == text else (text, bare)


def rule_form(text: str) -> str:
    """The bare form of the line (rule_forms' last)."""
    return rule_forms(text)[-1]


def spans_a_form(search: Callable[[str], re.Match[str] | None], text: str) -> bool:
    """Whether a rule's search matches one of the line's rule forms whole (blanks aside): a cut
    rule that matched only the folded line (full-width noise) cannot cut the line as printed,
    and when it takes all of it the line goes."""
    for form in rule_forms(text):
        match = search(form)
        if match and not form[:match.start()].strip() and not form[match.end():].strip():
            return True
    return False


def _undressed(text: str) -> str:
    if text and text[0] in _LEAD_CHARS and (lead := _LEAD.match(text)):
        # A table's row left as text ("• | 序号 | 部分 |") keeps its first bar, its first cell's.
        table_row = "|" in lead.group(0) and "|" in text[lead.end():]
        text = text[lead.group(0).index("|"):] if table_row else text[lead.end():]
    if text and text[-1] in "|丨 \t":
        text = _TRAIL.sub(r"\1", text) or text
    if text and text[0] in "【〔[":
        text = _BRACKETED_FIELD.sub(r"\1", text, count=1)
        if text and text[0] in "【〔":
            text = _BRACKET_LABEL.sub(r"\1:", text, count=1)
    if (":" in text or "丨" in text) and " " in text:
        text = _SPACED_LABEL.sub(lambda m: _BLANKS.sub("", m.group(0)), text)
    return text


# A full-width character of a pattern (with the backslash escaping it, if any), and what it
# becomes: its ASCII form, escaped where ASCII makes it a regular-expression operator.
_PATTERN_WIDE = re.compile(r"\\?([\uff01-\uff5e\u3000\u2236\ufe55\ufe13\ufe30])")
_OPERATORS = frozenset("\\.^$*+?()[]{}|-#&~")


def pattern_form(source: str) -> str:
    """A rule's pattern, written for the bare line, as it must read to match the folded line:
    its full-width characters folded like the line's ("[:：]" -> "[::]", "（" -> "\\(")."""
    if not _PATTERN_WIDE.search(source):
        return source

    def folded(match: re.Match[str]) -> str:
        char = match.group(1).translate(WIDTH)
        return "\\" + char if char in _OPERATORS else char

    return _PATTERN_WIDE.sub(folded, source)
