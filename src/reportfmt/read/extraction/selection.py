"""Which extractor's text a page keeps: ours, or readability-lxml's when the features of the two
candidates say ours holds text around the article (issue 13, round 20).

Rules written for more layouts lifted the pages they were written on and left new layouts where
they were, so this step decides by features that name no site (`Features`): whether our pass
fell back, whether the thread step found posts, and how far the two texts hold each other
(character 4-gram containment, counts matched: cheap, and blind to where lines break). The
decision (`decide`) was fitted with leave-one-set-out over the tuning pages of every set, each page also with its
class and id words renamed (a layout no rule names), each candidate scored through the whole
pipeline (tests/eval/select_extract.py):
- readability's article lies within ours (SECOND_INSIDE of its grams are in our text) and
  ours holds much text readability leaves out (under OURS_INSIDE of our grams are in its
  text), on a page where no thread was found: ours kept a block beside the article (related
  items, a second column, a copy): readability's text is taken. Fitted on all sets: 0.75 and
  0.80; it takes readability's text on 7 of 190 tuning pages (6 of them renamed), each
  scoring higher, none lower. Left out of the fit, web-gold gains with 0.75/0.95 (8 taken,
  4 of them lower) and web-magic is left as it was (0.95/0.50 takes none): few pages
  decide the thresholds, so they are the all-sets fit, not a margin-free rule.
- unless readability's text is one box of a run of boxes built alike (tag and class word) in
  our article, and the sentences its twins hold (SENTENCE_CHARS or more Chinese characters each,
  their grams mostly outside readability's text) are at least as many characters as readability's
  whole text: then readability's article is one piece of the run (a page that wraps each
  paragraph, or each section, in a box of its own), not the article beside which ours kept a
  box of another build (related items, a second column). Found by rebuilding the tuning pages with
  every paragraph in a div of its own (tests/eval/perturb_extract.py, kind "wrap"): readability
  took one paragraph's box and the selection took readability's text.
- unless what readability leaves out of ours lies mostly between lines it keeps (CUT_WITHIN_BLOCKS
  or more of our blocks, at least CUT_WITHIN_SHARE of the left-out characters): then readability
  took our article and cut short lines out of its middle (its cleaner drops a box of under 25
  characters without a picture: a page that sets each line in a <section> or <div> of its own, as
  WeChat-style editors, a government site's notice and a blog's captions do), not a block beside
  it; a box beside the article lies before or after readability's text. Found on made-up pages
  of that form (tests/read/test_extract_selection.py); the layout occurs on 3 sites of the dev
  pages (a government notice, a blog, a news page), where no page changes.
- a thread keeps ours: readability keeps one post where the gold has them all.
- trafilatura as a third candidate (the one the other two agree with most, or a confirmation
  of readability's side) scored below ours alone on every fold (measured with an earlier form
  of the containment that counted each gram once), so it never runs: no CPU spent on it.

`force` makes every page take one candidate: the evaluation scores each candidate through the
whole pipeline with it (it may add candidates to CANDIDATES).
"""

from __future__ import annotations

import itertools
import logging
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from lxml import etree

from .audit import Audit
from .repeated_posts import shape
from .second_opinion import record_left_out, second_article, second_article_text
from .votes import cjk_count

log = logging.getLogger(__name__)

OURS = "reportfmt"
READABILITY = "readability-lxml"
# Readability's article must hold this many Chinese characters to be a candidate.
MIN_SECOND_CHARS = 50
# Taken when at least this share of readability's grams are in our text...
SECOND_INSIDE = 0.75
# ...and under this share of ours are in its text (fitted: tests/eval/select_extract.py).
OURS_INSIDE = 0.8
# Character n-grams the agreement counts (4: a Chinese word pair; short enough that a line
# broken differently still matches, long enough that two texts of one topic do not).
GRAM = 4
# A sentence this long (Chinese characters) is prose, not a label or a linked headline.
SENTENCE_CHARS = 15
# A sentence of ours is left out of readability's text when under this share of its grams are in it.
LEFT_OUT_SHARE = 0.5
# Boxes of one shape under the element holding readability's text that make a run.
RUN_BOXES = 3
# What readability cuts out of the middle of its own text (blocks of ours it leaves out, lying
# between blocks it keeps): at least this many blocks, holding at least this share of all the
# characters of ours it leaves out, say it cut lines inside the article, not a box beside it.
CUT_WITHIN_BLOCKS = 3
CUT_WITHIN_SHARE = 0.5
# readability-lxml's cleaner drops a box whose text is shorter than this (its MIN_LEN) and holds
# no picture: only such boxes count as cut from within (a longer one it cuts for another cause:
# hidden, or named as chrome).
SHORT_BOX = 25
# A block of ours is in readability's text when at least this share of its grams are there.
BLOCK_IN_SHARE = 0.5
# Elements that are blocks for the cut-within count (a leaf: no such element inside it).
_BLOCK_TAGS = frozenset({"p", "div", "section", "li", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6",
                         "blockquote", "center", "td", "th", "pre", "article"})
# A cell or an item is no line box: readability weighs a table or a list as a whole (a grid of
# short cells, a list of links), and what it cuts there is its call on the grid, not on a line.
_GRID_TAGS = frozenset({"table", "td", "th", "tr", "ul", "ol", "dl", "li", "dd", "dt"})
# A sentence ends at one of these (split on, never scanned for: a long line without one would
# make a pattern that runs up to an end mark quadratic).
_SENTENCE_END = re.compile(r"[。！？!?]")

_forced: str | None = None


def force(name: str | None) -> None:
    """Every page takes candidate `name` (OURS or a key of CANDIDATES) when it yields text;
    None: the features decide. For the evaluation only."""
    global _forced
    _forced = name


@dataclass
class Features:
    """What the decision reads; none of it names a site."""

    ours: int  # Chinese characters of our text
    fell_back: bool  # our pass found too little and a fallback gave the text
    posts: int  # post boxes the thread step found
    second: int = 0  # Chinese characters of readability-lxml's text
    ours_in_second: float = 0.0  # share of our grams readability's text holds
    second_in_ours: float = 0.0  # share of readability's grams our text holds
    prose_left_out: int = 0  # Chinese characters of our sentences readability's text leaves out
    cut_within: int = 0  # our blocks readability leaves out between blocks it keeps (cut_within())
    cut_within_chars: int = 0  # their Chinese characters
    left_out_chars: int = 0  # Chinese characters of all our blocks it leaves out


def grams(text: str) -> Counter[str]:
    """The text's character n-grams (whitespace removed), each with its count: a paragraph
    printed twice weighs twice."""
    flat = "".join(text.split())
    return Counter(flat[i:i + GRAM] for i in range(max(0, len(flat) - GRAM + 1)))


def contained(part: Counter[str], whole: Counter[str], common: int | None = None) -> float:
    """The share of `part`'s grams that `whole` holds, counts matched (1.0 for an empty part).
    `common`: shared(part, whole), when the caller has it already (it is the same both ways)."""
    total = sum(part.values())
    return (shared(part, whole) if common is None else common) / total if total else 1.0


def shared(a: Counter[str], b: Counter[str]) -> int:
    """The grams both texts hold, counts matched: sum((a & b).values()), without building the
    intersection (and looked up from the smaller side)."""
    if len(b) < len(a):
        a, b = b, a
    get = b.get
    return sum(min(count, get(gram, 0)) for gram, count in a.items())


# name -> the candidate's article for a page (None when it finds nothing).
CANDIDATES: dict[str, Callable[[etree._Element], etree._Element | None]] = {READABILITY: second_article}


def take(found, source: etree._Element, name: str, article: etree._Element | None = None) -> bool:
    """Replace `found`'s article by candidate `name`'s (what it leaves out recorded as
    `extract.selection`); False when the candidate yields no text."""
    if name == OURS:
        return True
    article = article if article is not None else CANDIDATES[name](source)
    if article is None or not cjk_count(article.text_content()):
        return False
    body = source.find("body")
    page = body if body is not None else source
    audit = Audit()
    record_left_out(page, "".join(article.text_content().split()), audit, reason="selection")
    found.article, found.text, found.removed = article, article.text_content(), audit.removed
    found.extractor = name
    return True


def features(found, source: etree._Element) -> Features:
    """The features of our candidate `found` (read/extract.py's Extracted) on page `source`,
    with readability-lxml's agreement."""
    ours = found.article.text_content()
    feats = Features(ours=cjk_count(ours), fell_back=not found.extractor.startswith(OURS), posts=found.posts)
    text = second_article_text(source)
    if text is not None:
        a, b = grams(ours), grams(text)
        common = shared(a, b)
        feats.second = cjk_count(text)
        feats.ours_in_second, feats.second_in_ours = contained(a, b, common), contained(b, a, common)
        if feats.second_in_ours >= SECOND_INSIDE and feats.ours_in_second < OURS_INSIDE:
            feats.prose_left_out = run_prose_left_out(found.article, b)
            feats.cut_within, feats.cut_within_chars, feats.left_out_chars = cut_within(found.article, b)
    return feats


def cut_within(article: etree._Element, second: Counter[str]) -> tuple[int, int, int]:
    """Of our article's leaf blocks (in page order) that readability's text (as grams) leaves
    out: how many short line boxes (under SHORT_BOX) lie between the first and the last block it
    keeps, built as a block it keeps is (the same tags and class words, its own and its two
    parents': the lines of one text, not a player's or a toolbar's labels set among them), their
    Chinese characters, and the Chinese characters of all those it leaves out. A box in a table
    or a list is no line box. A block too short for a gram says nothing either way."""
    marks: list[tuple[bool, int, tuple | None, bool]] = []  # (in its text, Chinese characters, build, short)
    for elem in article.iter(*_BLOCK_TAGS):
        if any(d.tag in _BLOCK_TAGS for d in elem.iterdescendants() if isinstance(d.tag, str)):
            continue
        text = elem.text_content()
        block = grams(text)
        if block:
            line = not any(a.tag in _GRID_TAGS for a in elem.iterancestors()) and elem.tag not in _GRID_TAGS
            marks.append((contained(block, second) >= BLOCK_IN_SHARE, cjk_count(text), _build(elem) if line else None,
                          len(text.strip()) < SHORT_BOX))  # a longer box readability cuts for another cause
    kept = [i for i, mark in enumerate(marks) if mark[0]]
    left_out = sum(mark[1] for mark in marks if not mark[0])
    if not kept:
        return 0, 0, left_out
    builds = {mark[2] for mark in marks if mark[0] and mark[2] is not None}
    within = [chars for inside, chars, build, short in marks[kept[0]:kept[-1]]
              if not inside and short and build in builds]
    return len(within), sum(within), left_out


def _build(elem: etree._Element) -> tuple:
    """How a line box is built: its shape (tag, class word) and its two parents'."""
    chain = [elem, *itertools.islice(elem.iterancestors(), 2)]
    return tuple(shape(e) for e in chain)


def run_prose_left_out(article: etree._Element, second: Counter[str]) -> int:
    """prose_left_out of the boxes built like the one holding readability's text, beside it in
    our article (its siblings of one shape, at its level or a wrapper's), or of a run of
    RUN_BOXES or more children of one shape inside the element holding it (readability took a
    few of them): 0 when readability's text is not part of such a run."""
    holder = article
    while True:  # the innermost element of ours holding readability's text
        inner = next((c for c in holder if isinstance(c.tag, str)
                      and contained(second, grams(c.text_content())) >= SECOND_INSIDE), None)
        if inner is None:
            break
        holder = inner
    groups: dict[tuple[str, str], list[etree._Element]] = {}
    for child in holder:  # readability's text may be a few boxes of a run: the holder's children
        if isinstance(child.tag, str):
            groups.setdefault(shape(child), []).append(child)
    runs = [g for g in groups.values() if len(g) >= RUN_BOXES]
    best = max((prose_left_out("".join(c.text_content() for c in g), second) for g in runs), default=0)
    node = holder
    while node is not article and node.getparent() is not None:
        kind = shape(node)
        twins = [s for s in node.getparent() if s is not node and isinstance(s.tag, str) and shape(s) == kind]
        if twins:
            best = max(best, prose_left_out("".join(t.text_content() for t in twins), second))
        node = node.getparent()
    return best


def prose_left_out(ours: str, second: Counter[str]) -> int:
    """Chinese characters of the sentences of `ours` (SENTENCE_CHARS or more each) whose grams
    are mostly not in `second` (readability's text, as grams)."""
    total = 0
    for sentence in _SENTENCE_END.split("".join(ours.split()))[:-1]:  # the last piece has no end mark
        chars = cjk_count(sentence)
        if chars >= SENTENCE_CHARS and contained(grams(sentence), second) < LEFT_OUT_SHARE:
            total += chars
    return total


def decide(feats: Features) -> str:
    """The candidate to keep (see the module's docstring)."""
    if feats.fell_back or feats.posts or feats.second < MIN_SECOND_CHARS:
        return OURS
    if feats.second_in_ours >= SECOND_INSIDE and feats.ours_in_second < OURS_INSIDE \
            and feats.prose_left_out < feats.second and not cut_inside(feats):
        return READABILITY
    return OURS


def cut_inside(feats: Features) -> bool:
    """readability cut lines out of the middle of the article rather than a block beside it."""
    return feats.cut_within >= CUT_WITHIN_BLOCKS and feats.cut_within_chars >= CUT_WITHIN_SHARE * feats.left_out_chars


def select(found, source: etree._Element) -> None:
    """Keep our text, or take readability's when `decide` says so (or the forced candidate's)."""
    if _forced:
        if _forced != OURS and found.extractor != _forced:
            take(found, source, _forced)
        return
    if found.posts or not found.extractor.startswith(OURS):
        return  # decide keeps ours: readability need not run
    choice = decide(features(found, source))
    if choice != OURS and take(found, source, choice):
        log.debug("selection: took %s's text", choice)
