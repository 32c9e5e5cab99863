"""Figures pass: pictures become figures, caption lines become captions, each numbered once.

Chinese reports caption a table above it ("表1 2023年主要经济指标") and a picture below it
("图1 各季度增速"). A scraped page writes those as ordinary lines beside the table or
picture, or gives a picture only its alt text. This pass

1. turns a paragraph holding only a picture into a figure;
2. moves the caption line next to it into the caption: for a picture the line after it
   (else the line before it), for a table the line before it; failing that a picture's
   alt text becomes its caption;
3. numbers captions that have no number ("图N", "表N", counting on from the last number
   seen), and leaves numbered ones alone. The writers never add a number of their own
   (styles/reportfmt.typst shows a caption's text only), so no caption is numbered twice.

Every character of a caption line is kept: it moves into the caption, nothing is removed.
"""

from __future__ import annotations

import re

import panflute as pf

from ..state import get_state
from .elements import block_text, children_first, elements_of, no_action, run_pass
from .regex_cache import LazyPattern

FIGURE_NUMBER = re.compile(r"^\s*图\s*(\d+)")
TABLE_NUMBER = re.compile(r"^\s*(?:续)?表\s*(\d+)")
# A caption line is short and is not a sentence.
CAPTION_MAX_CHARS = 60
_SENTENCE_END = tuple("。！？；")
# Alt texts that say nothing about the picture: file names, a word that only says it is a
# picture ("图片", "示意", "插图", "image", "figure"), a link's words. The alt stays on the
# picture; only a caption is not made of it ("图3 示意" would read as a title).
_EMPTY_ALT = LazyPattern(
    r"^(?:[\w.-]+\.(?:png|jpe?g|gif|bmp|webp|svg)|图片|图像|照片|image|img|picture|photo|pic|\d+"
    r"|图|示意图?|图示|插图|配图|附图|截图|截屏|figure|fig\.?|screenshot|thumbnail|未命名"
    r"|点击.*|查看.*|.*(?:原图|大图)|缩略图|无标题|logo|banner|icon|二维码|广告)$", re.I)


def prepare(doc: pf.Doc) -> None:
    get_state(doc)


action = no_action  # all the work is in finalize: no walk over a 50,000-row table


def finalize(doc: pf.Doc) -> None:
    doc.content = attach_captions(list(doc.content))
    number_captions(doc)


def main(doc: pf.Doc | None = None) -> pf.Doc | None:
    return run_pass(action, prepare, finalize, doc)


def lone_image(block: pf.Element) -> pf.Image | None:
    """The picture of a paragraph that holds nothing else (a link around it is dropped)."""
    if not isinstance(block, (pf.Para, pf.Plain)):
        return None
    items = [i for i in block.content if not isinstance(i, (pf.Space, pf.SoftBreak, pf.LineBreak))]
    if len(items) == 1 and isinstance(items[0], pf.Link):
        items = [i for i in items[0].content if not isinstance(i, (pf.Space, pf.SoftBreak))]
    return items[0] if len(items) == 1 and isinstance(items[0], pf.Image) else None


def caption_line(block: pf.Element | None, number: re.Pattern[str]) -> bool:
    if not isinstance(block, (pf.Para, pf.Plain)):
        return False
    text = block_text(block)
    return bool(number.match(text)) and len(text) <= CAPTION_MAX_CHARS and not text.endswith(_SENTENCE_END)


def attach_captions(blocks: list[pf.Block]) -> list[pf.Block]:
    """One pass over a block list: figures made, caption lines moved into captions."""
    out: list[pf.Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        image = lone_image(block)
        if image is not None or isinstance(block, pf.Figure):
            figure = block if isinstance(block, pf.Figure) else _figure(image)
            if not _caption_text(figure):
                if caption_line(following, FIGURE_NUMBER):
                    _set_caption(figure, following)
                    index += 1
                elif out and caption_line(out[-1], FIGURE_NUMBER):
                    _set_caption(figure, out.pop())
                elif image is not None and _useful_alt(image):
                    figure.caption = pf.Caption(pf.Plain(*image.content))
            out.append(figure)
        elif isinstance(block, pf.Table):
            if not _caption_text(block) and out and caption_line(out[-1], TABLE_NUMBER):
                _set_caption(block, out.pop())
            out.append(block)
        elif isinstance(block, pf.Div):
            block.content = attach_captions(list(block.content))
            out.append(block)
        else:
            out.append(block)
        index += 1
    return out


def _figure(image: pf.Image) -> pf.Figure:
    return pf.Figure(pf.Plain(image))


def _caption_text(elem: pf.Figure | pf.Table) -> str:
    caption = elem.caption
    return pf.stringify(caption).strip() if caption is not None else ""


def _set_caption(elem: pf.Figure | pf.Table, line: pf.Block) -> None:
    elem.caption = pf.Caption(pf.Plain(*line.content))


def _useful_alt(image: pf.Image) -> bool:
    alt = pf.stringify(image).strip()
    return bool(alt) and not _EMPTY_ALT.match(alt)


def number_captions(doc: pf.Doc) -> None:
    """"图N"/"表N" in front of every caption that has no number of its own."""
    counters = {"图": 0, "表": 0}

    # walk's order (children first) without walk's rebuilding of every list it passes; a
    # figure and a table hold other elements, so the leaves need no visit.
    for elem in elements_of(doc, (pf.Figure, pf.Table), children_first=True):
        if isinstance(elem, pf.Figure):
            _number(elem, "图", FIGURE_NUMBER, counters)
        elif isinstance(elem, pf.Table):
            _number(elem, "表", TABLE_NUMBER, counters)


def _number(elem: pf.Figure | pf.Table, word: str, pattern: re.Pattern[str], counters: dict[str, int]) -> None:
    text = _caption_text(elem)
    if not text:
        return
    found = pattern.match(text)
    if found:
        counters[word] = int(found.group(1))
        return
    counters[word] += 1
    first = elem.caption.content[0] if elem.caption.content else None
    if isinstance(first, (pf.Plain, pf.Para)):
        first.content.insert(0, pf.Space())
        first.content.insert(0, pf.Str(f"{word}{counters[word]}"))


def list_pictures(doc: pf.Doc) -> list[dict]:
    """The kept pictures in reading order, each with its caption (for the manifest)."""
    pictures = getattr(doc, "pictures", None)
    if pictures is None or not pictures.kept:
        return []
    found: list[dict] = []
    seen: set[str] = set()

    for elem in children_first(doc):
        if isinstance(elem, pf.Image) and elem.url in pictures.kept and elem.url not in seen:
            seen.add(elem.url)
            figure = elem.parent
            while figure is not None and not isinstance(figure, pf.Figure):
                figure = figure.parent
            caption = _caption_text(figure) if figure is not None else ""
            record = pictures.kept[elem.url].record(pictures.folder)
            record["caption"] = caption or pf.stringify(elem).strip()
            found.append(record)
    return found
