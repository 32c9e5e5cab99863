"""A document's name glued before its first section's number: "某某建设方案一、项目概述".

文库 and 范文 pages that lift a document's text out of its file often lose the break between the
document's name and its first section heading, so the page's first line reads "name一、heading"
(or "name第一章 heading"). Where the page prints the name again above, the copy is the title printed
again (labelled so on several tuned sites: a 美文 site's work plan, a how-to site's rules, a
news-portal's 策划书, a 文库 download page's 预案, a district bureau's annual report); where that
line is the page's only title (a 文库 page's "文档简介" over "…评估方案模板范文一、背景分析", round
54), the whole line was taken for the title and the first section's heading went with it.

The line is read as the name and the heading only when the page proves the numbering: a later line
opens with the next number ("二、", "第二章"), and the name before the number ends in a document's
genre ("…方案", "…计划", "…预案"), so "关于做好一、二年级…" or a sentence holding "一、" is never cut.
Used by title_line.
"""

from __future__ import annotations

from .patterns import CJK
from .regex_cache import LazyPattern
from .script import fold_script_with_offsets, written_offset
from .title_forms import names_genre

# The name (no sentence mark in it), then the first section's number and at least one character of
# its heading. "第一、" (an ordinal in a name) is no section number.
_GLUED_FIRST = LazyPattern(
    rf"^\s*(?P<name>[^，,。；;：:！!？?\s][^，,。；;：:！!？?]{{3,40}}?)\s*"
    rf"(?P<number>(?<!第)一\s*[、.．]|第一章)\s*(?=[{CJK}])")
# The next section's number opening a line, or inside a line flattened from the document.
_SECOND = {"一": LazyPattern(r"(?:^|[\s。；;：:])\s*二\s*[、.．]"), "章": LazyPattern(r"第二章")}
# The lines under it that are read for the next section's number: a first section runs a page or so.
FIRST_SECTION_LOOKAHEAD = 60
# The name's CJK characters at least: "某某方案" names a document, two characters a genre alone.
NAME_MIN_CJK = 4


def glued_first_section(text: str, following: list[str]) -> int | None:
    """Where the document's name ends in a line that glues its first section heading after it, None
    when the line is no such name and heading (the offset is into `text` as written: a converted
    page's readings are read past). `following` are the texts of the lines after it."""
    folded, offsets = fold_script_with_offsets(text)
    glued = _GLUED_FIRST.match(folded)
    if glued is None:
        return None
    name = glued.group("name").strip()
    if sum(1 for char in name if "\u4e00" <= char <= "\u9fff") < NAME_MIN_CJK or not names_genre(name):
        return None
    second = _SECOND["章" if glued.group("number") == "第一章" else "一"]
    rest = folded[glued.end():]
    if not (second.search(rest) or any(second.match(line.strip()) for line in following)):
        return None
    return written_offset(glued.start("number"), offsets, len(text))
