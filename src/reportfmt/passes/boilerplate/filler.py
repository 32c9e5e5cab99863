"""Runs of random Chinese characters a site inserts into its text, told by form, not by words.

    论文题目:黑体,二号,居中,蓝阶扒刀题目较长时可以分两行。    <- "蓝阶扒刀" goes
    峦笃蕉穹                                                    <- a line of them: goes

Some sites scatter characters drawn at random into a page they copied (against copying back),
a few at a time: at the start of a clause, glued to the end of a line, inside a word, or as a
line of their own. No list of words can name them (they are new each time); what they lack is
what words have: each character of such a run follows the one before it, and leads to the one
after it, as no text does. The character-bigram counts of char_model.py (ordinary body text)
say which pairs are ever seen: a run whose every pair, and whose pair into the text after it,
is unseen, is a candidate:
  - a line of its own of MIN_CHARS to MAX_LINE characters (and none of its neighbours short: a
    poem's or a list's short lines are told by each other);
  - the opening of a clause (the line's start, or after a comma or a stop), MIN_LEAD unseen
    pairs into the text;
  - the end of a line after its full stop;
  - anywhere in a line, MIN_INNER unseen pairs in a row with the two characters either side of
    the run a seen pair (the word the run was pushed into closes again once it goes).
A name or a rare word is seen too little to be in the counts, and so looks the same. Three
things tell them apart. A random draw takes characters evenly from a long list, so they are
rarer than a text's and none repeats (RARE_MIN, RARE_MEAN; a text's run of rare words holds a
common character or a doubled one). The page names its own words again (a run it holds twice is
its word). And a site that inserts such runs inserts several: a page needs MIN_HITS of them, and
one in PER_CHARS of its characters, before any goes (a run alone goes only when its form leaves
no doubt: STRONG_LINE_PAIRS, STRONG_MIN). Cut out of the line (inline_cut.py),
recorded `injected.filler-characters`; a line of them dropped, `injected.filler-line`.

A site may also draw from its common characters only (a long line of them, or one glued to a
title): no character is rare, but a long draw still makes no words, while a text's long run
makes one at nearly every step. A run of LONG_MIN characters or more, few of whose pairs
(LONG_SEEN) were ever seen, goes on its own (_long_draws): it needs neither rare characters nor
other runs on the page.

The model (char_model.py) is read only for a page with MIN_HITS runs of MIN_CHARS characters
outside the common ones (char_common.txt: 2 KB, read first), or with a run of LONG_MIN
characters, never at import.
"""

from __future__ import annotations

import functools
import re
import sys
from itertools import pairwise

import panflute as pf

from ... import resources
from ..elements import block_text, inline_text, is_text_block
from ..patterns import CJK
from ..script import to_simplified
from .char_model import CharBigrams, common_characters, model
from .inline_cut import cut_spans
from .mojibake import is_mojibake
from .placement import holds_picture

LINE_RULE = "injected.filler-line"
CUT_RULE = "injected.filler-characters"
# A line of filler: three characters at least (two unseen pairs), eight at most.
MIN_CHARS = 3
MAX_LINE = 8
# A clause's opening run: unseen pairs from its first character into the text (three: a run of
# three characters and the pair into the next word).
MIN_LEAD = 3
# A run inside a word: unseen pairs in a row, the run's characters between them.
MIN_INNER = 5
# A run longer than this is no insertion (a stretch of rare words, a foreign name's spelling).
MAX_RUN = 8
# A random draw takes characters evenly from a long list, so its characters are rarer than a
# text's: the rarest at least RARE_MIN, on average RARE_MEAN (surprisal, -ln of a character's
# share of the counted text: 的 is 3.3, 政 6.5, 蓝 9.6, 笃 13.1). A run of rare words in a text
# holds a common character or a doubled one (叮叮, 剩菜剩饭); a draw repeats none.
RARE_MIN = 8.0
RARE_MEAN = 9.5
# A page's runs before any goes: two, and one in PER_CHARS of the page's Chinese characters (a
# site that inserts them does so every line or two; a long story's rare names and words stand
# thousands of characters apart).
MIN_HITS = 2
PER_CHARS = 500
# One run may go alone when its form leaves no doubt: every character rarer than STRONG_MIN (one
# in 160,000 characters of text: no leave-one-source-out run of the corpus scored a run of words
# so, the rarest reached 11.5), and three unseen pairs for a line of its own (no short line or
# picture beside it), four inside a line. (A line of four rare words alone may be a caption, a
# bird's or a station's name: "红嘴蓝鹊" scores 8.7 at its commonest character.)
STRONG_LINE_PAIRS = 3
STRONG_PAIRS = 4
STRONG_MIN = 12.0
# A long run drawn from common characters: LONG_MIN characters with no stop between them, at most
# LONG_SEEN of whose pairs were ever seen. Measured with the model counted on four fifths of its
# texts and the runs of the fifth read (five folds, 3,688 runs of 24 characters or more): no run
# of text fell below 0.33 (a row of news headlines glued together), a sentence's long run is near
# 0.6 to 1; drawn runs of common characters scored 0.05 to 0.26. Shorter runs are left alone: a
# name-laden 16-character headline can score 0.22.
LONG_MIN = 24
LONG_SEEN = 0.28
# The quick look at a long run's ends (_run_draw) lets a run go unread when neither end's first
# LONG_MIN characters could open a draw: more than LONG_END_SEEN of their pairs seen. Looser than
# LONG_SEEN, since a draw's few seen pairs fall where they fall: a 70-character draw of common
# characters seen at 0.275 over its length held 7 and 8 seen pairs of 23 at its ends (0.30,
# 0.35), and LONG_SEEN there let it through unread. A text's run is near 0.6 to 1 at its ends
# too, so most runs are still told at a glance.
LONG_END_SEEN = 0.45
# No site draws a run this long; a run longer is something else (and asking the model of each of
# its pairs would cost a huge one-line page seconds). Nor is a line longer than LONG_LINE_MAX
# read for long draws: a whole page on one line (a 3 MB one is read in milliseconds, not the
# half-minute asking about each of its runs would take).
LONG_MAX = 2000
LONG_LINE_MAX = 10000
# Nor a page longer than this (a book's worth of lines: asking about each of its long runs would
# cost seconds; no template page is that long).
LONG_PAGE_MAX = 200_000
# A draw glued to the text at one end of a run is read from that end; the text's own rows of rare
# names (a line of headlines glued together) can score as few seen pairs over 24 characters, so a
# glued draw must also be of common characters: mean surprisal at most GLUED_MEAN (a draw from the
# common characters is near 6.6, a row of headlines' names near 8).
GLUED_MEAN = 7.2
# A neighbour this short beside a short line makes them a poem's lines or a list.
SHORT_NEIGHBOUR = 10
# A clause opens after these (or at the line's start).
_CLAUSE_MARKS = frozenset("，,、；;：:。！？!?）)】」』”\"")
_LINE_END_STOPS = frozenset("。！？!?")
_RUN = re.compile(f"[{CJK}]+")


TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: the filter's path never needs it
if TYPE_CHECKING:
    from collections.abc import Callable


class Hit:
    """A filler run: its line, its span there, and whether it is the whole line."""

    __slots__ = ("end", "line", "pairs", "start", "whole")

    def __init__(self, line: int, start: int, end: int, whole: bool, pairs: int) -> None:
        self.line, self.start, self.end, self.whole, self.pairs = line, start, end, whole, pairs

    def __repr__(self) -> str:
        return f"Hit({self.line}, {self.start}, {self.end}, {self.whole})"


def _lead(bigrams: CharBigrams, run: str) -> int:
    """Unseen pairs from the run's first character on."""
    count = 0
    while count + 1 < len(run) and not bigrams.seen(run[count], run[count + 1]):
        count += 1
    return count


def _line_hits(number: int, line: str, bigrams: CharBigrams, short_beside: bool,
               rare_runs: re.Pattern[str] | None = None) -> list[Hit]:
    """The line's candidate runs; with `rare_runs`, only in the runs of Chinese characters
    holding a stretch it matches (a hit elsewhere would not pass _drawn)."""
    hits: list[Hit] = []
    stripped = line.strip()
    for match in _RUN.finditer(line):
        run, start, end = match.group(), match.start(), match.end()
        if rare_runs is not None and not rare_runs.search(run):
            continue
        before = line[:start].rstrip()[-1:]
        after = line[end:].strip()
        if run == stripped:
            if (MIN_CHARS <= len(run) <= MAX_LINE and not short_beside
                    and _lead(bigrams, run) == len(run) - 1):
                hits.append(Hit(number, start, end, True, len(run) - 1))
            continue
        if not after and before in _LINE_END_STOPS and MIN_CHARS <= len(run) <= MAX_LINE:
            if _lead(bigrams, run) == len(run) - 1:
                hits.append(Hit(number, start, end, False, len(run) - 1))
            continue
        lead = _lead(bigrams, run) if (not before or before in _CLAUSE_MARKS) else 0
        if MIN_LEAD <= lead <= MAX_RUN and lead + 2 <= len(run):
            hits.append(Hit(number, start, start + lead, False, lead))
            continue
        hits += _inner(number, run, start, bigrams)
    return hits


# Lines whose candidate runs a model keeps (CharBigrams.known_lines); cleared when full.
MAX_KNOWN_LINES = 4096


def _known_line_hits(number: int, line: str, bigrams: CharBigrams, short_beside: bool,
                     rare_runs: re.Pattern[str]) -> list[Hit]:
    """_line_hits, worked out once per line and neighbourhood: the pipeline's settling rounds
    ask again about the lines a round left."""
    known = bigrams.known_lines
    spans = known.get((line, short_beside))
    if spans is None:
        if len(known) >= MAX_KNOWN_LINES:
            known.clear()
        spans = known[(line, short_beside)] = tuple(
            (hit.start, hit.end, hit.whole, hit.pairs) for hit in _line_hits(number, line, bigrams, short_beside,
                                                                              rare_runs))
    return [Hit(number, *span) for span in spans]


def _inner(number: int, run: str, offset: int, bigrams: CharBigrams) -> list[Hit]:
    """Runs pushed into a word: MIN_INNER unseen pairs in a row, a seen pair once they go."""
    hits = []
    unseen = [not bigrams.seen(a, b) for a, b in pairwise(run)]
    k = 0
    while k < len(unseen):
        if not unseen[k]:
            k += 1
            continue
        first = k
        while k < len(unseen) and unseen[k]:
            k += 1
        # pairs first..k-1 unseen: the characters run[first+1 .. k-1] stand between run[first]
        # and run[k], which must be a pair once they go.
        # (a run of characters each rarer than STRONG_MIN needs no seen pair across it: the
        # counts are too thin to have seen every pair a text makes)
        if first > 0 and MIN_INNER <= k - first <= MAX_RUN + 1 \
                and (bigrams.seen(run[first], run[k])
                     or min(bigrams.surprisal(c) for c in run[first + 1:k]) >= STRONG_MIN):
            hits.append(Hit(number, offset + first + 1, offset + k, False, k - first))
    return hits


@functools.cache
def _rare_runs() -> re.Pattern[str]:
    """MIN_CHARS or more Chinese characters in a row, none of them common: one character class
    (the CJK ranges less the common characters), not a lookahead at every character (which
    cost ~500 instructions a character of the page, 1.6 M for the seed's)."""
    if _RANGE.sub("", CJK):  # CJK holds more than ranges of escapes: the lookahead, as written
        return re.compile(f"(?:(?![{common_characters()}])[{CJK}]){{{MIN_CHARS},}}")
    return re.compile(f"[{rare_class()}]{{{MIN_CHARS},}}")


_RANGE = re.compile(r"\\u([0-9a-fA-F]{4})-\\u([0-9a-fA-F]{4})")


def rare_class() -> str:
    """The inside of a character class holding CJK's characters but the common ones, written
    negated: no character outside CJK's ranges, and none of the common ones. (The common
    characters as the file lists them, not the ranges between them: working those out in Python
    was 2.8 M instructions of every Chinese document's `pandoc --filter` call.)"""
    outside, start = [], 0
    for low, high in sorted((int(a, 16), int(b, 16)) for a, b in _RANGE.findall(CJK)):
        if low > start:
            outside.append(f"\\U{start:08x}-\\U{low - 1:08x}")
        start = max(start, high + 1)
    if start <= sys.maxunicode:
        outside.append(f"\\U{start:08x}-\\U{sys.maxunicode:08x}")
    common = common_characters()
    # (ideographs are letters, which re.escape leaves alone: escaping them one by one is no need)
    return "^" + "".join(outside) + (common if common.isalpha() else re.escape(common))


def _drawn(run: str, bigrams: CharBigrams) -> bool:
    """Whether the run's characters are as rare, and as unrepeated, as a random draw's."""
    if len(set(run)) < len(run):
        return False
    surprisal = [bigrams.surprisal(c) for c in run]
    return min(surprisal) >= RARE_MIN and sum(surprisal) / len(run) >= RARE_MEAN


def _beyond_doubt(hit: Hit, line: str, bigrams: CharBigrams) -> bool:
    return (hit.pairs >= (STRONG_LINE_PAIRS if hit.whole else STRONG_PAIRS)
            and min(bigrams.surprisal(c) for c in line[hit.start:hit.end]) >= STRONG_MIN)


def find_filler(lines: list[str], bigrams: Callable[[], CharBigrams] = model,
                pictures: frozenset[int] = frozenset()) -> list[Hit]:
    """The filler runs of a page's lines (folded to simplified characters), or none; `pictures`:
    the lines that are pictures (a short line beside one is its caption)."""
    # Every character of a run is rare (RARE_MIN): a page without MIN_HITS runs of MIN_CHARS
    # characters outside the common ones, or one of four (a run alone), has none, and the
    # model is not read.
    rare = _rare_runs().findall("\n".join(lines))
    long_runs = [(number, match) for number, line in enumerate(lines) if len(line) <= LONG_LINE_MAX
                 for match in _RUN.finditer(line) if LONG_MIN <= len(match.group()) <= LONG_MAX
                 ] if sum(map(len, lines)) <= LONG_PAGE_MAX else []
    if len(rare) < MIN_HITS and not any(len(run) > STRONG_LINE_PAIRS for run in rare) and not long_runs:
        return []
    counts = bigrams()
    drawn_long = _long_draws(lines, long_runs, counts)
    return drawn_long + [h for h in _short_draws(lines, counts, pictures, rare)
                         if not any(h.line == d.line and h.start < d.end and d.start < h.end for d in drawn_long)]


def _long_draws(lines: list[str], long_runs: list[tuple[int, re.Match[str]]], counts: CharBigrams) -> list[Hit]:
    """Long runs drawn from common characters: too few of their pairs ever seen. The whole run,
    or a draw glued to the text at one end of it (the run then holds both)."""
    hits = []
    known = counts.known_runs
    for number, match in long_runs:
        run = match.group()
        draw = known.get(run, _UNKNOWN)
        if draw is _UNKNOWN:
            if len(known) >= MAX_KNOWN_LINES:
                known.clear()
            draw = known[run] = _run_draw(run, counts)
        if draw is not None:
            start, end, pairs, whole_run = draw
            whole = whole_run and run == lines[number].strip()
            hits.append(Hit(number, match.start() + start, match.start() + end, whole, pairs))
    return hits


_UNKNOWN = object()


def _run_draw(run: str, counts: CharBigrams) -> tuple[int, int, int, bool] | None:
    """The draw in one long run, as (start, end, pairs, whether it is the whole run), or None;
    a function of the run alone, kept per model (CharBigrams.known_runs): the pipeline's
    settling rounds ask again about the runs a round left, and a site's pages share theirs."""
    window = LONG_MIN - 1  # pairs in a draw's shortest length
    # A draw, whole or glued at one end, fills one end of the run: an end whose first
    # LONG_MIN characters make words is no draw's (most runs are told so in 46 questions).
    if not any(sum(counts.seen(a, b) for a, b in pairwise(end)) <= LONG_END_SEEN * window
               for end in (run[:LONG_MIN], run[-LONG_MIN:])):
        return None
    seen = [counts.seen(a, b) for a, b in pairwise(run)]
    if sum(seen) <= LONG_SEEN * len(seen):
        return 0, len(run), len(seen), True
    for start, end in (_glued_draw(run, seen, counts), _glued_draw(run[::-1], seen[::-1], counts, True)):
        if end - start >= LONG_MIN:
            return start, end, end - start - 1, False
    return None


def _glued_draw(run: str, seen: list[bool], counts: CharBigrams, reverse: bool = False) -> tuple[int, int]:
    """The longest opening of the run that is a draw of common characters, less the characters
    at its end that make a word with the text after it; (start, end) in the run as given (read
    backwards when `reverse`: a draw glued after the text)."""
    best = 0
    unseen = 0
    surprisal = counts.surprisal(run[0]) if run else 0.0
    for k in range(1, len(run)):
        unseen += not seen[k - 1]
        surprisal += counts.surprisal(run[k])
        # run[:k + 1]: k pairs; a draw of common characters, not a row of rare names
        if k + 1 >= LONG_MIN and k - unseen <= LONG_SEEN * k and surprisal / (k + 1) <= GLUED_MEAN:
            best = k + 1
    # the text glued after the draw opens with words: give back each last character that makes a
    # seen pair with the one before it or the one after it
    while best > LONG_MIN and (seen[best - 2] or (best < len(run) and seen[best - 1])):
        best -= 1
    if best < LONG_MIN:
        return 0, 0
    return (len(run) - best, len(run)) if reverse else (0, best)


def _short_draws(lines: list[str], counts: CharBigrams, pictures: frozenset[int], rare: list[str]) -> list[Hit]:
    """Short runs of rare characters: several on a page, or one whose form leaves no doubt."""
    if len(rare) < MIN_HITS and not any(len(run) > STRONG_LINE_PAIRS for run in rare):
        return []
    page = "\n".join(lines)
    rare_runs = _rare_runs()
    short = [0 < len(line.strip()) <= SHORT_NEIGHBOUR or number in pictures for number, line in enumerate(lines)]
    hits = []
    for number, line in enumerate(lines):
        # Every hit that stays is MIN_CHARS characters or more, each rare (_drawn), and rare is
        # what char_common.txt leaves out: a line without such a stretch yields none that
        # stays, and is not read pair by pair (on the seed, 72 of its 86 lines).
        if not rare_runs.search(line):
            continue
        beside = (number > 0 and short[number - 1]) or (number + 1 < len(lines) and short[number + 1])
        hits += _known_line_hits(number, line, counts, beside, rare_runs)
    # A run the page holds twice is one of its words (a name, a term), never a random draw.
    hits = [h for h in hits if page.count(lines[h.line][h.start:h.end]) == 1
            and _drawn(lines[h.line][h.start:h.end], counts)]
    if not hits:
        return []
    chars = sum(len(run) for line in lines for run in _RUN.findall(line))
    if len(hits) >= max(MIN_HITS, chars / PER_CHARS):
        return hits
    return [h for h in hits if len(hits) == 1 and _beyond_doubt(h, lines[h.line], counts)]


# find_filler's answers by page: the pipeline's settling rounds run the boilerplate pass again on
# the lines the first round kept, and find_filler is a function of the lines and pictures alone
# (with the shipped model): asked again, the page's answer is read, not worked out (3.3 M
# instructions of a `pandoc --filter` call on the seed). Bounded: cleared when full.
_PAGES: dict[tuple[str, frozenset[int]], tuple[tuple[int, int, int, bool, int], ...]] = {}
MAX_PAGES = 8  # the rounds of one page ask in a row; a few pages at once under threads


def _page_filler(lines: list[str], pictures: frozenset[int]) -> list[Hit]:
    """find_filler(lines, pictures=pictures), kept per page (fresh Hits each time)."""
    # (the lines by their digest: a key holding them would hold a long page's megabytes)
    key = (resources.digest(*(line.encode("utf-8", "surrogatepass") for line in lines)), pictures)
    known = _PAGES.get(key)
    if known is None:
        if len(_PAGES) >= MAX_PAGES:
            _PAGES.clear()
        known = _PAGES[key] = tuple((h.line, h.start, h.end, h.whole, h.pairs)
                                    for h in find_filler(lines, pictures=pictures))
    return [Hit(*fields) for fields in known]


def drop_filler(blocks: list[tuple[int, pf.Block]],
                keep: frozenset[int]) -> tuple[list[tuple[int, pf.Block]], list[tuple[int, str, str]]]:
    """(blocks kept, removed records): filler lines dropped, filler runs cut out of lines."""
    # Every block is a line (a kept or a non-text one empty), so that a line's neighbours are
    # the page's: a picture beside a short line makes it a caption.
    lines = [to_simplified(inline_text(block)) if is_text_block(block) and id(block) not in keep else ""
             for _, block in blocks]
    # A line a page decoded with the wrong charset is all rare characters too: mojibake.py's.
    lines = ["" if _rare_runs().search(line) and is_mojibake("".join(line.split())) else line for line in lines]
    pictures = frozenset(number for number, (_, block) in enumerate(blocks)
                         if isinstance(block, pf.Figure) or holds_picture(block))
    hits = _page_filler(lines, pictures)
    if not hits:
        return blocks, []
    removed: list[tuple[int, str, str]] = []
    doomed = set()
    by_line: dict[int, list[tuple[int, int]]] = {}
    for hit in hits:
        if hit.whole:
            doomed.add(blocks[hit.line][0])
            removed.append((blocks[hit.line][0], " ".join(block_text(blocks[hit.line][1]).split()), LINE_RULE))
        else:
            by_line.setdefault(hit.line, []).append((hit.start, hit.end))
    for number, spans in by_line.items():
        origin, block = blocks[number]
        removed.append((origin, cut_spans(block, spans), CUT_RULE))
    return [(origin, block) for origin, block in blocks if origin not in doomed], removed
