"""Labels closed by a colon that divide a page, or each sample of a page, into its sections.

"活动目标：" / its list / "活动准备：" / its paragraph / "活动过程：" / "一、…": a short label alone on its line,
closed by a colon, above its body (a paragraph, a numbered or a bulleted list). A page of several
samples repeats the same labels in each sample, so the labels are read sample by sample: within one
sample (or the page, when it holds none) two or more such labels, each used once, are its sections,
and the numbered parts under them rank below. The form, not the words, proves them: the labels
repeat as a set, each heads its own body, and none is a line of a form (a label stacked on another,
or above a short value: "姓名：" / "张三").

Near misses that stay body: a letter's salutation ("尊敬的…：" opening the letter, once, above a
paragraph), an introducing sentence ("具体如下：", "主要做法有："), a speaker ("主持人："), a field line
with its value ("姓名：张三", no line of its own).
"""

from __future__ import annotations

import itertools
import re

from ..regex_cache import LazyPattern
from .measure import BODY_MIN_CHARS, is_body, squeeze
from .numbering import parse_marker
from .parallel import _bulleted, addresses, records_speech, speaks

# "付款人和收款人的全称：": Chinese words (a 、 or quotes inside allowed), a colon, nothing after it.
_LABEL = re.compile(r"^(?P<label>[\u3400-\u9fff][\u3400-\u9fff、“”《》]{1,11})[:：]$")
# A sentence that introduces what follows heads nothing ("应当包括以下内容：", "具体如下：").
_INTRODUCES = re.compile(r"(?:如下|以下|下列|下面|包括|几点|这样|如此)")
SECTION_MIN_LABELS = 2
# Two labels alone may be a letter's salutation and one field; three prove the form by themselves.
SECTION_SURE_LABELS = 3


def colon_sections(texts: list[str | None], samples: list[int], numbered: set[int]) -> dict[int, int]:
    """Indices of the colon labels that are sections of their sample (or of the page): see the
    module's docstring. `samples`: the indices of the page's sample markers; `numbered`: those of
    its numbered headings. Labels under a numbered part are that part's (rules._add_held_labels):
    a sample's labels count only where the first stands above its first numbered heading.
    Index -> where the heading ends: the line's length for a label alone, the end of its colon for
    one of the same sections glued to its text (_glued_sections)."""
    if records_speech(texts):
        return {}  # a meeting's record: its colon labels are its speakers
    bounds = [-1, *sorted(samples), len(texts)]
    chosen: dict[int, int] = {}
    for start, end in itertools.pairwise(bounds):
        labels = _segment_labels(texts, start + 1, end)
        if labels and not any(start < i < labels[0] for i in numbered):
            chosen.update({i: len(texts[i]) for i in labels})
            chosen.update(_glued_sections(texts, labels))
    return chosen


def _segment_labels(texts: list[str | None], start: int, end: int) -> list[int]:
    shaped = [i for i in range(start, end) if _label_of(texts[i]) is not None]
    labels = [_label_of(texts[i]) for i in shaped]
    if len(set(labels)) != len(labels) or any(speaks(label) for label in labels):
        return []  # the same label again is a dialogue or a form's repeated field
    chosen = [i for i in shaped if _heads_body(texts, i, end) and not _stacked(texts, i, start)]
    if len(chosen) < SECTION_MIN_LABELS or _glossary(texts, chosen):
        return []
    if len(chosen) < SECTION_SURE_LABELS:
        # A letter's salutation opens its text above a paragraph; a section label opening a sample
        # may head a list. Two labels prove a form only where neither is such an opening line.
        first_text = next((i for i in range(start, end) if texts[i]), None)
        if chosen[0] == first_text and not _list_line(texts[chosen[0] + 1]):
            return []
    return chosen


# "活动准备：泡泡水、吸管…": a label of the same form with its text run on after the colon.
_GLUED = re.compile(r"^\s*(?P<label>[\u3400-\u9fff]{2,8})\s*[:：]\s*(?=\S)")
# A colon after a few words: a line of a form holds its fields so ("交款人：（签名） 日期：年 月 日"), and
# so do the lines of a list of fields around one.
_FIELD_COLON = LazyPattern(r"^\s*[^\s:：。；;，,]{1,12}\s*[:：]|[:：]\s*\S*\s+\S{1,6}\s*[:：]")


def _glued_sections(texts: list[str | None], labels: list[int]) -> dict[int, int]:
    """Lines between a sample's first and last section label that open with a label of the same
    form, its text glued after the colon ("活动准备：泡泡水、吸管…" between "活动目标：" and "活动过程："):
    a section whose line break the page lost. Each label different from the others; a line holding
    a second field, or beside a line opening with a field, is a form's or a list's field, no section."""
    names = {_label_of(texts[i]) for i in labels}
    found: dict[int, int] = {}
    for index in range(labels[0] + 1, labels[-1]):
        match = _GLUED.match(texts[index] or "")
        if (not match or parse_marker(texts[index]) is not None or match.group("label") in names
                or addresses(match.group("label")) or _FIELD_COLON.search(texts[index][match.end():])
                or _field_line(texts[index - 1]) or _field_line(texts[index + 1])):
            continue
        names.add(match.group("label"))
        found[index] = match.end()
    return found


def _field_line(text: str | None) -> bool:
    """A line opening with a field and its value (a section's label alone on its line is none)."""
    return bool(text) and _label_of(text) is None and bool(_FIELD_COLON.search(text))


def _glossary(texts: list[str | None], chosen: list[int]) -> bool:
    """"特点包括：" / "针对性：" / "围绕一个问题展开。" / …: labels each glossed by one short sentence, which
    a sentence closed by a colon introduces, or only two of them: the items of a list of terms, no
    sections. (Three or more, standing on their own, are the steps or parts of the page.)"""
    glossed = all(not _list_line(texts[i + 1]) and len(squeeze(texts[i + 1])) < BODY_MIN_CHARS for i in chosen)
    introduced = any(i > 0 and texts[i - 1] and texts[i - 1].rstrip()[-1] in "：:" for i in chosen)
    return glossed and (introduced or len(chosen) < SECTION_SURE_LABELS)


def _label_of(text: str | None) -> str | None:
    match = _LABEL.match(squeeze(text)) if text else None
    if not match or parse_marker(text) is not None:  # "三、补助原则：": a numbered part, read as such
        return None
    label = match.group("label")
    if addresses(label) or _INTRODUCES.search(label):
        return None
    return label


def _heads_body(texts: list[str | None], index: int, end: int) -> bool:
    """The line below is the label's body: a paragraph, or a numbered or bulleted list's first line."""
    following = texts[index + 1] if index + 1 < end else None
    return bool(following) and _label_of(following) is None and (is_body(following) or _list_line(following))


def _list_line(text: str | None) -> bool:
    return bool(text) and (parse_marker(text) is not None or _bulleted(text))


def _stacked(texts: list[str | None], index: int, start: int) -> bool:
    """The line above is a label closed by a colon too: a form's fields, no section."""
    return index - 1 >= start and _label_of(texts[index - 1]) is not None
