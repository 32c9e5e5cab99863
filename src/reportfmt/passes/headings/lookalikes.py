"""Numbered lines shaped like headings that are something else (used by rules.py).

- A table of contents: a run of short numbered lines, one after another with no body between,
  whose texts come back further down the page as the real headings ("目录" / "第一章 管理总则"
  / "第二章 员工守则" … then "第一章 管理总则" above its articles). The run stays a list, and so
  do the unnumbered parts it names between "目录" and its entries ("目录" / "前言" / "一、…" /
  "结束语": named_entries).
- A form's fill-in field: "1. 议程一：[议程内容]", "2. 记录人：____" — a label and a blank
  for the reader to fill, one line of a template, not a section.
- A question of a Q&A list: "1. 问：…？" followed by "答：…".
- A contents list whose parts lost their numbers while their subsections kept them ("总则" /
  "1.1 编制目的" / "1.2 编制依据" / "组织指挥体系" / "2.1 …"), its entries back below as the headings.
- A contents list printed with dot leaders and page numbers ("一、总则 ………… (1)"), the bare part
  labels over their named entries included ("第二部分" / "工作内容 ………… 3"), wherever it stands;
  and one whose leaders were lost, the page numbers still rising at the lines' ends.
- The points of a regulation that calls itself 本要點 ("一、為…特訂定本要點。" "二、補助對象：…"):
  a 要點's 一、 items are its articles (點, as 第X條 are a law's), amended and counted one by one.
- A table's header row glued to the heading above it when the page lost the line break:
  "二、主要内容序号 | 项目 | 说明 |" is the heading "二、主要内容" and the row "序号 | 项目 | 说明 |"
  (table_header_cut says where the heading ends).
- A flattened table's numbered row over its figures, a cell a line ("2.网上申请数" / "5" / "9"):
  the row's label, not a section (is_row_label).
"""

from __future__ import annotations

import functools
import itertools
import re

from ..regex_cache import LazyPattern
from .measure import is_body, squeeze
from .numbering import STANDALONE_HEADING, parse_marker

# A TOC entry is short and may end with its page number ("第一章 总则 ...... 3").
TOC_ENTRY_MAX_CHARS = 40
TOC_MIN_ENTRIES = 2
# A table of contents comes before the text it lists: near the top of the page (which also
# bounds the work on a long page).
TOC_WITHIN_BLOCKS = 80
# (a list copied out of a word processor may keep each entry's page field, "总则 PAGEREF _Toc25831 \\h 3":
# the field is the entry's leader and page number, as dots and a number are)
# (it opens with its word, so that a long run of blanks is never read from each of its places)
_PAGE_FIELD = r"PAGEREF\s*_Toc\d+(?:\s*\\?h(?![A-Za-z]))?"
# An entry's page number, the leader before it and the page field before that are read off its end
# by hand (_without_page_number): a pattern "leader then number at the end" tried from each place
# of a long run of dots reads the run again from every one of them.
_PAGE_FIELD_AT_END = re.compile(rf"{_PAGE_FIELD}$")
_LEADER_CHARS = frozenset(".．·…-")
_PAGE_DIGITS = 3
_SENTENCE = re.compile(r"[。；;！!？?]")
# The contents list's own line: "目录", "目錄", or "目次", the word standards (GB/T 1.1) and Taiwan's
# government books print over theirs.
_TOC_TITLE = re.compile(r"^\s*目\s*[录錄次]\s*[:：]?\s*$")


@functools.lru_cache(maxsize=4096)
def _toc_key(text: str) -> str:
    # Kept per line: the contents detectors (toc_entries, mixed, paged) each ask it of every line.
    return _without_page_number("".join(text.split()))


def _without_page_number(key: str) -> str:
    """The entry's words: up to three digits off its end, the leader's dots and dashes before
    them, and the word processor's page field before those."""
    numbered = len(key)
    while numbered > len(key) - _PAGE_DIGITS and numbered and key[numbered - 1].isdecimal():
        numbered -= 1
    end = numbered
    while end and key[end - 1] in _LEADER_CHARS:
        end -= 1
    # The field ends before the leader, or, with no leader, may hold the last digits itself
    # ("PAGEREF _Toc12": its bookmark's number, no page number after it).
    ends = [end, *range(numbered + 1, len(key) + 1)] if end == numbered else [end]
    fields = [field.start() for at in ends if (field := _PAGE_FIELD_AT_END.search(key, 0, at))]
    return key[:min(fields, default=end)]


# A book's part as a contents list names it: "第二篇 公文管理" over its 第一章… (a rule book, a
# handbook), or a 范文 page's sample "第二篇：…" listed under "目录". The numbering reads 第X篇 as a
# sample's marker, not as a part's, so the contents detector asks for it apart.
_PART_ENTRY = re.compile(r"^\s*第[〇零一二三四五六七八九十百\d]{1,4}篇")


def contents_numbered(text: str) -> bool:
    """The line starts as a contents entry does: a numbering marker, or a book's part 第X篇."""
    return parse_marker(text) is not None or bool(_PART_ENTRY.match(text))


def toc_entries(texts: list[str | None], numbered) -> set[int]:
    """Indexes of the lines of a table of contents. `numbered(text)` says whether a line starts
    with a numbering marker. A run of two or more consecutive numbered short lines is a TOC when
    its first entry reappears below it, as a line of its own or the start of one ("第一章 总则
    第一条 …"): the document starts over there (a page cut short may show no more than that
    first section); or when most of its entries reappear, or a "目录" line heads the run. A long
    entry's end wrapped onto a line of its own is the list's (_wrapped_end)."""
    found: set[int] = set()
    index = 0
    squeezed = ["".join(t.split()) if t else "" for t in texts]

    def entry(at: int, run: list[int]) -> bool:
        return bool(at < len(texts) and texts[at] and numbered(texts[at])
                    and len(_toc_key(texts[at])) <= TOC_ENTRY_MAX_CHARS
                    and not _SENTENCE.search(texts[at])  # an entry names a part: "1、完成任务。" is an item
                    # (the first entry again, right below the last: the real first section)
                    and not (run and _toc_key(texts[at]).startswith(_toc_key(texts[run[0]])))
                    # (an entry the list gave already, on a line of its own or run together with the
                    # others on one line: the document starting over, "目录" / "一、概况 1 二、…" /
                    # "一、概况")
                    and not _said_above(squeezed, at, run))

    while index < min(len(texts), TOC_WITHIN_BLOCKS):
        run: list[int] = []
        wraps: list[int] = []
        while entry(index, run):
            run.append(index)
            index += 1
            if _wrapped_end(texts, index - 1, index, numbered) and entry(index + 1, run):
                wraps.append(index)  # "五、…预算明" / "细表" / "六、…": the entry's end, wrapped
                index += 1
        if len(run) >= TOC_MIN_ENTRIES:
            below = squeezed[run[-1] + 1:]
            again = [i for i in run if _toc_key(texts[i])
                     and any(line.startswith(_toc_key(texts[i])) for line in below)]
            headed = _headed(texts, run[0])
            if (again[:1] == run[:1] or headed
                    or (len(again) >= TOC_MIN_ENTRIES and 2 * len(again) > len(run))):
                found.update(run, wraps)
        index += 0 if run else 1
    return found


def _said_above(squeezed: list[str], at: int, run: list[int]) -> bool:
    """The numbered line `at` (a run of entries `run` above it) says again an entry given above it
    since the list began: the start of an earlier line, or of one entry of a line holding several."""
    key = _toc_key(squeezed[at])
    if not run or len(key) < 2:
        return False
    since = next((i for i in range(run[0] - 1, -1, -1) if _TOC_TITLE.match(squeezed[i])), run[0])
    return any(squeezed[i].startswith(key) or _joined_entry(squeezed[i], key) for i in range(since, at))


def _joined_entry(line: str, key: str) -> bool:
    """`key` stands in `line` right after a page number (entries run together: "一、概况1二、…")."""
    at = line.find(key)
    return at > 0 and line[at - 1].isdecimal()


# A contents entry too long for the list's column wraps, its last words on a line of their own
# between it and the next entry ("五、“三公”经费、会议费和培训费预算明" / "细表" / "第三部分 …"):
# a PDF's or a narrow page's list. Only a long entry wraps; its end is a few words, no sentence.
WRAPPED_ENTRY_MIN_CHARS = 12
WRAPPED_END_MAX_CHARS = 8


def _wrapped_end(texts: list[str | None], entry: int, at: int, numbered) -> bool:
    """The line `at` is the end of the contents entry `entry` above it, wrapped onto a line of its
    own: a few words with no number and no punctuation, the two together an entry's length."""
    if at >= len(texts) or not texts[at] or numbered(texts[at]) or _ENTRY_PUNCT.search(texts[at]):
        return False
    head, tail = len(_toc_key(texts[entry] or "")), len(_toc_key(texts[at]))
    return (head >= WRAPPED_ENTRY_MIN_CHARS and 0 < tail <= WRAPPED_END_MAX_CHARS
            and head + tail <= TOC_ENTRY_MAX_CHARS)


# A front-matter part's page number in a contents list: front matter is paged apart from the text,
# in Roman numerals ("前言 I", "序言……II"), set off by a blank or a leader.
_ROMAN_PAGE = LazyPattern(r"(?:\s+|[.．·…]{2,}\s*)[IVXivx\u2160-\u216b]{1,4}\s*$")


def _part_words(text: str) -> str:
    """A contents line's words without its page number, Arabic or Roman ("前言 I" says "前言").
    (Only a short line is searched for the Roman number: an entry is short, and a long run of
    blanks or dots is never read again from each of its places.)"""
    return _toc_key(_ROMAN_PAGE.sub("", text) if len(text) <= 2 * TOC_ENTRY_MAX_CHARS else text)


def _named_part(text: str | None) -> bool:
    """A part named by a word alone, no number: "前言", "序言", "结束语", "附录"; in a contents list
    perhaps with its page number ("前言 I", "前言 1")."""
    return bool(text) and bool(STANDALONE_HEADING.match(_part_words(text)))


def _headed(texts: list[str | None], start: int) -> bool:
    """A "目录" line stands right above `start`, or above the named parts listed first ("目录" /
    "前言" / "一、…")."""
    index = start - 1
    while index >= 0 and _named_part(texts[index]):
        index -= 1
    return index >= 0 and bool(_TOC_TITLE.match(texts[index] or ""))


def named_entries(texts: list[str | None], toc: set[int]) -> set[int]:
    """The unnumbered parts a contents list names among its numbered entries: under "目录", the
    lines that are contents entries (`toc`) or a part's bare name ("前言", "结束语", "附录"), until a
    line says an entry again (the document starting over). A named part followed by another
    entry is one; the last line of the list is one unless body text follows it ("前言" under the
    last entry, over its paragraph, is the preface itself). Two numbered entries at least make
    the list (a bare name under "目录" alone proves nothing). The "目录" line itself is the list's
    too: a list opening with named parts ("目录" / "前言" / "1 范围 1" …) stands apart from it, so
    the detectors that take the line right above their first entry miss it, and a short bare line
    left alone reads as a section (a page whose sections are bare lines took it for one)."""
    found: set[int] = set()
    for title in (i for i, t in enumerate(texts[:TOC_WITHIN_BLOCKS]) if t and _TOC_TITLE.match(t)):
        walk: list[int] = []
        said: set[str] = set()
        index = title + 1
        while (index < len(texts) and (index in toc or _named_part(texts[index]))
               and (key := _part_words(texts[index] or "")) not in said):
            said.add(key)
            walk.append(index)
            index += 1
        if sum(i in toc for i in walk) < TOC_MIN_ENTRIES:
            continue
        found.add(title)
        for position, line in enumerate(walk):
            if line in toc:
                continue
            last = position == len(walk) - 1
            below = texts[line + 1] if line + 1 < len(texts) else None
            if not last or not is_body(below):
                found.add(line)
    return found


# A wiki's contents list numbers its entries with a blank, no mark: "1 形成过程", "2.1 起草".
_WIKI_ENTRY = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2}){0,2}\s+(?=[\u3400-\u9fff])")


def contents_lines(texts: list[str | None]) -> set[int]:
    """A wiki's contents list under its "目录" line ("目录" / "1 形成过程" / "2 基本结构"), the
    title line included: the entries come back below as the sections' own titles, so the list's
    lines are none of them (toc_entries decides, on lines numbered the wiki's way)."""
    entries = toc_entries(texts, lambda t: bool(_WIKI_ENTRY.match(t)))
    titles = {i - 1 for i in entries if i and i - 1 not in entries and _TOC_TITLE.match(texts[i - 1] or "")}
    return entries | titles


# A contents list with bare parts: this many entries at least, two of them numbered, and the first
# and this many others coming back below (a page may be cut before the later parts).
MIXED_TOC_MIN_ENTRIES = 4
MIXED_TOC_MIN_NUMBERED = 2
MIXED_TOC_MIN_AGAIN = 3
_ENTRY_PUNCT = re.compile(r"[。；;！!？?，,：:]")


def _number_end(text: str) -> int | None:
    """Where an entry's number ends: a numbering mark's, or a number and a blank ("1 总则")."""
    marker = parse_marker(text)
    return marker.end if marker else (m.end() if (m := _WIKI_ENTRY.match(text)) else None)


def _entry_words(text: str) -> str:
    """An entry's words without its number: "1.1 编制目的" and "1 总则" say "编制目的", "总则"."""
    return _toc_key(text[_number_end(text) or 0:])


def _entry_line(text: str | None) -> bool:
    return bool(text) and len(_toc_key(text)) <= TOC_ENTRY_MAX_CHARS and not _ENTRY_PUNCT.search(text)


def mixed_contents(texts: list[str | None]) -> set[int]:
    """Indexes of a contents list near the top whose entries are numbered and bare lines mixed
    ("总则" / "1.1 编制目的" / … / "组织指挥体系" / "2.1 …"): short lines with no sentence mark,
    two or more of them numbered, from an entry whose words come back below (the document
    starting over: "1 总则") to that line or the end of the short lines, when others come back
    too (the headings it lists, with or without their numbers). A "目录" line above is its own."""
    found: set[int] = set()
    if not any(map(_entry_line, texts[:TOC_WITHIN_BLOCKS])):
        return found
    # Each line's words read once (a long page would otherwise be read again for each entry).
    words = [_entry_words(t) if t else "" for t in texts]
    where: dict[str, list[int]] = {}
    for i, key in enumerate(words):
        where.setdefault(key, []).append(i)
    index = 0
    while index < min(len(texts), TOC_WITHIN_BLOCKS):
        end = index
        while end < len(texts) and _entry_line(texts[end]):
            end += 1
        for start in range(index, end):
            if entries := _contents_from(texts, words, where, start, end):
                found.update(entries)
                if start and _TOC_TITLE.match(texts[start - 1] or ""):
                    found.add(start - 1)
                break
        index = max(end, index + 1)
    return found


def _contents_from(texts: list[str | None], words: list[str], where: dict[str, list[int]],
                   start: int, end: int) -> range | None:
    """The entries of a contents list opening at `start` (see mixed_contents), or None."""
    if len(words[start]) < 2:
        return None
    again = next((j for j in where[words[start]] if j > start), None)
    if again is None:
        return None
    entries = range(start, min(again, end))
    numbered = [i for i in entries if parse_marker(texts[i]) or _WIKI_ENTRY.match(texts[i])]
    if len(entries) < MIXED_TOC_MIN_ENTRIES or not MIXED_TOC_MIN_NUMBERED <= len(numbered) < len(entries):
        return None
    below = [key for key in words[again:] if key]
    keys = [words[i] for i in entries if len(words[i]) >= 2]
    back = [key for key in keys if any(line.startswith(key) for line in below)]
    return entries if len(back) > MIXED_TOC_MIN_AGAIN else None


# A contents entry's dot leader and page number: "……3", ". . . . (12)", "------ 6", "…… II", or the word
# processor's page field before the number. The dots lead the eye to the number; no heading or
# sentence ends so (a sentence's "……" ends in a word).
_LEADER_PAGE = re.compile(rf"(?:(?:[.·•]\s?){{3,}}|…{{2,}}|[-—]{{6,}}|{_PAGE_FIELD})"
                          r"\s*[(（]?\s*(?:\d{1,3}|[IVXivx]{1,4})\s*[)）]?\s*$")
LEADER_MIN_ENTRIES = 2


def ends_in_leader_page(line: str) -> bool:
    """The line ends in a contents entry's dot leader and page number ("1.2 适用情形……3"). The
    line-breaks pass asks it: leaders pad every entry of a list to one width, which reads as a
    hard wrap's column, but each entry is a line of its own."""
    return bool(_LEADER_PAGE.search(line))


# A PDF's contents lines run together into one block ("1.1 编制目的……3 1.2 编制依据……3 2 组织…"):
# the block opens with an entry, its leader and page number, and the next entry follows after a
# blank. Only the block's opening is read (an entry and its leader are short; a long line is never
# searched from each of its places).
_LEADER_PAGE_THEN_ENTRY = re.compile(rf"(?:(?:[.·•]\s?){{3,}}|…{{2,}}|[-—]{{6,}}|{_PAGE_FIELD})"
                                     r"\s*[(（]?\s*(?:\d{1,3}|[IVXivx]{1,4})\s*[)）]?\s+(?=\S)")
JOINED_LEADER_WITHIN_CHARS = 200


def _leader_entry(text: str | None) -> bool:
    return bool(text) and bool(_LEADER_PAGE.search(text) or _opens_with_entry(text))


def _opens_with_entry(text: str) -> bool:
    """The block opens with a short numbered entry ending in its leader and page number, more
    entries run on after it."""
    match = _LEADER_PAGE_THEN_ENTRY.search(text[:JOINED_LEADER_WITHIN_CHARS])
    return (match is not None and parse_marker(text) is not None
            and len(_toc_key(text[:match.start()])) <= TOC_ENTRY_MAX_CHARS
            and not _SENTENCE.search(text[:match.start()]))


def _names_a_part(rest: str) -> bool:
    """Nothing, or a short name with no sentence in it: a part's label in a contents list."""
    return (len(rest) <= 2 * TOC_ENTRY_MAX_CHARS and len(_toc_key(rest)) <= TOC_ENTRY_MAX_CHARS
            and not _SENTENCE.search(rest))


def leader_contents(texts: list[str | None]) -> set[int]:
    """Indexes of a contents list whose entries end in a dot leader and a page number: two such
    entries or more, one after another, with the bare part labels between them ("第一部分" over
    "工作职责 ……… (1)": a numbered line with no words of its own, its name and page on the next
    line), or the named parts of a collection's contents ("一、调研文章" over "1.某文 ……… 1"): a
    numbered name right above a leader entry is the list's, as no part's heading stands over a
    page number, when the page numbers never go down (a part's list of amounts or scores led by
    dots, "办公费……200" "差旅费……150", rises and falls). None of them is a heading, whatever its
    number; the parts they list follow (or are on later pages). Unlike a contents list without
    leaders, its place on the page proves nothing: a collection page may print a sample's
    contents halfway down."""
    found: set[int] = set()
    lines = [i for i, t in enumerate(texts) if t]
    run: list[int] = []

    def close() -> None:
        entries = [i for i in run if _leader_entry(texts[i])]
        if len(entries) < LEADER_MIN_ENTRIES:
            return
        pages = [int(m.group(1)) for i in entries if (m := _LEADER_NUMBER.search(texts[i]))]
        rising = all(a <= b for a, b in itertools.pairwise(pages))
        found.update(i for i in run if rising or i in entries or _bare_label(texts[i]))
        if run[0] and _TOC_TITLE.match(texts[run[0] - 1] or ""):
            found.add(run[0] - 1)  # the list's "目录" line is its own

    for position, index in enumerate(lines):
        text = texts[index]
        following = texts[lines[position + 1]] if position + 1 < len(lines) else None
        if _leader_entry(text):
            run.append(index)
            continue
        # ("1 总则" over "1.1 编制目的……3": a part numbered by a number and a blank, as a PDF gives it)
        end = _number_end(text)
        if end is not None and _names_a_part(text[end:]) and _leader_entry(following):
            run.append(index)  # "第二部分" over its named entry, "二、经验文章" over its entries
            continue
        close()
        run = []
    close()
    return found


# The page number a leader ends in (Roman numerals are not compared).
_LEADER_NUMBER = LazyPattern(r"(\d{1,3})\s*[)）]?\s*$")


def _bare_label(text: str) -> bool:
    """A numbered line with no words of its own ("第二部分")."""
    marker = parse_marker(text)
    return marker is not None and not text[marker.end:].strip()


# A contents entry whose leader the page lost: its words, then a blank or one or two dots, then its
# page number ("单元二 书信 张三.25", "2.办公环境管理 2"). A heading's words never end so.
_PAGED_ENTRY = re.compile(r"^(?P<words>.*?[\u3400-\u9fff][^\d.．·…]*?)(?:\s+|\s*[.．·…]{1,2}\s*)(?P<page>\d{1,3})$")
PAGED_MIN_ENTRIES = 3


def _paged_entry(text: str | None) -> tuple[str, int] | None:
    """(words, page number) of a short line ending in a page number set apart from its words."""
    if not text or len(_toc_key(text)) > TOC_ENTRY_MAX_CHARS or _SENTENCE.search(text):
        return None
    match = _PAGED_ENTRY.match(text.strip())
    return (match.group("words"), int(match.group("page"))) if match else None


# A PDF's contents entry may give its page number on the next line, alone ("一、项目概况" / "1" /
# "二、建设必要性" / "4"): a numbered short name, then a number of at most three digits.
_LONE_PAGE = LazyPattern(r"^\s*(\d{1,3})\s*$")


def _named_entry(text: str | None) -> bool:
    """A numbered short line with no sentence in it: an entry whose page number may follow."""
    end = _number_end(text) if text else None
    return end is not None and _entry_line(text) and bool(_entry_words(text))


def paged_contents(texts: list[str | None]) -> set[int]:
    """Indexes of a contents list with page numbers but no leaders: three or more short lines in a
    row, each ending in a number set apart from its words, the numbers never going down and
    rising over the run ("目次 单元一 公文 张三.1" / "单元二 书信 李四.25" / "单元三 …43"), the
    words not all alike ("步骤 1" / "步骤 2" / "步骤 3" is one label counted, no contents). The
    pages the entries point to only ever grow; a list of sections numbered at their end does not
    count pages. A "目录" line above is the list's own. A PDF may give each entry's page number on
    the line below it, alone ("一、项目概况" / "1" / "二、建设必要性" / "4"): the pair is one entry."""
    found: set[int] = set()
    lines = [i for i, t in enumerate(texts) if t]
    run: list[tuple[int, str, int]] = []
    apart: dict[int, int] = {}  # an entry's page number a PDF set on the line below it, alone

    def close() -> None:
        pages = [page for _, _, page in run]
        if (len(run) >= PAGED_MIN_ENTRIES and pages[-1] > pages[0]
                and all(a <= b for a, b in itertools.pairwise(pages))
                and len({squeeze(words) for _, words, _ in run}) > 1):
            found.update(i for i, _, _ in run)
            found.update(apart[i] for i, _, _ in run if i in apart)
            if run[0][0] and _TOC_TITLE.match(texts[run[0][0] - 1] or ""):
                found.add(run[0][0] - 1)

    waiting: int | None = None  # a numbered entry whose page number may stand on the next line
    for index in lines:
        text = texts[index]
        if waiting is not None:
            if page := _LONE_PAGE.match(text):
                run.append((waiting, _entry_words(texts[waiting]), int(page.group(1))))
                apart[waiting] = index
                waiting = None
                continue
            waiting = None
            close()
            run = []
        entry = _paged_entry(text)
        if entry is not None:
            run.append((index, *entry))
        elif _named_entry(text):
            waiting = index
        else:
            close()
            run = []
    close()
    return found


# "特訂定本要點", "本要點經行政會議通過": the document names itself a 要點 (a regulation's points).
# 本 must open the name (after a clause mark or a verb of enacting): "基本要点" "根本要点" "文本要点"
# in a report's sentence name no regulation, and its 一、 parts stay headings.
_NAMES_ITSELF_POINTS = re.compile(
    r"(?:^|[\s，,。；;：:、（(「“]|訂定|订定|制定|修正|修訂|修订|依|按|經|经|適用|适用)本要[點点]")


def names_itself_points(texts: list[str | None]) -> bool:
    return any(_NAMES_ITSELF_POINTS.search(t) for t in texts if t)


# "议程一：[议程内容]", "主持人：____", "日期：×××": a label whose whole value is a blank.
_FILL_IN = re.compile(r"""[:：]\s*(?:[\[［【][^\]］】]*[\]］】]   # [填写会议名称]  【内容】
    |[_＿]{2,}|[×xX＊*]{2,}|[(（]\s*[)）])\s*$""", re.X)
# "问：…" "Q：…": a question of a Q&A list, its answer on the next line.
_QUESTION = re.compile(r"^(?:问|提问|问题|Q|q)\s*\d{0,2}\s*[:：]")


# A line that is nothing but a blank to fill in: the value of the field named on the line above.
_BLANK_LINE = re.compile(r"^\s*(?:[_＿]{4,}|[×xX＊*]{4,})\s*$")


def is_fill_in(rest: str, following: str | None = None) -> bool:
    """The text after the marker is a form field with a blank to fill in, on its line or as the
    whole next line ("1.设备名称、型号" / "________")."""
    return bool(_FILL_IN.search(rest)) or bool(following and _BLANK_LINE.match(following))


def is_question(rest: str) -> bool:
    return bool(_QUESTION.match(rest))


# A flattened table's row label: a statistics table copied out of a page loses its grid and prints
# each cell on a line of its own, so a numbered row ("一、本年新收申请数量", "2.网上申请数") stands over
# its figures ("4" / "1" / "5", blank lines or a cell's bar between). Two or more lines of nothing but
# a figure right under a numbered line are its row's cells; a section's heading stands over words.
# (not a year, "2022" / "2023": a heading over a table whose columns are years stays a heading)
_CELL = re.compile(r"^\s*[|｜]?\s*(?!(?:19|20)\d{2}\s*[|｜]?\s*$)[-+]?\d[\d,，.]*\s*[%％]?\s*[|｜]?\s*$")
ROW_MIN_CELLS = 2


def is_row_label(texts: list[str | None], index: int) -> bool:
    """Whether the numbered line at `index` heads a row of figures, each on a line of its own."""
    cells = 0
    for text in texts[index + 1:]:
        if not text or not text.strip():
            continue
        if not _CELL.match(text):
            return False
        cells += 1
        if cells >= ROW_MIN_CELLS:
            return True
    return False


# An exercise's question: "1.下列说法中，正确的是（ ）" ends with its answer's blank (empty, or
# holding the answer's letters: "（ AC ）"), or its options follow, "A.…" "B.…" "C.…" on lines of
# their own or two or more on one line. A question of a test names no section.
_ANSWER_BLANK = re.compile(r"(?:[(（]\s*[A-Da-d]{0,4}\s*[)）]|[_＿]{3,})\s*[。.？?]?\s*"
                           r"(?:[(（]\s*\d{1,2}\s*分\s*[)）])?\s*$")  # ("…是（ ）（3分）": the marks it scores)
_OPTION = re.compile(r"^\s*[(（]?(?P<letter>[A-D])\s*[)）.．、]")
_INLINE_OPTIONS = re.compile(r"^\s*[(（]?A\s*[)）.．、].*\s[(（]?B\s*[)）.．、]")
OPTIONS_MIN = 3
# A test's options printed in one row, A, B and C each with its mark ("A:报告 B:请示 C:函 D:通知",
# "A.纪实 B.抒情 C.议论"): an answer site that renders a test as a numbered list numbers the row as
# it numbers the question over it ("1. …( )。" / "2. A:… B:… C:…"). Options name no section.
_OPTION_ROW = re.compile(r"^\s*[(（]?A\s*[)）.．、:：](?=\S).*?[(（]?B\s*[)）.．、:：](?=\S).*?"
                         r"[(（]?C\s*[)）.．、:：]\s*\S")


def is_exercise(rest: str, below: list[str | None]) -> bool:
    """The text after the marker is a test's question (`below`: the lines under it), or a row of
    its options."""
    if _ANSWER_BLANK.search(rest) or _OPTION_ROW.match(rest):
        return True
    if below and below[0] and _INLINE_OPTIONS.match(below[0]):
        return True
    letters = []
    for line in below[:OPTIONS_MIN]:
        option = _OPTION.match(line or "")
        if not option:
            break
        letters.append(option.group("letter"))
    return letters == list("ABCD"[:OPTIONS_MIN])


# "[1] 王某. 题名[J]. 刊名, 2019(3): 12-14.": an entry of a reference list, its work's kind coded
# in brackets after the title as GB/T 7714 writes it (J journal, M book, D thesis, C proceedings,
# N newspaper, R report, S standard, P patent, EB/OL online…). An entry names no section or sample.
_REFERENCE_KIND = re.compile(r"\[(?:J|M|D|C|N|R|S|P|G|Z|A|EB|DB|CP|DS)(?:\s*/\s*OL)?\]\s*[.．,，。:：]")


def is_reference(text: str) -> bool:
    return bool(_REFERENCE_KIND.search(text))


# The first cell of a table's header row: the words header rows open with.
_HEADER_CELL = LazyPattern(
    r"(?:序号|编号|序|项目|名称|类别|类型|分类|内容|原因|问题|事项|时间|阶段|步骤|环节|指标|要素|要点|方面"
    r"|部门|岗位|职责|姓名|日期|模块|维度|措施|方法|方式|形式|对比项|区别|特点|作用|标准)$")
_CELL_SEPARATOR = LazyPattern(r"\s*[|｜]\s*")
HEADING_PART_MIN_CHARS = 2


def table_header_cut(text: str, start: int) -> int:
    """Where a heading glued to the header row of its table ends (0: no such heading). The row
    is cells between "|"; its first cell, glued to the heading, is a header word (序号, 项目 …)
    or the heading's own last words repeated ("常见原因原因 | 简要说明")."""
    separator = _CELL_SEPARATOR.search(text, start)
    if separator is None:
        return 0
    before = text[start:separator.start()]
    cut = 0
    repeated = re.search(r"(\S{2,4})\1$", before)
    if repeated:
        cut = repeated.start(1) + len(repeated.group(1))
    elif header := _HEADER_CELL.search(before):
        cut = header.start()
    if len(before[:cut].strip()) < HEADING_PART_MIN_CHARS:
        return 0
    return start + cut
