"""Headings pass: Chinese numbered lines -> Header elements with relative levels; sections.

The decisions (which line is a heading, at what level) are made in rules.py on the
text of the top-level blocks; this pass restores lost heading lines (blocks.py), then
applies the decisions: Header elements, run-in heading spans, bold article labels.
"""

from __future__ import annotations

from dataclasses import replace

import panflute as pf

from ...state import get_state
from ..elements import block_text, is_text_block, no_action, run_pass
from ..inline_split import split_inlines, strip_inlines
from .blocks import join_wrapped_headings, split_flattened, split_glued_title
from .captions import credits_pictures, is_picture
from .glosses import glosses_page, unglossed, written_decision
from .measure import squeeze
from .midline import split_midline_headings
from .nesting import CHILD_PREFIX
from .rules import Decision, decide
from .sample_rests import part_sample_rests, undo_lost_markers
from .samples import SAMPLE_CLASS, announced_by_removed
from .signed_samples import split_signed_names

# DOCX character styles (styles/reference.docx) and the HTML/EPUB classes for the same marks.
ARTICLE_STYLE, ARTICLE_CLASS = "Article Label", "article-label"
RUNIN_STYLE, RUNIN_CLASS = "Run-in Heading", "runin"


def prepare(doc: pf.Doc) -> None:
    state = get_state(doc)
    if not state.options.headings.enabled:
        return
    options = state.options.headings
    split_glued_title(doc, state.report.title or _meta_title(doc))
    split_flattened(doc)
    split_midline_headings(doc)
    announced = announced_by_removed(state.report.removed)
    split_signed_names(doc, squeeze(title) if (title := state.report.title or _meta_title(doc)) else None, announced)
    joins = join_wrapped_headings(doc)
    # A picture credit ("(文/图 张三)") the boilerplate pass removed still says the page had
    # pictures, so the short lines between its paragraphs may be their captions.
    removed_texts = [record["text"] for record in state.report.removed]
    decisions = decide_blocks(doc, state.report.title or _meta_title(doc), options, removed_texts, announced)
    # A wrapped-heading join stands only if the joined line became a heading; otherwise the
    # two lines go back as they were (a later run would see a different paragraph).
    undone = False
    for join in reversed(joins):
        index = next(i for i, b in enumerate(doc.content) if b is join.first)
        decision = decisions.get(index)
        if not (decision and decision.kind == "heading"):
            join.undo(doc.content)
            undone = True
    if undone:
        decisions = decide_blocks(doc, state.report.title or _meta_title(doc), options, removed_texts, announced)
    # "…方案1一、活动目的": the rest after a glued sample marker is decided again on its own line.
    if parted := part_sample_rests(doc.content, decisions):
        decisions = decide_blocks(doc, state.report.title or _meta_title(doc), options, removed_texts, announced)
        if undo_lost_markers(doc.content, decisions, parted):
            decisions = decide_blocks(doc, state.report.title or _meta_title(doc), options, removed_texts,
                                      announced)
    if parts := gongwen_part_lines(state):
        decisions = {i: d for i, d in decisions.items()
                     if not (d.kind == "heading" and id(doc.content[i]) in parts)}
    relevel_page_headings(doc.content, decisions)
    level_within_samples(doc.content, decisions)
    blocks: list[pf.Element] = []
    absorbed = -1
    for index, block in enumerate(doc.content):
        if index == absorbed:
            continue
        decision = decisions.get(index)
        fresh = decision and not isinstance(block, pf.Header)
        if fresh and decision.joins_next:
            # "篇一：" + "家具店规章制度": the sample's heading is its marker and its name.
            absorbed = index + 1
            block.content.extend([pf.Space(), *doc.content[absorbed].content])
        blocks.extend(apply_decision(block, decision) if fresh else [block])
    doc.content = blocks


def gongwen_part_lines(state) -> frozenset[int]:
    """The lines (block ids) of a recognised 公文's parts but its title: its 发文字号, 署名, 成文日期,
    版记… are no headings, however short and alone they stand (a notice's "某发〔2026〕3号" and the
    "某某县人民政府" / "2026年3月1日" under its text came out as headings in the report layout)."""
    if state.gongwen is None:
        return frozenset()
    return frozenset(id(part.block) for part in state.gongwen.parts
                     if part.block is not None and part.field != "title")


# Families whose level is not their numbering's rank.
_UNRANKED = ("unnumbered", "sample", "standalone", "attachment")


def _unranked(family: str) -> bool:
    # (bare headings nested under a bare parent, nesting.py, are bare headings still)
    return family in _UNRANKED or family.startswith(CHILD_PREFIX)


def relevel_page_headings(blocks: list[pf.Block], decisions: dict[int, Decision]) -> None:
    """The page's own numbered headings (<h2>一、…</h2>) and the lines numbered under them that
    become headings ("（一）" in a paragraph) on one scale: otherwise both stand at level 2 (in
    DOCX both 楷体). When every heading of the page is numbered and all stand the same number
    of levels below their numbers' levels, they take their numbers' levels; when the page's
    other headings (its title in an <h1>) all stand above the numbered ones, the new headings
    go that many levels down instead. Anything else keeps the levels as they are. The first
    holds with no new heading too: a page whose <h1> title went to the metadata keeps only
    <h2>一、…</h2>, which would else all be level 2 (in DOCX 楷体, the look of "（一）")."""
    existing = [(i, b) for i, b in enumerate(blocks) if isinstance(b, pf.Header)]
    fresh = [i for i, d in decisions.items() if d.kind == "heading" and not isinstance(blocks[i], pf.Header)]
    if not existing:
        return
    numbered = [(i, b) for i, b in existing if (d := decisions.get(i)) is not None and d.kind == "heading"
                and not _unranked(d.family) and d.level >= 1]
    offsets = {b.level - decisions[i].level for i, b in numbered}
    if len(offsets) != 1 or offsets == {0}:
        return
    if len(numbered) == len(existing):
        for index, header in numbered:
            header.level = decisions[index].level
        return
    if not fresh:
        return
    (offset,) = offsets
    first = numbered[0][0]
    lowest = min(b.level for _, b in numbered)
    others = [(i, b) for i, b in existing if (i, b) not in numbered]
    if offset > 0 and all(i < first and b.level < lowest for i, b in others):
        for index in fresh:
            if index > first and not _unranked(decisions[index].family):
                decisions[index] = replace(decisions[index], level=decisions[index].level + offset)


def level_within_samples(blocks: list[pf.Block], decisions: dict[int, Decision]) -> None:
    """Each sample of a page (篇1 / 篇2 …) is a document of its own: its shallowest heading sits one
    level under its marker and no level is skipped. The levels come from one page-wide ranking of
    the numbering families, so a sample numbering only "（一）" (where another has "一、" over it)
    came out two levels under its marker, and a sample's "一、" sank under a "壹、" of another sample.
    A sample's span runs from its marker to the next heading at the marker's level or above; a span
    holding a heading of the page's own markup keeps its levels (those are the site's)."""
    def level_of(index: int) -> int:
        if isinstance(blocks[index], pf.Header):
            return blocks[index].level
        decision = decisions.get(index)
        return decision.level if decision and decision.kind in ("heading", "split", "runin", "article") else 0

    markers = [i for i, d in decisions.items() if d.family == "sample" and level_of(i)]
    if not markers:
        return  # (most pages: no walk over the blocks)
    heads = sorted(i for i in range(len(blocks)) if level_of(i))
    for marker in markers:
        top = level_of(marker)
        span = []
        for index in heads:
            if index <= marker:
                continue
            if level_of(index) <= top:
                break
            span.append(index)
        if not span or any(isinstance(blocks[i], pf.Header) for i in span):
            continue
        distinct = sorted({level_of(i) for i in span})
        for index in span:
            decisions[index] = replace(decisions[index], level=top + 1 + distinct.index(decisions[index].level))


def decide_blocks(doc: pf.Doc, title: str | None, options,
                  removed_texts: list[str] | None = None, announced: bool = False) -> dict[int, Decision]:
    """Decisions by block index. Existing headings take part in the sequence checks (they are
    the parents and siblings of the lines around them) but are never re-decided: a second run
    sees the same structure as the first and changes nothing."""
    texts = [block_text(b) if is_text_block(b) or isinstance(b, pf.Header) else None for b in doc.content]
    pictures = frozenset(i for i, b in enumerate(doc.content) if is_picture(b))
    # A page that glosses its characters in pinyin is read without the glosses (glosses.py).
    moved = {}
    if glosses_page(texts):
        texts, moved = unglossed(texts)
    decisions = decide(texts, title=title, articles=options.articles, split_runin=options.split_runin,
                       pictures=pictures, credited=credits_pictures(removed_texts or []),
                       announced_elsewhere=announced)
    return {i: written_decision(d, *moved[i]) if i in moved else d for i, d in decisions.items()}


# All work is on the sequence of top-level blocks (prepare); nothing per element, no walk.
action = no_action


def finalize(doc: pf.Doc) -> None:
    """Give every section an id and list all headings (new and pre-existing) in the report."""
    taken = {b.identifier for b in doc.content if isinstance(b, pf.Header) and b.identifier}
    for block in doc.content:
        if isinstance(block, pf.Header) and not block.identifier:
            block.identifier = next_free_id(taken)
    get_state(doc).report.headings = list_headings(doc)


def list_headings(doc: pf.Doc) -> list[dict]:
    """Every section heading of the document, in order, as the manifest lists them."""
    return [
        {"level": b.level, "text": block_text(b), "id": b.identifier}
        for b in doc.content
        if isinstance(b, pf.Header)
    ]


def main(doc: pf.Doc | None = None) -> pf.Doc | None:
    return run_pass(action, prepare, finalize, doc)


def apply_decision(block: pf.Element, decision: Decision) -> list[pf.Element]:
    inlines = list(block.content)
    classes = [SAMPLE_CLASS] if decision.family == "sample" else []  # batch/samples.py splits there
    if decision.kind == "heading":
        if decision.strip:  # "## 一、…": the markdown marks are no words of the heading
            inlines = split_inlines(inlines, decision.strip)[1]
        return [make_header(inlines, decision.level, classes)]
    if decision.kind == "article":
        return mark_article(block, decision)
    if decision.kind == "runin":
        return split_runin_heading(block, decision)
    if decision.kind == "split":
        # The page lost the line break between a heading and its body: put it back.
        head, body = split_inlines(inlines, decision.cut)
        body = strip_inlines(body)
        return [make_header(head, decision.level, classes), *([type(block)(*body)] if body else [])]
    return [block]


def make_header(inlines: list[pf.Inline], level: int, classes: list[str] | None = None) -> pf.Header:
    # "unnumbered": the text already carries its Chinese number; pandoc must not add one.
    return pf.Header(*strip_inlines(inlines), level=level, classes=["unnumbered", *(classes or [])])


def mark_article(block: pf.Element, decision: Decision) -> list[pf.Element]:
    """"第十条 …": the label in a bold character style, or (option) a heading of its own."""
    first = block.content[0] if block.content else None
    if isinstance(first, pf.Span) and ARTICLE_CLASS in first.classes:
        return [block]  # marked by an earlier run
    label, body = split_inlines(list(block.content), decision.cut)
    if decision.level:  # headings.articles: the label is the heading, the text its body
        body = strip_inlines(body)
        return [make_header(label, decision.level), *([type(block)(*body)] if body else [])]
    span = pf.Span(*label, classes=[ARTICLE_CLASS], attributes={"custom-style": ARTICLE_STYLE})
    block.content = [span, *body]
    return [block]


def split_runin_heading(block: pf.Element, decision: Decision) -> list[pf.Element]:
    """"（一）加强组织建设。正文…": the heading part marked, or (option) split off."""
    first = block.content[0] if block.content else None
    if isinstance(first, pf.Span) and RUNIN_CLASS in first.classes:
        return [block]
    head, body = split_inlines(list(block.content), decision.cut)
    if decision.level:  # headings.split_runin
        body = strip_inlines(body)
        return [make_header(head, decision.level), *([type(block)(*body)] if body else [])]
    span = pf.Span(*head, classes=[RUNIN_CLASS], attributes={"custom-style": RUNIN_STYLE})
    block.content = [span, *body]
    return [block]


def _meta_title(doc: pf.Doc) -> str | None:
    title = doc.get_metadata("title", default=None)
    return title if isinstance(title, str) else None


def next_free_id(taken: set[str]) -> str:
    number = len(taken) + 1
    while f"sec-{number}" in taken:
        number += 1
    taken.add(f"sec-{number}")
    return f"sec-{number}"
