"""Line-breaks pass: consecutive paragraphs that are the lines of one hard-wrapped paragraph
become one paragraph (the joining rules live with typography, which owns them as an option).

A pass of its own because it must run before headings: whether "1.…" is a heading depends on
the paragraph it belongs to, and a join after the headings pass would make a second run
decide differently from the first.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable

import panflute as pf

from ..state import get_state
from .elements import block_text, no_action, run_pass
from .headings.measure import OPEN_END, SENTENCE_INSIDE, visible_len
from .headings.numbering import ORDER, parse_marker
from .regex_cache import LazyPattern
from .typography import LINE_BLOCKS, TERMINAL, is_chinese, is_ideograph, join_hard_wraps, same_masks

# Each round re-estimates the wrap width from the joined lines; a few rounds settle it.
MAX_ROUNDS = 5


def prepare(doc: pf.Doc) -> None:
    state = get_state(doc)
    if not state.options.typography.enabled:
        return
    for _ in range(MAX_ROUNDS):
        if not join_hard_wraps(doc.content, state.options.masks.detect):
            break
    if state.page_breaks:
        join_page_breaks(doc.content, state.page_breaks, state.options.masks.detect)
        state.page_breaks.clear()
    join_sentence_tails(doc.content, state.options.masks.detect)


# A numbered line this long, left open, whose sentence the next line finishes within a few
# characters: "1.星期一至星期五：上午九时至十二时三十分，下午一时三十" / "分至五时。".
NUMBERED_WRAP_MIN_CHARS = 20
SENTENCE_TAIL_MAX_CHARS = 8


def join_sentence_tails(blocks: pf.ListContainer, detectors=()) -> bool:
    """Join a long numbered line left open to the next line when that line finishes its sentence
    within a few characters and carries no number of its own. A page extracted from a PDF wraps
    at widths that vary with the characters (half-width ones are narrower), so join_hard_wraps
    finds no single width; the numbered item would otherwise stand as a heading cut mid-word
    above a paragraph that opens mid-sentence. (A heading's body opens with a sentence of its
    own, longer than a few characters.) A numbered line of any length is joined the same way
    when the next line is the rest of its wrapped sentence (wrapped_item). Any line, numbered or
    not, goes on into the next when that one opens on a comma (CLAUSE_GOES_ON) or when it stops
    inside a word (cut_inside); either rest is no longer than the line, as a wrap's is."""
    joined = False
    # Worked out only when a numbered line's tail looks like a wrap's (most pages: never).
    headed = functools.cache(lambda: heading_families(blocks))
    i = 0
    while i < len(blocks) - 1:
        first, second = blocks[i], blocks[i + 1]
        if not (isinstance(first, LINE_BLOCKS) and isinstance(second, LINE_BLOCKS)):
            i += 1
            continue
        # The head's own tests first: most paragraphs end their sentence or carry no number,
        # and every document passes here (the filter path).
        head = block_text(first)
        if not head or "\n" in head or head.endswith(TERMINAL):
            i += 1
            continue
        tail = block_text(second)
        if not tail:
            i += 1
            continue
        # No sentence opens on a comma; a heading's paragraph that lost its first words to the
        # scraper may, but it is longer than the heading, where a wrap's rest is not.
        if (tail.startswith(CLAUSE_GOES_ON) and visible_len(tail) <= visible_len(head) + WRAP_TAIL_SLACK
                and same_masks(head, tail, "", detectors)):
            first.content.extend(list(second.content))
            del blocks[i + 1]
            joined = True
            continue  # the joined line may go on into the next one as well
        numbered = parse_marker(head) is not None
        if not numbered and not head[-1].isdigit() and not STATEMENT_INSIDE.search(head):
            i += 1
            continue
        end = SENTENCE_INSIDE.search(tail)
        # "1.请提前保存文件" / "2.如有急事请拨打值班电话" / "给大家带来的不便，敬请谅解。": items that end
        # with no mark, the one above standing whole, are a list's; the sentence under the last
        # is the text going on, not the item's wrapped end.
        listed = numbered and unmarked_sibling_above(blocks, i, head)
        finishes = end is not None and (
            cut_inside(head, tail)
            or (numbered and not listed and end.start() <= SENTENCE_TAIL_MAX_CHARS
                and visible_len(head) >= NUMBERED_WRAP_MIN_CHARS and not opens_runin_paragraph(head, tail, end))
            or (numbered and not listed and wrapped_item(head, tail, headed)))
        if (finishes and (is_chinese(tail[0]) or tail[0].isdigit()) and parse_marker(tail) is None
                and same_masks(head, tail, "", detectors)):
            # A number cut in two is one number again: "20" + "22年" is "2022年", not "20 22年".
            joint: list[pf.Inline] = [] if is_chinese(head[-1]) or head[-1].isdigit() else [pf.Space()]
            first.content.extend([*joint, *list(second.content)])
            del blocks[i + 1]
            joined = True
        i += 1
    return joined


def unmarked_sibling_above(blocks: pf.ListContainer, index: int, head: str) -> bool:
    """The line right above the numbered `head` is its sibling numbered one lower (same family), and
    that line ends on a word, with no mark: the list's items stand whole without a full stop."""
    if index == 0 or not isinstance(blocks[index - 1], LINE_BLOCKS):
        return False
    above = block_text(blocks[index - 1])
    marker, sibling = parse_marker(head), parse_marker(above) if above else None
    return (marker is not None and sibling is not None and sibling.family == marker.family
            and sibling.number == marker.number - 1 and sibling.end < len(above.rstrip())
            and is_ideograph(above.rstrip()[-1]))


# A line opening on these goes on with the one before: "、有必备的设备" or "，做好参会准备。" after
# a line the page wrapped just before the punctuation mark (a PDF's line may start with it).
CLAUSE_GOES_ON = ("，", ",", "、", "；", ";", "。")
# A line cut inside a clause: a heading never ends on these (measure.OPEN_END), a wrapped line may.
CLAUSE_OPEN = ("，", ",", "、")
# "1.目标设定:明确安全工作的总体目标,如确" / "保年度内安全事故减少。": the page wrapped a numbered
# sentence at its width, so the tail is no longer than the head and closes the sentence. A
# heading's body is a paragraph of its own, longer than its heading; a heading that states its
# point as a sentence ends with it ("1、目的性。"), and one closing on a colon announces a list.
WRAP_TAIL_SLACK = 2


# A number cut at the line's end goes on with its digits or its unit: "2024年7" / "月31日前。".
NUMBER_GOES_ON = LazyPattern(r"\d|[年月日号时分秒%％万亿元个]")


def cut_inside(head: str, tail: str) -> bool:
    """The line stops inside a word the next line finishes: a number cut between its digits or
    before its unit, or a line that has ended a sentence and started another it leaves open ("1.考
    勤机是…的记录和证实。采用" / "指纹考勤机…。"). A heading never runs on into a second sentence
    left open, nor ends inside a number; its body opens on a word, not on a number's rest."""
    if head[-1].isdigit():
        return (bool(NUMBER_GOES_ON.match(tail)) and visible_len(head) >= NUMBER_CUT_MIN_CHARS
                and not NUMBERED_LABEL.search(head) and not MASKED_NUMBER_END.search(head[-MASKED_END_CHARS:]))
    # A question ended inside a heading names its answer ("1、什么是读后感？读后感的含义"): only a
    # statement ended inside counts, and the rest no longer than the head (a heading's paragraph is).
    return (STATEMENT_INSIDE.search(head) is not None and is_ideograph(head[-1]) and is_ideograph(tail[0])
            and visible_len(tail) <= visible_len(head) + WRAP_TAIL_SLACK)


STATEMENT_INSIDE = re.compile("[。；;]")


# "附件1" over "2024年度考核表。" is a heading over its body: a cut number follows a few words.
NUMBER_CUT_MIN_CHARS = 6
# A number that labels the line ends it whole: "工作总结 篇1", "附件2", "第3" (a sample's or a
# part's number, set off by a blank or named by its word), whatever the next line opens with.
NUMBERED_LABEL = LazyPattern(r"(?:\s|篇|第|附件|附表|图|表|之)\d+$")
# A masked number ends whole: a site hides an ID's middle and prints its last digits
# ("4401**********5820"), so digits opening the next line start a sentence of their own.
MASKED_NUMBER_END = LazyPattern(r"(?:[*＊]{3,}|[xX×]{3,})\d{1,6}$")
# (looked for in the line's last characters only: a long run of stars is never scanned again and again)
MASKED_END_CHARS = 40


def heading_families(blocks: pf.ListContainer) -> set[str]:
    """The marker families some line of which stands over a paragraph longer than itself, or over
    numbered parts of another family, with no sentence of its own: a heading ("（1）明确责任分工"
    over its paragraph, "1.健全工作机制" over "（1）…"). Its siblings are
    headings too, however short their paragraphs; a page wrapping its numbered sentences at one
    width leaves no line of the family over a longer one."""
    families = set()
    texts = [block_text(b) if isinstance(b, LINE_BLOCKS) else "" for b in blocks]
    for head, tail in itertools.pairwise(texts):
        if not head or not tail or head.endswith(TERMINAL) or head.endswith(CLAUSE_OPEN):
            continue
        marker = parse_marker(head)
        if marker is None:
            continue
        below = parse_marker(tail)
        if (below is None and visible_len(tail) > visible_len(head) + WRAP_TAIL_SLACK) or (
                below is not None and below.family != marker.family):
            families.add(marker.family)  # over its paragraph, or over its own numbered parts
    return families


def wrapped_item(head: str, tail: str, headed: Callable[[], set[str]] = set) -> bool:
    """The tail finishes the numbered head's sentence: it ends one sentence and is not longer than
    the head (a wrapped line's last line) and no sibling of the head is a heading (`headed()`:
    heading_families, asked last), or the head stops inside a clause."""
    marker = parse_marker(head)
    words = visible_len(head[marker.end:]) if marker else 0
    if head.endswith(CLAUSE_OPEN):
        return words > 1  # (not "一、" alone: a heading whose name the page lost)
    # Cut between two words: the head ends on an ideograph and the tail opens on one (a tail
    # opening on "《" or a quote is a sentence of its own).
    if not (is_ideograph(head.rstrip()[-1]) and is_ideograph(tail[0])) or not tail.rstrip().endswith(SENTENCE_END):
        return False
    if marker is None:
        return False
    # 一、 and （一） number a report's sections far more often than its sentences: a short one
    # over a short sentence ("三、下一步工作打算" / "继续抓好各项工作落实。") is a heading and its body;
    # only a head as long as a sentence cut in two reads as a wrapped item.
    if marker.rank <= ORDER["paren_cn"] and words < WRAP_SECTION_HEAD_MIN_WORDS:
        return False
    if re.search("[:：]", tail) or visible_len(tail) < WRAP_TAIL_MIN_CHARS:
        return False  # "出席会议人员:委员。", "市政协常委。": a heading's body, a line of its own
    return (SENTENCE_INSIDE.search(tail).end() == len(tail.rstrip())
            and visible_len(tail) <= visible_len(head) + WRAP_TAIL_SLACK and words >= WRAP_HEAD_MIN_WORDS
            and marker.family not in headed())


# "一、坚持党建引领，构建上下贯通的治理体系" / "建强组织。全县一百二十个村…": a part's heading as
# long as a wrapped line, over a paragraph that opens with a short point of its own ("建强组织。",
# "一是畅通诉求渠道。", "第一，看到成绩。") and goes on. A wrap's rest finishes the sentence and
# ends there, or goes on no further than a wrapped line's width: a paragraph running past the
# head's length after its short first sentence is the part's text.
def opens_runin_paragraph(head: str, tail: str, end: re.Match[str]) -> bool:
    marker = parse_marker(head)
    if marker is None or marker.rank > ORDER["paren_cn"] or head.rstrip().endswith(OPEN_END):
        return False
    rest = tail[end.end():]
    return (visible_len(rest) >= RUNIN_PARAGRAPH_REST_MIN_CHARS and visible_len(tail) > visible_len(head)
            and is_ideograph(tail[0]))


# The text after the point's full stop: a sentence at least.
RUNIN_PARAGRAPH_REST_MIN_CHARS = 10
SENTENCE_END = ("。", "！", "？", "；", "!", "?", ";")
# A heading's name is at least a word or two; "2.自查部" is a wrapped item's head all the same,
# but a marker with one or two characters after it is more often a heading ("1.概述").
WRAP_HEAD_MIN_WORDS = 3
# A 一、 or （一） heading is seldom longer than this; a wrapped item's head often is.
WRAP_SECTION_HEAD_MIN_WORDS = 16
# A body this short under a heading is more often a heading's one-line body than a wrap's tail.
WRAP_TAIL_MIN_CHARS = 8


def join_page_breaks(blocks: pf.ListContainer, after_breaks: dict[int, pf.Block], detectors=()) -> bool:
    """Join the two halves of a paragraph a PDF's page break split: the boilerplate pass removed
    the page's printed number between them ("— 1 —", "第 3 页 共 8 页") and named the block under
    it (`after_breaks`, by id). The block above it is the one that stood above the number, or the
    paragraph its line was joined into (join_hard_wraps, run first, only joins). They are one
    paragraph when the first stops inside its sentence (page_break_head) and the second goes on
    with it (page_break_tail): CJK characters meet with nothing between, Latin words with a blank."""
    joined = False
    i = 1
    while i < len(blocks):
        first, second = blocks[i - 1], blocks[i]
        if (after_breaks.get(id(second)) is second and isinstance(first, LINE_BLOCKS)
                and isinstance(second, LINE_BLOCKS)):
            head, tail = block_text(first).strip(), block_text(second).strip()
            if (page_break_head(head) and page_break_tail(tail)
                    and same_masks(head, tail, "", detectors)):
                joint: list[pf.Inline] = [pf.Space()] if latin_words_meet(head, tail) else []
                first.content.extend([*joint, *list(second.content)])
                del blocks[i]
                joined = True
                continue
        i += 1
    return joined


# The first half of a split paragraph runs to the foot of its page: a full line at least (a
# paragraph's first line, indented, is some twenty characters in the narrowest layout), unless it
# stops on a comma, which no heading does.
PAGE_BREAK_HEAD_MIN_CHARS = 20
# Inside a sentence: a clause's mark or a sentence's end. (A heading's name may hold a comma:
# "一、坚持党建引领，构建上下贯通的治理体系" stands over its part's text at a page's foot too.)
CLAUSE_MARKS = LazyPattern("[，,、；;。！？!?]")
# A field's label opens the line ("地点：县政府三楼会议室", "联系人：张三"): a line of its own.
FIELD_LABEL = LazyPattern(r"^[^\s，。；：:,;]{1,8}[：:]")
# Where a line is left open: on a clause's mark, or on a mark that opens a quote, a title or an aside.
OPEN_MARKS = ("，", ",", "、", "“", "‘", "《", "〈", "（", "(")


def page_break_head(head: str) -> bool:
    """The paragraph above a page break stops inside its sentence: it ends on a character, a
    digit, a Latin letter or a mark that leaves its clause open (never on a sentence's end, a
    colon or a closing mark), and it reads as text, not as a heading or a field: it has a clause
    of its own before its end (a numbered one a sentence ended inside it) and a full line's
    length, or it stops on a comma."""
    if not head or head.endswith(TERMINAL) or FIELD_LABEL.match(head) or head.startswith(("—", "-", "－")):
        return False
    last = head[-1]
    if head.endswith(OPEN_MARKS):
        return visible_len(head) > 2
    if not (is_ideograph(last) or (last.isascii() and last.isalnum())):
        return False
    if parse_marker(head) is not None:
        # "（一）完善服务网点。利用社区闲置用房改建日间照料室，配备" is text; "一、坚持党建引领，
        # 构建上下贯通的治理体系" is a heading, though as long.
        return STATEMENT_INSIDE.search(head) is not None and visible_len(head) >= PAGE_BREAK_HEAD_MIN_CHARS
    return CLAUSE_MARKS.search(head) is not None and visible_len(head) >= PAGE_BREAK_HEAD_MIN_CHARS


# A line that opens a point of its own: a bullet, a counted point ("一是", "首先，", "第一，"), a
# figure's or a table's caption.
OWN_OPENING = LazyPattern(
    r"^(?:[-－•·●▪■◆★☆▲►◇□√※]|[一二三四五六七八九十]是|首先|其次|再次|最后|总之|综上"
    r"|第[一二三四五六七八九十]+[，,、]|[图表]\s*\d)")
# What the rest of a sentence opens on: a character, a digit, a Latin letter, a clause's mark
# (CLAUSE_GOES_ON), a mark closing an aside the first half opened, or one opening a title or a quote.
GOES_ON_MARKS = (*CLAUSE_GOES_ON, "）", ")", "”", "’", "》", "〉", "《", "“")


def page_break_tail(tail: str) -> bool:
    """The paragraph under a page break goes on with the sentence above it: it opens on a
    character or a mark a sentence goes on with, carries no heading's or list's marker, opens
    no point or field of its own, and says more than a short bare line (a heading, a name, a
    date) does: a clause's mark somewhere, or a full line's length."""
    if not tail or parse_marker(tail) is not None or OWN_OPENING.match(tail) or FIELD_LABEL.match(tail):
        return False
    first = tail[0]
    if not (is_ideograph(first) or (first.isascii() and first.isalnum()) or tail.startswith(GOES_ON_MARKS)):
        return False
    return CLAUSE_MARKS.search(tail) is not None or visible_len(tail) >= PAGE_BREAK_HEAD_MIN_CHARS


def latin_words_meet(head: str, tail: str) -> bool:
    """Two Latin words (or a word and a number) meet across the break: a blank goes between
    them. A number's digits cut in two ("20" / "24年") and CJK characters meet with none."""
    a, b = head[-1], tail[0]
    return a.isascii() and a.isalnum() and b.isascii() and b.isalnum() and not (a.isdigit() and b.isdigit())


action = no_action  # all the work is in prepare/finalize: no walk (elements.run_pass)


def finalize(doc: pf.Doc) -> None:
    return None


def main(doc: pf.Doc | None = None) -> pf.Doc | None:
    return run_pass(action, prepare, finalize, doc)
