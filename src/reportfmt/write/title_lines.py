"""Break a 公文 title into lines between words (GB/T 9704-2012 §7.3.1: 标题回行时，要做到
词意完整，排列对称，长短适宜，间距恰当).

A line holds at most LINE_CHARS characters of 2号 type (22 pt on the 156 mm text block). The
title is cut only where Chinese titles are cut: around 关于, after 印发/转发/批转, before the
final "的+文种", before a conjunction, around punctuation and brackets, after the name of an
organisation. Among the cuts giving the fewest lines, the one with the most even lines wins;
a title with no such cut is cut where the lines come out most even, as a last resort.
"""

from __future__ import annotations

import itertools
import re

from ..passes.gongwen.patterns import DOC_TYPES, ORG_SUFFIX

LINE_CHARS = 20  # 156 mm / 22 pt = 20.1 characters

# Where a cut is good (cost 1) or fair (cost 3): the cut falls where the group `cut` is
# (an empty group, or the end of the words it follows).
_GOOD_CUTS = [
    re.compile(r"(?P<cut>)关于"),  # "某市人民政府" | "关于…"
    re.compile(r"关于(?P<cut>)(?!印发|转发|批转)"),  # "…关于" | "加强…"
    re.compile(r"(?:印发|转发|批转)(?P<cut>)"),  # "关于印发" | "《…》的通知"
    re.compile(rf"(?P<cut>)的(?:{DOC_TYPES})(?:[（(][^）)]*[)）])?$"),  # "…工作方案" | "的通知"
    re.compile(r"[，、；》）)](?P<cut>)|(?P<cut2>)[《（(]"),  # around punctuation and brackets
    re.compile(rf"(?:{ORG_SUFFIX})(?P<cut>)(?:关于|印发|转发|批转|[和与及])"),
]
_FAIR_CUTS = [
    re.compile(r"(?P<cut>)[和与及暨并]"),  # "…建设项目" | "和迁入人口…"
    re.compile(rf"的(?P<cut>)(?!(?:{DOC_TYPES})$)"),
    re.compile(r"\d年度?(?P<cut>)"),  # "2024年" | "工作要点"
    re.compile(r"(?:禁止|关于)?[在对向为从](?P<cut>)(?=[\u4e00-\u9fff]{4})"),  # "禁止在" | "吉林省…"
]
# Never between these: a number and its unit, inside a Latin word or number.
_NO_CUT = re.compile(r"[0-9A-Za-z.%]")


def cut_costs(title: str) -> dict[int, int]:
    """Position -> cost of cutting there (1 good, 3 fair); other positions cost 20."""
    costs: dict[int, int] = {}
    for cost, patterns in ((3, _FAIR_CUTS), (1, _GOOD_CUTS)):
        for pattern in patterns:
            for match in pattern.finditer(title):
                for group in ("cut", "cut2"):
                    at = match.start(group) if group in pattern.groupindex else -1
                    if 0 < at < len(title):
                        costs[at] = cost
    return costs


def width(text: str) -> float:
    """Width in characters of 2号 type: Latin letters and digits are half width (半角)."""
    return sum(0.5 if ord(ch) < 0x2E80 else 1.0 for ch in text)


# A cut's cost counts this much against the squared shortfall from even lines, and each
# line beyond the fewest that fit this much: evenness never justifies cutting a word.
CUT_WEIGHT = 30
EXTRA_LINE = 80


def break_title(title: str, line_chars: float = LINE_CHARS) -> list[str]:
    """The title's lines: cut between words, as few as fit, as even as can be."""
    title = title.strip()
    if width(title) <= line_chars:
        return [title] if title else []
    costs = cut_costs(title)
    n = len(title)
    total_width = width(title)
    least = int(-(-total_width // line_chars))
    choices = []
    for lines in range(least, least + 2):
        share = total_width / lines
        # best[end] = (score, cuts) of the cheapest way to set title[:end] in so many lines
        best: dict[int, tuple[float, list[int]]] = {0: (0.0, [])}
        for _ in range(lines):
            step: dict[int, tuple[float, list[int]]] = {}
            for start, (score, cuts) in best.items():
                for end in range(start + 1, n + 1):
                    line_width = width(title[start:end])
                    if line_width > line_chars:
                        break
                    if end < n and _NO_CUT.match(title[end - 1]) and _NO_CUT.match(title[end]):
                        continue
                    cost = 0 if end == n else costs.get(end, 20)
                    total = score + cost * CUT_WEIGHT + (line_width - share) ** 2
                    if end not in step or total < step[end][0]:
                        step[end] = (total, [*cuts, end])
            best = step
        if n in best:
            score, cuts = best[n]
            choices.append((score + (lines - least) * EXTRA_LINE, [0, *cuts]))
    if not choices:
        return [title[i:i + int(line_chars)] for i in range(0, n, int(line_chars))]
    cuts = min(choices)[1]
    return [title[a:b] for a, b in itertools.pairwise(cuts)]
