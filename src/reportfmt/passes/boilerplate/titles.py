"""The page repeating its own title (used by boilerplate): whole lines, and a title glued before
the text's first sentence.

Template sites print the title again and again, seldom byte-identical: with the count of the
samples the page holds ("(精选20篇)", "（通用12篇）", "5篇"), with a selling word ("范文", "模板",
"最新"), with the year in front, a page number or a file extension behind, in 【】 or 《》, in
traditional characters. What stays when those affixes go is the title's core (title_core.py); a
line whose core is the title's core is the title again. Deep in the page only a line that still carries a count
of samples counts: there a bare "工作计划" may be a section's own name, and "工作计划 2" a sample's.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from ..headings.samples import announces_samples, numbered_title, sample_marker
from ..patterns import SECTION_NUMBER
from ..regex_cache import LazyPattern
from ..script import fold_script, to_simplified
from ..title_core import CORE_MIN_CHARS, institution_before, title_core
from ..title_core import COUNT as _COUNT
from ..title_core import FILE_EXTENSION as _FILE_EXTENSION
from ..title_core import SELECTION as _SELECTION
from ..width import fold_width
from . import repeats

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: the filter's path never needs it
if TYPE_CHECKING:
    from difflib import SequenceMatcher

# A line this similar to the title near the top is the page repeating its own title.
REPEATED_TITLE_SIMILARITY = 0.75
# Below this length a title repeated deep in the page may be a section's own name ("工作计划").
TITLE_REPEAT_MIN_CHARS = 6
# A repeat carries a few affixes at most: a longer line is something else that starts alike.
AFFIX_MAX_CHARS = 24

# A reference entry's full name in brackets under its short title ("(中华人民共和国X)" under
# "X"): the title again, with at most this many characters more in front of it.
FULL_NAME_MAX_EXTRA = 12
_BRACKETED_NAME = re.compile(r"^[(（]\s*([^()（）。！？!?，,；;：:]{2,60}?)\s*[)）]$")


# "主旨：检送…须知，请查照。", "事由：关于调整作息时间的通知": the first part of a 公文's text (a 函's
# 主旨, a form's 事由, a motion's 案由) names its subject under its label, and often in the title's
# words. The line is the document's own, never the page repeating its title; an index table's
# "标题:"/"名称:" field is the site's and may go.
_DOCUMENT_PART_FIELD = re.compile(r"^\s*(?:主旨|事由|案由)\s*[:：]")


# A full stop ending the line: a sentence.
_SENTENCE_END = re.compile(r"。\s*$")
# "…如下：" ending the line: a sentence introducing what follows (a list, a table). Not "详情如下：":
# an aggregator's lead on the document it copies ("日前，某某发布了《…》，详情如下："), the site's
# line, which the title's repeats take with the title.
_INTRODUCES_BELOW = re.compile(r"(?<!详情)(?<!詳情)如下\s*[:：]\s*$")


def counts_samples(text: str) -> bool:
    return bool(_COUNT.search(fold_script(text)))


def repeats_title(text: str, title: str | None, in_head: bool) -> bool:
    """Pages repeat their title above the body, not always byte-identical (2023 vs 2022);
    文库 pages repeat it several times, with or without its file extension, and some sites
    stamp it above every part of the page. (Read with full-width digits folded: "工作方案１"
    opens the first sample as "工作方案1" does.)"""
    text, title = fold_width(text or ""), fold_width(title) if title else title
    title_key = _title_key(title)
    if (not title or not text or SECTION_NUMBER.match(text) or _DOCUMENT_PART_FIELD.match(text)
            or sample_marker(text, title_key) or title_before_first_part(text, title)
            or (counts_samples(title) and numbered_title(text, title_key, near=True) is not None)):
        # A numbered section heading ("一、…"), a 公文's subject field ("主旨：…") or a sample's
        # marker ("…篇1", or the title's words and a number on a page announcing several
        # samples, a word of them added or dropped) is never the page repeating its title.
        return False
    bare_text, bare_title = (repeats.squeeze(_FILE_EXTENSION.sub("", t)) for t in (text, title))
    if len(bare_title) >= TITLE_REPEAT_MIN_CHARS and bare_text == bare_title:
        return True
    if _SENTENCE_END.search(text) and not _SENTENCE_END.search(title):
        # "我爱秋天的校园。" under "秋天的校园": a sentence of the text naming its subject (an
        # essay's last line), more than the title and ending as a sentence does. A page's repeat of
        # its title never ends on a full stop.
        return False
    if _INTRODUCES_BELOW.search(text) and not _INTRODUCES_BELOW.search(title):
        # "…现将某某局2025年9月采购意向公开如下：" under "某某局2025年9月采购意向公告": the text's
        # lead naming its subject before the list or table it introduces. A page's repeat of its
        # title never ends on "如下：".
        return False
    if in_head and (bracketed := _BRACKETED_NAME.match(text)):
        core, name = title_core(title), title_core(bracketed.group(1))
        if len(core) >= CORE_MIN_CHARS and name.endswith(core) and len(name) - len(core) <= FULL_NAME_MAX_EXTRA:
            return True
    if first_sample(text, title):
        return False  # "工作方案 1": the title's words numbered 1 open the first sample
    if len(bare_text) <= len(bare_title) + AFFIX_MAX_CHARS and (in_head or counts_samples(text)):
        core = title_core(title)
        if len(core) >= CORE_MIN_CHARS and title_core(text) == core:
            return True
        if in_head and len(core) >= CORE_MIN_CHARS and institution_before(title_core(text), core):
            return True  # "国立某某中学图书馆借阅管理要点" under "图书馆借阅管理要点": the unit's print of it
    if not in_head or 2 * min(len(title), len(text)) < REPEATED_TITLE_SIMILARITY * (len(title) + len(text)):
        return False  # SequenceMatcher.real_quick_ratio, an upper bound of ratio, without building one
    if 2 * (Counter(title) & Counter(text)).total() < REPEATED_TITLE_SIMILARITY * (len(title) + len(text)):
        return False  # its quick_ratio (the characters the two share), a closer bound, without importing difflib
    from difflib import SequenceMatcher  # here: most pages never get this far (3 M instructions)

    matcher = SequenceMatcher(None, title, text, autojunk=False)
    return matcher.ratio() >= REPEATED_TITLE_SIMILARITY and _leaves_out_no_word(matcher, title)


# A repeat may say more than the title ("在庆祝…大会上的讲话" under "…大会讲话") and differ from
# it in a year, a number, punctuation, an affix; it does not leave out the title's words:
# "演讲稿的标准格式" under "演讲稿标准格式及范文" is the guide's first section, not the title again.
_NOT_A_WORD = LazyPattern(rf"[\d\s\W_a-zA-Z年度]|{_SELECTION[3:-1]}|范文|范本|模板|大全|篇")


def _leaves_out_no_word(matcher: SequenceMatcher, title: str) -> bool:
    left_out = "".join(title[i1:i2] for tag, i1, i2, _, _ in matcher.get_opcodes() if tag in ("delete", "replace"))
    return not _NOT_A_WORD.sub("", fold_script(left_out))


@functools.lru_cache(maxsize=64)
def _title_key(title: str | None) -> str | None:
    """The squeezed title when it announces several samples (sample_marker's title_key); once
    per title, not per line."""
    return repeats.squeeze(title) if title and announces_samples([title]) else None


# The body a glued title may stand before: a sentence, long enough not to be a subtitle.
GLUED_BODY_MIN_CHARS = 20
# A title glued with no blank between: this long at least (an essay's first sentence may open
# with its short title's words, "我的妈妈是…"), and the rest opens with what never goes on a
# title's words: a number (a year, a date, a sample's count: "…工作打算2023年上半年，…"), or a
# mark a site sets before an author's name or a part ("…不能走过场◎某某 前不久…").
GLUED_NO_BLANK_MIN_CHARS = 10
_OPENS_ANEW = LazyPattern(r"^[0-9\uff10-\uff19◎●■□◆◇★☆▲△]")


def _opens_anew(rest: str, title: str) -> bool:
    """Whether what follows a title glued with no blank starts anew (GLUED_NO_BLANK_MIN_CHARS):
    never after a title ending in a digit, whose number the rest may go on, nor before a sample's
    number (SAMPLE_NUMBER_GLUED)."""
    return (len(repeats.squeeze(title)) >= GLUED_NO_BLANK_MIN_CHARS and not title[-1:].isdigit()
            and _OPENS_ANEW.match(rest) is not None and not SAMPLE_NUMBER_GLUED.match(rest))


# "秋季社区邻里运动会活动方案1为丰富社区…", "…方案2为鼓励…": a template page numbers its samples by
# the title's words, glued to each sample's first sentence (samples._glued_to_title reads the
# marker). A number of one or two digits and a word, not a date's, a count's or a rank's unit
# ("…打算3月起…", "…措施5项…"): the title and its number are the sample's marker, which stays.
_UNIT_AFTER_NUMBER = "年月日号號个個项項条條点點天岁歲篇届屆期次名位周週级級"
SAMPLE_NUMBER_GLUED = LazyPattern(rf"^\d{{1,2}}(?=[\u3400-\u9fff])(?![{_UNIT_AFTER_NUMBER}])")


# "社区志愿服务工作计划一、工作目标" (or a short form of the title, "学生会工作计划一、…" under "2025年学生会
# 工作计划书"): a 文库 page's title printed again with its first part's heading run into it, no blank
# between (the part's marker in a site's style: "一，" "一." "一）" "壹、"). The title goes, the heading
# stays: the line is no mere repeat of the title.
_NAME_BEFORE_FIRST_PART = LazyPattern(
    r"^\s*(?P<name>[^\s。，,；;：:！!？?]{4,40}?)(?=(?:[一壹]\s*[、.．]|一\s*[，,）)]|第一章|第一部分|[（(]\s*一\s*[)）])"
    r"\s*[\u3400-\u9fff])")


def title_before_first_part(text: str, title: str | None) -> int:
    """Where the title ends when a line opens with it (its core, or most of it) glued to the first
    part's heading ("一、", "第一章", "（一）" and words), or 0."""
    if not title:
        return 0
    # (the line's opening only: a title and a marker fit in it, and a 3 MB line is not converted whole)
    match = _NAME_BEFORE_FIRST_PART.match(to_simplified(fold_width(text[:64])))  # one for one: offsets stay
    if not match:
        return 0
    written = match.group("name")
    if (sample_marker(written, _title_key(title), announced=True)
            or numbered_title(repeats.squeeze(fold_script(written)), repeats.squeeze(fold_script(title))) is not None):
        return 0  # "…演练方案1一、…": the title numbered is a sample's marker, which stays
    name, core = title_core(written), title_core(title)
    # (the title's words less an affix the page's own title carries: "2025年…计划书" over "…计划")
    if len(name) < CORE_MIN_CHARS or name not in core or 4 * len(name) < 3 * len(core):
        return 0
    return match.end("name")


def glued_title_end(text: str, title: str | None) -> int:
    """Where the title a line opens with ends, when the body follows it in the same line
    ("赴某县考察的情况报告 考察团此行…", "【述职报告是什么】“述职报告”是…"), or 0. Only the exact
    title (its core for a bracketed one), followed by a blank or closed by its bracket."""
    if not title or len(repeats.squeeze(title)) < TITLE_REPEAT_MIN_CHARS:
        return 0
    plain, wanted = to_simplified(text), to_simplified(title)  # one for one: offsets stay
    bracketed = re.match(r"[【\[]\s*([^】\]]{2,60})\s*[】\]]", plain)
    if bracketed and title_core(bracketed.group(1)) == title_core(title):
        end = bracketed.end()
    elif plain.startswith(wanted) and (plain[len(wanted):len(wanted) + 1].isspace()
                                        or _opens_anew(plain[len(wanted):], wanted)):
        end = len(wanted)
    else:
        return 0
    rest = text[end:].strip()
    # A bracket closes the title whatever follows it, a numbered section included ("【标题】2、报身
    # 。报身也称…": the site stamps its title before a part of the text); a bare title before a
    # section number may be the text's own heading run into its first section.
    # After a bracketed title, the first section's heading however short ("【标题】一、定义与作用"):
    # the heading is the text's, the bracket the site's stamp.
    if bracketed and SECTION_NUMBER.match(rest):
        return end
    return end if len(rest) >= GLUED_BODY_MIN_CHARS and (bracketed or not SECTION_NUMBER.match(rest)) else 0


def repeats_sample_name(text: str, previous: str | None) -> bool:
    """"第一篇：主题教育党课材料" then "主题教育党课材料": the sample's name printed again under its
    marker (the marker's line keeps the name)."""
    if not previous or not text:
        return False
    marker = sample_marker(previous)
    if marker is None or (marker.end >= len(previous) and marker.bare):
        return False
    name = re.sub(r"^[\s:：】\]]+", "", previous[_marker_end(previous):])
    return len(name) >= CORE_MIN_CHARS and repeats.squeeze(fold_script(name)) == repeats.squeeze(fold_script(text))


def repeats_line_above(text: str, previous: str | None) -> bool:
    """"绩效考核目标责任书范例" printed twice in a row at the top of a 文库 page listing the
    documents it collects: a document does not give one short title-shaped line twice running,
    the page repeated it."""
    if not previous or not text:
        return False
    bare = repeats.squeeze(text)
    return (TITLE_REPEAT_MIN_CHARS <= len(bare) <= REPEATED_LINE_MAX_CHARS and bare == repeats.squeeze(previous)
            and not SECTION_NUMBER.match(text) and not re.search(r"[。；;！？!?，,：:]", text)
            and repeats.holds_words(bare))


REPEATED_LINE_MAX_CHARS = 60


def named_as_sentence(text: str, previous: str | None) -> bool:
    """"防汛工作报告。" right above "防汛工作报告" at the top: the page naming itself in a
    sentence, then the name. A document does not give its title twice running, the first time
    closed by a full stop: both lines are the page's (the first a lead-in, the second a repeat)."""
    if not previous or not text:
        return False
    bare, above = repeats.squeeze(text), repeats.squeeze(previous)
    return (above[-1:] in ("。", ".", "．") and above[:-1] == bare
            and repeats_line_above(text, text))


_MARKER_HEAD = LazyPattern(r"^(?:第\s*[一二三四五六七八九十\d]{1,3}\s*篇|[【\[]?\s*篇\s*[一二三四五六七八九十\d]{1,3}|"
                          r"(?:范文|範文)\s*[一二三四五六七八九十\d]{1,3})")


def _marker_end(text: str) -> int:
    match = _MARKER_HEAD.match(text.strip())
    return match.end() + (len(text) - len(text.lstrip())) if match else len(text)


_FIRST = re.compile(r"^(?P<stem>.+?)\s*1$")


@functools.lru_cache(maxsize=4096)
def first_sample(text: str, title: str | None) -> bool:
    """The title's words (or its core) numbered 1: the first of the samples a page holds
    ("工作方案 1", and with a year before them or the number in brackets: "2016年…主持词(一)").
    Kept per (line, title), a pure function of them: the line loop asks it of every line in
    every round, and the pipeline's settling rounds run the loop again over the same lines."""
    if title and numbered_title(text, repeats.squeeze(fold_script(title))) == 1:
        return True
    match = _FIRST.match(repeats.squeeze(fold_script(text)))
    if not title or not match or match.group("stem")[-1:].isdigit():
        return False
    stem = match.group("stem")
    return stem == repeats.squeeze(fold_script(title)) or (
        len(title_core(title)) >= CORE_MIN_CHARS and title_core(stem) == title_core(title))


# "…倡议书2" after "…倡议书1亲爱的居民朋友们：" (the first sample's number glued to its addressee):
# the title's words numbered on from a line above open the next sample. The number: digits after
# the title's words, read at a line's start above (a glued copy's words go on after it).
_NEXT_NUMBER = re.compile(r"^(?P<stem>.+?\D)(?P<num>\d{1,2})$")


def numbers_on_from_above(text: str, title: str | None, above: list[str]) -> bool:
    """The line is the title's words and a number N (2 or more), and a line above opens with the
    same words numbered N - 1: the page numbers its samples by the title, whether or not the title
    counts them, and this copy is the next sample's name, not the title again."""
    if not title or not text or len(text) > 2 * len(title) + AFFIX_MAX_CHARS:
        return False
    squeezed = repeats.squeeze(fold_script(text))
    match = _NEXT_NUMBER.match(squeezed)
    if match is None or int(match.group("num")) < 2:
        return False
    if numbered_title(text, repeats.squeeze(fold_script(title))) is None:
        return False
    previous = f"{match.group('stem')}{int(match.group('num')) - 1}"
    return any(line.startswith(previous) and not line[len(previous):len(previous) + 1].isdigit()
               for line in (repeats.squeeze(fold_script(t)) for t in above if t))
