"""Boilerplate pass: drop site chrome around the document, recording every removed block.

Rules are data (rules/*.yaml). Where a rule may act is limited on purpose: `head` rules
look only at the first blocks, `tail` rules only at the end, `anywhere` rules only at
short blocks, so body text that merely resembles chrome is never dropped.
"""

from __future__ import annotations

import functools
import re

import panflute as pf

from ...state import get_state
from ..elements import block_text, inline_text, is_text_block, no_action, para, run_pass
from ..headings.samples import announces_samples, introduces_sample, sample_marker
from ..patterns import DATE_ONLY_LINE
from ..script import fold_script
from . import count_labels, echoes, glued, keyword_run, preamble, repeats, scored, wrapped
from .chrome_divs import drop_chrome_divs
from .followers import Follower, following, load_followers
from .inline_cut import cut_pattern, cut_spans
from .line_form import rule_form, rule_forms, spans_a_form
from .profiles import active_profiles
from .rule_index import index_of
from .ruleset import Rule, active_rules, keeping_rule, load_profiles, load_rules
from .titles import glued_title_end, repeats_line_above
from .titles import repeats_sample_name as _repeats_sample_name
from .titles import repeats_title as _repeats_title

# Pure functions of their strings, asked about the same lines in every round of removal (and
# again when the pipeline settles): each answer is worked out once.
repeats_title = functools.lru_cache(maxsize=4096)(_repeats_title)
repeats_sample_name = functools.lru_cache(maxsize=4096)(_repeats_sample_name)

# The head is the first repeats.HEAD_CHARS characters of the document (see there).
# Rounds of removal before giving up on reaching a fixed point (two suffice in practice).
MAX_ROUNDS = 5
# The tail is the last TAIL_BLOCKS blocks, or the second half of a short document.
TAIL_BLOCKS = 12
# Rules naming the text a page printed in place of a picture ("文章插图", a file name): a
# paragraph holding the picture itself, whose alt text reads the same, is not theirs to drop.
PICTURE_TEXT_RULES = frozenset({"markup.picture-placeholder"})
# A 文库 page's preview images, named after the uploaded file ("X_第1页"): the name the first
# page chunk opens with (repeats.cut_chunk_prefixes).
PAGE_IMAGE_RULE = "document-site.page-image"
DOCUMENT_SITE = "document-site"
# Concepts whose lines are never cut at a blank (glued.py): a lead-in's genre talk runs over
# several sentences before the 小编 sentence a rule matches, all of it the site's template.
WHOLE_LINE_CONCEPTS = frozenset({"lead-in"})
# A rule's `followed_by` that asks for a lead-in or a sample marker next (genre talk above them).
LEAD_IN_OR_SAMPLE = "lead-in-or-sample"
# A generic definition ("工作总结是对……的书面材料。") placed just before a 小编 lead-in is
# template filler: it goes with the lead-in, and only then.
_DEFINITION = re.compile(r"^[^，。,]{1,24}?(?:是指|指的是|是)[^。]{4,}。$")
DEFINITION_MAX_CHARS = 300


def prepare(doc: pf.Doc) -> None:
    state = get_state(doc)
    if not state.options.boilerplate.enabled:
        return
    extra = tuple(state.options.boilerplate.rules)
    drop_chrome_divs(doc, state.report)
    blocks = original = list(enumerate(doc.content))
    # Profile rules (a 文库 page's "- 举报") act only where the page shows the site's markers.
    texts = [" ".join(block_text(b).split()) for b in doc.content if isinstance(b, (pf.Para, pf.Plain))]
    active = active_profiles(texts, load_rules(extra), load_profiles(extra))
    rules = active_rules(extra, active)
    removed: list[tuple[int, str, str]] = []
    # The lines of a 公文 (passes/gongwen recognised them: its 成文日期, 署名, 版记) are the
    # document's own, however much a short one's date looks like a page's date line.
    keep = frozenset(id(b) for b in state.gongwen.blocks()) if state.gongwen is not None else frozenset()
    # Where a rule may act depends on the document's length, which removing blocks
    # changes: repeat until a round removes nothing, so that a second run finds nothing
    # either (running twice equals running once).
    for _ in range(MAX_ROUNDS):
        blocks, gone = remove_chrome_once(blocks, rules, state.report.title, keep, load_followers(extra),
                                          file_site=DOCUMENT_SITE in active, earlier=removed)
        removed.extend(gone)
        if not gone:
            break
    # A 文库 page's keywords, one word a line above the title they were cut from (keyword_run.py).
    blocks, gone = keyword_run.drop_title_keywords(blocks, keep, holds_picture)
    removed.extend(gone)
    # The genre's definition printed above the first of several samples (preamble.py).
    blocks, gone = preamble.drop_definition_before_samples(blocks, keep)
    removed.extend(gone)
    # A counter's word beside its bare count, one a line (count_labels.py).
    blocks, gone = count_labels.drop_count_labels(original, blocks, {origin for origin, _, _ in removed}, keep,
                                                  TAIL_BLOCKS)
    removed.extend(gone)
    # A short chrome line printed again at the top, with a dash or a bullet (echoes.py).
    earlier = [(r["text"], r["rule"]) for r in state.report.removed] + [(text, rule) for _, text, rule in removed]
    blocks, gone = echoes.drop_echoes(blocks, earlier, keep, holds_picture)
    removed.extend(gone)
    # Lines no rule named, where chrome lives, judged by the learned scorer (scored.py).
    blocks, gone = scored.remove_scored(
        blocks, {origin for origin, _, _ in removed},
        lambda item: id(item[1]) in keep or keeping_rule(rules, " ".join(block_text(item[1]).split())) is not None)
    removed.extend(gone)
    doc.content = [block for _, block in blocks]
    # Report in document order, whichever round found a block.
    for _, text, rule in sorted(removed, key=lambda item: item[0]):
        state.report.record_removed(text, rule)


def remove_chrome_once(blocks: list[tuple[int, pf.Block]], rules: tuple[Rule, ...], title: str | None,
                       keep: frozenset[int] = frozenset(), followers: tuple[Follower, ...] = (),
                       file_site: bool = False, earlier: list[tuple[int, str, str]] | None = None):
    """One scan; blocks carry their original position. Returns (kept, removed records).
    Blocks whose id() is in `keep` are never removed by a rule. A follower (followers.py) takes
    the line right after one a rule dropped when it has the follower's shape. `file_site`: the
    document-site profile is on (a 文库 page's first page chunk may open with the file's name).
    `earlier`: what earlier rounds removed (a line beside one of them stands beside chrome)."""
    offset = 0  # characters before the current block
    kept: list[tuple[int, pf.Block]] = []
    removed: list[tuple[int, str, str]] = []
    count = len(blocks)
    # The rule ("<concept>.<name>") that dropped the block just before this one, if any.
    dropped_by: str | None = None
    # Once a sample's marker ("第一篇：…", "…篇1") is passed, the lines are the sample's own: its
    # title line resembles the page title without being the page repeating it.
    inside_sample = False
    # The lines finishing a wrapped notice a rule dropped (wrapped.py), with that rule's name.
    finishing: dict[int, str] = {}
    for index, (origin, block) in enumerate(blocks):
        previous_rule, dropped_by = dropped_by, None
        if (index in finishing and id(block) not in keep
                and not keeping_rule(rules, line := " ".join(block_text(block).split()))):
            removed.append((origin, line, finishing[index]))
            dropped_by = finishing[index]
            continue
        if not isinstance(block, (pf.Para, pf.Plain, pf.Header, pf.Div)):
            kept.append((origin, block))
            continue
        text = " ".join(block_text(block).split())
        if not text:
            dropped_by = previous_rule  # a blank line does not part a label from its value
        in_head = offset < repeats.HEAD_CHARS
        title_head = in_head and not inside_sample  # where a title's looser repeats are looked for
        offset += len(repeats.squeeze(text))
        if id(block) in keep or keeping_rule(rules, text):
            # A recognised 公文's own line, or a reviewer said keep: no rule or repeat removes it.
            kept.append((origin, block))
            continue
        if ((repeats_title(text, title, title_head) and not is_signature(text_blocks_kept(kept), blocks[index + 1:]))
                or (kept and repeats_sample_name(text, _text_of(kept[-1][1])))
                or (in_head and kept and repeats_line_above(text, _text_of(kept[-1][1])))):
            removed.append((origin, text, "title.repeated-title"))
            continue
        if title_head and title and wrapped_title(blocks, index, text, title, rules, keep, kept):
            # The page's title printed again, hard-wrapped in two: both halves go (wrapped.py).
            removed.append((origin, text, "title.repeated-title"))
            finishing[index + 1] = "title.repeated-title"
            continue
        inside_sample = inside_sample or sample_marker(text) is not None
        if title_head and is_text_block(block) and (end := glued_title_end(inline_text(block), title)):
            # "标题 正文第一句…": the title goes, the sentence stays.
            removed.append((origin, cut_spans(block, [(0, end)]), "title.repeated-title"))
            text = " ".join(block_text(block).split())
        where = region(index, count, in_head)
        rule = first_matching_rule(rules, text, where)
        if rule is not None and rule.followed_by and not _followed_as_required(blocks, index, rules, title,
                                                                                rule.followed_by, where):
            rule = None
        if rule is not None and kept and rule.follows_its_exception(_text_of(kept[-1][1])):
            rule = None
        if rule is not None and rule.beside_chrome and not _beside_chrome(
                blocks, index, kept, [*(earlier or ()), *removed], rules, where):
            rule = None
        if (rule is not None and rule.outside_text and index > 0 and kept and kept[-1][0] == blocks[index - 1][0]
                and blocks[index - 1][0] == origin - 1 and text_goes_on(blocks[index + 1:])):
            rule = None
        if rule is not None and f"{rule.concept}.{rule.name}" in PICTURE_TEXT_RULES and holds_picture(block):
            rule = None
        # (a follower is looked for first: a line right after a dropped one is rare, and the
        # picture test walks every inline of the block)
        if (rule is None and (follower := following(followers, previous_rule, text, where))
                and not holds_picture(block)):
            removed.append((origin, text, f"{follower.concept}.{follower.name}"))
            dropped_by = f"{follower.concept}.{follower.name}"
        elif rule is None and (joined_rule := wrapped_rule(blocks, index, text, rules, where, keep)) is not None:
            # No rule matched the line, but one matches it read on into the next short line,
            # across the seam: one chrome line hard-wrapped in two. Both halves go (wrapped.py).
            removed.append((origin, text, f"{joined_rule.concept}.{joined_rule.name}"))
            finishing[index + 1] = dropped_by = f"{joined_rule.concept}.{joined_rule.name}"
        elif rule is None:
            if is_text_block(block) and (
                    found := unmatched_glued_chrome(glued_line := inline_text(block), rules, where)):
                # No rule matched the line whole (too long for it, or anchored), but one matches
                # the site's line glued to its start or end: that piece goes (glued.py).
                span, piece_rule = found
                removed.append((origin, cut_spans(block, [span]), f"{piece_rule.concept}.{piece_rule.name}"))
                if span[1] == len(glued_line):
                    dropped_by = f"{piece_rule.concept}.{piece_rule.name}"
            kept.append((origin, block))
        elif rule.action == "drop-rest" and (article_follows(blocks[index + 1:]) or introduces_sample(
                rule_form(text), [block_text(b) for _, b in blocks[index + 1:] if is_text_block(b)])
                or takes_the_prose(kept, blocks[index + 1:])):
            # "推荐阅读：…" above the article itself (a teaser line on a short page, where the
            # second half counts as the tail), or naming one sample above its text, or above
            # more of the text's prose than stands before it: the line goes, the article stays.
            # A paragraph glued to it stays too: only the chrome piece is cut (glued.py).
            glued_line = inline_text(block) if is_text_block(block) else ""
            if glued_line and (span := glued_chrome(glued_line, rule, rules, where)):
                removed.append((origin, cut_spans(block, [span]), f"{rule.concept}.{rule.name}"))
                kept.append((origin, block))
                continue
            removed.append((origin, text, f"{rule.concept}.{rule.name}"))
        elif rule.action == "drop-rest" and (
                span := glued_article(block, rule, rules, where, kept, blocks[index + 1:])):
            # "延伸阅读:X" glued to the first paragraph of the sample it names (a lost line
            # break): read with that paragraph below it, the line names a text that stays.
            removed.append((origin, cut_spans(block, [span]), f"{rule.concept}.{rule.name}"))
            kept.append((origin, block))
        elif rule.action == "drop-rest":
            for later_origin, dropped in blocks[index:]:
                if keeping_rule(rules, " ".join(block_text(dropped).split())):
                    kept.append((later_origin, dropped))
                else:
                    removed.append((later_origin, block_text(dropped), f"{rule.concept}.{rule.name}"))
            break
        elif rule.action == "cut" and is_text_block(block):
            cut = cut_pattern(block, rule.pattern)
            if not cut and not rule.pattern.search(text):
                if spans_a_form(rule.search, text):
                    # The whole line is what the cut takes, once folded (full-width noise): it goes.
                    removed.append((origin, text, f"{rule.concept}.{rule.name}"))
                    continue
                # Matched in the folded script only (a pinyin gloss inside): leave the line.
                kept.append((origin, block))
                continue
            if not cut:
                # The match spans a normalised blank only: rebuild as plain text.
                remaining = rule.pattern.sub("", text).strip()
                cut = text.replace(remaining, "", 1)
                block = para(remaining)
            removed.append((origin, cut, f"{rule.concept}.{rule.name}"))
            if block_text(block):
                kept.append((origin, block))
            elif reads_on(rule, blocks, index, text, rules, keep, where):
                # The cut took the whole line, which breaks off after a comma: its wrapped rest too.
                finishing[index + 1] = dropped_by = f"{rule.concept}.{rule.name}"
        elif (rule.concept == "lead-in" and inside_sample and is_text_block(block)
                and (own_end := preamble.own_text_end(fold_script(inline_text(block)), rule.pattern))):
            # A sample's first paragraph with the site's 小编 sentence glued to its end: the
            # sentence goes, the sample's own sentences stay (preamble.own_text_end).
            removed.append((origin, cut_spans(block, [(own_end, len(inline_text(block)))]),
                            f"{rule.concept}.{rule.name}"))
            kept.append((origin, block))
        elif (rule.action == "drop" and not rule.whole_block and rule.concept not in WHOLE_LINE_CONCEPTS
                and is_text_block(block)
                and (span := glued_chrome(glued_line := inline_text(block), rule, rules, where))):
            # A site's line glued to a paragraph of the text (a lost line break): the chrome
            # piece goes, the paragraph stays (glued.py).
            chrome = cut_spans(block, [span])
            removed.append((origin, chrome, f"{rule.concept}.{rule.name}"))
            kept.append((origin, block))
            if span[1] == len(glued_line):
                # The chrome ends the line: the next line follows it as it would follow the
                # chrome's own line (a follower's value, the rest of a wrapped notice).
                dropped_by = f"{rule.concept}.{rule.name}"
                if rule.wraps:
                    finishing.update(dict.fromkeys(wrapped.continuation(blocks, index, chrome), dropped_by))
        else:
            if (rule.concept == "lead-in" and kept and in_head and is_definition(kept[-1][1])
                    and not keeping_rule(rules, block_text(kept[-1][1]))):
                before, definition = kept.pop()
                removed.append((before, block_text(definition), "lead-in.definition-before-lead-in"))
            elif (rule.concept in WHOLE_LINE_CONCEPTS and kept and kept[-1][0] == origin - 1
                  and isinstance(kept[-1][1], (pf.Para, pf.Plain)) and id(kept[-1][1]) not in keep
                  and wrapped.first_half(above := " ".join(block_text(kept[-1][1]).split()))
                  and not keeping_rule(rules, above)):
                # The lead-in's paragraph wrapped in two: its genre talk broke off mid-sentence
                # on the line right above the 小编 sentence the rule matched. It goes with it.
                before, _ = kept.pop()
                removed.append((before, above, f"{rule.concept}.{rule.name}"))
            removed.append((origin, text, f"{rule.concept}.{rule.name}"))
            dropped_by = f"{rule.concept}.{rule.name}"
            rest = wrapped.continuation(blocks, index, text) if rule.wraps else []
            if rest:
                finishing.update(dict.fromkeys(rest, dropped_by))
            elif rest_rule := reads_on(rule, blocks, index, text, rules, keep, where):
                # The line runs on into the next short line, read as one (reads_on): its rest.
                finishing[index + 1] = f"{rest_rule.concept}.{rest_rule.name}"
    # Blocks a keep rule protects sit out the repetition steps and rejoin in their place.
    protected = [(o, b) for o, b in kept if keeping_rule(rules, " ".join(block_text(b).split()))]
    if protected:
        origins = {o for o, _ in protected}
        kept = [item for item in kept if item[0] not in origins]
    kept, gone = repeats.drop_teasers(kept, title)
    removed.extend(gone)
    # The three steps read the same texts: read once, again only after a step cut something.
    texts = None
    # Only a 文库 page (its profile on) shows an uploaded file's pages: elsewhere "1、<title>…"
    # opens a numbered list.
    names = (repeats.file_names(title, [text for _, text, rule in removed if rule == PAGE_IMAGE_RULE])
             if file_site else ())
    for step in (repeats.cut_watermarks, repeats.cut_chunk_markers,
                 functools.partial(repeats.cut_chunk_prefixes, names=names)):
        texts = repeats.inline_texts(kept) if texts is None else texts
        kept, gone = step(kept, texts)
        removed.extend(gone)
        if gone:
            texts = None
    if protected:
        kept = sorted(kept + protected, key=lambda item: item[0])
    return kept, removed


def glued_chrome(text: str, rule: Rule, rules: tuple[Rule, ...], where: set[str]) -> tuple[int, int] | None:
    """The span of a line to cut, not drop, when the chrome `rule` matched is glued to prose."""
    return glued.chrome_span(text, lambda piece: rule.search(rule_form(" ".join(piece.split()))) is not None,
                             functools.partial(_drops_piece, rules, where))


def glued_article(block: pf.Block, rule: Rule, rules: tuple[Rule, ...], where: set[str],
                  kept: list[tuple[int, pf.Block]], later: list[tuple[int, pf.Block]]) -> tuple[int, int] | None:
    """The span of a drop-rest rule's line ("推荐阅读:…", "延伸阅读:…") opening a line whose rest is
    prose, when that prose, read as the paragraph below the line, is an article (or a sample the
    line names) that stays: the tests the line on its own gets (article_follows,
    introduces_sample, takes_the_prose)."""
    line = inline_text(block) if is_text_block(block) else ""
    if not line or (span := glued_chrome(line, rule, rules, where)) is None or span[0] != 0:
        return None
    following = [(-1, para(line[span[1]:].strip())), *later]
    texts = [block_text(b) for _, b in following if is_text_block(b)]
    if (article_follows(following) or introduces_sample(rule_form(line[:span[1]].strip()), texts)
            or takes_the_prose(kept, following)):
        return span
    return None


def _drops_piece(rules: tuple[Rule, ...], where: set[str], piece: str) -> bool:
    """Whether a rule would drop this piece of a line as a line of its own."""
    return glued.drops(_first_matching_rule(rules, " ".join(piece.split()), where))


def unmatched_glued_chrome(text: str, rules: tuple[Rule, ...],
                           where: set[str]) -> tuple[tuple[int, int], Rule] | None:
    """A site's line glued to a paragraph no rule matched whole (glued.unmatched_chrome)."""
    return glued.unmatched_chrome(text, lambda piece: _first_matching_rule(rules, " ".join(piece.split()), where),
                                  WHOLE_LINE_CONCEPTS)


def wrapped_rule(blocks: list[tuple[int, pf.Block]], index: int, text: str, rules: tuple[Rule, ...],
                 where: set[str], keep: frozenset[int]) -> Rule | None:
    """The rule that matches the line at `index` read on into the next one, its match crossing
    the seam (wrapped.joined_forms), when the two may be the halves of one wrapped line. Only a
    rule that drops a line for what it says, needing nothing of the lines around it (those of a
    joined pair are not the line's own neighbours)."""
    block = blocks[index][1]
    if not is_text_block(block) or (following := wrapped.wrapped_partner(blocks, index, text)) is None:
        return None
    if (id(blocks[index + 1][1]) in keep or keeping_rule(rules, following)
            or _first_matching_rule(rules, following, where) is not None):
        return None  # (a rule's line of its own goes, or stays, under that rule)
    first_forms = rule_forms(text)
    for joined, _ in wrapped.joined_forms(text, following):
        if DATE_ONLY_LINE.match(joined):
            # A bare date wrapped ("2015年" / "12月31日") may be the document's own 成文日期: only
            # its place tells, which the 公文 pass reads on whole lines. Never joined.
            return None
        for number, form in enumerate(rule_forms(joined)):
            rule = _first_rule_for(rules, form, where)
            if rule is None:
                continue
            if not _needs_nothing_around(rule) or f"{rule.concept}.{rule.name}" in PICTURE_TEXT_RULES:
                return None
            seam = len(first_forms[min(number, len(first_forms) - 1)])
            match = rule.search(form)
            return rule if match is not None and match.start() < seam < match.end() else None
    return None


def wrapped_title(blocks: list[tuple[int, pf.Block]], index: int, text: str, title: str, rules: tuple[Rule, ...],
                  keep: frozenset[int], kept: list[tuple[int, pf.Block]]) -> bool:
    """Whether the line at `index` and the next short one, neither repeating (nor holding) the
    page's title alone, repeat it read as one (a title hard-wrapped in two), and are not the issuer's name
    over the closing date (is_signature)."""
    following = wrapped.wrapped_partner(blocks, index, text)
    if (following is None or id(blocks[index + 1][1]) in keep or keeping_rule(rules, following)
            or repeats_title(following, title, True) or repeats.squeeze(title) in repeats.squeeze(text)):
        # (a line holding the whole title, "…倡议书1" naming a sample, is no half of it)
        return False
    return (any(repeats_title(joined, title, True) for joined, _ in wrapped.joined_forms(text, following))
            and not is_signature(text_blocks_kept(kept), blocks[index + 2:]))


def reads_on(rule: Rule, blocks: list[tuple[int, pf.Block]], index: int, text: str, rules: tuple[Rule, ...],
             keep: frozenset[int], where: set[str]) -> Rule | None:
    """The rule under which the next short line goes as the rest of the line a rule dropped (or
    a cut emptied) at `index`, read as one with it across the seam: the rule's words run over the
    seam ("收益归属" / "内容提供方"), or the line breaks off after a comma or inside a bracket and
    the next one ends the sentence. None: it does not, or the next line is a rule's line of its
    own (it goes, or stays, under that rule)."""
    cuts = rule.action == "cut"  # a cut rule's match must take the next line to its end
    if (not _needs_nothing_around(rule, also_cut=cuts)
            or (following := wrapped.wrapped_rest(blocks, index)) is None):
        return None
    if (id(blocks[index + 1][1]) in keep or keeping_rule(rules, following)
            or _first_matching_rule(rules, following, where) is not None):
        return None
    first = rule_form(text)
    seam = len(first)
    open_end = wrapped.ends_open(text) and wrapped.ends_sentence(following)
    for joined, _ in wrapped.joined_forms(text, following):
        form = rule_form(joined)
        if cuts:
            # The cut's match must take the next line whole, to its end.
            match = rule.search(form)
            if match is not None and match.end() > seam and not form[match.end():].strip() and open_end:
                return rule
            continue
        if rule.search(form) is None:
            continue
        crossing = next((m for m in rule.form_pattern.finditer(form) if m.start() < seam < m.end()), None)
        # A match the seam is part of (the first line alone does not match from there), not a
        # pattern's open end ("…{0,40}$") running on into any line.
        if crossing is not None and (rule.form_pattern.match(first[crossing.start():]) is None or open_end):
            return rule
    return None


def _needs_nothing_around(rule: Rule, also_cut: bool = False) -> bool:
    return (rule.action in (("drop", "cut") if also_cut else ("drop",)) and not rule.whole_block
            and not rule.followed_by and not rule.beside_chrome
            and not rule.outside_text and not rule.not_after)


def holds_picture(block: pf.Element) -> bool:
    """Whether a paragraph holds a picture, perhaps inside a link or a span."""
    if isinstance(block, pf.Image):
        return True
    content = getattr(block, "content", None)
    return (isinstance(block, (pf.Para, pf.Plain, pf.Link, pf.Span, pf.Emph, pf.Strong))
            and content is not None and any(holds_picture(item) for item in content))


def _text_of(block: pf.Block) -> str | None:
    return " ".join(block_text(block).split()) if is_text_block(block) else None


def _followed_as_required(blocks: list[tuple[int, pf.Block]], index: int, rules: tuple[Rule, ...],
                          title: str | None, required: str = LEAD_IN_OR_SAMPLE,
                          where: set[str] | frozenset[str] = frozenset()) -> bool:
    """Genre talk ending "那么…呢？" is template filler only before a lead-in or a first sample
    (`required` "lead-in-or-sample"); a label alone ("声明:") is chrome only above the line a
    rule of a named concept drops (its value, printed on the next line; `required` names them
    apart by blanks)."""
    if index + 1 >= len(blocks) or not is_text_block(blocks[index + 1][1]):
        return False
    following = " ".join(block_text(blocks[index + 1][1]).split())
    if required != LEAD_IN_OR_SAMPLE:
        # (the value is read where its label stands: the line right below is in the same region)
        rule = first_matching_rule(rules, following, where)
        return rule is not None and rule.concept in required.split() and not rule.followed_by
    title_key = repeats.squeeze(title) if title and announces_samples([title]) else None
    if sample_marker(following, title_key):
        return True
    rule = first_matching_rule(rules, following, {"head", "anywhere"})
    return rule is not None and rule.concept == "lead-in" and not rule.followed_by


def _beside_chrome(blocks: list[tuple[int, pf.Block]], index: int, kept: list[tuple[int, pf.Block]],
                   removed: list[tuple[int, str, str]], rules: tuple[Rule, ...], where: set[str]) -> bool:
    """Whether the line at `index` stands next to chrome: the block right above it in the page
    went (in this scan or an earlier round: it is not the last block kept), other than as the
    document's title printed again (a byline under the title is the document's), or the next
    text line is one a rule drops (read where this line stands)."""
    origin = blocks[index][0]
    if origin > 0 and (not kept or kept[-1][0] != origin - 1) and not any(
            gone == origin - 1 and rule.startswith("title.") for gone, _, rule in removed):
        return True
    following = next((b for _, b in blocks[index + 1:] if is_text_block(b) and block_text(b).strip()), None)
    if following is None:
        return False
    rule = first_matching_rule(rules, " ".join(block_text(following).split()), where)
    return rule is not None and rule.action != "keep" and not rule.beside_chrome


def text_blocks_kept(kept: list[tuple[int, pf.Block]]) -> int:
    return sum(1 for _, block in kept if is_text_block(block) and block_text(block))


def is_signature(blocks_before: int, following: list[tuple[int, pf.Block]]) -> bool:
    """The issuer's name above the closing date (落款 over 成文日期) repeats the title's words
    ("XX市人民政府" under "XX市人民政府通告") but is the document's signature: a line right
    above a date-only line, with text kept above it. A page repeating its title has nothing
    kept above it (a date line may follow it too)."""
    if not blocks_before:
        return False
    after = next((b for _, b in following if is_text_block(b) and block_text(b)), None)
    return after is not None and bool(DATE_ONLY_LINE.match(block_text(after)))


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


# What a list of other pages' titles (and their teasers, cut short with "…") never holds:
# paragraphs of the author's, finished sentences. A drop-rest line above that much is not
# the document's end.
ARTICLE_PARAGRAPHS = 2
ARTICLE_MIN_CHARS = 200
PARAGRAPH_MIN_CHARS = 40
_FINISHED = re.compile(r"[。！？!?][”\"’』」）)]?$")


def article_follows(later: list[tuple[int, pf.Block]]) -> bool:
    paragraphs = [text for _, block in later if is_text_block(block)
                  and len(text := " ".join(block_text(block).split())) >= PARAGRAPH_MIN_CHARS
                  and _FINISHED.search(text)]
    return len(paragraphs) >= ARTICLE_PARAGRAPHS and sum(map(len, paragraphs)) >= ARTICLE_MIN_CHARS


def text_goes_on(later: list[tuple[int, pf.Block]]) -> bool:
    """Whether a paragraph of prose (a sentence's end in a line this long) comes later: the
    text goes on below (the page may be cut after its first paragraph)."""
    return any(is_text_block(block) and len(text := block_text(block)) >= PARAGRAPH_MIN_CHARS
               and _SENTENCE_END.search(text) for _, block in later)


def takes_the_prose(kept: list[tuple[int, pf.Block]], later: list[tuple[int, pf.Block]]) -> bool:
    """Whether dropping the rest would take more of the document's prose than it keeps: a list
    of other pages' titles holds no sentences, so a drop-rest line sits after the body, never
    above most of it (a bare "推荐阅读" near the head of a short text). Prose is a line that
    ends a sentence; a list's titles are not counted."""
    after = sum(len(text) for _, block in later if is_text_block(block)
                and _FINISHED.search(text := " ".join(block_text(block).split())))
    before = sum(len(" ".join(block_text(block).split())) for _, block in kept if is_text_block(block))
    return after > before


# The longest line any rule looks at (a cut rule's max_chars); longer ones need no folding.
FOLD_MAX_CHARS = 100_000
# What may follow a template sentence that closes a paragraph (rules with `prose: true`).
_CLOSING = " 。.!！?？…~\uff5e"


def first_matching_rule(rules: tuple[Rule, ...], text: str, where: set[str]) -> Rule | None:
    """The first rule that may act on this line here; rules see the line in simplified
    characters, pinyin glosses and a list bullet dropped (line_form.py)."""
    if not text:
        return None
    # The same lines are asked about in every round (the pipeline settles metadata,
    # boilerplate and linebreaks together; this pass repeats until nothing goes): answer
    # each (line, region) once per rule set. A pure function of its arguments, so sharing
    # the answers between documents is safe; `rules` is compared by identity.
    key = (text, frozenset(where))
    known = _ANSWERS.get(key)
    if known is not None and known[0] is rules:
        return known[1]
    rule = _first_matching_rule(rules, text, where)
    if len(_ANSWERS) >= MAX_ANSWERS:
        _ANSWERS.clear()
    _ANSWERS[key] = (rules, rule)
    return rule


# (line, region) -> (rule set, first matching rule or None); bounded, cleared when full.
_ANSWERS: dict[tuple[str, frozenset[str]], tuple[tuple[Rule, ...], Rule | None]] = {}
MAX_ANSWERS = 4096


def _first_matching_rule(rules: tuple[Rule, ...], text: str, where: set[str]) -> Rule | None:
    if len(text) > FOLD_MAX_CHARS:  # longer than any rule's max_chars: nothing to match
        return _first_rule_for(rules, text, where)
    # The line as printed, then bare of its dressing (line_form.rule_forms).
    for form in rule_forms(text):
        if (rule := _first_rule_for(rules, form, where)) is not None:
            return rule
    return None


def _first_rule_for(rules: tuple[Rule, ...], text: str, where: set[str]) -> Rule | None:
    prose = len(_SENTENCE_END.findall(text)) >= PROSE_SENTENCES
    # Only the rules whose required literals the line may hold (rule_index.py), in order.
    for rule in index_of(rules).candidates(text):
        if prose and rule.action == "drop" and not (rule.prose or rule.whole_block):
            continue
        if rule.where not in where or len(text) > rule.max_chars:
            continue
        match = rule.search(text)
        # In prose, the template sentence must be the paragraph's last one; a template sentence
        # (`prose: true`, a lead-in) followed by the text's own sentence never takes it along.
        if match and not ((prose or rule.prose or rule.concept == "lead-in") and rule.action == "drop"
                          and _SENTENCE_END.search(text[match.end():].rstrip(_CLOSING))):
            return rule
    return None
