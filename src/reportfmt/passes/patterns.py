"""Regular expressions shared by the passes, as commented verbose patterns."""

from __future__ import annotations

import re

from .regex_cache import LazyPattern

CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CN_DIGITS = "〇零一二三四五六七八九十百千两壹贰貳叁參肆伍陆陸柒捌玖拾"

# Sentence-final punctuation: a line ending in one of these is prose, not a title/heading.
TERMINAL_PUNCT = "。！？!?；;…"

# A date in the forms Chinese pages print: 2023-03-03, 2023/3/3, 2023.03.03, 2023年3月3日.
DATE = re.compile(
    r"""
    (?P<year>(?:19|20)\d{2})\s*            # four-digit year
    (?:[-/.年])\s*
    (?P<month>1[0-2]|0?[1-9])\s*           # month 1-12
    (?:[-/.月])\s*
    (?P<day>3[01]|[12]\d|0?[1-9])          # day 1-31
    (?!\d)
    """,
    re.X,
)

# A line that is nothing but a date, as a document's closing date (成文日期) stands under its
# signature: 2024年3月8日, 二〇二四年三月八日, and a template's 20XX年XX月XX日.
DATE_ONLY_LINE = re.compile(
    rf"""
    ^\s*(?:(?:19|20)[\dX]{{2}}|XXXX|[{CN_DIGITS}]{{4}})\s*年   # the year, in digits or numerals
    \s*[\dX{CN_DIGITS}]{{1,3}}\s*月                          # the month
    \s*[\dX{CN_DIGITS}]{{1,3}}\s*日\s*$                      # the day, and nothing after it
    """,
    re.X,
)
# A date as a signer writes it under the block, in digits with dashes, slashes or dots, or with
# the day of the week after it ("2024.10.15", "2024年10月15日（星期二）").
WRITTEN_DATE_LINE = re.compile(r"^\s*(?:19|20)\d{2}\s*"
                               r"(?:[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日?)"
                               r"\s*(?:[（(]?\s*(?:星期|周|週)[一二三四五六日天]\s*[)）]?)?\s*$")


# A publication-date label at the start of a meta line ("发布时间:", "日期：", "更新时间 ").
DATE_LABEL = re.compile(
    r"""
    ^\s*(?:发布|发表|更新|上传|录入|编辑|创建)?
    (?:时间|日期)\s*[:：]?\s*
    """,
    re.X,
)

# "地点：三楼会议室", "主持人：王某", "会议名称：支部党员大会": a field of an event (where, who
# chairs, who attends or records, what about), the head of minutes, a 三会一课 record or a
# meeting notice. A 时间 line beside one is the document's own, never the page's date, and the
# field itself is no title. Traditional script alike ("地點："), and a bilingual page's label with
# its English beside it ("地點 | Venue：", "主持 / Host:").
EVENT_FIELD = re.compile(
    r"(?:地\s*[点點]|主\s*持(?:\s*人)?|[参參]加(?:人[员員]|[对對]象)|[参參]\s*[会會](?:人[员員])?|出\s*席|列\s*席"
    r"|[记記]\s*[录錄]\s*人|主[讲講]|[议議]\s*[题題]|[会會][议議](?:名[称稱]|主[题題]|[类類]型|[议議][题題]))"
    r"(?:\s*[|｜/／]\s*[A-Za-z][A-Za-z .]{0,24})?\s*[:：]")


# Masked placeholders made of asterisks: ****, *.*, *+*+*, ＊＊ (full width).
ASTERISK_MASK = LazyPattern(
    r"""
    [*＊]+                 # a run of half- or full-width asterisks
    (?:[.．+][*＊]+)*      # optionally joined by . or + to further runs: *.*  *+*+*
    """,
    re.X,
)


# Any section number at the start of a line: 一、 一， （一） (一) 1. 1、 （1） ① 第一章.
SECTION_NUMBER = re.compile(
    rf"""
    ^\s*(?:
        [{CN_DIGITS}]{{1,3}}\s*[、.．]           # 一、  三.
      | [（(]\s*[{CN_DIGITS}\d]{{1,3}}\s*[)）]  # （一） (1)
      # 一，总体要求  一，PPT 设计  (not 一，二，三)
      | [{CN_DIGITS}]{{1,3}}\s*[,，](?=\s*[\u3400-\u9fffA-Za-z“《_＿])(?!\s*[{CN_DIGITS}])
      | \d{{1,2}}\s*[.．、](?!\d)               # 1.  1、  (not 3.5)
      | [①-⑳⑴-⒇]                              # circled and parenthesised digits
      | 第[{CN_DIGITS}\d]{{1,5}}[编章节条部編節條]  # 第一章  第十条 (第十條)
    )
    """,
    re.X,
)


# A line ending in a finished sentence: its mark, perhaps a closing quote or bracket after it.
# (The document's text ends so; a label, a menu item or a heading does not.)
FINISHED_SENTENCE = re.compile(r"[。！？!?…][”’」』）)]?\s*$")
# A sentence's mark anywhere in a line: a label, a name or a menu item holds none.
SENTENCE_MARK = re.compile(r"[。！？!?；;]")

# Containers whose class or id names say "chrome" (nav, footer, sidebar, comments...), for
# the HTML extractor (read/extract.py) and, under `pandoc --filter`, the Divs pandoc kept
# (passes/boilerplate/chrome_divs.py). Here, not in the extractor: the filter needs the
# names without loading lxml. Matched on whole words of the attribute.
CHROME_NAME = LazyPattern(
    r"(?:^|[\s_-])(?:nav|navbar|menu|footer|foot|copyright|sidebar|side|aside|comment|comments|"
    r"reply|commentlist|breadcrumb|crumb|share|related|relate|recommend|hot|ad|ads|banner|login|search|"
    r"toolbar|pager|pagination|tags?|friendlink|links|player)(?:$|[\s_\d-])",
    re.I,
)
# A chrome-named container holding more than this share of the page is a layout wrapper.
CHROME_MAX_SHARE = 0.3
# The class the extractor gives a reply's heading (read/extraction/bylines.py); the boilerplate
# pass leaves such a heading alone. Here for the same reason as CHROME_NAME.
REPLY_CLASS = "reply"

# A bulletin's issue line under its name in its masthead: "第5期", "（第3期）", "第12期（总第48期）".
ISSUE_LINE = re.compile(r"^[(（]?\s*第\s*[0-9一二三四五六七八九十百〇零]{1,5}\s*期"
                        r"\s*(?:[(（]?\s*总第\s*\d{1,5}\s*期\s*[)）]?)?\s*[)）]?$")

# Who a letter or a speech addresses ("尊敬的各位领导：", "同志们："): its readers, the text's
# first line; never its title, never a row of the page's facts.
SALUTATION = re.compile(
    r"^[\s\[【]*(?:(?:尊敬的|敬爱的|敬愛的|亲爱的|親愛的)\S{1,12}"
    r"|(?:各位)?(?:同志|同学|同學|老师|老師|朋友|家长|家長|来宾|來賓|领导|領導)[们們]"
    r"|(?:所属)?各(?:有关|有關)?(?:单位|單位|部门|部門|同学|同學|位\S{1,6}))[\]】]?\s*[:：]?\s*$")
