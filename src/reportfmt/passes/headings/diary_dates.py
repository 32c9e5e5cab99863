"""A diary's entries: "2016年4月5日 阴" / the day's paragraphs / "4月6日 星期三 晴" (used by rules.py);
a log's entries by the clock: "08:30" / what was done / "09:45" / … (clock_entries).

A diary (日记, a 范文 site's genre, a cadre's or a teacher's journal) heads each day's entry with
its date and the day's weather on a line of their own. Such a line names the entry as a section's
name does, though it is a date: two or more of them, each over a paragraph of the day, are the
page's sections. A date alone on its line ("2024年3月8日") closes a 公文 or a letter and heads
nothing; the weather word is what makes the line a diary's.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..regex_cache import LazyPattern
from .measure import is_body

_NUMERAL = "〇零○一二三四五六七八九十"
_DATE = (rf"(?:(?:(?:19|20)\d{{2}}|[{_NUMERAL}]{{4}})\s*年\s*)?"
         rf"(?:\d{{1,2}}|[{_NUMERAL}]{{1,2}})\s*月\s*(?:\d{{1,2}}|[{_NUMERAL}]{{1,3}})\s*[日号]")
_WEEKDAY = r"(?:星期|礼拜|周)[一二三四五六日天]"
_SKY = r"(?:晴|阴|多云|雷阵雨|雨夹雪|[小中大暴阵]?雨|[小中大]?雪|雾|霾|大风)"
_WEATHER = rf"(?:天气\s*[:：]?\s*)?{_SKY}(?:\s*转\s*{_SKY})?(?:天)?"
# The date, the weekday perhaps, the weather; blanks or a comma between; nothing else.
_ENTRY = re.compile(rf"^\s*{_DATE}(?:[\s，,、]*{_WEEKDAY})?[\s，,、]*{_WEATHER}\s*$")
ENTRIES_MIN = 2
# A log's date with its weekday and nothing else ("2025年5月12日 星期一"), the day's weather on the
# line under it as a field ("天气：晴 气温：18—27℃"): the weekday marks a day's entry as the weather
# word does (a letter's or a 公文's closing date never carries it).
_DATED_DAY = LazyPattern(rf"^\s*{_DATE}[\s，,、]*{_WEEKDAY}\s*$")
_DAY_WEATHER = LazyPattern(rf"^\s*天气\s*[:：]\s*{_SKY}")


def _heads_entry(text: str, below: str | None) -> bool:
    if _ENTRY.match(text):
        return is_body(below)
    return bool(_DATED_DAY.match(text) and below and _DAY_WEATHER.match(below))


def diary_entries(texts: list[str | None]) -> list[int]:
    """Block indices of the entries' date lines, each over body text (or over the day's weather
    field), when there are two or more."""
    found = [i for i, text in enumerate(texts)
             if text and _heads_entry(text, texts[i + 1] if i + 1 < len(texts) else None)]
    return found if len(found) >= ENTRIES_MIN else []


# A log's entry by the clock (a 值班记录, a 工作日志, a day's diary, an agenda kept as minutes): the
# time alone on its line ("08:30", "13:20", "14:00—15:30"), what was done under it. Three or more in
# order of the day, each over a paragraph, and no bare time line that heads none: a timetable's
# flattened cells ("08:30" over "签到") or a time standing alone once is no entry.
_CLOCK = r"(?:[01]?\d|2[0-3])\s*[:：]\s*([0-5]\d)"
_CLOCK_LINE = re.compile(rf"^\s*({_CLOCK})(?:\s*[-—–~\uff5e至到]{{1,2}}\s*{_CLOCK})?\s*$")
CLOCK_ENTRIES_MIN = 3


def _minutes(clock: str) -> int:
    hours, minutes = re.split(r"\s*[:：]\s*", clock.strip())
    return int(hours) * 60 + int(minutes)


def clock_entries(texts: list[str | None]) -> list[int]:
    """Block indices of a log's time lines, each over body text, in the day's order, when there
    are CLOCK_ENTRIES_MIN or more and every bare time line of the page is one."""
    found = [(i, _minutes(match.group(1))) for i, text in enumerate(texts)
             if text and (match := _CLOCK_LINE.match(text))]
    if len(found) < CLOCK_ENTRIES_MIN:
        return []
    if not all(i + 1 < len(texts) and is_body(texts[i + 1]) and not _CLOCK_LINE.match(texts[i + 1] or "")
               for i, _ in found):
        return []
    if any(later <= earlier for (_, earlier), (_, later) in pairwise(found)):
        return []
    return [i for i, _ in found]
