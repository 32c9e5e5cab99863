"""Run-in points of two or three clauses, each naming its point with a quoted word.

A speech, a study reflection or a discipline commission's article names its points in clauses built
alike, each with a quoted catchword, and runs the explanation on after the full stop: "把案例当作“显微
镜”，看清小问题背后的大隐患。片中…" / "把纪律当作“望远镜”，…。…", or "编印案例读本，组织“一案一议”学习。
把近三年…" / "请家属一起听课，开展“廉洁家访”活动。…". series.py reads short names; these heads are
longer and open with different words, so the proof is the run: three or more paragraphs in a row, each
opened by a head of the same number of clauses holding a quoted word. The page's last paragraph may
be such a head alone (a page cut after it).
"""

from __future__ import annotations

import re

from ..regex_cache import LazyPattern
from .measure import is_body, visible_len
from .numbering import parse_marker
from .series import _SENTENCE_END, _SENTENCE_OPENING, shaped_runs

# The head: clauses of words (quoted words among them) joined by commas, closed by a full stop.
_HEAD = LazyPattern(r"^\s*(?P<head>[^。！!？?；;：:]{6,40}?)[。！!](?P<body>.*)$")
# A quoted catchword inside the head: a few words in Chinese quotes.
_QUOTED = LazyPattern(r"“[\u3400-\u9fff]{1,8}”")
HEAD_MIN_CHARS, HEAD_MAX_CHARS = 8, 30
CLAUSES_MIN, CLAUSES_MAX = 2, 3
BODY_MIN_CHARS = 12
SERIES_MIN = 3


def _head(text: str, last: bool) -> tuple[int, int] | None:
    """(clauses, where the body starts) when the paragraph opens with a quoted clause head."""
    match = _HEAD.match(text)
    if not match or parse_marker(text) is not None:
        return None
    head, body = match.group("head").strip(), match.group("body").strip()
    clauses = re.split("[，,]", head)
    if (not CLAUSES_MIN <= len(clauses) <= CLAUSES_MAX or any(len(c.strip()) < 2 for c in clauses)
            or not HEAD_MIN_CHARS <= visible_len(head) <= HEAD_MAX_CHARS or not _QUOTED.search(head)):
        return None
    if _SENTENCE_OPENING.match(head) or any(_SENTENCE_END.search(c.strip()) for c in clauses):
        return None
    if body and (len(body) < BODY_MIN_CHARS or not is_body(body)):
        return None
    if not body and not last:
        return None
    return len(clauses), match.start("body") if body else len(text)


def quoted_series(texts: list[str | None], free) -> dict[int, int]:
    """Block index -> where its head ends, for each paragraph of a run of three or more opened by
    quoted clause heads of one clause count; `free(i)`: not decided yet."""
    last = max((i for i, t in enumerate(texts) if t), default=-1)
    found: dict[int, int] = {}
    for run in shaped_runs(texts, lambda index, text: _head(text, index == last), free):
        if len(run) >= SERIES_MIN and len({clauses for _, clauses, _ in run}) == 1:
            found.update({index: cut for index, _, cut in run})
    return found
