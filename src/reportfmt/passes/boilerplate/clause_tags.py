"""Junk a site glued before the marks of clause after clause, told by how often it recurs, not by
its words.

    宿舍是学生生活的地方aaaa，学院统一管理aaa，各系负责检查aaaaa。   <- the letter runs go
    今天想说说读书这件事蛸彀，我觉得读书贵在坚持龃舫。                 <- the random pairs go

Some sites (a copy site guarding its copies, a hijacked page's generator) glue a few characters
that belong to no word right before a clause's comma or stop, at most of the page's clauses: a
run of one Latin letter ("aaa", "aaaa": a spun school site), two Chinese characters drawn at
random ("…这件事蛸彀，"…: a blog mirror's copies), or emoji (a hijacked blog's; those the
emoji-jammer rule takes). Each tag alone could be a word's end, so no rule may cut it by its text;
what gives them away is the page: the same kind of junk before the marks of many clauses.

A tag is, right after a Chinese character and right before a clause's mark (，。；！？、：):
  - a run of one lower-case Latin letter, three to eight times ("aaa"; never x, a mask's cross);
  - two different Chinese characters, the first never seen after the character before it (a
    closing quote or bracket may stand there instead) and the second never seen after the
    first (char_model.py's counts of ordinary text): the pair makes no word and joins none;
    only before a comma, a semicolon or a stop, after a clause of MIN_CLAUSE characters (a
    list's names end on such pairs too, each after its surname alone).
A page's tags go only when they are many (MIN_TAGS) and stand before a good share of its
clauses' marks (MIN_SHARE): a text's own rare word or foreign term ends a clause now and then,
never one clause in three. And random pairs stand out only in ordinary prose: a classical text or
a poem, whose pairs the model mostly never saw (MAX_UNSEEN), keeps its clauses' ends. Cut out of
the line (inline_cut.py), the clause's mark kept, recorded `injected.clause-tags`.

Seen on three sites by form: own-tune www.dlbbk.com (letter runs), stored pages of reibang.com
(random pairs), own-tune www.uibemba.com (emoji, already forum.yaml's emoji-jammer's).
"""

from __future__ import annotations

import re
from itertools import pairwise

import panflute as pf

from ..elements import inline_text, is_text_block
from ..patterns import CJK
from ..script import to_simplified
from .char_model import common_characters, model
from .inline_cut import cut_spans

RULE = "injected.clause-tags"
# A page's tags before any goes: this many, and at least this share of its clause ends (a mark
# right after a Chinese character).
MIN_TAGS = 5
MIN_SHARE = 1 / 3
# The text around random pairs reads as ordinary prose: at most this share of its character
# pairs unseen (a modern text near 0.05 to 0.15; a classical text, a poem of rare words, 0.6 and
# more: its clauses end on pairs the model never saw, and they are its words). Read over the first
# PAIRS_READ pairs.
MAX_UNSEEN = 0.25
PAIRS_READ = 3000
_CJK_RUN = re.compile(f"[{CJK}]+")
_MARKS = "，,。；;！!？?、：:"
# A clause end: a mark right after a Chinese character.
_CLAUSE_END = re.compile(rf"(?<=[{CJK}])[{_MARKS}]")
# A letter run glued between the clause's last character and its mark (x aside: "xxx" is a mask).
_LETTERS = re.compile(rf"(?<=[{CJK}])([a-wyz])\1{{2,7}}(?=[{_MARKS}])")
# Two Chinese characters between a Chinese character (or a closing quote or bracket) and the mark
# (read against the model).
# Only before a comma, a semicolon or a stop: a list's 、 or a label's colon closes names and
# terms, the rare ones among them pairs no text joins ("…张珺玥、…").
# A pair is read only after a clause of MIN_CLAUSE characters at least: a list's items between
# commas are a name each ("张珺玥，李梓萱，…": a surname, then the pair), a drawn pair is glued
# after a sentence's clause.
MIN_CLAUSE = 4
_CLAUSE_OPEN = re.compile(f"[{_MARKS}]")
_CLOSERS = "”」』）)"
_PAIR = re.compile(rf"(?<=[{CJK}{_CLOSERS}])[{CJK}]{{2}}(?=[，,。；;！!？?])")


def _letter_tags(line: str) -> list[tuple[int, int]]:
    return [m.span() for m in _LETTERS.finditer(line)]


def _pair_candidates(line: str, common: str) -> list[tuple[int, int]]:
    """Pairs before a mark holding a character outside the common ones (a draw from the whole
    list of characters mostly does; the model is read only when a page has enough of them)."""
    return [m.span() for m in _PAIR.finditer(line)
            if m.group()[0] != m.group()[1] and (m.group()[0] not in common or m.group()[1] not in common)
            and len(_CLAUSE_OPEN.split(line[:m.start()])[-1].strip()) >= MIN_CLAUSE]


def _pair_tags(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    bigrams = model()
    # (after a closing quote or bracket only the pair itself is read: no character leads into it)
    return [(start, end) for start, end in spans
            if (line[start - 1] in _CLOSERS or not bigrams.seen(line[start - 1], line[start]))
            and not bigrams.seen(line[start], line[start + 1])]


def _unseen_share(lines: list[str], tags: dict[int, list[tuple[int, int]]]) -> float:
    """The share of unseen pairs in the page's text, the tags taken out (the first PAIRS_READ)."""
    bigrams = model()
    pairs = unseen = 0
    for number, line in enumerate(lines):
        for start, end in sorted(tags.get(number, []), reverse=True):
            line = line[:start] + " " + line[end:]
        for run in _CJK_RUN.findall(line):
            for a, b in pairwise(run):
                pairs += 1
                unseen += not bigrams.seen(a, b)
            if pairs >= PAIRS_READ:
                return unseen / pairs
    return unseen / pairs if pairs else 1.0


def drop_clause_tags(blocks: list[tuple[int, pf.Block]],
                     keep: frozenset[int]) -> tuple[list[tuple[int, pf.Block]], list[tuple[int, str, str]]]:
    """(blocks, removed records): the page's clause tags cut out of their lines, when it has many."""
    lines = [to_simplified(inline_text(block)) if is_text_block(block) and id(block) not in keep else ""
             for _, block in blocks]
    ends = sum(len(_CLAUSE_END.findall(line)) for line in lines)
    if ends < MIN_TAGS:
        return blocks, []
    tags: dict[int, list[tuple[int, int]]] = {}
    for number, line in enumerate(lines):
        if line and (found := _letter_tags(line)):
            tags[number] = found
    if sum(map(len, tags.values())) < MIN_TAGS:
        common = common_characters()
        candidates = {number: spans for number, line in enumerate(lines)
                      if line and (spans := _pair_candidates(line, common))}
        if sum(map(len, candidates.values())) < max(MIN_TAGS, ends * MIN_SHARE):
            return blocks, []
        tags = {number: found for number, spans in candidates.items()
                if (found := _pair_tags(lines[number], spans))}
        if _unseen_share(lines, tags) > MAX_UNSEEN:
            return blocks, []
    count = sum(map(len, tags.values()))
    if count < MIN_TAGS or count < ends * MIN_SHARE:
        return blocks, []
    removed = [(blocks[number][0], cut_spans(blocks[number][1], spans), RULE)
               for number, spans in sorted(tags.items())]
    return blocks, removed
