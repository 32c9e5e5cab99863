"""The closing block (落款) laid out as a Chinese reader expects: the date right, the signer over it.

A notice, report, letter or application ends with its signer (an office, or a person's name
after a label such as 申请人：) over its date (成文日期). Set flush left like the body, they read
as one more paragraph. Each writer's copy (never the document) gets the block in a Div:

- class `closing-centred` when the signer is an organisation (GB/T 9704 §7.3.5.1: the date four
  characters in from the right, the signer centred over it), DOCX styles "Closing Signer" and
  "Closing Date" (styles/build_reference.py) with each line's place set for its width
  (docx_places: the widest line four characters in, the others centred over it), in typst a
  box four characters in from the right whose lines are centred (write/conform.py), in
  EPUB/HTML the CSS of styles/epub.css;
- class `closing` when a person signs (a letter, an application, a 述职报告): both lines
  right-aligned, DOCX style "Closing".

Only the document's last lines are a closing block: a date-only line (patterns.DATE_ONLY_LINE or
WRITTEN_DATE_LINE; masked, "20××年×月×日", or after a label, "日期：…", unless a form's field
stands over the block) that is the last paragraph (or the last above a 公文's note, attachments or
版记), up to two short signer lines right above it, and prose above them. A date in the middle
of a text, a form's "日期：" field and a two-party contract's signing lines (甲方/乙方) are not
one and stay where they are.

A closing date that is the document's own date (metadata `date`, often taken from that very line:
read/pagemeta.py) is printed once, at the end where GB/T 9704 puts the 成文日期: the copy gets
`date_in_closing`, and a scraped page's title block leaves the date out (render.py: DOCX drops it
from the copy's metadata, which only its title block reads; typst gets -V date-in-closing; EPUB's
title page and HTML's title header lose their date line). The date stays in the EPUB's dc:date,
HTML's dcterms.date and the PDF's metadata. A document written by hand prints what its author's
metadata says.
"""

from __future__ import annotations

import re

import panflute as pf

from ..passes.elements import stringify
from ..passes.gongwen.patterns import ATTACHMENT_ITEM, ORG_NAME, PRINTED
from ..passes.gongwen.patterns import DATE_LINE as GONGWEN_DATE_LINE
from ..passes.masks import MASK_CLASS
from ..passes.patterns import DATE, DATE_ONLY_LINE, WRITTEN_DATE_LINE
from ..passes.regex_cache import LazyPattern

CLOSING_CLASS = "closing"
CENTRED_CLASS = "closing-centred"
# DOCX paragraph styles (styles/build_reference.py), by their display names as pandoc takes them.
DOCX_STYLE = {CLOSING_CLASS: "Closing", "signer": "Closing Signer", "date": "Closing Date"}

# How many signer lines stand over the date (two issuers signing jointly), and how long one is.
MAX_SIGNER_LINES = 2
MAX_SIGNER_CHARS = 30
# A paragraph above the block long enough to be the text the block closes.
MIN_TEXT_CHARS = 10
# A sentence's marks: a signer's line has none ("申请人：张某" has a colon, never a full stop).
_SENTENCE_MARKS = re.compile(r"[。，；！？!?;,、…]")
# A letter's complimentary close (此致 / 敬礼) and a notice's 特此通知 stand above the signer, flush
# with the text; they are the text's last words, no signer.
_CLOSE_WORDS = LazyPattern(r"^(?:此致|敬礼|特此\w{0,4}|以上\w{0,6})$")
# A contract's parties sign side by side (甲方 / 乙方): their lines keep their own layout.
_PARTY = LazyPattern(r"^[（(]?[甲乙丙丁]\s*方|^(?:委托|受托|出租|承租|买受|出卖|发包|承包)[方人]")
# How many lines above the date are looked at for a contract party's line.
PARTY_LOOKBACK = 8


def _text(block: pf.Block) -> str:
    return "".join(stringify(block).split()) if isinstance(block, (pf.Para, pf.Plain)) else ""


def find_closing(blocks: list[pf.Block]) -> tuple[int, int, bool] | None:
    """(start, end, centred) of the closing block among `blocks` (a document's top level), or
    None. `centred`: an organisation signs (its name centred over the date)."""
    end = _text_end(blocks)
    if not end or not _is_date(blocks[end - 1]):
        return None
    start = end - 1
    while start > 0 and end - 1 - start < MAX_SIGNER_LINES and _is_signer(blocks[start - 1]):
        start -= 1
    above = [_text(b)[:8] for b in blocks[max(0, start - PARTY_LOOKBACK):end]
             if isinstance(b, (pf.Para, pf.Plain)) and len(b.content) <= 2 * _DATE_INLINES]
    if any(_PARTY.match(text) for text in above):
        return None
    if not any(len(stringify(b)) >= MIN_TEXT_CHARS for b in blocks[:start] if isinstance(b, (pf.Para, pf.Plain))):
        return None  # a date under a title, or a page of nothing but a date: no closing block
    if _date_kind(blocks[end - 1]) == LABELLED and start and _is_field(blocks[start - 1]):
        return None  # "日期：" among a form's fields (姓名：…, 电话：…), no closing block
    signers = [_text(b) for b in blocks[start:end - 1]]
    centred = bool(signers) and all(ORG_NAME.match(s) for s in signers)
    return start, end, centred


# A date line is a word or a few (a 3 MB one-line page is not read through for one); in the
# typst copy each of its three masked figures takes two more, its call's opening and end.
_DATE_INLINES = 20


def _short(block: pf.Block) -> bool:
    return isinstance(block, (pf.Para, pf.Plain)) and len(block.content) <= _DATE_INLINES


def _is_date(block: pf.Block) -> bool:
    return _date_kind(block) is not None


# A date written after a label ("日期：2026年3月1日", "签署日期：", "申请日期："): the label is a
# field's, the date a closing one only where a plain date would close the text (find_closing).
# "时间：" is not one: it is when a meeting or an event takes place, a notice's last field.
_DATE_FIELD = re.compile(r"^\w{0,4}日期[:：]")
# A date left for the reader to fill in ("年 月 日" under a template's 申请人：): no digit at all.
_BLANK_DATE = "年月日"
LABELLED = "labelled"


def _masked_as_x(inlines: list[pf.Inline]) -> str:
    """The text of `inlines` with each masked figure as X: a mask's span, or in the typst copy
    (write/conform.py) the text between a mask's call "#masked[" and its "];"."""
    parts: list[str] = []
    in_call = False
    for inline in inlines:
        if isinstance(inline, pf.RawInline):
            in_call = inline.format == "typst" and inline.text.startswith("#") and inline.text.endswith("[")
        elif in_call or (isinstance(inline, pf.Span) and MASK_CLASS in inline.classes):
            parts.append("X" * len(stringify(inline)))
        else:
            parts.append(stringify(inline))
    return "".join(parts)


def _date_kind(block: pf.Block) -> str | None:
    """"date" for a date line, LABELLED for one after a label, None for any other line. A masked
    figure ("20××年×月×日", "××××年××月××日": the masks pass's spans) reads as the X of a masked
    date; the spans themselves stay as they are, marked."""
    if not _short(block):
        return None
    date = "".join(_masked_as_x(block.content).split())
    label = _DATE_FIELD.match(date)
    if label:
        date = date[label.end():]
    if DATE_ONLY_LINE.match(date) or WRITTEN_DATE_LINE.match(date) or date == _BLANK_DATE:
        return LABELLED if label else "date"
    return None


# What a 公文 prints under its date (GB/T 9704 §7.3.7-7.4): a note in brackets ("（此件公开发布）"),
# then the attachments, each under "附件" or "附件2" alone on its line, or the 版记 ("抄送：…", or
# its 印发 line "某某办公室 2026年3月1日印发" alone).
_NOTE = re.compile(r"^[（(][^（）()]{2,60}[）)]$")
_AFTER_CLOSING = re.compile(r"^(?:附\s*件\s*\d{0,2}[:：]?|抄\s*送\s*[:：].*)$")
# A line that can open what follows the closing block is short: longer paragraphs are not read.
_SHORT_PARA = 4


def _text_end(blocks: list[pf.Block]) -> int:
    """Where the document's text ends: before its last empty paragraphs, or before what a 公文
    prints under its date (a note, attachments, the 版记) when a date stands right above it."""
    for index, block in enumerate(blocks):
        if not (index and isinstance(block, (pf.Para, pf.Plain, pf.Header)) and len(block.content) <= _SHORT_PARA):
            continue
        # The line's text, read once for both tests (a heading's as a paragraph's: _text's for
        # a paragraph). PRINTED ends in 印发 at the text's end (which holds no whitespace), and
        # its lazy office part makes a line without it try the date at every character: asked
        # only of lines ending so (together ~0.6 ms a page, every DOCX and PDF page).
        text = "".join(stringify(block).split())
        if _AFTER_CLOSING.match(text):
            above = index - 1 if index > 1 and _NOTE.match(_text(blocks[index - 1])) else index
            if _is_date(blocks[above - 1]):
                return above
        elif (isinstance(block, (pf.Para, pf.Plain)) and text.endswith("印发") and PRINTED.match(text)
              and _is_date(blocks[index - 1])):
            return index  # the 版记's 印发 line right under the date, with no 抄送 line
    end = len(blocks)
    while end and _short(blocks[end - 1]) and not _text(blocks[end - 1]):
        end -= 1
    if end > 1 and _short(blocks[end - 1]) and _NOTE.match(_text(blocks[end - 1])) and _is_date(blocks[end - 2]):
        end -= 1
    return end if end and isinstance(blocks[end - 1], (pf.Para, pf.Plain)) else 0


# A signer's label names a person or a body (申请人：, 签名：, 单位：); other labels ("附件：…", the
# attachment note over the signature) make a field of the text, no signer.
_LABEL = re.compile(r"^(?P<label>[^：:]{1,8})[：:](?P<value>.*)$")
_SIGNER_LABEL_END = ("人", "名", "者", "位", "章")


def _is_signer(block: pf.Block) -> bool:
    if not _short(block):
        return False
    text = _text(block)
    label = _LABEL.match(text)
    # "承诺人：" with no name: the place a template leaves for the signature, still the signer's line
    if label and not label.group("label").endswith(_SIGNER_LABEL_END):
        return False
    return (isinstance(block, (pf.Para, pf.Plain)) and 0 < len(text) <= MAX_SIGNER_CHARS
            and not _SENTENCE_MARKS.search(text)
            and not _CLOSE_WORDS.match(text)
            and not ATTACHMENT_ITEM.match(text)  # "2.某某表": the attachment note's later item
            and not _is_date(block))


def _is_field(block: pf.Block) -> bool:
    """A form's field: a short "label：value" line, or a label waiting for its value ("电话：")."""
    if not _short(block):
        return False
    text = _text(block)
    label = _LABEL.match(text)
    return bool(label) and len(text) <= MAX_SIGNER_CHARS and not _SENTENCE_MARKS.search(label.group("value"))


def has_closing(doc: pf.Doc) -> bool:
    return find_closing(list(doc.content)) is not None


def mark_closing(doc: pf.Doc, fmt: str) -> pf.Doc:
    """Wrap the closing block of `doc` (a writer's copy) in its Div, styled for `fmt`."""
    found = find_closing(list(doc.content))
    if found is None:
        return doc
    start, end, centred = found
    lines = list(doc.content[start:end])
    doc.date_in_closing = _dates_document(doc, lines[-1])
    if fmt == "docx":
        # pandoc applies a Div's custom-style to the paragraphs inside it: one Div per line
        # when the signer and the date take different styles.
        if centred:
            doc.closing_docx = docx_places(lines)  # for place_in_docx, on pandoc's output
            inner = [pf.Div(b, attributes={"custom-style": DOCX_STYLE["signer"]}) for b in lines[:-1]]
            inner.append(pf.Div(lines[-1], attributes={"custom-style": DOCX_STYLE["date"]}))
        else:
            inner = [pf.Div(*lines, attributes={"custom-style": DOCX_STYLE[CLOSING_CLASS]})]
        block = pf.Div(*inner, classes=[CLOSING_CLASS, CENTRED_CLASS] if centred else [CLOSING_CLASS])
    elif fmt in ("typst", "pdf"):
        # styles/reportfmt.typst: closing (right-aligned lines), closing-centred (a box four
        # characters in from the right, its lines centred in it).
        func = "closing-centred" if centred else "closing"
        doc.content[start:end] = [pf.RawBlock(f"#{func}[", format="typst"), *lines,
                                  pf.RawBlock("]", format="typst")]
        return doc
    else:
        block = pf.Div(*lines, classes=[CLOSING_CLASS, CENTRED_CLASS] if centred else [CLOSING_CLASS])
    doc.content[start:end] = [block]
    return doc


def _dates_document(doc: pf.Doc, line: pf.Block) -> bool:
    """Whether the closing date `line` says the document's own date (metadata `date`, YYYY-MM-DD)."""
    date = doc.get_metadata("date", default=None)
    if not isinstance(date, str):
        return False
    text = stringify(line).strip()
    found = DATE.search(text)
    if found is None:
        # "二〇二六年三月五日": an older document's date in numerals, read as Arabic.
        from ..passes.gongwen.recognise import normalise_date  # only for such a date

        written = normalise_date(GONGWEN_DATE_LINE.match(text))
        found = re.fullmatch(r"(?P<year>\d{4})年(?P<month>\d{1,2})月(?P<day>\d{1,2})日", written or "")
    if found is None:
        return False
    year, month, day = (int(found.group(k)) for k in ("year", "month", "day"))
    return date == f"{year:04d}-{month:02d}-{day:02d}"


# --- DOCX: the office's name centred over the date, whatever their widths ---------------------
# The styles place the signer for a date of the common width ("2026年9月28日"); a long date
# ("二〇二六年十一月二十日") put its centre two characters left of the signer's, and a signer
# wider than the style's box (an office's full name) wrapped. So each line gets its place from
# its width, as typst's box gives it in the PDF: the widest line right-aligned four characters
# in from the right, the others centred over it (in a box a character wider on each side, so a
# width misjudged by a little never wraps). Widths in 3号 characters: digits and Latin half.
CHAR_TWIPS = 320  # one 3号 character: 16 pt
TEXT_TWIPS = 11906 - round(28 * 1440 / 25.4) - round(26 * 1440 / 25.4)  # A4 less the margins
RIGHT_CHARS = 4
_SLACK_CHARS = 1
_PPR = LazyPattern(r'<w:pPr><w:pStyle w:val="(?:ClosingSigner|ClosingDate)" ?/></w:pPr>')


def line_chars(text: str) -> float:
    import unicodedata

    return sum(0.5 if unicodedata.east_asian_width(ch) in ("Na", "H") else 1.0
               for ch in text.strip() if ch not in "\t\n")


def docx_places(lines: list[pf.Block]) -> list[str] | None:
    """The w:ind and w:jc of each line of a centred closing block (signers, then the date), or
    None when the widest line is too long for the rule (the styles' places then stand)."""
    widths = [line_chars(stringify(line)) for line in lines]
    widest = max(range(len(widths)), key=lambda i: (widths[i], i))  # the date on a tie
    centre = RIGHT_CHARS + widths[widest] / 2
    if (centre + widths[widest] / 2 + _SLACK_CHARS) * CHAR_TWIPS > TEXT_TWIPS:
        return None
    places = []
    for index, _width in enumerate(widths):
        if index == widest:
            left, right, align = 0.0, float(RIGHT_CHARS), "right"
        else:
            half = widths[widest] / 2 + _SLACK_CHARS
            left, right, align = TEXT_TWIPS / CHAR_TWIPS - centre - half, centre - half, "center"
        places.append(
            f'<w:ind w:left="{round(left * CHAR_TWIPS)}" w:leftChars="{round(left * 100)}"'
            f' w:right="{round(right * CHAR_TWIPS)}" w:rightChars="{round(right * 100)}"'
            f' w:firstLine="0" w:firstLineChars="0"/><w:jc w:val="{align}"/>')
    return places


def place_in_docx(document_xml: str, places: list[str]) -> str:
    """word/document.xml with each closing line's place (docx_places) after its style."""
    found = _PPR.findall(document_xml)
    if len(found) != len(places):
        return document_xml  # not the paragraphs this block made: the styles' places stand
    lines = iter(places)
    return _PPR.sub(lambda m: m.group(0).replace("</w:pPr>", next(lines) + "</w:pPr>"), document_xml)
