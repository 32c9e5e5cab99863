"""Lines that say nothing in the page's language, beside the document: told by their shape alone.

    logo                              <- an image's alt word (goes)
    某某律所编辑部
    12人看过                          <- a bare count with its unit (goes)
    员工离职时，单位应当出具证明……。  <- the document's first sentence
    ……
    以上就是本文的全部内容。          <- the document's last sentence
    ↧                                 <- a line of marks (goes)
    verified_icon                     <- a script's or an icon's name (goes)

A scrape leaves words no reader wrote: an image's alt text or a script's name (`logo`, `icon`,
`map`, a tracking tag), a counter printed without its label (`N人看过`, `已影响 6.38W人`), a
separator or a glyph that stood for an icon (`|`, `↧`, `-----`). Alone each is too short for the
rules' word lists and says nothing a document says. They are told by form:

- a lone Latin word in lower case or joined by `_`/`-` (no blank, no capital: not a name);
- a count with a person or time unit and a short verb after it, or with a magnitude (`K`, `W`, `万`);
- a line of marks only (no letter, digit or character; never a mask's `*`/`×`, never `…`);
- a number alone above the document (a counter whose label was an icon), the only one on the
  page (part numbers "1", "2" on lines of their own, a table's column, are the document's; a
  zero-led code is no count);

and by place: before the document's first sentence or after its last (the page's edges), or (a
word, a count) beside a line that says no sentence either (a cluster of page facts), never
between two of the document's paragraphs (a command alone in a tech article's text stays); a
line of marks or a number inside the document is its own (a divider, a step's number, a
table's cell) and stays.
The lines go one by one (recorded `meta-lines.stray-word`, `meta-lines.stray-count`,
`meta-lines.stray-marks`, `meta-lines.stray-number`).
"""

from __future__ import annotations

import functools
import re
import unicodedata

import panflute as pf

from ..elements import block_text, is_text_block
from ..patterns import FINISHED_SENTENCE, SENTENCE_MARK
from ..regex_cache import LazyPattern
from .placement import holds_picture

# A sentence of the document: this many characters at least, ending on a sentence's mark.
SENTENCE_MIN_CHARS = 15
# A neighbour that says no sentence either: a short line (a page fact, a label, a name).
SHORT_NEIGHBOUR_CHARS = 16
# A lone Latin word: an alt text's or a script's name, in lower case or joined by `_`/`-`; not a
# sentence of a foreign language, not a capitalised name (a product's, a person's: the text's own).
_LATIN_WORD = re.compile(r"^(?:[a-z]+|[A-Za-z]+(?:[_-][A-Za-z]+)+)$")
LATIN_MIN, LATIN_MAX = 3, 20
# A mask written in Latin crosses ("xxx", "XXXX") is the document's blank, not a word.
_MASK_WORD = LazyPattern(r"^[xX]+$")
# A count and its unit: a short lead ("本文已影响"), the number, a magnitude or not, the unit
# (a person or a time: 人, 次), then a verb of a few characters ("看过", "阅读") or nothing when
# the count carries a magnitude. No colon, no sentence mark: a field's "人数：12人" is not this.
_COUNT = re.compile(r"""
    ^(?P<lead>[^\d\s，。,：:；;！!？?、]{0,6})\s*   # a short lead, no number, no field's colon
    \d[\d.,]*\s*(?P<magnitude>[KkWw万萬千])?\s*     # the number, a magnitude perhaps
    [人次]                                          # the unit: persons or times
    (?P<verb>[^\d\s，。,：:；;！!？?、人次]{0,3})$  # the verb read, or nothing
    """, re.X)
# Marks of a separator or of an icon's glyph: symbols and dashes. Not a bracket or a quote (a
# line holding only ")" is the end of a wrapped line), not a sentence's mark ("。" alone is a
# wrap's remnant too), not a blank to fill in ("____", a mask of the form's own), never a mask's
# stars or crosses, nor an ellipsis. Question marks two or more are characters a charset lost.
_KEPT_MARKS = frozenset("*＊×xX…_＿。，、；：！？,.;:!")
_MARK_CATEGORIES = frozenset({"Sm", "So", "Sk", "Sc", "Pd", "Po"})
_LOST_CHARACTERS = re.compile(r"^[?？]{2,}$")
# A box's corner or a tee where its lines meet: the frame of a drawing typed in text (a flow of
# steps, a form's cells: "┌────┐" over "│ 网上预约 │"). A separator is a run of one line glyph,
# an icon one mark; neither turns a corner.
_DRAWN = frozenset("┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬┏┓┗┛┣┫┳┻╋╭╮╰╯")
RULE_WORD = "meta-lines.stray-word"
RULE_COUNT = "meta-lines.stray-count"
RULE_MARKS = "meta-lines.stray-marks"
RULE_NUMBER = "meta-lines.stray-number"
# A number alone: a counter whose label was an icon, a page's number. Inside the document it is
# a table's cell or a step's number, so like a line of marks it goes only at the edges.
# Not a code led by a zero ("0101": the document's own), and only above the document: after its
# last line a bare number may be the next item a cut page lost the rest of.
_BARE_NUMBER = re.compile(r"^(?:0|[1-9]\d{0,5})$")
_EDGE_ONLY = frozenset({RULE_MARKS, RULE_NUMBER})
EXAMPLE = ("logo", "12人看过", "↧", "verified_icon")


# Answers kept per text (the pass asks again of every line in each of its settling rounds), for
# lines up to this long: a page's 3 MB line is not held in memory for it.
KEPT_FORM_MAX_CHARS = 300


def stray_form(text: str) -> str | None:
    """The rule a line's shape names ("meta-lines.stray-…"), or None: the place is not asked here."""
    return _kept_form(text) if len(text) <= KEPT_FORM_MAX_CHARS else _stray_form(text)


def _stray_form(text: str) -> str | None:
    squeezed = "".join(text.split())
    if not squeezed:
        return None
    if (_LATIN_WORD.match(squeezed) and LATIN_MIN <= len(squeezed) <= LATIN_MAX and squeezed == text.strip()
            and not _MASK_WORD.match(squeezed)):
        return RULE_WORD
    if _BARE_NUMBER.match(squeezed):
        return RULE_NUMBER
    count = _COUNT.match(squeezed)
    if count and (count["verb"] or count["magnitude"]):
        return RULE_COUNT
    if _LOST_CHARACTERS.match(squeezed):
        return RULE_MARKS
    if (not _KEPT_MARKS.intersection(squeezed) and "?" not in squeezed and "？" not in squeezed
            and not _DRAWN.intersection(squeezed)
            and all(unicodedata.category(char) in _MARK_CATEGORIES for char in squeezed)):
        return RULE_MARKS
    return None


_kept_form = functools.lru_cache(maxsize=8192)(_stray_form)


def drop_stray_lines(blocks: list[tuple[int, pf.Block]], keep: frozenset[int]
                     ) -> tuple[list[tuple[int, pf.Block]], list[tuple[int, str, str]]]:
    """(blocks kept, removed records): the stray lines at the document's edges or among short lines."""
    texts = [_text(block) for _, block in blocks]
    sentences = [index for index, text in enumerate(texts) if _sentence(text)]
    if not sentences:
        return blocks, []  # no document to stand beside: a page of short lines is left alone
    first, last = sentences[0], sentences[-1]
    gone: list[tuple[int, str, str]] = []
    for index, (origin, block) in enumerate(blocks):
        text = texts[index]
        if text is None or id(block) in keep:
            continue
        # The line's form first: most lines have none, and holds_picture reads the block's tree.
        rule = stray_form(text)
        if rule is None or holds_picture(block):
            continue
        at_edge = index < first or (index > last and rule != RULE_NUMBER)
        # Inside the document, beside a short line of page facts, and beside no line of its own
        # form (Latin words one a line there are a list of names: "Word", "Excel"). A line of
        # marks inside the document is the text's own divider (between a part's name and its
        # items, a scene break): it goes only at the edges.
        if (at_edge and not _in_series(texts, rule)) or (rule not in _EDGE_ONLY
                                                                 and _among_facts(texts, index, rule)):
            gone.append((origin, " ".join(text.split()), rule))
    if not gone:
        return blocks, []
    taken = {origin for origin, _, _ in gone}
    return [(origin, block) for origin, block in blocks if origin not in taken], gone


def _text(block: pf.Block) -> str | None:
    return block_text(block) if is_text_block(block) else None


def _sentence(text: str | None) -> bool:
    return text is not None and len("".join(text.split())) >= SENTENCE_MIN_CHARS \
        and FINISHED_SENTENCE.search(text) is not None


def _among_facts(texts: list[str | None], index: int, rule: str) -> bool:
    """Whether a line inside the document stands among page facts: a short line of no sentence
    on one side at least, and no line of its own form on either."""
    above, below = _neighbour(texts, index, -1), _neighbour(texts, index, 1)
    if any(text is not None and stray_form(text) == rule for text in (above, below)):
        return False
    return _fact(above) or _fact(below)


def _in_series(texts: list[str | None], rule: str) -> bool:
    """Whether a number alone is one of several on the page: part or step numbers on lines of
    their own ("1" … "2" … "3"), a table's column, not a lone counter."""
    return rule == RULE_NUMBER and sum(text is not None and stray_form(text) == RULE_NUMBER
                                       for text in texts) > 1


def _neighbour(texts: list[str | None], index: int, step: int) -> str | None:
    """The nearest non-blank line on that side (None: a heading, a list, a table, the edge)."""
    position = index + step
    while 0 <= position < len(texts) and texts[position] is not None and not texts[position].strip():
        position += step
    return texts[position] if 0 <= position < len(texts) else None


def _fact(text: str | None) -> bool:
    """A short line of no sentence: a page fact, a name, a badge. Not a line ending in a colon:
    that one announces the document's own list under it."""
    if text is None:
        return False
    squeezed = "".join(text.split())
    return (len(squeezed) <= SHORT_NEIGHBOUR_CHARS and not SENTENCE_MARK.search(text)
            and not squeezed.endswith((":", "："))) and FINISHED_SENTENCE.search(text) is None
