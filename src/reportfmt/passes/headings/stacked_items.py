"""Numbered lines stacked three or more in a row, whatever each of them reads as: a list (rules.py).

proofs.drop_list_runs drops three heading candidates in consecutive blocks. A list's items are
not all headings to the shape rules, though: "1.传达文件精神" and "2.讨论工作安排" read as names,
while "3.布置下阶段任务，各部门要抓好落实。" right under them is a sentence, a run-in or nothing at
all. The stack is one list all the same, three lines numbered on with no text between any two of
them, one of them a sentence: its short lines are its items, no sections. (Not a stack of fields
or named points, "1.標題:…" "2.稱謂:…" "4.祝願與希望": a bare name among them is one more point.)
Markers are read on the page's text, not on the candidates, so that the siblings the shape rules
dropped still count. A shorter list says it is one by its separators: an item closing with "；" or
"，" goes on to the next, which is its sibling item whatever its own end (drop_continued_items).
"""

from __future__ import annotations

from ..regex_cache import LazyPattern
from .numbering import parse_marker
from .proofs import LIST_RUN, Candidate, continues_parts

# An item that is a sentence: it closes with a full stop or a list's semicolon.
_SENTENCE_END = LazyPattern(r"[。；;！!]\s*$")
# An item naming itself before a colon ("2.稱謂:頂格書寫…", "三、参会人员:"): a field or a named
# point; a stack of those is a form's fields, and a bare name among them is one more of its points.
_LABEL = LazyPattern(r"^[^，,。；;：:]{1,12}[：:]")


def drop_stacked_items(texts: list[str | None], accepted: list[Candidate]) -> list[Candidate]:
    """`accepted` without the headings that stand in a stack of LIST_RUN or more numbered lines of
    one family, numbered on (1, 2, 3…) in consecutive blocks (but a template's parts left blank
    after filled ones, proofs.continues_parts)."""
    markers = [parse_marker(t) if t else None for t in texts]
    stacks: list[list[int]] = []
    for index, marker in enumerate(markers):
        if marker is None or marker.family == "tiao":
            continue
        before = markers[index - 1] if index else None
        if (stacks and stacks[-1][-1] == index - 1 and before is not None
                and before.family == marker.family and marker.number == before.number + 1):
            stacks[-1].append(index)
        else:
            stacks.append([index])
    by_index = {c.index: c for c in accepted}
    listed: set[int] = set()
    for stack in stacks:
        if len(stack) < LIST_RUN:
            continue
        rests = [(texts[i] or "")[markers[i].end:].strip() for i in stack]
        if any(_LABEL.match(rest) for rest in rests) or not any(_SENTENCE_END.search(rest) for rest in rests):
            continue
        # (a part's next number right after a list numbered afresh inside it, "二、服务项目" / "一、…。"
        # "二、…。" / "三、激励办法": the part's sibling, not the list's)
        above = {(c.marker.family, c.marker.number) for c in accepted if c.index < stack[0]}
        heads = [by_index[i] for i in stack if i in by_index and by_index[i].kind == "heading"
                 and (markers[i].family, markers[i].number - 1) not in above]
        if heads and not continues_parts(heads, accepted):
            listed.update(c.index for c in heads)
    return [c for c in accepted if c.index not in listed]


# A list's separator closing an item: the list goes on to its next item ("1.讨论工作报告；").
_GOES_ON = LazyPattern(r"[；;，,]\s*$")


def drop_continued_items(texts: list[str | None], accepted: list[Candidate]) -> list[Candidate]:
    """`accepted` without the headings standing right under their previous sibling (one family,
    numbered one less, in the block just above, itself no heading) when that sibling ends in a
    list's separator: the list goes on, and its next item is an item too, whatever its own end
    ("1.讨论工作报告；" / "2.酝酿选举办法" over the text that follows the list). Stacks of three or
    more are drop_stacked_items'; a list of two, or one whose items end in commas, is read here."""
    headings = {c.index for c in accepted if c.kind == "heading"}
    items: set[int] = set()
    for c in accepted:
        if c.kind != "heading" or not c.index or c.marker.family.startswith("outer_"):
            continue
        above = texts[c.index - 1]
        before = parse_marker(above) if above else None
        if (before is not None and before.family == c.marker.family and before.number == c.marker.number - 1
                and c.index - 1 not in headings and _GOES_ON.search(above)):
            items.add(c.index)
    return [c for c in accepted if c.index not in items]
