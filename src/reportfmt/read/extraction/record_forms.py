"""A record page's form printed without a table: rows of "label: value" (list items, divs,
paragraphs) whose long values are the words (a letter box's letter and the office's reply).

record_tables.py reads the form when the page prints it as a table. Many letter boxes, inquiry
and complaint pages print the same record as rows of boxes instead: each row opens with a
short label element ("来信内容：", "答复时间：") and holds the value after it. The reader wants
the long values, the letter and the reply; the labels and the short fields (a number, a date,
a unit, a status) are the form, like a post's byline.

Read only when the rows are the record's whole form: at least LABEL_ROWS rows, their text at
least RECORD_SHARE of the article's, at least PROSE_VALUES values that hold a sentence (a
message and its answer) and at least one short field beside them. A page of questions and
answers ("问：…/答：…") has no short field, and a report's field lines ("时间：/地点：") hold
no two sentences: both are left whole. A short field holding a masked value stays, as in a
form table. Recorded as `extract.form-field`.
"""

from __future__ import annotations

import re

from lxml import etree

from .audit import Audit
from .record_tables import LABEL_ROWS, RECORD_SHARE, is_label, is_prose
from .votes import visible_length

# A record is a letter and its reply: at least this many labelled values hold a sentence.
PROSE_VALUES = 2
_ROW_TAGS = {"li", "div", "p", "dd", "dl"}
_COLON = re.compile(r"[:：]\s*$")


def unwrap_record_forms(article: etree._Element, audit: Audit) -> None:
    """The form's rows in `article` become their long values, in order (see the module)."""
    rows = _rows(article)
    if len(rows) < LABEL_ROWS:
        return
    total = visible_length(article.text_content())
    if sum(visible_length(row.text_content()) for row, _ in rows) < RECORD_SHARE * total:
        return
    prose = [(row, label) for row, label in rows if is_prose(_value_text(row, label))]
    if len(prose) < PROSE_VALUES or len(prose) == len(rows):
        return
    from ...passes.masks.find import could_hold_mask, find_masks  # the detectors; loaded only here

    holders = set()
    for row, label in rows:
        if (row, label) in prose:
            audit.drop(label, "form-field")  # the value after it stays (its tail, its siblings)
            continue
        text = " ".join(row.text_content().split())
        if could_hold_mask(text) and find_masks(text):
            continue  # a masked value is never dropped, not even a form field's ("来信人 张**")
        holders.add(row.getparent())
        audit.drop(row, "form-field")
    for holder in holders:  # a list of fields left empty (its items gone) goes too
        if holder is not article and holder.getparent() is not None and not holder.text_content().strip():
            holder.drop_tree()


def _rows(article: etree._Element) -> list[tuple[etree._Element, etree._Element]]:
    """The outermost rows under `article`: a box that opens with a label element (nothing
    before it) and holds a value after it."""
    found: list[tuple[etree._Element, etree._Element]] = []
    for row in article.iterdescendants():
        if not isinstance(row.tag, str) or row.tag not in _ROW_TAGS or len(row) == 0:
            continue
        if any(a is r for r, _ in found for a in row.iterancestors()):
            continue
        label = row[0]
        if (row.text or "").strip() or not isinstance(label.tag, str) or label.tag == "a" \
                or label.find(".//a") is not None or not _is_row_label(label):
            continue
        if visible_length(_value_text(row, label)) == 0:
            continue
        found.append((row, label))
    return found


def _is_row_label(label: etree._Element) -> bool:
    return is_label(_COLON.sub("", "".join(label.text_content().split())))


def _value_text(row: etree._Element, label: etree._Element) -> str:
    """The row's text after its label."""
    return (label.tail or "") + "".join(e.text_content() + (e.tail or "") for e in label.itersiblings()
                                        if isinstance(e.tag, str))
