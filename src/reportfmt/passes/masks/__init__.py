"""Masks pass: masked placeholders (`****`, `××年度`, `□□镇`, `〔〕`) -> Span(.masked), reported.

Every masked character stays in the text; the span only marks it so each writer can show
it (a DOCX character style, a CSS class, a typst highlight). With `masks.glyph` set, each
masked character is shown as that glyph and the original is kept in the span's `mask`
attribute. Detection lives in find.py beside it; this pass maps its matches onto the AST.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import panflute as pf

from ...options import MasksOptions
from ...state import get_state
from ..elements import children_first, elements_of, inline_text, iter_elements, no_action, run_pass, stringify
from .find import FILLABLE, STYLED, could_hold_mask, find_masks, kind_of

MASK_CLASS = "masked"
FILLED_CLASS = "filled"
DOCX_STYLE = "Masked"
FILLED_DOCX_STYLE = "Filled"
# DOCX character style per masks.style; "plain" marks the span but gives it no look.
DOCX_STYLES = {"highlight": "Masked", "box": "Masked Box", "underline": "Masked Underline"}
CONTEXT_CHARS = 12

# Inline containers whose text is searched for masks, one paragraph-like unit at a time.
_CONTAINERS = (pf.Para, pf.Plain, pf.Header, pf.LineItem, pf.MetaInlines)


# Characters of text kept on each side of a mask: context (12) and fill-in snippets use them.
NEIGHBOURHOOD = 200


@dataclass
class Site:
    """One mask in a container: its span (None for a gap), its text and neighbours."""

    span: pf.Span | None
    text: str
    detector: str
    kind: str
    before: str
    after: str

    def record(self) -> dict[str, str]:
        return {
            "text": self.text,
            "kind": self.kind,
            "detector": self.detector,
            "context": self.before[-CONTEXT_CHARS:] + self.text + self.after[:CONTEXT_CHARS],
        }


def prepare(doc: pf.Doc) -> None:
    get_state(doc)


action = no_action  # all the work is in prepare/finalize: no walk (elements.run_pass)


def finalize(doc: pf.Doc) -> None:
    state = get_state(doc)
    if not state.options.masks.enabled:
        return
    masks = state.report.masks
    masks.clear()
    masks.extend(site.record() for site in mark_masks(doc, state.options.masks, authored=state.authored,
                                                      fields=moved_fields(state.report.removed,
                                                                         state.report.gongwen)))


def main(doc: pf.Doc | None = None) -> pf.Doc | None:
    return run_pass(action, prepare, finalize, doc)


def mark_masks(doc: pf.Doc, options: MasksOptions, *, authored: bool = False,
               fields: tuple[str, ...] = ()) -> list[Site]:
    """Wrap every new mask in a span; return every mask (old and new) in document order.

    In a document written by hand (`authored`), the author's markup is no mask and masks
    are template blanks (written.py). `fields`: metadata fields whose lines left the body
    (moved_fields), searched after the title as the body's lines were."""
    sites: list[Site] = []
    previous = None
    # A hand-written document's legend lines ("注：*为选修课") make their star a mark (written.py).
    # (written.py is imported for such a document only: a scraped page never needs it)
    legend = _written().legend_stars(inline_text(c) for c in iter_containers(doc, fields)) if authored else frozenset()
    for container in iter_containers(doc, fields):
        blank = not authored and blank_under_label(container, previous)
        sites.extend(mark_masks_in(container, options, authored=authored, blank_line=blank, legend=legend))
        previous = container
    return sites


# A line made only of underscores is a separator (find._is_rule_line) unless it stands under a
# field's label: "1.设备名称、型号" or "其他约定：" over "__________" is the label's blank to fill
# in, as a form or a contract prints it; so is a second such line under the first, and a line of
# several blanks parted by spaces ("家长意见：" over "________  ________", a form's row whose
# labels were a picture).
_UNDERSCORE_LINE = re.compile(r"[_＿]{3,}")
_FIELD_LABEL = re.compile(
    r"[:：]$"  # a label ending in its colon
    r"|^(?:\d{1,2}[.．、]|[(（]\d{1,2}[)）])[^。！？!?；;]{1,30}$")  # a short numbered item, no sentence


def blank_under_label(container: pf.Element, previous: pf.Element | None) -> bool:
    """Whether `container` is a line of underscores under a field's label (_FIELD_LABEL)."""
    if previous is None or isinstance(container, pf.MetaInlines) or isinstance(previous, pf.MetaInlines):
        return False
    items = container.content.list  # read only; a line of underscores is Strs parted by spaces
    if not items or not all(isinstance(item, pf.Space)  # WideSpace too: "____  ____"
                            or (type(item) is pf.Str and _UNDERSCORE_LINE.fullmatch(item.text)) for item in items):
        return False
    label = inline_text(previous).strip()
    return bool(_FIELD_LABEL.search(label) or _underscores_only(label))


def _underscores_only(text: str) -> bool:
    """A line of blanks alone: runs of underscores parted by spaces."""
    runs = text.split()
    return bool(runs) and all(_UNDERSCORE_LINE.fullmatch(run) for run in runs)


def moved_fields(removed: list[dict], parts: list[dict] = ()) -> tuple[str, ...]:
    """The 公文 fields whose lines the `gongwen` layout took out of the body (rule
    gongwen.<field>): their text lives on in the metadata only (附注 "联系人：张**", 主送…).

    A line is recorded once, under its first field; the other fields read from that same
    line (`parts`: the manifest's gongwen list) moved with it: the 印发日期 of the
    "…印发" line, a 成文日期 on the 署名's line. A field whose value lies inside a moved
    field's value (the issuer inside its 红头 "××局文件") is printed from that one."""
    moved = [r for r in removed if r["rule"].startswith("gongwen.")]
    names = dict.fromkeys(r["rule"].partition(".")[2] for r in moved)
    lines = {r["text"] for r in moved}
    for part in parts:
        name, line = part.get("field", ""), part.get("text")
        value = part.get("value") or part.get("placeholder")  # a blank "签发人：×××" is printed too
        if isinstance(value, dict):  # a site's information box: no line of its own
            continue
        items = [str(v) for v in (value if isinstance(value, list) else [value]) if v]
        if name in names or line not in lines or not items:
            continue
        same_line = [str(p.get("value", "")) for p in parts if p.get("text") == line and p.get("field") in names]
        if not all(any(item in other for other in same_line) for item in items):
            names[name] = None
    return tuple(n for n in names if n not in ("title", "subtitle"))


def iter_containers(doc: pf.Doc, fields: tuple[str, ...] = ()) -> Iterator[pf.Element]:
    """The title and its subtitle, then the `fields` named (each item of a list field), then
    every paragraph-like inline container of the body, in reading order (a dashed subtitle
    line moved to the metadata keeps its masks marked)."""
    for key in ("title", "subtitle", *fields):
        field = doc.metadata.content.get(key)
        if isinstance(field, pf.MetaInlines):
            yield field
        elif isinstance(field, pf.MetaList):
            yield from (item for item in field.content if isinstance(item, pf.MetaInlines))
    found: list[pf.Element] = []
    for block in doc.content:  # in children_first's order, without visiting the words
        found.extend(elements_of(block, _CONTAINERS, children_first=True))
    yield from found


def _written():
    """written.py, the masks of a document written by hand: imported when one is met."""
    from . import written

    return written


def mark_masks_in(container: pf.Element, options: MasksOptions, *, authored: bool = False,
                  blank_line: bool = False, legend: frozenset[str] = frozenset()) -> list[Site]:
    """Find masks in one container's text and wrap each in a Span.

    Spans already marked (masked or filled) are atomic: their masks are reported again but
    never wrapped twice, which keeps the pass idempotent. `blank_line`: the container is a
    field's blank line (blank_under_label), read as a table cell is (no separator line).
    """
    if not may_hold_masks(container, options.detect):
        return []
    merge_adjacent_strs(container)
    text, pieces = flatten(container)
    sites: list[tuple[int, Site, tuple | None]] = []
    for start, end, elem in pieces:
        if isinstance(elem, pf.Span) and MASK_CLASS in elem.classes:
            original = text[start:end]
            detector = elem.attributes.get("mask-detector", "asterisk")
            if authored and detector in FILLABLE:
                kind = _written().TEMPLATE_KIND
            else:
                kind = kind_of(detector, text, start, end)
            site = Site(elem, original, detector, kind, *neighbours(text, start, end))
            sites.append((start, site, None))
    occupied = [(s, e) for s, e, elem in pieces if isinstance(elem, pf.Span)]
    found = find_masks(text, options.detect, cell=blank_line or in_table_cell(container))
    if authored:
        found = _written().authors_masks(found, text, lambda start, end: _owning_str(pieces, start, end), legend)
    for mask in found:
        if any(s < mask.end and mask.start < e for s, e in occupied) or (
                mask.start == mask.end and any(s < mask.start < e for s, e in occupied)):
            continue
        site = Site(None, mask.text(text), mask.detector, mask.kind, *neighbours(text, mask.start, mask.end))
        target = None
        if mask.detector in STYLED:
            target = _owning_str(pieces, mask.start, mask.end)
            if target is None:
                continue  # spans several elements (e.g. crosses a link): not a mask we can mark
        sites.append((mask.start, site, target))
    sites.sort(key=lambda item: item[0])
    by_str: dict[int, tuple[pf.Str, list[tuple[int, Site]]]] = {}
    for _start, site, target in sites:
        if target is not None:
            str_elem, local = target
            by_str.setdefault(id(str_elem), (str_elem, []))[1].append((local, site))
    # Right to left: panflute's stored index of a later Str goes stale when an earlier one splits.
    for str_elem, found in reversed(by_str.values()):
        wrap(str_elem, found, options)
    return [site for _start, site, _target in sites]


def in_table_cell(elem: pf.Element) -> bool:
    parent = elem.parent
    while parent is not None and not isinstance(parent, pf.Doc):
        if isinstance(parent, pf.TableCell):
            return True
        parent = parent.parent
    return False


def may_hold_masks(container: pf.Element, detectors) -> bool:
    """False when the container holds no span (a marked mask is one) and its text none of the
    characters the enabled detectors need: most paragraphs, nearly every table cell. Decided
    without rebuilding anything, which for a 50,000-row table is most of this pass's time."""
    items = container.content.list  # read only (see elements.content_items)
    if all(type(item) is pf.Str for item in items):
        # Nearly every table cell and many lines: words alone, so no span, and the text is
        # theirs joined (what inline_text gives, without walking).
        return could_hold_mask("".join([item.text for item in items]), detectors)
    if any(isinstance(elem, pf.Span) for elem in iter_elements(container)):
        return True
    return could_hold_mask(inline_text(container), detectors)


def neighbours(text: str, start: int, end: int) -> tuple[str, str]:
    """The text before and after a mask, as far as context and fill-in snippets look.

    Bounded: a 3 MB line with 400,000 masks would otherwise copy the line for every mask.
    """
    return text[max(0, start - NEIGHBOURHOOD) : start], text[end : end + NEIGHBOURHOOD]


def merge_adjacent_strs(container: pf.Element) -> None:
    """Join neighbouring Str elements so a mask split by a reader sits in one Str."""

    def visit(elem: pf.Element, _doc: pf.Doc) -> None:
        content = getattr(elem, "content", None)
        if not isinstance(content, pf.ListContainer) or not content.list or not isinstance(content.list[0], pf.Inline):
            return
        items = content.list  # read only: the ListContainer's own indexing re-attaches each item
        merged: list[pf.Inline] = []
        changed = False
        for item in items:
            if isinstance(item, pf.Str) and merged and isinstance(merged[-1], pf.Str):
                merged[-1] = pf.Str(merged[-1].text + item.text)
                changed = True
            else:
                merged.append(item)
        if changed:
            elem.content = merged

    for elem in children_first(container):
        visit(elem, None)


def flatten(container: pf.Element) -> tuple[str, list[tuple[int, int, pf.Element]]]:
    """The container's text and where each Str (or marked Span) sits in it."""
    parts: list[str] = []
    pieces: list[tuple[int, int, pf.Element]] = []
    offset = 0

    def add(text: str, elem: pf.Element | None) -> None:
        nonlocal offset
        parts.append(text)
        if elem is not None:
            pieces.append((offset, offset + len(text), elem))
        offset += len(text)

    def visit(elem: pf.Element) -> None:
        if isinstance(elem, pf.Span) and MASK_CLASS in elem.classes:
            add(elem.attributes.get("mask") or stringify(elem), elem)  # the original, not the glyphs
        elif isinstance(elem, pf.Span) and FILLED_CLASS in elem.classes:
            add(stringify(elem), elem)
        elif isinstance(elem, pf.Str):
            add(elem.text, elem)
        elif isinstance(elem, (pf.Space, pf.SoftBreak)):
            add(" ", None)
        elif isinstance(elem, pf.LineBreak):
            add("\n", None)
        elif isinstance(elem, (pf.Code, pf.Math, pf.RawInline)):
            add(elem.text, None)  # counted for context, never searched into
        elif isinstance(elem, pf.Note):
            return  # a footnote is its own container
        else:
            for child in getattr(elem, "content", []) or []:
                visit(child)

    for child in container.content:
        visit(child)
    return "".join(parts), pieces


def _owning_str(pieces, start: int, end: int):
    for s, e, elem in pieces:
        if isinstance(elem, pf.Str) and s <= start and end <= e:
            return elem, start - s
    return None


def wrap(elem: pf.Str, found: list[tuple[int, Site]], options: MasksOptions) -> None:
    """Replace `elem` by its text with each site's characters in a masked span (set on the site)."""
    text = elem.text
    pieces: list[pf.Inline] = []
    cursor = 0
    for local, site in sorted(found, key=lambda item: item[0]):
        if local > cursor:
            pieces.append(pf.Str(text[cursor:local]))
        site.span = masked_span(site.text, options, site.detector)
        pieces.append(site.span)
        cursor = local + len(site.text)
    if cursor < len(text):
        pieces.append(pf.Str(text[cursor:]))
    parent_list = elem.container
    index = elem.index
    parent_list[index : index + 1] = pieces


def masked_span(text: str, options: MasksOptions | None = None, detector: str = "asterisk") -> pf.Span:
    options = options or MasksOptions()
    attributes = {}
    style = DOCX_STYLES.get(options.style)
    if style:
        attributes["custom-style"] = style
    shown = text
    if options.glyph:
        shown = options.glyph * len(text)
        attributes["mask"] = text
    if detector != "asterisk":
        attributes["mask-detector"] = detector
    return pf.Span(pf.Str(shown), classes=[MASK_CLASS], attributes=attributes)
