"""Reading across a seam: a chrome line a page hard-wrapped in two, or glued to a paragraph.

Why a module of its own: a rule is written for one whole line, but pages lose and add line
breaks. These are the line loop's readings of a line together with its neighbour or apart
from the prose it was glued to: the rule a wrapped pair matches only read as one
(wrapped_rule), the page's title wrapped in two (wrapped_title) or set again over a few
short lines (title_over_lines), the short line finishing a dropped line's sentence
(reads_on), and the span of a line to cut when a site's line is glued to the text
(glued_chrome, glued_article, unmatched_glued_chrome). wrapped.py and glued.py
say where the seams are; this module asks the rules (rule_match.py) what crosses them.
"""

from __future__ import annotations

import functools
import re

import panflute as pf

from ..elements import block_text, inline_text, is_text_block, para
from ..headings.samples import introduces_sample
from ..patterns import DATE_ONLY_LINE
from ..regex_cache import LazyPattern
from . import glued, repeats, wrapped
from .line_form import rule_form, rule_forms
from .placement import article_follows, is_signature, repeats_title, takes_the_prose, text_blocks_kept
from .rule_match import PICTURE_TEXT_RULES, _first_matching_rule, _first_rule_for
from .ruleset import Rule, keeping_rule
from .titles import first_sample

# Concepts whose lines are never cut at a blank (glued.py): a lead-in's genre talk runs over
# several sentences before the 小编 sentence a rule matches, all of it the site's template.
WHOLE_LINE_CONCEPTS = frozenset({"lead-in"})


# A bracket closing a line right after its last sentence, no blank between: "…逐项抓好落实。(通讯员:某某
# 编辑:某某)", a news item's desk credits as a scrape glues them. Round 52: or a run of such brackets,
# round or square, each credit in its own ("。（编辑：某某）（审核：某某）", "。【责任编辑：某某】"): the
# rule that drops the credits as a line of their own must match the whole run, and the sentence
# before it stays (before, a short line of that form went whole, its sentence with it).
_ONE_BRACKET = r"(?:[(（][^()（）]{1,80}[)）]|[【\[][^【】\[\]]{1,80}[】\]])"
_LAST_BRACKET = r"(?:[(（][^()（）]{2,80}[)）]?|[【\[][^【】\[\]]{2,80}[】\]])"
_BRACKETED_TAIL = re.compile(rf"(?<=[。！？!?”\"])\s*(?:{_ONE_BRACKET}\s*)*{_LAST_BRACKET}\s*$")
# Or a label and its colon right after the last sentence, no bracket ("…生活。编辑：某某"): a field
# glued on, its value short and no sentence of its own.
_LABELLED_TAIL = re.compile(r"(?<=[。！？!?])\s*(?=[\u4e00-\u9fff]{1,6}\s*[:：])[^。！？!?()（）【】\[\]]{3,40}$")


def glued_chrome(text: str, rule: Rule, rules: tuple[Rule, ...], where: set[str]) -> tuple[int, int] | None:
    """The span of a line to cut, not drop, when the chrome `rule` matched is glued to prose: the
    piece past a blank, or the bracket after the last sentence that the rule matches alone."""
    def matches(piece: str) -> bool:
        return rule.search(rule_form(" ".join(piece.split()))) is not None

    for tail in (_BRACKETED_TAIL.search(text), _LABELLED_TAIL.search(text)):
        if tail and glued.holds_prose(text[:tail.start()]) and matches(tail.group()):
            return tail.start(), len(text)
    drops_piece = functools.partial(_drops_piece, rules, where)
    if (stamp := glued.stamp_before_text(text, matches, drops_piece) or glued.stamp_after_text(
            text, matches, drops_piece)) is not None:
        return stamp
    return glued.chrome_span(text, matches, drops_piece)


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


def unmatched_glued_chrome(text: str, rules: tuple[Rule, ...], where: set[str],
                           above: str | None = None) -> tuple[tuple[int, int], Rule] | None:
    """A site's line glued to a paragraph no rule matched whole (glued.unmatched_chrome).
    Kept per (line, regions, rule set), a pure function of them, as the matcher's answers are
    (rule_match.py): the pipeline's settling rounds ask again about the same kept paragraphs,
    and each ask tries the rules on pieces of the paragraph's either end."""
    key = (text, frozenset(where), id(rules), above)
    known = _GLUED.get(key)
    if known is not None and known[0] is rules:
        return known[1]
    found = glued.unmatched_chrome(text, lambda piece: _first_matching_rule(rules, " ".join(piece.split()), where),
                                   WHOLE_LINE_CONCEPTS, above)
    if len(_GLUED) >= MAX_GLUED:
        _GLUED.clear()
    _GLUED[key] = (rules, found)
    return found


# (line, regions, id of the rule set, line kept above) -> (that rule set, unmatched_glued_chrome's answer);
# the rule set is kept so that its id stays its own. Bounded, cleared when full.
_GlueKey = tuple[str, frozenset[str], int, str | None]
_GLUED: dict[_GlueKey, tuple[tuple[Rule, ...], tuple[tuple[int, int], Rule] | None]] = {}
MAX_GLUED = 4096


# A line that is one bracketed note, opened at its start and closed at its end ("(下附…全文)" over
# the attached text, "(2021年修订)"): whole as it stands, never the first half of a wrapped
# chrome sentence, whose break leaves a bracket open or no bracket at all (round 49:
# paywall.rest-behind-wall read such a note over the attached rules' title, whose words named
# a membership, as one "join for the full text" notice, and took both lines).
_WHOLE_BRACKETED = re.compile(r"^\s*[(（【\[][^()（）【】\[\]]*[)）】\]]\s*$")


def _colon_closed(line: str) -> bool:
    """Whether a line ends with a colon. An empty label's line and a line closed by its own colon
    under it are no halves of one line (round 58): the letter's salutation under the label
    ("信息来源：" / "广大市民朋友：", once the page's other facts between them went) is never the
    label's value."""
    return line.rstrip().endswith((":", "："))


def wrapped_rule(blocks: list[tuple[int, pf.Block]], index: int, text: str, rules: tuple[Rule, ...],
                 where: set[str], keep: frozenset[int], above: str | None = None) -> Rule | None:
    """The rule that matches the line at `index` read on into the next one, its match crossing
    the seam (wrapped.joined_forms), when the two may be the halves of one wrapped line. Only a
    rule that drops a line for what it says, needing nothing of the lines around it (those of a
    joined pair are not the line's own neighbours), but the line kept `above` the pair, which
    a rule's not_after reads as for a line of its own."""
    block = blocks[index][1]
    if (not is_text_block(block) or _WHOLE_BRACKETED.match(text)
            or (following := wrapped.wrapped_partner(blocks, index, text)) is None):
        return None
    if (id(blocks[index + 1][1]) in keep or keeping_rule(rules, following)
            or _first_matching_rule(rules, following, where) is not None):
        return None  # (a rule's line of its own goes, or stays, under that rule)
    if _colon_closed(following) and _colon_closed(text):
        return None
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
            if (not _needs_nothing_around(rule, above=above)
                    or f"{rule.concept}.{rule.name}" in PICTURE_TEXT_RULES):
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
            or repeats_title(following, title, True) or repeats.squeeze(title) in repeats.squeeze(text)
            or first_sample(following, title)):
        # (a line holding the whole title, "…倡议书1" naming a sample, is no half of it; nor is the
        # line under it when that one opens the first sample: "手机查看" / "…倡议书1")
        return False
    return (any(repeats_title(joined, title, True) for joined, _ in wrapped.joined_forms(text, following))
            and not is_signature(text_blocks_kept(kept), blocks[index + 2:]))


# A page's title over at most this many lines (a 公文's title is set over two or three).
TITLE_LINES_MAX = 4
# What the lines may say beside the page's title: before it the issuer and the verb of a 公文
# passing a document on ("某某办公室关于印发", "转发"), after it a few characters of its kind
# ("方案的通知"), as the page's headline shortened the title.
_BEFORE_TITLE = LazyPattern(r"^(?:.{0,20}(?:关于|印发|转发|批转))?$")
TITLE_LINES_AFTER_CHARS = 8
# The title must be this long for its copy spread over lines to be told (a short one is any phrase).
TITLE_LINES_MIN_CHARS = 10
# The document number a page may print before its title ("某政办发[2021]18号…"), and the
# quotation marks a headline puts around it: neither is the title's words.
_TITLE_NUMBER = re.compile(r"^\S{1,10}?[〔\[(（【]\s*(?:19|20)\d{2}\s*[〕\])）】]\s*第?\s*\d{1,5}\s*号")
_TITLE_QUOTES = "《》〈〉“”\"「」『』"


def title_over_lines(blocks: list[tuple[int, pf.Block]], index: int, text: str, title: str,
                     rules: tuple[Rule, ...], keep: frozenset[int], kept: list[tuple[int, pf.Block]]) -> int:
    """How many lines after the one at `index` print, with it, the page's title again set over
    several short lines (a 公文's title centred over two to four lines under the page's
    headline), with nothing but the issuer and its "关于印发" before the title and a few
    characters after it ("方案的通知"). 0: they do not. The title must cross a seam (a line
    holding all of it is repeats_title's), no line may end a sentence or be kept by a rule,
    and the lines are not the issuer's name over the closing date (is_signature)."""
    core = repeats.squeeze(_TITLE_NUMBER.sub("", title)).strip(_TITLE_QUOTES)
    first = repeats.squeeze(text)
    if (len(core) < TITLE_LINES_MIN_CHARS or core in first or not wrapped.may_wrap(text)
            or wrapped.ends_sentence(text)):
        return 0
    joined = first
    for more in range(1, TITLE_LINES_MAX):
        if index + more >= len(blocks):
            return 0
        block = blocks[index + more][1]
        line = " ".join(block_text(block).split()) if isinstance(block, (pf.Para, pf.Plain)) else ""
        if (not line or id(block) in keep or not wrapped.may_wrap(line) or wrapped.ends_sentence(line)
                or keeping_rule(rules, line) or core in repeats.squeeze(line)):
            return 0
        joined += repeats.squeeze(line)
        if core in joined:
            before, _, after = joined.partition(core)
            if not _BEFORE_TITLE.match(before) or len(after) > TITLE_LINES_AFTER_CHARS:
                return 0
            return more if not is_signature(text_blocks_kept(kept), blocks[index + more + 1:]) else 0
    return 0


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


def _needs_nothing_around(rule: Rule, also_cut: bool = False, above: str | None = None) -> bool:
    """(`above`: the line kept above the pair, when known: a rule's not_after is read on it)"""
    return (rule.action in (("drop", "cut") if also_cut else ("drop",)) and not rule.whole_block
            and not rule.followed_by and not rule.beside_chrome and not rule.between_chrome
            and not rule.outside_text and not rule.over_signature
            and (not rule.not_after or (above is not None and not rule.follows_its_exception(above))))
