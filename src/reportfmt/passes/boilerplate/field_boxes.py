"""The fields of a page's box that the rules left, when they took most of the box: by layout.

    主  管：某市司法局             <- chrome a rule named
    主  办：某市公证协会           <- chrome a rule named
    编辑部地址：某市滨河路8号      <- goes
    电  话：0000-1234567           <- goes
    投稿邮箱：tougao@example.org   <- chrome a rule named

A page prints boxes of fields one a line ("label：value"): a government page's disclosure box, a
journal's colophon (主管, 主办, 编辑部地址, 投稿邮箱), a news page's facts, a school site's
notice table. The rules name the labels sites share; each site adds a few of its own, and those
lines stay, cut off from their box. Their place tells: a run of lines each shaped as a field
(a label of a few characters, a colon, a short value of no sentence, or a label over nothing),
no other line between them, of which at least MIN_GONE lines went whole, one of them at least by
a rule's name (not the title's rules; the learned scorer's guesses count, but anchor nothing),
and no fewer than it left: the box is the page's, and its other fields go with it (recorded
`meta-lines.field-box`). Seen on 6 own-tune sites (a trade journal's colophon twice, a district's
and a county's disclosure boxes, a 文库 page's document facts) and on stored pages of a city
government's disclosure box, a document site's dashed facts and a design firm's date/source row.

A document's own fields stay: a run the rules took less than half of (a notice's 联系人 and 电话,
a form's blanks, a meeting's 时间 and 地点, a letter's signer and date, most of whose lines no
rule takes), the fields over the run's first line gone when a line of the text stands over the
run (a notice's contact fields over the site's footer fields), a label left over nothing at the
run's end (the addressees opening a notice, "各学院："), a line the pass keeps (a 公文's 版记, an
event's fields), a line holding a sentence, a numbered item, a sample marker or a heading.
Not joined (round 49): a value on the line under its bare label ("承办单位：" / "教务处"), which
took a document's line of the genre set's check part.
"""

from __future__ import annotations

import re

import panflute as pf

from ..elements import block_text, is_text_block
from ..headings.samples import sample_marker
from ..patterns import SECTION_NUMBER, SENTENCE_MARK

RULE = "meta-lines.field-box"
EXAMPLE = ("主管：某市司法局", "编辑部地址：某市滨河路8号", "投稿邮箱：tougao@example.org")
# The box's lines a rule took: at least this many, and no fewer than the lines left.
MIN_GONE = 2
# A field's line: a label of a few characters (blanks may space it out), a colon, and a value,
# or nothing (a label over its empty value). A bullet or a table's bar may open it.
LABEL_MAX_CHARS = 8
LINE_MAX_CHARS = 40
_FIELD = re.compile(r"^[•·\-*|\s]*(?P<label>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z\s?]{0,15}?)\s*[:：]")
# Families whose lines are the page's title or its copies: no anchor (nor is the learned scorer's
# guess, `<family>.scored`: _anchor).
_NO_ANCHOR_FAMILIES = frozenset({"title", "metadata"})


def drop_field_leftovers(original: list[tuple[int, pf.Block]], blocks: list[tuple[int, pf.Block]],
                         removed: dict[int, str], keep: frozenset[int]
                         ) -> tuple[list[tuple[int, pf.Block]], list[tuple[int, str, str]]]:
    """(blocks kept, removed records). `original`: the page's blocks as the pass found them;
    `removed`: origin -> rule of the lines gone so far."""
    kept_at = dict(blocks)
    lines = [(origin, block) for origin, block in original
             if not (is_text_block(block) and not block_text(block).strip())]
    records: list[tuple[int, str, str]] = []
    run: list[tuple[int, pf.Block]] = []
    above: int | None = None  # the line over the run
    for item in [*lines, None]:
        if item is not None and (item[0] not in kept_at or id(item[1]) not in keep) and (
                field_line(item[1], whole=item[0] not in kept_at)):
            run.append(item)
            continue
        records.extend(_leftovers(run, kept_at, removed, above is not None and above in kept_at))
        run = []
        above = item[0] if item is not None else None
    if not records:
        return blocks, []
    taken = {origin for origin, _, _ in records}
    return [(origin, block) for origin, block in blocks if origin not in taken], records


def _leftovers(run: list[tuple[int, pf.Block]], kept_at: dict[int, pf.Block], removed: dict[int, str],
               under_text: bool) -> list[tuple[int, str, str]]:
    """The run's kept lines, when the rules took most of the run whole. `under_text`: a kept line
    stands over the run, whose kept fields above its first line gone are that text's own (a
    notice's 联系人 and 电话 over the site's footer fields)."""
    gone = [origin for origin, _ in run if origin not in kept_at and origin in removed]
    if len(gone) < MIN_GONE or not any(_anchor(removed[origin]) for origin in gone):
        return []
    # A label left over nothing at the run's end is the text's own ("各学院：" over its notice).
    left = [(origin, block) for origin, block in run[:-1] + ([] if _bare_label(run[-1][1]) else run[-1:])
            if origin in kept_at]
    if not left or len(gone) < len(left):
        return []
    if under_text:
        left = [(origin, block) for origin, block in left if origin > gone[0]]
    return [(origin, " ".join(block_text(block).split()), RULE) for origin, block in left]


def _anchor(rule: str) -> bool:
    """A line gone whole by a rule's name (not the title's, not the scorer's guess)."""
    return rule.split(".", 1)[0] not in _NO_ANCHOR_FAMILIES and not rule.endswith(".scored")


def _bare_label(block: pf.Block) -> bool:
    """A field's label over nothing ("投稿邮箱：", "各学院：")."""
    text = "".join(block_text(block).replace("|", "").split())
    return text[-1:] in (":", "：")


def field_line(block: pf.Block, whole: bool = False) -> bool:
    """A line shaped as one field of a box: a short label, a colon, a short value of no
    sentence (a numbered item or a heading is the document's). `whole`: a line a rule took
    whole, which needs only open so (a row of several fields, long as it may be, is the box's)."""
    if isinstance(block, pf.Header) or not is_text_block(block):
        return False
    text = " ".join(block_text(block).split())
    squeezed = "".join(text.replace("|", "").split())
    match = _FIELD.match(text)
    if (match is None or not 0 < len("".join(match.group("label").split())) <= LABEL_MAX_CHARS
            or sample_marker(squeezed) is not None):
        return False
    return whole or (len(squeezed) <= LINE_MAX_CHARS and not SENTENCE_MARK.search(squeezed)
            and not SECTION_NUMBER.match(squeezed))
