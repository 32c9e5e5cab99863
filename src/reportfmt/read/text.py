"""Our own plain-text reader: one paragraph per line, every `*` literal (pandoc's markdown
reader would make `**区…***亿元` bold and italics), but for one form: a bold label.

A page written in markdown (an AI answer, a blog exported as text) keeps its bold marks around
a line's label: `1. **会议名称**`, `- **基本情况：**简要介绍…`, `**一、总体情况**`. Those marks
are the author's emphasis, not two masked values, and a reader sees the label in bold. The form
is anchored so that a masked page's stars are never taken for it: the pair opens the line (after
a list or number marker), holds a label of two or more characters with no star and no blank just
inside, and either ends the line, stands before the label's colon, or holds the colon itself.
`**区委要求**区连续*年` (text follows the pair) stays literal: there the stars hide a place.
"""

from __future__ import annotations

import re

import panflute as pf

from ..passes.elements import para, text_to_inlines

# A list or number marker before the bold label: "- ", "1. ", "2、", "（一）", "一、".
_BLANKS = r"[ \t\u3000]"
_LEAD = (rf"(?:[-*•·]{_BLANKS}+|\d{{1,3}}[.、．]{_BLANKS}*|[（(][一二三四五六七八九十\d]{{1,3}}[)）]{_BLANKS}*"
         rf"|[一二三四五六七八九十]{{1,3}}、{_BLANKS}*)?")
_BOLD_LABEL = re.compile(
    rf"^(?P<lead>{_LEAD})\*\*(?P<label>[^*\s][^*]{{0,38}}[^*\s])\*\*(?P<rest>.*)$")
_COLON = (":", "：")
# A whole line in bold with nothing around it must hold a real label: "**公司**" alone could be
# a masked name's two runs, "**基本情况**" is a label.
_MIN_LONE_LABEL = 4
_WORD = re.compile(r"\w")


def read_plain_text(text: str) -> pf.Doc:
    """One paragraph per non-empty line; every character, `*` included, stays literal but the
    marks of a bold label (the label itself is kept, in Strong)."""
    blocks = []
    for line in text.splitlines():
        line = line.strip(" \t\u3000\u00a0\ufeff")
        if line:
            blocks.append(_bold_label_para(line) or para(line))
    return pf.Doc(*blocks)


def _bold_label(line: str) -> tuple[str, str, str] | None:
    """(marker, label, rest) of a line whose label stands in markdown bold marks, or None."""
    if "**" not in line:
        return None
    match = _BOLD_LABEL.match(line)
    if match is None:
        return None
    lead, label, rest = match.group("lead", "label", "rest")
    if not _WORD.search(label):
        return None
    ends_line = not rest.strip()
    if not (ends_line or rest.lstrip().startswith(_COLON) or label.endswith(_COLON)):
        return None
    if ends_line and not lead and len(label) < _MIN_LONE_LABEL:
        return None
    return lead, label, rest


def bold_labels_in(doc: pf.Doc) -> None:
    """The same form in a page read from HTML, whose paragraphs print the marks as text: each
    top-level paragraph of plain words (Str and blanks only: no link or styling to lose) whose
    text is a bold label is rebuilt with the label in Strong."""
    for index, block in enumerate(doc.content):
        if not isinstance(block, pf.Para) or not any(
                isinstance(e, pf.Str) and "**" in e.text for e in block.content[:4]):
            continue
        if not all(isinstance(e, (pf.Str, pf.Space)) for e in block.content):
            continue
        rebuilt = _bold_label_para("".join(e.text if isinstance(e, pf.Str) else " " for e in block.content))
        if rebuilt is not None:
            doc.content[index] = rebuilt


def _bold_label_para(line: str) -> pf.Para | None:
    found = _bold_label(line)
    if found is None:
        return None
    lead, label, rest = found
    inlines = text_to_inlines(lead)
    if lead[-1:].isspace():
        inlines.append(pf.Space())  # "1. " keeps its blank: text_to_inlines drops a trailing one
    inlines.append(pf.Strong(*text_to_inlines(label)))
    if rest[:1].isspace() and rest.strip():
        inlines.append(pf.Space())
    inlines.extend(text_to_inlines(rest))
    return pf.Para(*inlines)
