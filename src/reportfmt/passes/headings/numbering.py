"""Chinese numbering markers: numerals, the marker families and their conventional order."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

# Marker families, highest first: the conventional order of an official document
# (编 > 分编 > 部分 > 章 > 节 > 壹、 > 一、 > （一） > 1. > 1.1 > （1） > A、 > a. > ①). 第X条 articles sit below 一、:
# judicial interpretations group their articles under 一、 sections, and （一） items sit inside
# articles. A sample of a page holding several (samples.py: "篇一") is above them all.
FAMILY_ORDER = ("sample", "bian", "fenbian", "part", "zhang", "jie", "capital", "yi", "tiao", "paren_cn", "arabic",
                "decimal2", "decimal3", "decimal4", "paren_arabic", "letter", "small_letter", "circled")
# Families whose marker says what it is (第X章): no sequence check needed.
ORDINAL_FAMILIES = frozenset({"bian", "fenbian", "part", "zhang", "jie", "tiao"})
ORDER = {family: rank for rank, family in enumerate(FAMILY_ORDER)}
# The families a page numbers its sections with: 一、, or the financial numerals 壹、 where a page
# prints its top level in them (a traditional outline, some 公文 and plans). What holds for a run of
# 一、 parts (glued after sentences, points of a 要點, a speech's long part headings) holds for 壹、.
SECTION_FAMILIES = frozenset({"capital", "yi"})

_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
           "七": 7, "八": 8, "九": 9,
           # The financial numerals (大写), which some documents number their parts with: 壹、贰、
           "壹": 1, "贰": 2, "貳": 2, "叁": 3, "參": 3, "肆": 4, "伍": 5, "陆": 6, "陸": 6, "柒": 7,
           "捌": 8, "玖": 9, "参": 3}  # (参: 參 as the script fold writes it)
_UNITS = {"十": 10, "百": 100, "千": 1000, "拾": 10}
CN_NUMERAL = "〇零一二三四五六七八九十百千两壹贰貳叁參肆伍陆陸柒捌玖拾"
# The financial numerals alone: a family of their own, one rank above 一、 (参 is 參 folded).
CAPITAL_NUMERAL = "壹贰貳叁參参肆伍陆陸柒捌玖拾"
# Full-width digits, written as escapes (they look like ASCII digits in an editor).
FW_DIGITS = "\uff10-\uff19"
_FULLWIDTH_DIGITS = {0xFF10 + d: ord("0") + d for d in range(10)}
_FULLWIDTH_LETTERS = {0xFF21 + n: ord("A") + n for n in range(26)}


def cn_to_int(numeral: str) -> int | None:
    """一 -> 1, 十二 -> 12, 九十九 -> 99, 一百二十三 -> 123, 一〇五 -> 105; None if not a numeral."""
    numeral = numeral.translate(_FULLWIDTH_DIGITS)
    if numeral.isdigit():
        return int(numeral)
    if not numeral or any(c not in _DIGITS and c not in _UNITS for c in numeral):
        return None
    if not any(c in _UNITS for c in numeral):
        # Digit by digit, as years and some slide decks write them: 一〇五.
        return int("".join(str(_DIGITS[c]) for c in numeral))
    total, digit = 0, None
    for char in numeral:
        if char in "零〇":
            continue  # a place holder inside a unit form: 一百零五
        if char in _DIGITS:
            if digit is not None:  # two digits in a row inside a unit form: not a numeral
                return None
            digit = _DIGITS[char]
        else:
            # "十" alone means 10.
            total += (1 if digit is None else digit) * _UNITS[char]
            digit = None
    return total + (digit or 0)


_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


def roman_to_int(numeral: str) -> int:
    """IV -> 4, XII -> 12; the one-glyph numerals (U+2160 … U+216B) stand for 1 … 12."""
    if len(numeral) == 1 and "\u2160" <= numeral <= "\u216b":
        return ord(numeral) - 0x2160 + 1
    values = [_ROMAN_VALUES[c] for c in numeral]
    return sum(-v if v < after else v for v, after in zip(values, [*values[1:], 0], strict=True))


# A digit after "一." makes an outline's number ("§一.20", "壹.一.2"), never a section's name; but a
# part named by its year ("一.2024年主要工作", "三.2025 年工作打算") opens with a year and 年 right after
# the dot: a site printing its 一、 with a dot prints its year-named parts so.
YEAR_NAME = r"\s*(?:19|20)\d\d\s*年"
# Each family's marker at the start of a line. The optional "01" before 第X章 is the slide
# number that decks print in front of a chapter title.
_MARKERS = (
    ("ordinal", re.compile(
        rf"""^(?:\d{{1,2}}\s*(?=第))?                     # slide-deck number: 01第一章
        第\s*(?P<num>[{CN_NUMERAL}]+|[0-9{FW_DIGITS}]+)\s*     # 第 + numeral
        (?P<unit>分编|编|部分|章|节|条)                  # which division
        (?P<suffix>之[一二三四五六七八九十]+)?           # 第十条之一: an inserted article
        """, re.X)),
    # "壹、前言", "貳 、施政成果" (a spaced marker, as traditional outlines print it)
    ("capital", re.compile(
        rf"""^(?P<num>[{CAPITAL_NUMERAL}]{{1,3}})\s*
        (?:、|[.．](?![0-9{FW_DIGITS}])|[.．](?={YEAR_NAME}))
        """, re.X)),
    # "I、总体要求" "II. 主要做法": Roman numerals numbering a document's top parts, as 壹、 does
    # (in capital letters or as one glyph, U+2160 … U+216B; a Chinese word follows, never English)
    ("roman", re.compile(r"""^(?P<roman>[\u2160-\u216b]|X?(?:IX|IV|V?I{1,3}|V)|X)\s*
        (?:、|[.．](?!\d))(?=\s*[\u3400-\u9fff《“])""", re.X)),
    ("yi", re.compile(
        rf"""^(?P<num>[{CN_NUMERAL}]{{1,4}}
                  |[—–－](?![—–－])(?=\s*、\s*[\u3400-\u9fff]))     # "—、总体要求": a dash typed for 一
        \s*
        (?:、|[.．](?![0-9{FW_DIGITS}])|[.．](?={YEAR_NAME})|[,，](?=[^\s,，]|\s+[\u3400-\u9fff《“「『【]))
        """, re.X)),     # 一、  三.  三．  一，  (and "一， 指导思想": a blank, then a word; "一.2024年主要工作")
    # (a 、 typed after the bracket, "（一）、" "(1)、", belongs to the marker: the name follows it)
    ("paren_cn", re.compile(
        rf"^[（(]\s*(?P<num>[{CN_NUMERAL}]{{1,4}})\s*[）)](?:\s*、)?")),
    # "一）工作目标" "二) 主要措施": the closing bracket alone, as "1）" stands for "（1）" (a word must
    # follow, as there; a 、 typed after the bracket belongs to the marker).
    ("paren_cn", re.compile(
        rf"^(?P<num>[{CN_NUMERAL}]{{1,4}})\s*[）)](?:\s*、)?(?=\s*[\u3400-\u9fff《“『「])")),
    ("arabic", re.compile(
        rf"""^(?P<num>[0-9{FW_DIGITS}]{{1,3}}                      # up to 999: a book of 500 questions
                  |l(?=\s*[.．、]\s*[\u3400-\u9fff]))             # "l.标题。": the letter l typed for 1
        \s*(?:、|[.．](?![0-9{FW_DIGITS}])                  # 1.  1、  1．  (not 1.5)
             |[,，。](?=[\u3400-\u9fff]))                       # sloppy 3, 2。 before a word
        """, re.X)),
    # 1.1 / 1.1.1: the outline numbering of documents written in Word (文库 uploads), some closing
    # it with a dot ("3.1. 管理部", "5.3.1.迟到"); a unit after the number makes it an amount
    # ("1.5亿元").
    ("decimal", re.compile(r"""^(?P<whole>\d{1,2}(?:[.．]\d{1,2}){1,3})[.．]?(?![\d.．])
        (?!\s*(?:亿|万|千|百|元|倍|%|％|个|年|月|日|米|吨|公里|平方|亩|人|次|小时|天|分|秒|岁|斤|克|度
                |[A-Za-z]))""", re.X)),
    ("paren_arabic", re.compile(rf"^[（(]\s*(?P<num>[0-9{FW_DIGITS}]{{1,2}})\s*[）)](?:\s*、)?")),
    # "1）落实责任" "2) 加强检查": the closing bracket alone, written where (1) is, one level under 1.
    # (a word must follow: "1）" ending a line, "3)、" are no markers)
    ("paren_arabic", re.compile(rf"^(?P<num>[0-9{FW_DIGITS}]{{1,2}})\s*[）)](?=\s*[\u3400-\u9fff《“])")),
    # ⑴ … ⒇ and ① … ⑳ (a 、 or a dot typed after the glyph, "①、交通", belongs to the marker)
    ("paren_arabic", re.compile(r"^(?P<glyph>[\u2474-\u2487])(?:\s*[、.．](?![0-9]))?")),
    ("circled", re.compile(r"^(?P<glyph>[\u2460-\u2473])(?:\s*[、.．](?![0-9]))?")),
    # "A、为什么要入党": capital letters numbering the parts under (1); the words follow at once
    # ("A、B两类" is no marker).
    ("letter", re.compile(r"^(?P<letter>[A-H\uff21-\uff28])\s*[、.．](?=\s*[\u3400-\u9fff])")),
    # "a. 收集材料" "b. 研究讨论": small letters numbering the items under a "1." part, one level
    # below it (a family apart: a page using both nests a. under A、).
    ("small_letter", re.compile(r"^(?P<letter>[a-h])\s*[.．、)）](?=\s*[\u3400-\u9fff])")),
)
_UNIT_FAMILY = {"编": "bian", "分编": "fenbian", "部分": "part", "章": "zhang", "节": "jie",
                "条": "tiao"}


@dataclass(frozen=True)
class Marker:
    """A numbering marker read at a line's start: its family, number and end."""
    family: str
    number: int
    end: int  # offset just after the marker (and the blanks that follow it)

    @property
    def rank(self) -> float:
        # (a part over items of its own family, restart.py's "outer_" + family: just above them)
        if self.family.startswith("outer_"):
            return ORDER[self.family[len("outer_"):]] - 0.5
        return ORDER[self.family]


def parse_marker(text: str) -> Marker | None:
    """The numbering marker a line starts with, if any."""
    # The heading, linebreak and sample passes ask about the same lines again and again (100k
    # parses over 262 pages, ~40 a line): a line's marker is read once. A pure function of the
    # text and Marker is frozen, so the answers are shared; long texts (a table's) are not kept.
    if len(text) > KEPT_MAX_CHARS:
        return _parse_marker(text)
    return _kept_marker(text)


KEPT_MAX_CHARS = 500


def _parse_marker(text: str) -> Marker | None:
    for family, pattern in _MARKERS:
        match = pattern.match(text)
        if not match:
            continue
        if family == "decimal":
            parts = match.group("whole").replace("．", ".").split(".")  # "1．1" as some Word pages print it
            family, number = f"decimal{len(parts)}", int(parts[-1])
        elif family in ("letter", "small_letter"):
            number = ord(match.group("letter").translate(_FULLWIDTH_LETTERS).upper()) - ord("A") + 1
        elif family == "roman":
            family, number = "capital", roman_to_int(match.group("roman"))
        elif "glyph" in match.groupdict() and match.group("glyph"):
            glyph = ord(match.group("glyph"))
            number = glyph - (0x2474 if glyph >= 0x2474 else 0x2460) + 1
        else:
            number = 1 if match.group("num") in ("l", "—", "–", "－") else cn_to_int(match.group("num"))
        if number is None:
            continue
        if family == "ordinal":
            family = _UNIT_FAMILY[match.group("unit")]
        end = match.end()
        while end < len(text) and text[end] in " \t\u3000\u00a0":
            end += 1
        return Marker(family, number, end)
    return None


_kept_marker = functools.lru_cache(maxsize=8192)(_parse_marker)


# Lines that stand alone as headings without a number: front and back matter of a document.
STANDALONE_HEADING = re.compile(
    rf"""^(?:序言|前言|引言|导言|总则|附则|附录|结语|结束语|后记
        |附件\s*(?:[0-9{FW_DIGITS}]{{1,2}}|[一二三四五六七八九十]{{1,3}})?)\s*[:：]?$""",
    re.X,
)
