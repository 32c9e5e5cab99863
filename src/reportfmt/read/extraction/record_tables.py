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
        form = _form_rows(table)
        if form is None or form[1] < LABEL_ROWS:
            continue
        values = [cell for cells in form[0] for cell in cells if _is_prose(cell)]
        if values:
            _replace(table, values, audit)


def _form_rows(table: etree._Element) -> tuple[list[list[etree._Element]], int] | None:
    """(the table's filled rows, how many open with a label), or None once a second filled row
    opens without one: a form labels every row but one at most, and a data table (a
    50,000-row statistics page) is told so at its second row without a label, not after
    reading them all."""
    rows: list[list[etree._Element]] = []
    labelled = 0
    for row in table.iter("tr"):
        cells = [cell for cell in row if cell.tag in ("td", "th")]
        if not any(visible_length(c.text_content()) for c in cells):
            continue
        rows.append(cells)
        if len(cells) >= 2 and _is_label(cells[0]):
            labelled += 1
        elif len(rows) - labelled > 1:
            return None
    return rows, labelled


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
