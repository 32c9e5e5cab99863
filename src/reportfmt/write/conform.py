"""Per-format changes to a copy of the document before pandoc writes it: marks visible in
typst, scraped structure made valid EPUB3, metadata the writers need."""

from __future__ import annotations

import re

import panflute as pf

from ..options import Options
from ..passes.elements import iter_elements, stringify, walk_cheaply
from ..passes.masks import FILLED_CLASS, MASK_CLASS
from ..passes.regex_cache import LazyPattern
from .closing import mark_closing
from .notice_lines import mark_lines
from .pictures import is_placed


def adapt_for(doc: pf.Doc, fmt: str, options: Options, *, authored: bool = False,
              title: str | None = None, local_pictures: bool = False) -> pf.Doc:
    """Make marks visible where pandoc drops span classes (typst), or add style classes.

    The EPUB/HTML clean-up is for scraped pages: a document written by hand (`authored`)
    keeps its raw HTML, pictures (a .docx's media go into the book), relative links and ids,
    as pandoc would write them without reportfmt; it only gets a title when it has none:
    `title` (what the passes recognised, e.g. a Word 公文's title line), else a fallback.
    `local_pictures`: a hand-written document's pictures named by a path stay for typst (under
    `pandoc --filter`, where pandoc holds their bytes and write/typst_engine.py finds them).
    """
    style = options.masks.style

    def visit(elem: pf.Element, _doc: pf.Doc):
        if isinstance(elem, pf.Span) and FILLED_CLASS in elem.classes and fmt in ("typst", "pdf"):
            # styles/reportfmt.typst defines filled (a value filled in from a values file).
            return [pf.RawInline(typst_call_opening("filled", elem), format="typst"), *elem.content,
                    pf.RawInline("];", format="typst")]
        if isinstance(elem, pf.Span) and fmt in ("typst", "pdf") and (func := _TYPST_SPAN_CALLS.get(
                next((c for c in elem.classes if c in _TYPST_SPAN_CALLS), ""))):
            # A run-in heading's head (黑体, as the DOCX's "Run-in Heading") and a law's 第X条
            # label (bold): pandoc's typst writer drops a span's classes.
            return [pf.RawInline(typst_call_opening(func, elem), format="typst"), *elem.content,
                    pf.RawInline("];", format="typst")]
        if not (isinstance(elem, pf.Span) and MASK_CLASS in elem.classes):
            return None
        if fmt in ("typst", "pdf"):
            if style == "plain":
                return list(elem.content)
            # styles/reportfmt.typst defines masked (highlight), masked-box, masked-underline;
            # the ";" ends the call so a following "[" is not read as a second argument.
            func = "masked" if style == "highlight" else f"masked-{style}"
            return [pf.RawInline(typst_call_opening(func, elem), format="typst"), *elem.content,
                    pf.RawInline("];", format="typst")]
        if fmt in ("html", "epub", "html5", "epub3") and f"mask-{style}" not in elem.classes:
            elem.classes.append(f"mask-{style}")
        return None

    if fmt in ("typst", "pdf"):
        # The closing block and a notice's lines are found by their text, which must still be
        # the document's: a mask's typst call ("#masked[\\*\\*];") reads as a sentence's ";" and
        # a masked signer ("**街道办事处") would stay a body line in the PDF alone.
        doc = _mark_blocks(doc, fmt, options)
        doc = walk_cheaply(doc, visit, doc)  # replaces spans
    else:
        for elem in iter_elements(doc):  # at most adds a class: no need for walk's rebuilding
            visit(elem, doc)
    if fmt in ("epub", "epub3", "html", "html5"):
        doc = give_title(doc, title, fmt=fmt) if authored else conform_to_epub(doc)
        from .part_headings import mark_part_headings  # (EPUB and HTML only: not on a DOCX's path)

        doc = mark_part_headings(doc)  # 第X章 centred (styles/epub.css)
        if "lang" not in doc.metadata:
            # A document the passes left alone (not Chinese) names no language: pandoc would
            # take the locale's ("C" in a container: EPUB's dc:language and every chapter's
            # xml:lang "C", no language tag at all). Undetermined, as BCP 47 says it.
            doc.metadata["lang"] = pf.MetaString("und")
    if fmt in ("typst", "pdf"):
        doc = conform_to_typst(doc, authored=authored, local_pictures=local_pictures)
    if fmt in ("docx", "epub", "epub3", "html", "html5"):
        doc = _mark_blocks(doc, fmt, options)
    return doc


def _mark_blocks(doc: pf.Doc, fmt: str, options: Options) -> pf.Doc:
    doc = mark_closing(doc, fmt)  # the signer and date laid out at the end (closing.py)
    if options.layout != "gongwen" or fmt not in ("docx", "pdf", "typst"):
        # (the 公文 layout prints these lines in its own places; EPUB and HTML keep the report's)
        doc = mark_lines(doc, fmt)  # addressee, attachment note, 抄送 (notice_lines.py)
    return doc


# Span classes (passes/headings: RUNIN_CLASS, ARTICLE_CLASS) -> the styles/reportfmt.typst
# function drawing them.
_TYPST_SPAN_CALLS = {"runin": "runin", "article-label": "articlelabel"}
# A head opening on a list, enum, term or heading marker ("1. 燃气安全专项整治。"): at the start of the
# call's content block typst reads it as a list item, a block of its own, and breaks the paragraph
# after the head; "#{}" (nothing) before the marker keeps the head in its line.
_TYPST_BLOCK_MARKER = LazyPattern(r"(?:\d+\.|[-+=/])(?:\s|$)")


def typst_call_opening(func: str, span: pf.Span) -> str:
    """"#func[" opening the call that draws a span's text (styles/reportfmt.typst)."""
    return f"#{func}[#{{}}" if _TYPST_BLOCK_MARKER.match(stringify(span)) else f"#{func}["


def conform_to_typst(doc: pf.Doc, *, authored: bool = False, local_pictures: bool = False) -> pf.Doc:
    """typst fails on a link to a label it does not have, and only headings get labels: keep
    external links and links to sections; other links, images and raw markup become text.

    A document written by hand (`authored`) keeps its links to files (ch02.md, data/sales.csv)
    as pandoc writes them without reportfmt: typst takes them as URLs, reading nothing; a
    scraped page's links to its site lead nowhere. Pictures that are not placed still become
    their text: reportfmt's typst engine compiles in an empty folder (write/pdf.py), where a
    picture's file is not found and the whole PDF would fail. Under `pandoc --filter`
    (`local_pictures`) a hand-written document's picture named by a path stays: pandoc has its
    bytes (a file beside the document, a DOCX's media) and write/typst_engine.py gives them to
    typst, an empty frame and a warning for one that is missing."""
    sections = {b.identifier for b in doc.content if isinstance(b, pf.Header) and b.identifier}

    def dead_link(elem: pf.Element) -> bool:
        return isinstance(elem, pf.Link) and not _typst_keeps_link(elem, sections) and not (
            authored and _local_file(elem.url) and not elem.url.startswith("#"))

    def visit(elem: pf.Element, _doc: pf.Doc):
        if isinstance(elem, (pf.RawInline, pf.RawBlock)) and elem.format != "typst":
            return []
        if isinstance(elem, _TYPST_UNLABELLED) and elem.identifier:
            elem.identifier = ""  # (no return: the element may need more below)
        if isinstance(elem, pf.CodeBlock) and typst_lang_differs(elem):
            lead = _TYPST_LANG.match(elem.classes[0])
            elem.classes = [lead.group()] if lead else []
            return None
        if isinstance(elem, pf.Image) and not is_placed(elem):
            if authored and local_pictures and _local_file(elem.url):
                return None
            return pf.Span(*elem.content)
        if dead_link(elem):
            return pf.Span(*elem.content)
        if isinstance(elem, _TYPST_CALLS) and _next_starts_with_dot(elem, dead_link):
            # pandoc writes "#link(...)[GS].TO": typst reads ".TO" as a field of the call.
            return [elem, pf.RawInline(";", format="typst")]
        if isinstance(elem, pf.Str) and "-" in elem.text and _TYPST_MINUS.search(elem.text):
            return _escape_minus(elem.text)
        if isinstance(elem, pf.LineBreak) and _inside_term(elem):
            # pandoc writes a term as "/ term: description" on one line; a break in the term
            # (an infobox label "国 籍<br>民 族") leaves typst without its colon.
            return pf.Space()
        return None

    doc = walk_cheaply(doc, visit, doc)
    set_latin_paragraphs(doc.content)
    return doc


# A paragraph of Latin prose in a Chinese document ("This report explains…" under its Chinese
# twin): the page's `lang: "zh"` gives it no hyphenation, and the justified lines, broken first-fit,
# spread its few blanks wide. Set in English it hyphenates and breaks as an English text does. Latin when
# its words outnumber its Chinese ones four to one (a Chinese word counted as 1.5 characters, as
# read/document_kind counts them), and it has LATIN_MIN_WORDS words at least.
LATIN_MIN_WORDS = 8
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_CJK_CHAR = re.compile(r"[\u3400-\u9fff]")
# (Its lines broken by the optimal breaker: a Latin paragraph has few break points, the cost that made
# the template break first-fit is a Chinese text's, where every character is one.)
_ENGLISH_OPEN = '#[#set text(lang: "en", hyphenate: true); #set par(linebreaks: "optimized")'


def latin_paragraph(block: pf.Block) -> bool:
    if not isinstance(block, pf.Para):
        return False
    text = stringify(block)
    words = len(_LATIN_WORD.findall(text))
    return words >= LATIN_MIN_WORDS and len(_CJK_CHAR.findall(text)) / 1.5 * 4 <= words


def set_latin_paragraphs(blocks: pf.ListContainer) -> None:
    """Each Latin paragraph among `blocks` (and in their Divs) set in English (latin_paragraph)."""
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if isinstance(block, pf.Div):
            set_latin_paragraphs(block.content)
        elif latin_paragraph(block):
            blocks.insert(index, pf.RawBlock(_ENGLISH_OPEN, format="typst"))
            blocks.insert(index + 2, pf.RawBlock("]", format="typst"))
            index += 2
        index += 1


# typst's markup draws a hyphen before a digit as a minus sign (U+2212) unless a letter or
# digit stands before it: a table cell's "-3.2%" would print, and copy, with U+2212. "\\-" is
# typst's literal hyphen.
_TYPST_MINUS = re.compile(r"(?<!\w)-(?=\d)")


def _escape_minus(text: str) -> list[pf.Inline]:
    pieces: list[pf.Inline] = []
    for index, part in enumerate(_TYPST_MINUS.split(text)):
        if index:
            pieces.append(pf.RawInline("\\-", format="typst"))
        if part:
            pieces.append(pf.Str(part))
    return pieces


# A URL with a scheme (https:, data:, javascript:) or a network path (//host/…) is no local file.
_SCHEME_OR_HOST = LazyPattern(r"^(?:[a-z][a-z0-9+.-]*:|//)", re.I)


# Elements whose id pandoc's typst writer writes as a label, which no kept link can point to (only
# sections' are kept): a page's anchors (<a name="abstract"></a>, an empty span) come out as a bare
# "<abstract>", attached to nothing at the start of a paragraph or bold run, and several in a row
# label one element many times ("<1> <sub_1> <早年经历>" over a wiki section); typst warns of both,
# and a span's id equal to a heading's would make that heading's link fail ("occurs multiple times").
_TYPST_UNLABELLED = (pf.Span, pf.Div)


# A code block's language tag as typst reads it after the ``` (an identifier): pandoc writes the
# block's first class there, and typst takes its leading identifier alone and prints the rest as the
# block's first line of code (a book's "```rust,ignore,does_not_compile" printed
# ",ignore,does_not_compile" over the code). The class is cut to that identifier.
_TYPST_LANG = LazyPattern(r"[^\W\d][\w-]*")


def typst_lang_differs(block: pf.CodeBlock) -> bool:
    """Whether the block's first class is not a language tag typst reads whole."""
    return bool(block.classes) and not _TYPST_LANG.fullmatch(block.classes[0])


def _local_file(url: str) -> bool:
    return bool(url) and not _SCHEME_OR_HOST.match(url)


def _typst_keeps_link(link: pf.Link, sections: set[str]) -> bool:
    return (link.url.startswith("#") and link.url[1:] in sections) or bool(_EXTERNAL.match(link.url))


def typst_unchanged(doc: pf.Doc) -> bool:
    """True when adapt_for(doc, "pdf") would change nothing, so the PDF path can hand pandoc
    the JSON made once per page instead of a second load/adapt/dump (a scraped page often
    has no mask, picture, raw markup or dead link). It errs towards False: a call followed
    by "." anywhere, or a line break in a document with a definition list, counts as a change
    without looking at where they sit."""
    sections = {b.identifier for b in doc.content if isinstance(b, pf.Header) and b.identifier}
    if any(latin_paragraph(b) or (isinstance(b, pf.Div) and any(latin_paragraph(c) for c in b.content))
           for b in doc.content):
        return False  # set in English (set_latin_paragraphs)
    calls = dots = terms = breaks = False
    for elem in iter_elements(doc):
        if isinstance(elem, pf.Span) and (MASK_CLASS in elem.classes or FILLED_CLASS in elem.classes
                                          or any(c in _TYPST_SPAN_CALLS for c in elem.classes)):
            return False
        if isinstance(elem, (pf.RawInline, pf.RawBlock)) and elem.format != "typst":
            return False
        if isinstance(elem, _TYPST_UNLABELLED) and elem.identifier:
            return False  # its label goes (conform_to_typst)
        if isinstance(elem, pf.CodeBlock) and typst_lang_differs(elem):
            return False
        if isinstance(elem, pf.Image) or (isinstance(elem, pf.Link) and not _typst_keeps_link(elem, sections)):
            return False
        calls = calls or isinstance(elem, _TYPST_CALLS)
        dots = dots or (isinstance(elem, pf.Str) and elem.text.startswith("."))
        if isinstance(elem, pf.Str) and "-" in elem.text and _TYPST_MINUS.search(elem.text):
            return False  # a hyphen typst would draw as a minus
        terms = terms or isinstance(elem, pf.DefinitionItem)
        breaks = breaks or isinstance(elem, pf.LineBreak)
    return not (calls and dots) and not (terms and breaks)


# Inlines pandoc's typst writer renders as a function call (#link(...)[...], #strong[...]).
_TYPST_CALLS = (pf.Link, pf.Strong, pf.Emph, pf.Underline, pf.Strikeout, pf.SmallCaps, pf.Superscript,
                pf.Subscript)


def _next_starts_with_dot(elem: pf.Element, dead_link) -> bool:
    """What follows the call in the typst source starts with ".". A span, and a dead link that
    becomes one, are written as their text alone, so a call closing one ("往期**公告**" in a dead
    link) stands before what follows the span: "#strong[公告].此后" read ".此后" as a field."""
    node = elem
    while node.next is None and (isinstance(node.parent, pf.Span) or dead_link(node.parent)):
        node = node.parent
    following = node.next
    return isinstance(following, pf.Str) and following.text.startswith(".")


def _inside_term(elem: pf.Element) -> bool:
    parent = elem.parent
    while parent is not None:
        if isinstance(parent, pf.DefinitionItem):
            return True
        if isinstance(parent, pf.Block):
            return False
        parent = parent.parent
    return False


# Attributes scraped HTML carries (width, align, bgcolor, border, ...) are not XHTML5 and
# pandoc's HTML writer passes them through; epubcheck rejects them. These few are valid
# on every element, and data-* (pandoc's own, e.g. data-custom-style) always is.
_GLOBAL_ATTRIBUTES = {"lang", "dir", "title"}
# Links that leave the book. javascript: and the like never reach an output; "#id" stays
# inside the book when the id exists; anything else points at a page of the scraped site
# that is not in the EPUB.
_EXTERNAL = LazyPattern(r"^(?:https?|ftp|mailto|tel):", re.I)


def conform_to_epub(doc: pf.Doc) -> pf.Doc:
    """Make scraped structure valid EPUB3 (epubcheck): no presentational attributes, no raw
    HTML, no images or links to files the book does not contain, unique ids, no empty
    headings (the nav would hold empty anchors) and no empty metadata fields."""
    ids: set[str] = set()

    def collect(elem: pf.Element, _doc: pf.Doc) -> None:
        if getattr(elem, "identifier", ""):
            ids.add(elem.identifier)

    link_targets: set[str] = set()

    def collect_targets(elem: pf.Element, _doc: pf.Doc) -> None:
        if isinstance(elem, pf.Link) and elem.url.startswith("#") and elem.url[1:] in ids:
            link_targets.add(elem.url[1:])

    seen: set[str] = set()

    def visit(elem: pf.Element, _doc: pf.Doc):
        if isinstance(elem, (pf.RawInline, pf.RawBlock)) and elem.format.startswith("html"):
            return []
        if isinstance(elem, pf.Image) and not is_placed(elem):
            # Pictures the reader kept carry their bytes (write/pictures.py) and stay.
            return scraped_picture(elem)
        if isinstance(elem, pf.Link) and not _EXTERNAL.match(elem.url):
            if not (elem.url.startswith("#") and elem.url[1:] in ids):
                return pf.Span(*elem.content)  # the text stays, the dead link goes
        if isinstance(elem, pf.Header) and (
            elem.identifier in seen or not (elem.identifier.startswith("sec-") or elem.identifier in link_targets)
        ):
            # A page's own heading ids are slugs of their text, and the chapter heading pandoc's
            # EPUB writer makes from the title gets the same slug when a heading repeats the
            # title: headings no link points to get reportfmt's own ids.
            elem.identifier = _fresh_id(ids | seen)
        if getattr(elem, "identifier", ""):
            # pandoc's EPUB writer gives headings ids of its own, which can equal an id the page
            # put on a span ("trackback"): keep page ids only where a kept link points, once.
            keep = isinstance(elem, pf.Header) or elem.identifier in link_targets
            if not keep or elem.identifier in seen:
                elem.identifier = ""
            seen.add(elem.identifier)
        attributes = getattr(elem, "attributes", None)
        if attributes and not (isinstance(elem, pf.Image) and is_placed(elem)):
            for key in [k for k in attributes if k not in _GLOBAL_ATTRIBUTES and not k.startswith("data-")]:
                del attributes[key]
        return None

    def drop_empty_headers(elem: pf.Element, _doc: pf.Doc):
        if isinstance(elem, pf.Header) and not stringify(elem).strip():
            return []
        return None

    doc = walk_cheaply(doc, collect, doc)
    doc = walk_cheaply(doc, collect_targets, doc)
    doc = walk_cheaply(doc, visit, doc)
    doc = walk_cheaply(doc, drop_empty_headers, doc)
    drop_empty_metadata(doc)
    return give_title(doc)


def scraped_picture(image: pf.Image) -> pf.Inline:
    """What a scraped page's picture becomes in EPUB/HTML (a hand-written document keeps
    its pictures: adapt_for): pandoc cannot fetch it in the sandbox; the alt text stays."""
    return pf.Span(*image.content)


def give_title(doc: pf.Doc, title: str | None = None, *, fmt: str = "") -> pf.Doc:
    """EPUB requires dc:title: a document without a title gets the recognised `title`, else
    fallback_title (as metadata only; no block moves). A hand-written document (`fmt` given)
    whose first heading says it (opening with it, or after opening text): authored_title.py, so
    pandoc prints it once and nothing over the opening text."""
    if "title" not in doc.metadata:
        text = title or fallback_title(doc)
        from .authored_title import title_from_first_heading, title_over_opening_text  # (hand-written only)

        if not (fmt and (title_from_first_heading(doc, fmt, text) or title_over_opening_text(doc, fmt, text))):
            doc.metadata["title"] = pf.MetaString(text)
    return doc


def _fresh_id(taken: set[str]) -> str:
    number = len(taken) + 1
    while f"sec-{number}" in taken:
        number += 1
    return f"sec-{number}"


def fallback_title(doc: pf.Doc, limit: int = 30) -> str:
    """EPUB requires dc:title (pandoc writes none, and "UNTITLED" in the nav, when a page has
    no title): the first heading, else the start of the first paragraph."""
    texts = [stringify(b).strip() for b in doc.content if isinstance(b, pf.Header)]
    texts += [stringify(b).strip() for b in doc.content]
    text = next((t for t in texts if t), "")
    return text if len(text) <= limit else text[:limit] + "…"


# Fields pandoc's EPUB writer reads as one string: a list there comes out as an empty element.
_SINGLE_VALUED = {"description", "date", "source", "rights", "publisher", "type", "format", "relation", "coverage"}


def drop_empty_metadata(doc: pf.Doc) -> None:
    """pandoc writes every metadata field it knows (description, subject...) into the OPF, and
    an empty dc:* element is invalid. Scraped pages repeat <meta> tags and leave some empty."""

    def text(value: pf.MetaValue) -> str:
        if isinstance(value, (pf.MetaString, pf.MetaInlines, pf.MetaBlocks)):
            return stringify(value).strip()
        return "?"  # maps, bools: not ours to judge

    for key, value in list(doc.metadata.content.items()):
        if isinstance(value, pf.MetaList):
            unique = {text(item): item for item in reversed(value.content) if text(item)}
            items = list(reversed(unique.values()))  # first occurrence of each text, in order
            if not items:
                del doc.metadata[key]
            elif key in _SINGLE_VALUED or len(items) == 1:
                doc.metadata[key] = max(items, key=lambda item: len(text(item)))  # "#" vs a sentence
            else:
                value.content = items
        elif not text(value):
            del doc.metadata[key]


def typst_metadata_args(doc: pf.Doc) -> list[str]:
    """Template variables for PDF metadata that pandoc's typst writer does not fill in: the
    document's date (YYYY-MM-DD from the metadata pass) as a typst datetime, and the region
    its language names (typst-region: a traditional text's glyph forms and punctuation), and
    whether the headings are a samples page's (sample-headings: sample_headings.py)."""
    lang = doc.get_metadata("lang", default=None)
    args = ["-V", f"typst-region={typst_region(lang)}"] if isinstance(lang, str) and typst_region(lang) else []
    from .sample_headings import has_sample_headings  # (the PDF's only: `pandoc --filter` never asks)

    if has_sample_headings(doc):
        args += ["-V", "sample-headings=true"]  # the samples' headings' looks (sample_headings.py)
    if getattr(doc, "date_in_closing", False):
        args += ["-V", "date-in-closing=true"]  # the title block leaves the date to the closing block
    value = doc.get_metadata("date", default=None)
    match = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", value) if isinstance(value, str) else None
    if not match:
        return args
    import datetime  # here: only PDF asks, and `pandoc --filter` would pay 5 M instructions for it

    try:
        date = datetime.date(*(int(g) for g in match.groups()))
    except ValueError:  # "2023-02-30": leave the PDF's date to typst (the build time)
        return args
    return [*args, "-V", f"pdf-date=datetime(year: {date.year}, month: {date.month}, day: {date.day})"]


# A Chinese language tag's region for typst (its glyph forms: Noto CJK draws the Taiwan or Hong
# Kong forms for these; the template's default is cn). Only these fixed values reach the template.
_HANT_REGIONS = {"hk": "hk", "mo": "hk", "tw": "tw"}


def typst_region(lang: str) -> str | None:
    parts = lang.lower().replace("_", "-").split("-")
    if parts[0] != "zh":
        return None
    region = next((_HANT_REGIONS[p] for p in parts[1:] if p in _HANT_REGIONS), None)
    return region or ("tw" if "hant" in parts[1:] else None)


# Formats pandoc writes from the document exactly as the passes left it (adapt_for is a
