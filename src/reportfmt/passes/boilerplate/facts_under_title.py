"""A page's row of facts between its title and the next line of chrome at the top.

    我的年度读书账             <- the page's title (the metadata pass took it)
    随笔 2021-01-04 3个回答    <- goes
    我的年度读书账             <- the title printed again (title.repeated-title), or any other chrome

Sites print the title, then a row of the page's facts (column, date, counters, poster, its
buttons: whatever their wording), then the article, which often opens with the title again.
What stands there, between the title taken and a line gone as chrome, before any line of the
text, is the page's: the text has not begun. Taken only when every line of that short run
(RUN_MAX lines) is shaped as a row of facts, not as the text: short, no sentence punctuation,
holding a date or a label's colon (a subtitle, a byline of names, a heading or a count holds
neither form), no section number or sample marker. Used by the boilerplate pass after its rules;
recorded `meta-lines.facts-under-title`.

Round 28: the same row when no line below it went, however its labels are worded ("供稿方:某某
执笔:某某 上线时间:2021-03-02 09:15"): one line right under the title, then the text's prose, the
line holding two labelled fields or more and a date as a machine prints it (dashes, slashes or
dots), one of them naming who (a person, an office, a site). A document prints its own fields
there too, but never so: a meeting's when and where (`会议时间`, `地点`, `主持人`), a signer and
the day they signed, one act named twice (`申请人:… 申请日期:…`, `检查人:… 检查日期:…`), a
record's numbers and dates alone (`编号:… 日期:…`), a contact's telephone, or a row followed by
more rows (a form).

Round 48: the same row with no label at all, a column's, a blog's or a source's name, the date,
and a name or a clock time after it ("校务动态 · 2024年3月6日 · 教务处", "某某小筑 2024年5月20日
10:12:45 某某社", "某某通 2024-04-18 某某股份(600000)公司公告"; 3 own-tune sites; a stored
stock-news page prints "source · date time" so). The date stands alone between names, parted from
them by blanks, dots or bars: a document's own line under its title dates itself last (a brief's
"某某办公室 2024年3月5日", a signature), or a diary's day opens its line with the weekday and
the weather after it; a speech's occasion ("在2024年3月5日…大会上的讲话") holds its date inside
its words, with no blank around it.
"""

from __future__ import annotations

import re

import panflute as pf

from ..elements import block_text, is_text_block
from ..headings.samples import sample_marker
from ..patterns import SALUTATION, SECTION_NUMBER
from ..regex_cache import LazyPattern
from ..script import fold_script
from .placement import holds_picture
from .ruleset import Rule, keeping_rule

RULE = "meta-lines.facts-under-title"
# The most lines a row of facts takes when the scrape puts its parts a line each.
RUN_MAX = 3
# A row of facts is short; a longer line at the top is the text's opening or the page's lead-in.
FACTS_MAX_CHARS = 48
# A sentence's or a clause's punctuation: a row of facts has none ("11 月 20, 2023" is a date).
_SENTENCE = re.compile(r"[。！？!?；;，、“”\"《》]")
# What a row of facts holds: a date as a page prints it (a year and its month, a clock time) or
# a label's colon. A bare count ("15家企业") may be a line of the text's own (a chart's label).
_FACT = LazyPattern(r"(?:19|20)\d{2}\s*[-/.年,]\s*\d|\d{1,2}\s*月\s*\d{1,2}|\d{1,2}:\d{2}|[:：]")
EXAMPLE = ("我的年度读书账", "随笔 2021-01-04 3个回答")
# A labelled field: a short label opening it (at the line's start or after a blank, a bar, a
# bracket), its colon.
_FIELD_LABEL = re.compile(r"(?:^|(?<=[\s|｜丨/【\[]))([\u4e00-\u9fff]{2,6})\s*[:：]")
# A date as a machine prints it: the year, then month and day parted by dashes, slashes or dots.
_MACHINE_DATE = LazyPattern(r"(?<!\d)(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)")
# A notice's own fields at its top: its meeting's or event's when, where, who.
_MEETING_LABEL = LazyPattern(r"会议|活动|地点|主持|参加|出席|与会|参会|会期")
# Who put the page up: a field whose value is a name (a person, an office, a site), not only
# numbers and dates ("编号：2023-05 日期：2023-05-06" is a record's own head).
_NAMED_FIELD = re.compile(r"[:：]\s*[^\s\d:：|｜丨/【】\[\]]")
# A telephone's or an identifier's run of digits: a document's contact or certificate, never the
# page's facts (a count of readers stays under a million).
_LONG_NUMBER = LazyPattern(r"\d{7,}")
# A 公文's own field naming whom it is sent to ("受文者：…", a Taiwan 函's first header line): the
# document's, never the page's facts.
_ADDRESSEE_FIELD = re.compile(r"^(?:受文者|受文单位|受文單位|主送)[:：]")
# The text's prose: a long line, or one holding a sentence's or a clause's punctuation.
_PROSE = re.compile(r"[。！？!?；;，]")
PROSE_MIN_CHARS = 20
# A row of facts as printed, its blanks counted: longer than this it is no row (facts_row).
OPEN_ROW_MAX_CHARS = 120


# A clause introducing the text under it ("…汇报如下：", "…通知如下："): words, no other colon, and
# the 如下 that hands over to what follows (a site's lead-in offers its page, it hands over nothing).
_INTRODUCING = LazyPattern(r"^[^:：\d]{6,}如下[:：]$")


def facts_row(text: str) -> bool:
    """Whether a line is shaped as a row of the page's facts (not a line of the text)."""
    squeezed = "".join(text.split())
    # A salutation ("尊敬的各位领导：") holds a colon too, but it opens the text: it is no label;
    # nor is the clause introducing the text ("下面将本季度工作情况汇报如下："):
    # a field's label is a word or two, and a row's colon has its value after it.
    return (0 < len(squeezed) <= FACTS_MAX_CHARS and not _SENTENCE.search(squeezed) and _FACT.search(squeezed)
            is not None and SECTION_NUMBER.match(squeezed) is None and sample_marker(squeezed) is None
            and SALUTATION.match(squeezed) is None and _INTRODUCING.match(squeezed) is None
            and _ADDRESSEE_FIELD.match(squeezed) is None)


def open_facts_row(text: str) -> bool:
    """Whether a line is a row of the page's facts by its form alone (see the module's note)."""
    if len(text) > OPEN_ROW_MAX_CHARS or not facts_row(text):  # (a long line is never folded here)
        return False
    if dated_name_row(text):
        return True
    squeezed = " ".join(fold_script(text).split())
    labels = _FIELD_LABEL.findall(squeezed)
    if len(labels) < 2 or not _MACHINE_DATE.search(squeezed):
        return False
    acts = [label[:2] for label in labels]
    return (not any(_MEETING_LABEL.search(label) for label in labels) and len(set(acts)) == len(acts)
            and _NAMED_FIELD.search(squeezed) is not None and _LONG_NUMBER.search(squeezed) is None)


# A date standing alone as one part of a row: the year, month and day as a page prints them, in
# figures ("2023年11月8日", "2024-04-18", "2024/4/18"), perhaps its clock time after it.
_ROW_DATE = LazyPattern(r"(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\d{1,2}[-/.]\d{1,2})"
                       r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?")
_CLOCK = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
# What parts a row: blanks, a middle dot, a bar.
_ROW_SEP = LazyPattern(r"\s*[|｜丨·•]\s*|\s+")
# A name in a row: words, perhaps a short code in brackets ("某某股份(600000)"), no date's figures.
_ROW_NAME = LazyPattern(r"[^\W\d_](?:[^\s|｜丨·•:：]*[^\W_])?(?:[(（]\w{1,8}[)）]\w{0,8})?")
# After a date, a diary's weekday or weather, or a document's "印发": the text's own line.
_ROW_PARTING = (" ", "·", "|", "｜", "丨", "•")
# A brief's or a journal's issue ("第5期"): the document's own head, dated under its title.
_ISSUE = LazyPattern(r"^第\S{1,6}[期号號]$")
_DAY_WORD = LazyPattern(r"^(?:(?:星期|周|礼拜|禮拜)[一二三四五六日天]|[晴阴陰雨雪风風云雲雾霧霾多转轉小中大到暴]{1,6}"
                       r"|印发|印發)$")


def dated_name_row(text: str) -> bool:
    """Whether a line is a row of names with a date standing between them ("栏目 · 2023年11月8日 ·
    处室", "博客名 2024年5月20日 10:12:45 社团名"): a name, the date, then a name or a clock time,
    each part parted from the next by blanks, a dot or a bar (see the module's note)."""
    line = " ".join(fold_script(text).split())
    date = _ROW_DATE.search(line)
    if date is None or _ROW_DATE.search(line, date.end()) is not None:
        return False
    before = [part for part in _ROW_SEP.split(line[:date.start()]) if part]
    after = [part for part in _ROW_SEP.split(line[date.end():]) if part]
    clocked = _CLOCK.search(date.group()) is not None
    if not before or not (after or clocked) or not line[:date.start()].endswith(_ROW_PARTING):
        return False
    if after and not line[date.end():].startswith(_ROW_PARTING):
        return False
    return (len(before) <= 2 and len(after) <= 2 and not any(_DAY_WORD.match(part) for part in after)
            and not any(_ISSUE.match(part) for part in before + after)
            and all(_ROW_NAME.fullmatch(part) for part in before + after))


def _prose(text: str) -> bool:
    squeezed = "".join(text.split())
    return len(squeezed) >= PROSE_MIN_CHARS and _PROSE.search(squeezed) is not None


def drop_facts_under_title(original: list[tuple[int, pf.Block]], kept: list[tuple[int, pf.Block]],
                           removed: dict[int, str], keep: frozenset[int], rules: tuple[Rule, ...],
                           title: str | None) -> tuple[list[tuple[int, pf.Block]], list[tuple[int, str, str]]]:
    """(kept blocks, removed records): the run of fact rows opening what the page keeps, when
    the page's title was taken above it and the line right below it went whole as chrome.
    `removed`: origin -> rule of the lines gone so far; a line a `keep` rule names stays."""
    if not title:
        return kept, []
    kept_at = dict(kept)
    lines = [origin for origin, block in original if is_text_block(block) and block_text(block).strip()]
    first = next((index for index, origin in enumerate(lines) if origin in kept_at), None)
    if first is None:
        return kept, []
    run = []
    for origin in lines[first:first + RUN_MAX + 1]:
        if origin not in kept_at:
            break
        run.append(origin)
    below = first + len(run)
    if len(run) > 1 and _prose(block_text(kept_at[run[1]])) and open_facts_row(block_text(kept_at[run[0]])):
        # No chrome under it: one row of facts by its form alone, the text's prose under it.
        run, below = run[:1], first + 1
    elif not run or len(run) > RUN_MAX or below >= len(lines) or lines[below] not in removed:
        return kept, []
    if _meeting_fields([block_text(kept_at[origin]) for origin in run]):
        return kept, []
    for origin in run:
        block = kept_at[origin]
        text = block_text(block)
        if (id(block) in keep or holds_picture(block) or not facts_row(text)
                or keeping_rule(rules, " ".join(text.split())) is not None or _names_quoted_work(text, title)):
            return kept, []
    taken = set(run)
    return ([item for item in kept if item[0] not in taken],
            [(origin, " ".join(block_text(kept_at[origin]).split()), RULE) for origin in run])


def _meeting_fields(texts: list[str]) -> bool:
    """A meeting's own fields heading its minutes (round 35): a line holding a meeting's field
    ("地点：三楼会议室", "主持：…", "参会人员：…"), on its own or beside its 时间. A page's row of
    facts holds no meeting's label (its 作者, 来源, 时间 alone may be a page's: they still go)."""
    return any(_MEETING_LABEL.search(label) for text in texts
               for label in _FIELD_LABEL.findall(" ".join(fold_script(text).split())))


# The name a title quotes in book marks ("《某书》读书笔记", "读《某书》有感").
_QUOTED = re.compile(r"《([^《》]{1,30})》")


def _names_quoted_work(text: str, title: str) -> bool:
    """A field whose value is the work the title quotes ("书名：某书" under "《某书》读书笔记", round
    33): the document's own field (a reading note's book), never a fact of the page's."""
    value = re.split(r"[:：]", text, maxsplit=1)[-1].strip().strip("《》")
    return bool(value) and any(value == name.strip() for name in _QUOTED.findall(title))

