"""Which lines are headings, run-in headings or articles, and at what level.

Works on the plain text of a document's top-level blocks (None for blocks that are not
paragraphs), so the rules can be read and tested without any AST. The order of decisions:
1. shape: what each line looks like on its own (marker, length, punctuation);
2. context: （一）/1. items inside a 第X条 article and numbered lists under a 版权说明 are
   list items, never headings;
3. sequence: 一、二、三、 in order under the same parent are headings, a lone "一、" is not;
4. levels: the families present are ranked in the conventional order, highest = level 1.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..patterns import TERMINAL_PUNCT
from .numbering import FAMILY_ORDER, ORDER, ORDINAL_FAMILIES, STANDALONE_HEADING, Marker, parse_marker

HEADING_MAX_CHARS = 45
UNNUMBERED_MAX_CHARS = 20
RUNIN_MAX_CHARS = 25
# A paragraph this long (or ending a sentence) is body text under an unnumbered heading.
BODY_MIN_CHARS = 30
MAX_LEVEL = 6

# Ending a line with these means the line goes on: it cannot be a heading.
_OPEN_END = TERMINAL_PUNCT + "，,：:、"
# A sentence end inside a line: it is prose (or a run-in heading), not a heading.
_SENTENCE_INSIDE = re.compile(r"[。；;！!？?]")
_HAS_WORD = re.compile(r"[\u3400-\u9fffA-Za-z]")
# A run-in heading: a short phrase closed by 。 or ：, then body text in the same paragraph.
_RUNIN = re.compile(rf"(?P<head>[^，,。；;：:！!？?、“”\"《》]{{2,{RUNIN_MAX_CHARS}}}?)[。：:](?P<body>.+)")
# "修改为：" "如下：" introduce a quotation or a list; the phrase before them is no heading.
_INTRODUCER_END = re.compile(r"(?:为|如下|下列|以下|包括|是|有|规定|指|即|称)$")
# Notice lines of laws and reports: "1981年4月6日 国务院发布", "发布之日施行".
_DATE_LIKE = re.compile(r"\d{2,4}\s*年|\d\s*月\s*\d|年\s*\d")
_ENACTMENT_END = re.compile(r"(?:通过|施行|发布|公布|修正|修订|印发|批准)$")
_UNNUMBERED_PUNCT = re.compile(r"[，,。；;：:！!？?、]")
# A numbered list under one of these is a disclaimer or notice, not document structure.
_DISCLAIMER = re.compile(r"^(?:版权|免责|特别)?(?:说明|声明|须知)\s*[:：]?$")


@dataclass(frozen=True)
class Decision:
    kind: str  # "heading" | "runin" | "article"
    family: str  # a numbering family, "standalone" or "unnumbered"
    level: int = 0
    # runin: where the heading part ends; article: where the 第X条 label ends.
    cut: int = 0


def squeeze(text: str) -> str:
    return "".join(text.split())  # str.split and \s agree on what is a blank; 4x faster


def heading_shape(text: str, marker: Marker) -> bool:
    """A numbered line short and open enough to be a heading on its own."""
    rest = text[marker.end:].strip()
    if len(squeeze(text)) > HEADING_MAX_CHARS or _SENTENCE_INSIDE.search(text):
        return False
    if marker.family in ORDINAL_FAMILIES:
        # "第一章" alone is a heading whose name may follow on the next line.
        return not rest or rest[-1] not in _OPEN_END
    return len(rest) >= 2 and bool(_HAS_WORD.search(rest)) and rest[-1] not in _OPEN_END


def runin_cut(text: str, marker: Marker) -> int:
    """Offset where a run-in heading ("（一）加强组织建设。正文…") ends, or 0."""
    match = _RUNIN.match(text, marker.end)
    if not match or len(match.group("body").strip()) < 2:
        return 0
    head = match.group("head").strip()
    if _INTRODUCER_END.search(head) or match.group("body").lstrip().startswith(("“", "\"", "《")):
        return 0
    return match.start("body")


def unnumbered_shape(text: str) -> bool:
    """A short line with no punctuation, number or date: a heading such as 基本案情."""
    flat = squeeze(text)
    return (
        2 <= len(flat) <= UNNUMBERED_MAX_CHARS
        and not _UNNUMBERED_PUNCT.search(flat)
        and not _DATE_LIKE.search(flat)
        and not _ENACTMENT_END.search(flat)
        and parse_marker(flat) is None
        and bool(_HAS_WORD.search(flat))
    )


def is_body(text: str | None) -> bool:
    return bool(text) and (len(text) >= BODY_MIN_CHARS or text[-1] in TERMINAL_PUNCT)


@dataclass
class _Candidate:
    index: int
    text: str
    marker: Marker
    kind: str  # "heading" | "runin"
    cut: int = 0


def decide(texts: list[str | None], *, title: str | None = None, articles: bool = False,
           split_runin: bool = False) -> dict[int, Decision]:
    """Decisions for the blocks that become headings, run-ins or articles (by block index)."""
    title_key = squeeze(title) if title else None
    candidates: list[_Candidate] = []
    found: dict[int, Decision] = {}
    in_article = False
    in_disclaimer = False
    for index, text in enumerate(texts):
        if not text:
            continue
        if title_key and squeeze(text) == title_key:
            continue  # the title is metadata already; a repeat of it is no heading
        if _DISCLAIMER.match(text):
            in_disclaimer = True
            continue
        marker = parse_marker(text)
        if marker is None:
            if STANDALONE_HEADING.match(text):
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
        if heading_shape(text, marker):
            candidates.append(_Candidate(index, text, marker, "heading"))
        elif cut := runin_cut(text, marker):
            candidates.append(_Candidate(index, text, marker, "runin", cut))
    accepted = [c for c in candidates if _in_sequence(c, candidates)]
    accepted = _runins_in_pairs(accepted)
    for cand in accepted:
        found[cand.index] = Decision(cand.kind, cand.marker.family, cut=cand.cut)
    if not any(d.kind == "heading" for d in found.values()) and not _has_articles(found):
        found.update(_unnumbered_headings(texts, title_key))
    return _assign_levels(found, articles=articles, split_runin=split_runin)


def _in_sequence(cand: _Candidate, candidates: list[_Candidate]) -> bool:
    """In order with a sibling before or after it, within the same parent."""
    if cand.marker.family in ORDINAL_FAMILIES:
        return True
    if _sole_first_section(cand, candidates):
        return True
    rank = cand.marker.rank
    position = candidates.index(cand)
    number = cand.marker.number
    for step, wanted in ((-1, (number - 1, number - 2)), (1, (number + 1, number + 2))):
        cursor = position + step
        while 0 <= cursor < len(candidates):
            other = candidates[cursor]
            if other.marker.rank < rank:
                break  # a higher heading: the parent changes here
            if other.marker.family == cand.marker.family:
                if other.marker.number in wanted:
                    return True
                break
            cursor += step
    return False


def _sole_first_section(cand: _Candidate, candidates: list[_Candidate]) -> bool:
    """A document with one section: its "一、" is the only line of the family, short and bare."""
    return (
        cand.kind == "heading"
        and cand.marker.number == 1
        and sum(c.marker.family == cand.marker.family for c in candidates) == 1
        and len(squeeze(cand.text)) <= UNNUMBERED_MAX_CHARS
        and not _UNNUMBERED_PUNCT.search(cand.text[cand.marker.end:])
    )


def _runins_in_pairs(accepted: list[_Candidate]) -> list[_Candidate]:
    """A run-in heading needs a run-in or heading sibling of its family: one alone is prose."""
    families_with_two = {c.marker.family for c in accepted
                         if sum(o.marker.family == c.marker.family for o in accepted) >= 2}
    return [c for c in accepted if c.kind == "heading" or c.marker.family in families_with_two]


def _has_articles(found: dict[int, Decision]) -> bool:
    return any(d.kind == "article" for d in found.values())


def _unnumbered_headings(texts: list[str | None], title_key: str | None) -> dict[int, Decision]:
    """Short bare lines before body text (案情回顾, 法官解读) when nothing is numbered."""
    shaped = {i for i, t in enumerate(texts) if t and unnumbered_shape(t)
              and squeeze(t) != title_key}

    def opens_body(i: int) -> bool:
        following = texts[i + 1] if i + 1 < len(texts) else None
        return is_body(following) or (i + 1 in shaped and opens_body(i + 1))

    chosen = {i for i in shaped if opens_body(i)}
    if len(chosen) < 2:
        return {}
    return {i: Decision("heading", "unnumbered") for i in sorted(chosen)}


def _assign_levels(found: dict[int, Decision], *, articles: bool,
                   split_runin: bool) -> dict[int, Decision]:
    """Relative levels: the highest family present is level 1, the next level 2, ..."""

    def makes_heading(d: Decision) -> bool:
        return (d.kind == "heading" or (d.kind == "runin" and split_runin)
                or (d.kind == "article" and articles))

    present = sorted({d.family for d in found.values() if makes_heading(d)
                      and d.family in ORDER}, key=FAMILY_ORDER.index)
    level_of = {family: min(rank + 1, MAX_LEVEL) for rank, family in enumerate(present)}
    result = {}
    for index, d in found.items():
        # Front/back matter (序言, 附则) and bare headings sit at the top level; a run-in or
        # article that stays in its paragraph has no level.
        level = level_of.get(d.family, 1) if makes_heading(d) else 0
        result[index] = Decision(d.kind, d.family, level, d.cut)
    return result
