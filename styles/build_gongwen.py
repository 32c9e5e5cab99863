"""Build styles/gongwen.docx and styles/gongwen-letter.docx: the reference documents of the
公文 layout (GB/T 9704-2012), option `layout: gongwen`.

Run from the project root:  .venv/bin/python styles/build_gongwen.py   (or `make styles`)

They start as styles/reference.docx does (build_reference.py: fonts, body, headings, page
numbers) and add what only a 公文 has: one paragraph style per element of 版头, 主体 and 版记
(reportfmt.write.gongwen puts each element in a Div naming its style), red where the
standard says red, the rules as paragraph borders (Word and LibreOffice both draw them),
and a document grid of 22 lines × 28 characters. Numbers carry their clause (§).
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

import build_reference as base
from build_reference import NS, RPR_ORDER, el, mm, w
from lxml import etree

HERE = Path(__file__).resolve().parent
OUT = {"gongwen.docx": False, "gongwen-letter.docx": True}  # name -> letter (信函格式)

RED = "FF0000"  # §7.2.4 发文机关标志, §7.2.7 分隔线: red
LINE = base.LINE_EXACT  # 28.95 pt: §5.2.3, 22 lines on the 225 mm text block
CHAR = 320  # one 3号 character, 16 pt, in twips
CHAR_4HAO = 280  # one 4号 character, 14 pt
SIZE_MARK = 72  # half-points: 小初 36 pt; §7.2.4 leaves the size to the issuer
TEXT_WIDTH = base.PAGE_A4[0] - mm(base.MARGINS_MM["left"]) - mm(base.MARGINS_MM["right"])  # 156 mm
CHARS_PER_LINE = 28  # §5.2.3: 每行排28个字
# Word's grid: a character cell is the Normal style's size (16 pt) plus charSpace/4096 pt; 28
# cells must fit the 156 mm line (28 x 16 pt is 6 pt too wide), so each cell gives some back
# and Word sets each character into its cell. (Offices' own templates do the same: -849 for
# their 8844-twip line.) LibreOffice gives a character wider than its cell two cells, so there
# such a DOCX shows spaced-out characters; the PDF and Word show 28 to the line.
CHAR_SPACE = int((TEXT_WIDTH / 20 / CHARS_PER_LINE - 16) * 4096) - 1
RULE_THICK = 8  # eighths of a point: 1 pt ≈ 0.35 mm, §7.4.1 首末分隔线（推荐高度为0.35mm）
RULE_THIN = 6  # 0.75 pt ≈ 0.26 mm, §7.4.1 中间的分隔线（推荐高度为0.25mm）
SEPARATOR = 8  # 1 pt; §7.2.7 gives the red separator no thickness
SEPARATOR_SPACE = 11  # points between the 发文字号 and the separator: 4 mm (§7.2.7)


# Type larger than the body's (the mark, the title) is not put on the character grid, as in
# the templates offices use: on the grid each of its characters would take two cells.
OFF_GRID = '<w:snapToGrid w:val="0"/>'


def border(side: str, size: int, color: str = "000000", space: int = 0, kind: str = "single") -> str:
    return f'<w:{side} w:val="{kind}" w:sz="{size}" w:space="{space}" w:color="{color}"/>'


# style id -> (display name, font role, half-point size, pPr XML, extra rPr XML)
def paragraph_styles() -> dict[str, tuple[str, str, int, str, str]]:
    exact = f'w:line="{LINE}" w:lineRule="exact"'
    left = '<w:ind w:firstLineChars="0" w:firstLine="0"/>'
    red = f'<w:color w:val="{RED}"/>'
    mark_spacing = OFF_GRID + '<w:spacing w:before="0" w:after="0" w:line="868" w:lineRule="exact"/>'
    return {
        "GongwenSpacer": ("Gongwen Spacer", "fangsong", base.SIZE_3HAO,
                          f'<w:spacing w:before="0" w:after="0" {exact}/>{left}', ""),
        # §7.2.1 份号, §7.2.2 密级和保密期限, §7.2.3 紧急程度: flush left, one line each.
        "GongwenCopyNumber": ("Gongwen Copy Number", "fangsong", base.SIZE_3HAO, left + '<w:jc w:val="left"/>', ""),
        "GongwenSecrecy": ("Gongwen Secrecy", "hei", base.SIZE_3HAO, left + '<w:jc w:val="left"/>', ""),
        "GongwenUrgency": ("Gongwen Urgency", "hei", base.SIZE_3HAO, left + '<w:jc w:val="left"/>', ""),
        # §7.2.4 发文机关标志: centred, red 小标宋.
        "GongwenMark": ("Gongwen Mark", "xiaobiaosong", SIZE_MARK,
                        f'{mark_spacing}{left}<w:jc w:val="center"/>', red),
        "GongwenMarkJoint": ("Gongwen Mark Joint", "xiaobiaosong", SIZE_MARK,
                             f'{mark_spacing}{left}<w:jc w:val="distribute"/>', red),
        # §10.1: a letter's mark over a red double line (upper thick, lower thin), 4 mm below.
        "GongwenLetterMark": ("Gongwen Letter Mark", "xiaobiaosong", SIZE_MARK,
                              f'<w:pBdr>{border("bottom", 18, RED, SEPARATOR_SPACE, "thickThinSmallGap")}</w:pBdr>'
                              f'{mark_spacing}{left}<w:jc w:val="center"/>', red),
        # §7.2.5 发文字号: two lines below the mark, centred; §7.2.7 the red separator 4 mm below.
        "GongwenNumber": ("Gongwen Number", "fangsong", base.SIZE_3HAO,
                          f'<w:pBdr>{border("bottom", SEPARATOR, RED, SEPARATOR_SPACE)}</w:pBdr>'
                          f'<w:spacing w:before="{2 * LINE}" w:after="0" {exact}/>{left}<w:jc w:val="center"/>', ""),
        # §7.2.6 上行文: 发文字号 one character in from the left, 签发人 one in from the right.
        "GongwenNumberSigner": ("Gongwen Number Signer", "fangsong", base.SIZE_3HAO,
                                f'<w:pBdr>{border("bottom", SEPARATOR, RED, SEPARATOR_SPACE)}</w:pBdr>'
                                f'<w:tabs><w:tab w:val="right" w:pos="{TEXT_WIDTH - CHAR}"/></w:tabs>'
                                f'<w:spacing w:before="{2 * LINE}" w:after="0" {exact}/>'
                                f'<w:ind w:left="{CHAR}" w:firstLineChars="0" w:firstLine="0"/>'
                                '<w:jc w:val="left"/>', ""),
        # §10.1: a letter's number flush right on the first line below the double line.
        "GongwenLetterNumber": ("Gongwen Letter Number", "fangsong", base.SIZE_3HAO,
                                f'<w:spacing w:before="{LINE}" w:after="0" {exact}/>{left}<w:jc w:val="right"/>', ""),
        # §10.2.2: 令号 two lines below the mark, centred; the body two lines below it.
        "GongwenOrderNumber": ("Gongwen Order Number", "fangsong", base.SIZE_3HAO,
                               f'<w:spacing w:before="{2 * LINE}" w:after="{2 * LINE}" {exact}/>{left}'
                               '<w:jc w:val="center"/>', ""),
        # §7.3.1 标题: 2号小标宋, two lines below the separator, centred; §7.3.2 one line after.
        "GongwenTitle": ("Gongwen Title", "xiaobiaosong", base.SIZE_2HAO,
                         f'{OFF_GRID}<w:spacing w:before="{2 * LINE}" w:after="{LINE}" {exact}/>{left}'
                         '<w:jc w:val="center"/>', ""),
        # §7.3.2 主送机关: flush left, also when it wraps.
        "GongwenRecipients": ("Gongwen Recipients", "fangsong", base.SIZE_3HAO, left + '<w:jc w:val="both"/>', ""),
        # §7.3.4 附件说明: one line below the body, two characters in; a wrapped or a further
        # name lines up with the first name (after "附件：", three characters).
        "GongwenAttachmentNote": ("Gongwen Attachment Note", "fangsong", base.SIZE_3HAO,
                                  f'<w:spacing w:before="{LINE}" w:after="0" {exact}/>'
                                  f'<w:ind w:left="{5 * CHAR}" w:hanging="{3 * CHAR}"/><w:jc w:val="left"/>', ""),
        "GongwenAttachmentNoteMore": ("Gongwen Attachment Note More", "fangsong", base.SIZE_3HAO,
                                      f'<w:ind w:left="{5 * CHAR}" w:firstLine="0"/><w:jc w:val="left"/>', ""),
        # §7.3.5.2 署名 one line below, right; 成文日期 under it (write/gongwen.py sets the
        # right indents, which depend on the two lengths).
        "GongwenSignature": ("Gongwen Signature", "fangsong", base.SIZE_3HAO,
                             f'<w:keepNext/><w:spacing w:before="{LINE}" w:after="0" {exact}/>{left}'
                             '<w:jc w:val="right"/>', ""),
        "GongwenDate": ("Gongwen Date", "fangsong", base.SIZE_3HAO, left + '<w:jc w:val="right"/>', ""),
        # §7.3.7 附注: two characters in, in parentheses, the line below the date.
        "GongwenNote": ("Gongwen Note", "fangsong", base.SIZE_3HAO,
                        f'<w:ind w:firstLineChars="200" w:firstLine="{2 * CHAR}"/><w:jc w:val="left"/>', ""),
        # §7.3.8 附件: "附件N" 3号黑体, flush left on the first line of its page.
        "GongwenAttachmentLabel": ("Gongwen Attachment Label", "hei", base.SIZE_3HAO,
                                   left + '<w:jc w:val="left"/>', ""),
        # §7.4.1 版记 rules, as wide as the text block: thick first and last, thin between.
        "GongwenRuleThick": ("Gongwen Rule Thick", "fangsong", 2,
                             f'<w:pBdr>{border("bottom", RULE_THICK)}</w:pBdr>'
                             f'<w:spacing w:before="{LINE}" w:after="0" w:line="20" w:lineRule="exact"/>{left}', ""),
        "GongwenRuleThin": ("Gongwen Rule Thin", "fangsong", 2,
                            f'<w:pBdr>{border("bottom", RULE_THIN)}</w:pBdr>'
                            f'<w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>{left}', ""),
        "GongwenRuleEnd": ("Gongwen Rule End", "fangsong", 2,
                           f'<w:pBdr>{border("bottom", RULE_THICK)}</w:pBdr>'
                           f'<w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>{left}', ""),
        # §7.4.2 抄送: 4号仿宋, one character in on both sides, wrapped lines after the colon.
        "GongwenCc": ("Gongwen Cc", "fangsong", base.SIZE_4HAO,
                      f'<w:spacing w:before="60" w:after="60" w:line="{LINE}" w:lineRule="exact"/>'
                      f'<w:ind w:left="{4 * CHAR_4HAO}" w:right="{CHAR_4HAO}" w:hanging="{3 * CHAR_4HAO}"/>'
                      '<w:jc w:val="left"/>', ""),
        # §7.4.3 印发机关 one character in from the left, 印发日期 one in from the right.
        "GongwenPrinted": ("Gongwen Printed", "fangsong", base.SIZE_4HAO,
                           f'<w:tabs><w:tab w:val="right" w:pos="{TEXT_WIDTH - 2 * CHAR_4HAO}"/></w:tabs>'
                           f'<w:spacing w:before="60" w:after="60" w:line="{LINE}" w:lineRule="exact"/>'
                           f'<w:ind w:left="{CHAR_4HAO}" w:right="{CHAR_4HAO}" w:firstLine="0"/><w:jc w:val="left"/>',
                           ""),
    }


CHARACTER_STYLES = {
    # §7.2.6: the 签发人's name in 3号楷体.
    "GongwenSignerName": ("Gongwen Signer Name", base.rfonts_xml("kai")),
}


def add_gongwen_styles(xml: bytes) -> bytes:
    styles = etree.fromstring(xml)
    for style_id, (name, role, size, ppr, rpr) in paragraph_styles().items():
        style = el(
            f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="{style_id}"><w:name w:val="{name}"/>'
            f'<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr/></w:style>'
        )
        base.style_run_props(style.find(w("rPr")), role, size, False)
        if rpr:
            base.set_child(style.find(w("rPr")), el(rpr), RPR_ORDER)
        styles.append(style)
    for style_id, (name, rpr) in CHARACTER_STYLES.items():
        styles.append(el(
            f'<w:style w:type="character" w:customStyle="1" w:styleId="{style_id}"><w:name w:val="{name}"/>'
            f'<w:basedOn w:val="DefaultParagraphFont"/><w:rPr>{rpr}</w:rPr></w:style>'
        ))
    return etree.tostring(styles, xml_declaration=True, encoding="UTF-8", standalone=True)


def edit_section(xml: bytes, letter: bool) -> bytes:
    """The report's section, with the 22 × 28 grid (§5.2.3); a letter has no number on
    its first page (§10.1): a first-page footer that is empty."""
    doc = etree.fromstring(xml)
    sect = doc.find("w:body/w:sectPr", NS)
    grid = sect.find(w("docGrid"))
    grid.attrib.clear()
    grid.attrib.update({w("type"): "linesAndChars", w("linePitch"): str(LINE), w("charSpace"): str(CHAR_SPACE)})
    if letter:
        first = el('<w:footerReference w:type="first" r:id="rIdFooterFirst"/>')
        sect.find(w("footerReference")).addprevious(first)
        cols = sect.find(w("cols"))
        cols.addnext(el("<w:titlePg/>"))
    return etree.tostring(doc, xml_declaration=True, encoding="UTF-8", standalone=True)


def build(reference: bytes, letter: bool) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(reference)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:

        def put(name: str, data: bytes) -> None:
            zout.writestr(zipfile.ZipInfo(name, base.ZIP_DATE), data, compress_type=zipfile.ZIP_DEFLATED)

        for name in zin.namelist():
            data = zin.read(name)
            if name == "word/styles.xml":
                data = add_gongwen_styles(data)
            elif name == "word/document.xml":
                data = edit_section(data, letter)
            elif letter and name == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", (
                    f'<Relationship Id="rIdFooterFirst" Type="{base.FOOTER_REL}" Target="footer3.xml"/>'
                    "</Relationships>").encode())
            elif letter and name == "[Content_Types].xml":
                data = data.replace(b"</Types>", (
                    f'<Override PartName="/word/footer3.xml" ContentType="{base.FOOTER_CT}"/></Types>').encode())
            put(name, data)
        if letter:
            put("word/footer3.xml", (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                                     f'<w:ftr xmlns:w="{base.W_NS}"><w:p/></w:ftr>').encode())
    return out.getvalue()


def main() -> int:
    reference = (HERE / "reference.docx").read_bytes()
    for name, letter in OUT.items():
        (HERE / name).write_bytes(build(reference, letter))
    base.replace_block(HERE / "gongwen.typst", "// BEGIN font chains generated by styles/build_reference.py",
                       "// END font chains generated by styles/build_reference.py", base.typst_block())
    print(f"wrote {', '.join(OUT)} (grid 22 lines x {CHARS_PER_LINE} chars, charSpace {CHAR_SPACE})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
