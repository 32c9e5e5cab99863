"""Boilerplate pass: drop site chrome around the document, recording every removed block.

Rules are data (rules/*.yaml). Where a rule may act is limited on purpose: `head` rules
look only at the first blocks, `tail` rules only at the end, `anywhere` rules only at
short blocks, so body text that merely resembles chrome is never dropped.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

import panflute as pf

from ...state import get_state
from ..elements import block_text, is_text_block, no_action, para, run_pass
from ..patterns import SECTION_NUMBER
from . import repeats
from .chrome_divs import drop_chrome_divs
from .inline_cut import cut_pattern
from .ruleset import Rule, load_rules

# The head is the first repeats.HEAD_CHARS characters of the document (see there).
# Rounds of removal before giving up on reaching a fixed point (two suffice in practice).
MAX_ROUNDS = 5
# The tail is the last TAIL_BLOCKS blocks, or the second half of a short document.
TAIL_BLOCKS = 12
# A line this similar to the title near the top is the page repeating its own title.
REPEATED_TITLE_SIMILARITY = 0.75
# A generic definition ("工作总结是对……的书面材料。") placed just before a 小编 lead-in is
# template filler: it goes with the lead-in, and only then.
_DEFINITION = re.compile(r"^[^，。,]{1,24}?(?:是指|指的是|是)[^。]{4,}。$")
DEFINITION_MAX_CHARS = 300


def prepare(doc: pf.Doc) -> None:
    state = get_state(doc)
    if not state.options.boilerplate.enabled:
        return
    rules = load_rules(tuple(state.options.boilerplate.rules))
    drop_chrome_divs(doc, state.report)
    blocks = list(enumerate(doc.content))
    removed: list[tuple[int, str, str]] = []
    # Where a rule may act depends on the document's length, which removing blocks
    # changes: repeat until a round removes nothing, so that a second run finds nothing
    # either (running twice equals running once).
    for _ in range(MAX_ROUNDS):
        blocks, gone = remove_chrome_once(blocks, rules, state.report.title)
        removed.extend(gone)
        if not gone:
            break
    doc.content = [block for _, block in blocks]
    # Report in document order, whichever round found a block.
    for _, text, rule in sorted(removed, key=lambda item: item[0]):
        state.report.record_removed(text, rule)


def remove_chrome_once(blocks: list[tuple[int, pf.Block]], rules: tuple[Rule, ...], title: str | None):
    """One scan; blocks carry their original position. Returns (kept, removed records)."""
    title_seen = False
    offset = 0  # characters before the current block
    kept: list[tuple[int, pf.Block]] = []
    removed: list[tuple[int, str, str]] = []
    count = len(blocks)
    for index, (origin, block) in enumerate(blocks):
        if not isinstance(block, (pf.Para, pf.Plain, pf.Header, pf.Div)):
            kept.append((origin, block))
            continue
        text = " ".join(block_text(block).split())
        in_head = offset < repeats.HEAD_CHARS
        offset += len(repeats.squeeze(text))
        if not title_seen and in_head and repeats_title(text, title):
            title_seen = True
            removed.append((origin, text, "title.repeated-title"))
            continue
        rule = first_matching_rule(rules, text, region(index, count, in_head))
        if rule is None:
            kept.append((origin, block))
        elif rule.action == "drop-rest":
            for later_origin, dropped in blocks[index:]:
                removed.append((later_origin, block_text(dropped), f"{rule.concept}.{rule.name}"))
            break
        elif rule.action == "cut" and is_text_block(block):
            cut = cut_pattern(block, rule.pattern)
            if not cut:
                # The match spans a normalised blank only: rebuild as plain text.
                remaining = rule.pattern.sub("", text).strip()
                cut = text.replace(remaining, "", 1)
                block = para(remaining)
            removed.append((origin, cut, f"{rule.concept}.{rule.name}"))
            if block_text(block):
                kept.append((origin, block))
        else:
            if rule.concept == "lead-in" and kept and in_head and is_definition(kept[-1][1]):
                before, definition = kept.pop()
                removed.append((before, block_text(definition), "lead-in.definition-before-lead-in"))
            removed.append((origin, text, f"{rule.concept}.{rule.name}"))
    for step in (lambda b: repeats.drop_teasers(b, title), repeats.cut_watermarks,
                 repeats.cut_chunk_markers):
        kept, gone = step(kept)
        removed.extend(gone)
    return kept, removed


def is_definition(block: pf.Block) -> bool:
    text = block_text(block) if is_text_block(block) else ""
    return len(text) <= DEFINITION_MAX_CHARS and bool(_DEFINITION.match(text))


action = no_action  # all the work is in prepare/finalize: no walk (elements.run_pass)


def finalize(doc: pf.Doc) -> None:
    return None


def main(doc: pf.Doc | None = None) -> pf.Doc | None:
    return run_pass(action, prepare, finalize, doc)


def region(index: int, count: int, in_head: bool) -> set[str]:
    where = {"anywhere"}
    if in_head:
        where.add("head")
    if index >= count - TAIL_BLOCKS or index >= count / 2:
        where.add("tail")
    return where


# A block with this many sentences is prose: a rule that drops a whole line (a footer, a
# meta line) never drops it, whatever words it mentions. Cuts and drop-rest still apply.
PROSE_SENTENCES = 3
_SENTENCE_END = re.compile(r"[。！？!?]")


def first_matching_rule(rules: tuple[Rule, ...], text: str, where: set[str]) -> Rule | None:
    if not text:
        return None
    prose = len(_SENTENCE_END.findall(text)) >= PROSE_SENTENCES
    for rule in rules:
        if prose and rule.action == "drop":
            continue
        if rule.where in where and len(text) <= rule.max_chars and rule.matches(text):
            return rule
    return None


def repeats_title(text: str, title: str | None) -> bool:
    """Pages repeat their title above the body, not always byte-identical (2023 vs 2022)."""
    if not title or not text or SECTION_NUMBER.match(text):
        # A numbered section heading ("一、…") is never the page repeating its title.
        return False
    return SequenceMatcher(None, title, text, autojunk=False).ratio() >= REPEATED_TITLE_SIMILARITY
