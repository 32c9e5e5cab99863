"""Typography pass: CJK punctuation and spacing fixes, hard-wrapped lines joined.

1. Hard wraps: consecutive paragraphs of one wrapped paragraph are joined (our text reader
   makes one paragraph per line), and a SoftBreak between two Chinese characters is dropped
   (pandoc's east_asian_line_breaks behaviour).
2. Half-width , : ; ? ! between Chinese characters become ，：；？！, and a sentence-final
   "." right after a Chinese character becomes "。"; ( ) around or beside
   Chinese become （ ）; straight quote pairs around Chinese become “ ” and ‘ ’.
3. Spaces between two Chinese characters, or beside full-width punctuation, are removed.

In a document written by hand only step 1's line breaks go: its punctuation and spaces are
the author's (a Word 公文 lays out fields with spaces, a style guide quotes wrong examples).

Masks (found with the same detectors as the masks pass), URLs, e-mail addresses and code
are never touched; numbers (1,000  19:55:05  3.5) and Latin text keep their ASCII marks.
Every change is one character for one, or a removed space, so no Chinese character is ever
added or removed, and running the pass twice changes nothing the second time.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

import panflute as pf

from ..state import get_state
from .elements import WideSpace, block_text, containers_first, no_action, run_pass, stringify
from .headings.lookalikes import ends_in_leader_page
from .headings.numbering import parse_marker
from .masks.find import DEFAULT_DETECTORS, find_masks, is_ideograph
from .patterns import SENTENCE_MARK
from .regex_cache import LazyPattern

HALF_TO_FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！"}
# Full-width punctuation carries its own spacing: a space beside it is always stray.
FULL_PUNCT = set("，。、；：？！（）《》〈〉【】「」『』…·")
CLOSERS = set("”’）》〉】」』")
OPENERS = set("“‘（《〈【「『")
SPACES = " \t\n\u00a0"
# Every character typeset() may change or remove: half-width punctuation, quotes, blanks.
_TOUCHABLE = re.compile("[" + re.escape("".join(HALF_TO_FULL) + "()\"'." + SPACES) + "]")
_HALF_WIDTH = re.compile("[" + re.escape("".join(HALF_TO_FULL) + ".") + "]")
_PAREN = re.compile(r"[()]")
_BLANK_RUN = re.compile("[" + re.escape(SPACES) + "]+")
TERMINAL = tuple("。！？；：…”’）」』!?;:")

URL_OR_EMAIL = re.compile(
    r"""
    (?:https?|ftp)://[A-Za-z0-9._~:/?#\[\]@!$&'()*+,;=%-]+   # a URL: ASCII characters only
    | www\.[A-Za-z0-9._~:/?#\[\]@!$&'()*+,;=%-]+
    | [A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}          # an e-mail address
    """,
    re.X,
)

# A line that starts a new paragraph or heading, never the tail of a wrapped one.
NEW_BLOCK = LazyPattern(
    r"""
    ^\s*(?:
      [一二三四五六七八九十]{1,3}\s*[、.．]      # 一、
    | [（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]  # （一） (1)
    | \d{1,2}\s*[.、．]\s*\D                     # 1. 1、
    | 第[一二三四五六七八九十百零〇\d]+[编章节条編節條]   # 第三章 第十条 (第十條)
    | [一二三四五六七八九十]是                    # 一是…二是…: report enumerations
    | [●•■◆▲★□○〇☆※·-]                          # bullets
    )
    """,
    re.X,
)


# A line opening on a sample's marker ("篇1：某某小学工作总结", "【范文二】…", "范例3：") is the
# sample's heading: it ends there, whatever its width (a short page's lines may all end at one
# width by chance, the marker's line among them).
SAMPLE_OPENING = LazyPattern(
    r"^\s*[【\[]?\s*(?:篇|范文|範文|范例|範例)\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[:：】\]]")


def prepare(doc: pf.Doc) -> None:
    get_state(doc)


action = no_action  # all the work is in prepare/finalize: no walk (elements.run_pass)


def finalize(doc: pf.Doc) -> None:
    state = get_state(doc)
    if not state.options.typography.enabled:
        return
    if state.authored:
        doc.content.walk(drop_east_asian_breaks)
        return
    detectors = state.options.masks.detect
    # Hard-wrapped lines were joined earlier, by the linebreaks pass (before headings).
    for block in doc.content:
        # Walk's order, without walk rebuilding every list; the leaves hold no inline list.
        for elem in containers_first(block):
            fix_inline_lists(elem, detectors)


def main(doc: pf.Doc | None = None) -> pf.Doc | None:
    return run_pass(action, prepare, finalize, doc)


# The space between a section label and its title ("第一章 总则", "第十条 为了…") is the
# conventional separator, not a stray space. (So is it after a traditional page's "第一條 租賃標的".)
SECTION_LABEL_SPACE = re.compile(
    r"^\s*\d{0,2}第[〇零一二三四五六七八九十百千两\d]+(?:分[编編]|[编編]|章|[节節]|[条條]|部[分份])(?:之[一二三四五六七八九十]+)?(\s+)"
)

# "时间：6月3日 地点：会议室 主持人：马总": the blank before a field's label, on a line that has
# opened with a field, parts two fields (a record's head, a form's row); without it the value
# runs into the next label ("会议室主持人：").
_FIELD_GAP = LazyPattern(r"(?<=[^\s:：])([ \t\u00a0]+)(?=[\u4e00-\u9fff]{2,6}[:：])")
# "副组长：陈副校长 黄副校长": in a field's value, a blank between two words of two or more
# characters parts two values (two names, two units).
_VALUE_GAP = LazyPattern(r"(?<=[\u4e00-\u9fff]{2})[ \t\u00a0]+(?=[\u4e00-\u9fff]{2})")
_OPENS_WITH_FIELD = re.compile(r"^\s*[\u4e00-\u9fff]{2,6}[:：]")
# "张三 李四 王五 赵六", "办公室 财务科 人事科": a line of three or more names, each two to five
# characters, set apart by blanks and nothing else (a 公示's list, a roster): the blanks part
# the names. (A letter-spaced title, "会 议 纪 要", has one character a piece.)
_INNER_BLANKS = LazyPattern(r"(?<=\S)[ \t\u00a0]+(?=\S)")
_NAME_ROW = re.compile(r"^\s*(?:[\u4e00-\u9fff]{2,5}(?:[ \t\u00a0]+[\u4e00-\u9fff]{2,5}){2,}"
                       # "3 张建国 第一党支部": a table's row under its 序号, the number first
                       r"|\d{1,3}[.、．]?(?:[ \t\u00a0]+[\u4e00-\u9fff]{2,8}){2,})\s*$")


# --- text --------------------------------------------------------------------------------------

# "张三 男 1990.05 本科 办公室": a table's row printed as text (a 公示's 姓名 性别 学历 单位), each
# cell one short word or number, no sentence mark; two cells at least are words of two or more
# characters (a letter-spaced title, "会 议 纪 要", has none).
_CELL = LazyPattern(r"[\u4e00-\u9fff]{1,8}|[\d.\-/年月日]{1,10}")
_CELL_CJK = LazyPattern(r"[\u4e00-\u9fff]+")
_WORD_CELL = re.compile(r"[\u4e00-\u9fff]{2,8}")


def _table_row(text: str) -> bool:
    cells = text.split()
    if not (4 <= len(cells) <= 12 and all(_CELL.fullmatch(c) for c in cells)):
        return False
    words = sum(1 for c in cells if _WORD_CELL.fullmatch(c))
    # (most word cells are words: "一 是 加强 学习" is a sentence spaced out, no row)
    return words >= 2 and 2 * words > sum(1 for c in cells if _CELL_CJK.fullmatch(c))


def protected_positions(text: str, detectors: Iterable[str], masks: list | None = None) -> list[bool]:
    """Characters typography must not touch: masks (a gap with its surrounding spaces), URLs."""
    protected = [False] * len(text)
    if masks is None:
        masks = find_masks(text, detectors)
    spans = [(m.start, m.end, m.detector) for m in masks]
    spans += [(m.start(), m.end(), "url") for m in URL_OR_EMAIL.finditer(text)]
    label = SECTION_LABEL_SPACE.match(text)
    if label:
        spans.append((label.start(1), label.end(1), "label"))
    if _NAME_ROW.match(text) or _table_row(text):
        spans += [(m.start(), m.end(), "names") for m in _INNER_BLANKS.finditer(text)]
    elif field := _OPENS_WITH_FIELD.match(text):
        spans += [(m.start(1), m.end(1), "field") for m in _FIELD_GAP.finditer(text)]
        spans += [(m.start(), m.end(), "values") for m in _VALUE_GAP.finditer(text, field.end())]
    for start, end, detector in spans:
        if detector == "gap":
            # The spaces around a gap decide whether it is one (二 年 月 日 vs 二年 月 日).
            while start > 0 and text[start - 1] in SPACES:
                start -= 1
            while end < len(text) and text[end] in SPACES:
                end += 1
        protected[start:end] = [True] * (end - start)
    return protected


def typeset(text: str, detectors: Iterable[str] = ()) -> str:
    """Fix punctuation, quotes and spaces in one run of text (see the module docstring)."""
    return typeset_mapped(text, detectors)[0]


def typeset_mapped(text: str, detectors: Iterable[str] = (), keep: Iterable[tuple[int, int]] = ()
                   ) -> tuple[str, list[int]]:
    """typeset(), plus for each output character the index of the input character it came
    from (every change is one character for one, or a removed space). Characters in the
    `keep` ranges (already-marked spans) are left exactly as they are."""
    if not _TOUCHABLE.search(text):
        return text, list(range(len(text)))  # nothing typography could change
    detectors = tuple(detectors) or DEFAULT_DETECTORS
    masks = find_masks(text, detectors)  # once: detection is the costly part
    protected = protected_positions(text, detectors, masks)
    for start, end in keep:
        protected[start:end] = [True] * (end - start)
    mask_edges = _mask_edges(masks)
    chars = list(text)

    def chinese_left(i: int) -> bool:
        j = i - 1
        while j >= 0 and chars[j] in SPACES:
            j -= 1
        return j >= 0 and (is_ideograph(chars[j]) or chars[j] in CLOSERS or chars[j] in FULL_PUNCT
                           or j + 1 in mask_edges["end"])

    def chinese_right(i: int) -> bool:
        j = i + 1
        while j < len(chars) and chars[j] in SPACES:
            j += 1
        if j >= len(chars):
            return chars[i] in "?!;"  # a sentence may end there; a trailing , or : is left alone
        return is_ideograph(chars[j]) or chars[j] in OPENERS or j in mask_edges["start"]

    # Brackets and quotes first: a converted ） or ” then counts as Chinese for the comma after it.
    _convert_parens(chars, protected)
    _convert_quotes(chars, protected, '"', "“", "”")
    _convert_quotes(chars, protected, "'", "‘", "’")
    # Only the marks themselves are visited (a Python loop over every character was a fifth
    # of the pass): what the loop writes is full-width, never another mark, so the positions
    # found once are the ones a scan of every character would stop at, in the same order.
    for found in _HALF_WIDTH.finditer("".join(chars)):
        i = found.start()
        ch = chars[i]
        if ch in HALF_TO_FULL and not protected[i] and (
                (chinese_left(i) and chinese_right(i)) or _clause_mark_by_number(chars, i)):
            chars[i] = HALF_TO_FULL[ch]
        elif ch == "." and not protected[i] and _ends_chinese_sentence(chars, i):
            chars[i] = "。"
    return _remove_stray_spaces(chars, protected)


_CN_NUMERALS = set("〇零一二三四五六七八九十百千万两")
_NUMBER_END = set("0123456789%‰")


def _clause_mark_by_number(chars: list[str], i: int) -> bool:
    """A , or ; between a number and Chinese ("建立台账,2023年完成", "增长15%,全年") parts two
    clauses: a thousands separator or a list of numbers has digits on both sides (1,000;
    第1,2条), so Chinese on one side settles it. A : is left alone: a field's colon before a
    number ("发布时间:2023-03-03 19:55:05") is read as part of the field's value.
    """
    if chars[i] not in ",;":
        return False
    j = i - 1
    while j >= 0 and chars[j] in SPACES:
        j -= 1
    left = chars[j] if j >= 0 else ""
    k = i + 1
    while k < len(chars) and chars[k] in SPACES:
        k += 1
    right = chars[k] if k < len(chars) else ""
    if is_ideograph(left):
        return right.isascii() and right.isdigit()
    if left not in _NUMBER_END or not is_ideograph(right):
        return False
    # The number must follow Chinese: "3,倡议书的种类" opening a line is a list's marker,
    # written as its author wrote it (the headings pass reads such sloppy marks).
    while j >= 0 and (chars[j] in _NUMBER_END or chars[j] in ".*×"):  # 3.5, a masked **%
        j -= 1
    return j >= 0 and is_ideograph(chars[j])


def _ends_chinese_sentence(chars: list[str], i: int) -> bool:
    """A "." right after a Chinese character that ends the sentence ("效果很好."): what
    follows is the end of the text, a space, Chinese or a closing quote. Numbers (3.5),
    abbreviations and English sentences (a Latin letter before it), ellipses ("..."),
    and file names or domains ("报告.docx": a Latin letter after it) keep their ".".
    """
    if i == 0 or not is_ideograph(chars[i - 1]) or chars[i - 1] in _CN_NUMERALS:
        return False  # "三. 加强管理": a section number, not a sentence
    following = chars[i + 1] if i + 1 < len(chars) else ""
    return following == "" or following in SPACES or is_ideograph(following) or following in CLOSERS \
        or following in "\"'"


def _mask_edges(masks: list) -> dict[str, set[int]]:
    masks = [m for m in masks if m.detector != "gap"]
    return {"start": {m.start for m in masks}, "end": {m.end for m in masks}}


def _convert_parens(chars: list[str], protected: list[bool]) -> None:
    """( ) pairs become （ ） when they hold Chinese or stand beside it: 区(县), (一)加强."""
    if ")" not in chars:
        return  # the list scan is C; the loop below is Python
    stack: list[int] = []
    for found in _PAREN.finditer("".join(chars)):  # the brackets only, left to right
        i, ch = found.start(), found.group()
        if protected[i]:
            continue
        if ch == "(":
            stack.append(i)
        elif ch == ")" and stack:
            j = stack.pop()
            inner = chars[j + 1 : i]
            beside = (j > 0 and is_ideograph(chars[j - 1])) or (i + 1 < len(chars) and is_ideograph(chars[i + 1]))
            if any(is_ideograph(c) for c in inner) or beside:
                chars[j], chars[i] = "（", "）"


def _convert_quotes(chars: list[str], protected: list[bool], straight: str, opening: str, closing: str) -> None:
    """Pair straight quotes left to right; a pair around Chinese text becomes curly."""
    if straight not in chars:
        return
    positions = [
        i for i, ch in enumerate(chars)
        if ch == straight and not protected[i]
        and not (straight == "'" and 0 < i < len(chars) - 1 and chars[i - 1].isascii()
                 and chars[i - 1].isalpha() and chars[i + 1].isascii() and chars[i + 1].isalpha())
    ]
    for open_at, close_at in zip(positions[::2], positions[1::2], strict=False):
        if any(is_ideograph(c) for c in chars[open_at + 1 : close_at]):
            chars[open_at], chars[close_at] = opening, closing


def is_chinese(ch: str) -> bool:
    return is_ideograph(ch) or ch in FULL_PUNCT or ch in CLOSERS or ch in OPENERS


# A row of fields ("甲方（盖章）：    乙方（盖章）：", "代表人：    代表人："): the blank before the
# next field's label parts two fields, as a column would; without it they read as one. A form
# spaces a label's characters apart ("学    历：本科    专    业：会计学"): those blanks still go.
_NEXT_FIELD = LazyPattern(r"[\u3400-\u9fff（）()][\u3400-\u9fff（）() ]{0,12}?[:：]")


def _ends_a_field(text: str, i: int) -> bool:
    """The blank at `i` follows a field's value of two characters or more, or its bare colon,
    not one character of a label spaced apart ("专    业：")."""
    return text[i - 1] in "：:" or (i >= 2 and text[i - 2] not in SPACES)


def _padded_word(text: str, start: int, end: int) -> bool:
    """The blanks at text[start:end] pad a two-character word out to a column's width, one
    character each side ("学    历：", "姓名：张  三"): the word, not two columns."""
    def alone(at: int, step: int) -> bool:
        beside = at + step
        return 0 <= at < len(text) and is_chinese(text[at]) and (
            not 0 <= beside < len(text) or text[beside] in SPACES or text[beside] in "：:")
    return alone(start - 1, -1) and alone(end, 1)


def _remove_stray_spaces(chars: list[str], protected: list[bool]) -> tuple[str, list[int]]:
    if not any(space in chars for space in SPACES):
        return "".join(chars), list(range(len(chars)))  # most lines of Chinese text: no blank at all
    text = "".join(chars)
    size = len(text)
    out: list[str] = []
    kept: list[int] = []
    last = 0  # text[last:] is not yet copied
    # Each run of blanks, split where a protected blank sits: the text between is copied in
    # one piece (a Python step per character was most of this function's cost).
    colons = [at for at in (text.find("："), text.find(":")) if at >= 0]
    first_colon = min(colons) if colons else size
    # In a row of a form or a résumé (no sentence in it) a gap of two blanks or more, or a tab,
    # parts its columns (elements.WideSpace): "2015.07-2020.06   某某公司   会计". In prose the
    # same gap is where a flattened page's paragraphs or run-in headings were joined, and the
    # passes after this one split it there as they split a single blank.
    row = not SENTENCE_MARK.search(text)
    for run in _BLANK_RUN.finditer(text):
        i, end = run.span()
        padded = _padded_word(text, run.start(), end)
        if row and (end - i >= 2 or "\t" in run.group()) and not padded:
            continue
        while i < end:
            if protected[i]:
                i += 1
                continue
            j = i
            while j < end and not protected[j]:
                j += 1
            left = text[i - 1] if i > 0 else ""
            right = text[j] if j < size else ""
            stray = left and right and (
                (is_chinese(left) and is_chinese(right)) or left in FULL_PUNCT or right in FULL_PUNCT
            ) and (padded or not (first_colon < i and _ends_a_field(text, i) and _NEXT_FIELD.match(text, j)))
            if stray:
                out.append(text[last:i])
                kept.extend(range(last, i))
                last = j
            i = j
    out.append(text[last:])
    kept.extend(range(last, size))
    return "".join(out), kept


# --- the AST -----------------------------------------------------------------------------------

# A hand-written paragraph's line shorter than this is the author's line, not a wrap: nobody
# wraps Chinese at fewer characters (wrap_width counts only lines this long as wrap lines).
AUTHORS_LINE_MAX = 15


def drop_east_asian_breaks(elem: pf.Element, _doc: pf.Doc | None = None) -> None:
    """A line break inside a paragraph between two Chinese characters is the source's line
    wrap, not a space (pandoc's east_asian_line_breaks): every writer would print a space.

    Unless the break is the author's, where a note or a 公文 in markdown puts one thing a line
    (joined, the lines run into each other: "来源：某某晚报发布时间：…"): the next line opens
    with a field's label or a new item's number ("发布时间：", "二、", "（一）"), or the line it
    ends is too short to be a wrap (a poem's line, a 版头 of two lines, names one a line).
    Kept, the break is what pandoc gives without the filter. A line is measured from the last
    break kept, as it stands after the pass: a second run decides the same."""
    content = getattr(elem, "content", None)
    if not isinstance(content, pf.ListContainer) or not any(isinstance(i, pf.SoftBreak) for i in content.list):
        return None
    items = list(content.list)
    texts = [i.text if isinstance(i, pf.Str) else pf.stringify(i) for i in items]
    kept: list[pf.Inline] = []
    line = 0  # characters since the last break kept
    for index, item in enumerate(items):
        if not isinstance(item, pf.SoftBreak):
            kept.append(item)
            line = 0 if isinstance(item, pf.LineBreak) else line + len(texts[index])
            continue
        before, after = items[index - 1] if index else None, items[index + 1] if index + 1 < len(items) else None
        if (isinstance(before, pf.Str) and isinstance(after, pf.Str) and before.text and after.text
                and is_chinese(before.text[-1]) and is_chinese(after.text[0])
                and line > AUTHORS_LINE_MAX and not _opens_authors_line(items, texts, index + 1)):
            continue  # a wrap: dropped
        kept.append(item)
        line = 0
    if len(kept) != len(items):
        content[:] = kept
    return None


def _opens_authors_line(items: list[pf.Inline], texts: list[str], start: int) -> bool:
    """Whether the line from `start` opens with a field's label or an item's number."""
    opening = ""
    for index in range(start, len(items)):  # no slice: a copy per break would be quadratic
        if isinstance(items[index], (pf.SoftBreak, pf.LineBreak)) or len(opening) > 16:
            break
        opening += texts[index]
    return bool(_OPENS_WITH_FIELD.match(opening) or NEW_BLOCK.match(opening))


def fix_inline_lists(elem: pf.Element, detectors: Iterable[str]) -> None:
    """Typeset every run of Str/Space/SoftBreak in an inline list; other inlines split runs.

    A marked mask (a span from an earlier run of the masks pass) stays inside the run as
    untouchable text, so a second run sees the same text as the first: idempotence.
    """
    content = getattr(elem, "content", None)
    # The container's own list: indexing the ListContainer re-attaches each item it returns.
    if not isinstance(content, pf.ListContainer) or not content.list or not isinstance(content.list[0], pf.Inline):
        return
    if isinstance(elem, (pf.Code, pf.CodeBlock, pf.RawInline, pf.Math)):
        return
    items = list(content.list)
    if all(type(item) is pf.Str for item in items) and not _TOUCHABLE.search("".join([i.text for i in items])):
        return  # words alone, nothing typeset could change (most table cells): one run, unchanged
    result: list[pf.Inline] = []
    run: list[pf.Inline] = []
    changed = False

    def flush() -> None:
        nonlocal changed
        if not run:
            return
        texts = [_inline_char(item) for item in run]
        text = "".join(texts)
        if not _TOUCHABLE.search(text):
            result.extend(run)  # typeset_mapped would change nothing (most table cells)
            run.clear()
            return
        starts = [0, *itertools.accumulate(map(len, texts))][:-1]  # linear: long runs have thousands
        marked = [(starts[k], starts[k] + len(texts[k])) for k, item in enumerate(run) if _is_mark(item)]
        fixed, origin = typeset_mapped(text, detectors, keep=marked)
        if fixed != text:
            changed = True
            result.extend(_rebuild(run, marked, fixed, origin))
        else:
            result.extend(run)
        run.clear()

    for item in items:
        if isinstance(item, (pf.Str, pf.Space, pf.SoftBreak)) or _is_mark(item):
            run.append(item)
        else:
            flush()
            result.append(item)
    flush()
    if changed:
        elem.content = result


def _is_mark(item: pf.Inline) -> bool:
    return isinstance(item, pf.Span) and bool({"masked", "filled"} & set(item.classes))


def _rebuild(run: list[pf.Inline], marked: list[tuple[int, int]], fixed: str, origin: list[int]) -> list[pf.Inline]:
    """The typeset text as inlines, with each marked span put back where its text went."""
    spans = [item for item in run if _is_mark(item)]
    out: list[pf.Inline] = []
    cursor = 0  # position in `fixed`
    for (start, end), span in zip(marked, spans, strict=True):
        first = origin.index(start, cursor)  # a marked span's characters are all kept
        out.extend(text_to_run(fixed[cursor:first]))
        out.append(span)
        cursor = first + (end - start)
    out.extend(text_to_run(fixed[cursor:]))
    return out


def _inline_char(item: pf.Inline) -> str:
    if isinstance(item, pf.Str):
        return item.text
    if isinstance(item, pf.Span):
        # The mask as detected, not its display glyphs (masks.glyph keeps the original).
        return item.attributes.get("mask") or stringify(item)
    if isinstance(item, pf.SoftBreak):
        return "\n"
    return "  " if type(item) is WideSpace else " "  # a wide gap stays two blanks: see _remove_stray_spaces


def text_to_run(text: str) -> list[pf.Inline]:
    """Str for text, Space for a run of blanks, SoftBreak where a line break was kept."""
    out: list[pf.Inline] = []
    for piece in re.split(r"([ \t\u00a0\n]+)", text):
        if not piece:
            continue
        if piece.strip(" \t\u00a0\n"):
            out.append(pf.Str(piece))
        else:
            out.append(pf.SoftBreak() if "\n" in piece else pf.Space())
    return out


# --- hard wraps --------------------------------------------------------------------------------

def wrap_width(lengths: list[int]) -> int:
    """The line width of a hard-wrapped text, or 0 when the lines look like real paragraphs.

    A wrapped text has many lines of the same length (the wrap column); natural paragraphs
    rarely do. Demand at least three such lines and at least 30% of the longer lines.
    """
    long_lines = [n for n in lengths if n >= 16]
    if len(long_lines) < 3:
        return 0
    counts: dict[int, int] = {}
    for n in long_lines:
        counts[n] = counts.get(n, 0) + 1
    width = max(counts, key=lambda n: (counts[n], n))
    near = sum(1 for n in long_lines if abs(n - width) <= 1)
    if counts[width] < 3 or near < 0.3 * len(long_lines):
        return 0
    return width


# A line of a text wrapped at some width is no longer than it, give or take the half-width
# characters a PDF's proportional wrap fits in; a line twice as long is a paragraph of its own.
# Three parallel headings of one length, "一、加强领导,精心组织,周密部署" "二、加强宣传,提高认识,营造
# 氛围" …, look like a wrap column; the paragraphs under them show they are none.
WRAPPED_LINE_MAX = 2


def _heads_paragraph(head: str, tail: str, width: int) -> bool:
    """A numbered line over a paragraph far longer than the wrap width: a heading, not a wrap."""
    return (parse_marker(_last_line(head)) is not None
            and len(tail.split("\n", 1)[0]) > WRAPPED_LINE_MAX * width)


_NUMBERS = re.compile(r"\d+")
# The blocks a wrapped line can be: a <p> line reads as Para, a <div> line (document viewers and
# editors that box every printed line) as Plain; both are a paragraph's line alike.
LINE_BLOCKS = (pf.Para, pf.Plain)


def join_hard_wraps(blocks: pf.ListContainer, detectors: Iterable[str] = ()) -> bool:
    """Join consecutive paragraphs that are the lines of one hard-wrapped paragraph.

    Returns whether anything was joined: the wrap width is estimated from the lines, which
    joining changes, so callers repeat until nothing joins (running twice equals once)."""
    texts = [block_text(b) if isinstance(b, LINE_BLOCKS) else "" for b in blocks]
    # A line the page prints again with another number ("某某活动方案(通用4篇)1" … "…2": the title
    # over each sample) counts once: copies of one line end at one width without any wrap.
    width = wrap_width(list({_NUMBERS.sub("", t): len(t) for t in texts if t}.values()))
    if not width:
        return False
    joined = False
    i = 0
    while i < len(blocks) - 1:
        first, second = blocks[i], blocks[i + 1]
        head, tail = texts[i], texts[i + 1]
        direct = bool(head and tail) and is_chinese(head[-1]) and is_chinese(tail[0])
        if (isinstance(first, LINE_BLOCKS) and isinstance(second, LINE_BLOCKS) and head and tail
                and abs(len(_last_line(head)) - width) <= 1 and not head.endswith(TERMINAL)
                and not NEW_BLOCK.match(tail) and not _heads_paragraph(head, tail, width)
                and not SAMPLE_OPENING.match(head)
                # (a contents entry ends in its leader and page number: the leaders pad the list's
                # lines to one width, which reads as a wrap's column, and the text's first heading
                # under the list would join it: "3 物资储备……9" / "1 总体要求")
                and not ends_in_leader_page(_last_line(head))
                and not table_row(_last_line(head)) and not table_row(tail)
                and not (FIELD_LINE.match(_last_line(head)) and FIELD_LINE.match(tail))
                and same_masks(_last_line(head), tail, "" if direct else " ", detectors)):
            joint: list[pf.Inline] = [] if direct else [pf.Space()]
            first.content.extend([*joint, *list(second.content)])
            del blocks[i + 1]
            texts[i] = head + "\n" + tail  # the last line decides whether the next one joins
            del texts[i + 1]
            joined = True
        else:
            i += 1
    return joined


# A field's line: a label of a word or two, its colon, its value ("时间：3月12日 14:00-15:00",
# "地点：二楼会议室"). A line of fields under another one is the next field, not the rest of a
# wrapped sentence, however close its width comes to the wrap's.
FIELD_LINE = re.compile(r"^\s*[\u4e00-\u9fff]{1,6}\s*[:：]\s*\S")


# A row of a flattened table: three cells or more parted by blanks, two of them at least in
# written characters, none closing a clause or holding a label's colon ("10月1日 某某 某某、某某
# 138XXXX0000"; "联系人:X X X 电话:X X X X" is a line of fields, whose values may wrap). Rows of
# one table print at one width, as a wrapped paragraph's lines do, but each row is a line of its own.
TABLE_ROW_CELLS = 3
_CELL_WRITTEN = re.compile(r"[\u3400-\u9fff]")
_CLAUSE_END = LazyPattern(r"[，,。；;！!？?]$|[:：]")


def table_row(line: str) -> bool:
    """Whether a line reads as a flattened table's row (see TABLE_ROW_CELLS)."""
    cells = line.split()
    # (two cells of two characters at least: "第 六 章 经 费", a line spaced out letter by letter, is
    # no row)
    return (len(cells) >= TABLE_ROW_CELLS and sum(1 for c in cells if len(_CELL_WRITTEN.findall(c)) >= 2) >= 2
            and not any(_CLAUSE_END.search(c) for c in cells))


def same_masks(head: str, tail: str, joint: str, detectors: Iterable[str]) -> bool:
    """A join must not change what the masks pass finds (a line ending in X before a number)."""
    detectors = tuple(detectors) or DEFAULT_DETECTORS
    found = [(m.text(head), m.detector) for m in find_masks(head, detectors)]
    found += [(m.text(tail), m.detector) for m in find_masks(tail, detectors)]
    joined = head + joint + tail
    return [(m.text(joined), m.detector) for m in find_masks(joined, detectors)] == found


def _last_line(text: str) -> str:
    return text.rsplit("\n", 1)[-1]
