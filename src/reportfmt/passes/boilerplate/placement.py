"""Where a line stands: the facts about a line's place that decide whether a matching rule acts.

Why a module of its own: a rule matches a line's words, but the same words are chrome in one
place and the document's own in another. These are the questions asked of the lines around
it: the region (head, tail, anywhere), whether the page's title is repeated or the issuer
signs above the closing date, whether the line the rule requires comes next or chrome stands
beside it, whether an article or the text's prose follows a "推荐阅读" line, whether a
definition sits above a lead-in, whether a paragraph holds a picture. Each is a pure function
of the blocks it is given.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator

import panflute as pf

from ..elements import block_text, content_items, is_text_block
from ..headings.samples import announces_samples, sample_marker
from ..patterns import DATE_ONLY_LINE, EVENT_FIELD, ISSUE_LINE, WRITTEN_DATE_LINE
from ..regex_cache import LazyPattern
from . import repeats
from .line_form import rule_form
from .rule_match import _SENTENCE_END, first_matching_rule
from .ruleset import Rule
from .titles import repeats_sample_name as _repeats_sample_name
from .titles import repeats_title as _repeats_title

# Pure functions of their strings, asked about the same lines in every round of removal (and
# again when the pipeline settles): each answer is worked out once.
repeats_title = functools.lru_cache(maxsize=4096)(_repeats_title)
repeats_sample_name = functools.lru_cache(maxsize=4096)(_repeats_sample_name)

# The head is the first repeats.HEAD_CHARS characters of the document (see there).
# The tail is the last TAIL_BLOCKS blocks, or the second half of a short document.
TAIL_BLOCKS = 12
# A rule's `followed_by` that asks for a lead-in or a sample marker next (genre talk above them).
LEAD_IN_OR_SAMPLE = "lead-in-or-sample"
# A generic definition ("工作总结是对……的书面材料。") placed just before a 小编 lead-in is
# template filler: it goes with the lead-in, and only then.
# (not a text's counted points, "二是组织志愿者…。", "其次是…。": its own sentences, never a definition)
_DEFINITION = LazyPattern(r"^(?![一二三四五六七八九十]+是|其[一二三四五次]是|首先是|再次是|最后是"
                          r"|第[一二三四五六七八九十]+是)[^，。,]{1,24}?(?:是指|指的是|是)[^。]{4,}。$")
DEFINITION_MAX_CHARS = 300

# What a list of other pages' titles (and their teasers, cut short with "…") never holds:
# paragraphs of the author's, finished sentences. A drop-rest line above that much is not
# the document's end.
ARTICLE_PARAGRAPHS = 2
ARTICLE_MIN_CHARS = 200
PARAGRAPH_MIN_CHARS = 40
_FINISHED = LazyPattern(r"[。！？!?][”\"’』」）)]?$")


def region(index: int, count: int, in_head: bool) -> set[str]:
    where = {"anywhere"}
    if in_head:
        where.add("head")
    if index >= count - TAIL_BLOCKS or index >= count / 2:
        where.add("tail")
    return where


def holds_picture(block: pf.Element) -> bool:
    """Whether a paragraph holds a picture, perhaps inside a link or a span.

    Read from the content's own lists, without a call per inline: the filler step asks it of
    every block in each round, and panflute's iteration re-attaches each child it hands out
    (~1,200 instructions an inline, 4 M on the seed under `pandoc --filter`)."""
    if isinstance(block, pf.Image):
        return True
    if not isinstance(block, _PICTURE_HOLDERS):
        return False
    stack = [block]
    while stack:
        content = getattr(stack.pop(), "content", None)
        if content is None:
            continue
        for item in content_items(content):
            if type(item) is pf.Str:  # most inlines: neither a picture nor holding one
                continue
            if isinstance(item, pf.Image):
                return True
            if isinstance(item, _PICTURE_HOLDERS):
                stack.append(item)
    return False


_PICTURE_HOLDERS = (pf.Para, pf.Plain, pf.Link, pf.Span, pf.Emph, pf.Strong)


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


# A run of short bare lines (a header's site name, account labels, tab words: no sentence or
# list punctuation) stands together: a line in such a run right under removed chrome stands
# beside it too, as the run's first line does (round 26: "站名 / 微信公众号 / 站名 / 官方微博"
# under a page's meta line, each kept only because its neighbour in the run was).
# Not for names, credits or a disclosure box's fields: a list of names one a line under the
# page's facts is a run of the text's own (an award list), which only their own neighbour may
# make chrome. (A bare count in a run goes: a forum's counters, a flipbook's folios; the text's
# own counting of its parts is kept by numbers_a_part.)
NOT_IN_A_RUN = frozenset({"byline-names", "desk-credit-beside-chrome", "disclosure-field-beside-box"})
RUN_MAX_LINES = 4
RUN_LINE_MAX_CHARS = 16
_RUN_BREAK = LazyPattern(r"[。，,；;！？!?：:、]")


def _run_under_chrome(origin: int, kept: list[tuple[int, pf.Block]], removed: list[tuple[int, str, str]]) -> bool:
    """Whether the kept lines right above `origin` are a run of short bare lines (at most
    RUN_MAX_LINES) whose first line stands right under a removed line other than the title."""
    run = 0
    while run < RUN_MAX_LINES and len(kept) > run and kept[-1 - run][0] == origin - 1 - run:
        text = _text_of(kept[-1 - run][1])
        text = rule_form(text) if text else text  # (pinyin glosses, traditional script folded)
        if not text or len(text) > RUN_LINE_MAX_CHARS or _RUN_BREAK.search(text):
            return False
        run += 1
    top = origin - 1 - run
    if run == 0 or top < 0 or (len(kept) > run and kept[-1 - run][0] == top):
        return False
    return any(gone == top and not rule.startswith("title.") for gone, _, rule in removed)


def _beside_chrome(blocks: list[tuple[int, pf.Block]], index: int, kept: list[tuple[int, pf.Block]],
                   removed: list[tuple[int, str, str]], rules: tuple[Rule, ...], where: set[str],
                   rule: Rule | None = None) -> bool:
    """Whether the line at `index` stands next to chrome: the block right above it in the page
    went (in this scan or an earlier round: it is not the last block kept), other than as the
    document's title printed again (a byline under the title is the document's), or the next
    text line is one a rule drops (read where this line stands)."""
    origin = blocks[index][0]
    if origin > 0 and (not kept or kept[-1][0] != origin - 1) and not any(
            gone == origin - 1 and rule.startswith("title.") for gone, _, rule in removed):
        return True
    if (rule is None or rule.name not in NOT_IN_A_RUN) and _run_under_chrome(origin, kept, removed):
        return True
    at = next((at for at in range(index + 1, len(blocks))
               if is_text_block(blocks[at][1]) and block_text(blocks[at][1]).strip()), None)
    if at is None:
        return False
    rule = first_matching_rule(rules, " ".join(block_text(blocks[at][1]).split()), where)
    # (a line the rule leaves to the document, over its signer and date, is no chrome beside it)
    return (rule is not None and rule.action != "keep" and not rule.beside_chrome
            and not (rule.over_signature and signed_below(kept, blocks[at + 1:])))


# A written date broken one piece a line (a PDF's or an editor's runs: "2020" / "年" / "3" / "月" /
# "22" / "日"): each piece is a number or a date's unit alone. Read together they are the
# document's date (a letter's, a notice's close), never a counter or a tab's word.
_DATE_PIECE = LazyPattern(r"^\s*(?:\d{1,4}|[年月日号])\s*$")
_SPLIT_DATE = LazyPattern(r"(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}[日号])?|\d{1,2}月\d{1,2}[日号]")
# How many pieces a date has at most: year, 年, month, 月, day, 日.
_DATE_PIECES = 6


# A date as a letter or a notice prints it under its signer: numerals, or blanks to fill in, with
# 年 and 月 (and its day); digits too, for the line under a signer.
_DATE_UNIT = r"[\d〇○O\uFF2F零一二三四五六七八九十×xX＊*]"
_WRITTEN_DATE = LazyPattern(rf"^{_DATE_UNIT}{{2,4}}年{_DATE_UNIT}{{1,3}}月(?:{_DATE_UNIT}{{1,3}}[日号])?$")
# The words a letter or a notice closes with, alone on their line.
_CLOSING_WORD = LazyPattern(r"^(?:特此|此致|敬礼|敬禮|谨此|謹此)[。！!]?$")


def closing_lines(original: list[tuple[int, pf.Block]], texts: list[str], at: dict[int, int]) -> set[int]:
    """The origins of the lines that close a letter or a notice, by form: a closing word alone
    ("特此", "此致", "敬礼"), a date written in numerals or left blank ("二〇二二年九月十日",
    "××××年×月×日") or in digits with its units ("2025年3月10日"), and the line right above such a
    date (the signer: "某某区总工会", a name). No site's tab or sidebar item is a date written so, or
    stands over one (a site's dates are machine-printed: "2025-03-10")."""
    closing = set()
    for position, line in at.items():
        text = "".join(texts[line].split())
        if _CLOSING_WORD.match(text) or _WRITTEN_DATE.match(text):
            closing.add(original[position][0])
        if line + 1 < len(texts) and _WRITTEN_DATE.match("".join(texts[line + 1].split())):
            closing.add(original[position][0])
    return closing


def piece_of_split_date(lines: list[str], index: int) -> bool:
    """Whether line `index` of `lines` (the page's non-blank lines, in order) is a piece of a date
    written over several lines: the run of number and unit lines around it, read together,
    holds a written date that takes in this line's piece."""
    if not _DATE_PIECE.match(lines[index]):
        return False
    start = index
    while start > 0 and index - start < _DATE_PIECES and _DATE_PIECE.match(lines[start - 1]):
        start -= 1
    end = index + 1
    while end < len(lines) and end - index < _DATE_PIECES and _DATE_PIECE.match(lines[end]):
        end += 1
    if end - start < 3:
        return False
    pieces = ["".join(line.split()) for line in lines[start:end]]
    joined = "".join(pieces)
    at = sum(len(piece) for piece in pieces[:index - start])
    return any(found.start() <= at < found.end() for found in _SPLIT_DATE.finditer(joined))


def text_lines(blocks: list[tuple[int, pf.Block]]) -> tuple[list[str], dict[int, int]]:
    """The non-blank text lines of `blocks` in order, and each one's position in `blocks` -> its
    position in that list."""
    lines: list[str] = []
    where: dict[int, int] = {}
    for position, (_, block) in enumerate(blocks):
        if is_text_block(block) and (line := block_text(block).strip()):
            where[position] = len(lines)
            lines.append(line)
    return lines, where


# A table printed one cell a line, each cell closed by its bar ("1 |" / "机构信息 |" / "…之日起20个
# 工作日内 |"): a row's serial number there is the table's first column, not a counter. The row's
# next cells are closed by bars too, and one of them holds a phrase (a counter's row holds short
# words: "3 |" / "评论 |").
_NUMBER_CELL = LazyPattern(r"^\s*\d{1,3}\s*[|｜]\s*$")
_CELL = LazyPattern(r"^\s*([^|｜]+?)\s*[|｜]\s*$")
ROW_CELLS = 3
PHRASE_CELL_CHARS = 8


def numbers_a_table_row(blocks: list[tuple[int, pf.Block]], index: int, text: str) -> bool:
    """Whether the line is a number closed by a cell's bar with the row's next cells below it,
    each closed by a bar, one of them a phrase."""
    if not _NUMBER_CELL.match(text):
        return False
    cells = []
    for _, block in blocks[index + 1:]:
        line = block_text(block).strip() if is_text_block(block) else ""
        if not line:
            continue
        if not (cell := _CELL.match(line)):
            return False
        cells.append("".join(cell.group(1).split()))
        if len(cells) == ROW_CELLS:
            break
    return len(cells) == ROW_CELLS and any(len(cell) >= PHRASE_CELL_CHARS for cell in cells)


# A bare number alone on its line: a page's counter, or the number of one of the text's parts.
_LONE_NUMBER = LazyPattern(r"^\s*(\d{1,2})\s*$")
# What a part holds between its number and the next: at least one line of this many characters.
_PART_TEXT_CHARS = 20


def numbers_a_part(blocks: list[tuple[int, pf.Block]], index: int, text: str) -> bool:
    """Whether the bare number at `index` opens a numbered part of the text: the next number
    stands alone on a later line with the text's own lines between (an essay's parts "1", "2",
    "3", each above its paragraphs). A counter (likes, comments) beside the page's facts is
    never followed, after a paragraph, by a line of its successor."""
    number = _LONE_NUMBER.match(text)
    if number is None:
        return False
    successor = str(int(number.group(1)) + 1)
    part_text = False
    for _, block in blocks[index + 1:]:
        line = block_text(block).strip() if is_text_block(block) else ""
        if line == successor:
            if part_text:
                return True
            break
        part_text = part_text or len(line) >= _PART_TEXT_CHARS
    return _in_numbered_run(blocks, index, int(number.group(1)))


# Short parts may be numbered too: a sequence of poems' stanzas ("1" / two short lines / "2" / …),
# a rule list's items ("1" / "按时到校" / "2" / "认真听讲" / "3"). NUMBERED_RUN numbers in a row, each
# alone on its line after a line of text, within NUMBERED_RUN_LINES lines either side.
NUMBERED_RUN = 3
NUMBERED_RUN_LINES = 30


def _in_numbered_run(blocks: list[tuple[int, pf.Block]], index: int, number: int) -> bool:
    """Whether the bare number at `index` is one of NUMBERED_RUN numbers in a row, each standing
    alone with a line of text between it and the next (n, text, n+1, text, n+2): a counter beside
    the page's facts has no such run of its neighbours, each over words (counters side by side, "1"
    / "2", are no run)."""
    def run(lines: list[str], step: int) -> int:
        expected, worded, seen = number + step, False, 0
        for line in lines[:NUMBERED_RUN_LINES]:
            if line == str(expected) and worded:
                expected, worded, seen = expected + step, False, seen + 1
            elif _LONE_NUMBER.match(line):
                break
            else:
                worded = True
        return seen

    lines = [text for _, block in blocks if is_text_block(block) and (text := block_text(block).strip())]
    at = sum(1 for _, block in blocks[:index] if is_text_block(block) and block_text(block).strip())
    return 1 + run(lines[at + 1:], 1) + run(lines[:at][::-1], -1) >= NUMBERED_RUN


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


def article_follows(later: list[tuple[int, pf.Block]]) -> bool:
    paragraphs = [text for text in prose_lines(later) if len(text) >= PARAGRAPH_MIN_CHARS and _FINISHED.search(text)]
    return len(paragraphs) >= ARTICLE_PARAGRAPHS and sum(map(len, paragraphs)) >= ARTICLE_MIN_CHARS


def prose_lines(blocks: list[tuple[int, pf.Block]]) -> Iterator[str]:
    """The lines of the blocks that can hold the text's prose, whitespace folded: each paragraph,
    and each item of a list (an answer's or an article's points printed as a bulleted list of
    sentences: a box of other pages' titles is a list too, but its items end on no stop)."""
    for _, block in blocks:
        if is_text_block(block):
            yield " ".join(block_text(block).split())
        elif isinstance(block, (pf.BulletList, pf.OrderedList)):
            for item in content_items(block.content):
                yield " ".join(" ".join(block_text(b) for b in content_items(item.content)
                                        if is_text_block(b)).split())


# How far below a "推荐阅读" line a sample's marker is looked for (its box's titles between).
SAMPLE_LOOKAHEAD = 12


def sample_follows(later: list[tuple[int, pf.Block]], announced: bool) -> bool:
    """On a page announcing several samples, a sample's marker ("篇二：…") a few lines below with
    a finished sentence under it: the box stands between two samples, and the page's text goes
    on after it, however short the next sample (a 请假条, a slogan)."""
    if not announced:
        return False
    texts = [text for _, block in later[:SAMPLE_LOOKAHEAD + 1] if (text := _text_of(block))]
    return any(sample_marker(text, announced=True) is not None and _FINISHED.search(below)
               for text, below in itertools.pairwise(texts))


def text_goes_on(later: list[tuple[int, pf.Block]]) -> bool:
    """Whether a paragraph of prose (a sentence's end in a line this long) comes later: the
    text goes on below (the page may be cut after its first paragraph)."""
    return any(is_text_block(block) and len(text := block_text(block)) >= PARAGRAPH_MIN_CHARS
               and _SENTENCE_END.search(text) for _, block in later)


# How far below a line its document's signer and date are looked for (the rest of a section,
# its contact fields between).
SIGNATURE_LOOKAHEAD = 10


def signed_below(kept: list[tuple[int, pf.Block]], later: list[tuple[int, pf.Block]]) -> bool:
    """Whether the document goes on below to its own close: its section numbering goes on
    ("二、申报方式" above, "三、联系方式" below), or a signer's line (an issuing body, a person)
    stands right over a date alone on its line ("河西区青年服务中心" / "2026年5月10日"). A page's
    own lines after its text have neither under them (a reprint notice's sentence may)."""
    if numbering_goes_on(kept, later):
        return True
    texts = [text for _, block in later[:SIGNATURE_LOOKAHEAD] if (text := _text_of(block))]
    return any(_is_signer(name) and DATE_ONLY_LINE.match(date) for name, date in itertools.pairwise(texts))


# A signer's line: a name alone, no punctuation or colon ("市文明办", "校学生会", "张明"), masked
# as 范文 print it ("XX市宏达公司", "××学校", "□□县某某中学"), with a class and a name ("初二（3）班 李明"), or
# under the label of the one who signs ("申请人：王明", "述职人：赵丽", "学员：何平", "新员工：孙丽"),
# or of the signature itself ("乙方签字：陈小兰", "甲方（盖章）：某某公司"), or a party's ("乙方：周文").
_SIGNER = LazyPattern(r"^(?:[\u3400-\u9fff]{0,6}"
                      r"(?:人|者|员|员工|生|师|方|单位|單位|部门|[(（]?(?:签字|签名|签章|盖章)[)）]?)\s*[:：]\s*)?"
                      r"[\u3400-\u9fff·・ 、XxＸｘ×＊*○〇□（）()0-9]{2,24}$")
_IDEOGRAPH = LazyPattern(r"[\u3400-\u9fff]")
# Under any label of the one who signs ("患者家属：王小林", "3栋业主：刘芳"), the name perhaps
# masked or left blank for the reader ("申请人：***", "申请人：___", "申请人："), perhaps with a note
# in brackets ("家属：吴明（华侨）"). A page's own labelled lines (作者：…, 来源：…) never get here:
# their rules took them, and the line is a kept one.
_MASKED_NAME = r"[\u3400-\u9fff·・ ×*＊XxＸ_＿]{0,24}(?:[（(][^（()）]{1,16}[)）])?"
_LABELLED_SIGNER = LazyPattern(
    rf"^(?=\d{{0,4}}[\u3400-\u9fff])[\u3400-\u9fff\d]{{1,10}}(?:[（(][\u3400-\u9fff]{{1,6}}[)）])?\s*[:：]\s*{_MASKED_NAME}$")
# How many signer lines may stand together (a class over a pupil's name, a unit over a person).
SIGNER_LINES = 2
# A letter's closing greeting over its signer ("此致 / 敬礼", "此致——敬礼！"): the text has
# ended above it, as under a finished sentence, whether or not the greeting has its "！".
_CLOSING_GREETING = LazyPattern(r"^(?:此致\s*[,，—－-]*\s*)?敬礼\s*[!！。]?$")


def _is_signer(text: str | None) -> bool:
    """A signer's line: one that holds a name of two characters or more (not digits and masks
    alone), or a signer's label with its name, masked or left blank."""
    if not text:
        return False
    text = text.strip()
    if _CLOSING_GREETING.match(text):
        return False  # "敬礼" is two characters, and no one's name
    return _one_signer(text) or _signers_side_by_side(text)


def _one_signer(text: str) -> bool:
    return bool((_SIGNER.match(text) and len(_IDEOGRAPH.findall(text)) >= 2) or _LABELLED_SIGNER.match(text))


def _fields_line(text: str | None) -> bool:
    """A line of one short field or of several side by side ("联系人：韩某 电话：137XXXX0000")."""
    pieces = (text or "").split()
    return 0 < len(pieces) <= SIDE_BY_SIDE_MAX and all(_FIELD.match(piece) for piece in pieces)


# How many signers one line may set side by side ("甲方：某某 乙方：某某", a family's mourners).
SIDE_BY_SIDE_MAX = 6


def _signers_side_by_side(text: str) -> bool:
    """Several signers on one line parted by blanks, two of them at least under their labels
    ("长子：某某 次女：某某 率全家敬告", "甲方：张三 乙方：李四"): each piece a signer's."""
    pieces = text.split()
    return (2 <= len(pieces) <= SIDE_BY_SIDE_MAX and sum(1 for p in pieces if _LABELLED_SIGNER.match(p)) >= 2
            and all(_one_signer(p) for p in pieces))


def under_a_signature(rule: Rule, kept: list[tuple[int, pf.Block]], later: list[tuple[int, pf.Block]],
                      text: str = "") -> bool:
    """A date closing the text under its signer ("…践行者！" / "市文明办" / "2024年10月15日"):
    the lines kept above are a signer's (one or two: "五年级二班" / "学生：林可"), the line above
    them is one under which the rule's lines are the text's own (its not_after: a finished
    sentence) or a letter's closing greeting ("敬礼"), and no paragraph follows (or the next
    sample's marker does). The signer's name need not end in a word not_after lists (办, a
    person's name)."""
    if not rule.not_after or not kept:
        return False
    if ends_a_note(text, kept, later):
        return True
    if len(kept) < 2:
        return False
    names = 0
    while names < SIGNER_LINES and names < len(kept) - 1 and _is_signer(_text_of(kept[-1 - names][1])):
        names += 1
    above = _text_of(kept[-1 - names][1])
    # (a letter's own fields may stand between its last sentence and its signer: where, who to
    # call, "地点：学校报告厅" / "电话：0571-…" over "二年级组")
    fields = 0
    while (fields < SIGNATURE_FIELDS and names + fields < len(kept) - 1
           and _fields_line(above)):
        fields += 1
        above = _text_of(kept[-1 - names - fields][1])
    # (unsigned, a notice's contact field may stand alone between its last sentence and its
    # date: "…必有重谢！" / "联系电话：138XXXX0000" / "2024年5月6日")
    return (names + fields > 0
            and (rule.follows_its_exception(above) or bool(above and _CLOSING_GREETING.match(above.strip())))
            and (not text_goes_on(later) or _next_sample_follows(later)))


# A line of a note's text: a clause or more of words, perhaps left without its full stop as notes
# are written ("今收到三班交来的班费共计六百元整", "本周五下午召开班会，请准时参加").
_NOTE_TEXT_CHARS = 10


def _note_text(text: str | None) -> bool:
    line = (text or "").strip()
    return (len(line) >= _NOTE_TEXT_CHARS and len(_IDEOGRAPH.findall(line)) >= _NOTE_TEXT_CHARS // 2
            and not line.endswith((":", "：")) and not _signed_date(line))


def ends_a_note(text: str, kept: list[tuple[int, pf.Block]], later: list[tuple[int, pf.Block]]) -> bool:
    """The signer and the date closing a short note, its last sentence perhaps without a full stop
    (a 请假条, a 收条, a class notice: "…望批准" / "周建国、吴芳" / "2024年5月8日"): the line is a
    signer's name (a person, several, a group) or a date, one or two signer lines over the date,
    the note's text straight above them, and below them no more than the rest of the block (a
    signer's second line, the date: a name has its date under it) and no paragraph. A site's
    byline and date stand over the text that goes on under them; a footer's date stands under the
    site's other lines, not under a signer; a date alone under the text is not a signer's."""
    line = (text or "").strip()
    is_date = _signed_date(line)
    if not (is_date or _note_signer(line)) or text_goes_on(later):
        return False
    below = [t for _, block in later if (t := (_text_of(block) or "").strip())]
    if is_date:
        if below[:1] and not _note_signer(below[0]):
            return False
    elif not below or not (_signed_date(below[0]) or (_note_signer(below[0]) and below[1:2]
                                                     and _signed_date(below[1]))):
        return False  # (a name is a signer's over its date; a line of words at a page's end may be its tags)
    above = [t for _, block in reversed(kept) if (t := (_text_of(block) or "").strip())]
    if (is_date and not below and above and (_SENTENCE_END.search(above[0]) or _note_text(above[0]))
            and _addressed(above[-SALUTATION_LINES:])):
        # A note to someone ("各位家长：" over its text) dated under its last sentence, unsigned:
        # the note's date. A site's date under an article stands under no salutation's text.
        return True
    # the signer lines between the line and the note's text: a date's signer (one or two lines)
    # stands straight above it; a name may be a signer's first line or its second
    least, most = (1, SIGNER_LINES) if is_date else (0, SIGNER_LINES - 1)
    # (A list of other pages, each title over its date, is no note: no date over its text.)
    for names in range(least, min(most, len(above) - 1) + 1):
        if (all(_note_signer(name) for name in above[:names]) and _note_text(above[names])
                and not _is_signer_only(above[names])
                and not (names + 1 < len(above) and _signed_date(above[names + 1]))):
            return True
    return False


# A salutation alone on its line at a note's top: whom it is written to ("各位家长：", "王老师：",
# "尊敬的物业公司："), a few words and the colon, no figures (a label's value never follows it).
_SALUTATION = LazyPattern(r"^[\u3400-\u9fff、，,·（）()]{2,16}[:：]$")
SALUTATION_LINES = 3


def _addressed(first_lines_reversed: list[str]) -> bool:
    """Whether one of the text's first lines (given last first) is a salutation."""
    return any(_SALUTATION.match(line) for line in first_lines_reversed)


# A note's signer is short: a person, a class and a pupil, a group ("七年级语文组").
_NOTE_SIGNER_MAX_CHARS = 12


def _note_signer(text: str) -> bool:
    return _is_signer(text) and len("".join(text.split())) <= _NOTE_SIGNER_MAX_CHARS


def _is_signer_only(text: str) -> bool:
    """A line too short to be a note's text that reads as a signer's ("七年级语文组")."""
    return _is_signer(text) and len(text) < _NOTE_TEXT_CHARS


# How far down a record's own fields (地点, 主持人, 参会人员) are looked for, and how many make it one.
RECORD_HEAD_LINES = 8
RECORD_FIELDS_MIN = 2
# How many lines a record's sign-off holds after its text (整理, 审核, a date).
SIGN_OFF_LINES = 3


def signs_off_a_record(text: str, kept: list[tuple[int, pf.Block]], later: list[tuple[int, pf.Block]],
                       record_time: bool = False) -> bool:
    """A short field ("整理：孙悦", "审核：钱峰") closing a record that opened on its own fields (a
    meeting's place, chair and those present: "地点：…" / "主持人：…"): the minutes' own sign-off,
    under its last kept line, with no more than the rest of the sign-off (its other fields, its
    date) below. A news item's credits close an item that opened on no such fields."""
    line = (text or "").strip()
    if not _FIELD.match(line) or not kept:
        return False
    below = [t for _, block in later if (t := (_text_of(block) or "").strip())]
    if len(below) > SIGN_OFF_LINES or not all(_FIELD.match(t) or _signed_date(t) for t in below):
        return False
    head = [t for _, block in kept[:RECORD_HEAD_LINES] if (t := (_text_of(block) or "").strip())]
    events = sum(1 for t in head if EVENT_FIELD.match(t))
    times = sum(1 for t in head if opens_a_record(t)) + record_time
    if events > 0 and events + sum(1 for t in head if _RECORD_TIME.match(t)) >= RECORD_FIELDS_MIN:
        return True
    # A record headed by its time alone ("时间：2024年10月12日下午" and no place or chair) is
    # signed off by two roles at least ("整理：…" / "审核：…", "记录人：…" / "审核：…"); a news
    # item's lone "编辑：…" under a page's time line is the site's credit still.
    return times > 0 and _sign_off_fields(line, kept, below) >= SIGN_OFF_ROLES_MIN


# How many fields sign off a record headed by its time alone.
SIGN_OFF_ROLES_MIN = 2
# A record's time field: its date written out, perhaps the part of the day or the hour after it,
# nothing else on the line (a page's "时间：2024-05-06 来源：…" is its facts).
_RECORD_DATE = LazyPattern(r"^(?:会议)?时\s*间\s*[:：]\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
                           r"[\u3400-\u9fff0-9:：\s—\-\uff5e~]{0,16}$")


def opens_a_record(text: str) -> bool:
    """Whether the line is a record's time field with its date written out."""
    return bool(_RECORD_DATE.match(text.strip()))


def _sign_off_fields(line: str, kept: list[tuple[int, pf.Block]], below: list[str]) -> int:
    """The fields of the sign-off this line stands in: itself, the fields right above it, and
    those below (a date below closes the run)."""
    above = 0
    for _, block in reversed(kept):
        if not _FIELD.match((_text_of(block) or "").strip()):
            break
        above += 1
    return 1 + above + sum(1 for t in below if _FIELD.match(t) and not _signed_date(t))


# The time a record opens on, beside its place ("时间：2024年4月10日下午" over "地点：…").
_RECORD_TIME = LazyPattern(r"^(?:会议)?时\s*间\s*[:：]")


def _next_sample_follows(later: list[tuple[int, pf.Block]]) -> bool:
    """Whether the next line is a sample's marker ("篇二：给老师的感谢信"): on a page of several
    letters one ends there, and the text going on below is the next one's."""
    following = next((text for _, block in later if (text := _text_of(block))), None)
    return following is not None and sample_marker(following.strip(), announced=True) is not None


# A labelled date ("日期：2024年6月20日", "时间：2024年5月1日") and the short fields of a
# signature block above it ("承诺人（签名）：", "班级：", "申请人：XXX", "联系电话：139XXXX2087").
_LABELLED_DATE = LazyPattern(r"^\s*[\u3400-\u9fff]{1,6}\s*[:：]\s*(?P<date>.{6,20})$")
_FIELD = LazyPattern(r"^[\u3400-\u9fff]{1,8}(?:[（(][\u3400-\u9fff]{1,6}[)）])?\s*[:：]\s*\S{0,24}$")
# A form's date left blank for the signer to fill ("日期：", "签字日期：____", "时间：  年  月  日"): a
# signature block's date as much as a filled one (a pledge's, an application's, a receipt's). A
# site's bare date label stands over the text among its facts, never under the signer's fields.
_BLANK_DATE = LazyPattern(r"^\s*[\u3400-\u9fff]{0,4}(?:日期|时间|時間)\s*[:：]\s*[_＿\s]*"
                          r"(?:年[_＿\s]*月[_＿\s]*日[_＿\s]*)?$")


def between_own_fields(kept: list[tuple[int, pf.Block]], later: list[tuple[int, pf.Block]],
                       rules: tuple[Rule, ...], where: set[str]) -> bool:
    """A labelled line standing between two of the document's own fields ("书名：《…》" / "作者：某某" /
    "好词：…", "题目：…" / "作者：…" / "学校：…"): the line above and the line below are each a
    label and its value that no rule takes. A page's facts stand beside its other facts (来源,
    时间: the rules' lines), or over the text."""
    above = _text_of(kept[-1][1]) if kept else None
    below = next((t for _, block in later if (t := (_text_of(block) or "").strip())), None)
    return all(line and _OWN_FIELD.match(line.strip())
               and first_matching_rule(rules, " ".join(line.split()), where) is None for line in (above, below))


def under_named_work(kept: list[tuple[int, pf.Block]], title: str | None, rules: tuple[Rule, ...],
                     where: set[str]) -> bool:
    """A labelled line right under the document's own field naming a work, in book marks or as the
    title quotes it ("书名：《某书》" / "作者：某某", "书名：某书" under "《某书》读书笔记"; round 33): the
    book's author, a reading note's field. A page's facts name no book."""
    above = _text_of(kept[-1][1]) if kept else None
    if not above or not _OWN_FIELD.match(above.strip()) or first_matching_rule(rules, " ".join(above.split()), where):
        return False
    value = re.split(r"[:：]", above, maxsplit=1)[-1].strip()
    quoted = re.findall(r"《([^《》]{1,30})》", title or "")
    return bool(re.fullmatch(r"《[^《》]{1,30}》", value)) or value in quoted


# A label and its value, the value perhaps of a few words set apart by blanks ("好词：金色的阳光 波光粼粼").
_OWN_FIELD = LazyPattern(r"^[\u3400-\u9fff]{1,8}(?:[（(][\u3400-\u9fff]{1,6}[)）])?\s*[:：]"
                           r"\s*[^\s:：。！？!?][^:：。！？!?]{0,30}$")


# The field of one who signs: a person's or a body's label, or a signature's own mark.
_SIGNING_FIELD = LazyPattern(r"^[\u3400-\u9fff]{0,7}(?:人|单位|單位|方)(?:[（(][\u3400-\u9fff]{1,6}[)）])?\s*[:：]"
                             r"|(?:签字|签名|簽名|签章|盖章|蓋章)\s*[)）]?\s*[:：]")
# How many fields a signature block holds above its date (a signer, a class, a number, a
# telephone: an application signed by a pupil).
SIGNATURE_FIELDS = 4


# A template's masked year ("20xx年9月15日", "20××年"): read as the "20XX" the date patterns know.
_MASKED_YEAR = LazyPattern(r"^(\s*(?:19|20))[xX×]{2}(?=\s*年)")


def _signed_date(text: str) -> bool:
    text = _MASKED_YEAR.sub(r"\1XX", text)
    return bool(DATE_ONLY_LINE.match(text.strip()) or WRITTEN_DATE_LINE.match(text))


def dates_a_signature_block(text: str, kept: list[tuple[int, pf.Block]], later: list[tuple[int, pf.Block]],
                            beside_chrome: bool = False) -> bool:
    """A line of the text's own signature block, under a finished sentence or a letter's closing
    greeting ("…愿意承担责任。" / "承诺人（签名）：" / "班级：" / "日期：2024年6月20日"): a date,
    labelled or bare, or a short field ("联系电话：139XXXX2087") under one to four short fields
    kept above it, one of them a signer's, and no paragraph below. At a page's top the site's
    fields (作者, 日期) stand over the text, never under a paragraph of it; at its foot the site's
    contact lines stand under its other chrome, never among a signer's fields. A field is looked
    at only for a rule that drops it beside chrome alone (`beside_chrome`: a contact line); a
    rule taking a field on its own ("上一篇：…") is the site's wherever it stands."""
    if not (_labelled_date(text) or _signed_date(text) or _dates_side_by_side(text) or _BLANK_DATE.match(text)
            or (beside_chrome and _FIELD.match(text.strip()))):
        return False
    fields: list[str] = []
    lines = [line for _, block in reversed(kept) if (line := (_text_of(block) or "").strip())]
    for position, line in enumerate(lines):
        # (a two-party block sets its fields side by side: "甲方（盖章）：… 乙方（盖章）：…")
        if len(fields) < SIGNATURE_FIELDS and (_FIELD.match(line) or _fields_line(line)):
            fields.append(line)
            continue
        if text_goes_on(later):
            return False
        # (a signer under any label, "患者家属：吴女士", once no rule took it for a site's credit)
        if (fields and any(_SIGNING_FIELD.search(field) or _LABELLED_SIGNER.match(field) for field in fields)
                and _closes_text(line)):
            return True
        # A letter's contact lines under its signer, over its closing date ("青禾读书社" /
        # "电话：0571-…" / "2024年9月30日"): the signer stands under the letter's last sentence or
        # its 敬礼; a site's contact fields stand under its other chrome and close no dated letter.
        return (_signer_line(line) and position + 1 < len(lines) and _closes_text(lines[position + 1])
                and (_signed_date(text) or _dated_below(later)))
    return False


def _labelled_date(text: str) -> bool:
    labelled = _LABELLED_DATE.match(text)
    return labelled is not None and _signed_date(labelled.group("date"))


def _dates_side_by_side(text: str) -> bool:
    """A two-party signature row's dates ("日期：2024年9月15日 日期：2024年9月15日"): each piece a
    labelled date. A page's own fields never repeat one date label side by side."""
    pieces = text.split()
    return 2 <= len(pieces) <= SIDE_BY_SIDE_MAX and all(_labelled_date(piece) for piece in pieces)


def _closes_text(line: str) -> bool:
    return bool(_SENTENCE_END.search(line)) or bool(_CLOSING_GREETING.match(line))


def _signer_line(line: str) -> bool:
    return (bool(_SIGNER.match(line)) and not _FIELD.match(line)) or bool(_LABELLED_SIGNER.match(line))


def _dated_below(later: list[tuple[int, pf.Block]]) -> bool:
    """Whether the contact run goes on, a field a line, down to a closing date."""
    for _, block in later[:SIGNATURE_FIELDS]:
        line = (_text_of(block) or "").strip()
        if _signed_date(line):
            return True
        if not _FIELD.match(line):
            return False
    return False


def takes_the_prose(kept: list[tuple[int, pf.Block]], later: list[tuple[int, pf.Block]]) -> bool:
    """Whether dropping the rest would take more of the document's prose than it keeps: a list
    of other pages' titles holds no sentences, so a drop-rest line sits after the body, never
    above most of it (a bare "推荐阅读" near the head of a short text). Prose is a line that
    ends a sentence, a list's item too (prose_lines); a list's titles end none."""
    after = sum(len(text) for text in prose_lines(later) if _FINISHED.search(text))
    before = sum(len(" ".join(block_text(block).split())) for _, block in kept if is_text_block(block))
    return after > before


# The document's own last words under a drop-rest line ("推荐阅读：" pushed above the text's closing
# paragraph, or a 教案's own "拓展阅读" section): a few lines, each a finished sentence with a
# clause in it. A box of other pages' titles holds titles (no stop), a teaser cut short ("……"),
# a teaser under its title: never only sentences. Lines another rule drops (an outro, a footer
# under it) are passed over.
ENDING_LINES = 6
ENDING_MIN_CHARS = 15
_STOPPED = LazyPattern(r"[。！!][”\"’』」）)]?$")
_CLAUSE = LazyPattern(r"[，,；;]")


def ending_follows(later: list[tuple[int, pf.Block]], rules: tuple[Rule, ...]) -> bool:
    """Whether all that stands below a drop-rest line is the document's short ending: a few
    finished sentences (ENDING_LINES), and chrome that rules drop anyway. Dropping the rest
    would take the ending and no list (a box of titles never holds only sentences)."""
    sentences = 0
    for _, block in later:
        if not is_text_block(block):
            return False
        text = " ".join(block_text(block).split())
        if not text:
            continue
        rule = first_matching_rule(rules, text, {"anywhere", "tail"})
        if rule is not None and rule.action in ("drop", "drop-rest"):
            continue
        if len(text) < ENDING_MIN_CHARS or not _STOPPED.search(text) or not _CLAUSE.search(text):
            return False
        sentences += 1
        if sentences > ENDING_LINES:
            return False
    return sentences > 0


# A work named in book-title marks, alone on its line (its author or a note after it, no
# sentence): "《朝花夕拾》", "2.《西游记》吴承恩", "•《昆虫记》（法布尔）".
_WORK_LINE = LazyPattern(r"^[-•·*\s]*(?:\d{1,2}\s*[.、．)）]\s*)?《[^》]{1,30}》[^。！？!?，,；;《]{0,16}$")
# How many of them make a reading list, among the first lines below.
WORKS_MIN = 2
WORKS_LOOKAHEAD = 4


def works_listed_below(later: list[tuple[int, pf.Block]]) -> bool:
    """Whether the lines below are a reading list: works named in book-title marks, each alone on
    its line (WORKS_MIN of the first WORKS_LOOKAHEAD lines). A teacher's or a plan's "推荐阅读"
    over the books it names is the document's own part; a site's box lists its pages' titles
    bare."""
    texts = [text for _, block in later if is_text_block(block)
             and (text := " ".join(block_text(block).split()))][:WORKS_LOOKAHEAD]
    return sum(bool(_WORK_LINE.match(text)) for text in texts) >= WORKS_MIN


# A section number of the document's own: "三、", "第三章", "第三条", "（三）" (Chinese numerals:
# a list of other pages' titles may number its items 1. 2. 3., never so).
_SECTION_FORMS = (re.compile(r"^\s*([一二三四五六七八九十]{1,3})\s*、"),
                  re.compile(r"^\s*第([一二三四五六七八九十]{1,3})[章节節条條](?:\s|$)"),
                  re.compile(r"^\s*[（(]([一二三四五六七八九十]{1,3})[)）]"))
_NUMERALS = "一二三四五六七八九"
# How far below the line the document's next section is looked for.
SECTION_LOOKAHEAD = 12


def _numeral(text: str) -> int:
    """一 -> 1, 十 -> 10, 十二 -> 12, 二十三 -> 23 (the numbers a document's sections reach)."""
    tens, _, units = text.rpartition("十")
    if "十" not in text:
        return _NUMERALS.index(text) + 1 if len(text) == 1 and text in _NUMERALS else 0
    value = (_NUMERALS.index(tens) + 1 if tens in _NUMERALS and tens else 1 if not tens else 0) * 10
    return value + (_NUMERALS.index(units) + 1 if units else 0) if len(units) <= 1 else 0


def numbering_goes_on(kept: list[tuple[int, pf.Block]], later: list[tuple[int, pf.Block]]) -> bool:
    """Whether the document's own section numbering goes on below the line: its last section
    number above ("二、") is followed, a few lines below, by the next ("三、"). A box of other
    pages' titles printed between two sections of the text ("延伸阅读：…" after the second) is
    no end of the document, however short its last section: the text goes on under it."""
    above = [text for _, block in kept if (text := " ".join(block_text(block).split()))]
    below = [text for _, block in later[:SECTION_LOOKAHEAD] if (text := " ".join(block_text(block).split()))]
    for form in _SECTION_FORMS:
        last = next((_numeral(m.group(1)) for text in reversed(above) if (m := form.match(text))), 0)
        following = next((_numeral(m.group(1)) for text in below if (m := form.match(text))), 0)
        if last and following == last + 1:
            return True
    return False


def signed_close_follows(later: list[tuple[int, pf.Block]]) -> bool:
    """Whether the document's close stands a few lines below the line: a finished sentence, then
    a signer's line (a unit or a name alone) right over a date written out (2024年5月6日). A box
    of other pages' titles holds neither; a notice with a "推荐阅读：…" line pushed between its
    paragraphs goes on to its signature under it."""
    texts = [text for _, block in later[:SECTION_LOOKAHEAD] if (text := " ".join(block_text(block).split()))]
    return any(DATE_ONLY_LINE.match(date) and _is_signer(signer)
               and any(_FINISHED.search(text) for text in texts[:position])
               for position, (signer, date) in enumerate(itertools.pairwise(texts)))


# A bulletin's masthead: its issue line among the page's first lines, then up to this many short
# lines of who issued it and when ("主办：镇安监站", "东湖中学教务处编 2024年11月6日").
MASTHEAD_LINES = 2
MASTHEAD_SEARCH_LINES = 2
_MASTHEAD_LINE_MAX_CHARS = 30


def masthead_lines(blocks: list[pf.Block]) -> set[int]:
    """The ids of a bulletin's masthead lines under its name (taken as the title): the issue line
    ("第3期") and the issuer's and the date's lines under it, short and no sentence, and the field
    lines of its foot (报尾). They are the bulletin's own, however much they look like a page's
    facts or credits."""
    texts = [(block, (_text_of(block) or "").strip()) for block in blocks[:MASTHEAD_SEARCH_LINES + MASTHEAD_LINES]
             if is_text_block(block)]
    for position, (block, text) in enumerate(texts[:MASTHEAD_SEARCH_LINES]):
        if _issue_line(text):
            kept = {id(block)}
            for under, line in texts[position + 1:position + 1 + MASTHEAD_LINES]:
                if not line or len(line) > _MASTHEAD_LINE_MAX_CHARS or _SENTENCE_END.search(line):
                    break
                kept.add(id(under))
            return kept | _bulletin_foot(blocks)
    return set()


# Round 37: the masthead's issuer and date beside the issue on its line, parted by blanks ("第4期
# 某街道党工委办公室编", "2025年第4期    某街道党工委办公室编    2025年11月30日"; the issue perhaps
# after its year): each short, none a sentence, and one of them the issuer (who 编/编印/主办 it, an
# office) or the date. A journal's issue line names the journal ("2023年第6期 某某研究"): no masthead.
_ISSUE_YEAR = LazyPattern(r"^(?:19|20)\d{2}\s*年\s*(?=第)")
_FIELD_GAP = LazyPattern(r"\s+")
_MASTHEAD_ISSUER = LazyPattern(r"(?:编|编印|主办|印发|办公室|委员会|党委|党工委|居委会|办|委|局|处|科|站|中心)$")
MASTHEAD_FIELD_MAX_CHARS = 20


def _issue_line(text: str) -> bool:
    """Whether the line is a bulletin's issue line: "第3期" alone, or the issue ("第3期",
    "2024年第3期") with the masthead's issuer or date beside it on the line."""
    if ISSUE_LINE.match(text):
        return True
    pieces = [piece for piece in _FIELD_GAP.split(text.strip()) if piece]
    if len(pieces) < 2 or not ISSUE_LINE.match(_ISSUE_YEAR.sub("", pieces[0])):
        return False
    fields = pieces[1:]
    return (all(len(piece) <= MASTHEAD_FIELD_MAX_CHARS and not _SENTENCE_END.search(piece) for piece in fields)
            and any(_MASTHEAD_ISSUER.search(piece) or DATE_ONLY_LINE.match(piece) for piece in fields))


# A bulletin's foot under a rule line: who edited this issue, whom it goes to, how many were
# printed ("本期编辑：李雪", "报：县委办", "送：各乡镇", "共印30份").
BULLETIN_FOOT_LINES = 3
_BULLETIN_FOOT = LazyPattern(r"^(?:(?:本期)?(?:编辑|责编|审核|审稿|签发|校对)|报|送|发|抄报|抄送|主送|报送|分送)"
                             r"\s*[:：]\s*\S.{0,60}$|^共印\s*\d{1,4}\s*份$")


def _bulletin_foot(blocks: list[pf.Block]) -> set[int]:
    """The ids of the short field lines closing a bulletin (its 报尾), up from its last line."""
    foot: set[int] = set()
    for block in reversed([b for b in blocks if is_text_block(b) and (_text_of(b) or "").strip()]):
        line = (_text_of(block) or "").strip()
        if len(foot) == BULLETIN_FOOT_LINES or _SENTENCE_END.search(line) or not _BULLETIN_FOOT.match(line):
            break
        foot.add(id(block))
    return foot


# Round 41: the fields of the event a notice or a school's news item announces, at its head ("日期 |
# Date：…" / "時間 | Time：…" / "地點 | Venue：…", a bilingual page's labels with their English):
# the event's when and where are the text's, however much its date and time look like a page's
# facts. A field line: a short label (its English perhaps beside it), a colon, a value.
_EVENT_HEAD_FIELD = LazyPattern(r"^[\u3400-\u9fff]{1,6}(?:\s*[|｜/／]\s*[A-Za-z][A-Za-z .]{0,24})?\s*[:：]\s*\S")
# The event's time or date field ("時間 | Time：", "日期：", "活动时间：").
_EVENT_WHEN = LazyPattern(r"^[\u3400-\u9fff]{0,4}(?:时间|時間|日期)(?:\s*[|｜/／]\s*[A-Za-z][A-Za-z .]{0,24})?\s*[:：]")
# The page's own stamp ("发布时间：…", "更新日期：…") is its fact, never the event's.
_PAGE_STAMP_FIELD = LazyPattern(r"^(?:发布|發佈|發布|发表|發表|更新|上传|上傳|录入|錄入|编辑|編輯|创建|創建)"
                                r"(?:时间|時間|日期)")
EVENT_HEAD_SEARCH_LINES = 4  # where the event's fields may begin (a title, a language code above)
EVENT_HEAD_LINES = 8  # how many lines they may fill (a time per section on lines of its own)
_EVENT_LINE_MAX_CHARS = 60


def event_head_lines(blocks: list[pf.Block]) -> set[int]:
    """The ids of the lines of an event's fields at the head: a run of field lines (short lines
    without a sentence between them go with them: a second section's time on its own line) holding
    the event's place or chair (EVENT_FIELD) and its time or date. A page's facts (发布时间, 来源,
    浏览次数) name no place."""
    texts = [(block, (_text_of(block) or "").strip()) for block in blocks[:EVENT_HEAD_SEARCH_LINES + EVENT_HEAD_LINES]
             if is_text_block(block)]
    for start, (_, text) in enumerate(texts[:EVENT_HEAD_SEARCH_LINES]):
        if not _EVENT_HEAD_FIELD.match(text) or _PAGE_STAMP_FIELD.match(text):
            continue
        run = []
        for block, line in texts[start:start + EVENT_HEAD_LINES]:
            if (not line or len(line) > _EVENT_LINE_MAX_CHARS or _SENTENCE_END.search(line)
                    or _PAGE_STAMP_FIELD.match(line)):
                break
            run.append((block, line))
        fields = [line for _, line in run if _EVENT_HEAD_FIELD.match(line)]
        while run and not _EVENT_HEAD_FIELD.match(run[-1][1]):
            run.pop()  # (a title under the fields is no field's)
        if any(EVENT_FIELD.match(line) for line in fields) and any(_EVENT_WHEN.match(line) for line in fields):
            return {id(block) for block, _ in run}
        return set()
    return set()
