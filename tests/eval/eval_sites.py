"""Template-site evaluation (范文/文库/公文/forum pages): chrome gone, body kept, headings, masks.

Usage: python tests/eval/eval_sites.py RAW_DIR [--pages] [--worst SPLIT,...] [--splits SPLIT,...]
       (make eval-sites SITES=RAW_DIR)
       python tests/eval/eval_sites.py --own [--pages] [--worst SPLIT,...]  (make eval-sites-own)
           [--files PREFIX,...] [--skip-files PREFIX,...] [--title-misses SPLIT] [--false SPLIT]
           [--missed SPLIT] [--levels SPLIT]
       python tests/eval/eval_sites.py --genres [--worst genre-tune] [--missed genre-tune]
           [--false genre-tune] [--title-misses genre-tune] [--pages]   (make eval-sites-genres)
           [--files PREFIX,...] [--skip-files PREFIX,...]

`--own` scores the own-words pages instead (tests/eval/sites/own/*.txt: pages written by the team
in the forms real sites show, with made-up content; they live in the project, so no RAW_DIR is
needed), in two groups by a hash of the site name: `own-tune` (two thirds) and `own-check`; pages
under own/new/ (this round's, seen by no rule writer) are a third group, `own-new`. The pages of
own-check and own-new are listed (--pages, worst pages) only when named after --worst.
`--files v-,w-` scores only the own pages of files whose names start so (`--skip-files` all
others). The own-tune pages that the last round wrote (the files sites_devset.HELD_FILES names)
are kept from this round's rule writers as a second held-out measure: they are a group of their
own, `own-held`, listed only when named after --worst, so that own-tune's numbers and listings
are the pages rules may be written on.

RAW_DIR holds the page texts (<id>.txt) that tests/eval/sites_devset.py wrote; the texts are
third-party pages and stay outside the project. The labels (tests/eval/sites/labels.json) say
for each page which lines are chrome and of which family, its headings and levels, a few body
snippets and its masks. Numbers are printed for each split apart: the tuned sites, the
held-back third, the fresh pages (sites collected later, in neither of the others) and the
fresh2 … fresh14 pages (the third to fifteenth rounds', likewise). Rules are
written on the tuned split (and, once a split's numbers are reported, on it); the later ones say
how well rules carry to new sites.
`--worst tuned` lists the worst pages of the tuned split only, so that a rule writer can keep
from reading the other splits' failures (the held-out fresh14's pages are listed only when
`--worst fresh14` names it); `--splits tuned,held` scores only those splits (a split
kept for the end is not even scored while rules are written).
`--title-misses own-tune` lists every page of that split whose title is wrong, with the title the
code took and the labelled one in full, and the page's file (a held-out split is refused).
`--false own-tune` lists every false heading of that split with its page and the decision that made
it (the numbering family, or the reading of an unnumbered line: "unnumbered/bare-headings",
"parent:arabic"…), grouped by that decision (a held-out split is refused).
`--missed own-tune` lists every missed heading of that split with the line that holds it, the line
after it and what the headings pass decided for that line ("none" when it made nothing of it),
grouped by that decision (a held-out split is refused).
`--levels own-tune` lists every found heading of that split whose level is wrong, grouped by its
shape ("h2 labelled, level 1 given for 2, under a sample"), with its page (a held-out split is
refused).

`--genres` scores the genre documents instead (tests/eval/sites/genres/*.txt: about 300 whole
documents a user writes or pastes — 通知, 合同, 会议纪要, 述职报告, 感谢信… — in our own words, two of
each genre, most with no site chrome at all), in two groups by a hash of the GENRE name, so that
both documents of a genre fall in one: `genre-tune` and `genre-check` (a third of the genres). Their
labels hold every body line whole, and "body lines kept" counts each one: a line is kept when the
output body holds it (folded) as often as the document's body lines do. Only genre-tune is
listed: `--worst`, `--missed`, `--false` and `--title-misses` refuse genre-check. `--files g-09,g-10`
(`--skip-files`) scores only the documents of files whose names start so, as for the own pages; with
it nothing is listed unless `--worst genre-tune` asks.

Scoring (texts compared with widths folded, blanks and runs of question marks removed — a page
saved through the wrong charset prints `??` for its lost blanks, which labels keep as printed and the
reader reads back as blanks — see sites_devset.fold):
- chrome gone: a labelled chrome string (its first characters; an inline one with the characters
  around it) no longer occurs in the output body as often as the page labels it; a labelled piece of
  nothing but such marks (a lost indent) is a blank, not scored;
- body kept: each snippet from the middle of a body line occurs in the output body;
- headings found: a labelled heading equals (trailing ：。 aside) the text of an output heading or
  run-in heading (a sample marker may be followed by the sample's name); false headings are
  output headings (sections) that match no label (a run-in label inside its paragraph makes
  no section and is not counted as false);
  "numbered only" counts the labels (samples aside) whose text opens with a numbering marker
  (一、 （一） 1. （1） ① 第X章 …), and splits the false headings by the same reading of their text;
  "levels right" compares the level the output gave each found heading (sections only: a run-in
  label has no level) with the level its label asks, relatively (see expected_level): one under
  the level the output gave its nearest found labelled ancestor, a sample's parts under their marker;
- masks found: each labelled mask is inside a mask the output marked;
- page title right: the title the cleaned page carries equals the labelled one (a page whose
  text shows no title is right when it gets none).
"""

from __future__ import annotations

import functools
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import panflute as pf

from reportfmt.passes.elements import block_text, inline_text, is_text_block
from reportfmt.pipeline import run_passes
from reportfmt.read.text import read_plain_text

sys.path.insert(0, str(Path(__file__).parent))
from sites_devset import LABELS, MASK, fold, genre_pages, own_pages

# A chrome label this short is scored by the output lines equal to it, not searched for in the text.
SHORT_LABEL = 2
_TRAILING = re.compile(r"[:：。.,，、;；]+$")
# A heading written as a label in brackets ("[工作目标]", "【指导思想】") is named by what they hold.
_BRACKETED = re.compile(r"^[\[【](.+)[\]】]$")
# A markdown heading's marks, as a page printed them ("## 一、…"), and a list bullet before a heading
# ("- 名称:…", "• 名称"): the labels keep them as the page shows them, a pass may drop them
# (headings/markdown.py); the heading is its words either way.
_MARKS = re.compile(r"^(?:#{1,6}|[-•·●▪])\s*")
# A heading "numbered" by its text (issue 18 counts these apart): it opens with a numbering
# marker of any family a Chinese page prints (一、 （一） 1. 1、 1.1 （1） ① ⑴ 第X章/节/条/部分/编
# 壹、 甲、 roman I. A、), read here independently of the code under test (passes/headings/numbering.py)
# so that a form the code misses still counts. Matched on the text with widths folded (NFKC);
# circled digits are looked at before, as NFKC turns ① into a bare 1.
_CN = "〇零一二三四五六七八九十百两"
_CAPITAL = "壹贰貳叁參参肆伍陆陸柒捌玖拾"
_NUMBERED = re.compile(
    rf"""^(?:第\s*[{_CN}0-9]+\s*(?:章|节|節|条|條|部分|编|編|篇|讲|講|课|課|单元|單元|回|步|[,、:])
        |[{_CN}]{{1,4}}\s*[、.,]
        |[-—]、                                      # a dash typed for 一
        |[{_CN}{_CAPITAL}]{{1,3}}[ \u3000]+(?=[\u3400-\u9fff])   # "一 主要职掌", "壹 现行职掌"
        |[0-9]{{1,3}}[ \u3000]+(?=[\u3400-\u9fff])             # "1 总则"
        |[{_CAPITAL}]{{1,3}}\s*[、.]
        |[甲乙丙丁戊己庚辛壬癸]\s*[、.]
        |\(\s*(?:[{_CN}]{{1,4}}|[0-9]{{1,2}}|[A-Za-z])\s*\)
        |[0-9]{{1,2}}(?:\.[0-9]{{1,2}}){{1,3}}(?![0-9])\.?(?!\s*[亿万元%倍])   # 1.2, not 1.5亿
        |[0-9]{{1,3}}\s*[、.)](?![0-9])
        |(?:[IVX]{{1,4}}|[A-Za-z])\s*[、.](?![0-9])
        )""", re.X)
_CIRCLED = re.compile(r"^[\u2460-\u2473\u2776-\u2793]")
_OPENING_MARKS = re.compile(r"^(?:#{1,6}\s*|[\[【〔]\s*)+")
WORST = 5
SPLITS = {"tuned": "tuned sites", "held": "held-back sites", "fresh": "fresh sites (collected later)",
          "fresh2": "fresh2 sites (collected in the third round)",
          "fresh3": "fresh3 sites (collected in the fourth round)",
          "fresh4": "fresh4 sites (collected in the fifth round)",
          "fresh5": "fresh5 sites (collected in the sixth round)",
          "fresh6": "fresh6 sites (collected in the seventh round)",
          "fresh7": "fresh7 sites (collected in the eighth round)",
          "fresh8": "fresh8 sites (collected in the ninth round)",
          "fresh9": "fresh9 sites (collected in the tenth round)",
          "fresh10": "fresh10 sites (collected in the eleventh round)",
          "fresh11": "fresh11 sites (collected in the twelfth round)",
          "fresh12": "fresh12 sites (collected in the thirteenth round)",
          "fresh13": "fresh13 sites (collected in the fourteenth round)",
          "fresh14": "fresh14 sites (collected in the fifteenth round)",
          "own-tune": "own-words pages, tuning sites (tests/eval/sites/own)",
          "own-check": "own-words pages, check sites (a third, by site hash)",
          "own-held": "own-words pages of tuning sites written last round (HELD_FILES), held out",
          "own-new": "own-words pages written this round (own/new), seen by no rule writer",
          "genre-tune": "genre documents, tuning genres (tests/eval/sites/genres)",
          "genre-check": "genre documents, check genres (a third, by genre hash)"}
# The split held out from every rule writer: its numbers are printed, its pages (worst pages,
# --pages) only when it is named after --worst.
HELD_OUT = {"fresh14", "own-check", "own-held", "own-new", "genre-check"}
# Held-out groups that not even --worst may list (the genre set is scored, never read, on its check part).
NEVER_LISTED = {"genre-check"}


@dataclass
class Score:
    chrome: int = 0
    chrome_gone: int = 0
    keep: int = 0
    kept: int = 0
    headings: int = 0
    found: int = 0
    false: int = 0
    numbered: int = 0
    numbered_found: int = 0
    numbered_false: int = 0
    masks: int = 0
    masks_found: int = 0
    levelled: int = 0  # found headings the output made sections (a run-in label has no level)
    levels_right: int = 0
    titles: int = 0
    titles_right: int = 0
    by_family: Counter = field(default_factory=Counter)
    gone_by_family: Counter = field(default_factory=Counter)
    by_heading_level: Counter = field(default_factory=Counter)
    found_by_level: Counter = field(default_factory=Counter)

    def add(self, other: Score) -> None:
        for name, value in vars(other).items():
            if isinstance(value, Counter):
                getattr(self, name).update(value)
            else:
                setattr(self, name, getattr(self, name) + value)


@dataclass
class PageResult:
    page: dict
    score: Score
    why: list[str]
    title: str = ""  # the title the cleaned page carries
    # (full text, the decision that made it) of each false heading, when --false records them
    falses: list[tuple[str, str]] = field(default_factory=list)
    # (labelled text, the decision for the line holding it, that line, the next) of each missed
    # heading, when --missed records them
    misses: list[tuple[str, str, str, str]] = field(default_factory=list)
    # (shape, labelled text, level given) of each found heading whose level is wrong (--levels)
    wrong_levels: list[tuple[str, str, int]] = field(default_factory=list)


def label_depth(heading: dict, in_sample: bool) -> int:
    """A labelled heading's depth in the output's terms. Labels are relative to the page (README:
    `[h1]` is the page's top level under the title, and the title is metadata, not a heading), so
    outside samples `[hN]` is depth N. A sample marker (`[s]`, level 0 in the labels) is a top-level
    heading, depth 1, and under it the sample's own top part is labelled `[h1]` again while the
    output puts it one level under its marker: under a sample `[hN]` is depth N + 1. Every heading
    after the page's first `[s]` is under a sample (labels are in page order)."""
    if heading["sample"]:
        return 1
    return heading["level"] + in_sample


def expected_level(depth: int, ancestors: list[tuple[int, int]]) -> int:
    """The level the output should give a found heading of that depth, RELATIVELY: one under the
    level the output gave its nearest found ancestor (`ancestors`: (depth, level given) of the found
    headings above it, outermost first; the page itself is (0, 0)). A heading whose labelled parent
    the output missed is right one level under the next found one up (the output skips no level,
    and the miss is counted under "headings found" already); a parent given a wrong level counts
    once, not again for each of its children."""
    return next(level for d, level in reversed(ancestors) if d < depth) + 1


def heading_key(text: str) -> str:
    key = _TRAILING.sub("", _MARKS.sub("", fold(text)))
    bracketed = _BRACKETED.match(key)
    return _TRAILING.sub("", bracketed.group(1)) if bracketed else key


def is_numbered(text: str) -> bool:
    """Whether a heading's text opens with a numbering marker (see _NUMBERED)."""
    text = _OPENING_MARKS.sub("", text.strip())
    return bool(_CIRCLED.match(text) or _NUMBERED.match(unicodedata.normalize("NFKC", text)))


def output_of(raw: str) -> tuple[str, list[tuple[str, int]], list[str], str, list[str]]:
    """(folded body text, headings as (text, level), mask texts, title, folded body lines) of the
    cleaned page."""
    _MADE.clear()
    _DECIDED.clear()
    doc = read_plain_text(raw)
    return output_from(doc, run_passes(doc))


# (heading text, decision) of every heading the headings pass made on the page cleaned last, while
# record_decisions() is on (--false).
_MADE: list[tuple[str, str]] = []
# (block texts, decisions by index) of the headings pass's last reading of the page cleaned last,
# while record_decisions() is on (--missed).
_DECIDED: list[tuple[list, dict]] = []


def record_decisions() -> None:
    """Wrap the headings pass's apply_decision so that each heading it makes is noted with the
    family (and, for unnumbered lines, the reading) of its decision."""
    from reportfmt.passes import headings

    apply = headings.apply_decision

    def noting(block, decision):
        made = apply(block, decision)
        name = decision.family + (f"/{decision.rule}" if decision.rule else "")
        _MADE.extend((block_text(b), f"{decision.kind} {name}") for b in made if isinstance(b, pf.Header))
        return made

    headings.apply_decision = noting
    decide_blocks = headings.decide_blocks

    def keeping(doc, *args, **kwargs):
        decisions = decide_blocks(doc, *args, **kwargs)
        texts = [block_text(b) if is_text_block(b) or isinstance(b, pf.Header) else None for b in doc.content]
        _DECIDED[:] = [(texts, decisions)]
        return decisions

    headings.decide_blocks = keeping


def decided_for(text: str) -> tuple[str, str, str]:
    """(the decision, the line, the next line) for the first block of the last reading that holds
    a missed heading's text ("none" when no decision was made for it, "no line" when no block
    holds it: a line the boilerplate pass removed, or one an earlier step changed)."""
    key = heading_key(text)
    if not _DECIDED or not key:
        return "no line", "", ""
    texts, decisions = _DECIDED[0]
    for i, block in enumerate(texts):
        if block is not None and key in fold(block):
            d = decisions.get(i)
            how = f"{d.kind} {d.family}" + (f"/{d.rule}" if d.rule else "") if d else "none"
            following = next((t for t in texts[i + 1:] if t), "")
            return how, block, following
    return "no line", "", ""


def made_by(text: str) -> str:
    # (compared folded: a later pass turns "题目:" into "题目：", spaces around words go)
    key = fold(text)
    return next((how for t, how in _MADE if fold(t) == key), "no decision (a heading before the pass)")


def output_from(doc: pf.Doc, report) -> tuple[str, list[tuple[str, int]], list[str], str, list[str]]:
    """output_of for a page already cleaned (eval_site_chrome.py removes more from it first)."""
    headings: list[tuple[str, int]] = []

    def visit(elem: pf.Element, _doc: pf.Doc) -> None:
        if isinstance(elem, pf.Header):
            headings.append((block_text(elem), elem.level))
        elif isinstance(elem, pf.Span) and "runin" in elem.classes:
            headings.append((inline_text(elem), 0))

    doc.walk(visit)
    # The title's dashed subtitle line is printed under the title (metadata `subtitle`): a reader
    # sees it on the page, where it counts as kept; the title with it is the title too.
    subtitle = pf.stringify(doc.metadata["subtitle"]) if "subtitle" in doc.metadata else ""
    texts = [*([subtitle] if subtitle else []), *(_text_as_read(b) for b in doc.content)]
    lines = [fold(line) for text in texts for line in text.split("\n")]
    title = (report.title or "") + (f"\n{subtitle}" if subtitle else "")
    return fold("\n".join(texts)), headings, [m["text"] for m in report.masks], title, lines


def _text_as_read(block: pf.Block) -> str:
    """A block's text as a reader meets it: a table row by row, its cells parted by bars (the
    form a page prints a table in as text, which the labels' lines hold)."""
    if not isinstance(block, pf.Table):
        return block_text(block)
    rows = [*block.head.content, *(row for body in block.content for row in body.content),
            *block.foot.content]
    cells = ([pf.stringify(cell).strip() for cell in row.content] for row in rows)
    return "\n".join(" | ".join(text for text in row if text) for row in cells)


def _unbarred(text: str) -> str:
    return text.replace("|", "")


# A markdown table's rule row ("|---|---|"): the markup of a table, no text of the page.
_RULE_ROW_ONLY = re.compile(r"^(?=[|:]*-)[|:\-]+$")


def _kept(snippet: str, body: str, unbarred_body: Callable[[], str]) -> bool:
    """Whether the output holds the snippet. Bars part a table's cells: a page that printed a
    table as lines of bar-parted cells and the output's table with its cells read row by row
    hold the same text, whether or not a row opened or closed with a bar."""
    words = _unbarred(snippet)
    return snippet in body or (words != snippet and bool(words) and words in unbarred_body())


def score_page(page: dict, raw: str, output: tuple | None = None) -> PageResult:
    """`output`: output_of(raw) when the caller cleaned the page itself."""
    body, found_headings, mask_texts, title, body_lines = output or output_of(raw)
    raw_folded = fold(raw)
    raw_lines = [fold(line) for line in raw.splitlines()]
    unbarred_raw = functools.cache(lambda: _unbarred(raw_folded))
    unbarred_body = functools.cache(lambda: _unbarred(body))
    score = Score()
    why: list[str] = []
    falses: list[tuple[str, str]] = []
    misses: list[tuple[str, str, str, str]] = []
    wrong_levels: list[tuple[str, str, int]] = []
    # Chrome: how many labelled copies survive, given how often the string occurs in the page.
    groups: dict[str, list[dict]] = defaultdict(list)
    for item in page["chrome"]:
        groups[item["before"] + item["text"] + item["after"]].append(item)
    for key, items in groups.items():
        if not items[0]["text"]:
            # Nothing but a run of lost-blank marks (a paragraph's indent the charset lost, labelled
            # `{c:meta-lines|????}` as the page printed it): under the fold it is a blank, as the
            # reader reads it, and there is no line to find gone or left.
            continue
        labelled = len(items)
        if len(key) <= SHORT_LABEL:
            # A line of one or two characters ("|", "0") stands inside many a body line: it is
            # gone when no output line says only it (beyond the page's unlabelled such lines).
            unlabelled = max(0, raw_lines.count(key) - labelled)
            survived = min(labelled, max(0, body_lines.count(key) - unlabelled))
        else:
            unlabelled = max(0, raw_folded.count(key) - labelled)
            survived = min(labelled, max(0, body.count(key) - unlabelled))
            if _unbarred(items[0]["text"]) != items[0]["text"] and _unbarred(items[0]["text"]).strip():
                # Left as a table's row (its bars gone) counts as left too; never as gone where
                # the line with its bars is in the output.
                unlabelled = max(0, unbarred_raw().count(_unbarred(key)) - labelled)
                survived = max(survived, min(labelled, max(0, unbarred_body().count(_unbarred(key)) - unlabelled)))
        family = items[0]["family"]
        score.chrome += labelled
        score.chrome_gone += labelled - survived
        score.by_family[family] += labelled
        score.gone_by_family[family] += labelled - survived
        if survived:
            why.append(f"chrome left [{family}] {items[0]['text'][:20]}")
    if page.get("every_line"):
        # A genre document's keep labels are its whole body lines. A line printed n times is lost
        # as often as the output holds it fewer times than the document's body does (counted in
        # the body's text, where a short line, 此致 or a date, may also stand inside another).
        whole = "".join(page["keep"])
        lines_of = Counter(page["keep"])
        for line, times in lines_of.items():
            if _RULE_ROW_ONLY.match(line):
                continue
            lost = min(times, max(0, whole.count(line) - body.count(line)))
            words = _unbarred(line)
            if lost and words != line and words.strip():  # kept as a table's row, its bars gone
                lost = min(lost, max(0, _unbarred(whole).count(words) - unbarred_body().count(words)))
            score.keep += times
            score.kept += times - lost
            why.extend([f"body lost …{line}…"] * lost)
    for snippet in [] if page.get("every_line") else page["keep"]:
        if _RULE_ROW_ONLY.match(snippet):
            continue
        score.keep += 1
        if _kept(snippet, body, unbarred_body):
            score.kept += 1
        else:
            why.append(f"body lost …{snippet}…")
    output_keys = [heading_key(t) for t, _ in found_headings]
    matched_outputs = set()
    in_sample = False
    ancestors = [(0, 0)]  # (depth, level given) of the found headings above, the page first
    for heading in page["headings"]:
        in_sample = in_sample or heading["sample"]
        depth = label_depth(heading, in_sample)
        while ancestors[-1][0] >= depth:
            ancestors.pop()
        score.headings += 1
        level = "sample" if heading["sample"] else f"h{heading['level']}"
        score.by_heading_level[level] += 1
        key = heading_key(heading["text"])
        numbered = not heading["sample"] and is_numbered(heading["text"])
        score.numbered += numbered
        # A sample's heading is its marker and its name: "篇一：" labels "篇一：家具店规章制度".
        where = next((i for i, k in enumerate(output_keys) if i not in matched_outputs
                      and (k == key or (heading["sample"] and k.startswith(key)))), None)
        if where is None:
            why.append(f"heading missed ({level}) {heading['text'][:20]}")
            if _DECIDED:
                misses.append((f"({level}) {heading['text']}", *decided_for(heading["text"])))
            continue
        matched_outputs.add(where)
        score.found += 1
        score.numbered_found += numbered
        score.found_by_level[level] += 1
        given = found_headings[where][1]
        if not given:
            continue  # a run-in label inside its paragraph: no level to compare
        expected = expected_level(depth, ancestors)
        score.levelled += 1
        score.levels_right += given == expected
        if given != expected:
            under = ", under a sample" if in_sample and not heading["sample"] else ""
            shape = f"{'sample' if heading['sample'] else level} labelled, level {given} given for {expected}{under}"
            wrong_levels.append((shape, heading["text"], given))
        ancestors.append((depth, given))
    for i, (text, level) in enumerate(found_headings):
        # A run-in label left unmatched ("1. 标题:" opening a list item) makes no section.
        if i not in matched_outputs and level:
            score.false += 1
            score.numbered_false += is_numbered(text)
            why.append(f"false heading {text[:20]}")
            falses.append((text, made_by(text)))
    # One output mask may hold several labelled ones: a date masked as "20__-x-x" is three masks
    # to a reader (year, month, day; README), which the code may mark as one span. A span is
    # split into the runs a labeller counts, and each labelled mask uses up one run.
    # A labelled mask takes a run equal to it first, then one holding it: taken in page order by
    # containment alone, a lone "×" used up a "××" run that a later "××" needed, and the report
    # named the wrong mask missed.
    remaining = [run for t in mask_texts for run in (MASK.findall(fold(t)) or [fold(t)])]
    unmatched = []
    for mask in page["masks"]:
        score.masks += 1
        where = next((i for i, t in enumerate(remaining) if fold(mask) == t), None)
        if where is None:
            unmatched.append(mask)
        else:
            remaining[where] = ""
            score.masks_found += 1
    for mask in unmatched:
        where = next((i for i, t in enumerate(remaining) if fold(mask) in t), None)
        if where is None:
            why.append(f"mask missed {mask}")
        else:
            remaining[where] = ""
            score.masks_found += 1
    if "title" in page:
        score.titles += 1
        if fold(page["title"]) in {fold(title.split("\n")[0]), fold(title.replace("\n", ""))}:
            score.titles_right += 1
        else:
            why.append(f"title {title[:30]!r}, labelled {page['title'][:30]!r}")
    return PageResult(page, score, why, title, falses, misses, wrong_levels)


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f} % ({part}/{whole})" if whole else "    - (0/0)"


def report_split(name: str, results: list[PageResult]) -> None:
    lines = any(r.page.get("every_line") for r in results)
    total = Score()
    for result in results:
        total.add(result.score)
    sites = len({r.page["site"] for r in results})
    print(f"\n{name}: {len(results)} pages from {sites} sites")
    print(f"  chrome lines gone   {percent(total.chrome_gone, total.chrome)}")
    for family in sorted(total.by_family):
        print(f"    {family:16} {percent(total.gone_by_family[family], total.by_family[family])}")
    print(f"  {'body lines kept   ' if lines else 'body snippets kept'}  {percent(total.kept, total.keep)}")
    print(f"  headings found      {percent(total.found, total.headings)}, false headings {total.false}")
    print(f"    numbered only     {percent(total.numbered_found, total.numbered)}, false headings "
          f"{total.numbered_false} numbered + {total.false - total.numbered_false} unnumbered")
    for level in sorted(total.by_heading_level):
        print(f"    {level:16} {percent(total.found_by_level[level], total.by_heading_level[level])}")
    # Found headings as sections only: a run-in label (a Span inside its paragraph) has no level.
    print(f"    levels right     {percent(total.levels_right, total.levelled)[:-1]} found, "
          f"{total.found - total.levelled} run-ins aside)")
    print(f"  masks found         {percent(total.masks_found, total.masks)}")
    print(f"  page title right    {percent(total.titles_right, total.titles)}")


def badness(result: PageResult) -> tuple:
    s = result.score
    return (s.keep - s.kept, s.false, (s.chrome - s.chrome_gone) + (s.headings - s.found)
            + (s.masks - s.masks_found))


def print_title_misses(group: list[PageResult], texts: dict[str, str]) -> None:
    """Each page of `group` whose title is wrong: its file, id, the title taken and the labelled
    one in full, and the page's first lines (own pages), to sort the misses by why."""
    misses = [r for r in group if r.score.titles > r.score.titles_right]
    print(f"\ntitle misses: {len(misses)} pages")
    for result in misses:
        page = result.page
        print(f"\n[{page.get('file', '')}] {page['id']}")
        print(f"    taken    {result.title!r}")
        print(f"    labelled {page['title']!r}")
        for line in [line for line in texts.get(page["id"], "").splitlines() if line.strip()][:5]:
            print(f"    | {line[:70]}")


def print_false_headings(group: list[PageResult]) -> None:
    """Every false heading of `group`, grouped by the decision that made it, with its page."""
    _print_grouped("false headings", [(how, result.page["id"], text)
                                      for result in group for text, how in result.falses])


def _print_grouped(title: str, rows: list[tuple[str, str, str]]) -> None:
    """(group key, page id, line text) rows, counted and listed by key, the largest group first."""
    by_key: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for key, page_id, text in rows:
        by_key[key].append((page_id, text))
    print(f"\n{title}: {len(rows)}")
    for key, items in sorted(by_key.items(), key=lambda kv: -len(kv[1])):
        print(f"\n  {key}: {len(items)}")
        for page_id, text in items:
            print(f"    {text[:60]!r}  [{page_id[:70]}]")


def print_missed_headings(group: list[PageResult]) -> None:
    """Every missed heading of `group`, grouped by the decision for the line holding it, with the
    line, the next one and the page."""
    by_decision: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
    for result in group:
        for label, how, line, following in result.misses:
            by_decision[how.split("/")[0]].append((result.page["id"], label, line, following))
    print(f"\nmissed headings: {sum(map(len, by_decision.values()))}")
    for how, items in sorted(by_decision.items(), key=lambda kv: -len(kv[1])):
        print(f"\n  {how}: {len(items)}")
        for page_id, label, line, following in items:
            print(f"    {label[:40]!r}  [{page_id[:12]}]")
            print(f"        | {line[:70]!r}")
            print(f"        > {following[:40]!r}")


def print_wrong_levels(group: list[PageResult]) -> None:
    """Every found heading of `group` whose level is wrong, grouped by its shape (the labelled
    level, the level given, whether under a sample marker), with its page."""
    _print_grouped("wrong levels", [(shape, result.page["id"], text)
                                    for result in group for shape, text, _given in result.wrong_levels])


def _file_chosen(name: str, argv: list[str]) -> bool:
    """Whether an own page's file is scored: --files keeps only the named prefixes, --skip-files
    drops them."""
    for option, keep in (("--files", True), ("--skip-files", False)):
        if option in argv[1:-1]:
            prefixes = tuple(argv[argv.index(option) + 1].split(","))
            if name.startswith(prefixes) != keep:
                return False
    return True


def main(argv: list[str]) -> int:
    own = bool(argv) and argv[0] in ("--own", "--genres")
    if not argv or (argv[0].startswith("-") and not own):
        print("usage: eval_sites.py RAW_DIR [--pages] [--worst SPLIT,...]  (the folder of page texts "
              "that sites_devset.py wrote)", file=sys.stderr)
        return 2
    if own:
        built = genre_pages() if argv[0] == "--genres" else own_pages()
        texts = {labels["id"]: raw for raw, labels in built}
        pages = [labels for _, labels in built if _file_chosen(labels["file"], argv)]
    else:
        raw_dir = Path(argv[0])
        if not raw_dir.is_dir():
            print(f"eval_sites: {raw_dir} is missing: it holds the dev set's page texts, which stay "
                  "outside the project (see tests/eval/sites_devset.py)", file=sys.stderr)
            return 2
        pages = json.loads(LABELS.read_text(encoding="utf-8"))["pages"]
    results: dict[str, list[PageResult]] = {name: [] for name in SPLITS}
    shown = set(SPLITS) - HELD_OUT
    if "--files" in argv[1:-1]:
        shown = set()  # an earlier round's held pages: numbers only, unless --worst names a split
    if "--worst" in argv[1:-1]:
        shown = set(argv[argv.index("--worst") + 1].split(","))
        if refused := shown & NEVER_LISTED:
            print(f"eval_sites: {', '.join(sorted(refused))} is held out: its pages are not listed", file=sys.stderr)
            return 2
    scored = set(SPLITS)
    if "--splits" in argv[1:-1]:
        scored = set(argv[argv.index("--splits") + 1].split(","))
        shown &= scored
    false_split = argv[argv.index("--false") + 1] if "--false" in argv[1:-1] else None
    if false_split in HELD_OUT:
        print(f"eval_sites: {false_split} is held out: its pages are not listed", file=sys.stderr)
        return 2
    missed_split = argv[argv.index("--missed") + 1] if "--missed" in argv[1:-1] else None
    if missed_split in HELD_OUT:
        print(f"eval_sites: {missed_split} is held out: its pages are not listed", file=sys.stderr)
        return 2
    levels_split = argv[argv.index("--levels") + 1] if "--levels" in argv[1:-1] else None
    if levels_split in HELD_OUT:
        print(f"eval_sites: {levels_split} is held out: its pages are not listed", file=sys.stderr)
        return 2
    if false_split or missed_split:
        record_decisions()
    missing = 0
    for page in pages:
        if page["split"] not in scored:
            continue
        if own:
            results[page["split"]].append(score_page(page, texts[page["id"]]))
            continue
        path = raw_dir / f"{page['id']}.txt"
        if not path.exists():
            missing += 1
            continue
        results[page["split"]].append(score_page(page, path.read_text(encoding="utf-8")))
    if missing:
        print(f"eval_sites: {missing} labelled pages have no text in {raw_dir}", file=sys.stderr)
    for name, title in SPLITS.items():
        if results[name]:
            report_split(title, results[name])
    for name, group in results.items():
        if name not in shown or not group:
            continue
        print(f"\nworst {WORST} pages ({name}):")
        for result in sorted(group, key=badness, reverse=True)[:WORST]:
            print(f"  {result.page['url']}")
            for reason in result.why[:4]:
                print(f"      {reason}")
    if "--title-misses" in argv[1:-1]:
        wanted = argv[argv.index("--title-misses") + 1]
        if wanted in HELD_OUT:
            print(f"eval_sites: {wanted} is held out: its pages are not listed", file=sys.stderr)
            return 2
        print_title_misses(results.get(wanted, []), texts if own else {})
    if false_split:
        print_false_headings(results.get(false_split, []))
    if missed_split:
        print_missed_headings(results.get(missed_split, []))
    if levels_split:
        print_wrong_levels(results.get(levels_split, []))
    if "--pages" in argv:
        for name, group in results.items():
            if name not in shown:
                continue
            for result in group:
                if result.why:
                    print(f"\n[{name}] {result.page['id']} {result.page['url']}")
                    for reason in result.why:
                        print(f"    {reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
