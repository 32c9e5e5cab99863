"""A record page's form table: rows of "label | value" cells whose long values are the words
(a letter box's letter and the office's reply, a petition and its answer).

Government letter boxes, complaint and inquiry pages print one record as a table whose rows
pair short label cells (信件编号, 来信时间, 来信内容, 回复内容…) with value cells. The reader
wants the long values, the letter and the reply; the labels and the short fields beside them
(a number, a date, a name, a rating row) are the form, like a post's byline. Read only when the
table is the page's article (it holds RECORD_SHARE of the article's visible text), at least
LABEL_ROWS rows open with a label cell, and a value holds a sentence (PROSE_CHARS characters
with sentence punctuation): the long values become paragraphs in order, the rest is recorded
as `extract.form-field` (a label and value holding a masked value stay, as a line). A data
table (a header row over columns of figures) has no label column and is never read.
"""

from __future__ import annotations

import copy
import re

from lxml import etree

from .audit import Audit
from .votes import visible_length

RECORD_SHARE = 0.6
LABEL_ROWS = 3
# A label cell: at most this many characters, no sentence punctuation, no digit.
LABEL_CHARS = 8
_NOT_LABEL = re.compile(r"[\d，。！？；、,.!?;]")
PROSE_CHARS = 40
_SENTENCE = re.compile(r"[，。！？；]")


def unwrap_record_tables(article: etree._Element, audit: Audit) -> None:
    """Each form table that is most of `article` becomes its long values, in order."""
    total = visible_length(article.text_content())
    for table in list(article.iter("table")):
        if table.getparent() is None or table.find(".//table") is not None:
            continue
        if visible_length(table.text_content()) < RECORD_SHARE * total:
            continue
        rows = [[cell for cell in row if cell.tag in ("td", "th")] for row in table.iter("tr")]
        rows = [cells for cells in rows if any(visible_length(c.text_content()) for c in cells)]
        labelled = [cells for cells in rows if len(cells) >= 2 and _is_label(cells[0])]
        values = [cell for cells in rows for cell in cells if _is_prose(cell)]
        if len(labelled) < LABEL_ROWS or len(labelled) < len(rows) - 1 or not values:
            continue
        _replace(table, values, audit)


def _is_label(cell: etree._Element) -> bool:
    return is_label(cell.text_content())


def is_label(text: str) -> bool:
    """A form's label: short, without sentence punctuation or a digit."""
    text = "".join(text.split())
    return 0 < len(text) <= LABEL_CHARS and not _NOT_LABEL.search(text)


def _is_prose(cell: etree._Element) -> bool:
    return is_prose(cell.text_content())


def is_prose(text: str) -> bool:
    """A value that holds a sentence (the letter, the reply), not a field."""
    return visible_length(text) >= PROSE_CHARS and bool(_SENTENCE.search(text))


def _replace(table: etree._Element, values: list[etree._Element], audit: Audit) -> None:
    from ...passes.masks.find import could_hold_mask, find_masks  # the detectors; loaded only here

    kept = set(values)
    lines: list[etree._Element] = []
    for row in table.iter("tr"):
        cells = [c for c in row if c.tag in ("td", "th")]
        texts = [" ".join(c.text_content().split()) for c in cells if c not in kept]
        for pair in (" ".join(texts[i:i + 2]) for i in range(0, len(texts), 2)):
            if pair and could_hold_mask(pair) and find_masks(pair):
                # A masked value is never dropped, not even a form field's ("来信人 张**").
                line = etree.Element("div")
                line.text = pair
                lines.append(line)
            else:
                audit.note(pair, "form-field")
        lines.extend(copy.copy(cell) for cell in cells if cell in kept)
    # The table itself becomes the box (it may be the article the caller holds).
    for child in list(table):
        table.remove(child)
    table.tag, table.text = "div", None
    table.attrib.clear()
    for line in lines:
        if line.tag != "div" or line.attrib:
            line.tag = "div"
            line.attrib.clear()
        line.tail = None
        table.append(line)
    audit.votes.forget()
