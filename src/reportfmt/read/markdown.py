"""Markdown -> panflute Doc, with masks protected from pandoc's emphasis parsing first.

Markdown is a page saved as text (the seed: `**区…***亿元`, `**实验中学、**市`) or a document
written by hand. Code and footnotes (the elements that make a document hand-written, see
read/document_kind.py) are spotted in the text, before pandoc reads it: in a hand-written
document a pair of asterisks around a word is emphasis even beside Chinese (称为**所有者**的),
in a page it is a pair of masks. Lone asterisks are masks in both; a `*` list marker in neither.
"""

from __future__ import annotations

import re

import panflute as pf

from ..passes.patterns import CJK
from ..write.pandoc import read_with_pandoc

# Markdown emphasis in Chinese text: **重要** with no CJK letter or word character outside
# the delimiters. Anything else made of * or _ next to Chinese is a mask (**区, ***亿元).
_EMPHASIS = re.compile(r"(?<![*_\w])(\*{1,3}|_{1,3})(?=\S)([^*_\n]+?)(?<=\S)\1(?![*_\w])")
# In a hand-written document a pair is emphasis beside Chinese too (称为**所有者**的), not
# beside a Latin letter or digit (a*b*c, snake_case_name).
# Underscores inside asterisks are text (*~/projects/hello_world*), and the other way round.
_EMPHASIS_BESIDE_CHINESE = re.compile(
    r"(?<![*_A-Za-z0-9])(?:(\*{1,3})(?=\S)([^*\n]+?)(?<=\S)\1(?![*A-Za-z0-9])"
    r"|(_{1,3})(?=\S)([^_\n]+?)(?<=\S)\3(?![_A-Za-z0-9]))")
_CODE_SPAN = re.compile(r"(`+).+?\1")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
# What pandoc would read as code or a footnote: a fence, a `code span`, a [^note].
_AUTHORED_SYNTAX = re.compile(r"^\s{0,3}(?:```|~~~)|`[^`\n]+`|\[\^[^\]\s]+\]", re.M)
# Characters pandoc's markdown reader would treat as markup inside a mask.
_MARKUP = set("*_[]~^`\\<>#")
# A lone star between two Chinese characters (带*号的为必填项, 金额为*元, 附表*) is a legend, a
# mask or a note mark: Chinese prose puts no emphasis mark inside a word run. pandoc would pair
# it with the next star of the paragraph (…姓名*) and lose both.
_STAR_BETWEEN = re.compile(rf"(?<=[{CJK}])\*(?=[{CJK}])")


def looks_hand_written(text: str) -> bool:
    return bool(_AUTHORED_SYNTAX.search(text))


def protect_masks(text: str, *, hand_written: bool = False, bold_beside_chinese: bool = False) -> str:
    """Backslash-escape markup characters inside masks so pandoc's markdown reader keeps them.

    Masks are found line by line with the same detectors as the masks pass; code (fenced
    blocks, indented blocks, `spans`) and emphasis pairs (**重要**) are left as markdown;
    beside Chinese (**重要**工作) a pair is emphasis only in a `hand_written` document, or with
    `bold_beside_chinese` (a document the pipeline found written by hand: reread_as_written)
    when it holds a word and is no part of a longer mask, as a page's pair apart from Chinese.
    """
    from ..passes.masks.find import find_masks  # the detectors; imported here to keep reading light

    out = []
    in_fence = False
    for line in text.splitlines(keepends=True):
        if _FENCE.match(line):
            in_fence = not in_fence
            out.append(line)
            continue
        if in_fence or line.startswith(("    ", "\t")):
            out.append(line)
            continue
        keep = [False] * len(line)
        masks = find_masks(line.rstrip("\n"))
        spans = {(m.start, m.end) for m in masks}
        for m in _CODE_SPAN.finditer(line):
            keep[m.start() : m.end()] = [True] * (m.end() - m.start())
        code = keep[:]
        # In a hand-written document every emphasis-shaped pair is the author's markup.
        beside = hand_written or bold_beside_chinese
        for m in (_EMPHASIS_BESIDE_CHINESE if beside else _EMPHASIS).finditer(line):
            if hand_written or _is_emphasis_in_a_page(line, m, spans, beside_chinese=bold_beside_chinese):
                keep[m.start() : m.end()] = [True] * (m.end() - m.start())
        chars = list(line)
        for mask in masks:
            if any(keep[mask.start : mask.end]):
                continue
            for i in range(mask.start, mask.end):
                if chars[i] in _MARKUP and not (i and line[i - 1] == "\\"):
                    chars[i] = "\\" + chars[i]
        for star in _STAR_BETWEEN.finditer(line):
            if not code[star.start()]:
                chars[star.start()] = "\\*"
        out.append("".join(chars))
    return "".join(out)


def _is_emphasis_in_a_page(line: str, m: re.Match, spans: set[tuple[int, int]], *,
                           beside_chinese: bool = False) -> bool:
    """In a page, a pair is emphasis only apart from Chinese (or beside it too, with
    `beside_chinese`), around a word, and not part of a longer mask: **重要**工作, *+* of
    “*+*+*”, *倍，“* of *.*倍，“* are masks."""
    from ..passes.masks.written import masks_not_emphasis  # with the detectors: read lazily

    size = len(m.group(1) or m.group(3))
    delimiters = [(m.start(), m.start() + size), (m.end() - size, m.end())]
    inside_longer_mask = any(s < de and ds < e and (s, e) != (ds, de) for s, e in spans for ds, de in delimiters)
    inner = m.group(2) if m.group(2) is not None else m.group(4)
    return (not inside_longer_mask and (beside_chinese or _outside_is_not_chinese(line, m.start(), m.end()))
            and bool(re.search(r"\w", inner)) and not masks_not_emphasis(inner, line[m.end():], line[:m.start()]))


def _outside_is_not_chinese(line: str, start: int, end: int) -> bool:
    """**重要**工作 is a mask pair (**, **) touching Chinese; **重要**。 is emphasis."""
    from ..passes.masks.find import is_ideograph

    left = line[start - 1] if start else ""
    right = line[end] if end < len(line) else ""
    return not is_ideograph(left) and not is_ideograph(right)


def read_markdown(text: str) -> pf.Doc:
    hand_written = looks_hand_written(text)
    protected = protect_masks(text, hand_written=hand_written)
    doc = read_with_pandoc(protected, "markdown")
    html_tables_read(doc, text)
    # Hand-written for certain; otherwise the elements pandoc made decide (document_kind).
    doc.scraped = False if hand_written else None
    # Otherwise the pipeline asks whether the passes find a site's chrome in it (has_site_chrome).
    doc.markdown = True
    if not hand_written:
        as_written = protect_masks(text, bold_beside_chinese=True)
        if as_written != protected:
            # Pairs beside Chinese (采茶讲究**一芽一叶**，) were read as a page's masks; when the
            # pipeline finds the document written by hand after all (no site's chrome in it),
            # it reads them as the author's bold (reread_as_written).
            doc.as_written = as_written
    return doc


# A table written in HTML inside markdown: from its <table> opening a line to its </table>.
_HTML_TABLE = re.compile(r"^[ ]{0,3}<table\b.*?</table\s*>", re.I | re.M | re.S)
_TABLE_OPEN = re.compile(r"^\s*<table\b", re.I)
_TABLE_CLOSE = re.compile(r"</table\s*>\s*$", re.I)


def html_tables_read(doc: pf.Doc, text: str) -> int:
    """Each table the markdown writes in HTML becomes the table pandoc's HTML reader makes of it.

    pandoc's markdown reader keeps such a table as raw HTML tags with its cells' text between
    them as paragraphs: the DOCX and plain writers drop the tags (a grid becomes a column of
    loose words), and to the passes a cell's number alone on its line ("12") is a page's count.
    The tables are matched in order, the source's with the reading's runs of blocks from a
    <table> tag to its </table>; when the counts differ (a table in a code fence, a nested one),
    nothing changes. Returns how many tables were read."""
    sources = [m.group() for m in _HTML_TABLE.finditer(text) if not _in_code_fence(text, m.start())]
    runs: list[tuple[int, int]] = []
    start = None
    for index, block in enumerate(doc.content):
        if not (isinstance(block, pf.RawBlock) and block.format == "html"):
            continue
        if start is None and _TABLE_OPEN.match(block.text):
            start = index
        if start is not None and _TABLE_CLOSE.search(block.text):
            runs.append((start, index))
            start = None
    if not sources or len(sources) != len(runs):
        return 0
    read = 0
    for (first, last), source in reversed(list(zip(runs, sources, strict=True))):
        tables = [b for b in read_with_pandoc(source, "html").content if not isinstance(b, pf.Null)]
        if len(tables) == 1 and isinstance(tables[0], pf.Table):
            doc.content[first:last + 1] = tables
            read += 1
    return read


def _in_code_fence(text: str, position: int) -> bool:
    fences = sum(1 for line in text[:position].splitlines() if _FENCE.match(line))
    return fences % 2 == 1


def reread_as_written(doc: pf.Doc) -> bool:
    """Give `doc` (read as a page by read_markdown) the blocks and metadata of the reading of a
    document written by hand, where every pair of stars is the author's emphasis. The pictures
    the first reading placed (mdpictures) keep their places: taken over image by image. False,
    and `doc` unchanged, when there is no other reading or its pictures do not line up."""
    text = getattr(doc, "as_written", None)
    if text is None:
        return False
    del doc.as_written
    written = read_with_pandoc(text, "markdown")
    html_tables_read(written, text)
    from ..passes.elements import iter_elements

    images = [e for e in iter_elements(doc) if isinstance(e, pf.Image)]
    new_images = [e for e in iter_elements(written) if isinstance(e, pf.Image)]
    if len(images) != len(new_images):
        return False
    for old, new in zip(images, new_images, strict=True):
        new.url, new.classes, new.attributes = old.url, list(old.classes), dict(old.attributes)
    doc.content = list(written.content)
    doc.metadata = written.metadata
    return True


def stars_between_chinese_kept(doc: pf.Doc) -> int:
    """Under `pandoc --filter`, pandoc's markdown reader has already read 带*号…姓名* as
    emphasis: give back the two stars where one of them stood between two Chinese
    characters, as protect_masks keeps them when reportfmt reads the file itself; and the
    four of a pair of masks it read as bold (_mask_pair).

    Such emphasis can only come from `*`: an underscore between two letters never opens nor
    closes. Only for pandoc's markdown readers (a Word document's italic word beside Chinese
    is the author's). Returns how many emphases became text."""
    from ..passes.elements import iter_elements
    from ..passes.masks.find import is_ideograph

    undone = 0
    # Parents before children (iter_elements): an emphasis inside one undone is seen after.
    for elem in iter_elements(doc):
        inlines = getattr(elem, "content", None)
        if not isinstance(inlines, pf.ListContainer) or not any(isinstance(e, (pf.Emph, pf.Strong))
                                                                for e in inlines):
            continue
        index = len(inlines) - 1
        while index >= 0:  # from the end: the indices before stay right
            emph = inlines[index]
            if isinstance(emph, pf.Emph) and _star_between(inlines, index, is_ideograph):
                inlines[index : index + 1] = [pf.Str("*"), *emph.content, pf.Str("*")]
                undone += 1
            elif isinstance(emph, pf.Strong) and _mask_pair(inlines, index, is_ideograph):
                inlines[index : index + 1] = [pf.Str("**"), *emph.content, pf.Str("**")]
                undone += 1
            index -= 1
        _join_strs(inlines)
    return undone


def _mask_pair(inlines: pf.ListContainer, index: int, is_ideograph) -> bool:
    """走访了**个村，看到了**%: a "bold" run opened right after a Chinese character whose
    words say it is two masks (masks_not_emphasis: it starts with a unit, a place suffix…),
    as protect_masks and the masks pass judge the same pair when reportfmt reads the file."""
    from ..passes.masks.written import masks_not_emphasis

    before = inlines[index - 1] if index else None
    if not (isinstance(before, pf.Str) and is_ideograph(before.text[-1:])):
        return False
    strong = inlines[index]
    if any(not isinstance(e, (pf.Str, pf.Space)) for e in strong.content):
        return False
    after = inlines[index + 1] if index + 1 < len(inlines) else None
    return masks_not_emphasis(pf.stringify(strong), after.text if isinstance(after, pf.Str) else "", before.text)


def _star_between(inlines: pf.ListContainer, index: int, is_ideograph) -> bool:
    emph = inlines[index]
    if not emph.content:
        return False
    first, last = emph.content[0], emph.content[-1]
    before = inlines[index - 1] if index else None
    after = inlines[index + 1] if index + 1 < len(inlines) else None
    opening = (isinstance(before, pf.Str) and isinstance(first, pf.Str)
               and is_ideograph(before.text[-1:]) and is_ideograph(first.text[:1]))
    closing = (isinstance(after, pf.Str) and isinstance(last, pf.Str)
               and is_ideograph(last.text[-1:]) and is_ideograph(after.text[:1]))
    return opening or closing


def _join_strs(inlines: pf.ListContainer) -> None:
    """Neighbouring Str elements as one, as pandoc reads a run of text (the masks pass reads Strs)."""
    i = 0
    while i + 1 < len(inlines):
        if isinstance(inlines[i], pf.Str) and isinstance(inlines[i + 1], pf.Str):
            inlines[i] = pf.Str(inlines[i].text + inlines[i + 1].text)
            del inlines[i + 1]
        else:
            i += 1
