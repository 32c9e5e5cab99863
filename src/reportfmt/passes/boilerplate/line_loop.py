"""The line loop: one scan down a document's blocks, each line removed, cut or kept under the
first rule that may act on it where it stands.

Why a module of its own: the scan carries state from line to line (the rule that dropped the
line above, whose follower may take this one; the wrapped lines a dropped notice still owns;
whether a sample has begun), and each action a rule may take is a step of its own here. Which
rule matches is asked of rule_match.py, where the line stands of placement.py, and how it
reads across a wrap or a glue of seams.py. After the scan, the repetition steps (repeats.py)
run over what it kept. prepare (__init__.py) repeats the whole until a round removes nothing.
"""

from __future__ import annotations

import functools
import re

import panflute as pf

from ... import resources
from ..elements import block_text, inline_text, is_text_block, para
from ..headings.samples import announces_samples, introduces_sample, sample_marker, title_sample_lines
from ..patterns import FINISHED_SENTENCE
from ..regex_cache import LazyPattern
from ..script import fold_script
from . import preamble, repeats, wrapped
from .followers import Follower, following
from .glued import NUMBERED_POINT, drops
from .inline_cut import cut_pattern, cut_spans
from .line_form import rule_form, spans_a_form
from .part_labels import LABEL_LINE_RULES, LONE_LABEL_RULES, among_part_labels, is_label_alone
from .placement import (
    _beside_chrome,
    _followed_as_required,
    _text_of,
    article_follows,
    between_own_fields,
    dates_a_signature_block,
    ending_follows,
    holds_picture,
    is_definition,
    is_signature,
    numbering_goes_on,
    numbers_a_part,
    numbers_a_table_row,
    piece_of_split_date,
    region,
    repeats_sample_name,
    repeats_title,
    sample_follows,
    signed_below,
    signed_close_follows,
    signs_off_a_record,
    takes_the_prose,
    text_blocks_kept,
    text_goes_on,
    text_lines,
    under_a_signature,
    under_named_work,
    works_listed_below,
)
from .rule_match import PICTURE_TEXT_RULES, first_matching_rule
from .ruleset import Rule, keeping_rule, keeps_any
from .seams import (
    WHOLE_LINE_CONCEPTS,
    glued_article,
    glued_chrome,
    reads_on,
    title_over_lines,
    unmatched_glued_chrome,
    wrapped_rule,
    wrapped_title,
)
from .signed_digits import dates_an_issuer, numbers_the_document
from .titles import (
    first_sample,
    glued_title_end,
    named_as_sentence,
    numbers_on_from_above,
    repeats_line_above,
    title_before_first_part,
)

# The rules taking a page's labelled facts that a document's own fields may word alike ("作者：…").
OWN_FIELD_RULES = frozenset({"source-author-line"})
# The rules taking a date alone on its line (a log's entries are dated by such lines).
DATE_LINE_RULES = frozenset({"date-line", "date-line-written"})
# How many blocks on each side are read for the pieces of a date written over lines.
SPLIT_DATE_REACH = 12
# A paragraph of the page's own (not a heading or a list of names) ends a sentence.
# A short closing sentence of the text under an elision: a clause or two, ended.
CLOSING_SENTENCE_MIN_CHARS = 8
# The text has begun above a line once this many paragraphs of finished sentences were kept.
TEXT_BEGUN_SENTENCES = 3
TEXT_SENTENCE_MIN_CHARS = 10
# The rules taking a breadcrumb: its steps (A → B → C) may be a text's own flow of steps.
CRUMB_RULES = frozenset({"breadcrumb", "breadcrumb-step"})
_SENTENCE_END = re.compile(r"[。！？!?]")

# A 文库 page's preview images, named after the uploaded file ("X_第1页"): the name the first
# page chunk opens with (repeats.cut_chunk_prefixes).
PAGE_IMAGE_RULE = "document-site.page-image"
# An AI-written page's label over the list of its own sections ("本文目录导读:"): the paragraph
# right above it at the top is the page's summary of itself, and goes with it under this name.
CONTENTS_RULE = "meta-lines.contents-lead"
SUMMARY_RULE = "lead-in.summary-above-contents"


def remove_chrome_once(blocks: list[tuple[int, pf.Block]], rules: tuple[Rule, ...], title: str | None,
                       keep: frozenset[int] = frozenset(), followers: tuple[Follower, ...] = (),
                       file_site: bool = False, earlier: list[tuple[int, str, str]] | None = None,
                       announced: bool = False, record_time: bool = False):
    """One scan; blocks carry their original position. Returns (kept, removed records).
    Blocks whose id() is in `keep` are never removed by a rule. A follower (followers.py) takes
    the line right after one a rule dropped when it has the follower's shape. `file_site`: the
    document-site profile is on (a 文库 page's first page chunk may open with the file's name).
    `earlier`: what earlier rounds removed (a line beside one of them stands beside chrome).
    `announced`: a line removed before (a lead-in, the title again) said the page holds several
    samples. `record_time`: the page's metadata took a record's "时间：" field from its head (the
    minutes' sign-off below is read as under it)."""
    scan = _Scan(blocks, rules, title, keep, followers, earlier, announced, record_time)
    scan.run()
    kept = drop_repeated_lines(scan.kept, scan.removed, rules, title, file_site)
    return kept, scan.removed


# A lead-in announcing the page's samples ("…精选3篇，欢迎阅读") stands among its first lines.
ANNOUNCING_LINES = 5


def _title_samples(blocks: list[tuple[int, pf.Block]], title: str | None, announced: bool) -> frozenset[int]:
    """The indices of the lines opening samples by the page's bare title (samples.py), when the
    title, a line at the top or a line removed before announces several samples (the rounds and
    runs must agree, or the next one takes the markers for repeats)."""
    if not title:
        return frozenset()
    # (a Header too: on a second run the markers are the sections the first run made of them)
    texts = [" ".join(block_text(b).split()) if isinstance(b, (pf.Para, pf.Plain, pf.Header)) else None
             for _, b in blocks]
    announced = announced or announces_samples([title, *(t for t in texts[:ANNOUNCING_LINES] if t)])
    return title_sample_lines(texts, title, announced)


def _announces_samples(blocks: list[tuple[int, pf.Block]], title: str | None, announced: bool) -> bool:
    """Whether the page says it holds several samples (its title, its first lines, or a line
    removed before)."""
    texts = [" ".join(block_text(b).split()) for _, b in blocks[:ANNOUNCING_LINES]
             if isinstance(b, (pf.Para, pf.Plain, pf.Header))]
    return announced or announces_samples([title or "", *(t for t in texts if t)])


def _dates_own_text(text: str, title: str | None, kept: list[tuple[int, pf.Block]],
                    blocks: list[tuple[int, pf.Block]], index: int) -> bool:
    """Whether the date line at `index` dates the document's own text: a log's entry, a note, a
    letter (dated_entries.py, imported when a rule first takes a date line: most pages have none)."""
    from .dated_entries import dates_a_letter, dates_a_note, dates_an_entry

    return (dates_an_entry(text, kept, blocks[index + 1:])
            or dates_a_note(text, title, kept, blocks[index + 1:])
            or dates_a_letter(title, kept, blocks[index + 1:]))


class _Scan:
    """One scan's state, carried from line to line, and its steps."""

    def __init__(self, blocks: list[tuple[int, pf.Block]], rules: tuple[Rule, ...], title: str | None,
                 keep: frozenset[int], followers: tuple[Follower, ...],
                 earlier: list[tuple[int, str, str]] | None, announced: bool = False,
                 record_time: bool = False):
        self.blocks = blocks
        self.record_time = record_time
        self.rules = rules
        self._lone_label_rules: list[Rule] | None = None
        self.title = title
        self.keep = keep
        self.followers = followers
        self.earlier = earlier
        self.kept: list[tuple[int, pf.Block]] = []
        self.removed: list[tuple[int, str, str]] = []
        # The rule ("<concept>.<name>") that dropped the block just before this one, if any.
        self.dropped_by: str | None = None
        # Once a sample's marker ("第一篇：…", "…篇1") is passed, the lines are the sample's own: its
        # title line resembles the page title without being the page repeating it.
        self.inside_sample = False
        # The lines finishing a wrapped notice a rule dropped (wrapped.py), with that rule's name.
        self.finishing: dict[int, str] = {}
        # The bare title heading each sample of a page announcing several: markers, no repeats.
        self.title_samples = _title_samples(blocks, title, announced)
        self.announced = announced

    @functools.cached_property
    def _page_announces_samples(self) -> bool:
        return _announces_samples(self.blocks, self.title, self.announced)

    @functools.cached_property
    def unconditional_rules(self) -> tuple[Rule, ...]:
        """The rules that ask nothing of the line below (no `followed_by`): asked when the first
        rule matching a line wanted a line below it that is not there."""
        return tuple(rule for rule in self.rules if not rule.followed_by)

    def run(self) -> None:
        offset = 0  # characters before the current block
        count = len(self.blocks)
        for index, (origin, block) in enumerate(self.blocks):
            previous_rule, self.dropped_by = self.dropped_by, None
            if self._finishes_wrapped_line(index, origin, block):
                continue
            if not isinstance(block, (pf.Para, pf.Plain, pf.Header, pf.Div)):
                self.kept.append((origin, block))
                continue
            text = " ".join(block_text(block).split())
            if not text:
                self.dropped_by = previous_rule  # a blank line does not part a label from its value
            in_head = offset < repeats.HEAD_CHARS
            title_head = in_head and not self.inside_sample  # where a title's looser repeats are looked for
            offset += len(repeats.squeeze(text))
            if id(block) in self.keep or keeping_rule(self.rules, text):
                # A recognised 公文's own line, or a reviewer said keep: no rule or repeat removes it.
                self.kept.append((origin, block))
                continue
            if index in self.title_samples:
                self.inside_sample = True
            elif self._drops_repeated_title(index, origin, text, in_head, title_head):
                continue
            # A sample marker, or the title numbered 1 ("…倡议书1"): from here on the page holds its
            # samples, whose markers repeat the title's words and are no repeated titles.
            self.inside_sample = (self.inside_sample or sample_marker(text) is not None
                                  or first_sample(text, self.title))
            if title_head and is_text_block(block) and (
                    end := glued_title_end(inline_text(block), self.title)
                    or title_before_first_part(inline_text(block), self.title)):
                # "标题 正文第一句…": the title goes, the sentence stays ("标题一、…": the heading stays).
                self.removed.append((origin, cut_spans(block, [(0, end)]), "title.repeated-title"))
                text = " ".join(block_text(block).split())
            where = region(index, count, in_head)
            rule = self._acting_rule(index, origin, block, text, where)
            if rule is not None and rule.name in CRUMB_RULES and rule.where == "head" and self._text_begun():
                # A crumb leads to the page: a line of steps under the text's sentences is its own.
                where = where - {"head"}
                rule = self._acting_rule(index, origin, block, text, where)
            if rule is None:
                self._no_rule_acts(index, origin, block, text, where, previous_rule)
            elif not self._act(rule, index, origin, block, text, where, in_head):
                break  # the rule dropped the rest of the document

    def _text_begun(self) -> bool:
        """Whether TEXT_BEGUN_SENTENCES paragraphs of finished sentences were kept above: a short
        document's lines within the first HEAD_CHARS characters stand under its text, where no
        site puts its head (a lesson plan's board plan, "A → B → C", is no breadcrumb)."""
        sentences = 0
        for _, block in self.kept:
            if isinstance(block, (pf.Para, pf.Plain)):
                line = block_text(block).strip()
                if len(line) >= TEXT_SENTENCE_MIN_CHARS and line[-1:] in "。！？":
                    sentences += 1
                    if sentences >= TEXT_BEGUN_SENTENCES:
                        return True
        return False

    def _finishes_wrapped_line(self, index: int, origin: int, block: pf.Block) -> bool:
        """A line finishing a wrapped line a rule dropped above it goes under that rule."""
        if (index in self.finishing and id(block) not in self.keep
                and not keeping_rule(self.rules, line := " ".join(block_text(block).split()))):
            self.removed.append((origin, line, self.finishing[index]))
            self.dropped_by = self.finishing[index]
            return True
        return False

    def _drops_repeated_title(self, index: int, origin: int, text: str, in_head: bool, title_head: bool) -> bool:
        """The page's title printed again (whole, or hard-wrapped in two), a sample's name or the
        line above repeated: it goes, recorded as the title repeated."""
        blocks, kept, title = self.blocks, self.kept, self.title
        # The title again under a bare sample marker ("范文二：" / "班主任工作总结") is that sample's name.
        under_marker = bool(kept) and _names_a_sample(_text_of(kept[-1][1]))
        if ((repeats_title(text, title, title_head) and not under_marker
             and not numbers_on_from_above(text, title, [_text_of(block) for _, block in kept])
             and not is_signature(text_blocks_kept(kept), blocks[index + 1:])
             and not _a_line_of_verse(text, kept))
                or (kept and repeats_sample_name(text, _text_of(kept[-1][1])))
                or (in_head and kept and repeats_line_above(text, _text_of(kept[-1][1])))):
            self.removed.append((origin, text, "title.repeated-title"))
            # Imported here, where a repeat was found: title_neighbours -> page_facts ->
            # boilerplate's rules is a cycle when boilerplate is imported first.
            from ..title_neighbours import subtitle_under

            if title_head and title and (under := _next_text_line(blocks, index)) is not None and (
                    subtitle_under(title, [blocks[under][1]]) is not None
                    and not _SPEECH_OCCASION.search(block_text(blocks[under][1]))):
                # The repeat's subtitle on the line under it ("——某某医院召开…大会"): the title's
                # second line, printed again with it (the metadata pass takes it under the title).
                self.finishing[under] = "title.repeated-title"
            return True
        if (in_head and kept and id(kept[-1][1]) not in self.keep
                and named_as_sentence(text, above := _text_of(kept[-1][1]))
                and not keeping_rule(self.rules, above or "")):
            # The page's name as a sentence ("X。"), then the name again: both are the page's.
            before, _ = kept.pop()
            self.removed.append((before, above or "", "lead-in.name-as-sentence"))
            self.removed.append((origin, text, "title.repeated-title"))
            return True
        if title_head and title and wrapped_title(blocks, index, text, title, self.rules, self.keep, kept):
            # The page's title printed again, hard-wrapped in two: both halves go (wrapped.py).
            self.removed.append((origin, text, "title.repeated-title"))
            self.finishing[index + 1] = "title.repeated-title"
            return True
        if title_head and title and (more := title_over_lines(blocks, index, text, title, self.rules, self.keep, kept)):
            # The title printed again over several short lines (a 公文's title under the page's
            # headline, the issuer before it): all of them go (seams.title_over_lines).
            self.removed.append((origin, text, "title.repeated-title"))
            self.finishing.update(dict.fromkeys(range(index + 1, index + 1 + more), "title.repeated-title"))
            return True
        return False

    def _acting_rule(self, index: int, origin: int, block: pf.Block, text: str, where: set[str]) -> Rule | None:
        """The first rule matching the line here, unless the lines around it say the line is
        not that rule's: the line it requires does not follow, it follows its exception, it
        needs chrome beside it, it stands outside the text but the text goes on around it, or
        it names a picture's text and the paragraph holds the picture."""
        blocks, kept, rules = self.blocks, self.kept, self.rules
        rule = first_matching_rule(rules, text, where)
        if rule is not None and rule.followed_by and not _followed_as_required(blocks, index, rules, self.title,
                                                                                rule.followed_by, where):
            # Genre talk ("…那么…呢？") with no lead-in below it is not that rule's, but its last
            # sentence may still be the site's by another rule ("…快来参考以下范文吧！"): ask the
            # rules that need nothing below.
            rule = first_matching_rule(self.unconditional_rules, text, where)
        if rule is not None and kept and (rule.follows_its_exception(_text_of(kept[-1][1]))
                                          or under_a_signature(rule, kept, blocks[index + 1:], text)
                                          or dates_a_signature_block(text, kept, blocks[index + 1:],
                                                                     rule.beside_chrome)
                                          or (rule.concept == "meta-lines"
                                              and signs_off_a_record(text, kept, blocks[index + 1:],
                                                                     self.record_time))):
            rule = None
        if (rule is not None and rule.name in OWN_FIELD_RULES
                and (between_own_fields(kept, blocks[index + 1:], rules, where)
                     or under_named_work(kept, self.title, rules, where))):
            rule = None  # "书名：…" / "作者：某某" / "好词：…": the document's field, among its own
        if rule is not None and rule.name in DATE_LINE_RULES and _dates_own_text(text, self.title, kept, blocks, index):
            rule = None  # "2024年3月4日 星期一" over the day's text, the next day's date below: a log's entry
        if rule is not None and rule.action != "keep" and numbers_a_table_row(blocks, index, text):
            rule = None  # "1 |" over "机构信息 |": a flattened table's serial number
        if rule is not None and rule.action != "keep" and self._piece_of_split_date(index):
            rule = None  # "2020" / "年" / "3" / "月": a date written over lines, the text's own
        if rule is not None and rule.action != "keep" and dates_an_issuer(text, kept, self.title):
            rule = None  # "某某区商务局" / "2025124": a notice's date, its digits run together (signed_digits)
        if (rule is not None and rule.not_before and index + 1 < len(blocks)
                and rule.precedes_its_exception(_text_of(blocks[index + 1][1]))):
            rule = None
        if rule is not None and rule.beside_chrome and (not _beside_chrome(
                blocks, index, kept, [*(self.earlier or ()), *self.removed], rules, where, rule)
                or numbers_a_part(blocks, index, text)
                or (rule.concept == "footer" and text_goes_on(blocks[index + 1:]))):
            # (a bare number beside the page's facts is a counter, unless the text goes on
            # counting its parts below it; a contact line with the text's prose still below it
            # is the document's own, "监督电话：…" under a notice's title: a site's foot ends the page)
            rule = None
        if (rule is not None and rule.outside_text and index > 0 and kept and kept[-1][0] == blocks[index - 1][0]
                and blocks[index - 1][0] == origin - 1
                and (text_goes_on(blocks[index + 1:]) or _sentence_below(blocks, index)
                     or (rule.concept == "paywall" and self._closing_sentence_below(index, where)))):
            rule = None
        if rule is not None and rule.over_signature and signed_below(kept, blocks[index + 1:]):
            rule = None  # "网址：…" where a notice's readers apply, its signer and date below: its own
        if rule is not None and f"{rule.concept}.{rule.name}" in PICTURE_TEXT_RULES and holds_picture(block):
            rule = None
        if (rule is not None and (f"{rule.concept}.{rule.name}" in LONE_LABEL_RULES
                                  or (f"{rule.concept}.{rule.name}" in LABEL_LINE_RULES and is_label_alone(text)))
                and among_part_labels(blocks, index, self._site_label)):
            rule = None  # "日期:" among "标题:", "保管:" each over its text: the text's part name
        return rule

    def _site_label(self, line: str) -> bool:
        """A lone label a site prints (any lone-label rule takes it): no sibling part name of the
        text's. "来源:" over "日期:" under the title is a site's box though 日期 alone is a form's label
        too (field-label-alone-beside-chrome)."""
        if self._lone_label_rules is None:  # (read once a scan: most pages have no lone label)
            self._lone_label_rules = [r for r in self.rules if f"{r.concept}.{r.name}" in LONE_LABEL_RULES]
        return any(rule.pattern.search(line) for rule in self._lone_label_rules)

    def _piece_of_split_date(self, index: int) -> bool:
        """The line is a number or a date's unit alone, read with the lines around it as one
        written date (placement.piece_of_split_date); only the nearby lines are read."""
        low = max(0, index - SPLIT_DATE_REACH)
        lines, where = text_lines(self.blocks[low:index + SPLIT_DATE_REACH + 1])
        return index - low in where and piece_of_split_date(lines, where[index - low])

    def _closing_sentence_below(self, index: int, where: set[str]) -> bool:
        """The next line is a short sentence of the text's, no rule's ("庆祝大会到此结束，谢谢大家！"
        under a host's "……"): the text closes below the elision, as a long paragraph would go on."""
        if index + 1 >= len(self.blocks) or not is_text_block(below := self.blocks[index + 1][1]):
            return False
        line = " ".join(block_text(below).split())
        return (len(line) >= CLOSING_SENTENCE_MIN_CHARS and _SENTENCE_END.search(line[-1:]) is not None
                and first_matching_rule(self.rules, line, where) is None)

    def _no_rule_acts(self, index: int, origin: int, block: pf.Block, text: str, where: set[str],
                      previous_rule: str | None) -> None:
        """No rule takes the line as it stands: a follower of the line dropped above it, a rule
        reading it on into the next line, or a site's line glued to it may; else it stays."""
        # (a follower is looked for first: a line right after a dropped one is rare, and the
        # picture test walks every inline of the block)
        if ((follower := following(self.followers, previous_rule, text, where)) and not holds_picture(block)
                and not numbers_the_document(text, self.removed[-1][1] if self.removed else "")):
            self.removed.append((origin, text, f"{follower.concept}.{follower.name}"))
            self.dropped_by = f"{follower.concept}.{follower.name}"
        elif (joined_rule := wrapped_rule(self.blocks, index, text, self.rules, where, self.keep,
                                          _text_of(self.kept[-1][1]) if self.kept else None)) is not None:
            # No rule matched the line, but one matches it read on into the next short line,
            # across the seam: one chrome line hard-wrapped in two. Both halves go (wrapped.py).
            self.removed.append((origin, text, f"{joined_rule.concept}.{joined_rule.name}"))
            self.finishing[index + 1] = self.dropped_by = f"{joined_rule.concept}.{joined_rule.name}"
        else:
            if is_text_block(block) and (
                    found := unmatched_glued_chrome(glued_line := inline_text(block), self.rules, where,
                                                    _text_of(self.kept[-1][1]) if self.kept else "")):
                # No rule matched the line whole (too long for it, or anchored), but one matches
                # the site's line glued to its start or end: that piece goes (glued.py).
                span, piece_rule = found
                self.removed.append((origin, cut_spans(block, [span]), f"{piece_rule.concept}.{piece_rule.name}"))
                if span[1] == len(glued_line):
                    self.dropped_by = f"{piece_rule.concept}.{piece_rule.name}"
            self.kept.append((origin, block))

    def _act(self, rule: Rule, index: int, origin: int, block: pf.Block, text: str, where: set[str],
             in_head: bool) -> bool:
        """The rule's action on the line; False when it dropped the rest of the document."""
        name = f"{rule.concept}.{rule.name}"
        if rule.action == "drop-rest" and works_listed_below(self.blocks[index + 1:]):
            # The label over works named in book-title marks: a reading list of the document's
            # own, its heading and its books stay (placement.works_listed_below).
            self.kept.append((origin, block))
        elif rule.action == "drop-rest" and (article_follows(self.blocks[index + 1:]) or introduces_sample(
                rule_form(text), [block_text(b) for _, b in self.blocks[index + 1:] if is_text_block(b)])
                or takes_the_prose(self.kept, self.blocks[index + 1:])
                or numbering_goes_on(self.kept, self.blocks[index + 1:])
                or signed_close_follows(self.blocks[index + 1:])
                or ending_follows(self.blocks[index + 1:], self.rules)
                or sample_follows(self.blocks[index + 1:], self._page_announces_samples)):
            self._drop_line_above_article(rule, origin, block, text, where, name)
        elif rule.action == "drop-rest" and (
                span := glued_article(block, rule, self.rules, where, self.kept, self.blocks[index + 1:])):
            # "延伸阅读:X" glued to the first paragraph of the sample it names (a lost line
            # break): read with that paragraph below it, the line names a text that stays.
            self.removed.append((origin, cut_spans(block, [span]), name))
            self.kept.append((origin, block))
        elif rule.action == "drop-rest":
            self._drop_rest(index, name)
            return False
        elif rule.action == "cut" and (is_text_block(block) or isinstance(block, pf.Header)):
            # A cut takes its span and leaves the rest of the line, a heading's too: a wiki's
            # "历史[编辑]" read from HTML is a Header, and its name is the text's.
            self._cut(rule, index, origin, block, text, where, name)
        elif (rule.concept == "lead-in" and is_text_block(block)
                and (self.inside_sample or self._text_begun() or NUMBERED_POINT.match(text))
                and (own_end := preamble.own_text_end(fold_script(inline_text(block)), rule.pattern))):
            # A sample's first paragraph with the site's 小编 sentence glued to its end: the
            # sentence goes, the sample's own sentences stay (preamble.own_text_end). So under the
            # text's own paragraphs, or after a numbered point of the text ("六是…。本文档由用户
            # 上传，仅供学习交流。"): a site's stamp printed into a paragraph of the text, whose
            # sentences before it are no genre talk of a lead-in.
            self.removed.append((origin, cut_spans(block, [(own_end, len(inline_text(block)))]), name))
            self.kept.append((origin, block))
        elif (rule.concept == "lead-in" and rule.where == "head" and rule.prose and rule.action == "drop"
              and in_head and is_text_block(block)
              and (text_start := preamble.glued_text_start(fold_script(glued_line := inline_text(block)),
                                                           rule.pattern))
              and not drops(first_matching_rule(self.rules, " ".join(glued_line[text_start:].split()), where))):
            # The site's lead-in sentence with the document's first paragraph glued to it, no full
            # stop between: the sentence goes, the paragraph stays (preamble.glued_text_start).
            self.removed.append((origin, cut_spans(block, [(0, text_start)]), name))
            self.kept.append((origin, block))
        elif (rule.action == "drop" and not rule.whole_block and rule.concept not in WHOLE_LINE_CONCEPTS
                and is_text_block(block)
                and (span := glued_chrome(glued_line := inline_text(block), rule, self.rules, where))):
            self._cut_glued_chrome(rule, index, origin, block, glued_line, span, name)
        else:
            self._drop_line(rule, index, origin, text, where, in_head, name)
        return True

    def _drop_line_above_article(self, rule: Rule, origin: int, block: pf.Block, text: str, where: set[str],
                                 name: str) -> None:
        """"推荐阅读：…" above the article itself (a teaser line on a short page, where the
        second half counts as the tail), or naming one sample above its text, or above more of
        the text's prose than stands before it: the line goes, the article stays. A paragraph
        glued to it stays too: only the chrome piece is cut (glued.py)."""
        glued_line = inline_text(block) if is_text_block(block) else ""
        if glued_line and (span := glued_chrome(glued_line, rule, self.rules, where)):
            self.removed.append((origin, cut_spans(block, [span]), name))
            self.kept.append((origin, block))
            return
        self.removed.append((origin, text, name))

    def _drop_rest(self, index: int, name: str) -> None:
        """The line and everything after it go (other pages' titles below the document), but
        the lines a keep rule protects. A line below that a dropping rule names on its own (the
        copyright, ICP or "返回顶部" line under the list) is recorded under that rule, so that the
        review page and --dry-run give its own family, not the list's; a line of the list's own
        family (another counted title) stays under the list's name."""
        for below, (later_origin, dropped) in enumerate(self.blocks[index:]):
            text = " ".join(block_text(dropped).split())
            if keeping_rule(self.rules, text):
                self.kept.append((later_origin, dropped))
                continue
            own = first_matching_rule(self.rules, text, TAIL) if below else None
            own_name = (f"{own.concept}.{own.name}" if own is not None and own.action != "cut"
                        and not name.startswith(f"{own.concept}.") else name)
            self.removed.append((later_origin, block_text(dropped), own_name))

    def _cut(self, rule: Rule, index: int, origin: int, block: pf.Block, text: str, where: set[str],
             name: str) -> None:
        """The span the cut rule matches goes; the rest of the line stays."""
        cut = cut_pattern(block, rule.pattern)
        if not cut and not rule.pattern.search(text):
            if spans_a_form(rule.search, text):
                # The whole line is what the cut takes, once folded (full-width noise): it goes.
                self.removed.append((origin, text, name))
                return
            # Matched in the folded script only (a pinyin gloss inside): leave the line.
            self.kept.append((origin, block))
            return
        if not cut:
            # The match spans a normalised blank only: rebuild as plain text.
            remaining = rule.pattern.sub("", text).strip()
            cut = text.replace(remaining, "", 1)
            block = para(remaining)
        self.removed.append((origin, cut, name))
        if block_text(block):
            self.kept.append((origin, block))
        elif reads_on(rule, self.blocks, index, text, self.rules, self.keep, where):
            # The cut took the whole line, which breaks off after a comma: its wrapped rest too.
            self.finishing[index + 1] = self.dropped_by = name

    def _cut_glued_chrome(self, rule: Rule, index: int, origin: int, block: pf.Block, glued_line: str,
                          span: tuple[int, int], name: str) -> None:
        """A site's line glued to a paragraph of the text (a lost line break): the chrome piece
        goes, the paragraph stays (glued.py)."""
        chrome = cut_spans(block, [span])
        self.removed.append((origin, chrome, name))
        self.kept.append((origin, block))
        if span[1] == len(glued_line):
            # The chrome ends the line: the next line follows it as it would follow the
            # chrome's own line (a follower's value, the rest of a wrapped notice).
            self.dropped_by = name
            if rule.wraps:
                self.finishing.update(dict.fromkeys(wrapped.continuation(self.blocks, index, chrome), name))

    def _drop_line(self, rule: Rule, index: int, origin: int, text: str, where: set[str], in_head: bool,
                   name: str) -> None:
        """The whole line goes, with what belongs to it: a lead-in's definition or the first
        half of its wrapped paragraph above it, a wrapped notice's rest below it."""
        kept = self.kept
        # (a head rule's only: a closing line's rule, on a page short enough to be all head, has
        # the text's own last sentence above it, "一是…，二是…。" as much a "definition" as any)
        if (rule.concept == "lead-in" and rule.where == "head" and kept and in_head
                and is_definition(kept[-1][1])
                and not keeping_rule(self.rules, block_text(kept[-1][1]))):
            before, definition = kept.pop()
            self.removed.append((before, block_text(definition), "lead-in.definition-before-lead-in"))
        elif (rule.concept == "lead-in" and rule.where == "head" and rule.prose and in_head
              and (talk := preamble.talk_above(kept, origin, self.keep))
              and not any(keeping_rule(self.rules, block_text(block)) for _, block in kept[-talk:])):
            # The site's genre talk one sentence a line above its lead-in sentence, all the page
            # shows above it (preamble.talk_above): it goes with it.
            for before, block in kept[-talk:]:
                self.removed.append((before, " ".join(block_text(block).split()), preamble.TALK_ABOVE_RULE))
            del kept[-talk:]
        elif (name == CONTENTS_RULE and kept and in_head and kept[-1][0] == origin - 1
              and isinstance(kept[-1][1], (pf.Para, pf.Plain)) and id(kept[-1][1]) not in self.keep
              and _SENTENCE_END.search(above := " ".join(block_text(kept[-1][1]).split()))
              and not keeping_rule(self.rules, above)):
            # The page's summary of the article, right above the page's list of its sections.
            before, _ = kept.pop()
            self.removed.append((before, above, SUMMARY_RULE))
        elif (rule.concept in WHOLE_LINE_CONCEPTS and kept and kept[-1][0] == origin - 1
              and isinstance(kept[-1][1], (pf.Para, pf.Plain)) and id(kept[-1][1]) not in self.keep
              and wrapped.first_half(above := " ".join(block_text(kept[-1][1]).split()))
              and not keeping_rule(self.rules, above)):
            # The lead-in's paragraph wrapped in two: its genre talk broke off mid-sentence
            # on the line right above the 小编 sentence the rule matched. It goes with it.
            before, _ = kept.pop()
            self.removed.append((before, above, name))
        self.removed.append((origin, text, name))
        self.dropped_by = name
        rest = wrapped.continuation(self.blocks, index, text) if rule.wraps else []
        if rest:
            self.finishing.update(dict.fromkeys(rest, name))
        elif rest_rule := reads_on(rule, self.blocks, index, text, self.rules, self.keep, where):
            # The line runs on into the next short line, read as one (reads_on): its rest.
            self.finishing[index + 1] = f"{rest_rule.concept}.{rest_rule.name}"


# "——在全区表彰大会上的讲话": the speech's occasion under its title, the document's own line.
_SPEECH_OCCASION = LazyPattern(r"^\s*(?:——|—|--)\s*在|(?:讲话|致辞|发言|演讲|报告|讲稿)\s*$")


# Where a line under a dropped list stands: at the document's end.
TAIL = frozenset({"anywhere", "tail"})


def _sentence_below(blocks: list[tuple[int, pf.Block]], index: int) -> bool:
    """Whether the next line with text finishes a sentence, however short: the text goes on
    below a line standing right under one of its own lines (a part's name over its paragraph)."""
    below = _next_text_line(blocks, index)
    return below is not None and FINISHED_SENTENCE.search(block_text(blocks[below][1])) is not None


def _next_text_line(blocks: list[tuple[int, pf.Block]], index: int) -> int | None:
    """The index of the first line with text after `index` (blank lines passed over), if any."""
    for after in range(index + 1, min(index + 3, len(blocks))):
        block = blocks[after][1]
        if not is_text_block(block):
            return None
        if block_text(block).strip():
            return after
    return None


def drop_repeated_lines(kept: list[tuple[int, pf.Block]], removed: list[tuple[int, str, str]],
                        rules: tuple[Rule, ...], title: str | None, file_site: bool) -> list[tuple[int, pf.Block]]:
    """The repetition steps over what a scan kept (repeats.py): other pages' teasers,
    watermarks, page-chunk numbers, the file's name opening a page chunk. Appends what they
    remove to `removed`; returns what stays."""
    # Lines the steps found nothing in before are not read again (_UNCHANGED).
    key = None if keeps_any(rules) else _repeats_key(kept, title, _file_names(removed, title, file_site), file_site)
    if key is not None and key in _UNCHANGED:
        return list(kept)
    count = len(removed)
    kept = _drop_repeated_lines(kept, removed, rules, title, file_site)
    if key is not None and len(removed) == count:
        if len(_UNCHANGED) >= MAX_UNCHANGED:
            _UNCHANGED.clear()
        _UNCHANGED.add(key)
    return kept


# The inputs on which the repetition steps removed nothing: the settling rounds scan a page again
# (the line loop's second round, the pipeline's second boilerplate pass) and hand the steps the
# same blocks, on which they find nothing again (~3 M instructions a time on the seed). The steps
# read the blocks' kinds (Para/Plain/Header or other) and texts in order, the title, the file's
# names and whether it is a 文库 page: the key holds those (the texts by a digest). Blocks'
# positions in the document (origins) are read only for the removals' records. Without keep
# rules only (with them, blocks sit out and rejoin by origin). Bounded: cleared when full.
_UNCHANGED: set[tuple] = set()
MAX_UNCHANGED = 16


def _repeats_key(kept: list[tuple[int, pf.Block]], title: str | None, names: tuple[str, ...],
                 file_site: bool) -> tuple:
    # (the texts by their digest: a key holding them would hold a long page's megabytes)
    texts = resources.digest(*((inline_text(block) if is_text_block(block) else block_text(block))
                               .encode("utf-8", "surrogatepass") if isinstance(block, (pf.Para, pf.Plain, pf.Header))
                               else b"\xff" for _, block in kept))  # (never a text's UTF-8)
    return title, names, file_site, tuple(type(block) for _, block in kept), texts


def _file_names(removed: list[tuple[int, str, str]], title: str | None, file_site: bool) -> tuple[str, ...]:
    # Only a 文库 page (its profile on) shows an uploaded file's pages: elsewhere "1、<title>…"
    # opens a numbered list.
    return (repeats.file_names(title, [text for _, text, rule in removed if rule == PAGE_IMAGE_RULE])
            if file_site else ())


def _drop_repeated_lines(kept: list[tuple[int, pf.Block]], removed: list[tuple[int, str, str]],
                         rules: tuple[Rule, ...], title: str | None, file_site: bool) -> list[tuple[int, pf.Block]]:
    # Blocks a keep rule protects sit out the repetition steps and rejoin in their place.
    protected = [(o, b) for o, b in kept if keeping_rule(rules, " ".join(block_text(b).split()))] \
        if keeps_any(rules) else []
    if protected:
        origins = {o for o, _ in protected}
        kept = [item for item in kept if item[0] not in origins]
    kept, gone = repeats.drop_teasers(kept, title)
    removed.extend(gone)
    # The steps read the same texts: read once, again only after a step cut something.
    texts = None
    names = _file_names(removed, title, file_site)
    for step in (repeats.cut_watermarks, repeats.cut_tail_stamps, repeats.cut_chunk_markers,
                 functools.partial(repeats.cut_chunk_prefixes, names=names),
                 functools.partial(repeats.cut_slide_dates, file_site=file_site)):
        texts = repeats.inline_texts(kept) if texts is None else texts
        kept, gone = step(kept, texts)
        removed.extend(gone)
        if gone:
            texts = None
    if protected:
        kept = sorted(kept + protected, key=lambda item: item[0])
    return kept


# The mark a line of verse ends on when the sentence goes on into the next line.
_GOES_ON = re.compile(r"[，,；;、]\s*$")


def _a_line_of_verse(text: str, kept: list[tuple[int, pf.Block]]) -> bool:
    """Whether the title's words here are a line of the text (a song's refrain "我爱我的家乡，" /
    "我爱我的家乡。"): the line goes on into the next one, or ends the sentence the line above
    left open. A page prints its title again as a name, never mid-sentence."""
    above = _text_of(kept[-1][1]) if kept else None
    return bool(_GOES_ON.search(text)) or bool(above and _GOES_ON.search(above))


def _names_a_sample(text: str | None) -> bool:
    """A line holding a sample's marker alone ("范文二：", "【第二篇】"): the line under it names that sample."""
    marker = sample_marker(text) if text else None
    return marker is not None and marker.bare and marker.end >= len(text.rstrip())
