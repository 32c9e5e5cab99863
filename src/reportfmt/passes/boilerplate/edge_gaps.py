"""Short lines in a gap between two lines of chrome at the page's edge, outside the document.

    站内检索:                    <- chrome a rule named
    主任信箱                     <- goes
    县人大常委会主任             <- goes
    李某某                       <- goes
    来源:县人大 发布时间:…       <- chrome a rule named
    第一条 为了规范……。          <- the document's first sentence

A site's sidebar, its account box or its reviewer's badge stands among the page's other chrome
above the text or below it: menu items, a leader's title and name, "设定", "作者头像". Each alone
looks like a heading or a name, and no rule may name them by their words. Their place tells: the
line above the gap and the line below it went whole as chrome by a rule's name (not the page's
title: a subtitle or a byline under the title is the document's; not the learned scorer's guess,
which anchors nothing, though a line it took inside the gap does not end the gap either: round 43),
and the document's first sentence has not come yet (at the top) or its last has passed (at the
foot). The gap is at most GAP_MAX lines, each short with no sentence's mark, no part's number, no
sample marker and no document's name (a genre word closing it: that is the document's own
title); a heading, a list or a table ends the search. At the top the gap may also close on the
page's title printed again whole over the article (round 44: the box between a page's facts and
its title's copy, a consultation's 时限 / 截止 / 征集状态 fields, a reader's buttons; seen on 20-odd
own-tune sites, most of whose lines other rules name), up to GAP_OVER_TITLE_MAX lines and no unit's
name among them (a 公文's issuers over its title); the page's first lines too, when the title pass
took the lines above them as chrome (meta-lines.above-title: a page's date, unit and column over
its title). At the foot the page's end may close the gap (md51): a site's widgets under its last
line of chrome (an app's box, a visit counter, a search box), up to EDGE_GAP_MAX lines, unless the
page repeats the shape further up (a list's items, each a headline by its date) or a unit's name
stands in it. Used by the boilerplate pass after its rules and its other steps; recorded
`meta-lines.edge-gap`.
"""

from __future__ import annotations

import re

import panflute as pf

from ..elements import block_text, is_text_block
from ..headings.samples import sample_marker
from ..patterns import FINISHED_SENTENCE, SECTION_NUMBER, SENTENCE_MARK
from ..regex_cache import LazyPattern
from ..script import fold_script
from ..title_forms import DOCUMENT_NAME
from .bar_cells import cells_between_bars
from .placement import closing_lines, holds_picture, text_lines

RULE = "meta-lines.edge-gap"
# The most lines a gap holds: a sidebar's few items, a name under its title, a box's buttons.
GAP_MAX = 4
# A gap the page's end closes: a sidebar's or a footer's widgets, more than a gap between two
# lines of chrome may hold (no document's line stands under the page's last chrome).
EDGE_GAP_MAX = 8
# A line of the gap: a label, a name, a button, a short slogan.
LINE_MAX_CHARS = 20
# The document's first sentence: this long, closed by a sentence's mark.
SENTENCE_MIN_CHARS = 15
# Rules whose lines are the page's title or its copies: a gap under them is the document's.
_TITLE_FAMILIES = frozenset({"title", "metadata"})
# A line ending on a clause's mark ("河道整治仍需久久为功，") is a piece of the text, no label.
_CLAUSE_END = LazyPattern(r"[，,、]$")
# Three or more gap lines of one length (give or take one character) are a list of like items,
# the text's own ("社区图书角 / 流动借书站 / 亲子共读会 / 读书分享课"); a sidebar's items differ.
LIST_MIN_ITEMS = 3
LIST_LENGTH_SPREAD = 1
_DIGITS = re.compile(r"\d+")
_ORDINAL = re.compile(r"^第\s*\S{1,6}?\s*[编編章节節条條款部篇卷回期]")
EXAMPLE = ("主任信箱", "县人大常委会主任", "李某某")
# The title printed again over the article (the page's <title> took the first copy): the article
# opens there, and a gap of the page's lines between a rule's chrome and it is the page's box
# over the article (a consultation's 时限 / 截止 / 征集状态 fields), up to a few more lines than GAP_MAX.
REPEATED_TITLE = "title.repeated-title"
GAP_OVER_TITLE_MAX = 6
TITLE_MIN_CHARS = 6


def drop_edge_gaps(original: list[tuple[int, pf.Block]], blocks: list[tuple[int, pf.Block]],
                   removed: dict[int, str], keep: frozenset[int], title: str = "", top_taken: bool = False
                   ) -> tuple[list[tuple[int, pf.Block]], list[tuple[int, str, str]]]:
    """(blocks kept, removed records). `original`: the page's blocks as the pass found them;
    `removed`: origin -> rule of the lines gone so far (a line a rule only cut from is kept);
    `title`: the page's title taken (a gap over its copy, REPEATED_TITLE); `top_taken`: the title
    pass took lines above the title as chrome (meta-lines.above-title), which anchor the page's top."""
    kept_at = dict(blocks)
    gone_whole = {origin: rule for origin, rule in removed.items() if origin not in kept_at}
    lines = [(origin, block) for origin, block in original
             if not (is_text_block(block) and not block_text(block).strip())]
    if not any(origin in kept_at and _opens_document(block) for origin, block in lines):
        return blocks, []  # no document to stand outside of: a page of short lines is left alone
    # A letter's or a notice's close ("此致", the signer over its written date) is the text's, in no
    # gap (placement.closing_lines): a picture or an editor's credit may stand between it and the text.
    closing = closing_lines(original, *text_lines(original))
    # A table flattened one cell a line, bar lines between its cells (bar_cells): no gap either.
    closing |= cells_between_bars(original)
    keep = keep | {id(block) for origin, block in original if origin in closing}
    # From the top down to the first sentence, and from the foot up to the last.
    records = (_gaps(lines, kept_at, gone_whole, keep, title=title, top_taken=top_taken)
               + _gaps(lines[::-1], kept_at, gone_whole, keep, foot=True))
    if not records:
        return blocks, []
    taken = {origin for origin, _, _ in records}
    return [(origin, block) for origin, block in blocks if origin not in taken], records


def _gaps(lines: list[tuple[int, pf.Block]], kept_at: dict[int, pf.Block], gone_whole: dict[int, str],
          keep: frozenset[int], title: str = "", top_taken: bool = False, foot: bool = False
          ) -> list[tuple[int, str, str]]:
    """The gaps met walking `lines` (the page's, or reversed) until the document's first line.
    `title` (walking down: the page's title taken): a gap may close on it printed again whole;
    `top_taken`: the title pass took the page's lines over the title as chrome; `foot`: walking
    up from the page's end."""
    # Walking up, the page's last lines under a line of chrome: a gap the page's end closes (md51).
    # Not at the top: the lines under a title the title pass took (a revision note, the issuer)
    # are the document's, and so, on a page with no title taken, is a list's first headline or a
    # sample's name over a line of chrome (tried in md51: it took two samples' names unseen).
    records, position = _edge_gap(lines, kept_at, gone_whole, keep) if foot else ([], 0)
    if title and top_taken and not records:
        # The page's first lines over the title's copy, when the title pass took the page's lines
        # above them as chrome (meta-lines.above-title): those anchor the gap from above.
        top = 0
        while top < len(lines) and lines[top][0] in kept_at and _gap_line(lines[top][1], keep):
            top += 1
        if (0 < top < len(lines) and not _like_items(lines[:top])
                and _over_title_copy(lines[:top], lines[top][1], gone_whole.get(lines[top][0]), title)):
            records.extend((o, " ".join(block_text(b).split()), RULE) for o, b in lines[:top])
            position = top
    while position < len(lines):
        origin, block = lines[position]
        if origin in kept_at and _opens_document(block):
            break  # the document has begun (or, walking up, ended): nothing past it is looked at
        if origin in kept_at or not _chrome(gone_whole.get(origin)):
            position += 1
            continue
        end = position + 1
        gap: list[tuple[int, pf.Block]] = []
        while True:
            while end < len(lines) and lines[end][0] in kept_at and _gap_line(lines[end][1], keep):
                gap.append(lines[end])
                end += 1
            # (a line the learned scorer took inside the gap is passed over, the gap going on
            # under it: its guess neither ends the gap nor anchors it; a rule's line must)
            if not (gap and end < len(lines) and _guessed(gone_whole.get(lines[end][0]))):
                break
            while end < len(lines) and _guessed(gone_whole.get(lines[end][0])):
                end += 1
        below = gone_whole.get(lines[end][0]) if end < len(lines) else None
        if (gap and not _like_items(gap) and (
                (len(gap) <= GAP_MAX and _chrome(below))
                or (end < len(lines) and _over_title_copy(gap, lines[end][1], below, title)))):
            records.extend((o, " ".join(block_text(b).split()), RULE) for o, b in gap)
        position = max(end, position + 1)
    return records


def _edge_gap(lines: list[tuple[int, pf.Block]], kept_at: dict[int, pf.Block], gone_whole: dict[int, str],
              keep: frozenset[int]) -> tuple[list[tuple[int, str, str]], int]:
    """(records, where the walk goes on) for the page's last lines (`lines` reversed), when they
    are a gap between a line of chrome a rule named and the page's end: a site's widgets closing
    the page under its copyright or share row (an app's box, a visit counter, a search box). Not
    when the page repeats the shape further up (a short line by a line gone: a list's items, each
    a headline and its date), nor a unit's name (a letter's signer)."""
    gap: list[tuple[int, pf.Block]] = []
    end = 0
    while end < len(lines):
        origin, block = lines[end]
        if origin in kept_at and _gap_line(block, keep):
            gap.append(lines[end])
        elif not _guessed(gone_whole.get(origin)):
            break  # (the scorer's guesses inside the gap are passed over, as in _gaps)
        end += 1
    if (not gap or end == len(lines) or len(gap) > EDGE_GAP_MAX or _like_items(gap)
            or not _chrome(gone_whole.get(lines[end][0])) or any(_issuer(block) for _, block in gap)
            or _shape_repeats(lines, end + 1, kept_at, gone_whole, keep)):
        return [], 0
    return [(o, " ".join(block_text(b).split()), RULE) for o, b in gap], end


def _shape_repeats(lines: list[tuple[int, pf.Block]], start: int, kept_at: dict[int, pf.Block],
                   gone_whole: dict[int, str], keep: frozenset[int]) -> bool:
    """Whether, from `start` on, a short kept line stands right over a line gone again, or over a
    line shaped as the gap's closing line (its digits aside): the page is a list of items (each a
    headline over its date), whose first item is no gap."""
    closing = _digits_aside(lines[start - 1][1])
    return any(lines[at - 1][0] in kept_at and _gap_line(lines[at - 1][1], keep)
               and (lines[at][0] not in kept_at or _digits_aside(lines[at][1]) == closing)
               for at in range(max(start, 1), len(lines)))


def _digits_aside(block: pf.Block) -> str:
    """A line's text, blanks dropped and each run of digits read as one ("2025.04.11" -> "0.0.0")."""
    return _DIGITS.sub("0", "".join(block_text(block).split()))


def _over_title_copy(gap: list[tuple[int, pf.Block]], copy: pf.Block, rule: str | None, title: str) -> bool:
    """The gap stands right over the page's title printed again whole (`copy`, gone as `rule`), a
    few lines with no unit's name among them (a 公文's issuers over its title stay)."""
    return (bool(title) and rule == REPEATED_TITLE and len(gap) <= GAP_OVER_TITLE_MAX
            and _holds_title(copy, title) and not any(_issuer(block) for _, block in gap))


def _holds_title(block: pf.Block, title: str) -> bool:
    """The line printed again holds the whole title taken (not a piece of it: a 公文's second
    issuer read as the title's opening words)."""
    key = fold_script("".join(title.split()))
    return len(key) >= TITLE_MIN_CHARS and key in fold_script("".join(block_text(block).split()))


def _issuer(block: pf.Block) -> bool:
    """A unit's name alone (a 公文's issuers over its title, a letter's signer)."""
    # Imported here: gongwen's package imports metadata, which imports the boilerplate package
    # (a partial import from the top of this module, tests/test_layout.py).
    from ..gongwen.patterns import ORG_NAME

    return ORG_NAME.match(fold_script("".join(block_text(block).split()))) is not None


def _guessed(rule: str | None) -> bool:
    """A line gone whole by the learned scorer's guess (no rule named it)."""
    return rule is not None and rule.endswith(".scored")


def _like_items(gap: list[tuple[int, pf.Block]]) -> bool:
    """Lines of one length, a list of the text's own (LIST_MIN_ITEMS)."""
    lengths = [len("".join(block_text(block).split())) for _, block in gap]
    return len(lengths) >= LIST_MIN_ITEMS and max(lengths) - min(lengths) <= LIST_LENGTH_SPREAD


def _chrome(rule: str | None) -> bool:
    """A line gone whole by a rule's name: not the title, not the learned scorer's guess (a gap
    between two guesses may be the document's own scattered words, a cover's)."""
    return rule is not None and rule.split(".", 1)[0] not in _TITLE_FAMILIES and not rule.endswith(".scored")


def _opens_document(block: pf.Block) -> bool:
    """A line the document may open with: a heading, or a sentence."""
    if isinstance(block, pf.Header):
        return True
    if not is_text_block(block):
        return True  # a table, a list: the document's
    text = block_text(block)
    squeezed = "".join(text.split())
    return len(squeezed) >= SENTENCE_MIN_CHARS and FINISHED_SENTENCE.search(text) is not None


def _gap_line(block: pf.Block, keep: frozenset[int]) -> bool:
    """A short line of no sentence that is no heading, sample marker or document's name."""
    if not is_text_block(block) or id(block) in keep or holds_picture(block):
        return False
    squeezed = "".join(block_text(block).split())
    return (0 < len(squeezed) <= LINE_MAX_CHARS and not SENTENCE_MARK.search(squeezed)
            and not _CLAUSE_END.search(squeezed)
            and not SECTION_NUMBER.match(squeezed) and not _ORDINAL.match(squeezed)
            and sample_marker(squeezed) is None and not DOCUMENT_NAME.search(squeezed))
