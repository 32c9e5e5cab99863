"""Masks pass: masked placeholders (`****`, `*.*`, `**区`) -> Span(.masked), reported.

Every masked character stays in the text; the span only marks it so each writer can
show it (DOCX character style "Masked", a CSS class, a typst highlight).
"""

from __future__ import annotations

import panflute as pf

from ..elements import inline_text
from ..patterns import ASTERISK_MASK
from ..state import get_state

MASK_CLASS = "masked"
DOCX_STYLE = "Masked"
CONTEXT_CHARS = 12

# Characters after (or before) a mask that tell what it stands for.
_NUMBER_UNITS = set("年月日号时分秒倍%％亿万千百十个人户家名次件项元米条栋亩位岁届期批座所辆吨台套天周")
_PLACE_SUFFIXES = set("区市县镇村街乡省州湖路园港湾山河岛")
_PERSON_WORDS = (
    "同志", "书记", "主任", "局长", "县长", "市长", "区长", "镇长", "村长", "部长", "老师", "先生", "女士", "说",
)


def prepare(doc: pf.Doc) -> None:
    get_state(doc)


def action(elem: pf.Element, doc: pf.Doc) -> None:
    return None


def finalize(doc: pf.Doc) -> None:
    state = get_state(doc)
    if not state.options.masks.enabled:
        return
    masks = state.report.masks
    masks.clear()
    title = doc.metadata.content.get("title")
    if isinstance(title, pf.MetaInlines):
        mark_masks_in(title, masks)
    for block in doc.content:
        mark_masks_in(block, masks)


def main(doc: pf.Doc | None = None) -> pf.Doc | None:
    return pf.run_filter(action, prepare=prepare, finalize=finalize, doc=doc)


def mark_masks_in(container: pf.Element, masks: list[dict[str, str]]) -> None:
    """Wrap each mask in every Str of `container` in a Span and report it with context.

    Runs over the whole container so idempotence is easy: masks already inside a
    masked span are reported again but not wrapped twice.
    """
    text = inline_text(container)
    offset = 0
    found: list[tuple[pf.Str, list[tuple[int, int]]]] = []

    def visit(elem: pf.Element, _doc: pf.Doc) -> None:
        nonlocal offset
        if isinstance(elem, pf.Str):
            spans = [(m.start(), m.end()) for m in ASTERISK_MASK.finditer(elem.text)]
            for start, end in spans:
                masks.append(describe_mask(text, offset + start, offset + end))
            if spans and not inside_mask(elem):
                found.append((elem, spans))
            offset += len(elem.text)
        elif isinstance(elem, (pf.Space, pf.SoftBreak, pf.LineBreak)):
            offset += 1
        elif isinstance(elem, (pf.Code, pf.Math, pf.RawInline)):
            offset += len(elem.text)

    container.walk(visit)
    # Right to left, so earlier positions in a shared inline list stay valid.
    for elem, spans in reversed(found):
        replace_with_spans(elem, spans)


def inside_mask(elem: pf.Element) -> bool:
    parent = elem.parent
    return isinstance(parent, pf.Span) and MASK_CLASS in parent.classes


def replace_with_spans(elem: pf.Str, spans: list[tuple[int, int]]) -> None:
    pieces: list[pf.Inline] = []
    cursor = 0
    for start, end in spans:
        if start > cursor:
            pieces.append(pf.Str(elem.text[cursor:start]))
        pieces.append(masked_span(elem.text[start:end]))
        cursor = end
    if cursor < len(elem.text):
        pieces.append(pf.Str(elem.text[cursor:]))
    parent_list = elem.container
    index = elem.index
    parent_list[index : index + 1] = pieces


def masked_span(text: str) -> pf.Span:
    return pf.Span(pf.Str(text), classes=[MASK_CLASS], attributes={"custom-style": DOCX_STYLE})


def describe_mask(text: str, start: int, end: int) -> dict[str, str]:
    return {
        "text": text[start:end],
        "kind": mask_kind(text[:start], text[end:]),
        "context": text[max(0, start - CONTEXT_CHARS) : end + CONTEXT_CHARS],
    }


def mask_kind(before: str, after: str) -> str:
    """Guess what a mask stands for from its neighbours."""
    following = after.lstrip()[:2]
    if following[:1] in _NUMBER_UNITS or following[:1].isdigit() or following.startswith("."):
        return "number"
    if following[:1] in _PLACE_SUFFIXES or following.startswith("社区"):
        return "place"
    if following.startswith(_PERSON_WORDS) or before.rstrip().endswith(("书记", "主任", "同志")):
        return "person"
    return "other"
