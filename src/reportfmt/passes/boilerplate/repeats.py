"""Boilerplate that is recognised by repetition, not by its words (used by boilerplate.py).

- A teaser or auto-summary near the top ("摘要：…", "推荐阅读：…", or the title followed by
  the first N characters of the body, cut mid-word) repeats the text that follows it:
  the teaser goes, the body stays, so exactly one copy survives (a teaser shown twice: both go).
A paragraph repeated verbatim elsewhere is left alone: documents repeat sentences on
purpose (a page printed twice is caught in HTML, by extract.drop_repeated_copies).
- A 文库 page glued from page-size chunks numbers them "1、" "2、" (or "1 " "2 ") at the line start; each
  chunk before a number ends mid-sentence, or the first opens with the file's name and its
  text glued after it. The numbers go.
- A site watermark (name + URL) stamped into the text on every page chunk: the URL occurs
  several times, and the name is what precedes every copy of it. A URL named once is a
  sentence's own and stays.
- A site stamp glued after the full stop of paragraph after paragraph (a site's name with a
  short code: "…一致同意。Q7X某某网"): the same few characters after the stop of several
  paragraphs are no sentence of any of them.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable

import panflute as pf

from ..elements import block_text, inline_text, is_text_block
from ..regex_cache import LazyPattern, page_pattern
from .inline_cut import cut_spans

Blocks = list[tuple[int, pf.Block]]
Removed = list[tuple[int, str, str]]

# The head is the first HEAD_CHARS characters of the document, counted in text, not in
# blocks: the headings pass may join two lines into one block, and a second run must see
# the same head as the first (running twice equals running once).
HEAD_CHARS = 300
def head_end(blocks: Blocks, text_of: Callable[[int, pf.Block], str]) -> int:
    """The origin of the first block past the page's head (HEAD_CHARS characters of the text
    `text_of` gives each block, blanks aside); the block count when the page is all head."""
    offset = 0
    for origin, block in blocks:
        if offset >= HEAD_CHARS:
            return origin
        offset += len(squeeze(text_of(origin, block)))
    return len(blocks)


# How many blocks after a teaser are compared with it.
FOLLOWING_BLOCKS = 6
# A teaser must repeat at least this many characters of the body to count as a copy.
TEASER_MIN_CHARS = 15
_TEASER_LABEL = re.compile(r"^(?:摘要|内容摘要|内容提要|导读|导语|简介|推荐阅读|核心提示)\s*[:：]?\s*")
_PART_NUMBER = LazyPattern(r"^\d{1,2}[、.]?(?=\D)")
_ELLIPSIS = re.compile(r"(?:\.{2,}|…+|——)$")
_URL = re.compile(r"(?:https?://)?(?:www\.|m\.)[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org|cc)(?:\.cn)?/?", re.I)
_CJK_RUN_END = LazyPattern(r"[\u4e00-\u9fff]{1,12}$")
WATERMARK_MIN_COPIES = 2
WATERMARK_NAME_MIN = 2


# A letter or a digit. A line with none ("______", "------") names nothing and says nothing: twice
# running it is a form's blank lines or a separator, never a title or a teaser printed again.
_WORD = re.compile(r"[^\W_]")


def holds_words(text: str) -> bool:
    return _WORD.search(text) is not None


def squeeze(text: str) -> str:
    return "".join(text.split())  # str.split and \\s agree on what is a blank; 4x faster


_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def fold(text: str) -> str:
    """Squeezed, with widths and quote styles folded: a site's summary of the text prints
    "强县之问" where the text itself has “强县之问”."""
    return squeeze(unicodedata.normalize("NFKC", text).translate(_QUOTES))


# A teaser is a short summary: longer blocks are not compared (nor folded, which costs time
# on a page that is one huge line).
TEASER_MAX_CHARS = 1000


def drop_teasers(blocks: Blocks, title: str | None) -> tuple[Blocks, Removed]:
    """Remove head blocks whose text (less a label or the title) starts what follows them."""
    kept: Blocks = []
    removed: Removed = []
    # Every block counts in "what follows", a heading as its text and anything else as a
    # break, so a later run (where lines have become headings) sees the same sequence.
    # Read only as far as the head and the windows after it reach (a page's body is long).
    read: dict[int, str] = {}

    def text_at(position: int) -> str:
        if position not in read:
            block = blocks[position][1]
            read[position] = block_text(block) if isinstance(block, (pf.Para, pf.Plain, pf.Header)) else "\0"
        return read[position]

    offset = 0
    # Each block is read in the windows of the FOLLOWING_BLOCKS before it: folded once.
    folded: dict[int, str] = {}

    def fold_at(position: int) -> str:
        if position not in folded:
            text = text_at(position)
            folded[position] = fold(text[:TEASER_MAX_CHARS]) if text != "\0" else text
        return folded[position]

    title_folded = fold(title) if title else ""
    for index, (origin, block) in enumerate(blocks):
        in_head = offset < HEAD_CHARS
        if not in_head:
            kept.extend(blocks[index:])
            break
        text = text_at(index)
        offset += len(squeeze(text.strip("\0")))
        if is_text_block(block) and text and len(text) <= TEASER_MAX_CHARS:
            core = _ELLIPSIS.sub("", _TEASER_LABEL.sub("", fold_at(index)))
            cores = (core,)
            whole = core
            if title and core.startswith(title_folded) and len(core) > len(title_folded):
                # The title glued before the teaser, and the first part's number after it
                # ("老屋的窗1老屋要拆…"): the text prints that number on a line of its own,
                # which stays above the part (or went, as a counter would).
                numbered = core[len(title_folded):]
                core = _PART_NUMBER.sub("", numbered)
                # (or the whole line, title and all, starts what follows: the title's line with
                # its subtitle, then the text the teaser copies)
                cores = (core, numbered, whole)
            following = "".join(fold_at(position)
                                for position in range(index + 1, min(index + 1 + FOLLOWING_BLOCKS, len(blocks))))
            if len(core) >= TEASER_MIN_CHARS and holds_words(core) and (any(_starts(following, c) or _starts(
                    "".join(fold_at(position) for position in _after_copies(index, len(blocks), fold_at)), c)
                    for c in cores) or _copied_past_one_line(index, len(blocks), core, fold_at)):
                removed.append((origin, block_text(block), "repeat.teaser"))
                continue
        kept.append((origin, block))
    return kept, removed


# A labelled summary ("摘要:", "导读:") may stand one short line above the text it copies: the
# site's tag line ("标题,标签:范文,网址"), the title printed again or a bare label between them.
GAP_LINE_MAX_CHARS = 80


def _copied_past_one_line(index: int, count: int, core: str, fold_at: Callable[[int], str]) -> bool:
    """Whether the block at `index` is a labelled summary and the text it copies starts two blocks
    down, past one short line of no sentence. Unlabelled, a paragraph that two blocks later opens
    again is a document's own (a contents line over its section's heading)."""
    if index + 2 >= count or not _TEASER_LABEL.match(fold_at(index)):
        return False
    between = fold_at(index + 1)
    if between == "\0" or len(between) > GAP_LINE_MAX_CHARS or _SENTENCE_STOP.search(between):
        return False
    following = "".join(fold_at(position) for position in range(index + 2, min(index + 2 + FOLLOWING_BLOCKS, count)))
    return _starts(following, core)


_SENTENCE_STOP = re.compile(r"[。！？!?]")


def _after_copies(index: int, count: int, fold_at: Callable[[int], str]) -> list[int]:
    """The positions read as what follows the block at `index`: the next FOLLOWING_BLOCKS, less
    the blocks printed twice around it. A site that shows its teaser twice (each copy under the
    same heading) puts the second copy, not the text, right after the first; the text starts
    after the copies."""
    window = range(max(0, index - FOLLOWING_BLOCKS), min(count, index + 1 + FOLLOWING_BLOCKS))
    seen = Counter(fold_at(position) for position in window)
    return [position for position in range(index + 1, window.stop)
            if fold_at(position) == "\0" or seen[fold_at(position)] < 2][:FOLLOWING_BLOCKS]


# A long summary may differ from the text in its last words: the site cut it mid-word, or the
# text masks a name the summary spells out ("贯彻习" / "贯彻XXX").
LONG_TEASER_CHARS = 40
LONG_TEASER_SHARE = 0.9


# A news page's dateline before the article's first words ("某某网临川讯(通讯员 某某)", "本报讯",
# "新华社北京3月2日电"): the site's summary above it repeats the words after it.
_DATELINE = re.compile(r"^[^。，,！？!?]{1,24}?(?:讯|电)(?:[(（][^()（）]{1,30}[)）])?[:：]?")


def _starts(following: str, core: str) -> bool:
    if following.startswith(core):
        return True
    if (dateline := _DATELINE.match(following)) and following.startswith(core, dateline.end()):
        return True
    common = next((i for i, (a, b) in enumerate(zip(following, core, strict=False)) if a != b),
                  min(len(following), len(core)))
    return len(core) >= LONG_TEASER_CHARS and common >= LONG_TEASER_SHARE * len(core)


def inline_texts(blocks: Blocks) -> list[str | None]:
    """Each block's inline_text, None for a block that is no text block: what the steps below
    read, worked out once for all of them while none of them changes a block."""
    return [inline_text(b) if is_text_block(b) else None for _, b in blocks]


def cut_watermarks(blocks: Blocks, texts: list[str | None] | None = None) -> tuple[Blocks, Removed]:
    """Cut "站点名 + URL" strings that recur through the document, rejoining the words.
    `texts`: inline_texts(blocks), when known."""
    texts = inline_texts(blocks) if texts is None else texts
    marks = watermarks([text for text in texts if text is not None])
    if not marks:
        return blocks, []
    pattern = page_pattern("|".join(re.escape(m) for m in sorted(marks, key=len, reverse=True)))
    kept: Blocks = []
    removed: Removed = []
    for origin, block in blocks:
        if is_text_block(block):
            text = inline_text(block)
            spans = [m.span() for m in pattern.finditer(text)]
            if spans:
                removed.append((origin, cut_spans(block, spans), "injected.site-watermark"))
                if not block_text(block):
                    continue
        kept.append((origin, block))
    return kept, removed


def watermarks(texts: list[str]) -> set[str]:
    """Each URL seen at least twice, with the longest name that precedes all its copies."""
    before: dict[str, list[str]] = {}
    for text in texts:
        if "." not in text:
            continue  # every URL holds one; a scan for it is cheaper than the pattern's
        for match in _URL.finditer(text):
            prefix = text[:match.start()].rstrip(" （(【[")
            run = _CJK_RUN_END.search(prefix)
            before.setdefault(match.group(), []).append(run.group() if run else "")
    marks = set()
    for url, names in before.items():
        if len(names) < WATERMARK_MIN_COPIES:
            continue
        name = _common_suffix(names)
        if len(name) >= WATERMARK_NAME_MIN:
            marks.update({f"{name}{url}", f"{name} {url}", f"（{name}{url}）", f"({name} {url})"})
    return marks


# The stamp: after a sentence's stop at the line's end, 2 to 20 letters, digits or Chinese
# characters (no punctuation: "（完）", "（略）" and a quoted reply are the text's own), on at least
# TAIL_STAMP_COPIES lines.
# An answer key's "正确" / "错误" after each question's stop is the text's: a stamp holds a letter
# or a digit, or four Chinese characters at least (a site's name).
_TAIL_STAMP = re.compile(r"""(?<=[。！？!?])\s*(
    (?=[0-9A-Za-z\u4e00-\u9fff]{0,19}[0-9A-Za-z])[0-9A-Za-z\u4e00-\u9fff]{2,20}   # a site's code and name
    | [0-9A-Za-z\u4e00-\u9fff]{4,20}                   # a site's name
    )\s*$""", re.X)
TAIL_STAMP_COPIES = 3
TAIL_STAMP_WINDOW = 48


def cut_tail_stamps(blocks: Blocks, texts: list[str | None] | None = None) -> tuple[Blocks, Removed]:
    """Cut the same stamp glued after the stop that ends several paragraphs."""
    texts = inline_texts(blocks) if texts is None else texts
    found: dict[int, re.Match[str]] = {}
    for number, text in enumerate(texts):
        # (the stamp ends the line: its last characters are all a huge line's that need reading)
        match = _TAIL_STAMP.search(text, max(0, len(text) - TAIL_STAMP_WINDOW)) if text else None
        if match:
            found[number] = match
    copies = Counter(match.group(1) for match in found.values())
    stamps = {stamp for stamp, count in copies.items() if count >= TAIL_STAMP_COPIES}
    if not stamps:
        return blocks, []
    kept: Blocks = []
    removed: Removed = []
    for number, (origin, block) in enumerate(blocks):
        match = found.get(number)
        if match and match.group(1) in stamps:
            removed.append((origin, cut_spans(block, [match.span(1)]), "injected.tail-stamp"))
        kept.append((origin, block))
    return kept, removed


def _common_suffix(words: list[str]) -> str:
    suffix = words[0]
    for word in words[1:]:
        while suffix and not word.endswith(suffix):
            suffix = suffix[1:]
    return suffix


# A page-chunk number ("2、") left where a multi-page article was glued together, even
# mid-word: between two Chinese characters with no punctuation before it.
_CHUNK_MARK = re.compile(r"(?<=[\u4e00-\u9fff])(\d{1,2})、(?=[\u4e00-\u9fff])")


_FIRST_ITEM = LazyPattern(r"(?<!\d)1、")


def cut_chunk_markers(blocks: Blocks, texts: list[str | None] | None = None) -> tuple[Blocks, Removed]:
    """Cut "2、" "3、" … page-break numbers glued into sentences.

    Only when the mid-sentence numbers in the whole document run 2, 3, 4 … in order: page
    one has no marker. An inline list ("包括1、…2、…") starts at 1 and is left alone.
    """
    texts = inline_texts(blocks) if texts is None else texts
    found = []
    for position, text in enumerate(texts):
        if text is not None:
            if "、" in text:  # the pattern's own mark: a scan for it is cheaper than the pattern's
                found.extend((position, m.span(), int(m.group(1))) for m in _CHUNK_MARK.finditer(text))
    if not found or [n for _, _, n in found] != list(range(2, 2 + len(found))):
        return blocks, []
    if any(_FIRST_ITEM.search(inline_text(b)) for _, b in blocks if is_text_block(b)):
        return blocks, []  # "1、加强管理2、完善制度": a list whose first item starts the line
    removed: Removed = []
    kept: Blocks = []
    for position, (origin, block) in enumerate(blocks):
        spans = [span for at, span, _ in found if at == position]
        if spans:
            removed.append((origin, cut_spans(block, spans), "injected.page-chunk-number"))
        kept.append((origin, block))
    return kept, removed


# "1、…" "2、…" opening page-size chunks of an uploaded file, each cut mid-sentence; a document
# site's transcription of a PDF sets the page number apart by a blank instead ("1 本館…"), the
# page's text glued after it (a digit after the blank is a table's figure, not a page's text).
_CHUNK_PREFIX = re.compile(r"^\s*(\d{1,2})(?:、|\s+(?=[^\s\d]))")
CHUNK_MIN_CHARS = 80
# A chunk starts anywhere in a sentence ("去思考过。" "感动。"); a numbered item opens with its
# heading, a phrase of several words closed by 。 or ："1、社区分布具有典型性。".
_RUNIN_ITEM = LazyPattern(r"^\s*\d{1,2}(?:、|\s)\s*[\u4e00-\u9fff]{6,15}[。：:]")
_ENDS_SENTENCE = LazyPattern(r"[。！？!?；;…”’）)】》\]]\s*$")


# The first chunk of an uploaded file opens with the file's name, the text glued after it
# ("1、绩效管理细则(通用10篇)绩效管理细则1一、总则…"): the name is the page's title or what its
# page images are called ("活动策划格式范文_第1页"). A sample's marker ("1、年度工作总结") is the
# name alone, or a short name of the sample's own, never the file's name with its text after it.
_PAGE_IMAGE_NAME = LazyPattern(r"^(.{2,80}?)_第\s*\d+\s*页$")
NAME_MIN_CHARS = 4
_BARE_NAME = LazyPattern(r"^《|》?(?:\.(?:docx?|pdf|pptx?|xlsx?|txt|wps))?$|》$", re.I)
TEXT_AFTER_NAME = 10


def file_names(title: str | None, removed_texts: list[str]) -> tuple[str, ...]:
    """The uploaded file's names, folded: the page title and its page images' name."""
    names = {fold(title)} if title else set()
    names.update(fold(m.group(1)) for text in removed_texts if (m := _PAGE_IMAGE_NAME.match(text.strip())))
    # The page names the file in 《》 and with its extension ("《X》.doc"); its text, only as X.
    names |= {_BARE_NAME.sub("", name) for name in names}
    return tuple(name for name in names if len(name) >= NAME_MIN_CHARS)


def _opens_with_file_name(text: str, names: tuple[str, ...]) -> bool:
    folded = fold(text)
    return any(folded.startswith(name) and len(folded) >= len(name) + TEXT_AFTER_NAME for name in names)


# Round 56: how far past the name to look for its end in the text as printed (the name folded
# drops blanks and folds widths, so the printed name may be a little longer than the folded one).
NAME_SLACK_CHARS = 12


def _file_name_end(text: str, start: int, names: tuple[str, ...]) -> int:
    """Where the file's name that `text` opens with at `start` ends, in the text as printed
    (the shortest stretch that folds to the longest name it opens with), or 0."""
    folded = fold(text[start:start + max(map(len, names)) + NAME_SLACK_CHARS])
    for name in sorted(names, key=len, reverse=True):
        if not folded.startswith(name):
            continue
        for end in range(start + 1, min(len(text), start + len(name) + NAME_SLACK_CHARS) + 1):
            if fold(text[start:end]) == name:
                return end
    return 0


def cut_chunk_prefixes(blocks: Blocks, texts: list[str | None] | None = None,
                       names: tuple[str, ...] = ()) -> tuple[Blocks, Removed]:
    """Cut the "N、" that open page chunks: in order from 1, and either the first chunk opens
    with the file's name (`names`, see file_names) with its text glued after it, or there are
    two or more and every chunk before a number is long and ends mid-sentence (a numbered
    list's items end sentences or are short). On a 文库 page (`names` given) the file's name
    the first chunk opens with goes too."""
    texts = inline_texts(blocks) if texts is None else texts
    numbered = []
    for position, text in enumerate(texts):
        if text is not None and (match := _CHUNK_PREFIX.match(text)):
            numbered.append((position, match))
    if not numbered or [int(m.group(1)) for _, m in numbered] != list(range(1, len(numbered) + 1)):
        return blocks, []
    first_position, first_match = numbered[0]
    if not (names and _opens_with_file_name(texts[first_position][first_match.end():], names)):
        if len(numbered) < 2:
            return blocks, []
        if all(_RUNIN_ITEM.match(inline_text(blocks[position][1])) for position, _ in numbered):
            return blocks, []  # "1、社区分布具有典型性。问卷…": items opening with their heading, not chunks
        for (before, _), _later in itertools.pairwise(numbered):
            text = block_text(blocks[before][1])
            if len(text) < CHUNK_MIN_CHARS or _ENDS_SENTENCE.search(text):
                return blocks, []
    removed: Removed = []
    for position, match in numbered:
        origin, block = blocks[position]
        if position == first_position and names and (end := _file_name_end(texts[position], match.end(), names)):
            # Round 56: the file's name the first chunk opens with, its text glued after it
            # ("1、绩效管理细则(通用10篇)绩效管理细则1一、总则…", "1、管理信息系统第六章系统设计第六章 系统
            # 设计…"): the page's title printed again with the file's first page, as a 文库 page
            # prints every page's text (163wenku.com, bingdoc.com, 001doc.com). It goes as
            # the title repeated; the text's first sentence or section stays.
            removed.append((origin, cut_spans(block, [(match.end(), end)]), "title.repeated-title"))
        removed.append((origin, cut_spans(block, [(match.start(1), match.end())]), "injected.page-chunk-number"))
    return blocks, removed


# Round 57: the footer a slide deck prints on every slide, its date with the slide's number after
# it, left in the deck's text as a 文库 page shows it: alone on its line between two slides
# ("2023/9/9"), or glued into the comma-joined text of the slides ("…,2023/6/27,6,4.1 概述,…",
# "2007年9月5日星期三2【学习目标】…"); seen on 360docs.net, 31ppt.com, m.jinchutou.com. The same
# date, in such a place, on three slides at least: a document names a day in its sentences, and
# does not set one date apart three times. Only on a 文库 page (its profile on).
_SLIDE_DATE = LazyPattern(r"""(?<![\d/年-])
    ((?:19|20)\d{2}/\d{1,2}/\d{1,2}(?![\d/])               # 2023/6/27
     |(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:星期[一二三四五六日天])?)   # 2007年9月5日星期三
    (?:\s*[,，]\s*(?P<n>\d{1,3})\s*(?:[,，]|$)              # the slide's number: ",6," / ",6"
     | \s+(?P<m>\d{1,3})\s*(?:[,，]|$)                      #   " 2,"
     | (?<=星期[一二三四五六日天])(?P<g>\d{1,3})(?!\d)        #   "…星期三2", glued
     | \s*$                                                 # or none: the line's end
    )""", re.X | re.M)
SLIDE_DATE_COPIES = 3


def cut_slide_dates(blocks: Blocks, texts: list[str | None] | None = None,
                    file_site: bool = False) -> tuple[Blocks, Removed]:
    """Cut a slide deck's footer date (with the slide's number) that recurs through a 文库 page's
    text, each copy alone on its line or at a slide's seam (_SLIDE_DATE); a line left empty goes."""
    if not file_site:
        return blocks, []
    texts = inline_texts(blocks) if texts is None else texts
    found: dict[int, list[re.Match[str]]] = {}
    for number, text in enumerate(texts):
        if text and ("/" in text or "年" in text):  # every date holds one; cheaper than the pattern
            matches = [m for m in _SLIDE_DATE.finditer(text) if _at_seam(text, m)]
            if matches:
                found[number] = matches
    copies = Counter(m.group(1) for matches in found.values() for m in matches)
    dates = {date for date, count in copies.items() if count >= SLIDE_DATE_COPIES}
    if not dates:
        return blocks, []
    kept: Blocks = []
    removed: Removed = []
    for number, (origin, block) in enumerate(blocks):
        spans = [m.span() for m in found.get(number, ()) if m.group(1) in dates]
        if spans:
            removed.append((origin, cut_spans(block, spans), "injected.slide-date"))
            if not block_text(block).strip():
                continue
        kept.append((origin, block))
    return kept, removed


def _at_seam(text: str, match: re.Match[str]) -> bool:
    """Whether a date stands where a slide ends: alone on its line, or with the slide's number
    after it and the line's start or a comma (the seam of two slides' texts) before it, or with
    the number glued after its weekday. A sentence's date has words before it ("时间：2023/9/9，")."""
    line_start = text.rfind("\n", 0, match.start()) + 1
    line_end = text.find("\n", match.end())
    before = text[line_start:match.start()].rstrip()
    if not before and not text[match.end():len(text) if line_end < 0 else line_end].strip():
        return True  # alone on its line
    if match.group("g"):
        return True
    return bool(match.group("n") or match.group("m")) and (not before or before.endswith((",", "，")))
