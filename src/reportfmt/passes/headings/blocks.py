"""Restore heading lines the page lost: hard-wrapped headings, documents flattened to a line and
documents extracted in chunks, a chunk a line, whose parts run across the chunks.

Both work on the top-level blocks before the headings are decided; neither drops a character.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

import panflute as pf

from ..elements import block_text, inline_text, is_text_block
from ..inline_split import split_inlines, strip_inlines
from ..regex_cache import LazyPattern
from .flattened import ends_in_name_word, ends_with_name, name_word_cut, sample_at_start, sample_cuts
from .glued import echo_cut
from .measure import HAS_WORD, is_body, squeeze
from .numbering import (
    CN_NUMERAL,
    FW_DIGITS,
    ORDINAL_FAMILIES,
    SECTION_FAMILIES,
    STANDALONE_HEADING,
    YEAR_NAME,
    Marker,
    cn_to_int,
    parse_marker,
)
from .shapes import HEADING_MAX_CHARS, heading_shape

# The second line of a wrapped heading is short and open (no sentence end, no marker).
WRAP_TAIL_MAX_CHARS = 20
# A wrapped first line is long (the wrap width) unless it is a bare "第一章".
WRAP_HEAD_MIN_CHARS = 12
_SENTENCE_PUNCT = LazyPattern(r"[。；;！!？?，,：:、]")
_SENTENCE_END = LazyPattern(r"[。；;！!？?：:]")
# "【源头减量】" under "二、行动纲领：…": a label wholly in brackets is a line of its own, never the
# last words of the heading above it.
_BRACKETED_LINE = LazyPattern(r"^[【\[［][^【】\[\]［］]+[】\]］]$")

# Flattened pages: one paragraph this long holding several sections.
FLAT_MIN_CHARS = 200
FLAT_SECTION_MIN_CHARS = 60
# A 方案 flattened with its short parts ("一、活动主题绿满家园二、活动时间…"): three or more in order
# prove the chain though a part is a few words, the gap at least a marker and a four-character name
# (the shortest seen: "三、活动简介四、"; "一、学习二、习惯三、" is a sentence's list of words).
FLAT_SHORT_SECTION_MIN_CHARS = 6
FLAT_SHORT_CHAIN_MIN = 3
# A paragraph cut short after its first part is shorter: a lead sentence, the heading, a bit of body.
LONE_FIRST_MIN_CHARS = 100
# Where the line break was, a blank often remains: the heading ends there.
FLAT_HEADING_MAX_CHARS = 30
# (a site may print the section marker with a dot for its 、: "。二.主要任务…", never "一.5"; a
# part named by its year, "。二.2024年工作打算", as numbering.YEAR_NAME reads it)
# (or with a comma, "。二，主要任务…", where a line break was: after a sentence end, a colon or a blank;
# "统一，" "万一，" in a sentence are words, _yi_in_text leaves them out)
_YI_IN_TEXT = LazyPattern(rf"([{CN_NUMERAL}]{{1,3}})(?:、|[.．](?![0-9{FW_DIGITS}.．])|[.．](?={YEAR_NAME})"
                           r"|[,，](?=\s*[\u3400-\u9fff]))")
# (or closed by its bracket alone, "一）", as a site may print it for "（一）": then only where a line
# break was, after a sentence end, a colon or a blank, or opening the text; "统一）" is no marker)
_PAREN_IN_TEXT = LazyPattern(rf"(?:[（(]|(?:(?<=[\s。！!？?：:；;])|^))([{CN_NUMERAL}]{{1,3}})[）)]")
# Before 一、 of a section there is a line start, punctuation or a blank, never a word.
_OPENS_SECTION = LazyPattern(r"[\s。！!？?：:”」』）)]")
# Where a lost line break leaves its trace: a sentence end, a colon or a blank.
_AFTER_BREAK = LazyPattern(r"[\s。！!？?：:]")
# "1." "2、" "3)" numbering a flattened part's points (not "1.5", not a date's "3.12", not "（1）").
_ARABIC_IN_TEXT = LazyPattern(r"(?<![\d.．（(])(\d{1,2})(?:[.．、]|[)）](?=[\u3400-\u9fff]))(?![\d.．])")
# A chain of "（一）" parts at the top of a flattened line with no 一、 parts: this far apart at least.
FLAT_PAREN_MIN_CHARS = 20
# "第五条 …。（一）…。（二）…。": an article's items, which stay in their article.
_ARTICLE_IN_TEXT = LazyPattern(r"第\s*[一二三四五六七八九十百\d]+\s*条")
# "第二、" "之二、" "其二、" are ordinals in a sentence, and "；二、" "，二、" an inline list.
_NOT_BEFORE_SECTION = set("第之其；;，,、") | set(CN_NUMERAL)
# A chain whose first part is printed "一，" prints its next ones so, glued after the last word of
# the part before where a line break was lost ("…邻里一家亲二，活动时间…"); but a numeral ending a
# word of days or grades ("每周二，" "初三，" "高一，" "星期五，" "礼拜六，") is no part's marker.
_NUMERAL_WORD_HEADS = set("周期初高大拜")


@dataclass
class Join:
    """One wrapped heading put back together, with what it takes to undo it."""

    first: pf.Block
    second: pf.Block
    first_content: list[pf.Inline]
    second_content: list[pf.Inline]

    def undo(self, blocks: pf.ListContainer) -> None:
        index = next(i for i, b in enumerate(blocks) if b is self.first)
        self.first.content = self.first_content
        self.second.content = self.second_content
        blocks.insert(index + 1, self.second)


def join_wrapped_headings(doc: pf.Doc) -> list[Join]:
    """"一、关于进一步加强基层党组织" + "建设的意见" -> one line; "第一章" + "总则" likewise.

    Returns the joins, so that a join whose line does not become a heading can be undone."""
    blocks = doc.content
    joins: list[Join] = []
    unwrapped: dict[str, int] | None = None  # worked out at the first wrapped-looking pair
    index = 0
    while index < len(blocks) - 1:
        first, second = blocks[index], blocks[index + 1]
        if is_text_block(first) and is_text_block(second):
            head, tail = block_text(first), block_text(second)
            after = blocks[index + 2] if index + 2 < len(blocks) else None
            before = blocks[index - 1] if index else None
            if _is_wrapped(head, tail, after) and not _tight_item(head, before):
                # "（三）及时总结，加强反馈" + "社区要对…" at the page's end: a sibling as long stands
                # whole above its body ("（二）加大宣传，营造氛围"): the line did not reach the wrap.
                # ("第一章" alone waits for its name whatever its siblings' length.)
                marker = parse_marker(head)
                bare = marker.end >= len(head)  # "第一章" alone: keep a blank
                unwrapped = _unwrapped_widths(blocks) if unwrapped is None else unwrapped
                if not bare and len(squeeze(head)) <= unwrapped.get(marker.family, 0):
                    index += 1
                    continue
                joins.append(Join(first, second, list(first.content), list(second.content)))
                joiner = [pf.Space()] if bare else []
                first.content = [*strip_inlines(list(first.content)), *joiner,
                                 *strip_inlines(list(second.content))]
                del blocks[index + 1]
        index += 1
    return joins


def _tight_item(head: str, before: pf.Element | None) -> bool:
    """"1.大专以上学历" / "2.两年以上工作经验" / "联系方式": an item right under its sibling, no line between,
    is a list's item, and the short line under it is the next label of the page, not its last words."""
    marker = parse_marker(head)
    above = parse_marker(block_text(before)) if before is not None and is_text_block(before) else None
    return (marker is not None and above is not None and above.family == marker.family
            and above.number == marker.number - 1)


def _first_child_below(marker, after: pf.Element | None) -> bool:
    """"1." / "读后感的写作步骤" / "（1）开头点题。…": the line after the name is the first item of a
    lower family, which proves the number and the name one heading (a page chunk's "1、" over a
    line of text has no such list under it)."""
    child = parse_marker(block_text(after)) if after is not None and is_text_block(after) else None
    return child is not None and child.number == 1 and child.rank > marker.rank


def _unwrapped_widths(blocks: pf.ListContainer) -> dict[str, int]:
    """Per numbering family, the longest heading-shaped line standing whole above body text."""
    widths: dict[str, int] = {}
    for block, after in itertools.pairwise(blocks):
        if not (is_text_block(block) and is_text_block(after)):
            continue
        text = block_text(block)
        marker = parse_marker(text)
        if marker and marker.end < len(text) and heading_shape(text, marker) and is_body(block_text(after)):
            widths[marker.family] = max(widths.get(marker.family, 0), len(squeeze(text)))
    return widths


def _is_wrapped(head: str, tail: str, after: pf.Element | None) -> bool:
    marker = parse_marker(head)
    if marker is None or marker.family == "tiao":
        return False
    bare = marker.end >= len(head)
    if bare and marker.family not in ORDINAL_FAMILIES and not _first_child_below(marker, after):
        return False  # "1、" alone may be a page chunk's number: its name must head a list of its own
    if not bare and not heading_shape(head, marker):
        return False
    if not bare and (len(squeeze(head)) < WRAP_HEAD_MIN_CHARS or marker.family in ORDINAL_FAMILIES):
        return False
    # "第一章" + "总则": the name of a bare chapter may be a word that stands alone elsewhere.
    # A tail without a word ("1", "12") is a page number or the next item's number, not the
    # heading's last words.
    if (len(squeeze(tail)) > WRAP_TAIL_MAX_CHARS or _SENTENCE_PUNCT.search(tail) or not HAS_WORD.search(tail)
            or parse_marker(tail) or (STANDALONE_HEADING.match(tail) and not bare)
            or _BRACKETED_LINE.match(squeeze(tail))
            or len(squeeze(head + tail)) > HEADING_MAX_CHARS):
        return False
    # What follows the pair must be body text or another numbered line, not more short lines.
    if after is None or not is_text_block(after):
        return True
    following = block_text(after)
    # "3.负责物品采购" / "任职要求" / "1.大专以上学历": the list below starts again at its first
    # number, in the head's own family; the short line is the label over that new list, not
    # the rest of an item of the list above it (a wrapped heading's text goes on to its body,
    # its first child or its next sibling).
    below = parse_marker(following)
    if below is not None and below.family == marker.family and below.number <= marker.number and not bare:
        return False
    return is_body(following) or below is not None


# A 文库 page printing its title glued to the first section: "5s管理制度第一章总则…",
# "应急预案一、应急预案". Only the first blocks hold the title.
TITLE_GLUED_WITHIN_BLOCKS = 5
TITLE_MIN_CHARS = 4
_SELF_REPEAT = LazyPattern(rf"^(?P<title>\S{{{TITLE_MIN_CHARS},30}}?)(?=(?:一、|第一章|（一）|\(一\))(?P=title))")
# "某公司接待管理制度第一章总则第一条为…", "…安全培训制度 第一章 新入职培训": a 制度's title glued to
# its first chapter (a 文库 or mobile page that lost the break after the title). The title ends in
# the word naming a rule (制度, 办法, 细则 …, a site's "大全"/"范本" after it); the chapter is proven by
# its short name ending the line or followed by its first article, so a sentence citing "本制度
# 第一章的规定，…" is no title.
_RULES_TITLE = LazyPattern(
    r"^(?P<title>[^\s，,。；;：:！!？?、“”]{2,28}?"
    r"(?:制度|办法|辦法|规定|規定|细则|細則|章程|条例|條例|规则|規則|规范|規範|守则|守則|须知|須知)"
    r"(?:大全|范本|範本|范文|範文|模板|汇编|彙編)?)"
    r"\s*(?=第一章\s*[^\s，,。；;：:！!？?、的]{2,12}?\s*(?:第一条|第1条|$))")


def split_glued_title(doc: pf.Doc, title: str | None) -> None:
    """Cut the page's title off the first section marker glued to it: the title known (the
    metadata), or the words that the first section's own name repeats."""
    title_key = squeeze(title) if title and len(squeeze(title)) >= TITLE_MIN_CHARS else None
    seen = 0
    for position, block in enumerate(list(doc.content)):
        if not is_text_block(block):
            continue
        seen += 1
        if seen > TITLE_GLUED_WITHIN_BLOCKS:
            return
        text = block_text(block)
        cut = _title_end(text, title_key)
        if cut:
            head, rest = cut_at(list(block.content), [cut])
            doc.content[position:position + 1] = [type(block)(*head), type(block)(*rest)]
            return


def _title_end(text: str, title_key: str | None) -> int:
    end = 0
    if title_key and squeeze(text[:len(title_key) * 2]).startswith(title_key):
        matched = 0
        while end < len(text) and matched < len(title_key):  # walk the title through the blanks
            matched += not text[end].isspace()
            end += 1
    elif repeat := _SELF_REPEAT.match(text):
        end = repeat.end("title")
    elif rules_title := _RULES_TITLE.match(text):
        end = rules_title.end("title")
    if not end or end >= len(text):
        return 0
    rest = text[end:].strip()
    marker = parse_marker(rest)
    if marker is None or marker.number != 1 or marker.family not in ("part", "zhang", "yi", "paren_cn"):
        return 0
    # "…先进事迹材料(一)" with nothing after the number: the title numbered, the first sample's
    # marker (samples.numbered_title), not the title glued to a section's name.
    return end if rest[marker.end:].strip() else 0


def split_flattened(doc: pf.Doc) -> None:
    """Cut a page flattened into one paragraph at its 一、/（一） section markers, and a chapter
    line from the first article glued to it; then a page extracted in chunks at the 一、 parts its
    lines glue mid-line (_split_chunk_chain)."""
    out: list[pf.Element] = []
    for block in list(doc.content):
        if not is_text_block(block):
            out.append(block)
            continue
        if cut := _chapter_article_cut(block_text(block)):
            chapter, article = (type(block)(*part) for part in cut_at(list(block.content), [cut]))
            out.append(chapter)
            block = article
        # "X方案(3篇)(篇一)…(篇二)…": each sample apart first, its parts numbered afresh.
        cuts = sample_cuts(block_text(block)) if len(block_text(block)) >= FLAT_MIN_CHARS else []
        for piece in (type(block)(*part) for part in cut_at(list(block.content), cuts)) if cuts else [block]:
            out.extend(_split_block(piece) if len(block_text(piece)) >= LONE_FIRST_MIN_CHARS or cuts else [piece])
    doc.content = _split_chunk_chain(out)


# A 文库 text extracted in chunks, a chunk a line ("…制定本方案。一、总体目标到年底，…" / "三、实施步骤
# 第一阶段…。四、保障措施街道成立…"), the chunk's number perhaps opening it ("2、三、实施步骤…"): each
# line too short, or holding too few parts, for a chain of its own,
# but the page's 一、 parts run in order across the lines, each opening a line or glued after a
# sentence end (the first after the document's title). Three parts at least make the chain; a part
# glued mid-line is cut off only when its name's end is proven the way a flattened part's is: its
# first child glued after it, a name word with its body glued on, or the body echoing the name (a
# sentence's list, "分三步：一、摸底。二、整改。…", proves none), and some way after its sibling.
# (Seen on m.wenkunet.com and taowenge.com, whose chunks open with their numbers, and 74807.com;
# boteman.cn and zixin.com.cn chunk their documents so too, their numbered points glued mid-line.)
CHUNK_CHAIN_MIN = 3
# A chunk's number opening its line, before the part that opens the chunk ("2、三、实施步骤…").
_CHUNK_NUMBER = LazyPattern(r"\d{1,3}[、.．]\s*")


def _split_chunk_chain(blocks: list[pf.Element]) -> list[pf.Element]:
    """Cut the lines of a page extracted in chunks at its 一、 parts glued mid-line (see above), and each
    part's name off its body."""
    texts = [inline_text(b) if is_text_block(b) else None for b in blocks]
    members: list[tuple[int, int, bool]] = []  # (block, offset, glued mid-line or after a chunk number)
    wanted = 1
    for index, text in enumerate(texts):
        if not text:
            continue
        last = None  # the offset of this line's last member (siblings stand apart)
        for match in _yi_in_text(text):
            if cn_to_int(match.group(1)) != wanted:
                continue
            start = match.start()
            lead = text[:start].strip()
            numbered = bool(lead) and bool(_CHUNK_NUMBER.fullmatch(text[:start].lstrip()))
            glued = bool(lead) and not numbered
            if glued:
                before = text[start - 1]
                if before in _NOT_BEFORE_SECTION or not (
                        _AFTER_BREAK.match(before) or (wanted == 1 and _GLUED_TITLE.fullmatch(lead))):
                    continue
                if last is not None and start - last < FLAT_PAREN_MIN_CHARS:
                    continue
            if (glued or numbered) and not _chunk_head_proven(text[start:]):
                continue
            members.append((index, start, glued or numbered))
            last = start
            wanted += 1
    if len(members) < CHUNK_CHAIN_MIN or not any(glued for *_, glued in members):
        return blocks
    heads = [texts[i][start:] for i, start, _ in members]
    by_name = all(ends_with_name(h, m.end) and not _runs_on(h, m) for h in heads if (m := parse_marker(h)))
    # (a part opening its line after the chunk's number, "3、三、实施步骤…", is cut off the number as a
    # glued one is; the number stays a line of its own)
    cuts: dict[int, list[int]] = {}
    for index, start, glued in members:
        cuts.setdefault(index, []).extend([start] if glued else [])
    out: list[pf.Element] = []
    for index, block in enumerate(blocks):
        if index not in cuts:
            out.append(block)
            continue
        offsets = cuts[index]
        pieces = cut_at(list(block.content), offsets)
        for piece in pieces:
            text = "".join(inline_text(e) for e in piece)
            marker = parse_marker(text)
            if marker is not None and marker.family in SECTION_FAMILIES and _chunk_head_proven(text):
                out.extend(type(block)(*part) for part in _split_piece(piece, by_name=by_name))
            else:
                out.append(type(block)(*piece))
    return out


def _chunk_head_proven(text: str) -> bool:
    """The part opening `text` ends its name where a flattened part's does: before its first child,
    after a name word its body is glued to, or before its body's echo of the name."""
    marker = parse_marker(text)
    if marker is None:
        return False
    return bool(_CHILD_AFTER_HEAD.match(text, marker.end) or echo_cut(text, marker)
                or (name_word_cut(text, marker.end) and not _runs_on(text, marker)))


# "…。三、工作要求是人人参与…", "二、主要任务包括…": after a name word, a copula, a modal or a joining
# word goes on with the sentence the words began; a body glued to its name opens with words of its own.
_RUNS_ON = LazyPattern(r"是|要|應|应|在于|在於|包括|即|就|的|和|与|與|及|也|都")


def _runs_on(text: str, marker: Marker) -> bool:
    """The words after a part's name word go on with the sentence (_RUNS_ON)."""
    cut = name_word_cut(text, marker.end)
    return bool(cut) and bool(_RUNS_ON.match(text, cut))


# "第二章 财务收支内部控制 第五条 实行预算控制。": the chapter's name ends where its first
# article starts (a 文库 page lost the line break between them).
_GLUED_ARTICLE = LazyPattern(rf"\s*第\s*(?:[{CN_NUMERAL}]+|\d+)\s*条(?!件|例|款|约|幅|规|理|据)")
CHAPTER_NAME_MAX_CHARS = 20


def _chapter_article_cut(text: str) -> int:
    marker = parse_marker(text)
    if marker is None or marker.family not in ("zhang", "jie"):
        return 0
    article = _GLUED_ARTICLE.search(text, marker.end, marker.end + CHAPTER_NAME_MAX_CHARS + 8)
    if not article:
        return 0
    name = text[marker.end:article.start()].strip(" ：:")
    if not 2 <= len(squeeze(name)) <= CHAPTER_NAME_MAX_CHARS or _SENTENCE_PUNCT.search(name):
        return 0
    return article.start()


def _split_block(block: pf.Element) -> list[pf.Element]:
    text = inline_text(block)
    chained = _chain(text, _YI_IN_TEXT, first_needs_gap=True) if len(text) >= FLAT_MIN_CHARS else []
    if len(text) >= LONE_FIRST_MIN_CHARS:
        short = _chain(text, _YI_IN_TEXT, first_needs_gap=True, min_gap=FLAT_SHORT_SECTION_MIN_CHARS)
        if len(short) >= FLAT_SHORT_CHAIN_MIN and len(short) > len(chained):
            chained = short
    # "(篇一)为传承…。一、…": a sample's marker opens its piece, a line of its own.
    if not chained and len(text) >= FLAT_MIN_CHARS and not _ARTICLE_IN_TEXT.search(text):
        # "…组成。 （一）标题，…： 1.…。 2.…。 （二）正文。…": parts numbered （一） where no 一、 is,
        # each after a break's trace; their points are cut in the pieces (_split_piece).
        chained = _chain(text, _PAREN_IN_TEXT, first_needs_gap=True, min_gap=FLAT_PAREN_MIN_CHARS,
                         every_needs_break=True)
        pieces_are_parts = bool(chained)
    else:
        pieces_are_parts = False
    head = sample_at_start(text)
    # (an outline's three named items in order prove it on a shorter line too)
    if not chained and not head and (outline := _decimal_outline(block, text)):
        return outline
    cuts = chained or _blank_chain(text) or _lone_first_section(text)
    if head and (cuts or len(text) > head):
        cuts = [head, *cuts]
    if not cuts:
        return [block]
    pieces = cut_at(list(block.content), cuts)
    texts = ["".join(inline_text(e) for e in piece) for piece in pieces]
    # A name word ends the names only where every part of the chain shows one: a pattern of the
    # page ("一、活动主题绿满家园" "二、活动时间3月12日"), not one provision's words ("二、党员出现思想
    # 波动…时，…" among provisions that name nothing).
    parts = [(t, m) for t in texts if (m := parse_marker(t)) and m.family in SECTION_FAMILIES]
    by_name = len(parts) >= 2 and all(ends_with_name(t, m.end) for t, m in parts)
    result: list[pf.Element] = []
    for piece in pieces:
        for part in _split_piece(piece, by_name=by_name, points=pieces_are_parts):
            result.append(type(block)(*part))
    return result



def _split_piece(piece: list[pf.Inline], by_name: bool = False, points: bool = False) -> list[list[pf.Inline]]:
    """A section's text: its （一） sub-sections apart (unless it is one, `points`), the heading
    apart from its body, and its "1." "2." points apart, each after a break's trace (a sentence
    end, a colon, a blank): "一、…特点：1. 自我性…。2. 回顾性…。"."""
    text = "".join(inline_text(e) for e in piece)
    cuts = [] if points else _chain(text, _PAREN_IN_TEXT, first_needs_gap=False)
    if not cuts and not points and (child := _glued_first_child(text)):
        # "一、上半年工作一）守住…。二）提升…": the first "一）" glued to the part's name, its
        # siblings after sentence ends: the chain starts where the name ends.
        cuts = [child + cut for cut in _chain(text[child:], _PAREN_IN_TEXT, first_needs_gap=False)]
    parts = cut_at(piece, cuts)
    result = []
    for part in parts:
        part = strip_inlines(part)
        part_text = "".join(inline_text(e) for e in part)
        marker = parse_marker(part_text)
        start = marker.end if marker is not None and marker.family != "arabic" else 0
        items = [start + cut for cut in _chain(part_text[start:], _ARABIC_IN_TEXT, first_needs_gap=True,
                                               min_gap=FLAT_SHORT_SECTION_MIN_CHARS, every_needs_break=True)]
        pieces = cut_at(part, items) if items else [part]
        for one in pieces:
            result.extend(_split_heading_from_body(strip_inlines(one), by_name))
    return [p for p in result if p]


# A 文库 extraction of a document numbered as an outline, run onto one line: "…预案 1 总则 1.1 编制目的 为了
# 提高…。 1.2 编制依据 依据…。 1.3 适用范围 本预案…" (m.wenke99.com), "…指南第1章总则1.1适用范围本指南适用
# 于…。1.2定义与职责本指南中…" (renrendoc.com), "…领域。1.2. 设计原则1、 基础性…" (zixin.com.cn's chunks).
# Its 1.1 1.2 … 2.1 items run in order, each after a sentence end, a colon or a blank (the first of a
# chapter after the chapter's own short head, "1 总则", "第1章总则", cut off too); three at least
# whose names end where a flattened part's does (a blank, a name word with its body glued on) prove
# the outline. Each item is cut off, and its name off its body where that shows.
_DECIMAL_IN_TEXT = LazyPattern(r"(?<![\d.．])(\d{1,2})[.．](\d{1,2})[.．]?(?![\d.．%％])")
_CHAPTER_BEFORE = LazyPattern(r"(?:第\s*(\d{1,2})\s*章|(?<![\d.．])(\d{1,2}))\s*[^\s\d，,。；;：:、.．]{2,12}\s*$")
DECIMAL_CHAIN_MIN = 3
OUTLINE_NAME_MIN_CHARS = 4
OUTLINE_TITLE_MAX_CHARS = 40
OUTLINE_BODY_MIN_CHARS = 8


def _decimal_outline(block: pf.Element, text: str) -> list[pf.Element]:
    """The blocks of a flattened outline (see above), or [] when the line holds none."""
    items: list[tuple[int | None, int, int]] = []  # (its chapter's head, the item, the end of its name)
    last: tuple[int, int] | None = None
    for match in _DECIMAL_IN_TEXT.finditer(text):
        number = (int(match.group(1)), int(match.group(2)))
        if (last is None and number[1] != 1) or (last is not None and number not in (
                (last[0], last[1] + 1), (last[0] + 1, 1))):
            continue
        start = match.start()
        chapter = _CHAPTER_BEFORE.search(text, 0, start) if number[1] == 1 else None
        # (the chapter's head after a break, or the first after the document's title glued before it)
        lead = text[:chapter.start()].strip() if chapter is not None else ""
        if chapter is not None and (int(chapter.group(1) or chapter.group(2)) != number[0] or (
                chapter.start() and not _AFTER_BREAK.match(text[chapter.start() - 1]) and not (
                    last is None and len(lead) <= OUTLINE_TITLE_MAX_CHARS and not _SENTENCE_PUNCT.search(lead)))):
            chapter = None
        if start and not _AFTER_BREAK.match(text[start - 1]) and chapter is None:
            continue
        items.append((chapter.start() if chapter is not None else None, start, _outline_name_end(text, match.end())))
        last = number
    starts = sorted({*(c for c, _, _ in items if c is not None), *(s for _, s, _ in items)})
    cuts: list[int] = []
    named = 0
    for chapter_start, start, name_end in items:
        cuts.extend([start] if chapter_start is None else [chapter_start, start])
        # (a name with a body of its own: a contents list run onto a line names items with none)
        body = text[name_end:next((s for s in starts if s > start), len(text))] if name_end else ""
        if len(body.strip()) >= OUTLINE_BODY_MIN_CHARS and _SENTENCE_PUNCT.search(body):
            cuts.append(name_end)
            named += 1
    if named < DECIMAL_CHAIN_MIN:
        return []
    return [type(block)(*piece) for piece in cut_at(list(block.content), cuts)]


def _outline_name_end(text: str, start: int) -> int:
    """Where an outline item's name starting at `start` ends: at a blank after a few words, or after
    the first name word (of four characters or more) its body is glued to ("编制依据依据…": the
    body's verb repeats the name word); 0 when neither shows."""
    while start < len(text) and text[start] in " \t\u3000":
        start += 1
    blank = re.match(rf"[^\s，,。；;：:！!？?、]{{2,{FLAT_HEADING_MAX_CHARS}}}(?=\s)", text[start:])
    if blank:
        return start + blank.end()
    if not (named := name_word_cut(text, start)):
        return 0
    shortest = next((end for end in range(start + OUTLINE_NAME_MIN_CHARS, named)
                     if ends_in_name_word(text, start, end)), named)
    return 0 if _RUNS_ON.match(text, shortest) else shortest


def _glued_first_child(text: str) -> int:
    """Where the first child glued to a part's name starts ("一、上半年工作一）…"), or 0."""
    marker = parse_marker(text)
    if marker is None or marker.family not in SECTION_FAMILIES:
        return 0
    child = _CHILD_AFTER_HEAD.match(text, marker.end)
    return child.end() if child else 0


def cut_at(inlines: list[pf.Inline], offsets: list[int]) -> list[list[pf.Inline]]:
    """The inlines cut at each offset; empty pieces left out."""
    pieces = []
    consumed = 0
    for offset in sorted(set(offsets) - {0}):
        left, inlines = split_inlines(inlines, offset - consumed)
        consumed = offset
        pieces.append(left)
    pieces.append(inlines)
    return [p for p in (strip_inlines(p) for p in pieces) if p]


# "一、工作开展情况（一）突出…" "二、活动目标1.显著改善…": a bare heading ends where its first child starts
# (its "（一）" perhaps printed "一）", closed by the bracket alone: "一、上半年工作一）守住…").
# (pinyin glosses of a traditional-character page, "活動（dòng）", may stand inside the heading)
_CHILD_AFTER_HEAD = LazyPattern(rf"[^\s，,。；;：:！!？?、]{{2,30}}?[：:]?"
                                 rf"(?=[（(]一[）)]|(?<![{CN_NUMERAL}])一[）)]|1[.．、](?!\d))")


_LABEL_COLON = LazyPattern(r"^[^\s，,。；;：:！!？?]{2,8}[：:](?=[^\s，,。；;：:！!？?]{2})")


def _split_heading_from_body(part: list[pf.Inline], by_name: bool = False) -> list[list[pf.Inline]]:
    """"一、加强党建工作 全年发展党员…": the blank left by the lost line break ends the heading;
    so does the part's first child glued to it ("一、工作开展情况（一）…"), and (`by_name`: the
    page's parts show it) the last name word of a name glued to its value ("一、活动主题绿满家园")."""
    text = "".join(inline_text(e) for e in part)
    marker = parse_marker(text)
    if marker is None:
        return [part]
    if marker.family in SECTION_FAMILIES and (child := _CHILD_AFTER_HEAD.match(text, marker.end)):
        head, body = split_inlines(part, child.end())
        return [strip_inlines(head), strip_inlines(body)]
    if by_name and marker.family in SECTION_FAMILIES and (named := name_word_cut(text, marker.end)):
        head, body = split_inlines(part, named)
        return [strip_inlines(head), strip_inlines(body)]
    # "一、 封面封面的正面由…": the body opens with the part's name again (glued.echo_cut)
    if marker.family in SECTION_FAMILIES and (echoed := echo_cut(text, marker)):
        head, body = split_inlines(part, echoed)
        return [strip_inlines(head), strip_inlines(body)]
    blank = re.search(r"\s", text[marker.end:FLAT_HEADING_MAX_CHARS + 1])
    # (a label before its subtitle, "引言：从…到…", is no sentence end)
    if not blank or _SENTENCE_END.search(_LABEL_COLON.sub("", text[marker.end:marker.end + blank.start()], 1)):
        return [part]
    head, body = split_inlines(part, marker.end + blank.start())
    return [strip_inlines(head), strip_inlines(body)]


# "…汇报如下: 一、基本情况 晒经学区…": a page cut short after its first part. With no "二、" to
# chain with, the lost line breaks must show on both sides: an introducer ("如下：") or a sentence
# end (or an article's number, "…02-0017-05") and a blank before "一、", a blank after a short
# bare heading (a label and its subtitle at most: "引言：从…到…"); or a sentence end before "一、"
# and the part's own first child right after its heading ("。一、工作开展情况（一）突出…").
_BARE_HEAD = r"(?:[^\s，,。；;：:！!？?]{2,8}[：:])?[^\s，,。；;：:！!？?]{2,20}"
# (the first part's marker in any style a site prints its parts in: "一、" "一." "一，" "壹、"; its
# first child "（一）" or "一）", closed by its bracket alone as a site may print it, or "1.")
_FIRST_PART = (rf"[一壹](?:、|[.．](?![0-9{FW_DIGITS}.．])|[.．](?={YEAR_NAME})"
               r"|[,，](?=[\u3400-\u9fff]|\d{4}\s*年))")
_LONE_FIRST = LazyPattern(rf"(?:[：:。！!？?]|\d)\s+({_FIRST_PART}){_BARE_HEAD}\s"
                          rf"|[。：:]\s*({_FIRST_PART})[^\s，,。；;：:！!？?]{{2,20}}[：:]?\s*"
                          rf"(?:[（(]一[）)]|(?<![{CN_NUMERAL}])一[）)]|1[.．、](?!\d))")


# "…如下： 一、总体要求 本场地处…。 二、人员分工 值守安排：…": a short sample flattened with its
# parts run together, each line break left as a blank. Too short for a chain by length, the parts
# prove themselves by the breaks on both sides of every heading: a line start or a sentence end (or
# an introducer's colon) and a blank before the marker, a short bare name and a blank after it.
_BLANK_PART = LazyPattern(rf"(?:^|(?<=[：:。！!？?])\s+)({_YI_IN_TEXT.pattern}){_BARE_HEAD}\s")


def _blank_chain(text: str) -> list[int]:
    """Offsets of the 一、 二、 … parts (two or more, in order) of a flattened line whose every
    part heading stands between blanks; [] otherwise, or when a 一、 elsewhere breaks the order."""
    found: list[int] = []
    for match in _BLANK_PART.finditer(text):
        if cn_to_int(match.group(2)) != len(found) + 1:
            return []
        found.append(match.start(1))
    if len(found) < 2 or len(_yi_in_text(text)) != len(found):
        return []
    return found


def _yi_in_text(text: str, start: int = 0) -> list[re.Match[str]]:
    """The 一、 markers inside a line; one with a comma only where a line break was."""
    return [m for m in _YI_IN_TEXT.finditer(text, start) if not _comma_in_sentence(text, m)]


def _comma_in_sentence(text: str, match: re.Match[str]) -> bool:
    """"统一，" "万一，": a numeral and its comma after a word, a sentence's words, no marker."""
    before = text[match.start() - 1] if match.start() else ""
    return match.group(0)[-1] in ",，" and bool(before) and not _AFTER_BREAK.match(before)


def _lone_first_section(text: str) -> list[int]:
    match = _LONE_FIRST.search(text)
    if not match or _yi_in_text(text, match.end()):
        return []
    return [match.start(1) if match.group(1) else match.start(2)]


# "清洁家园活动方案一、活动背景…": the document's title opening the flattened text, glued to its
# first section (a title has no punctuation and ends with a document's name word).
_GLUED_TITLE = LazyPattern(r"[^\s，,。；;：:！!？?、“”]{2,36}"
                           r"(?:方案|计划|計劃|总结|總結|报告|報告|制度|规定|規定|办法|辦法"
                           r"|细则|細則|预案|預案|意见|意見|通知|讲话|講話|书|書|稿)")


def _chain(text: str, pattern: re.Pattern[str], *, first_needs_gap: bool,
           min_gap: int = FLAT_SECTION_MIN_CHARS, every_needs_break: bool = False) -> list[int]:
    """Offsets of markers numbered 1, 2, 3… in order; [] unless at least two are found.
    `every_needs_break`: each marker after a sentence end, a colon or a blank (where a line break
    was), as items numbered "（一）" or "1." must be to be read as parts in running text."""
    found: list[int] = []
    wanted = 1
    commas = False  # the chain's first marker printed with a comma: the page's style
    for match in pattern.finditer(text):
        if cn_to_int(match.group(1)) != wanted:
            continue
        start = match.start()
        before = text[start - 1] if start else ""
        if (before in _NOT_BEFORE_SECTION or (every_needs_break and before and not _AFTER_BREAK.match(before))
                or (_comma_in_sentence(text, match) and not (commas and before not in _NUMERAL_WORD_HEADS))):
            continue
        commas = commas or (not found and match.group(0)[-1] in ",，")
        if (wanted == 1 and first_needs_gap and before and not _OPENS_SECTION.match(before)
                and not _GLUED_TITLE.fullmatch(text[:start])):
            continue
        if found and start - found[-1] < min_gap and first_needs_gap:
            continue
        found.append(start)
        wanted += 1
    return found if len(found) >= 2 else []
