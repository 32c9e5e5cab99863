"""A site's paragraph above the line that repeats the page's title: the lead-in before the document.

    当前位置:某某网 > 经验 > 正文          <- chrome (a rule took it)
    初中生转学要准备哪些材料                 <- the page's title (taken, or gone as chrome)
    2020-04-16 09:12:45                     <- chrome
    家长工作调动或者搬了家,……这里一一说明。 <- goes
    初中生转学要准备哪些材料                 <- the title again: the document starts here
    一、哪些情况可以转学

Template, 范文 and know-how sites print the title, then their own summary or lead sentence
about the document, then the title again over the document itself. Alone, the paragraph reads
like any opening paragraph, so no rule may drop it by its words; by where it stands it is the
site's: everything above it went as chrome, the line right below it is the title printed
again, exactly (the page's title, or a line that went above the paragraph), and the document
opens under that repeat (a heading, a numbered item, a sample's marker). Some sites stamp the
title after a document's first paragraph instead: there prose goes on under the repeat, and the
paragraph above it is the document's and stays. At most
MAX_PARAGRAPHS such paragraphs of prose go (recorded `lead-in.above-title-repeat`); a heading,
a numbered item, a sample marker or a 公文's own line between the title and its repeat is the
document's and stops the step. Used by the boilerplate pass after its rules.
"""

from __future__ import annotations

import re

import panflute as pf

from ..elements import block_text, is_text_block
from ..headings.samples import sample_marker
from ..patterns import SECTION_NUMBER
from . import repeats
from .placement import holds_picture

RULE = "lead-in.above-title-repeat"
# A site's talk above a document is a paragraph or two, not a chapter.
MAX_PARAGRAPHS = 2
MAX_CHARS = 400
# The title, the chrome around it and the site's paragraph stand within the page's first blocks.
LOOK_BLOCKS = 80
# A copy shorter than this is a word ("正文", "通知") that pages print for many reasons.
COPY_MIN_CHARS = 6
# The title line and its copy are short lines.
COPY_MAX_CHARS = 80
# A heading under the repeat: a short line that ends no sentence.
HEADING_MAX_CHARS = 40
_SENTENCE_END = re.compile(r"[。！？!?；;，,]")
# What a paragraph of sentences holds and a title line seldom does.
_PROSE = re.compile(r"[。，！？；,;!?]")
EXAMPLE = ("初中生转学要准备哪些材料", "家长工作调动或者搬了家,孩子中途转学的情况并不少见。",
           "初中生转学要准备哪些材料")


def drop_lead_above_repeat(original: list[tuple[int, pf.Block]], blocks: list[tuple[int, pf.Block]],
                           keep: frozenset[int], title: str | None):
    """(kept blocks, removed records). `original`: the page's blocks as the pass found them;
    `blocks`: those kept so far (a block of `original` not among them went as chrome)."""
    kept_at = {origin: block for origin, block in blocks}
    copies = {key} if title and len(key := repeats.fold(title)) >= COPY_MIN_CHARS else set()
    leads: list[tuple[int, str]] = []
    lines = [(origin, block, " ".join(block_text(block).split())) for origin, block in original[:LOOK_BLOCKS]
             if isinstance(block, pf.Header) or (is_text_block(block) and block_text(block).strip())]
    for index, (origin, block, text) in enumerate(lines):
        if not is_text_block(block):
            if origin in kept_at:
                break  # a kept heading: the document has begun
            continue
        key = repeats.fold(text) if len(text) <= COPY_MAX_CHARS else ""
        if origin not in kept_at:
            # Chrome: a line that went may be the title a later line repeats.
            if leads and key in copies:
                return _without(blocks, leads, lines[index + 1:], kept_at)
            if len(key) >= COPY_MIN_CHARS:
                copies.add(key)
            continue
        if key in copies:
            # The title again: whatever stood between it and the chrome above was the site's.
            return _without(blocks, leads, lines[index + 1:], kept_at)
        if len(leads) == MAX_PARAGRAPHS or not _lead_paragraph(block, text, keep):
            break
        leads.append((origin, text))
    return blocks, []


def _opens_document(following: list[tuple[int, pf.Block, str]], kept_at: dict[int, pf.Block]) -> bool:
    """Whether the first kept line under the repeat opens a document: a heading, a numbered
    item, a sample's marker or a short line of no sentence. Prose there continues the text the
    paragraph above began (a site stamps its title after a document's first paragraph too)."""
    for origin, block, text in following:
        if origin not in kept_at:
            continue
        if isinstance(block, pf.Header) or SECTION_NUMBER.match(text) or sample_marker(text) is not None:
            return True
        return len(text) <= HEADING_MAX_CHARS and not _SENTENCE_END.search(text)
    return False


def _lead_paragraph(block: pf.Block, text: str, keep: frozenset[int]) -> bool:
    """Prose a site may print about the document: a paragraph of sentences (a line without a
    sentence's marks is a title or a name, perhaps the title's own line), not a list item, a
    heading's number or a sample's marker, nor a line of a recognised 公文."""
    return (isinstance(block, (pf.Para, pf.Plain)) and id(block) not in keep and not holds_picture(block)
            and len(text) <= MAX_CHARS and _PROSE.search(text) is not None and not SECTION_NUMBER.match(text)
            and sample_marker(text) is None)


def _without(blocks: list[tuple[int, pf.Block]], leads: list[tuple[int, str]],
             following: list[tuple[int, pf.Block, str]], kept_at: dict[int, pf.Block]):
    if not leads or not _opens_document(following, kept_at):
        return blocks, []
    gone = {origin for origin, _ in leads}
    return ([item for item in blocks if item[0] not in gone], [(origin, text, RULE) for origin, text in leads])
