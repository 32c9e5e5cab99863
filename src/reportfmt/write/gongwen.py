"""The 公文 layout (GB/T 9704-2012), option `layout: gongwen`: a copy of the document whose
公文 fields (metadata, typed or recognised by passes/gongwen) stand in their places.

- PDF: the fields become `gw-*` variables of styles/gongwen.typst, which places them.
- DOCX: the fields become paragraphs in the order of the standard, each in a Div whose
  custom-style names a paragraph style of styles/gongwen.docx (built by
  styles/build_gongwen.py); the few lengths that depend on the document (the 署名 over the
  date, the space above the mark) are raw OOXML paragraphs on those same styles.

Fields: copy_number, secrecy, urgency, issuer (one or several), issuer_mark (default: the
issuer + 文件), doc_number, signer (makes it 上行文), title, recipients, attachments,
signature, date, note, cc, printer, print_date; `gongwen_kind` (or the option gongwen.kind)
picks the variant: file (文件格式), letter (信函格式), order (命令格式), minutes (纪要格式).
"""

from __future__ import annotations

import copy
import datetime
import io
import re
import zipfile
from xml.sax.saxutils import escape

import panflute as pf
from panflute.tools import meta2builtin

from ..options import Options
from ..passes.elements import iter_elements
from ..passes.gongwen import ATTACHMENT_CLASS
from ..passes.gongwen.patterns import DATE_LINE, MARK_WORDS, squeeze
from ..passes.gongwen.recognise import normalise_date
from ..passes.masks import FILLED_CLASS, MASK_CLASS
from .title_lines import break_title

FIELDS = ("copy_number", "secrecy", "urgency", "issuer", "issuer_mark", "doc_number", "signer",
          "title", "recipients", "attachments", "signature", "date", "note", "cc", "printer",
          "print_date")
# pandoc prints these itself (a title block, an abstract): the 公文 layout prints them in
# its own places instead.
_TITLE_BLOCK = ("title", "subtitle", "author", "date", "abstract")


MARK_PT = 36.0  # 小初; §7.2.4 leaves the size to the issuer
TEXT_WIDTH_PT = 156 / 25.4 * 72  # the 156 mm text block (§5.2.1)


def mark_size(chars: float) -> float:
    """The mark's size in points: 小初, or less for a name too long for one line at 小初."""
    fitting = (TEXT_WIDTH_PT - 4) / max(chars, 1.0)
    return min(MARK_PT, int(fitting * 2) / 2)


def date_text(value: str) -> str:
    """成文日期 as §7.3.5 writes it: "2024年3月3日" (Arabic numerals, no leading zeros)."""
    value = value.strip()
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", value)
    if iso:
        try:
            day = datetime.date(*(int(g) for g in iso.groups()))
        except ValueError:
            return value
        return f"{day.year}年{day.month}月{day.day}日"
    return normalise_date(DATE_LINE.match(squeeze(value))) or value


def kind_of(doc: pf.Doc, options: Options) -> str:
    kind = options.gongwen.kind or doc.get_metadata("gongwen_kind", default="") or "file"
    return kind if kind in ("file", "letter", "order", "minutes") else "file"


def _text(doc: pf.Doc, name: str) -> str:
    value = _get(doc, name, "")
    if isinstance(value, list):
        return " ".join(str(v) for v in value if v)
    return str(value).strip() if value is not None else ""


def _list(doc: pf.Doc, name: str) -> list[str]:
    value = _get(doc, name, [])
    items = value if isinstance(value, list) else [value]
    return [str(v).strip() for v in items if str(v).strip()]


def _get(doc: pf.Doc, name: str, default):
    """The field's value as text; a mask's typst call (conform.py made "#masked[××];" of the
    span on the PDF's route) is no text: the value printed is the document's."""
    value = doc.metadata.content.get(name)
    if value is not None and any(isinstance(e, pf.RawInline) for e in iter_elements(value)):
        value = _copy(value)
        value.walk(lambda e, _d: [] if isinstance(e, pf.RawInline) else None)
        return meta2builtin(value)
    return doc.get_metadata(name, default=default)


def _copy(elem: pf.Element) -> pf.Element:
    """A copy of the element alone: deepcopy would follow its `parent` up and copy the
    whole document for every inline (seconds for each field of a long document)."""
    return copy.deepcopy(elem, {id(elem.parent): None}) if elem.parent is not None else copy.deepcopy(elem)


def _plain(inlines) -> str:
    return "".join(pf.stringify(e) for e in inlines if not isinstance(e, pf.RawInline))


def _marks(doc: pf.Doc, *names: str) -> list[tuple[str, list[pf.Inline]]]:
    """The masks the masks pass marked in the fields `names`, in order: (the text shown,
    the inlines that mark it: a masked or filled Span, or the typst call conform.py made
    of it on the PDF's route: RawInline "#masked[", the text, RawInline "];")."""
    found: list[tuple[str, list[pf.Inline]]] = []
    for name in names:
        value = doc.metadata.content.get(name)
        items = value.content if isinstance(value, pf.MetaList) else [value] if value is not None else []
        for item in items:
            inlines = list(item.content) if isinstance(item, pf.MetaInlines) else []
            i = 0
            while i < len(inlines):
                elem = inlines[i]
                if isinstance(elem, pf.Span) and {MASK_CLASS, FILLED_CLASS} & set(elem.classes):
                    found.append((_plain(elem.content), [elem]))
                elif isinstance(elem, pf.RawInline) and elem.format == "typst" and elem.text.endswith("["):
                    end = next((j for j in range(i + 1, len(inlines)) if isinstance(inlines[j], pf.RawInline)
                                and inlines[j].text == "];"), None)
                    if end is not None:
                        found.append((_plain(inlines[i + 1:end]), inlines[i:end + 1]))
                        i = end
                i += 1
    return [(text, inlines) for text, inlines in found if text]


class Marker:
    """Marks again, in the text a field is printed from (the 红头 made of the issuers' names,
    the title broken into lines, numbered attachment names, a normalised date), the masks its
    fields carried: each mask is looked for in order after the previous one."""

    def __init__(self, marks: list[tuple[str, list[pf.Inline]]]):
        self.marks = list(marks)

    def inlines(self, text: str) -> list[pf.Inline]:
        out: list[pf.Inline] = []
        at = 0
        while self.marks:
            shown, marking = self.marks[0]
            found = text.find(shown, at)
            if found < 0:
                break  # in a later piece of the field (the title's next line)
            self.marks.pop(0)
            if found > at:
                out.append(pf.Str(text[at:found]))
            out.extend(_copy(x) for x in marking)
            at = found + len(shown)
        if at < len(text):
            out.append(pf.Str(text[at:]))
        return out


def _marked(doc: pf.Doc, text: str, *names: str) -> list[pf.Inline]:
    return Marker(_marks(doc, *names)).inlines(text) if text else []


def _inlines(doc: pf.Doc, name: str) -> list[pf.Inline]:
    """A field's inlines (masks marked inside stay marked), or its text."""
    value = doc.metadata.content.get(name)
    if isinstance(value, pf.MetaInlines):
        return [_copy(x) for x in value.content]
    if isinstance(value, pf.MetaList):
        parts: list[pf.Inline] = []
        for item in value.content:
            if parts:
                parts.append(pf.Space())
            parts.extend(_copy(x) for x in getattr(item, "content", [pf.Str(pf.stringify(item))]))
        return parts
    text = _text(doc, name)
    return [pf.Str(text)] if text else []


def _names_issuers(mark: str, issuers: list[str]) -> bool:
    """Whether the mark says who issued the document (every issuer's name is in it)."""
    return all(name in mark for name in issuers)


def fields_of(doc: pf.Doc, options: Options) -> dict:
    """The values the layout prints, with the standard's defaults filled in."""
    kind = kind_of(doc, options)
    issuers = _list(doc, "issuer")
    mark = _text(doc, "issuer_mark")
    word = {"order": "令", "minutes": "纪要"}.get(kind, "" if kind == "letter" else "文件")
    if not mark and issuers:
        mark = "".join(issuers) + word  # §7.2.4: 发文机关全称或规范化简称加“文件”二字
    joint = len(issuers) > 1 and mark == "".join(issuers) + word and word in MARK_WORDS
    longest = max([_width(n) for n in issuers] if joint else [_width(mark)], default=1.0) + (2 if joint else 0)
    attachments = _list(doc, "attachments")
    numbered = [f"{i}．{name}" for i, name in enumerate(attachments, 1)] if len(attachments) > 1 else attachments
    date = _text(doc, "date")
    print_date = _text(doc, "print_date")
    values = {
        "kind": kind,
        "mark": mark,
        "mark_size": mark_size(longest),
        "joint": joint,
        "mark_word": word,
        "issuers": issuers,
        "signers": _list(doc, "signer"),
        "title_lines": break_title(_text(doc, "title")),
        "attachments": numbered,
        "date": date_text(date) if date else "",
        "print_date": date_text(print_date) if print_date else "",
        # A 纪要 is signed by its mark ("××市政府常务会议纪要"); one whose mark names no issuer
        # ("会议纪要") keeps the issuer's line over its date, or the issuer was printed nowhere.
        "signature": _text(doc, "signature") or ("" if kind == "minutes" and _names_issuers(mark, issuers)
                                                else " ".join(issuers)),
    }
    # The same values as inlines, the masks the fields carried marked again (masks pass).
    own_mark = bool(_text(doc, "issuer_mark"))
    values["mark_inlines"] = _marked(doc, mark, "issuer_mark" if own_mark else "issuer")
    names = Marker(_marks(doc, "issuer") or _marks(doc, "issuer_mark"))
    values["issuer_inlines"] = [names.inlines(name) for name in issuers]
    signers = Marker(_marks(doc, "signer"))
    values["signer_inlines"] = [signers.inlines(name) for name in values["signers"]]
    # The names on one line, a blank between (签发人：张三 李四).
    values["signers_line"] = [x for i, name in enumerate(values["signer_inlines"])
                              for x in ([pf.Str(" ")] if i else []) + name]
    lines = Marker(_marks(doc, "title"))
    values["title_inlines"] = [lines.inlines(line) for line in values["title_lines"]]
    names = Marker(_marks(doc, "attachments"))
    values["attachment_inlines"] = [names.inlines(name) for name in numbered]
    for key, name in (("date", "date"), ("print_date", "print_date"), ("signature", "signature")):
        if key == "signature" and not _text(doc, "signature"):
            name = "issuer"
        values[key + "_inlines"] = _marked(doc, values[key], name)
    return values


# --- PDF: variables for styles/gongwen.typst ------------------------------------------------


def adapt_for_typst(doc: pf.Doc, options: Options) -> pf.Doc:
    """Set the template's gw-* variables; attachments move after the 附注 (§7.3.8)."""
    values = fields_of(doc, options)
    meta = doc.metadata

    def put(key: str, inlines: list[pf.Inline]) -> None:
        if inlines:
            meta[key] = pf.MetaInlines(*inlines)

    def put_list(key: str, items: list[list[pf.Inline]]) -> None:
        if items:
            meta[key] = pf.MetaList(*(pf.MetaInlines(*i) for i in items))

    meta["gw-kind"] = pf.MetaString(values["kind"])
    meta["gw-mark-size"] = pf.MetaString(f"{values['mark_size']:g}")
    for name in ("copy_number", "secrecy", "urgency", "doc_number", "recipients", "note", "cc", "printer"):
        put("gw-" + name.replace("_", "-"), _inlines(doc, name))
    put("gw-mark", values["mark_inlines"])
    put("gw-signature", values["signature_inlines"])
    put("gw-date", values["date_inlines"])
    put("gw-print-date", values["print_date_inlines"])
    put_list("gw-issuers", values["issuer_inlines"])
    put_list("gw-signers", values["signer_inlines"])
    put_list("gw-title-lines", values["title_inlines"])
    put_list("gw-attachments", values["attachment_inlines"])
    if values["joint"]:
        meta["gw-joint"] = pf.MetaBool(True)
        meta["gw-mark-word"] = pf.MetaString(values["mark_word"])
    if any(name in meta for name in ("gw-cc", "gw-printer")):
        meta["gw-colophon"] = pf.MetaBool(True)
    body, appendix = split_attachments(doc)
    doc.content = body
    if appendix:
        blocks: list[pf.Block] = []
        for div in appendix:
            # §7.3.8: each attachment on a new page, "附件N" in 3号黑体 at the top left.
            first, *rest = div.content
            blocks.append(pf.RawBlock("#pagebreak(weak: true)", format="typst"))
            blocks.append(pf.Para(pf.RawInline("#attachment-label[", format="typst"),
                                  *copy.deepcopy(list(getattr(first, "content", []))),
                                  pf.RawInline("]", format="typst")))
            blocks.extend(rest)
        meta["include-after"] = pf.MetaBlocks(*blocks)
    for key in _TITLE_BLOCK:
        if key != "title" and key in meta:
            del meta[key]
    return doc


def split_attachments(doc: pf.Doc) -> tuple[list[pf.Block], list[pf.Div]]:
    body, appendix = [], []
    for block in doc.content:
        if isinstance(block, pf.Div) and ATTACHMENT_CLASS in block.classes:
            appendix.append(block)
        else:
            body.append(block)
    return body, appendix


# --- EPUB/HTML: the report layout, the moved lines back in the body --------------------------


def adapt_for_flow(doc: pf.Doc, options: Options, moved: tuple[str, ...], *, title: bool = False) -> pf.Doc:
    """EPUB, HTML, markdown and plain text keep the report layout, but the `gongwen` pass took
    the 公文's lines out of the body (`moved`: the fields whose lines left, masks.moved_fields):
    they come back as paragraphs in the 公文's order, masks marked, so nothing the page said is
    lost. The title and the date are the title block's, as in the report layout; `title` puts
    the title first in the body (plain text has no title block)."""
    if not moved and not title:
        return doc
    values = fields_of(doc, options)

    def para(*inlines: pf.Inline) -> list[pf.Block]:
        return [pf.Para(*inlines)] if any(_plain([i]) for i in inlines) else []

    head: list[pf.Block] = para(*_inlines(doc, "title")) if title else []
    for name in ("copy_number", "secrecy", "urgency"):
        if name in moved:
            head.extend(para(*_inlines(doc, name)))
    if "issuer_mark" in moved or "issuer" in moved:
        head.extend(para(*values["mark_inlines"]))
    if "doc_number" in moved or "signer" in moved:
        signer = values["signers_line"]
        number = _inlines(doc, "doc_number")
        head.extend(para(*number, *([pf.Str("　签发人："), *signer] if signer else [])))
    if "recipients" in moved and (recipients := _inlines(doc, "recipients")):
        head.extend(para(*recipients, pf.Str("：")))
    body, appendix = split_attachments(doc)
    tail: list[pf.Block] = []
    if "attachments" in moved:
        for index, name in enumerate(values["attachment_inlines"]):
            tail.extend(para(*([pf.Str("附件：")] if index == 0 else []), *name))
    unnamed = "issuer" in moved and not _names_issuers(values["mark"], values["issuers"])
    if "signature" in moved or unnamed:  # (an issuer the mark does not name signs: fields_of)
        tail.extend(para(*values["signature_inlines"]))
    if "date" in moved and (date := para(*values["date_inlines"])):
        tail.extend(date)
        doc.date_in_closing = True  # printed once, at the end (closing.py): not in the title block
    if "note" in moved and (note := _inlines(doc, "note")):
        tail.extend(para(pf.Str("（"), *note, pf.Str("）")))
    if "cc" in moved and (cc := _inlines(doc, "cc")):
        tail.extend(para(pf.Str("抄送："), *cc, pf.Str("。")))
    if "printer" in moved or "print_date" in moved:
        printed = [pf.Str("　"), *values["print_date_inlines"], pf.Str("印发")] if values["print_date"] else []
        tail.extend(para(*_inlines(doc, "printer"), *printed))
    doc.content = [*head, *body, *tail, *appendix]
    return doc


# --- DOCX: paragraphs on the styles of styles/gongwen.docx -------------------------------------

# Lengths in twips (1/20 pt) the DOCX needs per document; the same numbers as the typst template.
LINE_TWIPS = 579  # 28.95 pt: 22 lines on the 225 mm text block (§5.2.3)
CHAR_TWIPS = 320  # one 3号 character (16 pt)
MM_TWIPS = 1440 / 25.4


def styled(style: str, *inlines: pf.Inline) -> pf.Div:
    return pf.Div(pf.Para(*inlines), attributes={"custom-style": style})


def raw_paragraph(style_id: str, text: str | list[pf.Inline] = "", *, ppr: str = "", rpr: str = "") -> pf.RawBlock:
    """A paragraph pandoc cannot express (a length that depends on this document). `text`
    as inlines: a masked span is a run in its character style (the Masked style, as
    pandoc writes a span's custom-style), the rest plain runs."""
    if isinstance(text, str):
        text = [pf.Str(text)] if text else []
    runs = "".join(_raw_run(elem, rpr) for elem in text)
    return pf.RawBlock(f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/>{ppr}</w:pPr>{runs}</w:p>', format="openxml")


def _raw_run(elem: pf.Inline, rpr: str) -> str:
    words = _plain([elem])
    if not words:
        return ""
    style = elem.attributes.get("custom-style", "") if isinstance(elem, pf.Span) else ""
    if style:  # the style's id is its name without spaces ("Masked Box" -> MaskedBox)
        inner = rpr.removeprefix("<w:rPr>").removesuffix("</w:rPr>")
        rpr = f'<w:rPr><w:rStyle w:val="{style.replace(" ", "")}"/>{inner}</w:rPr>'
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(words)}</w:t></w:r>'


def spacer(twips: int) -> pf.RawBlock:
    """An empty paragraph exactly `twips` high (the space above the mark, §7.2.4)."""
    return raw_paragraph("GongwenSpacer", ppr=f'<w:spacing w:before="0" w:after="0" w:line="{max(twips, 20)}"'
                                             ' w:lineRule="exact"/>')


def adapt_for_docx(doc: pf.Doc, options: Options) -> pf.Doc:
    values = fields_of(doc, options)
    kind = values["kind"]
    head: list[pf.Block] = []
    lines = 0
    for name, style in (("copy_number", "Gongwen Copy Number"), ("secrecy", "Gongwen Secrecy"),
                        ("urgency", "Gongwen Urgency")):
        if inlines := _inlines(doc, name):
            head.append(styled(style, *inlines))
            lines += 1
    # §7.2.4 / §10.3.1: 35 mm from the text block's top to the mark's; §10.2.1: 20 mm (令);
    # §10.1: a letter's mark 30 mm from the paper's edge, at the text block's top here.
    top_mm = {"order": 20, "letter": 0}.get(kind, 35)
    head.append(spacer(round(top_mm * MM_TWIPS) - lines * LINE_TWIPS))
    size = f'<w:rPr><w:sz w:val="{round(values["mark_size"] * 2)}"/></w:rPr>'
    if values["joint"]:
        head.extend(raw_paragraph("GongwenMarkJoint", name, rpr=size) for name in values["issuer_inlines"])
        head.append(raw_paragraph("GongwenMark", values["mark_word"], rpr=size))
    elif values["mark"]:
        head.append(raw_paragraph("GongwenLetterMark" if kind == "letter" else "GongwenMark", values["mark_inlines"],
                                  rpr=size))
    number = _inlines(doc, "doc_number")
    if kind == "letter":
        if number:
            head.append(styled("Gongwen Letter Number", *number))
    elif kind == "order":
        if number:
            head.append(styled("Gongwen Order Number", *number))
    elif values["signers"]:
        # §7.2.6: number one character in from the left, 签发人 one in from the right (a tab).
        head.append(styled("Gongwen Number Signer", *(number or [pf.Str("")]), pf.Str("\t签发人："),
                           pf.Span(*values["signers_line"], attributes={"custom-style": "Gongwen Signer Name"})))
    else:
        head.append(styled("Gongwen Number", *(number or [pf.Str("")])))
    main: list[pf.Block] = []
    if values["title_lines"]:
        inlines: list[pf.Inline] = []
        for line in values["title_inlines"]:
            if inlines:
                inlines.append(pf.LineBreak())
            inlines.extend(line)
        main.append(styled("Gongwen Title", *inlines))
    if recipients := _inlines(doc, "recipients"):
        main.append(styled("Gongwen Recipients", *recipients, pf.Str("：")))
    body, appendix = split_attachments(doc)
    tail: list[pf.Block] = []
    for index, name in enumerate(values["attachment_inlines"]):
        label = [pf.Str("附件：")] if index == 0 else []
        tail.append(styled("Gongwen Attachment Note" if index == 0 else "Gongwen Attachment Note More",
                           *label, *name))
    if values["date"]:
        tail.extend(signature_and_date(values["signature"], values["date"], values["signature_inlines"],
                                       values["date_inlines"]))
    if note := _inlines(doc, "note"):
        tail.append(styled("Gongwen Note", pf.Str("（"), *note, pf.Str("）")))
    for div in appendix:
        first, *rest = div.content
        tail.append(pf.RawBlock('<w:p><w:r><w:br w:type="page"/></w:r></w:p>', format="openxml"))
        tail.append(pf.Div(first, attributes={"custom-style": "Gongwen Attachment Label"}))
        tail.extend(rest)
    tail.extend(colophon(doc, values))
    doc.content = [*head, *main, *body, *tail]
    for key in _TITLE_BLOCK:  # the title is in its place; set_core_title names the file's
        if key in doc.metadata:
            del doc.metadata[key]
    doc.metadata["gongwen_kind"] = pf.MetaString(kind)  # for reference_docx
    return doc


def reference_docx(doc: pf.Doc, options: Options) -> str:
    """styles/gongwen.docx; a letter has its own (no page number on its first page, §10.1)."""
    return "gongwen-letter.docx" if kind_of(doc, options) == "letter" else "gongwen.docx"


def set_core_title(docx: bytes, title: str) -> bytes:
    """docProps/core.xml's dc:title (pandoc writes it from the title it would also print)."""
    if not title:
        return docx
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"<dc:title>.*?</dc:title>|<dc:title\s*/>", "", text, flags=re.S)
                text = text.replace("</cp:coreProperties>", f"<dc:title>{escape(title)}</dc:title></cp:coreProperties>")
                data = text.encode("utf-8")
            zout.writestr(info, data)
    return out.getvalue()


def signature_and_date(signature: str, date: str, signature_inlines: list[pf.Inline] | None = None,
                       date_inlines: list[pf.Inline] | None = None) -> list[pf.Block]:
    """§7.3.5.2: 署名 two characters in from the right, the date under it starting two
    characters further right; a date longer than that keeps two characters in and the
    署名 moves left. Widths in characters: digits are half width."""
    ws, wd = _width(signature), _width(date)
    date_right = max(2.0, ws - wd - 2 + 2)
    sig_right = date_right + wd + 2 - ws
    blocks = []
    if signature:
        blocks.append(raw_paragraph("GongwenSignature", signature_inlines or signature,
                                    ppr=f'<w:ind w:right="{round(sig_right * CHAR_TWIPS)}"/>'))
    blocks.append(raw_paragraph("GongwenDate", date_inlines or date,
                                ppr=f'<w:ind w:right="{round(date_right * CHAR_TWIPS)}"/>'))
    return blocks


def _width(text: str) -> float:
    return sum(0.5 if ord(ch) < 0x2E80 else 1.0 for ch in text if not ch.isspace()) + 0.5 * text.count(" ")


def colophon(doc: pf.Doc, values: dict) -> list[pf.Block]:
    """版记 (§7.4): 抄送 over a thin rule, 印发机关 and date, thick rules first and last."""
    blocks: list[pf.Block] = []
    cc = _inlines(doc, "cc")
    printer = _inlines(doc, "printer")
    if values["kind"] == "letter":
        printer = []  # §10.1: a letter's 版记 has no 印发机关和印发日期
    if not (cc or printer):
        return blocks
    blocks.append(raw_paragraph("GongwenRuleThick"))
    if cc:
        blocks.append(styled("Gongwen Cc", pf.Str("抄送："), *cc, pf.Str("。")))
    if cc and printer:
        blocks.append(raw_paragraph("GongwenRuleThin"))
    if printer:
        blocks.append(styled("Gongwen Printed", *printer, pf.Str("\t"), *values["print_date_inlines"], pf.Str("印发")))
    blocks.append(raw_paragraph("GongwenRuleEnd"))
    return blocks
