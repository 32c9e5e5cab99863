"""A sample cut short after its first part: its lone "一、" heads body like its siblings' parts.

A 范文 page holding several samples ("…方案1", "…方案2") often shows the last of them cut off
after its first part (a paywall, a "展开全文" button, the page's length): "一、活动目的：" over one
paragraph, no "二、" after it. Alone on the page that line would prove nothing (a lone "一、" may
be a sentence's first point), but the earlier samples' parts, numbered from 一、 in the same
family and taken as headings, show how this page writes its samples: the lone first part is one
more of them.
"""

from __future__ import annotations

from .proofs import Candidate


def cut_samples_first_parts(samples: list[int], candidates: list[Candidate],
                            accepted: list[Candidate]) -> list[Candidate]:
    """The candidates to accept as the lone first part of a sample: between two sample markers
    (or after the last), the only candidate of its family there, numbered 1, a heading line over
    body text, where another sample's part numbered 1 in that family is a heading already."""
    if len(samples) < 2:
        return []
    bounds = [*sorted(samples), float("inf")]
    taken = {c.index for c in accepted}

    def segment(index: int) -> int:
        return next((k for k in range(len(bounds) - 1) if bounds[k] < index < bounds[k + 1]), -1)

    firsts = {(segment(c.index), c.marker.family) for c in accepted if c.marker.number == 1 and c.kind == "heading"}
    found = []
    for cand in candidates:
        where = segment(cand.index)
        if (where < 0 or cand.index in taken or cand.kind != "heading" or cand.marker.number != 1
                or not cand.opens_body):
            continue
        family = cand.marker.family
        alone = sum(segment(c.index) == where and c.marker.family == family for c in candidates) == 1
        elsewhere = any(f == family and s != where and s >= 0 for s, f in firsts)
        if alone and elsewhere:
            found.append(cand)
    return found
