"""Samples that each open on their name over the writer's byline (used by rules.decide).

A page collecting several short pieces (a school paper's or a children's magazine's page of pupils'
essays, a contest's prize pieces) prints each one under its own name, and right under the name
the writer: "文/某某（某某小学三（2）班）", "某某/某某市实验小学", "某某小学四年级 某某". No number
marks the pieces; the bylines tell where one ends and the next opens: two bylines at least on the
page, each under a short name (a dashed subtitle may stand between them) and after the previous
piece's text, and the name over each opens a sample. The byline itself is never a heading: it is
the writer's name, a line of the piece (rules.decide keeps it off the bare headings).
"""

from __future__ import annotations

from ..regex_cache import LazyPattern
from ..title_forms import pupil_byline
from .measure import LINE_PUNCT, is_body, squeeze, visible_len
from .numbering import parse_marker
from .samples import TITLE_SAMPLE_MIN_CHARS

# A page holds several pieces when this many lines name their writers.
BYLINES_MIN = 2
# A byline is a short line: a name, a school and a class at most.
BYLINE_MAX_CHARS = 40
# A piece's name is short: a longer line is a sentence of the text.
NAME_MAX_CHARS = 24
# A school's or a class's line of a byline printed over several lines; such a byline is this many
# lines at most (school, class, name).
SCHOOL_LINE_MAX_CHARS = 30
BLOCK_MAX_LINES = 3
# The writer after a label: "文/某某", "作者：某某", "◎某某" (a magazine's mark before a name).
_LABELLED = LazyPattern(r"^\s*(?:(?:文|作者|撰文|小作者|小作家)\s*[/／:：]|◎)\s*\S")
# The writer with a school or a class: "某某/某某小学", "某某小学四(2)班 某某".
_SCHOOL = LazyPattern(r"(?:小学|中学|学校|学院|大学|书院|完小|小學|中學|學校|學院|大學|書院)"
                      r"|[一二三四五六七八九\d]\s*[(（]?\s*\d{0,2}\s*[)）]?\s*[班級级]")
# The byline's parts, parted by blanks or a slash ("某某/某某小学", "某小学四（2）班 某某").
_PARTS = LazyPattern(r"[\s/／]+")
# A school's line ends in the school or the class ("…小学", "…（濮家校区）", "三年级（5）班").
_SCHOOL_END = LazyPattern(r"(?:(?:小学|中学|学校|学院|大学|书院|完小|小學|中學|學校|學院|大學|書院)"
                          r"(?:[(（][^()（）]{1,10}[)）])?|[一二三四五六七八九十\d]\s*[)）]?\s*班|年[级級])$")
# A person's name: a few characters, a part of its own beside the school's.
_NAME = LazyPattern(r"^[\u4e00-\u9fff·]{2,4}$")
_HAN = LazyPattern(r"[\u4e00-\u9fff]")
# A dashed subtitle under a piece's name ("——写给十年后的自己").
_SUBTITLE = LazyPattern(r"^\s*(?:——|--|—)")


def is_byline(text: str | None) -> bool:
    """A short line naming a piece's writer: after a label ("文/", "作者：", "◎"), or a name with a
    school or a class; no sentence."""
    if not text or visible_len(text) > BYLINE_MAX_CHARS or LINE_PUNCT.search(text.replace("：", "").replace(":", "")):
        return False
    if _LABELLED.match(text) or pupil_byline(text):
        return True  # ("某某小学五年级2班 王芳": title_forms reads a pupil's class and name as a byline)
    parts = [part for part in _PARTS.split(text.strip()) if part]
    return len(parts) >= 2 and any(_SCHOOL.search(part) for part in parts) and any(
        _NAME.match(part) and not _SCHOOL.search(part) for part in parts)


def _names_a_piece(text: str | None) -> bool:
    """A short name: words, no mark of a sentence, no number of a part, no byline."""
    return bool(text and _HAN.search(text) and visible_len(text) <= NAME_MAX_CHARS and not LINE_PUNCT.search(text)
                and not is_body(text) and parse_marker(text) is None and not is_byline(text)
                and not _SUBTITLE.match(text))


def byline_lines(texts: list[str | None]) -> frozenset[int]:
    """The lines naming a piece's writer (is_byline)."""
    return frozenset(i for i, text in enumerate(texts) if is_byline(text))


def _school_line(text: str | None) -> bool:
    """A short line naming a school or a class alone ("某某市实验小学", "三年级（5）班"): the writer's
    school, on its own line of a byline printed over several. It ends in the school or the class
    (its campus in brackets at most): "…中学副校长" is a person's post."""
    return bool(text and visible_len(text) <= SCHOOL_LINE_MAX_CHARS and not LINE_PUNCT.search(text)
                and _SCHOOL_END.search(text.strip()) and parse_marker(text) is None)


def _byline_blocks(texts: list[str | None]) -> list[tuple[int, int]]:
    """(first, last) of each byline: one line (is_byline), or up to BLOCK_MAX_LINES lines of school,
    class and name ("某某小学" / "三年级（5）班" / "某某", or "某某" / "某某小学四年级")."""
    def strong(i: int) -> bool:
        return is_byline(texts[i]) or _school_line(texts[i])

    def name(i: int) -> bool:
        return bool(texts[i]) and bool(_NAME.match(texts[i].strip()))

    blocks, i = [], 0
    while i < len(texts):
        # (a bare name opens a byline only over its school's line: over "文/某某" it is the piece's
        # own short name, "春雨")
        if not (strong(i) or (name(i) and i + 1 < len(texts) and _school_line(texts[i + 1]))):
            i += 1
            continue
        end = i
        while end + 1 < len(texts) and (strong(end + 1) or name(end + 1)):
            end += 1
        # (a run of labelled bylines, "文/…" over "图/…", is one piece's credits: one block)
        if end - i < BLOCK_MAX_LINES and any(strong(j) for j in range(i, end + 1)):
            blocks.append((i, end))
        i = end + 1
    return blocks


def bylined_samples(texts: list[str | None]) -> tuple[frozenset[int], frozenset[int]]:
    """(the lines naming a piece right over its byline, or over its dashed subtitle over it; the
    byline lines under them), on a page with two such pieces at least; a name after the page's
    first byline opens a sample only with the previous piece's text between them
    (TITLE_SAMPLE_MIN_CHARS)."""
    found: set[int] = set()
    under: set[int] = set()
    previous = None
    for first, last in _byline_blocks(texts):
        head = first - 1
        if head >= 1 and _SUBTITLE.match(texts[head] or ""):
            head -= 1
        if head >= 0 and _names_a_piece(texts[head]) and (
                previous is None
                or sum(len(squeeze(t or "")) for t in texts[previous + 1:head]) >= TITLE_SAMPLE_MIN_CHARS):
            found.add(head)
            under.update(range(first, last + 1))
        previous = last
    # (one piece named is a page's article and its writer: samples are two at least)
    if len(found) < BYLINES_MIN:
        return frozenset(), frozenset()
    return frozenset(found), frozenset(under)


def bylined_sample_lines(texts: list[str | None]) -> frozenset[int]:
    """The lines naming a piece over its byline (bylined_samples)."""
    return bylined_samples(texts)[0]
