"""A page of whole documents with no title (round 44; the title pass's heads_document_listing): the
page opens with a document's name over a paragraph of its text, and further down other documents'
names stand over their texts, each sharing a word with the first at most and said by no line above
it. Their names head the documents; their texts need not retell them, as a news item's lead does.

Its own module: it reads the title pass's tests of a document's name and text
(title_neighbours), which itself reads news_items' headline tests; from news_items that was an
import cycle."""

from __future__ import annotations

from ..title_neighbours import document_name, own_text
from .measure import squeeze, word_pairs
from .news_items import LEAD_MIN_CHARS

DOCUMENT_ITEMS_MIN = 2
DOCUMENT_SHARED_PAIRS_MAX = 1


def document_items(texts: list[str | None], free) -> list[int]:
    """The indices of the names heading the documents an untitled page holds; [] unless the page
    opens with one and another follows."""
    lines = [i for i, text in enumerate(texts) if text and text.strip()]
    if len(lines) < 3 or not free(lines[0]) or not document_name(texts[lines[0]]):
        return []
    first = texts[lines[0]]
    if len(texts[lines[1]]) < LEAD_MIN_CHARS or not own_text(texts[lines[1]]):
        return []
    found = [lines[0]]
    for at, index in enumerate(lines[2:-1], start=2):
        name = texts[index]
        if (free(index) and document_name(name) and own_text(texts[lines[at + 1]])
                and len(word_pairs(name) & word_pairs(first)) <= DOCUMENT_SHARED_PAIRS_MAX
                and not any(squeeze(name) in squeeze(texts[i]) for i in lines[:at])):
            found.append(index)
    return found if len(found) >= DOCUMENT_ITEMS_MIN else []
