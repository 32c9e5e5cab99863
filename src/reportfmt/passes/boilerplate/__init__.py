"""Boilerplate pass: drop site chrome around the document, recording every removed block.

Rules are data (rules/*.yaml). Where a rule may act is limited on purpose: `head` rules
look only at the first blocks, `tail` rules only at the end, `anywhere` rules only at
short blocks, so body text that merely resembles chrome is never dropped.

This module is the pass itself: the order of its steps (prepare). The line loop is in
line_loop.py, matching a line against the rules in rule_match.py, where a line stands in
placement.py, reading across a wrap or a glue in seams.py; import their names from them.
"""

from __future__ import annotations

import re

import panflute as pf

from ...state import RunState, get_state
from ..elements import block_text, no_action, run_pass, texts_fixed
from ..headings.samples import ANNOUNCES_SAMPLES, announced_by_removed
from ..patterns import REPLY_CLASS
from ..regex_cache import LazyPattern
from ..script import fold_script
from . import (
    between,
    brand_copies,
    comment_thread,
    comment_word,
    count_labels,
    doubled,
    echoes,
    edge_gaps,
    facts_under_title,
    field_boxes,
    filler,
    head_boxes,
    keyword_run,
    letter_outro,
    menu_runs,
    mid_boxes,
    mojibake,
    page_breaks,
    preamble,
    reader_address,
    repeats,
    scored,
    stray_marks,
    summary_box,
    tail_lists,
)
from .chrome_divs import drop_chrome_divs
from .followers import load_followers
from .form_blanks import form_blank_lines
from .line_loop import DATE_LINE_RULES, remove_chrome_once
from .placement import TAIL_BLOCKS, event_head_lines, holds_picture, masthead_lines, opens_a_record
from .profiles import active_profiles
from .record_pairs import record_pair_lines
from .ruleset import active_rules, keeping_rule, keeps_any, load_profiles, load_rules

# Rounds of removal before giving up on reaching a fixed point (two suffice in practice).
MAX_ROUNDS = 5
DOCUMENT_SITE = "document-site"
# The Q&A site's labels over an answer ("热心网友 时间:…", "回答1:"): the text under them is the answerer's.
ANSWER_LABEL_RULES = frozenset({"forum.answer-box", "forum.numbered-answer-label"})
# A page whose title line names an uploaded file ("…整改报告 篇3.docx", "《…课件.ppt》"): a 文库
# page, whatever else it shows (a document's own title carries no file extension). Its first page
# chunk may open with that name and its text glued after it (repeats.cut_chunk_prefixes).
_FILE_TITLE = LazyPattern(r"\S\s*》?\.(?:docx?|pdf|pptx?|xlsx?|wps|txt)\s*》?\s*$", re.IGNORECASE)


def _titled_as_file(removed: list[dict]) -> bool:
    return any(r["rule"] == "metadata.title" and _FILE_TITLE.search(r["text"]) for r in removed)


def prepare(doc: pf.Doc) -> None:
    state = get_state(doc)
    if not state.options.boilerplate.enabled:
        return
    extra = tuple(state.options.boilerplate.rules)
    drop_chrome_divs(doc, state.report)
    # Every step below reads the blocks' texts again and again (the line loop the line above
    # each line, the steps after it every block), and none changes a block in place but by
    # inline_cut.cut_spans, which tells the memo (elements.text_changed): each text is read
    # once. (drop_chrome_divs, above, empties Divs in place: before the memo.)
    with texts_fixed():
        _remove_chrome(doc, state, extra)


def _gongwen_lines(state: RunState) -> frozenset[int]:
    """The blocks of a recognised 公文 (ids), but for its title when that is a web page's
    heading (<h1>) saying the title the page already gave (<title>, metadata): the 公文's title
    is printed from the metadata, as a text's first line is (title_line takes it there), so the
    heading is the title printed again and goes as one (title.repeated-title); kept, a notice
    page showed its title twice, as the Title and again as its first Heading 1."""
    if state.gongwen is None:
        return frozenset()
    title = "".join((state.report.title or "").split())
    return frozenset(id(part.block) for part in state.gongwen.parts if part.block is not None
                     and not (part.field == "title" and title and isinstance(part.block, pf.Header)
                              and "".join(block_text(part.block).split()) == title))


def _under_answer_labels(blocks: list[tuple[int, pf.Block]],
                         removed: list[tuple[int, str, str]]) -> dict[int, pf.Block]:
    """The blocks (by id) standing right under a line an answer-label rule removed: on a Q&A
    page each is the first paragraph of an answer, the answerer's words."""
    labels = {origin for origin, _, rule in removed if rule in ANSWER_LABEL_RULES}
    return {id(block): block for origin, block in blocks if origin - 1 in labels}


def _remove_chrome(doc: pf.Doc, state: RunState, extra: tuple[str, ...]) -> None:
    """The chrome lines of the document, by rule, by the line loop and the steps after it."""
    blocks = original = list(enumerate(doc.content))
    # Profile rules (a 文库 page's "- 举报") act only where the page shows the site's markers.
    texts = [" ".join(block_text(b).split()) for b in doc.content if isinstance(b, (pf.Para, pf.Plain))]
    active = active_profiles(texts, load_rules(extra), load_profiles(extra))
    rules = active_rules(extra, active)
    removed: list[tuple[int, str, str]] = []
    # The lines of a 公文 (passes/gongwen recognised them: its 成文日期, 署名, 版记) are the
    # document's own, however much a short one's date looks like a page's date line.
    keep = _gongwen_lines(state)
    # So are a bulletin's masthead lines under its name (its issue, its issuer, its date).
    keep |= masthead_lines(doc.content)
    # So are the fields of the event a notice announces at its head (its date, time and place).
    keep |= event_head_lines(doc.content)
    # So are a form's field lines, whose values are blanks to fill ("联系电话：______"): a site's
    # contact or credit line prints its values (form_blanks.py).
    keep |= form_blank_lines(doc.content)
    # So are a record's or a form's cells printed one a line, label over value, between the
    # document's sentences (record_pairs.py): a page's facts box has the page's own labels.
    keep |= record_pair_lines(doc.content)
    # So are the headings extraction gave the replies of a thread (extract.replies: sections):
    # "author · time" is what such a heading says, not a byline left over.
    keep |= {id(b) for b in doc.content if isinstance(b, pf.Header) and REPLY_CLASS in b.classes}
    # And so is every block a reviewer's `keep` rule names: the steps after the rule loop
    # (menus, tail lists, dangling labels, mojibake…) ask `keep`, not the rules.
    if keeps_any(rules):
        keep |= {id(b) for b in doc.content
                 if keeping_rule(rules, " ".join(block_text(b).split())) is not None}
    # Where a rule may act depends on the document's length, which removing blocks
    # changes: repeat until a round removes nothing, so that a second run finds nothing
    # either (running twice equals running once).
    # A record's "时间：" field the metadata took for the page's date still heads the minutes.
    record_time = any(r["rule"] == "metadata.date" and opens_a_record(r["text"]) for r in state.report.removed)
    file_site = DOCUMENT_SITE in active or _titled_as_file(state.report.removed)
    for _ in range(MAX_ROUNDS):
        # (a lead-in counting the samples may be gone already: the bare titles heading them stay)
        announced = announced_by_removed([*state.report.removed, *({"text": t, "rule": r} for _, t, r in removed)])
        blocks, gone = remove_chrome_once(blocks, rules, state.report.title, keep, load_followers(extra),
                                          file_site=file_site, earlier=removed, announced=announced,
                                          record_time=record_time)
        removed.extend(gone)
        if not gone:
            break
    # A brand a rule named, printed again where no rule reads it: in other lines, in the title
    # the metadata took, where the rules read it too (brand_copies.py; the title's line is
    # recorded removed whole, as metadata.title).
    in_title = [(-1, brand, rule) for brand, rule in brand_copies.brands_in_title(state.report.title or "", rules)]
    # The brand's masthead line over the title, which meta-lines.above-title took before a brand
    # rule could read it: the brand rules read it there too (brand_copies.brands_in_masthead).
    taken = removed + [(-1, r["text"], r["rule"]) for r in state.report.removed]
    in_title += brand_copies.brands_in_masthead(taken, rules)
    # A brand no rule read, printed again and again where a unit's name stood (repeated_brands.py),
    # its copies in the lines the title pass and the rules took counted too.
    repeated = brand_copies.brands_repeated(blocks, taken, keep, state.report.title or "")
    blocks, gone = brand_copies.cut_brand_copies(blocks, removed + in_title + repeated, keep)
    removed.extend(gone)
    _title_without_brands(doc, state, removed + in_title + repeated)
    # Runs of random characters a site scattered into its text, told by a character model (filler.py).
    blocks, gone = filler.drop_filler(blocks, keep)
    removed.extend(gone)
    # Lines a page decoded with the wrong charset, told by their bytes (mojibake.py).
    blocks, gone = mojibake.drop_mojibake_lines(blocks, keep)
    removed.extend(gone)
    # Alt words, bare counts and lines of marks beside the document, by shape (stray_marks.py).
    blocks, gone = stray_marks.drop_stray_lines(blocks, keep)
    removed.extend(gone)
    # A 文库 page's keywords, one word a line above the title they were cut from (keyword_run.py).
    blocks, gone = keyword_run.drop_title_keywords(blocks, keep, holds_picture, state.report.title or "")
    removed.extend(gone)
    # The paragraph right under a Q&A site's answer label is the answerer's opening ("给你两篇参考…"),
    # not the site's talk to its reader: the lead-in steps below keep it.
    state.answer_openings.update(_under_answer_labels(blocks, removed))
    answer_keep = keep | {id(block) for _, block in blocks if id(block) in state.answer_openings}
    # The genre's definition printed above the first of several samples (preamble.py).
    announced = announced_by_removed([*state.report.removed, *({"text": t, "rule": r} for _, t, r in removed)])
    blocks, gone = preamble.drop_definition_before_samples(
        blocks, answer_keep, announced or bool(ANNOUNCES_SAMPLES.search(fold_script(state.report.title or ""))),
        state.report.title or "")
    removed.extend(gone)
    # The site's comment on a sample letter after its signed date (letter_outro.py).
    blocks, gone = letter_outro.drop_comment_after_letter(blocks, keep)
    removed.extend(gone)
    # The site's address to its reader at the page's edges, told by its slots (reader_address.py).
    blocks, gone = reader_address.drop_reader_address(
        blocks, answer_keep, [text for _, text, rule in removed if rule.startswith("lead-in.")],
        state.report.title or "")
    removed.extend(gone)
    # A counter's word beside its bare count, one a line (count_labels.py).
    blocks, gone = count_labels.drop_count_labels(original, blocks, {origin for origin, _, _ in removed}, keep,
                                                  TAIL_BLOCKS)
    removed.extend(gone)
    # A short chrome line printed again at the top, with a dash or a bullet (echoes.py).
    earlier = [(r["text"], r["rule"]) for r in state.report.removed] + [(text, rule) for _, text, rule in removed]
    blocks, gone = echoes.drop_echoes(blocks, earlier, keep, holds_picture)
    removed.extend(gone)
    # A listing's next items' dates, of the shape of the first one the rules took (echoes.py).
    blocks, gone = echoes.drop_item_dates(blocks, earlier, keep)
    removed.extend(gone)
    # The second copy of a block of lines printed twice in a row (doubled.py).
    blocks, gone = doubled.drop_doubled_blocks(blocks, keep)
    removed.extend(gone)
    # Lines no rule named, where chrome lives, judged by the learned scorer (scored.py).
    blocks, gone = scored.remove_scored(
        blocks, {origin for origin, _, _ in removed},
        lambda item: id(item[1]) in keep or (keeps_any(rules) and keeping_rule(
            rules, " ".join(block_text(item[1]).split())) is not None), state.report.title or "")
    removed.extend(gone)
    # The page's row of facts between its title taken and the next chrome (facts_under_title.py).
    blocks, gone = facts_under_title.drop_facts_under_title(
        original, blocks, {origin: rule for origin, _, rule in removed}, keep, rules, state.report.title)
    removed.extend(gone)
    # A short site word (a tab, a button) alone between two lines of chrome, the scorer's
    # among them (between.py).
    blocks, gone = between.drop_words_between_chrome(
        original, blocks, {origin: rule for origin, _, rule in removed}, keep, rules,
        repeats.head_end(original, _head_text), min(len(original) - TAIL_BLOCKS, len(original) / 2))
    removed.extend(gone)
    # A site's menu opening or closing the page, short items one a line, beside the document (menu_runs.py).
    blocks, gone = menu_runs.drop_edge_menus(original, blocks, keep, {origin: rule for origin, _, rule in removed})
    removed.extend(gone)
    # The site's summary between the page's title and the title printed again (summary_box.py).
    # (the first copy of the title may have gone in an earlier run: the report holds it)
    gone_texts = (state.report.title or "", *(r["text"] for r in state.report.removed))
    blocks, gone = summary_box.drop_summary_between_titles(
        original, blocks, frozenset(origin for origin, _, _ in removed), keep,
        frozenset("".join(text.split()) for text in gone_texts))
    removed.extend(gone)
    # Other pages' titles in a box opening the page, above the document (head_boxes.py).
    blocks, gone = head_boxes.drop_head_box(original, blocks, keep, state.report.title or "")
    removed.extend(gone)
    # Readers' comments under a comment box's label closing the page (comment_thread.py); a forum
    # post's reply button is no such label.
    blocks, gone = comment_thread.drop_comment_threads(
        original, blocks, answer_keep, min(len(original) - TAIL_BLOCKS, len(original) / 2),
        frozenset(origin for origin, _, rule in removed if rule == "forum.button-alone"),
        forum_page="forum-thread" in active)
    removed.extend(gone)
    # Other pages' titles closing the page after the document's end (tail_lists.py).
    # (a kept line some credit, source or outro was cut from: the item's glued end, with the
    # characters cut, which counted in the paragraph the page printed)
    kept_origins = {origin for origin, _ in blocks}
    cut_at: dict[int, int] = {}
    for origin, text, rule in removed:
        if origin in kept_origins and rule.partition(".")[0] in tail_lists.CREDIT_FAMILIES:
            cut_at[origin] = cut_at.get(origin, 0) + len("".join(text.split()))
    blocks, gone = tail_lists.drop_title_lists(original, blocks, keep, min(len(original) - TAIL_BLOCKS,
                                                                           len(original) / 2), cut_at,
                                               state.report.title or "")
    removed.extend(gone)
    # Other pages' titles under a box's label between two parts of the text (mid_boxes.py).
    blocks, gone = mid_boxes.drop_box_items_between(original, blocks,
                                                    {origin: rule for origin, _, rule in removed}, keep)
    removed.extend(gone)
    # A bare "评论" closing the text, the comment box's label (comment_word.py).
    blocks, gone = comment_word.drop_bare_comment_label(original, blocks, keep)
    removed.extend(gone)
    blocks, gone = tail_lists.drop_dangling_label(original, blocks, keep, min(len(original) - TAIL_BLOCKS,
                                                                              len(original) / 2))
    removed.extend(gone)
    # A box's fields the rules left when they took most of its lines (field_boxes.py).
    blocks, gone = field_boxes.drop_field_leftovers(original, blocks, {origin: rule for origin, _, rule in removed},
                                                    keep)
    removed.extend(gone)
    # Short lines in a gap between two lines of chrome outside the document (edge_gaps.py); after
    # the list steps, so that a list of other pages' titles is named as one.
    blocks, gone = edge_gaps.drop_edge_gaps(original, blocks, {origin: rule for origin, _, rule in removed}, keep,
                                            state.report.title or "",
                                            any(r["rule"] == "meta-lines.above-title" for r in state.report.removed))
    removed.extend(gone)
    doc.content = [block for _, block in blocks]
    # Where a page's printed number stood between two kept blocks (page_breaks.py).
    state.page_breaks.update(page_breaks.blocks_after_page_breaks(blocks, removed))
    # Report in document order, whichever round found a block.
    for _, text, rule in sorted(removed, key=lambda item: item[0]):
        state.report.record_removed(text, rule)
    _date_from_date_line(doc, state, removed)


def _title_without_brands(doc: pf.Doc, state: RunState, removed: list[tuple[int, str, str]]) -> None:
    """The page's title with the brands the rules named cut out (its line is recorded removed
    whole, as metadata.title: nothing is lost)."""
    title = state.report.title or ""
    bare = brand_copies.title_without_brands(title, removed)
    if bare != title:
        state.report.title = bare
        doc.metadata["title"] = pf.MetaInlines(pf.Str(bare))


def _date_from_date_line(doc: pf.Doc, state: RunState, removed: list[tuple[int, str, str]]) -> None:
    """A date alone on its line ("2026年3月2日" over a notice's title) went as the page's date
    line: with no date in the metadata yet, it becomes the document's date, so a hand-written
    document's date is printed with its title, never lost."""
    if "date" in doc.metadata:
        return
    # Imported here: page_facts imports this package's rule loader (a module-level import
    # would be circular when page_facts is imported first).
    from ..page_facts import normalise_date

    for _, text, rule in sorted(removed, key=lambda item: item[0]):
        family, _, name = rule.partition(".")
        if family == "meta-lines" and name in DATE_LINE_RULES and (date := normalise_date(text)):
            doc.metadata["date"] = pf.MetaString(date)
            state.report.date = date
            return


def _head_text(_origin: int, block: pf.Block) -> str:
    """A block's text as the head counts it for the between step (headers and divs included)."""
    return block_text(block) if isinstance(block, (pf.Para, pf.Plain, pf.Header, pf.Div)) else ""


action = no_action  # all the work is in prepare/finalize: no walk (elements.run_pass)


def finalize(doc: pf.Doc) -> None:
    return None


def main(doc: pf.Doc | None = None) -> pf.Doc | None:
    return run_pass(action, prepare, finalize, doc)
