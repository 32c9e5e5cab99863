"""Short site words between two lines of chrome: a tab, a button, a column's name, by form.

Why a step of its own: whether a short word alone ("活动相册", "評論", "热文排行") is a site's tab
or the text's own line is told by where it stands, not by its wording, and where it stands is
known only once the rules have acted. A run of at most RUN_MAX such lines (the rules marked
`between_chrome`: a short line of no sentence), or of TAB_ROW_MAX words as short as a tab's
name, goes when the nearest line above the run went
(or the run opens the page, in its head, and its words are short: OPENING_MAX_CHARS) and the
nearest line below it went (or the run ends the page, in its tail). The title printed again is
no chrome for this (a heading under it is the document's); nor is a line a rule only cut a
piece from. A line the rules keep, or a recognised 公文's own line, stays.

In the head a run may also hold the page's fields that a meta-lines rule takes only beside
chrome ("分类: 某栏目", `beside_chrome`): under a title a mobile page prints its facts one a
line with its column's name among them ("分类: …" / "生活常识" / "编辑: …"), and the field and
the column's word, each waiting for the other to go first, would both stay (round 40).
"""

from __future__ import annotations

import panflute as pf

from ..elements import block_text, is_text_block
from ..title_forms import DOCUMENT_NAME
from .bar_cells import cells_between_bars
from .line_form import rule_forms
from .placement import closing_lines, holds_picture, piece_of_split_date, text_lines
from .ruleset import Rule, keeping_rule

# The rules whose beside-chrome fields may stand in a run (the page's facts under its title).
FIELD_CONCEPT = "meta-lines"
# The longest run of short words taken together (a row of tabs the scrape put one a line).
RUN_MAX = 3
# A site's row of tabs or share buttons may be longer ("首页 学习 活动 专区 工具 发布", "政务 微信
# 政务 微博"): a run of up to TAB_ROW_MAX lines goes when each is a word this short, which no
# run of the text's own lines is (a list's items or a poem's lines say more than a tab's name).
TAB_ROW_MAX = 8
TAB_WORD_MAX_CHARS = 4
# A run opening the page holds only words this short: a longer line there, under chrome alone,
# may be the document's own name or its column's ("社区工作计划精选" above a lead-in).
OPENING_MAX_CHARS = 6
# A line this long is a phrase, no tab's name ("写给即将启程的你们"): it goes only between two lines
# a named rule took, never beside a line only the learned scorer judged (_sure_enough).
PHRASE_MIN_CHARS = OPENING_MAX_CHARS + 1


def drop_words_between_chrome(original: list[tuple[int, pf.Block]], blocks: list[tuple[int, pf.Block]],
                              removed: dict[int, str], keep: frozenset[int], rules: tuple[Rule, ...],
                              head_end: int, tail_start: int) -> tuple[list[tuple[int, pf.Block]],
                                                                      list[tuple[int, str, str]]]:
    """(blocks kept, removed records). `original`: the page's blocks as the pass found them;
    `removed`: origin -> rule of the lines gone so far; `head_end`, `tail_start`: the origins
    bounding the page's head and tail (a run may open the page only in the head, end it only
    in the tail)."""
    forms = [rule for rule in rules if rule.between_chrome]
    if not forms:
        return blocks, []
    # A site's field a rule takes only beside chrome ("分类: 某栏目"), in the head: a member of a
    # run too, so that a field and a column's word between two lines of chrome, each waiting for
    # the other to go first, go together.
    fields = [rule for rule in rules if rule.beside_chrome and rule.concept == FIELD_CONCEPT and rule.where == "head"]
    longest = 2 * max(rule.max_chars for rule in forms + fields)  # once, not for every line
    kept_at = {origin: block for origin, block in blocks}
    # A line a rule cut a piece from is still there: only the lines gone whole count.
    removed = {origin: rule for origin, rule in removed.items() if origin not in kept_at}
    lines = [origin for origin, block in original if not _blank(block)]
    # A date written over lines ("2020" / "年" / "3" / "月") is the text's, its unit no tab's word.
    texts, at = text_lines(original)
    pieces = {original[position][0] for position, line in at.items() if piece_of_split_date(texts, line)}
    # A letter's or a notice's close is the text's: its closing word, its written date and the
    # signer over that date (closing_lines).
    pieces |= closing_lines(original, texts, at)
    # A table flattened one cell a line, bar lines between its cells: the cells are the text's.
    pieces |= cells_between_bars(original)
    kept_at = {origin: block for origin, block in kept_at.items() if origin not in pieces}
    gone: list[tuple[int, str, str]] = []
    start = 0
    while start < len(lines):
        end, names = start, []
        # The longest run of short words the rules kept, from here.
        while end < len(lines) and end - start < TAB_ROW_MAX and (found := _short_word(
                lines[end], kept_at, keep, rules, forms + fields if lines[end] < head_end else forms, longest)):
            names.append(found)
            end += 1
        if not names:
            start += 1
            continue
        if end - start > RUN_MAX and not all(_tab_word(kept_at[origin]) for origin in lines[start:end]):
            start = end
            continue
        above = (_went(removed, lines[start - 1]) if start > 0 else lines[start] < head_end
                 and all(len(block_text(kept_at[o]).strip()) <= OPENING_MAX_CHARS
                         or _short_word(o, kept_at, keep, rules, fields, longest) for o in lines[start:end]))
        below = _went(removed, lines[end]) if end < len(lines) else lines[end - 1] >= tail_start
        if above and below and (end == len(lines)
                                or not _short_word(lines[end], kept_at, keep, rules, forms, longest)) and (
                _sure_enough(removed, lines, start, end, kept_at)):
            gone.extend((origin, " ".join(block_text(kept_at[origin]).split()), name)
                        for origin, name in zip(lines[start:end], names, strict=True))
        start = end
    taken = {origin for origin, _, _ in gone}
    left = [(origin, block) for origin, block in blocks if origin not in taken]
    # Site words stand beside a document: when they would be all the page keeps, what is left
    # is the document (a scrap of a broken page), not its chrome.
    if not any(is_text_block(block) and block_text(block).strip() for _, block in left):
        return blocks, []
    return left, gone


def _short_word(origin: int, kept_at: dict[int, pf.Block], keep: frozenset[int], rules: tuple[Rule, ...],
                forms: list[Rule], longest: int) -> str | None:
    """The between-chrome rule a kept line matches (its "concept.name"), if any. `longest`:
    twice the longest max_chars of `forms`."""
    block = kept_at.get(origin)
    if block is None or not is_text_block(block) or id(block) in keep:
        return None
    raw = block_text(block)
    # (a line of paragraphs is no word: not split and searched; blanks inside count once.
    # Asked before holds_picture, which reads the whole paragraph's tree: either says None.)
    if len(raw) > longest or holds_picture(block):
        return None
    text = " ".join(raw.split())
    candidates = [rule for rule in forms if len(text) <= rule.max_chars]
    # A line ending in a document's genre ("家务劳动心得", "…实施方案") names a sample or the
    # document above its own facts (a 范文 site prints each sample's name over its 字数 line).
    if not candidates or DOCUMENT_NAME.search(text) or keeping_rule(rules, text):
        return None
    for rule in candidates:
        # The line as printed: its folded forms drop a bullet or a closing mark, which would
        # make a clause ("…久久为功，") a word.
        if rule.pattern.search(text) or (rule.beside_chrome and any(rule.pattern.search(form)
                                                                   for form in rule_forms(text))):
            # (a field is read as the rules read it: in simplified characters, readings dropped)
            return f"{rule.concept}.{rule.name}"
    return None


def _sure_enough(removed: dict[int, str], lines: list[int], start: int, end: int,
                 kept_at: dict[int, pf.Block]) -> bool:
    """Whether the chrome around the run `lines[start:end]` is sure enough for what the run says.
    The learned scorer's lines (`*.scored`) are guesses: a run between two of them is judged on
    guesses alone (a document's cover, "学校名称" / "小学" / "年 班 号", the scorer's on both
    sides), so it goes only when a named rule took a line beside it. A line longer than a tab's
    name (PHRASE_MIN_CHARS: a phrase, "写给即将启程的你们", a subtitle under the title) goes only
    between two lines named rules took (or the page's edge)."""
    sides = [lines[start - 1] if start > 0 else None, lines[end] if end < len(lines) else None]
    named = [origin is None or not removed.get(origin, "").endswith(".scored") for origin in sides]
    if not any(named):
        return False
    phrase = any(len("".join(block_text(kept_at[origin]).split())) >= PHRASE_MIN_CHARS for origin in lines[start:end])
    return all(named) or not phrase


def _tab_word(block: pf.Block) -> bool:
    """A word as short as a tab's name (blanks inside not counted)."""
    return len("".join(block_text(block).split())) <= TAB_WORD_MAX_CHARS


# A wiki section's edit link stands beside the section's own name: a heading between two of
# them (a section opening with a subsection) is the text's, not a tab between chrome.
SECTION_LINKS = frozenset({"meta-lines.wiki-edit-link"})
# A code fence's marks ("```") frame a sample the page quotes: the line after the closing fence is
# the text going on (a heading over its next part), not a tab between two lines of chrome.
FRAME_MARKS = frozenset({"markup.empty-code-span"})


def _went(removed: dict[int, str], origin: int) -> bool:
    rule = removed.get(origin)
    return (rule is not None and not rule.startswith("title.") and rule not in SECTION_LINKS
            and rule not in FRAME_MARKS)


def _blank(block: pf.Block) -> bool:
    return is_text_block(block) and not block_text(block).strip()
