"""Parts a paragraph announces: "只有做到眼中有图、心中有数、手中有策" above the line
"眼中有图，描述问题…" (used by rules.py on pages with no numbered headings).

A writer who names the parts of a piece in an enumeration ("通过建立问题清单制，签字背书制，督促
检查制、公开评议制") often opens each part with the same words: as a line of its own above the
part's body (a heading), or closed by "。"/"：" before the body in the same paragraph (a run-in,
"问题清单制。一是…"). The enumeration is the proof: the words are the writer's own part names.
Two such parts; or one, the first named, on a page cut short before the others.
"""

from __future__ import annotations

import re

from .measure import SENTENCE_INSIDE, is_body, visible_len
from .numbering import parse_marker

# An enumeration: short phrases joined by "、" (and commas), at least one "、" among the joins.
# (found by splitting at the joins, in one pass: a regular expression for the whole run
# backtracks quadratically on a long line of commas)
PIECE_MIN_CHARS, PIECE_MAX_CHARS = 2, 12
_PIECE = re.compile(r"[\u3400-\u9fff]+")
_JOINS = re.compile(r"([、，,])")
# A part's name: a few words (the first piece may carry the clause's verb, "只有做到眼中有图").
NAME_MIN_CHARS, NAME_MAX_CHARS = 3, 8
# A part's heading line: no sentence inside, this long at most.
HEADING_MAX_CHARS = 30
# The line's opening words, up to the first mark.
_OPENING = re.compile(r"^(?P<name>[\u3400-\u9fff]{3,8})(?P<mark>[，,。：:]|$)")


def announced_parts(texts: list[str | None], free) -> dict[int, tuple[str, int]]:
    """Block index -> ("heading", 0) or ("runin", cut) for the lines opening an announced part."""
    enumerations: list[tuple[list[str], int]] = []  # each one's pieces, and its first "、" piece
    lines: dict[int, tuple[str, int, int, int]] = {}  # kind, cut, enumeration, piece
    for index, text in enumerate(texts):
        if not text:
            continue
        opening = _OPENING.match(text)
        if opening and enumerations and free(index) and parse_marker(text) is None:
            named = _named_piece(opening.group("name"), enumerations)
            if named is not None and (shape := _part_shape(text, opening, texts, index)):
                lines[index] = (*shape, *named)
                continue
        if is_body(text) and "、" in text:
            enumerations.extend(_enumerations(text))
    keep: set[int] = set()
    for number in {e for *_, e, _p in lines.values()}:
        members = sorted((i for i, line in lines.items() if line[2] == number))
        positions = [lines[i][3] for i in members]
        if len(set(positions)) >= 2 and positions == sorted(positions):
            keep.update(members)  # two parts in the order the paragraph named them
        elif len(lines) == 1 and positions[0] == enumerations[number][1]:
            keep.update(members)  # the first part named, the page cut short after it
    return {i: lines[i][:2] for i in sorted(keep)}


def _enumerations(text: str) -> list[tuple[list[str], int]]:
    """Each run of short phrases joined by "、"/commas holding a "、": its pieces, and the index
    of the piece before its first "、". A run may open with the end of a longer phrase (the
    clause's verb and the first name: "…只有做到眼中有图、")."""
    found: list[tuple[list[str], int]] = []
    parts = _JOINS.split(text)  # piece, join, piece, join, …
    run: list[str] = []
    first = -1

    def close() -> None:
        if len(run) >= 2 and first >= 0:
            found.append((list(run), first))

    for position in range(0, len(parts), 2):
        piece = parts[position]
        join = parts[position + 1] if position + 1 < len(parts) else ""
        whole = _PIECE.fullmatch(piece)
        if whole and PIECE_MIN_CHARS <= len(piece) <= PIECE_MAX_CHARS:
            run.append(piece)
        else:
            # the run ends here; a long phrase's tail may open the next one
            close()
            tail = _PIECE.search(piece[-PIECE_MAX_CHARS:] if piece else "")
            run = [tail.group()] if tail and tail.end() == len(piece[-PIECE_MAX_CHARS:]) and (
                len(tail.group()) >= PIECE_MIN_CHARS) else []
            first = -1
        if join == "、" and run and first < 0:
            first = len(run) - 1
        if join not in "、，," or not join:
            close()
            run, first = [], -1
    close()
    return found


def _named_piece(name: str, enumerations: list[tuple[list[str], int]]) -> tuple[int, int] | None:
    """(enumeration, piece) the words name: the piece itself or its end (a piece may open with
    the clause's verb, "只有做到眼中有图")."""
    for number, (pieces, _first) in enumerate(enumerations):
        for position, piece in enumerate(pieces):
            if piece.endswith(name) and NAME_MIN_CHARS <= len(name) <= NAME_MAX_CHARS:
                return number, position
    return None


def _part_shape(text: str, opening: re.Match, texts: list[str | None], index: int) -> tuple[str, int] | None:
    following = next((t for t in texts[index + 1:index + 2] if t), None)
    mark = opening.group("mark")
    rest = text[opening.end():]
    if mark in ("。", "：", ":") and is_body(rest):
        return ("runin", opening.end())
    line = text.rstrip("。")
    if (visible_len(line) <= HEADING_MAX_CHARS and not SENTENCE_INSIDE.search(line) and is_body(following)
            and parse_marker(following or "") is None):
        return ("heading", 0)
    return None
