"""Where a heading glued to its body ends, when the page lost the line break between them.

"一、强化理论武装,提升干部队伍素质今年以来,我局…": no punctuation marks the end of the
heading, but the body opens the way report paragraphs open — with a time ("今年以来"), the
writer ("我局", "我们") or a purpose ("为进一步…"). The heading is the phrase before the first
such opening, if that phrase is heading-shaped: a few words, commas at most, no sentence end.

"一、标题 在报告的第一行正中写上…。": the line break became a blank. A few bare words, the blank,
then sentences: the words are the heading (blank_cut; rules.py asks for a sibling in sequence).
"""

from __future__ import annotations

import re

from ..regex_cache import LazyPattern
from .flattened import NAME_MAX_CHARS, ends_in_name_word
from .measure import PINYIN_GLOSS, visible_len
from .numbering import Marker

# How a report paragraph opens after its heading: with a time or with the writer. A time word
# opens one only set off by its comma ("…有带头人年初，社区党委…"; "落实年初制定的…" runs on). Verbs that
# also run inside sentences ("按照", "根据", "通过") are no sign: "…两个月的，从第三个月起按照…"
# is one provision, not a heading and its body.
BODY_OPENINGS = LazyPattern(
    r"""(?:今年以来|近年来|近几年来|一年来|半年来|年初以来|去年以来|多年来|自\S{2,12}以来|随[着著]|隨著
        |我(?:局|院|校|县|区|市|镇|乡|村|委|办|厅|部|所|站|队|司|科|处|室|厂|行|馆|公司|单位|中心|支部
            |街道|社区|们)
        |(?:年初|年中|年底|年内|今年|去年|上半年|下半年|目前|当前|近期|近日|日前)(?=[，,])
        |为(?:进一步|切实|全面|深入|认真|确保|加强|推动))""",
    re.X,
)
# "二、适用范围本办法适用于…", "三、教学内容本课程的…", "七、附则本预案由…": a 文库 page's part glued to
# a body that opens by naming the document (or the course, the event) itself. Only after a part's
# name word (flattened._NAME_WORDS: 范围, 内容, 附则 …): after a verb the same words are its object
# ("三、认真落实本单位…", "一、严格执行本制度…" run on), and a word ending in 本 ("基本", "成本",
# "样本") holds no opening (the name word "目标" ends in no such word: "目标本课程…" opens).
SELF_NAMED_OPENING = LazyPattern(
    r"(?<![基根成资資样樣版日文课課书書剧劇脚腳范範账賬原副正蓝藍底读讀])本"
    r"(?:办法|辦法|制度|规定|規定|方案|预案|預案|细则|細則|规则|規則|条例|條例|标准|標準|规范|規範|课程|課程"
    r"|计划|計劃|项目|項目|协议|協議|合同|报告|報告|指南|次|公司|单位|單位)(?=[\u3400-\u9fff])"
)
HEAD_MIN_CHARS = 4
# (a part's name word alone is a name: "附则", "前言")
NAME_MIN_CHARS = 2
HEAD_MAX_CHARS = 30
BODY_MIN_CHARS = 10
_SENTENCE_END = re.compile(r"[。；;！!？?：:]")


def glued_cut(text: str, marker: Marker) -> int:
    """Offset where the glued heading ends and its body starts, or 0."""
    start = marker.end
    openings = [*BODY_OPENINGS.finditer(text, start + HEAD_MIN_CHARS, start + HEAD_MAX_CHARS + 1),
                *(m for m in SELF_NAMED_OPENING.finditer(text, start + NAME_MIN_CHARS, start + HEAD_MAX_CHARS + 1)
                  if ends_in_name_word(text, start, m.start()))]
    for match in sorted(openings, key=lambda m: m.start()):
        head = text[start:match.start()]
        # A clause ending "…的，" is a condition, not a heading.
        if _SENTENCE_END.search(head) or head[-1] in "，,、（(“\"" or re.search("的[，,]", head):
            return 0
        if len(text) - match.start() >= BODY_MIN_CHARS:
            return match.start()
    return 0


# "一、封面封面的正面由…", "2、设想设想是计划中最粗略的一种", "二、平台的责任平台应当履行…": a 文库
# extraction that lost the line break after a part's name, whose body opens by naming its subject
# again, the name's own first words. The name: a few words without a mark or a blank; the body
# right after it repeats them (the whole name when it is short, ECHO_LONG_CHARS of a longer one) and
# goes on as prose. (Seen glued on docduoduo.com, boteman.cn, 360docs.net and fangjial.com; readke.com,
# mdkpw.com and liebaike.com print the same bodies under their names with the line break kept.)
ECHO_MIN_CHARS = 2
ECHO_LONG_CHARS = 4
_ECHO_HEAD = LazyPattern(r"[^\s，,。；;：:！!？?、“”\"‘’《》（）()\[\]【】0-9\uff10-\uff19]{2,30}")
_ECHO_BODY = LazyPattern(r"[。；;！!？?，,、：:]")


def echo_cut(text: str, marker: Marker) -> int:
    """Offset where a part's name ends when its body opens with the name's own first words, or 0."""
    start = marker.end
    while start < len(text) and text[start] in " \t\u3000":
        start += 1
    head = _ECHO_HEAD.match(text, start)
    if not head:
        return 0
    opening = text[start:start + ECHO_MIN_CHARS]
    # (the shortest name first: "封面封面的正面" is "封面", never "封面封面的正")
    for cut in range(start + ECHO_MIN_CHARS, head.end() - ECHO_MIN_CHARS + 1):
        if text.startswith(opening, cut):
            # (a longer name is echoed by its first few words at least, its subject, "网络安全信息平台":
            # two characters met again in a long line are a word the sentence uses twice)
            echoed = 0
            while cut + echoed < len(text) and text[start + echoed] == text[cut + echoed] and start + echoed < cut:
                echoed += 1
            # (a point numbered 1. / 1、 is echoed whole, "2、设想设想是…": a statute's numbered
            # article is a sentence that may open two clauses alike, "7.执行人员执行公务时…")
            if marker.family == "arabic" and echoed < cut - start:
                return 0
            # (or a part's short name ending in a name word, whose body opens with its first word:
            # "一、标题要求标题可以有两种写法。")
            if echoed < min(cut - start, ECHO_LONG_CHARS) and not (
                    cut - start <= NAME_MAX_CHARS and ends_in_name_word(text, start, cut)):
                return 0
            # (the body goes on as prose: its marks come soon after the repeated words)
            body = text[cut:]
            return cut if len(body) >= BODY_MIN_CHARS and _ECHO_BODY.search(body, 0, HEAD_MAX_CHARS + 20) else 0
    return 0


def self_named_cut(text: str, marker: Marker) -> int:
    """glued_cut where the body opens by naming the document itself ("二、适用范围本办法适用于…"), or 0.
    Asked before the shapes that read the whole line as a closed or stated heading: "三、教学内容本
    课程的教学内容包括…等。" is a name and its body, whatever its length and its end."""
    cut = glued_cut(text, marker)
    return cut if cut and SELF_NAMED_OPENING.match(text, cut) else 0


# A heading the lost line break left a blank after: a few words without a mark, then sentences
# (not a mark: "（一）写实性 。 调查报告…" is a run-in with a stray blank).
BLANK_HEAD_MAX_CHARS = 15
# (a traditional page's pinyin glosses, "會議內(nèi)容", may stand inside the head: measure.visible_len)
_BLANK_HEAD = re.compile(
    rf"(?P<head>(?:[^\s，,。；;：:！!？?、“”\"‘’《》（）()\[\]【】]|{PINYIN_GLOSS}){{2,{3 * BLANK_HEAD_MAX_CHARS}}})"
    r"[ \t\u3000\u00a0]+(?=[^\s，,。；;：:！!？?、）)】」』”])")
_BODY_SENTENCE = re.compile(r"[。；;！!？?]")
# A 文库 extraction's body may be a note with no sentence end ("（一）审核 检查问卷是否完整、前后
#是否矛盾，剔除无效问卷", "一、抬头 收条（居中书写，字号稍大）"): its clause marks say it is no
# more words of the heading, which hold none (_BLANK_HEAD).
_BODY_CLAUSE = LazyPattern(r"[，,、：:]")
_NOTE_START = LazyPattern(r"[\u3400-\u9fff（(]")
# "一、2025 年热线工作": a 文库 page sets a figure off from its unit (year, count, amount) by a
# blank; a blank right after a figure splits no heading from its body, it stands inside a word.
_FIGURE_END = LazyPattern(r"\d$")
_UNIT_START = LazyPattern(r"[年月日号时点个项件名人次户家所条万亿千百元倍%％米吨亩天分秒岁]|公里|平方|小时")
# "2.  按照  先进先出  的原则…", "3.  负责库区的  消防安全  和…": a phrase set off by blanks on
# both sides inside a sentence (its bold lost), after words that wait for their object (a
# modifier's 的, 目的 a noun; a preposition). Either alone proves nothing: a name may end in 的
# ("以单位名义写的"), and a 文库 line may set its clauses off by blanks.
_OPEN_END = LazyPattern(r"(?:(?<!目)的|按照|依照|根据|對於|对于|位于|位於|通过|通過|针对|針對)$")
_SET_OFF_PHRASE = LazyPattern(r"[\u3400-\u9fffA-Za-z0-9]{1,12}[ \t\u3000\u00a0]+[\u3400-\u9fff]")

# A template's clause prints each value to be filled in as a blank: a figure's place before its unit
# ("借用期限共 个月，自 年 月 日起", "租金每月 元"), a name's before a clause mark ("账号为 ，").
_SLOT_UNIT = r"[年月日号號时時个個项項件名人次户戶家条條万萬元倍%％米吨噸亩畝天岁歲台臺份张張套间間周週]"
_OPENS_WITH_UNIT = LazyPattern(rf"{_SLOT_UNIT}")
_FILL_IN_SLOT = LazyPattern(rf"(?<![\d\s])[ \t\u3000\u00a0]+(?:{_SLOT_UNIT}|[，,。；;、）)])")


def slot_blank(text: str, marker: Marker) -> bool:
    """Whether the first blank after the marker is a template's slot for a figure, not the end of a
    part's name: the words after it open with the figure's unit, and a slot like it follows
    ("二、借用期限共 个月，自 年 月 日起…", "三、租金每月 元，每月 日前付清"). The clause is
    neither a part over its text nor a run-in name. (A part's name over a template's line keeps its
    cut: "三、签名与日期 收款人：（签名） 日期： 年 月 日" opens its text with a word, no unit.)"""
    match = _BLANK_HEAD.match(text, marker.end)
    if not match or match.group("head")[-1].isdecimal():
        return False
    body = text[match.end():]
    return bool(_OPENS_WITH_UNIT.match(body)) and _FILL_IN_SLOT.search(body, 1) is not None


def blank_cut(text: str, marker: Marker) -> int:
    """Offset where a heading set off from its body by a blank ends, or 0: the body after the
    blank is prose (a sentence end or a clause mark inside, some length)."""
    match = _BLANK_HEAD.match(text, marker.end)
    if not match or visible_len(match.group("head")) > BLANK_HEAD_MAX_CHARS:
        return 0
    body = text[match.end():]
    if _FIGURE_END.search(match.group("head")) and _UNIT_START.match(body):
        return 0
    if _OPEN_END.search(match.group("head")) and _SET_OFF_PHRASE.match(body):
        return 0
    if len(body) < BODY_MIN_CHARS or not (_BODY_SENTENCE.search(body) or _BODY_CLAUSE.search(body)):
        return 0
    return match.end("head")


def noted_cut(text: str, marker: Marker) -> int:
    """blank_cut for a line short enough to be a heading whole ("一、抬头 收条（居中书写，字号稍大）"):
    the words after the blank hold a clause mark, which a heading's words set off by a blank hold
    none of ("一、强化组织领导 压实工作责任"), so they are the part's note, not its name."""
    cut = blank_cut(text, marker)
    note = text[cut:].lstrip()
    # (its words, not a time or a figure: "1. 上午 8:30 至下午 5:30：…" is a schedule's item)
    return cut if cut and _NOTE_START.match(note) and _BODY_CLAUSE.search(note) else 0
