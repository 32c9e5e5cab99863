"""A message printed as plain text (a mail-list archive's <pre>, a text BBS's article cell whose
lines are <br>-separated): its header lines, signature and the line that introduces a quote are
the writer's furniture, not the message.

Mail and news readers (and the text BBSes that print their articles the same way) open a
message with a run of "label: value" header lines ended by an empty line (From:/Subject:/Date:,
发信人:/标题:/发信站:), end it with the signature separator, a line that is "-- " (two hyphens
and a space; archives often lose the space), then a few short lines (name, motto, the origin
line a board stamps), and open a quote of the earlier message with an attribution line (a
short line ending in a colon: "在 …，name 写道：", "On …, name wrote:", "【 在 name 的大作中提到:
】") right above the quoted lines ("> …", ": …"). Only text printed as lines is read: a <pre>,
or a block whose lines are <br>-separated text (MESSAGE_LINES of them at least). A signature is
cut only when at most SIGNATURE_LINES short lines follow the separator (an attachment printed
after the signature is more than that: the block is left whole), HEADED_SIGNATURE_LINES in a
message that opens with a header run; a header run, and an
attribution without a "wrote" verb, only in a signed message (a report's own opening lines
"时间：…/地点：…" are words), when HEADER_LINES or more label lines open it and an empty line
closes them. A text board's web view prints the article as lines of text straight in its
screen block, among elements (a header row above, the origin stamps in spans, the push rows
below): there the signature runs from a separator line in the block's own text to its next
block child, the inline stamps between taken with it, under the same limits. Recorded as
`extract.signature` and `extract.post-meta`.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from .audit import Audit

# The signature: at most this many non-empty lines after the separator, each at most this long.
SIGNATURE_LINES = 4
# ... or this many in a message that opens with a header run (发信人:/From: lines): a text
# BBS allows a signature of six lines, and stamps its origin and each edit below it.
HEADED_SIGNATURE_LINES = 8
SIGNATURE_LINE_CHARS = 80
_SEPARATOR = re.compile(r"^-- ?$", re.M)
# The attribution line above a quote: ends with a colon (a bracket may close it), at most this long.
ATTRIBUTION_CHARS = 80
_ATTRIBUTION = re.compile(r"^[^\n>]*(?:写道|写了|wrote)\s*[:：]\s*\n(?=\s*>)", re.M | re.I)
# In a message that ends with a signature, any such short line ending in a colon (a bracket may
# close it) above quoted lines ("> …" or ": …", the text BBSes' mark) is the attribution.
_SIGNED_ATTRIBUTION = re.compile(r"^[^\n>]*[:：]\s*[】\]]?[ \t]*\n(?=[ \t]*(?:>|:[ \t]))", re.M)
# A header line: a short label (a word, or up to six CJK characters that may be spaced out to
# align, "标  题") and a colon, then its value on the same line.
# The blanks may be no-break or ideographic spaces: a page prints a text BBS's aligned label
# "标  题" with &nbsp; so that the browser keeps them.
_HEADER = re.compile(r"^[^\S\n]*(?:[A-Za-z][\w-]{0,24}|[\u4e00-\u9fff](?:[^\S\n]*[\u4e00-\u9fff]){0,5})"
                     r"[^\S\n]*[:：][^\S\n]*\S.*$")
HEADER_LINES = 2
HEADER_CHARS = 120
# A block of <br>-separated text is read as printed lines from this many lines on.
MESSAGE_LINES = 4
_INLINE = {"br", "a", "font", "span", "b", "i", "em", "strong", "u"}


def drop_mail_furniture(article: etree._Element, audit: Audit) -> None:
    """Each <pre> of `article`, and each block of <br>-separated lines, that holds a plain-text
    message loses its header lines, signature and the attribution lines above its quotes (the
    words, quoted ones too, stay)."""
    for pre in list(article.iter("pre")):
        text = pre.text_content()
        kept = _without_furniture(text, audit)
        if kept != text:
            for child in list(pre):
                pre.remove(child)
            pre.text = kept
    for block in [e for e in article.iter() if _printed_lines(e)]:
        text = _lines_text(block)
        kept = _without_furniture(text, audit)
        if kept != text:
            _set_lines(block, kept)


def drop_screen_furniture(article: etree._Element, audit: Audit) -> None:
    """Each screen block of `article` (a text board's article printed as lines among elements)
    loses its signature and, when signed, its header rows. Read before the chrome cuts: a
    header row's label is often named like chrome ("meta-tag") and would go alone, its value
    left as a stray line."""
    for block in [e for e in article.iter() if isinstance(e.tag, str) and e.tag not in _INLINE and e.tag != "pre"]:
        # A block of <br> lines and inline text alone is read whole by drop_mail_furniture
        # (its header run goes with its signature); a screen holds blocks among its lines.
        if any(isinstance(c.tag, str) and c.tag not in _INLINE for c in block):
            _cut_screen_signature(block, audit)


def _cut_screen_signature(block: etree._Element, audit: Audit) -> None:
    """The signature in a screen block's own text: from the last separator line in its text or
    a child's tail up to its next block child (inline children between go with it), when words
    come before it and at most SIGNATURE_LINES short lines after it."""
    # holders[k]: the block's text (k = 0) or the tail of child k - 1; block[k:] follow it.
    holders = [(block, "text")] + [(child, "tail") for child in block]
    for index in range(len(holders) - 1, -1, -1):
        node, slot = holders[index]
        text = getattr(node, slot) or ""
        separators = list(_SEPARATOR.finditer(text))
        if separators:
            break
    else:
        return
    start = separators[-1].start()
    run = []  # the inline children after the separator, up to the next block child
    for child in block[index:]:
        if not isinstance(child.tag, str) or child.tag not in _INLINE:
            break
        run.append(child)
    signature = text[start:] + "".join(c.text_content() + (c.tail or "") for c in run)
    before = (block.text or "") + "".join(c.text_content() + (c.tail or "") for c in block[:index])
    before = before[:len(before) - len(text) + start]  # up to the separator
    tail = [line for line in signature.splitlines()[1:] if line.strip()]
    if not "".join(before.split()) or len(tail) > SIGNATURE_LINES \
            or any(len(line.strip()) > SIGNATURE_LINE_CHARS for line in tail):
        return
    audit.note(signature, "signature")
    setattr(node, slot, text[:start].rstrip() + "\n")
    for child in run:
        block.remove(child)
    _cut_header_rows(block, audit)


def _cut_header_rows(block: etree._Element, audit: Audit) -> None:
    """A signed screen block's header rows: the element children that open it, before any text
    of its own, each a label and a value in two inline elements ("作者" "name", "時間" "…"),
    HEADER_LINES of them or more: the mail header run printed as rows."""
    rows = []
    for child in block:
        if (block.text or "").strip() or any((row.tail or "").strip() for row in rows):
            break
        if not _header_row(child):
            break
        rows.append(child)
    if len(rows) < HEADER_LINES:
        return
    for row in rows:
        audit.drop(row, "post-meta")


def _header_row(row: etree._Element) -> bool:
    parts = [c for c in row if isinstance(c.tag, str)]
    if not isinstance(row.tag, str) or row.tag in _INLINE or len(parts) != 2 or (row.text or "").strip() \
            or any(p.tag not in _INLINE or (p.tail or "").strip() for p in parts):
        return False
    label = "".join(parts[0].text_content().split())
    return bool(_HEADER.match(f"{label}: {parts[1].text_content().strip()}")) \
        and len(row.text_content().strip()) <= HEADER_CHARS


def _without_furniture(text: str, audit: Audit) -> str:
    """The header run and the generic attribution are read only in a message that shows its
    form by a signature: a report's opening "时间：…/地点：…" lines are its words. A message
    that opens with a header run may close with a longer signature (a board's six-line
    signature and its origin and edit stamps)."""
    headed = _header_run(text) is not None
    kept = _without_signature(text, audit, HEADED_SIGNATURE_LINES if headed else SIGNATURE_LINES)
    if kept == text:
        return _ATTRIBUTION.sub(lambda m: _attribution(m, audit), kept)
    kept = _without_headers(kept, audit)
    return _SIGNED_ATTRIBUTION.sub(lambda m: _attribution(m, audit), kept)


def _printed_lines(elem: etree._Element) -> bool:
    """A block whose children are <br>s and inline text only, with MESSAGE_LINES lines or more."""
    if not isinstance(elem.tag, str) or elem.tag in _INLINE or elem.tag == "pre" or len(elem) == 0:
        return False
    if any(not isinstance(child.tag, str) or child.tag not in _INLINE or
           any(isinstance(e.tag, str) and e.tag not in _INLINE for e in child.iterdescendants())
           for child in elem):
        return False
    return sum(1 for child in elem if child.tag == "br") + 1 >= MESSAGE_LINES


def _lines_text(block: etree._Element) -> str:
    parts = [block.text or ""]
    for child in block:
        if child.tag == "br":
            parts.append("\n")
        else:
            parts.append(child.text_content())
        parts.append(child.tail or "")
    return "".join(parts)


def _set_lines(block: etree._Element, text: str) -> None:
    """The block's content becomes `text`, its lines separated by <br> again."""
    for child in list(block):
        block.remove(child)
    lines = text.split("\n")
    block.text = lines[0]
    for line in lines[1:]:
        br = lxml.html.Element("br")
        br.tail = line
        block.append(br)


def _header_run(text: str) -> tuple[int, int] | None:
    """The lines (start, end) of the header run that opens `text`: HEADER_LINES label lines or
    more, closed by an empty line with words after it; None when it has none."""
    lines = text.split("\n")
    start = 0
    while start < len(lines) and not lines[start].strip():
        start += 1
    end = start
    while end < len(lines) and lines[end].strip() and _HEADER.match(lines[end]) and len(lines[end]) <= HEADER_CHARS:
        end += 1
    # The run must be closed by an empty line, and words must follow it.
    if end - start < HEADER_LINES or end >= len(lines) or lines[end].strip() \
            or not "".join(lines[end:]).strip():
        return None
    return start, end


def _without_headers(text: str, audit: Audit) -> str:
    run = _header_run(text)
    if run is None:
        return text
    start, end = run
    lines = text.split("\n")
    audit.note("\n".join(lines[start:end]), "post-meta")
    return "\n".join(lines[:start] + lines[end + 1:])


def _without_signature(text: str, audit: Audit, most: int = SIGNATURE_LINES) -> str:
    separators = list(_SEPARATOR.finditer(text))
    if not separators:
        return text
    last = separators[-1]
    tail = [line for line in text[last.end():].splitlines() if line.strip()]
    if not text[:last.start()].strip() or len(tail) > most \
            or any(len(line.strip()) > SIGNATURE_LINE_CHARS for line in tail):
        return text
    audit.note(text[last.start():], "signature")
    return text[:last.start()].rstrip() + "\n"


def _attribution(match: re.Match, audit: Audit) -> str:
    line = match.group(0)
    if len(line.strip()) > ATTRIBUTION_CHARS:
        return line
    audit.note(line, "post-meta")
    return ""
