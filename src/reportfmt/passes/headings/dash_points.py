"""Run-in points opened by a dash: "——就近便利。托育点…" / "——普惠为主。由政府…".

An 意见 or a 方案 states its principles (基本原则, 工作原则) as paragraphs that each open with a long
dash, a short phrase that names the principle (four or eight characters, two phrases joined by 、)
closed by a full stop, then the sentences that explain it. The dash is the phrase's number: a run of
two or more such paragraphs names its points as "（一）加强领导。…" items do. A dash line that is one
sentence with nothing after it is an instruction or a quoted reply ("——请幼儿猜一猜。"), and a dash
line without a full stop a subtitle ("——在…会上的讲话"): neither is a point.
"""

from __future__ import annotations

from ..regex_cache import LazyPattern
from .measure import is_body, squeeze, visible_len
from .numbering import parse_marker

# A long dash (two em dashes, or one, or a typed pair of hyphens' look-alikes), the naming phrase
# (Chinese words, 、 between phrases, a quoted word), its full stop, then the paragraph's text.
_DASH_POINT = LazyPattern(
    r"^\s*(?:——|—|－－|--)\s*(?P<head>(?:[\u3400-\u9fff、]|“[^“”。，,]{1,10}”){2,20}?)[。！!](?P<body>.+)$")
PHRASE_MIN_CHARS, PHRASE_MAX_CHARS = 2, 16
# The explanation after the phrase: a sentence of the paragraph, not a second phrase.
BODY_MIN_CHARS = 12
# Paragraphs in a row, each so opened, at least this many.
DASH_POINTS_MIN = 2


def _point_end(text: str) -> int | None:
    """Where the paragraph's text starts after its dash and named point, or None."""
    match = _DASH_POINT.match(text)
    if not match or parse_marker(text) is not None:
        return None
    head, body = match.group("head"), match.group("body").strip()
    if not (PHRASE_MIN_CHARS <= visible_len(head) <= PHRASE_MAX_CHARS) or head.startswith("、"):
        return None
    if len(squeeze(body)) < BODY_MIN_CHARS or not is_body(body):
        return None
    return match.start("body")


def dash_points(texts: list[str | None], free) -> dict[int, int]:
    """Block index -> where its run-in point ends (after the full stop), for each paragraph of a
    run of two or more in a row opened by a dash and a named point; `free(i)`: not decided yet."""
    found: dict[int, int] = {}
    run: list[tuple[int, int]] = []
    for index, text in enumerate([*texts, None]):
        if text == "":
            continue  # (an empty paragraph between two breaks no run)
        cut = _point_end(text) if text and index < len(texts) and free(index) else None
        if cut is not None:
            run.append((index, cut))
            continue
        if len(run) >= DASH_POINTS_MIN:
            found.update(run)
        run = []
    return found
