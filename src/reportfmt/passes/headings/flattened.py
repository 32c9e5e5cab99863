"""Where a page flattened onto one line lost its line breaks: before its samples' markers, after
its parts' names (used by blocks.split_flattened).

A 文库 extraction that drops every line break runs a whole 范文 page together:
"X方案(3篇)(篇一)…。一、活动主题绿满家园二、活动时间3月12日…(篇二)…". Two things tell where the
breaks were without a blank or a mark:
- a sample marker in brackets ("(篇一)", "【篇二】", "第2篇：") numbered in order on a page that
  announces several samples: each sample starts there;
- a part's name is a few words ending with one of the words 方案, 计划 and 总结 name their parts
  with (背景, 目的, 主题, 时间, 地点, 内容, 要求, 措施…); right after the last such word, with no
  blank or mark, its value or body begins ("活动时间3月12日", "工作要求各楼长负责…").
"""

from __future__ import annotations

import re

from ..regex_cache import LazyPattern
from .numbering import cn_to_int
from .samples import ANNOUNCES_SAMPLES, GENRE_END

# A sample's marker inside a line: bracketed "(篇一)" "【篇2】" "[第三篇]", or "第2篇：".
_MIDLINE_SAMPLE = re.compile(
    r"[（(【\[]\s*(?:篇\s*(?P<a>[一二三四五六七八九十]{1,3}|\d{1,2})|第\s*(?P<b>[一二三四五六七八九十]{1,3}|\d{1,2})\s*篇)"
    r"\s*[）)】\]]"
    r"|第\s*(?P<c>[一二三四五六七八九十]{1,3}|\d{1,2})\s*篇\s*[:：]")
# The announcement ("(3篇)", "精选5篇") stands with the title, at the line's start.
ANNOUNCE_WITHIN_CHARS = 60
# A sample's marker without a bracket, its body glued after it: the sample's name (a few words,
# no mark or tag among them, ending with a genre word) and 篇 or 范文 with its number, "…工作总结报告篇1今年以来",
# "…讲话稿范文1 亲爱的…", "…购销合同篇1 供方：…". Where it stands in a line, a line break was lost
# before it: it follows the line's start, a sentence end or a blank.
_GLUED_SAMPLE = re.compile(
    rf"(?:^|(?<=[\s。！!？?”」』）)】]))(?P<name>[\u3400-\u9fff\dA-Za-z]{{2,30}}?{GENRE_END})"
    r"(?:篇(?P<d>[一二三四五六七八九十]{1,2}|\d{1,2})|(?:范文|範文)(?P<e>\d{1,2}))"
    r"(?=\s*[^\s\d一二三四五六七八九十篇、.．:：）)】\]%％年月日号个项条])")


def sample_cuts(text: str) -> list[int]:
    """Offsets of the sample markers of a flattened line numbered 1, 2, 3… in order, on a line
    that announces several samples near its start or opens with the first one; [] otherwise."""
    # (the title line that announced them may have been taken off the line's start already, as
    # the page's title: then the line opens with the first sample's marker)
    if glued := _glued_sample_cuts(text):
        return glued
    if not ANNOUNCES_SAMPLES.search(text[:ANNOUNCE_WITHIN_CHARS]) and not sample_at_start(text):
        return []
    cuts: list[int] = []
    for match in _MIDLINE_SAMPLE.finditer(text):
        number = cn_to_int(match.group("a") or match.group("b") or match.group("c"))
        if number == len(cuts) + 1:
            cuts.append(match.start())
    return cuts


def _glued_sample_cuts(text: str) -> list[int]:
    """Offsets of the unbracketed sample markers of a flattened line (_GLUED_SAMPLE) numbered 1,
    2, 3… in order, every one after the first naming its sample as the first does (the page's
    title words, "…报告篇1…。…报告篇2…"); [] unless the first is numbered 1, or when one marker
    alone stands inside the line with no blank after it."""
    cuts: list[int] = []
    name = ""
    blank_after = False
    for match in _GLUED_SAMPLE.finditer(text):
        number = cn_to_int(match.group("d") or match.group("e"))
        if number != len(cuts) + 1 or (cuts and match.group("name") != name):
            continue
        name = name or match.group("name")
        blank_after = blank_after or text[match.end():match.end() + 1].isspace()
        cuts.append(match.start())
    # One marker inside the line, glued on both sides, may be a sentence naming a sample ("。参照
    # 这份工作总结篇1的写法…"): alone, it needs the blank a lost line break left after it.
    if len(cuts) == 1 and cuts[0] > 0 and not blank_after:
        return []
    return cuts


def sample_at_start(text: str) -> int:
    """Where a sample marker opening a line ends ("(篇一)为传承…", "…报告篇1今年以来…"), or 0."""
    start = len(text) - len(text.lstrip())
    match = _MIDLINE_SAMPLE.match(text, start) or _GLUED_SAMPLE.match(text, start)
    return match.end() if match else 0


# The words a 方案's, a 计划's or a 总结's parts are named with, last in the name: "活动主题",
# "工作要求", "指导思想", "保障措施", "存在的问题". (Seen on the flattened pages of many 文库 sites.)
_NAME_WORDS = (
    "背景|目的|意义|宗旨|主题|口号|时间|地点|对象|人员|负责人|单位|简介|概况|概述|内容|形式|方式|流程|步骤"
    "|安排|准备|分工|职责|要求|事项|预算|经费|原则|目标|任务|思想|依据|范围|措施|保障|机制|做法|成效|成绩"
    "|问题|不足|原因|建议|打算|思路|体会|情况|分析|总结|效果|评估|奖励|附则"
)
# The name: up to ten characters without a blank or a mark, ending with a name word (the last one).
_GLUED_NAME = re.compile(rf"[^\s，,。；;：:！!？?、“”\"（）()《》\d]{{0,8}}(?:{_NAME_WORDS})")
NAME_MAX_CHARS = 10
# What follows the name: its value or body, glued (no blank, no mark closing the name). A note in
# 【】 right after it ("一、活动概况【黑体三号】", a template's font note) is no body: it stays with the name.
_GLUED_AFTER = LazyPattern(r"[^\s，,。；;：:！!？?、）)】」』【]")


def name_word_cut(text: str, start: int) -> int:
    """Where a part's name starting at `start` ends when its body is glued to it, or 0: after the
    last name word among the name's first characters, with more text glued right after it."""
    run = re.match(r"[^\s，,。；;：:！!？?、“”\"（）()《》]{2,}", text[start:])
    end = start + run.end() if run else start
    if not run or (text[end:end + 1] in ("：", ":") and not text[end - 1].isdigit()):
        return 0  # "一、工作总结有如下特点：": the colon ends the name, wherever its words end (not "8:30")
    best = 0
    for end in range(start + 2, start + min(run.end(), NAME_MAX_CHARS) + 1):
        if _GLUED_NAME.fullmatch(text, start, end):
            best = end
    if not best or best >= start + run.end() or not _GLUED_AFTER.match(text, best):
        return 0
    return best


def ends_in_name_word(text: str, start: int, end: int) -> bool:
    """The words from `start` to `end` are a part's short name ending in a name word ("适用范围",
    "教学内容", "附则"): no blank or mark among them."""
    return bool(_GLUED_NAME.fullmatch(text, start, end))


def ends_with_name(text: str, start: int) -> bool:
    """The words from `start` are a part's name: glued to its body after a name word
    (name_word_cut), or a name word right before a blank, a colon or the part's first child."""
    if name_word_cut(text, start):
        return True
    run = re.match(r"[^\s，,。；;：:！!？?、“”\"（）()《》]{2,}", text[start:])
    return bool(run and run.end() <= NAME_MAX_CHARS and _GLUED_NAME.fullmatch(text, start, start + run.end())
                and re.match(r"\s|[：:（(]|$", text[start + run.end():]))
