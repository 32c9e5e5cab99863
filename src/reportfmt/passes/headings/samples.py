"""Sample markers: a 范文 page holding several samples ("…7篇") marks where each starts.

Forms seen on template sites: "第1篇：" "第一篇：…", "篇一：" "【篇一：标题】", "标题 篇1" "标题篇一",
"标题第1篇", "【一】", "范文一" "【范例一】", "标题范文1" "标题范本一", and, on a page whose title or
lead-in announces several ("通用6篇", "（二篇）"), a genre word numbered ("心得体会1：") and the
title's own words followed by a number ("实施方案 1"). Each marker becomes a top-level section
(family "sample" ranks above every numbering family); batch/samples.py can write each sample
as a document of its own.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..regex_cache import LazyPattern
from ..script import fold_script
from ..title_core import CORE_MIN_CHARS, title_core
from .lookalikes import is_reference
from .measure import LINE_PUNCT, is_body, visible_len, word_pairs
from .numbering import cn_to_int, parse_marker

# The class a sample's heading carries (the "sample" family's): batch/samples.py splits there,
# write/sample_headings.py lays the samples' headings out.
SAMPLE_CLASS = "sample"
# A sample's own name after its marker and a colon ("…篇1：肩上的分量"): a title, this long at most.
NAMED_SAMPLE_MAX_CHARS = 24
_NUM = r"(?P<num>[一二三四五六七八九十]{1,3}|\d{1,2})"
# Genre words a glued marker's stem ends with ("…格式及范文篇一根据…", a 作文 site's "初中写人作文 篇1我们楼下…"):
# never "千篇一律".
# (and a contract's: "…购销合同篇1供方：…")
_GENRE_END = (r"(?:范文|範文|稿|书|書|报告|報告|总结|總結|心得|体会|體會|方案|制度|计划|計劃|致辞|致辭|汇报|匯報|作文"
              r"|合同|协议|協議)")
GENRE_END = _GENRE_END
# A number may stand in brackets: "篇（二）" "范文（一）" "社区工作总结（篇一）".
# (in corner brackets, a capital numeral too: "『壹』")
_CAPITAL_NUM = r"(?P<num>[一二三四五六七八九十壹贰叁肆伍陆柒捌玖拾]{1,3}|\d{1,2})"
_PNUM = rf"[（(]?\s*{_NUM}\s*[)）]?"
_FORMS = (
    re.compile(rf"^[【\[]?\s*第\s*{_NUM}\s*篇\s*[:：】\]]?"),           # 第1篇： 第一篇：标题 【第一篇】标题
    re.compile(rf"^[【\[]?\s*篇\s*{_PNUM}\s*(?:[:：】\]]|\s|$)"),       # 篇一： 【篇一：标题】 篇1 篇一 标题
    # 【一】, and a Q&A aggregator's collected answers in corner brackets: 『壹』 「二」
    re.compile(rf"^[【\[『「]\s*{_CAPITAL_NUM}\s*[】\]』」]"),
    # 〈一〉 alone on its line (a school news page's pieces; with words after it, a part's number)
    re.compile(rf"^〈\s*{_NUM}\s*〉\s*$"),
    # 范文一： 【范例一】 例文（二）, in any of those brackets: 「范例一」
    re.compile(rf"^[【\[『「]?\s*(?:范文|範文|范例|範例|范本|範本|例文)\s*{_PNUM}\s*(?:[:：】\]』」]|\s|$)"),
    # 方案一：  (方案二)  方案四：某某活动策划方案 — a 范文 page of plans numbering each plan (a whole
    # line only: "方案一：由各班自行组织…" is an option a plan weighs, run on in its sentence)
    re.compile(rf"^[【\[（(]?\s*方案\s*{_NUM}\s*(?:[:：】\]）)]|\s|$)"),
    # 标题 篇1   标题篇一  标题（篇一）  标题篇1：这篇的题目 (the sample's own name after a colon)
    # (in square brackets too, as in any other: "标题[篇1]")
    re.compile(rf"^.{{1,60}}?\s*[（(【\[［]?篇\s*{_NUM}\s*"
               rf"(?:[:：】)）\]］]|[:：]\s*\S.{{0,{NAMED_SAMPLE_MAX_CHARS - 1}}})?$"),
)
# The forms above that match only a line holding 篇.
_FORMS_WITH_PIAN = frozenset({0, 1, 6})
# The plan's number ("方案一："): a marker only on a line of its own, alone or with the plan's name.
_PLAN_FORM = 5
_GLUED = LazyPattern(rf"^.{{3,40}}?{_GENRE_END}\s*篇{_NUM}(?=[^\d一二三四五六七八九十篇])")
# Whole lines naming a sample after its words (read in simplified characters, glosses dropped):
# "公司规章制度范文第1篇", and "…范文1" "…范本一" "…方案汇总1" (a 范文 page's own word for a
# sample, or for the compilation whose parts it numbers).
_TITLE_ORDINAL = LazyPattern(rf"^.{{1,60}}?第\s*{_NUM}\s*篇\s*[:：】\]]?$")
# A compilation's part in brackets ("读后感汇总（3）") is a page of the title, not a sample.
_SAMPLE_WORD_NUMBER = LazyPattern(rf"^.{{2,40}}?[（(]?(?:范文|范例|范本|例文)\s*{_PNUM}\s*[:：]?$")
_COMPILATION_NUMBER = LazyPattern(rf"^.{{2,40}}?(?:汇总|大全|合集|集锦)\s*{_NUM}\s*[:：]?$")
# "最好的作文比赛【一】", "…事迹材料汇编【一】": a sample's name (the page's title's words, shown or
# not) with its number in corner brackets at the line's end. Words before it, five at least, and
# no bracket of their own left open ("【一】" alone is the bracketed form above).
_CORNER_NUMBER = LazyPattern(rf"^[^【\[]{{4,40}}?[^\d\s【】\[\]]\s*【\s*{_NUM}\s*】$")
# "感动中国心得体会1：": a genre word and a number, a sample only where the page announces several.
_GENRE_NUMBER = LazyPattern(rf"^.{{2,40}}?{_GENRE_END}\s*{_NUM}\s*[:：]?$")
_STEM_NUMBER = LazyPattern(r"^(?P<stem>.{3,39}?\D)\s*(?P<num>\d{1,2})$")
# "精选7篇" "(通用6篇)" "【推荐5篇】" "汇总16篇": the page says it holds several samples.
# Chinese numerals from 二 to 九十九 ("(二篇)" "【五篇】" "十篇" "十一篇" "二十一篇", and "两篇"): "一篇" is
# any article's, 千篇一律 no count, "一两篇" a guess. A ten's count may end in 一 ("十一篇"): only a count
# that is 一 alone is no count.
# ("第三篇", "第3篇" number one part, a book's or a sample's: an ordinal, no count.)
ANNOUNCES_SAMPLES = LazyPattern(r"(?:通用|精选|精選|最新|推荐|推薦|汇总|匯總|合集|优选|热门|集锦)?\s*"
                                r"(?<![第\d])(?:\d{1,2}|(?<![一二三四五六七八九十百千万])"
                                r"(?:[二三四五六七八九]?十[一二三四五六七八九]?|[二三四五六七八九])"
                                r"|(?<![一二三四五六七八九十百千万])[两兩])\s*篇")
SAMPLE_MAX_CHARS = 60
_SENTENCE = LazyPattern(r"[。！？!?；;]")


@dataclass(frozen=True)
class SampleMarker:
    """A sample's marker (篇一, 第2篇…) read at a line's start."""
    number: int
    end: int  # where the marker ends: the whole line, or the start of text glued to it
    bare: bool  # the marker alone ("篇一：", "实施方案 1"): its sample's first line names it


def sample_marker(text: str, title_key: str | None = None, *, announced: bool = False) -> SampleMarker | None:
    """The sample marker a line is or starts with. `title_key` (the squeezed page title, given
    when the page announces several samples) admits "title words + number"; so does
    `announced` (the page says it holds several) for "genre word + number"."""
    # Asked about the same lines by several passes (58k calls over 262 pages): each answer is
    # read once. A pure function of its arguments and SampleMarker is frozen; long texts (a
    # paragraph, a table's) are not kept.
    if len(text) > KEPT_MAX_CHARS:
        return _sample_marker(text, title_key, announced)
    return _kept_sample_marker(text, title_key, announced)


KEPT_MAX_CHARS = 400


def _sample_marker(text: str, title_key: str | None, announced: bool) -> SampleMarker | None:
    text = text.strip()
    if not text or len(text) > 300 or is_reference(text):
        return None  # ("[1] 王某. 题名[J]. …": a reference list's entry, no sample's "【一】")
    head = text[:SAMPLE_MAX_CHARS + 1]
    has_pian = "篇" in head  # most lines: then the forms naming 篇 cannot match (a scan each)
    for position, form in enumerate(_FORMS):
        if not has_pian and position in _FORMS_WITH_PIAN:
            continue
        match = form.match(head)
        if not match:
            continue
        number = cn_to_int(match.group("num"))
        if number is None or _SENTENCE.search(text[:match.end()]):
            continue
        whole = len(text) <= SAMPLE_MAX_CHARS and not _SENTENCE.search(text)
        if not whole and position == len(_FORMS) - 1:
            continue  # "标题 篇1" is a line of its own
        if position == _PLAN_FORM and not _names_the_plan(text[match.end():]):
            continue
        # Bare: nothing but the marker, so the sample's first line will name it.
        bare = position < len(_FORMS) - 1 and not text[match.end():].strip(" :：】]")
        return SampleMarker(number, len(text) if whole else match.end(), bare)
    glued = _GLUED.match(head) if has_pian else None
    # (the rest is the sample's text, or its addressee, short: "…倡议书 篇1" + "全体职工同志们：", a
    # page that lost the line break under the marker, as "…倡议书1尊敬的家长:" in _glued_to_title)
    if glued and (len(text) > glued.end() + 10 or _SALUTATION.match(text[glued.end():])):
        return SampleMarker(cn_to_int(glued.group("num")) or 0, glued.end(), bare=False)
    if whole_line := _whole_line_marker(text, announced or title_key is not None):
        return whole_line
    if title_key and (number := numbered_title(text, title_key, near=announced)) is not None:
        return SampleMarker(number, len(text), bare=False)
    # Only with a title to compare: the lazy stem tries every length of a line that has none.
    stem = _STEM_NUMBER.match(text) if title_key else None
    if stem and _squeeze(stem.group("stem")) in title_key:
        return SampleMarker(int(stem.group("num")), len(text), bare=True)
    if title_key and (glued_title := _glued_to_title(text, title_key)):
        return glued_title
    return None


_kept_sample_marker = functools.lru_cache(maxsize=8192)(_sample_marker)


def _names_the_plan(rest: str) -> bool:
    """What follows "方案一：" on a plan's marker line: nothing, or the plan's name (short, words and
    brackets, no clause: "校园活动策划方案（以征文比赛为例）")."""
    rest = rest.strip(" :：】]）)")
    return not rest or (visible_len(rest) <= NAMED_SAMPLE_MAX_CHARS + 8 and not LINE_PUNCT.search(rest))


# A year or a selling word a site puts before a sample's copy of the title ("2016年…主持词(一)").
_BEFORE_TITLE = LazyPattern(r"^(?:(?:19|20)\d{2}年?度?|最新|精选|精選|优秀|優秀)+")
# The sample's number after the title's words: "…1", "…(一)", "…（2）". A bare Chinese numeral is
# not read: "…统一" may be the title's own last word.
# (in corner brackets too: "…比赛【一】", as a sample's copy of the title numbers it on 作文 and
# 事迹材料 pages)
_NUMBER_AFTER_TITLE = LazyPattern(
    r"(?:(?P<digits>\d{1,2})|[（(【](?P<bracketed>[一二三四五六七八九十]{1,3}|\d{1,2})[)）】])$")
# A bare Chinese numeral after the whole title when the title ends with its own bracketed count:
# "读后感【精选7篇】一" under "读后感【精选7篇】" (after a closing bracket no word ends in 一).
_NUMERAL_AFTER_COUNT = LazyPattern(r"[】)）](?P<numeral>[一二三四五六七八九十]{1,3})$")
# A stem shorter than this is a word, not the title's words.
NUMBERED_TITLE_MIN_CHARS = 4


def numbered_title(text: str, title_key: str, *, near: bool = False) -> int | None:
    """The number when a line is the page title's words (a year or selling word before them
    allowed) followed by a number: "教师节大会主持词 1", "2016年教师节大会主持词(一)" under the title
    "教师节大会主持词". `title_key`: the title squeezed (blanks out), in simplified characters.
    `near` (the page announces several samples): the title's words may have a word added or
    dropped in one place ("…关于《某书》的读后感400字1" under "…关于《某书》读后感400字【8篇】")."""
    if not text or len(text) > SAMPLE_MAX_CHARS or not title_key:
        return None
    squeezed = _squeeze(fold_script(text))
    number = _NUMBER_AFTER_TITLE.search(squeezed)
    if number is None:
        return _numeral_after_count(squeezed, title_key)
    stem = _BEFORE_TITLE.sub("", squeezed[:number.start()])
    title_words = _BEFORE_TITLE.sub("", _squeeze(fold_script(title_key)))
    if len(stem) < NUMBERED_TITLE_MIN_CHARS or stem[-1].isdigit() or _SENTENCE.search(stem):
        return None
    if stem not in title_words and not (near and _one_small_edit(stem, title_words)
                                        and title_core(stem)[-1:] == title_core(title_words)[-1:]):
        # (a word changed inside the title's words, never before the number: "…办法图1" under "…办法"
        # numbers a picture)
        return None
    return cn_to_int(number.group("digits") or number.group("bracketed"))


def _numeral_after_count(squeezed: str, title_key: str) -> int | None:
    """"读后感【精选7篇】一": the whole title, its count in brackets at its end, and the sample's
    number as a bare numeral right after the bracket (the line is the title and the numeral, no
    word more or less)."""
    numeral = _NUMERAL_AFTER_COUNT.search(squeezed)
    if numeral is None:
        return None
    stem = squeezed[:numeral.start("numeral")]
    if stem != _squeeze(fold_script(title_key)) or not ANNOUNCES_SAMPLES.search(stem):
        return None
    return cn_to_int(numeral.group("numeral"))


# A sample's copy of the title may differ from it by a word on a page announcing several samples
# ("…关于《某书》的读后感400字1" under "…关于《某书》读后感400字【8篇】": a 的 added, a word of
# the title dropped): in one place, this many characters.
COPY_EDIT_MAX_CHARS = 2
# Below this length a title's words changed in one place may be other words altogether.
COPY_EDIT_MIN_CHARS = 8


def _one_small_edit(stem: str, title_words: str) -> bool:
    """The line's words are the title's core with a few characters added or dropped in one place
    (a long stem only: both cores this long at least), no character changed."""
    ours, theirs = title_core(stem), title_core(title_words)
    if min(len(ours), len(theirs)) < COPY_EDIT_MIN_CHARS or ours == theirs:
        return ours == theirs and len(ours) >= COPY_EDIT_MIN_CHARS
    prefix = 0
    while prefix < min(len(ours), len(theirs)) and ours[prefix] == theirs[prefix]:
        prefix += 1
    suffix = 0
    while (suffix < min(len(ours), len(theirs)) - prefix
           and ours[-1 - suffix] == theirs[-1 - suffix]):
        suffix += 1
    # (added or dropped, never changed: "…工作计划2" under "…工作总结" is another kind of document)
    return min(len(ours), len(theirs)) == prefix + suffix and \
        max(len(ours), len(theirs)) - prefix - suffix <= COPY_EDIT_MAX_CHARS


# What such a line ends with: a number, 篇, a colon or a closing bracket.
_WHOLE_LINE_ENDS = frozenset("0123456789一二三四五六七八九十篇:：】]）)")


def _whole_line_marker(text: str, announced: bool) -> SampleMarker | None:
    """A short line without a sentence that ends in a sample's number: "…范文第1篇", "…范文1",
    and on a page announcing samples "…心得体会1："."""
    if len(text) > SAMPLE_MAX_CHARS or text.rstrip()[-1:] not in _WHOLE_LINE_ENDS or _SENTENCE.search(text):
        return None  # most lines: a cheap look at the last character settles it
    folded = fold_script(text).strip()
    forms = (_TITLE_ORDINAL, _SAMPLE_WORD_NUMBER, _COMPILATION_NUMBER, _CORNER_NUMBER)
    if announced:
        forms = (*forms, _GENRE_NUMBER)
    for form in forms:
        if (match := form.match(folded)) and (number := cn_to_int(match.group("num"))) is not None:
            # "一、学习范文1" is a numbered part of one document, not a sample.
            return SampleMarker(number, len(text), bare=False) if parse_marker(text) is None else None
    return None


_SALUTATION = LazyPattern(r"^\s*(?:尊敬的|亲爱的|親愛的|各位|全体|全體)[^:：。，,;；]{1,24}[:：]\s*$")


def _glued_to_title(text: str, title_key: str) -> SampleMarker | None:
    """"散文读后感1从古至今…": the title's words and a number glued to the sample's first line. The
    title may carry the page's count and selling words ("高考作文汇总六篇"): its core ("高考作文",
    title_core) heads each sample then, its number after a blank or 篇 ("高考作文 篇1有人说…"), and
    a 公文 title's "关于" may stay off the sample's copy ("防震疏散演练方案1一、演练目的")."""
    for stem in _title_stems(title_key):
        if text.startswith(stem[:1]) and _squeeze(text).startswith(stem):
            break
    else:
        return None
    end, matched = 0, 0
    while end < len(text) and matched < len(stem):  # walk the title through the blanks
        matched += not text[end].isspace()
        end += 1
    number = _GLUED_NUMBER.match(text, end) if stem == title_key else _CORE_NUMBER.match(text, end)
    rest = text[number.end():] if number else ""
    # (a letter's sample opens on its salutation, short: "倡议书1尊敬的家长:"; a plan's on its first
    # part, "…方案1一、演练目的")
    if not number or (len(rest) < 10 and not _SALUTATION.match(rest) and parse_marker(rest) is None):
        return None
    numeral = number.group("num") or number.groupdict().get("cn")
    return SampleMarker(cn_to_int(numeral) or 0, number.end(), bare=False)


_GLUED_NUMBER = LazyPattern(r"\s*(?P<num>\d{1,2})(?=[^\d.．、%％])")
# After the title's core: "篇" and a numeral, or a number (not a date's or a count's: "3月", "5项").
_CORE_NUMBER = LazyPattern(r"\s*(?:篇\s*(?P<cn>[一二三四五六七八九十]{1,3})|篇?\s*(?P<num>\d{1,2}))"
                           r"(?=[^\d.．、%％年月日号个项条点天岁篇])")


@functools.lru_cache(maxsize=1024)
def _title_stems(title_key: str) -> tuple[str, ...]:
    """The title's words a sample's copy may start with: the whole title, its core, its core
    without a leading 关于."""
    core = title_core(title_key)
    stems = [title_key]
    if len(core) >= CORE_MIN_CHARS and core != title_key:
        stems.append(core)
        if core.startswith("关于") and len(core) - 2 >= CORE_MIN_CHARS:
            stems.append(core[2:])
    return tuple(stems)


# A title or a lead-in announces its samples near its start.
ANNOUNCE_WITHIN_CHARS = 200


def announces_samples(texts: list[str]) -> bool:
    return any(ANNOUNCES_SAMPLES.search(t[:ANNOUNCE_WITHIN_CHARS]) for t in texts if t)


# A sample runs on for some lines: a bare title with less text under it before the next one (or
# the page's end) is the page printing its title again, not a sample opening.
TITLE_SAMPLE_MIN_CHARS = 40


def title_sample_lines(texts: list[str | None], title: str | None, announced: bool,
                       opened: int | None = None) -> frozenset[int]:
    """The lines that open samples by the page's bare title: a page announcing several samples
    ("垃圾分类倡议书(精选15篇)") that heads each of them with the title's words alone, unnumbered
    ("垃圾分类倡议书", text, "垃圾分类倡议书", text…). Two such lines at least, each with a sample's
    text under it; a copy with the count ("…(精选15篇)") or a number ("…1", "… 篇2") is no bare
    title (the one the page repeats, or a marker of another form). `opened`: the line that opens
    the first sample by its own name (first_sample_title); a bare title below that sample's text
    is its sibling, the second sample's head, alone as it is. A copy may add or drop a word of the
    title's core in one place ("…活动计划" under "…活动计划方案(模板12篇)")."""
    if not title or not announced:
        return frozenset()
    core = title_core(title)
    if len(core) < CORE_MIN_CHARS:
        return frozenset()
    key = _squeeze(fold_script(title))
    if any(text and numbered_title(text, key) is not None for text in texts):
        # "节约用水倡议书1", "节约用水倡议书2": the page numbers its samples, and its bare copies of
        # the title are the title again.
        return frozenset()
    heads = [i for i, text in enumerate(texts)
             if text and len(text) <= SAMPLE_MAX_CHARS and not _SENTENCE.search(text)
             and (title_core(text) == core or _one_small_edit(_squeeze(fold_script(text)), key))
             and not ANNOUNCES_SAMPLES.search(fold_script(text))
             and not text.rstrip()[-1:].isdigit() and sample_marker(text, key, announced=True) is None]
    bounds = [*heads, len(texts)]
    opening = [head for head, end in zip(heads, bounds[1:], strict=True)
               if sum(len(_squeeze(t or "")) for t in texts[head + 1:end]) >= TITLE_SAMPLE_MIN_CHARS]
    below = [head for head in opening if opened is not None and head > opened]
    if below and sum(len(_squeeze(t or "")) for t in texts[opened + 1:below[0]]) >= TITLE_SAMPLE_MIN_CHARS:
        return frozenset(below)  # (the first sample's text between its own name and the bare title)
    return frozenset(opening) if len(opening) >= 2 else frozenset()


# The removal families whose lines speak about the page itself: a lead-in ("下面是小编带来的…五篇,
# 欢迎查阅") and the page's title printed again ("…(集锦15篇)").
ABOUT_THE_PAGE_FAMILIES = frozenset({"lead-in", "title"})


def announced_by_removed(records: list[dict[str, str]]) -> bool:
    """The boilerplate pass removed a lead-in or a repeated title that says how many samples the
    page holds: the page still holds them, and its "…总结1" lines are their markers. A lead-in
    names the count in its closing sentence, after the genre's definition, so all of it is read."""
    return any(ANNOUNCES_SAMPLES.search(fold_script(record.get("text", "")))
               for record in records if record.get("rule", "").split(".")[0] in ABOUT_THE_PAGE_FAMILIES)


# "延伸阅读：入党感言范文" above that sample's own text: a reading tip naming one sample, then the
# sample (finished sentences), not a list of other pages' titles (cut short, unfinished).
_NAMES_ONE_SAMPLE = LazyPattern(
    rf"^[^:：]{{2,8}}[:：]\s*(?P<name>[^|｜、，,;；。]{{4,40}}?(?:范文|范例|范本|{_GENRE_END}))\s*$")
_FINISHED = LazyPattern(r"[。！？!?][”\"’』」）)]?$")
SAMPLE_TEXT_MIN_CHARS = 40


def introduces_sample(text: str, following: list[str]) -> bool:
    """A tip line naming one sample ("延伸阅读：…范文") with the sample's text below it: the next
    line is a finished sentence of some length and no later line is cut short with "…"."""
    if not _NAMES_ONE_SAMPLE.match(fold_script(text).strip()) or not following:
        return False
    first = following[0].strip()
    return (len(first) >= SAMPLE_TEXT_MIN_CHARS and bool(_FINISHED.search(first))
            and not any(line.rstrip().endswith(("…", "...")) for line in following))


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


# "描写江南的散文：烟雨里的小镇" / its paragraphs / "描写江南的散文：外婆的乌篷船" / …, or "某某散文《菜园子》":
# the words a page heads each sample with, then that sample's own name after a colon or in 《》.
_STEM_AND_NAME = LazyPattern(r"^(?P<stem>[^:：《，,]{5,30}?)\s*"
                             r"(?:[:：]\s*(?P<name>[^:：，,]{2,24})|(?P<book>《[^》]{1,24}》))$")
# A page heads this many samples so at least: one such line alone is a field or a subtitle.
STEM_SAMPLES_MIN = 2


# A field's line: a label of a few words, its colon, its value ("承办单位：镇文化站", "时间：正月十五").
_FIELD_LINE = LazyPattern(r"^\s*[^\s：:，,。；;！!？?]{2,8}\s*[：:]\s*\S")


def _among_fields(texts: list[str | None], index: int) -> bool:
    """A line with a field's line right above and right below it is one field of a list of them
    ("承办单位：…" / "具体组织单位：东街社区" / "时间：…"), however alike it is to another such field."""
    above = texts[index - 1] if index else None
    below = texts[index + 1] if index + 1 < len(texts) else None
    return bool(above and below and _FIELD_LINE.match(above) and _FIELD_LINE.match(below))


def stem_sample_lines(texts: list[str | None]) -> frozenset[int]:
    """The lines that open samples by the same words and each sample's own name, no number: two or
    more short lines without a sentence, alike up to the colon (or the 《), each with a sample's
    text under it (TITLE_SAMPLE_MIN_CHARS before the next one or the page's end). A numbered
    line is a part, not a sample."""
    by_stem: dict[str, list[int]] = {}
    for index, text in enumerate(texts):
        if not text or len(text) > SAMPLE_MAX_CHARS or _SENTENCE.search(text) or parse_marker(text):
            continue
        if (match := _STEM_AND_NAME.match(text.strip())) and sample_marker(text) is None \
                and not _among_fields(texts, index):
            by_stem.setdefault(_squeeze(match.group("stem")), []).append(index)
    found: set[int] = set()
    for heads in by_stem.values():
        names = {_squeeze(texts[i]) for i in heads}
        if len(heads) < STEM_SAMPLES_MIN or len(names) < len(heads):
            continue  # (the same line twice is a page's repeated chrome, not two samples)
        bounds = [*heads[1:], len(texts)]
        if all(sum(len(_squeeze(t or "")) for t in texts[head + 1:end]) >= TITLE_SAMPLE_MIN_CHARS
               and texts[head + 1] and parse_marker(texts[head + 1]) is None
               for head, end in zip(heads, bounds, strict=True)):
            found.update(heads)
    return frozenset(found)


# The first sample's own name opening the text: shared word pairs with the page's title at least.
FIRST_SAMPLE_SHARED_PAIRS = 2
# A name is words, this long: "商场消防安全自查报告", "观看《某某》心得体会".
FIRST_SAMPLE_MIN_CHARS, FIRST_SAMPLE_MAX_CHARS = 4, 40
# It is followed by its sample's text within these many lines (a word count, an add-to-list
# control between them).
FIRST_SAMPLE_BODY_WITHIN = 3


def first_sample_title(texts: list[str | None], title_key: str | None, announced: bool) -> int | None:
    """The line opening the text of a page that announces several samples ("…大全(16篇)",
    "(精选5篇)") when it is the first sample's own name, unnumbered: the page's title, its lead-in
    and its chrome are gone, and what stands first is a short line of words (no sentence, no colon,
    no number) that shares words with the title ("商场消防安全自查报告" under "消防安全自查报告
    大全(16篇)") and ends in a kind of document, with the sample's text under it. The title's own
    words again ("中学生诚信演讲稿" under "关于中学生诚信演讲稿(锦集12篇)大全") are the title printed
    again. A sample shown with no name of its own opens on its text, a salutation or a field
    ("尊敬的…：", "甲方：…"): no sample's head then."""
    if not announced or not title_key or _ASKS_HOW.search(title_key):
        return None  # (a know-how page's "怎么写？" title: its first line heads the advice, no sample)
    first = next((i for i, text in enumerate(texts) if text and text.strip()), None)
    if first is None:
        return None
    text = texts[first].strip()
    length = visible_len(text)
    if (not FIRST_SAMPLE_MIN_CHARS <= length <= FIRST_SAMPLE_MAX_CHARS or LINE_PUNCT.search(text)
            or is_body(text) or parse_marker(text) is not None
            or sample_marker(text, title_key, announced=True) is not None
            or _BEFORE_TITLE.sub("", _squeeze(text)) in title_key or not _HAN_WORDS.match(text)):
        return None
    if not _NAMES_A_DOCUMENT.search(fold_script(text)):
        return None  # (a sample's name ends in its kind of document: "…自查报告", "…心得体会")
    below = [t for t in texts[first + 1:] if t and t.strip()][:FIRST_SAMPLE_BODY_WITHIN]
    if not any(is_body(t) for t in below):
        return None
    if len(word_pairs(fold_script(text)) & word_pairs(title_key)) < FIRST_SAMPLE_SHARED_PAIRS:
        return None
    return first


# A name opens with a word (or a book title's bracket), not a mark, a dash or a digit.
_HAN_WORDS = LazyPattern(r"^[\u3400-\u9fff《“]")
# The kind of document a sample's name ends with.
_NAMES_A_DOCUMENT = LazyPattern(rf"{_GENRE_END}$")
# A title asking how a genre is written: the page teaches, and its first line names the lesson.
_ASKS_HOW = LazyPattern(r"怎么写|怎样写|如何写|写法|写作技巧|写作方法")
