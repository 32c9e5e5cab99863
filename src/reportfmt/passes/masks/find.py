"""Find masked placeholders in one paragraph's text: where they are, how they were made, what they stand for.

Template sites hide numbers, places and names behind runs of symbols (`****`, `××年度`,
`□□镇`, `〔〕32号`, `____`); sensitive-word filters replace one character of a word (`X建`);
some deletions leave no glyph at all (`收缴基金 万元`). Each detector below is one of
those habits. A detector that fires on ordinary text (X光, Windows XP, 3×4, 二〇二三年,
an end-of-article `□`) is a bug: each one checks the neighbours that tell a mask apart.

Every decision looks through spaces and at letters, never at half- versus full-width
punctuation, so the typography pass (which changes exactly those) cannot change what is found.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ...options import MASK_DETECTORS as DETECTORS
from ..literals import literal_test, required_literals
from ..patterns import CJK
from ..regex_cache import LazyPattern
from ..script import to_simplified
from ..width import fold_width

DEFAULT_DETECTORS = DETECTORS
# Detectors whose masks are blanks a values file may fill. Sensitive-word masks hide a
# character the reader can guess (X建 = 党建); gaps have no glyph to replace.
FILLABLE = frozenset(DETECTORS) - {"sensitive", "gap"}
# Detectors whose masks get a styled span; a gap has no characters to style.
STYLED = frozenset(DETECTORS) - {"gap"}

KINDS = ("number", "place", "person", "other", "template", "gap")

_IDEOGRAPH = LazyPattern(f"[{CJK}]")
_CN_NUMERALS = "〇○零一二三四五六七八九十百千万亿两几数多余"

# What follows (or precedes) a mask and tells what it stands for.
NUMBER_UNITS = set("年月日号时分秒倍%％‰亿万千百个人户家名次件项元米条栋亩位岁届期批座所辆吨台套天周份篇场")
NUMBER_WORDS = ("年度", "平方", "公里", "公顷", "余", "多")
PLACE_SUFFIXES = set("区市县镇村街乡省州湖路园港湾山河岛城")
PLACE_WORDS = ("社区", "街道", "新城", "新区", "开发区", "园区", "经济联社", "联社", "小区", "片区")
PERSON_WORDS = (
    "同志", "书记", "主任", "局长", "县长", "市长", "区长", "镇长", "村长", "部长", "处长", "科长",
    "厅长", "省长", "委员", "主席", "经理", "校长", "院长", "老师", "先生", "女士", "说", "表示",
)
PERSON_BEFORE = ("书记", "主任", "同志", "局长", "县长", "市长", "区长", "镇长", "经理", "校长", "院长")
# A unit a lone × stands before is an organisation's name crossed out ("×党委对…作出要求",
# "×公司"): where a product's × has a number or a letter on its other side ("长×宽" aside).
ORGANISATION_WORDS = (
    "党委", "党组", "党工委", "党支部", "党总支", "支部", "总支", "纪委", "委员会", "人民政府", "政府", "人大",
    "政协", "公司", "集团", "单位", "机关", "学校", "大学", "学院", "医院", "中学", "小学", "幼儿园",
)
# A single X before these is the ordinary word (X光, X射线, X轴), not a mask.
X_WORDS = ("光", "射线", "线", "轴", "型", "染色体", "刀", "档案", "因素", "战警")
# Letter-star terms of ordinary text, not a pinyin initial hiding a word.
LETTER_STAR_WORDS = ("A*",)


@dataclass(frozen=True)
class Mask:
    """One mask in a text: where it is, which detector found it, what it stands for."""
    start: int
    end: int
    detector: str
    kind: str

    def text(self, source: str) -> str:
        return source[self.start : self.end]


# --- the detectors' patterns ----------------------------------------------------------------

ASTERISK = LazyPattern(
    r"""
    [*＊]+                  # a run of half- or full-width asterisks
    (?:[.．+＋][*＊]+)*     # joined by . or + to further runs: *.*倍  “*+*+*”制度
    """,
    re.X,
)

CROSS = LazyPattern(
    r"""
    (?<![A-Za-z0-9])        # not the tail of a Latin word or a number (Windows XP, 3x4)
    [×xXＸｘ╳]+             # a run of crosses or X letters (╳ box-drawing crosses too)
    (?:(?:[.．—–\-~/,:]|[ \t]*[，\uff5e][ \t]*)[×xXＸｘ╳]+)*  # XX.XX 亿元, x—x人, XX-XX, Xxxx,xx,xx
    (?![A-Za-z0-9])         # not the head of one either (Xbox, x86)
    """,
    re.X,
)
# Cross groups joined like the parts of a date or an amount ("XX-XX", "××.××", "Xxxx,xxxx,xx"):
# a number's shape, a mask even with no Chinese word beside it. Blanks around a full-width
# joiner belong to the run: typography deletes them, and the masks must not change when it does.
_JOINED_GROUPS = LazyPattern(r"[×xXＸｘ╳](?:[.．—–\-~/,:]|[ \t]*[，\uff5e][ \t]*)[×xXＸｘ╳]")

# A year, written or masked, and a date's joiner right before a run: "2024-", "20__-", "20XX/".
_DATE_BEFORE = LazyPattern(r"(?<![\dA-Za-z])(?:19|20)(?:\d\d|[xX×Ｘｘ]{2}|[_＿]{1,4})\s*[-/.．—–]\s*$")

YEAR = LazyPattern(
    r"""
    (?<=\d)[xX×Ｘｘ]+           # 20xx年, 1920xx年: digits kept, the rest crossed out
      (?=\d*(?:\s*年|[-—–~\uff5e/.][\dxX×]))   # ... then a year or the rest of a date
    | (?<=(?<![\dA-Za-z])(?:19|20))[xX×Ｘｘ]{2}(?![A-Za-z0-9])   # 20xx级, 20XX届: a year's shape
    | (?<=(?<![\dA-Za-z])(?:19|20)\d)[xX×Ｘｘ](?![A-Za-z0-9])    # 201x
    | (?<![A-Za-z0-9])[xX×]+(?=\d+\s*年)   # xxxx3年: a year garbled the other way round
    | (?<=[〔\[\uff3b(（]\d\d)[xX×Ｘｘ]{2}(?=[〕\]\uff3d)）]\s*[\dxX×Ｘｘ]*\s*号)   # 〔20××〕×号: a filing year
    """,
    re.X,
)

BLANK = LazyPattern(
    r"""
    □+                      # empty boxes
    | [〇○]+                 # circles (but 二〇二三年 is a year: checked below)
    """,
    re.X,
)

BRACKET = LazyPattern(
    r"""
    〔\s*〕                  # an empty document-number bracket: 〔〕32号
    | [\[\uff3b]\s*[\]\uff3d](?=\s*[\d*＊xX×]*\s*号)   # square brackets only before a number 号
    """,
    re.X,
)

UNDERSCORE = LazyPattern(r"[_＿]+")  # ____镇____村, 20_年, ____%

TEMPLATE = LazyPattern(
    r"""
    [\[［]\s*(?:                                       # a fill-in field of a Word template:
        (?:此处|在此|这里|请)?(?:输入|填写|填入|录入|键入)[^\[\]［］\n]{0,20}  # [此处输入文件标题]
      | [^\[\]［］\s]{0,12}(?:名称|姓名|单位|机关|标题|内容|文号|日期|时间|地址|电话|号码|金额|事由)  # [单位名称]
    )\s*[\]］]
    | 【\s*(?:此处|在此|这里|请)?(?:输入|填写|填入|录入|键入)[^】\n]{0,20}】  # 【请输入标题】 (【发布单位】: a label)
    """,
    re.X,
)

STAR = LazyPattern(r"☆+")  # ☆县

LETTER_STAR = LazyPattern(
    r"""
    (?<![A-Za-z0-9*＊])[A-Za-z]   # one letter standing alone: a pinyin initial
    [*＊]+                        # then stars for the rest of the word
    (?![A-Za-z0-9*＊])
    """,
    re.X,
)

GAP = LazyPattern(
    rf"""
    (?<=[{CJK}])(?<![{_CN_NUMERALS}])      # after a word, not after a numeral (数万元 is fine)
      [ \t\u3000]+(?=万元|亿元|千元|万人|个百分点|元(?=[,，.。;；、\s]|$))   # 收缴基金 万元
    | (?<=[{CJK}])(?<![{_CN_NUMERALS}])[ \t\u3000]*(?=[%％‰])              # 参合率达 %
    | [—－\-_]+\s*年\s*月\s*日               # ——年月日
    | (?<![{_CN_NUMERALS}*＊xX×_□])年[ \t\u3000]+月[ \t\u3000]+日   # 年  月  日
    | ^\s*年\s*月\s*日\s*$                   # a date line with nothing filled in
    | (?<=[(（])[ \t\u3000]+(?=[)）])          # （    ）: an answer's or a field's blank (checked below)
    """,
    re.X,
)


# --- neighbours ---------------------------------------------------------------------------------

def squeeze(text: str) -> str:
    return "".join(text.split())  # str.split and \s agree on what is a blank; 4x faster


def nearest_letter(text: str, index: int, step: int) -> str:
    """The nearest character that is neither space nor punctuation, looking left (-1) or right (+1)."""
    i = index
    while 0 <= i < len(text):
        ch = text[i]
        if not ch.isspace() and (ch.isalnum() or _IDEOGRAPH.match(ch) or ch in "*＊×□〇○☆_＿"):
            return ch
        i += step
    return ""


def is_ideograph(ch: str) -> bool:
    return bool(ch) and bool(_IDEOGRAPH.match(ch)) and ch not in "〇○"


def near_chinese(text: str, start: int, end: int) -> bool:
    return is_ideograph(nearest_letter(text, start - 1, -1)) or is_ideograph(nearest_letter(text, end, 1))


def touches_ideograph(text: str, start: int, end: int) -> bool:
    left = text[start - 1] if start > 0 else ""
    right = text[end] if end < len(text) else ""
    return is_ideograph(left) or is_ideograph(right)


def mask_kind(before: str, after: str) -> str:
    """Guess what a mask stands for from its neighbours (spaces ignored, traditional characters
    read as simplified: ×書記 is ×书记)."""
    following = to_simplified(squeeze(after[:16]))
    preceding = to_simplified(squeeze(before[-16:]))
    if (following[:1] in NUMBER_UNITS or following[:1].isdigit() or following.startswith((".", "．"))
            or following.startswith(NUMBER_WORDS) or preceding.endswith("第")):
        return "number"
    if following[:1] in PLACE_SUFFIXES or following.startswith(PLACE_WORDS):
        return "place"
    if following.startswith(PERSON_WORDS) or preceding.endswith(PERSON_BEFORE):
        return "person"
    return "other"


# --- the detectors ------------------------------------------------------------------------------

def _is_rule_line(text: str) -> bool:
    """A paragraph of nothing but ***, ___ or --- is a separator line, not a mask."""
    body = squeeze(text)
    return len(body) >= 3 and not body.strip("*＊_＿-—=")  # nothing left: made only of those


def _asterisk(text: str) -> Iterable[tuple[int, int, str]]:
    first_letter = len(text) - len(text.lstrip())  # once, not per match: long lines hold many masks
    for m in ASTERISK.finditer(text):
        s, e = m.span()
        left = text[s - 1] if s else ""
        right = text[e] if e < len(text) else ""
        if _ascii_letter(left) or _ascii_letter(right):
            continue  # *emphasis*, a*b: markup or code, not a mask
        if e - s == 1 and _alnum_across_space(text, s - 1, -1) and _alnum_across_space(text, e, 1):
            continue  # 2*3, 2 * 3: multiplication
        if s <= first_letter and (right.isspace() and e - s == 1):
            continue  # "* item": a bullet
        if e - s == 1 and _lone_star_in_english(text, s, e):
            continue
        yield s, e, "asterisk"
    yield from _plate_masks(text, _STAR_RUN, "asterisk")


def _lone_star_in_english(text: str, start: int, end: int) -> bool:
    """A single star set apart by blanks in English text ("there are * * counties"): a Latin word
    the nearest letter past the other stars, no Chinese word on either side. As with spaced
    crosses ("love you x x x"), English prose is not a template's field; "共 * 人" keeps its mask."""
    if (start and not text[start - 1].isspace()) or (end < len(text) and not text[end].isspace()):
        return False
    left = _nearest_beyond(text, start - 1, -1, "*＊")
    right = _nearest_beyond(text, end, 1, "*＊")
    return not (is_ideograph(left) or is_ideograph(right)) and (_ascii_letter(left) or _ascii_letter(right))


def _cross(text: str) -> Iterable[tuple[int, int, str]]:
    runs = [(m.start(), m.end(), m.group()) for m in CROSS.finditer(text)]
    found = list(_cross_runs(text, runs))
    if len(found) < len(runs):
        found = _with_blank_joined_groups(text, runs, found)
    yield from found
    yield from _crosses_in_numbers(text, found)
    yield from _plate_masks(text, _CROSS_RUN, "cross")


# A token of digits and crosses, bounded by no Latin letter or digit: "138XXXX6624",
# "4306XXXXXXXXXXXX28", "XXXX8890"; its groups may be joined by hyphens ("400-XXX-6688",
# "JK-2025-0××" from the 2025 on) and it may end in one capital letter, the check character of a
# credit code or an ID ("9233XXXXXXXXXX017K"). Only tokens are matched (the look-behind lets none
# start inside one; hyphens only join groups), so a 3 MB line is scanned once.
_NUMBER_TOKEN = LazyPattern(r"(?<![A-Za-z0-9])[0-9×xX╳]+(?:-[0-9×xX╳]+)*[A-Z]?(?![A-Za-z0-9])")
_CROSS_RUN = LazyPattern(r"[×xX╳]{2,}")
# Digits and crosses together this long are a phone, an ID, an account or a student number
# with part of it crossed out; shorter ones with digits on one side only ("5xx", "4XX") are
# codes or ranges unless a number's unit follows ("12XX元").
_MASKED_NUMBER_CHARS = 6


# A Chinese licence plate: the province's one-character name, the city's capital letter, an
# optional dot, then five or six letters and digits (some crossed out or starred): "湘AXX327",
# "浙C·XX5X2", "鲁B**961". Glued to the letter, the crosses escape CROSS and the stars look like
# markup; the province's character before the letter is what tells the plate.
# (The capital letter first: a search starting from a literal class skips most of a 3 MB line,
# where a look-behind first is tried at every character.)
_PLATE = LazyPattern(
    r"[A-Z](?<=[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z])"
    r"([·•.．]?[0-9A-Z×*＊]{5,6})(?![A-Za-z0-9×*＊])"
)
_STAR_RUN = LazyPattern(r"[*＊]{2,}")


def _plate_masks(text: str, runs: re.Pattern[str], detector: str) -> Iterable[tuple[int, int, str]]:
    """Runs of two or more crosses (or stars) in a licence plate's number; a single one may be
    the plate's own letter (京AX1234)."""
    for plate in _PLATE.finditer(text):
        for run in runs.finditer(plate.group(1)):
            yield plate.start(1) + run.start(), plate.start(1) + run.end(), detector


def _crosses_in_numbers(text: str, found: list[tuple[int, int, str]] = ()) -> Iterable[tuple[int, int, str]]:
    """Runs of two or more crosses inside a number ("139XXXX0815", "5101XXXXXXXXXXXX36"): the
    digits a filled-in template hides. A single cross is a product (3x3, 1920x1080) or an ID's
    check digit (…002X), never taken; nor is a token after a Latin letter (RTX4090, A4XX).
    A short token is one group of a number printed in groups when a blank alone parts it from a
    group already `found` crossed out ("1XX XXXX XXXX", "62XX XXXX XXXX 1234"): a phone's or a
    card's first digits, the rest of it hidden."""
    starts = {s for s, _, _ in found}
    ends = {e for _, e, _ in found}
    for token in _NUMBER_TOKEN.finditer(text):
        word = token.group()
        if not _CROSS_RUN.search(word) or not any(ch.isdigit() for ch in word):
            continue  # a number (or a range) with no run of crosses, or crosses alone (the runs above judge those)
        s, e = token.span()
        long_enough = (e - s >= _MASKED_NUMBER_CHARS or mask_kind("", text[e:e + 16]) == "number"
                       or _grouped_with_mask(text, s, e, starts, ends))
        for run in _CROSS_RUN.finditer(word):
            # Digits on both sides, across a hyphen too ("400-XXX-6688"); a letter after the run
            # ("5XXL", a size) is no digit.
            inside = _digit_beside(word, run.start() - 1, -1) and _digit_beside(word, run.end(), 1)
            if inside or long_enough:
                yield s + run.start(), s + run.end(), "cross"


_GROUP_BLANKS = " \t\u3000"


def _grouped_with_mask(text: str, start: int, end: int, starts: set[int], ends: set[int]) -> bool:
    """Whether a crossed-out run (one of `starts`..`ends`) stands one or two blanks after `end` or
    before `start`: the groups of one number."""
    for gap in (1, 2):
        blanks_after = text[end:end + gap]
        if len(blanks_after) == gap and not blanks_after.strip(_GROUP_BLANKS) and end + gap in starts:
            return True
        blanks_before = text[max(0, start - gap):start]
        if len(blanks_before) == gap and not blanks_before.strip(_GROUP_BLANKS) and start - gap in ends:
            return True
    return False


def _digit_beside(word: str, index: int, step: int) -> bool:
    """Is the character at index a digit, or the one past it when it is a joining hyphen?"""
    if 0 <= index < len(word) and word[index] == "-":
        index += step
    return 0 <= index < len(word) and word[index].isdigit()


def _cross_runs(text: str, runs: list[tuple[int, int, str]]) -> Iterable[tuple[int, int, str]]:
    kinds = [mask_kind(text[max(0, s - 32) : s], text[e : e + 32]) for s, e, _ in runs]
    # A line of crosses and blanks only ("X X X X", "XXX XXX"): every group is a mask.
    crossed_line = _crossed_out_groups(text, runs)
    # A template line that crosses out its fields ("×年×月×日…系×活动") crosses out every one:
    # a lone × there is a field too, where "长×宽×高" (no field beside it) is a product.
    fields_crossed = any(kind != "other" and "×" in run for (_, _, run), kind in zip(runs, kinds, strict=True))
    spaced = _letter_spaced_crosses(text)
    for (s, e, run), kind in zip(runs, kinds, strict=True):
        crosses = sum(ch in "×xXＸｘ╳" for ch in run)
        after = squeeze(text[e : e + 8])
        if crosses == 1:
            if run in "xXＸｘ" and after.startswith(X_WORDS):
                continue
            if s not in spaced and _arithmetic_operator(text, s, e):
                continue
            if (kind != "other" or _crossed_section_number(text, s) or crossed_line or s in spaced
                    or _bracketed_field(text, s, e)):
                yield s, e, "cross"
            elif run in "×╳" and fields_crossed and touches_ideograph(text, s, e):
                yield s, e, "cross"
            elif run in "×╳" and _names_organisation(text, s, e):
                yield s, e, "cross"
            elif run in "xXＸｘ" and touches_ideograph(text, s, e):
                if not _latin_name_part(text, s, e):
                    yield s, e, "sensitive"  # X建 for 党建: a filtered word, not a blank
            elif run in "xXＸｘ" and _blank_set_field(text, s, e):
                yield s, e, "cross"  # "召开 x 党支部": a field a template set apart by blanks
        elif _JOINED_GROUPS.search(run) and _DATE_BEFORE.search(text, max(0, s - 12), s):
            # "20__-x-x至20__-x-x": a date's month and day crossed out after its year, each
            # group a mask, whatever stands beside it (as "20XX-XX-XX" alone on its line).
            for group in re.finditer(r"[×xXＸｘ╳]+", run):
                yield s + group.start(), s + group.end(), "cross"
        elif kind != "other" or near_chinese(text, s, e) or crossed_line:
            yield s, e, "cross"
        elif _CLOCK_AFTER.match(text, e) or _CLOCK_BEFORE.search(text, max(0, s - 3), s):
            # "上午xx:00---xx:30": a clock time's hour or minutes crossed out, the other part a number.
            yield s, e, "cross"
        elif _JOINED_GROUPS.search(run):
            # A date or a list of numbers crossed out, alone on its line: each group a mask.
            for group in re.finditer(r"[×xXＸｘ╳]+", run):
                yield s + group.start(), s + group.end(), "cross"
        elif _is_crossed_out_line(text, run, crosses) or _masked_value(text, s, crosses):
            # A whole line crossed out (a template's sentence to write, a name under a
            # signature): "××××××××××××。", "XXX". Latin x alone needs three, so that no
            # Roman numeral (XX) nor an "x" of a formula is taken.
            yield s, e, "cross"


_BLANK_CHARS = " \t\u3000"
_NEAR = 64  # how far the blank-field tests look each side of a cross
# A clock time's other part beside a run of crosses: "xx:30", "9:xx" (two or more crosses only:
# one "x" beside a number is a product or a variable).
_CLOCK_AFTER = LazyPattern(r"[:：]\d{2}(?![\dA-Za-z])")
_CLOCK_BEFORE = LazyPattern(r"(?<!\d)\d{1,2}[:：]$")

# Three or more single crosses set apart by blanks: "X X X X（正文 仿宋 三号）", "一、X X X（一级标题）",
# "附件：1.× × × × ×", "联系人：X X X". A Word specimen's filler, or a PDF or slide extraction that
# spaced every character of "×××": each cross is a mask, whatever word stands beside it.
# (After fold_width: full-width Ｘ/ｘ are X/x here.)
_SPACED_CROSSES = LazyPattern(r"(?<![A-Za-z0-9×╳])[×xX╳](?:[ \t\u3000]{1,2}[×xX╳]){2,}(?![A-Za-z0-9×╳])")
_ANSWER_MARKS = LazyPattern("[√✓✔]")


def _letter_spaced_crosses(text: str) -> set[int]:
    """Where the single crosses of letter-spaced runs start ("X X X"), but not in English text
    ("love you x x x", "Type X X X": a Latin word the nearest letter on either side), not lower-case
    x's with no Chinese word beside them (a formula's variables), and not the ×'s of an answer key
    that also ticks (√ × × ×: judged right and wrong, not crossed out)."""
    starts: set[int] = set()
    for m in _SPACED_CROSSES.finditer(text):
        left = _nearest_beyond_crosses(text, m.start() - 1, -1)
        right = _nearest_beyond_crosses(text, m.end(), 1)
        if _ascii_letter(left) or _ascii_letter(right):
            continue
        if "x" in m.group() and not (is_ideograph(left) or is_ideograph(right)):
            continue
        if "×" in m.group() and _ANSWER_MARKS.search(text):
            continue
        starts.update(m.start() + i for i, ch in enumerate(m.group()) if ch in "×xX╳")
    return starts


def _nearest_beyond_crosses(text: str, index: int, step: int) -> str:
    """nearest_letter, looking past further crosses too ("XX X X X": the word beyond the field)."""
    return _nearest_beyond(text, index, step, "×xX╳")


def _nearest_beyond(text: str, index: int, step: int, skipped: str) -> str:
    """nearest_letter, looking past the `skipped` mask characters too."""
    while 0 <= index < len(text):
        ch = text[index]
        if ch not in skipped and nearest_letter(ch, 0, 1):
            return ch
        index += step
    return ""


def _latin_name_part(text: str, start: int, end: int) -> bool:
    """A lone X set apart by a blank from a Latin word or a number on one side and glued to
    Chinese on the other ("iPhone X手机", "Model X车型"): the last word of a product's name."""
    left = text[max(0, start - 8):start]  # windows: a long line holds many runs
    right = text[end:end + 8]
    if left[-1:] in _BLANK_CHARS and left.strip(_BLANK_CHARS):
        ch = left.rstrip(_BLANK_CHARS)[-1]
        return ch.isascii() and ch.isalnum()
    if right[:1] in _BLANK_CHARS and right.strip(_BLANK_CHARS):
        ch = right.lstrip(_BLANK_CHARS)[0]
        return ch.isascii() and ch.isalnum()
    return False


def _blank_set_field(text: str, start: int, end: int) -> bool:
    """A lone x with a blank on each side and Chinese beyond the blanks ("我们召开 x 党支部",
    "x 直机关党委" opening a line): a Word template's field that a PDF extraction set apart by
    blanks. Chinese prose never writes a Latin letter so ("3 x 3" has digits, "X 光" is X光)."""
    # Windows, not the whole rest of the line: a 3 MB line with many " x " fields stays linear.
    after = text[end:end + _NEAR]
    if not after[:1] or after[0] not in _BLANK_CHARS or not is_ideograph(after.lstrip(_BLANK_CHARS)[:1]):
        return False
    before = text[max(0, start - _NEAR):start]
    if not before.strip():
        return start <= _NEAR or not text[:start].strip()  # the line's first word
    return before[-1] in _BLANK_CHARS and is_ideograph(before.rstrip(_BLANK_CHARS)[-1])


# Square brackets around a field to fill in ("[X]万元", "达到【X】", "［X］名"), as template and
# AI-written pages print a figure left open.
FIELD_OPENERS = "[［【"
FIELD_CLOSERS = "]］】"
# Round brackets hold a field only between two Chinese characters (_bracketed_field).
ROUND_OPENERS = "(（"
ROUND_CLOSERS = ")）"
# What a field's brackets stand next to, outside: a Chinese word or a number's sign.
_FIELD_NEIGHBOURS = "%％‰"
# A markdown task list's box ("- [x] 已办", "* [X] done") opens its line after the list marker.
_TASK_BOX = LazyPattern(r"[ \t]*(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+)?$")


def _bracketed_field(text: str, start: int, end: int) -> bool:
    """A lone cross alone inside square brackets glued to Chinese (or a %) outside them: a
    template's field for a figure or a name ("扩大到[X]亩", "[X]同志", "增长[X]%"); not a task
    list's ticked box ("- [x] 已办": a blank after it, the line's first mark). In round brackets
    too when Chinese is glued on both sides ("初二(×)班", "高一（x）班"): a class's number left
    open; a quiz's wrong-answer mark stands after a sentence's end or at the line's end instead."""
    if start >= 1 and text[start - 1] in ROUND_OPENERS and text[end:end + 1] in ROUND_CLOSERS:
        outer_left = text[start - 2] if start >= 2 else ""
        outer_right = text[end + 1:end + 2]
        return is_ideograph(outer_left) and is_ideograph(outer_right) and not _ANSWER_MARKS.search(text)
    if start < 1 or text[start - 1] not in FIELD_OPENERS or text[end:end + 1] not in FIELD_CLOSERS:
        return False
    outer_left = text[start - 2] if start >= 2 else ""
    outer_right = text[end + 1:end + 2]
    if outer_left.isascii() and (outer_left.isalnum() or outer_left == "_"):
        return False  # a[x], f[x]: an index or an argument
    if not (is_ideograph(outer_left) or is_ideograph(outer_right) or outer_right in tuple(_FIELD_NEIGHBOURS)):
        return False
    task_box = (outer_right.isspace() or text[start:end] == "x") and _TASK_BOX.match(text[:start - 1])
    return not task_box


def _arithmetic_operator(text: str, start: int, end: int) -> bool:
    """A lone cross with a blank then a number after it, and a blank, a number or a closing
    bracket before it: an operator ("(实际户数 / 总户数) × 100%", "总数)× 100%", "3 x 3 x 3"; the
    label rules: a lone × between blanks is an operator, one cross between two digits a product).
    (CROSS never takes a cross glued to a digit after it: "3x4", "×100%" are no candidates.)"""
    if not text[end:end + 1].isspace() or not nearest_letter(text, end, 1).isdigit():
        return False
    window = text[max(0, start - _NEAR):start]
    before = window.rstrip(_BLANK_CHARS)
    if not before and (start <= _NEAR or not text[:start].strip(_BLANK_CHARS)):
        return False  # "× 3" opening a line: nothing to operate on
    return len(before) < len(window) or before[-1].isdigit() or before[-1] in ")）]］"


def _names_organisation(text: str, start: int, end: int) -> bool:
    """A lone × right before an organisation's word, with no number or letter on its other side
    ("作用,×党委对…"): the unit's name crossed out."""
    before = nearest_letter(text, start - 1, -1)
    following = to_simplified(squeeze(text[end:end + 8]))
    return (not before or not before.isascii()) and not before.isdigit() and following.startswith(ORGANISATION_WORDS)


# What may part two groups of one list: blanks, or one enumeration comma (、 or a full-width
# comma) with blanks around it. A Latin comma is left out: "XX, XX" may be English or a number.
_LIST_JOINER = LazyPattern(r"\s*(?:[、，]\s*)?")


def _with_blank_joined_groups(text: str, runs: list[tuple[int, int, str]],
                              found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Groups parted by blanks only are one field ("XXX XXX（签字）", "X X同志"): a group beside a
    crossed-out group is crossed out too, however far the Chinese word is. So is a group listed
    after one with an enumeration comma ("成员：×××、×××、×××", "参加人：XXX，XXX"): a template's
    list of names crossed out, whose last name has no Chinese word beside it."""
    masked = {(s, e) for s, e, detector in found if detector == "cross"}
    changed = True
    while changed:
        changed = False
        for i, (s, e, _) in enumerate(runs):
            if (s, e) in masked:
                continue
            neighbours = [runs[j] for j in (i - 1, i + 1) if 0 <= j < len(runs)]
            if any((ns, ne) in masked and _LIST_JOINER.fullmatch(text[min(e, ne):max(s, ns)])
                   for ns, ne, _ in neighbours):
                masked.add((s, e))
                changed = True
    taken = {(s, e) for s, e, _ in found}
    return sorted([*found, *((s, e, "cross") for s, e, _ in runs if (s, e) in masked and (s, e) not in taken)])


# A section number crossed out at the head of a line: "×、加强领导", "X、加强领导", "（×）完善制度",
# "X）…", "1.X 总体要求". An ideograph must follow: "X、Y两个变量" is no section.
_CROSSED_SECTION = LazyPattern(
    r"\s*(?:[（(][×xXＸ╳][)）]|[×xXＸｘ╳][、.．)）]|(?:\d{1,2}[.．])+[×xXＸ╳](?:[.．][\dxX×]{1,2})*)\s*[\u4e00-\u9fff]")


def _crossed_section_number(text: str, start: int) -> bool:
    match = _CROSSED_SECTION.match(text)
    return match is not None and start < match.end()


def _is_crossed_out_line(text: str, run: str, crosses: int) -> bool:
    squeezed = squeeze(text)
    line = squeezed.rstrip("。.，,；;：:！!？?")
    # Two Latin X closed by a full-width colon or comma are a name greeted ("XX：", "XX，"),
    # never a Roman numeral.
    greeted = crosses == 2 and squeezed.endswith(("：", "，"))
    return line == squeeze(run) and (crosses >= 3 or greeted or (any(ch in "×╳" for ch in run) and len(line) >= 2))


def _crossed_out_groups(text: str, runs: list[tuple[int, int, str]]) -> bool:
    """Several groups of crosses and nothing else on the line but blanks and punctuation, three
    crosses or more in all ("X X X", "××× ×××"); "× ×" alone may be a decoration."""
    if len(runs) < 2:
        return False
    line = squeeze(text).rstrip("。.，,；;：:！!？?")
    crosses = "".join(run for _, _, run in runs)
    return len(crosses) >= 3 and line == crosses


def _masked_value(text: str, start: int, crosses: int) -> bool:
    """A field's value crossed out with no Chinese word beside it: "QQ:XXXXXXXXX", "No.XXXXX"
    (four crosses or more: no Roman numeral is written so), or two or more after a label's colon."""
    if crosses >= 4:
        return True
    before = text[max(0, start - 8) : start].rstrip()  # a window: long lines hold many runs
    return crosses >= 2 and before.endswith((":", "："))


def _year(text: str) -> Iterable[tuple[int, int, str]]:
    for m in YEAR.finditer(text):
        yield m.start(), m.end(), "year"


def _blank(text: str) -> Iterable[tuple[int, int, str]]:
    for m in BLANK.finditer(text):
        s, e = m.span()
        left = text[s - 1] if s else ""
        right = text[e] if e < len(text) else ""
        if m.group()[0] in "〇○" and ((left and left in _CN_NUMERALS) or (right and right in _CN_NUMERALS)):
            continue  # 二〇二三年, 一八四○年: a zero
        if m.group() == "□" and _ascii_letter(nearest_letter(text, e, 1)):
            continue  # "在□Android □iOS 上": a checkbox before a Latin option, not a blank to fill
        if touches_ideograph(text, s, e) or left.isdigit() or right.isdigit() or m.group().startswith("□□"):
            yield s, e, "blank"
        # otherwise an end-of-article mark (…遥远。□) or a bullet (□ 本报记者); a run of
        # boxes is a blank wherever it stands (签发人：□□□)


def _bracket(text: str) -> Iterable[tuple[int, int, str]]:
    for m in BRACKET.finditer(text):
        s, e = m.span()
        before_cjk = s > 0 and is_ideograph(text[s - 1])
        number_after = re.match(r"\s*[\d*＊xX×]*\s*号", text[e:]) is not None
        if before_cjk or number_after:
            yield s, e, "bracket"


_DATE_UNITS = "年月日号届期"
_YEAR_HEAD = LazyPattern(r"(?<![0-9])(?:19|20)$")


def _date_blank(text: str, start: int, end: int) -> bool:
    """One underscore for a year's, a month's or a number's figures ("20_年", "第_号"), even in a
    file's name ("20_年工作总结.docx"); after the figures of a date ("0105_月度纪要") it joins words."""
    if _YEAR_HEAD.search(text, max(0, start - 3), start):
        return True
    return text[end:end + 1] in _DATE_UNITS and not text[start - 1:start].isdigit()
# The rest of a file's name after one underscore, to its extension: "例会纪要.docx", "表2.pdf".
# No blank, no sentence punctuation and no run of underscores inside ("____.docx" is a blank);
# single ones join its further words ("青禾社区_张三_工作总结.docx").
_FILE_NAME_REST = LazyPattern(
    r"(?:[^\s_＿，。；：、！？,;:!?()（）<>《》\[\]【】\"“”]|_(?![_＿]|\.)){1,60}"
    r"\.(?:docx?|xlsx?|pptx?|pdf|wps|et|txt|zip|rar|7z|jpe?g|png)(?![A-Za-z0-9])", re.I)


def _underscore(text: str, cell: bool = False) -> Iterable[tuple[int, int, str]]:
    if _is_rule_line(text) and not cell:
        return
    for m in UNDERSCORE.finditer(text):
        s, e = m.span()
        left = text[s - 1] if s else ""
        right = text[e] if e < len(text) else ""
        if _ascii_letter(left) or _ascii_letter(right):
            continue  # snake_case, __init__
        if e - s == 1 and not _date_blank(text, s, e) and _FILE_NAME_REST.match(text, e):
            continue  # 0901_例会纪要.docx: a file's name, its words joined by an underscore
        if e - s >= 2 or touches_ideograph(text, s, e):
            yield s, e, "underscore"


def _template(text: str) -> Iterable[tuple[int, int, str]]:
    for m in TEMPLATE.finditer(text):
        yield m.start(), m.end(), "template"


def _star(text: str) -> Iterable[tuple[int, int, str]]:
    for m in STAR.finditer(text):
        if touches_ideograph(text, *m.span()):
            yield m.start(), m.end(), "star"


def _sensitive(text: str) -> Iterable[tuple[int, int, str]]:
    for m in LETTER_STAR.finditer(text):
        if m.group() in LETTER_STAR_WORDS or m.group()[0] + "*" in LETTER_STAR_WORDS:
            continue
        if near_chinese(text, *m.span()):
            yield m.start(), m.end(), "sensitive"


def _gap(text: str) -> Iterable[tuple[int, int, str]]:
    for m in GAP.finditer(text):
        s, e = m.span()
        if s and text[s - 1] in "(（" and not _paren_blank(text, s - 1, e + 1):
            continue
        yield s, e, "gap"


def _paren_blank(text: str, start: int, end: int) -> bool:
    """Parentheses holding only blanks beside Chinese ("是（    ）。", "( )5.下列…", "一项是( )(2分)"):
    the blank a test paper or a form leaves for the answer, kept as wide as it is (typography
    would close it up); "f( )" (a call: a Latin name glued before it) or "( )" in English text is
    no blank to fill."""
    before = text[start - 1] if start else ""
    if before.isascii() and (before.isalnum() or before == "_"):
        return False
    return near_chinese(text, start, end)


_FINDERS = {
    "asterisk": _asterisk, "cross": _cross, "year": _year, "blank": _blank, "bracket": _bracket,
    "underscore": _underscore, "template": _template, "star": _star, "sensitive": _sensitive, "gap": _gap,
}
# The pattern each detector's matches come from: a text holding none of the pattern's
# required literals (passes/literals.py) cannot hold that detector's mask, so its finder is
# not run. Most lines of a report, and most cells of a big table, skip most detectors.
_PATTERNS = {
    "asterisk": ASTERISK, "cross": CROSS, "year": YEAR, "blank": BLANK, "bracket": BRACKET,
    "underscore": UNDERSCORE, "template": TEMPLATE, "star": STAR, "sensitive": LETTER_STAR, "gap": GAP,
}


@functools.cache
def detector_literals(name: str) -> tuple[str, ...] | None:
    pattern = _PATTERNS.get(name)
    return None if pattern is None else required_literals(pattern.pattern, pattern.flags)


@functools.cache
def _detector_prefilter(name: str):
    """literal_test of the detector's literals; where the text a match takes needs other ones
    (YEAR only looks around for "年" and "20", and takes the "×"), a text must pass both."""
    test = literal_test(detector_literals(name))
    pattern = _PATTERNS.get(name)
    taken = None if pattern is None else required_literals(pattern.pattern, pattern.flags, consumed=True)
    if taken is None or taken == detector_literals(name):
        return test
    taken_test = literal_test(taken)
    if test is None:
        return taken_test
    return lambda text: taken_test(text) and test(text)


@functools.lru_cache(maxsize=64)
def _any_detector_literal(detectors: tuple[str, ...]):
    """A search for any literal of any of the detectors: a text without one fails every
    detector's test (a detector that also needs a consumed literal needs its own first).
    None when a detector has no literals (it may match anything)."""
    literals: set[str] = set()
    for name in detectors:
        own = detector_literals(name)
        if not own:  # None, or () whose test passes every text
            return None
        literals.update(own)
    return literal_test(tuple(sorted(literals)))


def could_hold_mask(text: str, detectors: Iterable[str] = DEFAULT_DETECTORS) -> bool:
    """False only when no enabled detector's pattern can match anywhere in `text`."""
    screen = _any_detector_literal(tuple(detectors))
    if screen is not None and screen(text) is None:
        return False  # one search says what the tests below would each say (most table cells)
    for name in detectors:
        prefilter = _detector_prefilter(name)
        if prefilter is None or prefilter(text) is not None:
            return True
    return False


def _ascii_letter(ch: str) -> bool:
    return bool(ch) and ch.isascii() and ch.isalpha()


def _alnum_across_space(text: str, index: int, step: int) -> bool:
    while 0 <= index < len(text) and text[index] == " ":
        index += step
    return 0 <= index < len(text) and text[index].isascii() and text[index].isalnum()


def find_masks(text: str, detectors: Iterable[str] = DEFAULT_DETECTORS, *, cell: bool = False) -> list[Mask]:
    """Every mask in `text`, left to right, none overlapping (_find_masks); a line's answer is
    kept (a pure function of its arguments): the boilerplate pass asks about the same short
    lines in each scan and round, and typography about the same lines again (110 asks for ~60
    texts on the seed, ~300,000 instructions each)."""
    detectors = detectors if type(detectors) is tuple else tuple(detectors)
    if len(text) > MAX_KNOWN_CHARS:
        return _find_masks(text, detectors, cell=cell)
    key = (text, detectors, cell)
    known = _KNOWN.get(key)
    if known is None:
        if len(_KNOWN) >= MAX_KNOWN:
            _KNOWN.clear()
        known = _KNOWN[key] = tuple(_find_masks(text, detectors, cell=cell))
    return list(known)


# (text, detectors, cell) -> its masks (Mask is frozen); bounded, cleared when full, and only
# for texts of a line's length (a 3 MB line is not kept alive by it).
_KNOWN: dict[tuple[str, tuple[str, ...], bool], tuple[Mask, ...]] = {}
MAX_KNOWN = 4096
MAX_KNOWN_CHARS = 2000


def _find_masks(text: str, detectors: tuple[str, ...], *, cell: bool = False) -> list[Mask]:
    """Every mask in `text`, left to right, none overlapping.

    Candidates from all enabled detectors compete: the earliest start wins, then the longest,
    then the detector listed first in DETECTORS ("d*" is a sensitive word before it is a star).
    `cell`: the text is a table cell's, where `***` alone is a masked value (a table never
    holds a separator line), not the rule line it would be as a paragraph of its own.
    """
    # "ｘｘ镇", "２０ｘｘ年": full-width letters and digits read as ASCII ones; the fold keeps
    # every offset, so each mask is the document's own characters (width.py).
    text = fold_width(text, points=True)
    enabled, plan = _plan(detectors, _is_rule_line(text) and not cell)
    candidates = []
    for rank, name, prefilter, finder in plan:
        if prefilter is not None and prefilter(text) is None:
            continue
        found = _underscore(text, cell) if name == "underscore" else finder(text)
        for start, end, detector in found:
            if detector in enabled:
                candidates.append((start, -(end - start), rank, end, detector))
    candidates.sort()
    masks: list[Mask] = []
    cursor = 0
    for start, _neg_len, _rank, end, detector in candidates:
        if start < cursor:
            continue
        masks.append(Mask(start, end, detector, kind_of(detector, text, start, end)))
        cursor = end
    return masks


@functools.lru_cache(maxsize=64)
def _plan(detectors: tuple[str, ...], rule_line: bool) -> tuple[frozenset[str], tuple[tuple, ...]]:
    """The enabled detectors (in DETECTORS' order; a rule line leaves only gaps), and for each
    its rank, name, literal test and finder: worked out once per set of detectors, not per text
    (a typical page asks for the same set a hundred times)."""
    wanted = set(detectors)
    enabled = [d for d in DETECTORS if d in wanted]
    if rule_line:
        enabled = [d for d in enabled if d in ("gap",)]
    return frozenset(enabled), tuple((rank, name, _detector_prefilter(name), _FINDERS[name])
                                     for rank, name in enumerate(enabled))


def kind_of(detector: str, text: str, start: int, end: int) -> str:
    if detector == "gap":
        return "gap"
    if detector == "sensitive":
        return "other"
    if detector in ("year", "bracket"):
        return "number"
    if detector == "template":
        return "template"
    if text[end : end + 1] in ".．" and _ascii_letter(text[end + 1 : end + 2]):
        # www.xx.com, xx@xx.cn: the dot of a web address, not a decimal point, so the mask hides
        # a name. Reported kind only: the cross detector still reads such a dot as a number's
        # (mask_kind), which is what keeps a crossed-out domain a mask at all.
        return "other"
    if start and text[start - 1] in FIELD_OPENERS and text[end:end + 1] in FIELD_CLOSERS:
        start, end = start - 1, end + 1  # "[X]亩": what the field is for stands outside its brackets
    # mask_kind looks 16 characters each way; slicing the whole text per mask is quadratic.
    return mask_kind(text[max(0, start - 32) : start], text[end : end + 32])
