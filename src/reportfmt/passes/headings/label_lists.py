"""The items of a list a label opens on its own line: "附件：1.…" / "2.…" / "3.…".

A 公文 lists its attachments so (GB/T 9704 附件说明: the label, the first item right after its
colon, the next items on the lines below it, aligned under the first); notes and fields do the
same ("说明：1.…" / "2.…"). The lines below carry the numbers 2, 3 … of a family whose 1 stands
after the label's colon, so the numbering looks as if it went on from an earlier "1." part of the
document; they are the label's items, never the document's parts.

A notice may also set its 附件 label on a line of its own, the list under it from its first item
("附件：" / "1.…" / "2.…", then the signer and the date, or the page's end): the items are the
label's all the same, and the label heads no text of its own (an attachment carried on the page
comes under its own "附件1" line).
"""

from __future__ import annotations

import re

from .measure import SENTENCE_INSIDE
from .numbering import Marker, parse_marker

# The label: a few words and a colon opening the line, with no numbering of its own ("附件：",
# "说明：", "注："); a longer run of words before a colon is a sentence introducing a list.
_LABEL = re.compile(r"^\s*[\u3400-\u9fff]{1,6}\s*[:：]\s*")
# "1.2025年度…": a first item opening on a four-digit number reads as the decimal "1.2025", no
# marker; a fraction has fewer digits, so the "1." before four digits is the item's own number.
_ONE_BEFORE_FOUR_DIGITS = re.compile(
    r"^[1\uff11](?P<dot>[.\uff0e])(?=[0-9\uff10-\uff19]{4}(?![0-9\uff10-\uff19.\uff0e%％]))")


# "附件：" alone on its line (no number: "附件1：" is one attachment's own heading).
_ATTACHMENT_LABEL = re.compile(r"^\s*附\s*件\s*[:：]?\s*$")
# Two names at least make the label's list.
ATTACHMENT_NAMES_MIN = 2


def attachment_names(texts: list[str | None], index: int) -> list[int]:
    """The lines of the list an "附件：" label alone on line `index` opens: right under it, lines
    numbered 1, 2 … of one family, no sentence among them (names of documents); none when fewer
    than two."""
    if not _ATTACHMENT_LABEL.match(texts[index] or ""):
        return []
    names: list[int] = []
    family = None
    below = index + 1
    while below < len(texts) and (marker := parse_marker(texts[below] or "")) is not None \
            and (family is None or marker.family == family) and marker.number == len(names) + 1 \
            and not SENTENCE_INSIDE.search(texts[below]):
        family = marker.family
        names.append(below)
        below += 1
    return names if len(names) >= ATTACHMENT_NAMES_MIN else []


def label_list_items(texts: list[str | None]) -> set[int]:
    """Indexes of the lines going on, 2, 3 …, from a list whose 1 follows a label's colon, and
    of the names an "附件：" label alone on its line lists (attachment_names)."""
    items: set[int] = set()
    for index, text in enumerate(texts):
        items.update(attachment_names(texts, index))
        label = _LABEL.match(text or "")
        first = _first_marker(text[label.end():]) if label else None
        if first is None or first.number != 1:
            continue
        number, below = 2, index + 1
        while below < len(texts) and (marker := parse_marker(texts[below] or "")) is not None \
                and marker.family == first.family and marker.number == number:
            items.add(below)
            number, below = number + 1, below + 1
    return items


def _first_marker(rest: str) -> Marker | None:
    """The marker of the first item after a label's colon (see _ONE_BEFORE_FOUR_DIGITS)."""
    marker = parse_marker(rest)
    if marker is None and (one := _ONE_BEFORE_FOUR_DIGITS.match(rest)):
        # the family of "1." as an ordinary item would read ("1.一…")
        return parse_marker(f"1{one.group('dot')}项")
    return marker
