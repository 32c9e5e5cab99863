"""Build styles/reference.docx (GB/T 9704-2012 practice) from pandoc's default reference docx.

Run from the project root:  .venv/bin/python styles/build_reference.py

The script starts from `pandoc -o - --print-default-data-file reference.docx`, edits its XML
with lxml and writes styles/reference.docx. The font chains below are the single source of
truth for every output: the same run rewrites the generated font blocks of
styles/reportfmt.typst and styles/epub.css and writes styles/fonts.json, which
reportfmt.write.fonts reads to pick fonts for PDF.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

from lxml import etree

# --- The data: font chains -------------------------------------------------------------------
# Each role lists family names best-first: the font a Chinese government office has on Windows,
# then what a stock Windows/macOS has, then the free font Debian/Ubuntu ship (fonts-noto-cjk,
# fonts-arphic-ukai). Word cannot hold a per-style fallback list, so styles name the first
# entry and word/fontTable.xml records the rest (see FONT_TABLE below).
FONT_CHAINS: dict[str, list[str]] = {
    "xiaobiaosong": ["方正小标宋简体", "华文中宋", "宋体", "Noto Serif CJK SC"],  # title, 2号
    "fangsong": ["仿宋_GB2312", "仿宋", "FangSong", "Noto Serif CJK SC"],  # body, 3号
    "hei": ["黑体", "SimHei", "Noto Sans CJK SC"],  # "一、" headings
    "kai": ["楷体_GB2312", "楷体", "KaiTi", "AR PL UKai CN"],  # "（一）" headings
    "song": ["宋体", "SimSun", "Noto Serif CJK SC"],  # page numbers, 4号
}

# Complex-script slot (w:cs), and the Latin font of styles that name only a Latin font (code).
LATIN_FONT = "Times New Roman"

# English family names of the Windows fonts. Typst and browsers match either name only if the
# font's name table carries it, and Windows fonts carry the English one, so the typst and CSS
# chains list both.
ENGLISH_NAMES: dict[str, str] = {
    "方正小标宋简体": "FZXiaoBiaoSong-B05S",
    "华文中宋": "STZhongsong",
    "宋体": "SimSun",
    "仿宋_GB2312": "FangSong_GB2312",
    "仿宋": "FangSong",
    "黑体": "SimHei",
    "楷体_GB2312": "KaiTi_GB2312",
    "楷体": "KaiTi",
    # fontconfig calls the mainland face of ukai.ttc "AR PL UKai CN"; typst reads "AR PL UKai".
    "AR PL UKai CN": "AR PL UKai",
}

# fontTable.xml data for the Chinese fonts: PANOSE and family class let Word pick a look-alike
# when a font is missing; charset 86 is GB2312. (LibreOffice ignores these and asks fontconfig,
# which maps any zh font name to the installed CJK fonts.)
FONT_TABLE: dict[str, tuple[str, str, str]] = {
    # name: (panose1, w:family, w:pitch)
    "方正小标宋简体": ("02000000000000000000", "script", "variable"),
    "华文中宋": ("02010600040101010101", "auto", "variable"),
    "宋体": ("02010600030101010101", "auto", "variable"),
    "仿宋_GB2312": ("02010609030101010101", "modern", "fixed"),
    "仿宋": ("02010609060101010101", "modern", "fixed"),
    "黑体": ("02010609060101010101", "modern", "fixed"),
    "楷体_GB2312": ("02010609030101010101", "modern", "fixed"),
    "楷体": ("02010609060101010101", "modern", "fixed"),
}

# --- The data: GB/T 9704-2012 layout ----------------------------------------------------------
TWIPS_PER_MM = 1440 / 25.4
PAGE_A4 = (11906, 16838)  # w:pgSz w:w, w:h in twips
MARGINS_MM = {"top": 37, "bottom": 35, "left": 28, "right": 26}
FOOTER_MM = 23  # page number line sits ~7 mm under the text block (GB/T 9704 §7.5)
HEADER_MM = 15

SIZE_2HAO = 44  # half-points: 2号 = 22 pt
SIZE_3HAO = 32  # 3号 = 16 pt
SIZE_4HAO = 28  # 4号 = 14 pt
LINE_EXACT = 579  # twentieths of a point: 28.95 pt, 22 lines on the 225 mm text block
INDENT_CHARS = 200  # hundredths of a character: 2 characters
INDENT_TWIPS = 640  # 2 x 16 pt, for readers that ignore w:firstLineChars

# Paragraph styles: style id -> (font role, size, bold, alignment, first-line indent?)
PARAGRAPH_STYLES: dict[str, tuple[str, int, bool, str, bool]] = {
    "Normal": ("fangsong", SIZE_3HAO, False, "both", False),
    "BodyText": ("fangsong", SIZE_3HAO, False, "both", True),
    "FirstParagraph": ("fangsong", SIZE_3HAO, False, "both", True),
    # Compact is pandoc's style for tight list items and table cells: no indent there.
    "Compact": ("fangsong", SIZE_3HAO, False, "both", False),
    "Title": ("xiaobiaosong", SIZE_2HAO, False, "center", False),
    "Subtitle": ("kai", SIZE_3HAO, False, "center", False),
    "Author": ("kai", SIZE_3HAO, False, "center", False),
    "Date": ("kai", SIZE_3HAO, False, "center", False),
    "Heading1": ("hei", SIZE_3HAO, False, "both", True),
    "Heading2": ("kai", SIZE_3HAO, False, "both", True),
    "Heading3": ("fangsong", SIZE_3HAO, True, "both", True),
    "Heading4": ("fangsong", SIZE_3HAO, False, "both", True),
    "Heading5": ("fangsong", SIZE_3HAO, False, "both", True),
    "Heading6": ("fangsong", SIZE_3HAO, False, "both", True),
    "Heading7": ("fangsong", SIZE_3HAO, False, "both", True),
    "Heading8": ("fangsong", SIZE_3HAO, False, "both", True),
    "Heading9": ("fangsong", SIZE_3HAO, False, "both", True),
}

# Character styles the masks pass applies via Span custom-style="<display name>". pandoc looks
# the name up in the reference doc and uses its id, so ids carry no spaces.
# id -> (display name, run properties XML)
CHARACTER_STYLES: dict[str, tuple[str, str]] = {
    # A masked value (****, *.*倍): shaded so it shows in print too; the text is kept.
    "Masked": ("Masked", '<w:shd w:val="clear" w:color="auto" w:fill="FFF3A0"/>'),
    # A masked value filled from a values file: another colour, underlined for review.
    "Filled": (
        "Filled",
        '<w:u w:val="single"/><w:shd w:val="clear" w:color="auto" w:fill="D9F2D0"/>',
    ),
    # The other mask styles (option masks.style): a border round the value, or an underline.
    "MaskedBox": ("Masked Box", '<w:bdr w:val="single" w:sz="4" w:space="0" w:color="000000"/>'),
    "MaskedUnderline": ("Masked Underline", '<w:u w:val="single"/>'),
    "ArticleLabel": ("Article Label", "<w:b/><w:bCs/>"),  # 第X条
    "RunInHeading": ("Run-in Heading", None),  # fonts filled in below (黑体)
}

# --- Paths ------------------------------------------------------------------------------------
HERE = Path(__file__).resolve().parent
OUT_DOCX = HERE / "reference.docx"
OUT_FONTS_JSON = HERE / "fonts.json"
OUT_FONTCONFIG = HERE / "fontconfig.conf"
TYPST_TEMPLATE = HERE / "reportfmt.typst"
EPUB_CSS = HERE / "epub.css"
# Fixed zip timestamps keep the committed reference.docx byte-identical across rebuilds.
ZIP_DATE = (2024, 1, 1, 0, 0, 0)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
FOOTER_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"
FOOTER_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"
NS = {"w": W_NS, "r": R_NS}


def w(tag: str) -> str:
    """Clark name of a w: element or attribute."""
    return f"{{{W_NS}}}{tag}"


def el(xml: str) -> etree._Element:
    """Parse an XML fragment written with the w: prefix."""
    return etree.fromstring(f'<x xmlns:w="{W_NS}" xmlns:r="{R_NS}">{xml}</x>')[0]


def put_style(styles: etree._Element, style_id: str, style: etree._Element) -> None:
    """Add a style to styles.xml, in place of pandoc's style of that id if it has one."""
    old = styles.find(f"w:style[@w:styleId='{style_id}']", NS)
    if old is not None:
        styles.remove(old)
    styles.append(style)


def custom_paragraph_style(style_id: str, name: str, properties: str) -> etree._Element:
    """A custom paragraph style on Normal, shown in Word's gallery, with these pPr/rPr parts."""
    return el(f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="{style_id}">'
              f'<w:name w:val="{name}"/><w:basedOn w:val="Normal"/><w:qFormat/>{properties}</w:style>')


def primary(role: str) -> str:
    return FONT_CHAINS[role][0]


def rfonts_xml(role: str) -> str:
    """Explicit fonts, no theme attributes (theme fonts would override the East Asian slot).
    The Western slots name the Chinese font too: Word takes “ ” ‘ ’ from w:hAnsi unless a run
    says w:hint="eastAsia", and LibreOffice (before 25.8) always draws them with the Western
    font, so a Latin font there gives narrow Latin quotes in Chinese text. Digits and Latin
    letters then use the Chinese font's own half-width glyphs, as official templates do."""
    name = primary(role)
    return f'<w:rFonts w:ascii="{name}" w:hAnsi="{name}" w:eastAsia="{name}" w:cs="{LATIN_FONT}"/>'


def pandoc_executable() -> str:
    import pypandoc

    return pypandoc.get_pandoc_path()


def default_reference_docx() -> bytes:
    return subprocess.run(
        [pandoc_executable(), "--print-default-data-file", "reference.docx"],
        check=True,
        capture_output=True,
    ).stdout


# --- styles.xml -------------------------------------------------------------------------------

# CT_RPr and CT_PPr children must appear in schema order or Word calls the file corrupt.
RPR_ORDER = (
    "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint"
    " noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u"
    " effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath"
).split()
PPR_ORDER = (
    "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers"
    " pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE"
    " autoSpaceDN bidi adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents"
    " suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle"
    " rPr sectPr pPrChange"
).split()
STYLE_ORDER = (
    "name aliases basedOn next link autoRedefine hidden uiPriority semiHidden unhideWhenUsed"
    " qFormat locked personal personalCompose personalReply rsid pPr rPr tblPr trPr tcPr"
    " tblStylePr"
).split()


def set_child(parent: etree._Element, new: etree._Element, order: list[str]) -> None:
    """Replace parent's child of new's tag, or insert new where the schema order wants it."""
    name = etree.QName(new).localname
    old = parent.find(w(name))
    if old is not None:
        parent.replace(old, new)
        return
    rank = order.index(name)
    for i, child in enumerate(parent):
        if order.index(etree.QName(child).localname) > rank:
            parent.insert(i, new)
            return
    parent.append(new)


def container(style: etree._Element, name: str) -> etree._Element:
    """The style's w:pPr or w:rPr, created in schema order if missing."""
    found = style.find(w(name))
    if found is None:
        found = etree.Element(w(name))
        set_child(style, found, STYLE_ORDER)
    return found


def strip_theme_fonts(root: etree._Element) -> None:
    """Drop every theme font attribute: an explicit w:eastAsia must not lose to a theme."""
    for rfonts in root.iter(w("rFonts")):
        for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
            rfonts.attrib.pop(w(attr), None)
        # Styles that named only a Latin font (e.g. Consolas for code) keep it for Latin.
        rfonts.set(w("eastAsia"), rfonts.get(w("eastAsia"), primary("fangsong")))
        for attr in ("ascii", "hAnsi", "cs"):
            rfonts.set(w(attr), rfonts.get(w(attr), LATIN_FONT))


def style_run_props(rpr: etree._Element, role: str, size: int, bold: bool) -> None:
    set_child(rpr, el(rfonts_xml(role)), RPR_ORDER)
    for tag in ("b", "bCs", "i", "iCs"):  # pandoc's Heading 4 is italic; CJK has no italic
        old = rpr.find(w(tag))
        if old is not None:
            rpr.remove(old)
    if bold:
        set_child(rpr, el("<w:b/>"), RPR_ORDER)
        set_child(rpr, el("<w:bCs/>"), RPR_ORDER)
    set_child(rpr, el('<w:color w:val="000000"/>'), RPR_ORDER)  # pandoc headings are blue
    set_child(rpr, el(f'<w:sz w:val="{size}"/>'), RPR_ORDER)
    set_child(rpr, el(f'<w:szCs w:val="{size}"/>'), RPR_ORDER)


def style_paragraph(styles: etree._Element, style_id: str, spec: tuple) -> None:
    role, size, bold, align, indent = spec
    style = styles.find(f"w:style[@w:styleId='{style_id}']", NS)
    ppr = container(style, "pPr")
    numpr = ppr.find(w("numPr"))  # pandoc's Subtitle carries a stray list level
    if numpr is not None:
        ppr.remove(numpr)
    set_child(ppr, el(f'<w:spacing w:before="0" w:after="0" w:line="{LINE_EXACT}" w:lineRule="exact"/>'), PPR_ORDER)
    if indent:
        ind = f'<w:ind w:firstLineChars="{INDENT_CHARS}" w:firstLine="{INDENT_TWIPS}"/>'
    else:  # explicit zero, so a style based on an indented one does not inherit the indent
        ind = '<w:ind w:firstLineChars="0" w:firstLine="0"/>'
    set_child(ppr, el(ind), PPR_ORDER)
    set_child(ppr, el(f'<w:jc w:val="{align}"/>'), PPR_ORDER)
    style_run_props(container(style, "rPr"), role, size, bold)
    # A heading's linked character style (Heading1Char) must look like the heading.
    link = style.find(w("link"))
    if link is not None:
        linked = styles.find(f"w:style[@w:styleId='{link.get(w('val'))}']", NS)
        if linked is not None:
            style_run_props(container(linked, "rPr"), role, size, bold)


def add_character_styles(styles: etree._Element) -> None:
    for style_id, (name, rpr_xml) in CHARACTER_STYLES.items():
        if rpr_xml is None:
            rpr_xml = rfonts_xml("hei")
        style = el(
            f'<w:style w:type="character" w:customStyle="1" w:styleId="{style_id}">'
            f'<w:name w:val="{name}"/><w:basedOn w:val="DefaultParagraphFont"/>'
            f'<w:uiPriority w:val="1"/><w:qFormat/><w:rPr>{rpr_xml}</w:rPr></w:style>'
        )
        put_style(styles, style_id, style)
    footer = el(
        '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/>'
        '<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
        '<w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>'
        '<w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr>'
        f"<w:rPr>{rfonts_xml('song')}"
        f'<w:sz w:val="{SIZE_4HAO}"/><w:szCs w:val="{SIZE_4HAO}"/></w:rPr></w:style>'
    )
    styles.append(footer)


def edit_styles(xml: bytes) -> bytes:
    styles = etree.fromstring(xml)
    # Document defaults: 3号 仿宋, Chinese language, CJK line breaking (kinsoku) and the
    # automatic CJK/Latin spacing Chinese Word documents have.
    defaults = styles.find("w:docDefaults", NS)
    defaults.getparent().replace(
        defaults,
        el(
            "<w:docDefaults><w:rPrDefault><w:rPr>"
            f"{rfonts_xml('fangsong')}"
            f'<w:kern w:val="2"/><w:sz w:val="{SIZE_3HAO}"/><w:szCs w:val="{SIZE_3HAO}"/>'
            '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>'
            "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
            '<w:widowControl w:val="0"/><w:kinsoku w:val="1"/><w:wordWrap w:val="1"/>'
            '<w:overflowPunct w:val="1"/><w:topLinePunct w:val="0"/>'
            '<w:autoSpaceDE w:val="1"/><w:autoSpaceDN w:val="1"/>'
            f'<w:spacing w:before="0" w:after="0" w:line="{LINE_EXACT}" w:lineRule="exact"/>'
            '<w:jc w:val="both"/>'
            "</w:pPr></w:pPrDefault></w:docDefaults>"
        ),
    )
    for style_id, spec in PARAGRAPH_STYLES.items():
        style_paragraph(styles, style_id, spec)
    add_character_styles(styles)
    add_table_figure_styles(styles)
    add_closing_styles(styles)
    add_notice_line_styles(styles)
    add_colophon_styles(styles)
    strip_theme_fonts(styles)
    return etree.tostring(styles, xml_declaration=True, encoding="UTF-8", standalone=True)


# --- Tables and figures (GB/T 9704 practice for report tables and pictures) -----------------------
# Table text is 仿宋 one size below the body (4号), 5号 in a wide table (class table-small or
# table-landscape, see reportfmt.passes.tables); header cells bold and centred; every cell
# ruled. Captions ("表N …" above a table, "图N …" below a picture) are 黑体 4号, centred.
# Picture paragraphs need an "auto" line: the body's exact 28.95 pt line would clip them.
SIZE_5HAO = 21  # 5号 = 10.5 pt
TABLE_LINE = {SIZE_4HAO: 400, SIZE_5HAO: 300}  # exact line heights (twentieths of a point)
# style id -> (display name, font role, size, bold, alignment)
TABLE_PARAGRAPH_STYLES: dict[str, tuple[str, str, int, bool, str]] = {
    "TableText": ("Table Text", "fangsong", SIZE_4HAO, False, "left"),
    "TableHeading": ("Table Heading", "fangsong", SIZE_4HAO, True, "center"),
    "TableTextSmall": ("Table Text Small", "fangsong", SIZE_5HAO, False, "left"),
    "TableHeadingSmall": ("Table Heading Small", "fangsong", SIZE_5HAO, True, "center"),
}
CAPTION_STYLES = ("TableCaption", "ImageCaption")
FIGURE_STYLES = ("Figure", "CaptionedFigure")
TABLE_BORDER = '<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'


def add_table_figure_styles(styles: etree._Element) -> None:
    for style_id, (name, role, size, bold, align) in TABLE_PARAGRAPH_STYLES.items():
        put_style(styles, style_id, custom_paragraph_style(
            style_id, name,
            f'<w:pPr><w:spacing w:before="0" w:after="0" w:line="{TABLE_LINE[size]}" w:lineRule="exact"/>'
            f'<w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="{align}"/></w:pPr>'
            f"<w:rPr>{rfonts_xml(role)}{'<w:b/><w:bCs/>' if bold else ''}"
            f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>'
        ))
    for style_id in ("Caption", *CAPTION_STYLES):  # pandoc's Caption is italic: CJK has no italic
        style = styles.find(f"w:style[@w:styleId='{style_id}']", NS)
        ppr = container(style, "pPr")
        set_child(ppr, el('<w:spacing w:before="120" w:after="120" w:line="400" w:lineRule="exact"/>'), PPR_ORDER)
        set_child(ppr, el('<w:ind w:firstLineChars="0" w:firstLine="0"/>'), PPR_ORDER)
        set_child(ppr, el('<w:jc w:val="center"/>'), PPR_ORDER)
        style_run_props(container(style, "rPr"), "hei", SIZE_4HAO, False)
    for style_id in FIGURE_STYLES:
        style = styles.find(f"w:style[@w:styleId='{style_id}']", NS)
        ppr = container(style, "pPr")
        set_child(ppr, el('<w:spacing w:before="120" w:after="0" w:line="240" w:lineRule="auto"/>'), PPR_ORDER)
        set_child(ppr, el('<w:ind w:firstLineChars="0" w:firstLine="0"/>'), PPR_ORDER)
        set_child(ppr, el('<w:jc w:val="center"/>'), PPR_ORDER)
    # The table style: every cell ruled, the table centred; header row bold.
    table = styles.find("w:style[@w:styleId='Table']", NS)
    tblpr = table.find(w("tblPr"))
    for old in tblpr.findall(w("tblBorders")) + tblpr.findall(w("jc")):
        tblpr.remove(old)
    sides = ("top", "left", "bottom", "right", "insideH", "insideV")
    borders = "".join(TABLE_BORDER.format(side=side) for side in sides)
    tblpr.insert(0, el("<w:jc w:val=\"center\"/>"))
    tblpr.insert(2, el(f"<w:tblBorders>{borders}</w:tblBorders>"))
    first = table.find("w:tblStylePr[@w:type='firstRow']", NS)
    if first is not None:
        table.remove(first)
    table.append(el('<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr>'
                    '<w:tcPr><w:vAlign w:val="center"/></w:tcPr></w:tblStylePr>'))


# --- The closing block (reportfmt.write.closing): signer and date at the end of a document ---------
# A person's name and the date: right-aligned, two characters in ("Closing"). An office's name
# over the date (GB/T 9704 §7.3.5.1): the date four characters in from the right ("Closing
# Date"); the name centred over it ("Closing Signer"), i.e. centred between a left indent and the
# right margin placed symmetrically about the centre of a date of the common width
# ("2026年9月28日": 6.5 characters). reportfmt.write.closing gives each line of a document its
# own place for its width (a long date, a long office name), over these defaults.
CHAR_TWIPS = SIZE_3HAO * 10  # one 3号 character: 16 pt = 320 twips
DATE_CHARS = 6.5
DATE_RIGHT_CHARS = 4
CLOSING_RIGHT_CHARS = 2


def add_closing_styles(styles: etree._Element) -> None:
    text_width = PAGE_A4[0] - mm(MARGINS_MM["left"]) - mm(MARGINS_MM["right"])
    centre_from_right = (DATE_RIGHT_CHARS + DATE_CHARS / 2) * CHAR_TWIPS
    signer_left = round(text_width - 2 * centre_from_right)
    specs = {
        "Closing": ("Closing", "right",
                    f'w:right="{CLOSING_RIGHT_CHARS * CHAR_TWIPS}" w:rightChars="{CLOSING_RIGHT_CHARS * 100}"'),
        "ClosingDate": ("Closing Date", "right",
                        f'w:right="{DATE_RIGHT_CHARS * CHAR_TWIPS}" w:rightChars="{DATE_RIGHT_CHARS * 100}"'),
        "ClosingSigner": ("Closing Signer", "center", f'w:left="{signer_left}" w:right="0"'),
    }
    for style_id, (name, align, ind) in specs.items():
        put_style(styles, style_id, custom_paragraph_style(
            style_id, name,
            f'<w:pPr><w:ind {ind} w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="{align}"/></w:pPr>'
        ))


# --- A notice's own lines (reportfmt.write.notice_lines), GB/T 9704 §7.3.2, §7.3.4, §7.4.2 -------
# The 发文字号 centred (§7.2.5). The addressee flush left (顶格), its wrapped lines too. The
# attachment note "附件：1.…" two characters in, its wrapped lines and the later items under the
# first item's number (after the three characters of "附件："). The 抄送 line one character in
# from each side, its wrapped lines under the first name (after "抄送：").
# style id -> (display name, w:ind attributes in characters: left, right, first line (- hanging))
NOTICE_LINE_STYLES: dict[str, tuple[str, float, float, float]] = {
    "DocumentNumber": ("Document Number", 0, 0, 0),
    "Addressee": ("Addressee", 0, 0, 0),
    "AttachmentNote": ("Attachment Note", 5, 0, -3),
    "AttachmentItem": ("Attachment Item", 5, 0, 0),
    "CopyTo": ("Copy To", 4, 1, -3),
}

# The 发文字号 a page prints under its title, centred (§7.2.5).
CENTRED_NOTICE_LINES = {"DocumentNumber"}


def add_notice_line_styles(styles: etree._Element) -> None:
    for style_id, (name, left, right, first) in NOTICE_LINE_STYLES.items():
        first_attrs = (f'w:hanging="{round(-first * CHAR_TWIPS)}" w:hangingChars="{round(-first * 100)}"' if first < 0
                       else f'w:firstLine="{round(first * CHAR_TWIPS)}" w:firstLineChars="{round(first * 100)}"')
        align = "center" if style_id in CENTRED_NOTICE_LINES else "both"
        put_style(styles, style_id, custom_paragraph_style(
            style_id, name,
            f'<w:pPr><w:ind w:left="{round(left * CHAR_TWIPS)}" w:leftChars="{round(left * 100)}"'
            f' w:right="{round(right * CHAR_TWIPS)}" w:rightChars="{round(right * 100)}" {first_attrs}/>'
            f'<w:jc w:val="{align}"/></w:pPr>'
        ))


# --- The 版记 (reportfmt.write.notice_lines), GB/T 9704 §7.4 ------------------------------------
# 4号 仿宋 between rules as wide as the text block: thick (1 pt, §7.4.1 推荐 0.35 mm) first and
# last, thin (0.75 pt, 0.25 mm) between. A rule is an empty paragraph of its own with a bottom
# border (the lines' own borders would start at their indents). 抄送 one 4号 character in from
# each side, wrapped lines after "抄送：" (§7.4.2); 印发机关 one character in from the left, the
# date at a right tab one character in from the right (§7.4.3).
CHAR_4HAO = SIZE_4HAO * 10  # one 4号 character: 14 pt = 280 twips
RULE_THICK = 8  # eighths of a point
RULE_THIN = 6
COLOPHON_LINE = 400  # exact line height of a 4号 line, twentieths of a point (20 pt)


def add_colophon_styles(styles: etree._Element) -> None:
    text_width = PAGE_A4[0] - mm(MARGINS_MM["left"]) - mm(MARGINS_MM["right"])
    spacing = f'<w:spacing w:before="60" w:after="60" w:line="{COLOPHON_LINE}" w:lineRule="exact"/>'
    size = f'<w:sz w:val="{SIZE_4HAO}"/><w:szCs w:val="{SIZE_4HAO}"/>'
    specs = {
        "ColophonCopyTo": ("Colophon Copy To", spacing
                           + f'<w:ind w:left="{4 * CHAR_4HAO}" w:leftChars="400" w:right="{CHAR_4HAO}"'
                           f' w:rightChars="100" w:hanging="{3 * CHAR_4HAO}" w:hangingChars="300"/>'
                           '<w:jc w:val="left"/>', size),
        "ColophonPrinted": ("Colophon Printed",
                            f'<w:tabs><w:tab w:val="right" w:pos="{text_width - 2 * CHAR_4HAO}"/></w:tabs>'
                            + spacing + f'<w:ind w:left="{CHAR_4HAO}" w:leftChars="100" w:right="{CHAR_4HAO}"'
                            ' w:rightChars="100" w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="left"/>', size),
        "ColophonRuleThick": ("Colophon Rule Thick",
                              f'<w:pBdr><w:bottom w:val="single" w:sz="{RULE_THICK}" w:space="0" w:color="000000"/>'
                              '</w:pBdr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>'
                              '<w:ind w:firstLineChars="0" w:firstLine="0"/>', '<w:sz w:val="2"/><w:szCs w:val="2"/>'),
        "ColophonRuleThin": ("Colophon Rule Thin",
                             f'<w:pBdr><w:bottom w:val="single" w:sz="{RULE_THIN}" w:space="0" w:color="000000"/>'
                             '</w:pBdr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>'
                             '<w:ind w:firstLineChars="0" w:firstLine="0"/>', '<w:sz w:val="2"/><w:szCs w:val="2"/>'),
    }
    for style_id, (name, ppr, rpr) in specs.items():
        put_style(styles, style_id, custom_paragraph_style(
            style_id, name,
            f'<w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr>'
        ))


# --- fontTable.xml ----------------------------------------------------------------------------


def fallback_of(name: str) -> str | None:
    """The font after `name` in the first chain that lists it."""
    for chain in FONT_CHAINS.values():
        if name in chain[:-1]:
            return chain[chain.index(name) + 1]
    return None


def edit_font_table(xml: bytes) -> bytes:
    """Describe every chain font: w:altName names the next font of its chain, so Word (which
    reads altName, PANOSE, charset and family when a font is missing) lands on it."""
    fonts = etree.fromstring(xml)
    names = list(dict.fromkeys(n for chain in FONT_CHAINS.values() for n in chain))
    for name in names:
        for old in fonts.findall(f"w:font[@w:name='{name}']", NS):
            fonts.remove(old)
        panose, family, pitch = FONT_TABLE.get(name, ("02020300000000000000", "roman", "variable"))
        alt = fallback_of(name)
        alt_xml = f'<w:altName w:val="{alt}"/>' if alt else ""
        fonts.append(
            el(
                f'<w:font w:name="{name}">{alt_xml}<w:panose1 w:val="{panose}"/>'
                f'<w:charset w:val="86"/><w:family w:val="{family}"/><w:pitch w:val="{pitch}"/>'
                "</w:font>"
            )
        )
    return etree.tostring(fonts, xml_declaration=True, encoding="UTF-8", standalone=True)


# --- settings.xml -----------------------------------------------------------------------------


def edit_settings(xml: bytes) -> bytes:
    settings = etree.fromstring(xml)
    # Odd pages: number at the right; even pages: at the left (GB/T 9704 §7.5).
    if settings.find("w:evenAndOddHeaders", NS) is None:
        tab = settings.find("w:defaultTabStop", NS)
        tab.addnext(el("<w:evenAndOddHeaders/>"))
    settings.find("w:themeFontLang", NS).attrib.update({w("val"): "en-US", w("eastAsia"): "zh-CN"})
    # Chinese Word compresses punctuation at line starts and ends.
    settings.find("w:characterSpacingControl", NS).set(w("val"), "compressPunctuation")
    return etree.tostring(settings, xml_declaration=True, encoding="UTF-8", standalone=True)


# --- footers, document.xml, relationships -----------------------------------------------------


def footer_xml(align: str) -> bytes:
    """A "— N —" page number footer; one full-width space of inset from the outside edge."""
    inset = 'w:rightChars="100" w:right="280"' if align == "right" else 'w:leftChars="100" w:left="280"'
    run = '<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">{}</w:t></w:r>'
    field = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        "<w:r><w:t>1</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
    xml = (
        f'<w:ftr xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:p><w:pPr><w:pStyle w:val="Footer"/>'
        f'<w:ind {inset}/><w:jc w:val="{align}"/></w:pPr>'
        f"{run.format('— ')}{field}{run.format(' —')}</w:p></w:ftr>"
    )
    return etree.tostring(etree.fromstring(xml), xml_declaration=True, encoding="UTF-8", standalone=True)


def mm(value: float) -> int:
    return round(value * TWIPS_PER_MM)


SAMPLE_BODY = """
<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>关于做好年度工作总结的通知</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Date"/></w:pPr><w:r><w:t>2024年1月1日</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="DocumentNumber"/></w:pPr><w:r><w:t>某办发〔2024〕1号</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Addressee"/></w:pPr><w:r><w:t>各科室：</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>一、总体情况</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="FirstParagraph"/></w:pPr><w:r><w:t>全年完成投资</w:t></w:r>
<w:r><w:rPr><w:rStyle w:val="Masked"/></w:rPr><w:t>***</w:t></w:r><w:r><w:t>亿元。</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>（一）主要做法</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Heading3"/></w:pPr><w:r><w:t>1.加强组织领导</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Heading4"/></w:pPr><w:r><w:t>（1）明确责任分工</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="BodyText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="ArticleLabel"/>
</w:rPr><w:t>第一条</w:t></w:r><w:r><w:t xml:space="preserve"> 正文，三号仿宋，首行缩进两字。</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="AttachmentNote"/></w:pPr><w:r><w:t>附件：1.某某登记表</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="AttachmentItem"/></w:pPr><w:r><w:t>2.某某回执单</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="ClosingSigner"/></w:pPr><w:r><w:t>某市某某局</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="ClosingDate"/></w:pPr><w:r><w:t>2024年1月1日</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="CopyTo"/></w:pPr><w:r><w:t>抄送：某某局。</w:t></w:r></w:p>
"""


def edit_document(xml: bytes) -> bytes:
    """pandoc ignores the reference body but takes its last w:sectPr: page, margins, footers.
    The body is replaced by a short sample so the file shows the styles when opened."""
    doc = etree.fromstring(xml)
    body = doc.find("w:body", NS)
    for child in list(body):
        body.remove(child)
    for para in etree.fromstring(f'<x xmlns:w="{W_NS}">{SAMPLE_BODY}</x>'):
        body.append(para)
    width, height = PAGE_A4
    margins = {k: mm(v) for k, v in MARGINS_MM.items()}
    body.append(
        el(
            "<w:sectPr>"
            '<w:footerReference w:type="default" r:id="rIdFooterOdd"/>'
            '<w:footerReference w:type="even" r:id="rIdFooterEven"/>'
            '<w:footnotePr><w:numRestart w:val="eachSect"/></w:footnotePr>'
            f'<w:pgSz w:w="{width}" w:h="{height}"/>'
            f'<w:pgMar w:top="{margins["top"]}" w:right="{margins["right"]}"'
            f' w:bottom="{margins["bottom"]}" w:left="{margins["left"]}"'
            f' w:header="{mm(HEADER_MM)}" w:footer="{mm(FOOTER_MM)}" w:gutter="0"/>'
            '<w:cols w:space="425"/>'
            f'<w:docGrid w:type="lines" w:linePitch="{LINE_EXACT}"/>'
            "</w:sectPr>"
        )
    )
    return etree.tostring(doc, xml_declaration=True, encoding="UTF-8", standalone=True)


def edit_relationships(xml: bytes) -> bytes:
    rels = etree.fromstring(xml)
    for rid, target in (("rIdFooterOdd", "footer1.xml"), ("rIdFooterEven", "footer2.xml")):
        rel = etree.SubElement(rels, f"{{{PKG_REL_NS}}}Relationship")
        rel.attrib.update({"Id": rid, "Type": FOOTER_REL, "Target": target})
    return etree.tostring(rels, xml_declaration=True, encoding="UTF-8", standalone=True)


def edit_content_types(xml: bytes) -> bytes:
    types = etree.fromstring(xml)
    for part in ("/word/footer1.xml", "/word/footer2.xml"):
        override = etree.SubElement(types, f"{{{CT_NS}}}Override")
        override.attrib.update({"PartName": part, "ContentType": FOOTER_CT})
    return etree.tostring(types, xml_declaration=True, encoding="UTF-8", standalone=True)


EDITS = {
    "word/styles.xml": edit_styles,
    "word/fontTable.xml": edit_font_table,
    "word/settings.xml": edit_settings,
    "word/document.xml": edit_document,
    "word/_rels/document.xml.rels": edit_relationships,
    "[Content_Types].xml": edit_content_types,
}


# Whitespace-only text between elements is dropped from every XML part: pandoc parses the
# reference's parts at every DOCX it writes, and the indentation of pandoc's own parts is a
# third of their size. Text in leaf elements (w:t, w:instrText) stays: libxml2 keeps blank
# text that is an element's only content and honours xml:space="preserve".
_COMPACT = etree.XMLParser(remove_blank_text=True)


def compact_xml(data: bytes) -> bytes:
    """An XML part without the whitespace between its elements; declaration kept."""
    root = etree.fromstring(data, _COMPACT)
    standalone = True if b"standalone" in data[: data.find(b"?>")] else None
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=standalone)


def build_reference_docx(source: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:

        def put(name: str, data: bytes) -> None:
            if name.endswith((".xml", ".rels")):
                data = compact_xml(data)
            zout.writestr(zipfile.ZipInfo(name, ZIP_DATE), data, compress_type=zipfile.ZIP_DEFLATED)

        for name in zin.namelist():
            data = zin.read(name)
            put(name, EDITS[name](data) if name in EDITS else data)
        put("word/footer1.xml", footer_xml("right"))  # odd pages
        put("word/footer2.xml", footer_xml("left"))  # even pages
    return out.getvalue()


# --- the same chains for typst, CSS and reportfmt.write.fonts ---------------------------------------


def font_groups(role: str) -> list[list[str]]:
    """A chain as one list of names per font: [["仿宋_GB2312", "FangSong_GB2312"], ...]."""
    groups: list[list[str]] = []
    seen: set[str] = set()
    for name in FONT_CHAINS[role]:
        names = [n for n in (name, ENGLISH_NAMES.get(name)) if n and n not in seen]
        seen.update(names)
        if names:
            groups.append(names)
    return groups


def expanded_chain(role: str) -> list[str]:
    """A chain with each Windows font's English name right after its Chinese one."""
    return [name for group in font_groups(role) for name in group]


def replace_block(path: Path, begin: str, end: str, block: str) -> None:
    """Rewrite the text between two marker lines of a hand-written file."""
    text = path.read_text(encoding="utf-8")
    pattern = re.compile(rf"({re.escape(begin)}\n).*?(^{re.escape(end)})", re.S | re.M)
    if not pattern.search(text):
        raise SystemExit(f"{path.name}: markers {begin!r} ... {end!r} not found")
    path.write_text(pattern.sub(lambda m: m.group(1) + block + "\n" + m.group(2), text), encoding="utf-8")


def typst_block() -> str:
    lines = ["#let fonts = ("]
    for role in FONT_CHAINS:
        names = ", ".join(json.dumps(n, ensure_ascii=False) for n in expanded_chain(role))
        lines.append(f"  {role}: ({names}),")
    lines.append(")")
    return "\n".join(lines)


# Which EPUB elements use which chain, and the generic family that ends each stack.
CSS_ROLES: dict[str, tuple[str, str]] = {
    "fangsong": ("body, p, h3, h4, h5, h6, .font-fangsong", "serif"),
    "xiaobiaosong": ("h1.title, .title, .font-xiaobiaosong", "serif"),
    "hei": ("h1, .runin, .font-hei", "sans-serif"),
    "kai": ("h2, .subtitle, .date, .author, .font-kai", "serif"),
    "song": (".font-song", "serif"),
}


def css_block() -> str:
    lines = []
    for role in FONT_CHAINS:
        selectors, generic = CSS_ROLES[role]
        names = ", ".join(f'"{n}"' for n in expanded_chain(role))
        lines.append(f"{selectors} {{\n  font-family: {names}, {generic};\n}}")
    return "\n".join(lines)


def fontconfig_xml() -> str:
    """fontconfig aliases that follow the chains: LibreOffice on Linux asks fontconfig for
    "仿宋_GB2312" and, with no alias, gets DejaVu Sans for Western text and whatever CJK font
    sorts first (often AR PL UKai) for Chinese. Install as ~/.config/fontconfig/conf.d/
    60-reportfmt.conf (or point FONTCONFIG_FILE at a file that includes it)."""
    lines = [
        '<?xml version="1.0"?>',
        '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
        "<!-- Generated by styles/build_reference.py from its FONT_CHAINS; do not edit. -->",
        "<fontconfig>",
    ]
    for role in FONT_CHAINS:
        groups = font_groups(role)
        for index, group in enumerate(groups[:-1]):
            rest = [name for later in groups[index + 1:] for name in later]
            for name in group:
                accept = "".join(f"<family>{n}</family>" for n in rest)
                lines.append(f'  <alias binding="same"><family>{name}</family><accept>{accept}</accept></alias>')
    lines.append("</fontconfig>")
    return "\n".join(dict.fromkeys(lines)) + "\n"


def main() -> int:
    OUT_DOCX.write_bytes(build_reference_docx(default_reference_docx()))
    # For reportfmt.write.fonts: per role, one list of names per font, best font first.
    groups = {role: font_groups(role) for role in FONT_CHAINS}
    OUT_FONTS_JSON.write_text(json.dumps(groups, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    OUT_FONTCONFIG.write_text(fontconfig_xml(), encoding="utf-8")
    marker = "font chains generated by styles/build_reference.py"
    replace_block(TYPST_TEMPLATE, f"// BEGIN {marker}", f"// END {marker}", typst_block())
    replace_block(EPUB_CSS, f"/* BEGIN {marker} */", f"/* END {marker} */", css_block())
    print(
        f"wrote {OUT_DOCX.relative_to(HERE.parent)} ({OUT_DOCX.stat().st_size} bytes),"
        f" {OUT_FONTS_JSON.name}, {OUT_FONTCONFIG.name}; updated font blocks in {TYPST_TEMPLATE.name},"
        f" {EPUB_CSS.name}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
