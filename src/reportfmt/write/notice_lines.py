"""A notice's own lines laid out the GB/T 9704 way: the 发文字号, the addressee, the attachment
note, 抄送.

Set like the body (a two-character first-line indent), these lines read wrong to a Chinese
reader. Each writer's copy (never the document) gets them in a Div, styled per format:

- the 发文字号 ("某教发〔2026〕3号", §7.2.5) a page prints under the title, centred, on a line of
  its own among the first lines;
- the addressee (主送机关, a letter's or a speech's salutation: "各科室：", "尊敬的各位家长："),
  the document's first line over its text, flush left (顶格, §7.3.2), wrapped lines too;
- the attachment note (附件说明, §7.3.4): "附件：1.…" two characters in, its wrapped lines and
  the later items ("2.…", each on its line) under the first item's number;
- the 抄送 line (§7.4.2): one character in from each side, wrapped lines under the first name;
- the 版记 (§7.4) that ends a 公文: its 抄送 line and its 印发 line ("某某办公室 2026年3月1日印发",
  the office left, the date right, §7.4.3) in 4号 between rules, thick first and last, thin
  between. Only the document's last lines are a 版记; a 抄送 line elsewhere (above attachments
  a page printed after it) is set as above, in the body's size.

A bracketed note (附注, "（联系人：…，电话：…）") is set like the body already (two characters in).

DOCX styles "Document Number", "Addressee", "Attachment Note", "Attachment Item", "Copy To", "Colophon Copy To",
"Colophon Printed" and the rules' "Colophon Rule Thick"/"Colophon Rule Thin" (empty paragraphs
with a bottom border, styles/build_reference.py), typst functions of the same names
(styles/reportfmt.typst), EPUB/HTML classes (styles/epub.css).
Only the line's form is read: a salutation inside the text (a speech's "同志们：" halfway down)
is the text's and keeps its indent.
"""

from __future__ import annotations

import re

import panflute as pf

from ..passes.elements import stringify
from ..passes.gongwen.patterns import ATTACHMENT_HEAD, ATTACHMENT_ITEM, CC, DOC_NUMBER, PRINTED, RECIPIENTS
from ..passes.regex_cache import LazyPattern

ADDRESSEE = "addressee"
DOC_NUMBER_CLASS = "doc-number"
ATTACHMENT_NOTE = "attachment-note"
ATTACHMENT_ITEM_CLASS = "attachment-item"
COPY_TO = "copy-to"
COLOPHON = "colophon"
COLOPHON_CC = "colophon-cc"
COLOPHON_PRINTED = "colophon-printed"
# DOCX paragraph styles (styles/build_reference.py), by the display names pandoc takes.
DOCX_STYLE = {ADDRESSEE: "Addressee", DOC_NUMBER_CLASS: "Document Number", ATTACHMENT_NOTE: "Attachment Note",
              ATTACHMENT_ITEM_CLASS: "Attachment Item", COPY_TO: "Copy To",
              COLOPHON_CC: "Colophon Copy To", COLOPHON_PRINTED: "Colophon Printed"}
# The 版记's rules: empty paragraphs by style id (pandoc writes no empty paragraph of its own).
DOCX_RULE = {"thick": "ColophonRuleThick", "thin": "ColophonRuleThin"}
# The 版记 is a line or two (抄送, 印发), each under a few lines long.
MAX_COLOPHON_CHARS = 160

# The addressee is among the first lines: after at most two short lines (a document number, a
# speech's occasion under its title) or the title as a heading, before the text's first long
# paragraph or another heading.
ADDRESSEE_LOOK = 3
# Lines longer than these are text (a long list of recipient offices stays under 80 characters).
MAX_ADDRESSEE_CHARS = 80
MAX_NOTE_CHARS = 120
MAX_LEAD_CHARS = 40
MAX_DOC_NUMBER_CHARS = 30
# A line of a few words is a few inlines: a long one (a 3 MB one-line page) is never stringified.
MAX_INLINES = 16
# A lead-in opening the text announces what follows in a 公文's set words ("现将有关事项通知如下：",
# "拟任用下列同志，现予公示：", "会议议定以下事项：", "现将…名单予以公布："): no addressee.
_POINTS_ON = LazyPattern(r"如下|以下|下列|下面|现将|现予|予以")
# A contract's party field whose value is on the next line ("甲方：", "委托方（甲方）：", "出租人名称："):
# a field label, no addressee.
_PARTY_FIELD = LazyPattern(r"^[（(]?[甲乙丙丁]\s*方|^\w{1,4}[方人][（(]|名称[:：]$")
# A heading's or an item's marker ("一、", "1.", "（一）"): the addressee has none, and the text under
# it opens with a paragraph, not a list's first item.
_ITEM_MARK = LazyPattern(
    r"""^(?:[一二三四五六七八九十]{1,3}[、.．]       # 一、
        |\d{1,2}[.．、)）]                          # 1. 1、 1）
        |[（(][一二三四五六七八九十\d]{1,3}[)）])   # （一） (1)
    """,
    re.X,
)
_SENTENCE_END = re.compile(r"[。！？!?]")


def _text(block: pf.Block) -> str:
    if not isinstance(block, (pf.Para, pf.Plain)) or len(block.content) > MAX_INLINES:
        return ""
    return "".join(stringify(block).split())


def _addressee_at(blocks: list[pf.Block]) -> int | None:
    for index, block in enumerate(blocks[:ADDRESSEE_LOOK]):
        if index == 0 and isinstance(block, pf.Header):
            continue  # the title kept in the text as its first heading (a letter on a 范文 page)
        text = _text(block)
        if not text or index + 1 >= len(blocks):
            return None
        if len(text) <= MAX_ADDRESSEE_CHARS and RECIPIENTS.match(text):
            # a line ending in a colon: the addressee, or a lead-in, heading or field opening the text
            addressee = (not _POINTS_ON.search(text) and not _ITEM_MARK.match(text)
                         and not _PARTY_FIELD.search(text) and not ATTACHMENT_HEAD.match(text)
                         and _opens_text(blocks[index + 1]))
            return index if addressee else None
        if len(text) > MAX_LEAD_CHARS or _SENTENCE_END.search(text):
            return None  # the text has begun
    return None


def _doc_number_at(blocks: list[pf.Block]) -> int | None:
    """The 发文字号 line among the first lines ("某教发〔2026〕3号", masked or not): a line that
    is the number and nothing else, as a 公文 copied from a government page prints it under
    its title."""
    for index, block in enumerate(blocks[:ADDRESSEE_LOOK]):
        text = _text(block)
        if text and len(text) <= MAX_DOC_NUMBER_CHARS and DOC_NUMBER.fullmatch(text):
            return index
        if len(text) > MAX_LEAD_CHARS or _SENTENCE_END.search(text):
            return None  # the text has begun
    return None


def _opens_text(block: pf.Block) -> bool:
    if not isinstance(block, (pf.Para, pf.Plain)):
        return False
    start = "".join(stringify(inline) for inline in block.content[:MAX_INLINES]).lstrip()
    return bool(start) and not _ITEM_MARK.match(start)


def _visible(inlines: list[pf.Inline]) -> str:
    """The text a reader sees: a writer's raw calls (typst's "#masked[") are none of it."""
    return "".join("" if isinstance(inline, pf.RawInline) else stringify(inline) for inline in inlines)


def _colophon_at(blocks: list[pf.Block]) -> list[tuple[int, str]]:
    """The 版记 ending `blocks`: its 抄送 line, its 印发 line or both, the document's last
    non-empty lines, the 抄送 line over the 印发 line."""
    end = len(blocks)
    while end and isinstance(blocks[end - 1], (pf.Para, pf.Plain)) and not blocks[end - 1].content:
        end -= 1
    found: list[tuple[int, str]] = []
    index = end - 1
    if index > 0 and PRINTED.match("".join(_visible_text(blocks[index]).split())):
        found.append((index, COLOPHON_PRINTED))
        index -= 1
    if index > 0 and CC.match(_text(blocks[index])):
        found.append((index, COLOPHON_CC))
    return found[::-1]


def _visible_text(block: pf.Block) -> str:
    if not isinstance(block, (pf.Para, pf.Plain)) or len(block.content) > MAX_INLINES:
        return ""
    text = _visible(block.content)
    return text if len(text) <= MAX_COLOPHON_CHARS else ""


def find_lines(blocks: list[pf.Block]) -> list[tuple[int, str]]:
    """(index, class) of each line laid out here among `blocks` (a document's top level)."""
    found: list[tuple[int, str]] = []
    number = _doc_number_at(blocks)
    if number is not None:
        found.append((number, DOC_NUMBER_CLASS))
    addressee = _addressee_at(blocks)
    if addressee is not None and addressee != number:
        found.append((addressee, ADDRESSEE))
    colophon = _colophon_at(blocks)
    in_colophon = {index for index, _ in colophon}
    index = 0
    while index < len(blocks):
        block = blocks[index]
        index += 1
        if index - 1 in in_colophon:
            continue
        if not isinstance(block, (pf.Para, pf.Plain)) or not block.content:
            continue
        first = block.content[0]
        if not (isinstance(first, pf.Str) and first.text[:1] in ("附", "抄")):
            continue  # read only lines that can open with the label
        text = _text(block)
        if len(text) > MAX_NOTE_CHARS:
            continue
        if ATTACHMENT_HEAD.match(text) and not _SENTENCE_END.search(text):  # names end with no mark
            found.append((index - 1, ATTACHMENT_NOTE))
            while index < len(blocks) and ATTACHMENT_ITEM.match(_text(blocks[index])):
                found.append((index, ATTACHMENT_ITEM_CLASS))
                index += 1
        elif CC.match(text):
            found.append((index - 1, COPY_TO))
    return sorted(found) + colophon


def has_lines(doc: pf.Doc) -> bool:
    return bool(find_lines(list(doc.content)))


def mark_lines(doc: pf.Doc, fmt: str) -> pf.Doc:
    """Wrap each of the lines in `doc` (a writer's copy) in its Div or typst call, for `fmt`."""
    found = find_lines(list(doc.content))
    colophon = [(index, kind) for index, kind in found if kind in (COLOPHON_CC, COLOPHON_PRINTED)]
    if colophon:  # the document's last lines: laid out first, the indexes before stay valid
        start, end = colophon[0][0], colophon[-1][0] + 1
        doc.content[start:end] = _colophon(list(doc.content[start:end]), [kind for _, kind in colophon], fmt)
        found = [item for item in found if item not in colophon]
    for index, kind in reversed(found):  # from the end: the indexes before stay valid
        block = doc.content[index]
        if fmt == "docx":
            wrapped = [pf.Div(block, attributes={"custom-style": DOCX_STYLE[kind]})]
        elif fmt in ("typst", "pdf"):
            # styles/reportfmt.typst defines a function per class.
            wrapped = [pf.RawBlock(f"#{kind}[", format="typst"), block, pf.RawBlock("]", format="typst")]
        else:
            wrapped = [pf.Div(block, classes=[kind])]
        doc.content[index:index + 1] = wrapped
    return doc


def _colophon(lines: list[pf.Block], kinds: list[str], fmt: str) -> list[pf.Block]:
    """The 版记's lines in their rules, for `fmt`: thick first and last, thin between."""
    if fmt == "docx":
        out: list[pf.Block] = [_docx_rule("thick")]
        for number, (block, kind) in enumerate(zip(lines, kinds, strict=True)):
            if number:
                out.append(_docx_rule("thin"))
            if kind == COLOPHON_PRINTED:
                printer, date = _split_printed(block.content)
                # the date at the style's right tab
                block = pf.Para(*printer, pf.RawInline("<w:r><w:tab/></w:r>", format="openxml"), *date)
            out.append(pf.Div(block, attributes={"custom-style": DOCX_STYLE[kind]}))
        return [*out, _docx_rule("thick")]
    if fmt in ("typst", "pdf"):
        # styles/reportfmt.typst: colophon (the rules round the block, at the page's foot),
        # colophon-cc, colophon-printed(printer, date), colophon-thin (the rule between).
        out = [pf.RawBlock("#colophon[", format="typst")]
        for number, (block, kind) in enumerate(zip(lines, kinds, strict=True)):
            if number:
                out.append(pf.RawBlock("#colophon-thin", format="typst"))
            if kind == COLOPHON_PRINTED:
                printer, date = _split_printed(block.content)
                out.append(pf.Plain(pf.RawInline("#colophon-printed[", format="typst"), *printer,
                                    pf.RawInline("][", format="typst"), *date, pf.RawInline("]", format="typst")))
            else:
                out += [pf.RawBlock("#colophon-cc[", format="typst"), block, pf.RawBlock("]", format="typst")]
        return [*out, pf.RawBlock("]", format="typst")]
    inner: list[pf.Block] = []
    for block, kind in zip(lines, kinds, strict=True):
        if kind == COLOPHON_PRINTED:
            printer, date = _split_printed(block.content)
            block = pf.Para(pf.Span(*printer, classes=["printer"]), pf.Space(),
                            pf.Span(*date, classes=["print-date"]))
        inner.append(pf.Div(block, classes=[kind]))
    return [pf.Div(*inner, classes=[COLOPHON])]


def _docx_rule(weight: str) -> pf.RawBlock:
    return pf.RawBlock(f'<w:p><w:pPr><w:pStyle w:val="{DOCX_RULE[weight]}"/></w:pPr></w:p>', format="openxml")


def _split_printed(inlines: list[pf.Inline]) -> tuple[list[pf.Inline], list[pf.Inline]]:
    """The 印发 line's inlines as the office's and the date's ("…印发"); the blanks between them
    go (each writer sets the two apart itself). A mask's span or call is never cut."""
    text = _visible(inlines)
    match = PRINTED.match(text)
    cut = match.start("date") if match else len(text)
    before: list[pf.Inline] = []
    after: list[pf.Inline] = []
    pos = 0
    for inline in inlines:
        width = 0 if isinstance(inline, pf.RawInline) else len(stringify(inline))
        if pos >= cut or (isinstance(inline, pf.RawInline) and pos == cut):
            after.append(inline)
        elif isinstance(inline, pf.Str) and pos + width > cut:
            before.append(pf.Str(inline.text[:cut - pos]))
            after.append(pf.Str(inline.text[cut - pos:]))
        elif pos + width > cut:
            after.append(inline)
        else:
            before.append(inline)
        pos += width
    return _trimmed(before, end=True), _trimmed(after, end=False)


def _trimmed(inlines: list[pf.Inline], *, end: bool) -> list[pf.Inline]:
    """`inlines` without the blanks at their end (`end`) or their start."""
    inlines = list(inlines)
    index = -1 if end else 0
    while inlines:
        edge = inlines[index]
        if isinstance(edge, (pf.Space, pf.SoftBreak)):
            inlines.pop(index)
            continue
        if isinstance(edge, pf.Str):
            text = edge.text.rstrip() if end else edge.text.lstrip()
            if not text:
                inlines.pop(index)
                continue
            inlines[index] = pf.Str(text)
        break
    return inlines
