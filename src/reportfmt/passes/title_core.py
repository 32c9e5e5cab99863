"""A page title's core: the title without the affixes template sites put around it.

Template sites print the title again and again, seldom byte-identical: with the count of the
samples the page holds ("(精选20篇)", "（通用12篇）", "5篇"), with a selling word ("范文", "模板",
"最新"), with the year in front, a page number or a file extension behind, in 【】 or 《》, in
traditional characters. What stays when those affixes go is the title's core.

A module of its own, beside no pass: the boilerplate pass (a line repeating the title), the
title stage and the headings pass (samples headed by the bare title) all compare cores, and the
headings pass cannot import the boilerplate package, which imports it.
"""

from __future__ import annotations

import functools
import re

from .patterns import CJK
from .regex_cache import LazyPattern
from .script import fold_script
from .width import fold_width

# A core shorter than this is a word, not a title ("方案").
CORE_MIN_CHARS = 4

FILE_EXTENSION = re.compile(r"[.．](?:docx?|pdf|pptx?|xlsx?|txt|wps)$", re.I)
SELECTION = r"(?:通用|精选|优选|优秀|推荐|热门|最新|汇总|合集|集锦|锦集|实用|经典|必备|热点|精品|共)"
# "(精选20篇)" "【通用5篇】" "（共4篇）" "5篇", "集锦六篇": how many samples the page holds (a numeral
# after 第 is a part's number: "第三篇"); the samples may be named between ("(通用范文12篇)",
# "【精品6篇】", round 36).
_SAMPLE_NOUN = r"(?:范文|范例|范本|例文|模板)"
COUNT = re.compile(rf"[(（【\[]?\s*{SELECTION}?\s*{_SAMPLE_NOUN}?\s*"
                   rf"(?:\d{{1,3}}|(?<!第)[一二三四五六七八九十]{{1,3}})\s*篇\s*[)）】\]]?")
# Selling words and numbers after the title ("…范文", "…模板大全", "…制度5"), years and
# selling words before it ("2024年最新…", "【精品】…").
_TRAILING = re.compile(r"(?:范文|范例|范本|模板|模版|大全|最新|精选|汇总|合集|通用|优秀|完整版|word版|\d{1,3})+$", re.I)
_LEADING = re.compile(r"^(?:(?:19|20)\d{2}年?度?|最新|精选|优秀|热门|[【\[](?:精品|精选|推荐|热门|优秀|最新)[】\]])+")
_WRAPPERS = re.compile(r"^[【\[《「『]\s*(.+?)\s*[】\]》」』]$")
# A site name after the title: "标题_某某网", "标题 - 某某网", "标题|某某网".
# A page image's "_第3页" is no site name: that line is a page image (document-site).
_SITE_PART = re.compile(r"\s*(?:[|｜]+|(?<![_＿])_{1,2}(?![_＿])|\s[-–—]+\s)\s*(?!第\s*\d+\s*页$)[^_|｜]{1,30}$")


# "迟到检讨书(迟到检讨书800字)": the title printed again in brackets after it, lengthened by the words
# a search is typed with (a length, a count, a particle): the site's keywords for the page, not words
# of its title.
_BRACKETED_REPEAT = re.compile(r"^(?P<title>[^()（）]{4,60}?)\s*[(（](?P<inner>[^()（）]{5,80})[)）]\s*$")


def without_keyword_repeat(title: str) -> str:
    """The title without the longer copy of itself a site put in brackets after it."""
    repeat = _BRACKETED_REPEAT.match(title)
    if repeat is None:
        return title
    name, inner = (squeeze(repeat.group(part)) for part in ("title", "inner"))
    return repeat.group("title").strip() if len(inner) > len(name) and inner.startswith(name) else title


def squeeze(text: str) -> str:
    return "".join(text.split())  # str.split and \s agree on what is a blank


# The page's title is asked about for each of its lines: its core is worked out once.
@functools.lru_cache(maxsize=1024)
def title_core(text: str) -> str:
    """The title without the affixes template sites put around it, squeezed and folded to
    simplified characters."""
    core = fold_script(fold_width(" ".join(text.split())))  # full-width digits, ".docx" (width.py)
    for _ in range(3):  # affixes nest: "【2024年最新工作总结(精选5篇)】_某某网"
        before = core
        core = FILE_EXTENSION.sub("", _SITE_PART.sub("", core).strip())
        core = without_keyword_repeat(core)
        wrapped = _WRAPPERS.match(core)
        core = wrapped.group(1) if wrapped else core
        core = COUNT.sub("", core)
        core = _TRAILING.sub("", _LEADING.sub("", squeeze(core)))
        if core == before:
            break
    # "《一年级语文《荷叶圆圆》教学设计》" repeats "一年级语文荷叶圆圆教学设计": a work's name is the
    # same with or without its book marks once the outer ones went.
    return squeeze(core).replace("《", "").replace("》", "") if "《" in core else squeeze(core)


# "国立某某大学": the institution a page names before its title when it prints the title again
# ("106学年度第1次校务会议纪录" / "国立某某大学106学年度第1次校务会议纪录"). Read in cores (simplified).
_INSTITUTION = LazyPattern(
    rf"^[{CJK}]{{2,20}}(?:大学|学院|学校|中学|小学|公司|集团|医院|政府|委员会|局|厅)$")


def names_institution(core: str) -> bool:
    """The core is an institution's name alone ("国立某某中学", "某某县人民政府")."""
    return bool(_INSTITUTION.match(core))


def institution_before(later: str, core: str) -> bool:
    """A later line's core is the title's core with the issuing institution's name before it."""
    return later != core and later.endswith(core) and names_institution(later[:-len(core)])
