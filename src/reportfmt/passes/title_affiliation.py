"""An article's affiliation note as an anchor for its title (title_line reads it after the other
anchors).

A journal article reposted by a periodical mirror prints its byline as the journal does: the
authors' names, then their unit in round brackets ending on its postal code ("（某某大学 教育学院，
某省 某市 100000）"). The byline stands under the headline, and the mirror often prints it above
the headline too (names, note, headline, names, note, text). The note is never the title (a title
holds no postal code: title_shape rejects it), and the title-shaped line right over the names
over a note is the headline (round 58; the form on the stored pages of three periodical mirrors,
fx361.cc, jizihe.com and zgkjsz.com). Where the page prints the byline alone, with no headline
over it, no line is taken: the page shows no title."""

from __future__ import annotations

import panflute as pf

from .boilerplate.rule_match import first_matching_rule
from .boilerplate.titles import CORE_MIN_CHARS, title_core
from .elements import block_text, is_text_block
from .regex_cache import LazyPattern
from .script import fold_script
from .title_shape import AFFILIATION_NOTE, title_shaped
from .width import fold_width

# The names over it: written characters only, parted by blanks or commas, perhaps after a paper's
# mark ("○某某", "□某某"); no digits, no other punctuation.
_NAMES = LazyPattern(r"^\s*[□■○●◇◆]?\s*[\u4e00-\u9fff·]{2,4}(?:[\s,，、]*[\u4e00-\u9fff·]{1,4}){0,6}\s*$")
NAMES_MAX_CHARS = 24
# How far down the note under the headline is looked for: the byline printed once above the
# headline (two lines), the headline, the names; a "?" a scrape left for a lost indent between.
SEARCH_BLOCKS = 8


def affiliation_note(text: str) -> bool:
    """"（某大学 某学院，某省 某市 100000）": an author's unit and postal code, wholly in brackets
    (read with widths folded and a converted page's readings dropped)."""
    return bool(AFFILIATION_NOTE.match(fold_script(fold_width(text))))


def _names(text: str) -> bool:
    line = fold_script(text)
    return len("".join(line.split())) <= NAMES_MAX_CHARS and bool(_NAMES.match(line))


def title_over_affiliation(doc: pf.Doc, rules) -> int | None:
    """The index of the headline over an article's byline (names, then the affiliation note), or
    None. The line over the names must be title-shaped, longer than the names and no chrome rule's."""
    texts = [block_text(b).strip() if is_text_block(b) else None for b in doc.content[:SEARCH_BLOCKS]]
    if None in texts:
        texts = texts[:texts.index(None)]  # (a table or a picture: no byline is read past it)
    lines = [(i, t) for i, t in enumerate(texts) if t and t.strip("?？ ")]
    for at in range(2, len(lines)):
        (title_at, title), (_, names), (_, note) = lines[at - 2], lines[at - 1], lines[at]
        if not affiliation_note(note) or not _names(names):
            continue
        # (The headline is longer than the names under it: a names line over a names line is the
        # byline printed twice, not a headline over its byline.)
        core = title_core(title)
        if (title_shaped(title) and not affiliation_note(title)
                and len(core) >= CORE_MIN_CHARS and len(core) > len("".join(names.split()))
                and not first_matching_rule(rules, " ".join(title.split()), {"head", "anywhere"})):
            return title_at
    return None
