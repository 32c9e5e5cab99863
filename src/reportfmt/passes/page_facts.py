"""The page's facts printed near the top: its date line ("发布时间：…") and labelled values
("作者：…", "来源：…"), looked for in the first HEAD_CHARS characters. Used by the metadata pass.
"""

from __future__ import annotations

import functools
import re

import panflute as pf

from ..read.pagemeta import label_value
from ..state import get_state
from .boilerplate.ruleset import expand_parts, keeping_rule, load_rules, rule_file_data
from .elements import block_text, is_text_block, squeezed_length
from .patterns import DATE, DATE_LABEL, EVENT_FIELD, SECTION_NUMBER
from .regex_cache import LazyPattern

# How far into the document title and meta lines are looked for.
# Counted in characters, not blocks: the headings pass joins lines, and a second run
# must look at the same head as the first (running twice equals running once).
HEAD_CHARS = 300
META_LINE_MAX_CHARS = 120
# Above a title the page prints again, no text of the document stands: short lines there are
# the site's (a menu "行政 导航", a slogan); longer ones are left to the boilerplate rules.
ABOVE_TITLE_MAX_CHARS = 60


def kept_by_rule(doc: pf.Doc, text: str) -> bool:
    """A `keep` rule (a reviewer's mark) says this line stays: its value is still taken."""
    rules = load_rules(tuple(get_state(doc).options.boilerplate.rules))
    return keeping_rule(rules, " ".join(text.split())) is not None


def head_blocks(doc: pf.Doc) -> list[tuple[int, pf.Block]]:
    """The blocks that start within the first HEAD_CHARS characters of text."""
    head, offset = [], 0
    for index, block in enumerate(doc.content):
        if offset >= HEAD_CHARS:
            break
        head.append((index, block))
        offset += squeezed_length(block, HEAD_CHARS - offset)
    return head


def take_date_line(doc: pf.Doc) -> str | None:
    """Find a "发布时间: 2023-03-03 19:55:05" line near the top; it becomes `date`.

    The page's date stands above its text: once the text has begun (a statement, a long line, a
    numbered section) a "时间：…" line is the document's own (an example in a writing guide, a
    notice's 会议时间) and stays. So does a span of days ("2025年10月15日-17日"): an event's
    time, not the day a page was published."""
    above, text = "", ""  # the line of text over this one, this one
    from .boilerplate.placement import event_head_lines  # (the boilerplate package imports this module)

    event = event_head_lines(doc.content)  # "日期：…" over "時間：…" and "地點：…": the event's date
    for index, block in head_blocks(doc):
        if not is_text_block(block) or id(block) in event:
            continue
        if text.strip():
            above = text
        text = block_text(block)
        if _body_begun(text):
            return None
        labelled = bool(DATE_LABEL.match(text))
        if len(text) > META_LINE_MAX_CHARS or not (labelled or STAMP_LINE.match(text)):
            continue
        # "时间：2023年5月6日 地点：三楼会议室 主持人：王某", or 地点：… on the line below or above:
        # a bare 时间 beside the fields of an event is the head of minutes or a notice.
        if EVENT_FIELD.search(text) or any(EVENT_FIELD.match(line)
                                           for line in (_next_text(doc, index), above.lstrip())):
            return None
        if _own_field_beside(text):
            return None  # "日期：… 姓名：… 岗位：…": a log's or a form's own head, its date the document's
        date = None if _DATE_SPAN.search(text) else normalise_date(text)
        if date:
            # A stamp's line is left where it is, to the rules that know it (meta-lines.timestamp-
            # line): taken here first, its neighbours lost the line their rules read beside them.
            if labelled and not kept_by_rule(doc, text):
                del doc.content[index]
                get_state(doc).report.record_removed(text, "metadata.date")
            return date
    return None


# "成文日期：2024年3月12日" in a government page's box of facts, wherever on its line.
_SIGNED_DATE = re.compile(r"成文日期\s*[:：]?\s*(?=\d)")


def signed_date(doc: pf.Doc) -> str | None:
    """The 成文日期 a box of facts among the first lines gives (the line stays where it is)."""
    for _, block in head_blocks(doc):
        if not is_text_block(block) or len(text := block_text(block)) > META_LINE_MAX_CHARS:
            continue
        if (label := _SIGNED_DATE.search(text)) and (date := DATE.match(text, label.end())):
            return normalise_date(date.group())
    return None


# A publication stamp without a label: a date with its clock time, and at most the page's view counter
# beside it ("2026-04-12 09:30  阅读 1203"), a mobile page's line under its title (17 own-tune
# pages print one, every one labelled the site's). Its date is the page's; the line is the rules'.
STAMP_LINE = re.compile(
    DATE.pattern + r"""
    \s*日?\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?\s*                           # the clock time
    (?:(?:阅读|浏览|点击|閱讀|瀏覽|點擊)(?:量|数|數|次数|次數)?\s*[:：]?\s*\d+\s*次?)?  # a counter
    \s*$""",
    re.X,
)


@functools.cache
def site_label() -> re.Pattern[str]:
    """The labels the meta-lines rules know as a site's ("分类", "关键词", "索引号", "文章编号"): the
    rules' own vocabulary, so that the two never disagree on what a page's fact is."""
    for path, data in zip(*rule_file_data(), strict=True):
        if str(path).endswith("meta-lines.yaml"):
            vocabulary = data.get("vocabulary") or {}
            return re.compile(expand_parts("(?:<<label>>|<<disclosure-label-any>>)", vocabulary))
    return re.compile(r"(?!)")


# A field after a blank on the date's line: its label, a word or two, and its colon.
_LATER_FIELD = re.compile(r"\s([\u4e00-\u9fff]{2,6})\s*[:：]")


def _own_field_beside(line: str) -> bool:
    """Whether a field the site never prints stands beside the date ("姓名：", "岗位：", "天气："):
    a page's facts are its site's labels only (作者, 来源, 浏览), a document's head its own."""
    return any(not site_label().fullmatch(label) for label in _LATER_FIELD.findall(line))


def _next_text(doc: pf.Doc, index: int) -> str:
    """The next line of text under the block at `index` ("" when none), without leading blanks."""
    following = next((b for b in doc.content[index + 1:] if is_text_block(b) and block_text(b).strip()), None)
    return block_text(following).lstrip() if following is not None else ""


# "2025年10月15日-17日", "2024-05-01至05-03": a date followed by its end is a span of days.
_DATE_SPAN = re.compile(DATE.pattern + r"\s*日?\s*(?:[-–—~\uff5e至到])\s*\d", re.X)
_STATEMENT = re.compile(r"[。；;]")


def _body_begun(line: str) -> bool:
    """The document's text has begun: a line longer than the meta lines above a title, one
    holding a finished statement, a numbered section. (A question or an exclamation may be
    the page's title: "活动方案如何写？")"""
    return len(line) > ABOVE_TITLE_MAX_CHARS or bool(SECTION_NUMBER.match(line) or _STATEMENT.search(line))


# Only year and month known ("1998-03", from "1998年3月号"): kept at that precision.
_YEAR_MONTH = LazyPattern(r"^\s*((?:19|20)\d{2})-(0[1-9]|1[0-2])\s*$")


def meta_text(doc: pf.Doc, key: str) -> str | None:
    value = doc.get_metadata(key, default=None)
    if isinstance(value, list):
        value = "、".join(str(v) for v in value if v)
    if not isinstance(value, str):
        return None
    return value.strip() or None


def take_labelled(doc: pf.Doc, label: re.Pattern[str]) -> str | None:
    """The value of a labelled meta line ("作者：张三") among the first blocks."""
    for _, block in head_blocks(doc):
        if not is_text_block(block):
            continue
        text = block_text(block)
        if len(text) > META_LINE_MAX_CHARS:
            continue
        for match in label.finditer(text):
            value = label_value(match)
            if value:
                return value
    return None


def normalise_date(text: str) -> str | None:
    match = DATE.search(text)
    if not match:
        partial = _YEAR_MONTH.match(text)
        return f"{partial.group(1)}-{partial.group(2)}" if partial else None
    year, month, day = (int(match.group(k)) for k in ("year", "month", "day"))
    return f"{year:04d}-{month:02d}-{day:02d}"
