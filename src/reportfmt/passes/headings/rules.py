"""Which lines are headings, run-in headings or articles, and at what level.

Works on the plain text of a document's top-level blocks (None for blocks that are not
paragraphs), so the rules can be read and tested without any AST. The order of decisions:
1. shape: what each line looks like on its own (marker, length, punctuation);
2. context: （一）/1. items inside a 第X条 article and numbered lists under a 版权说明 are
   list items, never headings;
3. sequence: 一、二、三、 in order under the same parent are headings, a lone "一、" is not
   (unless it is the page's only section, opening body text: a page cut short);
4. lists: three numbered lines in a row with no body text between them are a list;
5. levels: the families present are ranked in the conventional order, highest = level 1.
Sample markers ("篇一", samples.py) make top-level headings on pages holding several samples.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from .glued import blank_cut, glued_cut
from .labels import (
    ATTACHMENT_FAMILY,
    attachment_title,
    bare_headings,
    between_body,
    bracket_labels,
    carried_titles,
    parent_lines,
    part_labels,
    unnumbered_shape,
)
from .lookalikes import is_fill_in, is_question, table_header_cut, toc_entries
from .measure import HAS_WORD as _HAS_WORD
from .measure import LINE_PUNCT as _UNNUMBERED_PUNCT
from .measure import OPEN_END as _OPEN_END
from .measure import SENTENCE_INSIDE as _SENTENCE_INSIDE
from .measure import UNNUMBERED_MAX_CHARS, is_body, opens_with_body, squeeze, visible_len
from .numbering import ORDER, ORDINAL_FAMILIES, STANDALONE_HEADING, Marker, parse_marker
from .samples import announces_samples, sample_marker

HEADING_MAX_CHARS = 45
RUNIN_MAX_CHARS = 25
MAX_LEVEL = 6
# The family of a bare line heading a numbered part: "parent:" + its first child's family.
PARENT_PREFIX = "parent:"
# The family of a 范文 page's part labels ("倡议书格式：", "倡议书范文：", labels.part_labels).
PART_FAMILY = "page-part"

# A run-in heading: a short phrase closed by 。 or ：, then body text in the same paragraph.
# (scanned to twice the length: pinyin glosses inside do not count, runin_cut measures)
_RUNIN = re.compile(rf"(?P<head>[^，,。；;：:！!？?、“”\"《》]{{2,{2 * RUNIN_MAX_CHARS}}}?)[。：:](?P<body>.+)")
RUNIN_COMMA_MAX_CHARS = 12
RUNIN_COMMA_BODY_MIN = 10
_RUNIN_COMMA = re.compile(rf"(?P<head>[^，,。；;：:！!？?、“”\"《》]{{2,{RUNIN_COMMA_MAX_CHARS}}})[，,](?P<body>.+)")
# "修改为：" "如下：" introduce a quotation or a list; the phrase before them is no heading.
_INTRODUCER_END = re.compile(r"(?:为|如下|下列|以下|包括|是|有|规定|指|即|(?<![名职])称)$")
# A numbered list under one of these is a disclaimer or notice, not document structure.
_DISCLAIMER = re.compile(r"^(?:版权|免责|特别)?(?:说明|声明|须知)\s*[:：]?$")


# A numbered line closed by "。" is a heading ("（一）写实性。") when body text follows; one
# closed by "：" ("1、特点：") when it is a few words.
CLOSED_MAX_CHARS = 30
COLON_MAX_CHARS = 12
# Numbered lines in a row with no body between them: a list, not sections.
LIST_RUN = 3
# A sample marker alone ("篇一：") takes the short line after it as its name.
SAMPLE_NAME_MAX_CHARS = 40
# "【致辞人】××市…" under a bare sample marker: a field of the sample, not its name.
_LABELLED_FIELD = re.compile(r"^\s*[【\[][^】\]]{1,8}[】\]]\s*\S")
# Markdown bold a page printed literally around a heading: "**一、标题**".
_BOLD = re.compile(r"^\*\*(.+)\*\*$")


@dataclass(frozen=True)
class Decision:
    """What a numbered line becomes: a heading (and its level), a run-in label…"""
    kind: str  # "heading" | "runin" | "article" | "split" (a heading glued to its body)
    family: str  # a numbering family, "sample", "standalone", "attachment" or "unnumbered"
    level: int = 0
    # runin and split: where the heading part ends; article: where the 第X条 label ends.
    cut: int = 0
    # A bare sample marker takes the next line (the sample's name) into its heading.
    joins_next: bool = False


# "2、心得体会怎么写？心得体会的写法": a question and the name of its answer, one heading (the
# name is a noun phrase: "…的写法", "格式"; "为什么入党？因为…" answers with a sentence).
_ASKED_AND_NAMED = re.compile(
    r"[^，,。；;：:！!？?、]{2,15}[？?]"
    r"[^，,。；;：:！!？?、]{0,12}(?:写法|寫法|格式|方法|定义|定義|含义|含義|要求|内容|內容|步骤|步驟|技巧|事项|事項"
    r"|作用|意义|意義|特点|特點|结构|結構|要点|要點|原则|原則)")


def heading_shape(text: str, marker: Marker) -> bool:
    """A numbered line short and open enough to be a heading on its own (a question heading,
    "一、什么是心得？", ends with its question mark; "2、…怎么写？…的写法" asks and names)."""
    rest = text[marker.end:].strip()
    core = rest[:-1] if rest.endswith(("？", "?")) else rest
    if _ASKED_AND_NAMED.fullmatch(core):
        core = core.replace("？", "").replace("?", "")
    if visible_len(text) > HEADING_MAX_CHARS or _SENTENCE_INSIDE.search(text[:marker.end] + core):
        return False
    if marker.family in ORDINAL_FAMILIES:
        # "第一章" alone is a heading whose name may follow on the next line.
        return not rest or rest[-1] not in _OPEN_END
    return len(core) >= 2 and bool(_HAS_WORD.search(core)) and core[-1] not in _OPEN_END


def closed_shape(text: str, marker: Marker, following: str | None) -> bool:
    """"（一）写实性。" before body text, "1、特点：" before anything: headings closed by a mark."""
    rest = text[marker.end:].strip()
    if not rest or marker.family in ORDINAL_FAMILIES or following is None:
        return False
    core = rest[:-1]
    # A colon inside ("正文：正文部分可分为…。") makes a label and its text: a run-in.
    if len(core) < 2 or _SENTENCE_INSIDE.search(core) or re.search("[：:]", core) or not _HAS_WORD.search(core):
        return False
    if rest[-1] == "。" and re.search("[，,].*[“”\"]", core):
        return False  # "（二）称呼，标题下一行顶格写“…”。": a label and an instruction quoting text
    if rest[-1] == "。":
        # Body text follows, or the first of its own numbered parts ("（二）…。" then "1.…").
        child = parse_marker(following)
        opens = (is_body(following) and child is None) or (child is not None and child.rank > marker.rank)
        return visible_len(core) <= CLOSED_MAX_CHARS and opens
    return rest[-1] in "：:" and visible_len(core) <= COLON_MAX_CHARS and not _INTRODUCER_END.search(core)


def long_colon_shape(text: str, marker: Marker) -> bool:
    """"二、货运停运及车辆限行相关通知：" above body text: a heading closed by a colon, longer
    than closed_shape's labels, without a comma or a sentence end. Alone it may as well be a
    sentence introducing what follows; _colon_siblings asks for a sibling closed the same way."""
    rest = text[marker.end:].strip()
    if marker.family in ORDINAL_FAMILIES or not rest or rest[-1] not in "：:":
        return False
    core = rest[:-1]
    return (COLON_MAX_CHARS < visible_len(core) <= CLOSED_MAX_CHARS and not _INTRODUCER_END.search(core)
            and not _UNNUMBERED_PUNCT.search(core) and bool(_HAS_WORD.search(core)))


def comma_runin_cut(text: str, marker: Marker) -> int:
    """A few words closed by a comma ("一、预警系统的启动，发生…时") run in too, when nothing
    else fits; such run-ins come in pairs (_comma_runins_in_pairs)."""
    comma = _RUNIN_COMMA.match(text, marker.end)
    if comma and len(comma.group("body").strip()) >= RUNIN_COMMA_BODY_MIN:
        head = comma.group("head").strip()
        if not (_INTRODUCER_END.search(head) or _CLAUSE.search(head)):
            return comma.start("body")
    return 0


# An opening clause, not a heading: a condition or a time ("…以内的，", "在…过程中，", "如果…，").
_CLAUSE = re.compile(r"^(?:在|对|从|为|按|根据|通过|随着|由于|当|自|如果|若|凡|经|因)|[的时后前中内外下上里]$")


def runin_cut(text: str, marker: Marker) -> int:
    """Offset where a run-in heading ("（一）加强组织建设。正文…") ends, or 0."""
    match = _RUNIN.match(text, marker.end)
    if not match or len(match.group("body").strip()) < 2:
        return 0
    if re.match(r"\d[:：]\d", text[match.start("body") - 2:match.start("body") + 1]):
        return 0  # "…上午9:50入场": a time, not a heading's colon
    head = match.group("head").strip()
    if visible_len(head) > RUNIN_MAX_CHARS:
        return 0
    if _INTRODUCER_END.search(head) or match.group("body").lstrip().startswith(("“", "\"", "《")):
        return 0
    return match.start("body")


# "1.开头很重要，要写好标题。正文…": a run-in heading holding a comma (or an enumeration comma:
# "（一）实施机关、事业单位带头安置残疾人就业行动。"), beside plain run-in siblings.
_RUNIN_CLAUSE = re.compile(rf"(?P<head>[^。；;：:！!？?“”\"《》]{{2,{RUNIN_MAX_CHARS}}}?)。(?P<body>.+)")


def clause_runin_cut(text: str, marker: Marker) -> int:
    """Offset where a run-in heading of two short clauses ends, or 0 (rules.py asks for a plain
    run-in sibling next to it: alone it is a provision's first sentence)."""
    match = _RUNIN_CLAUSE.match(text, marker.end)
    if not match or len(match.group("body").strip()) < RUNIN_COMMA_BODY_MIN:
        return 0
    head = match.group("head")
    if not re.search("[，,、]", head) or visible_len(head) > RUNIN_MAX_CHARS or _CLAUSE.search(head):
        return 0
    return match.start("body")


# "4、署名和日期。" closing a part whose items run in: a few words and nothing after them.
CLOSING_ITEM_MAX_CHARS = 8


def _closes_runins(text: str, marker: Marker, following: str | None, previous: _Candidate) -> bool:
    """The last item of a run-in list with no text of its own: "1、标题。…" "2、称呼。…" then
    "4、署名和日期。" right before the next part ("（二）…") or the page's end."""
    rest = text[marker.end:].strip()
    after = parse_marker(following) if following else None
    return (rest.endswith("。") and 2 <= visible_len(rest[:-1]) <= CLOSING_ITEM_MAX_CHARS
            and not _UNNUMBERED_PUNCT.search(rest[:-1])
            and (following is None or (after is not None and after.rank < marker.rank))
            and previous.kind == "runin" and previous.marker.family == marker.family
            and previous.marker.number == marker.number - 1 and previous.text[previous.cut - 1] == "。")


@dataclass
class _Candidate:
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
    # What the line is when its blank or clause proves nothing (no sibling shaped the same way).
    fallback: _Candidate | None = None


def decide(texts: list[str | None], *, title: str | None = None, articles: bool = False,
           split_runin: bool = False) -> dict[int, Decision]:
    """Decisions for the blocks that become headings, run-ins or articles (by block index)."""
    title_key = squeeze(title) if title else None
    texts = [_unwrap_bold(t) for t in texts]
    # "篇1" after the title's own words counts only where the page announces several samples.
    # So does a first sample numbered 1 under the title's own words ("工作方案 1").
    numbered_first = bool(title_key) and any(t and re.match(rf"{re.escape(title_key)}1(?!\d)", squeeze(t))
                                             for t in texts)
    announced = numbered_first or announces_samples([title or "", *[t or "" for t in texts[:3]]])
    sample_title = title_key if announced else None
    candidates: list[_Candidate] = []
    found: dict[int, Decision] = {}
    in_article = False
    in_disclaimer = False
    toc = toc_entries(texts, lambda t: parse_marker(t) is not None)
    for index, text in enumerate(texts):
        if not text:
            continue
        if title_key and squeeze(text) == title_key:
            continue  # the title is metadata already; a repeat of it is no heading
        following = next((t for t in texts[index + 1:index + 2]), None)
        if sample := sample_marker(text, sample_title, announced=announced):
            found[index] = _sample_decision(text, sample.end, sample.bare, following)
            in_article = in_disclaimer = False
            continue
        if _DISCLAIMER.match(text):
            in_disclaimer = True
            continue
        marker = parse_marker(text)
        if marker is None:
            if STANDALONE_HEADING.match(text):
                # "附件" above the attachment's own title: the title is the heading.
                if text.startswith("附件") and attachment_title(texts, index + 1):
                    found[index + 1] = Decision("heading", ATTACHMENT_FAMILY)
                else:
                    found[index] = Decision("heading", "standalone")
                in_article = False
            continue
        if marker.family == "tiao":
            label_end = len(text[:marker.end].rstrip())
            found[index] = Decision("article", "tiao", cut=label_end)
            in_article = True
            continue
        if marker.family in ORDINAL_FAMILIES or marker.family == "yi":
            # A new chapter, section or 一、 part closes the article before it.
            in_article = in_article and not heading_shape(text, marker)
        if (in_article or in_disclaimer) and ORDER[marker.family] > ORDER["tiao"]:
            continue  # （一） inside an article, 1、 under 版权说明: list items
        rest = text[marker.end:]
        if index in toc or is_fill_in(rest) or is_question(rest):
            continue  # lookalikes.py: a TOC entry, a form's blank, a question of a Q&A list
        if "|" in rest or "｜" in rest:
            # A table's cells: no heading, unless one is glued to the table's header row.
            cut = table_header_cut(text, marker.end)
            if cut and heading_shape(text[:cut], marker):
                candidates.append(_Candidate(index, text, marker, "split", cut, opens_body=True))
            continue
        opens_body = opens_with_body(following) and parse_marker(following or "") is None
        if heading_shape(text, marker):
            candidates.append(_Candidate(index, text, marker, "heading", opens_body=opens_body))
        elif closed_shape(text, marker, following):
            candidates.append(_Candidate(index, text, marker, "heading", opens_body=opens_body, closed=True))
        elif opens_body and long_colon_shape(text, marker):
            candidates.append(_Candidate(index, text, marker, "heading", opens_body=True, closed=True,
                                         long_colon=True))
        elif cut := blank_cut(text, marker):
            # Alone, the blank proves nothing: the line may still run in ("3.第三 是写正文。…").
            runin = runin_cut(text, marker)
            fallback = _Candidate(index, text, marker, "runin", runin) if runin else None
            candidates.append(_Candidate(index, text, marker, "split", cut, opens_body=True, blank=True,
                                         fallback=fallback))
        elif cut := runin_cut(text, marker):
            candidates.append(_Candidate(index, text, marker, "runin", cut))
        elif marker.family in ("yi", "paren_cn") and (cut := glued_cut(text, marker)):
            candidates.append(_Candidate(index, text, marker, "split", cut, opens_body=True))
        elif cut := clause_runin_cut(text, marker):
            comma = comma_runin_cut(text, marker)
            candidates.append(_Candidate(index, text, marker, "runin", cut, clause=True,
                                         fallback=_Candidate(index, text, marker, "runin", comma) if comma else None))
        elif cut := comma_runin_cut(text, marker):
            candidates.append(_Candidate(index, text, marker, "runin", cut))
        elif candidates and _closes_runins(text, marker, following, candidates[-1]):
            candidates.append(_Candidate(index, text, marker, "runin", len(text.rstrip())))
    candidates = _blank_siblings(_colon_siblings(_comma_runins_in_pairs(_clause_runins(candidates))))
    ranks = document_ranks([c.marker.family for c in candidates])
    accepted = [c for c in candidates if _in_sequence(c, candidates, ranks)]
    accepted = _drop_list_runs(_runins_in_pairs(accepted))
    accepted = _first_children(candidates, accepted, ranks)
    accepted = _cut_short_child(texts, candidates, accepted, ranks)
    accepted = _heads_of_children(candidates, accepted, ranks)
    for cand in accepted:
        found[cand.index] = Decision(cand.kind, cand.marker.family, cut=cand.cut)
    _add_unnumbered(found, texts, accepted, ranks, title_key)
    return _assign_levels(found, ranks, articles=articles, split_runin=split_runin)


def _add_unnumbered(found: dict[int, Decision], texts: list[str | None], accepted: list[_Candidate],
                    ranks: dict[str, int], title_key: str | None) -> None:
    """Headings without numbers (labels.py): bracketed labels, the line above a part's first
    numbered child (ranked just above that child's family), and short bare lines before body
    text on a page with no numbered headings at all."""
    def free(i: int) -> bool:
        return i not in found and not (title_key and squeeze(texts[i] or "") == title_key)

    for index, cut in bracket_labels(texts, is_body).items():
        if free(index):
            kind = "heading" if cut >= len(texts[index]) else "split"
            found[index] = Decision(kind, "bracket", cut=0 if kind == "heading" else cut)
    # Above a first "一、" stands the document's own title as often as a part's (a compilation's
    # next document, an attachment): only the parts below 一、 prove their parent this way.
    children = [(c.index, c.marker.family) for c in accepted
                if c.kind == "heading" and c.marker.number == 1 and ranks[c.marker.family] > ORDER["yi"]]
    for index, family in parent_lines(texts, children, unnumbered_shape).items():
        if free(index):
            found[index] = Decision("heading", f"{PARENT_PREFIX}{family}")
            ranks[f"{PARENT_PREFIX}{family}"] = ranks[family] - 0.5
    for index in carried_titles(texts):
        if free(index):
            found[index] = Decision("heading", ATTACHMENT_FAMILY)
    if any(d.family == ATTACHMENT_FAMILY for d in found.values()):
        ranks[ATTACHMENT_FAMILY] = ORDER["sample"] + 0.5
    if parts := [i for i in part_labels(texts, title_key) if free(i)]:
        # Two labels (the format, the sample) divide the page above its numbered parts; one alone
        # ("例文：…" after the format's parts) stands beside the page's top sections.
        tops = [ranks[d.family] for d in found.values() if d.family in ranks and d.family != "sample"]
        top = min(tops, default=ORDER["yi"])
        ranks[PART_FAMILY] = top - 0.5 if len(parts) >= 2 else top
        found.update({i: Decision("heading", PART_FAMILY) for i in parts})
    if not any(d.kind in ("heading", "split") for d in found.values()) and not _has_articles(found):
        found.update({i: Decision("heading", "unnumbered") for i in bare_headings(texts, title_key)})
    elif not _has_articles(found):
        first_parts = {c.index: c.marker.family for c in accepted if c.kind == "heading" and c.marker.number == 1}
        chosen = between_body(texts, title_key, set(first_parts))
        # They rank just above the numbered part one of them heads ("作用" above "1.报告题目").
        headed = next((first_parts[i + step] for i in chosen for step in (1, 2, 3) if i + step in first_parts), None)
        for index in chosen:
            if free(index) and headed:
                found[index] = Decision("heading", f"{PARENT_PREFIX}{headed}")
                ranks[f"{PARENT_PREFIX}{headed}"] = ranks[headed] - 0.5


# The middle families, whose order pages invert: many template-site writers put "1、" above
# "（一）". Among these the page's own order (first appearance) decides; 章, 节, 一、 and 条 keep
# the conventional order above them.
_MIDDLE_FAMILIES = ("paren_cn", "arabic", "paren_arabic")


def document_ranks(families: list[str]) -> dict[str, int]:
    """Rank of each family for this document: the conventional order, with the middle
    families in the order the document first uses them."""
    seen = list(dict.fromkeys(f for f in families if f in _MIDDLE_FAMILIES))
    slots = sorted(ORDER[f] for f in seen)
    ranks = dict(ORDER)
    ranks.update(zip(seen, slots, strict=True))
    return ranks


def _first_children(candidates: list[_Candidate], accepted: list[_Candidate],
                    ranks: dict[str, int]) -> list[_Candidate]:
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


def _heads_of_children(candidates: list[_Candidate], accepted: list[_Candidate],
                       ranks: dict[str, int]) -> list[_Candidate]:
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


# A page cut short right after a part's first child: at most this many blocks follow the child.
CUT_SHORT_TAIL_BLOCKS = 3
# Body paragraphs between a part's heading and its first child ("一、…" intro "（一）…").
CUT_SHORT_INTRO_BLOCKS = 2
# The only numbered line of a page cut short, a run-in: its heading a few words.
RUNIN_SOLE_MAX_CHARS = 10
# "问题主要有以下几个方面，下面逐一说明": a paragraph announcing points; what follows it may be
# the first of a list, and with its siblings cut off nothing tells which.
_ANNOUNCES_POINTS = re.compile(r"如下|以下|下列|下面|几个方面|几点")


def _cut_short_child(texts: list[str | None], candidates: list[_Candidate], accepted: list[_Candidate],
                     ranks: dict[str, int]) -> list[_Candidate]:
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
        sole_runin = (last.kind == "runin" and last.marker.family == "yi"
                      and visible_len(last.text[last.marker.end:last.cut]) <= RUNIN_SOLE_MAX_CHARS)
        return [*accepted, last] if sole_runin else accepted
    parent = candidates[-2]
    between = [t for t in texts[parent.index + 1:last.index] if t]
    shaped = ((last.kind == "heading" and last.opens_body and not last.closed) or last.kind == "runin")
    under = ((parent.kind == "heading" and len(between) <= CUT_SHORT_INTRO_BLOCKS
              and all(is_body(t) and not _ANNOUNCES_POINTS.search(t) for t in between))
             or (parent.kind == "runin" and last.kind == "runin" and not between))
    if (shaped and under and parent in accepted
            and ranks[parent.marker.family] < ranks[last.marker.family]):
        return [*accepted, last]
    return accepted


def _sole_child(cand: _Candidate, parent: _Candidate, candidates: list[_Candidate], taken: set[int]) -> bool:
    """"（一）在…方面" right under the heading "一、存在的主要问题", opening body text (or running in:
    "（一）绩效考核标准：1.…"), the only line of its family on a page cut short: a part's first
    child, proven by its place."""
    return (((cand.kind == "heading" and not cand.closed) or cand.kind == "runin") and parent.index in taken
            and parent.kind == "heading" and parent.index == cand.index - 1
            and sum(c.marker.family == cand.marker.family for c in candidates) == 1)


def _unwrap_bold(text: str | None) -> str | None:
    match = _BOLD.match(text) if text else None
    return match.group(1) if match else text


def _sample_decision(text: str, end: int, bare: bool, following: str | None) -> Decision:
    """A sample marker: a heading, split off the text glued to it, or joined with its name."""
    if end < len(text):
        return Decision("split", "sample", cut=end)
    names_it = (bare and following is not None and len(squeeze(following)) <= SAMPLE_NAME_MAX_CHARS
                and not _SENTENCE_INSIDE.search(following) and parse_marker(following) is None
                and sample_marker(following) is None and not _LABELLED_FIELD.match(following))
    return Decision("heading", "sample", joins_next=names_it)


def _drop_list_runs(accepted: list[_Candidate]) -> list[_Candidate]:
    """Three or more numbered lines of a family in consecutive blocks, no body between: a list."""
    runs: list[list[_Candidate]] = []
    run: list[_Candidate] = []
    for cand in accepted:
        if (run and cand.kind == "heading" and cand.marker.family == run[-1].marker.family
                and cand.index == run[-1].index + 1):
            run.append(cand)
            continue
        runs.append(run)
        run = [cand] if cand.kind == "heading" and cand.marker.family not in ORDINAL_FAMILIES else []
    runs.append(run)
    listed = {c.index for r in runs if len(r) >= LIST_RUN for c in r}
    return [c for c in accepted if c.index not in listed]


def _in_sequence(cand: _Candidate, candidates: list[_Candidate], ranks: dict[str, int]) -> bool:
    """In order with a sibling before or after it, within the same parent."""
    if cand.marker.family in ORDINAL_FAMILIES:
        return True
    if _sole_first_section(cand, candidates):
        return True
    rank = ranks[cand.marker.family]
    position = candidates.index(cand)
    number = cand.marker.number
    for step, wanted in ((-1, (number - 1, number - 2)), (1, (number + 1, number + 2))):
        cursor = position + step
        while 0 <= cursor < len(candidates):
            other = candidates[cursor]
            if ranks[other.marker.family] < rank:
                break  # a higher heading: the parent changes here
            if other.marker.family == cand.marker.family:
                # "2、在试用期间…不参加年度考核。" beside "1、年度考核:所有员工…": a line closed by
                # "。" among run-in siblings is one more provision of their list.
                if other.marker.number in wanted and not (cand.closed and other.kind == "runin"):
                    return True
                break
            cursor += step
    return False


def _sole_first_section(cand: _Candidate, candidates: list[_Candidate]) -> bool:
    """A document with one section: its "一、" is the only line of the family, short and bare;
    or a page cut short, showing one "二、…" part of a report: the only 一、-style line, the
    first numbered line of the page, opening body text (after 1. and 2. sections, a lone
    "三、另外" is running text)."""
    if cand.kind != "heading" or sum(c.marker.family == cand.marker.family for c in candidates) != 1:
        return False
    if (not cand.closed and cand.marker.number == 1 and len(squeeze(cand.text)) <= UNNUMBERED_MAX_CHARS
            and not _UNNUMBERED_PUNCT.search(cand.text[cand.marker.end:])):
        return True
    if cand.marker.family != "yi" or candidates[0] is not cand:
        return False
    # Its body, or its own first part ("（一）…" right below it) opening the body.
    position = candidates.index(cand)
    child = candidates[position + 1] if position + 1 < len(candidates) else None
    opens_child = (child is not None and child.index == cand.index + 1 and child.marker.number == 1
                   and child.marker.rank > cand.marker.rank
                   and ((child.kind == "heading" and child.opens_body) or child.kind == "runin"))
    # Closed by its mark ("一、考核标准："), it needs its own first part right below to prove it.
    return (cand.opens_body and not cand.closed) or opens_child


def _colon_siblings(candidates: list[_Candidate]) -> list[_Candidate]:
    """A long line closed by a colon is a heading beside a sibling numbered next to it that a
    colon closes too ("一、…通知（…号文件）：" "二、…相关通知："); alone it proves no sibling."""
    closed = {(c.marker.family, c.marker.number) for c in candidates if c.text.rstrip()[-1] in "：:"}
    return [c for c in candidates if not c.long_colon
            or {(c.marker.family, c.marker.number - 1), (c.marker.family, c.marker.number + 1)} & closed]


def _clause_runins(candidates: list[_Candidate]) -> list[_Candidate]:
    """A run-in heading holding a comma ("1.开头很重要，要写好标题。") beside a plain run-in sibling
    numbered next to it ("2.接下来是称谓。…"); otherwise the line is what it would be without."""
    plain = {(c.marker.family, c.marker.number) for c in candidates
             if c.kind == "runin" and not c.clause and c.text[c.cut - 1] not in "，,"}
    kept = []
    for position, c in enumerate(candidates):
        parent = candidates[position - 1] if position else None
        # Or a part's first child right under its heading ("一、工作开展情况" then "（一）突出政治引领，
        # 组织保证作用进一步增强。…"): _sole_child decides, once the heading is accepted.
        under = (parent is not None and parent.kind == "heading" and parent.index == c.index - 1
                 and c.marker.number == 1 and parent.marker.rank < c.marker.rank)
        if (not c.clause or under
                or {(c.marker.family, c.marker.number - 1), (c.marker.family, c.marker.number + 1)} & plain):
            kept.append(c)
        elif c.fallback:
            kept.append(c.fallback)
    return kept


def _blank_siblings(candidates: list[_Candidate]) -> list[_Candidate]:
    """A heading set off from its body by a blank ("一、标题 在报告的第一行…") beside a sibling
    numbered next to it and set off the same way: one alone may be a name and its description."""
    blank = {(c.marker.family, c.marker.number) for c in candidates if c.blank}
    kept = []
    for c in candidates:
        if not c.blank or {(c.marker.family, c.marker.number - 1), (c.marker.family, c.marker.number + 1)} & blank:
            kept.append(c)
        elif c.fallback:
            kept.append(c.fallback)
    return kept


def _comma_runins_in_pairs(candidates: list[_Candidate]) -> list[_Candidate]:
    """A run-in closed by a comma only beside its next or previous sibling run in the same way
    ("一、预警启动，…" "二、分级响应，…"): one alone, or far from the next, is an opening clause
    ("1、在井下生产过程中，…", a provision "18.申请执行，应…"), and it proves no sibling a heading."""
    def comma(c: _Candidate) -> bool:
        return c.kind == "runin" and c.text[c.cut - 1] in "，,"

    numbered = {(c.marker.family, c.marker.number) for c in candidates if comma(c)}
    return [c for c in candidates if not comma(c)
            or {(c.marker.family, c.marker.number - 1), (c.marker.family, c.marker.number + 1)} & numbered]


def _runins_in_pairs(accepted: list[_Candidate]) -> list[_Candidate]:
    """A run-in heading needs a run-in or heading sibling of its family: one alone is prose."""
    families_with_two = {c.marker.family for c in accepted
                         if sum(o.marker.family == c.marker.family for o in accepted) >= 2}
    return [c for c in accepted if c.kind != "runin" or c.marker.family in families_with_two]


def _has_articles(found: dict[int, Decision]) -> bool:
    return any(d.kind == "article" for d in found.values())


def _assign_levels(found: dict[int, Decision], ranks: dict[str, int], *, articles: bool,
                   split_runin: bool) -> dict[int, Decision]:
    """Relative levels: the highest family present is level 1, the next level 2, ..."""

    def makes_heading(d: Decision) -> bool:
        return (d.kind in ("heading", "split") or (d.kind == "runin" and split_runin)
                or (d.kind == "article" and articles))

    present = sorted({d.family for d in found.values() if makes_heading(d)
                      and d.family in ranks}, key=ranks.__getitem__)
    # Families of one rank share a level (a lone 范文 part label beside the page's top sections).
    distinct = sorted({ranks[family] for family in present})
    level_of = {family: min(distinct.index(ranks[family]) + 1, MAX_LEVEL) for family in present}
    result = {}
    for index, d in found.items():
        # Front/back matter (序言, 附则) and bare headings sit at the top level; a run-in or
        # article that stays in its paragraph has no level.
        level = level_of.get(d.family, 1) if makes_heading(d) else 0
        result[index] = Decision(d.kind, d.family, level, d.cut, d.joins_next)
    return result
