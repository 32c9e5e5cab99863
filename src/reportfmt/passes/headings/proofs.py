"""How a numbered line is proven a heading: by its siblings or by its place (used by rules.py).

rules.py reads each numbered line's shape into a Candidate; the proofs here keep the candidates
that something beside them confirms:
- siblings: a heading is in order with a sibling of its family within the same parent
  (in_sequence); a line shaped only by a long colon, a blank, a comma or a clause needs a sibling
  shaped the same way (colon_siblings, blank_siblings, comma_runins_in_pairs, clause_runins); a
  run-in needs a second of its family (runins_in_pairs); three in a row with no body between them
  are a list (drop_list_runs);
- place: a part's first child right under its heading (first_children), the heading of numbered
  parts of its own (heads_of_children), the first child of a page cut short (cut_short_child),
  parts opening one inside the other, each numbered 1 (first_child_chains).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from ..regex_cache import LazyPattern
from .measure import LINE_PUNCT as _UNNUMBERED_PUNCT
from .measure import SENTENCE_INSIDE as _SENTENCE_INSIDE
from .measure import UNNUMBERED_MAX_CHARS, is_body, squeeze, visible_len
from .numbering import ORDINAL_FAMILIES, SECTION_FAMILIES, Marker, parse_marker
from .shapes import named_clause_head

# Numbered lines in a row with no body between them: a list, not sections.
LIST_RUN = 3


@dataclass
class Candidate:
    """A numbered line that may become a heading, with the shape facts its proofs ask about."""

    index: int
    text: str
    marker: Marker
    kind: str  # "heading" | "runin" | "split"
    cut: int = 0
    opens_body: bool = False
    # Shaped only by its closing "。"/"：" (closed_shape): never a section on its own.
    closed: bool = False
    # Closed by "：" and longer than a label (long_colon_shape): a sibling must be closed so too.
    long_colon: bool = False
    # Set off from its body by a blank (glued.blank_cut): a sibling must be set off so too.
    blank: bool = False
    # A run-in whose heading holds a comma (clause_runin_cut): a plain run-in sibling must stand by.
    clause: bool = False
    # A line of clauses closed by "。" above its paragraph (shapes.statement_shape): a sibling must
    # be closed so too.
    statement: bool = False
    # A label and its value on one line (rules.field_shape): beside another field it runs in.
    field: bool = False
    # The line right below is the next item of its list ("1.…" over "2.…"): no text of its own.
    heads_sibling: bool = False
    # The page's last text block: nothing stands under it (a line the page cut off, maybe).
    ends_page: bool = False
    # Above a sentence introducing its points ("综观上半年经济形势，可以用三句话来概括："): the
    # part's body opens so, as it opens with a paragraph.
    opens_points: bool = False
    # What the line is when its blank or clause proves nothing (no sibling shaped the same way),
    # or a field's run-in among fields.
    fallback: Candidate | None = None


def first_children(candidates: list[Candidate], accepted: list[Candidate],
                    ranks: dict[str, int]) -> list[Candidate]:
    """"2.1" alone under "第二章", "（一）" alone under "2、": a part's first child, numbered 1
    right after its parent, of a family the document uses as headings elsewhere; likewise a
    run-in "1.标题设定：…" right under its heading, of a family that runs in elsewhere (a page cut
    short after its first item). A heading opening its own first numbered part instead of body
    text ("（一）主要目标：" then "1、…") counts as opening its part too."""
    families = {(c.marker.family, c.kind == "runin") for c in accepted}
    taken = {c.index for c in accepted}

    def opens_child(position: int) -> bool:
        # "（一）主要目标：" right above its own accepted "1、社区容貌更加整洁。…"
        cand = candidates[position]
        child = candidates[position + 1] if position + 1 < len(candidates) else None
        return (child is not None and child.index in taken and child.index == cand.index + 1
                and child.marker.number == 1 and ranks[child.marker.family] > ranks[cand.marker.family])

    extra = [c for position, c in enumerate(candidates)
             if c.index not in taken and c.marker.number == 1 and position
             and ((c.kind == "heading" and (c.opens_body or opens_child(position))) or c.kind == "runin")
             and ((c.marker.family, c.kind == "runin") in families
                  or _sole_child(c, candidates[position - 1], candidates, taken)
                  # between an accepted parent and its own accepted first child: proven both ways
                  or (c.kind == "heading" and opens_child(position) and candidates[position - 1].index in taken))
             and c.marker.family not in ORDINAL_FAMILIES
             and ranks[candidates[position - 1].marker.family] < ranks[c.marker.family]
             and (c.kind == "heading" or candidates[position - 1].index == c.index - 1)]
    return sorted([*accepted, *extra], key=lambda c: c.index)


def heads_of_children(candidates: list[Candidate], accepted: list[Candidate],
                       ranks: dict[str, int]) -> list[Candidate]:
    """"（三）入党申请书大体包括以下几个部分" right above its own accepted "1.标题：…" "2.称呼：…": a
    heading-shaped line opening numbered parts of its own is their heading, though its own
    siblings ("（一）务必认真阅读…。") are items of a list."""
    taken = {c.index for c in accepted}
    extra = [c for c, child in itertools.pairwise(candidates)
             if c.index not in taken and c.kind == "heading" and not c.closed
             and c.marker.family not in ORDINAL_FAMILIES
             and child.index in taken and child.index == c.index + 1 and child.marker.number == 1
             and ranks[child.marker.family] > ranks[c.marker.family]]
    return sorted([*accepted, *extra], key=lambda c: c.index) if extra else accepted



# "五、其他约定：" right above "1、…" "2、…": a part's label, a few words closed by its colon.
LABEL_OVER_LIST_MAX_CHARS = 12
# A sentence that introduces its points ("二、公开的内容包括：") is no label (colon_sections.py).
_INTRODUCES = re.compile(r"如下|以下|下列|下面|包括|几点|这样|如此")


def labels_over_lists(texts: list[str | None], candidates: list[Candidate],
                      accepted: list[Candidate]) -> list[Candidate]:
    """"五、其他约定：" / "1、租期内乙方不得…。" / "2、…": a numbered label closed by its colon, alone on
    its line, right above a list numbered 1, 2 … in a lower family, heads that list, though the
    list's items are sentences and the label's siblings provisions (which heads_of_children, asking
    for accepted children and an open line, does not see)."""
    taken = {c.index for c in accepted}
    extra = [c for c in candidates if c.index not in taken and c.kind == "heading" and c.closed
             and c.marker.family not in ORDINAL_FAMILIES and _label_over_list(texts, c)
             and plain_siblings(texts, c)]
    return sorted([*accepted, *extra], key=lambda c: c.index) if extra else accepted


def plain_siblings(texts: list[str | None], cand: Candidate) -> bool:
    """The label has a sibling on the page (the number before or after it, in its family). A
    label with no sibling proves nothing. A sibling that is a field ("1、文本：按照A4纸…" beside
    "2、字体字号：" over its "（1）…") does not stop it: the label over its own items is a heading
    on its own (lb37's labelling decision; round 37 had kept it a field)."""
    return any(text and (marker := parse_marker(text)) is not None and marker.family == cand.marker.family
               and abs(marker.number - cand.marker.number) == 1 for text in texts)


def _label_over_list(texts: list[str | None], cand: Candidate) -> bool:
    name = cand.text[cand.marker.end:].strip()
    if not name.endswith(("：", ":")):
        return False
    return list_name(name[:-1]) and own_list_below(texts, cand)


def list_name(name: str) -> bool:
    """A few words naming a part, no clause inside and none announcing the points below it."""
    name = name.strip()
    return bool(name) and visible_len(name) <= LABEL_OVER_LIST_MAX_CHARS and not (
        _UNNUMBERED_PUNCT.search(name) or _INTRODUCES.search(name))


def own_list_below(texts: list[str | None], cand: Candidate) -> bool:
    """Right below the line, its own list: the next line numbered 1 in a lower family, and that
    family's 2 following before the next line of the line's own family (or a higher one)."""
    following = texts[cand.index + 1] if cand.index + 1 < len(texts) else None
    child = parse_marker(following) if following else None
    if child is None or child.number != 1 or child.rank <= cand.marker.rank:
        return False
    for text in texts[cand.index + 2:]:
        marker = parse_marker(text) if text else None
        if marker is None:
            continue
        if marker.family == child.family and marker.number == 2:
            return True
        if marker.rank <= cand.marker.rank:
            return False
    return False


# A page cut short right after a part's first child: at most this many blocks follow the child.
CUT_SHORT_TAIL_BLOCKS = 3
# Body paragraphs between a part's heading and its first child ("一、…" intro "（一）…").
CUT_SHORT_INTRO_BLOCKS = 2
# The only numbered line of a page cut short, a run-in: its heading a few words.
RUNIN_SOLE_MAX_CHARS = 10
# "问题主要有以下几个方面，下面逐一说明": a paragraph announcing points; what follows it may be
# the first of a list, and with its siblings cut off nothing tells which.
_ANNOUNCES_POINTS = LazyPattern(r"如下|以下|下列|下面|几个方面|几点")


def cut_short_child(texts: list[str | None], candidates: list[Candidate], accepted: list[Candidate],
                     ranks: dict[str, int]) -> list[Candidate]:
    """"一、…" then its opening paragraph then "（一）…" (or a run-in "1.历史根源。…") and the page
    ends: the first child of the last part, cut off before its siblings. Proven by its place: the
    last numbered line of the page, numbered 1, under an accepted heading of a higher family with
    only body text between them (none announcing points), or right under an accepted run-in
    ("3. 正文。…" then "（1）前言。…"), and the page ending a few blocks below it. Likewise a page
    whose only numbered line is a run-in "一、常铸忠诚之魂。…" a few blocks from its end."""
    if not candidates or (last := candidates[-1]) in accepted or last.marker.number != 1:
        return accepted
    after = [t for t in texts[last.index + 1:] if t]
    if len(after) > CUT_SHORT_TAIL_BLOCKS or last.marker.family in ORDINAL_FAMILIES:
        return accepted
    if len(candidates) == 1:
        sole_runin = (last.kind == "runin" and last.marker.family in SECTION_FAMILIES
                      and visible_len(last.text[last.marker.end:last.cut]) <= RUNIN_SOLE_MAX_CHARS)
        return [*accepted, last] if sole_runin else accepted
    parent = candidates[-2]
    between = [t for t in texts[parent.index + 1:last.index] if t]
    # (or set off from its body by a blank, or glued to it, right under its parent: "二、应急准备" /
    # "1、救援机构 项目部成立…": the place proves where the heading ends, as a sibling would)
    shaped = ((last.kind == "heading" and last.opens_body and not last.closed) or last.kind == "runin"
              or (last.kind == "split" and parent.index == last.index - 1))
    under = ((parent.kind == "heading" and len(between) <= CUT_SHORT_INTRO_BLOCKS
              and all(is_body(t) and not _ANNOUNCES_POINTS.search(t) for t in between))
             or (parent.kind == "runin" and last.kind == "runin" and not between))
    if (shaped and under and parent in accepted
            and ranks[parent.marker.family] < ranks[last.marker.family]):
        return [*accepted, last]
    return accepted


def _sole_child(cand: Candidate, parent: Candidate, candidates: list[Candidate], taken: set[int]) -> bool:
    """"（一）在…方面" right under the heading "一、存在的主要问题", opening body text (or running in:
    "（一）绩效考核标准：1.…"), the only line of its family on a page cut short: a part's first
    child, proven by its place."""
    return (((cand.kind == "heading" and not cand.closed) or cand.kind == "runin") and parent.index in taken
            and parent.kind == "heading" and parent.index == cand.index - 1
            and sum(c.marker.family == cand.marker.family for c in candidates) == 1)


def drop_list_runs(accepted: list[Candidate]) -> list[Candidate]:
    """Three or more numbered lines of a family in consecutive blocks, no body between: a list.
    Chapter lines too ("第一章 …" "第二章 …" "第三章 …" in a row: a reading site's chapter menu; a
    book's chapters each hold text). Not 第X条: a contract's named articles may stand bare."""
    listed = list_run_lines(accepted)
    return [c for c in accepted if c.index not in listed]


def list_run_lines(accepted: list[Candidate]) -> set[int]:
    """The indices of the lines of drop_list_runs' lists."""
    runs: list[list[Candidate]] = []
    run: list[Candidate] = []
    for cand in accepted:
        if (run and cand.kind == "heading" and cand.marker.family == run[-1].marker.family
                and cand.index == run[-1].index + 1):
            run.append(cand)
            continue
        runs.append(run)
        run = [cand] if cand.kind == "heading" and cand.marker.family != "tiao" else []
    runs.append(run)
    return {c.index for r in runs if len(r) >= LIST_RUN and not continues_parts(r, accepted) for c in r}


def continues_parts(run: list[Candidate], accepted: list[Candidate]) -> bool:
    """A run of 一、 lines going on from parts that open body text ("三、活动目的" and its paragraph,
    then "四、活动主办方" "五、活动时间" "六、活动地点" left blank): a template's outline whose last
    parts are still to be filled in, sections like the first ones, not a list. One such part
    above is enough when the run's last part opens body text again ("一、总体情况" and its
    paragraph, "二、…" "三、…" "四、…" whose tables the scrape lost, "五、…" and its paragraph): a
    list's items never number on from the part above them and then give way to a paragraph."""
    first = run[0]
    if first.marker.family not in SECTION_FAMILIES:
        return False
    earlier = [c for c in accepted if c.index < first.index and c.marker.family == first.marker.family]
    proven = 1 if run[-1].opens_body else 2
    return (len(earlier) >= proven and all(c.kind == "heading" and c.opens_body for c in earlier[-proven:])
            and all(c.marker.number == first.marker.number - n for n, c in enumerate(reversed(earlier[-proven:]), 1)))


def in_sequence(cand: Candidate, candidates: list[Candidate], ranks: dict[str, int],
                listed: frozenset[int] = frozenset()) -> bool:
    """In order with a sibling before or after it, within the same parent (or, numbered on
    through the parts, the next number right across the parent's line). `listed`: the lines of
    lists (list_run_lines): no parents ("二、报告讲了哪些事" / "报告共分三章：" / "第一章 …" "第二章 …"
    "第三章 …" in a row / "三、怎样监督落实": the chapters are a list inside part 二, and 三 goes on
    from 二 across it)."""
    if cand.marker.family in ORDINAL_FAMILIES:
        return True
    if _sole_first_section(cand, candidates):
        return True
    rank = ranks[cand.marker.family]
    position = candidates.index(cand)
    number = cand.marker.number
    for step, wanted in ((-1, (number - 1, number - 2)), (1, (number + 1, number + 2))):
        cursor = position + step
        crossed = False
        while 0 <= cursor < len(candidates):
            other = candidates[cursor]
            if other.index in listed and other.marker.family != cand.marker.family:
                cursor += step
                continue
            if ranks[other.marker.family] < rank:
                # a higher heading: the parent changes here. Numbered on through the parts ("二、…"
                # over "（三）…" after "一、…" over "（一）" "（二）"), the items next to the parents'
                # line are siblings still: the next number right across one parent's line.
                if crossed or number + step < 1:
                    break
                crossed, wanted = True, (number + step,)
                cursor += step
                continue
            if other.marker.family == cand.marker.family:
                if crossed and other.marker.number not in wanted:
                    break
                # "2、在试用期间…不参加年度考核。" beside "1、年度考核:所有员工…": a line closed by
                # "。" among run-in siblings is one more provision of their list; so is one that ends
                # the page with nothing under it ("六、要如实记载每次活动的时间、地点、" cut mid-item).
                # (A label closed by its colon beside a label running in at its colon is a label too
                # when both set the colon off with a blank, as a part's name is set off from its
                # text: "五、活动流程 :先由…" above "六、活动参加人员 :". Without the blank,
                # "2、字体字号：" under "1、文本：按照…" is one more field of a list.)
                labels = (other.kind == "runin" and re.search(r"\s[：:]$", cand.text.rstrip()) is not None
                          and other.text[other.cut - 1] in "：:" and other.text[other.cut - 2:other.cut - 1].isspace())
                if other.marker.number in wanted and not (((cand.closed and not labels) or cand.ends_page)
                                                          and other.kind == "runin"):
                    return True
                if step == -1 and other.marker.number < number - 2:
                    # "七.活动开展" / "一.…" "二.…" / "八.经费": a list of the same family numbered
                    # afresh inside the part before stands between two siblings; look past it.
                    cursor += step
                    continue
                break
            cursor += step
    return False


def _sole_first_section(cand: Candidate, candidates: list[Candidate]) -> bool:
    """A document with one section: its "一、" is the only line of the family, short and bare;
    or a page cut short, showing one "二、…" part of a report: the only 一、-style line, the
    first numbered line of the page, opening body text (or glued to it) (after 1. and 2. sections, a lone
    "三、另外" is running text)."""
    # (A heading glued to its body, "一、…局面今年以来，…", is one too: glued.glued_cut proved its end.)
    glued = cand.kind == "split" and not cand.blank
    if (cand.kind != "heading" and not glued) or sum(c.marker.family == cand.marker.family for c in candidates) != 1:
        return False
    if (not cand.closed and len(squeeze(cand.text)) <= UNNUMBERED_MAX_CHARS
            and not _UNNUMBERED_PUNCT.search(cand.text[cand.marker.end:])
            # an excerpt's only numbered line ("2.正文" above its body): the page shows one part
            and (cand.marker.number == 1 or (len(candidates) == 1 and cand.opens_body))):
        return True
    if _cut_at_the_top(cand, candidates):
        return True
    if cand.marker.family not in SECTION_FAMILIES or candidates[0] is not cand:
        return False
    # A page cut right under the name of its first part ("一、不忘来路，把家乡老人当亲人" its last
    # line, the story's paragraphs above): a name of clauses, no sentence, shows without its body.
    if (cand.ends_page and cand.marker.number == 1 and not cand.closed and cand.kind == "heading"
            and cand.index > 0 and len(squeeze(cand.text)) <= CUT_NAME_MAX_CHARS
            and not _SENTENCE_INSIDE.search(cand.text[cand.marker.end:])):
        return True
    # Its body, or its own first part ("（一）…" right below it) opening the body.
    position = candidates.index(cand)
    child = candidates[position + 1] if position + 1 < len(candidates) else None
    opens_child = (child is not None and child.index == cand.index + 1 and child.marker.number == 1
                   and child.marker.rank > cand.marker.rank
                   and ((child.kind == "heading" and child.opens_body) or child.kind == "runin"))
    # Closed by its mark ("一、考核标准："), it needs its own first part right below to prove it,
    # or (a paragraph introducing them between: "四、几项保障安排：" / "为保证…作如下安排。" / "1.…")
    # its own list of parts numbered 1, 2 … under that paragraph.
    return ((cand.opens_body or cand.opens_points) and not cand.closed) or opens_child or (
        cand.opens_body and _own_parts_below(cand, candidates[position + 1:]))


# A first part's name the page's end cut its body from: the length of a heading of two clauses.
CUT_NAME_MAX_CHARS = 24


def _own_parts_below(cand: Candidate, below: list[Candidate]) -> bool:
    """Under one paragraph, the line's own parts: the next numbered line is numbered 1 in a lower
    family, and its sibling numbered 2 follows."""
    child = below[0] if below else None
    return (child is not None and child.index == cand.index + 2 and child.marker.number == 1
            and child.marker.rank > cand.marker.rank
            and any(c.marker.family == child.marker.family and c.marker.number == 2 for c in below[1:]))


def _cut_at_the_top(cand: Candidate, candidates: list[Candidate]) -> bool:
    """"（4）…" "（5）…" / "2。怎样动手编写教案" / "（1）…" "（2）…": a page cut at its top opens inside
    the list of a part it no longer shows (its first numbered line is an item numbered past 1, of a
    lower family); the one part it does show, numbered 2 or more, bare and short, heads its own
    first item right below it. Its earlier siblings are on the page before."""
    position = candidates.index(cand)
    above, child = candidates[:position], candidates[position + 1] if position + 1 < len(candidates) else None
    return (cand.kind == "heading" and not cand.closed and cand.marker.number >= 2 and bool(above)
            and above[0].marker.number > 1 and all(c.marker.rank > cand.marker.rank for c in above)
            and len(squeeze(cand.text)) <= UNNUMBERED_MAX_CHARS
            and not _UNNUMBERED_PUNCT.search(cand.text[cand.marker.end:])
            and child is not None and child.index == cand.index + 1 and child.marker.number == 1
            and child.marker.rank > cand.marker.rank)


def colon_siblings(candidates: list[Candidate]) -> list[Candidate]:
    """A long line closed by a colon is a heading beside a sibling numbered next to it that a
    colon closes too ("一、…通知（…号文件）：" "二、…相关通知："); alone it proves no sibling."""
    closed = {(c.marker.family, c.marker.number) for c in candidates if c.text.rstrip()[-1] in "：:"}
    return [c for c in candidates if not c.long_colon
            or {(c.marker.family, c.marker.number - 1), (c.marker.family, c.marker.number + 1)} & closed]


def statement_siblings(candidates: list[Candidate]) -> list[Candidate]:
    """A statement closed by "。" above its paragraph ("一、以党建为引领，…。" / its paragraph) is a part's
    heading beside a sibling numbered next to it and closed by "。" the same way (a statement or a
    closed heading); alone it is one more sentence of the text."""
    closed = {(c.marker.family, c.marker.number) for c in candidates
              if (c.statement or c.closed) and c.kind == "heading" and c.text.rstrip().endswith("。")}
    return [c for c in candidates if not c.statement
            or {(c.marker.family, c.marker.number - 1), (c.marker.family, c.marker.number + 1)} & closed]


def colon_label_runins(candidates: list[Candidate], accepted: list[Candidate]) -> list[Candidate]:
    """"3. 会议议题：" alone over its paragraph, between "2. 参会人员：记录…" and "4. 讨论情况：记录…": a
    label closed by its colon that no proof took, its siblings numbered next to it run-ins taken at
    their colon, is one more label of their list, its text on the next line (the line break after
    the colon kept on this one item). It runs in as they do, a label of its paragraph: no section
    of its own (in_sequence refuses a closed label beside run-ins), nor a line of body text."""
    taken = {c.index for c in accepted}
    runs_in = {(c.marker.family, c.marker.number) for c in accepted
               if c.kind == "runin" and c.text[c.cut - 1] in "：:"}
    labels = []
    for c in candidates:
        rest = c.text.rstrip()
        if (c.index not in taken and c.kind == "heading" and c.closed and c.opens_body and rest[-1] in "：:"
                and {(c.marker.family, c.marker.number - 1), (c.marker.family, c.marker.number + 1)} & runs_in):
            labels.append(Candidate(c.index, c.text, c.marker, "runin", len(rest)))
    return sorted([*accepted, *labels], key=lambda c: c.index) if labels else accepted


def clause_runins(candidates: list[Candidate]) -> list[Candidate]:
    """A run-in heading holding a comma ("1.开头很重要，要写好标题。") beside a plain run-in sibling
    numbered next to it ("2.接下来是称谓。…"); otherwise the line is what it would be without."""
    # "1.党政统领、部门协同。…" beside "2.属地为主、分级负责。…": a head that only enumerates (its
    # one mark 、, no clause's comma) is a name like a plain one, and such siblings prove each other.
    plain = {(c.marker.family, c.marker.number) for c in candidates
             if c.kind == "runin" and c.text[c.cut - 1] not in "，,"
             and (not c.clause or not re.search("[，,]", c.text[c.marker.end:c.cut]))}
    # "1、积极行动，以主人翁姿态…。" beside "2、从我做起，争当…的先锋。": heads of the naming shape
    # (shapes.named_clause_head) prove each other, no plain sibling needed.
    named = {(c.marker.family, c.marker.number) for c in candidates
             if c.clause and c.kind == "runin" and named_clause_head(c.text, c.cut, c.marker)}
    kept = []
    for position, c in enumerate(candidates):
        if (c.clause and (c.marker.family, c.marker.number) in named
                and {(c.marker.family, c.marker.number - 1), (c.marker.family, c.marker.number + 1)} & named):
            kept.append(c)
            continue
        parent = candidates[position - 1] if position else None
        # Or a part's first child right under its heading ("一、工作开展情况" then "（一）突出政治引领，
        # 组织保证作用进一步增强。…"): _sole_child decides, once the heading is accepted.
        # The page's last numbered line may stand below its part's opening paragraphs ("一、…" /
        # intro / "（一）落实整改责任，多措并举开展整改。…" and the page ends): cut_short_child decides.
        gap = 1 + CUT_SHORT_INTRO_BLOCKS if position == len(candidates) - 1 else 1
        under = (parent is not None and parent.kind == "heading" and 0 < c.index - parent.index <= gap
                 and c.marker.number == 1 and parent.marker.rank < c.marker.rank)
        if (not c.clause or under
                or {(c.marker.family, c.marker.number - 1), (c.marker.family, c.marker.number + 1)} & plain):
            kept.append(c)
        elif c.fallback:
            kept.append(c.fallback)
    return kept


def blank_siblings(candidates: list[Candidate]) -> list[Candidate]:
    """A heading set off from its body by a blank ("一、标题 在报告的第一行…") beside a sibling
    numbered next to it and set off the same way: one alone may be a name and its description."""
    blank = {(c.marker.family, c.marker.number) for c in candidates if c.blank}
    kept = []
    for position, c in enumerate(candidates):
        if (not c.blank or {(c.marker.family, c.marker.number - 1), (c.marker.family, c.marker.number + 1)} & blank
                or _first_child_cut_off(c, position, candidates)):
            kept.append(c)
        elif c.fallback:
            kept.append(c.fallback)
    return kept


def _first_child_cut_off(cand: Candidate, position: int, candidates: list[Candidate]) -> bool:
    """The page's last numbered line, numbered 1, right under a line of a higher family ("二、应急准备"
    / "1、救援机构 项目部成立…" and the page ends): a part's first child, its siblings cut off with the
    page; its place stands for the sibling (cut_short_child asks for the rest of the proof)."""
    above = candidates[position - 1] if position else None
    return (position == len(candidates) - 1 and cand.marker.number == 1 and above is not None
            and above.index == cand.index - 1 and not above.blank and above.marker.rank < cand.marker.rank)


def comma_runins_in_pairs(candidates: list[Candidate]) -> list[Candidate]:
    """A run-in closed by a comma only beside its next or previous sibling run in the same way
    ("一、预警启动，…" "二、分级响应，…"): one alone, or far from the next, is an opening clause
    ("1、在井下生产过程中，…", a provision "18.申请执行，应…"), and it proves no sibling a heading."""
    def comma(c: Candidate) -> bool:
        return c.kind == "runin" and c.text[c.cut - 1] in "，,"

    numbered = {(c.marker.family, c.marker.number) for c in candidates if comma(c)}
    return [c for c in candidates if not comma(c)
            or {(c.marker.family, c.marker.number - 1), (c.marker.family, c.marker.number + 1)} & numbered]


def comma_runins_among_sentences(texts: list[str | None], accepted: list[Candidate]) -> list[Candidate]:
    """"一、本制度适用于全体员工。" / "二、公司实行五天工作制，上午…。" / "三、员工须本人打卡，不得…。": a
    run-in closed by a comma whose sibling right before or after it (numbered one less or one more,
    nothing of its family between) is a whole sentence taken for nothing: the list is a rule book's
    provisions or a notice's items, each a sentence, and the words before each comma a sentence's
    first clause. (Dropping one leaves its own line such a sentence for the next.)"""
    def comma(c: Candidate) -> bool:
        return c.kind == "runin" and c.text[c.cut - 1] in "，,"

    while True:
        taken = {c.index for c in accepted}
        dropped = {c.index for c in accepted if comma(c) and _beside_sentence(c, texts, taken)}
        if not dropped:
            return accepted
        accepted = [c for c in accepted if c.index not in dropped]


def _beside_sentence(c: Candidate, texts: list[str | None], taken: set[int]) -> bool:
    for step, number in ((-1, c.marker.number - 1), (1, c.marker.number + 1)):
        i = c.index + step
        while 0 <= i < len(texts):
            text = texts[i]
            marker = parse_marker(text) if text else None
            if marker is not None and marker.family == c.marker.family:
                if marker.number == number and i not in taken and text.rstrip()[-1] in "。；;":
                    return True
                break
            i += step
    return False


def runins_in_pairs(accepted: list[Candidate]) -> list[Candidate]:
    """A run-in heading needs a run-in or heading sibling of its family: one alone is prose."""
    families_with_two = {c.marker.family for c in accepted
                         if sum(o.marker.family == c.marker.family for o in accepted) >= 2}
    return [c for c in accepted if c.kind != "runin" or c.marker.family in families_with_two]


# A field's label: a few words ("列席人員", "會議地點", "主持人").
FIELD_LABEL_MAX_CHARS = 8


def _empty_label(c: Candidate) -> bool:
    """"四、列席人員：": a label and its colon, nothing after."""
    label = c.text[c.marker.end:].rstrip()
    return (c.kind == "heading" and label[-1:] in ("：", ":")
            and 0 < visible_len(label[:-1]) <= FIELD_LABEL_MAX_CHARS and not re.search("[：:，,。]", label[:-1]))


def _blank_field(c: Candidate, at: dict[int, Candidate]) -> bool:
    """An empty label with no text of its own: its next sibling right below it. (With a short line
    between, "二、地點：" / "學校圖書館" reads as a record's field and "一 活动主题 :" / "重温入党誓词…"
    as a 方案's part alike: no shape tells them apart.)"""
    other = at.get(c.index + 1)
    return (_empty_label(c) and other is not None and other.marker.family == c.marker.family
            and other.marker.number == c.marker.number + 1)


def field_runs(candidates: list[Candidate]) -> list[Candidate]:
    """"一、活动主题：我爱读书" right above "二、活动目的：倡导…" or "二、主办单位：xx村委会": a label
    and its value beside a sibling block that is a label and its value too are the fields of a
    notice, each run in at its colon. Alone ("一、引言：从…到…" above body text) the line keeps its
    subtitle and stays a heading."""
    def colon_field(c: Candidate) -> bool:
        return c.field or (c.kind == "runin" and c.text[c.cut - 1] in "：:")

    at = {c.index: c for c in candidates}
    # (a label left blank among them is a field too: "一、會議時間：…" above "二、地點：" / its value)
    fields = {c.index: c.marker.family for c in candidates if colon_field(c) or _blank_field(c, at)}
    beside = {c.index for c in candidates if c.marker.family in (fields.get(c.index - 1), fields.get(c.index + 1))}
    # "（一）宣传：海报、横幅…" … its list … "（二）参加方式：组织各班参加": siblings that are every one a
    # label and its value, none opening a paragraph, are fields alike though lines stand between
    # them (a level must agree with its siblings'). Each above its own paragraph ("一、引言：从…到…")
    # they are headings with subtitles.
    family_lines: dict[str, list[Candidate]] = {}
    for c in candidates:
        family_lines.setdefault(c.marker.family, []).append(c)
    # (a line right over its own first child section, "一、动笔之前：把材料收拢起来" over "1.1 翻台账：…"
    # over its paragraph, heads a part as a line over its paragraph does: its colon gives the part a
    # subtitle, no field's value)
    all_fields = {family for family, lines in family_lines.items()
                  if len(lines) >= 2 and all(colon_field(c) and not c.opens_body and not _over_first_child(c, at)
                                             for c in lines)}
    # "1.考试时间：1月7日" over "2.考场安排：" / its paragraph / "3.考务室：行政楼二楼": a label and
    # its value with its next sibling right under it says all it has to say on its line, a
    # notice's field, though the siblings around it head paragraphs.
    return [c.fallback if c.field and c.fallback and (c.index in beside or c.marker.family in all_fields
                                                       or c.heads_sibling) else c
            for c in candidates]


def _over_first_child(cand: Candidate, at: dict[int, Candidate]) -> bool:
    """The line right below `cand` is a numbered line of a lower family numbered 1 over a paragraph
    of its own: its first child section. (A field's list, "（一）宣传：展板、横幅" over "1、展板：2块…。"
    "2、…", heads no paragraph: the field keeps its run-in.)"""
    child = at.get(cand.index + 1)
    return (child is not None and child.marker.number == 1 and child.marker.family != cand.marker.family
            and child.marker.rank > cand.marker.rank and child.opens_body)


def empty_fields(candidates: list[Candidate], accepted: list[Candidate],
                 texts: list[str | None] | None = None) -> list[Candidate]:
    """"三、出席人員：如簽到表" / "四、列席人員：" / "五、主席：" / "六、報告事項": a label closed by its
    colon with nothing after it, right above its next sibling (no text of its own), is a field of
    a record left blank, not a section, when the siblings in the blocks around it are a record's
    fields: one of them a label and its value, or the run opening the numbering (a blank form:
    "一、會議時間：" "二、會議地點：" …). After parts with text of their own ("三、活动目的：" / its
    paragraph / "四、主办单位：" "五、活动时间："), empty labels are a template's parts still to be
    filled in, and stay. A label above its own text ("七、討論事項：" / "案由：…") stays a heading."""
    at = {c.index: c for c in candidates}

    def valued(c: Candidate) -> bool:
        return c.field or (c.kind == "runin" and c.text[c.cut - 1] in "：:")

    def sibling(c: Candidate, step: int) -> Candidate | None:
        other = at.get(c.index + step)
        return (other if other and other.marker.family == c.marker.family
                and other.marker.number == c.marker.number + step else None)

    dropped = set()
    for c in accepted:
        # (or the record's last field, left blank right under a field left blank too and opening
        # no text: "四、列席人員：" / "五、主席：" / a line no numbering reads, "##CONTINUE##六、…";
        # under a field with a value, "五 活动参加人员 :" / "支部全体党员" is a part and its text)
        # (a label over its own list, "四、出题依据：" / "1.…", heads it: it stays)
        below = texts[c.index + 1] if texts and c.index + 1 < len(texts) else None
        last = (_empty_label(c) and (not c.opens_body or _closes_a_blank_form(c, sibling, candidates))
                and (above := sibling(c, -1)) is not None
                and above.index == c.index - 1 and _empty_label(above) and not (below and parse_marker(below)))
        if not (_blank_field(c, at) or last):
            continue
        run = [c]
        while (before := sibling(run[0], -1)) is not None:
            run.insert(0, before)
        while (after := sibling(run[-1], 1)) is not None:
            run.append(after)
        if any(valued(o) for o in run) or run[0].marker.number == 1:
            dropped.add(c.index)
    return [c for c in accepted if c.index not in dropped] if dropped else accepted


# A blank form's fields stacked one on the other above its last: this many at least.
FORM_FIELDS_ABOVE_MIN = 2
# A form numbers its fields as a list numbers its items ("1、", "（1）"); a record or a template
# numbering them as its parts ("一、會議時間：" … "四、會議內容：" / its text) holds text under the last.
FORM_ITEM_FAMILIES = ("arabic", "paren_arabic")


def _closes_a_blank_form(c: Candidate, sibling, candidates: list[Candidate]) -> bool:
    """"1、姓名：" / "2、联系电话：" / "3、服务意向：" / "请如实填写…。": the last of a form's labels left
    blank, stacked right under its blank siblings (two or more) and numbered on by no line below,
    is the form's last field though a sentence follows it: the sentence closes the form (the
    labels above it had no text either). Fields numbered as parts (一、) are a record's, whose last
    part holds the record's text; a template's part with text under it and a sibling further
    down ("三、活动内容：" / its paragraph / "四、…") stays a heading too."""
    if c.marker.family not in FORM_ITEM_FAMILIES:
        return False  # ("四、會議內容：" / its paragraphs: a record's part numbered as parts are, its text)
    run, at = 0, c
    while (above := sibling(at, -1)) is not None and above.index == at.index - 1 and _empty_label(above):
        run, at = run + 1, above
    return (run >= FORM_FIELDS_ABOVE_MIN
            and not any(o.index > c.index and o.marker.family == c.marker.family
                        and o.marker.number == c.marker.number + 1 for o in candidates))


# "议程如下：" "主要内容：": a line introducing the list right below it; so does one counting the
# parts it names ("正文一般包括原因和具体事项两部分。", "主要有以下三点。").
_INTRODUCES_LIST = re.compile(r"(?:[：:]|(?:[两二三四五六七八九十几]|\d)\s*个?(?:部分|方面|类|种|点|项|步)[。.]?)\s*$")
# An agenda's items are short noun phrases ("年度工作汇报", "考评").
AGENDA_ITEM_MAX_CHARS = 12


def drop_empty_items(accepted: list[Candidate], texts: list[str | None], ranks: dict[str, int]) -> list[Candidate]:
    """"三、会议内容" / "1、年度工作汇报" / "2、考评" / "四、参会人员": numbered lines in a row right under
    their parent, the last followed by the parent's next sibling (or the page's end), none with a
    line of its own below it: the items of an agenda, a list inside the part, not sections. So are
    short items in a row right under a line introducing them ("会议议程如下：" / "1、传达文件精神" /
    "2、部署工作"), whatever follows the last. (Three or more in a row are a list anyway,
    drop_list_runs.)"""
    by_index = {c.index: c for c in accepted}
    dropped: set[int] = set()
    for cand in accepted:
        if cand.kind != "heading" or cand.marker.family in ORDINAL_FAMILIES or cand.index == 0:
            continue
        before = by_index.get(cand.index - 1)
        above = texts[cand.index - 1]
        introduces = before is None and bool(above) and bool(_INTRODUCES_LIST.search(above))
        introduced = introduces and parse_marker(above) is None
        labelled = before is None and _list_label(above)
        # "4. 办公室工作时间如下：" / "1. 上午…：周一至周五" / "2. 中午…：午餐时间": an item of a list
        # (no heading itself) opening a list of its own, numbered afresh: its sub-items, whatever
        # their length.
        sub_items = introduces and not introduced and cand.marker.number == 1
        under_parent = before is not None and ranks[before.marker.family] < ranks[cand.marker.family]
        if not (introduced or sub_items or under_parent or labelled):
            continue  # not the first item right under its parent or its introducing line
        run = [cand]
        while ((item := by_index.get(run[-1].index + 1)) and item.kind == "heading"
               and item.marker.family == cand.marker.family):
            run.append(item)
        after = by_index.get(run[-1].index + 1)
        if sub_items:
            ends_part = True
        elif introduced:
            ends_part = all(visible_len(c.text[c.marker.end:]) <= AGENDA_ITEM_MAX_CHARS for c in run)
        elif labelled and not under_parent:
            # "代表团会议" / "1.审议工作报告" / "2.审议候选项目" / "全体会议"; "温馨提示" / "1.…" / "2.…" /
            # "不便之处，敬请谅解。": items right under a short label, none with a line of its own
            # below it but the last, which the text after the list follows: the label's list.
            ends_part = after is None
        else:
            ends_part = ((after is not None and ranks[after.marker.family] <= ranks[before.marker.family])
                         or not any(texts[run[-1].index + 1:]))
        if len(run) >= 2 and ends_part:
            dropped.update(c.index for c in run)
    return [c for c in accepted if c.index not in dropped]


# A label naming the list below it ("会议内容", "任职要求", "第一天下午"): a short line with no mark
# of a sentence, a clause or a number.
LIST_LABEL_MAX_CHARS = 10


def _list_label(text: str | None) -> bool:
    return (bool(text) and visible_len(text) <= LIST_LABEL_MAX_CHARS and parse_marker(text) is None
            and not _UNNUMBERED_PUNCT.search(text))


# A chain of first children: at most this many nested parts open one below the other.
CHAIN_MAX_LINES = 4


def first_child_chains(texts: list[str | None], candidates: list[Candidate], accepted: list[Candidate],
                       ranks: dict[str, int]) -> list[Candidate]:
    """"一、上半年工作完成情况" / "（一）坚持…双向发力" / "1.积极推进…。通过…": parts opening one inside the
    other, each the first child of the line above it (numbered 1, of a lower family, in the next
    block), the innermost opening body text (run in, or above a paragraph or its own first child
    "（1）…"): each line is proven by its place, though the page was cut before any sibling. The
    outermost may carry any number when it is the only line of its family (an excerpt showing one
    "四、…" part). Closed lines ("（一）…。") and a chain's members already in a list stay as they were."""
    chosen: set[int] = set()
    taken = {c.index for c in accepted}
    for start, head in enumerate(candidates):
        if head.kind != "heading" or head.closed or head.marker.family in ORDINAL_FAMILIES:
            continue
        if head.marker.number != 1 and sum(c.marker.family == head.marker.family for c in candidates) != 1:
            continue
        if start and candidates[start - 1].index == head.index - 1 and candidates[start - 1].marker.number == 1:
            continue  # inside a longer chain: its own head decides
        chain = [head]
        for cand in candidates[start + 1:start + CHAIN_MAX_LINES]:
            last = chain[-1]
            if (cand.index != last.index + 1 or cand.marker.number != 1 or last.kind != "heading"
                    or ranks[cand.marker.family] <= ranks[last.marker.family]
                    or cand.marker.family in ORDINAL_FAMILIES or cand.closed):
                break
            chain.append(cand)
        if len(chain) < 2 or not _opens_body_text(chain[-1], texts):
            continue
        chosen.update(c.index for c in chain if c.index not in taken)
    if not chosen:
        return accepted
    return sorted([*accepted, *(c for c in candidates if c.index in chosen)], key=lambda c: c.index)


def _opens_body_text(cand: Candidate, texts: list[str | None]) -> bool:
    """A chain's innermost line: run in, above its body, or above a deeper line numbered 1."""
    if cand.kind == "runin" or (cand.kind == "heading" and cand.opens_body):
        return True
    following = next((t for t in texts[cand.index + 1:cand.index + 2] if t), None)
    child = parse_marker(following) if following else None
    return (cand.kind == "heading" and child is not None and child.number == 1
            and child.rank > cand.marker.rank and is_body(following))


def under_provisions(texts: list[str | None], candidates: list[Candidate], accepted: list[Candidate],
                     ranks: dict[str, int]) -> list[Candidate]:
    """"三、本办法的考勤规定如下：" / "（一）弹性上班时间：" / "1.上班：…。": numbered lines under a
    numbered line that is no heading of any shape (a provision written as a sentence, or one
    introducing what follows) are that provision's items, not sections: a section's parent is
    a section. The parent is the nearest numbered line above of a higher family, in the
    conventional order and the page's own (a page that puts "1、" above "（一）" is not judged so).
    A heading glued to its body ("1.2 编制依据 依据…", kind "split") proves itself by its form, and
    an outline's number ("5.3.1 迟到：") states its level itself, whatever its parent's shape."""
    shaped = {c.index for c in candidates}
    dropped: set[int] = set()
    for cand in accepted:
        if (cand.kind != "heading" or cand.marker.family in ORDINAL_FAMILIES
                or cand.marker.family.startswith("decimal")):
            continue
        rank = ranks[cand.marker.family]
        for index in range(cand.index - 1, -1, -1):
            marker = parse_marker(texts[index]) if texts[index] else None
            if marker is None or marker.rank >= cand.marker.rank:
                continue
            if ranks.get(marker.family, marker.rank) >= rank:
                break  # the page ranks them the other way round: no parent to judge by
            if index not in shaped and marker.family not in ORDINAL_FAMILIES and marker.family != "tiao":
                dropped.add(cand.index)
            break
    return [c for c in accepted if c.index not in dropped] if dropped else accepted
