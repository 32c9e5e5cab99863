"""A text board's push lines (推文): a row of inline parts, the pusher's id, the words opened by
a colon, the time; the words are the reader's, the id and the time are the row's byline.

The web view of a text BBS prints each short reply under an article as one row of spans: a
one-character mark (推, 噓, →), the pusher's id, ": words", then the time (an address may
precede it: "203.0.113.9 05/12 09:52"). As text the row reads "推 id: words 05/12 09:52", a
line later passes would take for a stamp line, words and all. Here each row whose parts have
that form keeps its words (the colon that opens them goes too) and loses the mark, the id and
the time, recorded as `extract.post-meta`. Only when MIN_ROWS rows or more of the article have
the form: a template prints every push the same way, and one row of a table that happens to
end in a date is somebody's words. Read by form, so a comment list printed the same way (name,
": words", time, in spans of their own) reads the same.
"""

from __future__ import annotations

import re

from lxml import etree

from .audit import Audit
from .repeated_posts import STAMP

# The rows a template prints the same way: at least this many.
MIN_ROWS = 2
# The pusher's id: one inline element of at most this many characters, no blank or sentence mark.
NAME_CHARS = 24
# A mark before the id (推/噓/→, an arrow, a badge): at most this many characters.
MARK_CHARS = 2
# The time part: a stamp, at most this long with the address before it.
STAMP_CHARS = 40
_INLINE = {"span", "a", "font", "b", "strong", "em", "i", "small", "cite", "time"}
_WORDS = re.compile(r"^[\s\u00a0\u3000]*[:：][\s\u00a0\u3000]*(?=\S)")
_NAME_BREAK = re.compile(r"[\s\u00a0\u3000，。！？；,!?;:：]")


def drop_push_meta(article: etree._Element, audit: Audit) -> None:
    """Each push row of `article` keeps its words alone, when MIN_ROWS rows have the form."""
    found = [(row, parts) for row in article.iter() if (parts := _parts(row))]
    if len(found) < MIN_ROWS:
        return
    for row, (meta, words) in found:
        audit.note(" ".join(" ".join(m.text_content().split()) for m in meta), "post-meta")
        for child in meta:
            row.remove(child)
        words.text = _WORDS.sub("", words.text or "")


def _parts(row: etree._Element) -> tuple[list[etree._Element], etree._Element] | None:
    """(the mark, id and time elements, the words element) when `row` is a push row: inline
    children only, no text of its own between them, [mark…] id words time in that order."""
    if not isinstance(row.tag, str) or row.tag in _INLINE or (row.text or "").strip():
        return None
    children = list(row)
    if len(children) < 3 or any(not isinstance(c.tag, str) or c.tag not in _INLINE or (c.tail or "").strip()
                                for c in children):
        return None
    index = next((i for i, c in enumerate(children) if _WORDS.match(c.text or "")), None)
    if index is None or index < 1 or index != len(children) - 2:
        return None
    name, words, stamp = children[index - 1], children[index], children[-1]
    name_text = name.text_content().strip()
    if not 0 < len(name_text) <= NAME_CHARS or _NAME_BREAK.search(name_text):
        return None
    stamp_text = " ".join(stamp.text_content().split())
    if len(stamp_text) > STAMP_CHARS or not STAMP.search(stamp_text):
        return None
    marks = children[:index - 1]
    if any(len(m.text_content().strip()) > MARK_CHARS for m in marks):
        return None
    return [*marks, name, stamp], words
